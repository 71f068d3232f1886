/* testfile_convert: the tables of a test file (format.c: FORMAT_TEST, FORMAT_EXPECT) to
 * core Trials, every name checked against the scenario, every error at the test's line. */
#include "testfile_parts.h"

#include "format.h"

#include "core/utf8.h"

#include <lauxlib.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- conversion ---- */

typedef struct TConv {
    lua_State *L;
    const char *file;
    const Scenario *sc;
    DiagList *diags;
    int errors, line;
    const char *name; /* the test being converted */
} TConv;

__attribute__((format(printf, 2, 3))) static void error_at(TConv *c, const char *fmt, ...)
{
    Diag d;
    va_list ap;
    diag_clear(&d);
    d.severity = DIAG_ERROR;
    snprintf(d.file, sizeof d.file, "%s", c->file);
    d.line = c->line;
    int used = c->name ? snprintf(d.message, sizeof d.message, "test '%s': ", c->name) : 0;
    /* snprintf says how long the prefix would have been: a test name of 2,000 characters
     * would put the message past the buffer. */
    if (used < 0 || (size_t)used >= sizeof d.message)
        used = (int)sizeof d.message - 1;
    va_start(ap, fmt);
    vsnprintf(d.message + used, sizeof d.message - (size_t)used, fmt, ap);
    va_end(ap);
    utf8_clean(d.message, true); /* names and keys come from the file, and reach a terminal */
    diag_list_add(c->diags, &d);
    c->errors++;
}

/* Pushes field `name` of the table at idx and returns its type. Raw: the file's tables are
 * read as data, so none of their metamethods (__index) runs the file's code here. */
static int field(lua_State *L, int idx, const char *name)
{
    idx = lua_absindex(L, idx);
    lua_pushstring(L, name);
    return lua_rawget(L, idx);
}

static char *dup(TConv *c, const char *s)
{
    char *d = strdup(s);
    if (!d)
        error_at(c, "out of memory");
    else
        utf8_clean(d, true);
    return d;
}

static void check_keys(TConv *c, int idx, FormatKind kind, const char *where)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            error_at(c, "unexpected %s key in %s", luaL_typename(L, -1), where);
        } else if (!format_find(kind, lua_tostring(L, -1))) {
            const char *s = format_suggest(kind, lua_tostring(L, -1));
            error_at(c, "unknown field '%s' in %s%s%s%s", lua_tostring(L, -1), where, s ? " (did you mean '" : "",
                     s ? s : "", s ? "'?)" : "");
        }
    }
}

/* A number, or { min, max }. */
static void get_range(TConv *c, int idx, const char *what, TrialRange *r)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TNUMBER) {
        *r = (TrialRange){true, lua_tonumber(L, idx), lua_tonumber(L, idx)};
        return;
    }
    bool ok = lua_istable(L, idx) && lua_rawlen(L, idx) == 2;
    if (ok) {
        lua_rawgeti(L, idx, 1);
        lua_rawgeti(L, idx, 2);
        ok = lua_type(L, -2) == LUA_TNUMBER && lua_type(L, -1) == LUA_TNUMBER && lua_tonumber(L, -2) <= lua_tonumber(L, -1);
        if (ok)
            *r = (TrialRange){true, lua_tonumber(L, -2), lua_tonumber(L, -1)};
        lua_pop(L, 2);
    }
    if (!ok)
        error_at(c, "%s must be a number or { min, max } with min <= max, e.g. { 85, 100 }", what);
}

