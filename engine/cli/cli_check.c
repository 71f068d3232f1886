/* cli_check: `rjsim check FILE...`, the scenario linter. Loads each scenario, walks every
 * reachable state, runs every check of core/lint.h, and reports file:line diagnostics
 * grouped per file with a summary line, as text or (--json) as one JSON document. */
#include "cli.h"
#include "cli_author.h"

#include "core/audit.h"
#include "core/explorer.h"
#include "core/lint.h"
#include "script/testfile.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static const char check_usage[] =
    "Usage: rjsim check [--strict] [--json] [--stats] [--decisions] [--rubric FILE] FILE...\n"
    "Load each scenario, walk every path, and report errors and warnings as file:line:\n"
    "load errors, dead ends, loops with no way out, parts never reached, variables never\n"
    "read or never set, principles scored but never varied, choices without feedback,\n"
    "endings without a debrief, scenes too long for one screen, and paths on which no\n"
    "decision changes the score. Then the reachable states, the endings reached and each\n"
    "principle's score range. rubric.lua and test files (*.test.lua) are skipped.\n"
    "\n"
    "Then the authoring audit (its warnings start \"audit:\"): how often the most restorative\n"
    "choice is also the longest, shortest, first, last, most punctuated or richest in\n"
    "restorative-sounding words, against picking blindly; the real trade-offs; choices that\n"
    "break a safeguard yet raise a score; endings most poor choices reach at once. Scenarios\n"
    "with fewer than 8 decisions are measured but not judged (docs/authoring.md).\n"
    "\n"
    "  --strict       warnings fail too, audit warnings included (exit 65)\n"
    "  --json         print the same as one JSON document, for editors and tools\n"
    "  --stats        also print how long each step took and the memory used\n"
    "  --decisions    also list each decision's choices with their credit: 1 for the best, 0\n"
    "                 for one that gives up all the decision puts at stake, below 0.5 a\n"
    "                 serious mistake (docs/architecture.md, \"Scoring\")\n"
    "  --rubric FILE  rubric to check against (default: rubric.lua beside each scenario)\n"
    "\n"
    "Exit status: 0 when clean, 65 when a scenario has errors (or warnings, with --strict).\n";

typedef struct Report {
    const char *path;
    DiagList diags;
    DiagList audit; /* the audit's warnings, counted apart from the checker's */
    AuditReport rep;
    bool explored;
    size_t states;
    int endings, reached, choices, available;
    double load_ms, explore_ms, lint_ms;
    size_t explorer_bytes, lua_peak;
    const Rubric *rubric;       /* borrowed while the scenario is alive */
    double range_min[64], range_max[64];
    bool ranged[64];
    int nprinciples;
    const char *principle_ids[64]; /* borrowed, valid while printing (see check_one) */
} Report;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static const char *status_of(const Report *r)
{
    return diag_list_errors(&r->diags) ? "errors" : diag_list_warnings(&r->diags) ? "warnings" : "ok";
}

/* The audit's figures, on one line after the score ranges. */
static void print_audit_text(const AuditReport *a)
{
    printf("  audit: %d decision%s%s; the best choice is", a->decisions, a->decisions == 1 ? "" : "s",
           a->decisions < AUDIT_MIN_DECISIONS ? " (too few to judge)" : "");
    for (int c = 0; c < CUE_COUNT; c++)
        printf("%s %s %.0f%%%s", c ? "," : "", cue_name((Cue)c), a->rate[c] * 100, a->flagged[c] ? " (!)" : "");
    printf(" (picking blindly %.0f%%, flagged above %.0f%%); %d trade-off%s (%d costly best, %d close call%s); "
           "%d of %d poor choices end the case at once\n",
           a->chance * 100, a->threshold * 100, a->tradeoffs, a->tradeoffs == 1 ? "" : "s", a->costly, a->close,
           a->close == 1 ? "" : "s", a->one_strike, a->poor);
}

static void print_text(const Report *r, bool stats)
{
    cli_print_diags(stdout, &r->diags);
    cli_print_diags(stdout, &r->audit);
    size_t ne = diag_list_errors(&r->diags), nw = diag_list_warnings(&r->diags);
    if (!r->explored) {
        printf("%s: errors, not checked further\n", cli_shown(r->path));
        return;
    }
    char status[64] = "ok";
    if (ne || nw)
        snprintf(status, sizeof status, "%zu error%s, %zu warning%s", ne, ne == 1 ? "" : "s", nw, nw == 1 ? "" : "s");
    size_t na = diag_list_warnings(&r->audit);
    if (na)
        snprintf(status + strlen(status), sizeof status - strlen(status), ", %zu audit warning%s", na,
                 na == 1 ? "" : "s");
    printf("%s: %s, %zu states, %d of %d endings reached, %d of %d choices available\n", cli_shown(r->path), status, r->states,
           r->reached, r->endings, r->available, r->choices);
    printf("  score ranges:");
    int shown = 0;
    for (int p = 0; p < r->nprinciples; p++)
        if (r->ranged[p])
            printf("%s %s %+g..%+g", shown++ ? "," : "", r->principle_ids[p], r->range_min[p], r->range_max[p]);
    printf("%s\n", shown ? "" : " none (no choice scores any principle)");
    print_audit_text(&r->rep);
    if (stats)
        printf("  stats: load %.1f ms, explore %.1f ms (%.0f states per second), checks %.1f ms; "
               "explorer %.1f MB, Lua %.1f MB\n",
               r->load_ms, r->explore_ms, r->explore_ms > 0 ? (double)r->states / (r->explore_ms / 1e3) : 0.0,
               r->lint_ms, (double)r->explorer_bytes / 1048576.0, (double)r->lua_peak / 1048576.0);
}

