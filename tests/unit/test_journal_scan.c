/* Tests for engine/journal/scan: every log under some folders, the bad ones by name. */
#include "core/sha256.h"
#include "journal/journal.h"
#include "journal/paths.h"
#include "journal/scan.h"
#include "suites.h"
#include "test_journal_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DAY 86400000LL
#define T0 1795000000000LL /* 2026-11-18 */

typedef struct Seen {
    char names[16][64];
    int n, stop_after;
    unsigned marks[16];
} Seen;

static int see(void *ctx, ScanLog *log)
{
    Seen *s = ctx;
    const char *slash = strrchr(log->path, '/');
    if (s->n < 16) {
        snprintf(s->names[s->n], sizeof s->names[0], "%s", slash ? slash + 1 : log->path);
        s->marks[s->n] = log->marks;
    }
    s->n++;
    return s->stop_after && s->n >= s->stop_after ? 1 : 0;
}

static void write_log(const char *dir, const char *name, Attempt *a)
{
    Diag err;
    char *path = jt_join(dir, name);
    ck_assert_msg(journal_write(path, a, &err) == 0, "%s", err.message);
    attempt_free(a);
    free(path);
}

static void write_text(const char *dir, const char *name, const char *text)
{
    char *path = jt_join(dir, name);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
    free(path);
}

static void copy_fixture(const char *dir, const char *name, const char *fixture)
{
    size_t len;
    Diag err;
    char *text = paths_read_file(jt_fixture(fixture), 1 << 20, &len, &err);
    ck_assert_ptr_nonnull(text);
    write_text(dir, name, text);
    free(text);
}

/* A folder of logs good and bad, with a subfolder, a hidden log and a scenario file that
 * has changed since one attempt. Returns the folder (static until the next call). */
static const char *cohort(void)
{
    static char dir[64];
    char hash[72], *sub, *scen;
    Attempt a;
    snprintf(dir, sizeof dir, "%s", jt_scratch());
    sub = jt_join(dir, "sub"), scen = jt_join(dir, "scen.lua");
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    write_text(dir, "scen.lua", "return 1\n");
    sha256_hex("return 1\n", 9, hash);
    jt_make_attempt(&a, 1, "Ana", "alpha", T0, 80);
    write_log(dir, "01-ana.json", &a);
    jt_make_attempt(&a, 2, "Ben", "beta", T0 + DAY, 40);
    free(a.mode), a.mode = jt_copy("assessment");
    write_log(sub, "02-ben.json", &a);
    jt_make_attempt(&a, 9, "Hidden", "alpha", T0, 80);
    write_log(dir, ".09-hidden.json", &a);
    write_text(dir, "notes.txt", "not a log");
    copy_fixture(dir, "03-truncated.json", "truncated.json");
    copy_fixture(dir, "04-future.json", "future-schema.json");
    copy_fixture(dir, "05-not-json.json", "not-json.json");
    jt_make_attempt(&a, 1, "Ana", "alpha", T0, 80);
    write_log(sub, "06-copy.json", &a);
    write_text(dir, "07-empty.json", "");
    jt_make_attempt(&a, 3, "ana ", "alpha", T0 + 2 * DAY, 60);
    free(a.scenario_file), a.scenario_file = jt_copy(scen); /* HASH_A: not its hash now */
    write_log(dir, "08-changed.json", &a);
    jt_make_attempt(&a, 4, "Cy", "alpha", T0 + 3 * DAY, 60);
    free(a.scenario_file), a.scenario_file = jt_copy(scen);
    free(a.scenario_hash), a.scenario_hash = jt_copy(hash);
    write_log(dir, "10-same.json", &a);
    free(sub), free(scen);
    return dir;
}

START_TEST(scan_reads_every_log_and_names_the_bad_ones)
{
    const char *dir = cohort();
    const char *paths[] = { dir };
    ScanSummary sum;
    Seen seen = { 0 };
    Diag err;
    char want[1024];
    ck_assert_int_eq(scan_logs(paths, 1, NULL, see, &seen, &sum, &err), 0);
    ck_assert_uint_eq(sum.files, 9);
    ck_assert_uint_eq(sum.used, 4);
    ck_assert_uint_eq(sum.filtered_out, 0);
    ck_assert_int_eq(seen.n, 4);
    ck_assert_str_eq(seen.names[0], "01-ana.json");
    ck_assert_str_eq(seen.names[1], "02-ben.json");
    ck_assert_str_eq(seen.names[2], "08-changed.json");
    ck_assert_str_eq(seen.names[3], "10-same.json");
    ck_assert_uint_eq(sum.nskipped, 5);
    const char *kinds[] = { "truncated", "newer", "invalid", "duplicate", "empty" };
    for (int i = 0; i < 5; i++)
        ck_assert_str_eq(sum.skipped[i].kind, kinds[i]);
    snprintf(want, sizeof want, "%s/04-future.json: written by a newer rjsim (schema 3); "
             "update rjsim to read it", dir);
    ck_assert_str_eq(sum.skipped[1].message, want);
    snprintf(want, sizeof want, "%s/sub/06-copy.json: a copy of the attempt in %s/01-ana.json "
             "(session 00000000-0000-4000-8000-000000000001), which is the one used; remove "
             "one of the copies", dir, dir);
    ck_assert_str_eq(sum.skipped[3].message, want);
    snprintf(want, sizeof want, "%s/sub/06-copy.json", dir);
    ck_assert_str_eq(sum.skipped[3].path, want);
    ck_assert_uint_eq(sum.nmarked, 1);
    ck_assert_str_eq(sum.marked[0].kind, "scenario_changed");
    snprintf(want, sizeof want, "%s/08-changed.json: the scenario file %s/scen.lua has changed "
             "since this attempt (version 1 was played); its scores and best choices are "
             "those of the version played", dir, dir);
    ck_assert_str_eq(sum.marked[0].message, want);
    ck_assert_uint_eq(seen.marks[2], REPORT_SCENARIO_CHANGED);
    ck_assert_uint_eq(seen.marks[3], 0);
    ck_assert_uint_eq(seen.marks[0], 0); /* its scenario file is gone: not a problem */
    scan_summary_free(&sum);
    ScanOptions quiet = { .no_scenario_check = true };
    seen.n = 0;
    ck_assert_int_eq(scan_logs(paths, 1, &quiet, see, &seen, &sum, &err), 0);
    ck_assert_uint_eq(sum.nmarked, 0);
    ck_assert_uint_eq(seen.marks[2], 0);
    scan_summary_free(&sum);
    jt_remove_tree(dir);
}
END_TEST

