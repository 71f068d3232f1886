/* reload: carries a session over to a freshly loaded version of its scenario, for live
 * reload (an author edits the file while the game or the text player is open on it).
 *
 * The new session has the old one's seed and start time, starts at the scene with the same
 * id as the old start (the new start scene when the old one is gone; the variables the old
 * session started with, by name, where the new version declares them with the same type),
 * and replays the old decisions in order, each matched by choice id among the choices the
 * new version offers at that point, with its original time. It stops cleanly at the first
 * decision the new version no longer offers (or when the new version ends earlier); the
 * report says how far it got and why it stopped. Chance draws follow the seed, so they are
 * the old ones as long as the chance choices on the way are the same.
 *
 * Ownership: returns a new Session the caller frees with session_free; it borrows `sc`. The
 * old session and its scenario are only read and must stay alive during the call (free
 * them afterwards). Errors: NULL only when out of memory. A script error while replaying
 * leaves the new session SESSION_FAILED (session_error says where), and the report says so. */
#ifndef RJ_RELOAD_H
#define RJ_RELOAD_H

#include "session.h"

typedef struct ReloadReport {
    int replayed;              /* decisions carried over */
    int dropped;               /* old decisions not replayed */
    char reason[DIAG_MSG_MAX]; /* why the replay stopped early; "" when nothing was dropped */
} ReloadReport;

Session *reload_session(const Scenario *sc, const Session *old, ReloadReport *report);

#endif
