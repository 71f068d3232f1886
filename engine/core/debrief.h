/* debrief: what the terminal and the game debriefs say alike, worked out once.
 *
 * Ownership: the caller owns the buffers; nothing is allocated.
 * Errors: none; text that does not fit is cut at a character boundary. */
#ifndef RJ_DEBRIEF_H
#define RJ_DEBRIEF_H

#include "attempt.h"
#include "scenario.h"

#include <stddef.h>

enum { DEBRIEF_NOTE_MAX = 2048 };

/* When chance decided where the case went, says so plainly: at which decisions, and
 * whether it ended the case there; the score counts only the decisions the trainee had to
 * make. Writes "" and returns 0 when chance played no part (or the attempt is not from
 * this scenario); else returns how many decisions chance followed. */
int debrief_chance_note(const Scenario *sc, const Attempt *a, char *out, size_t size);

/* When a serious mistake (score.h, SCORE_SERIOUS_CREDIT) kept the attempt out of the band
 * its overall score reaches, says so; NULL otherwise. The text is static. */
const char *debrief_band_note(const Rubric *r, const Attempt *a);

#endif
