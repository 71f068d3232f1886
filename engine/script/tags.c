/* tags: constructors that record kind and line of each table. */
#include "tags.h"

#include <lauxlib.h>

static const char TAGS_KEY[] = "rjsim.tags";

static int caller_line(lua_State *L)
{
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar))
        return ar.currentline;
    return 0;
}

/* tags[tbl] = { kind, line, id } */
static void tag(lua_State *L, int tbl, TagKind kind, int line, int id_idx)
{
    tbl = lua_absindex(L, tbl);
    lua_getfield(L, LUA_REGISTRYINDEX, TAGS_KEY);
    lua_pushvalue(L, tbl);
    lua_createtable(L, 3, 0);
    lua_pushinteger(L, kind);
    lua_rawseti(L, -2, 1);
    lua_pushinteger(L, line);
    lua_rawseti(L, -2, 2);
    if (id_idx) {
        lua_pushvalue(L, id_idx);
        lua_rawseti(L, -2, 3);
    }
    lua_rawset(L, -3);
    lua_pop(L, 1);
}

static int make_table_tagger(lua_State *L, TagKind kind, const char *what)
{
    if (!lua_istable(L, 1))
        return luaL_error(L, "%s expects a table: write %s { ... }", what, what);
    tag(L, 1, kind, caller_line(L), 0);
    lua_settop(L, 1);
    return 1;
}

static int l_scenario(lua_State *L) { return make_table_tagger(L, TAG_SCENARIO, "scenario"); }
static int l_choice(lua_State *L) { return make_table_tagger(L, TAG_CHOICE, "choice"); }
static int l_rubric(lua_State *L) { return make_table_tagger(L, TAG_RUBRIC, "rubric"); }

/* The closure returned by scene "id": upvalues kind, id, line. */
static int l_scene_body(lua_State *L)
{
    TagKind kind = (TagKind)lua_tointeger(L, lua_upvalueindex(1));
    if (!lua_istable(L, 1))
        return luaL_error(L, "%s \"%s\" expects a table: write %s \"%s\" { ... }",
                          kind == TAG_ENDING ? "ending" : "scene", lua_tostring(L, lua_upvalueindex(2)),
                          kind == TAG_ENDING ? "ending" : "scene", lua_tostring(L, lua_upvalueindex(2)));
    tag(L, 1, kind, (int)lua_tointeger(L, lua_upvalueindex(3)), lua_upvalueindex(2));
    lua_settop(L, 1);
    return 1;
}

static int make_scene(lua_State *L, TagKind kind)
{
    const char *what = kind == TAG_ENDING ? "ending" : "scene";
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_error(L, "%s needs an id first: write %s \"some-id\" { ... }", what, what);
    lua_pushinteger(L, kind);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, caller_line(L));
    lua_pushcclosure(L, l_scene_body, 3);
    return 1;
}

static int l_scene(lua_State *L) { return make_scene(L, TAG_SCENE); }
static int l_ending(lua_State *L) { return make_scene(L, TAG_ENDING); }

void tags_register(lua_State *L)
{
    lua_newtable(L);
    lua_newtable(L);
    lua_pushstring(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, TAGS_KEY);
    static const luaL_Reg fns[] = {{"scenario", l_scenario}, {"scene", l_scene}, {"ending", l_ending},
                                   {"choice", l_choice},     {"rubric", l_rubric}, {NULL, NULL}};
    lua_pushglobaltable(L);
    luaL_setfuncs(L, fns, 0);
    lua_pop(L, 1);
}

TagKind tags_get(lua_State *L, int idx, int *line, const char **id)
{
    TagKind kind = TAG_NONE;
    idx = lua_absindex(L, idx);
    *line = 0;
    if (id)
        *id = NULL;
    if (!lua_istable(L, idx))
        return TAG_NONE;
    lua_getfield(L, LUA_REGISTRYINDEX, TAGS_KEY);
    lua_pushvalue(L, idx);
    lua_rawget(L, -2);
    if (lua_istable(L, -1)) {
        lua_rawgeti(L, -1, 1);
        kind = (TagKind)lua_tointeger(L, -1);
        lua_rawgeti(L, -2, 2);
        *line = (int)lua_tointeger(L, -1);
        lua_rawgeti(L, -3, 3);
        if (id)
            *id = lua_tostring(L, -1); /* anchored by the tag table, itself anchored by tags */
        lua_pop(L, 3);
    }
    lua_pop(L, 2);
    return kind;
}
