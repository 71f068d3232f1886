/* explorer_parts: the Explorer's working data, shared by explorer.c (entry points and
 * accessors), explorer_states.c (the state table, its enumeration, explorer_find_state) and
 * explorer_solve.c (components, ranges, values and the policy queries). Internal to
 * engine/core; explorer.h is the interface. */
#ifndef RJ_EXPLORER_PARTS_H
#define RJ_EXPLORER_PARTS_H

#include "explorer.h"

#include <stdint.h>

enum { MAX_P = EXPLORER_MAX_PRINCIPLES };

typedef struct State {
    int scene;
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
    double *value;     /* per state: expected value of the best policy, safeguard penalty in */
    /* The best policy followed from each state (explorer_solve.c, pass 3), for scoring: */
    int *best;         /* per state: the first best choice; -1 at endings and where none ends */
    double *vu;        /* per state: expected weighted value with no safeguard penalty */
    double range_min[MAX_P], range_max[MAX_P]; /* by rubric index */
    bool scored[MAX_P];

    bool *scene_reached;
    int *choice_base; /* per scene: offset into choice_reached */
    bool *choice_reached;
    size_t dead_ends, stuck;
    int dead_scene, stuck_scene;
};

/* Adds the states reachable from (start, vars0) and the edges between them, marking the
 * scenes and choices reached and the dead ends. Returns 0, or -1 with err filled. */
int explorer_states_enumerate(Explorer *e, size_t max_states, int start, const VarSet *vars0, Diag *err);
/* Fills the ranges, weights, values, completeness and stuck count of the enumerated states.
 * Returns 0, or -1 with err filled. */
int explorer_solve_graph(Explorer *e, Diag *err);

#endif
