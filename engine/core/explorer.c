/* explorer: breadth-first enumeration of states, then dynamic programming over the state
 * graph in reverse topological order of its strongly connected components (Tarjan).
 * Inside a cyclic component, Bellman-Ford passes: if values still change after as many
 * passes as the component has states, a loop lets a total grow without limit. */
#include "explorer.h"

#include "rng.h"
#include "step.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_P = 64 };
#define VIOLATION_PENALTY 1000.0 /* larger than any overall score (0-100) */
#define EPS 1e-9

typedef struct State {
    int scene;
    int draws; /* chance draws taken to get here (seeded exploration only; else 0) */
    VarSet vars;
    uint64_t hash;
    size_t edge_begin, edge_end;
} State;

typedef struct Edge {
    int choice, target, next;
    double prob;
} Edge;

struct Explorer {
    const Scenario *sc;
    bool seeded;      /* chance resolved by one seed's draws: the trainee's own luck */
    Rng rng;          /* the seed's generator, advanced as more draws are needed */
    uint32_t *draws;  /* the seed's draws so far */
    size_t ndraws, dcap;
    State *states;
    size_t nstates, scap;
    Edge *edges;
    size_t nedges, ecap;
    long *table; /* open addressing: state index + 1, 0 = empty */
    size_t tcap;
    size_t bytes; /* what the states and edges found so far will take, for EXPLORER_MAX_BYTES */

    int np;            /* measured principles */
    int pidx[MAX_P];   /* rubric index of each measured principle */
    double weight[MAX_P];
    double *mins, *maxs; /* nstates * np */
    bool *complete;
    double *value[2];  /* expected value per state of the best [0] and worst [1] policies */
    double range_min[MAX_P], range_max[MAX_P]; /* by rubric index */
    bool scored[MAX_P];

    bool *scene_reached;
    int *choice_base; /* per scene: offset into choice_reached */
    bool *choice_reached;
    size_t dead_ends, stuck;
    int dead_scene, stuck_scene;
};

static uint64_t state_hash(int scene, int draws, const VarSet *vars)
{
    uint64_t h = hash_bytes(&scene, sizeof scene, HASH_SEED);
    h = hash_bytes(&draws, sizeof draws, h);
    return varset_hash(vars, h);
}

/* The k-th draw of the seed (0-based), or -1 when out of memory. */
static int64_t seed_draw(Explorer *e, size_t k)
{
    while (e->ndraws <= k) {
        if (e->ndraws == e->dcap) {
            size_t ncap = e->dcap ? e->dcap * 2 : 64;
            uint32_t *nd = realloc(e->draws, ncap * sizeof *nd);
            if (!nd)
                return -1;
            e->draws = nd;
            e->dcap = ncap;
        }
        e->draws[e->ndraws++] = rng_next(&e->rng);
    }
    return e->draws[k];
}

static int table_grow(Explorer *e)
{
    size_t ncap = e->tcap ? e->tcap * 2 : 1024;
    long *nt = calloc(ncap, sizeof *nt);
    if (!nt)
        return -1;
    for (size_t i = 0; i < e->nstates; i++) {
        size_t j = e->states[i].hash & (ncap - 1);
        while (nt[j])
            j = (j + 1) & (ncap - 1);
        nt[j] = (long)i + 1;
    }
    free(e->table);
    e->table = nt;
    e->tcap = ncap;
    return 0;
}

static long find_state(const Explorer *e, int scene, int draws, const VarSet *vars)
{
    if (!e->tcap)
        return -1;
    uint64_t h = state_hash(scene, draws, vars);
    for (size_t j = h & (e->tcap - 1); e->table[j]; j = (j + 1) & (e->tcap - 1)) {
        const State *s = &e->states[e->table[j] - 1];
        if (s->hash == h && s->scene == scene && s->draws == draws && varset_equal(&s->vars, vars))
            return e->table[j] - 1;
    }
    return -1;
}

long explorer_find_state(const Explorer *e, int scene, const VarSet *vars)
{
    return e->seeded ? -1 : find_state(e, scene, 0, vars);
}

/* Bytes a state takes: its entry, its slots in the hash table and the per-state arrays
 * built after enumeration (ranges of each measured principle, values), and its variables. */
