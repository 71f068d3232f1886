/* limits: how much memory and time a scenario's Lua code may use. Lua-free, so layers
 * above the script layer can set limits without seeing Lua. Plain data. */
#ifndef RJ_LIMITS_H
#define RJ_LIMITS_H

#include <stddef.h>

typedef struct SandboxLimits {
    size_t memory;              /* bytes; 0 = default */
    unsigned long instructions; /* per call into Lua; 0 = default */
} SandboxLimits;

enum { SANDBOX_DEFAULT_MEMORY = 32 * 1024 * 1024 };
/* The largest single block (a string, a table's array or hash part, the stack), whatever the
 * limit: it bounds what one instruction can cost. 2.5 MB keeps tables below 2^17 hash
 * slots (3 MB), where rehashing colliding integer keys would take seconds; a 5,000-scene
 * file needs 2 MB. */
enum { SANDBOX_MAX_OBJECT = 5 * 512 * 1024 };
#define SANDBOX_DEFAULT_INSTRUCTIONS 20000000UL /* about 0.1 s of Lua on a laptop */
/* Processor seconds per call into Lua, whatever the instruction count: one instruction can
 * copy or compare a long string. Far above what 20 million plain instructions take, so the
 * count stops ordinary loops first (and deterministically). */
#define SANDBOX_TIME_LIMIT 1.0

#endif