static void print_json(const Report *r, bool stats, bool first)
{
    printf("%s\n    {\"file\": ", first ? "" : ",");
    cli_json_string(stdout, r->path);
    printf(", \"status\": \"%s\", \"explored\": %s,\n     \"diagnostics\": [", status_of(r),
           r->explored ? "true" : "false");
    for (size_t i = 0; i < r->diags.count + r->audit.count; i++) {
        bool audit = i >= r->diags.count;
        const Diag *d = audit ? &r->audit.items[i - r->diags.count] : &r->diags.items[i];
        printf("%s\n       {\"file\": ", i ? "," : "");
        cli_json_string(stdout, d->file);
        printf(", \"line\": %d, \"severity\": \"%s\", \"category\": \"%s\", \"message\": ", d->line,
               d->severity == DIAG_ERROR ? "error" : "warning", audit ? "audit" : "check");
        cli_json_string(stdout, d->message);
        putchar('}');
    }
    printf("]");
    if (r->explored) {
        printf(",\n     \"states\": %zu, \"endings\": {\"reached\": %d, \"total\": %d}, "
               "\"choices\": {\"available\": %d, \"total\": %d},\n     \"ranges\": {",
               r->states, r->reached, r->endings, r->available, r->choices);
        int shown = 0;
        for (int p = 0; p < r->nprinciples; p++)
            if (r->ranged[p])
                printf("%s\"%s\": {\"min\": %g, \"max\": %g}", shown++ ? ", " : "", r->principle_ids[p],
                       r->range_min[p], r->range_max[p]);
        const AuditReport *a = &r->rep;
        printf("},\n     \"audit\": {\"decisions\": %d, \"judged\": %s, \"chance\": %.4f, \"threshold\": %.4f, "
               "\"cues\": {",
               a->decisions, a->decisions >= AUDIT_MIN_DECISIONS ? "true" : "false", a->chance, a->threshold);
        for (int c = 0; c < CUE_COUNT; c++)
            printf("%s\"%s\": {\"rate\": %.4f, \"flagged\": %s}", c ? ", " : "", cue_name((Cue)c), a->rate[c],
                   a->flagged[c] ? "true" : "false");
        printf("},\n       \"tradeoffs\": %d, \"costly_best\": %d, \"close_calls\": %d, \"raising_breaches\": %d, "
               "\"poor_choices\": %d, \"one_strike\": %d}",
               a->tradeoffs, a->costly, a->close, a->raising_breaches, a->poor, a->one_strike);
    }
    if (stats)
        printf(",\n     \"stats\": {\"load_ms\": %.3f, \"explore_ms\": %.3f, \"checks_ms\": %.3f, "
               "\"explorer_bytes\": %zu, \"lua_peak_bytes\": %zu}",
               r->load_ms, r->explore_ms, r->lint_ms, r->explorer_bytes, r->lua_peak);
    printf("}");
}

