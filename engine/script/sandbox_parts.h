/* sandbox_parts: internal to engine/script: sandbox.c (the state, its allocator and budget,
 * loading and calling) and sandbox_guards.c (the libraries a state opens, and the wrappers
 * that refuse or charge what the budget cannot see). sandbox.h is the interface. */
#ifndef RJ_SANDBOX_PARTS_H
#define RJ_SANDBOX_PARTS_H

#include "sandbox.h"

#include <lua.h>

/* Charges work done inside a C function to the budget of the sandbox L belongs to, or
 * raises the budget error; what says what would have cost too much. */
void sandbox_charge(lua_State *L, double work, const char *what);

/* A lua_CFunction: opens the libraries scenarios may use, removes the rest and installs the
 * guards. sandbox_new runs it in a protected call, as opening allocates. */
int sandbox_guards_open_libs(lua_State *L);

#endif
