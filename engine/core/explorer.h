/* explorer: walks every reachable state (scene plus variable values) of a scenario and
 * derives what scoring and the authoring tools need:
 *  - per principle, the lowest and highest total any complete path (start to ending) can
 *    reach; scores are placed in that range, so authors never calibrate by hand;
 *  - the best choice in every state: the one with the highest expected overall score,
 *    where a broken safeguard costs more than any score can give back;
 *  - which scenes, choices and endings can be reached, and the dead ends.
 *
 * Ownership: explorer_run returns an Explorer the caller frees with explorer_free; it
 * borrows the Scenario, which must outlive it.
 * Errors: explorer_run returns NULL and fills err when a script error occurs in a
 * condition or effect, when the state or memory limit is passed, when a loop lets a principle grow
 * without limit, or when out of memory. */
#ifndef RJ_EXPLORER_H
#define RJ_EXPLORER_H

#include "scenario.h"

#include <stdbool.h>
#include <stddef.h>

enum { EXPLORER_DEFAULT_MAX_STATES = 500000 };
/* The memory the states and their edges may take (variables included), whatever the state
 * limit: past it, exploration stops with an error naming the choice that led there. */
enum { EXPLORER_MAX_BYTES = 512 * 1024 * 1024 };

typedef struct Explorer Explorer;

/* Explores from the start state (or from scene `start` with `vars` when start >= 0). */
Explorer *explorer_run(const Scenario *sc, size_t max_states, Diag *err);
Explorer *explorer_run_from(const Scenario *sc, size_t max_states, int start, const VarSet *vars,
                            Diag *err);
/* Explores the paths open to one session: chance resolves as that seed's generator resolves
 * it (the k-th chance choice on a path takes the seed's k-th draw), so the ranges are those
 * of every path the trainee could have taken with the same luck. Sessions are scored
 * against these ranges; best choices come from the unseeded explorer (expected values),
 * which never knows the dice. explorer_find_state and the best-choice queries return
 * nothing on a seeded explorer. */
Explorer *explorer_run_seeded(const Scenario *sc, size_t max_states, uint64_t seed, int start, const VarSet *vars,
                              Diag *err);
/* The two explorations a scored session needs, from its start (scene and variables, or the
 * scenario's when start < 0): the best-choice policy (explorer_run_from) and the ranges for
 * its seed (explorer_run_seeded). 0, or -1 with err filled and both outputs NULL. */
int explorer_run_session(const Scenario *sc, uint64_t seed, int start, const VarSet *vars, Explorer **policy,
                         Explorer **ranges, Diag *err);
void explorer_free(Explorer *e);

size_t explorer_state_count(const Explorer *e);
size_t explorer_edge_count(const Explorer *e);
size_t explorer_bytes(const Explorer *e);
/* Whether at least one complete path exists from the start. */
bool explorer_complete(const Explorer *e);
/* The range of principle p over complete paths. False when p is not scored on any path
 * (min == max == 0 then). */
bool explorer_range(const Explorer *e, int p, double *min, double *max);

bool explorer_scene_reached(const Explorer *e, int scene);
bool explorer_choice_reached(const Explorer *e, int scene, int choice);
/* States where no choice is available (author error); `scene` gets one example. */
size_t explorer_dead_end_count(const Explorer *e, int *scene);
/* Reachable states from which no ending can be reached (a loop with no way out). */
size_t explorer_stuck_count(const Explorer *e, int *scene);

/* The state id for a scene and variables, or -1 when that state is not reachable. */
long explorer_find_state(const Explorer *e, int scene, const VarSet *vars);
/* Expected value of taking `choice` in `state` (higher is better); false when the choice is
 * not available there or cannot lead to an ending. */
bool explorer_choice_value(const Explorer *e, long state, int choice, double *value);
/* Writes the best choices in `state` (within rounding of each other) into out (room for
 * the scene's nchoices) and returns how many; 0 for endings and unknown states. */
int explorer_best_choices(const Explorer *e, long state, int *out);
/* The least restorative choices: those with the lowest expected overall score, broken
 * safeguards counting heavily against. For tests and authors ("the worst path"). */
int explorer_worst_choices(const Explorer *e, long state, int *out);

typedef struct PathStep {
    int scene, choice, outcome;
} PathStep;
/* The best path from the start, following the best choice and the most likely outcome of
 * each chance. Writes up to max steps; returns the number of steps, and sets *ending to the
 * ending's scene index (-1 if none was reached within max steps). */
int explorer_best_path(const Explorer *e, PathStep *out, int max, int *ending);

/* ---- the state graph, read-only, for the authoring tools (lint, rjsim test) ----
 * States are numbered 0 .. explorer_state_count()-1 in breadth-first order; 0 is the start.
 * Each edge is one (available choice, outcome) pair; a choice without chance has one. */
typedef struct ExplorerEdge {
    int choice;  /* index into the state's scene's choices */
    int outcome; /* index into the choice's targets */
    long next;   /* the state it leads to */
    double prob; /* the outcome's probability (1 without chance) */
} ExplorerEdge;

int explorer_state_scene(const Explorer *e, long state);
const VarSet *explorer_state_vars(const Explorer *e, long state);
/* Whether an ending can be reached from the state. */
bool explorer_state_complete(const Explorer *e, long state);
/* The edges leaving a state: writes the index of the first to *first, returns how many. */
size_t explorer_state_edges(const Explorer *e, long state, size_t *first);
ExplorerEdge explorer_edge(const Explorer *e, size_t k);

#endif
