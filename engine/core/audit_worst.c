/* audit_worst: the least restorative path, scored as a debrief would score it, for the
 * audit's check that it shows no principle at or above the middle of its scale. */
#include "audit_parts.h"

#include <stdlib.h>

int audit_worst_path(const Scenario *sc, const Explorer *e, ScoreCard *card)
{
    ScorePath t;
    int maxc = 1, rc = -1;
    for (int s = 0; s < scenario_scene_count(sc); s++)
        maxc = scenario_scene(sc, s)->nchoices > maxc ? scenario_scene(sc, s)->nchoices : maxc;
    int *worst = malloc((size_t)maxc * sizeof *worst);
    score_path_start(&t, scenario_rubric(sc));
    if (!worst)
        goto done;
    /* The worst choice at each decision, and the likeliest outcome of each chance; a loop
     * cannot hold it longer than there are states. */
    long state = explorer_complete(e) ? 0 : -1;
    for (size_t step = 0; state >= 0 && step < explorer_state_count(e); step++) {
        int scene = explorer_state_scene(e, state);
        if (scenario_scene(sc, scene)->is_ending || explorer_worst_choices(e, state, worst) == 0)
            break;
        size_t first, n = explorer_state_edges(e, state, &first);
        ExplorerEdge pick = {-1, -1, -1, -1};
        for (size_t k = first; k < first + n; k++) {
            ExplorerEdge ed = explorer_edge(e, k);
            if (ed.choice == worst[0] && ed.prob > pick.prob)
                pick = ed;
        }
        ExplorerDecision d;
        if (pick.choice < 0 || !explorer_decision(e, state, pick.choice, &d))
            break;
        score_path_add(&t, &scenario_scene(sc, scene)->choices[pick.choice], &d);
        state = pick.next;
    }
    rc = 0;
done:
    score_path_card(card, scenario_rubric(sc), &t);
    free(worst);
    return rc;
}
