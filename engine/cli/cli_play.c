/* cli_play: `rjsim play SCENARIO --text`, the terminal player. The session log is written
 * (atomically) after every decision, so an attempt is never lost. */
#include "cli.h"

#include "core/explorer.h"
#include "core/session.h"
#include "journal/journal.h"
#include "journal/paths.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char play_usage[] =
    "Usage: rjsim play SCENARIO [options]\n"
    "Play a scenario. In this build the game plays in the terminal (--text).\n"
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
    "  -h, --help          show this help\n";

typedef struct Play {
    const char *path, *choices, *trainee, *mode, *results_flag, *rubric, *autoplay;
    uint64_t seed;
    bool have_seed, text;
    ScriptScenario *ss;
    const Scenario *sc;
    Explorer *ex;     /* every path: the best choices */
    Explorer *ranges; /* the paths open with this session's luck: the score ranges */
    Diag explore_error; /* why the scenario could not be explored, when ex is NULL */
    Session *s;
    char session_id[37];
    char *results_dir, *log_path;
    bool practice;
} Play;

/* Captures the session and writes its log. Returns 0, or -1 after printing why. */
static int save(Play *p, bool abandoned)
{
    Attempt a;
    Diag err;
    diag_clear(&err);
    AttemptInfo info = {p->session_id, p->trainee, p->mode, "text", RJSIM_VERSION, abandoned,
                        p->ex ? NULL : &p->explore_error};
    int rc = -1;
    if (attempt_capture(&a, p->s, p->ex, p->ranges, &info)) {
        cli_error("out of memory while recording the session");
        goto done;
    }
    if (!p->log_path && !(p->log_path = paths_log_path(p->results_dir, &a))) {
        cli_error("out of memory");
        goto done;
    }
    if (journal_write(p->log_path, &a, &err)) {
        char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
        cli_error("%s", diag_format(&err, buf, sizeof buf));
        goto done;
    }
    rc = 0;
done:
    attempt_free(&a);
    return rc;
}

static void print_choices(const Play *p)
{
    const Scene *s = scenario_scene(p->sc, session_scene(p->s));
    for (int i = 0; i < session_available_count(p->s); i++) {
        char buf[64];
        snprintf(buf, sizeof buf, "%d. ", i + 1);
        fputs("  ", stdout);
        fputs(buf, stdout);
        /* Wrap the choice under its own text, not under the number. */
        const char *t = s->choices[session_available(p->s, i)].text;
        size_t ind = 2 + strlen(buf);
        int width = cli_term_width();
        char *copy = strdup(t ? t : "");
        int col = (int)ind;
        for (char *w = copy ? strtok(copy, " \n") : NULL; w; w = strtok(NULL, " \n")) {
            int len = (int)strlen(w);
            if (col > (int)ind && col + 1 + len > width) {
                printf("\n%*s", (int)ind, "");
                col = (int)ind;
            } else if (col > (int)ind) {
                putchar(' ');
                col++;
            }
            fputs(w, stdout);
            col += len;
        }
        free(copy);
        putchar('\n');
    }
}

/* Next position from --choices: 1-based, 0 when the list is used up, -1 on a bad item. */
static int next_scripted(const char **cursor)
{
    const char *c = *cursor;
    if (!c || !*c)
        return 0;
    const char *comma = strchr(c, ',');
    size_t n = comma ? (size_t)(comma - c) : strlen(c);
    char item[32];
    uint64_t v;
    if (n == 0 || n >= sizeof item)
        return -1;
    memcpy(item, c, n);
    item[n] = '\0';
    *cursor = comma ? comma + 1 : c + n;
    return cli_parse_u64(item, 1000000, &v) == 0 && v > 0 ? (int)v : -1;
}

static int count_left(const char *c)
{
    int n = 0;
    while (c && *c) {
        n++;
        const char *comma = strchr(c, ',');
        c = comma ? comma + 1 : c + strlen(c);
    }
    return n;
}

/* The position of the policy's choice in the current state (1-based), 0 if none. */
static int auto_position(const Play *p)
{
    int picks[256];
    long state = explorer_find_state(p->ex, session_scene(p->s), session_vars(p->s));
    const Scene *sc = scenario_scene(p->sc, session_scene(p->s));
    if (sc->nchoices > 256)
        return 0;
    int n = strcmp(p->autoplay, "best") == 0 ? explorer_best_choices(p->ex, state, picks)
                                             : explorer_worst_choices(p->ex, state, picks);
    for (int pos = 0; n > 0 && pos < session_available_count(p->s); pos++)
        if (session_available(p->s, pos) == picks[0])
            return pos + 1;
    return 0;
}

