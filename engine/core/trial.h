/* trial: one expected playthrough from a scenario's test file (<scenario>.test.lua): how to
 * play (choices by position or by id, or automatically the most or least restorative
 * choice; optionally from a given scene with given variables) and what must come out (the
 * ending or the scene where the choices run out, the band, the overall score, the broken
 * safeguards, principle scores, the number of decisions). trial_run plays it for one seed
 * exactly as `rjsim play --seed` would and scores it as the debrief does.
 *
 * Ownership: a TrialList owns every Trial and all their strings and arrays (malloc'd);
 * free it with trial_list_free (safe on a zeroed or partly built list). trial_run fills a
 * caller-owned TrialOutcome (fixed buffers, nothing to free).
 * Errors: trial_run returns -1 and fills err when the trial cannot be set up (an unknown
 * start scene or variable, out of memory); a playthrough that does not meet the
 * expectations is a result (outcome->passed false), not an error. */
#ifndef RJ_TRIAL_H
#define RJ_TRIAL_H

#include "explorer.h"
#include "scenario.h"

#include <stdbool.h>
#include <stdint.h>

typedef enum TrialPolicy { TRIAL_CHOICES, TRIAL_BEST, TRIAL_WORST } TrialPolicy;

typedef struct TrialRange {
    bool set;
    double min, max; /* inclusive */
} TrialRange;

typedef struct TrialVar {
    char *name;
    Value value; /* strings owned by the list */
} TrialVar;

typedef struct TrialScore {
    char *principle;
    TrialRange range; /* the principle's score, 0-100 */
} TrialScore;

typedef struct Trial {
    char *name;
    int line;          /* where the test is written */
    uint64_t *seeds;   /* at least one */
    int nseeds;
    TrialPolicy policy;
    int *positions;    /* TRIAL_CHOICES: 1-based positions among the choices shown, or */
    int npositions;
    char **choice_ids; /* choice ids; exactly one of the two lists is used */
    int nchoice_ids;
    char *start;       /* scene to start at; NULL: the scenario's start */
    TrialVar *vars;    /* variables to set at the start */
    int nvars;
    /* expectations (unset ones are not checked) */
    char **endings;    /* one of these endings; none listed and no stops_at: any ending */
    int nendings;
    char *stops_at;    /* the scene where the choices run out, instead of an ending */
    char **bands;      /* one of these band ids */
    int nbands;
    TrialRange overall;
    TrialRange violations;  /* how many safeguards were broken */
    char **safeguards;      /* exactly these were broken (any order); with has_safeguards */
    int nsafeguards;
    bool has_safeguards;
    TrialScore *scores;
    int nscores;
    TrialRange decisions;
} Trial;

typedef struct TrialList {
    Trial *items;
    int count, cap;
} TrialList;

/* Appends a zeroed Trial and returns it, or NULL when out of memory. */
Trial *trial_list_add(TrialList *l);
void trial_list_free(TrialList *l);

enum { TRIAL_TEXT_MAX = 1024 };

typedef struct TrialOutcome {
    bool passed;
    uint64_t seed;
    char failures[TRIAL_TEXT_MAX]; /* what did not match, "; "-separated */
    char summary[TRIAL_TEXT_MAX];  /* what happened: ending or stop, band, score, safeguards */
    char positions[TRIAL_TEXT_MAX]; /* positions taken, for rjsim play --choices */
} TrialOutcome;

/* Plays t with seed. `policy` is explorer_run of sc (used for auto best/worst when the
 * trial starts at the scenario's start; a trial with its own start explores from there). */
int trial_run(const Scenario *sc, const Explorer *policy, const Trial *t, uint64_t seed, TrialOutcome *out,
              Diag *err);

#endif
