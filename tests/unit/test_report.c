/* Tests for engine/core/report: statistics over many attempts. */
#include "core/report.h"
#include "suites.h"
#include "test_journal_util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DAY 86400000LL
#define T0 1795000000000LL /* 2026-11-18 */

static Report *finished(Attempt *list, int n)
{
    Report *r = report_new();
    ck_assert_ptr_nonnull(r);
    for (int i = 0; i < n; i++)
        ck_assert_int_eq(report_add(r, &list[i], NULL, 0), 0);
    ck_assert_int_eq(report_finish(r), 0);
    return r;
}

static void free_all(Attempt *list, int n)
{
    for (int i = 0; i < n; i++)
        attempt_free(&list[i]);
}

START_TEST(report_trainee_key_ignores_case_and_spacing)
{
    char buf[64];
    ck_assert_str_eq(report_trainee_key("  Sam \t LEE \n", buf, sizeof buf), "sam lee");
    ck_assert_str_eq(report_trainee_key("Zo\xc3\xab", buf, sizeof buf), "zo\xc3\xab");
    ck_assert_str_eq(report_trainee_key(NULL, buf, sizeof buf), "");
    ck_assert_str_eq(report_trainee_key("Abcdef", buf, 4), "abc");
    ck_assert_str_eq(report_trainee_key("a     b", buf, 3), "a");
}
END_TEST

START_TEST(report_counts_trainees_scenarios_and_totals)
{
    Attempt a[4];
    jt_make_attempt(&a[0], 1, "Sam Lee", "beta", T0, 80);
    jt_make_attempt(&a[1], 2, "  sam  lee", "alpha", T0 + DAY, 40);
    jt_make_attempt(&a[2], 3, "Ana", "alpha", T0 + 2 * DAY, 60);
    jt_make_attempt(&a[3], 4, "Ana", "alpha", T0 + 3 * DAY, 0);
    jt_set_status(&a[3], ATTEMPT_ABANDONED);
    Report *r = finished(a, 4);
    ReportTotals t = report_totals(r);
    ck_assert_int_eq(t.attempts, 4);
    ck_assert_int_eq(t.completed, 3);
    ck_assert_int_eq(t.trainees, 2);
    ck_assert_int_eq(t.scenarios, 2);
    ck_assert_int_eq(t.first_ms, T0);
    ck_assert_int_eq(t.last_ms, T0 + 3 * DAY);
    ck_assert_int_eq(report_trainee_count(r), 2);
    const ReportTrainee *ana = report_trainee(r, 0), *sam = report_trainee(r, 1);
    ck_assert_str_eq(ana->name, "Ana");
    ck_assert_str_eq(sam->name, "  sam  lee"); /* one each: the latest spelling */
    ck_assert_int_eq(ana->attempts, 2);
    ck_assert_int_eq(ana->completed, 1);
    ck_assert_int_eq(ana->scenarios_tried, 1);
    ck_assert_int_eq(ana->scenarios_done, 1);
    ck_assert_int_eq(sam->scenarios_done, 2);
    ck_assert_str_eq(report_scenario(r, 0)->id, "alpha");
    ck_assert_str_eq(report_scenario(r, 0)->title, "Title of alpha");
    ck_assert_int_eq(report_scenario(r, 0)->attempts, 3);
    ck_assert_int_eq(report_scenario(r, 0)->unfinished, 1);
    ck_assert_int_eq(report_scenario(r, 0)->trainees, 2);
    ck_assert_ptr_null(report_cell(r, 0, 1)); /* Ana never tried beta */
    const ReportCell *c = report_cell(r, 1, 0);
    ck_assert_int_eq(c->attempts, 1);
    ck_assert_double_eq(c->overall.best, 40);
    ck_assert_ptr_null(report_trainee(r, 2));
    ck_assert_ptr_null(report_scenario(r, -1));
    report_free(r);
    free_all(a, 4);
}
END_TEST

