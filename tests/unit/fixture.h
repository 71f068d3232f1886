/* fixture: hand-built scenarios for the core tests, with conditions and effects written in
 * C (a fake script layer), so the core is tested without Lua. */
#ifndef RJ_TEST_FIXTURE_H
#define RJ_TEST_FIXTURE_H

#include "core/scenario.h"

enum { FX_MAX_CHOICES = 8, FX_MAX_FUNCS = 16 };

typedef int (*FxCondition)(const VarSet *vars);
typedef void (*FxEffect)(VarSet *vars);

typedef struct Fixture {
    Rubric *rubric;     /* principles "a", "b", "c"; safeguard "s1"; bands top 85, mid 50, low 0 */
    Scenario *sc;
    FxCondition conds[FX_MAX_FUNCS];
    FxEffect effects[FX_MAX_FUNCS];
    int nconds, neffects;
} Fixture;

void fx_init(Fixture *fx);
void fx_free(Fixture *fx);
int fx_scene(Fixture *fx, const char *id, bool ending); /* returns the scene index */
/* Appends a choice leading to `target`; returns it for further setup. */
Choice *fx_choice(Fixture *fx, int scene, const char *id, int target);
void fx_delta(Fixture *fx, Choice *ch, int principle, double delta);
void fx_chance(Fixture *fx, Choice *ch, int target2, double w1, double w2);
void fx_when(Fixture *fx, Choice *ch, FxCondition f);
void fx_effect(Fixture *fx, Choice *ch, FxEffect f);
int fx_var_number(Fixture *fx, const char *name, double initial);
int fx_var_bool(Fixture *fx, const char *name, bool initial);
/* start -first(a+2,c+1)-> m1 -f1(b+1)-> end1
 *       -second(a-1)---> m2 -f2(b+2)-> end2
 * Ranges: a [-1,2], b [1,2], c [0,1]. Path 1 scores a=100,b=0,c=100 (66.7 overall);
 * path 2 scores 0,100,0 (33.3): the best path is the first. */
void fx_diamond(Fixture *fx, int *end1, int *end2);

#endif
