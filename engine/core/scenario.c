/* scenario: the scenario graph, stored in one arena; growable arrays use the heap. */
#include "scenario.h"

#include "arena.h"

#include <stdlib.h>
#include <string.h>

struct Scenario {
    Arena *arena;
    const Rubric *rubric;
    ScenarioMeta meta;
    ScenarioHooks hooks;
    Scene **scenes; /* pointers so that Scene* handed out stay valid as the array grows */
    int nscenes, scap;
    int *scene_index; /* open addressing by id hash: scene index + 1, 0 = empty; keeps
                         scenario_find_scene O(1) so a 5,000-scene file loads in well under
                         a second (a linear search per target made loading quadratic) */
    int icap;
    VarDecl *vars;
    int nvars, vcap;
    const char **speakers;
    int nspeakers, spcap;
    Figure *figures;
    int nfigures, fcap;
};

/* Grows *arr (of elem bytes each) to hold at least one more element. */
static int grow(void *arr, int *cap, int count, size_t elem)
{
    if (count < *cap)
        return 0;
    int ncap = *cap ? *cap * 2 : 16;
    void *n = realloc(*(void **)arr, (size_t)ncap * elem);
    if (!n)
        return -1;
    *(void **)arr = n;
    *cap = ncap;
    return 0;
}

Scenario *scenario_new(const Rubric *rubric)
{
    Scenario *sc = calloc(1, sizeof *sc);
    if (!sc)
        return NULL;
    sc->arena = arena_new();
    if (!sc->arena) {
        free(sc);
        return NULL;
    }
    sc->rubric = rubric;
    sc->meta.file = sc->meta.hash = sc->meta.id = sc->meta.title = "";
    sc->meta.role = sc->meta.summary = sc->meta.modelled_on = "";
    sc->meta.start = -1;
    return sc;
}

void scenario_free(Scenario *sc)
{
    if (!sc)
        return;
    free(sc->scenes);
    free(sc->scene_index);
    free(sc->vars);
    free(sc->speakers);
    free(sc->figures);
    arena_free(sc->arena);
    free(sc);
}

char *scenario_strdup(Scenario *sc, const char *s)
{
    return arena_strdup(sc->arena, s);
}

void *scenario_alloc(Scenario *sc, size_t size)
{
    return arena_alloc(sc->arena, size);
}

ScenarioMeta *scenario_meta_mut(Scenario *sc)
{
    return &sc->meta;
}

int scenario_add_var(Scenario *sc, const char *name, const Value *initial)
{
    if (grow(&sc->vars, &sc->vcap, sc->nvars, sizeof *sc->vars))
        return -1;
    VarDecl d = {scenario_strdup(sc, name), *initial};
    if (!d.name)
        return -1;
    if (initial->type == VALUE_STRING && !(d.initial.as.s = scenario_strdup(sc, initial->as.s)))
        return -1;
    sc->vars[sc->nvars++] = d;
    return 0;
}

static unsigned id_hash(const char *id)
{
    return (unsigned)hash_bytes(id, strlen(id), HASH_SEED);
}

/* Rebuilds the scene index with room for twice the scenes (load factor at most 1/2). */
static int index_grow(Scenario *sc)
{
    int ncap = sc->icap ? sc->icap * 2 : 64;
    int *ni = calloc((size_t)ncap, sizeof *ni);
    if (!ni)
        return -1;
    for (int i = 0; i < sc->nscenes; i++) {
        unsigned j = id_hash(sc->scenes[i]->id) & (unsigned)(ncap - 1);
        while (ni[j])
            j = (j + 1) & (unsigned)(ncap - 1);
        ni[j] = i + 1;
    }
    free(sc->scene_index);
    sc->scene_index = ni;
    sc->icap = ncap;
    return 0;
}

Scene *scenario_add_scene(Scenario *sc, const char *id, int line, bool is_ending)
{
    if (grow(&sc->scenes, &sc->scap, sc->nscenes, sizeof *sc->scenes))
        return NULL;
    if ((sc->nscenes + 1) * 2 > sc->icap && index_grow(sc))
        return NULL;
    Scene *s = scenario_alloc(sc, sizeof *s);
    if (!s || !(s->id = scenario_strdup(sc, id)))
        return NULL;
    s->line = line;
    s->is_ending = is_ending;
    /* The first scene with an id wins lookups, as the linear search did. */
    if (scenario_find_scene(sc, id) < 0) {
        unsigned j = id_hash(id) & (unsigned)(sc->icap - 1);
        while (sc->scene_index[j])
            j = (j + 1) & (unsigned)(sc->icap - 1);
        sc->scene_index[j] = sc->nscenes + 1;
    }
    sc->scenes[sc->nscenes++] = s;
    return s;
}

