/* Unit tests of the authoring audit (cue, audit) and the naive strategies (strategy) on
 * hand-built scenarios whose answers are known: a chain of decisions where the best choice
 * is always the longest, and the same chain with the best choice's length and place
 * balanced. */
#include "fixture.h"
#include "suites.h"

#include "core/audit.h"
#include "core/cue.h"
#include "core/strategy.h"

#include <stdio.h>
#include <string.h>

static const char *const LONG = "Take the slow and careful way through this one";
static const char *const MID = "Go back to the car";
static const char *const SHORT = "Stop";

/* n scenes in a chain to one ending, three choices each; the best (a +1, b +1) against two
 * (a -1, b -1). Balanced: the best is in turn the longest, the shortest and the middle one,
 * in places 1, 3, 2. Otherwise it is always the longest, in places 1, 2, 3 in turn.
 * Returns the ending. */
static int chain(Fixture *fx, int n, bool balanced)
{
    int scenes[16], end;
    char id[32];
    for (int i = 0; i < n; i++) {
        snprintf(id, sizeof id, "s%d", i + 1);
        scenes[i] = fx_scene(fx, id, false);
    }
    end = fx_scene(fx, "done", true);
    for (int i = 0; i < n; i++) {
        int pos = balanced ? (int[]){0, 2, 1}[i % 3] : i % 3, cat = balanced ? i % 3 : 0;
        const char *best = (const char *[]){LONG, SHORT, MID}[cat];
        const char *others[2] = {cat == 0 ? MID : LONG, cat == 1 ? MID : SHORT};
        if (!balanced)
            others[0] = "Act now", others[1] = "Wait a bit";
        for (int j = 0, o = 0; j < 3; j++) {
            snprintf(id, sizeof id, "c%d-%d", i + 1, j + 1);
            Choice *ch = fx_choice(fx, scenes[i], id, i + 1 < n ? scenes[i + 1] : end);
            ch->text = j == pos ? best : others[o++];
            fx_delta(fx, ch, 0, j == pos ? 1 : -1);
            fx_delta(fx, ch, 1, j == pos ? 1 : -1);
        }
    }
    return end;
}

START_TEST(cues_read_length_punctuation_and_restorative_words)
{
    ck_assert_int_eq(cue_length("caf\xc3\xa9"), 4);
    ck_assert_int_eq(cue_punctuation("Ask first \xe2\x80\x94 then, wait."), 3);
    ck_assert_int_eq(cue_vocabulary("Explain the Options to the VICTIM; voluntarily, safely."), 5);
    ck_assert_int_eq(cue_vocabulary("Unharmed: a brightly lit claim"), 0); /* stems start a word */
    const char *texts[3] = {"Go", "Go on then", "Wait"};
    unsigned char pointed[3];
    ck_assert_int_eq(cue_point(CUE_LONGEST, texts, 3, pointed), 1);
    ck_assert(pointed[1] && !pointed[0] && !pointed[2]);
    ck_assert_int_eq(cue_point(CUE_SHORTEST, texts, 3, pointed), 1);
    ck_assert(pointed[0]);
    /* No text has a listed word: the cue points to all of them. */
    ck_assert_int_eq(cue_point(CUE_VOCABULARY, texts, 3, pointed), 3);
    ck_assert_int_eq(cue_point(CUE_LAST, texts, 3, pointed), 1);
    ck_assert(pointed[2]);
}
END_TEST

