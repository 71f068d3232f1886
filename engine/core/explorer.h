/* explorer: walks every reachable state (scene plus variable values) of a scenario and
 * derives what scoring and the authoring tools need:
 *  - per principle, the lowest and highest total any complete path (start to ending) can
 *    reach; these weigh the principles against each other (each one's full range is worth
 *    the same), so authors never calibrate by hand;
 *  - the best choice in every state: the one with the highest expected overall value,
 *    where a broken safeguard costs more than any score can give back;
 *  - what each decision is worth against the other choices on offer (explorer_decision),
 *    which is what sessions are scored by (score.h);
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

/* Explores from the start state (or from scene `start` with `vars` when start >= 0: a
 * session started part-way is scored on an explorer run from where it started). */
Explorer *explorer_run(const Scenario *sc, size_t max_states, Diag *err);
Explorer *explorer_run_from(const Scenario *sc, size_t max_states, int start, const VarSet *vars,
                            Diag *err);
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
/* The least restorative choices: those that give up the most at this decision against the
 * best (explorer_decision's regret), preferring those that break a safeguard. Taking one at
 * every decision scores 0 overall. For tests and authors ("the worst path"). */
int explorer_worst_choices(const Explorer *e, long state, int *out);

/* What one decision was worth, for scoring (score.c). Values are expectations over chance
 * with the rest of the case played by the best policy (the unseeded explorer's):
 *  - regret: the overall value, in points, the choice gave up against the best choice
 *    (never below 0); span: the most any choice on offer gave up. A choice that breaks a
 *    safeguard where the best choice does not gives up the whole span (breaks is then set);
 *    at_stake says some choice on offer would break one where the best does not. Points are weighted so that each measured principle's full range over the
 *    scenario is worth 100 / (number of measured principles).
 *  - gain[p], reach[p] by rubric principle index: the choice's own score on p minus the
 *    lowest any choice on offer scores; the highest minus the lowest. These are the
 *    decision's own deltas, not what follows: what a choice opens or closes is in its
 *    value (and so in regret), and counting it again per principle would credit an early
 *    choice for a future the trainee then does not play. 0 for principles never scored. */
enum { EXPLORER_MAX_PRINCIPLES = 64 };
typedef struct ExplorerDecision {
    double regret, span;
    bool breaks, at_stake;
    double gain[EXPLORER_MAX_PRINCIPLES], reach[EXPLORER_MAX_PRINCIPLES];
} ExplorerDecision;
/* False (out zeroed) when the state is unknown, is an ending, or the choice is not
 * available there or cannot lead to an ending. */
bool explorer_decision(const Explorer *e, long state, int choice, ExplorerDecision *out);
/* The state reached from `state` by taking `choice` when chance picks target `outcome`
 * (0 without chance); -1 when there is no such edge. */
long explorer_next_state(const Explorer *e, long state, int choice, int outcome);

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
