/* journal_read: JSON text -> Attempt (cJSON), with messages that say what is wrong. */
#include "journal_private.h"

#include "paths.h"

#include "core/utf8.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LOG_MAX_BYTES (64L << 20)   /* far above any real log; stops a wrong file early */

static int wrong(Diag *err, const char *name, const char *expected, const cJSON *it)
{
    const char *got = cJSON_IsString(it) ? "a string" : cJSON_IsNumber(it) ? "a number"
                      : cJSON_IsBool(it) ? "true or false" : cJSON_IsNull(it) ? "null"
                      : cJSON_IsArray(it) ? "an array" : "an object";
    if (it)
        diag_error(err, NULL, 0, "%s should be %s, not %s", name, expected, got);
    else
        diag_error(err, NULL, 0, "%s is missing", name);
    return -1;
}

static int get_fields(const cJSON *obj, void *base, const FieldList *fl, const char *where,
                      Diag *err)
{
    char name[128];
    const Field *f = fl->f;
/* The field's full name, for messages: built only when one is needed (reading 10,000 logs
 * spends its time here otherwise). */
#define NAME (journal_field_name(name, sizeof name, where, f->key), name)
    for (size_t i = 0; i < fl->n; i++, f++) {
        void *p = (char *)base + f->off;
        const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, f->key);
        const char *s = cJSON_GetStringValue(it), *bad = NULL;
        if ((!it || cJSON_IsNull(it)) && (f->kind == K_STR_NULL || f->kind == K_TIME0))
            continue;
        if (f->kind == K_BOOL) {
            if (!cJSON_IsBool(it))
                return wrong(err, NAME, "true or false", it);
            *(bool *)p = cJSON_IsTrue(it);
        } else if (!journal_is_number_kind(f->kind)) {
            if (!s)
                return wrong(err, NAME, "a string", it);
            if (f->kind == K_STATUS)
                bad = attempt_status_parse(s, p) ? "in_progress, completed, abandoned or error"
                                                 : NULL;
            else if (f->kind != K_STR && f->kind != K_STR_NULL)
                bad = journal_parse_time(s, p) ? "a UTC time like 2026-11-21T09:21:07.512Z" : NULL;
            else if (f->ok && !f->ok(s))
                bad = f->expected;
            else if (!(*(char **)p = strdup(s)))
                return journal_oom(err);
            if (bad) {
                diag_error(err, NULL, 0, "%s is \"%.80s\", expected %s", NAME, s, bad);
                return -1;
            }
        } else {
            if (!cJSON_IsNumber(it))
                return wrong(err, NAME, "a number", it);
            double v = it->valuedouble;
            if ((bad = journal_bad_number(f->kind, v)) != NULL) {
                diag_error(err, NULL, 0, "%s is %.17g, expected %s", NAME, v, bad);
                return -1;
            }
            if (f->kind == K_POS || f->kind == K_NAT)
                *(int *)p = (int)v;
            else if (f->kind == K_MS)
                *(int64_t *)p = (int64_t)v;
            else if (f->kind == K_SEED)
                *(uint64_t *)p = (uint64_t)v;
            else
                *(double *)p = v;
        }
    }
    return 0;
#undef NAME
}

/* The array (or object) at key, and count zeroed items of size bytes for it (one more, so
 * an empty list is not NULL). NULL with err set when it is missing or ill-typed. */
static void *new_list(const cJSON *obj, const char *key, const char *where, bool object,
                      size_t size, const cJSON **list, int *count, Diag *err)
{
    char name[128];
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (object ? !cJSON_IsObject(it) : !cJSON_IsArray(it)) {
        journal_field_name(name, sizeof name, where, key);
        wrong(err, name, object ? "an object" : "an array", it);
        return NULL;
    }
    int n = cJSON_GetArraySize(it);
    void *items = calloc((size_t)n + 1, size);
    if (!items) {
        journal_field_name(name, sizeof name, where, key);
        diag_error(err, NULL, 0, "%s: out of memory", name);
    }
    *list = it;
    *count = items ? n : 0;
    return items;
}

static int fill(const cJSON *list, void *items, size_t size, const FieldList *fl,
                const char *key, Diag *err)
{
    char where[48];
    int i = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, list) {
        snprintf(where, sizeof where, "%s[%d]", key, i);
        if (!cJSON_IsObject(it))
            return wrong(err, where, "an object", it);
        if (get_fields(it, (char *)items + (size_t)i++ * size, fl, where, err))
            return -1;
    }
    return 0;
}

