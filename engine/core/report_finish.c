/* report_finish: turns the working data into the figures and sorted lists the accessors
 * return. Sorting uses plain keys copied beside each item, since qsort has no context. */
#include "report_private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* qsort, which must not be given a NULL array even to sort nothing. */
static void sort(void *items, int n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(items, (size_t)n, size, cmp);
}

static void stats_finish(ReportStats *s)
{
    s->sd = s->n > 0 ? sqrt(s->sd / s->n) : 0; /* sd held the sum of squared deviations */
}

static int by_count(const void *x, const void *y)
{
    const ReportCount *a = x, *b = y;
    return a->count != b->count ? (a->count < b->count ? 1 : -1) : strcmp(a->id, b->id);
}

static int by_taken(const void *x, const void *y)
{
    const ReportChoice *a = x, *b = y;
    if (a->count != b->count)
        return a->count < b->count ? 1 : -1;
    return strcmp(a->id, b->id);
}

static int by_step(const void *x, const void *y)
{
    const ReportDecision *a = x, *b = y;
    if (a->mean_step != b->mean_step)
        return a->mean_step < b->mean_step ? -1 : 1;
    return strcmp(a->scene_id, b->scene_id);
}

typedef struct Order {
    const char *key, *tie;
    int old;
} Order;

static int by_key(const void *x, const void *y)
{
    const Order *a = x, *b = y;
    int c = strcmp(a->key, b->key);
    return c ? c : strcmp(a->tie, b->tie);
}

static int by_start(const void *x, const void *y)
{
    const ReportAttempt *a = x, *b = y;
    if (a->started_ms != b->started_ms)
        return a->started_ms < b->started_ms ? -1 : 1;
    return strcmp(a->session_id, b->session_id);
}

/* Sorts n items by (key, tie) and returns the new place of each old index in *where. */
static int order(Order *o, int n, int **where)
{
    sort(o, n, sizeof *o, by_key);
    if (!(*where = malloc(((size_t)n + 1) * sizeof **where)))
        return -1;
    for (int i = 0; i < n; i++)
        (*where)[o[i].old] = i;
    return 0;
}

static int finish_scenario(Scen *sc, int nprin)
{
    stats_finish(&sc->s.overall);
    for (int p = 0; p < nprin; p++)
        stats_finish(&sc->s.principles[p]);
    sort(sc->s.endings, sc->s.nendings, sizeof *sc->s.endings, by_count);
    sort(sc->s.safeguards, sc->s.nsafeguards, sizeof *sc->s.safeguards, by_count);
    if (!(sc->s.decisions = malloc(((size_t)sc->s.ndecisions + 1) * sizeof *sc->s.decisions)))
        return -1;
    for (int k = 0; k < sc->s.ndecisions; k++) {
        ReportDecision *d = &sc->decs[k].d;
        d->mean_step = d->taken ? sc->decs[k].step_sum / d->taken : 0;
        sort(d->choices, d->nchoices, sizeof *d->choices, by_taken);
        sc->s.decisions[k] = *d;
    }
    sort(sc->s.decisions, sc->s.ndecisions, sizeof *sc->s.decisions, by_step);
    return 0;
}

int report_finish(Report *r)
{
    int rc = -1, *tw = NULL, *sw = NULL;
    int nt = r->ntrn, ns = r->nscen;
    Order *o = malloc(((size_t)(nt > ns ? nt : ns) + 1) * sizeof *o);
    if (r->finished || !o)
        goto done;
    r->finished = true;
    for (int p = 0; p < r->nprin; p++)
        stats_finish(&r->prin[p].stats);
    for (int i = 0; i < ns; i++)
        if (finish_scenario(&r->scen[i], r->nprin))
            goto done;
    for (int i = 0; i < nt; i++) {
        Trn *t = &r->trn[i];
        const struct Spelling *best = &t->names[0];
        for (int k = 1; k < t->nnames; k++) { /* the most common, then the latest */
            const struct Spelling *s = &t->names[k];
            if (s->count > best->count || (s->count == best->count &&
                (s->at.ms > best->at.ms || (s->at.ms == best->at.ms &&
                                            strcmp(s->at.sid, best->at.sid) > 0))))
                best = s;
        }
        t->t.name = best->name;
        o[i] = (Order){ t->key, t->t.name, i };
    }
    if (order(o, nt, &tw))
        goto done;
    for (int i = 0; i < ns; i++)
        o[i] = (Order){ r->scen[i].s.id, "", i };
    if (order(o, ns, &sw))
        goto done;
    r->trainees = malloc(((size_t)nt + 1) * sizeof *r->trainees);
    r->scenarios = malloc(((size_t)ns + 1) * sizeof *r->scenarios);
    r->grid = calloc((size_t)nt * (size_t)ns + 1, sizeof *r->grid);
    if (!r->trainees || !r->scenarios || !r->grid)
        goto done;
    for (int i = 0; i < nt; i++) {
        ReportTrainee *t = &r->trn[i].t;
        sort(t->safeguards, t->nsafeguards, sizeof *t->safeguards, by_count);
        r->trainees[tw[i]] = *t;
        for (int p = 0; p < r->nprin; p++) {
            r->prin[p].trainees += t->principles[p].scored;
            r->prin[p].trainees_weak += t->principles[p].scored &&
                                        t->principles[p].latest < REPORT_WEAK;
        }
    }
    for (int i = 0; i < ns; i++)
        r->scenarios[sw[i]] = r->scen[i].s;
    for (int i = 0; i < r->ncells; i++)
        r->grid[(size_t)tw[r->cells[i].trainee] * (size_t)ns + (size_t)sw[r->cells[i].scenario]] =
            &r->cells[i].c;
    for (int i = 0; i < r->natt; i++) {
        r->att[i].trainee = tw[r->att[i].trainee];
        r->att[i].scenario = sw[r->att[i].scenario];
    }
    sort(r->att, r->natt, sizeof *r->att, by_start);
    rc = 0;
done:
    free(o), free(tw), free(sw);
    return rc;
}

