/* journal: Attempt <-> JSON through cJSON (the file work is in paths.c).
 *
 * Fields are described once in tables (key, offset, kind) that drive both the writer and
 * the reader, so the two cannot drift apart and both apply the same checks. */
#include "journal.h"

#include "paths.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_SAFE 9007199254740992.0 /* 2^53: JSON numbers are exact below it */
#define LOG_MAX_BYTES (64L << 20)   /* far above any real log; stops a wrong file early */
/* 0000-01-01T00:00:00.000Z .. 9999-12-31T23:59:59.999Z: the four-digit years ISO allows */
#define TIME_MIN_MS (-62167219200000LL)
#define TIME_MAX_MS 253402300799999LL

/* How a field is held in C and written in JSON. *_NULL and K_TIME0 may be null. */
typedef enum Kind {
    K_STR, K_STR_NULL,                        /* char *, strings */
    K_POS, K_NAT, K_MS, K_SEED, K_DBL, K_PCT, /* int >= 1, int >= 0, int64, uint64, double */
    K_BOOL,                                   /* bool */
    K_TIME, K_TIME0,                          /* int64 ms as ISO text; K_TIME0 0 is null */
    K_STATUS                                  /* AttemptStatus by name */
} Kind;

static bool is_number_kind(Kind k)
{
    return k >= K_POS && k <= K_PCT;
}

typedef struct Field {
    const char *key;
    size_t off;
    Kind kind;
    bool (*ok)(const char *s); /* extra check for strings, or NULL */
    const char *expected;      /* what ok wants, for the message */
} Field;

static int oom(Diag *err)
{
    diag_error(err, NULL, 0, "out of memory");
    return -1;
}

static bool is_hex(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return false;
    return true;
}

static bool is_hash(const char *s)
{
    return strncmp(s, "sha256:", 7) == 0 && strlen(s) == 71 && is_hex(s + 7, 64);
}

static bool is_uuid(const char *s)
{
    return strlen(s) == 36 && s[8] == '-' && s[13] == '-' && s[18] == '-' && s[23] == '-' &&
           is_hex(s, 8) && is_hex(s + 9, 4) && is_hex(s + 14, 4) && is_hex(s + 19, 4) &&
           is_hex(s + 24, 12);
}

static bool is_mode(const char *s)
{
    return !strcmp(s, "practice") || !strcmp(s, "assessment") || !strcmp(s, "workshop");
}

static bool is_player(const char *s)
{
    return !strcmp(s, "text") || !strcmp(s, "game");
}

#define F(type, key, kind) { #key, offsetof(type, key), kind, NULL, NULL }
#define FK(type, json, member, kind) { json, offsetof(type, member), kind, NULL, NULL }
#define FC(type, key, ok, what) { #key, offsetof(type, key), K_STR, ok, what }

static const Field top_fields[] = {
    FC(Attempt, session_id, is_uuid, "a UUID in lowercase hex"),
    F(Attempt, trainee, K_STR),
    FC(Attempt, mode, is_mode, "practice, assessment or workshop"),
    FC(Attempt, player, is_player, "text or game"),
    F(Attempt, engine_version, K_STR),
    F(Attempt, scenario_id, K_STR),
    F(Attempt, scenario_version, K_POS),
    F(Attempt, scenario_title, K_STR),
    F(Attempt, scenario_file, K_STR),
    FC(Attempt, scenario_hash, is_hash, "sha256: and 64 lowercase hex digits"),
    F(Attempt, rubric_version, K_POS),
    FC(Attempt, rubric_hash, is_hash, "sha256: and 64 lowercase hex digits"),
    F(Attempt, seed, K_SEED),
    FK(Attempt, "started_at", started_ms, K_TIME),
    FK(Attempt, "ended_at", ended_ms, K_TIME0),
    F(Attempt, status, K_STATUS),
};
static const Field decision_fields[] = {
    F(AttemptDecision, scene_id, K_STR),       F(AttemptDecision, scene_title, K_STR_NULL),
    F(AttemptDecision, choice_id, K_STR),      F(AttemptDecision, choice_text, K_STR),
    F(AttemptDecision, position, K_POS),       F(AttemptDecision, shown, K_POS),
    F(AttemptDecision, outcome_scene, K_STR),  FK(AttemptDecision, "at", at_ms, K_TIME),
    F(AttemptDecision, taken_ms, K_MS),        F(AttemptDecision, violation, K_STR_NULL),
    F(AttemptDecision, best, K_BOOL),
};
static const Field score_fields[] = {
    F(AttemptScore, principle, K_STR), F(AttemptScore, measured, K_BOOL),
    F(AttemptScore, total, K_DBL),     F(AttemptScore, min, K_DBL),
    F(AttemptScore, max, K_DBL),       F(AttemptScore, score, K_PCT),
};
static const Field overall_field[] = { F(Attempt, overall, K_PCT) };
static const Field ending_fields[] = {
    FK(Attempt, "id", ending_id, K_STR), FK(Attempt, "title", ending_title, K_STR),
};
static const Field band_fields[] = {
    FK(Attempt, "id", band_id, K_STR), FK(Attempt, "name", band_name, K_STR),
};
static const Field violation_fields[] = {
    F(AttemptViolation, safeguard, K_STR), F(AttemptViolation, decision, K_NAT),
};
static const Field error_fields[] = {
    F(AttemptError, file, K_STR_NULL), F(AttemptError, line, K_NAT),
    F(AttemptError, message, K_STR),   F(AttemptError, trace, K_STR_NULL),
};
#define N(t) (sizeof t / sizeof t[0])

