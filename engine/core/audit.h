/* audit: whether a scenario's scores measure judgement, for `rjsim check`. Three questions:
 *
 *  1. Surface cues. Over the decisions the explorer reaches, how often is the most
 *     restorative choice also the longest, shortest, first, last, most punctuated or
 *     richest in restorative-sounding words (cue.h)? A trainee who noticed would score well
 *     without judging anything.
 *  2. Trade-offs. How many decisions make the best choice cost something (it scores lower
 *     on some principle than another safe choice on offer), or offer two defensible
 *     choices (expected overall values within AUDIT_CLOSE_POINTS, neither breaking a
 *     safeguard)? Without such decisions a scenario tests recall, not weighing.
 *  3. Safeguards. A choice that breaks a safeguard but raises a principle puts the top of
 *     that principle's scale behind a breach; an ending that most poor choices lead to at
 *     once (a "one-strike" ending) teaches that one slip ends the case.
 *  4. The least restorative path. It should show no principle at or above the middle of
 *     its scale: if it does, its choices do more for that principle than the better ones,
 *     and a careless trainee is told they did well at it.
 *
 * A decision is a distinct (scene, set of choices available) with at least two choices: a
 * scene reached with many variable values counts once, however many states reach it, so a
 * scene deep in a combinatorial part of the graph does not outweigh the rest. Within a
 * decision every state it covers counts equally (hits and chance are averaged over them).
 *
 * A cue "finds" the best choice in a state with probability |B ∩ C| / |C|, where B is the set
 * of best choices (explorer_best_choices) and C the choices the cue points to (ties share
 * it): the chance that a reader who follows the cue, breaking ties at random, picks a best
 * choice. Chance is |B| / k for k choices shown: picking blindly. Both are 1/k-scaled, so
 * a cue that points to every choice (no listed word anywhere) scores exactly chance.
 *
 * Findings are warnings at file:line, the message starting "audit: ". Ownership: nothing
 * is kept; rep is filled, diagnostics are copied into out (the caller frees it).
 * Errors: 0, or -1 when out of memory (rep and out are then incomplete). */
#ifndef RJ_AUDIT_H
#define RJ_AUDIT_H

#include "cue.h"
#include "explorer.h"
#include "scenario.h"

#include <stdbool.h>

/* Decisions needed before the audit judges (warns): with fewer, a cue's rate is too coarse
 * to tell design from luck (see docs/authoring.md, "The authoring audit"). */
enum { AUDIT_MIN_DECISIONS = 8 };
/* Real trade-offs a judged scenario should have. */
enum { AUDIT_MIN_TRADEOFFS = 3 };
/* Two choices this close in expected overall score (points out of 100) are both defensible. */
#define AUDIT_CLOSE_POINTS 2.0
/* A cue is flagged when its rate exceeds chance + max(AUDIT_MARGIN, min(chance, (1 - chance) / 2)). */
#define AUDIT_MARGIN 0.25
enum { AUDIT_NAMED = 3 }; /* decisions named in a cue warning */

#define AUDIT_PREFIX "audit: "

typedef struct AuditReport {
    int decisions;           /* distinct (scene, available set) with 2+ choices */
    double chance;           /* mean of |B|/k over decisions */
    double rate[CUE_COUNT];  /* mean of |B∩C|/|C| over decisions */
    double threshold;        /* the rate above which a cue is flagged */
    bool flagged[CUE_COUNT]; /* rate > threshold with enough decisions */
    int costly;              /* decisions whose best choice gives up a principle */
    int close;               /* decisions with two defensible choices */
    int tradeoffs;           /* decisions that are either */
    int raising_breaches;    /* choices that break a safeguard and raise a principle */
    int poor;                /* distinct (scene, choice) not best where offered */
    int one_strike;          /* poor choices that end the case where the best goes on */
    int worst_high;          /* principles the least restorative path scores 50 or more on */
} AuditReport;

/* `e` must come from explorer_run (not seeded) on sc. */
int audit_scenario(const Scenario *sc, const Explorer *e, AuditReport *rep, DiagList *out);

/* The rate above which a cue is flagged, for a given chance rate. */
double audit_threshold(double chance);

#endif
