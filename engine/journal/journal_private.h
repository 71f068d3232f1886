/* journal_private: what the journal's files share (not for other modules): the field
 * tables that drive both the writer and the reader, times, number checks and JSON helpers.
 * Functions report errors as in journal.h: -1 or NULL, with err (may be NULL) filled. */
#ifndef RJ_JOURNAL_PRIVATE_H
#define RJ_JOURNAL_PRIVATE_H

#include "journal.h"

#include <cjson/cJSON.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MAX_SAFE 9007199254740992.0 /* 2^53: JSON numbers are exact below it */
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

static inline bool journal_is_number_kind(Kind k)
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

/* A table of fields, in the order they are written. */
typedef struct FieldList {
    const Field *f;
    size_t n;
} FieldList;

extern const FieldList journal_top_fields, journal_decision_fields, journal_score_fields,
    journal_overall_field, journal_ending_fields, journal_band_fields,
    journal_violation_fields, journal_error_fields, journal_stepback_fields;

/* -1 after recording "out of memory" in err. */
int journal_oom(Diag *err);
/* ms since 1970 as "YYYY-MM-DDTHH:MM:SS.mmmZ" (25 bytes with the NUL) in out; -1 when the
 * time is outside years 0000-9999. */
int journal_format_time(int64_t ms, char *out, size_t size);
/* The reverse; -1 when s is not exactly that form or not a real date. */
int journal_parse_time(const char *s, int64_t *out);
/* Why v is not a valid value of kind k, or NULL when it is. */
const char *journal_bad_number(Kind k, double v);
/* "where.key" (or "key" when where is empty) into buf. */
void journal_field_name(char *buf, size_t size, const char *where, const char *key);
/* Links between fields that the tables cannot check; shared by writer and reader, whose
 * messages start with pre. 0 or -1. */
int journal_check_links(const Attempt *a, const char *pre, Diag *err);
/* A JSON string of s, with U+FFFD for each byte that is not valid UTF-8; NULL when out of
 * memory. The caller owns the item (cJSON_Delete, or add it to a tree). */
cJSON *journal_new_text(const char *s);
/* Adds v as the shortest number text that reads back exactly; NULL when out of memory. */
cJSON *journal_add_number(cJSON *obj, const char *key, double v);

#endif
