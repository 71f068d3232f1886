/* report_html: the report as one self-contained web page for trainers and supervisors:
 * inline CSS and SVG charts (report_svg.c), no scripts, no fonts or images to fetch (a
 * Content-Security-Policy says so to the browser), laid out to print on A4. Every text
 * from a log is escaped. */
#include "report_format.h"

#include "report_svg.h"

#include <stdlib.h>
#include <string.h>

#define esc report_svg_text

static const char style[] =
    "<style>\n"
    ":root{--ink:#1f2933;--muted:#5f6b76;--line:#d5dbe1;--band:#f4f6f8;--accent:#234e70}\n"
    "*{box-sizing:border-box}\n"
    "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',"
    "sans-serif;color:var(--ink);margin:0 auto;max-width:1080px;padding:24px 32px 48px}\n"
    "h1{font-size:26px;margin:0 0 4px;color:var(--accent)}\n"
    "h2{font-size:20px;margin:36px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--accent);"
    "color:var(--accent)}\n"
    "h3{font-size:17px;margin:0 0 6px}\n"
    ".meta,.note,.muted{color:var(--muted)}\n.meta{margin:2px 0}\n.note{font-size:13px}\n"
    "nav{margin:14px 0;font-size:14px}nav a{margin-right:14px;color:var(--accent)}\n"
    "table{border-collapse:collapse;width:100%;margin:8px 0 4px;font-size:13.5px}\n"
    "th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;"
    "vertical-align:top}\n"
    "th{background:var(--band);font-weight:600}\n"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;width:1%}\n"
    "td.n{white-space:nowrap}\n"
    "td.score{text-align:center;font-variant-numeric:tabular-nums;min-width:38px}\n"
    "td.name{white-space:nowrap}td.nowrap{white-space:nowrap}td.small{font-size:12.5px}\n"
    ".first{border-left:3px solid #fff}\n"
    "th.v{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;"
    "vertical-align:bottom;text-align:left;font-weight:500;padding:6px 4px}\n"
    "th.c{text-align:center;vertical-align:bottom}\n"
    ".findings li{margin:4px 0}\n"
    ".cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}\n"
    ".card{border:1px solid var(--line);border-radius:6px;padding:10px 14px;min-width:150px;"
    "background:var(--band)}\n.card b{display:block;font-size:24px;color:var(--accent)}\n"
    ".scenario{border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:16px 0}\n"
    ".scenario .id{font-weight:400;color:var(--muted);font-size:14px}\n"
    ".charts{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}\n"
    "figure{margin:6px 0}figcaption{font-size:13px;color:var(--muted)}\n"
    "svg.chart{width:100%;height:auto;font-family:inherit}\n"
    "svg .label{font-size:12.5px;fill:#1f2933}svg .tick{font-size:11px;fill:#5f6b76}\n"
    "svg .value{font-size:12px;font-weight:600;fill:#1f2933}svg .muted{font-size:12px;"
    "fill:#5f6b76}\n"
    "svg.share{vertical-align:middle}\n"
    "ul.choices{margin:0;padding-left:18px}ul.choices li{margin:1px 0}\n"
    ".tag{display:inline-block;font-size:11px;border-radius:3px;"
    "padding:0 4px;margin-left:4px;background:#dfe9f3;color:#234e70}\n"
    ".warn{background:#fdf1e7;border-left:4px solid #e8a23b;padding:6px 10px;margin:8px 0}\n"
    ".legend span{display:inline-block;padding:1px 8px;margin-right:6px;border-radius:3px;"
    "font-size:12px}\n"
    "footer{margin-top:40px;font-size:12.5px;color:var(--muted);border-top:1px solid "
    "var(--line);padding-top:8px}\n"
    "@page{size:A4;margin:14mm}\n"
    "@media print{body{padding:0;max-width:none;font-size:12px}nav{display:none}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    ".scenario,figure,tr{break-inside:avoid}h2,h3{break-after:avoid}}\n"
    "h1.part{border-top:3px solid #333;margin-top:2em;padding-top:.4em}\n"
    "</style>\n";

