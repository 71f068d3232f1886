/* Tests for engine/journal: the session log as JSON, its files and its names. */
#include "journal/journal.h"
#include "journal/paths.h"
#include "suites.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define HASH_A "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
#define HASH_B "sha256:60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"
#define SCHEMA_TOOL "/usr/bin/jsonschema"

static char *copy(const char *s)
{
    char *d = strdup(s);
    ck_assert_ptr_nonnull(d);
    return d;
}

static void set_delta(AttemptDelta *d, const char *principle, double delta)
{
    d->principle = copy(principle);
    d->delta = delta;
}

/* Every field set, with values that catch rounding, escaping and NULL handling. */
static void make_full(Attempt *a)
{
    memset(a, 0, sizeof *a);
    a->schema_version = ATTEMPT_SCHEMA_VERSION;
    a->session_id = copy("3f2b8c1a-9d4e-4f60-8a7b-1c2d3e4f5a6b");
    a->trainee = copy("Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m");
    a->mode = copy("assessment");
    a->player = copy("game");
    a->engine_version = copy("0.1.0");
    a->scenario_id = copy("dc-youth-metro");
    a->scenario_version = 3;
    a->scenario_title = copy("The Metro Platform");
    a->scenario_file = copy("scenarios/dc-youth-metro.lua");
    a->scenario_hash = copy(HASH_A);
    a->rubric_version = 2;
    a->rubric_hash = copy(HASH_B);
    a->seed = 9007199254740991u; /* 2^53 - 1 */
    a->started_ms = 1795252867512;
    a->ended_ms = 1795253091003;
    a->status = ATTEMPT_ERROR;
    a->ndecisions = 2;
    a->decisions = calloc(2, sizeof *a->decisions);
    AttemptDecision *d = a->decisions;
    d[0].scene_id = copy("intake");
    d[0].scene_title = copy("Monday, 9:10");
    d[0].choice_id = copy("wait-for-counsel");
    d[0].choice_text = copy("Ask \"counsel\" first\n\tthen wait \\ see");
    d[0].position = 1, d[0].shown = 3;
    d[0].outcome_scene = copy("counsel");
    d[0].at_ms = 1795252908762, d[0].taken_ms = 41250;
    d[0].ndeltas = 2;
    d[0].deltas = calloc(2, sizeof *d[0].deltas);
    set_delta(&d[0].deltas[0], "due_process", 2);
    set_delta(&d[0].deltas[1], "voluntary", 0.1);
    d[0].best = true;
    d[0].nbest = 2;
    d[0].best_ids = calloc(2, sizeof *d[0].best_ids);
    d[0].best_ids[0] = copy("wait-for-counsel");
    d[0].best_ids[1] = copy("call-parent");
    d[1].scene_id = copy("counsel");
    d[1].choice_id = copy("take-admission");
    d[1].choice_text = copy("Take his admission now");
    d[1].position = 2, d[1].shown = 2;
    d[1].outcome_scene = copy("admission");
    d[1].at_ms = 1795253010001, d[1].taken_ms = 0;
    d[1].ndeltas = 1;
    d[1].deltas = calloc(1, sizeof *d[1].deltas);
    set_delta(&d[1].deltas[0], "due_process", -3);
    d[1].violation = copy("admission_before_counsel");
    d[1].nbest = 1;
    d[1].best_ids = calloc(1, sizeof *d[1].best_ids);
    d[1].best_ids[0] = copy("ask-counsel");
    a->ending_id = copy("dismissed");
    a->ending_title = copy("Charges dropped");
    a->nscores = 2;
    a->scores = calloc(2, sizeof *a->scores);
    a->scores[0] = (AttemptScore){ copy("due_process"), true, -1, -6, 4, 50 };
    a->scores[1] = (AttemptScore){ copy("voluntary"), false, 0.1, 0, 0, 100.0 / 3 };
    a->overall = 100.0 / 3;
    a->band_id = copy("developing");
    a->band_name = copy("Developing");
    a->nviolations = 1;
    a->violations = calloc(1, sizeof *a->violations);
    a->violations[0] = (AttemptViolation){ copy("admission_before_counsel"), 1 };
    a->has_error = true;
    a->error = (AttemptError){ copy("scenarios/dc-youth-metro.lua"), 42,
                               copy("attempt to index a nil value (field 'days')"),
                               copy("stack traceback:\n\t[C]: in ?") };
}

/* The same attempt while still being played: what may be NULL is NULL. */
static void make_in_progress(Attempt *a)
{
    make_full(a);
    a->status = ATTEMPT_IN_PROGRESS;
    a->ended_ms = 0;
    free(a->ending_id), free(a->ending_title), free(a->band_id), free(a->band_name);
    a->ending_id = a->ending_title = a->band_id = a->band_name = NULL;
    free(a->error.file), free(a->error.message), free(a->error.trace);
    memset(&a->error, 0, sizeof a->error);
    a->has_error = false;
}

