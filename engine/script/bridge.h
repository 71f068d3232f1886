/* bridge: the ScenarioHooks of a loaded scenario. Conditions, effects and text functions
 * get `v`, a view of the session's variables: reading an undeclared name, writing from a
 * condition or text function, or writing a value of the wrong type are errors that name
 * the scenario's line.
 *
 * Ownership: a Bridge lives inside the ScriptScenario that owns the sandbox; it borrows
 * both. Errors: bridge_init returns -1 and fills err. */
#ifndef RJ_BRIDGE_H
#define RJ_BRIDGE_H

#include "core/scenario.h"
#include "script/sandbox.h"

#include <stdbool.h>

typedef struct Bridge {
    Sandbox *sb;
    const Scenario *sc;
    int proxy_ref;   /* registry ref of the `v` table */
    VarSet *current; /* variables the running function sees */
    bool writable;
    /* Per declared variable, what functions did with it so far (BRIDGE_READ and
     * BRIDGE_WRITTEN bits), for the checker's "never read / never set" warnings; NULL: not
     * tracked. Owned by whoever set it (the loader: the scenario's arena). */
    unsigned char *usage;
} Bridge;

enum { BRIDGE_READ = 1, BRIDGE_WRITTEN = 2 };

int bridge_init(Bridge *b, Sandbox *sb, const Scenario *sc, Diag *err);
/* Hooks whose ctx is b. */
ScenarioHooks bridge_hooks(Bridge *b);

#endif