typedef struct Html {
    FILE *out;
    const ReportFormat *f;
    const Report *r;
    bool oom;
    const char *idp; /* prefix of the part's section ids ("assessment-"), so ids stay unique */
} Html;

static void score_cell(Html *h, const ReportMark *m, bool best, bool first)
{
    const char *cls = first ? "score first" : "score";
    if (!m || !m->scored) {
        fprintf(h->out, "<td class=\"%s muted\">&ndash;</td>", cls);
        return;
    }
    double v = best ? m->best : m->latest;
    fprintf(h->out, "<td class=\"%s\" style=\"background:%s\">%.0f</td>", cls,
            report_svg_fill(v), v);
}

static void legend(Html *h)
{
    fprintf(h->out, "<p class=\"legend note\">Cells: <span style=\"background:%s\">below 50"
            "</span><span style=\"background:%s\">50&ndash;69</span><span style=\"background:"
            "%s\">70&ndash;84</span><span style=\"background:%s\">85 and above</span> &ndash; "
            "not scored yet</p>\n", report_svg_fill(0), report_svg_fill(60),
            report_svg_fill(75), report_svg_fill(90));
}

/* The whole report's attempts and dates, over every part. */
static ReportTotals all_totals(const ReportPart *parts, int nparts)
{
    ReportTotals t = { 0 };
    for (int i = 0; i < nparts; i++) {
        ReportTotals x = report_totals(parts[i].r);
        if (x.attempts && (!t.attempts || x.first_ms < t.first_ms))
            t.first_ms = x.first_ms;
        if (x.attempts && (!t.attempts || x.last_ms > t.last_ms))
            t.last_ms = x.last_ms;
        t.attempts += x.attempts;
    }
    return t;
}

static void head(Html *h, const ReportPart *parts, int nparts, bool labelled)
{
    ReportTotals t = labelled ? all_totals(parts, nparts) : report_totals(h->r);
    const ScanSummary *s = h->f->scan;
    char d1[32], d2[32], now[40], filter[512];
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'\">\n<meta name=\"generator\" content=\"rjsim "
          RJSIM_VERSION "\">\n<title>Training report", h->out);
    if (t.attempts)
        fprintf(h->out, ", %s to %s", report_format_date(t.first_ms, d1, sizeof d1),
                report_format_date(t.last_ms, d2, sizeof d2));
    fputs("</title>\n", h->out);
    fputs(style, h->out);
    fputs("</head>\n<body>\n<header>\n<h1>Restorative-justice training: results</h1>\n",
          h->out);
    if (labelled) { /* trainees and scenarios may be in several parts: count attempts */
        fputs("<p class=\"meta\">", h->out);
        for (int i = 0; i < nparts; i++) {
            int k = report_totals(parts[i].r).attempts;
            fprintf(h->out, "%s%d %s attempt%s", i ? ", " : "", k, report_format_mode(&parts[i]),
                    k == 1 ? "" : "s");
        }
    } else {
        fprintf(h->out, "<p class=\"meta\">%d attempt%s by %d trainee%s on %d scenario%s",
                t.attempts, t.attempts == 1 ? "" : "s", t.trainees, t.trainees == 1 ? "" : "s",
                t.scenarios, t.scenarios == 1 ? "" : "s");
    }
    if (t.attempts && strcmp(d1, d2) != 0)
        fprintf(h->out, ", played from %s to %s", d1, d2);
    else if (t.attempts)
        fprintf(h->out, ", played on %s", d1);
    fputs(".</p>\n", h->out);
    if (report_format_filter(h->f, filter, sizeof filter)[0]) {
        fputs("<p class=\"meta\">Only ", h->out);
        esc(h->out, filter);
        fputs(".</p>\n", h->out);
    }
    fputs("<p class=\"meta\">", h->out);
    if (h->f->now_ms)
        fprintf(h->out, "Made %s by rjsim " RJSIM_VERSION " from ",
                report_format_time(h->f->now_ms, now, sizeof now));
    else
        fputs("Made by rjsim " RJSIM_VERSION " from ", h->out);
    for (int i = 0; i < h->f->nsources; i++) {
        fputs(i ? ", " : "", h->out);
        esc(h->out, h->f->sources[i]);
    }
    if (s)
        fprintf(h->out, ": %zu log%s used, %zu could not be used%s", s->used,
                s->used == 1 ? "" : "s", s->nskipped, s->nskipped ? " (listed at the end)" : "");
    fputs(".</p>\n</header>\n", h->out);
    if (labelled) {
        fputs("<nav>", h->out);
        for (int i = 0; i < nparts; i++)
            fprintf(h->out, "<a href=\"#part-%s\">%s</a>", report_format_mode(&parts[i]),
                    report_format_part_title(&parts[i]));
        fputs("<a href=\"#data\">About the data</a></nav>\n", h->out);
    } else if (t.attempts) /* the sections exist only then */
        fputs("<nav><a href=\"#findings\">Key findings</a><a href=\"#principles\">Principles</a>"
              "<a href=\"#hard\">Hardest decisions</a><a href=\"#trainees\">Trainees</a>"
              "<a href=\"#practice\">Who practised what</a><a href=\"#scenarios\">Scenarios</a>"
              "<a href=\"#data\">About the data</a></nav>\n", h->out);
}

