/* session: one attempt, advanced one decision at a time. Undo replays from the start,
 * which keeps every derived value (totals, variables, chance draws) exactly consistent. */
#include "session.h"

#include "step.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_PRINCIPLES = 64 };

typedef struct Violation {
    int safeguard, decision;
} Violation;

struct Session {
    const Scenario *sc;
    uint64_t seed;
    Rng rng;
    SessionStatus status;
    Diag error;
    int64_t started_ms, ended_ms, entered_ms;
    int start_scene;
    VarSet start_vars;

    int scene;
    VarSet vars;
    char *text;
    int *available;
    int navailable;

    Decision *decisions;
    int ndecisions, dcap;
    double totals[MAX_PRINCIPLES];
    Violation *violations;
    int nviolations, vcap;
    StepBack *stepbacks; /* history: never undone, never reset */
    int nstepbacks, scap;
};

static void fail(Session *s, const Diag *err, int64_t now_ms)
{
    s->status = SESSION_FAILED;
    s->error = *err;
    s->ended_ms = now_ms;
}

static void fail_oom(Session *s, int64_t now_ms)
{
    Diag d;
    diag_error(&d, scenario_meta(s->sc)->file, 0, "out of memory");
    fail(s, &d, now_ms);
}

/* Makes `scene` current: evaluates its text and the choices on offer. */
static void enter_scene(Session *s, int scene, int64_t now_ms)
{
    const Scene *sc = scenario_scene(s->sc, scene);
    const ScenarioHooks *h = scenario_hooks(s->sc);
    Diag err;
    diag_clear(&err);
    s->scene = scene;
    s->entered_ms = now_ms;
    free(s->text);
    s->text = NULL;
    if (sc->text_ref != SCRIPT_REF_NONE) {
        s->text = h->text ? h->text(h->ctx, sc->text_ref, &s->vars, &err) : NULL;
        if (!s->text) {
            if (!diag_is_error(&err))
                diag_error(&err, scenario_meta(s->sc)->file, sc->line, "text function cannot run");
            fail(s, &err, now_ms);
            return;
        }
    } else {
        s->text = strdup(sc->text ? sc->text : "");
        if (!s->text) {
            fail_oom(s, now_ms);
            return;
        }
    }
    free(s->available);
    s->available = NULL;
    s->navailable = 0;
    if (sc->is_ending) {
        s->status = SESSION_ENDED;
        s->ended_ms = now_ms;
        return;
    }
    s->available = malloc((size_t)(sc->nchoices > 0 ? sc->nchoices : 1) * sizeof(int));
    if (!s->available) {
        fail_oom(s, now_ms);
        return;
    }
    int n = step_available(s->sc, scene, &s->vars, s->available, &err);
    if (n < 0) {
        fail(s, &err, now_ms);
        return;
    }
    if (n == 0) {
        diag_error(&err, scenario_meta(s->sc)->file, sc->line,
                   "dead end: no choice in scene '%s' is available with the current variables",
                   sc->id);
        fail(s, &err, now_ms);
        return;
    }
    s->navailable = n;
}

/* Resets to the start state without touching the recorded decisions. */
static int reset(Session *s, int64_t now_ms)
{
    varset_free(&s->vars);
    if (varset_copy(&s->vars, &s->start_vars))
        return -1;
    rng_seed(&s->rng, s->seed);
    memset(s->totals, 0, sizeof s->totals);
    s->nviolations = 0;
    s->status = SESSION_RUNNING;
    diag_clear(&s->error);
    s->ended_ms = 0;
    enter_scene(s, s->start_scene, now_ms);
    return 0;
}

Session *session_new_at(const Scenario *sc, uint64_t seed, int64_t now_ms, int start,
                        const VarSet *vars)
{
    Session *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->sc = sc;
    s->seed = seed;
    s->started_ms = now_ms;
    s->start_scene = start >= 0 ? start : scenario_meta(sc)->start;
    int rc = vars ? varset_copy(&s->start_vars, vars) : scenario_initial_vars(sc, &s->start_vars);
    if (rc || reset(s, now_ms)) {
        session_free(s);
        return NULL;
    }
    return s;
}

Session *session_new(const Scenario *sc, uint64_t seed, int64_t now_ms)
{
    return session_new_at(sc, seed, now_ms, -1, NULL);
}

void session_free(Session *s)
{
    if (!s)
        return;
    varset_free(&s->vars);
    varset_free(&s->start_vars);
    free(s->text);
    free(s->available);
    free(s->decisions);
    free(s->violations);
    free(s->stepbacks);
    free(s);
}

const Scenario *session_scenario(const Session *s) { return s->sc; }
SessionStatus session_status(const Session *s) { return s->status; }
const Diag *session_error(const Session *s) { return &s->error; }
uint64_t session_seed(const Session *s) { return s->seed; }
int64_t session_started_ms(const Session *s) { return s->started_ms; }
int64_t session_ended_ms(const Session *s) { return s->ended_ms; }
int session_start_scene(const Session *s) { return s->start_scene; }
const VarSet *session_start_vars(const Session *s) { return &s->start_vars; }
int session_scene(const Session *s) { return s->scene; }
const VarSet *session_vars(const Session *s) { return &s->vars; }
const char *session_text(const Session *s) { return s->text ? s->text : ""; }
int session_available_count(const Session *s) { return s->navailable; }
int session_decision_count(const Session *s) { return s->ndecisions; }
const double *session_totals(const Session *s) { return s->totals; }
int session_violation_count(const Session *s) { return s->nviolations; }
int session_stepback_count(const Session *s) { return s->nstepbacks; }

