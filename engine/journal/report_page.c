/* report_page: the scenario sections and the closing "about the data" section of the HTML
 * report (report_html.c writes the rest). */
#include "report_format.h"
#include "report_svg.h"

#include <stdlib.h>
#include <string.h>

#define esc report_svg_text

static void stats_line(FILE *out, const ReportScenario *s)
{
    const ReportStats *o = &s->overall;
    fprintf(out, "<p>%d attempt%s by %d trainee%s: %d completed", s->attempts,
            s->attempts == 1 ? "" : "s", s->trainees, s->trainees == 1 ? "" : "s", s->completed);
    if (s->unfinished)
        fprintf(out, ", %d not finished", s->unfinished);
    if (s->errors)
        fprintf(out, ", %d stopped by a scenario error", s->errors);
    fputs(".", out);
    if (o->n)
        fprintf(out, " Overall score: mean <strong>%.0f</strong>, spread (sd) %.0f, lowest %.0f, "
                "highest %.0f; %d below 50.", o->mean, o->sd, o->min, o->max, o->weak);
    fputs("</p>\n", out);
    if (s->changed)
        fprintf(out, "<p class=\"warn\">%d attempt%s played on an earlier version of this "
                "scenario file: its scores and best choices are those of the version played."
                "</p>\n", s->changed, s->changed == 1 ? " was" : "s were");
}

static void principle_chart(FILE *out, const Report *r, const ReportFormat *f,
                            const ReportScenario *s)
{
    SvgBar bars[REPORT_MAX_PRINCIPLES];
    char title[512];
    int n = 0;
    for (int p = 0; p < report_principle_count(r); p++) {
        const ReportStats *st = &s->principles[p];
        if (st->n) /* only what this scenario measures */
            bars[n++] = (SvgBar){ report_format_principle(f, report_principle(r, p)->id), true,
                                  st->mean, st->min, st->max, st->n };
    }
    if (!n)
        return;
    snprintf(title, sizeof title, "Mean score per principle in %s", report_format_title(s));
    fputs("<figure>", out);
    report_svg_bars(out, bars, n, title);
    fputs("<figcaption>Mean score per principle this scenario measures (bar), with the lowest "
          "and highest (line)</figcaption></figure>\n", out);
}

static int decisions(FILE *out, const ReportFormat *f, const ReportScenario *s)
{
    fputs("<table><thead><tr><th class=\"n\">#</th><th>Decision</th><th class=\"n\">Taken</th>"
          "<th>Off the best path</th><th class=\"n\">Trainees who left it</th><th>Choices (times "
          "taken)</th></tr></thead><tbody>\n", out);
    for (int i = 0; i < s->ndecisions; i++) {
        const ReportDecision *d = &s->decisions[i];
        fprintf(out, "<tr><td class=\"n\">%d</td><td>", i + 1);
        esc(out, d->title ? d->title : d->scene_id);
        fprintf(out, "</td><td class=\"n\">%d</td><td class=\"nowrap\">", d->taken);
        if (d->rated)
            report_svg_share(out, d->off_best, d->rated);
        else
            fputs("<span class=\"muted\">unknown</span>", out);
        fprintf(out, "</td><td class=\"n\">%d of %d</td><td><ul class=\"choices\">",
                d->trainees_off, d->trainees);
        int nc;
        ReportChoice *c = report_format_choices(f, s, d, &nc);
        if (!c)
            return -1;
        for (int k = 0; k < nc; k++) {
            fputs("<li>", out);
            esc(out, c[k].text);
            fprintf(out, " <span class=\"muted\">(%d)</span>%s</li>", c[k].count,
                    c[k].best ? "<span class=\"tag\">best</span>" : "");
        }
        free(c);
        fputs("</ul></td></tr>\n", out);
    }
    fputs("</tbody></table>\n", out);
    return 0;
}

