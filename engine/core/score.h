/* score: how well a path's decisions applied the principles, on a 0-100 scale.
 *
 * A score measures judgement, not luck or reading length. Every decision is compared with
 * the other choices on offer at that moment, each valued by what it leads to when the rest
 * is played well (explorer_decision), so:
 *  - a decision counts when its choices differ by at least SCORE_MIN_SPAN points or one of
 *    them breaks a safeguard the best choice keeps. Its credit is 1 - regret / span: 1 for
 *    a best choice, 0 for the choice that gives up most, and 0 for breaking a safeguard.
 *  - overall = 100 x the mean credit of the decisions that count: every decision that
 *    matters weighs the same, so one lucky guess at a pivotal moment cannot carry a path.
 *    Taking a best choice at every decision scores 100 whatever chance does; 100 too when
 *    no decision counted (nothing could have been done better).
 *  - per principle, the share of that principle's reach (highest minus lowest score on it
 *    among the choices on offer, each decision's own, summed over the decisions) the
 *    trainee's choices gained. A principle whose reach on the path is below SCORE_MIN_REACH is "not measured
 *    on this path" and shown as such, never as 0 or 100. min and max are total - gain and
 *    min + reach, so the score is where the total falls between them.
 * A broken safeguard also keeps the attempt out of the top band (or below the rubric's
 * violation cap), and so does a serious mistake: a decision whose credit is below
 * SCORE_SERIOUS_CREDIT. The top band means no decision went badly, however many went well.
 * No allocation; ScorePath and ScoreCard are plain data. */
#ifndef RJ_SCORE_H
#define RJ_SCORE_H

#include "explorer.h"
#include "rubric.h"
#include "session.h"

#include <stdbool.h>
#include <stddef.h>

enum { SCORE_MAX_PRINCIPLES = EXPLORER_MAX_PRINCIPLES };
/* The least reach, in principle points, for a principle to be scored on a path: one
 * decision's ordinary swing (scenarios score choices from -3 to +3). */
#define SCORE_MIN_REACH 3.0
/* The least span, in overall points, for a decision to count: below it the choices are
 * as good as each other (2 points is a fiftieth of the scale; the bundled scenarios'
 * decisions mostly span 4 to 50). */
#define SCORE_MIN_SPAN 2.0
/* A decision whose credit is below this gave up more than half of what was at stake: a
 * serious mistake, which keeps an attempt out of the top band. */
#define SCORE_SERIOUS_CREDIT 0.5

typedef struct PrincipleScore {
    bool measured;
    double total, min, max;
    double score; /* 0-100; 0 when not measured */
} PrincipleScore;

typedef struct ScoreCard {
    int count; /* the rubric's principle count */
    PrincipleScore p[SCORE_MAX_PRINCIPLES];
    double overall; /* 0-100 */
    double credit; /* the path's sum of decision credits behind overall */
    int counted;   /* decisions that counted */
    int serious;   /* decisions that counted with credit below SCORE_SERIOUS_CREDIT */
    int measured;   /* how many principles count */
    int violations;
    const RubricBand *band; /* borrowed from the rubric; NULL when it has no bands */
} ScoreCard;

/* The sums along one path, added to decision by decision. */
typedef struct ScorePath {
    int count; /* principles */
    double credit;
    int counted, serious;
    double total[SCORE_MAX_PRINCIPLES], gain[SCORE_MAX_PRINCIPLES], reach[SCORE_MAX_PRINCIPLES];
    int violations;
} ScorePath;

/* One decision's credit into *credit: 0 when the choice breaks a safeguard the best choice
 * keeps, else 1 - regret / span, or 1 when its choices are worth about the same (span below
 * SCORE_MIN_SPAN). Returns whether the decision counts toward the overall score (span at
 * least SCORE_MIN_SPAN, or a safeguard at stake). The one place the rule is written: the
 * score, the audit and rjsim check --decisions all use it. */
bool score_decision_credit(const ExplorerDecision *d, double *credit);
/* Whether a credit is a serious mistake (below SCORE_SERIOUS_CREDIT). */
bool score_credit_serious(double credit);

void score_path_start(ScorePath *t, const Rubric *r);
/* Adds one decision: the choice taken (its deltas and safeguard) and, when the explorer
 * could value it (d not NULL), what it was worth against the others on offer. */
void score_path_add(ScorePath *t, const Choice *ch, const ExplorerDecision *d);
void score_path_card(ScoreCard *out, const Rubric *r, const ScorePath *t);

/* The band for an overall score: rubric_band_for, then one band lower when the top band
 * was reached with a serious mistake. NULL only when the rubric has no bands. */
const RubricBand *score_band(const Rubric *r, double overall, int violations, int serious);

/* Writes a principle total for display: signed, at most one decimal ("+3", "-2.5", "+0").
 * Returns out. */
char *score_format_points(double x, char *out, size_t size);
/* The same without the sign, for amounts that are never negative ("3", "2.5"). */
char *score_format_amount(double x, char *out, size_t size);

/* The session's decisions so far, valued on `policy`: the unseeded explorer run from the
 * session's start (explorer_run_from with its start scene and variables). NULL policy:
 * totals and violations only, nothing measured, overall 100. */
void score_session(ScoreCard *out, const Session *s, const Explorer *policy);

#endif
