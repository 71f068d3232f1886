/* Tests for engine/journal: the session log as JSON (the files are in
 * test_journal_files.c, names and folders in test_paths.c). */
#include "journal/journal.h"
#include "suites.h"
#include "test_journal_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SCHEMA_TOOL "/usr/bin/jsonschema"

/* journal_parse on text, expecting failure with exactly this message. */
static void assert_parse_fails(const char *text, const char *message)
{
    Attempt back;
    Diag err;
    diag_clear(&err);
    ck_assert_int_eq(journal_parse(text, strlen(text), &back, &err), -1);
    ck_assert_str_eq(err.message, message);
    ck_assert_ptr_null(back.session_id);
}

START_TEST(journal_round_trip_keeps_every_field)
{
    Attempt a, back;
    Diag err;
    jt_make_full(&a);
    char *text = journal_to_json(&a, &err);
    ck_assert_ptr_nonnull(text);
    ck_assert_int_eq(journal_parse(text, strlen(text), &back, &err), 0);
    jt_assert_same(&a, &back);
    char *again = journal_to_json(&back, &err);
    ck_assert_str_eq(again, text);
    free(text), free(again);
    attempt_free(&a), attempt_free(&back);
}
END_TEST

START_TEST(journal_writes_version_first_and_utc_times_with_milliseconds)
{
    Attempt a;
    Diag err;
    jt_make_full(&a);
    char *text = journal_to_json(&a, &err);
    ck_assert_ptr_nonnull(text);
    const char *start = "{\n\t\"schema_version\":\t2,\n\t\"session_id\":";
    ck_assert_msg(!strncmp(text, start, strlen(start)), "%s", text);
    ck_assert_ptr_nonnull(strstr(text, "\"started_at\":\t\"2026-11-21T09:21:07.512Z\""));
    ck_assert_ptr_nonnull(strstr(text, "\"ended_at\":\t\"2026-11-21T09:24:51.003Z\""));
    ck_assert_ptr_nonnull(strstr(text, "\"at\":\t\"2026-11-21T09:23:30.001Z\""));
    ck_assert_ptr_nonnull(strstr(text, "\"taken_ms\":\t41250,"));
    ck_assert_ptr_nonnull(strstr(text, "\"seed\":\t9007199254740991,"));
    ck_assert_ptr_nonnull(strstr(text, "\"status\":\t\"error\","));
    ck_assert_ptr_nonnull(strstr(text, "\"deltas\":\t{\n\t\t\t\t\"due_process\":\t2,"));
    ck_assert_ptr_nonnull(strstr(text, "\"scene_title\":\tnull,"));
    ck_assert_int_eq(text[strlen(text) - 1], '\n');
    free(text);
    attempt_free(&a);
}
END_TEST

START_TEST(journal_writes_null_for_what_does_not_apply)
{
    Attempt a;
    Diag err;
    jt_make_in_progress(&a);
    char *text = journal_to_json(&a, &err);
    ck_assert_ptr_nonnull(text);
    ck_assert_ptr_nonnull(strstr(text, "\"ended_at\":\tnull,"));
    ck_assert_ptr_nonnull(strstr(text, "\"ending\":\tnull,"));
    ck_assert_ptr_nonnull(strstr(text, "\"band\":\tnull,"));
    ck_assert_ptr_nonnull(strstr(text, "\"error\":\tnull,"));
    ck_assert_ptr_nonnull(strstr(text, "\"flags\":\t[]\n}")); /* no workshop flags, written as [] */
    ck_assert_ptr_nonnull(strstr(text, "\"votes\":\tnull")); /* no workshop votes */
    ck_assert_ptr_nonnull(strstr(text, "\"violation\":\tnull,"));
    free(text);
    attempt_free(&a);
}
END_TEST

static void assert_refused(Attempt *a, const char *message)
{
    Diag err;
    diag_clear(&err);
    ck_assert_ptr_null(journal_to_json(a, &err));
    ck_assert_str_eq(err.message, message);
    attempt_free(a);
}

