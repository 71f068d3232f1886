/* coverage: what a batch of playthroughs (random, or every path) reached, for rjsim test:
 * how often each scene was visited and each choice taken, and for each ending how many
 * playthroughs ended there with what scores (the spread of the overall and per-principle
 * scores, the bands, and how many broke a safeguard).
 *
 * A playthrough is recorded as coverage_visit / coverage_take calls followed by one
 * coverage_finish (or coverage_fail when it stopped on an error).
 *
 * Ownership: coverage_new returns a Coverage the caller frees with coverage_free; it borrows
 * the Scenario (which must outlive it). Pointers returned by the accessors stay valid until
 * coverage_free.
 * Errors: coverage_new returns NULL when out of memory; nothing else fails. */
#ifndef RJ_COVERAGE_H
#define RJ_COVERAGE_H

#include "score.h"

#include <stdbool.h>

enum { COVERAGE_MAX_BANDS = 16 };

/* Running minimum, maximum and sum of one score. */
typedef struct Spread {
    double min, max, sum;
    long count;
} Spread;

typedef struct CoverageEnding {
    long count;                       /* playthroughs that ended here */
    Spread overall;                   /* overall score, 0-100 */
    Spread score[SCORE_MAX_PRINCIPLES]; /* each measured principle's score, 0-100 */
    long bands[COVERAGE_MAX_BANDS];   /* how many fell in each rubric band (0 = top) */
    long with_violation;              /* how many broke at least one safeguard */
} CoverageEnding;

typedef struct Coverage Coverage;

Coverage *coverage_new(const Scenario *sc);
void coverage_free(Coverage *c);

void coverage_visit(Coverage *c, int scene);
void coverage_take(Coverage *c, int scene, int choice);
/* Ends a playthrough at ending `scene`, scored as card. */
void coverage_finish(Coverage *c, int scene, const ScoreCard *card);
/* Ends a playthrough that stopped on an error (it counts as failed). */
void coverage_fail(Coverage *c);
/* Records an ending reached with scores anywhere between lo and hi (exhaustive's states
 * mode): spreads take lo's minimum and hi's maximum but no sum (their means are 0), and the
 * bands from hi's to lo's are all counted once. */
void coverage_bound(Coverage *c, int scene, const ScoreCard *lo, const ScoreCard *hi);
/* Forgets everything recorded. */
void coverage_reset(Coverage *c);

long coverage_runs(const Coverage *c);     /* finished and failed */
long coverage_failed(const Coverage *c);
long coverage_scene_visits(const Coverage *c, int scene);
long coverage_choice_taken(const Coverage *c, int scene, int choice);
/* Per ending (NULL for a scene that is not an ending), and over all endings. */
const CoverageEnding *coverage_ending(const Coverage *c, int scene);
const CoverageEnding *coverage_all(const Coverage *c);

void coverage_spread_add(Spread *s, double v);
void coverage_spread_bound(Spread *s, double lo, double hi); /* widens to [lo, hi], counts one */
double coverage_spread_mean(const Spread *s); /* 0 when empty */

#endif
