/* diag: one diagnostic (error or warning with file:line) and lists of them.
 *
 * Every layer reports problems through these: a scenario load error, a Lua runtime error
 * with its traceback, a log that could not be read. Nothing here allocates except
 * diag_list_add, and all strings are copied into fixed buffers so a Diag can be passed
 * by value and outlive what produced it. */
#ifndef RJ_DIAG_H
#define RJ_DIAG_H

#include <stddef.h>

enum { DIAG_FILE_MAX = 512, DIAG_MSG_MAX = 1024, DIAG_TRACE_MAX = 2048 };

typedef enum DiagSeverity { DIAG_NONE = 0, DIAG_WARNING, DIAG_ERROR } DiagSeverity;

typedef struct Diag {
    DiagSeverity severity;      /* DIAG_NONE means "no problem recorded" */
    char file[DIAG_FILE_MAX];   /* may be empty when no file is involved */
    int line;                   /* 0 when unknown */
    char message[DIAG_MSG_MAX];
    char trace[DIAG_TRACE_MAX]; /* Lua traceback, empty when none */
} Diag;

/* Clears d to DIAG_NONE. */
void diag_clear(Diag *d);
/* Records an error; file may be NULL. Message is printf-formatted and truncated to fit. */
void diag_error(Diag *d, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void diag_warning(Diag *d, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Writes "file:line: error: message" (parts omitted when unknown) into buf, fit to be
 * shown: control characters and bytes that are not UTF-8 become '?' (in the file name,
 * newlines and tabs too). Returns buf. */
const char *diag_format(const Diag *d, char *buf, size_t size);
int diag_is_error(const Diag *d);

/* A growable list of diagnostics. Zero-initialise, then diag_list_free. */
typedef struct DiagList {
    Diag *items;
    size_t count, cap;
} DiagList;

/* Appends a copy of d. Returns 0, or -1 when out of memory (the diagnostic is dropped). */
int diag_list_add(DiagList *l, const Diag *d);
size_t diag_list_errors(const DiagList *l);
size_t diag_list_warnings(const DiagList *l);
void diag_list_free(DiagList *l);

#endif
