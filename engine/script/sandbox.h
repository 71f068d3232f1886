/* sandbox: one Lua state for one untrusted file (a scenario or the rubric).
 *
 * - memory: an allocator that counts bytes exactly and refuses past a limit;
 * - libraries: only base, table, string, math and utf8; dofile, loadfile, load, require,
 *   collectgarbage and string.dump are removed, and io, os, package, debug are never
 *   opened; reading an undefined global is an error that names it;
 * - code: files are loaded as text only (mode "t"), under their "@path" chunk name;
 * - time: a budget for every call into Lua: instructions (count hook) and processor time,
 *   reset per call; library functions that loop in C (patterns, string.rep, table.move...)
 *   are charged their worst case; setmetatable refuses __gc (finalizers run unhooked);
 * - errors: every call goes through a message handler that captures file, line, message
 *   and traceback into a Diag.
 *
 * Ownership: sandbox_new returns a Sandbox the caller frees with sandbox_free; the
 * lua_State belongs to it. Errors: functions return -1 (NULL) and fill a Diag. */
#ifndef RJ_SANDBOX_H
#define RJ_SANDBOX_H

#include "core/diag.h"
#include "script/limits.h"

#include <lua.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct Sandbox Sandbox;

Sandbox *sandbox_new(const SandboxLimits *limits, Diag *err);
void sandbox_free(Sandbox *sb);
lua_State *sandbox_lua(Sandbox *sb);

/* Reads path, and pushes its compiled chunk. *bytes (if not NULL) receives a malloc'd copy
 * of the file's contents and *len its length, for hashing; the caller frees it. */
int sandbox_load_file(Sandbox *sb, const char *path, char **bytes, size_t *len, Diag *err);
/* Calls the function below nargs arguments, like lua_pcall, within the budget. On error
 * pops nothing extra, fills err (fallback_line is used when Lua cannot say where: memory
 * errors) and returns -1. */
int sandbox_call(Sandbox *sb, int nargs, int nresults, int fallback_line, Diag *err);

/* With tracking on, every line run is noted, so a memory error raised inside a C function
 * (Lua gives those no location) still names its line. Costs a hook call per line: used
 * while a file's main chunk runs, off for the functions called during play. */
void sandbox_track_lines(Sandbox *sb, bool on);

size_t sandbox_memory_used(const Sandbox *sb);
size_t sandbox_memory_peak(const Sandbox *sb);
size_t sandbox_memory_limit(const Sandbox *sb);

#endif
