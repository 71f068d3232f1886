/* lint: the checks that need only the explorer's reachability, and the entry point that
 * runs every check in a fixed order (so the output is stable for tests and editors). */
#include "lint_parts.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void lint_add(DiagList *out, const Scenario *sc, DiagSeverity sev, int line, const char *fmt, ...)
{
    Diag d;
    va_list ap;
    diag_clear(&d);
    d.severity = sev;
    snprintf(d.file, sizeof d.file, "%s", scenario_meta(sc)->file);
    d.line = line;
    va_start(ap, fmt);
    vsnprintf(d.message, sizeof d.message, fmt, ap);
    va_end(ap);
    diag_list_add(out, &d);
}

int lint_count_words(const char *text)
{
    int n = 0;
    bool in_word = false;
    for (const unsigned char *p = (const unsigned char *)(text ? text : ""); *p; p++) {
        bool space = isspace(*p) != 0;
        n += !space && !in_word;
        in_word = !space;
    }
    return n;
}

/* Errors that stop play: no way to finish, dead ends, loops with no way out. */
static int lint_play(const Scenario *sc, const Explorer *e, DiagList *out)
{
    int errors = 0, scene;
    if (!explorer_complete(e)) {
        lint_add(out, sc, DIAG_ERROR, scenario_meta(sc)->line,
                 "no path from the start reaches an ending: make sure some choice leads to an ending");
        errors++;
    }
    size_t dead = explorer_dead_end_count(e, &scene);
    if (dead) {
        lint_add(out, sc, DIAG_ERROR, scenario_scene(sc, scene)->line,
                 "dead end: in scene '%s' no choice is available in some situations (%zu state%s); "
                 "check the 'when' conditions, or add a choice without one",
                 scenario_scene(sc, scene)->id, dead, dead == 1 ? "" : "s");
        errors++;
    }
    size_t stuck = explorer_stuck_count(e, &scene);
    if (stuck) {
        lint_add(out, sc, DIAG_ERROR, scenario_scene(sc, scene)->line,
                 "scene '%s' can be reached in a situation from which no ending can be reached "
                 "(a loop with no way out?): give the loop a choice that leaves it",
                 scenario_scene(sc, scene)->id);
        errors++;
    }
    return errors;
}

/* Parts never reached, and teaching text that is missing. */
static void lint_reach(const Scenario *sc, const Explorer *e, DiagList *out)
{
    for (int s = 0; s < scenario_scene_count(sc); s++) {
        const Scene *sp = scenario_scene(sc, s);
        if (!explorer_scene_reached(e, s)) {
            lint_add(out, sc, DIAG_WARNING, sp->line,
                     "%s '%s' is never reached: no available choice leads to it; lead a choice to it "
                     "or remove it",
                     sp->is_ending ? "ending" : "scene", sp->id);
            continue;
        }
        if (sp->is_ending && !sp->debrief)
            lint_add(out, sc, DIAG_WARNING, sp->line,
                     "ending '%s' has no debrief text: add debrief = [[...]] saying what this ending teaches",
                     sp->id);
        for (int c = 0; c < sp->nchoices; c++) {
            const Choice *ch = &sp->choices[c];
            if (!explorer_choice_reached(e, s, c))
                lint_add(out, sc, DIAG_WARNING, ch->line,
                         "choice '%s' is never available: its 'when' is false in every situation that "
                         "reaches scene '%s'; fix the condition or remove the choice",
                         ch->id, sp->id);
            if (!ch->feedback)
                lint_add(out, sc, DIAG_WARNING, ch->line,
                         "choice '%s' has no feedback: add feedback = [[...]] explaining why it scores "
                         "as it does",
                         ch->id);
        }
    }
}

typedef struct Order {
    int line;
    size_t index;
} Order;

static int compare_order(const void *a, const void *b)
{
    const Order *x = a, *y = b;
    if (x->line != y->line)
        return (x->line > y->line) - (x->line < y->line);
    return (x->index > y->index) - (x->index < y->index);
}

/* Sorts out->items[first..] by line, keeping the order of findings on the same line. */
static int sort_by_line(DiagList *out, size_t first)
{
    size_t n = out->count - first;
    if (n == 0)
        return 0;
    Order *order = malloc((n ? n : 1) * sizeof *order);
    Diag *sorted = malloc((n ? n : 1) * sizeof *sorted);
    int rc = -1;
    if (!order || !sorted)
        goto done;
    for (size_t i = 0; i < n; i++)
        order[i] = (Order){out->items[first + i].line, i};
    qsort(order, n, sizeof *order, compare_order);
    for (size_t i = 0; i < n; i++)
        sorted[i] = out->items[first + order[i].index];
    memcpy(out->items + first, sorted, n * sizeof *sorted);
    rc = 0;
done:
    free(order);
    free(sorted);
    return rc;
}

int lint_scenario(const Scenario *sc, const Explorer *e, const LintInput *in, DiagList *out)
{
    size_t first = out->count;
    int errors = lint_play(sc, e, out);
    lint_reach(sc, e, out);
    int limit = in && in->screen_words > 0 ? in->screen_words : LINT_SCREEN_WORDS;
    if (lint_content_vars(sc, e, in, out) < 0 || lint_content_principles(sc, e, out) < 0 ||
        lint_content_length(sc, e, limit, out) < 0 || lint_paths_decisions(sc, e, out) < 0)
        return -1;
    /* In file order, so an author can work down the file. */
    return sort_by_line(out, first) ? -1 : errors;
}
