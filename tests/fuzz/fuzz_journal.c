/* fuzz_journal: the input as a session log (journal_parse). A log that reads must write
 * back (journal_to_json) as valid UTF-8 and read again to the same text, so a second write
 * gives the same bytes: the round trip is stable after one pass. What reads is then fed to
 * what consumes logs: a trainers' report in every format and the xAPI export.
 *
 * The bytes are passed as libFuzzer gives them, in a buffer of exactly their size with no
 * NUL after it, so AddressSanitizer catches a read past the length journal_parse was given. */
#include "fuzz_util.h"

#include "core/report.h"
#include "journal/journal.h"
#include "journal/report_format.h"
#include "journal/xapi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*Writer)(FILE *, const ReportPart *, int, const ReportFormat *, Diag *);

/* Runs a writer into memory; returns the text (caller frees) or NULL when it failed. */
static char *written(Writer w, const Report *r, const ReportFormat *f, size_t *len)
{
    char *text = NULL;
    Diag err;
    FILE *out = open_memstream(&text, len);
    if (!out)
        fuzz_util_fail("open_memstream", NULL);
    diag_clear(&err);
    ReportPart parts[2] = {{"assessment", r}, {"practice", r}}; /* labelled parts too */
    int rc = w(out, parts, 2, f, &err);
    fclose(out);
    if (rc) {
        free(text);
        return NULL;
    }
    return text;
}

static void check_json_text(const char *what, const char *text, size_t len)
{
    if (!fuzz_util_valid_utf8(text, len))
        fuzz_util_fail(what, "wrote JSON that is not valid UTF-8");
}

static void reports(const Attempt *a, const Attempt *copy)
{
    static const char *const tables[] = {"trainees", "scenarios", "decisions", "principles", "attempts"};
    Report *r = report_new();
    size_t len;
    char *text;
    if (!r)
        fuzz_util_fail("report_new", "out of memory");
    if (report_add(r, a, "fuzz.json", 0) != 0)
        fuzz_util_fail("report_add", "refused the first attempt");
    if (report_add(r, copy, "copy.json", 0) != 1)
        fuzz_util_fail("report_add", "did not drop a copy of the same session");
    if (report_finish(r))
        fuzz_util_fail("report_finish", "out of memory");
    ReportFormat f = {.now_ms = 1767225600000LL, .width = 20};
    if (!(text = written(report_text_write, r, &f, &len)))
        fuzz_util_fail("report_text_write", "failed");
    free(text);
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        f.table = tables[i];
        if (!(text = written(report_csv_write, r, &f, &len)))
            fuzz_util_fail("report_csv_write", tables[i]);
        free(text);
    }
    f.table = NULL;
    if (!(text = written(report_json_write, r, &f, &len)))
        fuzz_util_fail("report_json_write", "failed");
    check_json_text("report_json_write", text, len);
    free(text);
    if (!(text = written(report_html_write, r, &f, &len)))
        fuzz_util_fail("report_html_write", "failed");
    free(text);
    report_free(r);
}

static void xapi(const Attempt *a)
{
    char *text = NULL;
    size_t len = 0, count = 0;
    Diag err;
    XapiOptions o = {NULL, false, NULL, NULL};
    FILE *out = open_memstream(&text, &len);
    if (!out)
        fuzz_util_fail("open_memstream", NULL);
    diag_clear(&err);
    int rc = xapi_write(out, a, &o, &count, &err);
    fclose(out);
    if (rc)
        fuzz_util_fail("xapi_write", err.message);
    check_json_text("xapi_write", text, len);
    free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Attempt a, b;
    Diag err;
    char *json = NULL, *again = NULL;
    diag_clear(&err);
    if (journal_parse((const char *)data, size, &a, &err) != 0) {
        if (!diag_is_error(&err))
            fuzz_util_fail("journal_parse", "failed without saying why");
        return 0;
    }
    if (!(json = journal_to_json(&a, &err)))
        fuzz_util_fail("journal_to_json refused a log journal_parse accepted", err.message);
    check_json_text("journal_to_json", json, strlen(json));
    if (journal_parse(json, strlen(json), &b, &err) != 0)
        fuzz_util_fail("journal_parse refused what journal_to_json wrote", err.message);
    if (!(again = journal_to_json(&b, &err)))
        fuzz_util_fail("journal_to_json refused its own log read back", err.message);
    if (strcmp(json, again) != 0) {
        fprintf(stderr, "first write:\n%s\nsecond write:\n%s\n", json, again);
        fuzz_util_fail("the round trip is not stable", "the log changed on reading it back");
    }
    reports(&a, &b);
    xapi(&a);
    free(json);
    free(again);
    attempt_free(&a);
    attempt_free(&b);
    return 0;
}
