/* attempt: capture a live session as self-contained data, and free it. */
#include "attempt.h"

#include "score.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const status_names[] = {"in_progress", "completed", "abandoned", "error"};

const char *attempt_status_name(AttemptStatus s)
{
    return (unsigned)s < 4 ? status_names[s] : "in_progress";
}

int attempt_status_parse(const char *name, AttemptStatus *out)
{
    for (int i = 0; i < 4; i++)
        if (strcmp(name, status_names[i]) == 0) {
            *out = (AttemptStatus)i;
            return 0;
        }
    return -1;
}

/* strdup that keeps NULL as NULL and counts failures in *bad. */
static char *dup(const char *s, int *bad)
{
    if (!s)
        return NULL;
    char *d = strdup(s);
    if (!d)
        (*bad)++;
    return d;
}

static int capture_decision(AttemptDecision *ad, const Session *s, const Explorer *e, int i,
                            long state)
{
    const Scenario *sc = session_scenario(s);
    const Rubric *r = scenario_rubric(sc);
    const Decision *d = session_decision(s, i);
    const Scene *scene = scenario_scene(sc, d->scene);
    const Choice *ch = &scene->choices[d->choice];
    int bad = 0;
    ad->scene_id = dup(scene->id, &bad);
    ad->scene_title = dup(scene->title, &bad);
    ad->choice_id = dup(ch->id, &bad);
    ad->choice_text = dup(ch->text, &bad);
    ad->outcome_scene = dup(scenario_scene(sc, ch->targets[d->outcome].scene)->id, &bad);
    ad->at_ms = d->at_ms;
    ad->taken_ms = d->taken_ms;
    ad->violation = ch->violation >= 0 ? dup(rubric_safeguard(r, ch->violation)->id, &bad) : NULL;
    ad->deltas = calloc((size_t)ch->ndeltas + 1, sizeof *ad->deltas);
    if (!ad->deltas)
        return -1;
    for (int k = 0; k < ch->ndeltas; k++) {
        ad->deltas[k].principle = dup(rubric_principle(r, ch->deltas[k].principle)->id, &bad);
        ad->deltas[k].delta = ch->deltas[k].delta;
        ad->ndeltas++;
    }
    /* Position and count of choices shown, and the best choices, come from replaying the
     * state the decision was taken in: the explorer knows it by (scene, variables). */
    ad->position = d->choice + 1;
    ad->shown = scene->nchoices;
    int *best = calloc((size_t)scene->nchoices + 1, sizeof *best);
    if (!best)
        return -1;
    int nbest = e && state >= 0 ? explorer_best_choices(e, state, best) : 0;
    ad->best_ids = calloc((size_t)nbest + 1, sizeof *ad->best_ids);
    if (!ad->best_ids) {
        free(best);
        return -1;
    }
    for (int k = 0; k < nbest; k++) {
        ad->best_ids[ad->nbest++] = dup(scene->choices[best[k]].id, &bad);
        ad->best |= best[k] == d->choice;
    }
    free(best);
    return bad ? -1 : 0;
}

/* Replays the session's decisions on a scratch session to learn the state (and the
 * position among choices shown) before each decision. */
static int capture_decisions(Attempt *a, const Session *s, const Explorer *e)
{
    int n = session_decision_count(s);
    a->decisions = calloc((size_t)n + 1, sizeof *a->decisions);
    if (!a->decisions)
        return -1;
    Session *re = session_new_at(session_scenario(s), session_seed(s), session_started_ms(s),
                                 session_start_scene(s), session_start_vars(s));
    if (!re)
        return -1;
    int rc = 0;
    for (int i = 0; i < n && rc == 0; i++) {
        const Decision *d = session_decision(s, i);
        long state = e ? explorer_find_state(e, session_scene(re), session_vars(re)) : -1;
        AttemptDecision *ad = &a->decisions[a->ndecisions++];
        rc = capture_decision(ad, s, e, i, state);
        if (rc == 0) {
            /* If the replay somehow did not offer the choice, keep the position within the
             * scene's full list so the log stays valid rather than losing the attempt. */
            for (int p = 0; p < session_available_count(re); p++)
                if (session_available(re, p) == d->choice) {
                    ad->position = p + 1;
                    ad->shown = session_available_count(re);
                }
            Diag err;
            if (session_choose(re, d->choice, d->at_ms, &err) && session_status(re) == SESSION_RUNNING)
                rc = -1;
        }
    }
    session_free(re);
    return rc;
}

static int capture_stepbacks(Attempt *a, const Session *s)
{
    const Scenario *sc = session_scenario(s);
    int n = session_stepback_count(s), bad = 0;
    if (n == 0)
        return 0;
    if (!(a->stepbacks = calloc((size_t)n, sizeof *a->stepbacks)))
        return -1;
    for (int i = 0; i < n; i++) {
        const StepBack *sb = session_stepback(s, i);
        const Scene *scene = scenario_scene(sc, sb->scene);
        AttemptStepBack *as = &a->stepbacks[a->nstepbacks++];
        as->decision = sb->decision;
        as->scene_id = dup(scene->id, &bad);
        as->choice_id = dup(scene->choices[sb->choice].id, &bad);
        as->at_ms = sb->at_ms;
    }
    return bad ? -1 : 0;
}

