/* step: available choices and the effects of taking one. */
#include "step.h"

int step_available(const Scenario *sc, int scene, const VarSet *vars, int *out, Diag *err)
{
    const Scene *s = scenario_scene(sc, scene);
    const ScenarioHooks *h = scenario_hooks(sc);
    int n = 0;
    for (int c = 0; c < s->nchoices; c++) {
        int ok = 1;
        if (s->choices[c].when_ref != SCRIPT_REF_NONE) {
            if (!h->condition) {
                diag_error(err, scenario_meta(sc)->file, s->choices[c].line,
                           "condition cannot run: no script attached");
                return -1;
            }
            ok = h->condition(h->ctx, s->choices[c].when_ref, vars, err);
            if (ok < 0)
                return -1;
        }
        if (ok)
            out[n++] = c;
    }
    return n;
}

int step_apply(const Scenario *sc, int scene, int choice, VarSet *vars, Diag *err)
{
    const Choice *ch = &scenario_scene(sc, scene)->choices[choice];
    const ScenarioHooks *h = scenario_hooks(sc);
    for (int i = 0; i < ch->nsets; i++)
        if (varset_assign(vars, ch->sets[i].var, &ch->sets[i].value)) {
            diag_error(err, scenario_meta(sc)->file, ch->line, "out of memory");
            return -1;
        }
    for (int i = 0; i < ch->nadds; i++)
        vars->v[ch->adds[i].var].as.n += ch->adds[i].value.as.n;
    if (ch->effect_ref != SCRIPT_REF_NONE) {
        if (!h->effect) {
            diag_error(err, scenario_meta(sc)->file, ch->line, "effect cannot run: no script attached");
            return -1;
        }
        if (h->effect(h->ctx, ch->effect_ref, vars, err) < 0)
            return -1;
    }
    return 0;
}
