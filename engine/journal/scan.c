/* scan: walk folders, read logs in file-name order, filter, drop copies, mark logs whose
 * scenario file has changed. POSIX (opendir, lstat). */
#include "scan.h"

#include "journal.h"
#include "paths.h"

#include "core/sha256.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { MAX_DEPTH = 32 };
#define SCENARIO_MAX_BYTES (16L << 20) /* as the loader's limit: anything bigger is no scenario */

typedef struct File {
    char *path;
    const char *base; /* the file name inside path */
} File;

typedef struct Seen { /* session id -> the file it was first read from */
    char *sid;
    size_t file;
} Seen;

typedef struct Hash { /* scenario file -> its hash now ("" when it cannot be read) */
    char *path;
    char hash[72];
} Hash;

typedef struct Scan {
    const ScanOptions *opts;
    ScanSummary *sum;
    File *files;
    size_t nfiles, cap;
    Seen *seen; /* open addressing, size seen_cap (a power of two) */
    size_t nseen, seen_cap;
    Hash *hashes;
    size_t nhashes;
    bool oom;
} Scan;

static int add_note(Scan *s, bool marked, const char *path, const char *kind, const char *fmt,
                    ...) __attribute__((format(printf, 5, 6)));

static int add_note(Scan *s, bool marked, const char *path, const char *kind, const char *fmt,
                    ...)
{
    ScanNote **list = marked ? &s->sum->marked : &s->sum->skipped;
    size_t *n = marked ? &s->sum->nmarked : &s->sum->nskipped;
    char msg[DIAG_MSG_MAX + DIAG_FILE_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ScanNote *grown = realloc(*list, (*n + 1) * sizeof **list);
    if (!grown)
        return s->oom = true, -1;
    *list = grown;
    grown[*n] = (ScanNote){ strdup(path), kind, strdup(msg) };
    if (!grown[*n].path || !grown[*n].message) {
        free(grown[*n].path), free(grown[*n].message);
        return s->oom = true, -1;
    }
    (*n)++;
    return 0;
}

static bool is_log_name(const char *name)
{
    size_t n = strlen(name);
    return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".json") == 0;
}

static int add_file(Scan *s, const char *path)
{
    if (s->nfiles == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        File *grown = realloc(s->files, cap * sizeof *grown);
        if (!grown)
            return s->oom = true, -1;
        s->files = grown, s->cap = cap;
    }
    char *copy = strdup(path), *slash;
    if (!copy)
        return s->oom = true, -1;
    slash = strrchr(copy, '/');
    s->files[s->nfiles++] = (File){ copy, slash ? slash + 1 : copy };
    return 0;
}

static void walk(Scan *s, const char *dir, int depth)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    struct stat st;
    if (!d) {
        add_note(s, false, dir, depth ? "unreadable" : "missing", "%s: cannot open the folder: "
                 "%s; check the name and that you may read it", dir, strerror(errno));
        return;
    }
    while (!s->oom && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *path = malloc(n);
        if (!path) {
            s->oom = true;
            break;
        }
        snprintf(path, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
        /* lstat: a link to a folder is not followed, so a loop of links cannot trap us */
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode) && depth < MAX_DEPTH)
            walk(s, path, depth + 1);
        else if (is_log_name(e->d_name) && stat(path, &st) == 0 && S_ISREG(st.st_mode))
            add_file(s, path);
        free(path);
    }
    closedir(d);
}

static int by_name(const void *x, const void *y)
{
    const File *a = x, *b = y;
    int c = strcmp(a->base, b->base);
    return c ? c : strcmp(a->path, b->path);
}