static const ReportPrinciple *weakest(const Report *r)
{
    const ReportPrinciple *w = NULL;
    for (int i = 0; i < report_principle_count(r); i++) {
        const ReportPrinciple *p = report_principle(r, i);
        if (p->stats.n && (!w || p->stats.mean < w->stats.mean))
            w = p;
    }
    return w;
}

static void findings(Html *h)
{
    ReportTotals t = report_totals(h->r);
    const ReportPrinciple *w = weakest(h->r);
    ReportRef ref;
    int nhard = report_hard_decisions(h->r, &ref, 1), broken = 0, unfinished = 0;
    for (int i = 0; i < report_trainee_count(h->r); i++)
        broken += report_trainee(h->r, i)->violations;
    for (int i = 0; i < report_scenario_count(h->r); i++)
        unfinished += report_scenario(h->r, i)->unfinished + report_scenario(h->r, i)->errors;
    fprintf(h->out, "<section id=\"%sfindings\">\n", h->idp);
    fputs("<h2>Key findings</h2>\n<div class=\"cards\">", h->out);
    fprintf(h->out, "<div class=\"card\"><b>%d</b>trainee%s</div><div class=\"card\"><b>%d</b>"
            "attempt%s, %d completed</div><div class=\"card\"><b>%d</b>scenario%s</div>"
            "<div class=\"card\"><b>%d</b>safeguard%s broken</div></div>\n<ul class=\"findings\">",
            t.trainees, t.trainees == 1 ? "" : "s", t.attempts, t.attempts == 1 ? "" : "s",
            t.completed, t.scenarios, t.scenarios == 1 ? "" : "s", broken, broken == 1 ? "" : "s");
    if (t.stepbacks) /* how often trainees went back, in practice */
        fprintf(h->out, "<div class=\"cards\"><div class=\"card\"><b>%d</b>step-back%s</div>"
                "</div>\n", t.stepbacks, t.stepbacks == 1 ? "" : "s");
    if (w) {
        fputs("<li><strong>Weakest principle:</strong> ", h->out);
        esc(h->out, report_format_principle(h->f, w->id));
        fprintf(h->out, ", mean %.0f over %d completed attempt%s; %d (%d%%) below %d.</li>\n",
                w->stats.mean, w->stats.n, w->stats.n == 1 ? "" : "s", w->stats.weak,
                report_format_pct(w->stats.weak, w->stats.n), REPORT_WEAK);
    }
    if (nhard) {
        const ReportScenario *s = report_scenario(h->r, ref.scenario);
        const ReportDecision *d = &s->decisions[ref.decision];
        fputs("<li><strong>Hardest decision:</strong> &ldquo;", h->out);
        esc(h->out, d->title ? d->title : d->scene_id);
        fputs("&rdquo; in <em>", h->out);
        esc(h->out, report_format_title(s));
        fprintf(h->out, "</em>: %d of %d trainees left the best path there. %d decision%s "
                "where most trainees did are listed below.</li>\n", d->trainees_off,
                d->trainees, nhard, nhard == 1 ? "" : "s");
    }
    if (unfinished)
        fprintf(h->out, "<li><strong>Not finished:</strong> %d attempt%s stopped before an "
                "ending; they count as attempts but not in the scores.</li>\n", unfinished,
                unfinished == 1 ? "" : "s");
    if (t.changed)
        fprintf(h->out, "<li><strong>Changed scenarios:</strong> %d attempt%s played on an "
                "earlier version of a scenario file (listed at the end).</li>\n", t.changed,
                t.changed == 1 ? " was" : "s were");
    if (!t.attempts)
        fputs("<li>No attempts to report: no session logs were found, or none matched.</li>\n",
              h->out);
    fputs("</ul>\n</section>\n", h->out);
}

