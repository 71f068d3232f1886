/* report: statistics over many attempts. Strings are interned in an arena (10,000 logs
 * repeat the same few hundred names and texts); lookups go through one string-keyed hash
 * map; the public arrays are built from the working ones in report_finish. */
#include "report_private.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t hash_of(const char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static Entry *slot(const Map *m, const char *key, uint32_t h)
{
    size_t i = h & (m->cap - 1);
    while (m->e[i].key && (m->e[i].hash != h || strcmp(m->e[i].key, key) != 0))
        i = (i + 1) & (m->cap - 1);
    return &m->e[i];
}

/* The entry for key, added (with value -1 and the key copied into the arena) when new;
 * NULL when out of memory. Adding a key may move every entry: a pointer from an earlier
 * call is only good until a call that adds one. */
static Entry *map_at(Report *r, Map *m, const char *key)
{
    uint32_t h = hash_of(key);
    Entry *e = m->cap ? slot(m, key, h) : NULL;
    if (e && e->key)
        return e;
    if ((m->n + 1) * 4 > m->cap * 3) { /* keep it under 3/4 full */
        size_t cap = m->cap ? m->cap * 2 : 256;
        Map bigger = { calloc(cap, sizeof *m->e), cap, m->n };
        if (!bigger.e)
            return NULL;
        for (size_t i = 0; i < m->cap; i++)
            if (m->e[i].key)
                *slot(&bigger, m->e[i].key, m->e[i].hash) = m->e[i];
        free(m->e);
        *m = bigger;
        e = slot(m, key, h);
    }
    if (!(e->key = arena_strdup(r->arena, key)))
        return NULL;
    e->hash = h, e->value = -1;
    m->n++;
    return e;
}

/* The one copy of s kept by the report; NULL stays NULL. Sets *bad when out of memory. */
static const char *intern(Report *r, const char *s, bool *bad)
{
    Entry *e = s ? map_at(r, &r->strings, s) : NULL;
    if (s && !e)
        *bad = true;
    return e ? e->key : NULL;
}

/* The index entry for a kind letter, two numbers and a text, e.g. "d3/0/intake". Built
 * by hand: snprintf here was a tenth of the time of a 10,000-log report. */
static Entry *keyed(Report *r, char kind, int a, int b, const char *s)
{
    char key[512], *p = key;
    int nums[2] = { a, b };
    *p++ = kind;
    for (int k = 0; k < 2; k++) {
        char digits[12];
        int n = 0;
        unsigned v = (unsigned)nums[k];
        do
            digits[n++] = (char)('0' + v % 10);
        while ((v /= 10) > 0);
        while (n > 0)
            *p++ = digits[--n];
        *p++ = '/';
    }
    size_t len = s ? strlen(s) : 0, room = sizeof key - (size_t)(p - key) - 1;
    memcpy(p, s ? s : "", len < room ? len : room);
    p[len < room ? len : room] = '\0';
    return map_at(r, &r->index, key);
}

static int grow(void *items, int *cap, int need, size_t size)
{
    void **p = items;
    if (need <= *cap)
        return 0;
    int n = *cap ? *cap * 2 : 8;
    while (n < need)
        n *= 2;
    void *q = realloc(*p, (size_t)n * size);
    if (!q)
        return -1;
    memset((char *)q + (size_t)*cap * size, 0, (size_t)(n - *cap) * size);
    *p = q, *cap = n;
    return 0;
}

static bool later(Stamp *at, int64_t ms, const char *sid)
{
    if (at->sid && (ms < at->ms || (ms == at->ms && strcmp(sid, at->sid) <= 0)))
        return false;
    at->ms = ms, at->sid = sid;
    return true;
}

static void stats_add(ReportStats *s, double x)
{
    double delta = x - s->mean;
    s->min = s->n == 0 || x < s->min ? x : s->min;
    s->max = s->n == 0 || x > s->max ? x : s->max;
    s->n++;
    s->mean += delta / s->n;
    s->sd += delta * (x - s->mean); /* the sum of squared deviations until report_finish */
    s->weak += x < REPORT_WEAK;
    s->bins[x < 0 ? 0 : x >= 100 ? REPORT_BINS - 1 : (int)(x / (100.0 / REPORT_BINS))]++;
}