START_TEST(report_scores_come_from_completed_attempts)
{
    Attempt a[4];
    jt_make_attempt(&a[0], 1, "Ana", "s", T0, 40);
    jt_add_score(&a[0], "voice", 40, true), jt_add_score(&a[0], "safety", 0, false);
    jt_make_attempt(&a[1], 2, "Ana", "s", T0 + DAY, 60);
    jt_add_score(&a[1], "voice", 60, true), jt_add_score(&a[1], "safety", 0, false);
    jt_make_attempt(&a[2], 3, "Ana", "s", T0 + 2 * DAY, 80);
    jt_add_score(&a[2], "voice", 80, true), jt_add_score(&a[2], "safety", 0, false);
    jt_make_attempt(&a[3], 4, "Ana", "s", T0 + 3 * DAY, 5); /* in progress: no scores */
    jt_add_score(&a[3], "voice", 5, true), jt_add_score(&a[3], "safety", 5, true);
    jt_set_status(&a[3], ATTEMPT_IN_PROGRESS);
    Report *r = finished(a, 4);
    ck_assert_int_eq(report_principle_count(r), 2);
    const ReportPrinciple *voice = report_principle(r, 0), *safety = report_principle(r, 1);
    ck_assert_str_eq(voice->id, "voice");
    ck_assert_str_eq(safety->id, "safety");
    ck_assert_int_eq(voice->stats.n, 3);
    ck_assert_double_eq_tol(voice->stats.mean, 60, 1e-9);
    ck_assert_double_eq_tol(voice->stats.sd, sqrt(800.0 / 3), 1e-9);
    ck_assert_double_eq(voice->stats.min, 40);
    ck_assert_double_eq(voice->stats.max, 80);
    ck_assert_int_eq(voice->stats.weak, 1);
    ck_assert_int_eq(voice->stats.bins[4], 1);
    ck_assert_int_eq(voice->stats.bins[6], 1);
    ck_assert_int_eq(voice->stats.bins[8], 1);
    ck_assert_int_eq(voice->trainees, 1);
    ck_assert_int_eq(voice->trainees_weak, 0); /* latest is 80 */
    ck_assert_int_eq(safety->stats.n, 0);
    ck_assert_int_eq(safety->trainees, 0);
    const ReportTrainee *t = report_trainee(r, 0);
    ck_assert(t->overall.scored);
    ck_assert_double_eq(t->overall.latest, 80);
    ck_assert_double_eq(t->overall.best, 80);
    ck_assert(!t->principles[1].scored);
    const ReportScenario *s = report_scenario(r, 0);
    ck_assert_int_eq(s->overall.n, 3);
    ck_assert_int_eq(s->principles[0].n, 3);
    ck_assert_int_eq(s->nendings, 1);
    ck_assert_str_eq(s->endings[0].label, "The end");
    ck_assert_int_eq(s->endings[0].count, 3);
    report_free(r);
    free_all(a, 4);
}
END_TEST

START_TEST(report_latest_and_best_do_not_depend_on_the_order_added)
{
    Attempt a[4];
    jt_make_attempt(&a[0], 1, "Ana", "s", T0, 90);
    jt_make_attempt(&a[1], 2, "ana", "s", T0 + 2 * DAY, 30);
    jt_make_attempt(&a[2], 3, "ANA", "s", T0 + DAY, 50);
    jt_make_attempt(&a[3], 4, "Ana", "s", T0 - DAY, 10);
    for (int order = 0; order < 2; order++) {
        Report *r = report_new();
        for (int i = 0; i < 4; i++)
            report_add(r, &a[order ? 3 - i : i], NULL, 0);
        ck_assert_int_eq(report_finish(r), 0);
        const ReportTrainee *t = report_trainee(r, 0);
        ck_assert_str_eq(t->name, "Ana"); /* the spelling used most */
        ck_assert_double_eq(t->overall.latest, 30);
        ck_assert_double_eq(t->overall.best, 90);
        ck_assert_int_eq(t->first_ms, T0 - DAY);
        ck_assert_int_eq(t->last_ms, T0 + 2 * DAY);
        ck_assert_str_eq(report_attempt(r, 0)->session_id, "00000000-0000-4000-8000-000000000004");
        ck_assert_str_eq(report_attempt(r, 3)->session_id, "00000000-0000-4000-8000-000000000002");
        report_free(r);
    }
    free_all(a, 4);
}
END_TEST