/* ---- times, always UTC. timegm is not POSIX, so parsing counts days itself ---- */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

static int format_time(int64_t ms, char *out, size_t size)
{
    int64_t sec = (ms >= 0 ? ms : ms - 999) / 1000; /* floor, for times before 1970 */
    time_t t = (time_t)sec;
    struct tm tm;
    if (ms < TIME_MIN_MS || ms > TIME_MAX_MS || !gmtime_r(&t, &tm))
        return -1;
    snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
             tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, (int)(ms - sec * 1000));
    return 0;
}

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static int parse_time(const char *s, int64_t *out)
{
    static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (strlen(s) != 24 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
        s[16] != ':' || s[19] != '.' || s[23] != 'Z')
        return -1;
    int y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2), h = digits(s + 11, 2);
    int mi = digits(s + 14, 2), sec = digits(s + 17, 2), ms = digits(s + 20, 3);
    bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] - (mo == 2 && !leap) ||
        h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || ms < 0)
        return -1;
    *out = ((days_from_civil(y, mo, d) * 24 + h) * 60 + mi) * 60000 + sec * 1000 + ms;
    return 0;
}

/* ---- writing ---- */

/* Length of the valid UTF-8 sequence at s, or 0 when it is not one (strict, as JSON
 * readers such as Python's are: no overlongs, surrogates or code points past U+10FFFF). */
static size_t utf8_len(const unsigned char *s)
{
    unsigned c = s[0], cp, min;
    size_t n;
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2, min = 0x80;
    } else if ((c & 0xf0) == 0xe0) {
        n = 3, min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4, min = 0x10000;
    } else {
        return 0;
    }
    cp = c & (0x3fu >> (n - 1));
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3fu);
    }
    return cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0 : n;
}

