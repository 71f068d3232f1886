/* cli_graph: `rjsim graph SCENARIO`: the branching as Graphviz DOT: scenes as nodes with
 * their titles, choices as labelled edges, endings and choices that break a safeguard
 * marked, the most restorative path in bold, and what no path reaches greyed and dashed.
 * --svg FILE pipes the DOT into Graphviz's `dot` when it is installed. */
#include "cli_author.h"

#include "core/explorer.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum { EXIT_UNAVAILABLE = 69, LABEL_WIDTH = 28, LABEL_MAX = 90, PATH_MAX_STEPS = 256 };

extern char **environ;

static const char graph_usage[] =
    "Usage: rjsim graph [--svg FILE] [-o FILE] [--rubric FILE] SCENARIO\n"
    "Print the scenario's branching as a Graphviz DOT graph: scenes as boxes with their\n"
    "titles, endings as double octagons, choices as edges labelled with their position,\n"
    "text and score; choices that break a safeguard in red; the most restorative path in\n"
    "bold green; scenes and choices no path reaches grey and dashed.\n"
    "\n"
    "  --svg FILE     draw it as SVG with Graphviz's dot (apt-get install graphviz)\n"
    "  -o FILE        write the DOT to FILE instead of standard output\n"
    "  --rubric FILE  rubric to use (default: rubric.lua beside the scenario)\n";

/* Writes s as the inside of a DOT string, cut to max characters and wrapped at spaces. */
static void dot_text(FILE *out, const char *s, int max)
{
    int col = 0, n = 0;
    for (const char *p = s ? s : ""; *p; p++, n++) {
        if (n >= max) {
            fputs("...", out);
            return;
        }
        if ((*p == ' ' || *p == '\n') && col >= LABEL_WIDTH) {
            fputs("\\n", out);
            col = 0;
            continue;
        }
        if (*p == '"' || *p == '\\')
            fputc('\\', out);
        fputc(*p == '\n' ? ' ' : *p, out);
        /* Count characters, not UTF-8 continuation bytes. */
        col += ((unsigned char)*p & 0xC0) != 0x80;
    }
}

static bool on_best_path(const PathStep *path, int n, int scene, int choice)
{
    for (int i = 0; i < n; i++)
        if (path[i].scene == scene && path[i].choice == choice)
            return true;
    return false;
}

static void write_choice(FILE *out, const Scenario *sc, const Explorer *e, int s, int c, const PathStep *best,
                         int nbest)
{
    const Scene *sp = scenario_scene(sc, s);
    const Choice *ch = &sp->choices[c];
    const Rubric *r = scenario_rubric(sc);
    bool reached = !e || explorer_choice_reached(e, s, c);
    double wsum = 0;
    for (int t = 0; t < ch->ntargets; t++)
        wsum += ch->targets[t].weight;
    for (int t = 0; t < ch->ntargets; t++) {
        fprintf(out, "  \"%s\" -> \"%s\" [label=\"%d. ", sp->id, scenario_scene(sc, ch->targets[t].scene)->id, c + 1);
        dot_text(out, ch->text, LABEL_MAX);
        if (ch->ntargets > 1)
            fprintf(out, "\\n(chance %.0f%%)", wsum > 0 ? 100.0 * ch->targets[t].weight / wsum : 0.0);
        /* In the rubric's order: the file's table order is not kept (Lua tables have none). */
        for (int p = 0, shown = 0; p < rubric_principle_count(r); p++)
            for (int d = 0; d < ch->ndeltas; d++)
                if (ch->deltas[d].principle == p)
                    fprintf(out, "%s%s %+g", shown++ ? ", " : "\\n", rubric_principle(r, p)->id, ch->deltas[d].delta);
        if (ch->violation >= 0)
            fprintf(out, "\\nBREAKS %s", rubric_safeguard(r, ch->violation)->id);
        fprintf(out, "\", tooltip=\"%s\"", ch->id);
        if (!reached)
            fputs(", style=dashed, color=\"#aaaaaa\", fontcolor=\"#aaaaaa\"", out);
        else if (ch->violation >= 0)
            fputs(", color=\"#c0392b\", fontcolor=\"#c0392b\", penwidth=2", out);
        else if (on_best_path(best, nbest, s, c))
            fputs(", color=\"#1e8449\", fontcolor=\"#1e8449\", penwidth=3", out);
        fputs("];\n", out);
    }
}