START_TEST(journal_to_json_refuses_what_the_schema_would_reject)
{
    Attempt a;
    jt_make_full(&a), a.seed = 9007199254740992u;
    assert_refused(&a, "cannot write the log: seed is 9007199254740992, expected a whole number "
                       "from 0 to 2^53-1");
    jt_make_full(&a), free(a.mode), a.mode = jt_copy("exam");
    assert_refused(&a, "cannot write the log: mode is \"exam\", expected practice, assessment "
                       "or workshop");
    jt_make_full(&a), free(a.session_id), a.session_id = NULL;
    assert_refused(&a, "cannot write the log: session_id is missing");
    jt_make_full(&a), a.scores[1].score = 100.5;
    assert_refused(&a, "cannot write the log: scores[1].score is 100.5, expected a number "
                       "from 0 to 100");
    jt_make_full(&a), a.violations[0].decision = 2;
    assert_refused(&a, "cannot write the log: violations[0].decision is 2 but there are only 2 "
                       "decisions (it counts from 0)");
    jt_make_full(&a), a.decisions[0].position = 4;
    assert_refused(&a, "cannot write the log: decisions[0].position is 4 but only 3 choices "
                       "were shown");
}
END_TEST

START_TEST(journal_times_round_trip_from_year_0_to_9999)
{
    const struct { int64_t ms; const char *text; } cases[] = {
        { -62167219200000, "0000-01-01T00:00:00.000Z" }, { -1, "1969-12-31T23:59:59.999Z" },
        { 1, "1970-01-01T00:00:00.001Z" }, { 951782400000, "2000-02-29T00:00:00.000Z" },
        { 1709251199999, "2024-02-29T23:59:59.999Z" },
        { 253402300799999, "9999-12-31T23:59:59.999Z" },
    };
    char want[64];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Attempt a, back;
        Diag err;
        jt_make_full(&a), a.decisions[0].at_ms = cases[i].ms;
        char *text = journal_to_json(&a, &err);
        snprintf(want, sizeof want, "\"at\":\t\"%s\"", cases[i].text);
        ck_assert_msg(text && strstr(text, want), "%s", want);
        ck_assert_int_eq(journal_parse(text, strlen(text), &back, &err), 0);
        ck_assert_int_eq(back.decisions[0].at_ms, cases[i].ms);
        free(text), attempt_free(&back), attempt_free(&a);
    }
    Attempt a;
    jt_make_full(&a), a.started_ms = 253402300800000;
    assert_refused(&a, "cannot write the log: started_at (253402300800000 ms) is not a date in "
                       "years 0000-9999");
}
END_TEST

START_TEST(journal_writes_invalid_utf8_as_replacement_characters)
{
    Attempt a, back;
    Diag err;
    jt_make_full(&a), free(a.trainee), a.trainee = jt_copy("Bad\xff\xc3 name\xe2\x82");
    char *text = journal_to_json(&a, &err);
    ck_assert_int_eq(journal_parse(text, strlen(text), &back, &err), 0);
    ck_assert_str_eq(back.trainee, "Bad\xef\xbf\xbd\xef\xbf\xbd name\xef\xbf\xbd\xef\xbf\xbd");
    free(text);
    attempt_free(&a), attempt_free(&back);
}
END_TEST

