/* explorer_states: the state table (hashing, find or add, edges) and the
 * breadth-first enumeration of reachable states within the state and memory limits. */
#include "explorer_parts.h"

#include "step.h"

#include <stdlib.h>
#include <string.h>

static uint64_t state_hash(int scene, const VarSet *vars)
{
    return varset_hash(vars, hash_bytes(&scene, sizeof scene, HASH_SEED));
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

static long find_state(const Explorer *e, int scene, const VarSet *vars)
{
    if (!e->tcap)
        return -1;
    uint64_t h = state_hash(scene, vars);
    for (size_t j = h & (e->tcap - 1); e->table[j]; j = (j + 1) & (e->tcap - 1)) {
        const State *s = &e->states[e->table[j] - 1];
        if (s->hash == h && s->scene == scene && varset_equal(&s->vars, vars))
            return e->table[j] - 1;
    }
    return -1;
}

long explorer_find_state(const Explorer *e, int scene, const VarSet *vars)
{
    return find_state(e, scene, vars);
}

/* Bytes a state takes: its entry, its slots in the hash table and the per-state arrays
 * built after enumeration (ranges of each measured principle, values), and its variables. */
static size_t state_bytes(const Explorer *e, const VarSet *vars)
{
    size_t n = sizeof(State) + 2 * sizeof(long) + (2 * (size_t)e->np + 2) * sizeof(double) + sizeof(bool) +
               sizeof(int) +
               (size_t)vars->count * sizeof(Value);
    for (int i = 0; i < vars->count; i++)
        if (vars->v[i].type == VALUE_STRING)
            n += strlen(vars->v[i].as.s) + 1;
    return n;
}

/* Returns the id of the state (scene, vars), adding it (with a copy of vars) if new;
 * -1 when out of memory, -2 past the state limit, -3 past EXPLORER_MAX_BYTES. */
static long find_or_add(Explorer *e, int scene, const VarSet *vars, size_t max_states)
{
    /* The state limit alone does not bound memory: 500,000 states of a thousand variables,
     * or of a text that grows on each pass through a loop, or with 5,000 choices each, would
     * take many gigabytes before it is reached. */
    if (e->bytes > EXPLORER_MAX_BYTES)
        return -3;
    long found = find_state(e, scene, vars);
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
    s->hash = state_hash(scene, vars);
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
int explorer_states_enumerate(Explorer *e, size_t max_states, int start, const VarSet *vars0, Diag *err)
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
    if (find_or_add(e, start, vars0, max_states) < 0)
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
            double wsum = 0;
            for (int t = 0; t < ch->ntargets; t++)
                wsum += ch->targets[t].weight;
            for (int t = 0; t < ch->ntargets; t++) {
                long next = find_or_add(e, ch->targets[t].scene, &nv, max_states);
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
                double prob = wsum > 0 ? ch->targets[t].weight / wsum : 0;
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
