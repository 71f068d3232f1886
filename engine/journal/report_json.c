/* report_json: the whole report as one JSON document (cJSON). Figures are rounded to two
 * decimals: the logs keep the exact scores. */
#include "report_format.h"

#include "journal_private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct Out {
    const ReportFormat *f;
    bool bad; /* out of memory somewhere */
} Out;

static cJSON *put(Out *o, cJSON *obj, const char *key, cJSON *item)
{
    if (item && (key ? cJSON_AddItemToObject(obj, key, item) : cJSON_AddItemToArray(obj, item)))
        return item;
    cJSON_Delete(item);
    o->bad = true;
    return NULL;
}

static void str(Out *o, cJSON *obj, const char *key, const char *s)
{
    put(o, obj, key, s ? journal_new_text(s) : cJSON_CreateNull());
}

static void num(Out *o, cJSON *obj, const char *key, double v)
{
    o->bad |= !journal_add_number(obj, key, round(v * 100) / 100);
}

static void when(Out *o, cJSON *obj, const char *key, int64_t ms)
{
    char buf[32];
    if (ms && journal_format_time(ms, buf, sizeof buf) == 0)
        str(o, obj, key, buf);
    else
        str(o, obj, key, NULL);
}

static cJSON *object(Out *o, cJSON *parent, const char *key)
{
    return put(o, parent, key, cJSON_CreateObject());
}

static cJSON *array(Out *o, cJSON *parent, const char *key)
{
    return put(o, parent, key, cJSON_CreateArray());
}

static void stats(Out *o, cJSON *obj, const char *key, const ReportStats *s)
{
    cJSON *x = object(o, obj, key), *h;
    if (!x)
        return;
    num(o, x, "n", s->n);
    if (s->n) {
        num(o, x, "mean", s->mean), num(o, x, "sd", s->sd);
        num(o, x, "min", s->min), num(o, x, "max", s->max);
    } else {
        str(o, x, "mean", NULL), str(o, x, "sd", NULL), str(o, x, "min", NULL);
        str(o, x, "max", NULL);
    }
    num(o, x, "weak", s->weak);
    if ((h = array(o, x, "histogram")))
        for (int i = 0; i < REPORT_BINS; i++)
            put(o, h, NULL, cJSON_CreateNumber(s->bins[i]));
}

static void mark(Out *o, cJSON *obj, const char *key, const ReportMark *m)
{
    cJSON *x = m->scored ? object(o, obj, key) : NULL;
    if (!m->scored)
        str(o, obj, key, NULL);
    if (x)
        num(o, x, "latest", m->latest), num(o, x, "best", m->best);
}

static void counts(Out *o, cJSON *obj, const char *key, const ReportCount *c, int n,
                   bool safeguards)
{
    cJSON *list = array(o, obj, key), *x;
    for (int i = 0; list && i < n; i++)
        if ((x = object(o, list, NULL))) {
            str(o, x, "id", c[i].id);
            str(o, x, safeguards ? "name" : "title",
                safeguards ? report_format_safeguard(o->f, c[i].id) : c[i].label);
            num(o, x, "count", c[i].count);
        }
}

static void notes(Out *o, cJSON *obj, const char *key, const ScanNote *n, size_t count)
{
    cJSON *list = array(o, obj, key), *x;
    for (size_t i = 0; list && i < count; i++)
        if ((x = object(o, list, NULL))) {
            str(o, x, "path", n[i].path);
            str(o, x, "kind", n[i].kind);
            str(o, x, "message", n[i].message);
        }
}

static void head(Out *o, cJSON *root, const ReportPart *parts, int nparts)
{
    const ReportFormat *f = o->f;
    const ScanFilter *fl = f->filter;
    int attempts = 0;
    cJSON *x;
    for (int i = 0; i < nparts; i++)
        attempts += report_totals(parts[i].r).attempts;
    /* 2: the figures moved into "sections", one per mode (assessment apart from practice) */
    num(o, root, "report_version", 2);
    str(o, root, "generator", "rjsim " RJSIM_VERSION);
    when(o, root, "generated_at", f->now_ms);
    if ((x = array(o, root, "sources")))
        for (int i = 0; i < f->nsources; i++)
            put(o, x, NULL, journal_new_text(f->sources[i]));
    if ((x = object(o, root, "filter"))) {
        str(o, x, "trainee", fl ? fl->trainee : NULL);
        str(o, x, "scenario", fl ? fl->scenario : NULL);
        str(o, x, "mode", fl ? fl->mode : NULL);
        when(o, x, "since", fl ? fl->since_ms : 0);
        when(o, x, "until", fl && fl->until_ms ? fl->until_ms - 1 : 0);
    }
    if ((x = object(o, root, "logs"))) {
        const ScanSummary *s = f->scan;
        num(o, x, "files", s ? (double)s->files : attempts);
        num(o, x, "used", s ? (double)s->used : attempts);
        num(o, x, "filtered_out", s ? (double)s->filtered_out : 0);
        notes(o, x, "skipped", s ? s->skipped : NULL, s ? s->nskipped : 0);
        notes(o, x, "marked", s ? s->marked : NULL, s ? s->nmarked : 0);
    }
}

