/* scan: every session log under some folders, for reports, exports and the game's history
 * screen — the one reader they all share, so they agree on what a folder holds.
 *
 * A scan walks each folder (and its subfolders; symbolic links to folders are not
 * followed, names starting with '.' are skipped), takes every file whose name ends in
 * ".json", and reads them in the order of their file names (rjsim names begin with the
 * UTC start time, so that is the order they were played; ties by full path). A path given
 * may also name one log file. Each log that reads and passes the filter is handed to a
 * callback, one at a time, so 10,000 logs never sit in memory at once (scan_collect keeps
 * them all, for small sets).
 *
 * Nothing bad in a folder stops a scan or hides the other logs. A log that cannot be used
 * is listed in ScanSummary.skipped with a kind and a message naming the file, saying what
 * is wrong and what to do:
 *   "unreadable", "empty", "truncated", "invalid", "newer" (journal_problem_name),
 *   "duplicate" (an attempt already read from another file: a copy; the first is used),
 *   "missing"   (a folder or file given that does not exist or cannot be opened).
 * A log whose scenario file (the scenario_file it names, relative to the current folder)
 * still exists but whose bytes no longer match scenario_hash is used, with marks
 * REPORT_SCENARIO_CHANGED, and listed in ScanSummary.marked (kind "scenario_changed").
 * A scenario file that is gone is not a problem: logs outlive the files they came from.
 *
 * No terminal output: progress, when wanted, is reported through a callback.
 * Ownership: the caller owns the ScanSummary's contents (scan_summary_free) and a
 * ScanList (scan_list_free). During a callback, log->path is borrowed and log->attempt is
 * the scanner's; the callback may take the attempt by copying the struct and zeroing
 * log->attempt (memset), and then frees it with attempt_free.
 * Errors: -1 with err set only when memory runs out or the callback asks to stop; the
 * summary then holds what was found so far and is still the caller's to free. */
#ifndef RJ_SCAN_H
#define RJ_SCAN_H

#include "core/attempt.h"
#include "core/diag.h"
#include "core/report.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Which logs to use; a zeroed filter takes every log. */
typedef struct ScanFilter {
    const char *trainee;  /* NULL: anyone; else the same trainee (report_trainee_key) */
    const char *scenario; /* a scenario id; NULL: any */
    const char *mode;     /* "practice", "assessment" or "workshop"; NULL: any */
    int64_t since_ms;     /* started at or after this (ms since 1970, UTC); 0: no bound */
    int64_t until_ms;     /* started before this; 0: no bound */
} ScanFilter;

typedef struct ScanLog {
    char *path; /* borrowed in a callback; owned by the list in a ScanList */
    Attempt attempt;
    unsigned marks; /* REPORT_SCENARIO_CHANGED */
} ScanLog;

/* Called for each log used; returns 0 to go on, anything else to stop the scan. */
typedef int (*ScanLogFn)(void *ctx, ScanLog *log);
/* Called before the first file (done 0) and after each one. */
typedef void (*ScanProgressFn)(void *ctx, size_t done, size_t total);

typedef struct ScanOptions {
    ScanFilter filter;
    bool no_scenario_check; /* true: do not hash scenario files (nothing gets marked) */
    ScanProgressFn progress; /* may be NULL */
    void *progress_ctx;
} ScanOptions;

typedef struct ScanNote {
    char *path;
    const char *kind;     /* a static string: see the list above */
    char *message;        /* "PATH: what is wrong; what to do" */
} ScanNote;

typedef struct ScanSummary {
    size_t files;         /* .json files found */
    size_t used;          /* logs given to the callback */
    size_t filtered_out;  /* logs read but left out by the filter */
    ScanNote *skipped;    /* logs (and paths given) that could not be used, in read order */
    size_t nskipped;
    ScanNote *marked;     /* logs used with a mark */
    size_t nmarked;
} ScanSummary;

/* Scans npaths folders or files (opts may be NULL: no filter, check scenarios). *sum is
 * overwritten. 0, or -1 (see above). */
int scan_logs(const char *const *paths, int npaths, const ScanOptions *opts, ScanLogFn fn,
              void *ctx, ScanSummary *sum, Diag *err);
void scan_summary_free(ScanSummary *sum);

/* Every log used, in read order; each path is the list's own copy. */
typedef struct ScanList {
    ScanLog *logs;
    size_t count;
} ScanList;

/* scan_logs keeping every log in *out (overwritten); -1 only when out of memory, with out
 * emptied. */
int scan_collect(const char *const *paths, int npaths, const ScanOptions *opts, ScanList *out,
                 ScanSummary *sum, Diag *err);
void scan_list_free(ScanList *list);

#endif
