/* explorer_solve: dynamic programming over the state graph in reverse topological order of
 * its strongly connected components (Tarjan): ranges, weights, values, and the policies
 * read from them. Inside a cyclic component, Bellman-Ford passes: if values still change
 * after as many passes as the component has states, a loop lets a total grow without limit. */
#include "explorer_parts.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define VIOLATION_PENALTY 1000.0 /* larger than any overall score (0-100) */
#define EPS 1e-9

/* ---- strongly connected components (iterative Tarjan) ---- */

typedef struct Sccs {
    long *order;  /* states grouped by component, components in reverse topological order */
    long *start;  /* component c holds order[start[c] .. start[c+1]) */
    long count;
} Sccs;

static int tarjan(const Explorer *e, Sccs *out)
{
    size_t n = e->nstates;
    long *index = malloc(n * sizeof *index), *low = malloc(n * sizeof *low);
    long *stack = malloc(n * sizeof *stack), *cstack = malloc(n * sizeof *cstack);
    size_t *cedge = malloc(n * sizeof *cedge);
    bool *on = calloc(n, sizeof *on);
    out->order = malloc(n * sizeof *out->order);
    out->start = malloc((n + 1) * sizeof *out->start);
    out->count = 0;
    int rc = -1;
    if (!index || !low || !stack || !cstack || !cedge || !on || !out->order || !out->start)
        goto done;
    for (size_t i = 0; i < n; i++)
        index[i] = -1;
    long next_index = 0, sp = 0, ordered = 0;
    for (size_t root = 0; root < n; root++) {
        if (index[root] >= 0)
            continue;
        long csp = 0;
        cstack[csp++] = (long)root;
        index[root] = low[root] = next_index++;
        stack[sp++] = (long)root;
        on[root] = true;
        cedge[root] = e->states[root].edge_begin;
        while (csp > 0) {
            long v = cstack[csp - 1];
            if (cedge[v] < e->states[v].edge_end) {
                long w = e->edges[cedge[v]++].next;
                if (index[w] < 0) {
                    index[w] = low[w] = next_index++;
                    stack[sp++] = w;
                    on[w] = true;
                    cedge[w] = e->states[w].edge_begin;
                    cstack[csp++] = w;
                } else if (on[w] && index[w] < low[v]) {
                    low[v] = index[w];
                }
                continue;
            }
            csp--;
            if (csp > 0) {
                long u = cstack[csp - 1];
                if (low[v] < low[u])
                    low[u] = low[v];
            }
            if (low[v] == index[v]) {
                out->start[out->count++] = ordered;
                long w;
                do {
                    w = stack[--sp];
                    on[w] = false;
                    out->order[ordered++] = w;
                } while (w != v);
            }
        }
    }
    out->start[out->count] = ordered;
    rc = 0;
done:
    free(index);
    free(low);
    free(stack);
    free(cstack);
    free(cedge);
    free(on);
    return rc;
}

/* ---- ranges and values ---- */

static bool edge_violates(const Explorer *e, long s, const Edge *ed)
{
    return scenario_scene(e->sc, e->states[s].scene)->choices[ed->choice].violation >= 0;
}

static double choice_delta(const Choice *ch, int rubric_p)
{
    double d = 0;
    for (int i = 0; i < ch->ndeltas; i++)
        if (ch->deltas[i].principle == rubric_p)
            d += ch->deltas[i].delta;
    return d;
}

static double edge_delta(const Explorer *e, long s, const Edge *ed, int rubric_p)
{
    return choice_delta(&scenario_scene(e->sc, e->states[s].scene)->choices[ed->choice], rubric_p);
}

/* One relaxation of the ranges of state s from its successors; true if anything changed. */
static bool relax_range(Explorer *e, long s)
{
    const Scene *scene = scenario_scene(e->sc, e->states[s].scene);
    bool changed = false;
    if (scene->is_ending) {
        if (!e->complete[s]) {
            e->complete[s] = true;
            changed = true;
        }
        return changed;
    }
    double *mn = &e->mins[s * (size_t)e->np], *mx = &e->maxs[s * (size_t)e->np];
    for (size_t k = e->states[s].edge_begin; k < e->states[s].edge_end; k++) {
        const Edge *ed = &e->edges[k];
        if (!e->complete[ed->next])
            continue;
        const double *nmn = &e->mins[(size_t)ed->next * (size_t)e->np];
        const double *nmx = &e->maxs[(size_t)ed->next * (size_t)e->np];
        bool first = !e->complete[s];
        for (int p = 0; p < e->np; p++) {
            double d = edge_delta(e, s, ed, e->pidx[p]);
            if (first || d + nmn[p] < mn[p] - EPS) {
                mn[p] = d + nmn[p];
                changed = true;
            }
            if (first || d + nmx[p] > mx[p] + EPS) {
                mx[p] = d + nmx[p];
                changed = true;
            }
        }
        if (first) {
            e->complete[s] = true;
            changed = true;
        }
    }
    return changed;
}

