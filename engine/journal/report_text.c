/* report_text: the report as plain text tables for a terminal (ASCII apart from the names
 * themselves). Control characters in names are shown as '?', so a log cannot send escape
 * sequences to the trainer's terminal. */
#include "report_format.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum { NAME_COL = 20, HARD_MAX = 5, NOTES_MAX = 50 };

typedef struct Text {
    FILE *out;
    const ReportFormat *f;
    const Report *r;
    int width;
    bool oom;
} Text;

/* Prints s in exactly w columns (one per UTF-8 code point): cut with "..." when longer,
 * padded with spaces on the right (or on the left when right is set). Control characters
 * (C0, DEL, C1) are shown as '?': names come from logs, and logs from anyone. */
static void cell(FILE *out, const char *s, int w, bool right)
{
    int cols = 0, keep = 0;
    size_t n = 0, cut = 0;
    s = s ? s : "";
    for (n = 0; s[n]; n++)
        cols += ((unsigned char)s[n] & 0xC0) != 0x80;
    if (cols > w) { /* keep w-3 columns and add "..." (or just w columns when tiny) */
        int room = w > 5 ? w - 3 : w;
        for (cut = 0; s[cut]; cut++) {
            bool starts = ((unsigned char)s[cut] & 0xC0) != 0x80;
            if (starts && keep == room)
                break;
            keep += starts;
        }
        n = cut, cols = w;
    }
    if (right)
        fprintf(out, "%*s", w - cols, "");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC2 && i + 1 < n && ((unsigned char)s[i + 1] & 0xE0) == 0x80) { /* a C1 control */
            fputc('?', out);
            i++;
        } else {
            fputc(c < 0x20 || c == 0x7f ? '?' : c, out);
        }
    }
    if (cut && w > 5)
        fputs("...", out);
    if (!right)
        fprintf(out, "%*s", w - cols, "");
}

/* cell without the padding, for the last thing on a line. */
static void clip(FILE *out, const char *s, int w)
{
    int cols = 0;
    for (const char *p = s ? s : ""; *p; p++)
        cols += ((unsigned char)*p & 0xC0) != 0x80;
    cell(out, s, cols < w ? cols : w, false);
}

/* Prints text word-wrapped to the width, every line indented by indent spaces. */
static void wrap(Text *t, int indent, const char *text)
{
    int col = 0;
    const char *p = text;
    while (*p) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        int w = 0;
        for (size_t i = 0; i < n; i++)
            w += ((unsigned char)p[i] & 0xC0) != 0x80;
        if (n == 0)
            break;
        if (col > indent && col + 1 + w > t->width) {
            fputc('\n', t->out);
            col = 0;
        }
        if (col == 0)
            col = fprintf(t->out, "%*s", indent, "");
        else
            col += fprintf(t->out, " ");
        for (size_t i = 0; i < n; i++)
            fputc((unsigned char)p[i] < 0x20 || p[i] == 0x7f ? '?' : p[i], t->out);
        col += w;
        p += n;
    }
    fputc('\n', t->out);
}

static void heading(Text *t, const char *title)
{
    fprintf(t->out, "\n%s\n", title);
    for (size_t i = 0; i < strlen(title); i++)
        fputc('=', t->out);
    fputc('\n', t->out);
}

static void score(FILE *out, bool have, double v, int w)
{
    if (have)
        fprintf(out, "%*.0f", w, v);
    else
        fprintf(out, "%*s", w, "-");
}

/* The first line: the whole report when it is one part for every mode, else how many
 * attempts each part holds ("1 assessment attempt, 10 practice attempts"). */
static void first_line(Text *t, const ReportPart *parts, int nparts)
{
    char line[512];
    size_t n = (size_t)snprintf(line, sizeof line, "rjsim report: ");
    if (nparts == 1 && !parts[0].mode) {
        report_format_part_line(&parts[0], line + n, sizeof line - n);
    } else {
        for (int i = 0; i < nparts && n < sizeof line; i++) {
            int k = report_totals(parts[i].r).attempts;
            n += (size_t)snprintf(line + n, sizeof line - n, "%s%d %s attempt%s", i ? ", " : "",
                                  k, report_format_mode(&parts[i]), k == 1 ? "" : "s");
        }
    }
    wrap(t, 0, line);
}

