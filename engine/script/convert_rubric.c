/* convert_rubric: a rubric's table to core data (principles, safeguards, bands), file:line errors. */
#include "convert_parts.h"

#include "tags.h"

static void convert_items(Conv *c, int idx, const char *name, int line, Rubric *r, bool principles)
{
    lua_State *L = c->L;
    int t = convert_values_field(c, idx, name);
    if (t != LUA_TTABLE) {
        convert_values_error_at(c, line,
                                "the rubric needs '%s' as a list of { id = ..., name = ..., definition = ..., "
                                "source = ... }",
                                name);
        lua_pop(L, 1);
        return;
    }
    int len = (int)lua_rawlen(L, -1);
    for (int i = 1; i <= len; i++) {
        if (lua_rawgeti(L, -1, i) != LUA_TTABLE) {
            convert_values_error_at(c, line, "%s: item %d must be a table", name, i);
        } else {
            int it = lua_gettop(L);
            convert_values_check_keys(c, it, FORMAT_RUBRIC_ITEM, line, name, 0);
            RubricItem item = {convert_values_string(c, it, "id", true, line, name),
                               convert_values_string(c, it, "name", true, line, name),
                               convert_values_string(c, it, "definition", true, line, name),
                               convert_values_string(c, it, "source", true, line, name)};
            if (item.id && !convert_values_valid_id(item.id, true, false))
                convert_values_error_at(c, line, "%s: id '%s' must use only lowercase letters, digits and '_'", name,
                                        item.id);
            else if (item.id && (rubric_find_principle(r, item.id) >= 0 || rubric_find_safeguard(r, item.id) >= 0))
                convert_values_error_at(c, line, "%s: duplicate id '%s'", name, item.id);
            else if (item.id && item.name && item.definition && item.source)
                principles ? rubric_add_principle(r, &item) : rubric_add_safeguard(r, &item);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

int convert_rubric(lua_State *L, int idx, Rubric *r, Scenario *scratch, const char *file, DiagList *diags)
{
    Conv c = {L, scratch, r, file, diags, 0, false};
    int line;
    idx = lua_absindex(L, idx);
    if (tags_get(L, idx, &line, NULL) != TAG_RUBRIC) {
        convert_values_error_at(&c, 0, "the rubric file must end with: return rubric { ... }");
        return c.errors;
    }
    convert_values_check_keys(&c, idx, FORMAT_RUBRIC, line, "the rubric", 0);
    convert_items(&c, idx, "principles", line, r, true);
    convert_items(&c, idx, "safeguards", line, r, false);
    if (convert_values_field(&c, idx, "bands") == LUA_TTABLE) {
        int len = (int)lua_rawlen(L, -1);
        for (int i = 1; i <= len; i++) {
            if (lua_rawgeti(L, -1, i) == LUA_TTABLE) {
                int b = lua_gettop(L);
                convert_values_check_keys(&c, b, FORMAT_BAND, line, "bands", 0);
                RubricBand band = {convert_values_string(&c, b, "id", true, line, "a band"),
                                   convert_values_string(&c, b, "name", true, line, "a band"), 0};
                if (convert_values_field(&c, b, "min") == LUA_TNUMBER)
                    band.min = lua_tonumber(L, -1);
                else
                    convert_values_error_at(&c, line, "bands: item %d needs min, a number from 0 to 100", i);
                lua_pop(L, 1);
                if (band.id && band.name)
                    rubric_add_band(r, &band);
            } else {
                convert_values_error_at(&c, line, "bands: item %d must be { id = ..., name = ..., min = ... }", i);
            }
            lua_pop(L, 1);
        }
    } else {
        convert_values_error_at(&c, line, "the rubric needs 'bands' as a list of { id = ..., name = ..., min = ... }");
    }
    lua_pop(L, 1);
    const char *cap = convert_values_string(&c, idx, "violation_cap", false, line, "the rubric");
    if (cap && rubric_set_violation_cap(r, cap))
        convert_values_error_at(&c, line, "violation_cap: '%s' is not one of the rubric's bands", cap);
    if (c.errors == 0 && rubric_principle_count(r) == 0)
        convert_values_error_at(&c, line, "the rubric defines no principles");
    return c.errors;
}
