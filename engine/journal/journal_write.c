/* journal_write: Attempt -> JSON text (cJSON), and the atomic write of a log (paths.c). */
#include "journal_private.h"

#include "paths.h"

#include "core/utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A JSON string of s, with U+FFFD for each byte that is not valid UTF-8. */
cJSON *journal_new_text(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, n;
    while (u[i] && (n = utf8_decode(s + i, SIZE_MAX, NULL)) > 0)
        i += n;
    if (!u[i])
        return cJSON_CreateString(s);
    char *fixed = malloc(strlen(s) * 3 + 1), *p = fixed;
    if (!fixed)
        return NULL;
    for (i = 0; u[i]; i += n ? n : 1) {
        n = utf8_decode(s + i, SIZE_MAX, NULL);
        memcpy(p, n ? s + i : "\xef\xbf\xbd", n ? n : 3);
        p += n ? n : 3;
    }
    *p = '\0';
    cJSON *item = cJSON_CreateString(fixed);
    free(fixed);
    return item;
}

static cJSON *add_text(cJSON *obj, const char *key, const char *s)
{
    cJSON *item = journal_new_text(s);
    if (item && !cJSON_AddItemToObject(obj, key, item)) {
        cJSON_Delete(item);
        item = NULL;
    }
    return item;
}

/* cJSON 1.7.15 prints a double with 15 digits whenever that is within an epsilon of it,
 * which loses the last bits (2^53-1 came back as ...990). Print the shortest form that
 * reads back exactly instead; strtod and snprintf agree on the locale's decimal point,
 * which JSON wants as '.'. */
