/* convert: checks the table a scenario file returned and builds the core Scenario from it.
 * Every problem is appended to diags with the file and the line of the scene or choice
 * concerned; conversion goes on after an error so an author sees all of them at once.
 * Functions (conditions, effects, text) are kept in the Lua registry; their refs go into
 * the Scenario. Returns the number of errors found (0 = usable). */
#ifndef RJ_CONVERT_H
#define RJ_CONVERT_H

#include "core/scenario.h"

#include <lua.h>

int convert_scenario(lua_State *L, int idx, Scenario *sc, const char *file, DiagList *diags);
/* Same for a rubric table, into r. The rubric's strings are copied by rubric_add_*; scratch
 * (a Scenario the caller frees) is the arena for the intermediate copies.
 * Tables are read raw (no metamethods run), but reading allocates (key strings, registry
 * references): call both inside a protected call, where a memory error cannot abort. */
int convert_rubric(lua_State *L, int idx, Rubric *r, Scenario *scratch, const char *file, DiagList *diags);

#endif
