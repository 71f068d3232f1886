/* fuzz_shapes: scenario *tables* of arbitrary shape. Random bytes are almost never valid
 * Lua, so fuzz_loader spends its time in Lua's parser; this harness reads the input as a
 * stream of decisions that write a syntactically valid scenario file instead: which fields
 * each table has (a valid default, left out, misspelt, or any value), and each value's
 * kind (numbers at the edges, ids that exist or not, arbitrary bytes, long strings, nested
 * tables, tagged tables in the wrong place, functions that return anything, raise errors
 * or never end, tables whose metatables raise errors). An empty input, or one of zero
 * bytes, writes a valid scenario, so every byte the fuzzer changes moves one decision away
 * from it and the checks in convert*.c, the explorer and the session are reached.
 *
 * Input: any bytes. With RJSIM_FUZZ_SHOW set, the file written and its load errors are
 * printed. */
#include "fuzz_scenario.h"
#include "fuzz_util.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DEPTH = 3, MAX_SRC = 256 * 1024 };

typedef struct Gen {
    const uint8_t *in;
    size_t n, at;
    char *out;
    size_t len;
    bool full;
} Gen;

/* The next decision; 0 (the default) once the input is used up. */
static unsigned take(Gen *g)
{
    return g->at < g->n ? g->in[g->at++] : 0;
}

static void emit(Gen *g, const char *s)
{
    size_t k = strlen(s);
    if (g->len + k >= MAX_SRC) {
        g->full = true;
        return;
    }
    memcpy(g->out + g->len, s, k + 1);
    g->len += k;
}

__attribute__((format(printf, 2, 3))) static void emitf(Gen *g, const char *fmt, ...);
static void emitf(Gen *g, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    emit(g, buf);
}

/* Names the scenario and the bundled rubric know, and a few they do not. */
static const char *const ids[] = {
    "s0", "s1", "s2", "e0", "e1", "n", "flag", "mood", "voluntary", "victim_voice", "accountability",
    "repair", "safety", "due_process", "respect", "least_intrusive", "no_victim_consent", "coerced_accused",
    "net_widening", "prosecutor", "officer", "", "S0", "a b", "1x", "s0.1", "x-y", "_", "start", "to",
};
#define NIDS (sizeof ids / sizeof ids[0])

static const char *const numbers[] = {
    "0", "-1", "1", "2", "3", "2147483647", "2147483648", "-2147483648", "1000000", "1000001",
    "9007199254740993", "math.maxinteger", "math.mininteger", "1e308", "-1e308", "1/0", "-1/0",
    "0/0", "-0.0", "0.5", "1e-320", "64", "65", "2^53",
};
#define NNUMBERS (sizeof numbers / sizeof numbers[0])

/* Strings that text handling must survive: control characters, bad UTF-8, RTL, emoji. */
static const char *const texts[] = {
    "\"\\0\"", "\"\\255\\254\"", "\"\\237\\160\\128\"", "\"\\192\\175\"", "\"\\u{202E}abc\"",
    "\"\\u{1F600}\\u{1F469}\\u{200D}\\u{1F467}\"", "\"a\\tb\\rc\\27[31m\"", "\"Ana: hello\\n\\nAna:\"",
    "\"%s%n%d\"", "\"\\u{7FFFFFFF}\"", "\"\\n\\n\\n\"", "\"   \"", "\"\\u{85}\\u{2028}\\u{FEFF}\"",
};
#define NTEXTS (sizeof texts / sizeof texts[0])

static void value(Gen *g, int depth);

static void raw_string(Gen *g)
{
    unsigned n = take(g) % 40;
    emit(g, "\"");
    for (unsigned i = 0; i < n; i++)
        emitf(g, "\\%u", take(g));
    emit(g, "\"");
}

static void list(Gen *g, int depth, unsigned n)
{
    emit(g, "{ ");
    for (unsigned i = 0; i < n; i++) {
        value(g, depth + 1);
        emit(g, ", ");
    }
    emit(g, "}");
}

static void map(Gen *g, int depth)
{
    unsigned n = take(g) % 5;
    emit(g, "{ ");
    for (unsigned i = 0; i < n; i++) {
        emit(g, "[");
        if (take(g) % 2)
            emitf(g, "\"%s\"", ids[take(g) % NIDS]);
        else
            value(g, MAX_DEPTH);
        emit(g, "] = ");
        value(g, depth + 1);
        emit(g, ", ");
    }
    emit(g, "}");
}

