/* exhaustive: depth-first enumeration of paths on the state graph; past the limit, exact
 * per-ending bounds by forward relaxation over the states instead. */
#include "exhaustive.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_P = SCORE_MAX_PRINCIPLES, VIOLATIONS_CAP = 1000 };

typedef struct Frame {
    long state;
    size_t edge, end; /* next edge to try, one past the last */
} Frame;

/* What a path has gathered, as one row of doubles: the principle totals, gains and reaches
 * (np each), then the decisions' credit, how many counted, violations, and how many
 * counted as serious mistakes (score.h). */
enum { SUM_EXTRA = 4 };
#define SUM_WIDTH(np) (3 * (size_t)(np) + SUM_EXTRA)

typedef struct Walk {
    const Scenario *sc;
    const Explorer *e;
    int np;
    Frame *frames;
    double *sums;   /* per depth: SUM_WIDTH(np) sums on arriving at that frame's state */
    double *edge_value; /* per edge: credit, counted, serious (0 or 1), then np gains and np reaches */
    bool *edge_valued;  /* per edge: edge_value filled (and the decision could be valued) */
    bool *edge_known;   /* per edge: edge_value looked at */
    bool *on_path;
    long depth;
} Walk;

static const Choice *edge_choice(const Walk *w, long state, const ExplorerEdge *ed)
{
    return &scenario_scene(w->sc, explorer_state_scene(w->e, state))->choices[ed->choice];
}

/* The decision value of edge k from state s, worked out once per edge; NULL when the
 * explorer cannot value it. */
static const double *edge_value(Walk *w, long s, size_t k)
{
    size_t width = 3 + 2 * (size_t)w->np;
    if (!w->edge_known[k]) {
        ExplorerDecision d;
        ScorePath one;
        double *v = &w->edge_value[k * width];
        w->edge_known[k] = true;
        w->edge_valued[k] = explorer_decision(w->e, s, explorer_edge(w->e, k).choice, &d);
        /* What one decision adds, worked out as a session's would be. */
        score_path_start(&one, scenario_rubric(w->sc));
        ExplorerEdge ed = explorer_edge(w->e, k);
        score_path_add(&one, edge_choice(w, s, &ed), &d);
        v[0] = one.credit;
        v[1] = one.counted;
        v[2] = one.serious;
        for (int p = 0; p < w->np; p++) {
            v[3 + p] = d.gain[p];
            v[3 + w->np + p] = d.reach[p];
        }
    }
    return w->edge_valued[k] ? &w->edge_value[k * width] : NULL;
}

/* Adds one edge to a row of sums. */
static void add_edge(Walk *w, double *row, long s, size_t k, const Choice *ch)
{
    size_t np = (size_t)w->np;
    const double *v = edge_value(w, s, k);
    for (int i = 0; i < ch->ndeltas; i++)
        if (ch->deltas[i].principle >= 0 && ch->deltas[i].principle < w->np)
            row[ch->deltas[i].principle] += ch->deltas[i].delta;
    if (v) {
        for (size_t p = 0; p < np; p++) {
            row[np + p] += v[3 + p];
            row[2 * np + p] += v[3 + np + p];
        }
        row[3 * np] += v[0];
        row[3 * np + 1] += v[1];
        row[3 * np + 3] += v[2];
    }
    if (ch->violation >= 0 && row[3 * np + 2] < VIOLATIONS_CAP)
        row[3 * np + 2] += 1;
}

static void row_card(const Walk *w, const double *row, ScoreCard *card)
{
    ScorePath t;
    size_t np = (size_t)w->np;
    score_path_start(&t, scenario_rubric(w->sc));
    for (size_t p = 0; p < np && (int)p < t.count; p++) {
        t.total[p] = row[p];
        t.gain[p] = row[np + p];
        t.reach[p] = row[2 * np + p];
    }
    t.credit = row[3 * np];
    t.counted = (int)row[3 * np + 1];
    t.violations = (int)row[3 * np + 2];
    t.serious = (int)row[3 * np + 3];
    score_path_card(card, scenario_rubric(w->sc), &t);
}