START_TEST(report_counts_a_session_once)
{
    Attempt a;
    jt_make_attempt(&a, 1, "Ana", "s", T0, 90);
    Report *r = report_new();
    ck_assert_int_eq(report_add(r, &a, "one.json", 0), 0);
    ck_assert_int_eq(report_add(r, &a, "copy.json", 0), 1);
    ck_assert_int_eq(report_finish(r), 0);
    ck_assert_int_eq(report_attempt_count(r), 1);
    ck_assert_str_eq(report_attempt(r, 0)->source, "one.json");
    ck_assert_int_eq(report_add(r, &a, "late.json", 0), -1); /* after report_finish */
    report_free(r);
    attempt_free(&a);
}
END_TEST

/* Three trainees at scene "door" (best: "wait") and "talk" (best: "listen"). */
START_TEST(report_finds_the_decisions_most_trainees_miss)
{
    Attempt a[4];
    const char *who[] = { "Ana", "Ben", "Cy", "Ana" };
    for (int i = 0; i < 4; i++) {
        jt_make_attempt(&a[i], i + 1, who[i], "s", T0 + i * DAY, 50);
        jt_add_decision(&a[i], "door", i == 0 ? "wait" : "kick", "wait", i ? "forced_entry" : NULL);
        jt_add_decision(&a[i], "talk", i == 1 ? "lecture" : "listen", "listen,ask", NULL);
    }
    jt_add_decision(&a[3], "after", "leave", NULL, NULL); /* best unknown: not rated */
    Report *r = finished(a, 4);
    const ReportScenario *s = report_scenario(r, 0);
    ck_assert_int_eq(s->ndecisions, 3);
    const ReportDecision *door = &s->decisions[0], *talk = &s->decisions[1];
    ck_assert_str_eq(door->scene_id, "door");
    ck_assert_str_eq(talk->scene_id, "talk");
    ck_assert_str_eq(s->decisions[2].scene_id, "after");
    ck_assert_int_eq(s->decisions[2].rated, 0);
    ck_assert_int_eq(door->taken, 4);
    ck_assert_int_eq(door->off_best, 3);
    ck_assert_int_eq(door->violations, 3);
    ck_assert_int_eq(door->trainees, 3);
    ck_assert_int_eq(door->trainees_off, 3); /* Ana kicked on her second attempt */
    ck_assert_int_eq(door->nchoices, 2);
    ck_assert_str_eq(door->choices[0].id, "kick");
    ck_assert_int_eq(door->choices[0].count, 3);
    ck_assert(!door->choices[0].best);
    ck_assert_str_eq(door->choices[1].id, "wait");
    ck_assert(door->choices[1].best);
    ck_assert_int_eq(talk->trainees_off, 1);
    ck_assert_int_eq(talk->nchoices, 3); /* "ask" was best but never taken */
    ck_assert_str_eq(talk->choices[2].id, "ask");
    ck_assert_ptr_null(talk->choices[2].text);
    ck_assert_int_eq(talk->choices[2].count, 0);
    ck_assert_int_eq(s->nsafeguards, 1);
    ck_assert_int_eq(s->safeguards[0].count, 3);
    ck_assert_int_eq(report_trainee(r, 0)->violations, 1);
    ReportRef refs[4];
    ck_assert_int_eq(report_hard_decisions(r, refs, 4), 1);
    ck_assert_int_eq(refs[0].decision, 0);
    ck_assert_int_eq(report_hard_decisions(r, NULL, 0), 1);
    ck_assert_int_eq(report_attempt(r, 3)->off_best, 1);
    report_free(r);
    free_all(a, 4);
}
END_TEST

