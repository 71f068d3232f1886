/* score: placement of totals in their reachable ranges. */
#include "score.h"

void score_compute(ScoreCard *out, const Rubric *r, const Explorer *e, const double *totals,
                   int violations)
{
    int n = rubric_principle_count(r);
    if (n > SCORE_MAX_PRINCIPLES)
        n = SCORE_MAX_PRINCIPLES;
    double sum = 0;
    out->count = n;
    out->measured = 0;
    out->violations = violations;
    for (int p = 0; p < n; p++) {
        PrincipleScore *ps = &out->p[p];
        ps->total = totals[p];
        ps->measured = explorer_range(e, p, &ps->min, &ps->max) && ps->max > ps->min;
        ps->score = 0;
        if (!ps->measured)
            continue;
        double x = (ps->total - ps->min) / (ps->max - ps->min) * 100.0;
        ps->score = x < 0 ? 0 : x > 100 ? 100 : x;
        sum += ps->score;
        out->measured++;
    }
    /* When no open path could change any principle, nothing could have been done better. */
    out->overall = out->measured ? sum / out->measured : 100;
    out->band = rubric_band_for(r, out->overall, violations);
}

void score_session(ScoreCard *out, const Session *s, const Explorer *e)
{
    score_compute(out, scenario_rubric(session_scenario(s)), e, session_totals(s),
                  session_violation_count(s));
}