static void totals(Out *o, cJSON *root, const Report *r)
{
    ReportTotals t = report_totals(r);
    cJSON *x;
    if ((x = object(o, root, "totals"))) {
        num(o, x, "attempts", t.attempts), num(o, x, "completed", t.completed);
        num(o, x, "trainees", t.trainees), num(o, x, "scenarios", t.scenarios);
        num(o, x, "scenario_changed", t.changed);
        when(o, x, "first", t.first_ms), when(o, x, "last", t.last_ms);
        num(o, x, "step_backs", t.stepbacks);
    }
}

static void principles(Out *o, cJSON *root, const Report *r)
{
    cJSON *list = array(o, root, "principles"), *x;
    for (int i = 0; list && i < report_principle_count(r); i++) {
        const ReportPrinciple *p = report_principle(r, i);
        if (!(x = object(o, list, NULL)))
            continue;
        str(o, x, "id", p->id);
        str(o, x, "name", report_format_principle(o->f, p->id));
        stats(o, x, "scores", &p->stats);
        num(o, x, "trainees", p->trainees), num(o, x, "trainees_weak", p->trainees_weak);
    }
}

static void trainees(Out *o, cJSON *root, const Report *r)
{
    cJSON *list = array(o, root, "trainees"), *x, *y, *z;
    for (int i = 0; list && i < report_trainee_count(r); i++) {
        const ReportTrainee *t = report_trainee(r, i);
        if (!(x = object(o, list, NULL)))
            continue;
        str(o, x, "name", t->name);
        num(o, x, "attempts", t->attempts), num(o, x, "completed", t->completed);
        num(o, x, "scenarios_tried", t->scenarios_tried);
        num(o, x, "scenarios_done", t->scenarios_done);
        num(o, x, "violations", t->violations);
        when(o, x, "first", t->first_ms), when(o, x, "last", t->last_ms);
        mark(o, x, "overall", &t->overall);
        if ((y = object(o, x, "principles")))
            for (int p = 0; p < report_principle_count(r); p++)
                if (t->principles[p].scored)
                    mark(o, y, report_principle(r, p)->id, &t->principles[p]);
        counts(o, x, "safeguards", t->safeguards, t->nsafeguards, true);
        if ((y = array(o, x, "scenarios")))
            for (int s = 0; s < report_scenario_count(r); s++) {
                const ReportCell *c = report_cell(r, i, s);
                if (!c || !(z = object(o, y, NULL)))
                    continue;
                str(o, z, "id", report_scenario(r, s)->id);
                num(o, z, "attempts", c->attempts), num(o, z, "completed", c->completed);
                mark(o, z, "overall", &c->overall);
            }
    }
}

static void decision(Out *o, cJSON *x, const ReportDecision *d)
{
    cJSON *list, *y;
    str(o, x, "scene_id", d->scene_id), str(o, x, "title", d->title);
    num(o, x, "taken", d->taken), num(o, x, "rated", d->rated);
    num(o, x, "off_best", d->off_best), num(o, x, "violations", d->violations);
    num(o, x, "trainees", d->trainees), num(o, x, "trainees_off", d->trainees_off);
    num(o, x, "mean_step", d->mean_step);
    if ((list = array(o, x, "choices")))
        for (int k = 0; k < d->nchoices; k++)
            if ((y = object(o, list, NULL))) {
                str(o, y, "id", d->choices[k].id), str(o, y, "text", d->choices[k].text);
                num(o, y, "count", d->choices[k].count);
                num(o, y, "off_best", d->choices[k].off_best);
                put(o, y, "best", cJSON_CreateBool(d->choices[k].best));
            }
}

