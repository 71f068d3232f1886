/* test_journal_util: see test_journal_util.h */
#include "test_journal_util.h"

#include "suites.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *jt_copy(const char *s)
{
    char *d = strdup(s);
    ck_assert_ptr_nonnull(d);
    return d;
}

void jt_set_delta(AttemptDelta *d, const char *principle, double delta)
{
    d->principle = jt_copy(principle);
    d->delta = delta;
}

void jt_make_full(Attempt *a)
{
    memset(a, 0, sizeof *a);
    a->schema_version = ATTEMPT_SCHEMA_VERSION;
    a->session_id = jt_copy("3f2b8c1a-9d4e-4f60-8a7b-1c2d3e4f5a6b");
    a->trainee = jt_copy("Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m");
    a->mode = jt_copy("assessment");
    a->player = jt_copy("game");
    a->engine_version = jt_copy("0.1.0");
    a->scenario_id = jt_copy("dc-youth-metro");
    a->scenario_version = 3;
    a->scenario_title = jt_copy("The Metro Platform");
    a->scenario_file = jt_copy("scenarios/dc-youth-metro.lua");
    a->scenario_hash = jt_copy(HASH_A);
    a->rubric_version = 2;
    a->rubric_hash = jt_copy(HASH_B);
    a->seed = 9007199254740991u; /* 2^53 - 1 */
    a->started_ms = 1795252867512;
    a->ended_ms = 1795253091003;
    a->status = ATTEMPT_ERROR;
    a->ndecisions = 2;
    a->decisions = calloc(2, sizeof *a->decisions);
    AttemptDecision *d = a->decisions;
    d[0].scene_id = jt_copy("intake");
    d[0].scene_title = jt_copy("Monday, 9:10");
    d[0].choice_id = jt_copy("wait-for-counsel");
    d[0].choice_text = jt_copy("Ask \"counsel\" first\n\tthen wait \\ see");
    d[0].position = 1, d[0].shown = 3;
    d[0].outcome_scene = jt_copy("counsel");
    d[0].at_ms = 1795252908762, d[0].taken_ms = 41250;
    d[0].ndeltas = 2;
    d[0].deltas = calloc(2, sizeof *d[0].deltas);
    jt_set_delta(&d[0].deltas[0], "due_process", 2);
    jt_set_delta(&d[0].deltas[1], "voluntary", 0.1);
    d[0].best = true;
    d[0].nbest = 2;
    d[0].best_ids = calloc(2, sizeof *d[0].best_ids);
    d[0].best_ids[0] = jt_copy("wait-for-counsel");
    d[0].best_ids[1] = jt_copy("call-parent");
    d[1].scene_id = jt_copy("counsel");
    d[1].choice_id = jt_copy("take-admission");
    d[1].choice_text = jt_copy("Take his admission now");
    d[1].position = 2, d[1].shown = 2;
    d[1].outcome_scene = jt_copy("admission");
    d[1].at_ms = 1795253010001, d[1].taken_ms = 0;
    d[1].ndeltas = 1;
    d[1].deltas = calloc(1, sizeof *d[1].deltas);
    jt_set_delta(&d[1].deltas[0], "due_process", -3);
    d[1].violation = jt_copy("admission_before_counsel");
    d[1].nbest = 1;
    d[1].best_ids = calloc(1, sizeof *d[1].best_ids);
    d[1].best_ids[0] = jt_copy("ask-counsel");
    a->ending_id = jt_copy("dismissed");
    a->ending_title = jt_copy("Charges dropped");
    a->nscores = 2;
    a->scores = calloc(2, sizeof *a->scores);
    a->scores[0] = (AttemptScore){ jt_copy("due_process"), true, -1, -6, 4, 50 };
    a->scores[1] = (AttemptScore){ jt_copy("voluntary"), false, 0.1, 0, 0, 100.0 / 3 };
    a->overall = 100.0 / 3;
    a->band_id = jt_copy("developing");
    a->band_name = jt_copy("Developing");
    a->nviolations = 1;
    a->violations = calloc(1, sizeof *a->violations);
    a->violations[0] = (AttemptViolation){ jt_copy("admission_before_counsel"), 1 };
    a->nstepbacks = 2;
    a->stepbacks = calloc(2, sizeof *a->stepbacks);
    a->stepbacks[0] = (AttemptStepBack){ 1, jt_copy("counsel"), jt_copy("take-admission"),
                                         1795253020002 };
    a->stepbacks[1] = (AttemptStepBack){ 7, jt_copy("intake"), jt_copy("counsel.2"),
                                         1795253030003 };
    a->has_error = true;
    a->error = (AttemptError){ jt_copy("scenarios/dc-youth-metro.lua"), 42,
                               jt_copy("attempt to index a nil value (field 'days')"),
                               jt_copy("stack traceback:\n\t[C]: in ?") };
}