int report_page_scenarios(FILE *out, const Report *r, const ReportFormat *f, const char *idp)
{
    char title[512];
    fprintf(out, "<section id=\"%sscenarios\">\n", idp);
    fputs("<h2>Scenarios</h2>\n<p class=\"note\">For each scenario: "
          "how attempts ended and scored, then every decision in play order with the choices "
          "trainees took; <span class=\"tag\">best</span> marks the most restorative choices "
          "where they were offered.</p>\n", out);
    for (int i = 0; i < report_scenario_count(r); i++) {
        const ReportScenario *s = report_scenario(r, i);
        fputs("<article class=\"scenario\">\n<h3>", out);
        esc(out, report_format_title(s));
        fputs(" <span class=\"id\">", out);
        esc(out, s->id);
        fputs("</span></h3>\n", out);
        stats_line(out, s);
        fputs("<div class=\"charts\">\n", out);
        if (s->overall.n) {
            snprintf(title, sizeof title, "Overall scores of %s", report_format_title(s));
            fputs("<figure style=\"flex:1 1 300px;max-width:380px\">", out);
            report_svg_histogram(out, s->overall.bins, title);
            fputs("<figcaption>Overall scores of completed attempts</figcaption></figure>\n", out);
        }
        if (s->nendings) {
            snprintf(title, sizeof title, "Endings reached in %s", report_format_title(s));
            fputs("<figure style=\"flex:1 1 360px;max-width:480px\">", out);
            report_svg_counts(out, s->endings, s->nendings, title);
            fputs("<figcaption>Endings reached</figcaption></figure>\n", out);
        }
        fputs("</div>\n", out);
        principle_chart(out, r, f, s);
        if (s->nsafeguards) {
            fputs("<p><strong>Safeguards broken:</strong> ", out);
            for (int k = 0; k < s->nsafeguards; k++) {
                fputs(k ? ", " : "", out);
                esc(out, report_format_safeguard(f, s->safeguards[k].id));
                fprintf(out, " (%d&times;)", s->safeguards[k].count);
            }
            fputs("</p>\n", out);
        }
        if (decisions(out, f, s))
            return -1;
        fputs("</article>\n", out);
    }
    fputs("</section>\n", out);
    return 0;
}

static void notes(FILE *out, const char *title, const ScanNote *n, size_t count)
{
    if (!count)
        return;
    fprintf(out, "<h3>%s (%zu)</h3>\n<table><thead><tr><th>Log</th><th>What is wrong</th></tr>"
            "</thead><tbody>\n", title, count);
    for (size_t i = 0; i < count; i++) {
        size_t skip = strlen(n[i].path) + 2; /* the message starts "PATH: " */
        fputs("<tr><td>", out);
        esc(out, n[i].path);
        fputs("</td><td>", out);
        esc(out, strncmp(n[i].message, n[i].path, skip - 2) == 0 && strlen(n[i].message) >= skip
                     ? n[i].message + skip : n[i].message);
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody></table>\n", out);
}

void report_page_data(FILE *out, const Report *r, const ReportFormat *f)
{
    const ScanSummary *s = f->scan;
    (void)r;
    fputs("<section id=\"data\">\n<h2>About the data</h2>\n", out);
    if (s) {
        fprintf(out, "<p>%zu log file%s found; %zu used", s->files, s->files == 1 ? "" : "s",
                s->used);
        if (s->filtered_out)
            fprintf(out, ", %zu left out by the filter", s->filtered_out);
        fprintf(out, ", %zu could not be used.</p>\n", s->nskipped);
        notes(out, "Logs that could not be used", s->skipped, s->nskipped);
        notes(out, "Logs of a scenario file that has changed since", s->marked, s->nmarked);
    }
    fputs("<h3>How to read this report</h3>\n<ul class=\"note\">"
          "<li>Each decision a trainee takes moves their totals on the restorative principles. "
          "Every decision is compared with the other choices on offer at that moment. The overall "
          "score (0&ndash;100) says how close each decision that mattered came to the most "
          "restorative choice, each counting the same, so the most restorative choice at every "
          "decision scores 100 whatever chance does. A principle's score is the share of the points their decisions could move it by "
          "that they won; a principle they could move by less than 3 points is not measured.</li>"
          "<li>Scores come from completed attempts only; attempts stopped before an ending count "
          "as attempts.</li>"
          "<li>The <em>best path</em> is the choice, at each decision, that leads to the highest "
          "expected overall score without breaking a safeguard. &ldquo;Off the best path&rdquo; "
          "counts decisions where the trainee chose something else.</li>"
          "<li>A <em>safeguard broken</em> is a procedural protection the choice ignored, such as "
          "holding a conference without the victim's free consent.</li></ul>\n"
          "</section>\n<footer>Made by rjsim " RJSIM_VERSION ", a restorative-justice training "
          "simulator. Trainees' names and results are personal data: share this report only "
          "with those entitled to see it.</footer>\n", out);
}
