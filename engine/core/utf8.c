/* utf8: see utf8.h. */
#include "utf8.h"

#include <stdint.h>

size_t utf8_decode(const char *s, size_t avail, unsigned long *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned long c = u[0], min;
    size_t n;
    if (c < 0x80) {
        n = 1, min = 0;
    } else if (c >= 0xc2 && c <= 0xdf) {
        n = 2, min = 0x80;
    } else if ((c & 0xf0) == 0xe0) {
        n = 3, min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4, min = 0x10000;
    } else {
        return 0;
    }
    if (n > avail)
        return 0;
    c &= n == 1 ? 0x7fu : 0x3fu >> (n - 1);
    for (size_t i = 1; i < n; i++) {
        if ((u[i] & 0xc0) != 0x80)
            return 0;
        c = c << 6 | (u[i] & 0x3fu);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
        return 0;
    if (cp)
        *cp = c;
    return n;
}

char *utf8_clean(char *s, bool keep_breaks)
{
    char *out = s;
    const char *p = s;
    while (*p) {
        unsigned long cp = 0;
        size_t n = utf8_decode(p, SIZE_MAX, &cp);
        bool brk = cp == '\n' || cp == '\t';
        bool control = (cp < 0x20 && !(brk && keep_breaks)) || (cp >= 0x7f && cp <= 0x9f);
        if (n == 0 || control) {
            *out++ = '?';
            p += n ? n : 1;
        } else if (out == p) { /* nothing replaced yet: the text stays where it is */
            out += n, p += n;
        } else {
            while (n--)
                *out++ = *p++;
        }
    }
    *out = '\0';
    return s;
}
