/* cli_test: `rjsim test SCENARIO...`: a scenario's test file (expected playthroughs),
 * seeded random playthroughs (--random) and every path (--exhaustive), with coverage and
 * the spread of scores across endings. */
#include "cli_author.h"

#include "core/exhaustive.h"
#include "core/explorer.h"
#include "core/playtest.h"
#include "core/trial.h"
#include "script/testfile.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char test_usage[] =
    "Usage: rjsim test [options] SCENARIO...\n"
    "Run each scenario's test file (SCENARIO.test.lua beside it: expected playthroughs,\n"
    "see docs/authoring.md), and on request play it automatically and report how often\n"
    "each scene and choice was reached, what never was, and the spread of the overall and\n"
    "per-principle scores across endings.\n"
    "\n"
    "  --random N       N seeded random playthroughs; the i-th uses seed S+i, and a failure\n"
    "                   names the seed that replays it exactly\n"
    "  --seed S         the first seed for --random and --strategies (default 1)\n"
    "  --exhaustive     every path (every state when there are more than --max-paths)\n"
    "  --max-paths N    paths to walk before counting states instead (default 1000000)\n"
    "  --strategies     play naive strategies that read only the choices' form (always the\n"
    "                   first, last, longest, shortest, most punctuated, most restorative-\n"
    "                   sounding, or at random) on --seeds seeds from --seed; fails (exit 1)\n"
    "                   when one reaches the top band, printing the command that replays it\n"
    "  --seeds N        seeds for --strategies (default 200)\n"
    "  --json           with --strategies: print only the strategy runs, as one JSON document\n"
    "                   (test files are not run)\n"
    "  --no-tests       skip the test files (only --random / --exhaustive / --strategies)\n"
    "  --brief          leave out the visits of each scene and choice\n"
    "  --stats          also print playthroughs per second and peak memory\n"
    "  --rubric FILE    rubric to score against (default: rubric.lua beside each scenario)\n"
    "\n"
    "Exit status: 0 when everything passed, 1 when a test or playthrough failed, 65 when a\n"
    "scenario or test file has errors, 66 when there is nothing to test.\n";

enum { DEFAULT_STRATEGY_SEEDS = 200 };

typedef struct Opts {
    long random, max_paths, seeds;
    uint64_t seed;
    bool exhaustive, no_tests, brief, stats, strategies, json;
    int shown; /* scenarios printed so far (--json separates them with commas) */
    const char *rubric;
} Opts;

/* Runs the test file; returns EXIT_OK, EXIT_FAIL or EXIT_DATAERR. */
static int run_tests(const char *path, const char *test_path, const Scenario *sc, const Explorer *policy)
{
    TrialList list = {0};
    DiagList diags = {0};
    int rc = EXIT_OK, passed = 0, failed = 0;
    int errors = testfile_load(test_path, sc, NULL, &list, &diags);
    cli_print_diags(stdout, &diags);
    if (errors) {
        printf("%s: errors, no test run\n", cli_shown(test_path));
        rc = EXIT_DATAERR;
        goto done;
    }
    printf("%s: %d test%s\n", cli_shown(test_path), list.count, list.count == 1 ? "" : "s");
    for (int i = 0; i < list.count; i++) {
        const Trial *t = &list.items[i];
        for (int k = 0; k < t->nseeds; k++) {
            TrialOutcome out;
            Diag err;
            diag_clear(&err);
            if (trial_run(sc, policy, t, t->seeds[k], &out, &err)) {
                snprintf(err.file, sizeof err.file, "%s", test_path);
                char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
                printf("%s\n", diag_format(&err, buf, sizeof buf));
                failed++;
                continue;
            }
            if (out.passed) {
                printf("  ok    %s (seed %llu): %s\n", t->name, (unsigned long long)out.seed, out.summary);
                passed++;
                continue;
            }
            failed++;
            printf("%s:%d: error: test '%s' (seed %llu) failed: %s\n", cli_shown(test_path), t->line, t->name,
                   (unsigned long long)out.seed, out.failures);
            printf("  what happened: %s\n", out.summary);
            if (!t->start && !t->nvars)
                printf("  replay: rjsim play %s --text --seed %llu --choices %s\n", cli_shown(path), (unsigned long long)out.seed,
                       out.positions[0] ? out.positions : "\"\"");
        }
    }
    printf("Tests: %d passed, %d failed.\n", passed, failed);
    rc = failed ? EXIT_FAIL : EXIT_OK;
done:
    trial_list_free(&list);
    diag_list_free(&diags);
    return rc;
}

enum { MAX_FAILS_SHOWN = 20 };

