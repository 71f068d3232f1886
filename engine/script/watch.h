/* watch: tells when files change on disk, for live reload: the game and the text player
 * watch the scenario they play (and its rubric) and reload it when the author saves.
 *
 * It watches each file's folder with inotify for IN_CLOSE_WRITE (a file written and
 * closed) and IN_MOVED_TO (a file renamed into place: most editors save by writing a
 * temporary file and renaming it over the original, which a watch on the file itself
 * would lose). Nothing blocks: watch_fd is a descriptor to poll (or to hand to an event
 * loop; it becomes readable when something happened in a watched folder), and
 * watch_changed drains what happened and says whether a watched file was among it.
 *
 * Ownership: watch_new returns a Watch the caller frees with watch_free (which closes the
 * descriptor). Paths are copied.
 * Errors: watch_new and watch_add return NULL / -1 and fill err (e.g. no inotify on this
 * system, or a folder that cannot be watched); the caller can then simply play without
 * live reload. */
#ifndef RJ_WATCH_H
#define RJ_WATCH_H

#include "core/diag.h"

#include <stdbool.h>

typedef struct Watch Watch;

Watch *watch_new(Diag *err);
void watch_free(Watch *w);
/* Watches one file (through its folder). Several files, in one folder or more, may be
 * watched. 0 or -1. */
int watch_add(Watch *w, const char *path, Diag *err);
/* A non-blocking descriptor that becomes readable when a watched folder changes. */
int watch_fd(const Watch *w);
/* Reads every pending event without blocking; true when a watched file was written or
 * replaced since the last call (also when the kernel dropped events: reload to be safe). */
bool watch_changed(Watch *w);

#endif
