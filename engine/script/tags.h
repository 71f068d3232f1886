/* tags: the constructor functions scenario files call (scenario, scene, ending, choice,
 * rubric). Each returns the author's table unchanged and remembers, in a weak registry
 * table, what kind of value it is and the line it was written on, so the converter can
 * say "file:line" for any scene or choice. No allocation outside the Lua state. */
#ifndef RJ_TAGS_H
#define RJ_TAGS_H

#include <lua.h>

typedef enum TagKind { TAG_NONE, TAG_SCENARIO, TAG_SCENE, TAG_ENDING, TAG_CHOICE, TAG_RUBRIC } TagKind;

/* Defines the constructors as globals of L. Call before running a file. */
void tags_register(lua_State *L);
/* The tag of the table at idx: its kind (TAG_NONE if untagged) and line; for scenes and
 * endings *id points at the id string, valid while the table is alive. */
TagKind tags_get(lua_State *L, int idx, int *line, const char **id);

#endif
