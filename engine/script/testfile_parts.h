/* testfile_parts: internal to engine/script: testfile.c runs a test file, and
 * testfile_convert.c turns the list it returns into Trials. Ownership and errors as for
 * testfile_load: the Trials go into the caller's list, problems into diags. */
#ifndef RJ_TESTFILE_PARTS_H
#define RJ_TESTFILE_PARTS_H

#include "testfile.h"

#include <lua.h>

/* Registry key of the weak table that remembers each test's name and line:
 * tests[tbl] = { name, line }. */
#define TESTFILE_TAGS_KEY "rjsim.tests"

/* Converts the list at idx of L (the test file's result) into out. Returns the number of
 * errors appended to diags. */
int testfile_convert_list(lua_State *L, int idx, const char *file, const Scenario *sc, TrialList *out,
                          DiagList *diags);

#endif