/* Asks on the terminal; returns a position, 0 for quit, -2 for back. */
static int ask(const Play *p)
{
    char line[64];
    int n = session_available_count(p->s);
    for (;;) {
        printf("\nChoose 1-%d%s, q to quit: ", n, p->practice && session_decision_count(p->s) ? ", b to step back" : "");
        fflush(stdout);
        if (!fgets(line, sizeof line, stdin))
            return 0;
        char *e = line + strcspn(line, "\r\n");
        *e = '\0';
        uint64_t v;
        if (strcmp(line, "q") == 0)
            return 0;
        if (strcmp(line, "b") == 0 && p->practice && session_decision_count(p->s))
            return -2;
        if (cli_parse_u64(line, (uint64_t)n, &v) == 0 && v >= 1)
            return (int)v;
        printf("Type a number from 1 to %d.", n);
    }
}

static int play_loop(Play *p)
{
    const char *cursor = p->choices;
    bool scripted = p->choices != NULL, interactive = !scripted && !p->autoplay;
    char taken[4096] = "";
    for (;;) {
        int scene = session_scene(p->s);
        if (session_status(p->s) == SESSION_FAILED)
            break;
        cli_print_scene(stdout, p->sc, scene, session_text(p->s));
        if (session_status(p->s) == SESSION_ENDED)
            break;
        print_choices(p);
        int pos;
        if (p->autoplay) {
            pos = auto_position(p);
            if (pos == 0) {
                cli_error("--auto: no choice in scene '%s' can lead to an ending", scenario_scene(p->sc, scene)->id);
                return EXIT_DATAERR;
            }
            printf("\n> %d (%s)\n", pos, p->autoplay);
        } else if (!interactive) {
            pos = next_scripted(&cursor);
            if (pos < 0) {
                cli_error("--choices: each item must be a whole number of 1 or more, e.g. --choices 2,1,3");
                return EXIT_USAGE;
            }
            if (pos == 0) {
                if (!isatty(STDIN_FILENO)) {
                    printf("\n(no more --choices: stopped at scene '%s' before an ending)\n",
                           scenario_scene(p->sc, scene)->id);
                    session_abandon(p->s, cli_now_ms());
                    save(p, true);
                    return EXIT_OK;
                }
                interactive = true;
                pos = ask(p);
            } else {
                printf("\n> %d\n", pos);
            }
        } else {
            pos = ask(p);
        }
        if (pos == -2) {
            session_undo(p->s, cli_now_ms());
            save(p, false);
            continue;
        }
        if (pos == 0) {
            session_abandon(p->s, cli_now_ms());
            printf("\nStopped before an ending; the attempt is saved as abandoned.\n");
            save(p, true);
            return EXIT_OK;
        }
        if (pos > session_available_count(p->s)) {
            cli_error("choice %d is out of range in scene '%s': %d choices are shown there", pos,
                      scenario_scene(p->sc, scene)->id, session_available_count(p->s));
            session_abandon(p->s, cli_now_ms());
            save(p, true);
            return EXIT_USAGE;
        }
        int choice = session_available(p->s, pos - 1);
        size_t used = strlen(taken);
        snprintf(taken + used, sizeof taken - used, "%s%d", used ? "," : "", pos);
        Diag err;
        diag_clear(&err);
        session_choose(p->s, choice, cli_now_ms(), &err);
        if (p->practice && session_status(p->s) != SESSION_FAILED)
            cli_print_feedback(stdout, p->sc, scene, choice);
        if (save(p, false))
            return EXIT_CANTCREAT;
    }
    if (session_status(p->s) == SESSION_FAILED) {
        char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
        cli_error("the scenario stopped with a script error:\n%s", diag_format(session_error(p->s), buf, sizeof buf));
        if (session_error(p->s)->trace[0])
            fprintf(stderr, "%s\n", session_error(p->s)->trace);
        save(p, false);
        return EXIT_DATAERR;
    }
    if (scripted && count_left(cursor) > 0)
        cli_warning("%d choice(s) left over after the ending were ignored", count_left(cursor));
    if (p->autoplay)
        printf("\nChoices taken: %s\n", taken);
    if (save(p, false))
        return EXIT_CANTCREAT;
    Attempt a;
    AttemptInfo info = {p->session_id, p->trainee, p->mode, "text", RJSIM_VERSION, false, NULL};
    if (attempt_capture(&a, p->s, p->ex, p->ranges, &info) == 0)
        cli_print_debrief(stdout, p->sc, &a);
    attempt_free(&a);
    return EXIT_OK;
}