START_TEST(journal_read_gives_the_values_in_the_fixture)
{
    Attempt a;
    Diag err;
    ck_assert_msg(journal_read(jt_fixture("valid.json"), &a, &err) == 0, "%s", err.message);
    ck_assert_str_eq(a.trainee, "Alex Moreno");
    ck_assert_uint_eq(a.seed, 4242424242u);
    ck_assert_int_eq(a.started_ms, 1795252867512);
    ck_assert_int_eq(a.status, ATTEMPT_COMPLETED);
    ck_assert_int_eq(a.ndecisions, 2);
    ck_assert_ptr_null(a.decisions[1].scene_title);
    ck_assert_str_eq(a.decisions[1].violation, "pressure_to_admit");
    ck_assert_str_eq(a.decisions[1].best_ids[1], "counsel.3");
    ck_assert_str_eq(a.decisions[1].deltas[0].principle, "voluntary");
    ck_assert_double_eq(a.decisions[1].deltas[0].delta, -2.5);
    ck_assert_int_eq(a.decisions[1].taken_ms, 101239);
    ck_assert_str_eq(a.ending_title, "Charges dropped");
    ck_assert_int_eq(a.nscores, 3);
    ck_assert_double_eq(a.scores[0].score, 62.5);
    ck_assert_double_eq(a.overall, 56.25);
    ck_assert_str_eq(a.band_name, "Developing");
    ck_assert_int_eq(a.violations[0].decision, 1);
    ck_assert_int_eq(a.has_error, false);
    /* a version 1 log, from before step backs were logged, reads as having none */
    ck_assert_int_eq(a.schema_version, 1);
    ck_assert_int_eq(a.nstepbacks, 0);
    attempt_free(&a);
}
END_TEST

/* text (jt_make_full's log) with its step_backs list replaced by list. */
static char *with_stepbacks(const char *text, const char *list)
{
    const char *from = strstr(text, "\"step_backs\":"), *to = strstr(text, "\"ending\":");
    ck_assert_ptr_nonnull(from);
    ck_assert_ptr_nonnull(to);
    size_t head = (size_t)(from - text), n = strlen(list);
    char *out = malloc(head + n + strlen(to) + 8);
    ck_assert_ptr_nonnull(out);
    memcpy(out, text, head);
    sprintf(out + head, "%s,\n\t%s", list, to);
    return out;
}