void jt_make_in_progress(Attempt *a)
{
    jt_make_full(a);
    a->status = ATTEMPT_IN_PROGRESS;
    a->ended_ms = 0;
    free(a->ending_id), free(a->ending_title), free(a->band_id), free(a->band_name);
    a->ending_id = a->ending_title = a->band_id = a->band_name = NULL;
    free(a->error.file), free(a->error.message), free(a->error.trace);
    memset(&a->error, 0, sizeof a->error);
    a->has_error = false;
}

void jt_assert_same(const Attempt *x, const Attempt *y)
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
    ck_assert_int_eq(x->nstepbacks, y->nstepbacks);
    for (int i = 0; i < x->nstepbacks; i++) {
        ck_assert_int_eq(x->stepbacks[i].decision, y->stepbacks[i].decision);
        ck_assert_str_eq(x->stepbacks[i].scene_id, y->stepbacks[i].scene_id);
        ck_assert_str_eq(x->stepbacks[i].choice_id, y->stepbacks[i].choice_id);
        ck_assert_int_eq(x->stepbacks[i].at_ms, y->stepbacks[i].at_ms);
    }
    ck_assert_int_eq(x->has_error, y->has_error);
    ck_assert_pstr_eq(x->error.file, y->error.file);
    ck_assert_int_eq(x->error.line, y->error.line);
    ck_assert_pstr_eq(x->error.message, y->error.message);
    ck_assert_pstr_eq(x->error.trace, y->error.trace);
}

const char *jt_fixture(const char *name)
{
    static char path[1024];
    snprintf(path, sizeof path, "%s/fixtures/logs/%s", test_dir, name);
    return path;
}