static void summary(Text *t, const ReportPart *parts, int nparts)
{
    const ScanSummary *s = t->f->scan;
    ReportTotals tot = { 0 };
    char d1[32], filter[512];
    for (int i = 0; i < nparts; i++)
        tot.changed += report_totals(parts[i].r).changed;
    first_line(t, parts, nparts);
    if (t->f->nsources) {
        fputs("Read from:", t->out);
        for (int i = 0; i < t->f->nsources; i++)
            fputc(' ', t->out), clip(t->out, t->f->sources[i], INT_MAX);
        fputc('\n', t->out);
    }
    if (s)
        fprintf(t->out, "Logs: %zu found, %zu used, %zu could not be used, %zu left out by the "
                "filter\n", s->files, s->used, s->nskipped, s->filtered_out);
    if (report_format_filter(t->f, filter, sizeof filter)[0])
        fprintf(t->out, "Filter: %s\n", filter);
    if (t->f->now_ms)
        fprintf(t->out, "Made: %s\n", report_format_time(t->f->now_ms, d1, sizeof d1));
    if (tot.changed)
        fprintf(t->out, "Note: %d attempt%s played on a scenario file that has changed since "
                "(listed at the end).\n", tot.changed, tot.changed == 1 ? " was" : "s were");
    wrap(t, 0, "Scores run from 0 to 100. Overall: how close each decision that mattered came "
         "to the most restorative choice on offer; a principle: the share of the points the "
         "trainee's decisions could move it by that they won. They come from completed "
         "attempts; \"weak\" means below 50.");
}

static int by_mean(const void *x, const void *y)
{
    const ReportPrinciple *a = *(const ReportPrinciple *const *)x;
    const ReportPrinciple *b = *(const ReportPrinciple *const *)y;
    if ((a->stats.n == 0) != (b->stats.n == 0))
        return a->stats.n == 0 ? 1 : -1;
    if (a->stats.mean != b->stats.mean)
        return a->stats.mean < b->stats.mean ? -1 : 1;
    return strcmp(a->id, b->id);
}

static void principles(Text *t)
{
    int n = report_principle_count(t->r), nw = t->width - 45; /* room for "(100%)" */
    const ReportPrinciple *sorted[REPORT_MAX_PRINCIPLES];
    for (int i = 0; i < n; i++)
        sorted[i] = report_principle(t->r, i);
    qsort(sorted, (size_t)n, sizeof *sorted, by_mean);
    heading(t, "Principles across the cohort, weakest first");
    fputs("  ", t->out);
    cell(t->out, "principle", nw, false);
    fputs("     n  mean    sd   min   max  weak\n", t->out);
    for (int i = 0; i < n; i++) {
        const ReportStats *s = &sorted[i]->stats;
        fputs("  ", t->out);
        cell(t->out, report_format_principle(t->f, sorted[i]->id), nw, false);
        if (!s->n) {
            fputs("     0  not measured\n", t->out);
            continue;
        }
        fprintf(t->out, " %5d %5.1f %5.1f %5.0f %5.0f %5d (%d%%)\n", s->n, s->mean, s->sd,
                s->min, s->max, s->weak, report_format_pct(s->weak, s->n));
    }
}

static void hard(Text *t)
{
    ReportRef refs[HARD_MAX];
    int n = report_hard_decisions(t->r, refs, HARD_MAX);
    heading(t, "Decisions where most trainees leave the best path");
    if (n == 0)
        fputs("  None: at every decision, at least half the trainees kept to the best path.\n",
              t->out);
    for (int i = 0; i < n && i < HARD_MAX; i++) {
        const ReportScenario *s = report_scenario(t->r, refs[i].scenario);
        const ReportDecision *d = &s->decisions[refs[i].decision];
        int nc;
        ReportChoice *c = report_format_choices(t->f, s, d, &nc);
        const ReportChoice *b = report_format_best(c, nc), *m = report_format_miss(c, nc);
        t->oom |= !c;
        fprintf(t->out, "  %d. ", i + 1);
        clip(t->out, report_format_title(s), (t->width - 8) / 2);
        fputs(" > ", t->out);
        clip(t->out, d->title ? d->title : d->scene_id, t->width - 8 - (t->width - 8) / 2);
        fprintf(t->out, "\n     %d of %d trainees left it (%d of %d decisions)\n",
                d->trainees_off, d->trainees, d->off_best, d->rated);
        if (b) {
            fputs("     best:  ", t->out);
            clip(t->out, b->text, t->width - 12);
            fputc('\n', t->out);
        }
        if (m) {
            fprintf(t->out, "     taken instead most (%dx): ", m->off_best);
            clip(t->out, m->text, t->width - 32);
            fputc('\n', t->out);
        }
        free(c);
    }
    if (n > HARD_MAX)
        fprintf(t->out, "  ... and %d more (--json or --html lists them all)\n", n - HARD_MAX);
}