START_TEST(the_audit_flags_a_best_choice_that_is_always_the_longest)
{
    Fixture fx;
    fx_init(&fx);
    chain(&fx, 8, false);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    ck_assert_ptr_nonnull(e);
    AuditReport rep;
    DiagList out = {0};
    ck_assert_int_eq(audit_scenario(fx.sc, e, &rep, &out), 0);
    ck_assert_int_eq(rep.decisions, 8);
    ck_assert_double_eq_tol(rep.chance, 1.0 / 3, 1e-9);
    ck_assert_double_eq_tol(rep.rate[CUE_LONGEST], 1.0, 1e-9);
    ck_assert_double_eq_tol(rep.rate[CUE_SHORTEST], 0.0, 1e-9);
    ck_assert_double_eq_tol(rep.rate[CUE_FIRST], 3.0 / 8, 1e-9);
    /* No punctuation or listed word anywhere: those cues score exactly chance. */
    ck_assert_double_eq_tol(rep.rate[CUE_VOCABULARY], 1.0 / 3, 1e-9);
    ck_assert(rep.flagged[CUE_LONGEST]);
    for (int c = 0; c < CUE_COUNT; c++)
        ck_assert(rep.flagged[c] == (c == CUE_LONGEST));
    /* The cue warning names the first decision's best choice; the chain has no trade-off. */
    ck_assert_int_eq((int)out.count, 2);
    ck_assert_int_eq(out.items[0].line, scenario_scene(fx.sc, 0)->choices[0].line);
    ck_assert_ptr_nonnull(strstr(out.items[0].message, "audit: the most restorative choice is the longest one in 100% "
                                                       "of 8 decisions"));
    ck_assert_ptr_nonnull(strstr(out.items[1].message, "audit: only 0 of 8 decisions are real trade-offs"));
    diag_list_free(&out);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

START_TEST(the_audit_passes_balanced_choices_and_does_not_judge_small_scenarios)
{
    for (int n = 8; n >= 3; n -= 5) {
        Fixture fx;
        fx_init(&fx);
        chain(&fx, n, n == 8);
        Diag err;
        Explorer *e = explorer_run(fx.sc, 0, &err);
        AuditReport rep;
        DiagList out = {0};
        ck_assert_int_eq(audit_scenario(fx.sc, e, &rep, &out), 0);
        ck_assert_int_eq(rep.decisions, n);
        for (int c = 0; c < CUE_COUNT; c++)
            ck_assert(!rep.flagged[c]);
        if (n == 8) { /* balanced: about a third each */
            ck_assert_double_eq_tol(rep.rate[CUE_LONGEST], 3.0 / 8, 1e-9);
            ck_assert_double_eq_tol(rep.rate[CUE_SHORTEST], 3.0 / 8, 1e-9);
            ck_assert_double_eq_tol(rep.rate[CUE_FIRST], 3.0 / 8, 1e-9);
            ck_assert_double_eq_tol(rep.rate[CUE_LAST], 3.0 / 8, 1e-9);
        } else { /* always the longest, but three decisions are too few to judge */
            ck_assert_double_eq_tol(rep.rate[CUE_LONGEST], 1.0, 1e-9);
        }
        /* No trade-off either way; only the judged scenario is warned about it. */
        ck_assert_int_eq((int)out.count, n == 8 ? 1 : 0);
        diag_list_free(&out);
        explorer_free(e);
        fx_free(&fx);
    }
}
END_TEST

START_TEST(the_audit_counts_trade_offs_breaches_that_score_and_one_strike_endings)
{
    Fixture fx;
    fx_init(&fx);
    int end = chain(&fx, 8, true);
    /* s1: the best choice now costs principle c, which a defensible choice raises (a
     * trade-off: "fair" keeps more than half of the decision's value);
     * s2: a poor choice breaks a safeguard yet raises a; s2..s7: a poor choice ends the case (6 of the 16 poor choices: more than a third). */
    Scene *s1 = scenario_scene_mut(fx.sc, 0), *s2 = scenario_scene_mut(fx.sc, 1);
    fx_delta(&fx, &s1->choices[1], 2, 1);
    /* c's range becomes -5..+1, so s1's "+1 c" choice is worth two thirds of the best
     * one's lead over the worst: defensible, not a serious mistake. */
    fx_delta(&fx, &scenario_scene_mut(fx.sc, 2)->choices[0], 2, -5);
    s2->choices[0].violation = 0;
    s2->choices[0].deltas[0].delta = 1; /* a +1 where it was a -1 */
    int quit = fx_scene(&fx, "quit", true);
    for (int s = 1; s < 7; s++) {
        Scene *sp = scenario_scene_mut(fx.sc, s);
        for (int c = 0; c < 3; c++)
            if (sp->choices[c].text != (s % 3 == 0 ? LONG : s % 3 == 1 ? SHORT : MID)) {
                sp->choices[c].targets[0].scene = quit;
                break;
            }
    }
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    ck_assert_ptr_nonnull(e);
    AuditReport rep;
    DiagList out = {0};
    ck_assert_int_eq(audit_scenario(fx.sc, e, &rep, &out), 0);
    ck_assert_int_eq(rep.costly, 1);
    ck_assert_int_eq(rep.tradeoffs, 1);
    ck_assert_int_eq(rep.raising_breaches, 1);
    ck_assert_int_eq(rep.poor, 16);
    ck_assert_int_eq(rep.one_strike, 6);
    bool breach = false, strike = false, tradeoffs = false;
    for (size_t i = 0; i < out.count; i++) {
        const Diag *d = &out.items[i];
        breach |= d->line == s2->choices[0].line && strstr(d->message, "breaks safeguard 's1' yet raises 'a'");
        strike |= d->line == scenario_scene(fx.sc, quit)->line && strstr(d->message, "ending 'quit' follows at once "
                                                                                       "from 6 of the 16 poor choices");
        tradeoffs |= strstr(d->message, "only 1 of 8 decisions are real trade-offs") != NULL;
    }
    if (!(breach && strike && tradeoffs))
        for (size_t i = 0; i < out.count; i++)
            fprintf(stderr, "    got: %d: %s\n", out.items[i].line, out.items[i].message);
    ck_assert(breach && strike && tradeoffs);
    (void)end;
    diag_list_free(&out);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

/* The least restorative path must not score a principle at or above the middle of its
 * scale: here the worst choice of the only decision (worse on a and c) raises b. */
START_TEST(the_audit_warns_when_the_least_restorative_path_scores_a_principle_well)
{
    for (int raise = 0; raise < 2; raise++) {
        Fixture fx;
        fx_init(&fx);
        int start = fx_scene(&fx, "start", false), end = fx_scene(&fx, "end", true);
        Choice *good = fx_choice(&fx, start, "good", end), *bad = fx_choice(&fx, start, "bad", end);
        fx_delta(&fx, good, 0, 3);
        fx_delta(&fx, good, 2, 3);
        fx_delta(&fx, good, 1, raise ? 0 : 3);
        fx_delta(&fx, bad, 0, -3);
        fx_delta(&fx, bad, 2, -3);
        fx_delta(&fx, bad, 1, raise ? 3 : 0);
        Diag err;
        Explorer *e = explorer_run(fx.sc, 0, &err);
        ck_assert_ptr_nonnull(e);
        AuditReport rep;
        DiagList out = {0};
        ck_assert_int_eq(audit_scenario(fx.sc, e, &rep, &out), 0);
        ck_assert_int_eq(rep.worst_high, raise);
        bool named = false;
        for (size_t i = 0; i < out.count; i++)
            named |= strstr(out.items[i].message, "least restorative path") != NULL &&
                     strstr(out.items[i].message, "'b' 100 of 100") != NULL;
        ck_assert(named == (raise == 1));
        diag_list_free(&out);
        explorer_free(e);
        fx_free(&fx);
    }
}
END_TEST

START_TEST(naive_strategies_reach_the_top_band_only_when_the_form_gives_the_answer)
{
    for (int balanced = 0; balanced < 2; balanced++) {
        Fixture fx;
        fx_init(&fx);
        chain(&fx, 8, balanced);
        StrategyResult res[STRATEGY_COUNT];
        Diag err;
        diag_clear(&err);
        ck_assert_int_eq(strategy_run(fx.sc, 3, 10, res, &err), 0);
        for (int k = 0; k < STRATEGY_COUNT; k++) {
            ck_assert_int_eq(res[k].runs, 10);
            ck_assert_int_eq(res[k].completed, 10);
            bool top = !balanced && k == CUE_LONGEST;
            ck_assert_msg(res[k].topped == top, "%s: topped %d", strategy_name(k), res[k].topped);
        }
        if (!balanced) {
            const StrategyResult *r = &res[CUE_LONGEST];
            ck_assert_double_eq_tol(r->mean, 100, 1e-9);
            ck_assert_int_eq(r->bands[0], 10);
            ck_assert_uint_eq(r->top_seed, 3);
            ck_assert_str_eq(r->top_positions, "1,2,3,1,2,3,1,2");
            ck_assert_double_eq_tol(res[CUE_SHORTEST].best, 0, 1e-9);
        }
        fx_free(&fx);
    }
}
END_TEST

Suite *audit_suite(void)
{
    Suite *s = suite_create("audit");
    TCase *t = tcase_create("audit");
    tcase_add_test(t, cues_read_length_punctuation_and_restorative_words);
    tcase_add_test(t, the_audit_flags_a_best_choice_that_is_always_the_longest);
    tcase_add_test(t, the_audit_passes_balanced_choices_and_does_not_judge_small_scenarios);
    tcase_add_test(t, the_audit_counts_trade_offs_breaches_that_score_and_one_strike_endings);
    tcase_add_test(t, the_audit_warns_when_the_least_restorative_path_scores_a_principle_well);
    tcase_add_test(t, naive_strategies_reach_the_top_band_only_when_the_form_gives_the_answer);
    suite_add_tcase(s, t);
    return s;
}
