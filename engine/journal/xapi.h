/* xapi: session logs as xAPI 1.0.3 statements, for a learning record store (LRS).
 *
 * Each decision becomes an "answered" statement about a cmi.interaction of type "choice"
 * (the scene's choices; correctResponsesPattern = the most restorative choices; the
 * trainee's choice in result.response; result.success = whether it was among them; the
 * time on the scene as result.duration). A completed attempt adds a "completed" statement
 * about the scenario with the overall score (scaled 0-1, raw 0-100), the band, the ending,
 * the principle scores and the safeguards broken as extensions. docs/reports.md shows both.
 *
 * Ids are stable, so exporting the same logs again gives the same statements and an LRS
 * can drop the ones it already has: version 5 UUIDs (uuid.h) in rjsim's namespace of
 *   "registration/<session id>"            context.registration (one per attempt)
 *   "answered/<session id>/<decision index, from 0>"   an answered statement's id
 *   "completed/<session id>"               the completed statement's id
 * The actor is an account on home_page. Its name is, by default, "rjsim-" and 24 hex
 * digits of SHA-256(home_page + "\n" + report_trainee_key(trainee)): stable and opaque,
 * but pseudonymous, not anonymous — whoever knows a trainee's name and the home page can
 * compute it. actor_names puts the trainee's name itself (trimmed) in the account instead.
 * Activity ids are <home_page>/xapi/scenarios/<scenario id>[/decisions/<scene id>];
 * extension keys are https://rjsim.invalid/xapi/extensions/<name>, rjsim's own vocabulary.
 *
 * Ownership: nothing returned needs freeing; strings in XapiOptions are borrowed.
 * Errors: -1 with err saying what is wrong (a home page that is not an http(s) URL, out of
 * memory, a write error); statements already written stay written. */
#ifndef RJ_XAPI_H
#define RJ_XAPI_H

#include "core/attempt.h"
#include "core/diag.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define XAPI_DEFAULT_HOME_PAGE "https://rjsim.invalid"

typedef struct XapiChoice {
    const char *id, *text;
} XapiChoice;

/* The choices scene_id of a's scenario offers, as the scenario file defines them: sets
 * *out (borrowed until the next call) and returns how many, or -1 when unknown — then the
 * interaction lists only the choices the log names (the one taken and the best ones). */
typedef int (*XapiChoicesFn)(void *ctx, const Attempt *a, const char *scene_id,
                             const XapiChoice **out);

typedef struct XapiOptions {
    const char *home_page; /* NULL: XAPI_DEFAULT_HOME_PAGE; a trailing '/' is ignored */
    bool actor_names;      /* the trainee's name as the account name (see above) */
    XapiChoicesFn choices; /* may be NULL */
    void *choices_ctx;
} XapiOptions;

/* 0 when url can be a home page (http:// or https://, a host, no spaces, quotes or
 * control characters); else -1 with err saying so. */
int xapi_check_home_page(const char *url, Diag *err);

/* Writes a's statements to out as elements of a JSON array: each preceded by ",\n" unless
 * *count is 0 (so the caller writes "[" first and "]" last); *count grows by the number
 * written. An attempt with no decisions and not completed gives none. */
int xapi_write(FILE *out, const Attempt *a, const XapiOptions *o, size_t *count, Diag *err);

/* The actor's account name for trainee (see above) into out; returns out. */
char *xapi_actor_name(const char *home_page, const char *trainee, bool actor_names, char *out,
                      size_t size);

#endif