START_TEST(journal_step_backs_are_read_with_the_care_of_decisions)
{
    Attempt a, back;
    Diag err;
    jt_make_full(&a);
    char *text = journal_to_json(&a, &err), *bad;
    ck_assert_ptr_nonnull(strstr(text, "\"step_backs\":\t[{\n\t\t\t\"decision\":\t1,\n\t\t\t"
                                       "\"scene_id\":\t\"counsel\",\n\t\t\t\"choice_id\":\t"
                                       "\"take-admission\",\n\t\t\t\"at\":\t"
                                       "\"2026-11-21T09:23:40.002Z\""));
    const char *cases[][2] = {
        { "\"step_backs\": {}", "step_backs should be an array, not an object" },
        { "\"step_backs\": null", "step_backs should be an array, not null" },
        { "\"step_backs\": [3]", "step_backs[0] should be an object, not a number" },
        { "\"step_backs\": [{\"decision\": -1, \"scene_id\": \"a\", \"choice_id\": \"b\", "
          "\"at\": \"2026-11-21T09:23:40.002Z\"}]",
          "step_backs[0].decision is -1, expected a whole number from 0" },
        { "\"step_backs\": [{\"decision\": 0.5, \"scene_id\": \"a\", \"choice_id\": \"b\", "
          "\"at\": \"2026-11-21T09:23:40.002Z\"}]",
          "step_backs[0].decision is 0.5, expected a whole number from 0" },
        { "\"step_backs\": [{\"decision\": 0, \"scene_id\": \"\\u001b[2J\", "
          "\"choice_id\": \"b\", \"at\": \"2026-11-21T09:23:40.002Z\"}]",
          "step_backs[0].scene_id is \"\x1b[2J\", expected a scene id (a-z, 0-9, _ and -)" },
        { "\"step_backs\": [{\"decision\": 0, \"scene_id\": \"a\", \"choice_id\": \"\", "
          "\"at\": \"2026-11-21T09:23:40.002Z\"}]",
          "step_backs[0].choice_id is \"\", expected a choice id (a-z, 0-9, _, - and .)" },
        { "\"step_backs\": [{\"decision\": 0, \"scene_id\": \"a\", \"choice_id\": 4, "
          "\"at\": \"2026-11-21T09:23:40.002Z\"}]",
          "step_backs[0].choice_id should be a string, not a number" },
        { "\"step_backs\": [{\"decision\": 0, \"scene_id\": \"a\", \"choice_id\": \"b\"}]",
          "step_backs[0].at is missing" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        bad = with_stepbacks(text, cases[i][0]);
        ck_assert_int_eq(journal_parse(bad, strlen(bad), &back, &err), -1);
        ck_assert_str_eq(err.message, cases[i][1]);
        ck_assert_ptr_null(back.session_id);
        free(bad);
    }
    /* A version 2 log must have them; a version 1 log may not. */
    char *cut = with_stepbacks(text, "\"x\": 0");
    assert_parse_fails(cut, "step_backs is missing");
    bad = jt_replaced(cut, "\"schema_version\":\t2", "\"schema_version\":\t1");
    ck_assert_int_eq(journal_parse(bad, strlen(bad), &back, &err), 0);
    ck_assert_int_eq(back.nstepbacks, 0);
    attempt_free(&back);
    free(bad), free(cut);
    /* More than are ever kept: refused before anything is allocated for them. */
    size_t n = SESSION_MAX_STEPBACKS + 1, one = strlen("{},");
    char *many = malloc(n * one + 32);
    ck_assert_ptr_nonnull(many);
    strcpy(many, "\"step_backs\": [");
    for (size_t i = 0; i < n; i++)
        strcat(many + strlen("\"step_backs\": [") + i * one, i + 1 < n ? "{}," : "{}]");
    bad = with_stepbacks(text, many);
    ck_assert_int_eq(journal_parse(bad, strlen(bad), &back, &err), -1);
    ck_assert_str_eq(err.message, "step_backs has 10001 entries; at most 10000 are kept");
    free(bad), free(many);
    /* and the writer will not write what the reader would refuse */
    AttemptStepBack *grown = realloc(a.stepbacks, n * sizeof *grown);
    ck_assert_ptr_nonnull(grown);
    memset(grown + 2, 0, (n - 2) * sizeof *grown);
    a.stepbacks = grown;
    a.nstepbacks = (int)n;
    ck_assert_ptr_null(journal_to_json(&a, &err));
    ck_assert_str_eq(err.message, "cannot write the log: step_backs has 10001 entries; at most "
                     "10000 are kept");
    free(text);
    attempt_free(&a);
}
END_TEST

static void assert_read_fails(const char *name, const char *message)
{
    Attempt a;
    Diag err;
    ck_assert_int_eq(journal_read(jt_fixture(name), &a, &err), -1);
    ck_assert_str_eq(err.file, jt_fixture(name));
    ck_assert_str_eq(err.message, message);
    ck_assert_ptr_null(a.session_id);
}

START_TEST(journal_read_reports_truncated_file)
{
    assert_read_fails("truncated.json", "the log ends early, after 1500 bytes: it was cut off, "
                      "probably while being written, and cannot be read");
}
END_TEST

START_TEST(journal_read_refuses_future_schema)
{
    assert_read_fails("future-schema.json",
                      "written by a newer rjsim (schema 3); update rjsim to read it");
}
END_TEST

START_TEST(journal_read_says_where_the_json_is_invalid)
{
    assert_read_fails("not-json.json", "invalid JSON at line 1, column 1: the file is damaged "
                      "or is not an rjsim session log");
    assert_parse_fails("{\n  \"a\": 1\n  \"b\": 2\n}", "invalid JSON at line 3, column 3: the "
                       "file is damaged or is not an rjsim session log");
    assert_parse_fails("{\"schema_version\": 1} x", "invalid JSON at line 1, column 23: the "
                       "file is damaged or is not an rjsim session log");
    assert_parse_fails(" \n", "the log is empty: the attempt was not saved");
    assert_parse_fails("[1]", "this is not an rjsim session log: it has no schema_version");
    ck_assert_int_eq(journal_read("/nonexistent/x.json", &(Attempt){ 0 }, &(Diag){ 0 }), -1);
}
END_TEST

START_TEST(journal_parse_names_missing_and_ill_typed_fields)
{
    Attempt a;
    Diag err;
    jt_make_full(&a);
    char *text = journal_to_json(&a, &err), *bad;
    const char *cases[][3] = {
        { "\"position\":\t1,", "\"position\":\t\"1\",",
          "decisions[0].position should be a number, not a string" },
        { "\"choice_text\"", "\"choice_txt\"", "decisions[0].choice_text is missing" },
        { "\"status\":\t\"error\"", "\"status\":\t\"paused\"",
          "status is \"paused\", expected in_progress, completed, abandoned or error" },
        { "\"best\":\tfalse", "\"best\":\t0", "decisions[1].best should be true or false, not "
          "a number" },
        { "\"started_at\":\t\"2026-11-21T", "\"started_at\":\t\"2026-02-30T",
          "started_at is \"2026-02-30T09:21:07.512Z\", expected a UTC time like "
          "2026-11-21T09:21:07.512Z" },
        { "\"due_process\":\t-3", "\"due_process\":\t\"-3\"",
          "decisions[1].deltas.due_process should be a finite number, not a string" },
        { "\"scores\":\t[", "\"scores\":\t{},\"x\":[", "scores should be an array, not an object" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        bad = jt_replaced(text, cases[i][0], cases[i][1]);
        assert_parse_fails(bad, cases[i][2]);
        free(bad);
    }
    free(text);
    attempt_free(&a);
}
END_TEST

START_TEST(journal_parse_never_crashes_on_damaged_text)
{
    Attempt a, back;
    Diag err;
    jt_make_full(&a);
    char *text = journal_to_json(&a, &err);
    size_t len = strlen(text);
    for (size_t n = 0; n < len - 1; n++) /* every prefix: only the final newline may go */
        ck_assert_msg(journal_parse(text, n, &back, &err) == -1 && err.message[0],
                      "prefix of %zu bytes", n);
    const char swaps[] = { 'x', '"', '{', ']', '0', '\0', '\\' };
    for (size_t i = 0; i < len; i++)
        for (size_t k = 0; k < sizeof swaps; k++) {
            char keep = text[i];
            text[i] = swaps[k];
            if (journal_parse(text, len, &back, &err) == 0)
                attempt_free(&back);
            text[i] = keep;
        }
    free(text);
    attempt_free(&a);
}
END_TEST

static int schema_check(const char *path)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, SCHEMA_TOOL " --instance '%s' '%s/../docs/session-log.schema.json'"
             " >/dev/null 2>&1", path, test_dir);
    return system(cmd);
}

