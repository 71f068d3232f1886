/* cli_strategies: rjsim test --strategies: plays the naive strategies of core/strategy.h
 * and prints what each scored, as a table or (--json) as one JSON object per scenario.
 * Band names come from the rubric (untrusted text): shown through cli_shown, escaped in
 * JSON. */
#include "cli_author.h"

#include "core/strategy.h"

#include <stdlib.h>
#include <string.h>

static void print_text(const char *path, const Scenario *sc, const StrategyResult *res, uint64_t seed, long seeds)
{
    const Rubric *rb = scenario_rubric(sc);
    int nb = rubric_band_count(rb) < STRATEGY_MAX_BANDS ? rubric_band_count(rb) : STRATEGY_MAX_BANDS;
    printf("\nNaive strategies on %s: %ld seeds (%llu to %llu), choosing by the choices' form alone\n", cli_shown(path),
           seeds, (unsigned long long)seed, (unsigned long long)(seed + (uint64_t)seeds - 1));
    printf("  %-12s %6s %6s", "strategy", "mean", "best");
    for (int b = 0; b < nb; b++)
        printf("  %s", cli_shown(rubric_band(rb, b)->name));
    printf("  failed\n");
    for (int k = 0; k < STRATEGY_COUNT; k++) {
        const StrategyResult *r = &res[k];
        printf("  %-12s %6.1f %6.1f", strategy_name(k), r->mean, r->best < 0 ? 0.0 : r->best);
        for (int b = 0; b < nb; b++)
            printf("  %*ld", (int)strlen(cli_shown(rubric_band(rb, b)->name)), r->bands[b]);
        printf("  %6ld\n", r->failed);
    }
    for (int k = 0; k < STRATEGY_COUNT; k++) {
        const StrategyResult *r = &res[k];
        const char *top = nb ? cli_shown(rubric_band(rb, 0)->name) : "top";
        if (r->topped && k == STRATEGY_RANDOM && !strategy_fails(k, r))
            printf("%s: note: random play reached the top band (%s) on %ld of %ld seeds: luck, within the %.0f%% "
                   "allowed\n", cli_shown(path), top, r->bands[0], r->runs, STRATEGY_RANDOM_TOP_SHARE * 100);
        else if (r->topped)
            printf("%s: error: strategy '%s' reached the top band (%s) on %ld of %ld seeds: %s\n"
                   "  replay: rjsim play %s --text --seed %llu --choices %s\n",
                   cli_shown(path), strategy_name(k), top, r->bands[0], r->runs,
                   k == STRATEGY_RANDOM ? "more often than luck allows: too few decisions really matter"
                                        : "the best answers can be read off their form (rjsim check reports which)",
                   cli_shown(path), (unsigned long long)r->top_seed, r->top_positions);
        if (r->failure.severity != DIAG_NONE) {
            char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
            printf("%s (strategy '%s', %ld failed runs)\n", diag_format(&r->failure, buf, sizeof buf), strategy_name(k),
                   r->failed);
        }
    }
}

static void print_json(const char *path, const Scenario *sc, const StrategyResult *res, uint64_t seed, long seeds,
                       bool first)
{
    const Rubric *rb = scenario_rubric(sc);
    int nb = rubric_band_count(rb) < STRATEGY_MAX_BANDS ? rubric_band_count(rb) : STRATEGY_MAX_BANDS;
    printf("%s\n  {\"file\": ", first ? "" : ",");
    cli_json_string(stdout, path);
    printf(", \"first_seed\": %llu, \"seeds\": %ld, \"strategies\": [", (unsigned long long)seed, seeds);
    for (int k = 0; k < STRATEGY_COUNT; k++) {
        const StrategyResult *r = &res[k];
        printf("%s\n    {\"name\": \"%s\", \"runs\": %ld, \"completed\": %ld, \"failed\": %ld, \"mean\": %.3f, "
               "\"best\": %.3f, \"best_seed\": %llu, \"bands\": {",
               k ? "," : "", strategy_name(k), r->runs, r->completed, r->failed, r->mean, r->best < 0 ? 0.0 : r->best,
               (unsigned long long)r->best_seed);
        for (int b = 0; b < nb; b++) {
            printf("%s", b ? ", " : "");
            cli_json_string(stdout, rubric_band(rb, b)->id);
            printf(": %ld", r->bands[b]);
        }
        printf("}, \"top_band\": %s, \"fails\": %s", r->topped ? "true" : "false",
               strategy_fails(k, r) ? "true" : "false");
        if (r->topped) {
            printf(", \"replay\": {\"seed\": %llu, \"choices\": ", (unsigned long long)r->top_seed);
            cli_json_string(stdout, r->top_positions);
            printf("}");
        }
        printf("}");
    }
    printf("]}");
}

int cli_test_strategies(const char *path, const Scenario *sc, uint64_t seed, long seeds, bool json, int *shown)
{
    StrategyResult res[STRATEGY_COUNT];
    Diag err;
    diag_clear(&err);
    if (strategy_run(sc, seed, seeds, res, &err)) {
        char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
        if (json)
            fprintf(stderr, "%s\n", diag_format(&err, buf, sizeof buf));
        else
            printf("%s\n", diag_format(&err, buf, sizeof buf));
        return EXIT_DATAERR;
    }
    if (json)
        print_json(path, sc, res, seed, seeds, (*shown)++ == 0);
    else
        print_text(path, sc, res, seed, seeds);
    int rc = EXIT_OK;
    for (int k = 0; k < STRATEGY_COUNT; k++)
        if (strategy_fails(k, &res[k]))
            rc = EXIT_FAIL;
    return rc;
}
