/* format: the fields of each kind of table in a scenario or rubric file, with their types
 * and a one-line description. The loader validates against these tables and the authoring
 * reference is checked against them, so the documentation cannot drift from the code.
 * Everything returned is static; nothing to free. */
#ifndef RJ_FORMAT_H
#define RJ_FORMAT_H

#include <stdbool.h>

typedef enum FormatKind {
    FORMAT_SCENARIO, FORMAT_SCENE, FORMAT_ENDING, FORMAT_CHOICE, FORMAT_RUBRIC,
    FORMAT_RUBRIC_ITEM, FORMAT_BAND, FORMAT_OUTCOME, FORMAT_FIGURE,
    FORMAT_TEST, FORMAT_EXPECT, /* scenario test files (<scenario>.test.lua) */
    FORMAT_KIND_COUNT
} FormatKind;

typedef struct FormatField {
    const char *name;  /* "[1]" for the first positional value */
    const char *type;  /* as shown to authors: "string", "integer", "function", ... */
    bool required;
    const char *help;
} FormatField;

const char *format_kind_name(FormatKind k); /* "scenario", "scene", ... */
/* The fields of kind k; *count receives how many. */
const FormatField *format_fields(FormatKind k, int *count);
/* The field named `name` in kind k, or NULL. */
const FormatField *format_find(FormatKind k, const char *name);
/* A known field of kind k within edit distance 2 of name (for "did you mean"), or NULL. */
const char *format_suggest(FormatKind k, const char *name);

/* The functions scenario, rubric and test files call (scenario, scene, choice, ...), for
 * the reference. */
typedef struct FormatFunction {
    const char *usage; /* how it is written, e.g. scene "id" { ... } */
    const char *file;  /* where it is used: "scenario", "rubric" or "test" */
    const char *help;
} FormatFunction;

const FormatFunction *format_functions(int *count);

#endif