int attempt_capture(Attempt *a, const Session *s, const Explorer *e,
                    const AttemptInfo *info)
{
    const Scenario *sc = session_scenario(s);
    const ScenarioMeta *m = scenario_meta(sc);
    const Rubric *r = scenario_rubric(sc);
    int bad = 0;
    memset(a, 0, sizeof *a);
    a->schema_version = ATTEMPT_SCHEMA_VERSION;
    a->session_id = dup(info->session_id, &bad);
    a->trainee = dup(info->trainee, &bad);
    a->mode = dup(info->mode, &bad);
    a->player = dup(info->player, &bad);
    a->engine_version = dup(info->engine_version, &bad);
    a->scenario_id = dup(m->id, &bad);
    a->scenario_version = m->version;
    a->scenario_title = dup(m->title, &bad);
    a->scenario_file = dup(m->file, &bad);
    a->scenario_hash = dup(m->hash, &bad);
    a->rubric_version = rubric_version(r);
    a->rubric_hash = dup(rubric_hash(r), &bad);
    a->seed = session_seed(s);
    a->started_ms = session_started_ms(s);
    a->ended_ms = session_ended_ms(s);
    switch (session_status(s)) {
    case SESSION_ENDED: a->status = ATTEMPT_COMPLETED; break;
    case SESSION_FAILED: a->status = ATTEMPT_ERROR; break;
    default: a->status = info->abandoned ? ATTEMPT_ABANDONED : ATTEMPT_IN_PROGRESS; break;
    }
    if (bad || capture_decisions(a, s, e))
        return -1;
    if (a->status == ATTEMPT_COMPLETED) {
        const Scene *end = scenario_scene(sc, session_scene(s));
        a->ending_id = dup(end->id, &bad);
        a->ending_title = dup(end->title ? end->title : end->id, &bad);
    }
    ScoreCard card = {0};
    if (e)
        score_session(&card, s, e);
    else
        card.count = rubric_principle_count(r) < SCORE_MAX_PRINCIPLES ? rubric_principle_count(r) : SCORE_MAX_PRINCIPLES;
    a->scores = calloc((size_t)card.count + 1, sizeof *a->scores);
    if (!a->scores)
        return -1;
    for (int p = 0; p < card.count; p++) {
        AttemptScore *as = &a->scores[a->nscores++];
        as->principle = dup(rubric_principle(r, p)->id, &bad);
        as->measured = card.p[p].measured;
        as->total = session_totals(s)[p];
        as->min = card.p[p].min;
        as->max = card.p[p].max;
        as->score = card.p[p].score;
    }
    a->overall = card.overall;
    if (a->status == ATTEMPT_COMPLETED && card.band) {
        a->band_id = dup(card.band->id, &bad);
        a->band_name = dup(card.band->name, &bad);
    }
    int nv = session_violation_count(s);
    a->violations = calloc((size_t)nv + 1, sizeof *a->violations);
    if (!a->violations)
        return -1;
    for (int i = 0; i < nv; i++) {
        int dec = 0;
        int sg = session_violation(s, i, &dec);
        a->violations[a->nviolations].safeguard = dup(rubric_safeguard(r, sg)->id, &bad);
        a->violations[a->nviolations++].decision = dec;
    }
    if (capture_stepbacks(a, s))
        return -1;
    const Diag *d = session_status(s) == SESSION_FAILED ? session_error(s) : info->error;
    if (d && diag_is_error(d)) {
        a->status = ATTEMPT_ERROR;
        a->has_error = true;
        a->error.file = d->file[0] ? dup(d->file, &bad) : NULL;
        a->error.line = d->line;
        a->error.message = dup(d->message, &bad);
        a->error.trace = d->trace[0] ? dup(d->trace, &bad) : NULL;
    }
    return bad ? -1 : 0;
}

void attempt_free(Attempt *a)
{
    if (!a)
        return;
    free(a->session_id);
    free(a->trainee);
    free(a->mode);
    free(a->player);
    free(a->engine_version);
    free(a->scenario_id);
    free(a->scenario_title);
    free(a->scenario_file);
    free(a->scenario_hash);
    free(a->rubric_hash);
    for (int i = 0; i < a->ndecisions; i++) {
        AttemptDecision *d = &a->decisions[i];
        free(d->scene_id);
        free(d->scene_title);
        free(d->choice_id);
        free(d->choice_text);
        free(d->outcome_scene);
        free(d->violation);
        for (int k = 0; k < d->ndeltas; k++)
            free(d->deltas[k].principle);
        free(d->deltas);
        for (int k = 0; k < d->nbest; k++)
            free(d->best_ids[k]);
        free(d->best_ids);
        free(d->votes);
    }
    for (int i = 0; i < a->nflags; i++)
        free(a->flags[i].note);
    free(a->flags);
    for (int i = 0; i < a->nstepbacks; i++)
        free(a->stepbacks[i].scene_id), free(a->stepbacks[i].choice_id);
    free(a->stepbacks);
    free(a->decisions);
    free(a->ending_id);
    free(a->ending_title);
    for (int i = 0; i < a->nscores; i++)
        free(a->scores[i].principle);
    free(a->scores);
    free(a->band_id);
    free(a->band_name);
    for (int i = 0; i < a->nviolations; i++)
        free(a->violations[i].safeguard);
    free(a->violations);
    free(a->error.file);
    free(a->error.message);
    free(a->error.trace);
    memset(a, 0, sizeof *a);
}

char *attempt_stepbacks_text(const Attempt *a, char *buf, size_t size)
{
    buf[0] = '\0';
    if (a->nstepbacks > 0)
        snprintf(buf, size, "%d step-back%s%s", a->nstepbacks, a->nstepbacks == 1 ? "" : "s",
                 a->mode && strcmp(a->mode, "practice") == 0 ? " in practice" : "");
    return buf;
}
