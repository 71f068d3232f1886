/* rng: PCG32 (XSH RR), the minimal generator from pcg-random.org. */
#include "rng.h"

void rng_seed(Rng *r, uint64_t seed)
{
    r->state = 0;
    r->inc = (seed << 1u) | 1u;
    (void)rng_next(r);
    r->state += seed ^ 0x853c49e6748fea9bULL;
    (void)rng_next(r);
}

uint32_t rng_next(Rng *r)
{
    uint64_t old = r->state;
    r->state = old * 6364136223846793005ULL + r->inc;
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((-rot) & 31u));
}

double rng_unit(Rng *r)
{
    return rng_next(r) / 4294967296.0;
}

int rng_pick(Rng *r, const double *weights, int n)
{
    return rng_pick_draw(rng_next(r), weights, n);
}

int rng_pick_draw(uint32_t draw, const double *weights, int n)
{
    double total = 0;
    for (int i = 0; i < n; i++)
        total += weights[i];
    double x = draw / 4294967296.0 * total;
    for (int i = 0; i < n; i++) {
        if (x < weights[i])
            return i;
        x -= weights[i];
    }
    return n - 1; /* rounding left x just past the last weight */
}