static void write_dot(FILE *out, const Scenario *sc, const Explorer *e)
{
    const ScenarioMeta *m = scenario_meta(sc);
    PathStep best[PATH_MAX_STEPS];
    int ending = -1, nbest = e ? explorer_best_path(e, best, PATH_MAX_STEPS, &ending) : 0;
    fprintf(out, "digraph \"%s\" {\n", m->id);
    fputs("  graph [rankdir=TB, labelloc=t, fontname=\"Helvetica\", label=\"", out);
    dot_text(out, m->title, 200);
    fprintf(out, " (%s, version %d)\\nbold green: the most restorative path; red: breaks a safeguard; "
                 "grey dashed: never reached\"];\n",
            m->id, m->version);
    fputs("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\", "
          "fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=8];\n",
          out);
    for (int s = 0; s < scenario_scene_count(sc); s++) {
        const Scene *sp = scenario_scene(sc, s);
        bool reached = !e || explorer_scene_reached(e, s);
        fprintf(out, "  \"%s\" [label=\"%s%s", sp->id, sp->is_ending ? "ENDING: " : "", sp->id);
        if (sp->title) {
            fputs("\\n", out);
            dot_text(out, sp->title, LABEL_MAX);
        }
        if (!reached)
            fputs("\\n(never reached)", out);
        fputc('"', out);
        if (sp->is_ending)
            fprintf(out, ", shape=doubleoctagon, fillcolor=\"%s\"", s == ending ? "#c8f0c8" : "#e8f4e8");
        if (s == m->start)
            fputs(", penwidth=3, fillcolor=\"#dde8fb\"", out);
        if (!reached)
            fputs(", style=\"rounded,filled,dashed\", color=\"#aaaaaa\", fontcolor=\"#999999\", fillcolor=\"#f4f4f4\"",
                  out);
        fputs("];\n", out);
    }
    for (int s = 0; s < scenario_scene_count(sc); s++)
        for (int c = 0; c < scenario_scene(sc, s)->nchoices; c++)
            write_choice(out, sc, e, s, c, best, nbest);
    fputs("}\n", out);
}

/* Whether an executable `dot` is on PATH. Asked before spawning because a failed exec is
 * reported differently by different libcs and tools (under valgrind the forked child exits
 * with valgrind's own code), so "not installed" must not depend on it. */
static bool dot_on_path(void)
{
    const char *path = getenv("PATH");
    if (!path || !*path)
        path = "/usr/local/bin:/usr/bin:/bin";
    char dir[4096];
    while (*path) {
        size_t n = strcspn(path, ":");
        if (n > 0 && n < sizeof dir - 5) {
            memcpy(dir, path, n);
            memcpy(dir + n, "/dot", 5);
            if (access(dir, X_OK) == 0)
                return true;
        }
        path += n;
        if (*path == ':')
            path++;
    }
    return false;
}

