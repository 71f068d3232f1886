/* journal: an Attempt as one JSON document (docs/session-log.schema.json), written
 * atomically and read back (journal_write.c, journal_read.c; the field tables both use are
 * in journal_fields.c). Many logs at once: scan.h.
 *
 * Every key is always present: fields an Attempt may leave NULL (ended_at, scene_title,
 * violation, error.file, error.trace, ending, band, error) are written as null, and read
 * back as NULL whether null or absent. Times are ISO 8601 UTC with milliseconds.
 * The writer never produces a log the schema rejects: it checks the Attempt first (enums,
 * hashes, the UUID, ranges, indices) and reports what is wrong instead of writing it.
 * Text that is not valid UTF-8 is written with U+FFFD in place of the bad bytes.
 *
 * Errors: functions return NULL or -1 and fill err (which may be NULL) with what was wrong
 * and what to do; nothing is written or changed in that case. */
#ifndef RJ_JOURNAL_H
#define RJ_JOURNAL_H

#include "core/attempt.h"
#include "core/diag.h"

#include <stddef.h>

/* The log as formatted JSON text, schema_version first, always ATTEMPT_SCHEMA_VERSION.
 * Returns a string the caller frees with free(), or NULL when a is not valid (err names
 * the field) or memory ran out. */
char *journal_to_json(const Attempt *a, Diag *err);

/* Writes the log to path atomically: a temp file beside it (path.tmp-<pid>, mode 0600),
 * fsync, rename over path, fsync of the folder. 0 on success; -1 with err naming path and
 * the OS error, in which case the temp file is gone and any log already at path is left
 * as it was. The folder must exist (paths_mkdirs). */
int journal_write(const char *path, const Attempt *a, Diag *err);

/* Parses len bytes of JSON into out, which is overwritten (old contents are not freed).
 * 0 on success: the caller releases out with attempt_free. -1 when the text is not a log
 * this rjsim can read (invalid or truncated JSON with its line and column, a missing or
 * ill-typed field by name, a newer schema_version): out is left zeroed. */
int journal_parse(const char *json, size_t len, Attempt *out, Diag *err);

/* journal_parse on the contents of the file at path; err->file is set to path. */
int journal_read(const char *path, Attempt *out, Diag *err);

/* Why a log could not be read, for callers that treat the cases differently (a report
 * lists them by kind; the game can offer "update rjsim" for JOURNAL_NEWER). */
typedef enum JournalProblem {
    JOURNAL_OK,
    JOURNAL_UNREADABLE, /* cannot be opened or read, not a file, or far too big */
    JOURNAL_EMPTY,      /* nothing but white space */
    JOURNAL_TRUNCATED,  /* an object cut off part way: a crash or full disk while writing */
    JOURNAL_INVALID,    /* not JSON, not a log, or a field missing or of the wrong type */
    JOURNAL_NEWER,      /* from a newer schema_version than this rjsim reads */
    JOURNAL_NO_MEMORY
} JournalProblem;

/* journal_read that also sets *why (which may be NULL): JOURNAL_OK on success. */
int journal_read_why(const char *path, Attempt *out, Diag *err, JournalProblem *why);
/* "ok", "unreadable", "empty", "truncated", "invalid", "newer" or "out_of_memory": stable
 * names for machine-readable output. A static string. */
const char *journal_problem_name(JournalProblem p);

#endif
