/* history: reads the results folder's logs for one trainee. */
#include "history.h"

#include "journal/journal.h"

#include <dirent.h>
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
    DIR *d = results_dir ? opendir(results_dir) : NULL;
    if (!d)
        return; /* no folder yet: no attempts yet */
    for (struct dirent *de; (de = readdir(d));) {
        size_t n = strlen(de->d_name);
        if (n < 6 || strcmp(de->d_name + n - 5, ".json") != 0)
            continue;
        char path[2048];
        Attempt a = {0};
        Diag err;
        diag_clear(&err);
        snprintf(path, sizeof path, "%s/%s", results_dir, de->d_name);
        if (journal_read(path, &a, &err)) {
            if (h->unreadable++ == 0)
                snprintf(h->note, sizeof h->note, "%s: %s", de->d_name, err.message);
            continue;
        }
        if (trainee && (!a.trainee || strcmp(a.trainee, trainee) != 0)) {
            attempt_free(&a);
            continue;
        }
        Attempt *items = realloc(h->items, (size_t)(h->count + 1) * sizeof *items);
        if (!items) {
            attempt_free(&a);
            break;
        }
        h->items = items;
        h->items[h->count++] = a;
    }
    closedir(d);
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