/* Pipes the DOT into `dot -Tsvg -o svg`. Returns an exit status after printing any problem. */
static int render_svg(const Scenario *sc, const Explorer *e, const char *svg)
{
    int fds[2];
    pid_t pid;
    posix_spawn_file_actions_t fa;
    char *argv[] = {(char *)(uintptr_t) "dot", (char *)(uintptr_t) "-Tsvg", (char *)(uintptr_t) "-o",
                    (char *)(uintptr_t)svg, NULL};
    static const char not_installed[] =
        "--svg needs Graphviz's dot, which is not installed. Install it with: sudo apt-get install graphviz "
        "(scripts/install-deps.sh does), or write the DOT with rjsim graph SCENARIO > graph.dot and open it in any "
        "Graphviz viewer";
    if (!dot_on_path()) {
        cli_error("%s", not_installed);
        return EXIT_UNAVAILABLE;
    }
    if (pipe(fds)) {
        cli_error("cannot start Graphviz: %s", strerror(errno));
        return EXIT_SOFTWARE;
    }
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[0], STDIN_FILENO);
    posix_spawn_file_actions_addclose(&fa, fds[1]);
    int err = posix_spawnp(&pid, "dot", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fds[0]);
    if (err) {
        close(fds[1]);
        if (err == ENOENT) {
            cli_error("%s", not_installed);
            return EXIT_UNAVAILABLE;
        }
        cli_error("cannot run Graphviz's dot: %s", strerror(err));
        return EXIT_SOFTWARE;
    }
    /* dot may exit early (a bad output path): a write to the closed pipe must fail, not kill us. */
    void (*old)(int) = signal(SIGPIPE, SIG_IGN);
    FILE *out = fdopen(fds[1], "w");
    if (out) {
        write_dot(out, sc, e);
        fclose(out);
    } else {
        close(fds[1]);
    }
    signal(SIGPIPE, old);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    /* Where the spawn cannot report a failed exec (some libcs, and under valgrind), the child
     * exits 127, the shell's "command not found". */
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
        cli_error("%s", not_installed);
        return EXIT_UNAVAILABLE;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        cli_error("Graphviz's dot could not write '%s' (its message is above); check that the folder exists and is "
                  "writable", svg);
        return EXIT_CANTCREAT;
    }
    printf("Wrote %s\n", svg);
    return EXIT_OK;
}

int cli_graph(int argc, char **argv)
{
    static const struct option opts[] = {{"svg", required_argument, NULL, 's'}, {"rubric", required_argument, NULL, 'r'},
                                         {"help", no_argument, NULL, 'h'},    {NULL, 0, NULL, 0}};
    const char *svg = NULL, *rubric = NULL, *dot = NULL;
    int opt, rc = EXIT_USAGE;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "ho:", opts, NULL)) != -1) {
        switch (opt) {
        case 's': svg = optarg; break;
        case 'o': dot = optarg; break;
        case 'r': rubric = optarg; break;
        case 'h': fputs(graph_usage, stdout); return EXIT_OK;
        default: fputs(graph_usage, stderr); return EXIT_USAGE;
        }
    }
    if (optind != argc - 1) {
        cli_error("graph needs one scenario file, e.g. rjsim graph scenarios/dc-youth-metro.lua > graph.dot");
        return EXIT_USAGE;
    }
    DiagList diags = {0};
    Diag err;
    diag_clear(&err);
    ScriptScenario *ss = cli_load(argv[optind], rubric, &diags);
    Explorer *e = NULL;
    if (!ss) {
        rc = access(argv[optind], R_OK) ? EXIT_NOINPUT : EXIT_DATAERR;
        goto done;
    }
    const Scenario *sc = script_scenario(ss);
    if (!(e = explorer_run(sc, 0, &err))) {
        char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
        cli_warning("%s", diag_format(&err, buf, sizeof buf));
        fputs("(the graph shows every scene and choice, without what is reachable)\n", stderr);
    }
    if (svg) {
        rc = render_svg(sc, e, svg);
    } else if (dot) {
        FILE *out = fopen(dot, "w");
        if (!out) {
            cli_error("cannot write '%s': %s", dot, strerror(errno));
            rc = EXIT_CANTCREAT;
            goto done;
        }
        write_dot(out, sc, e);
        rc = fclose(out) ? EXIT_IOERR : EXIT_OK;
    } else {
        write_dot(stdout, sc, e);
        rc = EXIT_OK;
    }
done:
    explorer_free(e);
    script_free(ss);
    diag_list_free(&diags);
    return rc;
}
