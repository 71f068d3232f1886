/* report_svg: the charts of the HTML report as inline SVG, the HTML escaping, and the
 * parts of the page in report_page.c. Private to report_html.c, report_page.c and
 * report_svg.c. Every function writes to out and
 * cannot fail by itself: the caller checks ferror(out) once at the end. */
#ifndef RJ_REPORT_SVG_H
#define RJ_REPORT_SVG_H

#include "core/report.h"

#include <stdbool.h>
#include <stdio.h>

/* One row of a bar chart: a mean with the range around it. */
typedef struct SvgBar {
    const char *label;
    bool have;          /* false: "not measured" instead of a bar */
    double value, lo, hi;
    int tag;            /* the caller's own (an index, to find the row again after sorting) */
} SvgBar;

/* Writes s with & < > " ' escaped (and control characters dropped); NULL writes nothing. */
void report_svg_text(FILE *out, const char *s);
/* The fill colour of a 0-100 score's band (below 50, 50-69, 70-84, 85 and up). */
const char *report_svg_fill(double score);
/* A horizontal bar chart on a 0-100 axis with a dashed line at REPORT_WEAK. */
void report_svg_bars(FILE *out, const SvgBar *bars, int n, const char *title);
/* A histogram of scores in REPORT_BINS bins. */
void report_svg_histogram(FILE *out, const int bins[REPORT_BINS], const char *title);
/* Labelled counts as bars, longest first as given (e.g. endings). */
void report_svg_counts(FILE *out, const ReportCount *c, int n, const char *title);
/* A small bar showing part of whole, with the percentage written beside it. */
void report_svg_share(FILE *out, int part, int whole);

/* ---- parts of the page (report_page.c) ---- */
struct ReportFormat;
/* One section per scenario: figures, charts, and each decision's choices; idp prefixes the
 * section's id (one part of a report per mode). 0, or -1 when out of memory. */
int report_page_scenarios(FILE *out, const Report *r, const struct ReportFormat *f,
                          const char *idp);
/* About the data: logs skipped and marked, how to read the figures, and the footer. */
void report_page_data(FILE *out, const Report *r, const struct ReportFormat *f);

#endif
