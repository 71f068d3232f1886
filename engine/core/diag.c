/* diag: diagnostics with file:line, copied into fixed buffers. */
#include "diag.h"

#include "utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void diag_clear(Diag *d)
{
    memset(d, 0, sizeof *d);
}

static void diag_vset(Diag *d, DiagSeverity sev, const char *file, int line, const char *fmt,
                      va_list ap)
{
    diag_clear(d);
    d->severity = sev;
    if (file)
        snprintf(d->file, sizeof d->file, "%s", file);
    d->line = line;
    vsnprintf(d->message, sizeof d->message, fmt, ap);
}

void diag_error(Diag *d, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    if (!d)
        return;
    va_start(ap, fmt);
    diag_vset(d, DIAG_ERROR, file, line, fmt, ap);
    va_end(ap);
}

void diag_warning(Diag *d, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    if (!d)
        return;
    va_start(ap, fmt);
    diag_vset(d, DIAG_WARNING, file, line, fmt, ap);
    va_end(ap);
}

const char *diag_format(const Diag *d, char *buf, size_t size)
{
    const char *sev = d->severity == DIAG_WARNING ? "warning" : "error";
    char file[DIAG_FILE_MAX];
    /* What is formatted is shown: a file name is the user's and may hold escape sequences
     * or a newline (a forged line), and a message may quote one. */
    memcpy(file, d->file, sizeof file);
    file[sizeof file - 1] = '\0';
    utf8_clean(file, false);
    if (size == 0)
        return buf;
    if (file[0] && d->line > 0)
        snprintf(buf, size, "%s:%d: %s: %s", file, d->line, sev, d->message);
    else if (file[0])
        snprintf(buf, size, "%s: %s: %s", file, sev, d->message);
    else
        snprintf(buf, size, "%s: %s", sev, d->message);
    return utf8_clean(buf, true);
}

int diag_is_error(const Diag *d)
{
    return d && d->severity == DIAG_ERROR;
}

int diag_list_add(DiagList *l, const Diag *d)
{
    if (l->count == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 8;
        Diag *n = realloc(l->items, ncap * sizeof *n);
        if (!n)
            return -1;
        l->items = n;
        l->cap = ncap;
    }
    l->items[l->count++] = *d;
    return 0;
}

static size_t diag_list_count(const DiagList *l, DiagSeverity sev)
{
    size_t n = 0;
    for (size_t i = 0; i < l->count; i++)
        n += l->items[i].severity == sev;
    return n;
}

size_t diag_list_errors(const DiagList *l)
{
    return diag_list_count(l, DIAG_ERROR);
}

size_t diag_list_warnings(const DiagList *l)
{
    return diag_list_count(l, DIAG_WARNING);
}

void diag_list_free(DiagList *l)
{
    free(l->items);
    memset(l, 0, sizeof *l);
}
