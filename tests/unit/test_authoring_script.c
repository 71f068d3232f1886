/* Unit tests of the authoring tools in the script layer: the file watcher, test files (the
 * corpus in tests/scenarios/testfiles/), the variables functions read and write, and the
 * checker on real scenario files (tests/scenarios/lint/: each file's "-- lint:" lines list
 * exactly the findings it must produce). */
#include "suites.h"

#include "core/audit.h"
#include "core/explorer.h"
#include "core/lint.h"
#include "script/format.h"
#include "script/loader.h"
#include "script/testfile.h"
#include "script/watch.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void dump(const DiagList *l)
{
    char buf[2048];
    for (size_t i = 0; i < l->count; i++)
        fprintf(stderr, "    got: %s\n", diag_format(&l->items[i], buf, sizeof buf));
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

START_TEST(the_watcher_sees_saves_and_renames_of_watched_files_only)
{
    char dir[] = "/tmp/rjsim-watch-XXXXXX", path[256], other[256], tmp[256];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/case.lua", dir);
    snprintf(other, sizeof other, "%s/notes.txt", dir);
    snprintf(tmp, sizeof tmp, "%s/.case.lua.swp", dir);
    write_file(path, "one");
    Diag err;
    diag_clear(&err);
    Watch *w = watch_new(&err);
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(watch_add(w, path, &err), 0);
    ck_assert_int_ge(watch_fd(w), 0);
    ck_assert(!watch_changed(w)); /* nothing yet, and it does not block */
    write_file(other, "x");
    ck_assert(!watch_changed(w)); /* another file in the folder */
    write_file(path, "two");      /* saved in place: close after write */
    ck_assert(watch_changed(w));
    ck_assert(!watch_changed(w)); /* drained */
    write_file(tmp, "three");     /* saved by rename over the original */
    ck_assert(!watch_changed(w));
    ck_assert_int_eq(rename(tmp, path), 0);
    ck_assert(watch_changed(w));
    ck_assert_int_eq(watch_add(w, "/no/such/folder/x.lua", &err), -1);
    ck_assert_ptr_nonnull(strstr(err.message, "cannot watch the folder '/no/such/folder'"));
    watch_free(w);
    unlink(path);
    unlink(other);
    rmdir(dir);
}
END_TEST

START_TEST(file_kinds_and_test_file_paths)
{
    char buf[256];
    ck_assert_int_eq(testfile_kind("scenarios/rubric.lua"), TESTFILE_RUBRIC);
    ck_assert_int_eq(testfile_kind("scenarios/dc.test.lua"), TESTFILE_TESTS);
    ck_assert_int_eq(testfile_kind("dc.lua"), TESTFILE_SCENARIO);
    ck_assert(testfile_is_scenario("a/b/testing.lua"));
    ck_assert_str_eq(testfile_path_for("scenarios/dc.lua", buf, sizeof buf), "scenarios/dc.test.lua");
    ck_assert_str_eq(testfile_scenario_for("scenarios/dc.test.lua", buf, sizeof buf), "scenarios/dc.lua");
}
END_TEST

static ScriptScenario *load(const char *rel)
{
    char path[512];
    DiagList diags = {0};
    snprintf(path, sizeof path, "%s/scenarios/%s", test_dir, rel);
    ScriptScenario *ss = script_load(path, NULL, &diags);
    if (!ss)
        dump(&diags);
    ck_assert_ptr_nonnull(ss);
    diag_list_free(&diags);
    return ss;
}

START_TEST(a_test_file_loads_every_kind_of_test)
{
    ScriptScenario *ss = load("testfiles/case.lua");
    char path[512];
    snprintf(path, sizeof path, "%s/scenarios/testfiles/case.test.lua", test_dir);
    TrialList list = {0};
    DiagList diags = {0};
    int errors = testfile_load(path, script_scenario(ss), NULL, &list, &diags);
    if (errors)
        dump(&diags);
    ck_assert_int_eq(errors, 0);
    ck_assert_int_eq(list.count, 5);
    const Trial *best = &list.items[0], *ids = &list.items[2], *part = &list.items[3], *from = &list.items[4];
    ck_assert_str_eq(best->name, "the most restorative path");
    ck_assert_int_eq(best->line, 3);
    ck_assert_int_eq(best->policy, TRIAL_BEST);
    ck_assert_int_eq(best->nseeds, 3);
    ck_assert_int_eq(best->seeds[2], 3);
    ck_assert(best->violations.set && best->violations.max == 0);
    ck_assert_int_eq(list.items[1].nsafeguards, 1);
    ck_assert_int_eq(ids->nchoice_ids, 2);
    ck_assert_str_eq(ids->choice_ids[1], "talk");
    ck_assert_int_eq(ids->seeds[0], 4);
    ck_assert_int_eq(ids->nendings, 2);
    ck_assert_int_eq(ids->nscores, 2);
    ck_assert_int_eq(part->npositions, 1);
    ck_assert_int_eq(part->seeds[0], 1); /* the default seed */
    ck_assert_str_eq(part->stops_at, "inside");
    ck_assert_str_eq(from->start, "inside");
    ck_assert_int_eq(from->nvars, 1);
    ck_assert(from->has_safeguards && from->nsafeguards == 0);
    /* Every test passes on its scenario. */
    Diag err;
    Explorer *e = explorer_run(script_scenario(ss), 0, &err);
    for (int i = 0; i < list.count; i++)
        for (int k = 0; k < list.items[i].nseeds; k++) {
            TrialOutcome out;
            ck_assert_int_eq(trial_run(script_scenario(ss), e, &list.items[i], list.items[i].seeds[k], &out, &err), 0);
            ck_assert_msg(out.passed, "%s: %s", list.items[i].name, out.failures);
        }
    explorer_free(e);
    trial_list_free(&list);
    diag_list_free(&diags);
    script_free(ss);
}
END_TEST

START_TEST(every_broken_test_file_gives_its_expected_error)
{
    ScriptScenario *ss = load("testfiles/case.lua");
    char dir[512];
    snprintf(dir, sizeof dir, "%s/scenarios/testfiles", test_dir);
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int checked = 0;
    for (struct dirent *de; (de = readdir(d));) {
        if (strncmp(de->d_name, "bad-", 4) != 0)
            continue;
        char path[1024], first[512];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        FILE *f = fopen(path, "r");
        ck_assert(f && fgets(first, sizeof first, f));
        fclose(f);
        first[strcspn(first, "\n")] = '\0';
        ck_assert_msg(strncmp(first, "-- expect: ", 11) == 0, "%s: no '-- expect:' first line", path);
        int line = atoi(first + 11);
        const char *msg = strchr(first + 11, ':') + 2;
        TrialList list = {0};
        DiagList diags = {0};
        int errors = testfile_load(path, script_scenario(ss), NULL, &list, &diags);
        bool found = false;
        for (size_t i = 0; i < diags.count; i++)
            found |= diags.items[i].line == line && strcmp(diags.items[i].message, msg) == 0 &&
                     strcmp(diags.items[i].file, path) == 0;
        if (!found || errors < 1)
            dump(&diags);
        ck_assert_msg(found && errors >= 1, "%s: expected %d: %s", path, line, msg);
        trial_list_free(&list);
        diag_list_free(&diags);
        checked++;
    }
    closedir(d);
    ck_assert_int_ge(checked, 10);
    script_free(ss);
}
END_TEST

START_TEST(functions_reading_and_writing_variables_are_tracked)
{
    ScriptScenario *ss = load("valid/minimal.lua");
    const Scenario *sc = script_scenario(ss);
    bool r, w;
    script_var_usage(ss, scenario_find_var(sc, "visits"), &r, &w);
    ck_assert(!r && !w); /* nothing has run yet */
    Diag err;
    Explorer *e = explorer_run(sc, 0, &err);
    script_var_usage(ss, scenario_find_var(sc, "visits"), &r, &w);
    ck_assert(r && !w); /* read by a condition and the text; changed only by add (data) */
    script_var_usage(ss, scenario_find_var(sc, "mood"), &r, &w);
    ck_assert(r && w); /* written by an effect, read by a text function */
    script_var_usage(ss, scenario_find_var(sc, "asked"), &r, &w);
    ck_assert(r && !w);
    explorer_free(e);
    script_free(ss);
}
END_TEST

/* Runs the checker as rjsim check does; returns the findings. */
static void lint_file(const char *path, DiagList *out)
{
    DiagList diags = {0};
    ScriptScenario *ss = script_load(path, NULL, &diags);
    if (!ss)
        dump(&diags);
    ck_assert_msg(ss != NULL, "%s should load", path);
    const Scenario *sc = script_scenario(ss);
    Diag err;
    Explorer *e = explorer_run(sc, 0, &err);
    ck_assert_ptr_nonnull(e);
    bool reads[64] = {false}, writes[64] = {false};
    for (int v = 0; v < scenario_var_count(sc) && v < 64; v++)
        script_var_usage(ss, v, &reads[v], &writes[v]);
    LintInput in = {reads, writes, 0};
    lint_scenario(sc, e, &in, out);
    AuditReport rep; /* rjsim check runs the audit after the checks; its fixtures list both */
    audit_scenario(sc, e, &rep, out);
    explorer_free(e);
    script_free(ss);
    diag_list_free(&diags);
}

START_TEST(the_checker_finds_exactly_what_each_lint_file_lists)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s/scenarios/lint", test_dir);
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int checked = 0;
    for (struct dirent *de; (de = readdir(d));) {
        size_t n = strlen(de->d_name);
        if (n < 5 || strcmp(de->d_name + n - 4, ".lua") != 0 || strcmp(de->d_name, "rubric.lua") == 0)
            continue;
        char path[1024], line[1024];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        DiagList out = {0};
        lint_file(path, &out);
        FILE *f = fopen(path, "r");
        int expected = 0;
        while (f && fgets(line, sizeof line, f) && strncmp(line, "-- lint: ", 9) == 0) {
            line[strcspn(line, "\n")] = '\0';
            if (strcmp(line + 9, "none") == 0)
                break;
            int at = atoi(line + 9);
            const char *msg = strstr(line, ": warning: ") + 11;
            bool found = false;
            for (size_t i = 0; i < out.count; i++)
                found |= out.items[i].line == at && out.items[i].severity == DIAG_WARNING &&
                         strncmp(out.items[i].message, msg, strlen(msg)) == 0;
            if (!found)
                dump(&out);
            ck_assert_msg(found, "%s: expected %d: warning: %s", path, at, msg);
            expected++;
        }
        if (f)
            fclose(f);
        if ((int)out.count != expected)
            dump(&out);
        ck_assert_msg((int)out.count == expected, "%s: %zu findings, expected %d", path, out.count, expected);
        diag_list_free(&out);
        checked++;
    }
    closedir(d);
    ck_assert_int_ge(checked, 4);
}
END_TEST

