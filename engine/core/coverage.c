/* coverage: counters per scene, choice and ending. */
#include "coverage.h"

#include <stdlib.h>
#include <string.h>

struct Coverage {
    const Scenario *sc;
    long runs, failed;
    long *visits;       /* per scene */
    int *choice_base;   /* per scene: offset into taken */
    long *taken;
    CoverageEnding *endings; /* per scene (used for endings only) */
    CoverageEnding all;
};

Coverage *coverage_new(const Scenario *sc)
{
    Coverage *c = calloc(1, sizeof *c);
    int n = scenario_scene_count(sc), nchoices = 0;
    if (!c)
        return NULL;
    c->sc = sc;
    c->visits = calloc((size_t)n + 1, sizeof *c->visits);
    c->choice_base = calloc((size_t)n + 1, sizeof *c->choice_base);
    c->endings = calloc((size_t)n + 1, sizeof *c->endings);
    if (!c->visits || !c->choice_base || !c->endings)
        goto fail;
    for (int s = 0; s < n; s++) {
        c->choice_base[s] = nchoices;
        nchoices += scenario_scene(sc, s)->nchoices;
    }
    if (!(c->taken = calloc((size_t)nchoices + 1, sizeof *c->taken)))
        goto fail;
    return c;
fail:
    coverage_free(c);
    return NULL;
}

void coverage_free(Coverage *c)
{
    if (!c)
        return;
    free(c->visits);
    free(c->choice_base);
    free(c->taken);
    free(c->endings);
    free(c);
}

void coverage_spread_add(Spread *s, double v)
{
    if (s->count == 0 || v < s->min)
        s->min = v;
    if (s->count == 0 || v > s->max)
        s->max = v;
    s->sum += v;
    s->count++;
}

void coverage_spread_bound(Spread *s, double lo, double hi)
{
    if (s->count == 0 || lo < s->min)
        s->min = lo;
    if (s->count == 0 || hi > s->max)
        s->max = hi;
    s->count++;
}

double coverage_spread_mean(const Spread *s)
{
    return s->count ? s->sum / (double)s->count : 0.0;
}

void coverage_visit(Coverage *c, int scene)
{
    if (scene >= 0 && scene < scenario_scene_count(c->sc))
        c->visits[scene]++;
}

void coverage_take(Coverage *c, int scene, int choice)
{
    if (scene >= 0 && scene < scenario_scene_count(c->sc) && choice >= 0 &&
        choice < scenario_scene(c->sc, scene)->nchoices)
        c->taken[c->choice_base[scene] + choice]++;
}

static void add_ending(CoverageEnding *e, const Rubric *r, const ScoreCard *card)
{
    e->count++;
    coverage_spread_add(&e->overall, card->overall);
    for (int p = 0; p < card->count && p < SCORE_MAX_PRINCIPLES; p++)
        if (card->p[p].measured)
            coverage_spread_add(&e->score[p], card->p[p].score);
    for (int b = 0; card->band && b < rubric_band_count(r) && b < COVERAGE_MAX_BANDS; b++)
        if (rubric_band(r, b) == card->band)
            e->bands[b]++;
    e->with_violation += card->violations > 0;
}

void coverage_finish(Coverage *c, int scene, const ScoreCard *card)
{
    c->runs++;
    if (scene < 0 || scene >= scenario_scene_count(c->sc))
        return;
    add_ending(&c->endings[scene], scenario_rubric(c->sc), card);
    add_ending(&c->all, scenario_rubric(c->sc), card);
}

static int band_index(const Rubric *r, const RubricBand *band)
{
    for (int b = 0; band && b < rubric_band_count(r); b++)
        if (rubric_band(r, b) == band)
            return b;
    return -1;
}

static void bound_ending(CoverageEnding *e, const Rubric *r, const ScoreCard *lo, const ScoreCard *hi)
{
    e->count++;
    coverage_spread_bound(&e->overall, lo->overall, hi->overall);
    for (int p = 0; p < lo->count && p < SCORE_MAX_PRINCIPLES; p++)
        if (lo->p[p].measured)
            coverage_spread_bound(&e->score[p], lo->p[p].score, hi->p[p].score);
    /* Best band: the highest score with the fewest violations; worst: the reverse. */
    int best = band_index(r, score_band(r, hi->overall, lo->violations, lo->serious));
    int worst = band_index(r, score_band(r, lo->overall, hi->violations, hi->serious));
    for (int b = best; b >= 0 && b <= worst && b < COVERAGE_MAX_BANDS; b++)
        e->bands[b]++;
    e->with_violation += hi->violations > 0;
}

void coverage_bound(Coverage *c, int scene, const ScoreCard *lo, const ScoreCard *hi)
{
    c->runs++;
    if (scene < 0 || scene >= scenario_scene_count(c->sc))
        return;
    bound_ending(&c->endings[scene], scenario_rubric(c->sc), lo, hi);
    bound_ending(&c->all, scenario_rubric(c->sc), lo, hi);
}

void coverage_reset(Coverage *c)
{
    int n = scenario_scene_count(c->sc);
    int nchoices = n ? c->choice_base[n - 1] + scenario_scene(c->sc, n - 1)->nchoices : 0;
    c->runs = c->failed = 0;
    memset(c->visits, 0, (size_t)n * sizeof *c->visits);
    memset(c->taken, 0, (size_t)nchoices * sizeof *c->taken);
    memset(c->endings, 0, (size_t)n * sizeof *c->endings);
    memset(&c->all, 0, sizeof c->all);
}

void coverage_fail(Coverage *c)
{
    c->runs++;
    c->failed++;
}

long coverage_runs(const Coverage *c) { return c->runs; }
long coverage_failed(const Coverage *c) { return c->failed; }

long coverage_scene_visits(const Coverage *c, int scene)
{
    return scene >= 0 && scene < scenario_scene_count(c->sc) ? c->visits[scene] : 0;
}

long coverage_choice_taken(const Coverage *c, int scene, int choice)
{
    if (scene < 0 || scene >= scenario_scene_count(c->sc) || choice < 0 ||
        choice >= scenario_scene(c->sc, scene)->nchoices)
        return 0;
    return c->taken[c->choice_base[scene] + choice];
}

const CoverageEnding *coverage_ending(const Coverage *c, int scene)
{
    if (scene < 0 || scene >= scenario_scene_count(c->sc) || !scenario_scene(c->sc, scene)->is_ending)
        return NULL;
    return &c->endings[scene];
}

const CoverageEnding *coverage_all(const Coverage *c)
{
    return &c->all;
}