START_TEST(journal_logs_match_the_schema)
{
    if (access(SCHEMA_TOOL, X_OK) != 0) {
        fprintf(stderr, "skipped journal_logs_match_the_schema: no " SCHEMA_TOOL "\n");
        return;
    }
    Attempt a;
    Diag err;
    const char *dir = jt_scratch();
    char *full = jt_join(dir, "full.json"), *inprog = jt_join(dir, "inprog.json");
    char *bad = jt_join(dir, "x");
    jt_make_full(&a);
    ck_assert_int_eq(journal_write(full, &a, &err), 0);
    attempt_free(&a);
    jt_make_in_progress(&a);
    ck_assert_int_eq(journal_write(inprog, &a, &err), 0);
    char *text = journal_to_json(&a, &err), *md5 = jt_replaced(text, "\"sha256:", "\"md5:");
    FILE *f = fopen(bad, "w");
    fputs(md5, f), fclose(f);
    ck_assert_int_eq(schema_check(full), 0);
    ck_assert_int_eq(schema_check(inprog), 0);
    ck_assert_int_eq(schema_check(jt_fixture("valid.json")), 0);
    ck_assert_int_ne(schema_check(bad), 0);
    unlink(full), unlink(inprog), unlink(bad), rmdir(dir);
    free(full), free(inprog), free(bad), free(text), free(md5);
    attempt_free(&a);
}
END_TEST