/* A JSON string of s, with U+FFFD for each byte that is not valid UTF-8. */
static cJSON *new_text(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, n;
    while (u[i] && (n = utf8_len(u + i)) > 0)
        i += n;
    if (!u[i])
        return cJSON_CreateString(s);
    char *fixed = malloc(strlen(s) * 3 + 1), *p = fixed;
    if (!fixed)
        return NULL;
    for (i = 0; u[i]; i += n ? n : 1) {
        n = utf8_len(u + i);
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
    cJSON *item = new_text(s);
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
static cJSON *add_number(cJSON *obj, const char *key, double v)
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

static void field_name(char *buf, size_t size, const char *where, const char *key)
{
    snprintf(buf, size, "%s%s%s", where, where[0] ? "." : "", key);
}

/* Why v is not a valid value of kind k, or NULL when it is. */
static const char *bad_number(Kind k, double v)
{
    bool whole = isfinite(v) && v == floor(v);
    switch (k) {
    case K_POS: return whole && v >= 1 && v <= 2147483647 ? NULL : "a whole number from 1";
    case K_NAT: return whole && v >= 0 && v <= 2147483647 ? NULL : "a whole number from 0";
    case K_MS:
    case K_SEED: return whole && v >= 0 && v < MAX_SAFE ? NULL : "a whole number from 0 to 2^53-1";
    case K_PCT: return isfinite(v) && v >= 0 && v <= 100 ? NULL : "a number from 0 to 100";
    default: return isfinite(v) ? NULL : "a finite number";
    }
}

static int put_fields(cJSON *obj, const void *base, const Field *f, size_t n, const char *where,
                      Diag *err)
{
    char name[128], when[64];
    for (size_t i = 0; i < n; i++, f++) {
        const char *p = (const char *)base + f->off, *s = NULL, *bad = NULL;
        double v = 0;
        cJSON *item = NULL;
        field_name(name, sizeof name, where, f->key);
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
            if (format_time(*(const int64_t *)p, when, sizeof when)) {
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
            if ((bad = bad_number(f->kind, v)) != NULL) {
                diag_error(err, NULL, 0, "cannot write the log: %s is %.17g, expected %s", name,
                           v, bad);
                return -1;
            }
            item = add_number(obj, f->key, v);
            break;
        }
        if (!item)
            return oom(err);
    }
    return 0;
}

static cJSON *put_list(cJSON *obj, const char *key, const void *items, int count, size_t size,
                       const Field *f, size_t nf, Diag *err)
{
    char where[48];
    cJSON *list = cJSON_AddArrayToObject(obj, key), *it;
    for (int i = 0; list && i < count; i++) {
        snprintf(where, sizeof where, "%s[%d]", key, i);
        if (!(it = cJSON_CreateObject()))
            break;
        cJSON_AddItemToArray(list, it);
        if (put_fields(it, (const char *)items + (size_t)i * size, f, nf, where, err))
            return NULL;
    }
    if (!list || cJSON_GetArraySize(list) != count)
        oom(err);
    return list && cJSON_GetArraySize(list) == count ? list : NULL;
}

/* Links between fields that the tables cannot check; shared by writer and reader, whose
 * messages start with pre. */
static int check_links(const Attempt *a, const char *pre, Diag *err)
{
    if (a->ndecisions < 0 || a->nscores < 0 || a->nviolations < 0 ||
        (a->ndecisions && !a->decisions) || (a->nscores && !a->scores) ||
        (a->nviolations && !a->violations)) {
        diag_error(err, NULL, 0, "%sa list has a negative count or no items", pre);
        return -1;
    }
    for (int i = 0; i < a->ndecisions; i++) {
        const AttemptDecision *d = &a->decisions[i];
        if (d->ndeltas < 0 || d->nbest < 0 || (d->ndeltas && !d->deltas) ||
            (d->nbest && !d->best_ids)) {
            diag_error(err, NULL, 0, "%sdecisions[%d] has a list with a negative count or no "
                       "items", pre, i);
            return -1;
        }
        if (d->position > d->shown) {
            diag_error(err, NULL, 0, "%sdecisions[%d].position is %d but only %d choices were "
                       "shown", pre, i, d->position, d->shown);
            return -1;
        }
    }
    for (int i = 0; i < a->nviolations; i++)
        if (a->violations[i].decision >= a->ndecisions) {
            diag_error(err, NULL, 0, "%sviolations[%d].decision is %d but there are only %d "
                       "decisions (it counts from 0)", pre, i, a->violations[i].decision,
                       a->ndecisions);
            return -1;
        }
    return 0;
}

/* ending, band and error: an object of fields, or null when absent. */
static int put_optional(cJSON *obj, const char *key, bool present, const void *base,
                        const Field *f, size_t nf, Diag *err)
{
    cJSON *o = present ? cJSON_AddObjectToObject(obj, key) : cJSON_AddNullToObject(obj, key);
    if (!o)
        return oom(err);
    return present ? put_fields(o, base, f, nf, key, err) : 0;
}

char *journal_to_json(const Attempt *a, Diag *err)
{
    char *text = NULL, *grown;
    cJSON *root = cJSON_CreateObject(), *list, *it, *o;
    if (!root || !cJSON_AddNumberToObject(root, "schema_version", ATTEMPT_SCHEMA_VERSION))
        goto oom;
    if (check_links(a, "cannot write the log: ", err) ||
        put_fields(root, a, top_fields, N(top_fields), "", err) ||
        !(list = put_list(root, "decisions", a->decisions, a->ndecisions, sizeof *a->decisions,
                          decision_fields, N(decision_fields), err)))
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
            if (put_fields(o, &d->deltas[k], &df, 1, where, err))
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
            if (!cJSON_AddItemToArray(o, new_text(d->best_ids[k])))
                goto oom;
        }
    }
    if (put_optional(root, "ending", a->ending_id || a->ending_title, a, ending_fields,
                     N(ending_fields), err) ||
        !put_list(root, "scores", a->scores, a->nscores, sizeof *a->scores, score_fields,
                  N(score_fields), err) ||
        put_fields(root, a, overall_field, 1, "", err) ||
        put_optional(root, "band", a->band_id || a->band_name, a, band_fields,
                     N(band_fields), err) ||
        !put_list(root, "violations", a->violations, a->nviolations, sizeof *a->violations,
                  violation_fields, N(violation_fields), err) ||
        put_optional(root, "error", a->has_error, &a->error, error_fields, N(error_fields), err))
        goto done;
    /* a final newline, as text files have */
    if ((text = cJSON_Print(root)) != NULL && (grown = realloc(text, strlen(text) + 2))) {
        text = strcat(grown, "\n");
        goto done;
    }
    free(text);
    text = NULL;
oom:
    oom(err);
done:
    cJSON_Delete(root);
    return text;
}

