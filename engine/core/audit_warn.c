/* audit_warn: the audit's figures and warnings from what audit.c gathered. Statistical
 * findings (cues, trade-offs, one-strike endings) wait for AUDIT_MIN_DECISIONS decisions;
 * a choice that breaks a safeguard and raises a principle is wrong at any size. */
#include "audit_parts.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Where warnings go, and whether one could not be stored. */
typedef struct Out {
    DiagList *list;
    bool failed;
} Out;

static void add(Out *out, const Scenario *sc, int line, const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void add(Out *out, const Scenario *sc, int line, const char *fmt, ...)
{
    Diag dg;
    va_list ap;
    diag_clear(&dg);
    dg.severity = DIAG_WARNING;
    snprintf(dg.file, sizeof dg.file, "%s", scenario_meta(sc)->file);
    dg.line = line;
    int used = snprintf(dg.message, sizeof dg.message, "%s", AUDIT_PREFIX);
    va_start(ap, fmt);
    vsnprintf(dg.message + used, sizeof dg.message - (size_t)used, fmt, ap);
    va_end(ap);
    out->failed |= diag_list_add(out->list, &dg) != 0;
}

/* The share of a decision's states in which the cue finds a best choice. */
static double hit(const AuditPoint *p, int c)
{
    return p->states ? p->hits[c] / (double)p->states : 0;
}

/* "scene 'x' (line 4, best 'y' at line 9)" for the AUDIT_NAMED decisions where cue c finds
 * the best choice most surely; returns the line of the first. */
static int name_worst(const Scenario *sc, const AuditData *d, int c, char *buf, size_t size)
{
    long named[AUDIT_NAMED];
    int nnamed = 0, line = scenario_meta(sc)->line;
    size_t used = 0;
    buf[0] = '\0';
    for (; nnamed < AUDIT_NAMED; nnamed++) {
        long pick = -1;
        for (long i = 0; i < d->n; i++) {
            bool taken = false;
            for (int j = 0; j < nnamed; j++)
                taken |= named[j] == i;
            if (!taken && d->points[i].example[c] >= 0 && hit(&d->points[i], c) >= 0.5 &&
                (pick < 0 || hit(&d->points[i], c) > hit(&d->points[pick], c) + 1e-9))
                pick = i;
        }
        if (pick < 0)
            break;
        named[nnamed] = pick;
        const Scene *sp = scenario_scene(sc, d->points[pick].scene);
        const Choice *ch = &sp->choices[d->points[pick].example[c]];
        if (nnamed == 0)
            line = ch->line;
        int w = snprintf(buf + used, size - used, "%sscene '%s' (line %d: best '%s' at line %d)", nnamed ? ", " : "",
                         sp->id, sp->line, ch->id, ch->line);
        if (w < 0 || (size_t)w >= size - used)
            break;
        used += (size_t)w;
    }
    return line;
}

static void warn_cues(const Scenario *sc, const AuditData *d, const AuditReport *rep, Out *out)
{
    for (int c = 0; c < CUE_COUNT; c++) {
        if (!rep->flagged[c])
            continue;
        char worst[600];
        int line = name_worst(sc, d, c, worst, sizeof worst);
        add(out, sc, line,
            "the most restorative choice is the %s one in %.0f%% of %d decisions (picking blindly: %.0f%%; "
            "flagged above %.0f%%), so a trainee can find it by its form: e.g. %s; make other choices just as "
            "%s, or move the best one",
            c == CUE_PUNCTUATION  ? "most punctuated"
            : c == CUE_VOCABULARY ? "most restorative-sounding"
                                  : cue_name((Cue)c),
            rep->rate[c] * 100, rep->decisions, rep->chance * 100, rep->threshold * 100, worst,
            c == CUE_FIRST || c == CUE_LAST ? "likely to be best in that place" : "long, worded and punctuated");
    }
}

/* Choices that break a safeguard and raise a principle. */
static void warn_breaches(const Scenario *sc, const Explorer *e, AuditReport *rep, Out *out)
{
    const Rubric *r = scenario_rubric(sc);
    for (int s = 0; s < scenario_scene_count(sc); s++)
        for (int c = 0; c < scenario_scene(sc, s)->nchoices; c++) {
            const Choice *ch = &scenario_scene(sc, s)->choices[c];
            if (ch->violation < 0 || !explorer_choice_reached(e, s, c))
                continue;
            for (int i = 0; i < ch->ndeltas; i++)
                if (ch->deltas[i].delta > 0) {
                    rep->raising_breaches++;
                    add(out, sc, ch->line,
                        "choice '%s' breaks safeguard '%s' yet raises '%s' (%+g), so the top of that scale can "
                        "be reached only by breaking a safeguard; score the breach down, or move the points to a "
                        "safe choice",
                        ch->id, rubric_safeguard(r, ch->violation)->id, rubric_principle(r, ch->deltas[i].principle)->id,
                        ch->deltas[i].delta);
                    break;
                }
        }
}

/* Endings that more than a third of the poor choices reach at once. */
static void warn_one_strike(const Scenario *sc, const AuditData *d, AuditReport *rep, Out *out, bool judge)
{
    for (int s = 0; s < scenario_scene_count(sc); s++)
        for (int c = 0; c < scenario_scene(sc, s)->nchoices; c++) {
            rep->poor += d->poor[d->offset[s] + (size_t)c];
            rep->one_strike += d->strike[d->offset[s] + (size_t)c];
        }
    for (int end = 0; judge && end < scenario_scene_count(sc); end++) {
        if (!scenario_scene(sc, end)->is_ending)
            continue;
        int n = 0, first = 0;
        char names[400] = "";
        size_t used = 0;
        for (int s = 0; s < scenario_scene_count(sc); s++)
            for (int c = 0; c < scenario_scene(sc, s)->nchoices; c++) {
                const Choice *ch = &scenario_scene(sc, s)->choices[c];
                bool to_end = false;
                for (int t = 0; t < ch->ntargets; t++)
                    to_end |= ch->targets[t].scene == end;
                if (!to_end || !d->strike[d->offset[s] + (size_t)c])
                    continue;
                if (n++ == 0)
                    first = ch->line;
                if (n <= AUDIT_NAMED && used < sizeof names) {
                    int w = snprintf(names + used, sizeof names - used, "%s'%s' (line %d)", n > 1 ? ", " : "",
                                     ch->id, ch->line);
                    used += w > 0 ? (size_t)w : 0;
                }
            }
        if (n * 3 > rep->poor && n > 0)
            add(out, sc, scenario_scene(sc, end)->line,
                "ending '%s' follows at once from %d of the %d poor choices (more than a third) where the best "
                "choice would go on: e.g. %s (first at line %d); let most mistakes be answered in the story "
                "rather than end it",
                scenario_scene(sc, end)->id, n, rep->poor, names, first);
    }
}

/* Principles the least restorative path scores at or above the middle of the scale. */
static int warn_worst_path(const Scenario *sc, const Explorer *e, AuditReport *rep, Out *out)
{
    ScoreCard card;
    if (audit_worst_path(sc, e, &card))
        return -1;
    const Rubric *r = scenario_rubric(sc);
    for (int p = 0; p < card.count; p++)
        if (card.p[p].measured && card.p[p].score >= 50) {
            rep->worst_high++;
            add(out, sc, scenario_meta(sc)->line,
                "the least restorative path (rjsim play FILE --text --auto worst) scores '%s' %.0f of 100: its "
                "choices do more for it than the better ones, so a careless trainee is told they did well at it; "
                "score those choices lower on it, or make it a trade-off the feedback names",
                rubric_principle(r, p)->id, card.p[p].score);
        }
    return 0;
}

int audit_warn(const Scenario *sc, const Explorer *e, const AuditData *d, AuditReport *rep, DiagList *list)
{
    Out o = {list, false}, *out = &o;
    rep->decisions = (int)d->n;
    for (long i = 0; i < d->n; i++) {
        const AuditPoint *p = &d->points[i];
        rep->chance += p->chance / (double)p->states;
        for (int c = 0; c < CUE_COUNT; c++)
            rep->rate[c] += hit(p, c);
        bool costly = p->costly * 2 >= p->states, close = p->close * 2 >= p->states;
        rep->costly += costly;
        rep->close += close;
        rep->tradeoffs += costly || close;
    }
    if (d->n) {
        rep->chance /= (double)d->n;
        for (int c = 0; c < CUE_COUNT; c++)
            rep->rate[c] /= (double)d->n;
    }
    rep->threshold = audit_threshold(rep->chance);
    bool judge = d->n >= AUDIT_MIN_DECISIONS;
    for (int c = 0; c < CUE_COUNT; c++)
        rep->flagged[c] = judge && rep->rate[c] > rep->threshold + 1e-9;
    warn_cues(sc, d, rep, out);
    if (judge && rep->tradeoffs < AUDIT_MIN_TRADEOFFS)
        add(out, sc, scenario_meta(sc)->line,
            "only %d of %d decisions are real trade-offs (%d where the best choice scores lower on a principle "
            "than another safe choice, %d with two safe choices within %g points): the scenario tests recall "
            "more than judgement; give at least %d decisions a best choice that costs something",
            rep->tradeoffs, rep->decisions, rep->costly, rep->close, AUDIT_CLOSE_POINTS, AUDIT_MIN_TRADEOFFS);
    warn_breaches(sc, e, rep, out);
    warn_one_strike(sc, d, rep, out, judge);
    if (warn_worst_path(sc, e, rep, out))
        o.failed = true;
    return o.failed ? -1 : 0;
}
