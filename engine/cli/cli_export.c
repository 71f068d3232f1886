/* cli_export: `rjsim export --xapi [DIR...]`, session logs as xAPI statements (a JSON
 * array) for a learning record store. The statements are journal/xapi.h; this file reads
 * the logs (cli_logs_*, shared with report) and looks up each scene's choices in the
 * scenario file, when it is still the version played, so an interaction lists them all. */
#include "cli.h"

#include "journal/xapi.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- scenario files named by logs (shared with cli_report.c, see cli.h) ---- */

struct CliScenarios {
    struct Known {
        char *file;
        ScriptScenario *ss; /* NULL: missing or does not load */
    } *known;
    int n;
};

CliScenarios *cli_scenarios_new(void)
{
    return calloc(1, sizeof(CliScenarios));
}

const Scenario *cli_scenarios_get(CliScenarios *c, const char *file, const char *hash)
{
    struct Known *k = NULL;
    for (int i = 0; i < c->n && !k; i++)
        if (strcmp(c->known[i].file, file) == 0)
            k = &c->known[i];
    if (!k) {
        struct Known *grown = realloc(c->known, (size_t)(c->n + 1) * sizeof *grown);
        char *copy = strdup(file);
        if (!grown || !copy) {
            free(copy);
            if (grown)
                c->known = grown;
            return NULL;
        }
        c->known = grown;
        k = &c->known[c->n++];
        *k = (struct Known){ copy, NULL };
        if (access(copy, R_OK) == 0) { /* quietly: reports and exports are right without it */
            DiagList diags = { 0 };
            LoadOptions lo = { NULL, { 0, 0 } };
            k->ss = script_load(copy, &lo, &diags);
            diag_list_free(&diags);
        }
    }
    if (!k->ss || !hash || strcmp(scenario_meta(script_scenario(k->ss))->hash, hash) != 0)
        return NULL;
    return script_scenario(k->ss);
}

void cli_scenarios_free(CliScenarios *c)
{
    for (int i = 0; c && i < c->n; i++) {
        free(c->known[i].file);
        script_free(c->known[i].ss);
    }
    if (c)
        free(c->known);
    free(c);
}

/* ---- export ---- */

static const char export_usage[] =
    "Usage: rjsim export --xapi [DIR|LOG...] [options]\n"
    "Write session logs as xAPI 1.0.3 statements (a JSON array) for a learning record\n"
    "store: one 'answered' statement per decision and one 'completed' statement, with the\n"
    "score, per completed attempt. Ids are stable: exporting again gives the same ones.\n"
    "Reads every *.json log under the folders given, by default the results folder.\n"
    "\n"
    "  --xapi             xAPI statements (the only format so far)\n"
    "  --home-page URL    the academy's web address: the actors' account home page and\n"
    "                     the base of activity ids (default " XAPI_DEFAULT_HOME_PAGE ")\n"
    "  --actor-names      name each actor by the trainee's name; by default the account\n"
    "                     name is an opaque id derived from the name (see docs/reports.md)\n"
    "  -o, --output FILE  write to FILE instead of standard output\n"
    CLI_LOGS_USAGE
    "\n"
    "Exit status: 0 when the statements are written (even if some logs were skipped), 64 on\n"
    "a bad command line, 66 when a folder or file given does not exist, 73/74 when the\n"
    "output cannot be written.\n";

typedef struct Export {
    FILE *out;
    XapiOptions xo;
    size_t statements, logs;
    CliScenarios *files;
    XapiChoice *buf;
    int cap;
    Diag err;
    bool write_failed;
} Export;

static int choices(void *ctx, const Attempt *a, const char *scene_id, const XapiChoice **out)
{
    Export *x = ctx;
    const Scenario *sc = cli_scenarios_get(x->files, a->scenario_file, a->scenario_hash);
    int i = sc ? scenario_find_scene(sc, scene_id) : -1;
    if (i < 0)
        return -1;
    const Scene *s = scenario_scene(sc, i);
    if (s->nchoices > x->cap) {
        XapiChoice *grown = realloc(x->buf, (size_t)s->nchoices * sizeof *grown);
        if (!grown)
            return -1;
        x->buf = grown, x->cap = s->nchoices;
    }
    for (int k = 0; k < s->nchoices; k++)
        x->buf[k] = (XapiChoice){ s->choices[k].id, s->choices[k].text };
    *out = x->buf;
    return s->nchoices;
}

static int write_log(void *ctx, ScanLog *log)
{
    Export *x = ctx;
    x->logs++;
    if (xapi_write(x->out, &log->attempt, &x->xo, &x->statements, &x->err) != 0) {
        x->write_failed = true;
        return -1;
    }
    return 0;
}

int cli_export(int argc, char **argv)
{
    struct option opts[32] = {
        { "xapi", no_argument, NULL, 'x' },       { "home-page", required_argument, NULL, 'p' },
        { "actor-names", no_argument, NULL, 'n' }, { "output", required_argument, NULL, 'o' },
        { "help", no_argument, NULL, 'h' },
    };
    CliLogs logs = { 0 };
    Export x = { stdout, { XAPI_DEFAULT_HOME_PAGE, false, choices, NULL }, 0, 0, NULL, NULL,
                 0, { 0 }, false };
    const char *output = NULL;
    bool xapi = false;
    int rc = EXIT_USAGE, opt;
    x.xo.choices_ctx = &x;
    cli_logs_options(opts + 5, 26);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "ho:", opts, NULL)) != -1) {
        switch (opt) {
        case 'x': xapi = true; break;
        case 'p': x.xo.home_page = optarg; break;
        case 'n': x.xo.actor_names = true; break;
        case 'o': output = optarg; break;
        case 'h': fputs(export_usage, stdout); return EXIT_OK;
        default:
            if (cli_logs_option(&logs, opt, optarg) == 0)
                break;
            if (opt > 255) /* cli_logs_option said what was wrong */
                return EXIT_USAGE;
            fputs(export_usage, stderr);
            return EXIT_USAGE;
        }
    }
    if (!xapi) {
        cli_error("export needs a format: rjsim export --xapi [DIR...] (rjsim export --help)");
        return EXIT_USAGE;
    }
    if (xapi_check_home_page(x.xo.home_page, &x.err)) {
        cli_error("--home-page: %s", x.err.message);
        return EXIT_USAGE;
    }
    if (!(x.files = cli_scenarios_new())) {
        cli_error("out of memory");
        return EXIT_SOFTWARE;
    }
    if (output && !(x.out = cli_open_output(output))) {
        cli_scenarios_free(x.files);
        return EXIT_CANTCREAT;
    }
    fputs("[\n", x.out);
    rc = cli_logs_scan(&logs, argc - optind, argv + optind, write_log, &x);
    if (x.write_failed) {
        cli_error("%s", x.err.message);
        rc = EXIT_IOERR;
    }
    fputs(x.statements ? "\n]\n" : "]\n", x.out);
    if ((x.out != stdout ? fclose(x.out) : fflush(x.out)) != 0 && rc == EXIT_OK) {
        cli_error("cannot write the statements to %s; check the disk has space",
                  output ? output : "standard output");
        rc = EXIT_IOERR;
    }
    if (rc == EXIT_OK || rc == EXIT_NOINPUT) {
        cli_logs_warn(&logs, "they were left out of the export");
        if (output)
            printf("Wrote %zu statement%s from %zu session log%s to %s.\n", x.statements,
                   x.statements == 1 ? "" : "s", x.logs, x.logs == 1 ? "" : "s", output);
    }
    cli_scenarios_free(x.files);
    free(x.buf);
    cli_logs_free(&logs);
    return rc;
}