START_TEST(every_format_field_and_function_has_reference_text)
{
    for (int k = 0; k < FORMAT_KIND_COUNT; k++) {
        int n;
        const FormatField *f = format_fields((FormatKind)k, &n);
        ck_assert_int_gt(n, 0);
        for (int i = 0; i < n; i++)
            ck_assert_msg(f[i].help && strlen(f[i].help) > 10 && f[i].type && *f[i].type, "%s.%s",
                          format_kind_name((FormatKind)k), f[i].name);
    }
    int n;
    const FormatFunction *fn = format_functions(&n);
    ck_assert_int_ge(n, 6);
    for (int i = 0; i < n; i++)
        ck_assert(fn[i].usage && fn[i].file && fn[i].help && strlen(fn[i].help) > 10);
    ck_assert_str_eq(format_suggest(FORMAT_EXPECT, "endng"), "ending");
}
END_TEST

Suite *authoring_script_suite(void)
{
    Suite *s = suite_create("authoring-script");
    TCase *t = tcase_create("authoring-script");
    tcase_set_timeout(t, 60);
    tcase_add_test(t, the_watcher_sees_saves_and_renames_of_watched_files_only);
    tcase_add_test(t, file_kinds_and_test_file_paths);
    tcase_add_test(t, a_test_file_loads_every_kind_of_test);
    tcase_add_test(t, every_broken_test_file_gives_its_expected_error);
    tcase_add_test(t, functions_reading_and_writing_variables_are_tracked);
    tcase_add_test(t, the_checker_finds_exactly_what_each_lint_file_lists);
    tcase_add_test(t, every_format_field_and_function_has_reference_text);
    suite_add_tcase(s, t);
    return s;
}
