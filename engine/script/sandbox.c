/* sandbox: a Lua state with counted memory, a time budget, file loading and protected calls.
 * The Lua recipe of shared/reference/c-codebases.md section 5 (with sandbox_guards.c), checked
 * here by tests/unit/test_script.c and the hostile scenarios in tests/scenarios/hostile/. */
#include "sandbox_parts.h"

#include "core/utf8.h"

#include <lauxlib.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { HOOK_EVERY = 1000 };
/* Processor time is first read once a call has run this long by the coarse wall clock,
 * then at most this often: reading it is a system call (a microsecond), and almost every
 * call ends within microseconds. */
#define TIME_CHECK_AFTER 0.05
#define TIME_CHECK_EVERY 0.01

struct Sandbox {
    lua_State *L;
    size_t used, peak, limit;
    unsigned long budget, count;
    int hook_every;           /* instructions between count hooks in this call */
    bool track_lines;         /* the line hook is on (a file's main chunk is running) */
    bool exhausted;           /* the budget ran out in this call: every hook raises again */
    char why[200];            /* what ran it out, said again each time */
    struct timespec started;  /* when this call began (coarse wall clock) */
    double cpu_base;          /* processor time that counts as the call's start; < 0: unread */
    double cpu_checked;       /* wall seconds into the call when it was last read */
    char path[DIAG_FILE_MAX]; /* the file loaded, to undo Lua's shortening of long names */
    int last_line;            /* last line seen by the hook: where a memory error happened */
    Diag pending;             /* filled by the message handler */
};

static void *budget_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Sandbox *sb = ud;
    if (!ptr)
        osize = 0; /* Lua passes the object kind in osize for new blocks */
    if (nsize == 0) {
        free(ptr);
        sb->used -= osize;
        return NULL;
    }
    /* One object (a string, a table's parts, the stack) is capped too: Lua copies, compares
     * or rehashes a whole object within one instruction, where no hook can stop it, and
     * rehashing a table of colliding integer keys takes time quadratic in its size. */
    if (nsize > osize && (nsize > SANDBOX_MAX_OBJECT || nsize - osize > sb->limit - sb->used))
        return NULL;
    void *p = realloc(ptr, nsize);
    if (!p)
        return nsize <= osize ? ptr : NULL; /* Lua assumes shrinking never fails */
    sb->used = sb->used - osize + nsize;
    if (sb->used > sb->peak)
        sb->peak = sb->used;
    return p;
}

static Sandbox *from_lua(lua_State *L)
{
    return *(Sandbox **)lua_getextraspace(L);
}

static void budget_hook(lua_State *L, lua_Debug *ar);

static void set_hook(Sandbox *sb, int every)
{
    sb->hook_every = every;
    lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT | (sb->track_lines ? LUA_MASKLINE : 0), every);
}

static double seconds(clockid_t clock)
{
    struct timespec t;
    return clock_gettime(clock, &t) == 0 ? (double)t.tv_sec + (double)t.tv_nsec / 1e9 : 0;
}

/* Counting instructions does not bound time: one instruction can compare or copy a 2 MB
 * string, or walk a chain of colliding table keys, so 20 million of them can take hours.
 * Processor time (of this thread, so a busy machine does not count against a scenario)
 * bounds the call too. SANDBOX_MAX_OBJECT keeps one instruction short (at most a rehash of
 * a 2.5 MB table, about half a second), so the error comes soon after the limit. */
static bool over_time(Sandbox *sb)
{
    struct timespec now;
    if (clock_gettime(CLOCK_MONOTONIC_COARSE, &now) != 0)
        return false;
    double wall = (double)(now.tv_sec - sb->started.tv_sec) + (double)(now.tv_nsec - sb->started.tv_nsec) / 1e9;
    if (wall < TIME_CHECK_AFTER || wall - sb->cpu_checked < TIME_CHECK_EVERY)
        return false;
    sb->cpu_checked = wall;
    double cpu = seconds(CLOCK_THREAD_CPUTIME_ID);
    if (sb->cpu_base < 0) /* counting the wall time so far as processor time errs on the safe side */
        sb->cpu_base = cpu - wall;
    return cpu - sb->cpu_base > SANDBOX_TIME_LIMIT;
}

#define BUDGET_MESSAGE "instruction budget exceeded (%d million instructions or %d s of processor time): %s"

/* Marks the budget spent, saying why. From then on every instruction raises the budget error
 * again (hooks come at each one), so a pcall that caught it cannot go on looping. */
static void exhaust(Sandbox *sb, const char *why)
{
    if (sb->exhausted)
        return;
    sb->exhausted = true;
    snprintf(sb->why, sizeof sb->why, "%s", why);
    set_hook(sb, 1);
}

