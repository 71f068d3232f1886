/* Tests for engine/journal: writing logs atomically and reading them back from files. */
#include "journal/journal.h"
#include "suites.h"
#include "test_journal_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

START_TEST(journal_write_then_read_gives_the_same_attempt)
{
    Attempt a, back;
    Diag err;
    struct stat st;
    const char *dir = jt_scratch();
    char *path = jt_join(dir, "log.json");
    jt_make_full(&a);
    ck_assert_msg(journal_write(path, &a, &err) == 0, "%s", err.message);
    ck_assert_int_eq(journal_read(path, &back, &err), 0);
    jt_assert_same(&a, &back);
    ck_assert_int_eq(jt_count_entries(dir), 1); /* no temp file left behind */
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0600);
    attempt_free(&back);
    free(a.trainee), a.trainee = jt_copy("Second Try");
    ck_assert_int_eq(journal_write(path, &a, &err), 0);
    ck_assert_int_eq(journal_read(path, &back, &err), 0);
    ck_assert_str_eq(back.trainee, "Second Try");
    attempt_free(&a), attempt_free(&back);
    unlink(path), rmdir(dir), free(path);
}
END_TEST

/* Writes a log to path, then checks that a failing journal_write leaves it as it was. */
static void assert_write_fails_keeping_old_log(const char *path, const char *os_error)
{
    Attempt a, back;
    Diag err;
    char expected[DIAG_MSG_MAX];
    jt_make_full(&a);
    free(a.trainee), a.trainee = jt_copy("New");
    ck_assert_int_eq(journal_write(path, &a, &err), -1);
    snprintf(expected, sizeof expected, "cannot write results to %s: %s; choose another "
             "results folder with --results DIR", path, os_error);
    ck_assert_str_eq(err.message, expected);
    ck_assert_int_eq(journal_read(path, &back, &err), 0);
    ck_assert_str_eq(back.trainee, "Old");
    attempt_free(&a), attempt_free(&back);
}

static char *write_old_log(const char *dir)
{
    Attempt a;
    Diag err;
    char *path = jt_join(dir, "log.json");
    jt_make_full(&a);
    free(a.trainee), a.trainee = jt_copy("Old");
    ck_assert_int_eq(journal_write(path, &a, &err), 0);
    attempt_free(&a);
    return path;
}

START_TEST(journal_write_leaves_old_log_when_folder_is_read_only)
{
    if (geteuid() == 0) { /* root ignores the folder's mode */
        fprintf(stderr, "skipped journal_write_leaves_old_log_when_folder_is_read_only: root\n");
        return;
    }
    const char *dir = jt_scratch();
    char *path = write_old_log(dir);
    chmod(dir, 0500);
    assert_write_fails_keeping_old_log(path, "Permission denied");
    ck_assert_int_eq(jt_count_entries(dir), 1);
    chmod(dir, 0700), unlink(path), rmdir(dir), free(path);
}
END_TEST

START_TEST(journal_write_leaves_old_log_when_temp_file_cannot_be_made)
{
    char tmp[1100];
    const char *dir = jt_scratch();
    char *path = write_old_log(dir);
    snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid());
    ck_assert_int_eq(mkdir(tmp, 0700), 0); /* something else in the way */
    assert_write_fails_keeping_old_log(path, "File exists");
    ck_assert_int_eq(jt_count_entries(dir), 2);
    rmdir(tmp), unlink(path), rmdir(dir), free(path);
}
END_TEST

START_TEST(journal_write_removes_its_temp_file_when_rename_fails)
{
    Attempt a;
    Diag err;
    const char *dir = jt_scratch();
    char *path = jt_join(dir, "log.json"), *inner = jt_join(path, "keep");
    ck_assert_int_eq(mkdir(path, 0700), 0);
    ck_assert_int_eq(mkdir(inner, 0700), 0);
    jt_make_full(&a);
    ck_assert_int_eq(journal_write(path, &a, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.message, ": Is a directory; choose another results"));
    ck_assert_int_eq(jt_count_entries(dir), 1);
    ck_assert_int_eq(journal_write("/nonexistent/rjsim/log.json", &a, &err), -1);
    ck_assert_str_eq(err.message, "cannot write results to /nonexistent/rjsim/log.json: No "
                     "such file or directory; choose another results folder with --results DIR");
    attempt_free(&a);
    rmdir(inner), rmdir(path), rmdir(dir), free(inner), free(path);
}
END_TEST

TCase *journal_files_tcase(void)
{
    TCase *tc = tcase_create("files");
    tcase_add_test(tc, journal_write_then_read_gives_the_same_attempt);
    tcase_add_test(tc, journal_write_leaves_old_log_when_folder_is_read_only);
    tcase_add_test(tc, journal_write_leaves_old_log_when_temp_file_cannot_be_made);
    tcase_add_test(tc, journal_write_removes_its_temp_file_when_rename_fails);
    return tc;
}
