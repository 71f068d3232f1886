/* session: one trainee's attempt at a scenario, as a state machine: the current scene,
 * the variables, the choices on offer, the decisions so far, principle totals and broken
 * safeguards, and the ending or the script error that stopped it.
 *
 * Time comes in as data (milliseconds since the epoch, from the caller's clock), so a
 * session is deterministic: the same scenario, seed and choices give the same states.
 *
 * Ownership: session_new returns a Session the caller frees with session_free. It borrows
 * the Scenario, which must outlive it. Returned pointers are valid until the next call
 * that changes the session.
 * Errors: a script error moves the session to SESSION_FAILED; session_error says what and
 * where. Calls on a failed or ended session return -1 and change nothing. */
#ifndef RJ_SESSION_H
#define RJ_SESSION_H

#include "rng.h"
#include "scenario.h"

#include <stdint.h>

typedef enum SessionStatus { SESSION_RUNNING, SESSION_ENDED, SESSION_FAILED } SessionStatus;

typedef struct Decision {
    int scene;        /* where the decision was taken */
    int choice;       /* index into the scene's choices */
    int outcome;      /* index into the choice's targets (the chance draw) */
    int64_t at_ms;    /* when it was taken */
    int64_t taken_ms; /* time spent on the scene before taking it */
} Decision;

/* A step back (practice mode): which decision was undone, and when. Kept as history after
 * the decision itself is gone, so a debrief and a report can show how often a trainee
 * went back; at most SESSION_MAX_STEPBACKS are kept (further ones still step back). */
typedef struct StepBack {
    int decision;  /* 0-based index of the decision undone */
    int scene;     /* where it had been taken */
    int choice;    /* index into that scene's choices */
    int64_t at_ms; /* when it was undone */
} StepBack;

enum { SESSION_MAX_STEPBACKS = 10000 };

typedef struct Session Session;

/* Starts at the scenario's start scene (or at scene `start`, >= 0, with vars `vars` when
 * not NULL: for authors testing one part). NULL only when out of memory. */
Session *session_new(const Scenario *sc, uint64_t seed, int64_t now_ms);
Session *session_new_at(const Scenario *sc, uint64_t seed, int64_t now_ms, int start,
                        const VarSet *vars);
void session_free(Session *s);

const Scenario *session_scenario(const Session *s);
SessionStatus session_status(const Session *s);
const Diag *session_error(const Session *s); /* DIAG_NONE unless failed */
uint64_t session_seed(const Session *s);
int64_t session_started_ms(const Session *s);
int64_t session_ended_ms(const Session *s); /* 0 while running */
int session_start_scene(const Session *s);
const VarSet *session_start_vars(const Session *s);

int session_scene(const Session *s);
const VarSet *session_vars(const Session *s);
const char *session_text(const Session *s); /* the current scene's text, evaluated */
int session_available_count(const Session *s);
/* Index into the scene's choices of the pos-th available choice, or -1. */
int session_available(const Session *s, int pos);

/* Takes the choice with index `choice` in the current scene (it must be available).
 * 0 on success; -1 when the choice is not available (err says why, the session is
 * unchanged) or when a script error stopped the session. */
int session_choose(Session *s, int choice, int64_t now_ms, Diag *err);
/* Steps back one decision (practice mode) and records it as a StepBack at now_ms. The
 * chance draws stay as they were. 0, or -1 when there is nothing to undo, the session has
 * failed, or memory ran out before anything changed. */
int session_undo(Session *s, int64_t now_ms);
/* Marks the end time of a session abandoned part-way. */
void session_abandon(Session *s, int64_t now_ms);

int session_decision_count(const Session *s);
const Decision *session_decision(const Session *s, int i);
/* Principle totals so far, indexed like the rubric's principles. */
const double *session_totals(const Session *s);
int session_violation_count(const Session *s);
/* Safeguard index broken at violation i, and (optionally) the decision that broke it. */
int session_violation(const Session *s, int i, int *decision);
/* The step backs taken so far, oldest first; session_stepback is NULL when i is out of
 * range. */
int session_stepback_count(const Session *s);
const StepBack *session_stepback(const Session *s, int i);

#endif
