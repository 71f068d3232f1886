/* fuzz_scenario: what the scenario fuzzers (fuzz_loader, fuzz_shapes) share. The loader
 * reads scenarios by path, so each input is written to a file in a temporary folder of this
 * process (beside a copy of the bundled rubric) and loaded from there with small sandbox
 * limits; a scenario that loads is then explored, linted, played for a few steps, and its
 * session captured as a log that must write and read back. Every object is freed, so
 * LeakSanitizer sees what the engine forgets.
 *
 * Ownership: nothing is kept between calls except the temporary folder, removed at exit.
 * Errors: anything the engine gets wrong aborts (a libFuzzer crash) with a message on
 * stderr; load and script errors in the input are expected and ignored. */
#ifndef RJ_FUZZ_SCENARIO_H
#define RJ_FUZZ_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>

/* Loads src (n bytes, any content) as a scenario file against the bundled rubric and
 * exercises what loads. When as_rubric is true, also loads src as a rubric file and, if
 * that succeeds, the bundled minimal test scenario against it. */
void fuzz_scenario_run(const char *src, size_t n, bool as_rubric);

#endif
