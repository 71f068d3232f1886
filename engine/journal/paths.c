/* paths: results folder, log file names, atomic writes and random ids. POSIX only. */
#include "paths.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#define HINT "choose another results folder with --results DIR"

/* A path as a message shows it: a long one (a 10,000-byte --results) keeps its first 100 and
 * last 200 bytes, so that the reason and the hint after it still fit in the message. */
static const char *shown(const char *path, char *buf, size_t size)
{
    size_t n = strlen(path);
    if (n <= 320 || size < 320)
        return path;
    snprintf(buf, size, "%.100s...%s", path, path + n - 200);
    return buf;
}

static char *concat(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    char *s = malloc(na + nb + 1);
    if (s) {
        memcpy(s, a, na);
        memcpy(s + na, b, nb + 1);
    }
    return s;
}

char *paths_results_dir(const char *flag_value, Diag *err)
{
    const char *env = getenv("RJSIM_RESULTS"), *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    char *dir = NULL;
    if (flag_value && !flag_value[0]) {
        diag_error(err, NULL, 0, "--results was given an empty folder name; give a folder");
        return NULL;
    }
    if (flag_value)
        dir = concat(flag_value, "");
    else if (env && env[0])
        dir = concat(env, "");
    else if (xdg && xdg[0] == '/') /* the spec says to ignore relative values */
        dir = concat(xdg, "/rjsim/results");
    else if (home && home[0])
        dir = concat(home, "/.local/share/rjsim/results");
    else {
        diag_error(err, NULL, 0, "cannot tell where to save results: HOME is not set; "
                   "choose a folder with --results DIR or RJSIM_RESULTS");
        return NULL;
    }
    if (!dir)
        diag_error(err, NULL, 0, "out of memory");
    return dir;
}

int paths_mkdirs(const char *dir, Diag *err)
{
    int rc = -1;
    char *p = dir && dir[0] ? concat(dir, "") : NULL, buf[320];
    struct stat st;
    if (!p) {
        diag_error(err, NULL, 0, dir && dir[0] ? "out of memory" : "no results folder given");
        goto done;
    }
    for (char *s = p + 1;; s++) {
        char c = *s;
        if (c != '/' && c != '\0')
            continue;
        *s = '\0';
        if (mkdir(p, 0700) != 0 && errno != EEXIST) {
            const char *why = strerror(errno);
            diag_error(err, NULL, 0, "cannot create the folder %s: %s; " HINT, shown(p, buf, sizeof buf), why);
            goto done;
        }
        /* EEXIST also covers a file of that name, which mkdir -p must not accept */
        if (stat(p, &st) != 0 || !S_ISDIR(st.st_mode)) {
            const char *why = errno == EEXIST ? "a file of that name is in the way" : strerror(errno);
            diag_error(err, NULL, 0, "cannot create the folder %s: %s; " HINT, shown(p, buf, sizeof buf), why);
            goto done;
        }
        *s = c;
        if (!c)
            break;
    }
    rc = 0;
done:
    free(p);
    return rc;
}

char *paths_safe_name(const char *s, size_t max)
{
    static const char fallback[] = "anonymous";
    size_t n = 0, len;
    char *out;
    s = s ? s : "";
    max = max ? max : 1;
    len = strlen(s);
    out = malloc((len < max ? len : max) + sizeof fallback);
    if (!out)
        return NULL;
    for (; *s && n < max; s++) {
        char c = *s;
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (c >= '0' && c <= '9') || c == '-' || c == '_';
        c = keep ? c : '_';
        if ((c == '_' && (n == 0 || out[n - 1] == '_')) || (c == '-' && n == 0))
            continue;
        out[n++] = c;
    }
    while (n > 0 && out[n - 1] == '_')
        n--;
    if (n == 0) {
        n = max < sizeof fallback - 1 ? max : sizeof fallback - 1;
        memcpy(out, fallback, n);
    }
    out[n] = '\0';
    return out;
}

char *paths_log_path(const char *results_dir, const Attempt *a)
{
    char stamp[32], sid[9] = { 0 };
    char *who = paths_safe_name(a->trainee, 40), *what = paths_safe_name(a->scenario_id, 40);
    char *id, *path = NULL;
    time_t t = (time_t)(a->started_ms >= 0 ? a->started_ms / 1000 : (a->started_ms - 999) / 1000);
    struct tm tm;
    size_t dlen = strlen(results_dir), size;
    if (!gmtime_r(&t, &tm) || !strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm))
        strcpy(stamp, "00000000T000000Z");
    if (a->session_id)
        strncpy(sid, a->session_id, 8);
    id = paths_safe_name(sid, 8);
    while (dlen > 1 && results_dir[dlen - 1] == '/')
        dlen--;
    if (who && what && id) {
        size = dlen + strlen(stamp) + strlen(who) + strlen(what) + strlen(id) + 16;
        if ((path = malloc(size)) != NULL)
            snprintf(path, size, "%.*s/%s-%s-%s-%s.json", (int)dlen, results_dir, stamp, who,
                     what, id);
    }
    free(who);
    free(what);
    free(id);
    return path;
}

