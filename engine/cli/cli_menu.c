/* cli_menu: `rjsim` with no arguments in a build without the game window: list the
 * bundled scenarios and play the one the trainee picks, in the terminal. */
#include "cli.h"

#include "script/testfile.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { MENU_MAX = 200 };

static int compare_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int cli_menu(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    const char *dir = cli_scenarios_dir();
    char *paths[MENU_MAX];
    int n = 0, rc = EXIT_NOINPUT;
    DIR *d = opendir(dir);
    if (!d) {
        cli_error("cannot open the scenarios folder '%s'; set RJSIM_SCENARIOS or run from the rjsim folder", dir);
        return EXIT_NOINPUT;
    }
    for (struct dirent *de; (de = readdir(d)) && n < MENU_MAX;) {
        size_t len = strlen(de->d_name);
        /* Scenarios only: not the rubric, not test files (script/testfile.h). */
        if (len > 4 && strcmp(de->d_name + len - 4, ".lua") == 0 && testfile_is_scenario(de->d_name)) {
            size_t need = strlen(dir) + len + 2;
            if ((paths[n] = malloc(need)))
                snprintf(paths[n++], need, "%s/%s", dir, de->d_name);
        }
    }
    closedir(d);
    if (n > 1)
        qsort(paths, (size_t)n, sizeof paths[0], compare_paths);
    printf("rjsim %s - restorative-justice practice\n\nScenarios in %s:\n", RJSIM_VERSION, cli_shown(dir));
    for (int i = 0; i < n; i++) {
        DiagList diags = {0};
        ScriptScenario *ss = script_load(paths[i], NULL, &diags);
        if (ss) {
            const ScenarioMeta *m = scenario_meta(script_scenario(ss));
            printf("  %2d. %s (%s, about %d min)\n", i + 1, m->title, m->role, m->minutes);
        } else {
            printf("  %2d. %s (has errors: run rjsim check %s)\n", i + 1, cli_shown(paths[i]), cli_shown(paths[i]));
        }
        script_free(ss);
        diag_list_free(&diags);
    }
    if (n == 0) {
        printf("  (none)\n");
        goto done;
    }
    if (!isatty(STDIN_FILENO)) {
        printf("\nPlay one with: rjsim play FILE --text\n");
        rc = EXIT_OK;
        goto done;
    }
    char line[32];
    uint64_t pick = 0;
    for (;;) {
        printf("\nPlay which (1-%d, q to quit)? ", n);
        fflush(stdout);
        if (!fgets(line, sizeof line, stdin) || line[0] == 'q') {
            rc = EXIT_OK;
            goto done;
        }
        line[strcspn(line, "\r\n")] = '\0';
        if (cli_parse_u64(line, (uint64_t)n, &pick) == 0 && pick >= 1)
            break;
    }
    char cmd[] = "play", text[] = "--text";
    char *play_argv[] = {cmd, paths[pick - 1], text, NULL};
    rc = cli_play(3, play_argv);
done:
    for (int i = 0; i < n; i++)
        free(paths[i]);
    return rc;
}
