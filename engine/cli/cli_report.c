/* cli_report: `rjsim report [DIR...]`, the trainers' report over many session logs, and
 * the log-reading options it shares with `rjsim export` (cli_logs_*). The reading is
 * journal/scan.h, the figures core/report.h, the formats journal/report_format.h. */
#include "cli.h"

#include "journal/paths.h"
#include "journal/report_format.h"
#include "script/loader.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { PROGRESS_MIN = 200, NOTES_SHOWN = 10 };

static const char report_usage[] =
    "Usage: rjsim report [DIR|LOG...] [options]\n"
    "Summarise session logs for trainers: per trainee, per scenario, per decision and per\n"
    "principle. Reads every *.json log under the folders given (and their subfolders), by\n"
    "default the results folder. Logs that cannot be read are listed and skipped.\n"
    "Assessment, practice and workshop attempts are reported apart, assessment first, so a\n"
    "cohort's assessment figures never include practice runs (--mode picks one, or all).\n"
    "\n"
    "Output (default: tables for the terminal):\n"
    "  --html FILE        a self-contained web page with charts, to open or print\n"
    "  --json             everything as JSON\n"
    "  --csv              one table as CSV (see --table)\n"
    "  --table NAME       trainees (default), scenarios, decisions, principles or attempts\n"
    "  -o, --output FILE  write the tables, JSON or CSV to FILE instead of the terminal\n"
    "  --rubric FILE      take principle and safeguard names from this rubric\n"
    "                     (default: the bundled scenarios/rubric.lua)\n"
    CLI_LOGS_USAGE
    "\n"
    "Exit status: 0 when the report is written (even if some logs were skipped), 64 on a\n"
    "bad command line, 65 when --rubric cannot be loaded, 66 when a folder or file given\n"
    "does not exist (the others are still reported), 73/74 when the output cannot be\n"
    "written. More in docs/reports.md.\n";

/* ---- shared with cli_export.c ---- */

static const struct option log_opts[] = {
    { "trainee", required_argument, NULL, CLI_OPT_TRAINEE },
    { "scenario", required_argument, NULL, CLI_OPT_SCENARIO },
    { "mode", required_argument, NULL, CLI_OPT_MODE },
    { "since", required_argument, NULL, CLI_OPT_SINCE },
    { "until", required_argument, NULL, CLI_OPT_UNTIL },
    { "results", required_argument, NULL, CLI_OPT_RESULTS },
    { "no-progress", no_argument, NULL, CLI_OPT_NO_PROGRESS },
};

size_t cli_logs_options(struct option *out, size_t size)
{
    size_t n = sizeof log_opts / sizeof log_opts[0];
    for (size_t i = 0; i < n && i < size; i++)
        out[i] = log_opts[i];
    return n;
}

/* Midnight UTC at the start of YYYY-MM-DD, in ms; -1 when it is not such a date. */
static int parse_day(const char *s, int64_t *out)
{
    static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int y, m, d, n = 0;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 ||
        s[4] != '-' || s[7] != '-' || y < 1970 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return -1;
    bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    if (m == 2 && d == 29 && !leap)
        return -1;
    /* days since 1970-01-01 (H. Hinnant's days_from_civil, years from 1970 only) */
    int64_t yy = y - (m <= 2), era = yy / 400, yoe = yy - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    *out = (era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468) * 86400000;
    return 0;
}

int cli_logs_option(CliLogs *l, int opt, const char *arg)
{
    int64_t day;
    switch (opt) {
    case CLI_OPT_TRAINEE: l->filter.trainee = arg; return 0;
    case CLI_OPT_SCENARIO: l->filter.scenario = arg; return 0;
    case CLI_OPT_RESULTS: l->results = arg; return 0;
    case CLI_OPT_NO_PROGRESS: l->no_progress = true; return 0;
    case CLI_OPT_MODE:
        if (strcmp(arg, "practice") && strcmp(arg, "assessment") && strcmp(arg, "workshop") &&
            strcmp(arg, "all")) {
            cli_error("--mode must be practice, assessment, workshop or all, not '%s'", arg);
            return -1;
        }
        l->all_modes = strcmp(arg, "all") == 0;
        l->filter.mode = l->all_modes ? NULL : arg;
        return 0;
    case CLI_OPT_SINCE:
    case CLI_OPT_UNTIL:
        if (parse_day(arg, &day)) {
            cli_error("--%s needs a date as YYYY-MM-DD (UTC), e.g. 2026-03-31, not '%s'",
                      opt == CLI_OPT_SINCE ? "since" : "until", arg);
            return -1;
        }
        if (opt == CLI_OPT_SINCE)
            l->filter.since_ms = day;
        else /* the whole day: until the start of the next */
            l->filter.until_ms = day + 86400000;
        return 0;
    default: return 1;
    }
}

