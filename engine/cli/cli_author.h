/* cli_author: helpers shared by the authoring commands (test, graph, new, format, and the
 * player's --at/--set). Internal to engine/cli; the commands themselves are declared in
 * cli.h. Nothing here allocates for the caller; problems are printed (cli_error) and
 * reported by the return value. */
#ifndef RJ_CLI_AUTHOR_H
#define RJ_CLI_AUTHOR_H

#include "cli.h"
#include "core/coverage.h"

#include <stdbool.h>
#include <stdio.h>

/* Monotonic milliseconds, for --stats timings. */
double cli_clock_ms(void);
/* Peak resident memory of this process in MB (getrusage). */
double cli_peak_rss_mb(void);

/* The coverage report of rjsim test: endings with the spread of their scores, the spread of
 * each principle's score over all endings, what was never reached, and the visits of every
 * scene and choice (with `detail`). With `bounds` (exhaustive's states mode) spreads are
 * ranges only and the counts are of states. */
void cli_print_coverage(FILE *out, const Scenario *sc, const Coverage *cov, bool bounds, bool detail);

/* rjsim test --strategies on one loaded scenario (cli_strategies.c): plays the naive
 * strategies on `seeds` seeds from `seed`, prints the table (or, with json, one JSON object,
 * preceded by a comma when *shown objects came before; *shown counts it). EXIT_OK;
 * EXIT_FAIL when a strategy reached the top band or a run failed; EXIT_DATAERR when the
 * scenario could not be explored (said on stderr with json, so stdout stays one document). */
/* rjsim check --decisions: each decision's choices and their credit (score.h), on stdout.
 * 0, or -1 when out of memory. */
int cli_print_decisions(const Scenario *sc, const Explorer *e);
int cli_test_strategies(const char *path, const Scenario *sc, uint64_t seed, long seeds, bool json, int *shown);

/* Parses one --set NAME=VALUE for sc into vars (which holds sc's variables): the value is
 * read as the variable's type (true/false, a number, or text). 0, or -1 after printing why. */
int cli_parse_set(const Scenario *sc, const char *assign, VarSet *vars);
/* The scene --at names, or -1 after printing why (and which scenes there are). */
int cli_parse_at(const Scenario *sc, const char *id);

#endif