static void var_name(Gen *g)
{
    static const char *const vars[] = {"n", "flag", "mood", "nope"};
    emit(g, vars[take(g) % 4]);
}

/* Any Lua value, as an expression. Deep values are scalars, so the file stays small. */
static void value(Gen *g, int depth)
{
    unsigned kind = take(g) % (depth >= MAX_DEPTH ? 8 : 26);
    switch (kind) {
    case 0: emit(g, "nil"); break;
    case 1: emit(g, take(g) % 2 ? "true" : "false"); break;
    case 2: emitf(g, "%d", (int)(int8_t)take(g)); break;
    case 3: emit(g, numbers[take(g) % NNUMBERS]); break;
    case 4: emitf(g, "\"%s\"", ids[take(g) % NIDS]); break;
    case 5: raw_string(g); break;
    case 6: emit(g, texts[take(g) % NTEXTS]); break;
    case 7: {
        static const char *const reps[] = {"0", "1", "80", "300", "5000", "100000", "20000000"};
        static const char *const words[] = {"w", "word ", "\\u{1F600}", "\\255", "\\n", "a\\n\\n"};
        emitf(g, "string.rep(\"%s\", %s)", words[take(g) % 6], reps[take(g) % 7]);
        break;
    }
    case 8: list(g, depth, take(g) % 4); break;
    case 9: map(g, depth); break;
    case 10:
        emit(g, "choice ");
        list(g, depth, take(g) % 3);
        break;
    case 11:
        emitf(g, "%s \"%s\" ", take(g) % 2 ? "scene" : "ending", ids[take(g) % NIDS]);
        list(g, depth, take(g) % 3);
        break;
    case 12:
        emit(g, "function() return ");
        value(g, depth + 1);
        emit(g, " end");
        break;
    case 13:
        emit(g, "function(v) return v.");
        var_name(g);
        emit(g, " end");
        break;
    case 14:
        emit(g, "function(v) v.");
        var_name(g);
        emit(g, " = ");
        value(g, depth + 1);
        emit(g, " end");
        break;
    case 15:
        emit(g, "function() error(");
        value(g, depth + 1);
        emit(g, ") end");
        break;
    case 16: emit(g, "function() while true do end end"); break;
    case 17:
        emit(g, "setmetatable(");
        list(g, depth, take(g) % 3);
        emit(g, ", { __index = function(t, k) error(\"no field \" .. tostring(k)) end })");
        break;
    case 18:
        emit(g, "setmetatable({}, { __len = function() return ");
        value(g, MAX_DEPTH);
        emit(g, " end })");
        break;
    case 19:
        emit(g, "setmetatable({}, { __index = function() while true do end end })");
        break;
    case 20:
        emit(g, "{ ");
        value(g, depth + 1);
        emitf(g, ", \"%s\" }", ids[take(g) % NIDS]);
        break;
    case 21: emit(g, "undefined_name"); break;
    case 22:
        emit(g, "scenario ");
        map(g, depth);
        break;
    case 23:
        emit(g, "setmetatable({}, { __index = function(t, k) return ");
        value(g, depth + 1);
        emit(g, " end })");
        break;
    case 24: emit(g, "string.rep(\"x\", 1 << 40)"); break;
    default:
        emit(g, "setmetatable(");
        map(g, depth);
        emit(g, ", { __pairs = function() error(\"pairs\") end, __gc = function() error(\"gc\") end })");
        break;
    }
}

/* One field: the valid default (decision 0), left out, misspelt, or any value. */
static void field(Gen *g, const char *name, const char *def)
{
    unsigned d = take(g) % 8;
    if (d == 0 || d >= 5) {
        emitf(g, "  %s = %s,\n", name, def);
    } else if (d == 1) {
        /* left out */
    } else if (d == 2) {
        emitf(g, "  %sx = %s,\n", name, def);
    } else {
        emitf(g, "  %s = ", name);
        value(g, 1);
        emit(g, ",\n");
    }
}