static int by_mean(const void *x, const void *y)
{
    const SvgBar *a = x, *b = y;
    if (a->have != b->have)
        return a->have ? -1 : 1;
    return a->value < b->value ? -1 : a->value > b->value;
}

static void principles(Html *h)
{
    int n = report_principle_count(h->r);
    SvgBar bars[REPORT_MAX_PRINCIPLES];
    for (int i = 0; i < n; i++) {
        const ReportPrinciple *p = report_principle(h->r, i);
        bars[i] = (SvgBar){ report_format_principle(h->f, p->id), p->stats.n > 0,
                            p->stats.mean, p->stats.min, p->stats.max, i };
    }
    qsort(bars, (size_t)n, sizeof *bars, by_mean);
    fprintf(h->out, "<section id=\"%sprinciples\">\n", h->idp);
    fputs("<h2>Principles across the cohort</h2>\n<p class=\"note\">"
          "The mean score of completed attempts on each principle, weakest first. The bar is "
          "the mean, the thin line runs from the lowest score to the highest, and the dashed "
          "line marks 50: below it, a trainee won less than half of what their decisions "
          "could win on it.</p>\n", h->out);
    report_svg_bars(h->out, bars, n, "Mean score per principle, weakest first");
    fputs("<table><thead><tr><th>Principle</th><th class=\"n\">Attempts</th><th class=\"n\">"
          "Mean</th><th class=\"n\">Spread (sd)</th><th class=\"n\">Lowest</th><th class=\"n\">"
          "Highest</th><th class=\"n\">Attempts below 50</th><th class=\"n\">Trainees below 50 "
          "(latest)</th></tr></thead><tbody>\n", h->out);
    for (int k = 0; k < n; k++) {
        const ReportPrinciple *p = report_principle(h->r, bars[k].tag);
        const ReportStats *s = &p->stats;
        fputs("<tr><td>", h->out);
        esc(h->out, bars[k].label);
        if (!s->n) {
            fputs("</td><td class=\"n\">0</td><td colspan=\"6\" class=\"muted\">not measured by "
                  "the scenarios played</td></tr>\n", h->out);
            continue;
        }
        fprintf(h->out, "</td><td class=\"n\">%d</td><td class=\"n\">%.1f</td><td class=\"n\">"
                "%.1f</td><td class=\"n\">%.0f</td><td class=\"n\">%.0f</td><td class=\"n\">%d "
                "(%d%%)</td><td class=\"n\">%d of %d</td></tr>\n", s->n, s->mean, s->sd, s->min,
                s->max, s->weak, report_format_pct(s->weak, s->n), p->trainees_weak,
                p->trainees);
    }
    fputs("</tbody></table>\n</section>\n", h->out);
}