static void record_path(Walk *w, Coverage *cov)
{
    for (long d = 0; d <= w->depth; d++) {
        long st = w->frames[d].state;
        coverage_visit(cov, explorer_state_scene(w->e, st));
        if (d < w->depth)
            coverage_take(cov, explorer_state_scene(w->e, st), explorer_edge(w->e, w->frames[d].edge - 1).choice);
    }
    ScoreCard card;
    row_card(w, &w->sums[(size_t)w->depth * SUM_WIDTH(w->np)], &card);
    coverage_finish(cov, explorer_state_scene(w->e, w->frames[w->depth].state), &card);
}

/* Walks every simple path from state 0. Returns the complete paths seen, stopping (and
 * returning max_paths + 1) once there are more than max_paths. */
static long walk_paths(Walk *w, long max_paths, Coverage *cov, long *loops)
{
    long paths = 0;
    size_t width = SUM_WIDTH(w->np);
    w->depth = 0;
    w->frames[0].state = 0;
    size_t count = explorer_state_edges(w->e, 0, &w->frames[0].edge);
    w->frames[0].end = w->frames[0].edge + count;
    memset(w->sums, 0, width * sizeof *w->sums);
    w->on_path[0] = true;
    while (w->depth >= 0) {
        Frame *f = &w->frames[w->depth];
        if (scenario_scene(w->sc, explorer_state_scene(w->e, f->state))->is_ending && f->edge == f->end) {
            if (++paths > max_paths)
                return paths;
            record_path(w, cov);
        }
        if (f->edge == f->end) {
            w->on_path[f->state] = false;
            w->depth--;
            continue;
        }
        size_t k = f->edge++;
        ExplorerEdge ed = explorer_edge(w->e, k);
        if (w->on_path[ed.next]) {
            (*loops)++;
            continue;
        }
        long d = w->depth + 1;
        double *row = &w->sums[(size_t)d * width];
        memcpy(row, row - width, width * sizeof *row);
        add_edge(w, row, f->state, k, edge_choice(w, f->state, &ed));
        Frame *nf = &w->frames[d];
        nf->state = ed.next;
        count = explorer_state_edges(w->e, ed.next, &nf->edge);
        nf->end = nf->edge + count;
        w->on_path[ed.next] = true;
        w->depth = d;
    }
    return paths;
}

/* The lowest and highest score a path could get from sums bounded by lo and hi. Overall
 * and principle scores are ratios of two sums, so the bounds pair each sum's extremes:
 * always true bounds, not always reached by one path. */
static void bound_cards(const Walk *w, const double *lo, const double *hi, ScoreCard *clo, ScoreCard *chi)
{
    size_t np = (size_t)w->np;
    row_card(w, lo, clo);
    row_card(w, hi, chi);
    for (size_t p = 0; p < np && (int)p < clo->count; p++) {
        double glo = lo[np + p], ghi = hi[np + p], rlo = lo[2 * np + p], rhi = hi[2 * np + p];
        clo->p[p].measured = chi->p[p].measured = rhi >= SCORE_MIN_REACH - 1e-9;
        clo->p[p].score = rhi > 1e-9 ? fmax(0, fmin(100, 100 * glo / rhi)) : 0;
        chi->p[p].score = rlo >= SCORE_MIN_REACH - 1e-9 ? fmax(0, fmin(100, 100 * ghi / rlo)) : 100;
    }
    double clo_ = lo[3 * np], chi_ = hi[3 * np], nlo = lo[3 * np + 1], nhi = hi[3 * np + 1];
    clo->overall = nhi < 0.5 ? 100 : fmax(0, fmin(100, 100 * clo_ / nhi));
    chi->overall = nlo < 0.5 || chi_ >= nlo - 1e-9 ? 100 : fmax(0, fmin(100, 100 * chi_ / nlo));
}

/* Lowest and highest of every sum on the way to each state, by relaxing edges until no
 * bound moves. Each record is the sums' lows, then their highs. */
