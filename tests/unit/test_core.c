/* Unit tests of the core: RNG, hashing, rubric bands, the session state machine, scoring. */
#include "fixture.h"
#include "suites.h"

#include "core/explorer.h"
#include "core/para.h"
#include "core/rng.h"
#include "core/score.h"
#include "core/session.h"
#include "core/sha256.h"
#include "core/utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

START_TEST(rng_same_seed_gives_same_sequence)
{
    Rng a, b, c;
    rng_seed(&a, 42);
    rng_seed(&b, 42);
    rng_seed(&c, 43);
    int differs = 0;
    for (int i = 0; i < 100; i++) {
        uint32_t x = rng_next(&a);
        ck_assert_uint_eq(x, rng_next(&b));
        differs += x != rng_next(&c);
    }
    ck_assert_int_gt(differs, 90);
}
END_TEST

START_TEST(rng_pick_follows_the_weights)
{
    Rng r;
    rng_seed(&r, 7);
    double w[2] = {3, 1};
    int first = 0;
    for (int i = 0; i < 10000; i++)
        first += rng_pick(&r, w, 2) == 0;
    ck_assert_int_gt(first, 7300);
    ck_assert_int_lt(first, 7700);
}
END_TEST

START_TEST(sha256_matches_the_standard_vectors)
{
    char hex[72];
    sha256_hex("", 0, hex);
    ck_assert_str_eq(hex, "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sha256_hex("abc", 3, hex);
    ck_assert_str_eq(hex, "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sha256_hex(two, strlen(two), hex);
    ck_assert_str_eq(hex, "sha256:248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}
END_TEST

START_TEST(a_broken_safeguard_keeps_an_attempt_out_of_the_top_band)
{
    Fixture fx;
    fx_init(&fx);
    ck_assert_str_eq(rubric_band_for(fx.rubric, 90, 0)->id, "top");
    ck_assert_str_eq(rubric_band_for(fx.rubric, 90, 1)->id, "mid");
    ck_assert_str_eq(rubric_band_for(fx.rubric, 60, 0)->id, "mid");
    ck_assert_str_eq(rubric_band_for(fx.rubric, 10, 2)->id, "low");
    /* A cap keeps it lower still. */
    ck_assert_int_eq(rubric_set_violation_cap(fx.rubric, "low"), 0);
    ck_assert_str_eq(rubric_band_for(fx.rubric, 90, 1)->id, "low");
    ck_assert_str_eq(rubric_band_for(fx.rubric, 90, 0)->id, "top");
    ck_assert_int_eq(rubric_set_violation_cap(fx.rubric, "nope"), -1);
    fx_free(&fx);
}
END_TEST

/* start -(go: a+2)-> middle -(finish: b+1)-> end */
static void linear(Fixture *fx)
{
    fx_init(fx);
    int start = fx_scene(fx, "start", false), middle = fx_scene(fx, "middle", false), end = fx_scene(fx, "end", true);
    fx_delta(fx, fx_choice(fx, start, "go", middle), 0, 2);
    fx_delta(fx, fx_choice(fx, middle, "finish", end), 1, 1);
}

START_TEST(session_walks_a_path_to_its_ending)
{
    Fixture fx;
    linear(&fx);
    Session *s = session_new(fx.sc, 1, 1000);
    Diag err;
    ck_assert_int_eq(session_status(s), SESSION_RUNNING);
    ck_assert_int_eq(session_available_count(s), 1);
    ck_assert_int_eq(session_choose(s, 0, 4000, &err), 0);
    ck_assert_int_eq(session_scene(s), 1);
    ck_assert_int_eq(session_choose(s, 0, 4500, &err), 0);
    ck_assert_int_eq(session_status(s), SESSION_ENDED);
    ck_assert_double_eq(session_totals(s)[0], 2);
    ck_assert_double_eq(session_totals(s)[1], 1);
    ck_assert_int_eq(session_decision_count(s), 2);
    ck_assert_int_eq(session_decision(s, 0)->taken_ms, 3000);
    ck_assert_int_eq(session_decision(s, 1)->taken_ms, 500);
    ck_assert_int_eq(session_ended_ms(s), 4500);
    ck_assert_int_eq(session_choose(s, 0, 5000, &err), -1);
    session_free(s);
    fx_free(&fx);
}
END_TEST

static int is_ready(const VarSet *v) { return v->v[0].as.b; }
static void make_ready(VarSet *v) { v->v[0].as.b = true; }

START_TEST(a_condition_hides_a_choice_until_an_effect_makes_it_true)
{
    Fixture fx;
    fx_init(&fx);
    fx_var_bool(&fx, "ready", false);
    int start = fx_scene(&fx, "start", false), end = fx_scene(&fx, "end", true);
    fx_when(&fx, fx_choice(&fx, start, "leave", end), is_ready);
    fx_effect(&fx, fx_choice(&fx, start, "prepare", start), make_ready);
    Session *s = session_new(fx.sc, 1, 0);
    Diag err;
    ck_assert_int_eq(session_available_count(s), 1);
    ck_assert_int_eq(session_available(s, 0), 1);
    ck_assert_int_eq(session_choose(s, 0, 1, &err), -1); /* "leave" is hidden */
    ck_assert_int_eq(session_decision_count(s), 0);
    ck_assert_int_eq(session_choose(s, 1, 1, &err), 0);
    ck_assert_int_eq(session_available_count(s), 2);
    ck_assert_int_eq(session_choose(s, 0, 2, &err), 0);
    ck_assert_int_eq(session_status(s), SESSION_ENDED);
    session_free(s);
    fx_free(&fx);
}
END_TEST

START_TEST(a_chance_choice_replays_the_same_with_the_same_seed)
{
    Fixture fx;
    fx_init(&fx);
    int start = fx_scene(&fx, "start", false), yes = fx_scene(&fx, "yes", true), no = fx_scene(&fx, "no", true);
    fx_chance(&fx, fx_choice(&fx, start, "ask", yes), no, 1, 1);
    int seen[2] = {0, 0};
    Diag err;
    for (uint64_t seed = 0; seed < 64; seed++) {
        Session *a = session_new(fx.sc, seed, 0), *b = session_new(fx.sc, seed, 0);
        session_choose(a, 0, 1, &err);
        session_choose(b, 0, 1, &err);
        ck_assert_int_eq(session_scene(a), session_scene(b));
        seen[session_scene(a) == yes ? 0 : 1]++;
        session_free(a);
        session_free(b);
    }
    ck_assert_int_gt(seen[0], 10);
    ck_assert_int_gt(seen[1], 10);
    fx_free(&fx);
}
END_TEST

START_TEST(undo_steps_back_one_decision_and_keeps_the_chance_draw)
{
    Fixture fx;
    fx_init(&fx);
    int start = fx_scene(&fx, "start", false), mid = fx_scene(&fx, "mid", false);
    int alt = fx_scene(&fx, "alt", false), end = fx_scene(&fx, "end", true);
    Choice *c = fx_choice(&fx, start, "roll", mid);
    fx_chance(&fx, c, alt, 1, 1);
    fx_delta(&fx, c, 0, 1);
    fx_delta(&fx, fx_choice(&fx, mid, "m", end), 1, 5);
    fx_delta(&fx, fx_choice(&fx, alt, "a", end), 1, 7);
    Session *s = session_new(fx.sc, 99, 0);
    Diag err;
    session_choose(s, 0, 10, &err);
    int after_roll = session_scene(s);
    session_choose(s, 0, 20, &err);
    ck_assert_int_eq(session_status(s), SESSION_ENDED);
    ck_assert_int_eq(session_undo(s, 30), 0);
    ck_assert_int_eq(session_status(s), SESSION_RUNNING);
    ck_assert_int_eq(session_scene(s), after_roll);
    ck_assert_int_eq(session_decision_count(s), 1);
    ck_assert_double_eq(session_totals(s)[0], 1);
    ck_assert_double_eq(session_totals(s)[1], 0);
    session_free(s);
    fx_free(&fx);
}
END_TEST

START_TEST(undo_is_recorded_with_what_was_undone_and_when)
{
    Fixture fx;
    fx_init(&fx);
    int start = fx_scene(&fx, "start", false), mid = fx_scene(&fx, "mid", false);
    int end = fx_scene(&fx, "end", true);
    fx_choice(&fx, start, "go", mid);
    fx_choice(&fx, mid, "stay", mid);
    fx_choice(&fx, mid, "leave", end);
    Session *s = session_new(fx.sc, 1, 0);
    Diag err;
    ck_assert_int_eq(session_undo(s, 5), -1); /* nothing to undo: nothing recorded */
    ck_assert_int_eq(session_stepback_count(s), 0);
    session_choose(s, 0, 10, &err);
    session_choose(s, 0, 20, &err);
    session_choose(s, 1, 30, &err);
    ck_assert_int_eq(session_undo(s, 40), 0);
    ck_assert_int_eq(session_undo(s, 50), 0);
    session_choose(s, 1, 60, &err);
    ck_assert_int_eq(session_status(s), SESSION_ENDED);
    ck_assert_int_eq(session_decision_count(s), 2);
    ck_assert_int_eq(session_stepback_count(s), 2);
    const StepBack *a = session_stepback(s, 0), *b = session_stepback(s, 1);
    ck_assert_int_eq(a->decision, 2);
    ck_assert_int_eq(a->scene, mid);
    ck_assert_int_eq(a->choice, 1);
    ck_assert_int_eq(a->at_ms, 40);
    ck_assert_int_eq(b->decision, 1);
    ck_assert_int_eq(b->scene, mid);
    ck_assert_int_eq(b->choice, 0);
    ck_assert_int_eq(b->at_ms, 50);
    ck_assert_ptr_null(session_stepback(s, 2));
    ck_assert_ptr_null(session_stepback(s, -1));
    session_free(s);
    fx_free(&fx);
}
END_TEST

static int never(const VarSet *v) { (void)v; return 0; }

START_TEST(a_scene_with_no_available_choice_stops_the_session_with_an_error)
{
    Fixture fx;
    fx_init(&fx);
    int start = fx_scene(&fx, "start", false), end = fx_scene(&fx, "end", true);
    fx_when(&fx, fx_choice(&fx, start, "x", end), never);
    Session *s = session_new(fx.sc, 1, 0);
    ck_assert_int_eq(session_status(s), SESSION_FAILED);
    ck_assert_ptr_nonnull(strstr(session_error(s)->message, "dead end"));
    ck_assert_str_eq(session_error(s)->file, "fixture.lua");
    session_free(s);
    fx_free(&fx);
}
END_TEST

START_TEST(a_violation_is_recorded_with_its_decision)
{
    Fixture fx;
    linear(&fx);
    scenario_scene_mut(fx.sc, 1)->choices[0].violation = 0;
    Session *s = session_new(fx.sc, 1, 0);
    Diag err;
    session_choose(s, 0, 1, &err);
    session_choose(s, 0, 2, &err);
    int decision = -1;
    ck_assert_int_eq(session_violation_count(s), 1);
    ck_assert_int_eq(session_violation(s, 0, &decision), 0);
    ck_assert_int_eq(decision, 1);
    session_free(s);
    fx_free(&fx);
}
END_TEST

START_TEST(a_score_is_the_share_of_what_the_decisions_could_win)
{
    Fixture fx;
    fx_init(&fx);
    int start = fx_scene(&fx, "start", false), end = fx_scene(&fx, "end", true);
    fx_delta(&fx, fx_choice(&fx, start, "low", end), 0, -2);
    fx_delta(&fx, fx_choice(&fx, start, "mid", end), 0, 1);
    fx_delta(&fx, fx_choice(&fx, start, "high", end), 0, 2);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    ck_assert_ptr_nonnull(e);
    Session *s = session_new(fx.sc, 1, 0);
    ck_assert_int_eq(session_choose(s, 1, 1, &err), 0);
    ScoreCard card;
    score_session(&card, s, e);
    /* "mid" gains 3 of the 4 points the decision could move: 75, and the total (1) sits
     * at three quarters of the way from what "low" gave (-2) to what "high" gave (2). */
    ck_assert(card.p[0].measured);
    ck_assert(!card.p[1].measured);
    ck_assert_double_eq_tol(card.p[0].score, 75, 1e-9);
    ck_assert_double_eq_tol(card.p[0].total, 1, 1e-9);
    ck_assert_double_eq_tol(card.p[0].min, -2, 1e-9);
    ck_assert_double_eq_tol(card.p[0].max, 2, 1e-9);
    ck_assert_int_eq(card.measured, 1);
    ck_assert_double_eq_tol(card.overall, 75, 1e-9);
    ck_assert_str_eq(card.band->id, "mid");
    session_free(s);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

/* A principle the path's decisions move by less than SCORE_MIN_REACH is not measured:
 * not 0, not 100. The overall score still counts the decision. */
START_TEST(a_principle_moved_too_little_on_the_path_is_not_measured)
{
    Fixture fx;
    fx_init(&fx);
    int start = fx_scene(&fx, "start", false), end = fx_scene(&fx, "end", true);
    Choice *a = fx_choice(&fx, start, "a", end), *b = fx_choice(&fx, start, "b", end);
    fx_delta(&fx, a, 0, 1);
    fx_delta(&fx, b, 0, 0);
    fx_delta(&fx, b, 1, 3);
    Diag err;
    Explorer *e = explorer_run(fx.sc, 0, &err);
    ck_assert_ptr_nonnull(e);
    Session *s = session_new(fx.sc, 1, 0);
    ck_assert_int_eq(session_choose(s, 0, 1, &err), 0);
    ScoreCard card;
    score_session(&card, s, e);
    ck_assert(!card.p[0].measured); /* reach 1 */
    ck_assert_double_eq(card.p[0].score, 0);
    ck_assert_double_eq(card.p[0].total, 1);
    ck_assert(card.p[1].measured);  /* reach 3 */
    ck_assert_double_eq_tol(card.p[1].score, 0, 1e-9);
    ck_assert_int_eq(card.measured, 1);
    /* Each principle's full range is worth 50 points, so "a" (all of principle 0's) and
     * "b" (all of principle 1's) tie: both are best, and "a" gives up nothing. */
    ck_assert_double_eq_tol(card.overall, 100, 1e-9);
    session_free(s);
    explorer_free(e);
    fx_free(&fx);
}
END_TEST

/* Nine best choices and one that gives up everything at its decision: 90 overall, but a
 * serious mistake keeps the attempt out of the top band; half credit does not. */
START_TEST(a_serious_mistake_keeps_an_attempt_out_of_the_top_band)
{
    for (int half = 0; half < 2; half++) {
        Fixture fx;
        fx_init(&fx);
        int scenes[11];
        for (int i = 0; i < 10; i++) {
            char id[16];
            snprintf(id, sizeof id, "s%d", i);
            scenes[i] = fx_scene(&fx, id, false);
        }
        scenes[10] = fx_scene(&fx, "end", true);
        for (int i = 0; i < 10; i++) {
            fx_delta(&fx, fx_choice(&fx, scenes[i], "good", scenes[i + 1]), 0, 2);
            fx_delta(&fx, fx_choice(&fx, scenes[i], "fair", scenes[i + 1]), 0, 1);
            fx_delta(&fx, fx_choice(&fx, scenes[i], "poor", scenes[i + 1]), 0, 0);
        }
        Diag err;
        Explorer *e = explorer_run(fx.sc, 0, &err);
        ck_assert_ptr_nonnull(e);
        Session *s = session_new(fx.sc, 1, 0);
        for (int i = 0; i < 10; i++)
            ck_assert_int_eq(session_choose(s, i == 4 ? (half ? 1 : 2) : 0, i + 1, &err), 0);
        ScoreCard card;
        score_session(&card, s, e);
        ck_assert_int_eq(card.counted, 10);
        ck_assert_int_eq(card.serious, half ? 0 : 1);
        ck_assert_double_eq_tol(card.overall, half ? 95 : 90, 1e-9);
        ck_assert_str_eq(card.band->id, half ? "top" : "mid");
        session_free(s);
        explorer_free(e);
        fx_free(&fx);
    }
}
END_TEST

START_TEST(text_splits_into_paragraphs_at_blank_lines)
{
    const char *text = "\n  First line\nstill first.  \n \t \nSecond.\n\n\n\tThird\n";
    const char *start, *p = text;
    size_t len;
    const char *want[3] = {"First line\nstill first.", "Second.", "Third"};
    for (int i = 0; i < 3; i++) {
        p = para_next(p, &start, &len);
        ck_assert_ptr_nonnull(p);
        ck_assert_uint_eq(len, strlen(want[i]));
        ck_assert_int_eq(strncmp(start, want[i], len), 0);
    }
    ck_assert_ptr_null(para_next(p, &start, &len));
    ck_assert_ptr_null(para_next("  \n\t\n", &start, &len));
}
END_TEST

START_TEST(utf8_decodes_strictly)
{
    unsigned long cp = 7;
    ck_assert_uint_eq(utf8_decode("A", SIZE_MAX, &cp), 1);
    ck_assert_uint_eq(cp, 'A');
    ck_assert_uint_eq(utf8_decode("\xc3\xa9", SIZE_MAX, &cp), 2); /* é */
    ck_assert_uint_eq(cp, 0xe9);
    ck_assert_uint_eq(utf8_decode("\xe2\x82\xac", SIZE_MAX, &cp), 3); /* € */
    ck_assert_uint_eq(cp, 0x20ac);
    ck_assert_uint_eq(utf8_decode("\xf0\x9f\x98\x80", SIZE_MAX, &cp), 4); /* U+1F600 */
    ck_assert_uint_eq(cp, 0x1f600);
    cp = 7;
    ck_assert_uint_eq(utf8_decode("\xc0\x80", SIZE_MAX, &cp), 0);         /* overlong NUL */
    ck_assert_uint_eq(utf8_decode("\xe0\x80\xaf", SIZE_MAX, &cp), 0);     /* overlong '/' */
    ck_assert_uint_eq(utf8_decode("\xed\xa0\x80", SIZE_MAX, &cp), 0);     /* a surrogate */
    ck_assert_uint_eq(utf8_decode("\xf4\x90\x80\x80", SIZE_MAX, &cp), 0); /* past U+10FFFF */
    ck_assert_uint_eq(utf8_decode("\x80", SIZE_MAX, &cp), 0);             /* a lone continuation */
    ck_assert_uint_eq(utf8_decode("\xe2\x82", SIZE_MAX, &cp), 0);         /* cut by the NUL */
    ck_assert_uint_eq(utf8_decode("\xe2\x82\xac", 2, &cp), 0);          /* cut by avail */
    ck_assert_uint_eq(cp, 7);
}
END_TEST

START_TEST(utf8_clean_shows_controls_and_bad_bytes_as_question_marks)
{
    char s[64] = "a\x1b[2J\x07\x7f\xc2\x9b" "b\tc\nd\xff\xc3\xa9\xe2\x80\xa8";
    char t[64];
    memcpy(t, s, sizeof t);
    ck_assert_str_eq(utf8_clean(s, true), "a?[2J???b\tc\nd?\xc3\xa9\xe2\x80\xa8");
    ck_assert_str_eq(utf8_clean(t, false), "a?[2J???b?c?d?\xc3\xa9\xe2\x80\xa8");
}
END_TEST

START_TEST(a_formatted_diagnostic_never_carries_a_control_character)
{
    Diag d;
    char buf[256];
    diag_error(&d, "evil\x1b[2J\nname.lua", 3, "bad \x07thing\nsecond line");
    /* In the file name a newline is a '?' too (it would forge a line); a message keeps its
     * line breaks. */
    ck_assert_str_eq(diag_format(&d, buf, sizeof buf), "evil?[2J?name.lua:3: error: bad ?thing\nsecond line");
}
END_TEST

Suite *core_suite(void)
{
    Suite *s = suite_create("core");
    TCase *t = tcase_create("core");
    tcase_add_test(t, rng_same_seed_gives_same_sequence);
    tcase_add_test(t, rng_pick_follows_the_weights);
    tcase_add_test(t, sha256_matches_the_standard_vectors);
    tcase_add_test(t, a_broken_safeguard_keeps_an_attempt_out_of_the_top_band);
    tcase_add_test(t, session_walks_a_path_to_its_ending);
    tcase_add_test(t, a_condition_hides_a_choice_until_an_effect_makes_it_true);
    tcase_add_test(t, a_chance_choice_replays_the_same_with_the_same_seed);
    tcase_add_test(t, undo_steps_back_one_decision_and_keeps_the_chance_draw);
    tcase_add_test(t, undo_is_recorded_with_what_was_undone_and_when);
    tcase_add_test(t, a_scene_with_no_available_choice_stops_the_session_with_an_error);
    tcase_add_test(t, a_violation_is_recorded_with_its_decision);
    tcase_add_test(t, a_score_is_the_share_of_what_the_decisions_could_win);
    tcase_add_test(t, a_principle_moved_too_little_on_the_path_is_not_measured);
    tcase_add_test(t, a_serious_mistake_keeps_an_attempt_out_of_the_top_band);
    tcase_add_test(t, text_splits_into_paragraphs_at_blank_lines);
    tcase_add_test(t, utf8_decodes_strictly);
    tcase_add_test(t, utf8_clean_shows_controls_and_bad_bytes_as_question_marks);
    tcase_add_test(t, a_formatted_diagnostic_never_carries_a_control_character);
    suite_add_tcase(s, t);
    return s;
}
