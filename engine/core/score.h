/* score: turns principle totals into 0-100 scores, an overall score and a band.
 *
 * A principle's score is where the total falls between the lowest and highest totals any
 * complete path can reach (from the explorer). Principles the scenario does not vary are
 * "not measured" and left out of the overall score, which is the mean of the others (100
 * when none is measured: no open path could have done better).
 * No allocation; ScoreCard is plain data. */
#ifndef RJ_SCORE_H
#define RJ_SCORE_H

#include "explorer.h"
#include "rubric.h"
#include "session.h"

#include <stdbool.h>

enum { SCORE_MAX_PRINCIPLES = 64 };

typedef struct PrincipleScore {
    bool measured;
    double total, min, max;
    double score; /* 0-100; 0 when not measured */
} PrincipleScore;

typedef struct ScoreCard {
    int count; /* the rubric's principle count */
    PrincipleScore p[SCORE_MAX_PRINCIPLES];
    double overall; /* 0-100 */
    int measured;   /* how many principles count */
    int violations;
    const RubricBand *band; /* borrowed from the rubric; NULL when it has no bands */
} ScoreCard;

/* Scores totals (indexed like the rubric's principles) against the explorer's ranges. */
void score_compute(ScoreCard *out, const Rubric *r, const Explorer *e, const double *totals,
                   int violations);
/* Shorthand: the session's totals and violations. */
void score_session(ScoreCard *out, const Session *s, const Explorer *e);

#endif
