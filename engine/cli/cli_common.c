/* cli_common: small helpers shared by the subcommands. */
#include "cli.h"

#include "core/utf8.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

const char *cli_progname = "rjsim";

int64_t cli_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Formats, cleans and prints one message; a message too long for the stack is cut. */
__attribute__((format(printf, 2, 0))) static void report(const char *prefix, const char *fmt, va_list ap)
{
    char msg[8192];
    vsnprintf(msg, sizeof msg, fmt, ap);
    fprintf(stderr, "%s: %s%s\n", cli_progname, prefix, utf8_clean(msg, false));
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report("", fmt, ap);
    va_end(ap);
}

void cli_warning(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report("warning: ", fmt, ap);
    va_end(ap);
}

const char *cli_shown(const char *s)
{
    static char bufs[4][4096];
    static int next;
    char *b = bufs[next];
    next = (next + 1) % 4;
    snprintf(b, sizeof bufs[0], "%s", s ? s : "");
    return utf8_clean(b, false);
}

void cli_json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(out, "\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", out);
        else if (*p == '\t')
            fputs("\\t", out);
        else if (*p < 0x20)
            fprintf(out, "\\u%04x", *p);
        else
            fputc(*p, out);
    }
    fputc('"', out);
}

void cli_print_diags(FILE *out, const DiagList *diags)
{
    char buf[DIAG_FILE_MAX + DIAG_MSG_MAX + 64];
    for (size_t i = 0; i < diags->count; i++)
        fprintf(out, "%s\n", diag_format(&diags->items[i], buf, sizeof buf));
}

ScriptScenario *cli_load(const char *path, const char *rubric_path, DiagList *diags)
{
    LoadOptions opts = {rubric_path, {0, 0}};
    ScriptScenario *ss = script_load(path, &opts, diags);
    cli_print_diags(stderr, diags);
    return ss;
}

int cli_parse_u64(const char *s, uint64_t max, uint64_t *out)
{
    char *end;
    if (!s || !*s || *s == '-')
        return -1;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v > max)
        return -1;
    *out = v;
    return 0;
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *cli_scenarios_dir(void)
{
    const char *env = getenv("RJSIM_SCENARIOS");
    if (env && *env)
        return env;
    if (is_dir("scenarios"))
        return "scenarios";
#ifdef RJSIM_DATADIR
    return RJSIM_DATADIR "/scenarios";
#else
    return "scenarios";
#endif
}