START_TEST(report_hard_decisions_are_ordered_by_trainees_who_left)
{
    Attempt a[6];
    /* x: 2 of 3 trainees off; y: 3 of 3 off; z: 1 of 1 off; w: 1 of 3 off (not hard) */
    for (int i = 0; i < 3; i++) {
        char name[8];
        snprintf(name, sizeof name, "t%d", i);
        jt_make_attempt(&a[i], i + 1, name, "s", T0 + i, 50);
        jt_add_decision(&a[i], "x", i ? "bad" : "good", "good", NULL);
        jt_add_decision(&a[i], "y", "bad", "good", NULL);
        jt_add_decision(&a[i], "w", i ? "good" : "bad", "good", NULL);
    }
    jt_make_attempt(&a[3], 4, "t0", "s", T0 + 3, 50);
    jt_add_decision(&a[3], "z", "bad", "good", NULL);
    jt_make_attempt(&a[4], 5, "t1", "s", T0 + 4, 50); /* t1 on x again, on the path */
    jt_add_decision(&a[4], "x", "good", "good", NULL);
    jt_make_attempt(&a[5], 6, "t1", "other", T0 + 5, 50);
    Report *r = finished(a, 6);
    ReportRef refs[1];
    ck_assert_int_eq(report_hard_decisions(r, refs, 1), 3); /* only room for the first */
    const ReportScenario *s = report_scenario(r, 1);
    ck_assert_str_eq(s->id, "s");
    ck_assert_int_eq(refs[0].scenario, 1);
    ck_assert_str_eq(s->decisions[refs[0].decision].scene_id, "y");
    ReportRef all[4];
    ck_assert_int_eq(report_hard_decisions(r, all, 4), 3);
    ck_assert_str_eq(s->decisions[all[1].decision].scene_id, "x");
    ck_assert_str_eq(s->decisions[all[2].decision].scene_id, "z");
    report_free(r);
    free_all(a, 6);
}
END_TEST

START_TEST(report_of_nothing_is_empty)
{
    Report *r = finished(NULL, 0);
    ReportTotals t = report_totals(r);
    ck_assert_int_eq(t.attempts, 0);
    ck_assert_int_eq(t.first_ms, 0);
    ck_assert_int_eq(report_trainee_count(r), 0);
    ck_assert_int_eq(report_hard_decisions(r, NULL, 0), 0);
    ck_assert_int_eq(report_finish(r), -1); /* only once */
    report_free(r);
    report_free(NULL);
}
END_TEST

START_TEST(report_marks_attempts_on_changed_scenarios)
{
    Attempt a[2];
    jt_make_attempt(&a[0], 1, "Ana", "s", T0, 50);
    jt_make_attempt(&a[1], 2, "Ana", "s", T0 + 1, 50);
    Report *r = report_new();
    report_add(r, &a[0], "a.json", REPORT_SCENARIO_CHANGED);
    report_add(r, &a[1], "b.json", 0);
    report_finish(r);
    ck_assert_int_eq(report_scenario(r, 0)->changed, 1);
    ck_assert_int_eq(report_totals(r).changed, 1);
    ck_assert_uint_eq(report_attempt(r, 0)->marks, REPORT_SCENARIO_CHANGED);
    ck_assert_uint_eq(report_attempt(r, 1)->marks, 0);
    report_free(r);
    free_all(a, 2);
}
END_TEST