static void hard(Html *h)
{
    enum { MAX = 20 };
    ReportRef refs[MAX];
    int n = report_hard_decisions(h->r, refs, MAX);
    fprintf(h->out, "<section id=\"%shard\">\n", h->idp);
    fputs("<h2>Decisions where most trainees leave the best path</h2>\n"
          "<p class=\"note\">Every decision where more than half the trainees who reached it "
          "took a less restorative choice at least once, the most missed first.</p>\n", h->out);
    if (!n) {
        fputs("<p>None: at every decision, at least half the trainees kept to the best path."
              "</p>\n</section>\n", h->out);
        return;
    }
    fputs("<table><thead><tr><th>Scenario</th><th>Decision</th><th class=\"n\">Trainees who "
          "left it</th><th>Share of decisions off the path</th><th>Most restorative choice</th>"
          "<th>Taken instead, most often</th></tr></thead><tbody>\n", h->out);
    for (int i = 0; i < n && i < MAX; i++) {
        const ReportScenario *s = report_scenario(h->r, refs[i].scenario);
        const ReportDecision *d = &s->decisions[refs[i].decision];
        int nc;
        ReportChoice *c = report_format_choices(h->f, s, d, &nc);
        const ReportChoice *best = report_format_best(c, nc), *miss = report_format_miss(c, nc);
        h->oom |= !c;
        fputs("<tr><td>", h->out);
        esc(h->out, report_format_title(s));
        fputs("</td><td>", h->out);
        esc(h->out, d->title ? d->title : d->scene_id);
        fprintf(h->out, "</td><td class=\"n\">%d of %d</td><td class=\"nowrap\">",
                d->trainees_off, d->trainees);
        report_svg_share(h->out, d->off_best, d->rated);
        fputs("</td><td>", h->out);
        if (best)
            esc(h->out, best->text);
        fputs("</td><td>", h->out);
        if (miss) {
            esc(h->out, miss->text);
            fprintf(h->out, " <span class=\"muted\">(%d&times;)</span>", miss->off_best);
        }
        fputs("</td></tr>\n", h->out);
        free(c);
    }
    fputs("</tbody></table>\n", h->out);
    if (n > MAX)
        fprintf(h->out, "<p class=\"note\">&hellip; and %d more; rjsim report --json lists them "
                "all.</p>\n", n - MAX);
    fputs("</section>\n", h->out);
}

static void trainees(Html *h)
{
    int np = report_principle_count(h->r), ns = report_scenario_count(h->r);
    fprintf(h->out, "<section id=\"%strainees\">\n", h->idp);
    fputs("<h2>Trainees</h2>\n<p class=\"note\">Scores are from each "
          "trainee's completed attempts: the overall score of their latest and of their best, "
          "and the latest score on each principle.</p>\n", h->out);
    legend(h);
    fputs("<table><thead><tr><th>Trainee</th><th class=\"n\">Attempts</th><th class=\"n\">"
          "Completed</th><th class=\"n\">Scenarios done</th><th class=\"v\">Overall: latest"
          "</th><th class=\"v\">Overall: best</th>", h->out);
    for (int p = 0; p < np; p++) {
        fputs(p ? "<th class=\"v\">" : "<th class=\"v first\">", h->out);
        esc(h->out, report_format_principle(h->f, report_principle(h->r, p)->id));
        fputs("</th>", h->out);
    }
    fputs("<th style=\"min-width:240px\">Safeguards broken</th></tr></thead><tbody>\n", h->out);
    for (int i = 0; i < report_trainee_count(h->r); i++) {
        const ReportTrainee *t = report_trainee(h->r, i);
        fputs("<tr><td class=\"name\">", h->out);
        esc(h->out, t->name);
        fprintf(h->out, "</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">"
                "%d of %d</td>", t->attempts, t->completed, t->scenarios_done, ns);
        score_cell(h, &t->overall, false, false);
        score_cell(h, &t->overall, true, false);
        for (int p = 0; p < np; p++) /* a rule between the overall and principle columns */
            score_cell(h, &t->principles[p], false, p == 0);
        fputs("<td class=\"small\">", h->out);
        for (int k = 0; k < t->nsafeguards; k++) {
            fputs(k ? ", " : "", h->out);
            esc(h->out, report_format_safeguard(h->f, t->safeguards[k].id));
            if (t->safeguards[k].count > 1)
                fprintf(h->out, " (%d&times;)", t->safeguards[k].count);
        }
        fputs(t->nsafeguards ? "</td></tr>\n" : "none</td></tr>\n", h->out);
    }
    fputs("</tbody></table>\n</section>\n", h->out);
}