/* The value of taking `choice` in s and then following the best policy: the choice's
 * weighted deltas plus the expected value of its outcomes, either with the safeguard penalty
 * (`penalised`: the value the best policy maximises) or without (the value decisions are
 * scored by, pass 3). False when the choice is not available or an outcome can never end. */
static bool choice_value(const Explorer *e, long s, int choice, bool penalised, double *q)
{
    const double *next_value = penalised ? e->value : e->vu;
    double sum = 0;
    bool any = false;
    for (size_t k = e->states[s].edge_begin; k < e->states[s].edge_end; k++) {
        const Edge *ed = &e->edges[k];
        if (ed->choice != choice)
            continue;
        if (!e->complete[ed->next])
            return false; /* an outcome that can never end makes the choice unusable */
        if (!any) {
            for (int p = 0; p < e->np; p++)
                sum += e->weight[p] * edge_delta(e, s, ed, e->pidx[p]);
            if (penalised && edge_violates(e, s, ed))
                sum -= VIOLATION_PENALTY;
        }
        sum += ed->prob * next_value[ed->next];
        any = true;
    }
    *q = sum;
    return any;
}

static bool choice_q(const Explorer *e, long s, int choice, double *q)
{
    return choice_value(e, s, choice, true, q);
}

static bool choice_eval(const Explorer *e, long s, int choice, double *out)
{
    return choice_value(e, s, choice, false, out);
}

static bool relax_value(Explorer *e, long s)
{
    if (scenario_scene(e->sc, e->states[s].scene)->is_ending || !e->complete[s])
        return false;
    double best = -INFINITY;
    int last = -1;
    for (size_t k = e->states[s].edge_begin; k < e->states[s].edge_end; k++) {
        int c = e->edges[k].choice;
        if (c == last)
            continue;
        last = c;
        double q;
        if (choice_q(e, s, c, &q) && q > best)
            best = q;
    }
    if (fabs(best - e->value[s]) > EPS) {
        e->value[s] = best;
        return true;
    }
    return false;
}

/* The choice whose edges start at edge k of state s (a choice's edges are consecutive),
 * its value as choice_eval gives it, and whether it can be used (every outcome can end).
 * Returns the edge after the group: walking a state's choices this way reads each edge
 * once, where calling choice_eval per choice would read them all per choice (a scene of
 * 5,000 choices made that 25 million reads a decision). */
static size_t choice_group(const Explorer *e, long s, size_t k, int *choice, double *value, bool *usable)
{
    size_t end = e->states[s].edge_end;
    *choice = e->edges[k].choice;
    *value = 0;
    *usable = true;
    for (int i = 0; i < e->np; i++)
        *value += e->weight[i] * edge_delta(e, s, &e->edges[k], e->pidx[i]);
    for (; k < end && e->edges[k].choice == *choice; k++) {
        *usable &= e->complete[e->edges[k].next];
        *value += e->edges[k].prob * e->vu[e->edges[k].next];
    }
    return k;
}

/* One evaluation of the best policy at s (pass 3); true if a value changed. The best
 * choice is the first whose penalised value is the state's (ties go to the earlier). */
static bool evaluate_best(Explorer *e, long s)
{
    if (scenario_scene(e->sc, e->states[s].scene)->is_ending || !e->complete[s])
        return false;
    if (e->best[s] < 0) {
        int last = -1;
        for (size_t k = e->states[s].edge_begin; k < e->states[s].edge_end && e->best[s] < 0; k++) {
            int c = e->edges[k].choice;
            double q;
            if (c != last && choice_q(e, s, c, &q) && fabs(q - e->value[s]) < 1e-6)
                e->best[s] = c;
            last = c;
        }
        if (e->best[s] < 0)
            return false;
    }
    double v;
    if (choice_eval(e, s, e->best[s], &v) && fabs(v - e->vu[s]) > EPS) {
        e->vu[s] = v;
        return true;
    }
    return false;
}

/* Applies `update` to every state, components successors first, repeating inside a cyclic
 * component until nothing changes (value iteration; bounded by the component's size). */