/* A string or a list of strings, each checked by valid(); returns the count. */
static int get_names(TConv *c, int idx, const char *what, char ***out, bool (*valid)(const Scenario *, const char *),
                     const char *kind)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    int n = lua_type(L, idx) == LUA_TSTRING ? 1 : lua_istable(L, idx) ? (int)lua_rawlen(L, idx) : 0;
    if (n == 0) {
        error_at(c, "%s must be a %s id or a list of them", what, kind);
        return 0;
    }
    if (!(*out = calloc((size_t)n, sizeof **out))) {
        error_at(c, "out of memory");
        return 0;
    }
    for (int i = 0; i < n; i++) {
        if (lua_type(L, idx) == LUA_TTABLE)
            lua_rawgeti(L, idx, i + 1);
        else
            lua_pushvalue(L, idx);
        if (lua_type(L, -1) != LUA_TSTRING)
            error_at(c, "%s: item %d must be a %s id (a string)", what, i + 1, kind);
        else if (valid && !valid(c->sc, lua_tostring(L, -1)))
            error_at(c, "%s: '%s' is not a%s %s of %s", what, lua_tostring(L, -1), kind[0] == 'e' ? "n" : "", kind,
                     strcmp(kind, "band") == 0 || strcmp(kind, "safeguard") == 0 ? "the rubric" : "this scenario");
        else
            (*out)[i] = dup(c, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    return n;
}

static bool is_ending(const Scenario *sc, const char *id)
{
    int s = scenario_find_scene(sc, id);
    return s >= 0 && scenario_scene(sc, s)->is_ending;
}

static bool is_scene(const Scenario *sc, const char *id)
{
    int s = scenario_find_scene(sc, id);
    return s >= 0 && !scenario_scene(sc, s)->is_ending;
}

static bool is_band(const Scenario *sc, const char *id)
{
    const Rubric *r = scenario_rubric(sc);
    for (int b = 0; b < rubric_band_count(r); b++)
        if (strcmp(rubric_band(r, b)->id, id) == 0)
            return true;
    return false;
}

static bool is_safeguard(const Scenario *sc, const char *id)
{
    return rubric_find_safeguard(scenario_rubric(sc), id) >= 0;
}

static bool is_choice(const Scenario *sc, const char *id)
{
    int s, ch;
    return scenario_find_choice(sc, id, &s, &ch) == 0;
}

/* "2,1,3" -> positions. */
static void get_positions(TConv *c, const char *s, Trial *t)
{
    int n = 1;
    for (const char *p = s; *p; p++)
        n += *p == ',';
    if (!(t->positions = calloc((size_t)n, sizeof *t->positions))) {
        error_at(c, "out of memory");
        return;
    }
    for (const char *p = s; *p;) {
        char *end;
        while (*p == ' ')
            p++;
        long v = strtol(p, &end, 10);
        if (end == p || v < 1 || v > 1000000) {
            error_at(c, "choices: \"%s\" must be positions separated by commas, e.g. \"2,1,3\" (or a list of "
                        "choice ids)", s);
            return;
        }
        t->positions[t->npositions++] = (int)v;
        for (p = end; *p == ' '; p++)
            ;
        if (*p == ',')
            p++;
        else if (*p) {
            error_at(c, "choices: \"%s\" must be positions separated by commas, e.g. \"2,1,3\"", s);
            return;
        }
    }
}

static void get_seeds(TConv *c, int idx, Trial *t)
{
    lua_State *L = c->L;
    int seed = field(L, idx, "seed"), seeds = field(L, idx, "seeds");
    int n = seeds == LUA_TTABLE ? (int)lua_rawlen(L, -1) : 1;
    if (seed != LUA_TNIL && seeds != LUA_TNIL)
        error_at(c, "give seed or seeds, not both");
    else if (seeds != LUA_TNIL && (seeds != LUA_TTABLE || n == 0))
        error_at(c, "seeds must be a list of whole numbers, e.g. { 1, 2, 3 }");
    else if ((t->seeds = calloc((size_t)n, sizeof *t->seeds))) {
        for (int i = 0; i < n; i++) {
            if (seeds == LUA_TTABLE)
                lua_rawgeti(L, -1, i + 1);
            else
                lua_pushvalue(L, -2);
            if (lua_isnil(L, -1))
                t->seeds[t->nseeds++] = 1; /* the default: results do not depend on the clock */
            else if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 0 || lua_tointeger(L, -1) >= (1LL << 53))
                error_at(c, "%s must be whole numbers from 0 to 9007199254740991", seeds == LUA_TTABLE ? "seeds" : "seed");
            else
                t->seeds[t->nseeds++] = (uint64_t)lua_tointeger(L, -1);
            lua_pop(L, 1);
        }
    } else {
        error_at(c, "out of memory");
    }
    lua_pop(L, 2);
}

