/* format: the field tables of the scenario and rubric formats. */
#include "format.h"

#include <string.h>

static const FormatField scenario_fields[] = {
    {"id", "string", true, "stable id: lowercase letters, digits and '-'"},
    {"version", "integer", true, "content version, 1 or more; raise it when the content changes"},
    {"title", "string", true, "shown in the library and above each scene"},
    {"role", "\"prosecutor\" or \"officer\"", true, "who the trainee plays"},
    {"summary", "string", true, "two or three sentences for the library"},
    {"minutes", "integer", true, "expected playing time in minutes"},
    {"modelled_on", "string", true, "the real programme or practice the case is modelled on"},
    {"start", "string", true, "id of the first scene"},
    {"vars", "table", false, "declared variables and their initial values (boolean, number or string)"},
    {"speakers", "list of strings", false, "names whose lines are shown as dialogue"},
    {"figures", "list of figure tables", false, "outcome figures for the debrief, each with its source"},
};

static const FormatField scene_fields[] = {
    {"title", "string", false, "heading"},
    {"text", "string or function(v)", true, "what the trainee reads"},
    {"notes", "string", false, "facilitator notes"},
    {"questions", "list of strings", false, "discussion questions for the room"},
};

static const FormatField ending_fields[] = {
    {"title", "string", true, "the ending's name"},
    {"text", "string or function(v)", true, "what happens"},
    {"outcome", "outcome table", false, "what the ending means for the victim, the accused and the community"},
    {"debrief", "string", false, "the teaching text shown in the debrief"},
    {"notes", "string", false, "facilitator notes"},
    {"questions", "list of strings", false, "discussion questions for the room"},
};

static const FormatField choice_fields[] = {
    {"[1]", "string", true, "the choice as the trainee reads it"},
    {"to", "scene id, or list of {weight, \"scene\"}", true, "where the choice leads; a list draws one target by weight"},
    {"id", "string", false, "stable id, unique in the scenario; default <scene>.<n>"},
    {"when", "function(v)", false, "offer the choice only when this returns true"},
    {"set", "table", false, "assign declared variables"},
    {"add", "table", false, "add to declared number variables"},
    {"effect", "function(v)", false, "change variables with code; runs after set and add"},
    {"score", "table", false, "how the choice moves each principle, {principle = number}"},
    {"violation", "string", false, "id of the safeguard this choice breaks"},
    {"feedback", "string", false, "why the choice scores as it does, in plain words"},
};

static const FormatField rubric_fields[] = {
    {"version", "integer", true, "rubric version, recorded in every log"},
    {"principles", "list of item tables", true, "the principles choices are scored against"},
    {"safeguards", "list of item tables", true, "the procedural safeguards a choice can break"},
    {"bands", "list of band tables", true, "score bands, each with its lowest overall score"},
    {"violation_cap", "band id", false, "highest band an attempt with a broken safeguard can reach (default: the second)"},
};

static const FormatField item_fields[] = {
    {"id", "string", true, "stable id scenarios use: lowercase letters, digits and '_'"},
    {"name", "string", true, "short display name"},
    {"definition", "string", true, "one or two sentences"},
    {"source", "string", true, "where it comes from"},
};

static const FormatField band_fields[] = {
    {"id", "string", true, "stable id"},
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
    {"figure", figure_fields, N(figure_fields)},
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
