/* report_format: helpers the report writers share (names, dates, the filter line). */
#include "report_format.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <time.h>

const char *report_format_principle(const ReportFormat *f, const char *id)
{
    int i = f && f->rubric ? rubric_find_principle(f->rubric, id) : -1;
    return i >= 0 ? rubric_principle(f->rubric, i)->name : id;
}

const char *report_format_safeguard(const ReportFormat *f, const char *id)
{
    int i = f && f->rubric ? rubric_find_safeguard(f->rubric, id) : -1;
    return i >= 0 ? rubric_safeguard(f->rubric, i)->name : id;
}

static char *stamp(int64_t ms, bool with_time, char *buf, size_t size)
{
    time_t t = (time_t)((ms >= 0 ? ms : ms - 999) / 1000);
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        snprintf(buf, size, "?");
    else if (with_time)
        snprintf(buf, size, "%04d-%02d-%02d %02d:%02d UTC", tm.tm_year + 1900, tm.tm_mon + 1,
                 tm.tm_mday, tm.tm_hour, tm.tm_min);
    else
        snprintf(buf, size, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return buf;
}

char *report_format_date(int64_t ms, char *buf, size_t size)
{
    return stamp(ms, false, buf, size);
}

char *report_format_time(int64_t ms, char *buf, size_t size)
{
    return stamp(ms, true, buf, size);
}

char *report_format_filter(const ReportFormat *f, char *buf, size_t size)
{
    const ScanFilter *fl = f ? f->filter : NULL;
    char d1[32], d2[32];
    size_t n = 0;
    buf[0] = '\0';
    if (!fl)
        return buf;
#define ADD(...) (n += (size_t)snprintf(buf + n, n < size ? size - n : 0, __VA_ARGS__), \
                  n = n < size ? n : size - 1)
    if (fl->trainee)
        ADD("%strainee %s", n ? ", " : "", fl->trainee);
    if (fl->scenario)
        ADD("%sscenario %s", n ? ", " : "", fl->scenario);
    if (fl->mode)
        ADD("%s%s mode", n ? ", " : "", fl->mode);
    if (fl->since_ms)
        ADD("%ssince %s", n ? ", " : "", report_format_date(fl->since_ms, d1, sizeof d1));
    if (fl->until_ms) /* until_ms is the start of the day after the last one included */
        ADD("%suntil %s", n ? ", " : "", report_format_date(fl->until_ms - 1, d2, sizeof d2));
#undef ADD
    return buf;
}

const char *report_format_choice(const ReportFormat *f, const ReportScenario *s,
                                 const ReportChoice *c)
{
    const char *text = c->text;
    if (!text && f && f->choice_text)
        text = f->choice_text(f->choice_ctx, s->id, c->id);
    return text ? text : c->id;
}

static int by_count(const void *x, const void *y)
{
    const ReportChoice *a = x, *b = y;
    return a->count != b->count ? (a->count < b->count ? 1 : -1) : strcmp(a->id, b->id);
}

ReportChoice *report_format_choices(const ReportFormat *f, const ReportScenario *s,
                                    const ReportDecision *d, int *n)
{
    ReportChoice *out = malloc(((size_t)d->nchoices + 1) * sizeof *out);
    *n = 0;
    if (!out)
        return NULL;
    for (int k = 0; k < d->nchoices; k++) {
        ReportChoice c = d->choices[k];
        int same = -1;
        c.text = report_format_choice(f, s, &d->choices[k]);
        for (int i = 0; i < *n && same < 0; i++)
            if (strcmp(out[i].text, c.text) == 0)
                same = i;
        if (same < 0) {
            out[(*n)++] = c;
            continue;
        }
        out[same].count += c.count;
        out[same].off_best += c.off_best;
        out[same].best = out[same].best || c.best;
    }
    qsort(out, (size_t)*n, sizeof *out, by_count);
    return out;
}

const ReportChoice *report_format_best(const ReportChoice *c, int n)
{
    const ReportChoice *b = NULL;
    for (int k = 0; k < n; k++)
        if (c[k].best && (!b || c[k].count > b->count))
            b = &c[k];
    return b;
}

const ReportChoice *report_format_miss(const ReportChoice *c, int n)
{
    const ReportChoice *m = NULL;
    for (int k = 0; k < n; k++)
        if (c[k].off_best && (!m || c[k].off_best > m->off_best))
            m = &c[k];
    return m;
}

const char *report_format_title(const ReportScenario *s)
{
    return s->title && s->title[0] ? s->title : s->id;
}

int report_format_pct(int part, int whole)
{
    return whole > 0 ? (int)((200LL * part + whole) / (2LL * whole)) : 0;
}

const char *report_format_mode(const ReportPart *p)
{
    return p->mode ? p->mode : "all";
}

const char *report_format_part_title(const ReportPart *p)
{
    const char *m = report_format_mode(p);
    return !strcmp(m, "assessment") ? "Assessment attempts"
           : !strcmp(m, "practice") ? "Practice attempts"
           : !strcmp(m, "workshop") ? "Workshop attempts" : "All attempts";
}

char *report_format_part_line(const ReportPart *p, char *buf, size_t size)
{
    ReportTotals t = report_totals(p->r);
    char d1[32], d2[32];
    int n = snprintf(buf, size, "%d attempt%s by %d trainee%s on %d scenario%s", t.attempts,
                     t.attempts == 1 ? "" : "s", t.trainees, t.trainees == 1 ? "" : "s",
                     t.scenarios, t.scenarios == 1 ? "" : "s");
    if (t.attempts && n > 0 && (size_t)n < size)
        n += snprintf(buf + n, size - (size_t)n, ", %s to %s",
                      report_format_date(t.first_ms, d1, sizeof d1),
                      report_format_date(t.last_ms, d2, sizeof d2));
    if (t.stepbacks && n > 0 && (size_t)n < size)
        snprintf(buf + n, size - (size_t)n, "; %d step-back%s", t.stepbacks,
                 t.stepbacks == 1 ? "" : "s");
    return buf;
}