static void budget_hook(lua_State *L, lua_Debug *ar)
{
    Sandbox *sb = from_lua(L);
    if (ar->event == LUA_HOOKLINE) {
        sb->last_line = ar->currentline;
        return;
    }
    if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0)
        sb->last_line = ar->currentline;
    sb->count += (unsigned long)sb->hook_every;
    if (sb->exhausted || sb->count > sb->budget || over_time(sb)) {
        exhaust(sb, "is there an endless loop?");
        lua_pushfstring(L, "%s:%d: " BUDGET_MESSAGE, ar->short_src, ar->currentline, (int)(sb->budget / 1000000),
                        (int)SANDBOX_TIME_LIMIT, sb->why);
        lua_error(L);
    }
}

/* Charges work done inside a C function (which the count hook cannot see) to the budget,
 * or raises the budget error saying what would have cost too much. */
void sandbox_charge(lua_State *L, double work, const char *what)
{
    Sandbox *sb = from_lua(L);
    if (sb->exhausted || !(work <= (double)(sb->budget - (sb->count < sb->budget ? sb->count : sb->budget)))) {
        exhaust(sb, what);
        luaL_error(L, BUDGET_MESSAGE, (int)(sb->budget / 1000000), (int)SANDBOX_TIME_LIMIT, sb->why);
    }
    sb->count += (unsigned long)work;
}

/* Lua shortens long chunk names to ".../tail"; give back the full path we loaded. */
static void set_file(Sandbox *sb, Diag *d, const char *src, size_t n)
{
    if (n >= 3 && strncmp(src, "...", 3) == 0) {
        size_t plen = strlen(sb->path), tail = n - 3;
        if (tail <= plen && strncmp(sb->path + plen - tail, src + 3, tail) == 0) {
            snprintf(d->file, sizeof d->file, "%s", sb->path);
            return;
        }
    }
    snprintf(d->file, sizeof d->file, "%.*s", (int)(n < DIAG_FILE_MAX ? n : DIAG_FILE_MAX - 1), src);
}

/* Whether a location prefix (n bytes of src) names the file loaded in sb, in full or as
 * Lua shortens it. All code in a sandbox comes from that one file, so a prefix naming
 * another is part of the message: error("/etc/passwd:1: look there") must not move the
 * error into another file. */
static bool names_this_file(const Sandbox *sb, const char *src, size_t n)
{
    size_t plen = strlen(sb->path);
    if (!plen)
        return true;
    if (n == plen && strncmp(src, sb->path, n) == 0)
        return true;
    return n >= 3 && strncmp(src, "...", 3) == 0 && n - 3 <= plen &&
           strncmp(sb->path + plen - (n - 3), src + 3, n - 3) == 0;
}

/* Splits "file:line: message" into the Diag; leaves file and line alone when the message
 * has no such prefix. */
static void split_location(Sandbox *sb, Diag *d, const char *msg)
{
    const char *p = msg;
    while (*p && *p != '\n') {
        const char *colon = strchr(p, ':');
        if (!colon)
            break;
        const char *q = colon + 1;
        int line = 0, digits = 0;
        while (*q >= '0' && *q <= '9' && digits < 9)
            line = line * 10 + (*q++ - '0'), digits++;
        if (digits > 0 && q[0] == ':' && q[1] == ' ' && names_this_file(sb, msg, (size_t)(colon - msg))) {
            set_file(sb, d, msg, (size_t)(colon - msg));
            d->line = line;
            snprintf(d->message, sizeof d->message, "%s", q + 2);
            return;
        }
        p = colon + 1;
    }
    snprintf(d->message, sizeof d->message, "%s", msg);
}

/* Runs with the erroring stack intact: capture message, location and traceback. */
static int message_handler(lua_State *L)
{
    Sandbox *sb = from_lua(L);
    const char *msg = lua_tostring(L, 1);
    if (!msg) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            msg = lua_tostring(L, -1);
        else
            msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    diag_clear(&sb->pending);
    sb->pending.severity = DIAG_ERROR;
    /* Where: the first frame with a line, which is the scenario's code even when the error
     * was raised by a C function it called. */
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
            set_file(sb, &sb->pending, ar.short_src, strlen(ar.short_src));
            sb->pending.line = ar.currentline;
            break;
        }
    }
    split_location(sb, &sb->pending, msg);
    luaL_traceback(L, L, NULL, 1);
    snprintf(sb->pending.trace, sizeof sb->pending.trace, "%s", lua_tostring(L, -1));
    lua_pop(L, 1);
    /* The message is the file's own text (error("...")), and is printed on a terminal. */
    utf8_clean(sb->pending.message, true);
    utf8_clean(sb->pending.trace, true);
    lua_pushstring(L, msg);
    return 1;
}

