/* step: the rules of one move, shared by the session (one path) and the explorer (every
 * path) so both agree exactly: which choices a state offers, and what taking one does.
 *
 * Errors: functions return -1 and fill err with a script error (file:line) when a
 * condition or effect function fails, or an out-of-memory message. */
#ifndef RJ_STEP_H
#define RJ_STEP_H

#include "scenario.h"

/* Writes the indices of the choices available in scene with vars into out (which must
 * hold the scene's nchoices) and returns how many, or -1 on error. */
int step_available(const Scenario *sc, int scene, const VarSet *vars, int *out, Diag *err);

/* Applies choice's set, then add, then effect to vars. 0, or -1 on error (vars may then
 * be partly changed). */
int step_apply(const Scenario *sc, int scene, int choice, VarSet *vars, Diag *err);

#endif