/* Loads, explores and lints one file into r, then prints it. */
static void check_one(Report *r, const char *rubric, bool json, bool stats, bool decisions, bool first)
{
    Diag err;
    diag_clear(&err);
    LoadOptions opts = {rubric, {0, 0}};
    double t0 = now_ms();
    ScriptScenario *ss = script_load(r->path, &opts, &r->diags);
    Explorer *e = NULL;
    bool *reads = NULL, *writes = NULL;
    r->load_ms = now_ms() - t0;
    if (ss) {
        const Scenario *sc = script_scenario(ss);
        t0 = now_ms();
        e = explorer_run(sc, 0, &err);
        r->explore_ms = now_ms() - t0;
        if (!e)
            diag_list_add(&r->diags, &err);
    }
    if (e) {
        const Scenario *sc = script_scenario(ss);
        int nvars = scenario_var_count(sc);
        reads = calloc((size_t)nvars + 1, sizeof *reads);
        writes = calloc((size_t)nvars + 1, sizeof *writes);
        for (int v = 0; reads && writes && v < nvars; v++)
            script_var_usage(ss, v, &reads[v], &writes[v]);
        LintInput in = {reads && writes ? reads : NULL, reads && writes ? writes : NULL, 0};
        t0 = now_ms();
        if (lint_scenario(sc, e, &in, &r->diags) < 0) {
            diag_error(&err, r->path, 0, "out of memory while checking the scenario");
            diag_list_add(&r->diags, &err);
        }
        if (audit_scenario(sc, e, &r->rep, &r->audit) < 0) {
            diag_error(&err, r->path, 0, "out of memory while auditing the scenario");
            diag_list_add(&r->diags, &err);
        }
        r->lint_ms = now_ms() - t0;
        r->explored = true;
        r->states = explorer_state_count(e);
        r->explorer_bytes = explorer_bytes(e);
        r->lua_peak = script_memory_peak(ss);
        for (int s = 0; s < scenario_scene_count(sc); s++) {
            const Scene *sp = scenario_scene(sc, s);
            r->endings += sp->is_ending;
            r->reached += sp->is_ending && explorer_scene_reached(e, s);
            for (int c = 0; c < sp->nchoices; c++)
                r->choices++, r->available += explorer_choice_reached(e, s, c);
        }
        const Rubric *rb = scenario_rubric(sc);
        r->nprinciples = rubric_principle_count(rb) < 64 ? rubric_principle_count(rb) : 64;
        for (int p = 0; p < r->nprinciples; p++) {
            r->principle_ids[p] = rubric_principle(rb, p)->id;
            r->ranged[p] = explorer_range(e, p, &r->range_min[p], &r->range_max[p]) && r->range_max[p] > r->range_min[p];
        }
    }
    /* Printed while the scenario (which owns the principle ids) is alive. */
    if (json)
        print_json(r, stats, first);
    else
        print_text(r, stats);
    if (decisions && e && !json && cli_print_decisions(script_scenario(ss), e))
        cli_error("out of memory while listing the decisions");
    free(reads);
    free(writes);
    explorer_free(e);
    script_free(ss);
}

static double peak_rss_mb(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? (double)ru.ru_maxrss / 1024.0 : 0.0;
}

int cli_check(int argc, char **argv)
{
    static const struct option opts[] = {{"strict", no_argument, NULL, 's'}, {"rubric", required_argument, NULL, 'r'},
                                         {"json", no_argument, NULL, 'j'},   {"stats", no_argument, NULL, 'S'},
                                         {"decisions", no_argument, NULL, 'd'},
                                         {"help", no_argument, NULL, 'h'},   {NULL, 0, NULL, 0}};
    bool strict = false, json = false, stats = false, decisions = false;
    const char *rubric = NULL;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (opt) {
        case 's': strict = true; break;
        case 'r': rubric = optarg; break;
        case 'j': json = true; break;
        case 'S': stats = true; break;
        case 'd': decisions = true; break;
        case 'h': fputs(check_usage, stdout); return EXIT_OK;
        default: fputs(check_usage, stderr); return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cli_error("check needs at least one scenario file, e.g. rjsim check scenarios/*.lua");
        return EXIT_USAGE;
    }
    size_t errors = 0, warnings = 0, audit = 0;
    int files = 0;
    if (json)
        printf("{\"files\": [");
    for (int i = optind; i < argc; i++) {
        /* The rubric and test files sit beside scenarios; skip them when a glob picks them up. */
        if (!rubric && !testfile_is_scenario(argv[i]))
            continue;
        Report r;
        memset(&r, 0, sizeof r);
        r.path = argv[i];
        check_one(&r, rubric, json, stats, decisions, files == 0);
        errors += diag_list_errors(&r.diags);
        warnings += diag_list_warnings(&r.diags);
        audit += diag_list_warnings(&r.audit);
        diag_list_free(&r.diags);
        diag_list_free(&r.audit);
        files++;
    }
    if (files == 0 && !json) {
        cli_error("no scenario among the files given: rubric.lua and test files (*.test.lua) are not checked "
                  "themselves; give scenarios, e.g. rjsim check scenarios/*.lua (rjsim test checks test files)");
        return EXIT_USAGE;
    }
    if (json) {
        printf("],\n \"summary\": {\"files\": %d, \"errors\": %zu, \"warnings\": %zu, \"audit_warnings\": %zu", files,
               errors, warnings, audit);
        if (stats)
            printf(", \"peak_memory_mb\": %.1f", peak_rss_mb());
        printf("}}\n");
    } else {
        printf("Checked %d file%s: %zu error%s, %zu warning%s.\n", files, files == 1 ? "" : "s", errors,
               errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        if (audit)
            printf("Audit: %zu warning%s (--strict fails on them too; see docs/authoring.md, \"The authoring audit\").\n",
                   audit, audit == 1 ? "" : "s");
        if (stats)
            printf("Peak memory: %.1f MB\n", peak_rss_mb());
    }
    return errors || (strict && (warnings || audit)) ? EXIT_DATAERR : EXIT_OK;
}
