/* convert_values: fields and values of a scenario's or rubric's tables read into core data.
 * Shared by convert*.c, with the error report (file:line) they all use. */
#include "convert_parts.h"

#include "core/utf8.h"

#include <lauxlib.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>

/* Lua shares strings and tables, the converted scenario copies them: a file can name one
 * 2 MB text, or one choice, a million times and still fit its sandbox. Conversion stops
 * with an error once the copies pass this. */
enum { MAX_CONVERTED_BYTES = 64 * 1024 * 1024 };

static void add_diag(Conv *c, DiagSeverity sev, int line, const char *fmt, va_list ap)
{
    Diag d;
    diag_clear(&d);
    d.severity = sev;
    snprintf(d.file, sizeof d.file, "%s", c->file);
    d.line = line;
    vsnprintf(d.message, sizeof d.message, fmt, ap);
    utf8_clean(d.message, true); /* messages quote the file's keys and values */
    diag_list_add(c->diags, &d);
}

void convert_values_error_at(Conv *c, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add_diag(c, DIAG_ERROR, line, fmt, ap);
    va_end(ap);
    c->errors++;
}

const char *convert_values_type_of(lua_State *L, int idx)
{
    if (lua_type(L, idx) == LUA_TNUMBER)
        return lua_isinteger(L, idx) ? "whole number" : "number";
    return luaL_typename(L, idx);
}

bool convert_values_valid_id(const char *s, bool allow_underscore, bool allow_dash)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || (allow_dash && *s == '-') ||
              (allow_underscore && *s == '_')))
            return false;
    return true;
}

/* Reports every key of the table at idx that kind does not define. Positional keys are
 * allowed up to max_positional (-1: any). */
void convert_values_check_keys(Conv *c, int idx, FormatKind kind, int line, const char *where,
                               int max_positional)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING) {
            const char *k = lua_tostring(L, -1);
            if (!format_find(kind, k)) {
                const char *s = format_suggest(kind, k);
                convert_values_error_at(c, line, "unknown field '%s' in %s%s%s%s", k, where,
                                        s ? " (did you mean '" : "", s ? s : "", s ? "'?)" : "");
            }
        } else if (lua_isinteger(L, -1)) {
            lua_Integer i = lua_tointeger(L, -1);
            if (max_positional >= 0 && (i < 1 || i > max_positional))
                convert_values_error_at(c, line, "unexpected value at position %lld in %s", (long long)i, where);
        } else {
            convert_values_error_at(c, line, "unexpected %s key in %s", luaL_typename(L, -1), where);
        }
    }
}

/* Pushes field `name` of the table at idx; returns its Lua type. Raw: the file's tables are
 * read as data. A metamethod (__index, __len) would run the file's code here, outside any
 * protected call, where its error or endless loop aborts the process. */
int convert_values_field(Conv *c, int idx, const char *name)
{
    idx = lua_absindex(c->L, idx);
    lua_pushstring(c->L, name);
    return lua_rawget(c->L, idx);
}

/* True, after one error, once the scenario's copies would pass MAX_CONVERTED_BYTES with
 * `more` bytes added. */
bool convert_values_too_big(Conv *c, size_t more)
{
    if (!c->too_big && scenario_bytes(c->sc) + more > MAX_CONVERTED_BYTES) {
        convert_values_error_at(c, scenario_meta(c->sc)->line, "the scenario takes more than %d MB once loaded: "
                                "is one long text or one table used many times over?", MAX_CONVERTED_BYTES >> 20);
        c->too_big = true;
    }
    return c->too_big;
}

/* The string at idx copied into the arena, its control characters shown as '?' (texts
 * reach terminals); "" past the size limit, NULL when out of memory. */
char *convert_values_copy_text(Conv *c, int idx)
{
    static char none[1];
    size_t len;
    const char *s = lua_tolstring(c->L, idx, &len);
    if (convert_values_too_big(c, len + 1))
        return none;
    char *out = scenario_strdup(c->sc, s);
    if (out)
        utf8_clean(out, true);
    return out;
}

