/* utf8: strict UTF-8 decoding, shared by everything that must tell valid text from bytes:
 * the log writer (which replaces bad bytes), the log reader (which refuses them), the
 * sandbox (which cleans what a scenario's code says) and the command line (which cleans
 * file names before they reach a terminal). Strict as JSON readers such as Python's are:
 * no overlong forms, surrogates or code points past U+10FFFF.
 * No allocation, no errors beyond the return value. */
#ifndef RJ_UTF8_H
#define RJ_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* The length (1-4) of the valid sequence at s, reading at most avail bytes (SIZE_MAX for a
 * NUL-terminated string: a NUL is never a continuation byte, so decoding stops there), and
 * its code point in *cp when cp is not NULL. Returns 0 when the bytes at s are not a valid
 * sequence, or are cut off by avail; *cp is then unchanged. avail must be at least 1. */
size_t utf8_decode(const char *s, size_t avail, unsigned long *cp);

/* Replaces, in place, each control character of the NUL-terminated s (C0, DEL, and C1,
 * U+0080-U+009F) and each byte that is not valid UTF-8 with '?'; tab and newline are kept
 * when keep_breaks is true. Text from a scenario file, and file names, reach terminals,
 * where an escape sequence could rewrite the screen or set the clipboard, and logs, which
 * must be valid UTF-8. Returns s. */
char *utf8_clean(char *s, bool keep_breaks);

#endif
