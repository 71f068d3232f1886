/* bridge: calling scenario functions from the core. */
#include "bridge.h"

#include "core/utf8.h"

#include <lauxlib.h>

#include <math.h>
#include <stdint.h>
#include <string.h>

static Bridge *bridge_of(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

/* Index of variable `name` via the name->index table in upvalue 2, or -1. */
static int var_index(lua_State *L, int key)
{
    if (lua_type(L, key) != LUA_TSTRING)
        return -1;
    lua_pushvalue(L, key);
    int i = lua_rawget(L, lua_upvalueindex(2)) == LUA_TNUMBER ? (int)lua_tointeger(L, -1) : -1;
    lua_pop(L, 1);
    return i;
}

static void push_value(lua_State *L, const Value *v)
{
    switch (v->type) {
    case VALUE_BOOL: lua_pushboolean(L, v->as.b); break;
    case VALUE_NUMBER:
        /* Whole numbers go to Lua as integers so text reads "2 days", not "2.0 days". */
        if (v->as.n == floor(v->as.n) && fabs(v->as.n) < 9e15)
            lua_pushinteger(L, (lua_Integer)v->as.n);
        else
            lua_pushnumber(L, v->as.n);
        break;
    case VALUE_STRING: lua_pushstring(L, v->as.s); break;
    default: lua_pushnil(L); break;
    }
}

static int proxy_index(lua_State *L)
{
    Bridge *b = bridge_of(L);
    int i = var_index(L, 2);
    if (i < 0 || !b->current)
        return luaL_error(L, "'%s' is not a declared variable (declare it in vars)", luaL_tolstring(L, 2, NULL));
    if (b->usage)
        b->usage[i] |= BRIDGE_READ;
    push_value(L, &b->current->v[i]);
    return 1;
}

static int proxy_newindex(lua_State *L)
{
    Bridge *b = bridge_of(L);
    int i = var_index(L, 2);
    if (i < 0 || !b->current)
        return luaL_error(L, "'%s' is not a declared variable (declare it in vars)", luaL_tolstring(L, 2, NULL));
    const char *name = lua_tostring(L, 2);
    if (!b->writable)
        return luaL_error(L, "cannot change '%s' here: conditions and text only read variables "
                             "(change them with set, add or effect)", name);
    Value v;
    ValueType want = b->current->v[i].type;
    switch (lua_type(L, 3)) {
    case LUA_TBOOLEAN: v.type = VALUE_BOOL; v.as.b = lua_toboolean(L, 3); break;
    case LUA_TNUMBER: v.type = VALUE_NUMBER; v.as.n = lua_tonumber(L, 3); break;
    case LUA_TSTRING: v.type = VALUE_STRING; v.as.s = (char *)(uintptr_t)lua_tostring(L, 3); break;
    default: return luaL_error(L, "cannot set '%s' to a %s", name, luaL_typename(L, 3));
    }
    if (v.type != want)
        return luaL_error(L, "'%s' is a %s variable; cannot set it to a %s", name, value_type_name(want),
                          value_type_name(v.type));
    if (v.type == VALUE_NUMBER && !isfinite(v.as.n))
        return luaL_error(L, "cannot set '%s' to %f", name, v.as.n);
    if (varset_assign(b->current, i, &v))
        return luaL_error(L, "not enough memory");
    if (b->usage)
        b->usage[i] |= BRIDGE_WRITTEN;
    return 0;
}

int bridge_init(Bridge *b, Sandbox *sb, const Scenario *sc, Diag *err)
{
    lua_State *L = sandbox_lua(sb);
    b->sb = sb;
    b->sc = sc;
    b->current = NULL;
    b->writable = false;
    b->usage = NULL;
    if (!lua_checkstack(L, 8)) {
        diag_error(err, scenario_meta(sc)->file, 0, "out of memory");
        return -1;
    }
    /* v is a userdata, not a table: rawset(v, "n", 5) would store a value that shadows the
     * variable in every later call, and rawget and pairs would bypass the checks. */
    lua_newuserdatauv(L, 0, 0); /* v */
    lua_createtable(L, 0, 2); /* its metatable */
    lua_createtable(L, 0, scenario_var_count(sc)); /* name -> index */
    for (int i = 0; i < scenario_var_count(sc); i++) {
        lua_pushinteger(L, i);
        lua_setfield(L, -2, scenario_var(sc, i)->name);
    }
    lua_pushlightuserdata(L, b);
    lua_pushvalue(L, -2);
    lua_pushcclosure(L, proxy_index, 2);
    lua_setfield(L, -3, "__index");
    lua_pushlightuserdata(L, b);
    lua_pushvalue(L, -2);
    lua_pushcclosure(L, proxy_newindex, 2);
    lua_setfield(L, -3, "__newindex");
    lua_pop(L, 1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable"); /* scripts may not swap it */
    lua_setmetatable(L, -2);
    b->proxy_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* Pushes function ref and v, calls it with the variables in place. */
static int call(Bridge *b, int ref, VarSet *vars, bool writable, Diag *err, int *defined_line)
{
    lua_State *L = sandbox_lua(b->sb);
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    lua_Debug ar;
    lua_pushvalue(L, -1);
    *defined_line = lua_getinfo(L, ">S", &ar) ? ar.linedefined : 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, b->proxy_ref);
    b->current = vars;
    b->writable = writable;
    int rc = sandbox_call(b->sb, 1, 1, *defined_line, err);
    b->current = NULL;
    b->writable = false;
    return rc;
}

static int hook_condition(void *ctx, int ref, const VarSet *vars, Diag *err)
{
    Bridge *b = ctx;
    lua_State *L = sandbox_lua(b->sb);
    int line;
    /* const is restored by writable=false: the proxy refuses every write. */
    if (call(b, ref, (VarSet *)(uintptr_t)vars, false, err, &line))
        return -1;
    int t = lua_type(L, -1), result = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (t != LUA_TBOOLEAN) {
        diag_error(err, scenario_meta(b->sc)->file, line,
                   "condition (when) must return true or false, not a %s", lua_typename(L, t));
        return -1;
    }
    return result;
}

static int hook_effect(void *ctx, int ref, VarSet *vars, Diag *err)
{
    Bridge *b = ctx;
    int line;
    if (call(b, ref, vars, true, err, &line))
        return -1;
    lua_pop(sandbox_lua(b->sb), 1);
    return 0;
}

static char *hook_text(void *ctx, int ref, const VarSet *vars, Diag *err)
{
    Bridge *b = ctx;
    lua_State *L = sandbox_lua(b->sb);
    int line;
    if (call(b, ref, (VarSet *)(uintptr_t)vars, false, err, &line))
        return NULL;
    char *text = NULL;
    if (lua_type(L, -1) == LUA_TSTRING) {
        text = strdup(lua_tostring(L, -1));
        if (!text)
            diag_error(err, scenario_meta(b->sc)->file, line, "out of memory");
        else
            utf8_clean(text, true); /* shown on terminals, like the file's own texts */
    } else {
        diag_error(err, scenario_meta(b->sc)->file, line, "text function must return a string, not a %s",
                   luaL_typename(L, -1));
    }
    lua_pop(L, 1);
    return text;
}

ScenarioHooks bridge_hooks(Bridge *b)
{
    return (ScenarioHooks){b, hook_condition, hook_effect, hook_text};
}
