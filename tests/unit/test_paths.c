/* Tests for engine/journal/paths: safe file names, the results folder, mkdir -p, log
 * names, random ids. */
#include "journal/paths.h"
#include "suites.h"
#include "test_journal_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

START_TEST(safe_name_never_escapes_the_folder)
{
    const char *cases[][2] = {
        { "../../etc/passwd", "etc_passwd" }, { "a/b", "a_b" }, { "\x01\x1b[31m", "31m" },
        { "Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m", "Zo_ngstr_m" }, { "", "anonymous" },
        { ".", "anonymous" }, { "..", "anonymous" }, { "Alex  Moreno.", "Alex_Moreno" },
        { "-rf --no-preserve-root", "rf_--no-preserve-root" },
        { "dc-youth_metro", "dc-youth_metro" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *s = paths_safe_name(cases[i][0], 64);
        ck_assert_str_eq(s, cases[i][1]);
        free(s);
    }
    char *s = paths_safe_name(NULL, 64);
    ck_assert_str_eq(s, "anonymous");
    free(s);
}
END_TEST

START_TEST(safe_name_keeps_within_max_bytes)
{
    char *big = malloc(5001), *s;
    memset(big, 'x', 5000), big[5000] = '\0';
    big[63] = ' ';
    s = paths_safe_name(big, 64);
    ck_assert_uint_eq(strlen(s), 63); /* the cut would end on '_', which is trimmed */
    free(s), big[63] = 'x';
    s = paths_safe_name(big, 64);
    ck_assert_uint_eq(strlen(s), 64);
    free(s), free(big);
    s = paths_safe_name("", 4);
    ck_assert_str_eq(s, "anon");
    free(s);
    s = paths_safe_name("abc", 0);
    ck_assert_str_eq(s, "a");
    free(s);
}
END_TEST

static void assert_results_dir(const char *flag, const char *expected)
{
    Diag err;
    diag_clear(&err);
    char *dir = paths_results_dir(flag, &err);
    ck_assert_pstr_eq(dir, expected);
    free(dir);
}

START_TEST(results_dir_follows_flag_then_env_then_xdg_then_home)
{
    setenv("HOME", "/home/t", 1), setenv("XDG_DATA_HOME", "/xdg", 1);
    setenv("RJSIM_RESULTS", "/env", 1);
    assert_results_dir("/flag", "/flag");
    assert_results_dir(NULL, "/env");
    setenv("RJSIM_RESULTS", "", 1);
    assert_results_dir(NULL, "/xdg/rjsim/results");
    setenv("XDG_DATA_HOME", "relative", 1);
    assert_results_dir(NULL, "/home/t/.local/share/rjsim/results");
    unsetenv("XDG_DATA_HOME");
    assert_results_dir(NULL, "/home/t/.local/share/rjsim/results");
    unsetenv("HOME");
    assert_results_dir(NULL, NULL);
    assert_results_dir("", NULL);
}
END_TEST

START_TEST(mkdirs_creates_nested_folders_and_refuses_a_file_in_the_way)
{
    Diag err;
    struct stat st;
    const char *dir = jt_scratch();
    char *deep = jt_join(dir, "a/b//c/"), *file = jt_join(dir, "a/f"), *under = jt_join(file, "x");
    ck_assert_msg(paths_mkdirs(deep, &err) == 0, "%s", err.message);
    ck_assert_int_eq(paths_mkdirs(deep, &err), 0);
    ck_assert_int_eq(stat(deep, &st), 0);
    ck_assert_int_eq(st.st_mode & 0077, 0);
    fclose(fopen(file, "w"));
    ck_assert_int_eq(paths_mkdirs(under, &err), -1);
    char expected[DIAG_MSG_MAX];
    snprintf(expected, sizeof expected, "cannot create the folder %s: a file of that name is "
             "in the way; choose another results folder with --results DIR", file);
    ck_assert_str_eq(err.message, expected);
    unlink(file), rmdir(deep), *strrchr(file, '/') = '\0', free(under);
    under = jt_join(file, "b"), rmdir(under), rmdir(file), rmdir(dir);
    free(deep), free(file), free(under);
}
END_TEST

START_TEST(leftover_temporary_files_are_removed_only_when_old)
{
    const char *dir = jt_scratch();
    const char *names[] = {"a.json.tmp-123", "b.json.tmp-456", "notes.tmp-1", "c.json", "d.json.tmp-", "e.json.tmp-12x",
                           ".json.tmp-7"};
    char *paths[7];
    struct timeval old[2] = {{time(NULL) - 7200, 0}, {time(NULL) - 7200, 0}};
    for (int i = 0; i < 7; i++) {
        paths[i] = jt_join(dir, names[i]);
        fclose(fopen(paths[i], "w"));
        if (i != 1) /* b is fresh: a writer may still be at work on it */
            ck_assert_int_eq(utimes(paths[i], old), 0);
    }
    char *sub = jt_join(dir, "f.json.tmp-9"); /* a folder of that name is not ours to remove */
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    ck_assert_int_eq(utimes(sub, old), 0);
    ck_assert_int_eq(paths_remove_leftovers(dir, 3600), 1);
    ck_assert_int_ne(access(paths[0], F_OK), 0);
    for (int i = 1; i < 7; i++)
        ck_assert_msg(access(paths[i], F_OK) == 0, "%s was removed", names[i]);
    ck_assert_int_eq(access(sub, F_OK), 0);
    ck_assert_int_eq(paths_remove_leftovers(dir, 3600), 0);
    char *missing = jt_join(dir, "missing");
    ck_assert_int_eq(paths_remove_leftovers(missing, 3600), 0);
    for (int i = 0; i < 7; i++)
        unlink(paths[i]), free(paths[i]);
    rmdir(sub), rmdir(dir), free(sub), free(missing);
}
END_TEST

START_TEST(log_path_names_time_trainee_scenario_and_session)
{
    Attempt a;
    jt_make_full(&a);
    char *p = paths_log_path("/r/", &a);
    ck_assert_str_eq(p, "/r/20261121T092107Z-Zo_ngstr_m-dc-youth-metro-3f2b8c1a.json");
    free(p);
    free(a.trainee), a.trainee = jt_copy("../../etc/passwd");
    p = paths_log_path("results", &a);
    ck_assert_str_eq(p, "results/20261121T092107Z-etc_passwd-dc-youth-metro-3f2b8c1a.json");
    free(p);
    attempt_free(&a);
}
END_TEST

START_TEST(new_uuid_and_seed_are_random_and_in_range)
{
    char u1[37], u2[37];
    uint64_t s, all = 0;
    Diag err;
    ck_assert_int_eq(paths_new_uuid(u1, &err), 0);
    ck_assert_int_eq(paths_new_uuid(u2, &err), 0);
    ck_assert_str_ne(u1, u2);
    ck_assert_uint_eq(strlen(u1), 36);
    ck_assert_int_eq(u1[14], '4');
    ck_assert_ptr_nonnull(strchr("89ab", u1[19]));
    ck_assert_uint_eq(strspn(u1, "0123456789abcdef-"), 36);
    for (int i = 0; i < 1000; i++) {
        ck_assert_int_eq(paths_random_seed(&s, &err), 0);
        ck_assert_uint_lt(s, UINT64_C(1) << 53);
        all |= s;
    }
    ck_assert_uint_eq(all, (UINT64_C(1) << 53) - 1); /* every bit below 2^53 gets used */
}
END_TEST
Suite *paths_suite(void)
{
    Suite *s = suite_create("paths");
    TCase *tc = tcase_create("paths");
    tcase_add_test(tc, safe_name_never_escapes_the_folder);
    tcase_add_test(tc, safe_name_keeps_within_max_bytes);
    tcase_add_test(tc, results_dir_follows_flag_then_env_then_xdg_then_home);
    tcase_add_test(tc, mkdirs_creates_nested_folders_and_refuses_a_file_in_the_way);
    tcase_add_test(tc, log_path_names_time_trainee_scenario_and_session);
    tcase_add_test(tc, leftover_temporary_files_are_removed_only_when_old);
    tcase_add_test(tc, new_uuid_and_seed_are_random_and_in_range);
    suite_add_tcase(s, tc);
    return s;
}
