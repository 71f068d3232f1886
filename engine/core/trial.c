/* trial: plays an expected playthrough on a Session (the same rules and scoring as play)
 * and compares what happened with what the test file expects. */
#include "trial.h"

#include "score.h"
#include "session.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { TRIAL_MAX_STEPS = 1000 };

Trial *trial_list_add(TrialList *l)
{
    if (l->count == l->cap) {
        int ncap = l->cap ? l->cap * 2 : 8;
        Trial *n = realloc(l->items, (size_t)ncap * sizeof *n);
        if (!n)
            return NULL;
        l->items = n;
        l->cap = ncap;
    }
    Trial *t = &l->items[l->count++];
    memset(t, 0, sizeof *t);
    return t;
}

static void free_strings(char **a, int n)
{
    for (int i = 0; a && i < n; i++)
        free(a[i]);
    free(a);
}

void trial_list_free(TrialList *l)
{
    for (int i = 0; i < l->count; i++) {
        Trial *t = &l->items[i];
        free(t->name);
        free(t->seeds);
        free(t->positions);
        free_strings(t->choice_ids, t->nchoice_ids);
        free(t->start);
        for (int v = 0; t->vars && v < t->nvars; v++) {
            free(t->vars[v].name);
            if (t->vars[v].value.type == VALUE_STRING)
                free(t->vars[v].value.as.s);
        }
        free(t->vars);
        free_strings(t->endings, t->nendings);
        free(t->stops_at);
        free_strings(t->bands, t->nbands);
        free_strings(t->safeguards, t->nsafeguards);
        for (int s = 0; t->scores && s < t->nscores; s++)
            free(t->scores[s].principle);
        free(t->scores);
    }
    free(l->items);
    memset(l, 0, sizeof *l);
}

/* Appends to buf (which holds TRIAL_TEXT_MAX bytes), separating items with sep; cuts what
 * does not fit. */
__attribute__((format(printf, 3, 4))) static void append(char *buf, const char *sep, const char *fmt, ...)
{
    size_t used = strlen(buf);
    if (used && used + strlen(sep) < TRIAL_TEXT_MAX)
        used += (size_t)snprintf(buf + used, TRIAL_TEXT_MAX - used, "%s", sep);
    va_list ap;
    va_start(ap, fmt);
    if (used < TRIAL_TEXT_MAX)
        vsnprintf(buf + used, TRIAL_TEXT_MAX - used, fmt, ap);
    va_end(ap);
}

static bool in_list(char **list, int n, const char *s)
{
    for (int i = 0; i < n; i++)
        if (s && strcmp(list[i], s) == 0)
            return true;
    return false;
}

static bool in_range(const TrialRange *r, double v)
{
    return !r->set || (v >= r->min - 1e-9 && v <= r->max + 1e-9);
}

static void range_text(const TrialRange *r, char *buf, size_t size)
{
    if (r->min == r->max)
        snprintf(buf, size, "%g", r->min);
    else
        snprintf(buf, size, "%g to %g", r->min, r->max);
}

/* The choice to take next, or -1 when the trial has no more (outcome notes why if wrong). */
static int next_choice(const Scenario *sc, const Explorer *pol, const Trial *t, const Session *s, int *idx,
                       TrialOutcome *out)
{
    const Scene *sp = scenario_scene(sc, session_scene(s));
    int n = session_available_count(s);
    if (t->policy != TRIAL_CHOICES) {
        int picks[256];
        long state = explorer_find_state(pol, session_scene(s), session_vars(s));
        int k = sp->nchoices > 256 ? 0
                : t->policy == TRIAL_BEST ? explorer_best_choices(pol, state, picks)
                                          : explorer_worst_choices(pol, state, picks);
        if (k == 0)
            append(out->failures, "; ", "no choice in scene '%s' can lead to an ending", sp->id);
        return k ? picks[0] : -1;
    }
    if (t->npositions) {
        if (*idx >= t->npositions)
            return -1;
        int pos = t->positions[(*idx)++];
        if (pos < 1 || pos > n) {
            append(out->failures, "; ", "choice %d is out of range in scene '%s': %d choices are shown there",
                   pos, sp->id, n);
            return -1;
        }
        return session_available(s, pos - 1);
    }
    if (*idx >= t->nchoice_ids)
        return -1;
    const char *id = t->choice_ids[(*idx)++];
    for (int p = 0; p < n; p++)
        if (strcmp(sp->choices[session_available(s, p)].id, id) == 0)
            return session_available(s, p);
    char offered[TRIAL_TEXT_MAX] = "";
    for (int p = 0; p < n; p++)
        append(offered, ", ", "%s", sp->choices[session_available(s, p)].id);
    append(out->failures, "; ", "choice '%s' is not offered in scene '%s' (offered: %s)", id, sp->id, offered);
    return -1;
}