/* Enough attempts, trainees and decisions that every table inside grows many times. */
START_TEST(report_keeps_count_over_many_attempts)
{
    Report *r = report_new();
    for (int i = 0; i < 600; i++) {
        Attempt a;
        char name[32], scenario[32], scene[32];
        snprintf(name, sizeof name, "Trainee %d", i % 97);
        snprintf(scenario, sizeof scenario, "s%d", i % 7);
        jt_make_attempt(&a, i + 1, name, scenario, T0 + i, i % 101);
        for (int k = 0; k < 5; k++) {
            snprintf(scene, sizeof scene, "scene-%d", (i + k) % 13);
            jt_add_decision(&a, scene, k % 2 ? "a" : "b", "a", NULL);
        }
        ck_assert_int_eq(report_add(r, &a, NULL, 0), 0);
        attempt_free(&a);
    }
    for (int i = 0; i < 400; i++) { /* new session ids alone: the index grows mid-add */
        Attempt a;
        jt_make_attempt(&a, 1000 + i, "Trainee 0", "s0", T0 + i, 50);
        ck_assert_int_eq(report_add(r, &a, NULL, 0), 0);
        attempt_free(&a);
    }
    ck_assert_int_eq(report_finish(r), 0);
    ReportTotals t = report_totals(r);
    ck_assert_int_eq(t.attempts, 1000);
    ck_assert_int_eq(t.trainees, 97);
    ck_assert_int_eq(t.scenarios, 7);
    int taken = 0, attempts = 0;
    for (int s = 0; s < report_scenario_count(r); s++)
        for (int d = 0; d < report_scenario(r, s)->ndecisions; d++)
            taken += report_scenario(r, s)->decisions[d].taken;
    for (int i = 0; i < report_trainee_count(r); i++)
        attempts += report_trainee(r, i)->attempts;
    ck_assert_int_eq(taken, 3000);
    ck_assert_int_eq(attempts, 1000);
    ck_assert_str_eq(report_trainee(r, 0)->name, "Trainee 0");
    ck_assert_str_eq(report_trainee(r, 96)->name, "Trainee 96"); /* "trainee 96" > "trainee 9" */
    report_free(r);
}
END_TEST

/* Each attempt adds three keys to the report's index (session, trainee, trainee-scenario
 * cell), so the index grows while an attempt is half added: at the 193rd and 385th keys,
 * both cells. A pointer kept across that growth would be caught here (under ASan). */
START_TEST(report_index_grows_while_an_attempt_is_added)
{
    Report *r = report_new();
    for (int i = 0; i < 200; i++) {
        Attempt a;
        char name[32];
        snprintf(name, sizeof name, "New %03d", i);
        jt_make_attempt(&a, i + 1, name, "s", T0 + i, 50);
        ck_assert_int_eq(report_add(r, &a, NULL, 0), 0);
        ck_assert_int_eq(report_add(r, &a, NULL, 0), 1); /* the session is known */
        attempt_free(&a);
    }
    ck_assert_int_eq(report_finish(r), 0);
    ck_assert_int_eq(report_totals(r).attempts, 200);
    ck_assert_int_eq(report_trainee_count(r), 200);
    ck_assert_int_eq(report_cell(r, 199, 0)->attempts, 1);
    report_free(r);
}
END_TEST

Suite *report_suite(void)
{
    Suite *s = suite_create("report");
    TCase *tc = tcase_create("report");
    tcase_add_test(tc, report_trainee_key_ignores_case_and_spacing);
    tcase_add_test(tc, report_counts_trainees_scenarios_and_totals);
    tcase_add_test(tc, report_scores_come_from_completed_attempts);
    tcase_add_test(tc, report_latest_and_best_do_not_depend_on_the_order_added);
    tcase_add_test(tc, report_counts_a_session_once);
    tcase_add_test(tc, report_finds_the_decisions_most_trainees_miss);
    tcase_add_test(tc, report_hard_decisions_are_ordered_by_trainees_who_left);
    tcase_add_test(tc, report_of_nothing_is_empty);
    tcase_add_test(tc, report_marks_attempts_on_changed_scenarios);
    tcase_add_test(tc, report_keeps_count_over_many_attempts);
    tcase_add_test(tc, report_index_grows_while_an_attempt_is_added);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, report_format_tcase());
    return s;
}
