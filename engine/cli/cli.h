/* cli: the rjsim command line. main.c dispatches to one function per subcommand; the
 * helpers below are shared by them. This is the only layer that decides exit codes. */
#ifndef RJ_CLI_H
#define RJ_CLI_H

#include "core/attempt.h"
#include "core/diag.h"
#include "core/scenario.h"
#include "script/loader.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* Exit codes, after BSD sysexits. */
enum {
    EXIT_OK = 0,
    EXIT_FAIL = 1,     /* the command ran but reports failure (e.g. a replay that differs) */
    EXIT_USAGE = 64,   /* bad command line */
    EXIT_DATAERR = 65, /* a scenario (or log) with errors */
    EXIT_NOINPUT = 66, /* a file that cannot be opened */
    EXIT_CANTCREAT = 73,
    EXIT_IOERR = 74,
    EXIT_SOFTWARE = 70
};

int cli_play(int argc, char **argv);
int cli_check(int argc, char **argv);
int cli_replay(int argc, char **argv);
int cli_menu(int argc, char **argv);
/* The game window (builds with engine/ui only): the title screen, or with play a scenario. */
int cli_game(int argc, char **argv, bool play);

/* ---- shared helpers (cli_common.c) ---- */
extern const char *cli_progname;
int64_t cli_now_ms(void);
/* Prints "rjsim: message" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints every diagnostic as "file:line: error: message". */
void cli_print_diags(FILE *out, const DiagList *diags);
/* Loads a scenario, printing its errors; NULL on failure. */
ScriptScenario *cli_load(const char *path, const char *rubric_path, DiagList *diags);
/* Parses a whole number in [min, max]; 0 or -1. */
int cli_parse_u64(const char *s, uint64_t max, uint64_t *out);
/* The bundled scenarios folder: $RJSIM_SCENARIOS, ./scenarios, or the installed one. */
const char *cli_scenarios_dir(void);

/* ---- terminal output (cli_print.c) ---- */
int cli_term_width(void);
/* Prints text wrapped to the terminal, paragraphs separated by blank lines, each line
 * indented by indent spaces. */
void cli_wrap(FILE *out, const char *text, int indent);
/* Same, after a prefix (e.g. "1. ") on the first line; later lines hang under the text. */
void cli_wrap_after(FILE *out, const char *prefix, const char *text, int indent);
void cli_print_scene(FILE *out, const Scenario *sc, int scene, const char *text);
/* What a choice did: principle deltas, broken safeguard, and the feedback. */
void cli_print_feedback(FILE *out, const Scenario *sc, int scene, int choice);
/* The debrief of an attempt at scenario sc. */
void cli_print_debrief(FILE *out, const Scenario *sc, const Attempt *a);

#endif