static int run_random(const char *path, const Scenario *sc, const Explorer *policy, const Opts *o)
{
    Coverage *cov = coverage_new(sc);
    PlaytestFailure fails[MAX_FAILS_SHOWN];
    int nfails = 0, rc = EXIT_SOFTWARE;
    Diag err;
    diag_clear(&err);
    if (!cov) {
        cli_error("out of memory");
        return rc;
    }
    PlaytestOptions po = {o->seed, o->random, 0};
    double t0 = cli_clock_ms();
    if (playtest_random(sc, policy, &po, cov, fails, MAX_FAILS_SHOWN, &nfails, &err)) {
        cli_error("%s", err.message);
        goto done;
    }
    double ms = cli_clock_ms() - t0;
    uint64_t last = o->seed + (uint64_t)o->random - 1;
    printf("\nRandom playthroughs of %s: %ld (seeds %llu to %llu), %ld completed, %ld failed\n", cli_shown(path), o->random,
           (unsigned long long)o->seed, (unsigned long long)last, coverage_runs(cov) - coverage_failed(cov),
           coverage_failed(cov));
    for (int i = 0; i < nfails; i++) {
        char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
        printf("%s (seed %llu)\n", diag_format(&fails[i].error, buf, sizeof buf), (unsigned long long)fails[i].seed);
        printf("  replay: rjsim test %s --no-tests --random 1 --seed %llu\n", cli_shown(path), (unsigned long long)fails[i].seed);
        printf("      or: rjsim play %s --text --seed %llu --choices %s\n", cli_shown(path), (unsigned long long)fails[i].seed,
               fails[i].positions[0] ? fails[i].positions : "\"\"");
    }
    if (coverage_failed(cov) > nfails)
        printf("  (%ld more failures not shown)\n", coverage_failed(cov) - nfails);
    cli_print_coverage(stdout, sc, cov, false, !o->brief);
    if (o->stats)
        printf("Stats: %ld playthroughs in %.1f ms: %.0f per second; peak memory %.1f MB\n", o->random, ms,
               ms > 0 ? (double)o->random / (ms / 1e3) : 0.0, cli_peak_rss_mb());
    rc = coverage_failed(cov) ? EXIT_FAIL : EXIT_OK;
done:
    coverage_free(cov);
    return rc;
}

static int run_exhaustive(const char *path, const Scenario *sc, const Explorer *policy, const Opts *o)
{
    Coverage *cov = coverage_new(sc);
    ExhaustiveResult res;
    Diag err;
    diag_clear(&err);
    int rc = EXIT_SOFTWARE, dead_scene;
    if (!cov) {
        cli_error("out of memory");
        return rc;
    }
    double t0 = cli_clock_ms();
    if (exhaustive_run(sc, policy, o->max_paths, cov, &res, &err)) {
        cli_error("%s", err.message);
        goto done;
    }
    double ms = cli_clock_ms() - t0;
    if (res.mode == EXHAUSTIVE_PATHS)
        printf("\nEvery path of %s: %ld complete paths over %ld states%s\n", cli_shown(path), res.paths, res.states,
               res.loops ? " (paths that come back to a state they passed are not followed round again)" : "");
    else
        printf("\nEvery state of %s: %ld states, %ld of them endings (more than %ld paths: counting states, "
               "not paths)\n",
               cli_shown(path), res.states, res.endings_reached, o->max_paths > 0 ? o->max_paths : (long)EXHAUSTIVE_DEFAULT_MAX_PATHS);
    cli_print_coverage(stdout, sc, cov, res.mode == EXHAUSTIVE_STATES, !o->brief);
    size_t dead = explorer_dead_end_count(policy, &dead_scene) + explorer_stuck_count(policy, NULL);
    if (dead)
        printf("%s:%d: error: %zu state%s cannot reach an ending (dead ends or loops with no way out); run rjsim "
               "check %s\n",
               path, scenario_scene(sc, dead_scene >= 0 ? dead_scene : scenario_meta(sc)->start)->line, dead,
               dead == 1 ? "" : "s", path);
    if (o->stats)
        printf("Stats: %s in %.1f ms; peak memory %.1f MB\n", res.mode == EXHAUSTIVE_PATHS ? "paths" : "states", ms,
               cli_peak_rss_mb());
    rc = dead ? EXIT_FAIL : EXIT_OK;
done:
    coverage_free(cov);
    return rc;
}