static void iterate_components(Explorer *e, const Sccs *sccs, bool (*update)(Explorer *, long))
{
    for (long c = 0; c < sccs->count; c++) {
        long b = sccs->start[c], end = sccs->start[c + 1], size = end - b;
        bool changed = true;
        for (long pass = 0; pass <= size + 1 && changed; pass++) {
            changed = false;
            for (long i = b; i < end; i++)
                changed |= update(e, sccs->order[i]);
            if (size == 1)
                break;
        }
    }
}

int explorer_solve_graph(Explorer *e, Diag *err)
{
    const char *file = scenario_meta(e->sc)->file;
    Sccs sccs;
    int rc = -1;
    if (tarjan(e, &sccs)) {
        diag_error(err, file, 0, "out of memory while scoring the scenario");
        goto done;
    }
    /* Pass 1: ranges. Components come out of Tarjan successors-first. */
    for (long c = 0; c < sccs.count; c++) {
        long b = sccs.start[c], end = sccs.start[c + 1], size = end - b;
        bool cyclic = size > 1;
        if (!cyclic) {
            long s = sccs.order[b];
            for (size_t k = e->states[s].edge_begin; k < e->states[s].edge_end; k++)
                cyclic |= e->edges[k].next == s;
        }
        if (!cyclic) {
            relax_range(e, sccs.order[b]);
            continue;
        }
        bool changed = true;
        for (long pass = 0; pass <= size && changed; pass++) {
            changed = false;
            for (long i = b; i < end; i++)
                changed |= relax_range(e, sccs.order[i]);
        }
        if (changed) {
            const Scene *sc = scenario_scene(e->sc, e->states[sccs.order[b]].scene);
            diag_error(err, file, sc->line,
                       "a loop through scene '%s' lets a principle total grow without limit; "
                       "make the loop's choices score only once (use a variable)",
                       sc->id);
            goto done;
        }
    }
    /* Weights make the expected value equal the overall score's change, in points. */
    long s0 = 0;
    int nmeasured = 0;
    for (int p = 0; p < e->np; p++) {
        int rp = e->pidx[p];
        if (e->complete[s0]) {
            e->range_min[rp] = e->mins[p];
            e->range_max[rp] = e->maxs[p];
        }
        if (e->range_max[rp] - e->range_min[rp] > EPS)
            nmeasured++;
    }
    for (int p = 0; p < e->np; p++) {
        double range = e->range_max[e->pidx[p]] - e->range_min[e->pidx[p]];
        e->weight[p] = range > EPS ? 100.0 / (range * nmeasured) : 0;
    }
    /* Pass 2: expected values. Pass 3: what the best policy gives from each state in
     * weighted points without the safeguard penalty: the baseline every decision is scored
     * against. */
    iterate_components(e, &sccs, relax_value);
    iterate_components(e, &sccs, evaluate_best);
    for (size_t s = 0; s < e->nstates; s++)
        if (!e->complete[s] && !scenario_scene(e->sc, e->states[s].scene)->is_ending &&
            e->states[s].edge_end > e->states[s].edge_begin && e->stuck++ == 0)
            e->stuck_scene = e->states[s].scene;
    rc = 0;
done:
    free(sccs.order);
    free(sccs.start);
    return rc;
}

/* ---- policies: the choices the values favour ---- */

bool explorer_choice_value(const Explorer *e, long state, int choice, double *value)
{
    if (state < 0 || (size_t)state >= e->nstates)
        return false;
    return choice_q(e, state, choice, value);
}

int explorer_best_choices(const Explorer *e, long state, int *out)
{
    if (state < 0 || (size_t)state >= e->nstates || !e->complete[state])
        return 0;
    int n = 0, last = -1;
    for (size_t k = e->states[state].edge_begin; k < e->states[state].edge_end; k++) {
        int c = e->edges[k].choice;
        double q;
        if (c == last)
            continue;
        last = c;
        if (choice_q(e, state, c, &q) && fabs(q - e->value[state]) < 1e-6)
            out[n++] = c;
    }
    return n;
}

static bool violates(const Explorer *e, long s, int choice);

/* What choice c (worth q) gives up in state s against the best choice (worth best) when the
 * most any choice gives up is span. A choice that breaks a safeguard gives up everything
 * the decision could win, even where its principles alone would score well: a careless
 * trainee must not score better for breaking safeguards than for choosing poorly within
 * them. *breaks says whether that rule applied. */
static double regret_of(const Explorer *e, long s, int c, double q, double best, double span, bool *breaks)
{
    *breaks = violates(e, s, c) && !violates(e, s, e->best[s]);
    return *breaks ? span : fmax(0, best - q);
}

