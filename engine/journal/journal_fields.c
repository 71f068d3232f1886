/* journal_fields: the tables of a session log's fields, and the checks the writer and the
 * reader share (times, numbers, links between fields). */
#include "journal_private.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

int journal_oom(Diag *err)
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

/* Scene and choice ids as scenarios make them: lower-case letters, digits, '_', '-', and
 * the '.' of generated choice ids ("scene.2"). A step back names them for people to read. */
static bool is_id(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 200)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-' ||
              *s == '.'))
            return false;
    return true;
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
static const Field stepback_fields[] = {
    F(AttemptStepBack, decision, K_NAT),
    FC(AttemptStepBack, scene_id, is_id, "a scene id (a-z, 0-9, _ and -)"),
    FC(AttemptStepBack, choice_id, is_id, "a choice id (a-z, 0-9, _, - and .)"),
    FK(AttemptStepBack, "at", at_ms, K_TIME),
};
static const Field error_fields[] = {
    F(AttemptError, file, K_STR_NULL), F(AttemptError, line, K_NAT),
    F(AttemptError, message, K_STR),   F(AttemptError, trace, K_STR_NULL),
};
#define LIST(t) { t, sizeof t / sizeof t[0] }

const FieldList journal_top_fields = LIST(top_fields);
const FieldList journal_decision_fields = LIST(decision_fields);
const FieldList journal_score_fields = LIST(score_fields);
const FieldList journal_overall_field = LIST(overall_field);
const FieldList journal_ending_fields = LIST(ending_fields);
const FieldList journal_band_fields = LIST(band_fields);
const FieldList journal_violation_fields = LIST(violation_fields);
const FieldList journal_error_fields = LIST(error_fields);
const FieldList journal_stepback_fields = LIST(stepback_fields);

/* ---- times, always UTC. timegm is not POSIX, so parsing counts days itself ---- */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

int journal_format_time(int64_t ms, char *out, size_t size)
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

int journal_parse_time(const char *s, int64_t *out)
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

void journal_field_name(char *buf, size_t size, const char *where, const char *key)
{
    snprintf(buf, size, "%s%s%s", where, where[0] ? "." : "", key);
}

/* Why v is not a valid value of kind k, or NULL when it is. */
const char *journal_bad_number(Kind k, double v)
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

/* Links between fields that the tables cannot check; shared by writer and reader, whose
 * messages start with pre. */
int journal_check_links(const Attempt *a, const char *pre, Diag *err)
{
    if (a->ndecisions < 0 || a->nscores < 0 || a->nviolations < 0 ||
        (a->ndecisions && !a->decisions) || (a->nscores && !a->scores) ||
        (a->nviolations && !a->violations) || a->nstepbacks < 0 ||
        (a->nstepbacks && !a->stepbacks)) {
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
    if (a->nstepbacks > SESSION_MAX_STEPBACKS) {
        diag_error(err, NULL, 0, "%sstep_backs has %d entries; at most %d are kept", pre,
                   a->nstepbacks, SESSION_MAX_STEPBACKS);
        return -1;
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