/* Tests one scenario (or the scenario of a test file); returns its exit status. */
static int test_one(const char *arg, Opts *o)
{
    char scen[DIAG_FILE_MAX], tests[DIAG_FILE_MAX];
    const char *path = testfile_kind(arg) == TESTFILE_TESTS ? testfile_scenario_for(arg, scen, sizeof scen) : arg;
    testfile_path_for(path, tests, sizeof tests);
    if (access(path, R_OK) != 0) {
        cli_error("cannot read scenario '%s'; give the path of a .lua file, e.g. scenarios/dc-youth-metro.lua", path);
        return EXIT_NOINPUT;
    }
    bool have_tests = !o->no_tests && !o->json && access(tests, F_OK) == 0;
    if (!have_tests && !o->random && !o->exhaustive && !o->strategies) {
        cli_error("%s has no test file %s: write one (docs/authoring.md, \"Test files\"), or play it "
                  "automatically with --random 1000 or --exhaustive",
                  path, tests);
        return EXIT_NOINPUT;
    }
    DiagList diags = {0};
    Diag err;
    diag_clear(&err);
    ScriptScenario *ss = cli_load(path, o->rubric, &diags);
    Explorer *e = NULL;
    int rc = EXIT_DATAERR, r;
    /* With --json, stdout holds only the document. */
    FILE *msg = o->json ? stderr : stdout;
    if (!ss) {
        fprintf(msg, "%s: errors: run rjsim check %s\n", cli_shown(path), cli_shown(path));
        goto done;
    }
    const Scenario *sc = script_scenario(ss);
    if (!(e = explorer_run(sc, 0, &err))) {
        char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
        fprintf(msg, "%s\n%s: errors: run rjsim check %s\n", diag_format(&err, buf, sizeof buf), cli_shown(path),
                cli_shown(path));
        goto done;
    }
    rc = EXIT_OK;
    if (have_tests && (r = run_tests(path, tests, sc, e)) != EXIT_OK)
        rc = r;
    if (o->random > 0 && (r = run_random(path, sc, e, o)) != EXIT_OK && rc == EXIT_OK)
        rc = r;
    if (o->exhaustive && (r = run_exhaustive(path, sc, e, o)) != EXIT_OK && rc == EXIT_OK)
        rc = r;
    if (o->strategies &&
        (r = cli_test_strategies(path, sc, o->seed, o->seeds, o->json, &o->shown)) != EXIT_OK &&
        (rc == EXIT_OK || r == EXIT_DATAERR))
        rc = r;
done:
    explorer_free(e);
    script_free(ss);
    diag_list_free(&diags);
    return rc;
}

int cli_test(int argc, char **argv)
{
    static const struct option opts[] = {
        {"random", required_argument, NULL, 'n'}, {"seed", required_argument, NULL, 's'},
        {"exhaustive", no_argument, NULL, 'x'},   {"max-paths", required_argument, NULL, 'm'},
        {"no-tests", no_argument, NULL, 'T'},     {"brief", no_argument, NULL, 'b'},
        {"stats", no_argument, NULL, 'S'},        {"rubric", required_argument, NULL, 'r'},
        {"strategies", no_argument, NULL, 'G'},   {"seeds", required_argument, NULL, 'N'},
        {"json", no_argument, NULL, 'j'},         {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    Opts o = {0};
    o.seed = 1;
    o.seeds = DEFAULT_STRATEGY_SEEDS;
    uint64_t v;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (opt) {
        case 'n':
            if (cli_parse_u64(optarg, 100000000, &v) || v == 0) {
                cli_error("--random needs a number of playthroughs from 1 to 100000000, not '%s'", optarg);
                return EXIT_USAGE;
            }
            o.random = (long)v;
            break;
        case 's':
            if (cli_parse_u64(optarg, (1ULL << 53) - 1, &o.seed)) {
                cli_error("--seed needs a whole number from 0 to 9007199254740991, not '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'm':
            if (cli_parse_u64(optarg, 1000000000, &v) || v == 0) {
                cli_error("--max-paths needs a number from 1 to 1000000000, not '%s'", optarg);
                return EXIT_USAGE;
            }
            o.max_paths = (long)v;
            break;
        case 'N':
            if (cli_parse_u64(optarg, 1000000, &v) || v == 0) {
                cli_error("--seeds needs a number of seeds from 1 to 1000000, not '%s'", optarg);
                return EXIT_USAGE;
            }
            o.seeds = (long)v;
            break;
        case 'G': o.strategies = true; break;
        case 'j': o.json = true; break;
        case 'x': o.exhaustive = true; break;
        case 'T': o.no_tests = true; break;
        case 'b': o.brief = true; break;
        case 'S': o.stats = true; break;
        case 'r': o.rubric = optarg; break;
        case 'h': fputs(test_usage, stdout); return EXIT_OK;
        default: fputs(test_usage, stderr); return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cli_error("test needs a scenario file, e.g. rjsim test scenarios/dc-youth-metro.lua");
        return EXIT_USAGE;
    }
    if (o.json && (!o.strategies || o.random || o.exhaustive)) {
        cli_error("--json prints the strategy runs only: give --strategies, without --random or --exhaustive");
        return EXIT_USAGE;
    }
    int rc = EXIT_OK, files = 0;
    if (o.json)
        printf("{\"scenarios\": [");
    for (int i = optind; i < argc; i++) {
        /* A glob of the folder also names the rubric and the test files themselves: test
         * each scenario once. */
        if (testfile_kind(argv[i]) == TESTFILE_RUBRIC && !o.rubric)
            continue;
        if (testfile_kind(argv[i]) == TESTFILE_TESTS && argc - optind > 1)
            continue;
        if (files++ && !o.json)
            putchar('\n');
        int r = test_one(argv[i], &o);
        /* The worst outcome decides: data errors over failures over success. */
        if (r == EXIT_DATAERR || (r != EXIT_OK && rc == EXIT_OK))
            rc = r;
    }
    if (o.json)
        printf("]}\n");
    if (files == 0) {
        cli_error("no scenario among the files given (rubric.lua is not one); e.g. rjsim test scenarios/*.lua");
        return EXIT_USAGE;
    }
    return rc;
}