static void scenarios(Out *o, cJSON *root, const Report *r)
{
    cJSON *list = array(o, root, "scenarios"), *x, *y;
    for (int i = 0; list && i < report_scenario_count(r); i++) {
        const ReportScenario *s = report_scenario(r, i);
        if (!(x = object(o, list, NULL)))
            continue;
        str(o, x, "id", s->id), str(o, x, "title", s->title);
        num(o, x, "attempts", s->attempts), num(o, x, "completed", s->completed);
        num(o, x, "unfinished", s->unfinished), num(o, x, "errors", s->errors);
        num(o, x, "scenario_changed", s->changed), num(o, x, "trainees", s->trainees);
        stats(o, x, "overall", &s->overall);
        if ((y = object(o, x, "principles")))
            for (int p = 0; p < report_principle_count(r); p++)
                if (s->principles[p].n)
                    stats(o, y, report_principle(r, p)->id, &s->principles[p]);
        counts(o, x, "endings", s->endings, s->nendings, false);
        counts(o, x, "safeguards", s->safeguards, s->nsafeguards, true);
        if ((y = array(o, x, "decisions")))
            for (int d = 0; d < s->ndecisions; d++)
                decision(o, object(o, y, NULL), &s->decisions[d]);
    }
}

static void attempts(Out *o, cJSON *root, const Report *r)
{
    cJSON *list = array(o, root, "attempts"), *x;
    for (int i = 0; list && i < report_attempt_count(r); i++) {
        const ReportAttempt *a = report_attempt(r, i);
        bool done = a->status == ATTEMPT_COMPLETED;
        if (!(x = object(o, list, NULL)))
            continue;
        str(o, x, "path", a->source), str(o, x, "session_id", a->session_id);
        str(o, x, "trainee", report_trainee(r, a->trainee)->name);
        str(o, x, "scenario", report_scenario(r, a->scenario)->id);
        str(o, x, "mode", a->mode), str(o, x, "status", attempt_status_name(a->status));
        when(o, x, "started", a->started_ms), when(o, x, "ended", a->ended_ms);
        str(o, x, "ending", a->ending_id);
        if (done)
            num(o, x, "overall", a->overall);
        else
            str(o, x, "overall", NULL);
        str(o, x, "band", a->band);
        num(o, x, "decisions", a->decisions), num(o, x, "off_best", a->off_best);
        num(o, x, "violations", a->violations), num(o, x, "step_backs", a->stepbacks);
        put(o, x, "scenario_changed", cJSON_CreateBool(a->marks & REPORT_SCENARIO_CHANGED));
    }
}

/* One part of the report: the figures of one mode's attempts. */
static void section(Out *o, cJSON *sections, const ReportPart *p)
{
    const Report *r = p->r;
    cJSON *root = object(o, sections, NULL), *hard, *x;
    int nhard = report_hard_decisions(r, NULL, 0);
    ReportRef *refs = malloc(((size_t)nhard + 1) * sizeof *refs);
    if (!root || !refs) {
        o->bad = true;
        free(refs);
        return;
    }
    str(o, root, "mode", report_format_mode(p));
    totals(o, root, r);
    principles(o, root, r);
    if ((hard = array(o, root, "hard_decisions"))) {
        report_hard_decisions(r, refs, nhard);
        for (int i = 0; i < nhard; i++)
            if ((x = object(o, hard, NULL))) {
                const ReportScenario *s = report_scenario(r, refs[i].scenario);
                str(o, x, "scenario", s->id);
                decision(o, x, &s->decisions[refs[i].decision]);
            }
    }
    trainees(o, root, r);
    scenarios(o, root, r);
    attempts(o, root, r);
    free(refs);
}

int report_json_write(FILE *out, const ReportPart *parts, int nparts, const ReportFormat *f,
                      Diag *err)
{
    static const ReportFormat none = { 0 };
    Out o = { f ? f : &none, false };
    cJSON *root = cJSON_CreateObject(), *sections;
    char *text = NULL;
    int rc = -1;
    if (!root)
        return journal_oom(err);
    head(&o, root, parts, nparts);
    if ((sections = array(&o, root, "sections")))
        for (int i = 0; i < nparts; i++)
            section(&o, sections, &parts[i]);
    if (o.bad || !(text = cJSON_Print(root))) {
        journal_oom(err);
        goto done;
    }
    if (fputs(text, out) < 0 || fputc('\n', out) < 0) {
        diag_error(err, NULL, 0, "cannot write the report; check the disk has space");
        goto done;
    }
    rc = 0;
done:
    free(text);
    cJSON_Delete(root);
    return rc;
}