static void progress(void *ctx, size_t done, size_t total)
{
    CliLogs *l = ctx;
    int pct = total ? (int)(done * 100 / total) : 100;
    if (total < PROGRESS_MIN || (pct == l->shown && done != total))
        return;
    l->shown = pct;
    if (done == total) { /* clear the line so the report starts clean */
        fputs("\r\033[K", stderr);
        return;
    }
    fprintf(stderr, "\rReading session logs [%-40.*s] %zu/%zu", pct * 40 / 100,
            "########################################", done, total);
    fflush(stderr);
}

int cli_logs_scan(CliLogs *l, int argc, char **argv, ScanLogFn fn, void *ctx)
{
    Diag err;
    int rc = EXIT_OK;
    ScanOptions opts = { l->filter, false, NULL, l };
    diag_clear(&err);
    l->shown = -1;
    if (!l->no_progress && isatty(STDERR_FILENO))
        opts.progress = progress;
    if (argc > 0) {
        l->paths = (const char *const *)argv, l->npaths = argc;
    } else {
        if (!(l->default_dir = paths_results_dir(l->results, &err))) {
            cli_error("%s", err.message);
            return EXIT_USAGE;
        }
        l->paths = (const char *const *)&l->default_dir, l->npaths = 1;
        if (access(l->default_dir, F_OK) != 0) {
            cli_error("there are no session logs yet: the results folder %s does not exist; "
                      "play a scenario first, or give the folder the logs are in",
                      l->default_dir);
            return EXIT_NOINPUT;
        }
    }
    if (scan_logs(l->paths, l->npaths, &opts, fn, ctx, &l->sum, &err) != 0) {
        cli_error("%s", err.message);
        return EXIT_SOFTWARE;
    }
    for (size_t i = 0; i < l->sum.nskipped; i++)
        if (strcmp(l->sum.skipped[i].kind, "missing") == 0)
            rc = EXIT_NOINPUT;
    return rc;
}

void cli_logs_warn(const CliLogs *l, const char *more)
{
    size_t n = l->sum.nskipped + l->sum.nmarked, shown = 0;
    for (size_t i = 0; i < l->sum.nskipped && shown < NOTES_SHOWN; i++, shown++)
        cli_warning("%s", l->sum.skipped[i].message);
    for (size_t i = 0; i < l->sum.nmarked && shown < NOTES_SHOWN; i++, shown++)
        cli_warning("%s", l->sum.marked[i].message);
    if (n > shown)
        cli_warning("... and %zu more; %s", n - shown, more);
    if (l->sum.used == 0 && l->sum.files == 0)
        cli_warning("no session logs found in %s%s; logs are the .json files rjsim play writes",
                    l->paths[0], l->npaths > 1 ? " and the others given" : "");
}

void cli_logs_free(CliLogs *l)
{
    scan_summary_free(&l->sum);
    free(l->default_dir);
    l->default_dir = NULL;
}

FILE *cli_open_output(const char *path)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        cli_error("cannot write to %s: %s; choose another file", path, strerror(errno));
        if (fd >= 0)
            close(fd);
    }
    return f;
}

/* ---- report ---- */

/* The modes reported apart, in the order they are shown: assessment first. */
static const char *const modes[] = { "assessment", "practice", "workshop" };
enum { NMODES = sizeof modes / sizeof modes[0] };

typedef struct Run {
    Report *r[NMODES]; /* one per mode; only r[0] when one set of figures is wanted */
    bool split;        /* no --mode: each attempt goes to its mode's Report */
    CliScenarios *files;
    struct Source { /* the scenario file and hash of each scenario's latest attempt */
        char *id, *file, *hash;
        int64_t ms;
    } *src;
    int nsrc;
} Run;