/* ---- reading ---- */

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

static int get_fields(const cJSON *obj, void *base, const Field *f, size_t n, const char *where,
                      Diag *err)
{
    char name[128];
    for (size_t i = 0; i < n; i++, f++) {
        void *p = (char *)base + f->off;
        const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, f->key);
        const char *s = cJSON_GetStringValue(it), *bad = NULL;
        field_name(name, sizeof name, where, f->key);
        if ((!it || cJSON_IsNull(it)) && (f->kind == K_STR_NULL || f->kind == K_TIME0))
            continue;
        if (f->kind == K_BOOL) {
            if (!cJSON_IsBool(it))
                return wrong(err, name, "true or false", it);
            *(bool *)p = cJSON_IsTrue(it);
        } else if (!is_number_kind(f->kind)) {
            if (!s)
                return wrong(err, name, "a string", it);
            if (f->kind == K_STATUS)
                bad = attempt_status_parse(s, p) ? "in_progress, completed, abandoned or error"
                                                 : NULL;
            else if (f->kind != K_STR && f->kind != K_STR_NULL)
                bad = parse_time(s, p) ? "a UTC time like 2026-11-21T09:21:07.512Z" : NULL;
            else if (f->ok && !f->ok(s))
                bad = f->expected;
            else if (!(*(char **)p = strdup(s)))
                return oom(err);
            if (bad) {
                diag_error(err, NULL, 0, "%s is \"%.80s\", expected %s", name, s, bad);
                return -1;
            }
        } else {
            if (!cJSON_IsNumber(it))
                return wrong(err, name, "a number", it);
            double v = it->valuedouble;
            if ((bad = bad_number(f->kind, v)) != NULL) {
                diag_error(err, NULL, 0, "%s is %.17g, expected %s", name, v, bad);
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
}

/* The array (or object) at key, and count zeroed items of size bytes for it (one more, so
 * an empty list is not NULL). NULL with err set when it is missing or ill-typed. */
static void *new_list(const cJSON *obj, const char *key, const char *where, bool object,
                      size_t size, const cJSON **list, int *count, Diag *err)
{
    char name[128];
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);
    field_name(name, sizeof name, where, key);
    if (object ? !cJSON_IsObject(it) : !cJSON_IsArray(it)) {
        wrong(err, name, object ? "an object" : "an array", it);
        return NULL;
    }
    int n = cJSON_GetArraySize(it);
    void *items = calloc((size_t)n + 1, size);
    if (!items)
        diag_error(err, NULL, 0, "%s: out of memory", name);
    *list = it;
    *count = items ? n : 0;
    return items;
}

static int fill(const cJSON *list, void *items, size_t size, const Field *f, size_t nf,
                const char *key, Diag *err)
{
    char where[48];
    int i = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, list) {
        snprintf(where, sizeof where, "%s[%d]", key, i);
        if (!cJSON_IsObject(it))
            return wrong(err, where, "an object", it);
        if (get_fields(it, (char *)items + (size_t)i++ * size, f, nf, where, err))
            return -1;
    }
    return 0;
}

