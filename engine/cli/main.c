/* main: rjsim's entry point; dispatches to a subcommand. */
#include "cli.h"

#include <string.h>

static const char usage[] =
    "Usage: rjsim [COMMAND] [OPTIONS]\n"
    "rjsim - a restorative-justice training simulator for prosecutors and police.\n"
    "\n"
    "Commands:\n"
    "  (none)                 list the bundled scenarios and play one\n"
    "  play SCENARIO --text   play a scenario in the terminal (rjsim play --help)\n"
    "  check FILE...          check scenarios: errors, warnings, reachable states, score ranges\n"
    "  replay LOG             replay a session log and print its debrief\n"
    "\n"
    "Options:\n"
    "  -h, --help             show this help (rjsim COMMAND --help for a command's options)\n"
    "  --version              show the version\n"
    "\n"
    "Session logs go to $RJSIM_RESULTS, else $XDG_DATA_HOME/rjsim/results\n"
    "(~/.local/share/rjsim/results). Documentation: README.md and docs/.\n";

int main(int argc, char **argv)
{
    if (argc < 2)
        return cli_menu(argc, argv);
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("rjsim %s\n", RJSIM_VERSION);
        return EXIT_OK;
    }
    if (strcmp(cmd, "play") == 0)
        return cli_play(argc - 1, argv + 1);
    if (strcmp(cmd, "check") == 0)
        return cli_check(argc - 1, argv + 1);
    if (strcmp(cmd, "replay") == 0)
        return cli_replay(argc - 1, argv + 1);
    cli_error("unknown command '%s'; run rjsim --help for the commands", cmd);
    return EXIT_USAGE;
}
