/* para: paragraphs of scenario text. */
#include "para.h"

#include <string.h>

static int blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

const char *para_next(const char *p, const char **start, size_t *len)
{
    while (*p && blank(*p))
        p++;
    if (!*p)
        return NULL;
    /* The paragraph ends at a newline followed by a line of only white space, or at the end. */
    const char *end = p;
    for (;;) {
        const char *nl = strchr(end, '\n');
        if (!nl) {
            end = p + strlen(p);
            break;
        }
        const char *q = nl + 1;
        while (*q == ' ' || *q == '\t' || *q == '\r')
            q++;
        if (*q == '\n' || !*q) {
            end = nl;
            break;
        }
        end = nl + 1;
    }
    const char *e = end;
    while (e > p && blank(e[-1]))
        e--;
    *start = p;
    *len = (size_t)(e - p);
    return end;
}