int cli_play(int argc, char **argv)
{
    static const struct option opts[] = {{"text", no_argument, NULL, 't'},      {"choices", required_argument, NULL, 'c'},
                                         {"trainee", required_argument, NULL, 'n'}, {"mode", required_argument, NULL, 'm'},
                                         {"seed", required_argument, NULL, 's'},    {"results", required_argument, NULL, 'r'},
                                         {"rubric", required_argument, NULL, 'R'},  {"help", no_argument, NULL, 'h'},
                                         {"auto", required_argument, NULL, 'a'},
                                         {NULL, 0, NULL, 0}};
    Play p = {0};
    DiagList diags = {0};
    Diag err;
    int rc = EXIT_USAGE, opt;
    diag_clear(&err);
    p.mode = "practice";
    p.trainee = getenv("USER") && *getenv("USER") ? getenv("USER") : "trainee";
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (opt) {
        case 't': p.text = true; break;
        case 'c': p.choices = optarg; break;
        case 'n': p.trainee = optarg; break;
        case 'm': p.mode = optarg; break;
        case 's':
            if (cli_parse_u64(optarg, (1ULL << 53) - 1, &p.seed)) {
                cli_error("--seed needs a whole number from 0 to 9007199254740991, not '%s'", optarg);
                goto done;
            }
            p.have_seed = true;
            break;
        case 'r': p.results_flag = optarg; break;
        case 'R': p.rubric = optarg; break;
        case 'a':
            if (strcmp(optarg, "best") != 0 && strcmp(optarg, "worst") != 0) {
                cli_error("--auto must be best or worst, not '%s'", optarg);
                goto done;
            }
            p.autoplay = optarg;
            break;
        case 'h': fputs(play_usage, stdout); rc = EXIT_OK; goto done;
        default: fputs(play_usage, stderr); goto done;
        }
    }
    if (optind != argc - 1) {
        cli_error(optind >= argc ? "play needs a scenario file, e.g. rjsim play scenarios/dc-youth-metro.lua --text"
                                 : "play takes one scenario file");
        goto done;
    }
    p.path = argv[optind];
    if (strcmp(p.mode, "practice") != 0 && strcmp(p.mode, "assessment") != 0) {
        cli_error("--mode must be practice or assessment, not '%s'", p.mode);
        goto done;
    }
    p.practice = strcmp(p.mode, "practice") == 0;
    if (p.autoplay && p.choices) {
        cli_error("--auto and --choices cannot be used together");
        goto done;
    }
    if (!p.text && !p.choices && !p.autoplay)
        cli_warning("this build has no game window yet; playing in the terminal (--text)");
    rc = EXIT_DATAERR;
    if (access(p.path, R_OK) != 0) {
        cli_error("cannot read scenario '%s'; give the path of a .lua file, e.g. scenarios/dc-youth-metro.lua", p.path);
        rc = EXIT_NOINPUT;
        goto done;
    }
    if (!(p.ss = cli_load(p.path, p.rubric, &diags)))
        goto done;
    p.sc = script_scenario(p.ss);
    diag_clear(&p.explore_error);
    p.ex = explorer_run(p.sc, 0, &p.explore_error);
    rc = EXIT_CANTCREAT;
    if (!p.have_seed && paths_random_seed(&p.seed, &err))
        p.seed = (uint64_t)cli_now_ms() & ((1ULL << 53) - 1);
    if (p.ex && !(p.ranges = explorer_run_seeded(p.sc, 0, p.seed, -1, NULL, &p.explore_error))) {
        explorer_free(p.ex);
        p.ex = NULL;
    }
    if (paths_new_uuid(p.session_id, &err) || !(p.results_dir = paths_results_dir(p.results_flag, &err)) ||
        paths_mkdirs(p.results_dir, &err)) {
        char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
        cli_error("%s", diag_format(&err, buf, sizeof buf));
        goto done;
    }
    if (!(p.s = session_new(p.sc, p.seed, cli_now_ms()))) {
        cli_error("out of memory");
        rc = EXIT_SOFTWARE;
        goto done;
    }
    if (!p.ex) {
        /* A script error found while walking the scenario: the trainee cannot play it, and
         * the log records the error so the trainer sees it too. */
        char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
        cli_error("this scenario has an error; it cannot be played until its author fixes it:\n%s",
                  diag_format(&p.explore_error, buf, sizeof buf));
        if (p.explore_error.trace[0])
            fprintf(stderr, "%s\n", p.explore_error.trace);
        save(&p, false);
        if (p.log_path)
            printf("Session log: %s\n", p.log_path);
        rc = EXIT_DATAERR;
        goto done;
    }
    const ScenarioMeta *m = scenario_meta(p.sc);
    printf("%s\nYou are the %s. %s mode, about %d minutes.\n\n", m->title, m->role, p.practice ? "Practice" : "Assessment",
           m->minutes);
    cli_wrap(stdout, m->summary, 0);
    printf("\nModelled on: %s\n", m->modelled_on);
    rc = play_loop(&p);
    if (p.log_path)
        printf("Session log: %s\n", p.log_path);
done:
    session_free(p.s);
    explorer_free(p.ex);
    explorer_free(p.ranges);
    script_free(p.ss);
    free(p.results_dir);
    free(p.log_path);
    diag_list_free(&diags);
    return rc;
}
