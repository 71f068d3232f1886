/* convert_choice: one choice of a scene to core data, with file:line errors.
 * Its text, id, targets, condition, set and add, effect, score and violation. */
#include "convert_parts.h"

#include "tags.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

enum { MAX_TARGETS = 64 };

/* set = { var = value } or add = { var = number } */
static int convert_assigns(Conv *c, int idx, const char *name, bool add, int line, VarAssign **out)
{
    lua_State *L = c->L;
    int n = 0;
    *out = NULL;
    int t = convert_values_field(c, idx, name);
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (t != LUA_TTABLE) {
        convert_values_error_at(c, line, "field '%s' of the choice must be a table like { name = value }, not a %s",
                                name, convert_values_type_of(L, -1));
        lua_pop(L, 1);
        return 0;
    }
    int tbl = lua_gettop(L), count = 0;
    lua_pushnil(L);
    while (lua_next(L, tbl))
        lua_pop(L, 1), count++;
    *out = scenario_alloc(c->sc, sizeof(VarAssign) * (size_t)(count + 1));
    lua_pushnil(L);
    while (*out && lua_next(L, tbl)) {
        const char *var = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        int vi = var ? scenario_find_var(c->sc, var) : -1;
        Value v;
        if (vi < 0) {
            convert_values_error_at(c, line, "%s: '%s' is not a declared variable (declare it in vars)", name,
                                    var ? var : "?");
        } else if (!convert_values_to_value(c, -1, &v)) {
            convert_values_error_at(c, line, "%s: value for '%s' must be a boolean, number or string", name, var);
        } else if (add && (v.type != VALUE_NUMBER || scenario_var(c->sc, vi)->initial.type != VALUE_NUMBER)) {
            convert_values_error_at(c, line, "add: '%s' needs a number variable and a number to add", var);
        } else if (!add && v.type != scenario_var(c->sc, vi)->initial.type) {
            convert_values_error_at(c, line, "set: '%s' is a %s variable; cannot set it to a %s", var,
                                    value_type_name(scenario_var(c->sc, vi)->initial.type), value_type_name(v.type));
        } else {
            (*out)[n].var = vi;
            (*out)[n++].value = v;
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return n;
}

static int compare_deltas(const void *a, const void *b)
{
    const ScoreDelta *x = a, *y = b;
    return (x->principle > y->principle) - (x->principle < y->principle);
}

static int convert_score(Conv *c, int idx, int line, ScoreDelta **out)
{
    lua_State *L = c->L;
    int n = 0;
    *out = NULL;
    int t = convert_values_field(c, idx, "score");
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (t != LUA_TTABLE) {
        convert_values_error_at(c, line,
                                "field 'score' of the choice must be a table like { due_process = 2 }, not a %s",
                                convert_values_type_of(L, -1));
        lua_pop(L, 1);
        return 0;
    }
    int tbl = lua_gettop(L);
    *out = scenario_alloc(c->sc, sizeof(ScoreDelta) * (size_t)(rubric_principle_count(c->r) + 1));
    lua_pushnil(L);
    while (*out && lua_next(L, tbl)) {
        const char *p = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        int pi = p ? rubric_find_principle(c->r, p) : -1;
        if (pi < 0)
            convert_values_error_at(c, line, "score: '%s' is not a principle in the rubric (%s)", p ? p : "?",
                                    rubric_file(c->r));
        else if (lua_type(L, -1) != LUA_TNUMBER || !isfinite(lua_tonumber(L, -1)))
            convert_values_error_at(c, line, "score: the value for '%s' must be a number, not a %s", p,
                                    convert_values_type_of(L, -1));
        else if (n < rubric_principle_count(c->r))
            (*out)[n++] = (ScoreDelta){pi, lua_tonumber(L, -1)};
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    /* Lua's table order varies between runs; the rubric's order makes feedback and logs
     * list principles the same way every time. */
    if (*out && n > 1)
        qsort(*out, (size_t)n, sizeof **out, compare_deltas);
    return n;
}

/* Target ids are resolved once every scene is known. */
static int resolve_scene(Conv *c, const char *id, int line)
{
    int s = scenario_find_scene(c->sc, id);
    if (s < 0)
        convert_values_error_at(c, line, "unknown target scene '%s'", id);
    return s;
}

static void convert_targets(Conv *c, int idx, Choice *ch)
{
    lua_State *L = c->L;
    int t = convert_values_field(c, idx, "to");
    if (t == LUA_TSTRING) {
        ch->targets = scenario_alloc(c->sc, sizeof(ChoiceTarget));
        if (ch->targets) {
            ch->targets[0] = (ChoiceTarget){resolve_scene(c, lua_tostring(L, -1), ch->line), 1.0};
            ch->ntargets = 1;
        }
    } else if (t == LUA_TTABLE) {
        int len = (int)lua_rawlen(L, -1);
        if (len < 1 || len > MAX_TARGETS)
            convert_values_error_at(c, ch->line, "'to' must list between 1 and %d { weight, \"scene\" } pairs",
                                    MAX_TARGETS);
        else
            ch->targets = scenario_alloc(c->sc, sizeof(ChoiceTarget) * (size_t)len);
        for (int i = 1; ch->targets && i <= len; i++) {
            int top = lua_gettop(L);
            lua_rawgeti(L, -1, i);
            if (lua_istable(L, -1) && lua_rawgeti(L, -1, 1) == LUA_TNUMBER &&
                lua_rawgeti(L, -2, 2) == LUA_TSTRING) {
                double w = lua_tonumber(L, -2);
                if (!(w > 0) || !isfinite(w))
                    convert_values_error_at(c, ch->line, "'to' item %d: the weight must be a number above 0", i);
                ch->targets[ch->ntargets++] = (ChoiceTarget){resolve_scene(c, lua_tostring(L, -1), ch->line), w};
            } else {
                convert_values_error_at(c, ch->line,
                                        "'to' item %d must be { weight, \"scene-id\" }, e.g. { 0.7, \"agrees\" }", i);
            }
            lua_settop(L, top);
        }
    } else if (t == LUA_TNIL) {
        convert_values_error_at(c, ch->line, "choice is missing required field 'to' (the scene it leads to)");
    } else {
        convert_values_error_at(c, ch->line,
                                "field 'to' of the choice must be a scene id or a list of { weight, \"scene\" }, "
                                "not a %s",
                                convert_values_type_of(L, -1));
    }
    lua_pop(L, 1);
}

void convert_choice(Conv *c, int idx, Scene *scene, int n, Choice *ch)
{
    lua_State *L = c->L;
    int line;
    idx = lua_absindex(L, idx);
    if (tags_get(L, idx, &line, NULL) != TAG_CHOICE) {
        convert_values_error_at(c, scene->line, "item %d of scene '%s' is not a choice { ... }", n, scene->id);
        return;
    }
    ch->line = line;
    ch->violation = -1;
    convert_values_check_keys(c, idx, FORMAT_CHOICE, line, "a choice", 1);
    if (lua_rawgeti(L, idx, 1) == LUA_TSTRING)
        ch->text = convert_values_copy_text(c, -1);
    else
        convert_values_error_at(c, line,
                                "a choice starts with its text: choice { \"What the trainee does\", to = ... }");
    lua_pop(L, 1);
    ch->id = convert_values_string(c, idx, "id", false, line, "the choice");
    if (!ch->id) {
        char buf[300];
        snprintf(buf, sizeof buf, "%s.%d", scene->id, n);
        ch->id = scenario_strdup(c->sc, buf);
    }
    convert_targets(c, idx, ch);
    ch->when_ref = convert_values_function(c, idx, "when", line, "the choice");
    ch->nsets = convert_assigns(c, idx, "set", false, line, &ch->sets);
    ch->nadds = convert_assigns(c, idx, "add", true, line, &ch->adds);
    ch->effect_ref = convert_values_function(c, idx, "effect", line, "the choice");
    ch->ndeltas = convert_score(c, idx, line, &ch->deltas);
    const char *v = convert_values_string(c, idx, "violation", false, line, "the choice");
    if (v && (ch->violation = rubric_find_safeguard(c->r, v)) < 0)
        convert_values_error_at(c, line, "violation: '%s' is not a safeguard in the rubric (%s)", v, rubric_file(c->r));
    ch->feedback = convert_values_string(c, idx, "feedback", false, line, "the choice");
}