static void get_how(TConv *c, int idx, Trial *t)
{
    lua_State *L = c->L;
    int choices = field(L, idx, "choices"), autoplay = field(L, idx, "auto");
    if ((choices == LUA_TNIL) == (autoplay == LUA_TNIL)) {
        error_at(c, "say how to play: choices = \"2,1,3\" (or a list of choice ids), or auto = \"best\" or \"worst\"%s",
                 choices != LUA_TNIL ? ", not both" : "");
    } else if (autoplay != LUA_TNIL) {
        const char *a = lua_tostring(L, -1);
        if (autoplay == LUA_TSTRING && strcmp(a, "best") == 0)
            t->policy = TRIAL_BEST;
        else if (autoplay == LUA_TSTRING && strcmp(a, "worst") == 0)
            t->policy = TRIAL_WORST;
        else
            error_at(c, "auto must be \"best\" or \"worst\"");
    } else if (choices == LUA_TSTRING) {
        get_positions(c, lua_tostring(L, -2), t);
    } else if (choices == LUA_TTABLE && lua_rawlen(L, -2) > 0) {
        t->nchoice_ids = get_names(c, -2, "choices", &t->choice_ids, is_choice, "choice");
    } else {
        error_at(c, "choices must be positions like \"2,1,3\" or a list of choice ids like { \"ask-first\", ... }");
    }
    lua_pop(L, 2);
}

static void get_start(TConv *c, int idx, Trial *t)
{
    lua_State *L = c->L;
    int st = field(L, idx, "start");
    if (st == LUA_TSTRING && is_scene(c->sc, lua_tostring(L, -1)))
        t->start = dup(c, lua_tostring(L, -1));
    else if (st != LUA_TNIL)
        error_at(c, "start must be the id of a scene (not an ending) of this scenario");
    lua_pop(L, 1);
    if (field(L, idx, "set") == LUA_TTABLE) {
        int tbl = lua_gettop(L), n = 0;
        for (lua_pushnil(L); lua_next(L, tbl); lua_pop(L, 1))
            n++;
        t->vars = calloc((size_t)n + 1, sizeof *t->vars);
        for (lua_pushnil(L); t->vars && lua_next(L, tbl); lua_pop(L, 1)) {
            int v = lua_type(L, -2) == LUA_TSTRING ? scenario_find_var(c->sc, lua_tostring(L, -2)) : -1;
            ValueType want = v >= 0 ? scenario_var(c->sc, v)->initial.type : VALUE_BOOL;
            int lt = lua_type(L, -1);
            ValueType got = lt == LUA_TBOOLEAN ? VALUE_BOOL : lt == LUA_TNUMBER ? VALUE_NUMBER : VALUE_STRING;
            if (v < 0) {
                error_at(c, "set: '%s' is not a declared variable of this scenario", luaL_tolstring(L, -2, NULL));
                lua_pop(L, 1);
            } else if ((lt != LUA_TBOOLEAN && lt != LUA_TNUMBER && lt != LUA_TSTRING) || got != want) {
                error_at(c, "set: '%s' is a %s variable", lua_tostring(L, -2), value_type_name(want));
            } else {
                TrialVar *tv = &t->vars[t->nvars++];
                tv->name = dup(c, lua_tostring(L, -2));
                tv->value.type = got;
                if (got == VALUE_BOOL)
                    tv->value.as.b = lua_toboolean(L, -1);
                else if (got == VALUE_NUMBER)
                    tv->value.as.n = lua_tonumber(L, -1);
                else
                    tv->value.as.s = dup(c, lua_tostring(L, -1));
            }
        }
    } else if (!lua_isnil(L, -1)) {
        error_at(c, "set must be a table like { counsel_advised = true }");
    }
    lua_pop(L, 1);
}

static void get_violations(TConv *c, int idx, Trial *t)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    if (lua_istable(L, idx) && lua_rawlen(L, idx) == 0) {
        t->has_safeguards = true; /* {}: none broken */
        t->violations = (TrialRange){true, 0, 0};
        return;
    }
    bool names = lua_istable(L, idx) && lua_rawgeti(L, idx, 1) == LUA_TSTRING;
    if (lua_istable(L, idx))
        lua_pop(L, 1);
    if (names) {
        t->has_safeguards = true;
        t->nsafeguards = get_names(c, idx, "violations", &t->safeguards, is_safeguard, "safeguard");
    } else {
        get_range(c, idx, "violations", &t->violations);
    }
}

static int compare_scores(const void *a, const void *b)
{
    return strcmp(((const TrialScore *)a)->principle, ((const TrialScore *)b)->principle);
}

/* scores = { principle = range }, sorted by name: Lua tables keep no order, and reports
 * must read the same on every run. */