int scenario_add_speaker(Scenario *sc, const char *name)
{
    if (grow(&sc->speakers, &sc->spcap, sc->nspeakers, sizeof *sc->speakers))
        return -1;
    const char *s = scenario_strdup(sc, name);
    if (!s)
        return -1;
    sc->speakers[sc->nspeakers++] = s;
    return 0;
}

int scenario_add_figure(Scenario *sc, const char *text, const char *source)
{
    if (grow(&sc->figures, &sc->fcap, sc->nfigures, sizeof *sc->figures))
        return -1;
    Figure f = {scenario_strdup(sc, text), scenario_strdup(sc, source)};
    if (!f.text || !f.source)
        return -1;
    sc->figures[sc->nfigures++] = f;
    return 0;
}

void scenario_set_hooks(Scenario *sc, const ScenarioHooks *hooks)
{
    sc->hooks = *hooks;
}

const ScenarioMeta *scenario_meta(const Scenario *sc) { return &sc->meta; }
const Rubric *scenario_rubric(const Scenario *sc) { return sc->rubric; }
const ScenarioHooks *scenario_hooks(const Scenario *sc) { return &sc->hooks; }
int scenario_scene_count(const Scenario *sc) { return sc->nscenes; }
int scenario_var_count(const Scenario *sc) { return sc->nvars; }
int scenario_speaker_count(const Scenario *sc) { return sc->nspeakers; }
int scenario_figure_count(const Scenario *sc) { return sc->nfigures; }
size_t scenario_bytes(const Scenario *sc) { return arena_bytes(sc->arena); }

const Scene *scenario_scene(const Scenario *sc, int i)
{
    return i >= 0 && i < sc->nscenes ? sc->scenes[i] : NULL;
}

Scene *scenario_scene_mut(Scenario *sc, int i)
{
    return i >= 0 && i < sc->nscenes ? sc->scenes[i] : NULL;
}

const VarDecl *scenario_var(const Scenario *sc, int i)
{
    return i >= 0 && i < sc->nvars ? &sc->vars[i] : NULL;
}

const char *scenario_speaker(const Scenario *sc, int i)
{
    return i >= 0 && i < sc->nspeakers ? sc->speakers[i] : NULL;
}

const Figure *scenario_figure(const Scenario *sc, int i)
{
    return i >= 0 && i < sc->nfigures ? &sc->figures[i] : NULL;
}

int scenario_find_scene(const Scenario *sc, const char *id)
{
    if (!sc->icap)
        return -1;
    for (unsigned j = id_hash(id) & (unsigned)(sc->icap - 1); sc->scene_index[j];
         j = (j + 1) & (unsigned)(sc->icap - 1))
        if (strcmp(sc->scenes[sc->scene_index[j] - 1]->id, id) == 0)
            return sc->scene_index[j] - 1;
    return -1;
}

int scenario_find_var(const Scenario *sc, const char *name)
{
    for (int i = 0; i < sc->nvars; i++)
        if (strcmp(sc->vars[i].name, name) == 0)
            return i;
    return -1;
}

int scenario_initial_vars(const Scenario *sc, VarSet *out)
{
    /* The declarations are not laid out as a Value array, so copy through a view. */
    out->v = NULL;
    out->count = 0;
    if (sc->nvars == 0)
        return 0;
    Value *view = malloc((size_t)sc->nvars * sizeof *view);
    if (!view)
        return -1;
    for (int i = 0; i < sc->nvars; i++)
        view[i] = sc->vars[i].initial;
    VarSet init = {view, sc->nvars};
    int rc = varset_copy(out, &init);
    free(view);
    return rc;
}

int scenario_find_choice(const Scenario *sc, const char *id, int *scene, int *choice)
{
    for (int s = 0; s < sc->nscenes; s++)
        for (int c = 0; c < sc->scenes[s]->nchoices; c++)
            if (strcmp(sc->scenes[s]->choices[c].id, id) == 0) {
                *scene = s;
                *choice = c;
                return 0;
            }
    return -1;
}

bool scenario_scores_principle(const Scenario *sc, int p)
{
    for (int s = 0; s < sc->nscenes; s++)
        for (int c = 0; c < sc->scenes[s]->nchoices; c++) {
            const Choice *ch = &sc->scenes[s]->choices[c];
            for (int d = 0; d < ch->ndeltas; d++)
                if (ch->deltas[d].principle == p && ch->deltas[d].delta != 0)
                    return true;
        }
    return false;
}
