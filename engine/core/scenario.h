/* scenario: a loaded scenario as plain data: metadata, declared variables, scenes,
 * choices and endings, with references to the few pieces of logic (conditions, effects,
 * text functions) that live in the script layer and are called through ScenarioHooks.
 *
 * Ownership: a Scenario owns everything reachable from it (one arena). Scene, Choice and
 * the other view structs below are read-only for everyone but the loader that builds
 * them; pointers stay valid until scenario_free. The Scenario borrows its Rubric, which
 * must outlive it.
 * Errors: builder functions return NULL / -1 only when out of memory. */
#ifndef RJ_SCENARIO_H
#define RJ_SCENARIO_H

#include "diag.h"
#include "rubric.h"
#include "value.h"

#include <stdbool.h>

enum { SCRIPT_REF_NONE = 0 }; /* "no Lua function": refs are positive */

/* Logic that lives in the scenario's script. Each call may fail with a script error
 * (written to err, with file:line); the session then stops with that error. */
typedef struct ScenarioHooks {
    void *ctx;
    /* 1 when the condition holds, 0 when not, -1 on error. */
    int (*condition)(void *ctx, int ref, const VarSet *vars, Diag *err);
    /* Runs an effect function that may change vars. 0, or -1 on error. */
    int (*effect)(void *ctx, int ref, VarSet *vars, Diag *err);
    /* Runs a text function; returns malloc'd text (caller frees) or NULL on error. */
    char *(*text)(void *ctx, int ref, const VarSet *vars, Diag *err);
} ScenarioHooks;

typedef struct ChoiceTarget {
    int scene;     /* index into the scenario's scenes */
    double weight; /* relative weight; one target means no chance */
} ChoiceTarget;

typedef struct VarAssign {
    int var;     /* index of the declared variable */
    Value value; /* for "add" always a number */
} VarAssign;

typedef struct ScoreDelta {
    int principle; /* index into the rubric's principles */
    double delta;
} ScoreDelta;

typedef struct Choice {
    const char *id;   /* stable id; "<scene>.<n>" when the author gave none */
    const char *text;
    int line;         /* where the choice was written */
    ChoiceTarget *targets;
    int ntargets;
    int when_ref;     /* condition function, SCRIPT_REF_NONE when always available */
    VarAssign *sets;
    int nsets;
    VarAssign *adds;
    int nadds;
    int effect_ref;   /* effect function, SCRIPT_REF_NONE when none */
    ScoreDelta *deltas;
    int ndeltas;
    int violation;    /* index into the rubric's safeguards, -1 when none */
    const char *feedback; /* may be NULL */
} Choice;

typedef struct Outcome {
    const char *victim, *accused, *community; /* what the ending means for each; may be NULL */
} Outcome;

typedef struct Scene {
    const char *id;
    const char *title;    /* may be NULL */
    int line;
    bool is_ending;
    const char *text;     /* static text, or NULL when text_ref is set */
    int text_ref;         /* text function, SCRIPT_REF_NONE when text is static */
    const char *notes;    /* facilitator notes; may be NULL */
    const char **questions; /* discussion questions */
    int nquestions;
    Choice *choices;
    int nchoices;
    /* endings only */
    const char *debrief;  /* teaching text shown in the debrief; may be NULL */
    Outcome outcome;
} Scene;

typedef struct Figure {
    const char *text;   /* the finding, as shown to trainees */
    const char *source; /* where it comes from */
} Figure;

typedef struct ScenarioMeta {
    const char *file;        /* path it was loaded from */
    const char *hash;        /* "sha256:<hex>" of the file's bytes */
    const char *id;
    int version;
    const char *title;
    const char *role;        /* "prosecutor" or "officer" */
    const char *summary;
    int minutes;
    const char *modelled_on;
    int start;               /* index of the start scene */
    int line;                /* line of the scenario table */
} ScenarioMeta;

typedef struct VarDecl {
    const char *name;
    Value initial; /* strings live in the scenario's arena */
} VarDecl;

typedef struct Scenario Scenario;

/* ---- building (the script loader) ---- */
Scenario *scenario_new(const Rubric *rubric);
void scenario_free(Scenario *sc);
/* Strings given to the builder are copied. */
char *scenario_strdup(Scenario *sc, const char *s);
void *scenario_alloc(Scenario *sc, size_t size); /* zeroed, freed with the scenario */
ScenarioMeta *scenario_meta_mut(Scenario *sc);
int scenario_add_var(Scenario *sc, const char *name, const Value *initial);
Scene *scenario_add_scene(Scenario *sc, const char *id, int line, bool is_ending);
/* The builder may fill in a scene it added earlier. */
Scene *scenario_scene_mut(Scenario *sc, int i);
int scenario_add_speaker(Scenario *sc, const char *name);
int scenario_add_figure(Scenario *sc, const char *text, const char *source);
void scenario_set_hooks(Scenario *sc, const ScenarioHooks *hooks);

/* ---- reading ---- */
const ScenarioMeta *scenario_meta(const Scenario *sc);
const Rubric *scenario_rubric(const Scenario *sc);
const ScenarioHooks *scenario_hooks(const Scenario *sc);
int scenario_scene_count(const Scenario *sc);
const Scene *scenario_scene(const Scenario *sc, int i);
int scenario_find_scene(const Scenario *sc, const char *id); /* index or -1 */
int scenario_var_count(const Scenario *sc);
const VarDecl *scenario_var(const Scenario *sc, int i);
int scenario_find_var(const Scenario *sc, const char *name);
int scenario_speaker_count(const Scenario *sc);
const char *scenario_speaker(const Scenario *sc, int i);
int scenario_figure_count(const Scenario *sc);
const Figure *scenario_figure(const Scenario *sc, int i);
/* The declared variables at their initial values, deep-copied into out. 0 or -1 (memory). */
int scenario_initial_vars(const Scenario *sc, VarSet *out);
/* Finds a choice by id across all scenes; returns 0 and fills scene/choice, or -1. */
int scenario_find_choice(const Scenario *sc, const char *id, int *scene, int *choice);
/* Whether any choice in the scenario scores principle p (the principle is "measured"). */
bool scenario_scores_principle(const Scenario *sc, int p);
size_t scenario_bytes(const Scenario *sc);

#endif
