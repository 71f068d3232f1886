/* audit: gathers the decisions (distinct scene and available set) with what each cue, the
 * trade-off tests and the poor-choice tests find in the states they cover, then turns the
 * totals into the report and the warnings (audit_warn.c). */
#include "audit_parts.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

double audit_threshold(double chance)
{
    double room = fmin(chance, (1 - chance) / 2);
    return chance + fmax(AUDIT_MARGIN, room);
}

/* The score choice ch gives principle p (0 when it does not score it). */
static double delta_of(const Choice *ch, int p)
{
    double d = 0;
    for (int i = 0; i < ch->ndeltas; i++)
        if (ch->deltas[i].principle == p)
            d += ch->deltas[i].delta;
    return d;
}

/* Whether a choice is defensible where it is offered: it keeps the safeguards the best
 * choice keeps and is no serious mistake (score.h: credit at least SCORE_SERIOUS_CREDIT). */
static bool defensible(const Explorer *e, long st, int choice)
{
    ExplorerDecision d;
    double credit;
    if (!explorer_decision(e, st, choice, &d))
        return false;
    score_decision_credit(&d, &credit);
    return !score_credit_serious(credit); /* a breach earns 0: never defensible */
}

/* Whether a best choice scores lower on some principle than another safe, defensible
 * choice shown: the best choice then costs something a reasonable trainee might keep. */
static bool costly(const Scenario *sc, const Explorer *e, long st, const Scene *sp, const int *avail, int k,
                   const bool *best)
{
    int np = rubric_principle_count(scenario_rubric(sc));
    for (int i = 0; i < k; i++) {
        if (!best[i])
            continue;
        for (int j = 0; j < k; j++) {
            const Choice *other = &sp->choices[avail[j]];
            if (j == i || other->violation >= 0 || best[j])
                continue;
            bool lower = false;
            for (int p = 0; p < np && !lower; p++)
                lower = delta_of(&sp->choices[avail[i]], p) < delta_of(other, p) - 1e-9;
            if (lower && defensible(e, st, avail[j]))
                return true;
        }
    }
    return false;
}

/* Whether two safe choices are within AUDIT_CLOSE_POINTS of the best safe value. */
static bool close_call(const Explorer *e, long st, const Scene *sp, const int *avail, int k)
{
    double top = -INFINITY, q;
    for (int i = 0; i < k; i++)
        if (sp->choices[avail[i]].violation < 0 && explorer_choice_value(e, st, avail[i], &q))
            top = fmax(top, q);
    int near = 0;
    for (int i = 0; i < k; i++)
        if (sp->choices[avail[i]].violation < 0 && explorer_choice_value(e, st, avail[i], &q) &&
            q >= top - AUDIT_CLOSE_POINTS)
            near++;
    return near >= 2;
}

static bool leads_to_ending(const Scenario *sc, const Choice *ch)
{
    for (int t = 0; t < ch->ntargets; t++)
        if (scenario_scene(sc, ch->targets[t].scene)->is_ending)
            return true;
    return false;
}

/* The decision for (scene, avail), added (with its cue pointers) when new; -1 on memory. */
static long find_or_add(AuditData *d, const Scenario *sc, int scene, const int *avail, int k)
{
    for (long i = d->head[scene]; i >= 0; i = d->points[i].next)
        if (d->points[i].k == k && memcmp(d->avail + d->points[i].at, avail, (size_t)k * sizeof *avail) == 0)
            return i;
    if (d->n == d->cap) {
        long cap = d->cap ? d->cap * 2 : 64;
        AuditPoint *p = realloc(d->points, (size_t)cap * sizeof *p);
        if (!p)
            return -1;
        d->points = p, d->cap = cap;
    }
    if (d->used + (size_t)k > d->room) {
        size_t room = (d->room + (size_t)k) * 2;
        int *a = realloc(d->avail, room * sizeof *a);
        unsigned char *c = realloc(d->pointed, room * CUE_COUNT);
        if (a)
            d->avail = a;
        if (c)
            d->pointed = c;
        if (!a || !c)
            return -1;
        d->room = room;
    }
    AuditPoint *pt = &d->points[d->n];
    memset(pt, 0, sizeof *pt);
    pt->scene = scene, pt->k = k, pt->at = d->used;
    pt->next = d->head[scene];
    d->head[scene] = d->n;
    for (int c = 0; c < CUE_COUNT; c++)
        pt->example[c] = -1;
    memcpy(d->avail + d->used, avail, (size_t)k * sizeof *avail);
    const char **texts = malloc((size_t)k * sizeof *texts);
    if (!texts)
        return -1;
    const Scene *sp = scenario_scene(sc, scene);
    for (int i = 0; i < k; i++)
        texts[i] = sp->choices[avail[i]].text;
    for (int c = 0; c < CUE_COUNT; c++)
        pt->npointed[c] = cue_point((Cue)c, texts, k, d->pointed + d->used * CUE_COUNT + (size_t)c * (size_t)k);
    free(texts);
    d->used += (size_t)k;
    return d->n++;
}