static void trainees(Text *t)
{
    int ns = report_scenario_count(t->r);
    heading(t, "Trainees");
    /* 80 columns: 2 + 20 + 9 + 10 + 10 + 11 + 7 + 11 */
    fprintf(t->out, "  %-20s %8s %9s %9s %17s %10s\n", "", "", "", "scenarios", "overall score",
            "safeguards");
    fprintf(t->out, "  %-20s %8s %9s %9s %10s %6s %10s\n", "trainee", "attempts", "completed",
            "done", "latest", "best", "broken");
    for (int i = 0; i < report_trainee_count(t->r); i++) {
        const ReportTrainee *tr = report_trainee(t->r, i);
        char done[32];
        snprintf(done, sizeof done, "%d/%d", tr->scenarios_done, ns);
        fputs("  ", t->out);
        cell(t->out, tr->name, NAME_COL, false);
        fprintf(t->out, " %8d %9d %9s ", tr->attempts, tr->completed, done);
        score(t->out, tr->overall.scored, tr->overall.latest, 10);
        fputc(' ', t->out);
        score(t->out, tr->overall.scored, tr->overall.best, 6);
        fprintf(t->out, " %10d\n", tr->violations);
    }
}

/* A trainee-by-something table, in as many blocks of columns as the width needs. */
static void matrix(Text *t, const char *title, const char *legend, int ncols, int colw,
                   void (*head)(Text *, int), void (*value)(Text *, int, int, int))
{
    int per = (t->width - 2 - NAME_COL) / colw;
    per = per < 1 ? 1 : per;
    heading(t, title);
    fprintf(t->out, "  %s\n", legend);
    for (int from = 0; from < ncols; from += per) {
        fprintf(t->out, "\n  %*s", NAME_COL, "");
        for (int c = from; c < ncols && c < from + per; c++)
            head(t, c);
        fputc('\n', t->out);
        for (int i = 0; i < report_trainee_count(t->r); i++) {
            fputs("  ", t->out);
            cell(t->out, report_trainee(t->r, i)->name, NAME_COL, false);
            for (int c = from; c < ncols && c < from + per; c++)
                value(t, i, c, colw);
            fputc('\n', t->out);
        }
    }
}

static void principle_head(Text *t, int c)
{
    fprintf(t->out, "   P%-2d", c + 1);
}

static void principle_value(Text *t, int i, int c, int w)
{
    const ReportMark *m = &report_trainee(t->r, i)->principles[c];
    score(t->out, m->scored, m->latest, w);
}

static void scenario_head(Text *t, int c)
{
    fprintf(t->out, "       S%-2d", c + 1);
}

static void scenario_value(Text *t, int i, int c, int w)
{
    const ReportCell *cl = report_cell(t->r, i, c);
    char buf[32];
    if (!cl)
        snprintf(buf, sizeof buf, "-");
    else if (cl->overall.scored)
        snprintf(buf, sizeof buf, "%dx %3.0f", cl->attempts, cl->overall.best);
    else
        snprintf(buf, sizeof buf, "%dx   -", cl->attempts);
    cell(t->out, buf, w, true);
}

static void legends(Text *t)
{
    int np = report_principle_count(t->r), ns = report_scenario_count(t->r);
    matrix(t, "Latest score per principle", "(\"-\": not yet scored; P1... below)", np, 6,
           principle_head, principle_value);
    fputc('\n', t->out);
    for (int p = 0; p < np; p++) {
        fprintf(t->out, "  P%-2d ", p + 1);
        clip(t->out, report_format_principle(t->f, report_principle(t->r, p)->id), t->width - 7);
        fputc('\n', t->out);
    }
    matrix(t, "Who practised what", "(attempts x, best overall score; \"-\": not tried; S1... "
           "below)", ns, 10, scenario_head, scenario_value);
    fputc('\n', t->out);
    for (int s = 0; s < ns; s++) {
        char line[512];
        snprintf(line, sizeof line, "%s (%s)", report_format_title(report_scenario(t->r, s)),
                 report_scenario(t->r, s)->id);
        fprintf(t->out, "  S%-2d ", s + 1);
        clip(t->out, line, t->width - 7);
        fputc('\n', t->out);
    }
}

static void counts(Text *t, const char *label, const ReportCount *c, int n, bool safeguards)
{
    char line[4096];
    size_t len = 0;
    if (n == 0)
        return;
    len += (size_t)snprintf(line, sizeof line, "%s:", label);
    for (int i = 0; i < n && len < sizeof line; i++) {
        const char *name = safeguards ? report_format_safeguard(t->f, c[i].id)
                                      : c[i].label ? c[i].label : c[i].id;
        len += (size_t)snprintf(line + len, sizeof line - len, "%s %.200s (%d)",
                                i ? "," : "", name, c[i].count);
    }
    wrap(t, 2, line);
}

