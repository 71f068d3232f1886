/* test_journal_util: shared by the journal's test files (test_journal*.c, test_paths.c):
 * attempts built by hand, fixture paths and scratch folders. Helpers fail the running test
 * (ck_assert) instead of returning errors; strings they return are the caller's to free
 * unless said otherwise. */
#ifndef RJ_TEST_JOURNAL_UTIL_H
#define RJ_TEST_JOURNAL_UTIL_H

#include "core/attempt.h"

#include <check.h>

#define HASH_A "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
#define HASH_B "sha256:60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"

char *jt_copy(const char *s);
void jt_set_delta(AttemptDelta *d, const char *principle, double delta);
/* Every field set, with values that catch rounding, escaping and NULL handling. */
void jt_make_full(Attempt *a);
/* The same attempt while still being played: what may be NULL is NULL. */
void jt_make_in_progress(Attempt *a);
void jt_assert_same(const Attempt *x, const Attempt *y);
/* tests/fixtures/logs/<name>; valid until the next call. */
const char *jt_fixture(const char *name);
/* A fresh empty folder under /tmp; the path is valid until the next call. */
const char *jt_scratch(void);
char *jt_join(const char *dir, const char *name);
int jt_count_entries(const char *dir);
/* rm -r dir (a scratch folder a test made). */
void jt_remove_tree(const char *dir);
/* text with the first `from` replaced by `to`. */
char *jt_replaced(const char *text, const char *from, const char *to);

/* A small valid completed attempt: session id 00000000-0000-4000-8000-<n, 12 digits>,
 * scenario file /nonexistent/<scenario>.lua, no decisions, scores or violations. */
void jt_make_attempt(Attempt *a, int n, const char *trainee, const char *scenario,
                     int64_t started_ms, double overall);
/* Appends a principle score. */
void jt_add_score(Attempt *a, const char *principle, double score, bool measured);
/* Appends a decision at scene taking choice (text "Text of <choice>"), with best_ids
 * comma-separated (NULL: not known) and the safeguard it broke (NULL: none). */
void jt_add_decision(Attempt *a, const char *scene, const char *choice, const char *best_ids,
                     const char *violation);
/* Sets the status, clearing the ending and band when not completed. */
void jt_set_status(Attempt *a, AttemptStatus status);

/* The test cases of the other journal test files, added to the journal and report
 * suites. */
TCase *journal_files_tcase(void);
TCase *journal_scan_tcase(void);
TCase *journal_xapi_tcase(void);
TCase *report_format_tcase(void);

#endif
