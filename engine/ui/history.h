/* history: one trainee's past attempts, read from the session logs by the shared reader
 * (journal/scan, as rjsim report reads them), for the history
 * screen and the library's best scores.
 * Ownership: history_load fills a zeroed History; history_free releases it.
 * Errors: logs that cannot be read are counted in h->unreadable (and the first reason kept
 * in h->note); they never stop the others being read. */
#ifndef RJ_HISTORY_H
#define RJ_HISTORY_H

#include "core/attempt.h"

typedef struct History {
    Attempt *items; /* oldest first */
    int count;
    int unreadable;
    char note[1400];
} History;

/* Reads every log in results_dir whose trainee is `trainee` (all when NULL). */
void history_load(History *h, const char *results_dir, const char *trainee);
void history_free(History *h);

#endif
