/* playtest: a light walker over the scenario (no Session: no text copies, no decision
 * records), following exactly the session's rules through step.h so results agree with play. */
#include "playtest.h"

#include "rng.h"
#include "step.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_W = 64 };

uint64_t playtest_pick_seed(uint64_t seed)
{
    /* Any fixed change gives PCG32 an unrelated stream; chance keeps the seed's own. */
    return seed ^ 0x9e3779b97f4a7c15ULL;
}

typedef struct Walk {
    const Scenario *sc;
    const Explorer *e;
    VarSet vars;
    ScorePath score;
    long state; /* in e; -1 once off its graph (never, when e explores this scenario) */
    int scene;
    char positions[PLAYTEST_POSITIONS_MAX];
    size_t used;
} Walk;

static void note_position(Walk *w, int pos)
{
    size_t room = sizeof w->positions - w->used;
    if (room < 16) {
        if (room > 4 && strcmp(w->positions + w->used - 3, "...") != 0)
            w->used += (size_t)snprintf(w->positions + w->used, room, ",...");
        return;
    }
    w->used += (size_t)snprintf(w->positions + w->used, room, "%s%d", w->used ? "," : "", pos);
}

/* Plays one walk to its end. Returns 1 at an ending, 0 when it failed (err says why), -1
 * when out of memory. */
static int walk(Walk *w, uint64_t seed, int max_steps, int *avail, Coverage *cov, Diag *err)
{
    const Scenario *sc = w->sc;
    const ScenarioHooks *h = scenario_hooks(sc);
    Rng chance, pick;
    rng_seed(&chance, seed);
    rng_seed(&pick, playtest_pick_seed(seed));
    for (int step = 0;; step++) {
        const Scene *sp = scenario_scene(sc, w->scene);
        coverage_visit(cov, w->scene);
        if (sp->text_ref != SCRIPT_REF_NONE) {
            char *text = h->text ? h->text(h->ctx, sp->text_ref, &w->vars, err) : NULL;
            if (!text) {
                if (!diag_is_error(err))
                    diag_error(err, scenario_meta(sc)->file, sp->line, "text function cannot run");
                return 0;
            }
            free(text);
        }
        if (sp->is_ending)
            return 1;
        if (step >= max_steps) {
            diag_error(err, scenario_meta(sc)->file, sp->line,
                       "no ending after %d decisions (the last in scene '%s'): a trainee can go round a "
                       "loop for ever; give the loop a choice that leads out of it",
                       max_steps, sp->id);
            return 0;
        }
        int n = step_available(sc, w->scene, &w->vars, avail, err);
        if (n < 0)
            return 0;
        if (n == 0) {
            diag_error(err, scenario_meta(sc)->file, sp->line,
                       "dead end: no choice in scene '%s' is available with the current variables", sp->id);
            return 0;
        }
        int pos = (int)(rng_next(&pick) % (uint32_t)n);
        int c = avail[pos];
        const Choice *ch = &sp->choices[c];
        note_position(w, pos + 1);
        coverage_take(cov, w->scene, c);
        if (step_apply(sc, w->scene, c, &w->vars, err))
            return 0;
        ExplorerDecision d;
        bool valued = w->state >= 0 && explorer_decision(w->e, w->state, c, &d);
        score_path_add(&w->score, ch, valued ? &d : NULL);
        int outcome = 0;
        if (ch->ntargets > 1) {
            double weights[MAX_W];
            int nt = ch->ntargets < MAX_W ? ch->ntargets : MAX_W;
            for (int t = 0; t < nt; t++)
                weights[t] = ch->targets[t].weight;
            outcome = rng_pick(&chance, weights, nt);
        }
        w->scene = ch->targets[outcome].scene;
        w->state = valued ? explorer_next_state(w->e, w->state, c, outcome) : -1;
    }
}

int playtest_random(const Scenario *sc, const Explorer *policy, const PlaytestOptions *opts, Coverage *cov,
                    PlaytestFailure *fails, int max_fails, int *nfails, Diag *err)
{
    int maxc = 1, rc = -1;
    for (int s = 0; s < scenario_scene_count(sc); s++)
        if (scenario_scene(sc, s)->nchoices > maxc)
            maxc = scenario_scene(sc, s)->nchoices;
    int *avail = malloc((size_t)maxc * sizeof *avail);
    Walk w = {0};
    w.sc = sc;
    w.e = policy;
    *nfails = 0;
    if (!avail)
        goto oom;
    for (long i = 0; i < opts->runs; i++) {
        uint64_t seed = (opts->seed + (uint64_t)i) & ((1ULL << 53) - 1);
        varset_free(&w.vars);
        if (scenario_initial_vars(sc, &w.vars))
            goto oom;
        score_path_start(&w.score, scenario_rubric(sc));
        w.state = 0;
        w.scene = scenario_meta(sc)->start;
        w.used = 0;
        w.positions[0] = '\0';
        Diag why;
        diag_clear(&why);
        int ended = walk(&w, seed, opts->max_steps > 0 ? opts->max_steps : PLAYTEST_MAX_STEPS, avail, cov, &why);
        if (ended < 0)
            goto oom;
        if (ended) {
            ScoreCard card;
            score_path_card(&card, scenario_rubric(sc), &w.score);
            coverage_finish(cov, w.scene, &card);
            continue;
        }
        coverage_fail(cov);
        if (*nfails < max_fails) {
            PlaytestFailure *f = &fails[(*nfails)++];
            f->seed = seed;
            f->scene = w.scene;
            f->error = why;
            memcpy(f->positions, w.positions, sizeof f->positions);
        }
    }
    rc = 0;
    goto done;
oom:
    diag_error(err, scenario_meta(sc)->file, 0, "out of memory during random playthroughs");
done:
    varset_free(&w.vars);
    free(avail);
    return rc;
}
