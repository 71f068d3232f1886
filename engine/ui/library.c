/* library: scenario folders scanned once at start-up (and on return to the library). */
#include "library.h"

#include "core/scenario.h"
#include "history.h"
#include "script/loader.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int compare_entries(const void *a, const void *b)
{
    const LibraryEntry *x = a, *y = b;
    /* Prosecutor scenarios first, then officer; by title within each. */
    int r = strcmp(x->role ? x->role : "~", y->role ? y->role : "~");
    return r ? -r : strcmp(x->title ? x->title : x->path, y->title ? y->title : y->path);
}

static bool is_scenario_file(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".lua") == 0 && strcmp(name, "rubric.lua") != 0 &&
           !(n > 9 && strcmp(name + n - 9, ".test.lua") == 0);
}

static void add_file(Library *l, const char *path, const char *rubric)
{
    LibraryEntry *n = realloc(l->items, (size_t)(l->count + 1) * sizeof *n);
    if (!n)
        return;
    l->items = n;
    LibraryEntry *e = &l->items[l->count++];
    memset(e, 0, sizeof *e);
    e->path = strdup(path);
    e->best = -1;
    DiagList diags = {0};
    LoadOptions opts = {rubric, {0, 0}};
    ScriptScenario *ss = script_load(path, &opts, &diags);
    if (ss) {
        const ScenarioMeta *m = scenario_meta(script_scenario(ss));
        e->id = strdup(m->id);
        e->title = strdup(m->title);
        e->role = strdup(m->role);
        e->summary = strdup(m->summary);
        e->modelled_on = strdup(m->modelled_on);
        e->minutes = m->minutes;
    } else {
        char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
        e->error = strdup(diags.count ? diag_format(&diags.items[0], buf, sizeof buf) : "cannot load");
    }
    script_free(ss);
    diag_list_free(&diags);
}

static void scan_dir(Library *l, const char *dir, const char *rubric)
{
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(l->note, sizeof l->note, "Cannot open the scenarios folder %s.", dir);
        return;
    }
    for (struct dirent *de; (de = readdir(d));) {
        if (!is_scenario_file(de->d_name))
            continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        add_file(l, path, rubric);
    }
    closedir(d);
}

void library_scan(Library *l, const char *dir, const char *extra_dir, const char *rubric)
{
    library_free(l);
    if (dir)
        scan_dir(l, dir, rubric);
    if (extra_dir)
        scan_dir(l, extra_dir, rubric);
    if (l->count > 1)
        qsort(l->items, (size_t)l->count, sizeof *l->items, compare_entries);
}

void library_scores(Library *l, const char *results_dir, const char *trainee)
{
    History h = {0};
    history_load(&h, results_dir, trainee);
    for (int i = 0; i < l->count; i++) {
        LibraryEntry *e = &l->items[i];
        e->best = -1;
        e->attempts = 0;
        for (int k = 0; e->id && k < h.count; k++) {
            const Attempt *a = &h.items[k];
            if (a->status != ATTEMPT_COMPLETED || !a->scenario_id || strcmp(a->scenario_id, e->id) != 0)
                continue;
            e->attempts++;
            if (a->overall > e->best)
                e->best = a->overall;
        }
    }
    history_free(&h);
}

void library_free(Library *l)
{
    for (int i = 0; i < l->count; i++) {
        LibraryEntry *e = &l->items[i];
        free(e->path);
        free(e->id);
        free(e->title);
        free(e->role);
        free(e->summary);
        free(e->modelled_on);
        free(e->error);
    }
    free(l->items);
    memset(l, 0, sizeof *l);
}