static void choice(Gen *g, int scene, int k, int nscenes, int nendings)
{
    emit(g, "    choice { ");
    if (take(g) % 8 == 3)
        value(g, 2);
    else
        emitf(g, "\"Choice %d of scene %d\"", k, scene);
    emit(g, ",\n");
    /* The default target walks forward, so the default scenario reaches every part. */
    char to[64];
    int next = scene + 1 + k;
    if (next < nscenes)
        snprintf(to, sizeof to, "\"s%d\"", next);
    else
        snprintf(to, sizeof to, "\"e%d\"", (scene + k) % nendings);
    field(g, "to", to);
    char id[32];
    snprintf(id, sizeof id, "\"c%d_%d\"", scene, k);
    field(g, "id", id);
    /* Optional fields: default absent, so each is one decision away. */
    static const char *const opt[][2] = {
        {"when", "function(v) return v.n < 3 end"},
        {"set", "{ flag = true }"},
        {"add", "{ n = 1 }"},
        {"effect", "function(v) v.mood = \"tense\" end"},
        {"score", "{ voluntary = 1, repair = -2 }"},
        {"violation", "\"no_victim_consent\""},
        {"feedback", "\"Why it matters.\""},
        {"to", "{ { 0.7, \"e0\" }, { 0.3, \"s0\" } }"},
    };
    for (size_t i = 0; i < sizeof opt / sizeof opt[0]; i++) {
        unsigned d = take(g) % 8;
        if (d == 1)
            emitf(g, "      %s = %s,\n", opt[i][0], opt[i][1]);
        else if (d == 2) {
            emitf(g, "      %s = ", opt[i][0]);
            value(g, 2);
            emit(g, ",\n");
        }
    }
    if (take(g) % 16 == 5) {
        emit(g, "      ");
        value(g, 2);
        emit(g, ",\n");
    }
    emit(g, "    },\n");
}

static void scene(Gen *g, int i, int nscenes, int nendings)
{
    if (take(g) % 16 == 7)
        emitf(g, "  scene \"%s\" {\n", ids[take(g) % NIDS]);
    else
        emitf(g, "  scene \"s%d\" {\n", i);
    field(g, "title", "\"A scene\"");
    field(g, "text", i == 0 ? "function(v) return \"Ana: the count is \" .. v.n end" : "\"Ana: hello.\\n\\nBen: hi.\"");
    if (take(g) % 4 == 1)
        field(g, "notes", "\"Notes for the facilitator.\"");
    if (take(g) % 4 == 1)
        field(g, "questions", "{ \"What now?\" }");
    unsigned nchoices = 1 + (take(g) + 1) % 4; /* default two */
    for (unsigned k = 0; k < nchoices; k++)
        choice(g, i, (int)k, nscenes, nendings);
    emit(g, "  },\n");
}

static void ending(Gen *g, int i)
{
    emitf(g, "  ending \"e%d\" {\n", i);
    field(g, "title", "\"An ending\"");
    field(g, "text", "\"It ends.\"");
    field(g, "debrief", "\"What it meant.\"");
    field(g, "outcome", "{ victim = \"heard\", accused = \"accountable\", community = \"safer\" }");
    if (take(g) % 8 == 3) {
        emit(g, "    choice { \"An ending has no choices\", to = \"s0\" },\n");
    }
    emit(g, "  },\n");
}

static void scenario(Gen *g)
{
    emit(g, "return scenario {\n");
    field(g, "id", "\"fuzz-shapes\"");
    field(g, "version", "1");
    field(g, "title", "\"Fuzzed shapes\"");
    field(g, "role", "\"officer\"");
    field(g, "summary", "\"Ana: a scenario written by the fuzzer.\"");
    field(g, "minutes", "5");
    field(g, "modelled_on", "\"Nothing real\"");
    field(g, "speakers", "{ \"Ana\", \"Ben\" }");
    field(g, "figures", "{ { text = \"A figure.\", source = \"A source\" } }");
    field(g, "vars", "{ n = 0, flag = false, mood = \"calm\" }");
    field(g, "start", "\"s0\"");
    int nscenes = 1 + (int)((take(g) + 1) % 4); /* default two scenes and two endings */
    int nendings = 1 + (int)((take(g) + 1) % 3);
    for (int i = 0; i < nscenes; i++)
        scene(g, i, nscenes, nendings);
    for (int i = 0; i < nendings; i++)
        ending(g, i);
    while (!g->full && take(g) % 8 == 6) { /* stray items and keys */
        emit(g, "  ");
        if (take(g) % 2) {
            emit(g, "[");
            value(g, 2);
            emit(g, "] = ");
        }
        value(g, 1);
        emit(g, ",\n");
    }
    emit(g, "}\n");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Gen g = {data, size, 0, malloc(MAX_SRC), 0, false};
    if (!g.out)
        fuzz_util_fail("fuzz_shapes", "out of memory");
    g.out[0] = '\0';
    scenario(&g);
    if (getenv("RJSIM_FUZZ_SHOW"))
        fputs(g.out, stderr);
    fuzz_scenario_run(g.out, g.len, false);
    free(g.out);
    return 0;
}
