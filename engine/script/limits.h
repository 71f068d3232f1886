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
#define SANDBOX_DEFAULT_INSTRUCTIONS 20000000UL /* about 0.1 s of Lua on a laptop */

#endif
