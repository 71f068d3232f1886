/* live: wakes the event loop when a watched scenario file changes, for live reload. A
 * thread sleeps in poll() on the watcher's descriptor and posts one SDL event per change;
 * the loop then reloads (game_reload) and calls live_ack, after which the thread waits
 * again. Nothing runs while nothing changes, so an idle game still uses no CPU.
 * Ownership: live_start/live_stop pair. Errors: live_start returns NULL (no live reload). */
#ifndef RJ_LIVE_H
#define RJ_LIVE_H

#include <SDL.h>

typedef struct Live Live;

/* Posts an event of type `event` when fd becomes readable. */
Live *live_start(int fd, Uint32 event);
/* The change was handled (the descriptor drained): watch for the next one. */
void live_ack(Live *l);
void live_stop(Live *l);

#endif
