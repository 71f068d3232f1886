/* score: sums of decision values along a path, turned into 0-100 scores. */
#include "score.h"

#include <stdio.h>
#include <string.h>

bool score_decision_credit(const ExplorerDecision *d, double *credit)
{
    double c = d->breaks ? 0 : d->span >= SCORE_MIN_SPAN ? 1.0 - d->regret / d->span : 1.0;
    *credit = c < 0 ? 0 : c > 1 ? 1 : c;
    /* A safeguard at stake makes a decision count even where little else differs: keeping
     * it earns the credit 1. */
    return d->breaks || d->span >= SCORE_MIN_SPAN || d->at_stake;
}

bool score_credit_serious(double credit)
{
    return credit < SCORE_SERIOUS_CREDIT - 1e-9;
}

void score_path_start(ScorePath *t, const Rubric *r)
{
    int n = rubric_principle_count(r);
    memset(t, 0, sizeof *t);
    t->count = n < SCORE_MAX_PRINCIPLES ? n : SCORE_MAX_PRINCIPLES;
}

void score_path_add(ScorePath *t, const Choice *ch, const ExplorerDecision *d)
{
    for (int i = 0; i < ch->ndeltas; i++)
        if (ch->deltas[i].principle >= 0 && ch->deltas[i].principle < t->count)
            t->total[ch->deltas[i].principle] += ch->deltas[i].delta;
    t->violations += ch->violation >= 0;
    if (!d)
        return;
    for (int p = 0; p < t->count; p++) {
        t->gain[p] += d->gain[p];
        t->reach[p] += d->reach[p];
    }
    double c;
    if (!score_decision_credit(d, &c))
        return; /* the choices were as good as each other: the decision does not count */
    t->credit += c;
    t->counted++;
    t->serious += score_credit_serious(c);
}

static double clamp100(double x)
{
    return x < 0 ? 0 : x > 100 ? 100 : x;
}

void score_path_card(ScoreCard *out, const Rubric *r, const ScorePath *t)
{
    memset(out, 0, sizeof *out);
    out->count = t->count;
    out->violations = t->violations;
    out->credit = t->credit;
    out->counted = t->counted;
    out->serious = t->serious;
    for (int p = 0; p < t->count; p++) {
        PrincipleScore *ps = &out->p[p];
        ps->total = t->total[p];
        ps->measured = t->reach[p] >= SCORE_MIN_REACH - 1e-9;
        if (!ps->measured) {
            ps->min = ps->max = ps->total;
            continue;
        }
        ps->min = t->total[p] - t->gain[p];
        ps->max = ps->min + t->reach[p];
        ps->score = clamp100(t->gain[p] / t->reach[p] * 100.0);
        out->measured++;
    }
    /* Rounding in long sums must not take a perfect path below 100. */
    out->overall = t->counted && t->credit < t->counted - 1e-9 ? clamp100(100.0 * t->credit / t->counted) : 100;
    out->band = score_band(r, out->overall, t->violations, t->serious);
}

const RubricBand *score_band(const Rubric *r, double overall, int violations, int serious)
{
    const RubricBand *b = rubric_band_for(r, overall, violations);
    if (serious > 0 && b && b == rubric_band(r, 0) && rubric_band_count(r) > 1)
        b = rubric_band(r, 1);
    return b;
}

/* x to at most one decimal, with "+"/"-" in front when sign is set. */
static char *format_tenths(double x, bool sign, char *out, size_t size)
{
    double r = (x < 0 ? -x : x) * 10 + 0.5;
    if (!(r < 1e15)) { /* huge or not a number: no exact tenths to print */
        snprintf(out, size, sign ? "%+.3g" : "%.3g", x);
        return out;
    }
    long long tenths = (long long)r;
    const char *s = !sign ? "" : tenths > 0 && x < 0 ? "-" : "+";
    if (tenths % 10 == 0)
        snprintf(out, size, "%s%lld", s, tenths / 10);
    else
        snprintf(out, size, "%s%lld.%lld", s, tenths / 10, tenths % 10);
    return out;
}

char *score_format_points(double x, char *out, size_t size)
{
    return format_tenths(x, true, out, size);
}

char *score_format_amount(double x, char *out, size_t size)
{
    return format_tenths(x, false, out, size);
}

void score_session(ScoreCard *out, const Session *s, const Explorer *policy)
{
    const Scenario *sc = session_scenario(s);
    ScorePath t;
    ExplorerDecision d;
    long state = policy ? 0 : -1;
    score_path_start(&t, scenario_rubric(sc));
    for (int i = 0; i < session_decision_count(s); i++) {
        const Decision *dec = session_decision(s, i);
        const Choice *ch = &scenario_scene(sc, dec->scene)->choices[dec->choice];
        bool valued = state >= 0 && explorer_state_scene(policy, state) == dec->scene &&
                      explorer_decision(policy, state, dec->choice, &d);
        score_path_add(&t, ch, valued ? &d : NULL);
        state = valued ? explorer_next_state(policy, state, dec->choice, dec->outcome) : -1;
    }
    score_path_card(out, scenario_rubric(sc), &t);
}
