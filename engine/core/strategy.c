/* strategy: plays a Session with a choice rule that sees only the texts on offer, exactly
 * as a trainee in the text player would (same seed, same chance draws), so a run that
 * reaches the top band is replayed by `rjsim play FILE --seed S --choices P`. */
#include "strategy.h"

#include "playtest.h"
#include "rng.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *strategy_name(int strategy)
{
    return strategy == STRATEGY_RANDOM ? "random" : cue_name((Cue)strategy);
}

void strategy_score(ScoreCard *out, const Session *s, const Explorer *policy)
{
    score_session(out, s, policy);
}

/* The position (0-based among the n shown) the strategy takes. */
static int pick(int strategy, const char *const *texts, int n, unsigned char *pointed, Rng *rng)
{
    int count = n;
    if (strategy == STRATEGY_RANDOM)
        memset(pointed, 1, (size_t)n);
    else
        count = cue_point((Cue)strategy, texts, n, pointed);
    int k = (int)(rng_next(rng) % (uint32_t)count);
    for (int i = 0; i < n; i++)
        if (pointed[i] && k-- == 0)
            return i;
    return 0;
}

static void note(char *buf, size_t *used, int pos)
{
    size_t room = STRATEGY_POSITIONS_MAX - *used;
    if (room < 16) { /* too long a path to replay by hand: cut, and say so once */
        if (room > 4 && strcmp(buf + *used - 3, "...") != 0)
            *used += (size_t)snprintf(buf + *used, room, ",...");
        return;
    }
    *used += (size_t)snprintf(buf + *used, room, "%s%d", *used ? "," : "", pos);
}

/* Plays one strategy on one seed. 1 at an ending, 0 when the run failed (why says why),
 * -1 when out of memory. */
static int play(Session *s, int strategy, uint64_t seed, const char **texts, unsigned char *pointed, char *positions,
                Diag *why)
{
    const Scenario *sc = session_scenario(s);
    Rng rng;
    /* A stream of its own per strategy, apart from the seed's chance draws. */
    rng_seed(&rng, playtest_pick_seed(seed) + (uint64_t)strategy);
    size_t used = 0;
    positions[0] = '\0';
    for (int step = 0; session_status(s) == SESSION_RUNNING; step++) {
        int n = session_available_count(s);
        const Scene *sp = scenario_scene(sc, session_scene(s));
        if (n <= 0 || step >= STRATEGY_MAX_STEPS) {
            diag_error(why, scenario_meta(sc)->file, sp->line, "%s in scene '%s'",
                       n <= 0 ? "dead end: no choice available" : "no ending after many decisions", sp->id);
            return 0;
        }
        for (int i = 0; i < n; i++)
            texts[i] = sp->choices[session_available(s, i)].text;
        int pos = pick(strategy, texts, n, pointed, &rng);
        note(positions, &used, pos + 1);
        if (session_choose(s, session_available(s, pos), 0, why) && session_status(s) != SESSION_FAILED)
            return -1;
    }
    if (session_status(s) == SESSION_FAILED) {
        *why = *session_error(s);
        return 0;
    }
    return 1;
}

static void record(StrategyResult *r, const Scenario *sc, const ScoreCard *card, uint64_t seed, const char *positions)
{
    const Rubric *rb = scenario_rubric(sc);
    r->completed++;
    r->mean += card->overall; /* a sum until strategy_run divides it */
    if (card->overall > r->best)
        r->best = card->overall, r->best_seed = seed;
    for (int b = 0; card->band && b < rubric_band_count(rb) && b < STRATEGY_MAX_BANDS; b++)
        if (rubric_band(rb, b) == card->band) {
            r->bands[b]++;
            if (b == 0 && !r->topped) {
                r->topped = true;
                r->top_seed = seed;
                snprintf(r->top_positions, sizeof r->top_positions, "%s", positions);
            }
        }
}

bool strategy_fails(int k, const StrategyResult *r)
{
    if (r->failed)
        return true;
    if (k == STRATEGY_RANDOM)
        return r->runs > 0 && (double)r->bands[0] > STRATEGY_RANDOM_TOP_SHARE * (double)r->runs;
    return r->topped;
}

int strategy_run(const Scenario *sc, uint64_t first_seed, long seeds, StrategyResult *out, Diag *err)
{
    int maxc = 1, rc = -1;
    for (int s = 0; s < scenario_scene_count(sc); s++)
        maxc = scenario_scene(sc, s)->nchoices > maxc ? scenario_scene(sc, s)->nchoices : maxc;
    const char **texts = malloc((size_t)maxc * sizeof *texts);
    unsigned char *pointed = malloc((size_t)maxc);
    char positions[STRATEGY_POSITIONS_MAX];
    Explorer *policy = NULL;
    memset(out, 0, STRATEGY_COUNT * sizeof *out);
    for (int k = 0; k < STRATEGY_COUNT; k++)
        out[k].best = -1;
    if (!texts || !pointed) {
        diag_error(err, scenario_meta(sc)->file, 0, "out of memory while playing the strategies");
        goto done;
    }
    for (long i = 0; i < seeds; i++) {
        uint64_t seed = (first_seed + (uint64_t)i) & ((1ULL << 53) - 1);
        if (!policy && !(policy = explorer_run(sc, 0, err))) /* one exploration serves every seed */
            goto done;
        for (int k = 0; k < STRATEGY_COUNT; k++) {
            Session *s = session_new(sc, seed, 0);
            Diag why;
            diag_clear(&why);
            int ended = s ? play(s, k, seed, texts, pointed, positions, &why) : -1;
            if (ended > 0) {
                ScoreCard card;
                strategy_score(&card, s, policy);
                record(&out[k], sc, &card, seed, positions);
            } else if (ended == 0) {
                out[k].failed++;
                if (out[k].failure.severity == DIAG_NONE)
                    out[k].failure = why;
            }
            session_free(s);
            if (ended < 0) {
                diag_error(err, scenario_meta(sc)->file, 0, "out of memory while playing the strategies");
                goto done;
            }
            out[k].runs++;
        }
    }
    for (int k = 0; k < STRATEGY_COUNT; k++)
        out[k].mean = out[k].completed ? out[k].mean / (double)out[k].completed : 0;
    rc = 0;
done:
    explorer_free(policy);
    free(texts);
    free(pointed);
    return rc;
}