static int get_optional(const cJSON *root, const char *key, bool *present, void *base,
                        const Field *f, size_t nf, Diag *err)
{
    const cJSON *o = cJSON_GetObjectItemCaseSensitive(root, key);
    *present = o && !cJSON_IsNull(o);
    if (*present && !cJSON_IsObject(o))
        return wrong(err, key, "an object or null", o);
    return *present ? get_fields(o, base, f, nf, key, err) : 0;
}

static int get_attempt(const cJSON *root, Attempt *a, Diag *err)
{
    const cJSON *list, *sub, *it;
    char where[64];
    bool present;
    if (get_fields(root, a, top_fields, N(top_fields), "", err) ||
        !(a->decisions = new_list(root, "decisions", "", false, sizeof *a->decisions, &list,
                                  &a->ndecisions, err)) ||
        fill(list, a->decisions, sizeof *a->decisions, decision_fields, N(decision_fields),
             "decisions", err))
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
            const char *bad = bad_number(K_DBL, cJSON_IsNumber(x) ? x->valuedouble : 0);
            snprintf(where, sizeof where, "decisions[%d].deltas.%.20s", i, x->string);
            if (!cJSON_IsNumber(x) || bad)
                return wrong(err, where, "a finite number", x);
            d->deltas[k].delta = x->valuedouble;
            if (!(d->deltas[k++].principle = strdup(x->string)))
                return oom(err);
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
                return oom(err);
        }
    }
    if (get_optional(root, "ending", &present, a, ending_fields, N(ending_fields), err) ||
        !(a->scores = new_list(root, "scores", "", false, sizeof *a->scores, &list,
                               &a->nscores, err)) ||
        fill(list, a->scores, sizeof *a->scores, score_fields, N(score_fields), "scores", err) ||
        get_fields(root, a, overall_field, 1, "", err) ||
        get_optional(root, "band", &present, a, band_fields, N(band_fields), err) ||
        !(a->violations = new_list(root, "violations", "", false, sizeof *a->violations, &list,
                                   &a->nviolations, err)) ||
        fill(list, a->violations, sizeof *a->violations, violation_fields,
             N(violation_fields), "violations", err) ||
        get_optional(root, "error", &a->has_error, &a->error, error_fields, N(error_fields),
                     err))
        return -1;
    return check_links(a, "", err);
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
static void report_syntax(const char *json, size_t len, const char *stop, Diag *err)
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
    if (first < len && json[first] == '{' && (in_str || depth > 0))
        diag_error(err, NULL, 0, "the log ends early, after %zu bytes: it was cut off, "
                   "probably while being written, and cannot be read", len);
    else
        diag_error(err, NULL, 0, "invalid JSON at line %zu, column %zu: the file is damaged "
                   "or is not an rjsim session log", line, col);
}

int journal_parse(const char *json, size_t len, Attempt *out, Diag *err)
{
    int rc = -1;
    const char *end = NULL;
    cJSON *root = NULL;
    const cJSON *sv;
    memset(out, 0, sizeof *out);
    if (!json || blank(json, len)) {
        diag_error(err, NULL, 0, "the log is empty: the attempt was not saved");
        goto done;
    }
    if (!(root = cJSON_ParseWithLengthOpts(json, len, &end, 0))) {
        report_syntax(json, len, end, err);
        goto done;
    }
    while (end < json + len && *end && strchr(" \t\r\n", *end))
        end++;
    if (end < json + len) {
        report_syntax(json, len, end, err);
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
        goto done;
    }
    out->schema_version = (int)sv->valuedouble;
    rc = get_attempt(root, out, err);
done:
    cJSON_Delete(root);
    if (rc != 0) {
        attempt_free(out);
        memset(out, 0, sizeof *out);
    }
    return rc;
}

int journal_write(const char *path, const Attempt *a, Diag *err)
{
    char *text = journal_to_json(a, err);
    int rc = text ? paths_write_atomic(path, text, strlen(text), err) : -1;
    free(text);
    return rc;
}

int journal_read(const char *path, Attempt *out, Diag *err)
{
    size_t len = 0;
    char *text = paths_read_file(path, LOG_MAX_BYTES, &len, err);
    int rc = -1;
    memset(out, 0, sizeof *out);
    if (text && (rc = journal_parse(text, len, out, err)) != 0 && err) {
        Diag d = *err;
        diag_error(err, path, 0, "%s", d.message);
    }
    free(text);
    return rc;
}