/* Adds what state st shows to its decision. 0, or -1 when out of memory. */
static int add_state(AuditData *d, const Scenario *sc, const Explorer *e, long st, int *avail, int *bestv,
                     bool *best)
{
    int s = explorer_state_scene(e, st), k = 0, last = -1;
    const Scene *sp = scenario_scene(sc, s);
    if (sp->is_ending)
        return 0;
    size_t first, ne = explorer_state_edges(e, st, &first);
    for (size_t j = first; j < first + ne; j++) {
        int c = explorer_edge(e, j).choice;
        if (c != last) /* chance outcomes of one choice are consecutive */
            avail[k++] = c;
        last = c;
    }
    int nb = k >= 2 ? explorer_best_choices(e, st, bestv) : 0;
    if (nb == 0)
        return 0;
    long id = find_or_add(d, sc, s, avail, k);
    if (id < 0)
        return -1;
    AuditPoint *pt = &d->points[id];
    bool any_best_ends = false;
    for (int i = 0; i < k; i++) {
        best[i] = false;
        for (int b = 0; b < nb; b++)
            best[i] |= bestv[b] == avail[i];
        any_best_ends |= best[i] && leads_to_ending(sc, &sp->choices[avail[i]]);
    }
    const unsigned char *pointed = d->pointed + pt->at * CUE_COUNT;
    for (int c = 0; c < CUE_COUNT; c++) {
        int both = 0;
        for (int i = 0; i < k; i++)
            if (best[i] && pointed[(size_t)c * (size_t)k + (size_t)i]) {
                both++;
                if (pt->example[c] < 0)
                    pt->example[c] = avail[i];
            }
        pt->hits[c] += (double)both / pt->npointed[c];
    }
    pt->chance += (double)nb / k;
    pt->states++;
    pt->costly += costly(sc, e, st, sp, avail, k, best);
    pt->close += close_call(e, st, sp, avail, k);
    for (int i = 0; i < k; i++) {
        if (best[i])
            continue;
        size_t flat = d->offset[s] + (size_t)avail[i];
        d->poor[flat] = true;
        if (!any_best_ends && leads_to_ending(sc, &sp->choices[avail[i]]))
            d->strike[flat] = true;
    }
    return 0;
}

static void data_free(AuditData *d)
{
    free(d->points);
    free(d->avail);
    free(d->pointed);
    free(d->offset);
    free(d->head);
    free(d->poor);
    free(d->strike);
}

int audit_scenario(const Scenario *sc, const Explorer *e, AuditReport *rep, DiagList *out)
{
    AuditData d = {0};
    int nscenes = scenario_scene_count(sc), maxc = 1, rc = -1;
    size_t total = 0;
    memset(rep, 0, sizeof *rep);
    d.offset = malloc(((size_t)nscenes + 1) * sizeof *d.offset);
    d.head = malloc(((size_t)nscenes + 1) * sizeof *d.head);
    if (!d.offset || !d.head)
        goto done;
    for (int s = 0; s < nscenes; s++) {
        d.head[s] = -1;
        d.offset[s] = total;
        total += (size_t)scenario_scene(sc, s)->nchoices;
        maxc = scenario_scene(sc, s)->nchoices > maxc ? scenario_scene(sc, s)->nchoices : maxc;
    }
    d.poor = calloc(total + 1, sizeof *d.poor);
    d.strike = calloc(total + 1, sizeof *d.strike);
    int *avail = malloc((size_t)maxc * sizeof *avail), *bestv = malloc((size_t)maxc * sizeof *bestv);
    bool *best = malloc((size_t)maxc * sizeof *best);
    bool ok = d.poor && d.strike && avail && bestv && best;
    for (long st = 0; ok && st < (long)explorer_state_count(e); st++)
        ok = add_state(&d, sc, e, st, avail, bestv, best) == 0;
    free(avail);
    free(bestv);
    free(best);
    if (ok)
        rc = audit_warn(sc, e, &d, rep, out);
done:
    data_free(&d);
    return rc;
}
