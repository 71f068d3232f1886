/* cli_decisions: rjsim check --decisions: what each choice on offer is worth, decision by
 * decision, so an author can see which alternatives the scale counts as defensible and which
 * as serious mistakes (docs/architecture.md, "Scoring"). A scene reached in several states
 * is shown in the first state that offers two or more choices (breadth-first: the nearest
 * the start). Scenario ids reach the terminal through cli_shown. */
#include "cli_author.h"

#include "core/score.h"

#include <stdlib.h>

static void print_scene(const Scenario *sc, const Explorer *e, int scene, long state, long states)
{
    const Scene *sp = scenario_scene(sc, scene);
    size_t first, n = explorer_state_edges(e, state, &first);
    printf("  scene '%s' (line %d, %ld state%s):", cli_shown(sp->id), sp->line, states, states == 1 ? "" : "s");
    int last = -1;
    bool counts = false;
    ExplorerDecision d;
    for (size_t k = first; k < first + n; k++) {
        int c = explorer_edge(e, k).choice;
        if (c == last)
            continue;
        last = c;
        const Choice *ch = &sp->choices[c];
        if (!explorer_decision(e, state, c, &d)) {
            printf(" %s (cannot end)", cli_shown(ch->id));
            continue;
        }
        double credit;
        counts |= score_decision_credit(&d, &credit);
        printf(" %s %.2f%s", cli_shown(ch->id), credit,
               d.breaks                       ? " (breach)"
               : score_credit_serious(credit) ? " (serious)"
               : d.regret < 1e-6              ? " (best)"
                                              : "");
    }
    printf("%s\n", counts ? "" : "  [does not count: its choices are worth about the same]");
}

int cli_print_decisions(const Scenario *sc, const Explorer *e)
{
    int nscenes = scenario_scene_count(sc);
    long *first = malloc((size_t)(nscenes + 1) * sizeof *first), *count = calloc((size_t)nscenes + 1, sizeof *count);
    if (!first || !count) {
        free(first);
        free(count);
        return -1;
    }
    for (int s = 0; s < nscenes; s++)
        first[s] = -1;
    for (size_t st = 0; st < explorer_state_count(e); st++) {
        int scene = explorer_state_scene(e, (long)st);
        size_t f, n = explorer_state_edges(e, (long)st, &f);
        if (n < 2 || explorer_edge(e, f).choice == explorer_edge(e, f + n - 1).choice)
            continue; /* one choice (perhaps with several outcomes): no decision */
        count[scene]++;
        if (first[scene] < 0)
            first[scene] = (long)st;
    }
    printf("  decisions: each choice's credit (1 best, 0 gives up all the decision puts at stake; below %.1f "
           "is a serious mistake)\n",
           SCORE_SERIOUS_CREDIT);
    for (int s = 0; s < nscenes; s++)
        if (first[s] >= 0)
            print_scene(sc, e, s, first[s], count[s]);
    free(first);
    free(count);
    return 0;
}
