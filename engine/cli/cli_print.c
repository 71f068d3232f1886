/* cli_print: terminal rendering of scenes, feedback and debriefs. */
#include "cli.h"

#include "core/debrief.h"
#include "core/score.h"
#include "core/para.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

int cli_term_width(void)
{
    struct winsize ws;
    int w = 80;
    const char *cols = getenv("COLUMNS");
    if (cols && atoi(cols) > 0)
        w = atoi(cols);
    else if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        w = ws.ws_col;
    if (w > 100)
        w = 100; /* long lines are hard to read, whatever the terminal */
    return w < 40 ? 40 : w;
}

/* Display columns of n bytes of UTF-8: one per code point (continuation bytes are free). */
static int columns(const char *s, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Wraps one paragraph (single newlines count as spaces). The first line starts at
 * column `col` (text already printed); later lines are indented by `indent`. */
static void wrap_paragraph(FILE *out, const char *p, size_t len, int indent, int width, int col)
{
    int first = col;
    size_t i = 0;
    while (i < len) {
        while (i < len && (p[i] == ' ' || p[i] == '\n' || p[i] == '\t' || p[i] == '\r'))
            i++;
        size_t start = i;
        while (i < len && p[i] != ' ' && p[i] != '\n' && p[i] != '\t' && p[i] != '\r')
            i++;
        if (i == start)
            break;
        int w = columns(p + start, i - start);
        if (col > first && col + 1 + w > width) {
            fputc('\n', out);
            col = first = 0;
        }
        if (col == 0) {
            fprintf(out, "%*s", indent, "");
            col = first = indent;
        } else if (col > first) {
            fputc(' ', out);
            col++;
        }
        fwrite(p + start, 1, i - start, out);
        col += w;
    }
    if (col > 0)
        fputc('\n', out);
}

void cli_wrap(FILE *out, const char *text, int indent)
{
    cli_wrap_after(out, "", text, indent);
}

void cli_wrap_after(FILE *out, const char *prefix, const char *text, int indent)
{
    int width = cli_term_width();
    int col = 0, hang = indent;
    if (*prefix) {
        fprintf(out, "%*s%s", indent, "", prefix);
        col = hang = indent + columns(prefix, strlen(prefix));
    }
    const char *p = text, *para;
    size_t len;
    bool first = true;
    while ((p = para_next(p, &para, &len))) {
        if (!first)
            fputc('\n', out);
        wrap_paragraph(out, para, len, hang, width, col);
        first = false;
        col = 0;
    }
}

static void rule(FILE *out, char c)
{
    int w = cli_term_width();
    for (int i = 0; i < w; i++)
        fputc(c, out);
    fputc('\n', out);
}

void cli_print_scene(FILE *out, const Scenario *sc, int scene, const char *text)
{
    const Scene *s = scenario_scene(sc, scene);
    fputc('\n', out);
    rule(out, '-');
    if (s->title)
        fprintf(out, "%s%s\n\n", s->is_ending ? "ENDING: " : "", s->title);
    cli_wrap(out, text, 0);
    fputc('\n', out);
}

static void print_deltas(FILE *out, const Rubric *r, const Choice *ch)
{
    for (int i = 0; i < ch->ndeltas; i++)
        fprintf(out, "%s%s %+g", i ? ", " : "  ", rubric_principle(r, ch->deltas[i].principle)->name,
                ch->deltas[i].delta);
    if (ch->ndeltas)
        fputc('\n', out);
}

void cli_print_feedback(FILE *out, const Scenario *sc, int scene, int choice)
{
    const Choice *ch = &scenario_scene(sc, scene)->choices[choice];
    const Rubric *r = scenario_rubric(sc);
    fprintf(out, "\n  Feedback\n");
    print_deltas(out, r, ch);
    if (ch->violation >= 0)
        fprintf(out, "  SAFEGUARD BROKEN: %s\n", rubric_safeguard(r, ch->violation)->name);
    if (ch->feedback) {
        fputc('\n', out);
        cli_wrap(out, ch->feedback, 2);
    }
}

static const Choice *find_choice(const Scenario *sc, const char *id)
{
    int s, c;
    return id && scenario_find_choice(sc, id, &s, &c) == 0 ? &scenario_scene(sc, s)->choices[c] : NULL;
}

static const char *principle_name(const Rubric *r, const char *id)
{
    int p = rubric_find_principle(r, id);
    return p >= 0 ? rubric_principle(r, p)->name : id;
}

/* "3 step-backs in practice" on its own line under the overall score, when there were any:
 * going back is part of practising, and the trainee should see how often they did. */
static void print_stepbacks(FILE *out, const Attempt *a)
{
    char text[64];
    if (attempt_stepbacks_text(a, text, sizeof text)[0])
        fprintf(out, "\n%s", text);
}

void cli_print_debrief(FILE *out, const Scenario *sc, const Attempt *a)
{
    const Rubric *r = scenario_rubric(sc);
    fputc('\n', out);
    rule(out, '=');
    fprintf(out, "DEBRIEF: %s\n", a->scenario_title ? a->scenario_title : a->scenario_id);
    rule(out, '=');
    if (a->ending_id) {
        int e = scenario_find_scene(sc, a->ending_id);
        const Scene *end = scenario_scene(sc, e);
        fprintf(out, "Ending: %s\n", a->ending_title);
        if (end && (end->outcome.victim || end->outcome.accused || end->outcome.community)) {
            fprintf(out, "\nWhat it meant\n");
            if (end->outcome.victim)
                cli_wrap_after(out, "For the person harmed: ", end->outcome.victim, 2);
            if (end->outcome.accused)
                cli_wrap_after(out, "For the accused: ", end->outcome.accused, 2);
            if (end->outcome.community)
                cli_wrap_after(out, "For the community: ", end->outcome.community, 2);
        }
    } else {
        fprintf(out, "No ending reached (%s).\n", attempt_status_name(a->status));
    }
    if (a->has_error)
        fprintf(out, "\nScript error: %s:%d: %s\n", cli_shown(a->error.file), a->error.line,
                cli_shown(a->error.message));
    fprintf(out, "\nOverall: %.0f/100", a->overall);
    if (a->band_name)
        fprintf(out, " - %s", a->band_name);
    print_stepbacks(out, a);
    const char *band_note = debrief_band_note(r, a);
    if (band_note) {
        fputc('\n', out);
        cli_wrap(out, band_note, 0);
    }
    fprintf(out, "%s\n  %-38s %5s  %s\n", band_note ? "" : "\n", "Principle", "Score",
            "Total (points won of those within reach)");
    for (int i = 0; i < a->nscores; i++) {
        const AttemptScore *s = &a->scores[i];
        if (!s->measured) {
            char t[32];
            fprintf(out, "  %-38s %5s  %s\n", principle_name(r, s->principle), "-", score_format_points(s->total, t, sizeof t));
            continue;
        }
        char bar[21];
        int filled = (int)(s->score / 5 + 0.5);
        for (int k = 0; k < 20; k++)
            bar[k] = k < filled ? '#' : '.';
        bar[20] = '\0';
        char t[32], won[32], reach[32];
        fprintf(out, "  %-38s %5.0f  %s %s (%s of %s)\n", principle_name(r, s->principle), s->score, bar,
                score_format_points(s->total, t, sizeof t), score_format_amount(s->total - s->min, won, sizeof won),
                score_format_amount(s->max - s->min, reach, sizeof reach));
    }
    cli_wrap(out, "Within reach: how far your own decisions could move a principle, added up (at each, the "
                  "choice on offer that did most for it against the one that did least); the score is the share "
                  "you won. - means your decisions moved it by less than 3 "
                  "points: not measured on this path. Overall: how close each decision that mattered came to "
                  "the most restorative choice on offer, all principles weighed together, each decision "
                  "counting the same.", 2);
    char note[DEBRIEF_NOTE_MAX];
    if (debrief_chance_note(sc, a, note, sizeof note)) {
        fputc('\n', out);
        cli_wrap(out, note, 0);
    }
    if (a->nviolations) {
        fprintf(out, "\nSafeguards broken (these keep an attempt out of the top band)\n");
        for (int i = 0; i < a->nviolations; i++) {
            int sg = rubric_find_safeguard(r, a->violations[i].safeguard);
            const AttemptDecision *d = a->violations[i].decision < a->ndecisions
                                           ? &a->decisions[a->violations[i].decision] : NULL;
            char what[2048];
            snprintf(what, sizeof what, "%s, at decision %d%s%s%s",
                     sg >= 0 ? rubric_safeguard(r, sg)->name : a->violations[i].safeguard, a->violations[i].decision + 1,
                     d ? " (\"" : "", d ? d->choice_text : "", d ? "\")" : "");
            cli_wrap_after(out, "- ", what, 2);
            if (sg >= 0)
                cli_wrap(out, rubric_safeguard(r, sg)->definition, 4);
        }
    }
    fprintf(out, "\nYour decisions (and, where the most restorative path went another way, that path)\n");
    int other = 0;
    for (int i = 0; i < a->ndecisions; i++) {
        const AttemptDecision *d = &a->decisions[i];
        char num[16];
        snprintf(num, sizeof num, "%d. ", i + 1);
        cli_wrap_after(out, num, d->choice_text, 2);
        if (d->best || d->nbest == 0)
            continue;
        other++;
        const Choice *best = find_choice(sc, d->best_ids[0]);
        if (best) {
            cli_wrap_after(out, "Most restorative: ", best->text, 5);
            if (best->feedback)
                cli_wrap_after(out, "Why: ", best->feedback, 5);
        }
    }
    if (a->ndecisions && !other)
        fprintf(out, "  Every decision was on the most restorative path.\n");
    if (a->ending_id) {
        const Scene *end = scenario_scene(sc, scenario_find_scene(sc, a->ending_id));
        if (end && end->debrief) {
            fprintf(out, "\nWhat this ending teaches\n");
            cli_wrap(out, end->debrief, 2);
        }
    }
    if (scenario_figure_count(sc)) {
        fprintf(out, "\nWhat the research says\n");
        for (int i = 0; i < scenario_figure_count(sc); i++) {
            const Figure *f = scenario_figure(sc, i);
            char buf[4096];
            snprintf(buf, sizeof buf, "%s (Source: %s)", f->text, f->source);
            cli_wrap_after(out, "- ", buf, 2);
        }
    }
    fputc('\n', out);
}