static int get_optional(const cJSON *root, const char *key, bool *present, void *base,
                        const FieldList *fl, Diag *err)
{
    const cJSON *o = cJSON_GetObjectItemCaseSensitive(root, key);
    *present = o && !cJSON_IsNull(o);
    if (*present && !cJSON_IsObject(o))
        return wrong(err, key, "an object or null", o);
    return *present ? get_fields(o, base, fl, key, err) : 0;
}

/* step_backs: required from schema 2, absent before (read if there). The count is checked
 * before anything is allocated: a hostile log could hold millions of tiny entries. */
static int get_stepbacks(const cJSON *root, Attempt *a, Diag *err)
{
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, "step_backs");
    int n = cJSON_IsArray(list) ? cJSON_GetArraySize(list) : 0;
    if (!list && a->schema_version < 2)
        return 0;
    if (n > SESSION_MAX_STEPBACKS) {
        diag_error(err, NULL, 0, "step_backs has %d entries; at most %d are kept", n,
                   SESSION_MAX_STEPBACKS);
        return -1;
    }
    if (!(a->stepbacks = new_list(root, "step_backs", "", false, sizeof *a->stepbacks, &list,
                                  &a->nstepbacks, err)))
        return -1;
    return fill(list, a->stepbacks, sizeof *a->stepbacks, &journal_stepback_fields,
                "step_backs", err);
}

