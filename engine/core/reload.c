/* reload: rebuild a session on a new scenario from the old session's decisions. */
#include "reload.h"

#include <stdio.h>
#include <string.h>

/* The variables to start with: the new initial values, overridden by the old session's
 * start values (by name and type) when it did not start from its scenario's own. */
static int start_vars(const Scenario *sc, const Session *old, VarSet *out)
{
    const Scenario *osc = session_scenario(old);
    const VarSet *ov = session_start_vars(old);
    VarSet oinit = {NULL, 0};
    if (scenario_initial_vars(sc, out) || scenario_initial_vars(osc, &oinit)) {
        varset_free(&oinit);
        return -1;
    }
    bool custom = !varset_equal(ov, &oinit);
    varset_free(&oinit);
    for (int i = 0; custom && i < ov->count; i++) {
        int v = scenario_find_var(sc, scenario_var(osc, i)->name);
        if (v >= 0 && out->v[v].type == ov->v[i].type && varset_assign(out, v, &ov->v[i]))
            return -1;
    }
    return 0;
}

/* The available choice with id `id` in s's current scene, or -1. */
static int find_offered(const Session *s, const char *id)
{
    const Scene *sp = scenario_scene(session_scenario(s), session_scene(s));
    for (int p = 0; p < session_available_count(s); p++)
        if (strcmp(sp->choices[session_available(s, p)].id, id) == 0)
            return session_available(s, p);
    return -1;
}

Session *reload_session(const Scenario *sc, const Session *old, ReloadReport *report)
{
    const Scenario *osc = session_scenario(old);
    VarSet vars = {NULL, 0};
    memset(report, 0, sizeof *report);
    int ostart = session_start_scene(old);
    int start = ostart == scenario_meta(osc)->start ? scenario_meta(sc)->start
                                                    : scenario_find_scene(sc, scenario_scene(osc, ostart)->id);
    if (start < 0)
        start = scenario_meta(sc)->start;
    if (start_vars(sc, old, &vars)) {
        varset_free(&vars);
        return NULL;
    }
    Session *s = session_new_at(sc, session_seed(old), session_started_ms(old), start, &vars);
    varset_free(&vars);
    if (!s)
        return NULL;
    int n = session_decision_count(old);
    for (int i = 0; i < n; i++) {
        const Decision *d = session_decision(old, i);
        const char *id = scenario_scene(osc, d->scene)->choices[d->choice].id;
        const char *here = scenario_scene(sc, session_scene(s))->id;
        int c = session_status(s) == SESSION_RUNNING ? find_offered(s, id) : -1;
        if (c < 0) {
            report->dropped = n - i;
            if (session_status(s) == SESSION_ENDED)
                snprintf(report->reason, sizeof report->reason,
                         "the new version ends earlier, at ending '%s'", here);
            else if (session_status(s) == SESSION_FAILED)
                snprintf(report->reason, sizeof report->reason, "a script error stopped the replay");
            else
                snprintf(report->reason, sizeof report->reason,
                         "the new version no longer offers choice '%s' in scene '%s'", id, here);
            break;
        }
        Diag err;
        diag_clear(&err);
        if (session_choose(s, c, d->at_ms, &err)) {
            report->dropped = n - i - 1;
            report->replayed++;
            snprintf(report->reason, sizeof report->reason, "a script error stopped the replay at choice '%s'",
                     id);
            break;
        }
        report->replayed++;
    }
    return s;
}
