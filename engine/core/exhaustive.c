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

typedef struct Walk {
    const Scenario *sc;
    const Explorer *e;
    int np;
    Frame *frames;
    double *totals; /* per depth: np totals on arriving at that frame's state */
    int *viol;      /* per depth: violations so far */
    bool *on_path;
    long depth;
} Walk;

static const Choice *edge_choice(const Walk *w, long state, const ExplorerEdge *ed)
{
    return &scenario_scene(w->sc, explorer_state_scene(w->e, state))->choices[ed->choice];
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
    score_compute(&card, scenario_rubric(w->sc), w->e, &w->totals[(size_t)w->depth * (size_t)w->np],
                  w->viol[w->depth]);
    coverage_finish(cov, explorer_state_scene(w->e, w->frames[w->depth].state), &card);
}

/* Walks every simple path from state 0. Returns the complete paths seen, stopping (and
 * returning max_paths + 1) once there are more than max_paths. */
static long walk_paths(Walk *w, long max_paths, Coverage *cov, long *loops)
{
    long paths = 0;
    size_t np = (size_t)w->np;
    w->depth = 0;
    w->frames[0].state = 0;
    size_t count = explorer_state_edges(w->e, 0, &w->frames[0].edge);
    w->frames[0].end = w->frames[0].edge + count;
    memset(w->totals, 0, np * sizeof *w->totals);
    w->viol[0] = 0;
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
        ExplorerEdge ed = explorer_edge(w->e, f->edge++);
        if (w->on_path[ed.next]) {
            (*loops)++;
            continue;
        }
        const Choice *ch = edge_choice(w, f->state, &ed);
        long d = w->depth + 1;
        double *t = &w->totals[(size_t)d * np];
        memcpy(t, t - np, np * sizeof *t);
        for (int i = 0; i < ch->ndeltas; i++)
            if (ch->deltas[i].principle < w->np)
                t[ch->deltas[i].principle] += ch->deltas[i].delta;
        w->viol[d] = w->viol[d - 1] + (ch->violation >= 0);
        Frame *nf = &w->frames[d];
        nf->state = ed.next;
        count = explorer_state_edges(w->e, ed.next, &nf->edge);
        nf->end = nf->edge + count;
        w->on_path[ed.next] = true;
        w->depth = d;
    }
    return paths;
}

/* Lowest and highest of everything on the way to each state, by relaxing edges until no
 * bound moves. Each record is np totals' lows, np highs, then overall and violations. */
static int walk_states(Walk *w, Coverage *cov, ExhaustiveResult *res)
{
    long n = (long)explorer_state_count(w->e);
    size_t np = (size_t)w->np, width = 2 * np + 4;
    double *b = malloc((size_t)n * width * sizeof *b), weight[MAX_P], base = 0;
    bool *seen = calloc((size_t)n, sizeof *seen);
    int measured = 0;
    if (!b || !seen) {
        free(b);
        free(seen);
        return -1;
    }
    /* Overall = sum of weight[p] * total[p] + base over the measured principles. */
    for (size_t p = 0; p < np; p++) {
        double mn, mx;
        weight[p] = 0;
        measured += explorer_range(w->e, (int)p, &mn, &mx) && mx > mn;
    }
    for (size_t p = 0; p < np; p++) {
        double mn, mx;
        if (explorer_range(w->e, (int)p, &mn, &mx) && mx > mn) {
            weight[p] = 100.0 / ((mx - mn) * measured);
            base -= mn * weight[p];
        }
    }
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
                double *from = &b[(size_t)s * width], *to = &b[(size_t)ed.next * width], cand[2 * MAX_P + 4];
                double dov = 0;
                memcpy(cand, from, width * sizeof *cand);
                for (int i = 0; i < ch->ndeltas; i++)
                    if (ch->deltas[i].principle < w->np) {
                        cand[ch->deltas[i].principle] += ch->deltas[i].delta;
                        cand[np + (size_t)ch->deltas[i].principle] += ch->deltas[i].delta;
                        dov += weight[ch->deltas[i].principle] * ch->deltas[i].delta;
                    }
                cand[2 * np] += dov, cand[2 * np + 1] += dov;
                if (ch->violation >= 0 && cand[2 * np + 3] < VIOLATIONS_CAP)
                    cand[2 * np + 2] += 1, cand[2 * np + 3] += 1;
                bool first_time = !seen[ed.next];
                for (size_t i = 0; i < width; i++) {
                    bool low = i < np || i == 2 * np || i == 2 * np + 2;
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
        const double *r = &b[(size_t)s * width];
        ScoreCard lo, hi;
        score_compute(&lo, scenario_rubric(w->sc), w->e, r, (int)r[2 * np + 2]);
        score_compute(&hi, scenario_rubric(w->sc), w->e, r + np, (int)r[2 * np + 3]);
        lo.overall = fmax(0, fmin(100, measured ? r[2 * np] + base : 100));
        hi.overall = fmax(0, fmin(100, measured ? r[2 * np + 1] + base : 100));
        coverage_bound(cov, scene, &lo, &hi);
        res->endings_reached++;
    }
    free(b);
    free(seen);
    return 0;
}

int exhaustive_run(const Scenario *sc, const Explorer *e, long max_paths, Coverage *cov, ExhaustiveResult *res,
                   Diag *err)
{
    long n = (long)explorer_state_count(e);
    int np = rubric_principle_count(scenario_rubric(sc));
    Walk w = {sc, e, np < MAX_P ? np : MAX_P, NULL, NULL, NULL, NULL, 0};
    int rc = -1;
    memset(res, 0, sizeof *res);
    res->states = n;
    if (max_paths <= 0)
        max_paths = EXHAUSTIVE_DEFAULT_MAX_PATHS;
    w.frames = malloc((size_t)(n + 1) * sizeof *w.frames);
    w.totals = calloc((size_t)(n + 1) * (size_t)(w.np ? w.np : 1), sizeof *w.totals);
    w.viol = calloc((size_t)(n + 1), sizeof *w.viol);
    w.on_path = calloc((size_t)(n + 1), sizeof *w.on_path);
    if (!w.frames || !w.totals || !w.viol || !w.on_path)
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
    free(w.totals);
    free(w.viol);
    free(w.on_path);
    return rc;
}
