/* format: the field tables of the scenario and rubric formats. */
#include "format.h"

#include <string.h>

/* The help texts are the reference documentation: `rjsim format` prints these tables as
 * Markdown into docs/authoring.md, and a test fails when the document differs. */
static const FormatField scenario_fields[] = {
    {"id", "string", true, "stable id: lowercase letters, digits and '-'; logs and reports use it"},
    {"version", "integer >= 1", true, "content version; raise it when you change the content (logs record it)"},
    {"title", "string", true, "shown in the library and above each scene"},
    {"role", "\"prosecutor\" or \"officer\"", true, "who the trainee plays"},
    {"summary", "string", true, "two or three sentences for the library"},
    {"minutes", "integer >= 1", true, "expected playing time in minutes"},
    {"modelled_on", "string", true, "the real programme or practice the case is modelled on"},
    {"start", "scene id", true, "the first scene"},
    {"vars", "table { name = value }", false,
     "declared variables and their initial values (boolean, number or string); the initial value fixes the type"},
    {"speakers", "list of strings", false, "names whose lines (\"Name: ...\") are shown as dialogue"},
    {"figures", "list of figure tables", false, "outcome figures for the debrief, each with its source"},
};

static const FormatField scene_fields[] = {
    {"title", "string", false, "a heading shown above the scene's text"},
    {"text", "string or function(v)", true,
     "what the trainee reads; a blank line starts a paragraph; a function returns the text from the variables"},
    {"notes", "string", false, "facilitator notes (workshop presenter view), never shown to trainees"},
    {"questions", "list of strings", false, "discussion questions for the room"},
};

static const FormatField ending_fields[] = {
    {"title", "string", true, "the ending's name"},
    {"text", "string or function(v)", true, "what happens"},
    {"outcome", "outcome table", false, "what the ending means for the victim, the accused and the community"},
    {"debrief", "string", false, "what this ending teaches, shown in the debrief (the checker warns when missing)"},
    {"notes", "string", false, "facilitator notes"},
    {"questions", "list of strings", false, "discussion questions for the room"},
};

static const FormatField choice_fields[] = {
    {"[1]", "string", true, "the choice as the trainee reads it"},
    {"to", "scene id, or list of { weight, \"scene\" }", true,
     "where the choice leads; a list draws one target with the session's seeded generator, in proportion to "
     "the weights"},
    {"id", "string", false,
     "stable id, unique in the scenario; default <scene>.<n> (n counts from 1). Give one to keep test files "
     "and live reload working when choices are reordered"},
    {"when", "function(v) -> boolean", false, "offer the choice only when this returns true"},
    {"set", "table { var = value }", false, "assign declared variables"},
    {"add", "table { var = number }", false, "add to declared number variables"},
    {"effect", "function(v)", false, "change variables with code (v.name = value); runs after set and add"},
    {"score", "table { principle = number }", false,
     "how the choice moves each principle of the rubric, typically -3 to +3"},
    {"violation", "safeguard id", false, "the procedural safeguard this choice breaks"},
    {"feedback", "string", false, "why the choice scores as it does, in plain words (the checker warns when missing)"},
};

static const FormatField rubric_fields[] = {
    {"version", "integer >= 1", true, "rubric version, recorded in every log"},
    {"principles", "list of item tables", true, "the principles choices are scored against"},
    {"safeguards", "list of item tables", true, "the procedural safeguards a choice can break"},
    {"bands", "list of band tables", true, "score bands, each with its lowest overall score"},
    {"violation_cap", "band id", false,
     "the highest band an attempt with a broken safeguard can reach (default: below the top band)"},
};

static const FormatField item_fields[] = {
    {"id", "string", true, "stable id scenarios use: lowercase letters, digits and '_'"},
    {"name", "string", true, "short display name"},
    {"definition", "string", true, "one or two sentences"},
    {"source", "string", true, "where it comes from"},
};

static const FormatField band_fields[] = {
    {"id", "string", true, "stable id (test files name bands by it)"},
    {"name", "string", true, "display name"},
    {"min", "number", true, "lowest overall score (0-100) in the band"},
};

static const FormatField outcome_fields[] = {
    {"victim", "string", false, "what the ending means for the person harmed"},
    {"accused", "string", false, "what it means for the person who caused the harm"},
    {"community", "string", false, "what it means for the community"},
};

static const FormatField figure_fields[] = {
    {"text", "string", true, "the finding, as trainees read it"},
    {"source", "string", true, "the study or programme report it comes from"},
};