int explorer_worst_choices(const Explorer *e, long state, int *out)
{
    double best, worst = INFINITY, q;
    if (state < 0 || (size_t)state >= e->nstates || e->best[state] < 0 ||
        !choice_eval(e, state, e->best[state], &best))
        return 0;
    bool any_violation = false, breaks;
    double most = -1;
    int n = 0, c;
    bool ok;
    size_t begin = e->states[state].edge_begin, end = e->states[state].edge_end;
    for (size_t k = begin; k < end;)
        if ((k = choice_group(e, state, k, &c, &q, &ok)), ok)
            worst = fmin(worst, q);
    double span = fmax(0, best - worst);
    /* First the most any choice gives up (explorer_decision's regret), then the choices
     * that give it up; among them, those that break a safeguard when there are any. */
    for (int pass = 0; pass < 2; pass++)
        for (size_t k = begin; k < end;) {
            k = choice_group(e, state, k, &c, &q, &ok);
            if (!ok)
                continue;
            double regret = regret_of(e, state, c, q, best, span, &breaks);
            if (pass == 0) {
                if (regret > most + 1e-6) {
                    most = regret;
                    any_violation = false;
                }
                any_violation |= regret > most - 1e-6 && violates(e, state, c);
            } else if (regret > most - 1e-6 && (!any_violation || violates(e, state, c))) {
                out[n++] = c;
            }
        }
    return n;
}

int explorer_best_path(const Explorer *e, PathStep *out, int max, int *ending)
{
    long s = 0;
    int n = 0;
    *ending = -1;
    int best[256];
    while (e->nstates > 0 && n < max) {
        const Scene *scene = scenario_scene(e->sc, e->states[s].scene);
        if (scene->is_ending) {
            *ending = e->states[s].scene;
            break;
        }
        if (scene->nchoices > 256 || explorer_best_choices(e, s, best) == 0)
            break;
        /* Most likely outcome of the best choice. */
        const Edge *pick = NULL;
        for (size_t k = e->states[s].edge_begin; k < e->states[s].edge_end; k++)
            if (e->edges[k].choice == best[0] && (!pick || e->edges[k].prob > pick->prob))
                pick = &e->edges[k];
        out[n++] = (PathStep){e->states[s].scene, best[0], pick->target};
        s = pick->next;
    }
    if (n == max && e->nstates > 0 && scenario_scene(e->sc, e->states[s].scene)->is_ending)
        *ending = e->states[s].scene;
    return n;
}

/* ---- one decision, for scoring ---- */

static bool violates(const Explorer *e, long s, int choice)
{
    const Scene *scene = scenario_scene(e->sc, e->states[s].scene);
    return choice >= 0 && choice < scene->nchoices && scene->choices[choice].violation >= 0;
}

bool explorer_decision(const Explorer *e, long state, int choice, ExplorerDecision *out)
{
    memset(out, 0, sizeof *out);
    if (state < 0 || (size_t)state >= e->nstates || e->best[state] < 0)
        return false;
    double taken, best, worst = INFINITY;
    if (!choice_eval(e, state, choice, &taken) || !choice_eval(e, state, e->best[state], &best))
        return false;
    const Choice *choices = scenario_scene(e->sc, e->states[state].scene)->choices;
    double lo[MAX_P], hi[MAX_P], mine[MAX_P];
    for (int p = 0; p < e->np; p++) {
        lo[p] = INFINITY;
        hi[p] = -INFINITY;
        mine[p] = choice_delta(&choices[choice], e->pidx[p]);
    }
    for (size_t k = e->states[state].edge_begin; k < e->states[state].edge_end;) {
        int c;
        double q;
        bool ok;
        k = choice_group(e, state, k, &c, &q, &ok);
        if (!ok)
            continue;
        worst = fmin(worst, q);
        out->at_stake |= violates(e, state, c) && !violates(e, state, e->best[state]);
        for (int p = 0; p < e->np; p++) {
            double d = choice_delta(&choices[c], e->pidx[p]);
            lo[p] = fmin(lo[p], d);
            hi[p] = fmax(hi[p], d);
        }
    }
    out->span = fmax(0, best - worst);
    out->regret = regret_of(e, state, choice, taken, best, out->span, &out->breaks);
    for (int p = 0; p < e->np; p++) {
        out->gain[e->pidx[p]] = mine[p] - lo[p];
        out->reach[e->pidx[p]] = hi[p] - lo[p];
    }
    return true;
}

long explorer_next_state(const Explorer *e, long state, int choice, int outcome)
{
    if (state < 0 || (size_t)state >= e->nstates)
        return -1;
    for (size_t k = e->states[state].edge_begin; k < e->states[state].edge_end; k++)
        if (e->edges[k].choice == choice && e->edges[k].target == outcome)
            return e->edges[k].next;
    return -1;
}
