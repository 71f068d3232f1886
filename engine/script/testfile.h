/* testfile: scenario test files. A scenario `x.lua` may have a test file `x.test.lua` beside
 * it: a list of expected playthroughs written with test "name" { ... } (fields in
 * format.c: FORMAT_TEST and FORMAT_EXPECT). Test files are untrusted like scenarios and run
 * in their own sandbox; every name in them (scenes, choices, endings, bands, safeguards,
 * principles, variables) is checked against the loaded scenario, with file:line errors.
 *
 * Also here: which files in a scenarios folder are scenarios. rubric.lua and *.test.lua sit
 * beside them; `rjsim check` on a glob of the folder, the menu and the game's library skip them.
 *
 * Ownership: testfile_load fills a caller-owned TrialList (free it with trial_list_free).
 * Path functions write into the caller's buffer and return it.
 * Errors: testfile_load appends every problem to diags and returns how many errors it
 * found (0: the list is complete), or -1 when the file cannot be read. */
#ifndef RJ_TESTFILE_H
#define RJ_TESTFILE_H

#include "core/scenario.h"
#include "core/trial.h"
#include "script/limits.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum TestfileKind { TESTFILE_SCENARIO, TESTFILE_RUBRIC, TESTFILE_TESTS } TestfileKind;

/* What a .lua file in a scenarios folder is, by its name. */
TestfileKind testfile_kind(const char *path);
/* Whether the file is a scenario (not the rubric, not a test file). */
bool testfile_is_scenario(const char *path);
/* "dir/x.lua" -> "dir/x.test.lua". */
const char *testfile_path_for(const char *scenario_path, char *buf, size_t size);
/* "dir/x.test.lua" -> "dir/x.lua". */
const char *testfile_scenario_for(const char *test_path, char *buf, size_t size);

int testfile_load(const char *path, const Scenario *sc, const SandboxLimits *limits, TrialList *out,
                  DiagList *diags);

#endif