static const FormatField test_fields[] = {
    {"choices", "string, or list of choice ids", false,
     "how to play: positions among the choices shown, \"2,1,3\" (as rjsim play --choices), or choice ids "
     "{ \"wait-for-counsel\", ... }, which survive reordering; one of choices and auto is required"},
    {"auto", "\"best\" or \"worst\"", false,
     "play automatically, taking the most (or least) restorative choice at every step (as rjsim play --auto)"},
    {"seed", "integer", false, "seed for chance events (default 1)"},
    {"seeds", "list of integers", false, "run the test once per seed instead, e.g. { 1, 2, 3 }"},
    {"start", "scene id", false, "start at this scene instead of the scenario's start (as rjsim play --at)"},
    {"set", "table { var = value }", false, "variables to set at the start (as rjsim play --set)"},
    {"expect", "expect table", true, "what must come out"},
};

static const FormatField expect_fields[] = {
    {"ending", "ending id, or list of ending ids", false,
     "the playthrough must reach this ending (or one of these); without ending or stops_at, any ending"},
    {"stops_at", "scene id", false, "the choices run out at this scene, before any ending (tests part of a path)"},
    {"band", "band id, or list of band ids", false, "the band of the overall score, e.g. \"exemplary\""},
    {"overall", "number, or { min, max }", false, "the overall score (0-100), exactly or within the range"},
    {"violations", "number, { min, max }, or list of safeguard ids", false,
     "how many safeguards were broken, or exactly which ones ({} for none)"},
    {"scores", "table { principle = number or { min, max } }", false, "principle scores (0-100)"},
    {"decisions", "number, or { min, max }", false, "how many decisions were taken"},
};

static const FormatFunction functions[] = {
    {"scenario { ... }", "scenario", "the scenario: its fields and, in its list part, its scenes and endings. "
                                     "A scenario file ends with return scenario { ... }"},
    {"scene \"id\" { ... }", "scenario", "a scene: its fields and, in its list part, its choices. Ids use lowercase "
                                         "letters, digits, '-' and '_', unique across scenes and endings"},
    {"ending \"id\" { ... }", "scenario", "an ending: a scene without choices, with a debrief"},
    {"choice { \"text\", ... }", "scenario", "a choice of the scene it is written in"},
    {"function(v) ... end", "scenario",
     "when, effect and text functions receive v, the variables: read v.name; effect may assign v.name = value. "
     "An undeclared name or a value of another type is an error at its line"},
    {"rubric { ... }", "rubric", "the rubric file (scenarios/rubric.lua) ends with return rubric { ... }"},
    {"test \"name\" { ... }", "test", "one expected playthrough; a test file (<scenario>.test.lua) ends with "
                                      "return { test \"...\" { ... }, ... }"},
};

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const struct {
    const char *name;
    const FormatField *fields;
    int count;
} kinds[FORMAT_KIND_COUNT] = {
    {"scenario", scenario_fields, N(scenario_fields)}, {"scene", scene_fields, N(scene_fields)},
    {"ending", ending_fields, N(ending_fields)},       {"choice", choice_fields, N(choice_fields)},
    {"rubric", rubric_fields, N(rubric_fields)},       {"rubric item", item_fields, N(item_fields)},
    {"band", band_fields, N(band_fields)},             {"outcome", outcome_fields, N(outcome_fields)},
    {"figure", figure_fields, N(figure_fields)},       {"test", test_fields, N(test_fields)},
    {"expect", expect_fields, N(expect_fields)},
};

const char *format_kind_name(FormatKind k)
{
    return (unsigned)k < FORMAT_KIND_COUNT ? kinds[k].name : "?";
}

const FormatField *format_fields(FormatKind k, int *count)
{
    if ((unsigned)k >= FORMAT_KIND_COUNT) {
        *count = 0;
        return NULL;
    }
    *count = kinds[k].count;
    return kinds[k].fields;
}

const FormatField *format_find(FormatKind k, const char *name)
{
    int n;
    const FormatField *f = format_fields(k, &n);
    for (int i = 0; i < n; i++)
        if (strcmp(f[i].name, name) == 0)
            return &f[i];
    return NULL;
}

/* Levenshtein distance, capped: names are short. */
static int distance(const char *a, const char *b)
{
    int la = (int)strlen(a), lb = (int)strlen(b);
    if (la > 31 || lb > 31)
        return 99;
    int d[32][32];
    for (int i = 0; i <= la; i++)
        d[i][0] = i;
    for (int j = 0; j <= lb; j++)
        d[0][j] = j;
    for (int i = 1; i <= la; i++)
        for (int j = 1; j <= lb; j++) {
            int sub = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            int del = d[i - 1][j] + 1, ins = d[i][j - 1] + 1;
            d[i][j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
        }
    return d[la][lb];
}

const char *format_suggest(FormatKind k, const char *name)
{
    int n, best = 3;
    const char *found = NULL;
    const FormatField *f = format_fields(k, &n);
    for (int i = 0; i < n; i++) {
        int dist = distance(f[i].name, name);
        if (dist < best) {
            best = dist;
            found = f[i].name;
        }
    }
    return found;
}

const FormatFunction *format_functions(int *count)
{
    *count = N(functions);
    return functions;
}