START_TEST(journal_round_trip_keeps_workshop_votes_and_flags)
{
    Attempt a, b;
    Diag err;
    diag_clear(&err);
    jt_make_full(&a);
    free(a.mode);
    a.mode = strdup("workshop");
    a.decisions[0].votes = calloc(3, sizeof(int));
    a.decisions[0].votes[0] = 4;
    a.decisions[0].votes[2] = 7;
    a.decisions[0].nvotes = 3;
    a.flags = calloc(2, sizeof *a.flags);
    a.flags[0] = (AttemptFlag){1, a.started_ms + 61000, strdup("the room split on consent")};
    a.flags[1] = (AttemptFlag){2, a.started_ms + 62000, strdup("")};
    a.nflags = 2;
    char *text = journal_to_json(&a, &err);
    ck_assert_msg(text != NULL, "%s", err.message);
    ck_assert_int_eq(journal_parse(text, strlen(text), &b, &err), 0);
    ck_assert_str_eq(b.mode, "workshop");
    ck_assert_int_eq(b.decisions[0].nvotes, 3);
    ck_assert_int_eq(b.decisions[0].votes[0], 4);
    ck_assert_int_eq(b.decisions[0].votes[1], 0);
    ck_assert_int_eq(b.decisions[0].votes[2], 7);
    ck_assert_int_eq(b.decisions[1].nvotes, 0);
    ck_assert_int_eq(b.nflags, 2);
    ck_assert_int_eq(b.flags[0].decision, 1);
    ck_assert_int_eq(b.flags[0].at_ms, a.started_ms + 61000);
    ck_assert_str_eq(b.flags[0].note, "the room split on consent");
    ck_assert_str_eq(b.flags[1].note, "");
    /* A flag after more decisions than the log holds is refused by name. */
    char *bad = strdup(text);
    char *p = strstr(bad, "\"decision\":\t2");
    ck_assert_ptr_nonnull(p);
    p[12] = '9';
    Attempt c;
    ck_assert_int_eq(journal_parse(bad, strlen(bad), &c, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.message, "flags[1]"));
    free(bad);
    free(text);
    attempt_free(&a);
    attempt_free(&b);
}
END_TEST

Suite *journal_suite(void)
{
    Suite *s = suite_create("journal");
    TCase *tc = tcase_create("journal");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, journal_round_trip_keeps_every_field);
    tcase_add_test(tc, journal_round_trip_keeps_workshop_votes_and_flags);
    tcase_add_test(tc, journal_step_backs_are_read_with_the_care_of_decisions);
    tcase_add_test(tc, journal_writes_version_first_and_utc_times_with_milliseconds);
    tcase_add_test(tc, journal_writes_null_for_what_does_not_apply);
    tcase_add_test(tc, journal_to_json_refuses_what_the_schema_would_reject);
    tcase_add_test(tc, journal_times_round_trip_from_year_0_to_9999);
    tcase_add_test(tc, journal_writes_invalid_utf8_as_replacement_characters);
    tcase_add_test(tc, journal_read_gives_the_values_in_the_fixture);
    tcase_add_test(tc, journal_read_reports_truncated_file);
    tcase_add_test(tc, journal_read_refuses_future_schema);
    tcase_add_test(tc, journal_read_says_where_the_json_is_invalid);
    tcase_add_test(tc, journal_parse_names_missing_and_ill_typed_fields);
    tcase_add_test(tc, journal_parse_never_crashes_on_damaged_text);
    tcase_add_test(tc, journal_logs_match_the_schema);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, journal_files_tcase());
    suite_add_tcase(s, journal_scan_tcase());
    suite_add_tcase(s, journal_xapi_tcase());
    return s;
}
