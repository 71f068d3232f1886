/* lint_paths: a path from the start to an ending on which no decision changes the score.
 *
 * A decision "matters" in a state when its available choices differ in expected value (the
 * explorer's best-choice values: score now and later, broken safeguards counting heavily).
 * A state lies on a path with no decision that matters when it is an ending, or when its
 * decision does not matter and one of its successors lies on such a path. The fixpoint is
 * found by sweeping the states backwards (breadth-first order makes one or two sweeps enough
 * without cycles; cycles need at most as many sweeps as states). */
#include "lint_parts.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PATH_SHOWN = 8 }; /* scenes named in the message */

static bool decision_matters(const Explorer *e, long st)
{
    size_t first, n = explorer_state_edges(e, st, &first);
    double lo = INFINITY, hi = -INFINITY;
    int last = -1, valued = 0;
    for (size_t k = first; k < first + n; k++) {
        int c = explorer_edge(e, k).choice;
        double q;
        if (c == last)
            continue;
        last = c;
        if (!explorer_choice_value(e, st, c, &q))
            continue;
        valued++;
        lo = q < lo ? q : lo;
        hi = q > hi ? q : hi;
    }
    return valued >= 2 && hi - lo > 1e-6;
}

/* Names the path from state 0 along next[] as "a -> b -> ending". */
static void describe(const Scenario *sc, const Explorer *e, const long *next, char *buf, size_t size)
{
    size_t used = 0;
    int shown = 0, last = -1;
    bool elided = false;
    buf[0] = '\0';
    for (long st = 0, steps = 0; st >= 0 && steps <= (long)explorer_state_count(e); st = next[st], steps++) {
        int s = explorer_state_scene(e, st);
        bool ending = scenario_scene(sc, s)->is_ending;
        if (s == last)
            continue;
        last = s;
        if (shown == PATH_SHOWN && !ending) {
            if (!elided && used + 5 < size)
                used += (size_t)snprintf(buf + used, size - used, " ...");
            elided = true;
            continue;
        }
        int w = snprintf(buf + used, size - used, "%s%s", shown ? " -> " : "", scenario_scene(sc, s)->id);
        if (w < 0 || (size_t)w >= size - used)
            break;
        used += (size_t)w;
        shown++;
        if (ending)
            break;
    }
}

int lint_paths_decisions(const Scenario *sc, const Explorer *e, DiagList *out)
{
    long n = (long)explorer_state_count(e);
    if (n == 0 || !explorer_complete(e))
        return 0;
    int rc = -1;
    bool *flat = calloc((size_t)n, sizeof *flat);
    long *next = malloc((size_t)n * sizeof *next);
    if (!flat || !next)
        goto done;
    for (long st = 0; st < n; st++) {
        next[st] = -1;
        flat[st] = scenario_scene(sc, explorer_state_scene(e, st))->is_ending;
    }
    bool changed = true;
    for (long pass = 0; changed && pass <= n; pass++) {
        changed = false;
        for (long st = n - 1; st >= 0; st--) {
            if (flat[st] || !explorer_state_complete(e, st) || decision_matters(e, st))
                continue;
            size_t first, ne = explorer_state_edges(e, st, &first);
            for (size_t k = first; k < first + ne; k++) {
                long to = explorer_edge(e, k).next;
                if (flat[to]) {
                    flat[st] = changed = true;
                    next[st] = to;
                    break;
                }
            }
        }
    }
    if (flat[0]) {
        char path[512];
        describe(sc, e, next, path, sizeof path);
        lint_add(out, sc, DIAG_WARNING, scenario_scene(sc, scenario_meta(sc)->start)->line,
                 "a path from the start reaches an ending without a decision that changes the score (%s): "
                 "every choice on it scores the same, so a trainee learns nothing from choosing; make a "
                 "choice on it score differently",
                 path);
    }
    rc = 0;
done:
    free(flat);
    free(next);
    return rc;
}