static int get_attempt(const cJSON *root, Attempt *a, Diag *err)
{
    const cJSON *list, *sub, *it;
    char where[64];
    bool present;
    if (get_fields(root, a, &journal_top_fields, "", err) ||
        !(a->decisions = new_list(root, "decisions", "", false, sizeof *a->decisions, &list,
                                  &a->ndecisions, err)) ||
        fill(list, a->decisions, sizeof *a->decisions, &journal_decision_fields, "decisions",
             err))
        return -1;
    it = list->child;
    for (int i = 0; i < a->ndecisions; i++, it = it->next) {
        AttemptDecision *d = &a->decisions[i];
        const cJSON *one = it, *x;
        int k = 0;
        snprintf(where, sizeof where, "decisions[%d]", i);
        if (!(d->deltas = new_list(one, "deltas", where, true, sizeof *d->deltas, &sub,
                                   &d->ndeltas, err)))
            return -1;
        cJSON_ArrayForEach(x, sub) {
            const char *bad = journal_bad_number(K_DBL, cJSON_IsNumber(x) ? x->valuedouble : 0);
            snprintf(where, sizeof where, "decisions[%d].deltas.%.20s", i, x->string);
            if (!cJSON_IsNumber(x) || bad)
                return wrong(err, where, "a finite number", x);
            d->deltas[k].delta = x->valuedouble;
            if (!(d->deltas[k++].principle = strdup(x->string)))
                return journal_oom(err);
        }
        snprintf(where, sizeof where, "decisions[%d]", i);
        if (!(d->best_ids = new_list(one, "best_ids", where, false, sizeof *d->best_ids, &sub,
                                     &d->nbest, err)))
            return -1;
        k = 0;
        cJSON_ArrayForEach(x, sub) {
            snprintf(where, sizeof where, "decisions[%d].best_ids[%d]", i, k);
            if (!cJSON_IsString(x))
                return wrong(err, where, "a string", x);
            if (!(d->best_ids[k++] = strdup(x->valuestring)))
                return journal_oom(err);
        }
        /* Workshop votes: optional (logs before them, and outside workshops, have none). */
        sub = cJSON_GetObjectItemCaseSensitive(one, "votes");
        if (cJSON_IsArray(sub) && cJSON_GetArraySize(sub) > 0) {
            int n = cJSON_GetArraySize(sub);
            if (!(d->votes = calloc((size_t)n, sizeof *d->votes)))
                return journal_oom(err);
            k = 0;
            cJSON_ArrayForEach(x, sub) {
                snprintf(where, sizeof where, "decisions[%d].votes[%d]", i, k);
                if (!cJSON_IsNumber(x) || x->valuedouble < 0 || x->valuedouble > 1e6 ||
                    x->valuedouble != (int)x->valuedouble)
                    return wrong(err, where, "a whole number of votes", x);
                d->votes[k++] = (int)x->valuedouble;
            }
            d->nvotes = n;
        } else if (sub && !cJSON_IsNull(sub) && !cJSON_IsArray(sub)) {
            snprintf(where, sizeof where, "decisions[%d].votes", i);
            return wrong(err, where, "a list of vote counts or null", sub);
        }
    }
    if (get_stepbacks(root, a, err) ||
        get_optional(root, "ending", &present, a, &journal_ending_fields, err) ||
        !(a->scores = new_list(root, "scores", "", false, sizeof *a->scores, &list,
                               &a->nscores, err)) ||
        fill(list, a->scores, sizeof *a->scores, &journal_score_fields, "scores", err) ||
        get_fields(root, a, &journal_overall_field, "", err) ||
        get_optional(root, "band", &present, a, &journal_band_fields, err) ||
        !(a->violations = new_list(root, "violations", "", false, sizeof *a->violations, &list,
                                   &a->nviolations, err)) ||
        fill(list, a->violations, sizeof *a->violations, &journal_violation_fields,
             "violations", err) ||
        get_optional(root, "error", &a->has_error, &a->error, &journal_error_fields, err))
        return -1;
    /* Workshop flags: optional, as for votes. */
    list = cJSON_GetObjectItemCaseSensitive(root, "flags");
    if (cJSON_IsArray(list) && cJSON_GetArraySize(list) > 0) {
        const cJSON *x;
        if (!(a->flags = calloc((size_t)cJSON_GetArraySize(list), sizeof *a->flags)))
            return journal_oom(err);
        cJSON_ArrayForEach(x, list) {
            AttemptFlag *f = &a->flags[a->nflags];
            const cJSON *dec = cJSON_GetObjectItemCaseSensitive(x, "decision");
            const cJSON *at = cJSON_GetObjectItemCaseSensitive(x, "at");
            const cJSON *note = cJSON_GetObjectItemCaseSensitive(x, "note");
            snprintf(where, sizeof where, "flags[%d]", a->nflags);
            if (!cJSON_IsObject(x) || !cJSON_IsNumber(dec) || dec->valuedouble < 0 ||
                dec->valuedouble > a->ndecisions || !cJSON_IsString(at) || !cJSON_IsString(note) ||
                journal_parse_time(at->valuestring, &f->at_ms))
                return wrong(err, where, "{decision, at, note} with a decision count, a time and a note", x);
            f->decision = (int)dec->valuedouble;
            if (!(f->note = strdup(note->valuestring)))
                return journal_oom(err);
            a->nflags++;
        }
    } else if (list && !cJSON_IsArray(list)) {
        return wrong(err, "flags", "a list of flags", list);
    }
    return journal_check_links(a, "", err);
}

static bool blank(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
        s++, n--;
    return n == 0;
}

/* Says where the JSON stops making sense. A document that opens an object and ends inside
 * a string or an unclosed bracket was cut off (a full disk, a crash mid-write), which
 * deserves its own message rather than "invalid JSON" at some early string. */
static JournalProblem report_syntax(const char *json, size_t len, const char *stop, Diag *err)
{
    size_t pos = stop && stop >= json && stop <= json + len ? (size_t)(stop - json) : 0;
    size_t line = 1, col = 1, first = 0;
    int depth = 0;
    bool in_str = false, esc = false;
    for (size_t i = 0; i < len; i++) {
        char c = json[i];
        if (i < pos)
            c == '\n' ? (line++, col = 1) : col++;
        if (in_str) /* the old esc says whether this character is escaped */
            in_str = esc || c != '"', esc = !esc && c == '\\';
        else if (c == '"')
            in_str = true;
        else if (c == '{' || c == '[')
            depth++;
        else if (c == '}' || c == ']')
            depth--;
    }
    while (first < len && strchr(" \t\r\n", json[first]))
        first++;
    if (first < len && json[first] == '{' && (in_str || depth > 0)) {
        diag_error(err, NULL, 0, "the log ends early, after %zu bytes: it was cut off, "
                   "probably while being written, and cannot be read", len);
        return JOURNAL_TRUNCATED;
    }
    diag_error(err, NULL, 0, "invalid JSON at line %zu, column %zu: the file is damaged "
               "or is not an rjsim session log", line, col);
    return JOURNAL_INVALID;
}