static size_t state_bytes(const Explorer *e, const VarSet *vars)
{
    size_t n = sizeof(State) + 2 * sizeof(long) + (2 * (size_t)e->np + 2) * sizeof(double) + sizeof(bool) +
               (size_t)vars->count * sizeof(Value);
    for (int i = 0; i < vars->count; i++)
        if (vars->v[i].type == VALUE_STRING)
            n += strlen(vars->v[i].as.s) + 1;
    return n;
}

/* Returns the id of the state (scene, vars), adding it (with a copy of vars) if new;
 * -1 when out of memory, -2 past the state limit, -3 past EXPLORER_MAX_BYTES. */
static long find_or_add(Explorer *e, int scene, int draws, const VarSet *vars, size_t max_states)
{
    /* The state limit alone does not bound memory: 500,000 states of a thousand variables,
     * or of a text that grows on each pass through a loop, or with 5,000 choices each, would
     * take many gigabytes before it is reached. */
    if (e->bytes > EXPLORER_MAX_BYTES)
        return -3;
    long found = find_state(e, scene, draws, vars);
    if (found >= 0)
        return found;
    if (e->nstates >= max_states)
        return -2;
    if ((e->nstates + 1) * 2 > e->tcap && table_grow(e))
        return -1;
    if (e->nstates == e->scap) {
        size_t ncap = e->scap ? e->scap * 2 : 256;
        State *ns = realloc(e->states, ncap * sizeof *ns);
        if (!ns)
            return -1;
        e->states = ns;
        e->scap = ncap;
    }
    State *s = &e->states[e->nstates];
    s->scene = scene;
    s->draws = draws;
    s->hash = state_hash(scene, draws, vars);
    s->edge_begin = s->edge_end = 0;
    if (varset_copy(&s->vars, vars))
        return -1;
    e->bytes += state_bytes(e, vars);
    size_t j = s->hash & (e->tcap - 1);
    while (e->table[j])
        j = (j + 1) & (e->tcap - 1);
    e->table[j] = (long)e->nstates + 1;
    return (long)e->nstates++;
}

static int add_edge(Explorer *e, Edge edge)
{
    if (e->nedges == e->ecap) {
        size_t ncap = e->ecap ? e->ecap * 2 : 1024;
        Edge *ne = realloc(e->edges, ncap * sizeof *ne);
        if (!ne)
            return -1;
        e->edges = ne;
        e->ecap = ncap;
    }
    e->edges[e->nedges++] = edge;
    e->bytes += sizeof(Edge);
    return 0;
}

