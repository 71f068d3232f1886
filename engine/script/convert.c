/* convert: scenario and rubric tables to core data, with file:line errors. */
#include "convert.h"

#include "format.h"
#include "tags.h"

#include "core/utf8.h"

#include <lauxlib.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_TARGETS = 64 };
/* Lua shares strings and tables, the converted scenario copies them: a file can name one
 * 2 MB text, or one choice, a million times and still fit its sandbox. Conversion stops
 * with an error once the copies pass this. */
enum { MAX_CONVERTED_BYTES = 64 * 1024 * 1024 };

typedef struct Conv {
    lua_State *L;
    Scenario *sc;
    const Rubric *r;
    const char *file;
    DiagList *diags;
    int errors;
    bool too_big; /* past MAX_CONVERTED_BYTES: reported once, nothing more is copied */
} Conv;

static void add_diag(Conv *c, DiagSeverity sev, int line, const char *fmt, va_list ap)
{
    Diag d;
    diag_clear(&d);
    d.severity = sev;
    snprintf(d.file, sizeof d.file, "%s", c->file);
    d.line = line;
    vsnprintf(d.message, sizeof d.message, fmt, ap);
    utf8_clean(d.message, true); /* messages quote the file's keys and values */
    diag_list_add(c->diags, &d);
}

__attribute__((format(printf, 3, 4))) static void error_at(Conv *c, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add_diag(c, DIAG_ERROR, line, fmt, ap);
    va_end(ap);
    c->errors++;
}

static const char *type_of(lua_State *L, int idx)
{
    if (lua_type(L, idx) == LUA_TNUMBER)
        return lua_isinteger(L, idx) ? "whole number" : "number";
    return luaL_typename(L, idx);
}

static bool valid_id(const char *s, bool allow_underscore, bool allow_dash)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || (allow_dash && *s == '-') ||
              (allow_underscore && *s == '_')))
            return false;
    return true;
}

/* Reports every key of the table at idx that kind does not define. Positional keys are
 * allowed up to max_positional (-1: any). */
static void check_keys(Conv *c, int idx, FormatKind kind, int line, const char *where, int max_positional)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING) {
            const char *k = lua_tostring(L, -1);
            if (!format_find(kind, k)) {
                const char *s = format_suggest(kind, k);
                error_at(c, line, "unknown field '%s' in %s%s%s%s", k, where, s ? " (did you mean '" : "",
                         s ? s : "", s ? "'?)" : "");
            }
        } else if (lua_isinteger(L, -1)) {
            lua_Integer i = lua_tointeger(L, -1);
            if (max_positional >= 0 && (i < 1 || i > max_positional))
                error_at(c, line, "unexpected value at position %lld in %s", (long long)i, where);
        } else {
            error_at(c, line, "unexpected %s key in %s", luaL_typename(L, -1), where);
        }
    }
}

/* Pushes field `name` of the table at idx; returns its Lua type. Raw: the file's tables are
 * read as data. A metamethod (__index, __len) would run the file's code here, outside any
 * protected call, where its error or endless loop aborts the process. */
static int field(Conv *c, int idx, const char *name)
{
    idx = lua_absindex(c->L, idx);
    lua_pushstring(c->L, name);
    return lua_rawget(c->L, idx);
}

/* True, after one error, once the scenario's copies would pass MAX_CONVERTED_BYTES with
 * `more` bytes added. */
static bool too_big(Conv *c, size_t more)
{
    if (!c->too_big && scenario_bytes(c->sc) + more > MAX_CONVERTED_BYTES) {
        error_at(c, scenario_meta(c->sc)->line, "the scenario takes more than %d MB once loaded: is one long "
                 "text or one table used many times over?", MAX_CONVERTED_BYTES >> 20);
        c->too_big = true;
    }
    return c->too_big;
}

/* The string at idx copied into the arena, its control characters shown as '?' (texts
 * reach terminals); "" past the size limit, NULL when out of memory. */
