/* history: one trainee's attempts, read with the same reader as `rjsim report`
 * (journal/scan), so the game's history and the trainer's report always agree. */
#include "history.h"

#include "journal/scan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_time(const void *a, const void *b)
{
    const Attempt *x = a, *y = b;
    return x->started_ms < y->started_ms ? -1 : x->started_ms > y->started_ms;
}

void history_load(History *h, const char *results_dir, const char *trainee)
{
    history_free(h);
    if (!results_dir || !*results_dir)
        return;
    ScanOptions opts = {0};
    opts.filter.trainee = trainee;
    opts.no_scenario_check = true; /* the history shows scores, not whether files changed */
    ScanList list = {0};
    ScanSummary sum = {0};
    Diag err;
    diag_clear(&err);
    const char *paths[1] = {results_dir};
    /* A missing folder only means no attempts yet; what could not be read is counted. */
    scan_collect(paths, 1, &opts, &list, &sum, &err);
    for (size_t i = 0; i < sum.nskipped; i++) {
        if (strcmp(sum.skipped[i].kind, "missing") == 0)
            continue;
        if (h->unreadable++ == 0)
            snprintf(h->note, sizeof h->note, "%s", sum.skipped[i].message);
    }
    if (list.count) {
        h->items = calloc(list.count, sizeof *h->items);
        for (size_t i = 0; h->items && i < list.count; i++) {
            /* Take the attempt over from the list; the list then frees an empty one. */
            h->items[h->count++] = list.logs[i].attempt;
            memset(&list.logs[i].attempt, 0, sizeof list.logs[i].attempt);
        }
    }
    scan_list_free(&list);
    scan_summary_free(&sum);
    if (h->count > 1)
        qsort(h->items, (size_t)h->count, sizeof *h->items, by_time);
}

void history_free(History *h)
{
    for (int i = 0; i < h->count; i++)
        attempt_free(&h->items[i]);
    free(h->items);
    memset(h, 0, sizeof *h);
}