static int add(void *ctx, ScanLog *log)
{
    Run *run = ctx;
    const Attempt *a = &log->attempt;
    struct Source *s = NULL;
    int m = 0;
    while (run->split && m + 1 < NMODES && strcmp(a->mode, modes[m]) != 0)
        m++; /* the journal admits only these modes */
    if (report_add(run->r[m], a, log->path, log->marks) < 0)
        return -1;
    for (int i = 0; i < run->nsrc && !s; i++)
        if (strcmp(run->src[i].id, a->scenario_id) == 0)
            s = &run->src[i];
    if (!s) {
        struct Source *grown = realloc(run->src, (size_t)(run->nsrc + 1) * sizeof *grown);
        if (!grown)
            return -1;
        run->src = grown;
        s = &run->src[run->nsrc++];
        *s = (struct Source){ strdup(a->scenario_id), NULL, NULL, INT64_MIN };
        if (!s->id)
            return -1;
    }
    if (a->started_ms >= s->ms) {
        free(s->file), free(s->hash);
        s->file = strdup(a->scenario_file), s->hash = strdup(a->scenario_hash);
        s->ms = a->started_ms;
    }
    return 0;
}

static const char *choice_text(void *ctx, const char *scenario_id, const char *choice_id)
{
    Run *run = ctx;
    int si, ci;
    for (int i = 0; i < run->nsrc; i++)
        if (strcmp(run->src[i].id, scenario_id) == 0 && run->src[i].file) {
            const Scenario *sc = cli_scenarios_get(run->files, run->src[i].file,
                                                   run->src[i].hash);
            if (sc && scenario_find_choice(sc, choice_id, &si, &ci) == 0)
                return scenario_scene(sc, si)->choices[ci].text;
        }
    return NULL;
}

/* The rubric for names: --rubric FILE (its errors printed), else the bundled one, quietly
 * (ids are shown when it cannot be loaded). NULL with *failed set when FILE fails. */
static Rubric *load_rubric(const char *path, bool *failed)
{
    char buf[1024];
    DiagList diags = { 0 };
    Rubric *rb;
    if (!path) {
        snprintf(buf, sizeof buf, "%s/rubric.lua", cli_scenarios_dir());
        rb = access(buf, R_OK) == 0 ? script_load_rubric(buf, NULL, &diags) : NULL;
    } else if (!(rb = script_load_rubric(path, NULL, &diags))) {
        cli_print_diags(stderr, &diags);
        *failed = true;
    }
    diag_list_free(&diags);
    return rb;
}

