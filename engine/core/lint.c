/* lint: findings from the explorer's walk and from the scenario's data. */
#include "lint.h"

#include <stdarg.h>
#include <stdio.h>

__attribute__((format(printf, 5, 6))) static void add(DiagList *out, DiagSeverity sev, const char *file, int line,
                                                      const char *fmt, ...)
{
    Diag d;
    va_list ap;
    diag_clear(&d);
    d.severity = sev;
    snprintf(d.file, sizeof d.file, "%s", file);
    d.line = line;
    va_start(ap, fmt);
    vsnprintf(d.message, sizeof d.message, fmt, ap);
    va_end(ap);
    diag_list_add(out, &d);
}

int lint_scenario(const Scenario *sc, const Explorer *e, DiagList *out)
{
    const char *file = scenario_meta(sc)->file;
    int errors = 0, scene;
    if (!explorer_complete(e)) {
        add(out, DIAG_ERROR, file, scenario_meta(sc)->line, "no path from the start reaches an ending");
        errors++;
    }
    size_t dead = explorer_dead_end_count(e, &scene);
    if (dead) {
        add(out, DIAG_ERROR, file, scenario_scene(sc, scene)->line,
            "dead end: in scene '%s' no choice is available in some situations (%zu state%s); "
            "check the 'when' conditions",
            scenario_scene(sc, scene)->id, dead, dead == 1 ? "" : "s");
        errors++;
    }
    size_t stuck = explorer_stuck_count(e, &scene);
    if (stuck) {
        add(out, DIAG_ERROR, file, scenario_scene(sc, scene)->line,
            "scene '%s' can be reached in a situation from which no ending can be reached "
            "(a loop with no way out?)", scenario_scene(sc, scene)->id);
        errors++;
    }
    for (int s = 0; s < scenario_scene_count(sc); s++) {
        const Scene *sp = scenario_scene(sc, s);
        if (!explorer_scene_reached(e, s)) {
            add(out, DIAG_WARNING, file, sp->line, "%s '%s' is never reached", sp->is_ending ? "ending" : "scene",
                sp->id);
            continue;
        }
        if (sp->is_ending && !sp->debrief)
            add(out, DIAG_WARNING, file, sp->line, "ending '%s' has no debrief text", sp->id);
        for (int c = 0; c < sp->nchoices; c++) {
            const Choice *ch = &sp->choices[c];
            if (!explorer_choice_reached(e, s, c))
                add(out, DIAG_WARNING, file, ch->line, "choice '%s' is never available (its 'when' is never true)",
                    ch->id);
            if (!ch->feedback)
                add(out, DIAG_WARNING, file, ch->line, "choice '%s' has no feedback explaining its score", ch->id);
        }
    }
    return errors;
}
