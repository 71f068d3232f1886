/* convert_parts: internal to engine/script: convert.c (the scenario's top level and scenes),
 * convert_choice.c (a choice), convert_rubric.c (the rubric) and convert_values.c (fields,
 * values and errors) share one conversion's state. convert.h is the interface.
 * Every helper reads the file's tables raw, copies strings into the scenario's arena and
 * counts each problem it reports in Conv.errors, so conversion goes on after an error. */
#ifndef RJ_CONVERT_PARTS_H
#define RJ_CONVERT_PARTS_H

#include "convert.h"
#include "format.h"

#include <lua.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct Conv {
    lua_State *L;
    Scenario *sc;
    const Rubric *r;
    const char *file;
    DiagList *diags;
    int errors;
    bool too_big; /* past MAX_CONVERTED_BYTES (convert_values.c): reported once, nothing more is copied */
} Conv;

/* One error at c's file and line. */
void convert_values_error_at(Conv *c, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The type of the value at idx as an author would say it ("whole number", "string"...). */
const char *convert_values_type_of(lua_State *L, int idx);
/* Whether s is a non-empty id of lowercase letters and digits, and '_' or '-' if allowed. */
bool convert_values_valid_id(const char *s, bool allow_underscore, bool allow_dash);
void convert_values_check_keys(Conv *c, int idx, FormatKind kind, int line, const char *where,
                               int max_positional);
int convert_values_field(Conv *c, int idx, const char *name);
bool convert_values_too_big(Conv *c, size_t more);
char *convert_values_copy_text(Conv *c, int idx);
const char *convert_values_string(Conv *c, int idx, const char *name, bool required, int line,
                                  const char *where);
/* A required whole-number field from min to 1,000,000; min (after an error) otherwise. */
int convert_values_int(Conv *c, int idx, const char *name, int min, int line, const char *where);
int convert_values_function(Conv *c, int idx, const char *name, int line, const char *where);
int convert_values_string_list(Conv *c, int idx, const char *name, int line, const char *where,
                               const char ***out);
bool convert_values_to_value(Conv *c, int idx, Value *v);

/* Item n of scene, the choice table at idx, into *ch. Targets are resolved against the
 * scenes already added, so every scene must be known first. */
void convert_choice(Conv *c, int idx, Scene *scene, int n, Choice *ch);

#endif
