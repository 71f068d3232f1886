/* loader: turns a scenario file (and the rubric beside it) into a core Scenario, running
 * the file in its own sandbox, and provides the ScenarioHooks that let the core call the
 * scenario's conditions, effects and text functions.
 *
 * Ownership: script_load returns a ScriptScenario that owns its sandbox, Scenario and
 * Rubric; free it with script_free. script_load_rubric returns a Rubric the caller frees
 * with rubric_free.
 * Errors: every problem found is appended to diags as file:line diagnostics (all of them,
 * not just the first); the functions return NULL when any is an error. */
#ifndef RJ_LOADER_H
#define RJ_LOADER_H

#include "core/scenario.h"
#include "script/limits.h"

typedef struct LoadOptions {
    const char *rubric_path; /* NULL: rubric.lua in the scenario's folder */
    SandboxLimits limits;
} LoadOptions;

typedef struct ScriptScenario ScriptScenario;

ScriptScenario *script_load(const char *path, const LoadOptions *opts, DiagList *diags);
void script_free(ScriptScenario *ss);
const Scenario *script_scenario(const ScriptScenario *ss);
/* Bytes the sandbox holds now and at most, for benchmarks and the checker. */
size_t script_memory_used(const ScriptScenario *ss);
size_t script_memory_peak(const ScriptScenario *ss);
/* What the scenario's functions (when, effect, text) have done with declared variable i
 * in every call so far: read it (*read) and assigned it (*written). The checker asks after
 * the explorer has run every function in every reachable state. */
void script_var_usage(const ScriptScenario *ss, int i, bool *read, bool *written);

Rubric *script_load_rubric(const char *path, const SandboxLimits *limits, DiagList *diags);

/* The rubric path used for a scenario when none is given: rubric.lua beside it.
 * Writes into buf and returns it. */
const char *script_default_rubric(const char *scenario_path, char *buf, size_t size);

#endif
