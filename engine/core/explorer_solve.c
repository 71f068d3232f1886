/* explorer_solve: dynamic programming over the state graph in reverse topological order of
 * its strongly connected components (Tarjan): ranges, weights, values, and the policies
 * read from them. Inside a cyclic component, Bellman-Ford passes: if values still change
 * after as many passes as the component has states, a loop lets a total grow without limit. */
#include "explorer_parts.h"

#include <math.h>
#include <stdlib.h>

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

static double edge_delta(const Explorer *e, long s, const Edge *ed, int rubric_p)
{
    const Choice *ch = &scenario_scene(e->sc, e->states[s].scene)->choices[ed->choice];
    double d = 0;
    for (int i = 0; i < ch->ndeltas; i++)
        if (ch->deltas[i].principle == rubric_p)
            d += ch->deltas[i].delta;
    return d;
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

/* Q value of taking `choice` in s and then following policy `which` (0 best, 1 worst):
 * the choice's weighted deltas (less the safeguard penalty) plus the expected value of its
 * outcomes. False when the choice is not available or an outcome can never end. */
static bool choice_q(const Explorer *e, long s, int choice, int which, double *q)
{
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
            if (edge_violates(e, s, ed))
                sum -= VIOLATION_PENALTY;
        }
        sum += ed->prob * e->value[which][ed->next];
        any = true;
    }
    *q = sum;
    return any;
}

static bool relax_value(Explorer *e, long s, int which)
{
    if (scenario_scene(e->sc, e->states[s].scene)->is_ending || !e->complete[s])
        return false;
    double best = which == 0 ? -INFINITY : INFINITY;
    int last = -1;
    for (size_t k = e->states[s].edge_begin; k < e->states[s].edge_end; k++) {
        int c = e->edges[k].choice;
        if (c == last)
            continue;
        last = c;
        double q;
        if (choice_q(e, s, c, which, &q) && (which == 0 ? q > best : q < best))
            best = q;
    }
    if (fabs(best - e->value[which][s]) > EPS) {
        e->value[which][s] = best;
        return true;
    }
    return false;
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
    /* Pass 2: expected values, value iteration inside cycles. */
    for (long c = 0; c < sccs.count; c++) {
        long b = sccs.start[c], end = sccs.start[c + 1], size = end - b;
        for (int which = 0; which < 2; which++) {
            bool changed = true;
            for (long pass = 0; pass <= size + 1 && changed; pass++) {
                changed = false;
                for (long i = b; i < end; i++)
                    changed |= relax_value(e, sccs.order[i], which);
                if (size == 1)
                    break;
            }
        }
    }
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
    return !e->seeded && choice_q(e, state, choice, 0, value);
}

static int policy_choices(const Explorer *e, long state, int which, int *out)
{
    if (e->seeded || state < 0 || (size_t)state >= e->nstates || !e->complete[state])
        return 0;
    int n = 0, last = -1;
    for (size_t k = e->states[state].edge_begin; k < e->states[state].edge_end; k++) {
        int c = e->edges[k].choice;
        double q;
        if (c == last)
            continue;
        last = c;
        if (choice_q(e, state, c, which, &q) && fabs(q - e->value[which][state]) < 1e-6)
            out[n++] = c;
    }
    return n;
}

int explorer_best_choices(const Explorer *e, long state, int *out)
{
    return policy_choices(e, state, 0, out);
}

int explorer_worst_choices(const Explorer *e, long state, int *out)
{
    return policy_choices(e, state, 1, out);
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
