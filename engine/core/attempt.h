/* attempt: one attempt at a scenario as plain, self-contained data: what a session log
 * holds. The journal writes it as JSON and reads it back; reports and the history screen
 * read attempts; the CLI and the game build one from a live session with attempt_capture.
 *
 * Ownership: every string and array in an Attempt is malloc'd and owned by it; release
 * with attempt_free (safe on a zeroed or partly filled Attempt). Strings documented as
 * "may be NULL" are written as JSON null when NULL.
 * Errors: functions return -1 when out of memory, leaving the Attempt safe to free. */
#ifndef RJ_ATTEMPT_H
#define RJ_ATTEMPT_H

#include "explorer.h"
#include "session.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* 2 added step_backs; a version 1 log reads as an attempt with none. */
enum { ATTEMPT_SCHEMA_VERSION = 2 };

typedef struct AttemptDelta {
    char *principle; /* rubric principle id */
    double delta;
} AttemptDelta;

typedef struct AttemptDecision {
    char *scene_id;
    char *scene_title;   /* may be NULL */
    char *choice_id;
    char *choice_text;
    int position;        /* 1-based position among the choices shown */
    int shown;           /* how many choices were shown */
    char *outcome_scene; /* the scene it led to */
    int64_t at_ms;       /* unix time in ms when taken */
    int64_t taken_ms;    /* time on the scene before taking it */
    AttemptDelta *deltas;
    int ndeltas;
    char *violation;     /* safeguard id; may be NULL */
    bool best;           /* among the best choices in that state */
    char **best_ids;     /* ids of the best choices in that state */
    int nbest;
    int *votes;          /* workshop: the room's votes, by position among those shown;
                            NULL (nvotes 0) outside workshop mode */
    int nvotes;
} AttemptDecision;

/* A moment a workshop facilitator marked for the debrief. */
typedef struct AttemptFlag {
    int decision;  /* how many decisions had been taken when it was marked */
    int64_t at_ms;
    char *note;    /* may be empty, never NULL */
} AttemptFlag;

/* A step back in practice mode: the decision undone (its index then, its scene and choice)
 * and when. History only: the decisions list holds what stood at the end. */
typedef struct AttemptStepBack {
    int decision;    /* 0-based index of the decision undone */
    char *scene_id;
    char *choice_id;
    int64_t at_ms;   /* unix time in ms when undone */
} AttemptStepBack;

typedef struct AttemptScore {
    char *principle; /* rubric principle id */
    bool measured;
    double total, min, max, score;
} AttemptScore;

typedef struct AttemptViolation {
    char *safeguard; /* rubric safeguard id */
    int decision;    /* 0-based index into decisions */
} AttemptViolation;

typedef struct AttemptError {
    char *file;    /* may be NULL */
    int line;      /* 0 when unknown */
    char *message;
    char *trace;   /* may be NULL */
} AttemptError;

typedef enum AttemptStatus {
    ATTEMPT_IN_PROGRESS, ATTEMPT_COMPLETED, ATTEMPT_ABANDONED, ATTEMPT_ERROR
} AttemptStatus;

typedef struct Attempt {
    int schema_version;
    char *session_id;     /* UUID */
    char *trainee;        /* as typed; file names use a sanitised form */
    char *mode;           /* "practice", "assessment" or "workshop" */
    char *player;         /* "text" or "game" */
    char *engine_version; /* rjsim version that wrote it */
    char *scenario_id;
    int scenario_version;
    char *scenario_title;
    char *scenario_file;
    char *scenario_hash;  /* "sha256:<hex>" */
    int rubric_version;
    char *rubric_hash;    /* "sha256:<hex>" */
    uint64_t seed;        /* below 2^53 so JSON numbers carry it exactly */
    int64_t started_ms, ended_ms; /* ended_ms 0 while in progress (and for an attempt
                                     abandoned before any time was recorded) */
    AttemptStatus status;
    AttemptDecision *decisions;
    int ndecisions;
    char *ending_id;      /* NULL unless completed */
    char *ending_title;   /* NULL unless completed */
    AttemptScore *scores; /* one per rubric principle */
    int nscores;
    double overall;
    char *band_id, *band_name; /* NULL while in progress */
    AttemptViolation *violations;
    int nviolations;
    bool has_error;
    AttemptError error;
    AttemptFlag *flags; /* workshop flags, in order; NULL (nflags 0) when none */
    int nflags;
    AttemptStepBack *stepbacks; /* oldest first; NULL (nstepbacks 0) when none */
    int nstepbacks;
} Attempt;

/* Who and how, for attempt_capture; strings are copied. */
typedef struct AttemptInfo {
    const char *session_id, *trainee, *mode, *player, *engine_version;
    bool abandoned;     /* the trainee quit before an ending */
    const Diag *error;  /* a script error found outside the session (e.g. by the explorer
                           before play), recorded as the attempt's error; may be NULL */
} AttemptInfo;

const char *attempt_status_name(AttemptStatus s); /* "in_progress", "completed", ... */
int attempt_status_parse(const char *name, AttemptStatus *out); /* 0 or -1 */

/* Fills a (zeroed first) from the session's current state. `policy` (explorer_run_from the
 * session's start) marks the best choices and scores the decisions (score_session). It may
 * be NULL when the scenario could not be explored: nothing is then scored or marked best.
 * 0 or -1 (out of memory). */
int attempt_capture(Attempt *a, const Session *s, const Explorer *policy, const AttemptInfo *info);
void attempt_free(Attempt *a);

/* What a debrief says about the attempt's step backs: "3 step-backs in practice" (or
 * "1 step-back ..."; "in practice" only in practice mode), or "" when there were none.
 * Writes at most size bytes with the NUL into buf (size > 0) and returns buf. */
char *attempt_stepbacks_text(const Attempt *a, char *buf, size_t size);

#endif