static void get_scores(TConv *c, int idx, Trial *t)
{
    lua_State *L = c->L;
    int n = 0;
    idx = lua_absindex(L, idx);
    for (lua_pushnil(L); lua_next(L, idx); lua_pop(L, 1))
        n++;
    if (!(t->scores = calloc((size_t)n + 1, sizeof *t->scores)))
        return;
    for (lua_pushnil(L); lua_next(L, idx); lua_pop(L, 1)) {
        const char *p = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        if (!p || rubric_find_principle(scenario_rubric(c->sc), p) < 0) {
            error_at(c, "scores: '%s' is not a principle of the rubric", p ? p : "?");
            continue;
        }
        char what[128];
        snprintf(what, sizeof what, "scores.%s", p);
        TrialScore *ts = &t->scores[t->nscores];
        if (!(ts->principle = dup(c, p)))
            continue;
        t->nscores++;
        get_range(c, -1, what, &ts->range);
    }
    qsort(t->scores, (size_t)t->nscores, sizeof *t->scores, compare_scores);
}

static void get_expect(TConv *c, int idx, Trial *t)
{
    lua_State *L = c->L;
    if (field(L, idx, "expect") != LUA_TTABLE) {
        error_at(c, "expect is missing: say what must come out, e.g. expect = { ending = \"...\", band = \"exemplary\" }");
        lua_pop(L, 1);
        return;
    }
    int e = lua_gettop(L);
    check_keys(c, e, FORMAT_EXPECT, "expect");
    if (field(L, e, "ending") != LUA_TNIL)
        t->nendings = get_names(c, -1, "ending", &t->endings, is_ending, "ending");
    if (field(L, e, "stops_at") != LUA_TNIL) {
        if (lua_type(L, -1) == LUA_TSTRING && is_scene(c->sc, lua_tostring(L, -1)))
            t->stops_at = dup(c, lua_tostring(L, -1));
        else
            error_at(c, "stops_at must be the id of a scene (not an ending) of this scenario");
        if (t->nendings)
            error_at(c, "expect either an ending or stops_at, not both");
    }
    if (field(L, e, "band") != LUA_TNIL)
        t->nbands = get_names(c, -1, "band", &t->bands, is_band, "band");
    if (field(L, e, "overall") != LUA_TNIL)
        get_range(c, -1, "overall", &t->overall);
    if (field(L, e, "violations") != LUA_TNIL)
        get_violations(c, -1, t);
    if (field(L, e, "scores") == LUA_TTABLE)
        get_scores(c, -1, t);
    else if (!lua_isnil(L, -1))
        error_at(c, "scores must be a table like { due_process = { 80, 100 } }");
    if (field(L, e, "decisions") != LUA_TNIL)
        get_range(c, -1, "decisions", &t->decisions);
    lua_settop(L, e - 1);
}

static void convert_test(TConv *c, int idx, const char *name, TrialList *out)
{
    for (int i = 0; i < out->count; i++)
        if (strcmp(out->items[i].name, name) == 0)
            error_at(c, "another test has this name (line %d): give each test its own name", out->items[i].line);
    Trial *t = trial_list_add(out);
    if (!t || !(t->name = dup(c, name))) {
        error_at(c, "out of memory");
        return;
    }
    t->line = c->line;
    idx = lua_absindex(c->L, idx);
    check_keys(c, idx, FORMAT_TEST, "the test");
    get_seeds(c, idx, t);
    get_how(c, idx, t);
    get_start(c, idx, t);
    get_expect(c, idx, t);
}

int testfile_convert_list(lua_State *L, int idx, const char *file, const Scenario *sc, TrialList *out,
                          DiagList *diags)
{
    TConv c = {L, file, sc, diags, 0, 0, NULL};
    idx = lua_absindex(L, idx);
    if (!lua_istable(L, idx)) {
        error_at(&c, "a test file must end with: return { test \"name\" { ... }, ... }");
        return c.errors;
    }
    int n = (int)lua_rawlen(L, idx);
    if (n == 0)
        error_at(&c, "the list of tests is empty: add test \"name\" { ... } items to it");
    lua_getfield(L, LUA_REGISTRYINDEX, TESTFILE_TAGS_KEY);
    int tags = lua_gettop(L);
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, idx, i);
        lua_pushvalue(L, -1);
        if (lua_rawget(L, tags) != LUA_TTABLE) {
            c.name = NULL;
            c.line = 0; /* a plain table carries no line */
            error_at(&c, "item %d of the list is not a test \"name\" { ... }", i);
        } else {
            lua_rawgeti(L, -1, 1);
            lua_rawgeti(L, -2, 2);
            c.line = (int)lua_tointeger(L, -1);
            c.name = lua_tostring(L, -2);
            convert_test(&c, -4, c.name, out);
            lua_pop(L, 2);
            c.name = NULL;
        }
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    return c.errors;
}