static char *copy_text(Conv *c, int idx)
{
    static char none[1];
    size_t len;
    const char *s = lua_tolstring(c->L, idx, &len);
    if (too_big(c, len + 1))
        return none;
    char *out = scenario_strdup(c->sc, s);
    if (out)
        utf8_clean(out, true);
    return out;
}

/* A string field copied into the scenario's arena; NULL when absent (error if required). */
static const char *get_string(Conv *c, int idx, const char *name, bool required, int line,
                              const char *where)
{
    const char *out = NULL;
    int t = field(c, idx, name);
    if (t == LUA_TSTRING)
        out = copy_text(c, -1);
    else if (t == LUA_TNIL && required)
        error_at(c, line, "%s is missing required field '%s'", where, name);
    else if (t != LUA_TNIL)
        error_at(c, line, "field '%s' of %s must be a string, not a %s", name, where, type_of(c->L, -1));
    lua_pop(c->L, 1);
    return out;
}

static int get_int(Conv *c, int idx, const char *name, int min, int line, const char *where)
{
    int out = min;
    int t = field(c, idx, name);
    if (t == LUA_TNIL)
        error_at(c, line, "%s is missing required field '%s'", where, name);
    else if (!lua_isinteger(c->L, -1))
        error_at(c, line, "field '%s' of %s must be a whole number, not a %s", name, where, type_of(c->L, -1));
    else if (lua_tointeger(c->L, -1) < min || lua_tointeger(c->L, -1) > 1000000)
        error_at(c, line, "field '%s' of %s must be %d or more", name, where, min);
    else
        out = (int)lua_tointeger(c->L, -1);
    lua_pop(c->L, 1);
    return out;
}

/* A function field stored in the registry; SCRIPT_REF_NONE when absent. */
static int get_function(Conv *c, int idx, const char *name, int line, const char *where)
{
    int t = field(c, idx, name);
    if (t == LUA_TFUNCTION)
        return luaL_ref(c->L, LUA_REGISTRYINDEX);
    if (t != LUA_TNIL)
        error_at(c, line, "field '%s' of %s must be a function, not a %s", name, where, type_of(c->L, -1));
    lua_pop(c->L, 1);
    return SCRIPT_REF_NONE;
}

/* A list of strings; returns the count and sets *out (arena). */
static int get_string_list(Conv *c, int idx, const char *name, int line, const char *where,
                           const char ***out)
{
    lua_State *L = c->L;
    int n = 0;
    *out = NULL;
    int t = field(c, idx, name);
    if (t == LUA_TTABLE) {
        int len = (int)lua_rawlen(L, -1);
        *out = too_big(c, sizeof(char *) * (size_t)(len + 1)) ? NULL
                                                              : scenario_alloc(c->sc, sizeof(char *) * (size_t)(len + 1));
        for (int i = 1; i <= len && *out; i++) {
            if (lua_rawgeti(L, -1, i) == LUA_TSTRING)
                (*out)[n++] = copy_text(c, -1);
            else
                error_at(c, line, "item %d of '%s' in %s must be a string, not a %s", i, name, where,
                         type_of(L, -1));
            lua_pop(L, 1);
        }
    } else if (t != LUA_TNIL) {
        error_at(c, line, "field '%s' of %s must be a list of strings, not a %s", name, where, type_of(L, -1));
    }
    lua_pop(L, 1);
    return n;
}