const char *jt_scratch(void)
{
    static char dir[64];
    snprintf(dir, sizeof dir, "/tmp/rjsim-journal-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    return dir;
}

char *jt_join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

int jt_count_entries(const char *dir)
{
    int n = 0;
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    closedir(d);
    return n;
}

char *jt_replaced(const char *text, const char *from, const char *to)
{
    const char *at = strstr(text, from);
    ck_assert_msg(at != NULL, "'%s' not in the text", from);
    size_t n = strlen(text) - strlen(from) + strlen(to) + 1, head = (size_t)(at - text);
    char *s = malloc(n);
    snprintf(s, n, "%.*s%s%s", (int)head, text, to, at + strlen(from));
    return s;
}


void jt_make_attempt(Attempt *a, int n, const char *trainee, const char *scenario,
                     int64_t started_ms, double overall)
{
    char sid[64], title[128], file[160];
    snprintf(sid, sizeof sid, "00000000-0000-4000-8000-%012d", n);
    snprintf(title, sizeof title, "Title of %s", scenario);
    snprintf(file, sizeof file, "/nonexistent/%s.lua", scenario);
    memset(a, 0, sizeof *a);
    a->schema_version = ATTEMPT_SCHEMA_VERSION;
    a->session_id = jt_copy(sid);
    a->trainee = jt_copy(trainee);
    a->mode = jt_copy("practice");
    a->player = jt_copy("text");
    a->engine_version = jt_copy("0.1.0");
    a->scenario_id = jt_copy(scenario);
    a->scenario_version = 1;
    a->scenario_title = jt_copy(title);
    a->scenario_file = jt_copy(file);
    a->scenario_hash = jt_copy(HASH_A);
    a->rubric_version = 1;
    a->rubric_hash = jt_copy(HASH_B);
    a->seed = (uint64_t)n;
    a->started_ms = started_ms;
    a->ended_ms = started_ms + 60000;
    a->status = ATTEMPT_COMPLETED;
    a->ending_id = jt_copy("end");
    a->ending_title = jt_copy("The end");
    a->overall = overall;
    a->band_id = jt_copy("developing");
    a->band_name = jt_copy("Developing");
    a->decisions = calloc(1, sizeof *a->decisions);
    a->scores = calloc(1, sizeof *a->scores);
    a->violations = calloc(1, sizeof *a->violations);
}

void jt_add_score(Attempt *a, const char *principle, double score, bool measured)
{
    a->scores = realloc(a->scores, (size_t)(a->nscores + 1) * sizeof *a->scores);
    ck_assert_ptr_nonnull(a->scores);
    a->scores[a->nscores++] = (AttemptScore){ jt_copy(principle), measured, score / 10, 0, 10,
                                              measured ? score : 0 };
}

void jt_add_decision(Attempt *a, const char *scene, const char *choice, const char *best_ids,
                     const char *violation)
{
    char text[128];
    a->decisions = realloc(a->decisions, (size_t)(a->ndecisions + 1) * sizeof *a->decisions);
    ck_assert_ptr_nonnull(a->decisions);
    AttemptDecision *d = &a->decisions[a->ndecisions++];
    memset(d, 0, sizeof *d);
    snprintf(text, sizeof text, "Text of %s", choice);
    d->scene_id = jt_copy(scene);
    d->scene_title = jt_copy(scene);
    d->choice_id = jt_copy(choice);
    d->choice_text = jt_copy(text);
    d->position = 1, d->shown = 2;
    d->outcome_scene = jt_copy("next");
    d->at_ms = a->started_ms + 1000 * a->ndecisions;
    d->taken_ms = 1000;
    d->deltas = calloc(1, sizeof *d->deltas);
    d->best_ids = calloc(4, sizeof *d->best_ids);
    for (const char *p = best_ids; p && *p && d->nbest < 4;) {
        size_t n = strcspn(p, ",");
        d->best_ids[d->nbest++] = strndup(p, n);
        d->best = d->best || (strlen(choice) == n && strncmp(choice, p, n) == 0);
        p += n + (p[n] == ',');
    }
    if (violation) {
        d->violation = jt_copy(violation);
        a->violations = realloc(a->violations, (size_t)(a->nviolations + 1) *
                                                   sizeof *a->violations);
        a->violations[a->nviolations++] = (AttemptViolation){ jt_copy(violation),
                                                              a->ndecisions - 1 };
    }
}

void jt_set_status(Attempt *a, AttemptStatus status)
{
    a->status = status;
    if (status != ATTEMPT_COMPLETED) {
        free(a->ending_id), free(a->ending_title), free(a->band_id), free(a->band_name);
        a->ending_id = a->ending_title = a->band_id = a->band_name = NULL;
        a->ended_ms = status == ATTEMPT_IN_PROGRESS ? 0 : a->ended_ms;
    }
}

void jt_remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    struct stat st;
    for (struct dirent *e; d && (e = readdir(d)) != NULL;) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char *path = jt_join(dir, e->d_name);
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
            jt_remove_tree(path);
        else
            unlink(path);
        free(path);
    }
    if (d)
        closedir(d);
    rmdir(dir);
}