static void practice(Html *h)
{
    int ns = report_scenario_count(h->r);
    fprintf(h->out, "<section id=\"%spractice\">\n", h->idp);
    fputs("<h2>Who practised what</h2>\n<p class=\"note\">Attempts "
          "at each scenario and the best overall score among them (&ndash;: not tried; "
          "&ldquo;not finished&rdquo;: tried, never completed).</p>\n<table><thead><tr>"
          "<th>Trainee</th>", h->out);
    for (int s = 0; s < ns; s++) {
        fputs("<th class=\"c\">", h->out);
        esc(h->out, report_format_title(report_scenario(h->r, s)));
        fputs("</th>", h->out);
    }
    fputs("</tr></thead><tbody>\n", h->out);
    for (int i = 0; i < report_trainee_count(h->r); i++) {
        fputs("<tr><td class=\"name\">", h->out);
        esc(h->out, report_trainee(h->r, i)->name);
        fputs("</td>", h->out);
        for (int s = 0; s < ns; s++) {
            const ReportCell *c = report_cell(h->r, i, s);
            if (!c)
                fputs("<td class=\"score muted\">&ndash;</td>", h->out);
            else if (!c->overall.scored)
                fprintf(h->out, "<td class=\"score muted\">%d&times;, not finished</td>",
                        c->attempts);
            else
                fprintf(h->out, "<td class=\"score\" style=\"background:%s\">%d&times;, best "
                        "%.0f</td>", report_svg_fill(c->overall.best), c->attempts,
                        c->overall.best);
        }
        fputs("</tr>\n", h->out);
    }
    fputs("</tbody></table>\n</section>\n", h->out);
}

/* One part: a heading that says which attempts it holds, then its sections. */
static void part(Html *h, const ReportPart *p, bool labelled)
{
    char line[512], idp[32];
    h->r = p->r;
    snprintf(idp, sizeof idp, "%s-", report_format_mode(p));
    h->idp = labelled ? idp : "";
    if (labelled) {
        fprintf(h->out, "<h1 class=\"part\" id=\"part-%s\">%s</h1>\n<p class=\"meta\">",
                report_format_mode(p), report_format_part_title(p));
        esc(h->out, report_format_part_line(p, line, sizeof line));
        fputs(p->mode && !strcmp(p->mode, "practice")
                  ? ". Practice runs: feedback after each choice and steps back allowed; none of "
                    "these figures is mixed into the assessment figures.</p>\n"
                  : ".</p>\n", h->out);
    }
    if (labelled && report_attempt_count(h->r) == 0)
        return;
    findings(h);
    if (report_attempt_count(h->r) > 0) {
        principles(h);
        hard(h);
        trainees(h);
        practice(h);
        h->oom |= report_page_scenarios(h->out, h->r, h->f, h->idp) != 0;
    }
}

int report_html_write(FILE *out, const ReportPart *parts, int nparts, const ReportFormat *f,
                      Diag *err)
{
    static const ReportFormat none = { 0 };
    Html h = { out, f ? f : &none, parts[0].r, false, "" };
    bool labelled = nparts > 1 || parts[0].mode;
    head(&h, parts, nparts, labelled);
    for (int i = 0; i < nparts; i++)
        part(&h, &parts[i], labelled);
    report_page_data(out, parts[0].r, h.f);
    fputs("</body>\n</html>\n", out);
    if (h.oom)
        diag_error(err, NULL, 0, "out of memory while writing the report");
    else if (fflush(out) != 0 || ferror(out))
        diag_error(err, NULL, 0, "cannot write the report; check the disk has space");
    return h.oom || ferror(out) ? -1 : 0;
}
