/* library: the scenarios the game offers — every *.lua file (except rubric.lua and
 * *.test.lua) in the bundled folder and an optional extra one, with the metadata the
 * library screen shows, and the trainee's best overall score on each.
 * Ownership: library_scan fills a zeroed Library; library_free releases it.
 * Errors: a scenario that does not load is listed with its first error (file:line)
 * instead of its metadata; an unreadable folder is noted in l->note. */
#ifndef RJ_LIBRARY_H
#define RJ_LIBRARY_H

#include <stdbool.h>
#include <stddef.h>

typedef struct LibraryEntry {
    char *path;
    char *id, *title, *role, *summary, *modelled_on;
    int minutes;
    char *error;      /* non-NULL when the scenario has load errors */
    double best;      /* the trainee's best overall score, or -1 when never completed */
    int attempts;     /* the trainee's completed attempts */
} LibraryEntry;

typedef struct Library {
    LibraryEntry *items;
    int count;
    char note[512];
} Library;

void library_scan(Library *l, const char *dir, const char *extra_dir, const char *rubric);
/* Fills best and attempts for `trainee` from the session logs under results_dir. */
void library_scores(Library *l, const char *results_dir, const char *trainee);
void library_free(Library *l);

#endif