/* Compares the finished session with the expectations. */
static void judge(const Scenario *sc, const Trial *t, const Session *s, const Explorer *policy, int left,
                  TrialOutcome *out)
{
    const Rubric *r = scenario_rubric(sc);
    const Scene *at = scenario_scene(sc, session_scene(s));
    bool ended = session_status(s) == SESSION_ENDED, stuck = out->failures[0] != '\0';
    char want[64], buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
    if (session_status(s) == SESSION_FAILED)
        append(out->failures, "; ", "script error: %s", diag_format(session_error(s), buf, sizeof buf));
    if (left > 0)
        append(out->failures, "; ", "%d choice%s left over after the ending", left, left == 1 ? "" : "s");
    if (t->stops_at && ended)
        append(out->failures, "; ", "reached ending '%s', expected to stop at scene '%s'", at->id, t->stops_at);
    else if (t->stops_at && strcmp(at->id, t->stops_at) != 0)
        append(out->failures, "; ", "stopped at scene '%s', expected '%s'", at->id, t->stops_at);
    else if (!t->stops_at && !ended && !stuck && session_status(s) == SESSION_RUNNING)
        append(out->failures, "; ", "no ending: the choices ran out at scene '%s' (add choices, or expect "
                                    "stops_at = \"%s\")", at->id, at->id);
    else if (ended && t->nendings && !in_list(t->endings, t->nendings, at->id))
        append(out->failures, "; ", "ending '%s', expected %s'%s'", at->id, t->nendings > 1 ? "one of " : "",
               t->endings[0]);
    ScoreCard card;
    score_session(&card, s, policy);
    const char *band = card.band ? card.band->id : "none";
    if (t->nbands && !in_list(t->bands, t->nbands, band))
        append(out->failures, "; ", "band '%s' (overall %.1f), expected %s'%s'", band, card.overall,
               t->nbands > 1 ? "one of " : "", t->bands[0]);
    if (!in_range(&t->overall, card.overall)) {
        range_text(&t->overall, want, sizeof want);
        append(out->failures, "; ", "overall %.1f, expected %s", card.overall, want);
    }
    int nv = session_violation_count(s);
    if (!in_range(&t->violations, nv)) {
        range_text(&t->violations, want, sizeof want);
        append(out->failures, "; ", "%d safeguard%s broken, expected %s", nv, nv == 1 ? "" : "s", want);
    }
    char broken[TRIAL_TEXT_MAX] = "";
    bool same = t->nsafeguards == nv;
    for (int i = 0; i < nv; i++) {
        const char *id = rubric_safeguard(r, session_violation(s, i, NULL))->id;
        append(broken, ", ", "%s", id);
        same = same && in_list(t->safeguards, t->nsafeguards, id);
    }
    if (t->has_safeguards && !same) {
        char wanted[TRIAL_TEXT_MAX] = "";
        for (int i = 0; i < t->nsafeguards; i++)
            append(wanted, ", ", "%s", t->safeguards[i]);
        append(out->failures, "; ", "safeguards broken: %s; expected: %s", nv ? broken : "none",
               t->nsafeguards ? wanted : "none");
    }
    for (int i = 0; i < t->nscores; i++) {
        int p = rubric_find_principle(r, t->scores[i].principle);
        if (p < 0 || p >= card.count)
            continue;
        if (!card.p[p].measured)
            append(out->failures, "; ", "'%s' is not measured on this path (its choices move it too little)",
                   t->scores[i].principle);
        else if (!in_range(&t->scores[i].range, card.p[p].score)) {
            range_text(&t->scores[i].range, want, sizeof want);
            append(out->failures, "; ", "'%s' scored %.1f, expected %s", t->scores[i].principle,
                   card.p[p].score, want);
        }
    }
    int nd = session_decision_count(s);
    if (!in_range(&t->decisions, nd)) {
        range_text(&t->decisions, want, sizeof want);
        append(out->failures, "; ", "%d decisions, expected %s", nd, want);
    }
    append(out->summary, "", "%s '%s', %s, overall %.1f, %d decision%s, %s", ended ? "ending" : "stopped at",
           at->id, band, card.overall, nd, nd == 1 ? "" : "s", nv ? "broke: " : "no safeguard broken");
    if (nv)
        append(out->summary, "", "%s", broken);
    out->passed = out->failures[0] == '\0';
}

