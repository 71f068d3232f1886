/* convert: a scenario's table to core data (top level, vars, figures, scenes), file:line errors.
 * A choice: convert_choice.c; the rubric: convert_rubric.c; fields and values: convert_values.c. */
#include "convert_parts.h"

#include "tags.h"

#include <lauxlib.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Declared variables, sorted by name so their order (and state hashes) never depend on
 * Lua's table iteration order. */
static void convert_vars(Conv *c, int idx, int line)
{
    lua_State *L = c->L;
    int t = convert_values_field(c, idx, "vars");
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        convert_values_error_at(c, line, "field 'vars' of the scenario must be a table, not a %s",
                                convert_values_type_of(L, -1));
        lua_pop(L, 1);
        return;
    }
    int tbl = lua_gettop(L), n = 0;
    const char *names[1024];
    lua_pushnil(L);
    while (lua_next(L, tbl)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            convert_values_error_at(c, line, "vars: every variable needs a name (found a %s key)",
                                    convert_values_type_of(L, -1));
        } else if (n == 1024) {
            convert_values_error_at(c, line, "vars: more than 1024 variables");
            lua_pop(L, 1);
            break;
        } else {
            names[n++] = scenario_strdup(c->sc, lua_tostring(L, -1));
        }
    }
    qsort(names, (size_t)n, sizeof names[0], compare_names);
    for (int i = 0; i < n; i++) {
        Value v;
        convert_values_field(c, tbl, names[i]);
        if (!convert_values_valid_id(names[i], true, false) || (names[i][0] >= '0' && names[i][0] <= '9'))
            convert_values_error_at(c, line,
                                    "vars: '%s' is not a valid variable name (use lowercase letters, digits and '_')",
                                    names[i]);
        else if (!convert_values_to_value(c, -1, &v))
            convert_values_error_at(c, line, "vars: '%s' must start as a boolean, number or string, not a %s", names[i],
                                    convert_values_type_of(L, -1));
        else
            scenario_add_var(c->sc, names[i], &v);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void convert_text(Conv *c, int idx, Scene *s, const char *where)
{
    int t = convert_values_field(c, idx, "text");
    if (t == LUA_TSTRING) {
        s->text = convert_values_copy_text(c, -1);
    } else if (t == LUA_TFUNCTION) {
        s->text_ref = luaL_ref(c->L, LUA_REGISTRYINDEX);
        return;
    } else if (t == LUA_TNIL) {
        convert_values_error_at(c, s->line, "%s is missing required field 'text'", where);
    } else {
        convert_values_error_at(c, s->line, "field 'text' of %s must be a string or a function, not a %s", where,
                                convert_values_type_of(c->L, -1));
    }
    lua_pop(c->L, 1);
}

static void convert_outcome(Conv *c, int idx, Scene *s, const char *where)
{
    int t = convert_values_field(c, idx, "outcome");
    if (t == LUA_TTABLE) {
        int o = lua_gettop(c->L);
        convert_values_check_keys(c, o, FORMAT_OUTCOME, s->line, "the outcome", 0);
        s->outcome.victim = convert_values_string(c, o, "victim", false, s->line, "the outcome");
        s->outcome.accused = convert_values_string(c, o, "accused", false, s->line, "the outcome");
        s->outcome.community = convert_values_string(c, o, "community", false, s->line, "the outcome");
    } else if (t != LUA_TNIL) {
        convert_values_error_at(c, s->line,
                                "field 'outcome' of %s must be a table "
                                "{ victim = ..., accused = ..., community = ... }",
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
    convert_values_check_keys(c, idx, s->is_ending ? FORMAT_ENDING : FORMAT_SCENE, s->line, where,
                              s->is_ending ? 0 : -1);
    s->title = convert_values_string(c, idx, "title", s->is_ending, s->line, where);
    convert_text(c, idx, s, where);
    s->notes = convert_values_string(c, idx, "notes", false, s->line, where);
    s->nquestions = convert_values_string_list(c, idx, "questions", s->line, where, &s->questions);
    if (s->is_ending) {
        s->debrief = convert_values_string(c, idx, "debrief", false, s->line, where);
        convert_outcome(c, idx, s, where);
        return;
    }
    int n = (int)lua_rawlen(L, idx);
    if (n == 0) {
        convert_values_error_at(c, s->line,
                                "scene '%s' has no choices: give it at least one choice, or make it an ending", s->id);
        return;
    }
    s->choices = convert_values_too_big(c, sizeof(Choice) * (size_t)n)
                     ? NULL
                     : scenario_alloc(c->sc, sizeof(Choice) * (size_t)n);
    for (int i = 1; s->choices && i <= n && !convert_values_too_big(c, 0); i++) {
        lua_rawgeti(L, idx, i);
        convert_choice(c, -1, s, i, &s->choices[s->nchoices++]);
        lua_pop(L, 1);
    }
}

static void convert_figures(Conv *c, int idx, int line)
{
    lua_State *L = c->L;
    int t = convert_values_field(c, idx, "figures");
    if (t == LUA_TTABLE) {
        int len = (int)lua_rawlen(L, -1);
        for (int i = 1; i <= len; i++) {
            if (lua_rawgeti(L, -1, i) == LUA_TTABLE) {
                int f = lua_gettop(L);
                convert_values_check_keys(c, f, FORMAT_FIGURE, line, "a figure", 0);
                const char *text = convert_values_string(c, f, "text", true, line, "a figure");
                const char *source = convert_values_string(c, f, "source", true, line, "a figure");
                if (text && source)
                    scenario_add_figure(c->sc, text, source);
            } else {
                convert_values_error_at(c, line, "figures: item %d must be { text = ..., source = ... }", i);
            }
            lua_pop(L, 1);
        }
    } else if (t != LUA_TNIL) {
        convert_values_error_at(c, line, "field 'figures' must be a list of { text = ..., source = ... }");
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
        convert_values_error_at(c, 0, "out of memory");
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
            convert_values_error_at(c, all[i].ch->line, "duplicate choice id '%s' (first used at line %d)",
                                    all[i].ch->id, all[first].ch->line);
    }
    free(all);
}

int convert_scenario(lua_State *L, int idx, Scenario *sc, const char *file, DiagList *diags)
{
    Conv c = {L, sc, scenario_rubric(sc), file, diags, 0, false};
    int line;
    idx = lua_absindex(L, idx);
    if (tags_get(L, idx, &line, NULL) != TAG_SCENARIO) {
        convert_values_error_at(&c, 0, "the file must end with: return scenario { ... }");
        return c.errors;
    }
    ScenarioMeta *m = scenario_meta_mut(sc);
    m->line = line;
    m->file = scenario_strdup(sc, file);
    convert_values_check_keys(&c, idx, FORMAT_SCENARIO, line, "the scenario", -1);
    const char *s;
    if ((s = convert_values_string(&c, idx, "id", true, line, "the scenario"))) {
        m->id = s;
        if (!convert_values_valid_id(s, false, true))
            convert_values_error_at(&c, line, "scenario id '%s' must use only lowercase letters, digits and '-'", s);
    }
    m->version = convert_values_int(&c, idx, "version", 1, line, "the scenario");
    if ((s = convert_values_string(&c, idx, "title", true, line, "the scenario")))
        m->title = s;
    if ((s = convert_values_string(&c, idx, "role", true, line, "the scenario"))) {
        m->role = s;
        if (strcmp(s, "prosecutor") != 0 && strcmp(s, "officer") != 0)
            convert_values_error_at(&c, line, "role must be \"prosecutor\" or \"officer\", not \"%s\"", s);
    }
    if ((s = convert_values_string(&c, idx, "summary", true, line, "the scenario")))
        m->summary = s;
    m->minutes = convert_values_int(&c, idx, "minutes", 1, line, "the scenario");
    if ((s = convert_values_string(&c, idx, "modelled_on", true, line, "the scenario")))
        m->modelled_on = s;
    convert_vars(&c, idx, line);
    const char **speakers;
    int nspeakers = convert_values_string_list(&c, idx, "speakers", line, "the scenario", &speakers);
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
            convert_values_error_at(&c, line,
                                    "item %d of the scenario is not a scene \"id\" { ... } "
                                    "or ending \"id\" { ... }",
                                    i);
        } else if (!convert_values_valid_id(id, true, true)) {
            convert_values_error_at(&c, sline, "scene id '%s' must use only lowercase letters, digits, '-' and '_'",
                                    id);
        } else if (scenario_find_scene(sc, id) >= 0) {
            convert_values_error_at(&c, sline, "duplicate scene id '%s' (first defined at line %d)", id,
                                    scenario_scene(sc, scenario_find_scene(sc, id))->line);
        } else {
            scenario_add_scene(sc, id, sline, k == TAG_ENDING);
        }
        lua_pop(L, 1);
    }
    if ((s = convert_values_string(&c, idx, "start", true, line, "the scenario"))) {
        m->start = scenario_find_scene(sc, s);
        if (m->start < 0)
            convert_values_error_at(&c, line, "start: unknown scene '%s'", s);
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
        convert_values_error_at(&c, line, "the scenario has no ending: add at least one ending \"id\" { ... }");
    check_choice_ids(&c);
    return c.errors;
}