int paths_write_atomic(const char *path, const char *data, size_t len, Diag *err)
{
    int rc = -1, fd = -1, dfd, saved = ENOMEM;
    bool created = false;
    size_t done = 0, size = strlen(path) + 32;
    char *tmp = malloc(size), *dir = NULL, *slash = strrchr(path, '/'), buf[320];
    if (!tmp)
        goto done;
    snprintf(tmp, size, "%s.tmp-%ld", path, (long)getpid());
    /* a file of this name was left by an earlier run that had our pid and crashed */
    unlink(tmp);
    if ((fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0)
        goto fail;
    created = true;
    while (done < len) {
        ssize_t n = write(fd, data + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            goto fail;
        done += (size_t)n;
    }
    if (fsync(fd) != 0 || close(fd) != 0) {
        fd = -1;
        goto fail;
    }
    fd = -1;
    if (rename(tmp, path) != 0)
        goto fail;
    created = false;
    /* Makes the rename itself survive a power cut. The new log is already complete and in
     * place, so a folder that cannot be synced (some file systems refuse) is no failure. */
    dir = slash ? (slash == path ? concat("/", "") : strndup(path, (size_t)(slash - path)))
                : concat(".", "");
    if (dir && (dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
        fsync(dfd);
        close(dfd);
    }
    rc = 0;
    goto done;
fail:
    saved = errno;
done:
    if (fd >= 0)
        close(fd);
    if (created)
        unlink(tmp);
    if (rc != 0)
        diag_error(err, NULL, 0, "cannot write results to %s: %s; " HINT, shown(path, buf, sizeof buf),
                   strerror(saved));
    free(tmp);
    free(dir);
    return rc;
}

/* Whether name is "<something>.json.tmp-<digits>", the name paths_write_atomic writes to. */
static bool is_leftover(const char *name)
{
    const char *t = strstr(name, ".json.tmp-");
    if (!t || t == name)
        return false;
    t += strlen(".json.tmp-");
    if (!*t)
        return false;
    for (; *t; t++)
        if (*t < '0' || *t > '9')
            return false;
    return true;
}

int paths_remove_leftovers(const char *dir, long min_age_s)
{
    int removed = 0;
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    time_t now = time(NULL);
    for (struct dirent *de; (de = readdir(d));) {
        struct stat st;
        if (!is_leftover(de->d_name) || fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISREG(st.st_mode) && now - st.st_mtime > min_age_s && unlinkat(dirfd(d), de->d_name, 0) == 0)
            removed++;
    }
    closedir(d);
    return removed;
}

char *paths_read_file(const char *path, size_t max, size_t *len, Diag *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    char *buf = NULL;
    size_t n = 0;
    *len = 0;
    if (fd < 0 || fstat(fd, &st) != 0) {
        diag_error(err, path, 0, "cannot open the log: %s", strerror(errno));
        goto done;
    }
    if (!S_ISREG(st.st_mode) || (uintmax_t)st.st_size > max) {
        diag_error(err, path, 0, S_ISREG(st.st_mode) ? "is %jd bytes, more than any rjsim log; "
                   "is it the right file?" : "is not a file (%jd)", (intmax_t)st.st_size);
        goto done;
    }
    if (!(buf = malloc((size_t)st.st_size + 1))) {
        diag_error(err, path, 0, "out of memory reading the log");
        goto done;
    }
    while (n < (size_t)st.st_size) {
        ssize_t r = read(fd, buf + n, (size_t)st.st_size - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            diag_error(err, path, 0, "cannot read the log: %s", strerror(errno));
            free(buf);
            buf = NULL;
            goto done;
        }
        if (r == 0) /* shrank since fstat: read what is there */
            break;
        n += (size_t)r;
    }
    buf[n] = '\0';
    *len = n;
done:
    if (fd >= 0)
        close(fd);
    return buf;
}

static int random_bytes(unsigned char *buf, size_t n, Diag *err)
{
    int fd, rc = -1;
    size_t got = 0;
    errno = 0;
    fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    while (fd >= 0 && got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    if (got == n)
        rc = 0;
    else
        diag_error(err, "/dev/urandom", 0, "cannot read random bytes for a session id: %s",
                   errno ? strerror(errno) : "the device ended early");
    if (fd >= 0)
        close(fd);
    return rc;
}

int paths_new_uuid(char out[37], Diag *err)
{
    unsigned char b[16];
    if (random_bytes(b, sizeof b, err))
        return -1;
    b[6] = (unsigned char)((b[6] & 0x0f) | 0x40); /* version 4: random */
    b[8] = (unsigned char)((b[8] & 0x3f) | 0x80); /* RFC 4122 variant */
    snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
             b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
             b[13], b[14], b[15]);
    return 0;
}

int paths_random_seed(uint64_t *out, Diag *err)
{
    unsigned char b[8];
    uint64_t v = 0;
    if (random_bytes(b, sizeof b, err))
        return -1;
    for (int i = 0; i < 8; i++)
        v = v << 8 | b[i];
    *out = v & ((UINT64_C(1) << 53) - 1);
    return 0;
}
