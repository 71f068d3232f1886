/* value: variable values and the VarSet of one state. */
#include "value.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *value_type_name(ValueType t)
{
    switch (t) {
    case VALUE_BOOL: return "boolean";
    case VALUE_NUMBER: return "number";
    case VALUE_STRING: return "string";
    default: return "nothing";
    }
}

bool value_equal(const Value *a, const Value *b)
{
    if (a->type != b->type)
        return false;
    switch (a->type) {
    case VALUE_BOOL: return a->as.b == b->as.b;
    case VALUE_NUMBER: return a->as.n == b->as.n;
    case VALUE_STRING: return strcmp(a->as.s, b->as.s) == 0;
    default: return true;
    }
}

const char *value_format(const Value *v, char *buf, size_t size)
{
    switch (v->type) {
    case VALUE_BOOL: snprintf(buf, size, "%s", v->as.b ? "true" : "false"); break;
    case VALUE_NUMBER:
        if (v->as.n == floor(v->as.n) && fabs(v->as.n) < 1e15)
            snprintf(buf, size, "%.0f", v->as.n);
        else
            snprintf(buf, size, "%g", v->as.n);
        break;
    case VALUE_STRING: snprintf(buf, size, "\"%s\"", v->as.s); break;
    default: snprintf(buf, size, "nil"); break;
    }
    return buf;
}

uint64_t hash_bytes(const void *data, size_t n, uint64_t h)
{
    const unsigned char *p = data;
    if (h == HASH_SEED)
        h = HASH_FNV_OFFSET;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

int varset_copy(VarSet *dst, const VarSet *src)
{
    dst->v = NULL;
    dst->count = 0;
    if (src->count == 0)
        return 0;
    Value *v = calloc((size_t)src->count, sizeof *v);
    if (!v)
        return -1;
    for (int i = 0; i < src->count; i++) {
        v[i] = src->v[i];
        if (v[i].type == VALUE_STRING) {
            v[i].as.s = strdup(src->v[i].as.s);
            if (!v[i].as.s) {
                VarSet tmp = {v, i};
                varset_free(&tmp);
                return -1;
            }
        }
    }
    dst->v = v;
    dst->count = src->count;
    return 0;
}

void varset_free(VarSet *vs)
{
    for (int i = 0; i < vs->count; i++)
        if (vs->v[i].type == VALUE_STRING)
            free(vs->v[i].as.s);
    free(vs->v);
    vs->v = NULL;
    vs->count = 0;
}

bool varset_equal(const VarSet *a, const VarSet *b)
{
    if (a->count != b->count)
        return false;
    for (int i = 0; i < a->count; i++)
        if (!value_equal(&a->v[i], &b->v[i]))
            return false;
    return true;
}

uint64_t varset_hash(const VarSet *vs, uint64_t h)
{
    for (int i = 0; i < vs->count; i++) {
        const Value *v = &vs->v[i];
        unsigned char t = (unsigned char)v->type;
        h = hash_bytes(&t, 1, h);
        switch (v->type) {
        case VALUE_BOOL: {
            unsigned char b = v->as.b;
            h = hash_bytes(&b, 1, h);
            break;
        }
        case VALUE_NUMBER: {
            double n = v->as.n == 0.0 ? 0.0 : v->as.n; /* -0 and 0 compare equal */
            h = hash_bytes(&n, sizeof n, h);
            break;
        }
        case VALUE_STRING: h = hash_bytes(v->as.s, strlen(v->as.s) + 1, h); break;
        default: break;
        }
    }
    return h;
}

int varset_assign(VarSet *vs, int i, const Value *val)
{
    Value nv = *val;
    if (nv.type == VALUE_STRING) {
        nv.as.s = strdup(val->as.s);
        if (!nv.as.s)
            return -1;
    }
    if (vs->v[i].type == VALUE_STRING)
        free(vs->v[i].as.s);
    vs->v[i] = nv;
    return 0;
}
