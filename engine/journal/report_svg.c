/* report_svg: small hand-written SVG charts. Sizes are in CSS pixels; each chart has a
 * viewBox and width 100% (up to its natural size), so it shrinks on narrow screens and
 * prints crisply. Colours never carry meaning alone: every bar has its number written. */
#include "report_svg.h"

#include "report_format.h"

#include <string.h>

#define INK "#1f2933"
#define GRID "#d5dbe1"
#define WEAK_LINE "#b42318"

void report_svg_text(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        default:
            if ((unsigned char)*s >= 0x20 && *s != 0x7f)
                fputc(*s, out);
            else if (*s == '\n' || *s == '\t')
                fputc(' ', out);
            break;
        }
    }
}

const char *report_svg_fill(double score)
{
    return score < REPORT_WEAK ? "#f4b4ae" : score < 70 ? "#fbe0a1" : score < 85 ? "#bfe3c0"
                                                                               : "#7cc48a";
}

static void open_svg(FILE *out, int w, int h, const char *title)
{
    fprintf(out, "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
            "style=\"max-width:%dpx\" role=\"img\" aria-label=\"", w, h, w);
    report_svg_text(out, title);
    fputs("\"><title>", out);
    report_svg_text(out, title);
    fputs("</title>\n", out);
}

/* The 0-100 axis: gridlines and labels at every 25, and the dashed "weak" line. */
static void axis(FILE *out, double x0, double x1, int top, int bottom)
{
    for (int v = 0; v <= 100; v += 25) {
        double x = x0 + (x1 - x0) * v / 100;
        fprintf(out, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"" GRID "\"/>"
                "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"tick\">%d</text>\n",
                x, top, x, bottom, x, top - 6, v);
    }
    double w = x0 + (x1 - x0) * REPORT_WEAK / 100;
    fprintf(out, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"" WEAK_LINE "\" "
            "stroke-dasharray=\"4 3\"/>\n", w, top, w, bottom);
}

void report_svg_bars(FILE *out, const SvgBar *bars, int n, const char *title)
{
    const int w = 760, row = 30, top = 28, label = 290;
    const double x0 = label + 10, x1 = w - 60;
    int h = top + row * n + 8;
    open_svg(out, w, h, title);
    axis(out, x0, x1, top, h - 8);
    for (int i = 0; i < n; i++) {
        const SvgBar *b = &bars[i];
        double y = top + row * i + row / 2.0;
        fprintf(out, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"label\">", label,
                y + 4);
        report_svg_text(out, b->label);
        fputs("</text>\n", out);
        if (!b->have) {
            fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" class=\"muted\">not measured</text>\n",
                    x0 + 6, y + 4);
            continue;
        }
        double xv = x0 + (x1 - x0) * b->value / 100, xl = x0 + (x1 - x0) * b->lo / 100;
        double xh = x0 + (x1 - x0) * b->hi / 100;
        fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"16\" fill=\"%s\" "
                "stroke=\"#8a949e\" stroke-width=\"0.5\"/>\n", x0, y - 8, xv - x0 < 1 ? 1 : xv - x0,
                report_svg_fill(b->value));
        fprintf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"" INK "\"/>"
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"" INK "\"/>"
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"" INK "\"/>\n",
                xl, y, xh, y, xl, y - 4, xl, y + 4, xh, y - 4, xh, y + 4);
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" class=\"value\">%.0f</text>\n", x1 + 8, y + 4,
                b->value);
    }
    fputs("</svg>\n", out);
}

void report_svg_histogram(FILE *out, const int bins[REPORT_BINS], const char *title)
{
    const int w = 360, h = 170, left = 34, right = 10, top = 14, base = 140;
    int max = 1;
    for (int i = 0; i < REPORT_BINS; i++)
        max = bins[i] > max ? bins[i] : max;
    double bw = (double)(w - left - right) / REPORT_BINS;
    open_svg(out, w, h, title);
    fprintf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"" INK "\"/>\n", left,
            base, w - right, base);
    fprintf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"tick\">%d</text>"
            "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"tick\">0</text>\n",
            left - 4, top + 4, max, left - 4, base);
    for (int i = 0; i < REPORT_BINS; i++) {
        double bh = (double)(base - top) * bins[i] / max, x = left + bw * i;
        if (bins[i])
            fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    "fill=\"%s\" stroke=\"#8a949e\" stroke-width=\"0.5\"/>"
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"tick\">%d</text>\n",
                    x + 1, base - bh, bw - 2, bh, report_svg_fill(i * 100.0 / REPORT_BINS + 1),
                    x + bw / 2, base - bh - 3 < top ? top + 10.0 : base - bh - 3, bins[i]);
    }
    for (int v = 0; v <= 100; v += 50)
        fprintf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"tick\">%d</text>\n",
                left + (w - left - right) * v / 100.0, base + 16, v);
    fprintf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"muted\">overall score"
            "</text>\n</svg>\n", left + (w - left - right) / 2.0, base + 28);
}

/* Roughly how wide s is at 12.5px in a sans-serif font: labels get the room they need. */
static int text_width(const char *s)
{
    int cols = 0;
    for (; s && *s; s++)
        cols += ((unsigned char)*s & 0xC0) != 0x80;
    return cols * 7 + 8;
}

void report_svg_counts(FILE *out, const ReportCount *c, int n, const char *title)
{
    const int row = 24;
    int max = 1, label = 60, w;
    for (int i = 0; i < n; i++) {
        int tw = text_width(c[i].label ? c[i].label : c[i].id);
        max = c[i].count > max ? c[i].count : max;
        label = tw > label ? tw : label;
    }
    label = label > 260 ? 260 : label;
    w = label + 200;
    open_svg(out, w, row * n + 6, title);
    for (int i = 0; i < n; i++) {
        double y = row * i + row / 2.0 + 3, bw = (w - label - 50.0) * c[i].count / max;
        fprintf(out, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"label\">", label - 8,
                y + 4);
        report_svg_text(out, c[i].label ? c[i].label : c[i].id);
        fprintf(out, "</text><rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"14\" "
                "fill=\"#9db4cf\"/><text x=\"%.1f\" y=\"%.1f\" class=\"value\">%d</text>\n",
                label, y - 7, bw < 1 ? 1 : bw, label + bw + 6, y + 4, c[i].count);
    }
    fputs("</svg>\n", out);
}

void report_svg_share(FILE *out, int part, int whole)
{
    int pct = report_format_pct(part, whole);
    fprintf(out, "<svg class=\"share\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 80 12\" "
            "width=\"80\" height=\"12\" aria-hidden=\"true\"><rect width=\"80\" height=\"12\" "
            "fill=\"#edf0f3\"/><rect width=\"%.1f\" height=\"12\" fill=\"%s\"/></svg> %d%%",
            0.8 * pct, pct > 50 ? "#d9534f" : "#e8a23b", pct);
}
