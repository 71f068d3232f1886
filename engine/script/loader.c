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

Rubric *script_load_rubric(const char *path, const SandboxLimits *limits, DiagList *diags)
{
    Diag err;
    char hash[72];
    Rubric *r = NULL;
    diag_clear(&err);
    Sandbox *sb = sandbox_new(limits, &err);
    if (!sb) {
        add(diags, &err);
        return NULL;
    }
    if (run_file(sb, path, hash, diags))
        goto done;
    lua_State *L = sandbox_lua(sb);
    int version = 0;
    if (lua_istable(L, -1)) {
        if (lua_getfield(L, -1, "version") == LUA_TNUMBER && lua_isinteger(L, -1))
            version = (int)lua_tointeger(L, -1);
        lua_pop(L, 1);
    }
    r = rubric_new(path, version);
    if (!r || rubric_set_hash(r, hash)) {
        diag_error(&err, path, 0, "out of memory");
        add(diags, &err);
        goto fail;
    }
    if (version < 1) {
        diag_error(&err, path, 0, "the rubric needs version = 1 or more (a whole number)");
        add(diags, &err);
    }
    if (convert_rubric(L, -1, r, path, diags) > 0 || version < 1)
        goto fail;
    goto done;
fail:
    rubric_free(r);
    r = NULL;
done:
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
    lua_State *L = sandbox_lua(ss->sb);
    if (convert_scenario(L, -1, ss->sc, path, diags) > 0)
        goto fail;
    lua_pop(L, 1);
    ScenarioMeta *m = scenario_meta_mut(ss->sc);
    m->hash = scenario_strdup(ss->sc, hash);
    if (!m->hash || bridge_init(&ss->bridge, ss->sb, ss->sc, &err)) {
        if (!diag_is_error(&err))
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
