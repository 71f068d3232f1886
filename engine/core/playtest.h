/* playtest: seeded random playthroughs of a scenario (like ChoiceScript's randomtest), for
 * rjsim test --random. Each playthrough has its own seed: it resolves chance exactly as a
 * session with that seed does, and picks uniformly among the choices on offer with a second
 * generator derived from the same seed. So a failure is replayed exactly by its seed
 * (`rjsim test F --random 1 --seed S`), and in the player by
 * `rjsim play F --seed S --choices P` with the positions it took.
 *
 * A playthrough fails on a script error (condition, effect or text function), on a dead end
 * (no choice available) and when no ending comes within max_steps decisions (a loop).
 * Completed playthroughs are scored as sessions are (score.h), on `policy` (explorer_run of
 * the same scenario), and recorded in the Coverage.
 *
 * Ownership: nothing returned needs freeing; the caller owns cov and the failures array.
 * Errors: returns 0, or -1 when out of memory (err says so). Failures of playthroughs are
 * results, not errors. */
#ifndef RJ_PLAYTEST_H
#define RJ_PLAYTEST_H

#include "coverage.h"
#include "explorer.h"

#include <stdint.h>

enum { PLAYTEST_MAX_STEPS = 1000, PLAYTEST_POSITIONS_MAX = 512 };

typedef struct PlaytestOptions {
    uint64_t seed; /* playthrough i uses seed + i */
    long runs;
    int max_steps; /* 0: PLAYTEST_MAX_STEPS */
} PlaytestOptions;

typedef struct PlaytestFailure {
    uint64_t seed;
    int scene;                              /* where it stopped */
    Diag error;                             /* what went wrong, with file:line */
    char positions[PLAYTEST_POSITIONS_MAX]; /* positions taken, "2,1,3" ("..." when cut) */
} PlaytestFailure;

/* Runs the playthroughs; keeps the first max_fails failures in fails (*nfails of them). */
int playtest_random(const Scenario *sc, const Explorer *policy, const PlaytestOptions *opts, Coverage *cov,
                    PlaytestFailure *fails, int max_fails, int *nfails, Diag *err);

/* The seed of the generator that picks choices in the playthrough with seed `seed`. */
uint64_t playtest_pick_seed(uint64_t seed);

#endif