static void mark_add(ReportMark *m, Stamp *at, int64_t ms, const char *sid, double x)
{
    if (later(at, ms, sid))
        m->latest = x;
    m->best = m->scored && m->best > x ? m->best : x;
    m->scored = true;
}

/* Adds one to the count of id in a list kept by id; -1 when out of memory. */
static int count_add(ReportCount **list, int *n, int *cap, const char *id, const char *label)
{
    for (int i = 0; i < *n; i++)
        if ((*list)[i].id == id) { /* interned: same text, same pointer */
            (*list)[i].count++;
            (*list)[i].label = label ? label : (*list)[i].label;
            return 0;
        }
    if (grow(list, cap, *n + 1, sizeof **list))
        return -1;
    (*list)[(*n)++] = (ReportCount){ id, label, 1 };
    return 0;
}

static int principle_index(Report *r, const char *id)
{
    for (int i = 0; i < r->nprin; i++)
        if (r->prin[i].id == id)
            return i;
    if (r->nprin == REPORT_MAX_PRINCIPLES)
        return -1;
    r->prin[r->nprin].id = id;
    return r->nprin++;
}

Report *report_new(void)
{
    Report *r = calloc(1, sizeof *r);
    if (r && !(r->arena = arena_new())) {
        free(r);
        r = NULL;
    }
    return r;
}

void report_free(Report *r)
{
    if (!r)
        return;
    for (int i = 0; i < r->nscen; i++) {
        for (int k = 0; k < r->scen[i].s.ndecisions; k++) {
            free(r->scen[i].decs[k].d.choices);
            free(r->scen[i].decs[k].text_at);
        }
        free(r->scen[i].decs);
        free(r->scen[i].s.decisions); /* report_finish's sorted copy */
        free(r->scen[i].s.endings);
        free(r->scen[i].s.safeguards);
    }
    for (int i = 0; i < r->ntrn; i++)
        free(r->trn[i].t.safeguards), free(r->trn[i].names);
    free(r->scen), free(r->trn), free(r->cells), free(r->att);
    free(r->strings.e), free(r->index.e);
    free(r->trainees), free(r->scenarios), free(r->grid);
    arena_free(r->arena);
    free(r);
}

