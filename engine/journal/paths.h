/* paths: where session logs go and what they are called, and the file-system work around
 * them: mkdir -p, atomic writes, reading a whole file, fresh session ids and seeds.
 *
 * Logs hold trainees' names and results, so folders are created 0700 and files 0600
 * (less any umask); a folder that already exists keeps its mode.
 * Errors: functions return NULL or -1 and fill err (which may be NULL) with the path, the
 * OS error and what to do. Functions without err fail only when out of memory (NULL). */
#ifndef RJ_PATHS_H
#define RJ_PATHS_H

#include "core/attempt.h"
#include "core/diag.h"

#include <stddef.h>
#include <stdint.h>

/* The results folder: flag_value (from --results) when not NULL, else $RJSIM_RESULTS, else
 * $XDG_DATA_HOME/rjsim/results (when set, non-empty and absolute, as the XDG spec asks),
 * else $HOME/.local/share/rjsim/results. Not created here (see paths_mkdirs).
 * Returns a string the caller frees with free(); NULL when flag_value is empty or nothing
 * gives a folder (HOME unset), or out of memory. */
char *paths_results_dir(const char *flag_value, Diag *err);

/* mkdir -p: creates dir and any missing parents with mode 0700. 0 when dir exists as a
 * folder afterwards; -1 naming the part that could not be created and why. */
int paths_mkdirs(const char *dir, Diag *err);

/* A file-name-safe form of any text: ASCII letters, digits, '-' and '_' are kept; every
 * other byte (space, '.', '/', control characters, each byte of a non-ASCII letter)
 * becomes '_'; runs of '_' collapse to one; leading '_' and '-' (which a shell would read
 * as an option) and trailing '_' are trimmed; at most max bytes (max 0 counts as 1); never
 * empty ("anonymous", cut to max), so never "." or "..". s may be NULL (as "").
 * Returns a string the caller frees with free(); NULL only when out of memory. */
char *paths_safe_name(const char *s, size_t max);

/* results_dir/<YYYYmmddTHHMMSSZ>-<trainee>-<scenario id>-<session id, 8 chars>.json, from
 * a->started_ms in UTC and paths_safe_name forms of the texts (trainee and scenario id at
 * most 40 bytes each). Returns a string the caller frees with free(); NULL when out of
 * memory. */
char *paths_log_path(const char *results_dir, const Attempt *a);

/* Writes len bytes to path atomically: into path.tmp-<pid> in the same folder, fsync,
 * rename over path, fsync of the folder. On failure the temp file is removed, whatever
 * was at path is untouched, and err says "cannot write results to PATH: OS error; choose
 * another results folder with --results DIR". 0 or -1. */
int paths_write_atomic(const char *path, const char *data, size_t len, Diag *err);

/* Removes the temporary files ("*.json.tmp-<digits>", regular files) that writes
 * interrupted by a kill or a power cut left in dir, if their last change is more than
 * min_age_s seconds old: no write takes that long, so none belongs to a writer still at
 * work, on this machine or another sharing the folder. Best effort: a folder that cannot be
 * read or a file that cannot be removed is skipped. Returns how many were removed. */
int paths_remove_leftovers(const char *dir, long min_age_s);

/* The whole file at path, NUL-terminated, its length (without the NUL) in *len. Refuses
 * files over max bytes. Returns a buffer the caller frees with free(), or NULL with err
 * (file = path) saying why. */
char *paths_read_file(const char *path, size_t max, size_t *len, Diag *err);

/* A random (version 4) UUID in lowercase, e.g. "3f2b8c1a-9d4e-4f60-8a7b-1c2d3e4f5a6b",
 * from /dev/urandom. 0, or -1 when /dev/urandom cannot be read. */
int paths_new_uuid(char out[37], Diag *err);

/* A random session seed below 2^53 (so JSON numbers carry it exactly). 0 or -1. */
int paths_random_seed(uint64_t *out, Diag *err);

#endif
