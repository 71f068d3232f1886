/* Tests for engine/journal/report_*.c: the report as text, CSV, JSON and HTML. */
#include "core/report.h"
#include "journal/report_format.h"
#include "suites.h"
#include "test_journal_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define T0 1795000000000LL /* 2026-11-18 11:06:40 UTC */

/* Two trainees; one of them with a name a spreadsheet or a browser would misread. */
static Report *small_report(const char *odd_name)
{
    Attempt a[3];
    jt_make_attempt(&a[0], 1, "Ana", "alpha", T0, 62.5);
    jt_add_score(&a[0], "voice", 62.5, true);
    jt_add_decision(&a[0], "door", "wait", "wait", NULL);
    jt_make_attempt(&a[1], 2, odd_name, "alpha", T0 + 1000, 25);
    jt_add_score(&a[1], "voice", 25, true);
    jt_add_decision(&a[1], "door", "kick", "wait", "forced_entry");
    jt_make_attempt(&a[2], 3, odd_name, "alpha", T0 + 2000, 0);
    jt_set_status(&a[2], ATTEMPT_ABANDONED);
    Report *r = report_new();
    for (int i = 0; i < 3; i++) {
        ck_assert_int_eq(report_add(r, &a[i], i == 1 ? "logs/b, \"quoted\".json" : "logs/a.json",
                                    0), 0);
        attempt_free(&a[i]);
    }
    ck_assert_int_eq(report_finish(r), 0);
    return r;
}

typedef int (*Writer)(FILE *, const ReportPart *, int, const ReportFormat *, Diag *);

/* What writer produces for the parts; the caller frees it. */
static char *written_parts(Writer w, const ReportPart *parts, int n, const ReportFormat *f)
{
    char *buf = NULL;
    size_t len = 0;
    Diag err;
    FILE *out = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(out);
    diag_clear(&err);
    ck_assert_msg(w(out, parts, n, f, &err) == 0, "%s", err.message);
    fclose(out);
    return buf;
}

/* What writer produces for r as one part of every mode (--mode all). */
static char *written(Writer w, const Report *r, const ReportFormat *f)
{
    return written_parts(w, &(ReportPart){ NULL, r }, 1, f);
}

START_TEST(csv_trainees_table_is_exact)
{
    Report *r = small_report("Ben");
    ReportFormat f = { 0 };
    char *csv = written(report_csv_write, r, &f);
    ck_assert_str_eq(csv,
        "mode,trainee,attempts,completed,scenarios_tried,scenarios_done,safeguards_broken,"
        "first_utc,last_utc,overall_latest,overall_best,voice_latest,voice_best\n"
        "all,Ana,1,1,1,1,0,2026-11-18 11:06:40,2026-11-18 11:06:40,62.50,62.50,62.50,62.50\n"
        "all,Ben,2,1,1,1,1,2026-11-18 11:06:41,2026-11-18 11:06:42,25,25,25,25\n");
    free(csv);
    report_free(r);
}
END_TEST

START_TEST(csv_quotes_text_and_defuses_formulas)
{
    Report *r = small_report("=HYPERLINK(\"http://x\")");
    ReportFormat f = { .table = "attempts" };
    char *csv = written(report_csv_write, r, &f);
    ck_assert_msg(strstr(csv, "\n\"logs/b, \"\"quoted\"\".json\",00000000-0000-4000-8000-"
                              "000000000002,\"'=HYPERLINK(\"\"http://x\"\")\",alpha,practice,"
                              "completed,") != NULL, "%s", csv);
    ck_assert_ptr_nonnull(strstr(csv, ",abandoned,2026-11-18 11:06:42,2026-11-18 11:07:42,"
                                      ",,,0,0,0,no,0\n"));
    free(csv);
    f.table = "decisions";
    csv = written(report_csv_write, r, &f);
    ck_assert_str_eq(csv, "mode,scenario,scene_id,scene_title,step,taken,rated,off_best,trainees,"
                          "trainees_off,choice_id,choice_text,best,choice_count,choice_off_best\n"
                          "all,alpha,door,door,1,2,2,1,2,1,kick,Text of kick,no,1,1\n"
                          "all,alpha,door,door,1,2,2,1,2,1,wait,Text of wait,yes,1,0\n");
    free(csv);
    FILE *out = fopen("/dev/null", "w");
    Diag err;
    f.table = "people";
    ck_assert_int_eq(report_csv_write(out, &(ReportPart){ NULL, r }, 1, &f, &err), -1);
    ck_assert_str_eq(err.message, "there is no table 'people'; choose trainees, scenarios, "
                                  "decisions, principles or attempts");
    ck_assert(report_csv_has_table("principles"));
    ck_assert(!report_csv_has_table(NULL));
    fclose(out);
    report_free(r);
}
END_TEST