char *report_trainee_key(const char *name, char *buf, size_t size)
{
    size_t n = 0;
    bool space = false;
    for (const char *s = name ? name : ""; *s && n + 1 < size; s++) {
        char c = *s;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            space = n > 0;
            continue;
        }
        if (space) {
            if (n + 2 >= size) /* no room for the space and what follows it */
                break;
            buf[n++] = ' ';
        }
        space = false;
        buf[n++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    buf[n] = '\0';
    return buf;
}

/* The index of a's trainee, of its scenario, of a choice at a decision: found, or added
 * when new; -1 when out of memory. */
static int trainee_of(Report *r, const Attempt *a, bool *bad)
{
    char key[256];
    Entry *e = keyed(r, 't', 0, 0, report_trainee_key(a->trainee, key, sizeof key));
    if (!e || (e->value < 0 && grow(&r->trn, &r->trn_cap, r->ntrn + 1, sizeof *r->trn)))
        return -1;
    if (e->value < 0) {
        r->trn[r->ntrn].key = intern(r, key, bad);
        r->trn[r->ntrn].t.first_ms = a->started_ms;
        e->value = r->ntrn++;
    }
    return e->value;
}

static int scenario_of(Report *r, const Attempt *a)
{
    Entry *e = keyed(r, 's', 0, 0, a->scenario_id);
    if (!e || (e->value < 0 && grow(&r->scen, &r->scen_cap, r->nscen + 1, sizeof *r->scen)))
        return -1;
    if (e->value < 0) {
        r->scen[r->nscen].s.id = e->key + 5; /* the key is "s0/0/<id>" */
        e->value = r->nscen++;
    }
    return e->value;
}

static int choice_of(Dec *d, const char *id)
{
    for (int i = 0; i < d->d.nchoices; i++)
        if (d->d.choices[i].id == id)
            return i;
    int cap = d->cap;
    if (grow(&d->d.choices, &d->cap, d->d.nchoices + 1, sizeof *d->d.choices) ||
        grow(&d->text_at, &cap, d->d.nchoices + 1, sizeof *d->text_at))
        return -1;
    d->d.choices[d->d.nchoices].id = id;
    return d->d.nchoices++;
}

/* Counts decision i of attempt a (trainee ti) at its decision point in scenario si. */
static int add_decision(Report *r, int ti, int si, const Attempt *a, int i, Stamp at, bool *bad)
{
    const AttemptDecision *ad = &a->decisions[i];
    const char *scene = ad->scene_id ? ad->scene_id : "";
    const char *choice = ad->choice_id ? ad->choice_id : "";
    Scen *sc = &r->scen[si];
    Entry *e = keyed(r, 'd', si, 0, scene);
    if (!e || (e->value < 0 && grow(&sc->decs, &sc->dec_cap, sc->s.ndecisions + 1,
                                    sizeof *sc->decs)))
        return -1;
    if (e->value < 0) {
        sc->decs[sc->s.ndecisions].d.scene_id = intern(r, scene, bad);
        e->value = sc->s.ndecisions++;
    }
    int di = e->value, c;
    Dec *d = &sc->decs[di];
    bool off = ad->nbest > 0 && !ad->best;
    d->d.taken++;
    d->step_sum += i + 1;
    d->d.violations += ad->violation != NULL;
    if (ad->scene_title && later(&d->title_at, at.ms, at.sid))
        d->d.title = intern(r, ad->scene_title, bad);
    if ((c = choice_of(d, intern(r, choice, bad))) < 0)
        return -1;
    d->d.choices[c].count++;
    d->d.choices[c].off_best += off;
    if (later(&d->text_at[c], at.ms, at.sid))
        d->d.choices[c].text = intern(r, ad->choice_text, bad);
    for (int k = 0; k < ad->nbest; k++) {
        if (!ad->best_ids[k])
            continue;
        if ((c = choice_of(d, intern(r, ad->best_ids[k], bad))) < 0)
            return -1;
        d->d.choices[c].best = true;
    }
    if (ad->nbest == 0)
        return 0;
    d->d.rated++;
    d->d.off_best += off;
    char key[64];
    snprintf(key, sizeof key, "u%d/%d/%d", si, di, ti);
    if (!(e = map_at(r, &r->index, key)))
        return -1;
    e->value = e->value < 0 ? 0 : e->value;
    d->d.trainees += !(e->value & 1);
    d->d.trainees_off += off && !(e->value & 2);
    e->value |= 1 | (off ? 2 : 0);
    return 0;
}

static void add_scores(Report *r, Trn *t, Scen *sc, Cell *cell, const Attempt *a, Stamp at,
                       bool *bad)
{
    stats_add(&sc->s.overall, a->overall);
    mark_add(&t->t.overall, &t->overall_at, at.ms, at.sid, a->overall);
    mark_add(&cell->c.overall, &cell->at, at.ms, at.sid, a->overall);
    for (int i = 0; i < a->nscores; i++) {
        int p = principle_index(r, intern(r, a->scores[i].principle, bad));
        if (p < 0 || !a->scores[i].measured)
            continue;
        stats_add(&r->prin[p].stats, a->scores[i].score);
        stats_add(&sc->s.principles[p], a->scores[i].score);
        mark_add(&t->t.principles[p], &t->at[p], at.ms, at.sid, a->scores[i].score);
    }
}

static int spelling_add(Trn *t, const char *name, Stamp at)
{
    int i = 0;
    while (i < t->nnames && t->names[i].name != name)
        i++;
    if (i == t->nnames) {
        if (grow(&t->names, &t->names_cap, i + 1, sizeof *t->names))
            return -1;
        t->names[t->nnames++].name = name;
    }
    t->names[i].count++;
    later(&t->names[i].at, at.ms, at.sid);
    return 0;
}

int report_add(Report *r, const Attempt *a, const char *source, unsigned marks)
{
    bool bad = false, done = a->status == ATTEMPT_COMPLETED;
    char key[64];
    Stamp at = { a->ended_ms ? a->ended_ms : a->started_ms, NULL };
    if (r->finished)
        return -1;
    snprintf(key, sizeof key, "a%.40s", a->session_id ? a->session_id : "");
    Entry *seen = map_at(r, &r->index, key);
    if (!seen)
        return -1;
    if (seen->value >= 0)
        return 1;
    /* now, while seen is valid: adding to the index below may move its entries */
    seen->value = r->natt;
    at.sid = seen->key + 1;
    int ti = trainee_of(r, a, &bad), si = ti < 0 ? -1 : scenario_of(r, a);
    if (si < 0 || grow(&r->att, &r->att_cap, r->natt + 1, sizeof *r->att))
        return -1;
    Entry *ce = keyed(r, 'c', ti, si, NULL);
    if (!ce || (ce->value < 0 && grow(&r->cells, &r->cell_cap, r->ncells + 1, sizeof *r->cells)))
        return -1;
    if (ce->value < 0) {
        r->cells[r->ncells] = (Cell){ ti, si, { 0 }, { 0 } };
        ce->value = r->ncells++;
        r->trn[ti].t.scenarios_tried++;
        r->scen[si].s.trainees++;
    }
    Trn *t = &r->trn[ti];
    Scen *sc = &r->scen[si];
    Cell *cell = &r->cells[ce->value];

    t->t.attempts++, sc->s.attempts++, cell->c.attempts++;
    t->t.first_ms = a->started_ms < t->t.first_ms ? a->started_ms : t->t.first_ms;
    t->t.last_ms = a->started_ms > t->t.last_ms ? a->started_ms : t->t.last_ms;
    if (spelling_add(t, intern(r, a->trainee ? a->trainee : "", &bad), at))
        return -1;
    if (later(&sc->title_at, at.ms, at.sid))
        sc->s.title = intern(r, a->scenario_title, &bad);
    sc->s.changed += (marks & REPORT_SCENARIO_CHANGED) != 0;
    sc->s.errors += a->status == ATTEMPT_ERROR;
    sc->s.unfinished += a->status == ATTEMPT_IN_PROGRESS || a->status == ATTEMPT_ABANDONED;
    t->t.violations += a->nviolations;
    for (int i = 0; i < a->nviolations; i++) {
        const char *id = intern(r, a->violations[i].safeguard, &bad);
        if (count_add(&t->t.safeguards, &t->t.nsafeguards, &t->safe_cap, id, NULL) ||
            count_add(&sc->s.safeguards, &sc->s.nsafeguards, &sc->safe_cap, id, NULL))
            return -1;
    }
    if (done) {
        t->t.completed++, sc->s.completed++;
        t->t.scenarios_done += cell->c.completed++ == 0;
        if (count_add(&sc->s.endings, &sc->s.nendings, &sc->end_cap,
                      intern(r, a->ending_id ? a->ending_id : "", &bad),
                      intern(r, a->ending_title, &bad)))
            return -1;
        add_scores(r, t, sc, cell, a, at, &bad);
    } else {
        for (int i = 0; i < a->nscores; i++) /* keeps the principles in the rubric's order */
            principle_index(r, intern(r, a->scores[i].principle, &bad));
    }
    int off = 0;
    for (int i = 0; i < a->ndecisions; i++) {
        if (add_decision(r, ti, si, a, i, at, &bad))
            return -1;
        off += a->decisions[i].nbest > 0 && !a->decisions[i].best;
    }
    r->att[r->natt++] = (ReportAttempt){
        source ? arena_strdup(r->arena, source) : NULL, at.sid, ti, si,
        intern(r, a->mode, &bad), a->status, a->started_ms, a->ended_ms,
        done ? intern(r, a->ending_id, &bad) : NULL, a->overall,
        done ? intern(r, a->band_name, &bad) : NULL, a->ndecisions, off, a->nviolations, marks,
        a->nstepbacks,
    };
    return bad ? -1 : 0;
}
