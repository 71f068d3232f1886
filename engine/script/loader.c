/* loader: run a scenario or rubric file in a sandbox and convert what it returns. */
#include "loader.h"

#include "bridge.h"
#include "sandbox.h"
#include "convert.h"
#include "core/sha256.h"
#include "tags.h"

#include <lauxlib.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ScriptScenario {
    Sandbox *sb;
    Rubric *rubric;
    Scenario *sc;
    Bridge bridge;
};

static void add(DiagList *diags, const Diag *d)
{
    diag_list_add(diags, d);
}

const char *script_default_rubric(const char *scenario_path, char *buf, size_t size)
{
    const char *slash = strrchr(scenario_path, '/');
    if (slash)
        snprintf(buf, size, "%.*s/rubric.lua", (int)(slash - scenario_path), scenario_path);
    else
        snprintf(buf, size, "rubric.lua");
    return buf;
}

/* Runs the file in sb and leaves its single result on the stack. */
static int run_file(Sandbox *sb, const char *path, char hash[72], DiagList *diags)
{
    Diag err;
    char *bytes = NULL;
    size_t len = 0;
    diag_clear(&err);
    tags_register(sandbox_lua(sb));
    sandbox_track_lines(sb, true);
    int rc = sandbox_load_file(sb, path, &bytes, &len, &err) || sandbox_call(sb, 0, 1, 0, &err) ? -1 : 0;
    sandbox_track_lines(sb, false);
    if (rc) {
        add(diags, &err);
        free(bytes);
        return -1;
    }
    sha256_hex(bytes, len, hash);
    free(bytes);
    return 0;
}

/* What a protected conversion works on (convert_protected). */
typedef struct Conversion {
    enum { CONVERT_RUBRIC_VERSION, CONVERT_RUBRIC, CONVERT_SCENARIO } what;
    int version;        /* CONVERT_RUBRIC_VERSION: the rubric's version, 0 when none */
    Rubric *rubric;     /* CONVERT_RUBRIC: filled in */
    Scenario *scratch;  /* CONVERT_RUBRIC: arena for intermediate copies */
    ScriptScenario *ss; /* CONVERT_SCENARIO: its Scenario filled in, its bridge set up */
    const char *path;
    DiagList *diags;
    int errors;
} Conversion;

/* Called through sandbox_call with the Conversion and the file's table. */
static int convert_protected(lua_State *L)
{
    Conversion *cv = lua_touserdata(L, 1);
    if (cv->what == CONVERT_RUBRIC_VERSION) {
        lua_pushliteral(L, "version");
        if (lua_istable(L, 2) && lua_rawget(L, 2) == LUA_TNUMBER && lua_isinteger(L, -1))
            cv->version = (int)lua_tointeger(L, -1);
    } else if (cv->what == CONVERT_RUBRIC) {
        cv->errors = convert_rubric(L, 2, cv->rubric, cv->scratch, cv->path, cv->diags);
    } else if ((cv->errors = convert_scenario(L, 2, cv->ss->sc, cv->path, cv->diags)) == 0) {
        Diag err;
        diag_clear(&err);
        if (bridge_init(&cv->ss->bridge, cv->ss->sb, cv->ss->sc, &err)) {
            add(cv->diags, &err);
            cv->errors++;
        }
    }
    return 0;
}

/* Converts the table on top of sb's stack (which stays there). Converting calls Lua
 * functions that allocate (key strings, registry references, the bridge's tables), and a
 * file can leave its sandbox full, so they may raise a memory error: outside a protected
 * call Lua would abort the whole process. Returns the number of errors. */
static int convert_table(Sandbox *sb, Conversion *cv)
{
    lua_State *L = sandbox_lua(sb);
    Diag err;
    diag_clear(&err);
    lua_pushcfunction(L, convert_protected);
    lua_pushlightuserdata(L, cv);
    lua_pushvalue(L, -3);
    if (sandbox_call(sb, 2, 0, 0, &err)) {
        add(cv->diags, &err);
        cv->errors++;
    }
    return cv->errors;
}