START_TEST(json_holds_every_section_with_rounded_figures)
{
    Report *r = small_report("Ben");
    ScanFilter filter = { .trainee = "Ben", .until_ms = T0 + 86400000 };
    ReportFormat f = { .filter = &filter };
    char *json = written(report_json_write, r, &f);
    const char *want[] = {
        "\"report_version\":\t2", "\"mode\":\t\"all\"",
        "\"step_backs\":\t0", "\"generated_at\":\tnull", "\"trainee\":\t\"Ben\"",
        "\"until\":\t\"2026-11-19T11:06:39.999Z\"", "\"files\":\t3", "\"skipped\":\t[]",
        "\"attempts\":\t3", "\"completed\":\t2", "\"mean\":\t43.75", "\"sd\":\t18.75",
        "\"histogram\":\t[0, 0, 1, 0, 0, 0, 1, 0, 0, 0]", "\"hard_decisions\":\t[]",
        "\"trainees_weak\":\t1", "\"scenario_changed\":\tfalse", "\"overall\":\tnull",
        "\"status\":\t\"abandoned\"", "\"best\":\ttrue", "\"name\":\t\"forced_entry\"",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        ck_assert_msg(strstr(json, want[i]) != NULL, "no %s", want[i]);
    free(json);
    report_free(r);
}
END_TEST

START_TEST(html_is_self_contained_and_escapes_what_logs_say)
{
    Report *r = small_report("<script>alert('x')</script> & Co");
    char path[] = "logs/<b>.json", message[] = "logs/<b>.json: invalid JSON";
    ScanNote skipped = { path, "invalid", message };
    ScanSummary sum = { 4, 3, 0, &skipped, 1, NULL, 0 };
    ReportFormat f = { .scan = &sum, .now_ms = T0 };
    char *html = written(report_html_write, r, &f);
    const char *want[] = {
        "<!DOCTYPE html>", "Content-Security-Policy\" content=\"default-src 'none'",
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co", "<svg class=\"chart\"",
        "logs/&lt;b&gt;.json</td><td>invalid JSON</td>", "Made 2026-11-18 11:06 UTC",
        "</html>\n",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        ck_assert_msg(strstr(html, want[i]) != NULL, "no %s", want[i]);
    const char *never[] = { "<script", "<img", "<link", "src=", "url(", "@import", "<b>.json" };
    for (size_t i = 0; i < sizeof never / sizeof never[0]; i++)
        ck_assert_msg(strstr(html, never[i]) == NULL, "found %s", never[i]);
    free(html);
    report_free(r);
}
END_TEST

START_TEST(text_report_shows_tables_and_hides_control_characters)
{
    Report *r = small_report("Ben\x1b[31m");
    ReportFormat f = { .width = 80 };
    char *text = written(report_text_write, r, &f);
    const char *want[] = {
        "rjsim report: 3 attempts by 2 trainees on 1 scenario, 2026-11-18 to 2026-11-18\n",
        "Principles across the cohort, weakest first\n",
        "  voice                                   2  43.8  18.8    25    62     1 (50%)\n",
        "  Ben?[31m                    2         1       1/1         25     25          1\n",
        "  None: at every decision, at least half the trainees kept to the best path.\n",
        "      *    1  off    0  Text of wait\n",
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        ck_assert_msg(strstr(text, want[i]) != NULL, "no '%s'", want[i]);
    ck_assert_ptr_null(strchr(text, '\x1b'));
    free(text);
    report_free(r);
}
END_TEST

START_TEST(parts_keep_assessment_apart_from_practice_and_count_step_backs)
{
    Attempt a[2];
    jt_make_attempt(&a[0], 1, "Ana", "alpha", T0, 40);
    free(a[0].mode);
    a[0].mode = jt_copy("assessment");
    jt_add_score(&a[0], "voice", 40, true);
    jt_make_attempt(&a[1], 2, "Ana", "alpha", T0 + 1000, 90);
    jt_add_score(&a[1], "voice", 90, true);
    a[1].stepbacks = calloc(3, sizeof *a[1].stepbacks);
    for (int i = 0; i < 3; i++)
        a[1].stepbacks[i] = (AttemptStepBack){ 0, jt_copy("door"), jt_copy("kick"), T0 + 500 };
    a[1].nstepbacks = 3;
    Report *as = report_new(), *pr = report_new();
    ck_assert_int_eq(report_add(as, &a[0], "logs/a.json", 0), 0);
    ck_assert_int_eq(report_add(pr, &a[1], "logs/p.json", 0), 0);
    ck_assert_int_eq(report_finish(as), 0);
    ck_assert_int_eq(report_finish(pr), 0);
    ReportPart parts[2] = { { "assessment", as }, { "practice", pr } };
    ReportFormat f = { .width = 80 };

    char *text = written_parts(report_text_write, parts, 2, &f);
    const char *as_at = strstr(text, "\n\nAssessment attempts\n###################\n1 attempt by 1 "
                                     "trainee on 1 scenario, 2026-11-18 to 2026-11-18\n");
    const char *pr_at = strstr(text, "\n\nPractice attempts\n#################\n1 attempt by 1 "
                                     "trainee on 1 scenario, 2026-11-18 to 2026-11-18; 3 "
                                     "step-backs\n");
    ck_assert_msg(as_at && pr_at && as_at < pr_at, "%s", text);
    ck_assert_ptr_nonnull(strstr(text, "rjsim report: 1 assessment attempt, 1 practice attempt\n"));
    /* the assessment part's principle figures are its own attempt's: 40, never 90 */
    const char *as_voice = strstr(as_at, "  voice                                   1  40.0   0.0    40    40 ");
    const char *pr_voice = strstr(as_at, "  voice                                   1  90.0   0.0    90    90 ");
    ck_assert_msg(as_voice && as_voice < pr_at && pr_voice > pr_at, "%s", text);
    free(text);

    f.table = "trainees";
    char *csv = written_parts(report_csv_write, parts, 2, &f);
    ck_assert_str_eq(csv,
        "mode,trainee,attempts,completed,scenarios_tried,scenarios_done,safeguards_broken,"
        "first_utc,last_utc,overall_latest,overall_best,voice_latest,voice_best\n"
        "assessment,Ana,1,1,1,1,0,2026-11-18 11:06:40,2026-11-18 11:06:40,40,40,40,40\n"
        "practice,Ana,1,1,1,1,0,2026-11-18 11:06:41,2026-11-18 11:06:41,90,90,90,90\n");
    free(csv);
    f.table = "attempts";
    csv = written_parts(report_csv_write, parts, 2, &f);
    ck_assert_msg(strstr(csv, ",scenario_changed,step_backs\n") && strstr(csv, ",assessment,") &&
                  strstr(csv, ",no,0\nlogs/p.json,") && strstr(csv, ",practice,completed,") &&
                  strstr(csv, ",no,3\n"), "%s", csv);
    free(csv);

    char *json = written_parts(report_json_write, parts, 2, &f);
    const char *s0 = strstr(json, "\"sections\":\t[{\n\t\t\t\"mode\":\t\"assessment\"");
    const char *s1 = strstr(json, "\"mode\":\t\"practice\"");
    ck_assert_msg(s0 && s1 && s0 < s1 && strstr(s1, "\"step_backs\":\t3"), "%s", json);
    free(json);

    char *html = written_parts(report_html_write, parts, 2, &f);
    const char *want[] = { "id=\"part-assessment\">Assessment attempts</h1>",
                           "id=\"part-practice\">Practice attempts</h1>",
                           "<section id=\"assessment-principles\">",
                           "<section id=\"practice-principles\">",
                           "<section id=\"practice-scenarios\">", "<b>3</b>step-backs" };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        ck_assert_msg(strstr(html, want[i]) != NULL, "no %s", want[i]);
    ck_assert_ptr_null(strstr(html, "<section id=\"principles\">"));
    free(html);
    attempt_free(&a[0]), attempt_free(&a[1]);
    report_free(as), report_free(pr);
}
END_TEST

static const char *always(void *ctx, const char *scenario_id, const char *choice_id)
{
    (void)ctx, (void)scenario_id;
    return strcmp(choice_id, "ask") == 0 ? "Ask what she needs" : NULL;
}

START_TEST(choices_that_read_the_same_are_shown_once)
{
    Attempt a[2];
    jt_make_attempt(&a[0], 1, "Ana", "s", T0, 50);
    jt_add_decision(&a[0], "talk", "listen", "listen,ask", NULL);
    jt_make_attempt(&a[1], 2, "Ben", "s", T0, 50);
    jt_add_decision(&a[1], "talk", "listen-late", "ask", NULL);
    free(a[1].decisions[0].choice_text);
    a[1].decisions[0].choice_text = jt_copy("Text of listen"); /* a variant, same words */
    Report *r = report_new();
    report_add(r, &a[0], NULL, 0), report_add(r, &a[1], NULL, 0), report_finish(r);
    ReportFormat f = { .choice_text = always };
    const ReportScenario *s = report_scenario(r, 0);
    int n;
    ReportChoice *c = report_format_choices(&f, s, &s->decisions[0], &n);
    ck_assert_int_eq(n, 2);
    ck_assert_str_eq(c[0].text, "Text of listen");
    ck_assert_int_eq(c[0].count, 2);
    ck_assert_int_eq(c[0].off_best, 1);
    ck_assert(c[0].best);
    ck_assert_str_eq(c[1].text, "Ask what she needs");
    ck_assert_ptr_eq(report_format_best(c, n), &c[0]);
    ck_assert_ptr_eq(report_format_miss(c, n), &c[0]);
    free(c);
    report_free(r);
    attempt_free(&a[0]), attempt_free(&a[1]);
}
END_TEST

TCase *report_format_tcase(void)
{
    TCase *tc = tcase_create("formats");
    tcase_add_test(tc, csv_trainees_table_is_exact);
    tcase_add_test(tc, csv_quotes_text_and_defuses_formulas);
    tcase_add_test(tc, json_holds_every_section_with_rounded_figures);
    tcase_add_test(tc, html_is_self_contained_and_escapes_what_logs_say);
    tcase_add_test(tc, text_report_shows_tables_and_hides_control_characters);
    tcase_add_test(tc, choices_that_read_the_same_are_shown_once);
    tcase_add_test(tc, parts_keep_assessment_apart_from_practice_and_count_step_backs);
    return tc;
}