static uint32_t hash_of(const char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* The first file with this session id, or (size_t)-1 after recording it as file. */
static size_t first_with(Scan *s, const char *sid, size_t file)
{
    if ((s->nseen + 1) * 2 > s->seen_cap) {
        size_t cap = s->seen_cap ? s->seen_cap * 2 : 1024;
        Seen *t = calloc(cap, sizeof *t);
        if (!t)
            return s->oom = true, (size_t)-1;
        for (size_t i = 0; i < s->seen_cap; i++)
            if (s->seen[i].sid) {
                size_t k = hash_of(s->seen[i].sid) & (cap - 1);
                while (t[k].sid)
                    k = (k + 1) & (cap - 1);
                t[k] = s->seen[i];
            }
        free(s->seen);
        s->seen = t, s->seen_cap = cap;
    }
    size_t k = hash_of(sid) & (s->seen_cap - 1);
    while (s->seen[k].sid && strcmp(s->seen[k].sid, sid) != 0)
        k = (k + 1) & (s->seen_cap - 1);
    if (s->seen[k].sid)
        return s->seen[k].file;
    if (!(s->seen[k].sid = strdup(sid)))
        return s->oom = true, (size_t)-1;
    s->seen[k].file = file;
    s->nseen++;
    return (size_t)-1;
}

/* The hash of the scenario file at path now, "" when it is gone or unreadable; each file
 * is hashed once per scan. NULL when out of memory. */
static const char *hash_now(Scan *s, const char *path)
{
    for (size_t i = 0; i < s->nhashes; i++)
        if (strcmp(s->hashes[i].path, path) == 0)
            return s->hashes[i].hash;
    Hash *grown = realloc(s->hashes, (s->nhashes + 1) * sizeof *grown);
    if (!grown)
        return NULL;
    s->hashes = grown;
    Hash *h = &s->hashes[s->nhashes];
    size_t len = 0;
    char *text = paths_read_file(path, SCENARIO_MAX_BYTES, &len, NULL);
    if (!(h->path = strdup(path))) {
        free(text);
        return NULL;
    }
    h->hash[0] = '\0';
    if (text)
        sha256_hex(text, len, h->hash);
    free(text);
    s->nhashes++;
    return h->hash;
}

static bool wanted(const ScanFilter *f, const Attempt *a)
{
    char k1[256], k2[256];
    if (f->trainee && strcmp(report_trainee_key(f->trainee, k1, sizeof k1),
                             report_trainee_key(a->trainee, k2, sizeof k2)) != 0)
        return false;
    return (!f->scenario || strcmp(f->scenario, a->scenario_id) == 0) &&
           (!f->mode || strcmp(f->mode, a->mode) == 0) &&
           (!f->since_ms || a->started_ms >= f->since_ms) &&
           (!f->until_ms || a->started_ms < f->until_ms);
}

/* Reads file i and hands it on: 0, or -1 to stop (out of memory or the callback's wish). */
static int read_one(Scan *s, size_t i, ScanLogFn fn, void *ctx)
{
    char *path = s->files[i].path;
    ScanLog log = { path, { 0 }, 0 };
    JournalProblem why;
    Diag err;
    int rc = 0;
    diag_clear(&err);
    if (journal_read_why(path, &log.attempt, &err, &why) != 0) {
        if (why == JOURNAL_NO_MEMORY)
            return s->oom = true, -1;
        return add_note(s, false, path, journal_problem_name(why), "%s: %s", path, err.message);
    }
    if (!wanted(&s->opts->filter, &log.attempt)) {
        s->sum->filtered_out++;
        goto done;
    }
    size_t first = first_with(s, log.attempt.session_id, i);
    if (s->oom)
        goto fail;
    if (first != (size_t)-1) {
        rc = add_note(s, false, path, "duplicate", "%s: a copy of the attempt in %s (session "
                      "%s), which is the one used; remove one of the copies", path,
                      s->files[first].path, log.attempt.session_id);
        goto done;
    }
    if (!s->opts->no_scenario_check && log.attempt.scenario_file) {
        const char *now = hash_now(s, log.attempt.scenario_file);
        if (!now)
            goto fail;
        if (now[0] && strcmp(now, log.attempt.scenario_hash) != 0) {
            log.marks |= REPORT_SCENARIO_CHANGED;
            if (add_note(s, true, path, "scenario_changed", "%s: the scenario file %s has "
                         "changed since this attempt (version %d was played); its scores "
                         "and best choices are those of the version played",
                         path, log.attempt.scenario_file, log.attempt.scenario_version))
                goto fail;
        }
    }
    s->sum->used++;
    if (fn(ctx, &log) != 0)
        rc = -1;
    goto done;
fail:
    s->oom = true;
    rc = -1;
done:
    attempt_free(&log.attempt);
    return rc;
}

int scan_logs(const char *const *paths, int npaths, const ScanOptions *opts, ScanLogFn fn,
              void *ctx, ScanSummary *sum, Diag *err)
{
    static const ScanOptions none = { { 0 }, false, NULL, NULL };
    Scan s = { opts ? opts : &none, sum, NULL, 0, 0, NULL, 0, 0, NULL, 0, false };
    struct stat st;
    int rc = -1;
    memset(sum, 0, sizeof *sum);
    for (int i = 0; i < npaths && !s.oom; i++) {
        bool found = stat(paths[i], &st) == 0;
        if (!found && errno == ENOENT)
            add_note(&s, false, paths[i], "missing", "%s: no such folder or file; check the "
                     "name", paths[i]);
        else if (found && S_ISREG(st.st_mode))
            add_file(&s, paths[i]);
        else /* a folder, or something opendir will say more about */
            walk(&s, paths[i], 0);
    }
    if (s.oom)
        goto done;
    if (s.nfiles > 1) /* qsort must not be given NULL, even for nothing */
        qsort(s.files, s.nfiles, sizeof *s.files, by_name);
    sum->files = s.nfiles;
    if (s.opts->progress)
        s.opts->progress(s.opts->progress_ctx, 0, s.nfiles);
    for (size_t i = 0; i < s.nfiles; i++) {
        if (read_one(&s, i, fn, ctx))
            goto done;
        if (s.opts->progress)
            s.opts->progress(s.opts->progress_ctx, i + 1, s.nfiles);
    }
    rc = 0;
done:
    if (rc != 0)
        diag_error(err, NULL, 0, s.oom ? "out of memory while reading the session logs"
                                       : "reading the session logs was stopped");
    for (size_t i = 0; i < s.nfiles; i++)
        free(s.files[i].path);
    for (size_t i = 0; i < s.seen_cap; i++)
        free(s.seen[i].sid);
    for (size_t i = 0; i < s.nhashes; i++)
        free(s.hashes[i].path);
    free(s.files), free(s.seen), free(s.hashes);
    return rc;
}

void scan_summary_free(ScanSummary *sum)
{
    for (size_t i = 0; i < sum->nskipped; i++)
        free(sum->skipped[i].path), free(sum->skipped[i].message);
    for (size_t i = 0; i < sum->nmarked; i++)
        free(sum->marked[i].path), free(sum->marked[i].message);
    free(sum->skipped), free(sum->marked);
    memset(sum, 0, sizeof *sum);
}

static int keep(void *ctx, ScanLog *log)
{
    ScanList *list = ctx;
    ScanLog *grown = realloc(list->logs, (list->count + 1) * sizeof *grown);
    char *path = strdup(log->path);
    if (!grown || !path) {
        free(path);
        if (grown)
            list->logs = grown;
        return -1;
    }
    list->logs = grown;
    grown[list->count++] = (ScanLog){ path, log->attempt, log->marks };
    memset(&log->attempt, 0, sizeof log->attempt);
    return 0;
}

int scan_collect(const char *const *paths, int npaths, const ScanOptions *opts, ScanList *out,
                 ScanSummary *sum, Diag *err)
{
    memset(out, 0, sizeof *out);
    int rc = scan_logs(paths, npaths, opts, keep, out, sum, err);
    if (rc != 0) {
        diag_error(err, NULL, 0, "out of memory while reading the session logs");
        scan_list_free(out);
    }
    return rc;
}

void scan_list_free(ScanList *list)
{
    for (size_t i = 0; i < list->count; i++) {
        free(list->logs[i].path);
        attempt_free(&list->logs[i].attempt);
    }
    free(list->logs);
    memset(list, 0, sizeof *list);
}
