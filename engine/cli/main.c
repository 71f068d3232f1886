/* main: rjsim's entry point; dispatches to a subcommand. */
#include "cli.h"

#include <string.h>

static const char usage[] =
    "Usage: rjsim [COMMAND] [OPTIONS]\n"
    "rjsim - a restorative-justice training simulator for prosecutors and police.\n"
    "\n"
    "Commands:\n"
    "  (none)                 open the game at its title screen (options: rjsim --help-game)\n"
    "  --text                 list the bundled scenarios and play one in the terminal\n"
    "  play SCENARIO          open the game on a scenario (--text: in the terminal;\n"
    "                         rjsim play --help for the terminal player's options)\n"
    "  check FILE...          check scenarios: errors, warnings, reachable states, score ranges,\n"
    "                         and the authoring audit (can the best answers be read off their form?)\n"
    "  test SCENARIO...       run a scenario's test file; --random N, --exhaustive: coverage;\n"
    "                         --strategies: naive strategies that read only the choices' form\n"
    "  graph SCENARIO         the branching as Graphviz DOT (--svg FILE draws it)\n"
    "  new NAME               write a commented starting scenario and its test file\n"
    "  format                 print the scenario format reference (Markdown)\n"
    "  replay LOG             replay a session log and print its debrief\n"
    "  workshop [SCENARIO]    run a scenario for a room: projection and presenter views\n"
    "  report [DIR...]        report on many session logs for trainers (terminal, CSV, JSON, HTML)\n"
    "  export --xapi [DIR...] the session logs as xAPI statements for a learning record store\n"
    "\n"
    "Options:\n"
    "  -h, --help             show this help (rjsim COMMAND --help for a command's options)\n"
    "  --version              show the version\n"
    "\n"
    "Session logs go to $RJSIM_RESULTS, else $XDG_DATA_HOME/rjsim/results\n"
    "(~/.local/share/rjsim/results). Documentation: README.md and docs/.\n";

/* Whether argv asks for the terminal player rather than the window. */
static bool wants_terminal(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--text") == 0 || strcmp(argv[i], "--auto") == 0 || strncmp(argv[i], "--auto=", 7) == 0 ||
            strcmp(argv[i], "--at") == 0 || strcmp(argv[i], "--set") == 0)
            return true; /* --at and --set (start anywhere) are the terminal player's */
#ifdef RJSIM_HAVE_UI
    return false;
#else
    return true;
#endif
}

int main(int argc, char **argv)
{
    if (argc < 2 || (argv[1][0] == '-' && strcmp(argv[1], "--help") != 0 && strcmp(argv[1], "-h") != 0 &&
                     strcmp(argv[1], "--version") != 0 && strcmp(argv[1], "--help-game") != 0)) {
        if (wants_terminal(argc, argv))
            return cli_menu(argc, argv);
#ifdef RJSIM_HAVE_UI
        return cli_game(argc, argv, false, false);
#endif
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return EXIT_OK;
    }
#ifdef RJSIM_HAVE_UI
    if (strcmp(cmd, "--help-game") == 0) {
        char help[] = "--help";
        char *args[] = {argv[0], help, NULL};
        return cli_game(2, args, false, false);
    }
#endif
    if (strcmp(cmd, "--version") == 0) {
        printf("rjsim %s\n", RJSIM_VERSION);
        return EXIT_OK;
    }
    if (strcmp(cmd, "play") == 0) {
#ifdef RJSIM_HAVE_UI
        if (!wants_terminal(argc, argv))
            return cli_game(argc - 1, argv + 1, true, false);
#endif
        return cli_play(argc - 1, argv + 1);
    }
#ifdef RJSIM_HAVE_UI
    if (strcmp(cmd, "workshop") == 0)
        return cli_game(argc - 1, argv + 1, false, true);
#endif
    if (strcmp(cmd, "check") == 0)
        return cli_check(argc - 1, argv + 1);
    if (strcmp(cmd, "replay") == 0)
        return cli_replay(argc - 1, argv + 1);
    if (strcmp(cmd, "test") == 0)
        return cli_test(argc - 1, argv + 1);
    if (strcmp(cmd, "graph") == 0)
        return cli_graph(argc - 1, argv + 1);
    if (strcmp(cmd, "new") == 0)
        return cli_new(argc - 1, argv + 1);
    if (strcmp(cmd, "format") == 0)
        return cli_format(argc - 1, argv + 1);
    if (strcmp(cmd, "report") == 0)
        return cli_report(argc - 1, argv + 1);
    if (strcmp(cmd, "export") == 0)
        return cli_export(argc - 1, argv + 1);
    cli_error("unknown command '%s'; run rjsim --help for the commands", cmd);
    return EXIT_USAGE;
}
