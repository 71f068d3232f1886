/* cli_replay: `rjsim replay LOG` plays a logged attempt again from its seed and choices,
 * checks that it reaches the same states and scores, and prints its debrief. */
#include "cli.h"

#include "core/explorer.h"
#include "core/session.h"
#include "journal/journal.h"

#include <getopt.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

static const char replay_usage[] =
    "Usage: rjsim replay LOG [--scenario FILE] [--rubric FILE]\n"
    "Replay a session log with its seed and choices, check that the scenario still gives\n"
    "the same states and scores, and print the debrief.\n"
    "  --scenario FILE   the scenario to replay on (default: the file named in the log)\n"
    "Exit status: 0 when the replay matches the log, 1 when it differs, 65/66 on bad input.\n";

/* Compares the replay with the log; prints each difference; returns how many. */
static int compare(const Attempt *logged, const Attempt *now)
{
    int diffs = 0;
    if (logged->ndecisions != now->ndecisions) {
        printf("  differs: %d decisions logged, %d replayed\n", logged->ndecisions, now->ndecisions);
        diffs++;
    }
    for (int i = 0; i < logged->ndecisions && i < now->ndecisions; i++)
        if (strcmp(logged->decisions[i].outcome_scene, now->decisions[i].outcome_scene) != 0) {
            printf("  differs: decision %d led to '%s' in the log, '%s' now\n", i + 1, logged->decisions[i].outcome_scene,
                   now->decisions[i].outcome_scene);
            diffs++;
        }
    if ((logged->ending_id == NULL) != (now->ending_id == NULL) ||
        (logged->ending_id && strcmp(logged->ending_id, now->ending_id) != 0)) {
        printf("  differs: ending '%s' in the log, '%s' now\n", logged->ending_id ? logged->ending_id : "none",
               now->ending_id ? now->ending_id : "none");
        diffs++;
    }
    if (fabs(logged->overall - now->overall) > 1e-6) {
        printf("  differs: overall score %.2f in the log, %.2f now\n", logged->overall, now->overall);
        diffs++;
    }
    for (int i = 0; i < logged->nscores && i < now->nscores; i++)
        if (strcmp(logged->scores[i].principle, now->scores[i].principle) == 0 &&
            fabs(logged->scores[i].total - now->scores[i].total) > 1e-9) {
            printf("  differs: %s total %+g in the log, %+g now\n", now->scores[i].principle, logged->scores[i].total,
                   now->scores[i].total);
            diffs++;
        }
    if (logged->nviolations != now->nviolations) {
        printf("  differs: %d safeguards broken in the log, %d now\n", logged->nviolations, now->nviolations);
        diffs++;
    }
    return diffs;
}

int cli_replay(int argc, char **argv)
{
    static const struct option opts[] = {{"scenario", required_argument, NULL, 's'},
                                         {"rubric", required_argument, NULL, 'r'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *scenario = NULL, *rubric = NULL;
    Attempt logged = {0}, now = {0};
    DiagList diags = {0};
    ScriptScenario *ss = NULL;
    Explorer *e = NULL;
    Session *s = NULL;
    Diag err;
    char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
    int rc = EXIT_USAGE, opt;
    diag_clear(&err);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (opt) {
        case 's': scenario = optarg; break;
        case 'r': rubric = optarg; break;
        case 'h': fputs(replay_usage, stdout); return EXIT_OK;
        default: fputs(replay_usage, stderr); return EXIT_USAGE;
        }
    }
    if (optind != argc - 1) {
        cli_error("replay needs one session log, e.g. rjsim replay ~/.local/share/rjsim/results/FILE.json");
        return EXIT_USAGE;
    }
    const char *log = argv[optind];
    if (access(log, R_OK) != 0) {
        cli_error("cannot read session log '%s'", log);
        return EXIT_NOINPUT;
    }
    rc = EXIT_DATAERR;
    if (journal_read(log, &logged, &err)) {
        cli_error("%s", diag_format(&err, buf, sizeof buf));
        goto done;
    }
    if (!scenario)
        scenario = logged.scenario_file;
    if (!scenario || access(scenario, R_OK) != 0) {
        cli_error("cannot read the scenario '%s' this log was played on; give its path with --scenario FILE",
                  scenario ? scenario : "(none recorded)");
        rc = EXIT_NOINPUT;
        goto done;
    }
    if (!(ss = cli_load(scenario, rubric, &diags)))
        goto done;
    const Scenario *sc = script_scenario(ss);
    const ScenarioMeta *m = scenario_meta(sc);
    if (logged.scenario_id && strcmp(logged.scenario_id, m->id) != 0) {
        cli_error("the log is of scenario '%s', but %s is '%s'", logged.scenario_id, scenario, m->id);
        goto done;
    }
    if (logged.scenario_hash && strcmp(logged.scenario_hash, m->hash) != 0)
        cli_warning("%s has changed since this attempt (version %d then, %d now; the file's hash differs): "
                    "the replay may not match",
                    scenario, logged.scenario_version, m->version);
    if (!(e = explorer_run(sc, 0, &err))) {
        cli_error("%s", diag_format(&err, buf, sizeof buf));
        goto done;
    }
    if (!(s = session_new(sc, logged.seed, logged.started_ms))) {
        cli_error("out of memory");
        rc = EXIT_SOFTWARE;
        goto done;
    }
    int stopped = 0;
    for (int i = 0; i < logged.ndecisions && session_status(s) == SESSION_RUNNING; i++) {
        const AttemptDecision *d = &logged.decisions[i];
        int si, ci;
        if (scenario_find_choice(sc, d->choice_id, &si, &ci) != 0 || si != session_scene(s) ||
            session_choose(s, ci, d->at_ms, &err) != 0) {
            printf("  differs: decision %d ('%s') cannot be taken in scene '%s' of this version\n", i + 1, d->choice_id,
                   scenario_scene(sc, session_scene(s))->id);
            stopped = 1;
            break;
        }
    }
    AttemptInfo info = {logged.session_id, logged.trainee, logged.mode, logged.player, RJSIM_VERSION,
                        logged.status == ATTEMPT_ABANDONED, NULL};
    if (attempt_capture(&now, s, e, &info)) {
        cli_error("out of memory");
        rc = EXIT_SOFTWARE;
        goto done;
    }
    printf("Replaying %s: %s, trainee %s, seed %llu, %d decisions\n", log, m->title, logged.trainee,
           (unsigned long long)logged.seed, logged.ndecisions);
    int diffs = stopped + compare(&logged, &now);
    cli_print_debrief(stdout, sc, &now);
    if (diffs) {
        printf("The replay differs from the log in %d way%s (see above).\n", diffs, diffs == 1 ? "" : "s");
        rc = EXIT_FAIL;
    } else {
        printf("The replay matches the log: same states, ending and scores.\n");
        rc = EXIT_OK;
    }
done:
    session_free(s);
    explorer_free(e);
    script_free(ss);
    attempt_free(&logged);
    attempt_free(&now);
    diag_list_free(&diags);
    return rc;
}
