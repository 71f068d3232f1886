/* Tests of the script layer: the sandbox, the loader's errors (each file of the broken
 * corpus names the line and message it must produce), and scenario functions at run time. */
#include "suites.h"

#include "core/explorer.h"
#include "core/session.h"
#include "script/loader.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct Expect {
    bool run; /* the file loads and fails when its functions run */
    int line;
    char message[256];
} Expect;

/* Reads "-- expect: LINE: message" or "-- expect-run: LINE: message" from line 1. */
static int read_expect(const char *path, Expect *e)
{
    char buf[512];
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char *ok = fgets(buf, sizeof buf, f);
    fclose(f);
    if (!ok)
        return -1;
    buf[strcspn(buf, "\n")] = '\0';
    const char *p;
    if (strncmp(buf, "-- expect: ", 11) == 0) {
        e->run = false;
        p = buf + 11;
    } else if (strncmp(buf, "-- expect-run: ", 15) == 0) {
        e->run = true;
        p = buf + 15;
    } else {
        return -1;
    }
    e->line = atoi(p);
    const char *colon = strchr(p, ':');
    if (!colon)
        return -1;
    snprintf(e->message, sizeof e->message, "%s", colon + 2);
    return 0;
}

static bool has_diag(const DiagList *l, const char *file, int line, const char *msg)
{
    for (size_t i = 0; i < l->count; i++)
        if (l->items[i].severity == DIAG_ERROR && l->items[i].line == line && strstr(l->items[i].message, msg) &&
            strcmp(l->items[i].file, file) == 0)
            return true;
    return false;
}

static void dump(const DiagList *l)
{
    char buf[2048];
    for (size_t i = 0; i < l->count; i++)
        fprintf(stderr, "    got: %s\n", diag_format(&l->items[i], buf, sizeof buf));
}

/* Checks every file of a corpus folder; returns how many were checked. */
static int check_corpus(const char *folder)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s/scenarios/%s", test_dir, folder);
    DIR *d = opendir(dir);
    ck_assert_msg(d != NULL, "cannot open %s", dir);
    int checked = 0;
    for (struct dirent *de; (de = readdir(d));) {
        size_t n = strlen(de->d_name);
        if (n < 5 || strcmp(de->d_name + n - 4, ".lua") != 0 || strcmp(de->d_name, "rubric.lua") == 0)
            continue;
        char path[1024];
        Expect e;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        ck_assert_msg(read_expect(path, &e) == 0, "%s has no '-- expect:' first line", path);
        DiagList diags = {0};
        ScriptScenario *ss = script_load(path, NULL, &diags);
        if (!e.run) {
            if (ss || !has_diag(&diags, path, e.line, e.message)) {
                dump(&diags);
                ck_abort_msg("%s: expected error at line %d: %s", path, e.line, e.message);
            }
        } else {
            if (!ss)
                dump(&diags);
            ck_assert_msg(ss != NULL, "%s should load", path);
            const Scenario *sc = script_scenario(ss);
            Diag err;
            diag_clear(&err);
            Explorer *ex = explorer_run(sc, 0, &err);
            ck_assert_msg(ex == NULL, "%s: the explorer should stop with an error", path);
            ck_assert_msg(err.line == e.line && strstr(err.message, e.message) && strcmp(err.file, path) == 0,
                          "%s: expected %d: %s, got %s:%d: %s", path, e.line, e.message, err.file, err.line,
                          err.message);
            /* A trainee's session stops with the same error, and the program goes on. */
            Session *s = session_new(sc, 1, 0);
            ck_assert_int_eq(session_status(s), SESSION_FAILED);
            ck_assert_int_eq(session_error(s)->line, e.line);
            ck_assert_ptr_nonnull(strstr(session_error(s)->message, e.message));
            session_free(s);
        }
        script_free(ss);
        diag_list_free(&diags);
        checked++;
    }
    closedir(d);
    return checked;
}

START_TEST(every_broken_scenario_gives_its_expected_error)
{
    ck_assert_int_ge(check_corpus("broken"), 18);
}
END_TEST

START_TEST(every_hostile_scenario_is_stopped_with_a_clear_error)
{
    /* Every file is checked; the count catches files lost from the corpus (60 in 2026-11). */
    ck_assert_int_ge(check_corpus("hostile"), 60);
}
END_TEST

START_TEST(a_precompiled_chunk_is_refused)
{
    char dir[] = "/tmp/rjsim-test-XXXXXX", path[256], rubric[256], src[512];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/bytecode.lua", dir);
    snprintf(rubric, sizeof rubric, "%s/rubric.lua", dir);
    FILE *f = fopen(path, "wb");
    fwrite("\x1bLua\x54\x00\x19\x93\r\n\x1a\n", 1, 12, f);
    fclose(f);
    snprintf(src, sizeof src, "%s/scenarios/rubric.lua", test_dir);
    LoadOptions opts = {src, {0, 0}};
    DiagList diags = {0};
    ScriptScenario *ss = script_load(path, &opts, &diags);
    ck_assert_ptr_null(ss);
    ck_assert_uint_eq(diags.count, 1);
    ck_assert_str_eq(diags.items[0].file, path);
    ck_assert_ptr_nonnull(strstr(diags.items[0].message, "attempt to load a binary chunk"));
    diag_list_free(&diags);
    unlink(path);
    rmdir(dir);
}
END_TEST