Sandbox *sandbox_new(const SandboxLimits *limits, Diag *err)
{
    Sandbox *sb = calloc(1, sizeof *sb);
    if (!sb) {
        diag_error(err, NULL, 0, "out of memory creating the scenario sandbox");
        return NULL;
    }
    sb->limit = limits && limits->memory ? limits->memory : SANDBOX_DEFAULT_MEMORY;
    sb->budget = limits && limits->instructions ? limits->instructions : SANDBOX_DEFAULT_INSTRUCTIONS;
    sb->L = lua_newstate(budget_alloc, sb);
    if (!sb->L) {
        diag_error(err, NULL, 0, "cannot create the scenario sandbox (memory limit %zu bytes)",
                   sb->limit);
        free(sb);
        return NULL;
    }
    *(Sandbox **)lua_getextraspace(sb->L) = sb;
    lua_pushcfunction(sb->L, sandbox_guards_open_libs);
    if (sandbox_call(sb, 0, 0, 0, err)) {
        sandbox_free(sb);
        return NULL;
    }
    set_hook(sb, HOOK_EVERY);
    return sb;
}

void sandbox_free(Sandbox *sb)
{
    if (!sb)
        return;
    if (sb->L)
        lua_close(sb->L);
    free(sb);
}

lua_State *sandbox_lua(Sandbox *sb)
{
    return sb->L;
}

int sandbox_load_file(Sandbox *sb, const char *path, char **bytes, size_t *len, Diag *err)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int rc = -1;
    if (!f) {
        diag_error(err, path, 0, "cannot open: %s", strerror(errno));
        return -1;
    }
    for (;;) {
        if (n == cap) {
            cap = cap ? cap * 2 : 64 * 1024;
            if (cap > 64u * 1024 * 1024) {
                diag_error(err, path, 0, "file is larger than 64 MB; is it really a scenario?");
                goto done;
            }
            char *nb = realloc(buf, cap);
            if (!nb) {
                diag_error(err, path, 0, "out of memory reading the file");
                goto done;
            }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        diag_error(err, path, 0, "cannot read: %s", strerror(errno));
        goto done;
    }
    snprintf(sb->path, sizeof sb->path, "%s", path);
    char chunk[DIAG_FILE_MAX + 1];
    snprintf(chunk, sizeof chunk, "@%s", path);
    int st = luaL_loadbufferx(sb->L, buf, n, chunk, "t");
    if (st != LUA_OK) {
        diag_clear(err);
        err->severity = DIAG_ERROR;
        snprintf(err->file, sizeof err->file, "%s", path);
        if (st == LUA_ERRMEM)
            snprintf(err->message, sizeof err->message, "scenario exceeded its memory limit (%zu MB, and %.1f MB "
                     "for any one string or table) while loading", sb->limit >> 20, SANDBOX_MAX_OBJECT / 1048576.0);
        else
            split_location(sb, err, lua_tostring(sb->L, -1));
        lua_pop(sb->L, 1);
        goto done;
    }
    rc = 0;
done:
    fclose(f);
    if (rc == 0 && bytes) {
        *bytes = buf;
        *len = n;
    } else {
        free(buf);
    }
    return rc;
}

int sandbox_call(Sandbox *sb, int nargs, int nresults, int fallback_line, Diag *err)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, message_handler);
    lua_insert(L, base);
    sb->count = 0;
    sb->exhausted = false;
    sb->cpu_base = -1;
    sb->cpu_checked = 0;
    if (clock_gettime(CLOCK_MONOTONIC_COARSE, &sb->started) != 0)
        sb->started = (struct timespec){0, 0};
    if (sb->hook_every != HOOK_EVERY)
        set_hook(sb, HOOK_EVERY);
    sb->last_line = 0;
    diag_clear(&sb->pending);
    int st = lua_pcall(L, nargs, nresults, base);
    lua_remove(L, base);
    if (st == LUA_OK)
        return 0;
    if (st == LUA_ERRMEM) {
        /* Lua runs no message handler for memory errors: the hook's last line is the
         * best location there is. */
        diag_error(err, sb->path[0] ? sb->path : NULL, sb->last_line ? sb->last_line : fallback_line,
                   "scenario exceeded its memory limit (%zu MB, and %.1f MB for any one string or table)",
                   sb->limit >> 20, SANDBOX_MAX_OBJECT / 1048576.0);
    } else if (sb->pending.severity == DIAG_ERROR) {
        *err = sb->pending;
        if (!err->line)
            err->line = fallback_line;
    } else {
        diag_error(err, sb->path, fallback_line, "%s", lua_tostring(L, -1) ? lua_tostring(L, -1) : "error");
    }
    lua_pop(L, 1);
    return -1;
}

void sandbox_track_lines(Sandbox *sb, bool on)
{
    sb->track_lines = on;
    set_hook(sb, HOOK_EVERY);
}

size_t sandbox_memory_used(const Sandbox *sb) { return sb->used; }
size_t sandbox_memory_peak(const Sandbox *sb) { return sb->peak; }
size_t sandbox_memory_limit(const Sandbox *sb) { return sb->limit; }