/* Breadth-first: the states array doubles as the queue. */
static int enumerate(Explorer *e, size_t max_states, int start, const VarSet *vars0, Diag *err)
{
    const Scenario *sc = e->sc;
    const char *file = scenario_meta(sc)->file;
    int maxc = 1;
    for (int i = 0; i < scenario_scene_count(sc); i++)
        if (scenario_scene(sc, i)->nchoices > maxc)
            maxc = scenario_scene(sc, i)->nchoices;
    int *avail = malloc((size_t)maxc * sizeof *avail);
    int rc = -1;
    VarSet nv = {NULL, 0};
    if (!avail)
        goto oom;
    if (find_or_add(e, start, 0, vars0, max_states) < 0)
        goto oom;
    for (size_t i = 0; i < e->nstates; i++) {
        int scene = e->states[i].scene;
        const Scene *s = scenario_scene(sc, scene);
        e->scene_reached[scene] = true;
        e->states[i].edge_begin = e->states[i].edge_end = e->nedges;
        /* Text functions run in every reachable state, so the checker finds their errors
         * before a trainee does. */
        if (s->text_ref != SCRIPT_REF_NONE) {
            const ScenarioHooks *h = scenario_hooks(sc);
            char *text = h->text ? h->text(h->ctx, s->text_ref, &e->states[i].vars, err) : NULL;
            if (!text) {
                if (!diag_is_error(err))
                    diag_error(err, file, s->line, "text function cannot run");
                goto done;
            }
            free(text);
        }
        if (s->is_ending)
            continue;
        int n = step_available(sc, scene, &e->states[i].vars, avail, err);
        if (n < 0)
            goto done;
        if (n == 0) {
            if (e->dead_ends++ == 0)
                e->dead_scene = scene;
            continue;
        }
        for (int k = 0; k < n; k++) {
            int c = avail[k];
            const Choice *ch = &s->choices[c];
            e->choice_reached[e->choice_base[scene] + c] = true;
            if (varset_copy(&nv, &e->states[i].vars))
                goto oom;
            if (step_apply(sc, scene, c, &nv, err))
                goto done;
            double wsum = 0, w[64];
            for (int t = 0; t < ch->ntargets; t++)
                wsum += ch->targets[t].weight;
            /* Seeded: chance resolves as the session's generator would, the k-th chance
             * choice on a path taking the seed's k-th draw. */
            int only = -1, draws = e->states[i].draws;
            if (e->seeded && ch->ntargets > 1) {
                int64_t draw = seed_draw(e, (size_t)draws);
                if (draw < 0)
                    goto oom;
                for (int t = 0; t < ch->ntargets && t < 64; t++)
                    w[t] = ch->targets[t].weight;
                only = rng_pick_draw((uint32_t)draw, w, ch->ntargets < 64 ? ch->ntargets : 64);
                draws++;
            }
            for (int t = 0; t < ch->ntargets; t++) {
                if (only >= 0 && t != only)
                    continue;
                long next = find_or_add(e, ch->targets[t].scene, draws, &nv, max_states);
                if (next == -2) {
                    diag_error(err, file, ch->line,
                               "more than %zu states: does a variable change without limit "
                               "(a counter in a loop)? Reached from scene '%s'",
                               max_states, s->id);
                    goto done;
                }
                if (next == -3) {
                    diag_error(err, file, ch->line,
                               "the states reached need more than %d MB: does a variable change without "
                               "limit (a counter, or a text that grows, in a loop), or does a scene offer "
                               "too many choices? Reached from scene '%s'",
                               EXPLORER_MAX_BYTES >> 20, s->id);
                    goto done;
                }
                if (next < 0)
                    goto oom;
                double prob = only >= 0 ? 1.0 : wsum > 0 ? ch->targets[t].weight / wsum : 0;
                if (add_edge(e, (Edge){c, t, (int)next, prob}))
                    goto oom;
            }
            varset_free(&nv);
        }
        e->states[i].edge_end = e->nedges;
    }
    rc = 0;
    goto done;
oom:
    diag_error(err, file, 0, "out of memory while exploring the scenario");
done:
    varset_free(&nv);
    free(avail);
    return rc;
}

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

static int solve(Explorer *e, Diag *err)
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

static Explorer *run(const Scenario *sc, size_t max_states, int start, const VarSet *vars, const uint64_t *seed,
                     Diag *err)
{
    Explorer *e = calloc(1, sizeof *e);
    VarSet init = {NULL, 0};
    int nscenes = scenario_scene_count(sc), nchoices = 0;
    if (!e)
        goto oom;
    e->sc = sc;
    e->dead_scene = e->stuck_scene = -1;
    if (seed) {
        e->seeded = true;
        rng_seed(&e->rng, *seed);
    }
    const Rubric *r = scenario_rubric(sc);
    for (int p = 0; p < rubric_principle_count(r) && p < MAX_P; p++)
        if (scenario_scores_principle(sc, p)) {
            e->scored[p] = true;
            e->pidx[e->np++] = p;
        }
    e->scene_reached = calloc((size_t)nscenes + 1, sizeof(bool));
    e->choice_base = calloc((size_t)nscenes + 1, sizeof(int));
    if (!e->scene_reached || !e->choice_base)
        goto oom;
    for (int i = 0; i < nscenes; i++) {
        e->choice_base[i] = nchoices;
        nchoices += scenario_scene(sc, i)->nchoices;
    }
    e->choice_reached = calloc((size_t)nchoices + 1, sizeof(bool));
    if (!e->choice_reached)
        goto oom;
    if (!vars) {
        if (scenario_initial_vars(sc, &init))
            goto oom;
        vars = &init;
    }
    if (enumerate(e, max_states ? max_states : EXPLORER_DEFAULT_MAX_STATES,
                  start >= 0 ? start : scenario_meta(sc)->start, vars, err))
        goto fail;
    size_t cells = e->nstates * (size_t)(e->np ? e->np : 1);
    e->mins = calloc(cells, sizeof(double));
    e->maxs = calloc(cells, sizeof(double));
    e->complete = calloc(e->nstates, sizeof(bool));
    e->value[0] = calloc(e->nstates, sizeof(double));
    e->value[1] = calloc(e->nstates, sizeof(double));
    if (!e->mins || !e->maxs || !e->complete || !e->value[0] || !e->value[1])
        goto oom;
    for (size_t s = 0; s < e->nstates; s++) {
        bool ending = scenario_scene(sc, e->states[s].scene)->is_ending;
        e->value[0][s] = ending ? 0 : -INFINITY;
        e->value[1][s] = ending ? 0 : INFINITY;
    }
    if (solve(e, err))
        goto fail;
    varset_free(&init);
    return e;
oom:
    diag_error(err, scenario_meta(sc)->file, 0, "out of memory while exploring the scenario");
fail:
    varset_free(&init);
    explorer_free(e);
    return NULL;
}

