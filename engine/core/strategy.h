/* strategy: naive strategies that read only the surface of the choices (strategy_cue:
 * always the first, last, longest, shortest, most punctuated or most restorative-sounding
 * choice, ties broken at random; or any choice at random), each played over many seeds
 * (for rjsim test --strategies). A scenario whose answers can be read off their form lets
 * such a strategy reach the top band; one that measures judgement does not.
 *
 * Every finished playthrough is scored by strategy_score alone, so a change of scale
 * changes one function.
 *
 * Ownership: nothing returned needs freeing; the caller owns the results array.
 * Errors: strategy_run returns 0, or -1 with err filled when the scenario cannot be explored
 * for a seed (a script error, the state limit) or memory runs out. A playthrough that hits
 * a script error or a dead end is counted as failed, not an error. */
#ifndef RJ_STRATEGY_H
#define RJ_STRATEGY_H

#include "cue.h"
#include "explorer.h"
#include "score.h"
#include "session.h"

#include <stdint.h>

/* The cue strategies first (in Cue order), then random. */
enum { STRATEGY_RANDOM = CUE_COUNT, STRATEGY_COUNT = CUE_COUNT + 1 };
enum { STRATEGY_MAX_BANDS = 16, STRATEGY_MAX_STEPS = 1000, STRATEGY_POSITIONS_MAX = 512 };

typedef struct StrategyResult {
    long runs, completed, failed;
    double mean;                    /* overall score, over completed runs */
    double best;                    /* the best overall score, -1 before any */
    uint64_t best_seed;
    long bands[STRATEGY_MAX_BANDS]; /* completed runs per rubric band (0 is the top) */
    /* The first seed on which it reached the top band, and the positions it took there
     * ("2,1,3", 1-based among the choices shown: rjsim play --choices). */
    bool topped;
    uint64_t top_seed;
    char top_positions[STRATEGY_POSITIONS_MAX];
    Diag failure; /* the first failed run's error; DIAG_NONE when none */
} StrategyResult;

/* "first", "last", "longest", "shortest", "punctuation", "vocabulary", "random". */
const char *strategy_name(int strategy);

/* Scores a finished session as the debrief does (score_session on explorer_run of the
 * scenario): the one place a strategy's score is computed. */
void strategy_score(ScoreCard *out, const Session *s, const Explorer *policy);

/* Whether result r of strategy k fails the scenario. A cue strategy fails when it reaches
 * the top band on any seed: reading the form is enough. Random play is luck, not a cue: it
 * fails when it reaches the top band on more than STRATEGY_RANDOM_TOP_SHARE of its runs,
 * which a scenario of 8 or more real decisions makes vanishingly rare ((1/3)^8 is 0.015%),
 * while a short one may let luck through now and then. A run that failed (a script error,
 * a dead end) fails the scenario too. */
#define STRATEGY_RANDOM_TOP_SHARE 0.01
bool strategy_fails(int k, const StrategyResult *r);

/* Plays every strategy on seeds first_seed .. first_seed + seeds - 1 into out[STRATEGY_COUNT]. */
int strategy_run(const Scenario *sc, uint64_t first_seed, long seeds, StrategyResult *out, Diag *err);

#endif