static int walk_states(Walk *w, Coverage *cov, ExhaustiveResult *res)
{
    long n = (long)explorer_state_count(w->e);
    size_t sw = SUM_WIDTH(w->np), width = 2 * sw;
    double *b = malloc((size_t)n * width * sizeof *b), *cand = malloc(width * sizeof *cand);
    bool *seen = calloc((size_t)n, sizeof *seen);
    int rc = -1;
    if (!b || !seen || !cand)
        goto done;
    memset(b, 0, width * sizeof *b);
    seen[0] = true;
    bool changed = true;
    for (long pass = 0; changed && pass <= n; pass++) {
        changed = false;
        for (long s = 0; s < n; s++) {
            if (!seen[s])
                continue;
            size_t first, ne = explorer_state_edges(w->e, s, &first);
            for (size_t k = first; k < first + ne; k++) {
                ExplorerEdge ed = explorer_edge(w->e, k);
                const Choice *ch = edge_choice(w, s, &ed);
                double *from = &b[(size_t)s * width], *to = &b[(size_t)ed.next * width];
                memcpy(cand, from, width * sizeof *cand);
                add_edge(w, cand, s, k, ch);
                add_edge(w, cand + sw, s, k, ch);
                bool first_time = !seen[ed.next];
                for (size_t i = 0; i < width; i++) {
                    bool low = i < sw;
                    if (first_time || (low ? cand[i] < to[i] - 1e-9 : cand[i] > to[i] + 1e-9)) {
                        to[i] = cand[i];
                        changed = true;
                    }
                }
                seen[ed.next] = true;
            }
        }
    }
    for (long s = 0; s < n; s++) {
        int scene = explorer_state_scene(w->e, s);
        const Scene *sp = scenario_scene(w->sc, scene);
        size_t first, ne = explorer_state_edges(w->e, s, &first);
        coverage_visit(cov, scene);
        for (size_t k = first, last = (size_t)-1; k < first + ne; k++) {
            ExplorerEdge ed = explorer_edge(w->e, k);
            if ((size_t)ed.choice != last)
                coverage_take(cov, scene, ed.choice);
            last = (size_t)ed.choice;
        }
        if (!sp->is_ending || !seen[s])
            continue;
        ScoreCard lo, hi;
        bound_cards(w, &b[(size_t)s * width], &b[(size_t)s * width + sw], &lo, &hi);
        coverage_bound(cov, scene, &lo, &hi);
        res->endings_reached++;
    }
    rc = 0;
done:
    free(b);
    free(cand);
    free(seen);
    return rc;
}

int exhaustive_run(const Scenario *sc, const Explorer *e, long max_paths, Coverage *cov, ExhaustiveResult *res,
                   Diag *err)
{
    long n = (long)explorer_state_count(e);
    int np = rubric_principle_count(scenario_rubric(sc));
    Walk w = {sc, e, np < MAX_P ? np : MAX_P, NULL, NULL, NULL, NULL, NULL, NULL, 0};
    size_t nedges = explorer_edge_count(e);
    int rc = -1;
    memset(res, 0, sizeof *res);
    res->states = n;
    if (max_paths <= 0)
        max_paths = EXHAUSTIVE_DEFAULT_MAX_PATHS;
    w.frames = malloc((size_t)(n + 1) * sizeof *w.frames);
    w.sums = calloc((size_t)(n + 1) * SUM_WIDTH(w.np), sizeof *w.sums);
    w.edge_value = malloc((nedges + 1) * (3 + 2 * (size_t)w.np) * sizeof *w.edge_value);
    w.edge_valued = calloc(nedges + 1, sizeof *w.edge_valued);
    w.edge_known = calloc(nedges + 1, sizeof *w.edge_known);
    w.on_path = calloc((size_t)(n + 1), sizeof *w.on_path);
    if (!w.frames || !w.sums || !w.edge_value || !w.edge_valued || !w.edge_known || !w.on_path)
        goto oom;
    if (n > 0) {
        res->paths = walk_paths(&w, max_paths, cov, &res->loops);
        if (res->paths > max_paths) {
            coverage_reset(cov);
            res->mode = EXHAUSTIVE_STATES;
            res->paths = res->loops = 0;
            if (walk_states(&w, cov, res))
                goto oom;
        }
    }
    rc = 0;
    goto done;
oom:
    diag_error(err, scenario_meta(sc)->file, 0, "out of memory while walking every path");
done:
    free(w.frames);
    free(w.sums);
    free(w.edge_value);
    free(w.edge_valued);
    free(w.edge_known);
    free(w.on_path);
    return rc;
}