/* Reads a Lua value at idx as a Value; strings are copied into the arena. */
static bool to_value(Conv *c, int idx, Value *v)
{
    switch (lua_type(c->L, idx)) {
    case LUA_TBOOLEAN: v->type = VALUE_BOOL; v->as.b = lua_toboolean(c->L, idx); return true;
    case LUA_TNUMBER:
        v->type = VALUE_NUMBER;
        v->as.n = lua_tonumber(c->L, idx);
        return isfinite(v->as.n);
    case LUA_TSTRING:
        v->type = VALUE_STRING;
        v->as.s = copy_text(c, idx);
        return v->as.s != NULL;
    default: return false;
    }
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Declared variables, sorted by name so their order (and state hashes) never depend on
 * Lua's table iteration order. */
static void convert_vars(Conv *c, int idx, int line)
{
    lua_State *L = c->L;
    int t = field(c, idx, "vars");
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        error_at(c, line, "field 'vars' of the scenario must be a table, not a %s", type_of(L, -1));
        lua_pop(L, 1);
        return;
    }
    int tbl = lua_gettop(L), n = 0;
    const char *names[1024];
    lua_pushnil(L);
    while (lua_next(L, tbl)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            error_at(c, line, "vars: every variable needs a name (found a %s key)", type_of(L, -1));
        } else if (n == 1024) {
            error_at(c, line, "vars: more than 1024 variables");
            lua_pop(L, 1);
            break;
        } else {
            names[n++] = scenario_strdup(c->sc, lua_tostring(L, -1));
        }
    }
    qsort(names, (size_t)n, sizeof names[0], compare_names);
    for (int i = 0; i < n; i++) {
        Value v;
        field(c, tbl, names[i]);
        if (!valid_id(names[i], true, false) || (names[i][0] >= '0' && names[i][0] <= '9'))
            error_at(c, line, "vars: '%s' is not a valid variable name (use lowercase letters, digits and '_')", names[i]);
        else if (!to_value(c, -1, &v))
            error_at(c, line, "vars: '%s' must start as a boolean, number or string, not a %s", names[i],
                     type_of(L, -1));
        else
            scenario_add_var(c->sc, names[i], &v);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* set = { var = value } or add = { var = number } */
static int convert_assigns(Conv *c, int idx, const char *name, bool add, int line, VarAssign **out)
{
    lua_State *L = c->L;
    int n = 0;
    *out = NULL;
    int t = field(c, idx, name);
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (t != LUA_TTABLE) {
        error_at(c, line, "field '%s' of the choice must be a table like { name = value }, not a %s", name,
                 type_of(L, -1));
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
            error_at(c, line, "%s: '%s' is not a declared variable (declare it in vars)", name,
                     var ? var : "?");
        } else if (!to_value(c, -1, &v)) {
            error_at(c, line, "%s: value for '%s' must be a boolean, number or string", name, var);
        } else if (add && (v.type != VALUE_NUMBER || scenario_var(c->sc, vi)->initial.type != VALUE_NUMBER)) {
            error_at(c, line, "add: '%s' needs a number variable and a number to add", var);
        } else if (!add && v.type != scenario_var(c->sc, vi)->initial.type) {
            error_at(c, line, "set: '%s' is a %s variable; cannot set it to a %s", var,
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
    int t = field(c, idx, "score");
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (t != LUA_TTABLE) {
        error_at(c, line, "field 'score' of the choice must be a table like { due_process = 2 }, not a %s",
                 type_of(L, -1));
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
            error_at(c, line, "score: '%s' is not a principle in the rubric (%s)", p ? p : "?",
                     rubric_file(c->r));
        else if (lua_type(L, -1) != LUA_TNUMBER || !isfinite(lua_tonumber(L, -1)))
            error_at(c, line, "score: the value for '%s' must be a number, not a %s", p, type_of(L, -1));
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
        error_at(c, line, "unknown target scene '%s'", id);
    return s;
}

static void convert_targets(Conv *c, int idx, Choice *ch)
{
    lua_State *L = c->L;
    int t = field(c, idx, "to");
    if (t == LUA_TSTRING) {
        ch->targets = scenario_alloc(c->sc, sizeof(ChoiceTarget));
        if (ch->targets) {
            ch->targets[0] = (ChoiceTarget){resolve_scene(c, lua_tostring(L, -1), ch->line), 1.0};
            ch->ntargets = 1;
        }
    } else if (t == LUA_TTABLE) {
        int len = (int)lua_rawlen(L, -1);
        if (len < 1 || len > MAX_TARGETS)
            error_at(c, ch->line, "'to' must list between 1 and %d { weight, \"scene\" } pairs", MAX_TARGETS);
        else
            ch->targets = scenario_alloc(c->sc, sizeof(ChoiceTarget) * (size_t)len);
        for (int i = 1; ch->targets && i <= len; i++) {
            int top = lua_gettop(L);
            lua_rawgeti(L, -1, i);
            if (lua_istable(L, -1) && lua_rawgeti(L, -1, 1) == LUA_TNUMBER &&
                lua_rawgeti(L, -2, 2) == LUA_TSTRING) {
                double w = lua_tonumber(L, -2);
                if (!(w > 0) || !isfinite(w))
                    error_at(c, ch->line, "'to' item %d: the weight must be a number above 0", i);
                ch->targets[ch->ntargets++] = (ChoiceTarget){resolve_scene(c, lua_tostring(L, -1), ch->line), w};
            } else {
                error_at(c, ch->line, "'to' item %d must be { weight, \"scene-id\" }, e.g. { 0.7, \"agrees\" }", i);
            }
            lua_settop(L, top);
        }
    } else if (t == LUA_TNIL) {
        error_at(c, ch->line, "choice is missing required field 'to' (the scene it leads to)");
    } else {
        error_at(c, ch->line, "field 'to' of the choice must be a scene id or a list of { weight, \"scene\" }, not a %s",
                 type_of(L, -1));
    }
    lua_pop(L, 1);
}

static void convert_choice(Conv *c, int idx, Scene *scene, int n, Choice *ch)
{
    lua_State *L = c->L;
    int line;
    idx = lua_absindex(L, idx);
    if (tags_get(L, idx, &line, NULL) != TAG_CHOICE) {
        error_at(c, scene->line, "item %d of scene '%s' is not a choice { ... }", n, scene->id);
        return;
    }
    ch->line = line;
    ch->violation = -1;
    check_keys(c, idx, FORMAT_CHOICE, line, "a choice", 1);
    if (lua_rawgeti(L, idx, 1) == LUA_TSTRING)
        ch->text = copy_text(c, -1);
    else
        error_at(c, line, "a choice starts with its text: choice { \"What the trainee does\", to = ... }");
    lua_pop(L, 1);
    ch->id = get_string(c, idx, "id", false, line, "the choice");
    if (!ch->id) {
        char buf[300];
        snprintf(buf, sizeof buf, "%s.%d", scene->id, n);
        ch->id = scenario_strdup(c->sc, buf);
    }
    convert_targets(c, idx, ch);
    ch->when_ref = get_function(c, idx, "when", line, "the choice");
    ch->nsets = convert_assigns(c, idx, "set", false, line, &ch->sets);
    ch->nadds = convert_assigns(c, idx, "add", true, line, &ch->adds);
    ch->effect_ref = get_function(c, idx, "effect", line, "the choice");
    ch->ndeltas = convert_score(c, idx, line, &ch->deltas);
    const char *v = get_string(c, idx, "violation", false, line, "the choice");
    if (v && (ch->violation = rubric_find_safeguard(c->r, v)) < 0)
        error_at(c, line, "violation: '%s' is not a safeguard in the rubric (%s)", v, rubric_file(c->r));
    ch->feedback = get_string(c, idx, "feedback", false, line, "the choice");
}

static void convert_text(Conv *c, int idx, Scene *s, const char *where)
{
    int t = field(c, idx, "text");
    if (t == LUA_TSTRING) {
        s->text = copy_text(c, -1);
    } else if (t == LUA_TFUNCTION) {
        s->text_ref = luaL_ref(c->L, LUA_REGISTRYINDEX);
        return;
    } else if (t == LUA_TNIL) {
        error_at(c, s->line, "%s is missing required field 'text'", where);
    } else {
        error_at(c, s->line, "field 'text' of %s must be a string or a function, not a %s", where,
                 type_of(c->L, -1));
    }
    lua_pop(c->L, 1);
}

static void convert_outcome(Conv *c, int idx, Scene *s, const char *where)
{
    int t = field(c, idx, "outcome");
    if (t == LUA_TTABLE) {
        int o = lua_gettop(c->L);
        check_keys(c, o, FORMAT_OUTCOME, s->line, "the outcome", 0);
        s->outcome.victim = get_string(c, o, "victim", false, s->line, "the outcome");
        s->outcome.accused = get_string(c, o, "accused", false, s->line, "the outcome");
        s->outcome.community = get_string(c, o, "community", false, s->line, "the outcome");
    } else if (t != LUA_TNIL) {
        error_at(c, s->line, "field 'outcome' of %s must be a table { victim = ..., accused = ..., community = ... }",
                 where);
    }
    lua_pop(c->L, 1);
}

static void convert_scene_body(Conv *c, int idx, Scene *s)
{
    lua_State *L = c->L;
    char where[300];
    snprintf(where, sizeof where, "%s '%s'", s->is_ending ? "ending" : "scene", s->id);
    idx = lua_absindex(L, idx);
    check_keys(c, idx, s->is_ending ? FORMAT_ENDING : FORMAT_SCENE, s->line, where, s->is_ending ? 0 : -1);
    s->title = get_string(c, idx, "title", s->is_ending, s->line, where);
    convert_text(c, idx, s, where);
    s->notes = get_string(c, idx, "notes", false, s->line, where);
    s->nquestions = get_string_list(c, idx, "questions", s->line, where, &s->questions);
    if (s->is_ending) {
        s->debrief = get_string(c, idx, "debrief", false, s->line, where);
        convert_outcome(c, idx, s, where);
        return;
    }
    int n = (int)lua_rawlen(L, idx);
    if (n == 0) {
        error_at(c, s->line, "scene '%s' has no choices: give it at least one choice, or make it an ending", s->id);
        return;
    }
    s->choices = too_big(c, sizeof(Choice) * (size_t)n) ? NULL : scenario_alloc(c->sc, sizeof(Choice) * (size_t)n);
    for (int i = 1; s->choices && i <= n && !too_big(c, 0); i++) {
        lua_rawgeti(L, idx, i);
        convert_choice(c, -1, s, i, &s->choices[s->nchoices++]);
        lua_pop(L, 1);
    }
}

static void convert_figures(Conv *c, int idx, int line)
{
    lua_State *L = c->L;
    int t = field(c, idx, "figures");
    if (t == LUA_TTABLE) {
        int len = (int)lua_rawlen(L, -1);
        for (int i = 1; i <= len; i++) {
            if (lua_rawgeti(L, -1, i) == LUA_TTABLE) {
                int f = lua_gettop(L);
                check_keys(c, f, FORMAT_FIGURE, line, "a figure", 0);
                const char *text = get_string(c, f, "text", true, line, "a figure");
                const char *source = get_string(c, f, "source", true, line, "a figure");
                if (text && source)
                    scenario_add_figure(c->sc, text, source);
            } else {
                error_at(c, line, "figures: item %d must be { text = ..., source = ... }", i);
            }
            lua_pop(L, 1);
        }
    } else if (t != LUA_TNIL) {
        error_at(c, line, "field 'figures' must be a list of { text = ..., source = ... }");
    }
    lua_pop(L, 1);
}

/* Choice ids are unique across the scenario. Sorting (id, then position) finds duplicates
 * in O(n log n): a search per choice made a 5,000-scene file take seconds to load. */
typedef struct ChoiceRef {
    const Choice *ch;
    size_t order; /* position in the file's scene and choice order */
} ChoiceRef;

static int compare_choices(const void *a, const void *b)
{
    const ChoiceRef *x = a, *y = b;
    int d = strcmp(x->ch->id, y->ch->id);
    return d ? d : (x->order < y->order ? -1 : x->order > y->order);
}

static void check_choice_ids(Conv *c)
{
    size_t n = 0, k = 0;
    for (int a = 0; a < scenario_scene_count(c->sc); a++)
        n += (size_t)scenario_scene(c->sc, a)->nchoices;
    ChoiceRef *all = malloc((n ? n : 1) * sizeof *all);
    if (!all) {
        error_at(c, 0, "out of memory");
        return;
    }
    for (int a = 0; a < scenario_scene_count(c->sc); a++)
        for (int i = 0; i < scenario_scene(c->sc, a)->nchoices; i++)
            if (scenario_scene(c->sc, a)->choices[i].id) {
                all[k].ch = &scenario_scene(c->sc, a)->choices[i];
                all[k].order = k;
                k++;
            }
    qsort(all, k, sizeof *all, compare_choices);
    for (size_t i = 1, first = 0; i < k; i++) {
        if (strcmp(all[i].ch->id, all[first].ch->id) != 0)
            first = i;
        else
            error_at(c, all[i].ch->line, "duplicate choice id '%s' (first used at line %d)", all[i].ch->id,
                     all[first].ch->line);
    }
    free(all);
}

int convert_scenario(lua_State *L, int idx, Scenario *sc, const char *file, DiagList *diags)
{
    Conv c = {L, sc, scenario_rubric(sc), file, diags, 0, false};
    int line;
    idx = lua_absindex(L, idx);
    if (tags_get(L, idx, &line, NULL) != TAG_SCENARIO) {
        error_at(&c, 0, "the file must end with: return scenario { ... }");
        return c.errors;
    }
    ScenarioMeta *m = scenario_meta_mut(sc);
    m->line = line;
    m->file = scenario_strdup(sc, file);
    check_keys(&c, idx, FORMAT_SCENARIO, line, "the scenario", -1);
    const char *s;
    if ((s = get_string(&c, idx, "id", true, line, "the scenario"))) {
        m->id = s;
        if (!valid_id(s, false, true))
            error_at(&c, line, "scenario id '%s' must use only lowercase letters, digits and '-'", s);
    }
    m->version = get_int(&c, idx, "version", 1, line, "the scenario");
    if ((s = get_string(&c, idx, "title", true, line, "the scenario")))
        m->title = s;
    if ((s = get_string(&c, idx, "role", true, line, "the scenario"))) {
        m->role = s;
        if (strcmp(s, "prosecutor") != 0 && strcmp(s, "officer") != 0)
            error_at(&c, line, "role must be \"prosecutor\" or \"officer\", not \"%s\"", s);
    }
    if ((s = get_string(&c, idx, "summary", true, line, "the scenario")))
        m->summary = s;
    m->minutes = get_int(&c, idx, "minutes", 1, line, "the scenario");
    if ((s = get_string(&c, idx, "modelled_on", true, line, "the scenario")))
        m->modelled_on = s;
    convert_vars(&c, idx, line);
    const char **speakers;
    int nspeakers = get_string_list(&c, idx, "speakers", line, "the scenario", &speakers);
    for (int i = 0; i < nspeakers; i++)
        scenario_add_speaker(sc, speakers[i]);
    convert_figures(&c, idx, line);

    /* Pass 1: every scene and ending, so targets can refer forward. */
    int n = (int)lua_rawlen(L, idx);
    for (int i = 1; i <= n; i++) {
        int sline;
        const char *id;
        lua_rawgeti(L, idx, i);
        TagKind k = tags_get(L, -1, &sline, &id);
        if (k != TAG_SCENE && k != TAG_ENDING) {
            error_at(&c, line, "item %d of the scenario is not a scene \"id\" { ... } or ending \"id\" { ... }", i);
        } else if (!valid_id(id, true, true)) {
            error_at(&c, sline, "scene id '%s' must use only lowercase letters, digits, '-' and '_'", id);
        } else if (scenario_find_scene(sc, id) >= 0) {
            error_at(&c, sline, "duplicate scene id '%s' (first defined at line %d)", id,
                     scenario_scene(sc, scenario_find_scene(sc, id))->line);
        } else {
            scenario_add_scene(sc, id, sline, k == TAG_ENDING);
        }
        lua_pop(L, 1);
    }
    if ((s = get_string(&c, idx, "start", true, line, "the scenario"))) {
        m->start = scenario_find_scene(sc, s);
        if (m->start < 0)
            error_at(&c, line, "start: unknown scene '%s'", s);
    }
    /* Pass 2: scene bodies and choices. */
    int endings = 0;
    for (int i = 1; i <= n; i++) {
        int sline;
        const char *id;
        lua_rawgeti(L, idx, i);
        TagKind k = tags_get(L, -1, &sline, &id);
        int si = (k == TAG_SCENE || k == TAG_ENDING) && id ? scenario_find_scene(sc, id) : -1;
        if (si >= 0 && scenario_scene(sc, si)->line == sline) {
            Scene *scene = scenario_scene_mut(sc, si);
            convert_scene_body(&c, -1, scene);
            endings += scene->is_ending;
        }
        lua_pop(L, 1);
    }
    if (n > 0 && endings == 0)
        error_at(&c, line, "the scenario has no ending: add at least one ending \"id\" { ... }");
    check_choice_ids(&c);
    return c.errors;
}

static void convert_items(Conv *c, int idx, const char *name, int line, Rubric *r, bool principles)
{
    lua_State *L = c->L;
    int t = field(c, idx, name);
    if (t != LUA_TTABLE) {
        error_at(c, line, "the rubric needs '%s' as a list of { id = ..., name = ..., definition = ..., source = ... }",
                 name);
        lua_pop(L, 1);
        return;
    }
    int len = (int)lua_rawlen(L, -1);
    for (int i = 1; i <= len; i++) {
        if (lua_rawgeti(L, -1, i) != LUA_TTABLE) {
            error_at(c, line, "%s: item %d must be a table", name, i);
        } else {
            int it = lua_gettop(L);
            check_keys(c, it, FORMAT_RUBRIC_ITEM, line, name, 0);
            RubricItem item = {get_string(c, it, "id", true, line, name), get_string(c, it, "name", true, line, name),
                               get_string(c, it, "definition", true, line, name),
                               get_string(c, it, "source", true, line, name)};
            if (item.id && !valid_id(item.id, true, false))
                error_at(c, line, "%s: id '%s' must use only lowercase letters, digits and '_'", name, item.id);
            else if (item.id && (rubric_find_principle(r, item.id) >= 0 || rubric_find_safeguard(r, item.id) >= 0))
                error_at(c, line, "%s: duplicate id '%s'", name, item.id);
            else if (item.id && item.name && item.definition && item.source)
                principles ? rubric_add_principle(r, &item) : rubric_add_safeguard(r, &item);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

int convert_rubric(lua_State *L, int idx, Rubric *r, Scenario *scratch, const char *file, DiagList *diags)
{
    Conv c = {L, scratch, r, file, diags, 0, false};
    int line;
    idx = lua_absindex(L, idx);
    if (tags_get(L, idx, &line, NULL) != TAG_RUBRIC) {
        error_at(&c, 0, "the rubric file must end with: return rubric { ... }");
        return c.errors;
    }
    check_keys(&c, idx, FORMAT_RUBRIC, line, "the rubric", 0);
    convert_items(&c, idx, "principles", line, r, true);
    convert_items(&c, idx, "safeguards", line, r, false);
    if (field(&c, idx, "bands") == LUA_TTABLE) {
        int len = (int)lua_rawlen(L, -1);
        for (int i = 1; i <= len; i++) {
            if (lua_rawgeti(L, -1, i) == LUA_TTABLE) {
                int b = lua_gettop(L);
                check_keys(&c, b, FORMAT_BAND, line, "bands", 0);
                RubricBand band = {get_string(&c, b, "id", true, line, "a band"),
                                   get_string(&c, b, "name", true, line, "a band"), 0};
                if (field(&c, b, "min") == LUA_TNUMBER)
                    band.min = lua_tonumber(L, -1);
                else
                    error_at(&c, line, "bands: item %d needs min, a number from 0 to 100", i);
                lua_pop(L, 1);
                if (band.id && band.name)
                    rubric_add_band(r, &band);
            } else {
                error_at(&c, line, "bands: item %d must be { id = ..., name = ..., min = ... }", i);
            }
            lua_pop(L, 1);
        }
    } else {
        error_at(&c, line, "the rubric needs 'bands' as a list of { id = ..., name = ..., min = ... }");
    }
    lua_pop(L, 1);
    const char *cap = get_string(&c, idx, "violation_cap", false, line, "the rubric");
    if (cap && rubric_set_violation_cap(r, cap))
        error_at(&c, line, "violation_cap: '%s' is not one of the rubric's bands", cap);
    if (c.errors == 0 && rubric_principle_count(r) == 0)
        error_at(&c, line, "the rubric defines no principles");
    return c.errors;
}
