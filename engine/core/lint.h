/* lint: what the checker says about a scenario that loaded: parts no path reaches, dead
 * ends, loops with no way out, choices without feedback. Each finding is appended to out
 * as a file:line diagnostic (errors for what breaks play, warnings for the rest).
 * Returns the number of errors added. */
#ifndef RJ_LINT_H
#define RJ_LINT_H

#include "explorer.h"
#include "scenario.h"

int lint_scenario(const Scenario *sc, const Explorer *e, DiagList *out);

#endif
