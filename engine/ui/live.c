/* live: a watcher thread for live reload. */
#include "live.h"

#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

struct Live {
    int fd;
    int stop[2]; /* a pipe: writing to it ends the thread */
    Uint32 event;
    SDL_sem *acked;
    SDL_Thread *thread;
};

static int run(void *data)
{
    Live *l = data;
    for (;;) {
        struct pollfd p[2] = {{l->fd, POLLIN, 0}, {l->stop[0], POLLIN, 0}};
        if (poll(p, 2, -1) < 0)
            continue;
        if (p[1].revents)
            return 0;
        if (p[0].revents) {
            SDL_Event e = {0};
            e.type = l->event;
            SDL_PushEvent(&e);
            /* The descriptor stays readable until the loop drains it: wait for that (or
             * for the stop) rather than post the same change again and again. */
            while (SDL_SemWaitTimeout(l->acked, 200) != 0) {
                struct pollfd s = {l->stop[0], POLLIN, 0};
                if (poll(&s, 1, 0) > 0)
                    return 0;
            }
        }
    }
}

Live *live_start(int fd, Uint32 event)
{
    Live *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    l->fd = fd;
    l->event = event;
    l->stop[0] = l->stop[1] = -1;
    if (pipe(l->stop) != 0 || !(l->acked = SDL_CreateSemaphore(0)) ||
        !(l->thread = SDL_CreateThread(run, "rjsim-live", l))) {
        live_stop(l);
        return NULL;
    }
    return l;
}

void live_ack(Live *l)
{
    if (l)
        SDL_SemPost(l->acked);
}

void live_stop(Live *l)
{
    if (!l)
        return;
    if (l->thread) {
        ssize_t w = write(l->stop[1], "x", 1);
        (void)w;
        SDL_WaitThread(l->thread, NULL);
    }
    if (l->acked)
        SDL_DestroySemaphore(l->acked);
    if (l->stop[0] >= 0)
        close(l->stop[0]);
    if (l->stop[1] >= 0)
        close(l->stop[1]);
    free(l);
}