Rubric *script_load_rubric(const char *path, const SandboxLimits *limits, DiagList *diags)
{
    Diag err;
    char hash[72];
    Rubric *r = NULL;
    Scenario *scratch = NULL;
    Conversion cv = {CONVERT_RUBRIC_VERSION, 0, NULL, NULL, NULL, path, diags, 0};
    diag_clear(&err);
    Sandbox *sb = sandbox_new(limits, &err);
    if (!sb) {
        add(diags, &err);
        return NULL;
    }
    if (run_file(sb, path, hash, diags) || convert_table(sb, &cv))
        goto done;
    r = rubric_new(path, cv.version);
    scratch = r ? scenario_new(r) : NULL;
    if (!scratch || rubric_set_hash(r, hash)) {
        diag_error(&err, path, 0, "out of memory");
        add(diags, &err);
        goto fail;
    }
    if (cv.version < 1) {
        diag_error(&err, path, 0, "the rubric needs version = 1 or more (a whole number)");
        add(diags, &err);
    }
    cv.what = CONVERT_RUBRIC;
    cv.rubric = r;
    cv.scratch = scratch;
    if (convert_table(sb, &cv) > 0 || cv.version < 1)
        goto fail;
    goto done;
fail:
    rubric_free(r);
    r = NULL;
done:
    scenario_free(scratch);
    sandbox_free(sb);
    return r;
}

ScriptScenario *script_load(const char *path, const LoadOptions *opts, DiagList *diags)
{
    char rubric_path[DIAG_FILE_MAX], hash[72];
    Diag err;
    diag_clear(&err);
    const SandboxLimits *limits = opts ? &opts->limits : NULL;
    ScriptScenario *ss = calloc(1, sizeof *ss);
    if (!ss) {
        diag_error(&err, path, 0, "out of memory");
        add(diags, &err);
        return NULL;
    }
    const char *rp = opts && opts->rubric_path ? opts->rubric_path
                                               : script_default_rubric(path, rubric_path, sizeof rubric_path);
    ss->rubric = script_load_rubric(rp, limits, diags);
    if (!ss->rubric)
        goto fail;
    ss->sb = sandbox_new(limits, &err);
    ss->sc = scenario_new(ss->rubric);
    if (!ss->sb || !ss->sc) {
        if (!diag_is_error(&err))
            diag_error(&err, path, 0, "out of memory");
        add(diags, &err);
        goto fail;
    }
    if (run_file(ss->sb, path, hash, diags))
        goto fail;
    Conversion cv = {CONVERT_SCENARIO, 0, NULL, NULL, ss, path, diags, 0};
    if (convert_table(ss->sb, &cv) > 0)
        goto fail;
    lua_State *L = sandbox_lua(ss->sb);
    lua_pop(L, 1);
    ScenarioMeta *m = scenario_meta_mut(ss->sc);
    m->hash = scenario_strdup(ss->sc, hash);
    if (!m->hash) {
        diag_error(&err, path, 0, "out of memory");
        add(diags, &err);
        goto fail;
    }
    ss->bridge.usage = scenario_alloc(ss->sc, (size_t)scenario_var_count(ss->sc) + 1);
    ScenarioHooks hooks = bridge_hooks(&ss->bridge);
    scenario_set_hooks(ss->sc, &hooks);
    /* The tables have been copied into the Scenario; only functions stay referenced. */
    lua_gc(L, LUA_GCCOLLECT);
    return ss;
fail:
    script_free(ss);
    return NULL;
}

void script_free(ScriptScenario *ss)
{
    if (!ss)
        return;
    scenario_free(ss->sc);
    sandbox_free(ss->sb);
    rubric_free(ss->rubric);
    free(ss);
}

const Scenario *script_scenario(const ScriptScenario *ss) { return ss->sc; }
size_t script_memory_used(const ScriptScenario *ss) { return sandbox_memory_used(ss->sb); }
size_t script_memory_peak(const ScriptScenario *ss) { return sandbox_memory_peak(ss->sb); }

void script_var_usage(const ScriptScenario *ss, int i, bool *read, bool *written)
{
    bool known = ss->bridge.usage && i >= 0 && i < scenario_var_count(ss->sc);
    *read = known && (ss->bridge.usage[i] & BRIDGE_READ);
    *written = known && (ss->bridge.usage[i] & BRIDGE_WRITTEN);
}
