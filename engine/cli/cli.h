/* cli: the rjsim command line. main.c dispatches to one function per subcommand; the
 * helpers below are shared by them. This is the only layer that decides exit codes. */
#ifndef RJ_CLI_H
#define RJ_CLI_H

#include "core/attempt.h"
#include "core/diag.h"
#include "core/scenario.h"
#include "script/loader.h"
#include "journal/scan.h"

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
/* Authoring tools (cli_test.c, cli_graph.c, cli_new.c, cli_format.c). */
int cli_test(int argc, char **argv);
int cli_graph(int argc, char **argv);
int cli_new(int argc, char **argv);
int cli_format(int argc, char **argv);
int cli_report(int argc, char **argv);
int cli_export(int argc, char **argv);
/* The game window (builds with engine/ui only): the title screen, or with play a scenario;
 * with workshop, the workshop views (and an optional scenario). */
int cli_game(int argc, char **argv, bool play, bool workshop);

/* ---- shared helpers (cli_common.c) ---- */
extern const char *cli_progname;
int64_t cli_now_ms(void);
/* Prints "rjsim: message" (or "rjsim: warning: message") to stderr as one line, with
 * control characters (newlines too) and bytes that are not UTF-8 shown as '?': messages
 * quote file names. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* s made fit for a terminal: control characters (newlines and tabs too) and bytes that are
 * not UTF-8 become '?', so a file name cannot carry an escape sequence or forge a line.
 * Returns one of four static buffers used in turn (up to four in one printf); a name
 * longer than 4,095 bytes is cut. */
const char *cli_shown(const char *s);
/* Prints s as a JSON string: quotes, backslashes and control characters escaped (the
 * hand-written JSON of check and test --strategies; reports use the journal's cJSON). */
void cli_json_string(FILE *out, const char *s);
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

/* ---- session logs for report and export (cli_report.c) ---- */
/* getopt_long values of the options both commands take to choose logs. */
enum { CLI_OPT_TRAINEE = 1000, CLI_OPT_SCENARIO, CLI_OPT_MODE, CLI_OPT_SINCE, CLI_OPT_UNTIL,
       CLI_OPT_RESULTS, CLI_OPT_NO_PROGRESS };
#define CLI_LOGS_USAGE \
    "\nWhich logs:\n" \
    "  --trainee NAME     only this trainee (case and extra spaces do not matter)\n" \
    "  --scenario ID      only this scenario, by id (e.g. dc-youth-metro)\n" \
    "  --mode MODE        only practice, assessment or workshop attempts; all: every\n" \
    "                     mode (rjsim report then mixes them in one set of figures)\n" \
    "  --since DATE       only attempts started on or after DATE (YYYY-MM-DD, UTC)\n" \
    "  --until DATE       only attempts started on or before DATE\n" \
    "  --results DIR      the results folder, read when no DIR is given\n" \
    "  --no-progress      no progress bar while reading many logs\n"
typedef struct CliLogs {
    ScanFilter filter;
    bool all_modes;      /* --mode all: filter.mode stays NULL */
    const char *results; /* --results */
    bool no_progress;
    const char *const *paths; /* what was read: the arguments or the results folder */
    int npaths;
    char *default_dir;
    ScanSummary sum;
    int shown; /* progress shown, in percent */
} CliLogs;
struct option;
/* Copies the shared options into out (room for size); returns how many there are. */
size_t cli_logs_options(struct option *out, size_t size);
/* Takes a shared option: 0, 1 when opt is not one of them, -1 after printing what is wrong. */
int cli_logs_option(CliLogs *l, int opt, const char *arg);
/* Reads the logs under argv (or the results folder), calling fn for each, with a progress
 * bar on a terminal. EXIT_OK, EXIT_NOINPUT (something given is missing; the rest was
 * read), or another exit code after printing why. Free l with cli_logs_free. */
int cli_logs_scan(CliLogs *l, int argc, char **argv, ScanLogFn fn, void *ctx);
/* Warns about skipped and marked logs (the first few; `more` says where the rest are). */
void cli_logs_warn(const CliLogs *l, const char *more);
void cli_logs_free(CliLogs *l);
/* Opens path for writing (created 0600: reports hold trainees' results); NULL after
 * printing why. */
FILE *cli_open_output(const char *path);
/* Scenario files that logs name, each loaded once and quietly (a log outlives its file);
 * in cli_export.c. */
typedef struct CliScenarios CliScenarios;
CliScenarios *cli_scenarios_new(void); /* NULL when out of memory */
/* The scenario at file when it is still the version with this hash, else NULL; owned by c. */
const Scenario *cli_scenarios_get(CliScenarios *c, const char *file, const char *hash);
void cli_scenarios_free(CliScenarios *c);

#endif
