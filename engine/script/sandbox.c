/* sandbox: the Lua recipe of shared/reference/c-codebases.md section 5, checked here by
 * tests/unit/test_script.c and the hostile scenarios in tests/scenarios/hostile/. */
#include "sandbox.h"

#include <lauxlib.h>
#include <lualib.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { HOOK_EVERY = 1000 };

struct Sandbox {
    lua_State *L;
    size_t used, peak, limit;
    unsigned long budget, count;
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
    if (nsize > osize && sb->used + (nsize - osize) > sb->limit)
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

static void budget_hook(lua_State *L, lua_Debug *ar)
{
    Sandbox *sb = from_lua(L);
    if (ar->event == LUA_HOOKLINE) {
        sb->last_line = ar->currentline;
        return;
    }
    if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0)
        sb->last_line = ar->currentline;
    sb->count += HOOK_EVERY;
    if (sb->count > sb->budget) {
        lua_pushfstring(L, "%s:%d: instruction budget exceeded (%d million instructions): "
                           "is there an endless loop?",
                        ar->short_src, ar->currentline, (int)(sb->budget / 1000000));
        lua_error(L);
    }
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
        if (digits > 0 && q[0] == ':' && q[1] == ' ') {
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
    lua_pushstring(L, msg);
    return 1;
}

static int sandbox_print(lua_State *L)
{
    lua_Debug ar;
    int line = lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar) ? ar.currentline : 0;
    fprintf(stderr, "%s:%d: print:", line ? ar.short_src : "?", line);
    for (int i = 1; i <= lua_gettop(L); i++)
        fprintf(stderr, " %s", luaL_tolstring(L, i, NULL)), lua_pop(L, 1);
    fputc('\n', stderr);
    return 0;
}

static const char *const forbidden[] = {"io", "os", "package", "debug", "require", "load",
                                        "loadfile", "dofile", "collectgarbage", "coroutine",
                                        NULL};

/* _G's __index: an undefined global is almost always a typo, or a library that scenarios
 * may not use; both deserve a clear error rather than a nil that fails later. */
static int strict_index(lua_State *L)
{
    const char *name = lua_tostring(L, 2);
    for (int i = 0; name && forbidden[i]; i++)
        if (strcmp(name, forbidden[i]) == 0)
            return luaL_error(L, "'%s' is not available in scenarios: they run in a sandbox "
                                 "without file, OS or module access", name);
    return luaL_error(L, "undefined name '%s' (a typo, or a variable not declared in vars?)",
                      name ? name : "?");
}

static int open_libs(lua_State *L)
{
    static const luaL_Reg libs[] = {{LUA_GNAME, luaopen_base},
                                    {LUA_TABLIBNAME, luaopen_table},
                                    {LUA_STRLIBNAME, luaopen_string},
                                    {LUA_MATHLIBNAME, luaopen_math},
                                    {LUA_UTF8LIBNAME, luaopen_utf8},
                                    {NULL, NULL}};
    for (const luaL_Reg *lib = libs; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    lua_pushglobaltable(L);
    for (int i = 0; forbidden[i]; i++) {
        lua_pushnil(L);
        lua_setfield(L, -2, forbidden[i]);
    }
    lua_pushcfunction(L, sandbox_print);
    lua_setfield(L, -2, "print");
    lua_getfield(L, -1, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushcfunction(L, strict_index);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
    lua_pop(L, 1);
    return 0;
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
    lua_pushcfunction(sb->L, open_libs);
    if (sandbox_call(sb, 0, 0, 0, err)) {
        sandbox_free(sb);
        return NULL;
    }
    lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, HOOK_EVERY);
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
            snprintf(err->message, sizeof err->message, "scenario exceeded its memory limit (%zu MB) while loading",
                     sb->limit >> 20);
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
                   "scenario exceeded its memory limit (%zu MB)", sb->limit >> 20);
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
    lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT | (on ? LUA_MASKLINE : 0), HOOK_EVERY);
}

size_t sandbox_memory_used(const Sandbox *sb) { return sb->used; }
size_t sandbox_memory_peak(const Sandbox *sb) { return sb->peak; }
size_t sandbox_memory_limit(const Sandbox *sb) { return sb->limit; }
