/* cli_author: helpers of the authoring commands: the coverage report of rjsim test
 * --random / --exhaustive, timings and memory for --stats, and --at / --set parsing. */
#include "cli_author.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

double cli_clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

double cli_peak_rss_mb(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? (double)ru.ru_maxrss / 1024.0 : 0.0;
}

static void print_spread(FILE *out, const Spread *s, bool bounds)
{
    if (s->count == 0)
        fprintf(out, "%17s", "-");
    else if (bounds)
        fprintf(out, "%5.0f  %4s  %5.0f", s->min, "", s->max);
    else
        fprintf(out, "%5.0f  %4.0f  %5.0f", s->min, coverage_spread_mean(s), s->max);
}

static void print_bands(FILE *out, const Rubric *r, const CoverageEnding *e, bool bounds)
{
    int shown = 0;
    for (int b = 0; b < rubric_band_count(r) && b < COVERAGE_MAX_BANDS; b++) {
        if (!e->bands[b])
            continue;
        if (bounds)
            fprintf(out, "%s%s", shown++ ? ", " : "  possible: ", rubric_band(r, b)->id);
        else
            fprintf(out, "%s%s %ld", shown++ ? ", " : "  ", rubric_band(r, b)->id, e->bands[b]);
    }
    if (e->with_violation)
        fprintf(out, bounds ? "; a safeguard can be broken" : "; %ld broke a safeguard", e->with_violation);
    fputc('\n', out);
}

static void print_endings(FILE *out, const Scenario *sc, const Coverage *cov, bool bounds)
{
    const Rubric *r = scenario_rubric(sc);
    fprintf(out, "Endings                            %s   overall: min  mean    max\n", bounds ? "states" : " count");
    for (int s = 0; s < scenario_scene_count(sc); s++) {
        const CoverageEnding *e = coverage_ending(cov, s);
        if (!e)
            continue;
        fprintf(out, "  %-32.32s %6ld   ", scenario_scene(sc, s)->id, e->count);
        print_spread(out, &e->overall, bounds);
        if (e->count)
            print_bands(out, r, e, bounds);
        else
            fputs("  never reached\n", out);
    }
    const CoverageEnding *all = coverage_all(cov);
    fprintf(out, "Scores over all endings (0-100)              min  mean    max\n");
    fprintf(out, "  %-40s   ", "overall");
    print_spread(out, &all->overall, bounds);
    fputc('\n', out);
    for (int p = 0; p < rubric_principle_count(r) && p < SCORE_MAX_PRINCIPLES; p++) {
        fprintf(out, "  %-40.40s   ", rubric_principle(r, p)->id);
        if (all->score[p].count)
            print_spread(out, &all->score[p], bounds);
        else
            fputs("    not measured", out);
        fputc('\n', out);
    }
}

void cli_print_coverage(FILE *out, const Scenario *sc, const Coverage *cov, bool bounds, bool detail)
{
    int scenes = 0, reached = 0, choices = 0, taken = 0, missing = 0;
    print_endings(out, sc, cov, bounds);
    for (int s = 0; s < scenario_scene_count(sc); s++) {
        const Scene *sp = scenario_scene(sc, s);
        scenes++;
        reached += coverage_scene_visits(cov, s) > 0;
        for (int c = 0; c < sp->nchoices; c++)
            choices++, taken += coverage_choice_taken(cov, s, c) > 0;
    }
    fprintf(out, "Coverage: %d of %d scenes and endings %s, %d of %d choices %s\n", reached, scenes,
            bounds ? "reachable" : "reached", taken, choices, bounds ? "available" : "taken");
    for (int s = 0; s < scenario_scene_count(sc); s++) {
        const Scene *sp = scenario_scene(sc, s);
        if (!coverage_scene_visits(cov, s) && missing++ < 50)
            fprintf(out, "  never reached: %s '%s' (line %d)\n", sp->is_ending ? "ending" : "scene", sp->id, sp->line);
        for (int c = 0; c < sp->nchoices; c++)
            if (coverage_scene_visits(cov, s) && !coverage_choice_taken(cov, s, c) && missing++ < 50)
                fprintf(out, "  never %s: choice '%s' (line %d)\n", bounds ? "available" : "taken", sp->choices[c].id,
                        sp->choices[c].line);
    }
    if (missing > 50)
        fprintf(out, "  ... and %d more\n", missing - 50);
    if (!detail)
        return;
    fprintf(out, "%s per scene, then how often each choice was %s:\n", bounds ? "States" : "Visits",
            bounds ? "available" : "taken");
    for (int s = 0; s < scenario_scene_count(sc); s++) {
        const Scene *sp = scenario_scene(sc, s);
        fprintf(out, "  %8ld  %s", coverage_scene_visits(cov, s), sp->id);
        for (int c = 0; c < sp->nchoices; c++)
            fprintf(out, "%s%s %ld", c ? ", " : ": ", sp->choices[c].id, coverage_choice_taken(cov, s, c));
        fputc('\n', out);
    }
}

int cli_parse_at(const Scenario *sc, const char *id)
{
    int s = scenario_find_scene(sc, id);
    if (s >= 0)
        return s;
    cli_error("--at: no scene '%s' in %s; its scenes are:", id, scenario_meta(sc)->file);
    for (int i = 0; i < scenario_scene_count(sc); i++)
        fprintf(stderr, "  %s%s\n", scenario_scene(sc, i)->id, scenario_scene(sc, i)->is_ending ? " (ending)" : "");
    return -1;
}

int cli_parse_set(const Scenario *sc, const char *assign, VarSet *vars)
{
    const char *eq = strchr(assign, '=');
    char name[128];
    if (!eq || eq == assign || (size_t)(eq - assign) >= sizeof name) {
        cli_error("--set needs NAME=VALUE, e.g. --set counsel_advised=true, not '%s'", assign);
        return -1;
    }
    snprintf(name, sizeof name, "%.*s", (int)(eq - assign), assign);
    const char *text = eq + 1;
    int v = scenario_find_var(sc, name);
    if (v < 0) {
        cli_error("--set: '%s' is not a declared variable of %s; declared:", name, scenario_meta(sc)->file);
        for (int i = 0; i < scenario_var_count(sc); i++)
            fprintf(stderr, "  %s (%s)\n", scenario_var(sc, i)->name, value_type_name(scenario_var(sc, i)->initial.type));
        return -1;
    }
    Value val = {.type = vars->v[v].type};
    char *end;
    switch (val.type) {
    case VALUE_BOOL:
        if (strcmp(text, "true") != 0 && strcmp(text, "false") != 0) {
            cli_error("--set: '%s' is a boolean variable: give true or false, not '%s'", name, text);
            return -1;
        }
        val.as.b = strcmp(text, "true") == 0;
        break;
    case VALUE_NUMBER:
        val.as.n = strtod(text, &end);
        if (!*text || *end || val.as.n != val.as.n || val.as.n > 1e300 || val.as.n < -1e300) {
            cli_error("--set: '%s' is a number variable: give a number, not '%s'", name, text);
            return -1;
        }
        break;
    case VALUE_STRING: val.as.s = (char *)(uintptr_t)text; break;
    default: return -1;
    }
    if (varset_assign(vars, v, &val)) {
        cli_error("out of memory");
        return -1;
    }
    return 0;
}
