/* exhaustive: every path through a scenario, for rjsim test --exhaustive.
 *
 * Paths are walked on the explorer's state graph (no scenario code runs again), each chance
 * outcome being its own path. A path that comes back to a state it has already passed (a
 * loop) is not followed round again. When there are more than max_paths complete paths,
 * the walk stops and reports every *state* instead: the coverage then counts states (in how
 * many states each scene is reached and each choice offered), and each ending's spread is
 * bounded from the lowest and highest sums any path to it gathers (score.h: a score is a
 * ratio of two sums, so the bounds hold but one path need not reach them; no means, no band
 * counts).
 *
 * Paths are scored as sessions are (score.h), on the explorer's decision values.
 *
 * Ownership: the caller owns cov and res. Errors: 0, or -1 when out of memory (err). */
#ifndef RJ_EXHAUSTIVE_H
#define RJ_EXHAUSTIVE_H

#include "coverage.h"
#include "explorer.h"

#include <stdbool.h>

enum { EXHAUSTIVE_DEFAULT_MAX_PATHS = 1000000 };

typedef enum ExhaustiveMode { EXHAUSTIVE_PATHS, EXHAUSTIVE_STATES } ExhaustiveMode;

typedef struct ExhaustiveResult {
    ExhaustiveMode mode;
    long paths;    /* complete paths walked (paths mode) */
    long loops;    /* paths cut where they came back to a state already on them */
    long states;   /* states of the scenario */
    long endings_reached; /* ending states (states mode) */
} ExhaustiveResult;

/* `e` must be explorer_run (not seeded) of sc. max_paths 0: the default. */
int exhaustive_run(const Scenario *sc, const Explorer *e, long max_paths, Coverage *cov, ExhaustiveResult *res,
                   Diag *err);

#endif
