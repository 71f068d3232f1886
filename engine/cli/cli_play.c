/* cli_play: `rjsim play SCENARIO --text`, the terminal player: options and setup. The
 * session log is written (atomically) after every decision, so an attempt is never lost.
 * The loop, the input and live reload are in cli_play_loop.c. */
#include "cli_play.h"

#include "cli_author.h"
#include "journal/paths.h"
#include "journal/record.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char play_usage[] =
    "Usage: rjsim play SCENARIO [options]\n"
    "Play a scenario in the terminal (--text).\n"
    "\n"
    "  --text              play in the terminal\n"
    "  --choices LIST      play non-interactively: comma-separated positions among the\n"
    "                      choices shown at each step, e.g. 2,1,3\n"
    "  --auto best|worst   play automatically, taking at every step the most (or least)\n"
    "                      restorative choice; prints the positions taken (for tests)\n"
    "  --trainee NAME      who is playing (default: $USER)\n"
    "  --mode MODE         practice (feedback after each choice, 'b' steps back) or\n"
    "                      assessment (no feedback until the debrief); default practice\n"
    "  --seed N            seed for chance events (default: random); replays use the log's\n"
    "  --results DIR       where to write the session log (default: $RJSIM_RESULTS, else\n"
    "                      $XDG_DATA_HOME/rjsim/results)\n"
    "  --rubric FILE       rubric to score against (default: rubric.lua beside the scenario)\n"
    "\n"
    "For authors:\n"
    "  --at SCENE          start at this scene, to test one part (no session log is written)\n"
    "  --set NAME=VALUE    start with this variable set (repeatable; true/false, a number or\n"
    "                      text, as the variable is declared)\n"
    "  --no-reload         do not reload the scenario when its file is saved (live reload is\n"
    "                      on when playing interactively: your decisions are replayed)\n"
    "  -h, --help          show this help\n";

int cli_play_save(Play *p, bool abandoned)
{
    Diag err;
    diag_clear(&err);
    if (p->no_log)
        return 0;
    AttemptInfo info = {p->session_id, p->trainee, p->mode, "text", RJSIM_VERSION, abandoned,
                        p->ex ? NULL : &p->explore_error};
    if (record_session(p->results_dir, &p->log_path, p->s, p->ex, &info, NULL, NULL, &err)) {
        char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
        cli_error("%s", diag_format(&err, buf, sizeof buf));
        return -1;
    }
    return 0;
}

/* The start of the session: --at and --set, or the scenario's own. 0, or -1 after printing. */
static int start_state(Play *p, int *start, VarSet *vars)
{
    *start = scenario_meta(p->sc)->start;
    if (scenario_initial_vars(p->sc, vars)) {
        cli_error("out of memory");
        return -1;
    }
    if (p->at && (*start = cli_parse_at(p->sc, p->at)) < 0)
        return -1;
    for (int i = 0; i < p->nsets; i++)
        if (cli_parse_set(p->sc, p->sets[i], vars))
            return -1;
    return 0;
}

/* Watches the scenario and its rubric, for live reload; off (with a note) if impossible. */
static void start_watch(Play *p)
{
    Diag err;
    char rubric[DIAG_FILE_MAX];
    diag_clear(&err);
    if (!(p->watch = watch_new(&err)) || watch_add(p->watch, p->path, &err) ||
        watch_add(p->watch, p->rubric ? p->rubric : script_default_rubric(p->path, rubric, sizeof rubric), &err)) {
        cli_warning("%s", err.message);
        watch_free(p->watch);
        p->watch = NULL;
        return;
    }
    printf("(Live reload is on: save %s while playing and it reloads here, replaying your decisions.)\n", cli_shown(p->path));
}

/* Parses the options into p; returns -1 to go on, or an exit status. */
static int parse(Play *p, int argc, char **argv)
{
    static const struct option opts[] = {
        {"text", no_argument, NULL, 't'},          {"choices", required_argument, NULL, 'c'},
        {"trainee", required_argument, NULL, 'n'}, {"mode", required_argument, NULL, 'm'},
        {"seed", required_argument, NULL, 's'},    {"results", required_argument, NULL, 'r'},
        {"rubric", required_argument, NULL, 'R'},  {"help", no_argument, NULL, 'h'},
        {"auto", required_argument, NULL, 'a'},    {"at", required_argument, NULL, 'A'},
        {"set", required_argument, NULL, 'S'},     {"no-reload", no_argument, NULL, 'N'},
        {NULL, 0, NULL, 0}};
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (opt) {
        case 't': p->text = true; break;
        case 'c': p->choices = optarg; break;
        case 'n': p->trainee = optarg; break;
        case 'm': p->mode = optarg; break;
        case 's':
            if (cli_parse_u64(optarg, (1ULL << 53) - 1, &p->seed)) {
                cli_error("--seed needs a whole number from 0 to 9007199254740991, not '%s'", optarg);
                return EXIT_USAGE;
            }
            p->have_seed = true;
            break;
        case 'r': p->results_flag = optarg; break;
        case 'R': p->rubric = optarg; break;
        case 'a':
            if (strcmp(optarg, "best") != 0 && strcmp(optarg, "worst") != 0) {
                cli_error("--auto must be best or worst, not '%s'", optarg);
                return EXIT_USAGE;
            }
            p->autoplay = optarg;
            break;
        case 'A': p->at = optarg; break;
        case 'S':
            if (p->nsets == PLAY_MAX_SETS) {
                cli_error("at most %d --set options", PLAY_MAX_SETS);
                return EXIT_USAGE;
            }
            p->sets[p->nsets++] = optarg;
            break;
        case 'N': p->no_reload = true; break;
        case 'h': fputs(play_usage, stdout); return EXIT_OK;
        default: fputs(play_usage, stderr); return EXIT_USAGE;
        }
    }
    if (optind != argc - 1) {
        cli_error(optind >= argc ? "play needs a scenario file, e.g. rjsim play scenarios/dc-youth-metro.lua --text"
                                 : "play takes one scenario file");
        return EXIT_USAGE;
    }
    p->path = argv[optind];
    if (strcmp(p->mode, "practice") != 0 && strcmp(p->mode, "assessment") != 0) {
        cli_error("--mode must be practice or assessment, not '%s'", p->mode);
        return EXIT_USAGE;
    }
    p->practice = strcmp(p->mode, "practice") == 0;
    if (p->autoplay && p->choices) {
        cli_error("--auto and --choices cannot be used together");
        return EXIT_USAGE;
    }
    p->no_log = p->at || p->nsets;
