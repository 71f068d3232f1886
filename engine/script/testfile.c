/* testfile: run a test file in a sandbox and convert its tests into core Trials, checking
 * every name against the scenario. */
#include "testfile_parts.h"

#include "sandbox.h"

#include <lauxlib.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char TESTS_KEY[] = TESTFILE_TAGS_KEY;

/* ---- file kinds and paths ---- */

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

TestfileKind testfile_kind(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (strcmp(base, "rubric.lua") == 0)
        return TESTFILE_RUBRIC;
    return ends_with(base, ".test.lua") ? TESTFILE_TESTS : TESTFILE_SCENARIO;
}

bool testfile_is_scenario(const char *path)
{
    return testfile_kind(path) == TESTFILE_SCENARIO;
}

const char *testfile_path_for(const char *scenario_path, char *buf, size_t size)
{
    size_t n = strlen(scenario_path);
    if (ends_with(scenario_path, ".lua"))
        n -= 4;
    snprintf(buf, size, "%.*s.test.lua", (int)n, scenario_path);
    return buf;
}

const char *testfile_scenario_for(const char *test_path, char *buf, size_t size)
{
    size_t n = strlen(test_path);
    if (ends_with(test_path, ".test.lua"))
        n -= 9;
    snprintf(buf, size, "%.*s.lua", (int)n, test_path);
    return buf;
}

/* ---- the test "name" { ... } constructor ---- */

static int l_test_body(lua_State *L)
{
    if (!lua_istable(L, 1))
        return luaL_error(L, "test \"%s\" expects a table: write test \"%s\" { ... }", lua_tostring(L, lua_upvalueindex(1)),
                          lua_tostring(L, lua_upvalueindex(1)));
    lua_getfield(L, LUA_REGISTRYINDEX, TESTS_KEY);
    lua_pushvalue(L, 1);
    lua_createtable(L, 2, 0);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_rawseti(L, -2, 1);
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_rawseti(L, -2, 2);
    lua_rawset(L, -3);
    lua_settop(L, 1);
    return 1;
}

static int l_test(lua_State *L)
{
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_error(L, "test needs a name first: write test \"what it checks\" { ... }");
    lua_Debug ar;
    int line = lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar) ? ar.currentline : 0;
    lua_pushvalue(L, 1);
    lua_pushinteger(L, line);
    lua_pushcclosure(L, l_test_body, 2);
    return 1;
}

/* ---- loading ---- */

/* What the protected conversion of a test file's list works on. */
typedef struct Conversion {
    const char *path;
    const Scenario *sc;
    TrialList *out;
    DiagList *diags;
    int errors;
} Conversion;

/* Called through sandbox_call with the Conversion and the file's list. Converting reads
 * raw, but it allocates (numbers turned into strings), and a file can leave its sandbox
 * full: outside a protected call a memory error would abort the process. */
static int convert_protected(lua_State *L)
{
    Conversion *cv = lua_touserdata(L, 1);
    cv->errors = testfile_convert_list(L, 2, cv->path, cv->sc, cv->out, cv->diags);
    return 0;
}

int testfile_load(const char *path, const Scenario *sc, const SandboxLimits *limits, TrialList *out,
                  DiagList *diags)
{
    Diag err;
    diag_clear(&err);
    FILE *f = fopen(path, "r");
    if (!f) {
        diag_error(&err, path, 0, "cannot open the test file: %s", strerror(errno));
        diag_list_add(diags, &err);
        return -1;
    }
    fclose(f);
    Sandbox *sb = sandbox_new(limits, &err);
    int errors = 1;
    if (!sb)
        goto fail;
    lua_State *L = sandbox_lua(sb);
    lua_newtable(L);
    lua_newtable(L);
    lua_pushstring(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, TESTS_KEY);
    lua_pushcfunction(L, l_test);
    lua_setglobal(L, "test");
    sandbox_track_lines(sb, true);
    int rc = sandbox_load_file(sb, path, NULL, NULL, &err) || sandbox_call(sb, 0, 1, 0, &err);
    sandbox_track_lines(sb, false);
    if (rc)
        goto fail;
    Conversion cv = {path, sc, out, diags, 0};
    lua_pushcfunction(L, convert_protected);
    lua_pushlightuserdata(L, &cv);
    lua_pushvalue(L, -3);
    if (sandbox_call(sb, 2, 0, 0, &err)) {
        errors = cv.errors + 1;
        goto fail;
    }
    errors = cv.errors;
    sandbox_free(sb);
    return errors;
fail:
    diag_list_add(diags, &err);
    sandbox_free(sb);
    return errors;
}