static void assert_same(const Attempt *x, const Attempt *y)
{
    ck_assert_int_eq(x->schema_version, y->schema_version);
    ck_assert_str_eq(x->session_id, y->session_id);
    ck_assert_str_eq(x->trainee, y->trainee);
    ck_assert_str_eq(x->mode, y->mode);
    ck_assert_str_eq(x->player, y->player);
    ck_assert_str_eq(x->engine_version, y->engine_version);
    ck_assert_str_eq(x->scenario_id, y->scenario_id);
    ck_assert_int_eq(x->scenario_version, y->scenario_version);
    ck_assert_str_eq(x->scenario_title, y->scenario_title);
    ck_assert_str_eq(x->scenario_file, y->scenario_file);
    ck_assert_str_eq(x->scenario_hash, y->scenario_hash);
    ck_assert_int_eq(x->rubric_version, y->rubric_version);
    ck_assert_str_eq(x->rubric_hash, y->rubric_hash);
    ck_assert_uint_eq(x->seed, y->seed);
    ck_assert_int_eq(x->started_ms, y->started_ms);
    ck_assert_int_eq(x->ended_ms, y->ended_ms);
    ck_assert_int_eq(x->status, y->status);
    ck_assert_int_eq(x->ndecisions, y->ndecisions);
    for (int i = 0; i < x->ndecisions; i++) {
        const AttemptDecision *p = &x->decisions[i], *q = &y->decisions[i];
        ck_assert_str_eq(p->scene_id, q->scene_id);
        ck_assert_pstr_eq(p->scene_title, q->scene_title);
        ck_assert_str_eq(p->choice_id, q->choice_id);
        ck_assert_str_eq(p->choice_text, q->choice_text);
        ck_assert_int_eq(p->position, q->position);
        ck_assert_int_eq(p->shown, q->shown);
        ck_assert_str_eq(p->outcome_scene, q->outcome_scene);
        ck_assert_int_eq(p->at_ms, q->at_ms);
        ck_assert_int_eq(p->taken_ms, q->taken_ms);
        ck_assert_int_eq(p->ndeltas, q->ndeltas);
        for (int k = 0; k < p->ndeltas; k++) {
            ck_assert_str_eq(p->deltas[k].principle, q->deltas[k].principle);
            ck_assert_double_eq(p->deltas[k].delta, q->deltas[k].delta);
        }
        ck_assert_pstr_eq(p->violation, q->violation);
        ck_assert_int_eq(p->best, q->best);
        ck_assert_int_eq(p->nbest, q->nbest);
        for (int k = 0; k < p->nbest; k++)
            ck_assert_str_eq(p->best_ids[k], q->best_ids[k]);
    }
    ck_assert_pstr_eq(x->ending_id, y->ending_id);
    ck_assert_pstr_eq(x->ending_title, y->ending_title);
    ck_assert_int_eq(x->nscores, y->nscores);
    for (int i = 0; i < x->nscores; i++) {
        const AttemptScore *p = &x->scores[i], *q = &y->scores[i];
        ck_assert_str_eq(p->principle, q->principle);
        ck_assert_int_eq(p->measured, q->measured);
        ck_assert_double_eq(p->total, q->total);
        ck_assert_double_eq(p->min, q->min);
        ck_assert_double_eq(p->max, q->max);
        ck_assert_double_eq(p->score, q->score);
    }
    ck_assert_double_eq(x->overall, y->overall);
    ck_assert_pstr_eq(x->band_id, y->band_id);
    ck_assert_pstr_eq(x->band_name, y->band_name);
    ck_assert_int_eq(x->nviolations, y->nviolations);
    for (int i = 0; i < x->nviolations; i++) {
        ck_assert_str_eq(x->violations[i].safeguard, y->violations[i].safeguard);
        ck_assert_int_eq(x->violations[i].decision, y->violations[i].decision);
    }
    ck_assert_int_eq(x->has_error, y->has_error);
    ck_assert_pstr_eq(x->error.file, y->error.file);
    ck_assert_int_eq(x->error.line, y->error.line);
    ck_assert_pstr_eq(x->error.message, y->error.message);
    ck_assert_pstr_eq(x->error.trace, y->error.trace);
}

static const char *fixture(const char *name)
{
    static char path[1024];
    snprintf(path, sizeof path, "%s/fixtures/logs/%s", test_dir, name);
    return path;
}

