/* audit_parts: what audit.c gathers and audit_warn.c judges. Internal to engine/core;
 * audit.h is the interface. */
#ifndef RJ_AUDIT_PARTS_H
#define RJ_AUDIT_PARTS_H

#include "audit.h"
#include "score.h"

#include <stddef.h>

/* One decision: a scene with one set of available choices, over the states that show it. */
typedef struct AuditPoint {
    int scene, k;                /* k choices available, at avail[at..at+k) */
    size_t at;                   /* into AuditData.avail, and (times CUE_COUNT) .pointed */
    int npointed[CUE_COUNT];     /* how many choices each cue points to */
    int example[CUE_COUNT];      /* a best choice the cue points to (choice index), or -1 */
    long states;                 /* states that show it */
    double hits[CUE_COUNT];      /* summed over its states */
    double chance;               /* summed over its states */
    long costly, close;          /* states where the test holds */
    long next;                   /* the scene's next decision, -1 at the last */
} AuditPoint;

typedef struct AuditData {
    AuditPoint *points;
    long n, cap;
    int *avail;              /* choice indices of every decision, in order shown */
    unsigned char *pointed;  /* per decision, CUE_COUNT rows of k flags */
    size_t used, room;
    long *head;              /* per scene, its first decision (-1 when none): a scene's
                                decisions are searched, not all of them */
    size_t *offset;          /* per scene, its first choice in poor[] and strike[] */
    bool *poor, *strike;     /* per (scene, choice): not best somewhere; and ends the case there */
} AuditData;

/* Scores the least restorative path (explorer_worst_choices at each decision, the likeliest
 * outcome of each chance) into card. 0, or -1 when out of memory (card then scores nothing). */
int audit_worst_path(const Scenario *sc, const Explorer *e, ScoreCard *card);

/* Fills rep from d and adds the warnings. 0, or -1 when out of memory. */
int audit_warn(const Scenario *sc, const Explorer *e, const AuditData *d, AuditReport *rep, DiagList *out);

#endif
