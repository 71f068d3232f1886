/* rubric: the principles a decision is scored against, the safeguards it can break, and
 * the score bands. Loaded once from scenarios/rubric.lua by the script layer and shared
 * by every scenario that refers to it.
 *
 * Ownership: a Rubric owns all its strings (an arena); pointers returned by accessors
 * stay valid until rubric_free. Builders return -1 (or NULL) when out of memory. */
#ifndef RJ_RUBRIC_H
#define RJ_RUBRIC_H

#include <stddef.h>

typedef struct RubricItem {
    const char *id;         /* stable id scenarios refer to, e.g. "victim_voice" */
    const char *name;       /* short display name */
    const char *definition; /* one or two sentences */
    const char *source;     /* where the principle or safeguard comes from */
} RubricItem;

typedef struct RubricBand {
    const char *id;   /* e.g. "exemplary" */
    const char *name; /* e.g. "Exemplary" */
    double min;       /* lowest overall score (0-100) in this band */
} RubricBand;

typedef struct Rubric Rubric;

Rubric *rubric_new(const char *file, int version);
void rubric_free(Rubric *r);

int rubric_add_principle(Rubric *r, const RubricItem *item);
int rubric_add_safeguard(Rubric *r, const RubricItem *item);
/* Bands may be added in any order; they are kept sorted by min, highest first. */
int rubric_add_band(Rubric *r, const RubricBand *band);
/* The highest band an attempt with a broken safeguard can reach (a band id). Without it,
 * such an attempt is kept out of the top band only. -1 if the id is not a band. */
int rubric_set_violation_cap(Rubric *r, const char *band_id);
const char *rubric_violation_cap(const Rubric *r); /* band id, or NULL when not set */
/* Sets the hash of the rubric file ("sha256:..."), recorded in session logs. */
int rubric_set_hash(Rubric *r, const char *hash);

int rubric_version(const Rubric *r);
const char *rubric_file(const Rubric *r);
const char *rubric_hash(const Rubric *r); /* "" until set */
int rubric_principle_count(const Rubric *r);
const RubricItem *rubric_principle(const Rubric *r, int i);
int rubric_find_principle(const Rubric *r, const char *id); /* index or -1 */
int rubric_safeguard_count(const Rubric *r);
const RubricItem *rubric_safeguard(const Rubric *r, int i);
int rubric_find_safeguard(const Rubric *r, const char *id);
int rubric_band_count(const Rubric *r);
const RubricBand *rubric_band(const Rubric *r, int i); /* 0 is the top band */

/* The band for an overall score. A broken safeguard keeps an attempt out of the top band,
 * or below the violation cap when one is set, whatever its score. Returns NULL only when
 * the rubric has no bands. */
const RubricBand *rubric_band_for(const Rubric *r, double overall, int violations);

#endif