/* A fresh empty folder under /tmp; the path is valid until the next call. */
static const char *scratch(void)
{
    static char dir[64];
    snprintf(dir, sizeof dir, "/tmp/rjsim-journal-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    return dir;
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

static int count_entries(const char *dir)
{
    int n = 0;
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    closedir(d);
    return n;
}

/* text with the first `from` replaced by `to`; caller frees. */
static char *replaced(const char *text, const char *from, const char *to)
{
    const char *at = strstr(text, from);
    ck_assert_msg(at != NULL, "'%s' not in the text", from);
    size_t n = strlen(text) - strlen(from) + strlen(to) + 1, head = (size_t)(at - text);
    char *s = malloc(n);
    snprintf(s, n, "%.*s%s%s", (int)head, text, to, at + strlen(from));
    return s;
}

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
    make_full(&a);
    char *text = journal_to_json(&a, &err);
    ck_assert_ptr_nonnull(text);
    ck_assert_int_eq(journal_parse(text, strlen(text), &back, &err), 0);
    assert_same(&a, &back);
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
    make_full(&a);
    char *text = journal_to_json(&a, &err);
    ck_assert_ptr_nonnull(text);
    const char *start = "{\n\t\"schema_version\":\t1,\n\t\"session_id\":";
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
    make_in_progress(&a);
    char *text = journal_to_json(&a, &err);
    ck_assert_ptr_nonnull(text);
    ck_assert_ptr_nonnull(strstr(text, "\"ended_at\":\tnull,"));
    ck_assert_ptr_nonnull(strstr(text, "\"ending\":\tnull,"));
    ck_assert_ptr_nonnull(strstr(text, "\"band\":\tnull,"));
    ck_assert_ptr_nonnull(strstr(text, "\"error\":\tnull\n}"));
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
    make_full(&a), a.seed = 9007199254740992u;
    assert_refused(&a, "cannot write the log: seed is 9007199254740992, expected a whole number "
                       "from 0 to 2^53-1");
    make_full(&a), free(a.mode), a.mode = copy("exam");
    assert_refused(&a, "cannot write the log: mode is \"exam\", expected practice, assessment "
                       "or workshop");
    make_full(&a), free(a.session_id), a.session_id = NULL;
    assert_refused(&a, "cannot write the log: session_id is missing");
    make_full(&a), a.scores[1].score = 100.5;
    assert_refused(&a, "cannot write the log: scores[1].score is 100.5, expected a number "
                       "from 0 to 100");
    make_full(&a), a.violations[0].decision = 2;
    assert_refused(&a, "cannot write the log: violations[0].decision is 2 but there are only 2 "
                       "decisions (it counts from 0)");
    make_full(&a), a.decisions[0].position = 4;
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
        make_full(&a), a.decisions[0].at_ms = cases[i].ms;
        char *text = journal_to_json(&a, &err);
        snprintf(want, sizeof want, "\"at\":\t\"%s\"", cases[i].text);
        ck_assert_msg(text && strstr(text, want), "%s", want);
        ck_assert_int_eq(journal_parse(text, strlen(text), &back, &err), 0);
        ck_assert_int_eq(back.decisions[0].at_ms, cases[i].ms);
        free(text), attempt_free(&back), attempt_free(&a);
    }
    Attempt a;
    make_full(&a), a.started_ms = 253402300800000;
    assert_refused(&a, "cannot write the log: started_at (253402300800000 ms) is not a date in "
                       "years 0000-9999");
}
END_TEST

START_TEST(journal_writes_invalid_utf8_as_replacement_characters)
{
    Attempt a, back;
    Diag err;
    make_full(&a), free(a.trainee), a.trainee = copy("Bad\xff\xc3 name\xe2\x82");
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
    ck_assert_msg(journal_read(fixture("valid.json"), &a, &err) == 0, "%s", err.message);
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
    attempt_free(&a);
}
END_TEST

static void assert_read_fails(const char *name, const char *message)
{
    Attempt a;
    Diag err;
    ck_assert_int_eq(journal_read(fixture(name), &a, &err), -1);
    ck_assert_str_eq(err.file, fixture(name));
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
                      "written by a newer rjsim (schema 2); update rjsim to read it");
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
    make_full(&a);
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
        bad = replaced(text, cases[i][0], cases[i][1]);
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
    make_full(&a);
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

START_TEST(journal_write_then_read_gives_the_same_attempt)
{
    Attempt a, back;
    Diag err;
    struct stat st;
    const char *dir = scratch();
    char *path = join(dir, "log.json");
    make_full(&a);
    ck_assert_msg(journal_write(path, &a, &err) == 0, "%s", err.message);
    ck_assert_int_eq(journal_read(path, &back, &err), 0);
    assert_same(&a, &back);
    ck_assert_int_eq(count_entries(dir), 1); /* no temp file left behind */
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0600);
    attempt_free(&back);
    free(a.trainee), a.trainee = copy("Second Try");
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
    make_full(&a);
    free(a.trainee), a.trainee = copy("New");
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
    char *path = join(dir, "log.json");
    make_full(&a);
    free(a.trainee), a.trainee = copy("Old");
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
    const char *dir = scratch();
    char *path = write_old_log(dir);
    chmod(dir, 0500);
    assert_write_fails_keeping_old_log(path, "Permission denied");
    ck_assert_int_eq(count_entries(dir), 1);
    chmod(dir, 0700), unlink(path), rmdir(dir), free(path);
}
END_TEST

