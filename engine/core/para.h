/* para: splits scenario text into paragraphs, as both players show it: a blank line (a line
 * of only spaces or tabs counts) ends a paragraph; single newlines are just spaces inside
 * one. No allocation, no errors. */
#ifndef RJ_PARA_H
#define RJ_PARA_H

#include <stddef.h>

/* Finds the next paragraph at or after p: sets *start and *len (leading and trailing white
 * space trimmed) and returns where to continue, or NULL when no paragraph is left. */
const char *para_next(const char *p, const char **start, size_t *len);

#endif