#ifndef RJSIM_HAVE_UI
    if (!p->text && !p->choices && !p->autoplay)
        cli_warning("this build has no game window; playing in the terminal (--text)");
#endif
    return -1;
}

int cli_play(int argc, char **argv)
{
    Play p = {0};
    DiagList diags = {0};
    Diag err;
    VarSet vars = {NULL, 0};
    int rc, start;
    diag_clear(&err);
    p.mode = "practice";
    p.trainee = getenv("USER") && *getenv("USER") ? getenv("USER") : "trainee";
    if ((rc = parse(&p, argc, argv)) >= 0)
        goto done;
    rc = EXIT_DATAERR;
    if (access(p.path, R_OK) != 0) {
        cli_error("cannot read scenario '%s'; give the path of a .lua file, e.g. scenarios/dc-youth-metro.lua", p.path);
        rc = EXIT_NOINPUT;
        goto done;
    }
    if (!(p.ss = cli_load(p.path, p.rubric, &diags)))
        goto done;
    p.sc = script_scenario(p.ss);
    rc = EXIT_USAGE;
    if (start_state(&p, &start, &vars))
        goto done;
    rc = EXIT_CANTCREAT;
    diag_clear(&p.explore_error);
    if (!p.have_seed && paths_random_seed(&p.seed, &err))
        p.seed = (uint64_t)cli_now_ms() & ((1ULL << 53) - 1);
    p.ex = explorer_run_from(p.sc, 0, start, &vars, &p.explore_error);
    if (!p.no_log && (paths_new_uuid(p.session_id, &err) || !(p.results_dir = paths_results_dir(p.results_flag, &err)) ||
                      paths_mkdirs(p.results_dir, &err))) {
        char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
        cli_error("%s", diag_format(&err, buf, sizeof buf));
        goto done;
    }
    if (!(p.s = session_new_at(p.sc, p.seed, cli_now_ms(), start, &vars))) {
        cli_error("out of memory");
        rc = EXIT_SOFTWARE;
        goto done;
    }
    if (!p.ex) {
        /* A script error found while walking the scenario: the trainee cannot play it, and
         * the log records the error so the trainer sees it too. */
        char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
        cli_error("this scenario has an error; it cannot be played until its author fixes it:");
        fprintf(stderr, "%s\n", diag_format(&p.explore_error, buf, sizeof buf));
        if (p.explore_error.trace[0])
            fprintf(stderr, "%s\n", p.explore_error.trace);
        cli_play_save(&p, false);
        if (p.log_path)
            printf("Session log: %s\n", cli_shown(p.log_path));
        rc = EXIT_DATAERR;
        goto done;
    }
    const ScenarioMeta *m = scenario_meta(p.sc);
    printf("%s\nYou are the %s. %s mode, about %d minutes.\n\n", m->title, m->role, p.practice ? "Practice" : "Assessment",
           m->minutes);
    cli_wrap(stdout, m->summary, 0);
    printf("\nModelled on: %s\n", m->modelled_on);
    if (p.no_log)
        printf("(Testing from scene '%s'%s: this attempt is not logged.)\n", scenario_scene(p.sc, start)->id,
               p.nsets ? " with the variables set" : "");
    /* Live reload is for someone at the keyboard: scripted and automatic plays never wait. */
    bool interactive = !p.autoplay && (!p.choices || isatty(STDIN_FILENO));
    if (interactive && !p.no_reload)
        start_watch(&p);
    rc = cli_play_loop(&p);
    if (p.log_path)
        printf("Session log: %s\n", cli_shown(p.log_path));
done:
    session_free(p.s);
    explorer_free(p.ex);
    script_free(p.ss);
    watch_free(p.watch);
    varset_free(&vars);
    free(p.results_dir);
    free(p.log_path);
    diag_list_free(&diags);
    return rc;
}
