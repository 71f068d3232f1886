/* rng: the session's seeded random generator (PCG32, O'Neill 2014).
 *
 * Chance targets draw from it, so a session replays exactly from its seed and choices.
 * The sequence for a seed is fixed forever: logs depend on it. No allocation, no errors. */
#ifndef RJ_RNG_H
#define RJ_RNG_H

#include <stdint.h>

typedef struct Rng {
    uint64_t state, inc;
} Rng;

void rng_seed(Rng *r, uint64_t seed);
uint32_t rng_next(Rng *r);
/* Uniform double in [0, 1) with 32 bits of randomness. */
double rng_unit(Rng *r);
/* Index drawn from weights[0..n-1] (non-negative, sum > 0) in proportion to them. */
int rng_pick(Rng *r, const double *weights, int n);
/* The same pick for a given draw (a value of rng_next): rng_pick(r, ...) equals
 * rng_pick_draw(rng_next(r), ...). */
int rng_pick_draw(uint32_t draw, const double *weights, int n);

#endif