int cli_report(int argc, char **argv)
{
    struct option opts[32] = {
        { "html", required_argument, NULL, 'H' }, { "json", no_argument, NULL, 'j' },
        { "csv", no_argument, NULL, 'c' },        { "table", required_argument, NULL, 't' },
        { "output", required_argument, NULL, 'o' }, { "rubric", required_argument, NULL, 'r' },
        { "help", no_argument, NULL, 'h' },
    };
    CliLogs logs = { 0 };
    ReportFormat fmt = { 0 };
    Run run = { 0 };
    ReportPart parts[NMODES];
    int nparts = 0;
    Rubric *rubric = NULL;
    FILE *out = stdout;
    const char *html = NULL, *output = NULL, *rubric_path = NULL;
    char format = 'x'; /* x text, j JSON, c CSV, H HTML */
    bool failed = false;
    int rc = EXIT_USAGE, opt, scanned;
    Diag err;
    diag_clear(&err);
    cli_logs_options(opts + 7, 24);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "ho:", opts, NULL)) != -1) {
        switch (opt) {
        case 'H': html = optarg, format = 'H'; break;
        case 'j': format = 'j'; break;
        case 'c': format = 'c'; break;
        case 't': fmt.table = optarg; break;
        case 'o': output = optarg; break;
        case 'r': rubric_path = optarg; break;
        case 'h': fputs(report_usage, stdout); return EXIT_OK;
        default:
            if (cli_logs_option(&logs, opt, optarg) == 0)
                break;
            if (opt != '?' && opt > 255) /* already said what was wrong */
                return EXIT_USAGE;
            fputs(report_usage, stderr);
            return EXIT_USAGE;
        }
    }
    if (fmt.table && format != 'c') {
        cli_error("--table goes with --csv, e.g. rjsim report --csv --table %s", fmt.table);
        return EXIT_USAGE;
    }
    if (fmt.table && !report_csv_has_table(fmt.table)) {
        cli_error("there is no table '%s'; choose trainees, scenarios, decisions, principles "
                  "or attempts", fmt.table);
        return EXIT_USAGE;
    }
    if (html && output) {
        cli_error("--html names its own file; leave out --output");
        return EXIT_USAGE;
    }
    run.split = !logs.filter.mode && !logs.all_modes;
    for (int i = 0; i < (run.split ? NMODES : 1); i++)
        if (!(run.r[i] = report_new()))
            goto oom;
    if (!(run.files = cli_scenarios_new()))
        goto oom;
    scanned = cli_logs_scan(&logs, argc - optind, argv + optind, add, &run);
    if (scanned != EXIT_OK && scanned != EXIT_NOINPUT) {
        rc = scanned;
        goto done;
    }
    for (int i = 0; i < (run.split ? NMODES : 1); i++) {
        if (report_finish(run.r[i]))
            goto oom;
        /* assessment and practice always, so "no assessment attempts" is said; workshop
         * when there is one */
        if (!run.split || i < 2 || report_attempt_count(run.r[i]) > 0)
            parts[nparts++] = (ReportPart){ run.split ? modes[i] : logs.filter.mode, run.r[i] };
    }
    rubric = load_rubric(rubric_path, &failed);
    if (failed) {
        rc = EXIT_DATAERR;
        goto done;
    }
    /* the text report lists skipped logs itself; say so on stderr for the other formats,
     * and for text that goes to a file */
    if (format != 'x' || output)
        cli_logs_warn(&logs, "the report lists them all");
    else if (logs.sum.files == 0)
        cli_logs_warn(&logs, "");
    else /* the tables list the rest; a folder that is not there deserves a word now */
        for (size_t i = 0; i < logs.sum.nskipped; i++)
            if (strcmp(logs.sum.skipped[i].kind, "missing") == 0)
                cli_warning("%s", logs.sum.skipped[i].message);
    fmt = (ReportFormat){ rubric, &logs.sum, &logs.filter, logs.paths, logs.npaths,
                          cli_now_ms(), cli_term_width(), fmt.table, choice_text, &run };
    if ((html || output) && !(out = cli_open_output(html ? html : output))) {
        out = stdout;
        rc = EXIT_CANTCREAT;
        goto done;
    }
    int wrote = format == 'H' ? report_html_write(out, parts, nparts, &fmt, &err)
                : format == 'j' ? report_json_write(out, parts, nparts, &fmt, &err)
                : format == 'c' ? report_csv_write(out, parts, nparts, &fmt, &err)
                                : report_text_write(out, parts, nparts, &fmt, &err);
    if (out != stdout && fclose(out) != 0 && wrote == 0) {
        diag_error(&err, NULL, 0, "cannot write the report; check the disk has space");
        wrote = -1;
    }
    out = stdout;
    if (wrote != 0) {
        cli_error("%s: %s", html ? html : output ? output : "standard output", err.message);
        rc = EXIT_IOERR;
        goto done;
    }
    if (html || output) {
        char line[256];
        printf("Wrote %s: ", html ? html : output);
        for (int i = 0; i < nparts; i++) { /* each part's counts, without its dates */
            report_format_part_line(&parts[i], line, sizeof line);
            printf("%s%s%s%.*s", i ? "; " : "", parts[i].mode ? parts[i].mode : "",
                   parts[i].mode ? ": " : "", (int)strcspn(line, ","), line);
        }
        if (logs.sum.nskipped)
            printf(" (%zu log%s could not be used)", logs.sum.nskipped,
                   logs.sum.nskipped == 1 ? "" : "s");
        printf(".\n");
    }
    rc = scanned;
    goto done;
oom:
    cli_error("out of memory");
    rc = EXIT_SOFTWARE;
done:
    if (out != stdout)
        fclose(out);
    for (int i = 0; i < NMODES; i++)
        report_free(run.r[i]);
    rubric_free(rubric);
    cli_logs_free(&logs);
    for (int i = 0; i < run.nsrc; i++)
        free(run.src[i].id), free(run.src[i].file), free(run.src[i].hash);
    free(run.src);
    cli_scenarios_free(run.files);
    return rc;
}
