/* explorer: the entry points and accessors. A run is a breadth-first enumeration of states
 * (explorer_states.c), then dynamic programming over the state graph (explorer_solve.c). */
#include "explorer_parts.h"

#include <math.h>
#include <stdlib.h>

static Explorer *run(const Scenario *sc, size_t max_states, int start, const VarSet *vars, Diag *err)
{
    Explorer *e = calloc(1, sizeof *e);
    VarSet init = {NULL, 0};
    int nscenes = scenario_scene_count(sc), nchoices = 0;
    if (!e)
        goto oom;
    e->sc = sc;
    e->dead_scene = e->stuck_scene = -1;
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
    if (explorer_states_enumerate(e, max_states ? max_states : EXPLORER_DEFAULT_MAX_STATES,
                                  start >= 0 ? start : scenario_meta(sc)->start, vars, err))
        goto fail;
    size_t cells = e->nstates * (size_t)(e->np ? e->np : 1);
    e->mins = calloc(cells, sizeof(double));
    e->maxs = calloc(cells, sizeof(double));
    e->complete = calloc(e->nstates, sizeof(bool));
    e->value = calloc(e->nstates, sizeof(double));
    e->best = malloc((e->nstates ? e->nstates : 1) * sizeof(int));
    e->vu = calloc(e->nstates, sizeof(double));
    if (!e->mins || !e->maxs || !e->complete || !e->value || !e->best || !e->vu)
        goto oom;
    for (size_t s = 0; s < e->nstates; s++) {
        bool ending = scenario_scene(sc, e->states[s].scene)->is_ending;
        e->value[s] = ending ? 0 : -INFINITY;
        e->best[s] = -1;
    }
    if (explorer_solve_graph(e, err))
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
    return run(sc, max_states, start, vars, err);
}

Explorer *explorer_run(const Scenario *sc, size_t max_states, Diag *err)
{
    return run(sc, max_states, -1, NULL, err);
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
    free(e->value);
    free(e->best);
    free(e->vu);
    free(e->scene_reached);
    free(e->choice_base);
    free(e->choice_reached);
    free(e);
}

size_t explorer_state_count(const Explorer *e) { return e->nstates; }
size_t explorer_edge_count(const Explorer *e) { return e->nedges; }
bool explorer_complete(const Explorer *e) { return e->nstates > 0 && e->complete[0]; }

size_t explorer_bytes(const Explorer *e)
{
    size_t b = sizeof *e + e->scap * sizeof(State) + e->ecap * sizeof(Edge) + e->tcap * sizeof(long);
    b += e->nstates * ((size_t)e->np * 2 * sizeof(double) + sizeof(bool) + 2 * sizeof(double) + sizeof(int));
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
