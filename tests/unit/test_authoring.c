/* Unit tests of the authoring tools in the core, on hand-built scenarios: the checker's
 * findings (lint), random playthroughs (playtest), every path (exhaustive), expected
 * playthroughs (trial) and live reload's session rebuild (reload). */
#include "fixture.h"
#include "suites.h"

#include "core/exhaustive.h"
#include "core/explorer.h"
#include "core/lint.h"
#include "core/playtest.h"
#include "core/reload.h"
#include "core/trial.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The diagnostic at line with severity whose message contains text, or NULL. */
static const Diag *find(const DiagList *l, int line, DiagSeverity sev, const char *text)
{
    for (size_t i = 0; i < l->count; i++)
        if (l->items[i].line == line && l->items[i].severity == sev && strstr(l->items[i].message, text))
            return &l->items[i];
    return NULL;
}

static void dump(const DiagList *l)
{
    char buf[2048];
    for (size_t i = 0; i < l->count; i++)
        fprintf(stderr, "    got: %s\n", diag_format(&l->items[i], buf, sizeof buf));
}

static int never(const VarSet *v)
{
    (void)v;
    return 0;
}

static int flag_set(const VarSet *v)
{
    return v->v[0].as.b;
}

static void set_flag(VarSet *v)
{
    v->v[0].as.b = true;
}

/* start(1) -go(a+1)-> mid(2) -fin(b+1)-> done(4, debrief)
 *          -quit(a-1, no feedback)-> bare(5, no debrief)
 *          -hidden(when never)-> done
 * mid(2)   -alt(b-1)-> done
 * orphan(3) is never reached. */
