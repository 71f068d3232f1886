/* rubric: principles, safeguards and bands, owned by one arena. */
#include "rubric.h"

#include "arena.h"

#include <stdlib.h>
#include <string.h>

enum { RUBRIC_MAX_ITEMS = 64 };

struct Rubric {
    Arena *arena;
    const char *file;
    const char *hash;
    const char *cap; /* band id; NULL: the second band */
    int version;
    RubricItem principles[RUBRIC_MAX_ITEMS];
    int nprinciples;
    RubricItem safeguards[RUBRIC_MAX_ITEMS];
    int nsafeguards;
    RubricBand bands[RUBRIC_MAX_ITEMS];
    int nbands;
};

Rubric *rubric_new(const char *file, int version)
{
    Rubric *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->arena = arena_new();
    if (!r->arena) {
        free(r);
        return NULL;
    }
    r->file = arena_strdup(r->arena, file ? file : "");
    r->hash = "";
    r->version = version;
    return r;
}

void rubric_free(Rubric *r)
{
    if (!r)
        return;
    arena_free(r->arena);
    free(r);
}

static int copy_item(Rubric *r, RubricItem *dst, const RubricItem *src)
{
    dst->id = arena_strdup(r->arena, src->id ? src->id : "");
    dst->name = arena_strdup(r->arena, src->name ? src->name : src->id);
    dst->definition = arena_strdup(r->arena, src->definition ? src->definition : "");
    dst->source = arena_strdup(r->arena, src->source ? src->source : "");
    return dst->id && dst->name && dst->definition && dst->source ? 0 : -1;
}

int rubric_add_principle(Rubric *r, const RubricItem *item)
{
    if (r->nprinciples == RUBRIC_MAX_ITEMS || copy_item(r, &r->principles[r->nprinciples], item))
        return -1;
    r->nprinciples++;
    return 0;
}

int rubric_add_safeguard(Rubric *r, const RubricItem *item)
{
    if (r->nsafeguards == RUBRIC_MAX_ITEMS || copy_item(r, &r->safeguards[r->nsafeguards], item))
        return -1;
    r->nsafeguards++;
    return 0;
}

int rubric_add_band(Rubric *r, const RubricBand *band)
{
    if (r->nbands == RUBRIC_MAX_ITEMS)
        return -1;
    RubricBand b = {arena_strdup(r->arena, band->id),
                    arena_strdup(r->arena, band->name ? band->name : band->id), band->min};
    if (!b.id || !b.name)
        return -1;
    int i = r->nbands++;
    while (i > 0 && r->bands[i - 1].min < b.min) {
        r->bands[i] = r->bands[i - 1];
        i--;
    }
    r->bands[i] = b;
    return 0;
}

int rubric_set_hash(Rubric *r, const char *hash)
{
    const char *h = arena_strdup(r->arena, hash);
    if (!h)
        return -1;
    r->hash = h;
    return 0;
}

int rubric_set_violation_cap(Rubric *r, const char *band_id)
{
    for (int i = 0; i < r->nbands; i++)
        if (strcmp(r->bands[i].id, band_id) == 0)
            return (r->cap = r->bands[i].id) ? 0 : -1;
    return -1;
}

const char *rubric_violation_cap(const Rubric *r) { return r->cap; }
int rubric_version(const Rubric *r) { return r->version; }
const char *rubric_file(const Rubric *r) { return r->file; }
const char *rubric_hash(const Rubric *r) { return r->hash; }
int rubric_principle_count(const Rubric *r) { return r->nprinciples; }
int rubric_safeguard_count(const Rubric *r) { return r->nsafeguards; }
int rubric_band_count(const Rubric *r) { return r->nbands; }

const RubricItem *rubric_principle(const Rubric *r, int i)
{
    return i >= 0 && i < r->nprinciples ? &r->principles[i] : NULL;
}

const RubricItem *rubric_safeguard(const Rubric *r, int i)
{
    return i >= 0 && i < r->nsafeguards ? &r->safeguards[i] : NULL;
}

const RubricBand *rubric_band(const Rubric *r, int i)
{
    return i >= 0 && i < r->nbands ? &r->bands[i] : NULL;
}

static int find_item(const RubricItem *items, int n, const char *id)
{
    for (int i = 0; i < n; i++)
        if (strcmp(items[i].id, id) == 0)
            return i;
    return -1;
}

int rubric_find_principle(const Rubric *r, const char *id)
{
    return find_item(r->principles, r->nprinciples, id);
}

int rubric_find_safeguard(const Rubric *r, const char *id)
{
    return find_item(r->safeguards, r->nsafeguards, id);
}

const RubricBand *rubric_band_for(const Rubric *r, double overall, int violations)
{
    if (r->nbands == 0)
        return NULL;
    int highest = 0;
    if (violations > 0) {
        highest = r->nbands > 1 ? 1 : 0;
        for (int i = 0; r->cap && i < r->nbands; i++)
            if (strcmp(r->bands[i].id, r->cap) == 0)
                highest = i;
    }
    for (int i = highest; i < r->nbands; i++)
        if (overall >= r->bands[i].min)
            return &r->bands[i];
    return &r->bands[r->nbands - 1];
}
