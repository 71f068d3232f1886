/* report: what a trainer wants to know from many attempts — per trainee, per scenario,
 * per decision and per principle — as plain numbers. No I/O: the journal reads the logs
 * (journal/scan.h) and formats the figures (journal/report_format.h); the game's history
 * screen can read the same figures.
 *
 * Use: report_new, report_add for every attempt (in any order: every figure, "latest"
 * included, comes out the same), report_finish once, then the accessors.
 * A Report mixes whatever attempts it is given: a caller that must keep assessment figures
 * apart from practice (rjsim report does) builds one Report per mode.
 * What counts: every attempt counts as an attempt; scores (overall and per principle) come
 * from completed attempts only, and a principle only where it was measured; a decision
 * counts towards "off the best path" only when its log knows the best choices (nbest > 0).
 * Trainees are the same person when their names match after report_trainee_key.
 *
 * Ownership: a Report copies what it needs from each Attempt (the Attempt may be freed
 * right after report_add). Every pointer an accessor returns stays valid until
 * report_free and must not be freed; accessors are only valid after report_finish.
 * Errors: report_new returns NULL and report_add/report_finish -1 only when out of memory;
 * the Report is then still safe to free but its figures are incomplete. */
#ifndef RJ_REPORT_H
#define RJ_REPORT_H

#include "attempt.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    REPORT_MAX_PRINCIPLES = 64, /* as SCORE_MAX_PRINCIPLES; further principles are ignored */
    REPORT_BINS = 10,           /* score histogram: [0,10), [10,20), ... [90,100] */
    REPORT_WEAK = 50            /* a score below this is "weak": under half the open range */
};

/* Marks an attempt carries (report_add's marks, ReportAttempt.marks). */
enum { REPORT_SCENARIO_CHANGED = 1u << 0 }; /* the scenario file changed since it was played */

/* Scores 0-100. When n is 0 every other field is 0. sd is the population standard
 * deviation (0 for one value). */
typedef struct ReportStats {
    int n;
    double mean, sd, min, max;
    int weak;              /* values below REPORT_WEAK */
    int bins[REPORT_BINS]; /* histogram */
} ReportStats;

/* How often something happened: an ending (label = its title), a safeguard (label NULL). */
typedef struct ReportCount {
    const char *id;
    const char *label; /* may be NULL */
    int count;
} ReportCount;

typedef struct ReportChoice {
    const char *id;
    const char *text;  /* NULL for a best choice nobody took (logs only name those by id) */
    int count;         /* times taken */
    int off_best;      /* times taken when it was not among the best choices */
    bool best;         /* among the best choices at least once */
} ReportChoice;

/* One decision point (a scene where trainees chose), in one scenario. */
typedef struct ReportDecision {
    const char *scene_id;
    const char *title;   /* the scene's title; may be NULL */
    int taken;           /* decisions taken here (a scene visited twice counts twice) */
    int rated;           /* of those, the ones whose log knows the best choices */
    int off_best;        /* of those, the ones off the best path */
    int violations;      /* safeguards broken here */
    int trainees;        /* distinct trainees with a rated decision here */
    int trainees_off;    /* of those, the ones who left the best path here at least once */
    double mean_step;    /* mean 1-based place in the attempts' paths (orders decisions) */
    ReportChoice *choices; /* most taken first */
    int nchoices;
} ReportDecision;

typedef struct ReportScenario {
    const char *id;
    const char *title;   /* from its latest attempt */
    int attempts, completed, unfinished, errors; /* unfinished: in progress or abandoned */
    int changed;         /* attempts marked REPORT_SCENARIO_CHANGED */
    int trainees;
    ReportStats overall;
    ReportStats principles[REPORT_MAX_PRINCIPLES]; /* indexed like report_principle */
    ReportCount *endings;   /* most reached first; completed attempts only */
    int nendings;
    ReportCount *safeguards; /* most broken first */
    int nsafeguards;
    ReportDecision *decisions; /* in play order (mean_step) */
    int ndecisions;
} ReportScenario;