START_TEST(lint_reports_parts_never_reached_and_missing_teaching_text)
{
    Fixture fx;
    fx_init(&fx);
    int start = fx_scene(&fx, "start", false), mid = fx_scene(&fx, "mid", false);
    int orphan = fx_scene(&fx, "orphan", false), done = fx_scene(&fx, "done", true), bare = fx_scene(&fx, "bare", true);
    scenario_scene_mut(fx.sc, done)->debrief = "why";
    fx_delta(&fx, fx_choice(&fx, start, "go", mid), 0, 1);
    Choice *quit = fx_choice(&fx, start, "quit", bare);
    fx_delta(&fx, quit, 0, -1);
    quit->feedback = NULL;
    fx_when(&fx, fx_choice(&fx, start, "hidden", done), never);
    fx_delta(&fx, fx_choice(&fx, mid, "fin", done), 1, 1);
    fx_delta(&fx, fx_choice(&fx, mid, "alt", done), 1, -1);
    fx_choice(&fx, orphan, "lost", done);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    ck_assert_ptr_nonnull(e);
    DiagList out = {0};
    ck_assert_int_eq(lint_scenario(fx.sc, e, NULL, &out), 0);
    bool ok = find(&out, 3, DIAG_WARNING, "scene 'orphan' is never reached") &&
              find(&out, 5, DIAG_WARNING, "ending 'bare' has no debrief") &&
              find(&out, 102, DIAG_WARNING, "choice 'quit' has no feedback") &&
              find(&out, 103, DIAG_WARNING, "choice 'hidden' is never available") && out.count == 4;
    if (!ok)
        dump(&out);
    ck_assert(ok);
    /* In file order. */
    for (size_t i = 1; i < out.count; i++)
        ck_assert_int_le(out.items[i - 1].line, out.items[i].line);
    diag_list_free(&out);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

/* Every path scores a+1 once: 'a' never varies. The start's two choices score the same and
 * lead to the same ending: a path with no decision that matters. */
START_TEST(lint_reports_principles_never_varied_and_decisions_that_never_matter)
{
    Fixture fx;
    fx_init(&fx);
    int start = fx_scene(&fx, "start", false), end = fx_scene(&fx, "end", true);
    scenario_scene_mut(fx.sc, end)->debrief = "why";
    fx_delta(&fx, fx_choice(&fx, start, "one", end), 0, 1);
    fx_delta(&fx, fx_choice(&fx, start, "two", end), 0, 1);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    DiagList out = {0};
    lint_scenario(fx.sc, e, NULL, &out);
    bool ok = find(&out, 101, DIAG_WARNING, "principle 'a' is scored by 2 choices") &&
              find(&out, 1, DIAG_WARNING, "without a decision that changes the score (start -> end)") &&
              out.count == 2;
    if (!ok)
        dump(&out);
    ck_assert(ok);
    diag_list_free(&out);
    explorer_free(e);
    /* Once one choice scores differently, both findings go. */
    scenario_scene_mut(fx.sc, start)->choices[1].deltas[0].delta = 2;
    e = explorer_run(fx.sc, 0, &err);
    lint_scenario(fx.sc, e, NULL, &out);
    if (out.count)
        dump(&out);
    ck_assert_uint_eq(out.count, 0);
    diag_list_free(&out);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

START_TEST(lint_reports_variables_never_read_never_set_never_used)
{
    Fixture fx;
    fx_init(&fx);
    fx_var_bool(&fx, "flag", false);
    fx_var_number(&fx, "count", 0);
    fx_var_number(&fx, "spare", 0);
    int start = fx_scene(&fx, "start", false), end = fx_scene(&fx, "end", true);
    scenario_scene_mut(fx.sc, end)->debrief = "why";
    Choice *c = fx_choice(&fx, start, "set", end);
    fx_delta(&fx, c, 0, 1);
    fx_effect(&fx, c, set_flag);
    fx_delta(&fx, fx_choice(&fx, start, "other", end), 0, -1);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    /* As the script layer would report: flag written by the effect, count only read. */
    bool reads[3] = {false, true, false}, writes[3] = {true, false, false};
    LintInput in = {reads, writes, 0};
    DiagList out = {0};
    lint_scenario(fx.sc, e, &in, &out);
    bool ok = find(&out, 0, DIAG_WARNING, "variable 'flag' is set but never read") &&
              find(&out, 0, DIAG_WARNING, "variable 'count' is never changed") &&
              find(&out, 0, DIAG_WARNING, "variable 'spare' is never used") && out.count == 3;
    if (!ok)
        dump(&out);
    ck_assert(ok);
    diag_list_free(&out);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

START_TEST(lint_reports_scenes_too_long_for_one_screen)
{
    Fixture fx;
    fx_init(&fx);
    int start = fx_scene(&fx, "start", false), end = fx_scene(&fx, "end", true);
    scenario_scene_mut(fx.sc, end)->debrief = "why";
    fx_delta(&fx, fx_choice(&fx, start, "one", end), 0, 1);
    fx_delta(&fx, fx_choice(&fx, start, "two", end), 0, 2);
    /* 30 words of text and one word for each choice ("one", "two"): 32. */
    scenario_scene_mut(fx.sc, start)->text = "w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w";
    ck_assert_int_eq(lint_count_words("  two words\n\nthree  "), 3);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    LintInput in = {NULL, NULL, 32};
    DiagList out = {0};
    lint_scenario(fx.sc, e, &in, &out);
    ck_assert_uint_eq(out.count, 0);
    in.screen_words = 31;
    lint_scenario(fx.sc, e, &in, &out);
    ck_assert_uint_eq(out.count, 1);
    ck_assert_ptr_nonnull(find(&out, 1, DIAG_WARNING, "scene 'start' is too long for one projected screen: 32 words"));
    diag_list_free(&out);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

/* start -safe-> end; -risky-> chance 1:1 of end or trap; trap has no available choice. */
static void trap(Fixture *fx, int *end, int *trapped)
{
    fx_init(fx);
    int start = fx_scene(fx, "start", false);
    *end = fx_scene(fx, "end", true);
    *trapped = fx_scene(fx, "trap", false);
    fx_delta(fx, fx_choice(fx, start, "safe", *end), 0, 1);
    Choice *r = fx_choice(fx, start, "risky", *end);
    fx_chance(fx, r, *trapped, 1, 1);
    fx_when(fx, fx_choice(fx, *trapped, "stuck", *end), never);
}

START_TEST(random_playthroughs_report_failures_with_the_seed_that_replays_them)
{
    Fixture fx;
    int end, trapped;
    trap(&fx, &end, &trapped);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    Coverage *cov = coverage_new(fx.sc), *again = coverage_new(fx.sc);
    PlaytestFailure fails[64];
    int nfails, nagain;
    PlaytestOptions po = {100, 400, 0};
    ck_assert_int_eq(playtest_random(fx.sc, e, &po, cov, fails, 64, &nfails, &err), 0);
    ck_assert_int_eq(coverage_runs(cov), 400);
    /* About a quarter fail (risky, then the trap); the same seeds give the same runs. */
    ck_assert(coverage_failed(cov) > 50 && coverage_failed(cov) < 150);
    ck_assert_int_eq(playtest_random(fx.sc, e, &po, again, fails, 64, &nagain, &err), 0);
    ck_assert_int_eq(coverage_failed(again), coverage_failed(cov));
    ck_assert_int_eq(coverage_choice_taken(again, 0, 1), coverage_choice_taken(cov, 0, 1));
    ck_assert_int_eq(coverage_scene_visits(cov, 0), 400);
    ck_assert_int_eq(coverage_ending(cov, end)->count, 400 - coverage_failed(cov));
    ck_assert_ptr_null(coverage_ending(cov, 0));
    /* Each failure replays in a session with its seed and positions: chance agrees. */
    for (int i = 0; i < nfails; i++) {
        ck_assert_str_eq(fails[i].positions, "2");
        ck_assert_int_eq(fails[i].scene, trapped);
        ck_assert_ptr_nonnull(strstr(fails[i].error.message, "dead end"));
        Session *s = session_new(fx.sc, fails[i].seed, 0);
        session_choose(s, 1, 0, &err);
        ck_assert_int_eq(session_status(s), SESSION_FAILED);
        session_free(s);
        PlaytestOptions one = {fails[i].seed, 1, 0};
        Coverage *c1 = coverage_new(fx.sc);
        PlaytestFailure f1;
        int n1;
        playtest_random(fx.sc, e, &one, c1, &f1, 1, &n1, &err);
        ck_assert_int_eq(n1, 1);
        coverage_free(c1);
    }
    coverage_free(cov);
    coverage_free(again);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

START_TEST(exhaustive_walks_every_path_or_bounds_every_state)
{
    Fixture fx;
    int e1, e2;
    fx_diamond(&fx, &e1, &e2);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    Coverage *cov = coverage_new(fx.sc);
    ExhaustiveResult res;
    ck_assert_int_eq(exhaustive_run(fx.sc, e, 0, cov, &res, &err), 0);
    ck_assert_int_eq(res.mode, EXHAUSTIVE_PATHS);
    ck_assert_int_eq(res.paths, 2);
    ck_assert_int_eq(coverage_ending(cov, e1)->count, 1);
    /* One real decision: "first" is worth 88.9 points (2/3 of a's range, all of b's and
     * c's, a third each), "second" 55.6. Path 1 takes the best: 100; path 2 gives up all
     * of the decision's span: 0. */
    ck_assert_double_eq_tol(coverage_ending(cov, e1)->overall.min, 100, 1e-9);
    ck_assert_double_eq_tol(coverage_ending(cov, e2)->overall.max, 0, 1e-9);
    ck_assert_double_eq_tol(coverage_spread_mean(&coverage_all(cov)->overall), 50, 1e-9);
    ck_assert_int_eq(coverage_choice_taken(cov, 0, 0), 1);
    ck_assert_int_eq(coverage_ending(cov, e1)->bands[0], 1); /* "top" (bands sorted top first) */
    ck_assert_int_eq(coverage_ending(cov, e2)->bands[2], 1); /* "low" */
    /* Past the path limit: every state, with bounds per ending (exact here: one path each). */
    Coverage *states = coverage_new(fx.sc);
    ck_assert_int_eq(exhaustive_run(fx.sc, e, 1, states, &res, &err), 0);
    ck_assert_int_eq(res.mode, EXHAUSTIVE_STATES);
    ck_assert_int_eq(res.states, 5);
    ck_assert_int_eq(res.endings_reached, 2);
    ck_assert_double_eq_tol(coverage_ending(states, e1)->overall.min, 100, 1e-9);
    ck_assert_double_eq_tol(coverage_ending(states, e1)->overall.max, 100, 1e-9);
    ck_assert_double_eq_tol(coverage_ending(states, e2)->overall.min, 0, 1e-9);
    ck_assert_double_eq_tol(coverage_ending(states, e2)->overall.max, 0, 1e-9);
    ck_assert_double_eq_tol(coverage_all(states)->score[0].max, 100, 1e-9);
    ck_assert_int_eq(coverage_scene_visits(states, 0), 1);
    coverage_free(cov);
    coverage_free(states);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

START_TEST(trials_play_by_position_id_or_policy_and_say_what_differed)
{
    Fixture fx;
    int e1, e2;
    fx_diamond(&fx, &e1, &e2);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    TrialList list = {0};
    Trial *t = trial_list_add(&list);
    t->name = strdup("best");
    t->policy = TRIAL_BEST;
    t->endings = calloc(1, sizeof(char *));
    t->endings[0] = strdup("end1");
    t->nendings = 1;
    t->overall = (TrialRange){true, 100, 100};
    t->decisions = (TrialRange){true, 2, 2};
    TrialOutcome out;
    ck_assert_int_eq(trial_run(fx.sc, e, t, 1, &out, &err), 0);
    if (!out.passed)
        fprintf(stderr, "%s\n", out.failures);
    ck_assert(out.passed);
    ck_assert_str_eq(out.positions, "1,1");
    /* By id, with a wrong band expected: the failure names both. */
    t = trial_list_add(&list);
    t->name = strdup("by id");
    t->choice_ids = calloc(2, sizeof(char *));
    t->choice_ids[0] = strdup("second");
    t->choice_ids[1] = strdup("f2");
    t->nchoice_ids = 2;
    t->bands = calloc(1, sizeof(char *));
    t->bands[0] = strdup("top");
    t->nbands = 1;
    ck_assert_int_eq(trial_run(fx.sc, e, t, 1, &out, &err), 0);
    ck_assert(!out.passed);
    ck_assert_str_eq(out.failures, "band 'low' (overall 0.0), expected 'top'");
    /* Positions that run out before an ending. */
    t = trial_list_add(&list);
    t->name = strdup("part");
    t->positions = calloc(1, sizeof(int));
    t->positions[0] = 2;
    t->npositions = 1;
    ck_assert_int_eq(trial_run(fx.sc, e, t, 1, &out, &err), 0);
    ck_assert_str_eq(out.failures, "no ending: the choices ran out at scene 'm2' (add choices, or expect "
                                   "stops_at = \"m2\")");
    t->stops_at = strdup("m2");
    ck_assert_int_eq(trial_run(fx.sc, e, t, 1, &out, &err), 0);
    ck_assert(out.passed);
    trial_list_free(&list);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

/* old: start -ask(flag)-> mid -fin-> end; -push-> mid.  new: the same, plus a scene before
 * the ending, and without 'fin'. */
START_TEST(reload_replays_decisions_by_choice_id_and_stops_where_they_are_gone)
{
    Fixture old, neu;
    fx_init(&old);
    fx_var_bool(&old, "flag", false);
    int s0 = fx_scene(&old, "start", false), m0 = fx_scene(&old, "mid", false), e0 = fx_scene(&old, "end", true);
    fx_effect(&old, fx_choice(&old, s0, "ask", m0), set_flag);
    fx_choice(&old, s0, "push", m0);
    fx_when(&old, fx_choice(&old, m0, "fin", e0), flag_set);
    fx_choice(&old, m0, "other", e0);
    Diag err;
    Session *s = session_new(old.sc, 9, 1000);
    ck_assert_int_eq(session_choose(s, 0, 2000, &err), 0);
    ck_assert_int_eq(session_choose(s, 0, 3000, &err), 0);
    ck_assert_int_eq(session_status(s), SESSION_ENDED);
    /* The new version: choices reordered ('ask' second), 'fin' gone. */
    fx_init(&neu);
    fx_var_bool(&neu, "flag", false);
    int s1 = fx_scene(&neu, "start", false), m1 = fx_scene(&neu, "mid", false), e1 = fx_scene(&neu, "end", true);
    fx_choice(&neu, s1, "push", m1);
    fx_effect(&neu, fx_choice(&neu, s1, "ask", m1), set_flag);
    fx_choice(&neu, m1, "other", e1);
    ReloadReport rep;
    Session *r = reload_session(neu.sc, s, &rep);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(rep.replayed, 1);
    ck_assert_int_eq(rep.dropped, 1);
    ck_assert_str_eq(rep.reason, "the new version no longer offers choice 'fin' in scene 'mid'");
    ck_assert_int_eq(session_scene(r), m1);
    ck_assert_int_eq(session_decision(r, 0)->choice, 1);
    ck_assert(session_vars(r)->v[0].as.b);
    ck_assert_int_eq(session_seed(r), 9);
    ck_assert_int_eq(session_started_ms(r), 1000);
    ck_assert_int_eq(session_decision(r, 0)->at_ms, 2000);
    /* Onto an identical version, everything is replayed. */
    ReloadReport all;
    Session *same = reload_session(old.sc, s, &all);
    ck_assert_int_eq(all.replayed, 2);
    ck_assert_int_eq(all.dropped, 0);
    ck_assert_str_eq(all.reason, "");
    ck_assert_int_eq(session_status(same), SESSION_ENDED);
    session_free(same);
    session_free(r);
    session_free(s);
    fx_free(&neu);
    fx_free(&old);
}
END_TEST

Suite *authoring_suite(void)
{
    Suite *s = suite_create("authoring");
    TCase *t = tcase_create("authoring");
    tcase_add_test(t, lint_reports_parts_never_reached_and_missing_teaching_text);
    tcase_add_test(t, lint_reports_principles_never_varied_and_decisions_that_never_matter);
    tcase_add_test(t, lint_reports_variables_never_read_never_set_never_used);
    tcase_add_test(t, lint_reports_scenes_too_long_for_one_screen);
    tcase_add_test(t, random_playthroughs_report_failures_with_the_seed_that_replays_them);
    tcase_add_test(t, exhaustive_walks_every_path_or_bounds_every_state);
    tcase_add_test(t, trials_play_by_position_id_or_policy_and_say_what_differed);
    tcase_add_test(t, reload_replays_decisions_by_choice_id_and_stops_where_they_are_gone);
    suite_add_tcase(s, t);
    return s;
}
