/* record: capture, name and write a session log. */
#include "record.h"

#include "journal.h"
#include "paths.h"

#include <stdlib.h>

int record_session(const char *results_dir, char **log_path, const Session *s, const Explorer *policy,
                   const AttemptInfo *info, int (*amend)(Attempt *, void *), void *ctx,
                   Diag *err)
{
    Attempt a;
    int rc = -1;
    if (attempt_capture(&a, s, policy, info) || (amend && amend(&a, ctx))) {
        diag_error(err, NULL, 0, "out of memory while recording the session");
        goto done;
    }
    if (!*log_path) {
        if (!(*log_path = paths_log_path(results_dir, &a))) {
            diag_error(err, NULL, 0, "out of memory while naming the session log");
            goto done;
        }
        /* A session's first write tidies what killed sessions left in the folder. */
        paths_remove_leftovers(results_dir, RECORD_LEFTOVER_AGE_S);
    }
    rc = journal_write(*log_path, &a, err);
done:
    attempt_free(&a);
    return rc;
}
