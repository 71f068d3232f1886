/* cli_game: `rjsim [options]` and `rjsim play SCENARIO [options]` without --text open the
 * game window. */
#include "cli.h"

#include "ui/ui.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char game_usage[] =
    "Usage: rjsim [options]                 the game, at the title screen\n"
    "       rjsim play SCENARIO [options]   the game, at that scenario's briefing\n"
    "\n"
    "  --trainee NAME        who is playing (default: the name typed last time)\n"
    "  --mode MODE           practice or assessment (default: as last time)\n"
    "  --seed N              seed for chance events (default: random)\n"
    "  --results DIR         where session logs go\n"
    "  --scenarios DIR       also list the scenarios in DIR\n"
    "  --rubric FILE         rubric to score against (default: rubric.lua beside each scenario)\n"
    "  --choices LIST        take these choices at once (positions, e.g. 2,1,3)\n"
    "  --size WxH            window size (default 1280x720)\n"
    "  --fullscreen          start full screen (F11 toggles)\n"
    "  --screen NAME         start on the library, history or settings screen\n"
    "  --screenshot FILE     save the screen reached as PNG and quit\n"
    "  --bench               print start-up, frame-time, idle-frame and memory figures\n"
    "  --text                play in the terminal instead (rjsim play --help)\n"
    "\n"
    "rjsim workshop [SCENARIO] [options] runs a scenario for a room: a projection and a\n"
    "presenter view (two windows when there are two displays; P swaps them in one window).\n"
    "  --windows 1|2         force one window or two\n"
    "  -h, --help            show this help\n"
    "\n"
    "Keys: 1-9 choose, arrows and Tab move, Enter activates, Esc goes back, F11 full screen,\n"
    "Ctrl+plus/minus text size, Backspace steps back one decision in practice mode.\n";

int cli_game(int argc, char **argv, bool play, bool workshop)
{
    static const struct option opts[] = {
        {"trainee", required_argument, NULL, 'n'}, {"mode", required_argument, NULL, 'm'},
        {"seed", required_argument, NULL, 's'},    {"results", required_argument, NULL, 'r'},
        {"scenarios", required_argument, NULL, 'S'}, {"rubric", required_argument, NULL, 'R'},
        {"choices", required_argument, NULL, 'c'}, {"size", required_argument, NULL, 'z'},
        {"fullscreen", no_argument, NULL, 'f'},    {"screenshot", required_argument, NULL, 'p'},
        {"bench", no_argument, NULL, 'b'},         {"help", no_argument, NULL, 'h'},
        {"screen", required_argument, NULL, 'w'}, {"windows", required_argument, NULL, 'W'},
        {NULL, 0, NULL, 0}};
    UiOptions o = {0};
    int opt;
    o.version = RJSIM_VERSION;
    o.scenarios_dir = cli_scenarios_dir();
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (opt) {
        case 'n': o.trainee = optarg; break;
        case 'm':
            if (strcmp(optarg, "practice") != 0 && strcmp(optarg, "assessment") != 0) {
                cli_error("--mode must be practice or assessment, not '%s'", optarg);
                return EXIT_USAGE;
            }
            o.mode = optarg;
            break;
        case 's':
            if (cli_parse_u64(optarg, (1ULL << 53) - 1, &o.seed)) {
                cli_error("--seed needs a whole number from 0 to 9007199254740991, not '%s'", optarg);
                return EXIT_USAGE;
            }
            o.have_seed = true;
            break;
        case 'r': o.results_flag = optarg; break;
        case 'S': o.extra_dir = optarg; break;
        case 'R': o.rubric = optarg; break;
        case 'c': o.choices = optarg; break;
        case 'z':
            if (sscanf(optarg, "%dx%d", &o.width, &o.height) != 2 || o.width < 320 || o.height < 240 ||
                o.width > 16384 || o.height > 16384) {
                cli_error("--size needs WIDTHxHEIGHT, e.g. 1920x1080, not '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'f': o.fullscreen = true; break;
        case 'p': o.screenshot = optarg; break;
        case 'b': o.bench = true; break;
        case 'W':
            if (strcmp(optarg, "1") != 0 && strcmp(optarg, "2") != 0) {
                cli_error("--windows must be 1 or 2, not '%s'", optarg);
                return EXIT_USAGE;
            }
            o.windows = atoi(optarg);
            break;
        case 'w':
            if (strcmp(optarg, "library") != 0 && strcmp(optarg, "history") != 0 && strcmp(optarg, "settings") != 0) {
                cli_error("--screen must be library, history or settings, not '%s'", optarg);
                return EXIT_USAGE;
            }
            o.screen = optarg;
            break;
        case 'h':
            if (play)
                fputs("Usage: rjsim play SCENARIO [options]  (the game window; with --text, the terminal\n"
                      "player: rjsim play --text --help lists its options)\n\n", stdout);
            fputs(game_usage, stdout);
            return EXIT_OK;
        default: fputs(game_usage, stderr); return EXIT_USAGE;
        }
    }
    o.workshop = workshop;
    if (workshop) {
        if (optind < argc - 1) {
            cli_error("workshop takes at most one scenario file");
            return EXIT_USAGE;
        }
        o.scenario = optind == argc - 1 ? argv[optind] : NULL;
    } else if (play) {
        if (optind != argc - 1) {
            cli_error(optind >= argc ? "play needs a scenario file, e.g. rjsim play scenarios/dc-youth-metro.lua"
                                     : "play takes one scenario file");
            return EXIT_USAGE;
        }
        o.scenario = argv[optind];
    } else if (optind != argc) {
        cli_error("unexpected '%s'; run rjsim --help for the commands", argv[optind]);
        return EXIT_USAGE;
    }
    if (o.screen && o.scenario) {
        cli_error("--screen is for the game's menus; with a scenario the game opens on its briefing");
        return EXIT_USAGE;
    }
    if (o.choices && !o.scenario) {
        cli_error("--choices needs a scenario: rjsim play SCENARIO --choices 1,2");
        return EXIT_USAGE;
    }
    return ui_run(&o);
}