/* The start variables: the scenario's initial values with the trial's settings. */
static int start_vars(const Scenario *sc, const Trial *t, VarSet *vars, Diag *err)
{
    if (scenario_initial_vars(sc, vars)) {
        diag_error(err, NULL, 0, "out of memory");
        return -1;
    }
    for (int i = 0; i < t->nvars; i++) {
        int v = scenario_find_var(sc, t->vars[i].name);
        if (v < 0 || vars->v[v].type != t->vars[i].value.type) {
            diag_error(err, NULL, t->line, "test '%s': '%s' is not a declared %s variable", t->name,
                       t->vars[i].name, value_type_name(t->vars[i].value.type));
            return -1;
        }
        if (varset_assign(vars, v, &t->vars[i].value)) {
            diag_error(err, NULL, 0, "out of memory");
            return -1;
        }
    }
    return 0;
}

int trial_run(const Scenario *sc, const Explorer *policy, const Trial *t, uint64_t seed, TrialOutcome *out,
              Diag *err)
{
    VarSet vars = {NULL, 0};
    Explorer *own = NULL;
    Session *s = NULL;
    int rc = -1, start = -1, idx = 0, steps = 0;
    bool custom = t->start || t->nvars;
    memset(out, 0, sizeof *out);
    out->seed = seed;
    if (t->start && (start = scenario_find_scene(sc, t->start)) < 0) {
        diag_error(err, NULL, t->line, "test '%s': start scene '%s' is not in the scenario", t->name, t->start);
        goto done;
    }
    if (custom && start_vars(sc, t, &vars, err))
        goto done;
    /* Decisions are valued from the session's own start. */
    const Explorer *pol = policy;
    if (custom) {
        if (!(own = explorer_run_from(sc, 0, start, &vars, err)))
            goto done;
        pol = own;
    }
    s = custom ? session_new_at(sc, seed, 0, start >= 0 ? start : scenario_meta(sc)->start, &vars)
               : session_new(sc, seed, 0);
    if (!s) {
        diag_error(err, NULL, 0, "out of memory");
        goto done;
    }
    while (session_status(s) == SESSION_RUNNING && steps++ < TRIAL_MAX_STEPS) {
        int c = next_choice(sc, pol, t, s, &idx, out);
        if (c < 0)
            break;
        int pos = 0;
        for (int p = 0; p < session_available_count(s); p++)
            pos = session_available(s, p) == c ? p + 1 : pos;
        append(out->positions, ",", "%d", pos);
        Diag why;
        diag_clear(&why);
        session_choose(s, c, 0, &why);
    }
    int total = t->policy != TRIAL_CHOICES ? 0 : t->npositions ? t->npositions : t->nchoice_ids;
    judge(sc, t, s, pol, out->failures[0] ? 0 : total - idx, out);
    rc = 0;
done:
    session_free(s);
    explorer_free(own);
    varset_free(&vars);
    return rc;
}
