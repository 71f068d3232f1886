/* watch: inotify on the folders of the watched files, filtered by file name. */
#include "watch.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

typedef struct Watched {
    int wd;     /* the folder's watch descriptor (shared by files in one folder) */
    char *name; /* the file's name within its folder */
} Watched;

struct Watch {
    int fd;
    Watched *files;
    int count, cap;
};

Watch *watch_new(Diag *err)
{
    Watch *w = calloc(1, sizeof *w);
    if (!w) {
        diag_error(err, NULL, 0, "out of memory");
        return NULL;
    }
    w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (w->fd < 0) {
        diag_error(err, NULL, 0, "cannot watch files for changes (inotify: %s); live reload is off", strerror(errno));
        free(w);
        return NULL;
    }
    return w;
}

void watch_free(Watch *w)
{
    if (!w)
        return;
    for (int i = 0; i < w->count; i++)
        free(w->files[i].name);
    free(w->files);
    close(w->fd);
    free(w);
}

int watch_add(Watch *w, const char *path, Diag *err)
{
    const char *slash = strrchr(path, '/');
    char dir[DIAG_FILE_MAX];
    if (slash)
        snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
    else
        snprintf(dir, sizeof dir, ".");
    const char *name = slash ? slash + 1 : path;
    int wd = inotify_add_watch(w->fd, dir, IN_CLOSE_WRITE | IN_MOVED_TO);
    if (wd < 0) {
        diag_error(err, path, 0, "cannot watch the folder '%s' for changes: %s; live reload is off", dir,
                   strerror(errno));
        return -1;
    }
    if (w->count == w->cap) {
        int ncap = w->cap ? w->cap * 2 : 4;
        Watched *nf = realloc(w->files, (size_t)ncap * sizeof *nf);
        if (!nf) {
            diag_error(err, NULL, 0, "out of memory");
            return -1;
        }
        w->files = nf;
        w->cap = ncap;
    }
    if (!(w->files[w->count].name = strdup(name))) {
        diag_error(err, NULL, 0, "out of memory");
        return -1;
    }
    w->files[w->count++].wd = wd;
    return 0;
}

int watch_fd(const Watch *w)
{
    return w->fd;
}

bool watch_changed(Watch *w)
{
    /* Aligned as inotify_event requires; big enough for many events at once. */
    char buf[8192] __attribute__((aligned(__alignof__(struct inotify_event))));
    bool changed = false;
    for (;;) {
        ssize_t n = read(w->fd, buf, sizeof buf);
        if (n <= 0)
            break; /* EAGAIN: nothing more pending */
        for (char *p = buf; p < buf + n;) {
            const struct inotify_event *ev = (const struct inotify_event *)(void *)p;
            if (ev->mask & IN_Q_OVERFLOW)
                changed = true;
            for (int i = 0; i < w->count && ev->len; i++)
                if (w->files[i].wd == ev->wd && strcmp(w->files[i].name, ev->name) == 0)
                    changed = true;
            p += sizeof *ev + ev->len;
        }
    }
    return changed;
}
