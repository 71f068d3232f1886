/* sandbox_guards: the libraries a sandbox opens, and the functions that replace theirs.
 * print, the strict global table, and wrappers that refuse __gc or charge the budget the
 * worst case of the loops a library runs in C (patterns, string.rep, table.*). */
#include "sandbox_parts.h"

#include "core/utf8.h"

#include <lauxlib.h>
#include <lualib.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* print() goes to the author's terminal: control characters are shown as '?' there, as in
 * every other text that leaves the sandbox. */
static int sandbox_print(lua_State *L)
{
    lua_Debug ar;
    int line = lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar) ? ar.currentline : 0;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    lua_pushfstring(L, "%s:%d: print:", line ? ar.short_src : "?", line);
    luaL_addvalue(&b);
    for (int i = 1; i <= lua_gettop(L) - 1; i++) { /* the buffer sits on top */
        luaL_addchar(&b, ' ');
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    char *text = strdup(lua_tostring(L, -1));
    if (text) {
        utf8_clean(text, true);
        fprintf(stderr, "%s\n", text);
        free(text);
    }
    return 0;
}

/* ---- Library functions whose C loops the instruction count cannot see ----
 * Each is the library's own function (upvalue 1), called after the work it would do has
 * been charged to the budget. Without this, one call could run for hours. */

static int call_original(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* setmetatable without __gc: Lua runs finalizers with hooks off, so a finalizer's endless
 * loop would escape the budget (at the latest when the sandbox is closed). Lua marks an
 * object for finalization only if __gc is in its metatable when it is set, so a __gc added
 * later is never run. */
static int safe_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "'__gc' is not available in scenarios: finalizers would run "
                                 "outside the instruction budget");
        lua_pop(L, 1);
    }
    return call_original(L);
}

/* string.rep copies the empty string n times: string.rep("", math.maxinteger) loops for
 * centuries. Its result is known. Longer strings are bounded by the memory limit. */
static int safe_rep(lua_State *L)
{
    size_t l, lsep = 0;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    return call_original(L);
}

/* An upper bound on the steps of Lua's backtracking matcher: at each start position, every
 * item quantified with *, + or - can try each length up to the subject's, ? tries two, and
 * each try walks the rest of the pattern (%b and back-references scan the subject too).
 * A plain search compares the pattern at each start. Counted as in lstrlib's match().
 * One exception keeps the commonest patterns cheap (s:gsub("%s+", " ")): when the only
 * quantified item ends the pattern, its longest run always matches at once and a match
 * resumes after it, so its scans add up to one pass over the subject. */
static double pattern_cost(const char *p, size_t plen, size_t n, bool plain, bool anchors)
{
    double starts = (double)n + 1, len = (double)n + 1, branches = 1, leaf = (double)plen + 1, pass = 0;
    if (plain || (strlen(p) == plen && !strpbrk(p, "^$*+?.([%-"))) /* (a zero byte: read it all) */
        return starts * leaf;
    size_t i = 0;
    if (anchors && p[0] == '^')
        starts = 1, i = 1;
    while (i < plen) {
        char c = p[i];
        bool single = true;
        if (c == '(' || c == ')') {
            i++;
            continue;
        }
        if (c == '%' && i + 1 < plen) {
            char d = p[i + 1];
            i += 2;
            if (d == 'b') {
                i += 2, leaf += len, single = false;
            } else if (d == 'f') {
                single = false;
                c = i < plen ? p[i] : '\0';
                if (c != '[')
                    continue;
            } else if (d >= '0' && d <= '9') {
                leaf += len, single = false;
                continue;
            } else {
                c = '\0';
            }
        } else {
            i++;
        }
        if (c == '[') { /* a set: ']' right after '[' or '[^' is a member */
            if (i < plen && p[i] == '^')
                i++;
            do {
                if (i < plen && p[i] == '%')
                    i++;
                i++;
            } while (i < plen && p[i] != ']');
            i++;
        }
        if (!single || i >= plen)
            continue;
        if (p[i] == '*' || p[i] == '+' || p[i] == '-') {
            size_t rest = ++i;
            while (rest < plen && p[rest] == ')')
                rest++;
            if (rest == plen && branches == 1)
                pass = len;
            else
                branches *= len;
        } else if (p[i] == '?') {
            branches *= 2, i++;
        }
    }
    return starts * branches * leaf + pass;
}

/* string.find, match, gmatch and gsub: Lua's matcher backtracks in C, where no hook runs;
 * string.find(string.rep("a", 40), string.rep("a*", 40) .. "b") would not end. Each call is
 * charged its worst case, which can refuse a call that would have been quick: the price of
 * a bound. */
static int safe_pattern(lua_State *L)
{
    const char *name = lua_tostring(L, lua_upvalueindex(2));
    size_t n, plen;
    luaL_checklstring(L, 1, &n);
    const char *p = luaL_checklstring(L, 2, &plen);
    bool find = strcmp(name, "string.find") == 0, gmatch = strcmp(name, "string.gmatch") == 0;
    double cost = pattern_cost(p, plen, n, find && lua_toboolean(L, 4), !gmatch);
    if (cost > 1000) {
        char what[160];
        snprintf(what, sizeof what, "%s with this pattern on a text of %zu bytes could take %.3g steps "
                 "(use a simpler pattern, a shorter text, or string.find with plain = true)", name, n, cost);
        sandbox_charge(L, cost, what);
    }
    return call_original(L);
}