START_TEST(journal_write_leaves_old_log_when_temp_file_cannot_be_made)
{
    char tmp[1100];
    const char *dir = scratch();
    char *path = write_old_log(dir);
    snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid());
    ck_assert_int_eq(mkdir(tmp, 0700), 0); /* something else in the way */
    assert_write_fails_keeping_old_log(path, "File exists");
    ck_assert_int_eq(count_entries(dir), 2);
    rmdir(tmp), unlink(path), rmdir(dir), free(path);
}
END_TEST

START_TEST(journal_write_removes_its_temp_file_when_rename_fails)
{
    Attempt a;
    Diag err;
    const char *dir = scratch();
    char *path = join(dir, "log.json"), *inner = join(path, "keep");
    ck_assert_int_eq(mkdir(path, 0700), 0);
    ck_assert_int_eq(mkdir(inner, 0700), 0);
    make_full(&a);
    ck_assert_int_eq(journal_write(path, &a, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.message, ": Is a directory; choose another results"));
    ck_assert_int_eq(count_entries(dir), 1);
    ck_assert_int_eq(journal_write("/nonexistent/rjsim/log.json", &a, &err), -1);
    ck_assert_str_eq(err.message, "cannot write results to /nonexistent/rjsim/log.json: No "
                     "such file or directory; choose another results folder with --results DIR");
    attempt_free(&a);
    rmdir(inner), rmdir(path), rmdir(dir), free(inner), free(path);
}
END_TEST

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
    const char *dir = scratch();
    char *deep = join(dir, "a/b//c/"), *file = join(dir, "a/f"), *under = join(file, "x");
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
    under = join(file, "b"), rmdir(under), rmdir(file), rmdir(dir);
    free(deep), free(file), free(under);
}
END_TEST

START_TEST(log_path_names_time_trainee_scenario_and_session)
{
    Attempt a;
    make_full(&a);
    char *p = paths_log_path("/r/", &a);
    ck_assert_str_eq(p, "/r/20261121T092107Z-Zo_ngstr_m-dc-youth-metro-3f2b8c1a.json");
    free(p);
    free(a.trainee), a.trainee = copy("../../etc/passwd");
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
    const char *dir = scratch();
    char *full = join(dir, "full.json"), *inprog = join(dir, "inprog.json"), *bad = join(dir, "x");
    make_full(&a);
    ck_assert_int_eq(journal_write(full, &a, &err), 0);
    attempt_free(&a);
    make_in_progress(&a);
    ck_assert_int_eq(journal_write(inprog, &a, &err), 0);
    char *text = journal_to_json(&a, &err), *md5 = replaced(text, "\"sha256:", "\"md5:");
    FILE *f = fopen(bad, "w");
    fputs(md5, f), fclose(f);
    ck_assert_int_eq(schema_check(full), 0);
    ck_assert_int_eq(schema_check(inprog), 0);
    ck_assert_int_eq(schema_check(fixture("valid.json")), 0);
    ck_assert_int_ne(schema_check(bad), 0);
    unlink(full), unlink(inprog), unlink(bad), rmdir(dir);
    free(full), free(inprog), free(bad), free(text), free(md5);
    attempt_free(&a);
}
END_TEST

Suite *journal_suite(void)
{
    Suite *s = suite_create("journal");
    TCase *tc = tcase_create("journal");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, journal_round_trip_keeps_every_field);
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
    tcase_add_test(tc, journal_write_then_read_gives_the_same_attempt);
    tcase_add_test(tc, journal_write_leaves_old_log_when_folder_is_read_only);
    tcase_add_test(tc, journal_write_leaves_old_log_when_temp_file_cannot_be_made);
    tcase_add_test(tc, journal_write_removes_its_temp_file_when_rename_fails);
    tcase_add_test(tc, safe_name_never_escapes_the_folder);
    tcase_add_test(tc, safe_name_keeps_within_max_bytes);
    tcase_add_test(tc, results_dir_follows_flag_then_env_then_xdg_then_home);
    tcase_add_test(tc, mkdirs_creates_nested_folders_and_refuses_a_file_in_the_way);
    tcase_add_test(tc, log_path_names_time_trainee_scenario_and_session);
    tcase_add_test(tc, new_uuid_and_seed_are_random_and_in_range);
    tcase_add_test(tc, journal_logs_match_the_schema);
    suite_add_tcase(s, tc);
    return s;
}
