/* record: writes a live session's log — capture it as an Attempt, pick its file name in
 * the results folder the first time (and then remove the temporary files that killed
 * sessions left there over an hour ago), and write it atomically. Shared by the text
 * player and the game so both log attempts the same way.
 * Ownership: *log_path is malloc'd on the first successful call and reused after; the
 * caller frees it. Errors: -1 with err saying what failed and what to do. */
#ifndef RJ_RECORD_H
#define RJ_RECORD_H

#include "core/attempt.h"

/* How old a leftover temporary file must be before a new session removes it. */
enum { RECORD_LEFTOVER_AGE_S = 3600 };

/* amend (may be NULL) adds what only the caller knows (a workshop's votes and flags) to
 * the captured attempt before it is written; it returns 0, or -1 when out of memory. */
int record_session(const char *results_dir, char **log_path, const Session *s, const Explorer *policy,
                   const AttemptInfo *info, int (*amend)(Attempt *, void *), void *ctx,
                   Diag *err);

#endif