static int used_with(const char *dir, ScanFilter filter, size_t *filtered)
{
    const char *paths[] = { dir };
    ScanOptions opts = { .filter = filter };
    ScanSummary sum;
    Seen seen = { 0 };
    ck_assert_int_eq(scan_logs(paths, 1, &opts, see, &seen, &sum, NULL), 0);
    *filtered = sum.filtered_out;
    scan_summary_free(&sum);
    return seen.n;
}

START_TEST(scan_filters_by_trainee_scenario_mode_and_date)
{
    const char *dir = cohort();
    size_t out;
    ck_assert_int_eq(used_with(dir, (ScanFilter){ .trainee = " ANA" }, &out), 2);
    ck_assert_uint_eq(out, 2); /* Ben and Cy; Ana's copy is skipped as a copy */
    ck_assert_int_eq(used_with(dir, (ScanFilter){ .scenario = "beta" }, &out), 1);
    ck_assert_int_eq(used_with(dir, (ScanFilter){ .mode = "assessment" }, &out), 1);
    ck_assert_int_eq(used_with(dir, (ScanFilter){ .since_ms = T0 + DAY }, &out), 3);
    ck_assert_int_eq(used_with(dir, (ScanFilter){ .until_ms = T0 + DAY }, &out), 1);
    ck_assert_int_eq(used_with(dir, (ScanFilter){ .since_ms = T0 + DAY,
                                                  .until_ms = T0 + 3 * DAY }, &out), 2);
    ck_assert_int_eq(used_with(dir, (ScanFilter){ .trainee = "Nobody" }, &out), 0);
    jt_remove_tree(dir);
}
END_TEST

static void progress(void *ctx, size_t done, size_t total)
{
    size_t *calls = ctx;
    ck_assert_uint_eq(total, 9);
    ck_assert_uint_eq(done, calls[0]); /* 0 first, then after each file */
    calls[0]++;
}

START_TEST(scan_collect_keeps_the_logs_and_reports_progress)
{
    const char *dir = cohort();
    const char *paths[] = { dir };
    size_t calls[1] = { 0 };
    ScanOptions opts = { .progress = progress, .progress_ctx = calls };
    ScanList list;
    ScanSummary sum;
    Diag err;
    ck_assert_int_eq(scan_collect(paths, 1, &opts, &list, &sum, &err), 0);
    ck_assert_uint_eq(calls[0], 10);
    ck_assert_uint_eq(list.count, 4);
    ck_assert_str_eq(list.logs[1].attempt.trainee, "Ben");
    ck_assert_ptr_nonnull(strstr(list.logs[1].path, "/sub/02-ben.json"));
    ck_assert_uint_eq(list.logs[2].marks, REPORT_SCENARIO_CHANGED);
    scan_list_free(&list);
    scan_summary_free(&sum);
    ck_assert_ptr_null(list.logs);
    jt_remove_tree(dir);
}
END_TEST

START_TEST(scan_names_missing_paths_reads_single_files_and_can_stop)
{
    const char *dir = cohort();
    char *one = jt_join(dir, "sub/02-ben.json");
    const char *paths[] = { "/nonexistent/results", one, dir };
    ScanSummary sum;
    Seen seen = { .stop_after = 2 };
    Diag err;
    ck_assert_int_eq(scan_logs(paths, 2, NULL, see, &seen, &sum, &err), 0);
    ck_assert_int_eq(seen.n, 1);
    ck_assert_str_eq(sum.skipped[0].kind, "missing");
    ck_assert_str_eq(sum.skipped[0].message, "/nonexistent/results: no such folder or file; "
                                             "check the name");
    scan_summary_free(&sum);
    seen.n = 0;
    ck_assert_int_eq(scan_logs(paths + 1, 2, NULL, see, &seen, &sum, &err), -1);
    ck_assert_int_eq(seen.n, 2);
    ck_assert_str_eq(err.message, "reading the session logs was stopped");
    scan_summary_free(&sum);
    free(one);
    jt_remove_tree(dir);
}
END_TEST

TCase *journal_scan_tcase(void)
{
    TCase *tc = tcase_create("scan");
    tcase_add_test(tc, scan_reads_every_log_and_names_the_bad_ones);
    tcase_add_test(tc, scan_filters_by_trainee_scenario_mode_and_date);
    tcase_add_test(tc, scan_collect_keeps_the_logs_and_reports_progress);
    tcase_add_test(tc, scan_names_missing_paths_reads_single_files_and_can_stop);
    return tc;
}