static ScriptScenario *load_minimal(void)
{
    char path[512];
    DiagList diags = {0};
    snprintf(path, sizeof path, "%s/scenarios/valid/minimal.lua", test_dir);
    ScriptScenario *ss = script_load(path, NULL, &diags);
    if (!ss)
        dump(&diags);
    ck_assert_uint_eq(diags.count, 0);
    diag_list_free(&diags);
    return ss;
}

START_TEST(a_valid_scenario_loads_every_field)
{
    ScriptScenario *ss = load_minimal();
    const Scenario *sc = script_scenario(ss);
    const ScenarioMeta *m = scenario_meta(sc);
    ck_assert_str_eq(m->id, "minimal");
    ck_assert_int_eq(m->version, 2);
    ck_assert_str_eq(m->role, "officer");
    ck_assert_int_eq(m->minutes, 2);
    ck_assert_int_eq(strncmp(m->hash, "sha256:", 7), 0);
    ck_assert_int_eq(rubric_version(scenario_rubric(sc)), 3);
    ck_assert_int_eq(scenario_var_count(sc), 3);
    ck_assert_str_eq(scenario_var(sc, 0)->name, "asked"); /* sorted by name */
    ck_assert_str_eq(scenario_var(sc, 1)->name, "mood");
    ck_assert_str_eq(scenario_var(sc, 2)->name, "visits");
    ck_assert_int_eq(scenario_scene_count(sc), 5);
    const Scene *door = scenario_scene(sc, scenario_find_scene(sc, "door"));
    ck_assert_int_eq(door->line, 16);
    ck_assert_int_eq(door->nchoices, 3);
    ck_assert_str_eq(door->choices[2].id, "push");
    ck_assert_int_eq(door->choices[2].line, 28);
    ck_assert_int_eq(door->choices[2].violation, 0);
    ck_assert_int_eq(door->nquestions, 1);
    const Scene *inside = scenario_scene(sc, scenario_find_scene(sc, "inside"));
    ck_assert_int_eq(inside->choices[0].ntargets, 2);
    ck_assert_double_eq(inside->choices[0].targets[0].weight, 3);
    ck_assert_int_eq(scenario_speaker_count(sc), 1);
    ck_assert_int_eq(scenario_figure_count(sc), 1);
    const Scene *end = scenario_scene(sc, scenario_find_scene(sc, "talk-ends"));
    ck_assert(end->is_ending);
    ck_assert_str_eq(end->outcome.community, "safer");
    script_free(ss);
}
END_TEST

START_TEST(scenario_functions_see_and_change_the_variables)
{
    ScriptScenario *ss = load_minimal();
    const Scenario *sc = script_scenario(ss);
    Session *s = session_new(sc, 5, 0);
    Diag err;
    ck_assert_str_eq(session_text(s), "You have knocked 0 times.\n\nAna: Come in.");
    ck_assert_int_eq(session_choose(s, 0, 1, &err), 0); /* knock: add visits 1 */
    ck_assert_str_eq(session_text(s), "You have knocked 1 times.\n\nAna: Come in.");
    ck_assert_int_eq(session_choose(s, 0, 2, &err), 0);
    ck_assert_int_eq(session_available_count(s), 2); /* when visits < 2 hides knocking */
    ck_assert_int_eq(session_choose(s, 2, 3, &err), 0); /* push: effect sets mood */
    ck_assert_str_eq(session_text(s), "She is upset.");
    ck_assert_int_eq(session_available_count(s), 1); /* talking needs asked */
    session_free(s);
    script_free(ss);
}
END_TEST

START_TEST(the_checker_walks_every_state_of_a_valid_scenario)
{
    ScriptScenario *ss = load_minimal();
    const Scenario *sc = script_scenario(ss);
    Diag err;
    Explorer *e = explorer_run(sc, 0, &err);
    ck_assert_ptr_nonnull(e);
    ck_assert(explorer_complete(e));
    double mn, mx;
    ck_assert(explorer_range(e, 0, &mn, &mx));
    ck_assert_double_eq(mn, -3);
    ck_assert_double_eq(mx, 2);
    ck_assert(explorer_range(e, 1, &mn, &mx));
    ck_assert_double_eq(mn, -2);
    ck_assert_double_eq(mx, 2);
    for (int s = 0; s < scenario_scene_count(sc); s++)
        ck_assert(explorer_scene_reached(e, s));
    explorer_free(e);
    script_free(ss);
}
END_TEST

START_TEST(a_tiny_memory_limit_fails_cleanly)
{
    char path[512];
    snprintf(path, sizeof path, "%s/scenarios/valid/minimal.lua", test_dir);
    LoadOptions opts = {NULL, {16 * 1024, 0}};
    DiagList diags = {0};
    ScriptScenario *ss = script_load(path, &opts, &diags);
    ck_assert_ptr_null(ss);
    ck_assert_uint_ge(diags.count, 1);
    ck_assert(diag_is_error(&diags.items[0]));
    diag_list_free(&diags);
}
END_TEST

Suite *script_suite(void)
{
    Suite *s = suite_create("script");
    TCase *t = tcase_create("script");
    tcase_set_timeout(t, 60);
    tcase_add_test(t, every_broken_scenario_gives_its_expected_error);
    tcase_add_test(t, every_hostile_scenario_is_stopped_with_a_clear_error);
    tcase_add_test(t, a_precompiled_chunk_is_refused);
    tcase_add_test(t, a_valid_scenario_loads_every_field);
    tcase_add_test(t, scenario_functions_see_and_change_the_variables);
    tcase_add_test(t, the_checker_walks_every_state_of_a_valid_scenario);
    tcase_add_test(t, a_tiny_memory_limit_fails_cleanly);
    suite_add_tcase(s, t);
    return s;
}