/* A trainee's latest and best score on something (completed attempts). */
typedef struct ReportMark {
    bool scored; /* false: no completed attempt measured it; latest and best are 0 */
    double latest, best;
} ReportMark;

typedef struct ReportTrainee {
    const char *name;    /* as typed most often (of equals, the latest) */
    int attempts, completed;
    int scenarios_tried, scenarios_done; /* distinct scenarios attempted / completed */
    int violations;      /* safeguards broken, over all attempts */
    int64_t first_ms, last_ms; /* when their first and latest attempt started */
    ReportMark overall;
    ReportMark principles[REPORT_MAX_PRINCIPLES];
    ReportCount *safeguards; /* most broken first */
    int nsafeguards;
} ReportTrainee;

/* One trainee on one scenario: who practised what. */
typedef struct ReportCell {
    int attempts, completed;
    ReportMark overall;
} ReportCell;

typedef struct ReportPrinciple {
    const char *id;
    ReportStats stats;   /* over completed attempts that measured it */
    int trainees;        /* trainees with a score on it */
    int trainees_weak;   /* of those, the ones whose latest score is below REPORT_WEAK */
} ReportPrinciple;

typedef struct ReportAttempt {
    const char *source;  /* what report_add was given (a log's path); may be NULL */
    const char *session_id;
    int trainee, scenario; /* indices for report_trainee and report_scenario */
    const char *mode;
    AttemptStatus status;
    int64_t started_ms, ended_ms;
    const char *ending_id; /* NULL unless completed */
    double overall;        /* meaningful when completed */
    const char *band;      /* band name; NULL unless completed */
    int decisions, off_best, violations;
    unsigned marks;
    int stepbacks;         /* step backs taken in practice */
} ReportAttempt;

typedef struct ReportTotals {
    int attempts, completed, trainees, scenarios, changed;
    int64_t first_ms, last_ms; /* first and latest start; 0 when there are no attempts */
    int stepbacks;             /* step backs over all attempts */
} ReportTotals;

typedef struct Report Report;

Report *report_new(void);
void report_free(Report *r); /* r may be NULL */

/* Counts attempt a. source (e.g. the log's path) and marks are kept with it. Attempts with
 * the same session id are counted once (the first added is kept; returns 1 for the
 * others). 0, 1, or -1 when out of memory. */
int report_add(Report *r, const Attempt *a, const char *source, unsigned marks);
/* Computes the figures and sorts everything. Call once, after the last report_add. */
int report_finish(Report *r);

ReportTotals report_totals(const Report *r);
int report_trainee_count(const Report *r);
const ReportTrainee *report_trainee(const Report *r, int i); /* sorted by name */
int report_scenario_count(const Report *r);
const ReportScenario *report_scenario(const Report *r, int i); /* sorted by id */
/* Principles in the order the logs list them (the rubric's). */
int report_principle_count(const Report *r);
const ReportPrinciple *report_principle(const Report *r, int i);
/* Trainee t on scenario s, or NULL when t never attempted s. */
const ReportCell *report_cell(const Report *r, int t, int s);
int report_attempt_count(const Report *r);
const ReportAttempt *report_attempt(const Report *r, int i); /* by start time */

/* The decisions where most trainees leave the best path: every decision where more than
 * half the trainees left it at least once; worst first: the most trainees who left it, then
 * the largest share of trainees, then of decisions. Writes up to max pairs of (scenario,
 * decision) indices into out; returns how many there are in all (which may exceed max). */
typedef struct ReportRef {
    int scenario, decision;
} ReportRef;
int report_hard_decisions(const Report *r, ReportRef *out, int max);

/* The key names are compared by: surrounding white space dropped, inner runs of white
 * space as one space, ASCII letters in lower case ("  Sam  LEE" and "sam lee" are the same
 * trainee). Writes at most size bytes with the NUL into buf (size > 0) and returns buf. */
char *report_trainee_key(const char *name, char *buf, size_t size);

#endif