/* The first byte of json (len bytes) that does not start a valid UTF-8 sequence (strict:
 * no overlongs, surrogates or code points past U+10FFFF), or NULL when all are valid.
 * JSON text is UTF-8 (RFC 8259), the writer never writes anything else, and cJSON passes
 * stray bytes through: a log read with them would hand invalid text to every consumer,
 * and the report and export writers use some strings (principle ids) as JSON keys, which
 * they cannot escape. */
static const char *invalid_utf8(const char *json, size_t len)
{
    for (size_t i = 0, n; i < len; i += n)
        if ((n = utf8_decode(json + i, len - i, NULL)) == 0)
            return json + i;
    return NULL;
}

/* journal_parse, also saying why it failed in *why. */
static int parse(const char *json, size_t len, Attempt *out, Diag *err, JournalProblem *why)
{
    int rc = -1;
    const char *end = NULL;
    cJSON *root = NULL;
    const cJSON *sv;
    memset(out, 0, sizeof *out);
    *why = JOURNAL_INVALID;
    if (!json || blank(json, len)) {
        diag_error(err, NULL, 0, "the log is empty: the attempt was not saved");
        *why = JOURNAL_EMPTY;
        goto done;
    }
    if ((end = invalid_utf8(json, len)) != NULL) {
        *why = report_syntax(json, len, end, err);
        goto done;
    }
    if (!(root = cJSON_ParseWithLengthOpts(json, len, &end, 0))) {
        *why = report_syntax(json, len, end, err);
        goto done;
    }
    while (end < json + len && *end && strchr(" \t\r\n", *end))
        end++;
    if (end < json + len) {
        *why = report_syntax(json, len, end, err);
        goto done;
    }
    sv = cJSON_GetObjectItemCaseSensitive(root, "schema_version");
    if (!cJSON_IsObject(root) || !cJSON_IsNumber(sv) || sv->valuedouble < 1 ||
        sv->valuedouble != floor(sv->valuedouble)) {
        diag_error(err, NULL, 0, "this is not an rjsim session log: it has no schema_version");
        goto done;
    }
    if (sv->valuedouble > ATTEMPT_SCHEMA_VERSION) {
        diag_error(err, NULL, 0, "written by a newer rjsim (schema %g); update rjsim to read it",
                   sv->valuedouble);
        *why = JOURNAL_NEWER;
        goto done;
    }
    out->schema_version = (int)sv->valuedouble;
    if ((rc = get_attempt(root, out, err)) != 0 && strstr(err->message, "out of memory"))
        *why = JOURNAL_NO_MEMORY;
done:
    if (rc == 0)
        *why = JOURNAL_OK;
    cJSON_Delete(root);
    if (rc != 0) {
        attempt_free(out);
        memset(out, 0, sizeof *out);
    }
    return rc;
}

int journal_parse(const char *json, size_t len, Attempt *out, Diag *err)
{
    Diag local;
    JournalProblem why;
    diag_clear(&local);
    int rc = parse(json, len, out, &local, &why);
    if (rc != 0 && err)
        *err = local;
    return rc;
}

int journal_read_why(const char *path, Attempt *out, Diag *err, JournalProblem *why)
{
    size_t len = 0;
    Diag local;
    JournalProblem dummy;
    why = why ? why : &dummy;
    diag_clear(&local);
    char *text = paths_read_file(path, LOG_MAX_BYTES, &len, &local);
    int rc = -1;
    memset(out, 0, sizeof *out);
    *why = JOURNAL_UNREADABLE;
    if (text && (rc = parse(text, len, out, &local, why)) != 0) {
        Diag d = local;
        diag_error(&local, path, 0, "%s", d.message);
    }
    if (rc != 0 && err)
        *err = local;
    free(text);
    return rc;
}

int journal_read(const char *path, Attempt *out, Diag *err)
{
    return journal_read_why(path, out, err, NULL);
}

const char *journal_problem_name(JournalProblem p)
{
    static const char *const names[] = { "ok", "unreadable", "empty", "truncated", "invalid",
                                         "newer", "out_of_memory" };
    return (unsigned)p < sizeof names / sizeof names[0] ? names[p] : "invalid";
}