ReportTotals report_totals(const Report *r)
{
    ReportTotals t = { r->natt, 0, r->ntrn, r->nscen, 0, 0, 0, 0 };
    for (int i = 0; i < r->natt; i++) {
        const ReportAttempt *a = &r->att[i];
        t.completed += a->status == ATTEMPT_COMPLETED;
        t.changed += (a->marks & REPORT_SCENARIO_CHANGED) != 0;
        t.stepbacks += a->stepbacks;
        t.first_ms = i == 0 || a->started_ms < t.first_ms ? a->started_ms : t.first_ms;
        t.last_ms = i == 0 || a->started_ms > t.last_ms ? a->started_ms : t.last_ms;
    }
    return t;
}

int report_trainee_count(const Report *r)
{
    return r->trainees ? r->ntrn : 0;
}

const ReportTrainee *report_trainee(const Report *r, int i)
{
    return r->trainees && i >= 0 && i < r->ntrn ? &r->trainees[i] : NULL;
}

int report_scenario_count(const Report *r)
{
    return r->scenarios ? r->nscen : 0;
}

const ReportScenario *report_scenario(const Report *r, int i)
{
    return r->scenarios && i >= 0 && i < r->nscen ? &r->scenarios[i] : NULL;
}

int report_principle_count(const Report *r)
{
    return r->nprin;
}

const ReportPrinciple *report_principle(const Report *r, int i)
{
    return i >= 0 && i < r->nprin ? &r->prin[i] : NULL;
}

const ReportCell *report_cell(const Report *r, int t, int s)
{
    if (!r->grid || t < 0 || t >= r->ntrn || s < 0 || s >= r->nscen)
        return NULL;
    return r->grid[(size_t)t * (size_t)r->nscen + (size_t)s];
}

int report_attempt_count(const Report *r)
{
    return r->natt;
}

const ReportAttempt *report_attempt(const Report *r, int i)
{
    return i >= 0 && i < r->natt ? &r->att[i] : NULL;
}

/* Worst first: more trainees off the path, then a larger share of them, then a larger
 * share of decisions, then by scenario and place in it. Shares are compared as cross
 * products to stay exact. */
static int worse(const Report *r, ReportRef a, ReportRef b)
{
    const ReportDecision *x = &r->scenarios[a.scenario].decisions[a.decision];
    const ReportDecision *y = &r->scenarios[b.scenario].decisions[b.decision];
    long long p, q;
    if (x->trainees_off != y->trainees_off)
        return x->trainees_off > y->trainees_off;
    p = (long long)x->trainees_off * y->trainees, q = (long long)y->trainees_off * x->trainees;
    if (p != q)
        return p > q;
    p = (long long)x->off_best * y->rated, q = (long long)y->off_best * x->rated;
    if (p != q)
        return p > q;
    return a.scenario != b.scenario ? a.scenario < b.scenario : a.decision < b.decision;
}

int report_hard_decisions(const Report *r, ReportRef *out, int max)
{
    int n = 0;
    for (int s = 0; s < report_scenario_count(r); s++)
        for (int d = 0; d < r->scenarios[s].ndecisions; d++) {
            const ReportDecision *x = &r->scenarios[s].decisions[d];
            if (x->trainees_off * 2 <= x->trainees)
                continue;
            /* insertion into the top max, which stays sorted */
            ReportRef ref = { s, d };
            int at = n < max ? n : max;
            while (at > 0 && worse(r, ref, out[at - 1]))
                at--;
            if (at < max) {
                int keep = (n < max ? n : max - 1) - at;
                memmove(out + at + 1, out + at, (size_t)keep * sizeof *out);
                out[at] = ref;
            }
            n++;
        }
    return n;
}
