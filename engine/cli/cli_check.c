/* cli_check: `rjsim check FILE...` loads each scenario, walks every path and reports. */
#include "cli.h"

#include "core/explorer.h"
#include "core/lint.h"

#include <getopt.h>
#include <string.h>

static const char check_usage[] =
    "Usage: rjsim check [--strict] [--rubric FILE] FILE...\n"
    "Load each scenario, walk every path, and report errors and warnings as file:line.\n"
    "Prints the reachable states, the endings reached and each principle's score range.\n"
    "Exit status: 0 when clean, 65 when a scenario has errors (or warnings, with --strict).\n";

/* Checks one file; adds to *errors and *warnings. */
static void check_one(const char *path, const char *rubric, int *errors, int *warnings)
{
    DiagList diags = {0};
    Diag err;
    diag_clear(&err);
    LoadOptions opts = {rubric, {0, 0}};
    ScriptScenario *ss = script_load(path, &opts, &diags);
    Explorer *e = NULL;
    if (ss) {
        const Scenario *sc = script_scenario(ss);
        e = explorer_run(sc, 0, &err);
        if (e)
            lint_scenario(sc, e, &diags);
        else
            diag_list_add(&diags, &err);
    }
    cli_print_diags(stdout, &diags);
    *errors += (int)diag_list_errors(&diags);
    *warnings += (int)diag_list_warnings(&diags);
    if (ss && e) {
        const Scenario *sc = script_scenario(ss);
        const Rubric *r = scenario_rubric(sc);
        int endings = 0, reached = 0, choices = 0, available = 0;
        for (int s = 0; s < scenario_scene_count(sc); s++) {
            const Scene *sp = scenario_scene(sc, s);
            endings += sp->is_ending;
            reached += sp->is_ending && explorer_scene_reached(e, s);
            for (int c = 0; c < sp->nchoices; c++)
                choices++, available += explorer_choice_reached(e, s, c);
        }
        printf("%s: %s, %zu states, %d of %d endings reached, %d of %d choices available\n", path,
               diag_list_errors(&diags) ? "errors" : "ok", explorer_state_count(e), reached, endings, available,
               choices);
        printf("  score ranges:");
        int shown = 0;
        for (int p = 0; p < rubric_principle_count(r); p++) {
            double mn, mx;
            if (explorer_range(e, p, &mn, &mx) && mx > mn)
                printf("%s %s %+g..%+g", shown++ ? "," : "", rubric_principle(r, p)->id, mn, mx);
        }
        printf("%s\n", shown ? "" : " none (no choice scores any principle)");
    } else {
        printf("%s: errors, not checked further\n", path);
    }
    explorer_free(e);
    script_free(ss);
    diag_list_free(&diags);
}

int cli_check(int argc, char **argv)
{
    static const struct option opts[] = {{"strict", no_argument, NULL, 's'}, {"rubric", required_argument, NULL, 'r'},
                                         {"help", no_argument, NULL, 'h'},  {NULL, 0, NULL, 0}};
    bool strict = false;
    const char *rubric = NULL;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (opt) {
        case 's': strict = true; break;
        case 'r': rubric = optarg; break;
        case 'h': fputs(check_usage, stdout); return EXIT_OK;
        default: fputs(check_usage, stderr); return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cli_error("check needs at least one scenario file, e.g. rjsim check scenarios/*.lua");
        return EXIT_USAGE;
    }
    int errors = 0, warnings = 0, files = 0;
    for (int i = optind; i < argc; i++) {
        /* The rubric is data for scenarios, not a scenario: skip it when a glob picks it up. */
        const char *base = strrchr(argv[i], '/');
        if (strcmp(base ? base + 1 : argv[i], "rubric.lua") == 0 && !rubric)
            continue;
        check_one(argv[i], rubric, &errors, &warnings);
        files++;
    }
    printf("Checked %d file%s: %d error%s, %d warning%s.\n", files, files == 1 ? "" : "s", errors,
           errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
    return errors || (strict && warnings) ? EXIT_DATAERR : EXIT_OK;
}
