/* report_format: a finished Report (core/report.h) written out for people and programs —
 * report_text.c (a table for a terminal), report_csv.c (one table as CSV),
 * report_json.c (everything, as JSON), report_html.c with report_svg.c (a self-contained
 * page with charts for trainers and supervisors: inline CSS and SVG, no scripts, no
 * network). What each holds is described in docs/reports.md.
 *
 * Ownership: everything in ReportFormat is borrowed for the call.
 * Errors: the writers return 0, or -1 with err saying why (out of memory, an unknown CSV
 * table, or a write error: ferror on out); what was written before stays written. */
#ifndef RJ_REPORT_FORMAT_H
#define RJ_REPORT_FORMAT_H

#include "scan.h"

#include "core/diag.h"
#include "core/report.h"
#include "core/rubric.h"

#include <stdint.h>
#include <stdio.h>

typedef struct ReportFormat {
    const Rubric *rubric;       /* names for principle and safeguard ids; NULL: ids only */
    const ScanSummary *scan;    /* logs skipped and marked; NULL: not known */
    const ScanFilter *filter;   /* the filter used, for headings; NULL: none */
    const char *const *sources; /* the folders or files read, for headings */
    int nsources;
    int64_t now_ms;             /* when the report is made, for headings; 0: left out */
    int width;                  /* text: terminal columns (below 60 counts as 60) */
    const char *table;          /* csv: "trainees" (NULL), "scenarios", "decisions",
                                   "principles" or "attempts" */
    /* The text of a choice no one took (logs only name those by id), from the scenario
     * file; NULL when unknown. May be NULL: the id is shown. Used by text and HTML. */
    const char *(*choice_text)(void *ctx, const char *scenario_id, const char *choice_id);
    void *choice_ctx;
} ReportFormat;

/* A report comes in parts, one Report per mode, so that a cohort's assessment figures are
 * never mixed with practice runs: every figure of a part (cohort statistics, trainees'
 * latest and best, scenarios) comes from its own attempts only. Parts are written in the
 * order given, each labelled with its mode: the text and HTML reports as sections, JSON as
 * "sections", CSV with a mode column. */
typedef struct ReportPart {
    const char *mode; /* "assessment", "practice" or "workshop"; NULL: every mode together
                         (rjsim report --mode all), written as "all" */
    const Report *r;
} ReportPart;

/* nparts >= 1. */
int report_text_write(FILE *out, const ReportPart *parts, int nparts, const ReportFormat *f,
                      Diag *err);
int report_csv_write(FILE *out, const ReportPart *parts, int nparts, const ReportFormat *f,
                     Diag *err);
int report_json_write(FILE *out, const ReportPart *parts, int nparts, const ReportFormat *f,
                      Diag *err);
int report_html_write(FILE *out, const ReportPart *parts, int nparts, const ReportFormat *f,
                      Diag *err);

/* Whether name is a CSV table report_csv_write knows. */
bool report_csv_has_table(const char *name);

/* ---- shared by the writers (report_format.c) ---- */

/* The principle's or safeguard's display name from the rubric, else the id itself. */
const char *report_format_principle(const ReportFormat *f, const char *id);
const char *report_format_safeguard(const ReportFormat *f, const char *id);
/* ms as "2026-11-21" (date) or "2026-11-21 09:21 UTC" (time) into buf; returns buf. */
char *report_format_date(int64_t ms, char *buf, size_t size);
char *report_format_time(int64_t ms, char *buf, size_t size);
/* "trainee Sam Lee, scenario dc-youth-metro, since 2026-01-01" or "" into buf. */
char *report_format_filter(const ReportFormat *f, char *buf, size_t size);
/* What to show for a choice: its text, else choice_text's, else its id. */
const char *report_format_choice(const ReportFormat *f, const ReportScenario *s,
                                 const ReportChoice *c);
/* d's choices as a trainee saw them: choices with the same text (variants a scenario
 * offers in different situations, under different ids) merged into one, their counts
 * added, best when any was; each text set (report_format_choice); most taken first.
 * Returns an array of *n the caller frees with free(), or NULL when out of memory. */
ReportChoice *report_format_choices(const ReportFormat *f, const ReportScenario *s,
                                    const ReportDecision *d, int *n);
/* In a list from report_format_choices: the best choice taken most often (or any best
 * one), and the choice most often taken when it was not best; NULL when none. */
const ReportChoice *report_format_best(const ReportChoice *c, int n);
const ReportChoice *report_format_miss(const ReportChoice *c, int n);
/* The scenario's display title: "Title" or its id when the logs had none. */
const char *report_format_title(const ReportScenario *s);
/* A part's mode as shown: "assessment", "practice", "workshop" or "all" (mode NULL). */
const char *report_format_mode(const ReportPart *p);
/* "Assessment attempts", "Practice attempts", "Workshop attempts" or "All attempts". */
const char *report_format_part_title(const ReportPart *p);
/* "3 attempts by 2 trainees on 1 scenario, 2026-11-18 to 2026-11-20; 4 step-backs" (the
 * step backs only when there were any) into buf; returns buf. */
char *report_format_part_line(const ReportPart *p, char *buf, size_t size);
/* 100 * part / whole rounded to a whole number; 0 when whole is 0. */
int report_format_pct(int part, int whole);

#endif