/* A string field copied into the scenario's arena; NULL when absent (error if required). */
const char *convert_values_string(Conv *c, int idx, const char *name, bool required, int line,
                                  const char *where)
{
    const char *out = NULL;
    int t = convert_values_field(c, idx, name);
    if (t == LUA_TSTRING)
        out = convert_values_copy_text(c, -1);
    else if (t == LUA_TNIL && required)
        convert_values_error_at(c, line, "%s is missing required field '%s'", where, name);
    else if (t != LUA_TNIL)
        convert_values_error_at(c, line, "field '%s' of %s must be a string, not a %s", name, where,
                                convert_values_type_of(c->L, -1));
    lua_pop(c->L, 1);
    return out;
}

int convert_values_int(Conv *c, int idx, const char *name, int min, int line, const char *where)
{
    int out = min;
    int t = convert_values_field(c, idx, name);
    if (t == LUA_TNIL)
        convert_values_error_at(c, line, "%s is missing required field '%s'", where, name);
    else if (!lua_isinteger(c->L, -1))
        convert_values_error_at(c, line, "field '%s' of %s must be a whole number, not a %s", name, where,
                                convert_values_type_of(c->L, -1));
    else if (lua_tointeger(c->L, -1) < min || lua_tointeger(c->L, -1) > 1000000)
        convert_values_error_at(c, line, "field '%s' of %s must be %d or more", name, where, min);
    else
        out = (int)lua_tointeger(c->L, -1);
    lua_pop(c->L, 1);
    return out;
}

/* A function field stored in the registry; SCRIPT_REF_NONE when absent. */
int convert_values_function(Conv *c, int idx, const char *name, int line, const char *where)
{
    int t = convert_values_field(c, idx, name);
    if (t == LUA_TFUNCTION)
        return luaL_ref(c->L, LUA_REGISTRYINDEX);
    if (t != LUA_TNIL)
        convert_values_error_at(c, line, "field '%s' of %s must be a function, not a %s", name, where,
                                convert_values_type_of(c->L, -1));
    lua_pop(c->L, 1);
    return SCRIPT_REF_NONE;
}

/* A list of strings; returns the count and sets *out (arena). */
int convert_values_string_list(Conv *c, int idx, const char *name, int line, const char *where,
                               const char ***out)
{
    lua_State *L = c->L;
    int n = 0;
    *out = NULL;
    int t = convert_values_field(c, idx, name);
    if (t == LUA_TTABLE) {
        int len = (int)lua_rawlen(L, -1);
        *out = convert_values_too_big(c, sizeof(char *) * (size_t)(len + 1))
                   ? NULL
                   : scenario_alloc(c->sc, sizeof(char *) * (size_t)(len + 1));
        for (int i = 1; i <= len && *out; i++) {
            if (lua_rawgeti(L, -1, i) == LUA_TSTRING)
                (*out)[n++] = convert_values_copy_text(c, -1);
            else
                convert_values_error_at(c, line, "item %d of '%s' in %s must be a string, not a %s", i, name,
                                        where, convert_values_type_of(L, -1));
            lua_pop(L, 1);
        }
    } else if (t != LUA_TNIL) {
        convert_values_error_at(c, line, "field '%s' of %s must be a list of strings, not a %s", name, where,
                                convert_values_type_of(L, -1));
    }
    lua_pop(L, 1);
    return n;
}

/* Reads a Lua value at idx as a Value; strings are copied into the arena. */
bool convert_values_to_value(Conv *c, int idx, Value *v)
{
    switch (lua_type(c->L, idx)) {
    case LUA_TBOOLEAN: v->type = VALUE_BOOL; v->as.b = lua_toboolean(c->L, idx); return true;
    case LUA_TNUMBER:
        v->type = VALUE_NUMBER;
        v->as.n = lua_tonumber(c->L, idx);
        return isfinite(v->as.n);
    case LUA_TSTRING:
        v->type = VALUE_STRING;
        v->as.s = convert_values_copy_text(c, idx);
        return v->as.s != NULL;
    default: return false;
    }
}