cJSON *journal_add_number(cJSON *obj, const char *key, double v)
{
    char buf[40];
    for (int digits = 15; digits <= 17; digits++) {
        snprintf(buf, sizeof buf, "%.*g", digits, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    for (char *c = buf; *c; c++)
        *c = *c == ',' ? '.' : *c;
    return cJSON_AddRawToObject(obj, key, buf);
}

static int put_fields(cJSON *obj, const void *base, const FieldList *fl, const char *where,
                      Diag *err)
{
    char name[128], when[64];
    const Field *f = fl->f;
    for (size_t i = 0; i < fl->n; i++, f++) {
        const char *p = (const char *)base + f->off, *s = NULL, *bad = NULL;
        double v = 0;
        cJSON *item = NULL;
        journal_field_name(name, sizeof name, where, f->key);
        switch (f->kind) {
        case K_STR:
        case K_STR_NULL:
            s = *(char *const *)p;
            if (!s && f->kind == K_STR) {
                diag_error(err, NULL, 0, "cannot write the log: %s is missing", name);
                return -1;
            }
            if (s && f->ok && !f->ok(s)) {
                diag_error(err, NULL, 0, "cannot write the log: %s is \"%.80s\", expected %s",
                           name, s, f->expected);
                return -1;
            }
            item = s ? add_text(obj, f->key, s) : cJSON_AddNullToObject(obj, f->key);
            break;
        case K_TIME:
        case K_TIME0:
            if (f->kind == K_TIME0 && *(const int64_t *)p == 0) {
                item = cJSON_AddNullToObject(obj, f->key);
                break;
            }
            if (journal_format_time(*(const int64_t *)p, when, sizeof when)) {
                diag_error(err, NULL, 0, "cannot write the log: %s (%lld ms) is not a date in "
                           "years 0000-9999", name, (long long)*(const int64_t *)p);
                return -1;
            }
            item = cJSON_AddStringToObject(obj, f->key, when);
            break;
        case K_BOOL:
            item = cJSON_AddBoolToObject(obj, f->key, *(const bool *)p);
            break;
        case K_STATUS: {
            AttemptStatus st = *(const AttemptStatus *)p;
            s = st >= ATTEMPT_IN_PROGRESS && st <= ATTEMPT_ERROR ? attempt_status_name(st) : NULL;
            if (!s) {
                diag_error(err, NULL, 0, "cannot write the log: %s %d is unknown", name, (int)st);
                return -1;
            }
            item = cJSON_AddStringToObject(obj, f->key, s);
            break;
        }
        default:
            v = f->kind == K_POS || f->kind == K_NAT ? *(const int *)p
                : f->kind == K_MS ? (double)*(const int64_t *)p
                : f->kind == K_SEED ? (double)*(const uint64_t *)p
                : *(const double *)p;
            if ((bad = journal_bad_number(f->kind, v)) != NULL) {
                diag_error(err, NULL, 0, "cannot write the log: %s is %.17g, expected %s", name,
                           v, bad);
                return -1;
            }
            item = journal_add_number(obj, f->key, v);
            break;
        }
        if (!item)
            return journal_oom(err);
    }
    return 0;
}

static cJSON *put_list(cJSON *obj, const char *key, const void *items, int count, size_t size,
                       const FieldList *fl, Diag *err)
{
    char where[48];
    cJSON *list = cJSON_AddArrayToObject(obj, key), *it;
    for (int i = 0; list && i < count; i++) {
        snprintf(where, sizeof where, "%s[%d]", key, i);
        if (!(it = cJSON_CreateObject()))
            break;
        cJSON_AddItemToArray(list, it);
        if (put_fields(it, (const char *)items + (size_t)i * size, fl, where, err))
            return NULL;
    }
    if (!list || cJSON_GetArraySize(list) != count)
        journal_oom(err);
    return list && cJSON_GetArraySize(list) == count ? list : NULL;
}

/* ending, band and error: an object of fields, or null when absent. */
static int put_optional(cJSON *obj, const char *key, bool present, const void *base,
                        const FieldList *fl, Diag *err)
{
    cJSON *o = present ? cJSON_AddObjectToObject(obj, key) : cJSON_AddNullToObject(obj, key);
    if (!o)
        return journal_oom(err);
    return present ? put_fields(o, base, fl, key, err) : 0;
}

char *journal_to_json(const Attempt *a, Diag *err)
{
    char *text = NULL, *grown;
    cJSON *root = cJSON_CreateObject(), *list, *it, *o;
    if (!root || !cJSON_AddNumberToObject(root, "schema_version", ATTEMPT_SCHEMA_VERSION))
        goto oom;
    if (journal_check_links(a, "cannot write the log: ", err) ||
        put_fields(root, a, &journal_top_fields, "", err) ||
        !(list = put_list(root, "decisions", a->decisions, a->ndecisions, sizeof *a->decisions,
                          &journal_decision_fields, err)))
        goto done;
    it = list->child;
    for (int i = 0; i < a->ndecisions; i++, it = it->next) {
        const AttemptDecision *d = &a->decisions[i];
        if (!(o = cJSON_AddObjectToObject(it, "deltas")))
            goto oom;
        for (int k = 0; k < d->ndeltas; k++) {
            const Field df = { d->deltas[k].principle, offsetof(AttemptDelta, delta), K_DBL,
                               NULL, NULL };
            char where[48];
            snprintf(where, sizeof where, "decisions[%d].deltas", i);
            if (!df.key) {
                diag_error(err, NULL, 0, "cannot write the log: %s[%d] has no principle", where,
                           k);
                goto done;
            }
            if (put_fields(o, &d->deltas[k], &(FieldList){ &df, 1 }, where, err))
                goto done;
        }
        if (!(o = cJSON_AddArrayToObject(it, "best_ids")))
            goto oom;
        for (int k = 0; k < d->nbest; k++) {
            if (!d->best_ids[k]) {
                diag_error(err, NULL, 0, "cannot write the log: decisions[%d].best_ids[%d] is "
                           "missing", i, k);
                goto done;
            }
            if (!cJSON_AddItemToArray(o, journal_new_text(d->best_ids[k])))
                goto oom;
        }
        /* Workshop mode: the room's votes, by position among the choices shown. */
        if (d->nvotes > 0) {
            if (!(o = cJSON_AddArrayToObject(it, "votes")))
                goto oom;
            for (int k = 0; k < d->nvotes; k++)
                if (d->votes[k] < 0 || !cJSON_AddItemToArray(o, cJSON_CreateNumber(d->votes[k])))
                    goto oom;
        } else if (!cJSON_AddNullToObject(it, "votes")) {
            goto oom;
        }
    }
    /* Step backs in practice mode: history, after the decisions that stood. */
    if (!put_list(root, "step_backs", a->stepbacks, a->nstepbacks, sizeof *a->stepbacks,
                  &journal_stepback_fields, err))
        goto done;
    if (put_optional(root, "ending", a->ending_id || a->ending_title, a, &journal_ending_fields,
                     err) ||
        !put_list(root, "scores", a->scores, a->nscores, sizeof *a->scores,
                  &journal_score_fields, err) ||
        put_fields(root, a, &journal_overall_field, "", err) ||
        put_optional(root, "band", a->band_id || a->band_name, a, &journal_band_fields, err) ||
        !put_list(root, "violations", a->violations, a->nviolations, sizeof *a->violations,
                  &journal_violation_fields, err) ||
        put_optional(root, "error", a->has_error, &a->error, &journal_error_fields, err))
        goto done;
    /* Workshop flags: moments the facilitator marked, with their notes. */
    if (!(list = cJSON_AddArrayToObject(root, "flags")))
        goto oom;
    for (int i = 0; i < a->nflags; i++) {
        char when[40];
        if (!(o = cJSON_CreateObject()) || !cJSON_AddItemToArray(list, o))
            goto oom;
        if (journal_format_time(a->flags[i].at_ms, when, sizeof when)) {
            diag_error(err, NULL, 0, "cannot write the log: flags[%d] has an impossible time", i);
            goto done;
        }
        if (!cJSON_AddNumberToObject(o, "decision", a->flags[i].decision) || !add_text(o, "at", when) ||
            !add_text(o, "note", a->flags[i].note ? a->flags[i].note : ""))
            goto oom;
    }
    /* a final newline, as text files have */
    if ((text = cJSON_Print(root)) != NULL && (grown = realloc(text, strlen(text) + 2))) {
        text = strcat(grown, "\n");
        goto done;
    }
    free(text);
    text = NULL;
oom:
    journal_oom(err);
done:
    cJSON_Delete(root);
    return text;
}

int journal_write(const char *path, const Attempt *a, Diag *err)
{
    char *text = journal_to_json(a, err);
    int rc = text ? paths_write_atomic(path, text, strlen(text), err) : -1;
    free(text);
    return rc;
}
