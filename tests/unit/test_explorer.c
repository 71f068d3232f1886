/* Unit tests of the explorer on small hand-made graphs whose answers are known. */
#include "fixture.h"
#include "suites.h"

#include "core/explorer.h"
#include "core/score.h"
#include "core/session.h"

#include <string.h>

START_TEST(explorer_finds_each_principles_range_over_complete_paths)
{
    Fixture fx;
    int e1, e2;
    fx_diamond(&fx, &e1, &e2);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    ck_assert_ptr_nonnull(e);
    double mn, mx;
    ck_assert(explorer_range(e, 0, &mn, &mx));
    ck_assert_double_eq(mn, -1);
    ck_assert_double_eq(mx, 2);
    ck_assert(explorer_range(e, 1, &mn, &mx));
    ck_assert_double_eq(mn, 1);
    ck_assert_double_eq(mx, 2);
    ck_assert(explorer_range(e, 2, &mn, &mx));
    ck_assert_double_eq(mn, 0);
    ck_assert_double_eq(mx, 1);
    ck_assert_uint_eq(explorer_state_count(e), 5);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

START_TEST(explorer_best_path_has_the_highest_overall_score)
{
    Fixture fx;
    int e1, e2, ending;
    fx_diamond(&fx, &e1, &e2);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    PathStep path[8];
    int n = explorer_best_path(e, path, 8, &ending);
    ck_assert_int_eq(n, 2);
    ck_assert_int_eq(path[0].choice, 0);
    ck_assert_int_eq(ending, e1);
    int best[4];
    ck_assert_int_eq(explorer_best_choices(e, 0, best), 1);
    ck_assert_int_eq(best[0], 0);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

START_TEST(explorer_prefers_a_lower_score_to_a_broken_safeguard)
{
    Fixture fx;
    fx_init(&fx);
    int start = fx_scene(&fx, "start", false), end = fx_scene(&fx, "end", true);
    Choice *shortcut = fx_choice(&fx, start, "shortcut", end);
    fx_delta(&fx, shortcut, 0, 3);
    shortcut->violation = 0;
    fx_delta(&fx, fx_choice(&fx, start, "proper", end), 0, 2);
    fx_delta(&fx, fx_choice(&fx, start, "poor", end), 0, -1);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    int best[4];
    ck_assert_int_eq(explorer_best_choices(e, 0, best), 1);
    ck_assert_int_eq(best[0], 1);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

START_TEST(explorer_weighs_chance_outcomes_by_probability)
{
    /* "gamble" leads to +3 with 1/4 chance and -1 with 3/4 (expected 0); "safe" gives +1. */
    Fixture fx;
    fx_init(&fx);
    int start = fx_scene(&fx, "start", false), win = fx_scene(&fx, "win", false);
    int lose = fx_scene(&fx, "lose", false), end = fx_scene(&fx, "end", true);
    fx_chance(&fx, fx_choice(&fx, start, "gamble", win), lose, 1, 3);
    fx_delta(&fx, fx_choice(&fx, start, "safe", end), 0, 1);
    fx_delta(&fx, fx_choice(&fx, win, "w", end), 0, 3);
    fx_delta(&fx, fx_choice(&fx, lose, "l", end), 0, -1);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    double mn, mx, q0, q1;
    ck_assert(explorer_range(e, 0, &mn, &mx));
    ck_assert_double_eq(mn, -1);
    ck_assert_double_eq(mx, 3);
    ck_assert(explorer_choice_value(e, 0, 0, &q0));
    ck_assert(explorer_choice_value(e, 0, 1, &q1));
    ck_assert_double_eq_tol(q0, 0, 1e-9);
    ck_assert_double_eq_tol(q1, 25, 1e-9); /* +1 of a range of 4 is 25 points */
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

START_TEST(a_loop_that_scores_nothing_is_explored_to_its_exit)
{
    Fixture fx;
    fx_init(&fx);
    int a = fx_scene(&fx, "a", false), b = fx_scene(&fx, "b", false), end = fx_scene(&fx, "end", true);
    fx_choice(&fx, a, "to-b", b);
    fx_choice(&fx, b, "back", a);
    fx_delta(&fx, fx_choice(&fx, b, "leave", end), 0, 1);
    fx_delta(&fx, fx_choice(&fx, a, "quit", end), 0, -1);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    ck_assert_ptr_nonnull(e);
    double mn, mx;
    ck_assert(explorer_range(e, 0, &mn, &mx));
    ck_assert_double_eq(mn, -1);
    ck_assert_double_eq(mx, 1);
    ck_assert_uint_eq(explorer_stuck_count(e, NULL), 0);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

START_TEST(a_loop_that_adds_score_each_time_is_an_error)
{
    Fixture fx;
    fx_init(&fx);
    int a = fx_scene(&fx, "a", false), end = fx_scene(&fx, "end", true);
    fx_delta(&fx, fx_choice(&fx, a, "again", a), 0, 1);
    fx_choice(&fx, a, "stop", end);
    Diag err;
    diag_clear(&err);
    Explorer *e = explorer_run(fx.sc, 0, &err);
    ck_assert_ptr_null(e);
    ck_assert_ptr_nonnull(strstr(err.message, "grow without limit"));
    ck_assert_int_eq(err.line, 1);
    fx_free(&fx);
}
END_TEST

static void count_up(VarSet *v) { v->v[0].as.n += 1; }

START_TEST(a_counter_without_limit_stops_at_the_state_limit)
{
    Fixture fx;
    fx_init(&fx);
    fx_var_number(&fx, "n", 0);
    int a = fx_scene(&fx, "a", false), end = fx_scene(&fx, "end", true);
    fx_effect(&fx, fx_choice(&fx, a, "again", a), count_up);
    fx_choice(&fx, a, "stop", end);
    Diag err;
    diag_clear(&err);
    Explorer *e = explorer_run(fx.sc, 100, &err);
    ck_assert_ptr_null(e);
    ck_assert_ptr_nonnull(strstr(err.message, "more than 100 states"));
    fx_free(&fx);
}
END_TEST

static int flag_set(const VarSet *v) { return v->v[0].as.b; }

START_TEST(explorer_reports_dead_ends_and_parts_never_reached)
{
    Fixture fx;
    fx_init(&fx);
    fx_var_bool(&fx, "flag", false);
    int start = fx_scene(&fx, "start", false), mid = fx_scene(&fx, "mid", false);
    int end = fx_scene(&fx, "end", true), orphan = fx_scene(&fx, "orphan", true);
    fx_choice(&fx, start, "on", mid);
    fx_choice(&fx, start, "done", end);
    fx_when(&fx, fx_choice(&fx, mid, "needs-flag", end), flag_set);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    int scene;
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_eq(explorer_dead_end_count(e, &scene), 1);
    ck_assert_int_eq(scene, mid);
    ck_assert(!explorer_scene_reached(e, orphan));
    ck_assert(explorer_scene_reached(e, end));
    ck_assert(!explorer_choice_reached(e, mid, 0));
    ck_assert(explorer_choice_reached(e, start, 1));
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

/* start: skip(-1) -> end, or ask -> (1:1) yes: good(+2) / bad(-2) -> end; or -> end. The
 * best choice at every decision scores 100 whatever chance does, and a mistake costs the
 * same share on every seed where the trainee gets to make it. */
START_TEST(perfect_play_scores_100_whatever_chance_does)
{
    Fixture fx;
    fx_init(&fx);
    int start = fx_scene(&fx, "start", false), yes = fx_scene(&fx, "yes", false), end = fx_scene(&fx, "end", true);
    Choice *skip = fx_choice(&fx, start, "skip", end);
    fx_delta(&fx, skip, 0, -1);
    fx_chance(&fx, fx_choice(&fx, start, "ask", yes), end, 1, 1);
    fx_delta(&fx, fx_choice(&fx, yes, "good", end), 0, 2);
    fx_delta(&fx, fx_choice(&fx, yes, "bad", end), 0, -2);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    ck_assert_ptr_nonnull(e);
    int seen[2] = {0, 0};
    for (uint64_t seed = 0; seed < 40; seed++) {
        for (int mistake = 0; mistake < 2; mistake++) {
            Session *sess = session_new(fx.sc, seed, 0);
            ck_assert_int_eq(session_choose(sess, 1, 1, &err), 0);
            bool lucky = session_scene(sess) == yes;
            if (lucky)
                ck_assert_int_eq(session_choose(sess, mistake ? 1 : 0, 2, &err), 0);
            ck_assert_int_eq(session_status(sess), SESSION_ENDED);
            ScoreCard card;
            score_session(&card, sess, e);
            if (!mistake || !lucky) {
                ck_assert_double_eq_tol(card.overall, 100, 1e-9);
                ck_assert_str_eq(card.band->id, "top");
            } else {
                /* Two decisions count; the second gave up all its span. */
                ck_assert_double_eq_tol(card.overall, 50, 1e-9);
                ck_assert_int_eq(card.counted, 2);
            }
            seen[lucky]++;
            session_free(sess);
        }
    }
    ck_assert_int_gt(seen[0], 5);
    ck_assert_int_gt(seen[1], 5);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

Suite *explorer_suite(void)
{
    Suite *s = suite_create("explorer");
    TCase *t = tcase_create("explorer");
    tcase_add_test(t, explorer_finds_each_principles_range_over_complete_paths);
    tcase_add_test(t, explorer_best_path_has_the_highest_overall_score);
    tcase_add_test(t, explorer_prefers_a_lower_score_to_a_broken_safeguard);
    tcase_add_test(t, explorer_weighs_chance_outcomes_by_probability);
    tcase_add_test(t, a_loop_that_scores_nothing_is_explored_to_its_exit);
    tcase_add_test(t, a_loop_that_adds_score_each_time_is_an_error);
    tcase_add_test(t, a_counter_without_limit_stops_at_the_state_limit);
    tcase_add_test(t, explorer_reports_dead_ends_and_parts_never_reached);
    tcase_add_test(t, perfect_play_scores_100_whatever_chance_does);
    suite_add_tcase(s, t);
    return s;
}