Explorer *explorer_run_from(const Scenario *sc, size_t max_states, int start, const VarSet *vars, Diag *err)
{
    return run(sc, max_states, start, vars, NULL, err);
}

Explorer *explorer_run(const Scenario *sc, size_t max_states, Diag *err)
{
    return run(sc, max_states, -1, NULL, NULL, err);
}

Explorer *explorer_run_seeded(const Scenario *sc, size_t max_states, uint64_t seed, int start, const VarSet *vars,
                              Diag *err)
{
    return run(sc, max_states, start, vars, &seed, err);
}

void explorer_free(Explorer *e)
{
    if (!e)
        return;
    for (size_t i = 0; i < e->nstates; i++)
        varset_free(&e->states[i].vars);
    free(e->states);
    free(e->edges);
    free(e->table);
    free(e->mins);
    free(e->maxs);
    free(e->complete);
    free(e->value[0]);
    free(e->value[1]);
    free(e->scene_reached);
    free(e->choice_base);
    free(e->choice_reached);
    free(e->draws);
    free(e);
}

size_t explorer_state_count(const Explorer *e) { return e->nstates; }
size_t explorer_edge_count(const Explorer *e) { return e->nedges; }
bool explorer_complete(const Explorer *e) { return e->nstates > 0 && e->complete[0]; }

size_t explorer_bytes(const Explorer *e)
{
    size_t b = sizeof *e + e->scap * sizeof(State) + e->ecap * sizeof(Edge) + e->tcap * sizeof(long);
    b += e->nstates * ((size_t)e->np * 2 * sizeof(double) + sizeof(bool) + 2 * sizeof(double));
    for (size_t i = 0; i < e->nstates; i++)
        b += (size_t)e->states[i].vars.count * sizeof(Value);
    return b;
}

bool explorer_range(const Explorer *e, int p, double *min, double *max)
{
    bool ok = p >= 0 && p < MAX_P && e->scored[p] && explorer_complete(e);
    *min = ok ? e->range_min[p] : 0;
    *max = ok ? e->range_max[p] : 0;
    return ok;
}

bool explorer_scene_reached(const Explorer *e, int scene)
{
    return scene >= 0 && scene < scenario_scene_count(e->sc) && e->scene_reached[scene];
}

bool explorer_choice_reached(const Explorer *e, int scene, int choice)
{
    if (scene < 0 || scene >= scenario_scene_count(e->sc) || choice < 0 ||
        choice >= scenario_scene(e->sc, scene)->nchoices)
        return false;
    return e->choice_reached[e->choice_base[scene] + choice];
}

size_t explorer_dead_end_count(const Explorer *e, int *scene)
{
    if (scene)
        *scene = e->dead_scene;
    return e->dead_ends;
}

size_t explorer_stuck_count(const Explorer *e, int *scene)
{
    if (scene)
        *scene = e->stuck_scene;
    return e->stuck;
}

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

int explorer_state_scene(const Explorer *e, long state)
{
    return state >= 0 && (size_t)state < e->nstates ? e->states[state].scene : -1;
}

const VarSet *explorer_state_vars(const Explorer *e, long state)
{
    return state >= 0 && (size_t)state < e->nstates ? &e->states[state].vars : NULL;
}

bool explorer_state_complete(const Explorer *e, long state)
{
    return state >= 0 && (size_t)state < e->nstates && e->complete[state];
}

size_t explorer_state_edges(const Explorer *e, long state, size_t *first)
{
    *first = 0;
    if (state < 0 || (size_t)state >= e->nstates)
        return 0;
    *first = e->states[state].edge_begin;
    return e->states[state].edge_end - e->states[state].edge_begin;
}

ExplorerEdge explorer_edge(const Explorer *e, size_t k)
{
    const Edge *ed = &e->edges[k];
    return (ExplorerEdge){ed->choice, ed->target, ed->next, ed->prob};
}
