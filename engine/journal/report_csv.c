/* report_csv: one table of the report as CSV (RFC 4180 quoting, UTF-8, a header row).
 * Text that a spreadsheet would run as a formula (starting with = + - @ or a tab) gets a
 * leading apostrophe: a trainee's name is data, never a formula. */
#include "report_format.h"

#include <string.h>
#include <time.h>

static const char *const tables[] = { "trainees", "scenarios", "decisions", "principles",
                                      "attempts" };

bool report_csv_has_table(const char *name)
{
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        if (name && strcmp(name, tables[i]) == 0)
            return true;
    return false;
}

/* A text field, after a comma unless first. */
static void text(FILE *out, const char *s, bool first)
{
    if (!first)
        fputc(',', out);
    s = s ? s : "";
    bool quote = strpbrk(s, ",\"\r\n") != NULL, formula = s[0] && strchr("=+-@\t\r", s[0]);
    if (quote || formula)
        fputc('"', out);
    if (formula)
        fputc('\'', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    if (quote || formula)
        fputc('"', out);
}

/* A number: whole numbers without decimals, others with two; empty when absent. */
static void num(FILE *out, bool have, double v)
{
    if (!have)
        fputs(",", out);
    else if (v == (double)(long long)v)
        fprintf(out, ",%lld", (long long)v);
    else
        fprintf(out, ",%.2f", v);
}

/* A time as "2026-11-21 09:21:07" in UTC (the column names say so): what spreadsheets read
 * as a date and time. Empty when ms is 0. */
static void when(FILE *out, int64_t ms)
{
    time_t t = (time_t)((ms >= 0 ? ms : ms - 999) / 1000);
    struct tm tm;
    if (ms && gmtime_r(&t, &tm))
        fprintf(out, ",%04d-%02d-%02d %02d:%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    else
        fputc(',', out);
}

/* The principles of every part, in the order they first appear: the per-principle
 * columns are the same in every row whichever part it comes from. */
typedef struct Cols {
    const char *id[3 * REPORT_MAX_PRINCIPLES];
    int n;
} Cols;

static void cols_add(Cols *c, const Report *r)
{
    for (int p = 0; p < report_principle_count(r); p++) {
        const char *id = report_principle(r, p)->id;
        int k = 0;
        while (k < c->n && strcmp(c->id[k], id) != 0)
            k++;
        if (k == c->n && c->n < (int)(sizeof c->id / sizeof c->id[0]))
            c->id[c->n++] = id;
    }
}

/* Index of principle id in r, or -1 when r has no such principle. */
static int principle_in(const Report *r, const char *id)
{
    for (int p = 0; p < report_principle_count(r); p++)
        if (strcmp(report_principle(r, p)->id, id) == 0)
            return p;
    return -1;
}

static void header(FILE *out, const char *cols, const Cols *c, const char *const *per, int nper)
{
    fputs("mode,", out);
    fputs(cols, out);
    for (int p = 0; p < c->n; p++)
        for (int k = 0; k < nper; k++) {
            char name[160];
            snprintf(name, sizeof name, "%s_%s", c->id[p], per[k]);
            text(out, name, false);
        }
    fputc('\n', out);
}

static void trainees(FILE *out, const ReportPart *part, const Cols *c)
{
    const Report *r = part->r;
    for (int i = 0; i < report_trainee_count(r); i++) {
        const ReportTrainee *t = report_trainee(r, i);
        text(out, report_format_mode(part), true), text(out, t->name, false);
        num(out, true, t->attempts), num(out, true, t->completed);
        num(out, true, t->scenarios_tried), num(out, true, t->scenarios_done);
        num(out, true, t->violations);
        when(out, t->first_ms), when(out, t->last_ms);
        num(out, t->overall.scored, t->overall.latest);
        num(out, t->overall.scored, t->overall.best);
        for (int k = 0; k < c->n; k++) {
            int p = principle_in(r, c->id[k]);
            const ReportMark *m = p >= 0 ? &t->principles[p] : NULL;
            num(out, m && m->scored, m ? m->latest : 0), num(out, m && m->scored, m ? m->best : 0);
        }
        fputc('\n', out);
    }
}

static void stats(FILE *out, const ReportStats *s)
{
    num(out, true, s->n);
    num(out, s->n, s->mean), num(out, s->n, s->sd), num(out, s->n, s->min);
    num(out, s->n, s->max), num(out, true, s->weak);
}

static void scenarios(FILE *out, const ReportPart *part, const Cols *c)
{
    const Report *r = part->r;
    for (int i = 0; i < report_scenario_count(r); i++) {
        const ReportScenario *s = report_scenario(r, i);
        text(out, report_format_mode(part), true);
        text(out, s->id, false), text(out, s->title, false);
        num(out, true, s->attempts), num(out, true, s->completed);
        num(out, true, s->unfinished), num(out, true, s->errors);
        num(out, true, s->changed), num(out, true, s->trainees);
        stats(out, &s->overall);
        for (int k = 0; k < c->n; k++) {
            int p = principle_in(r, c->id[k]);
            num(out, p >= 0 && s->principles[p].n, p >= 0 ? s->principles[p].mean : 0);
        }
        fputc('\n', out);
    }
}

static void decisions(FILE *out, const ReportPart *part)
{
    const Report *r = part->r;
    for (int i = 0; i < report_scenario_count(r); i++) {
        const ReportScenario *s = report_scenario(r, i);
        for (int d = 0; d < s->ndecisions; d++) {
            const ReportDecision *x = &s->decisions[d];
            for (int k = 0; k < x->nchoices; k++) {
                const ReportChoice *c = &x->choices[k];
                text(out, report_format_mode(part), true);
                text(out, s->id, false), text(out, x->scene_id, false);
                text(out, x->title, false);
                num(out, true, d + 1), num(out, true, x->taken), num(out, true, x->rated);
                num(out, true, x->off_best), num(out, true, x->trainees);
                num(out, true, x->trainees_off);
                text(out, c->id, false), text(out, c->text, false);
                text(out, c->best ? "yes" : "no", false);
                num(out, true, c->count), num(out, true, c->off_best);
                fputc('\n', out);
            }
        }
    }
}

static void principles(FILE *out, const ReportPart *part, const ReportFormat *f)
{
    const Report *r = part->r;
    for (int i = 0; i < report_principle_count(r); i++) {
        const ReportPrinciple *p = report_principle(r, i);
        text(out, report_format_mode(part), true);
        text(out, p->id, false), text(out, report_format_principle(f, p->id), false);
        stats(out, &p->stats);
        num(out, true, p->trainees), num(out, true, p->trainees_weak);
        fputc('\n', out);
    }
}

/* Every attempt has its mode already: the parts' rows follow one another. */
static void attempts(FILE *out, const Report *r)
{
    for (int i = 0; i < report_attempt_count(r); i++) {
        const ReportAttempt *a = report_attempt(r, i);
        text(out, a->source, true), text(out, a->session_id, false);
        text(out, report_trainee(r, a->trainee)->name, false);
        text(out, report_scenario(r, a->scenario)->id, false);
        text(out, a->mode, false), text(out, attempt_status_name(a->status), false);
        when(out, a->started_ms), when(out, a->ended_ms);
        text(out, a->ending_id, false);
        num(out, a->status == ATTEMPT_COMPLETED, a->overall);
        text(out, a->band, false);
        num(out, true, a->decisions), num(out, true, a->off_best), num(out, true, a->violations);
        text(out, a->marks & REPORT_SCENARIO_CHANGED ? "yes" : "no", false);
        num(out, true, a->stepbacks);
        fputc('\n', out);
    }
}

int report_csv_write(FILE *out, const ReportPart *parts, int nparts, const ReportFormat *f,
                     Diag *err)
{
    static const char *const latest_best[] = { "latest", "best" }, *const mean[] = { "mean" };
    const char *table = f && f->table ? f->table : "trainees";
    Cols c = { .n = 0 };
    if (!report_csv_has_table(table)) {
        diag_error(err, NULL, 0, "there is no table '%s'; choose trainees, scenarios, "
                   "decisions, principles or attempts", table);
        return -1;
    }
    for (int i = 0; i < nparts; i++)
        cols_add(&c, parts[i].r);
    if (!strcmp(table, "trainees"))
        header(out, "trainee,attempts,completed,scenarios_tried,scenarios_done,"
               "safeguards_broken,first_utc,last_utc,overall_latest,overall_best", &c,
               latest_best, 2);
    else if (!strcmp(table, "scenarios"))
        header(out, "scenario,title,attempts,completed,unfinished,errors,scenario_changed,"
               "trainees,overall_n,overall_mean,overall_sd,overall_min,overall_max,"
               "overall_weak", &c, mean, 1);
    else if (!strcmp(table, "decisions"))
        fputs("mode,scenario,scene_id,scene_title,step,taken,rated,off_best,trainees,"
              "trainees_off,choice_id,choice_text,best,choice_count,choice_off_best\n", out);
    else if (!strcmp(table, "principles"))
        fputs("mode,principle,name,n,mean,sd,min,max,weak,trainees,trainees_weak\n", out);
    else
        fputs("path,session_id,trainee,scenario,mode,status,started_utc,ended_utc,ending,"
              "overall,band,decisions,off_best,safeguards_broken,scenario_changed,"
              "step_backs\n", out);
    for (int i = 0; i < nparts; i++) {
        if (!strcmp(table, "trainees"))
            trainees(out, &parts[i], &c);
        else if (!strcmp(table, "scenarios"))
            scenarios(out, &parts[i], &c);
        else if (!strcmp(table, "decisions"))
            decisions(out, &parts[i]);
        else if (!strcmp(table, "principles"))
            principles(out, &parts[i], f);
        else
            attempts(out, parts[i].r);
    }
    if (fflush(out) != 0 || ferror(out)) {
        diag_error(err, NULL, 0, "cannot write the report; check the disk has space");
        return -1;
    }
    return 0;
}
