/* value: the values a scenario variable can hold (boolean, number, string), and VarSet,
 * the variables of one session state.
 *
 * A VarSet owns its strings: value_set_string copies, varset_free releases. Numbers are
 * doubles; the script layer shows integral numbers as Lua integers so "n .. ' days'"
 * reads "2 days", not "2.0 days". */
#ifndef RJ_VALUE_H
#define RJ_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum ValueType { VALUE_BOOL = 1, VALUE_NUMBER, VALUE_STRING } ValueType;

typedef struct Value {
    ValueType type;
    union {
        bool b;
        double n;
        char *s; /* owned by whoever owns the Value (a VarSet, a Scenario's arena) */
    } as;
} Value;

const char *value_type_name(ValueType t); /* "boolean", "number", "string" */
bool value_equal(const Value *a, const Value *b);
/* Writes a short human form (true, 3, "text") into buf; returns buf. */
const char *value_format(const Value *v, char *buf, size_t size);

typedef struct VarSet {
    Value *v;
    int count;
} VarSet;

/* Deep-copies src into dst (dst must be empty or freed). Returns 0, -1 when out of memory
 * (dst is left empty). */
int varset_copy(VarSet *dst, const VarSet *src);
void varset_free(VarSet *vs);
bool varset_equal(const VarSet *a, const VarSet *b);
uint64_t varset_hash(const VarSet *vs, uint64_t seed);
/* Replaces variable i with a copy of val (types must already match). Returns 0 or -1. */
int varset_assign(VarSet *vs, int i, const Value *val);

/* FNV-1a over bytes, used for state hashing. */
uint64_t hash_bytes(const void *data, size_t n, uint64_t h);
enum { HASH_SEED = 0 };
#define HASH_FNV_OFFSET 1469598103934665603ULL

#endif