/* The length of the table at idx (its __len may run), or 0 for anything else (the library
 * function then raises its own error). */
static double table_len(lua_State *L, int idx)
{
    return lua_type(L, idx) == LUA_TTABLE ? (double)luaL_len(L, idx) : 0;
}

/* table.insert, remove, move, sort and concat loop over as many elements as their arguments
 * or the table's __len say, without allocating: table.move({}, 1, 1e15, 2) would not end. */
static int safe_table(lua_State *L)
{
    const char *name = lua_tostring(L, lua_upvalueindex(2));
    double work = 0;
    int has_i, has_j;
    if (strcmp(name, "table.move") == 0) {
        lua_Integer f = lua_tointegerx(L, 2, &has_i), e = lua_tointegerx(L, 3, &has_j);
        if (has_i && has_j)
            work = (double)e - (double)f + 1;
    } else if (strcmp(name, "table.concat") == 0) {
        lua_Integer i = lua_tointegerx(L, 3, &has_i), j = lua_tointegerx(L, 4, &has_j);
        work = (has_j ? (double)j : table_len(L, 1)) - (has_i ? (double)i : 1) + 1;
    } else if (strcmp(name, "table.sort") == 0) {
        double len = table_len(L, 1);
        work = len > 1 ? len * (log2(len) + 1) : 0;
    } else {
        work = table_len(L, 1); /* insert and remove shift at most every element */
    }
    if (work > 1000) {
        char what[120];
        snprintf(what, sizeof what, "%s over %.0f elements", name, work);
        sandbox_charge(L, work, what);
    }
    return call_original(L);
}

/* Replaces lib.name with wrapper, which gets the original and "lib.name" as upvalues. The
 * original is also put in a table that replaces LOADED[lib]: that is where Lua looks up the
 * name of a function called from C, so its argument errors still say 'string.find' and not
 * '?'. Scripts never see LOADED (package is not opened). */
static void wrap(lua_State *L, const char *lib, const char *name, lua_CFunction wrapper)
{
    lua_getglobal(L, lib);
    lua_getfield(L, -1, name);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_getfield(L, -1, lib);
    if (lua_rawequal(L, -1, -4)) { /* still the library itself: start the table of originals */
        lua_pop(L, 1);
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, lib);
    }
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, name);
    lua_pop(L, 2);
    lua_pushfstring(L, "%s.%s", lib, name);
    lua_pushcclosure(L, wrapper, 2);
    lua_setfield(L, -2, name);
    lua_pop(L, 1);
}

/* xpcall too: Lua runs a message handler with hooks still off when the error came from a
 * hook (the budget's), so a handler that loops would never be stopped. */
static const char *const forbidden[] = {"io", "os", "package", "debug", "require", "load",
                                        "loadfile", "dofile", "collectgarbage", "coroutine",
                                        "xpcall", NULL};

/* _G's __index: an undefined global is almost always a typo, or a library that scenarios
 * may not use; both deserve a clear error rather than a nil that fails later. */
static int strict_index(lua_State *L)
{
    const char *name = lua_tostring(L, 2);
    for (int i = 0; name && forbidden[i]; i++)
        if (strcmp(name, forbidden[i]) == 0)
            return luaL_error(L, "'%s' is not available in scenarios: they run in a sandbox "
                                 "without file, OS or module access", name);
    return luaL_error(L, "undefined name '%s' (a typo, or a variable not declared in vars?)",
                      name ? name : "?");
}

int sandbox_guards_open_libs(lua_State *L)
{
    static const luaL_Reg libs[] = {{LUA_GNAME, luaopen_base},
                                    {LUA_TABLIBNAME, luaopen_table},
                                    {LUA_STRLIBNAME, luaopen_string},
                                    {LUA_MATHLIBNAME, luaopen_math},
                                    {LUA_UTF8LIBNAME, luaopen_utf8},
                                    {NULL, NULL}};
    for (const luaL_Reg *lib = libs; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    lua_pushglobaltable(L);
    for (int i = 0; forbidden[i]; i++) {
        lua_pushnil(L);
        lua_setfield(L, -2, forbidden[i]);
    }
    lua_pushcfunction(L, sandbox_print);
    lua_setfield(L, -2, "print");
    lua_getfield(L, -1, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    wrap(L, LUA_GNAME, "setmetatable", safe_setmetatable);
    wrap(L, "string", "rep", safe_rep);
    static const char *const patterns[] = {"find", "match", "gmatch", "gsub", NULL};
    for (int i = 0; patterns[i]; i++)
        wrap(L, "string", patterns[i], safe_pattern);
    static const char *const tables[] = {"insert", "remove", "move", "sort", "concat", NULL};
    for (int i = 0; tables[i]; i++)
        wrap(L, "table", tables[i], safe_table);
    lua_newtable(L);
    lua_pushcfunction(L, strict_index);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
    lua_pop(L, 1);
    return 0;
}