static void scenario(Text *t, const ReportScenario *s)
{
    const ReportStats *o = &s->overall;
    char line[512];
    fprintf(t->out, "\n");
    clip(t->out, report_format_title(s), t->width - (int)strlen(s->id) - 3);
    fprintf(t->out, " (%s)\n", s->id);
    snprintf(line, sizeof line, "%d attempt%s by %d trainee%s: %d completed, %d unfinished, %d "
             "stopped by an error", s->attempts, s->attempts == 1 ? "" : "s", s->trainees,
             s->trainees == 1 ? "" : "s", s->completed, s->unfinished, s->errors);
    wrap(t, 2, line);
    if (s->changed) {
        snprintf(line, sizeof line, "%d attempt%s played on an earlier version of the scenario "
                 "file", s->changed, s->changed == 1 ? "" : "s");
        wrap(t, 2, line);
    }
    if (o->n) {
        snprintf(line, sizeof line, "overall score: mean %.1f, sd %.1f, lowest %.0f, highest "
                 "%.0f, %d below %d", o->mean, o->sd, o->min, o->max, o->weak, REPORT_WEAK);
        wrap(t, 2, line);
    }
    counts(t, "endings", s->endings, s->nendings, false);
    counts(t, "safeguards broken", s->safeguards, s->nsafeguards, true);
    if (s->ndecisions)
        wrap(t, 2, "decisions, in play order; under each, the choices: * a best one, times "
             "taken, and times taken when it was not best (choices that read the same are "
             "counted together):");
    for (int i = 0; i < s->ndecisions; i++) {
        const ReportDecision *d = &s->decisions[i];
        fputs("    ", t->out);
        cell(t->out, d->title ? d->title : d->scene_id, t->width - 36, false);
        fprintf(t->out, " %4d taken, %3d%% off the best\n", d->taken,
                report_format_pct(d->off_best, d->rated));
        int nc;
        ReportChoice *c = report_format_choices(t->f, s, d, &nc);
        t->oom |= !c;
        for (int k = 0; k < nc; k++) {
            fprintf(t->out, "      %c %4d  off %4d  ", c[k].best ? '*' : ' ', c[k].count,
                    c[k].off_best);
            clip(t->out, c[k].text, t->width - 25);
            fputc('\n', t->out);
        }
        free(c);
    }
}

static void notes(Text *t, const char *title, const ScanNote *n, size_t count)
{
    char head[128];
    if (count == 0)
        return;
    snprintf(head, sizeof head, "%s (%zu)", title, count);
    heading(t, head);
    for (size_t i = 0; i < count && i < NOTES_MAX; i++)
        wrap(t, 2, n[i].message);
    if (count > NOTES_MAX)
        fprintf(t->out, "  ... and %zu more (--json lists them all)\n", count - NOTES_MAX);
}

/* A part of the report for one mode: its own heading, marked with '#' so it stands out
 * from the sections within it, and the line that says what it holds. */
static void part_heading(Text *t, const ReportPart *p)
{
    char line[512];
    const char *title = report_format_part_title(p);
    fprintf(t->out, "\n\n%s\n", title);
    for (size_t i = 0; i < strlen(title); i++)
        fputc('#', t->out);
    fputc('\n', t->out);
    wrap(t, 0, report_format_part_line(p, line, sizeof line));
    if (p->mode && !strcmp(p->mode, "practice"))
        wrap(t, 0, "Practice runs: feedback after each choice and steps back allowed. None of "
             "these figures is mixed into the assessment figures.");
}

static void part(Text *t, const ReportPart *p, bool labelled)
{
    t->r = p->r;
    if (labelled)
        part_heading(t, p);
    if (report_attempt_count(t->r) == 0)
        return;
    principles(t);
    hard(t);
    trainees(t);
    legends(t);
    heading(t, "Scenarios");
    for (int i = 0; i < report_scenario_count(t->r); i++)
        scenario(t, report_scenario(t->r, i));
}

int report_text_write(FILE *out, const ReportPart *parts, int nparts, const ReportFormat *f,
                      Diag *err)
{
    static const ReportFormat none = { 0 };
    Text t = { out, f ? f : &none, parts[0].r, 0, false };
    bool labelled = nparts > 1 || parts[0].mode;
    t.width = t.f->width < 60 ? (t.f->width ? 60 : 80) : t.f->width;
    summary(&t, parts, nparts);
    for (int i = 0; i < nparts; i++)
        part(&t, &parts[i], labelled);
    if (t.f->scan) {
        notes(&t, "Logs that could not be used", t.f->scan->skipped, t.f->scan->nskipped);
        notes(&t, "Logs of a scenario file that has changed since", t.f->scan->marked,
              t.f->scan->nmarked);
    }
    if (t.oom)
        diag_error(err, NULL, 0, "out of memory while writing the report");
    else if (fflush(out) != 0 || ferror(out))
        diag_error(err, NULL, 0, "cannot write the report; check the disk has space");
    return t.oom || ferror(out) ? -1 : 0;
}