const StepBack *session_stepback(const Session *s, int i)
{
    return i >= 0 && i < s->nstepbacks ? &s->stepbacks[i] : NULL;
}

int session_available(const Session *s, int pos)
{
    return pos >= 0 && pos < s->navailable ? s->available[pos] : -1;
}

const Decision *session_decision(const Session *s, int i)
{
    return i >= 0 && i < s->ndecisions ? &s->decisions[i] : NULL;
}

int session_violation(const Session *s, int i, int *decision)
{
    if (i < 0 || i >= s->nviolations)
        return -1;
    if (decision)
        *decision = s->violations[i].decision;
    return s->violations[i].safeguard;
}

/* Applies a decision whose record is already at s->decisions[index]. */
static int apply_decision(Session *s, int index, int64_t now_ms)
{
    Decision *d = &s->decisions[index];
    const Choice *ch = &scenario_scene(s->sc, d->scene)->choices[d->choice];
    Diag err;
    diag_clear(&err);
    if (step_apply(s->sc, d->scene, d->choice, &s->vars, &err)) {
        fail(s, &err, now_ms);
        return -1;
    }
    for (int i = 0; i < ch->ndeltas; i++)
        if (ch->deltas[i].principle < MAX_PRINCIPLES)
            s->totals[ch->deltas[i].principle] += ch->deltas[i].delta;
    if (ch->violation >= 0) {
        if (s->nviolations == s->vcap) {
            int ncap = s->vcap ? s->vcap * 2 : 4;
            Violation *nv = realloc(s->violations, (size_t)ncap * sizeof *nv);
            if (!nv) {
                fail_oom(s, now_ms);
                return -1;
            }
            s->violations = nv;
            s->vcap = ncap;
        }
        s->violations[s->nviolations++] = (Violation){ch->violation, index};
    }
    /* The draw happens even for a single target only when there is a real chance, so a
     * scenario's sequence of draws depends only on its chance choices. */
    if (ch->ntargets > 1) {
        double w[64];
        int n = ch->ntargets < 64 ? ch->ntargets : 64;
        for (int i = 0; i < n; i++)
            w[i] = ch->targets[i].weight;
        d->outcome = rng_pick(&s->rng, w, n);
    } else {
        d->outcome = 0;
    }
    enter_scene(s, ch->targets[d->outcome].scene, now_ms);
    return s->status == SESSION_FAILED ? -1 : 0;
}

int session_choose(Session *s, int choice, int64_t now_ms, Diag *err)
{
    if (s->status != SESSION_RUNNING) {
        diag_error(err, NULL, 0, "the session has %s", s->status == SESSION_ENDED ? "ended" : "failed");
        return -1;
    }
    int ok = 0;
    for (int i = 0; i < s->navailable; i++)
        ok |= s->available[i] == choice;
    if (!ok) {
        diag_error(err, scenario_meta(s->sc)->file, scenario_scene(s->sc, s->scene)->line,
                   "choice %d is not available in scene '%s'", choice + 1,
                   scenario_scene(s->sc, s->scene)->id);
        return -1;
    }
    if (s->ndecisions == s->dcap) {
        int ncap = s->dcap ? s->dcap * 2 : 16;
        Decision *nd = realloc(s->decisions, (size_t)ncap * sizeof *nd);
        if (!nd) {
            diag_error(err, NULL, 0, "out of memory");
            return -1;
        }
        s->decisions = nd;
        s->dcap = ncap;
    }
    s->decisions[s->ndecisions] = (Decision){s->scene, choice, 0, now_ms, now_ms - s->entered_ms};
    s->ndecisions++;
    if (apply_decision(s, s->ndecisions - 1, now_ms)) {
        if (err)
            *err = s->error;
        return -1;
    }
    return 0;
}

/* Records the undo of the last decision; room is made first so that running out of
 * memory leaves the session as it was rather than stepping back unrecorded. */
static int record_stepback(Session *s, int64_t now_ms)
{
    const Decision *d = &s->decisions[s->ndecisions - 1];
    if (s->nstepbacks >= SESSION_MAX_STEPBACKS)
        return 0;
    if (s->nstepbacks == s->scap) {
        int ncap = s->scap ? s->scap * 2 : 8;
        StepBack *ns = realloc(s->stepbacks, (size_t)ncap * sizeof *ns);
        if (!ns)
            return -1;
        s->stepbacks = ns;
        s->scap = ncap;
    }
    s->stepbacks[s->nstepbacks++] = (StepBack){s->ndecisions - 1, d->scene, d->choice, now_ms};
    return 0;
}

int session_undo(Session *s, int64_t now_ms)
{
    if (s->ndecisions == 0 || s->status == SESSION_FAILED || record_stepback(s, now_ms))
        return -1;
    s->ndecisions--;
    if (reset(s, now_ms))
        return -1;
    for (int i = 0; i < s->ndecisions && s->status == SESSION_RUNNING; i++)
        if (apply_decision(s, i, now_ms))
            return -1;
    return 0;
}

void session_abandon(Session *s, int64_t now_ms)
{
    if (s->status == SESSION_RUNNING)
        s->ended_ms = now_ms;
}
