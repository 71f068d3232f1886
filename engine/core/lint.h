/* lint: what the checker says about a scenario that loaded, beyond load errors. Errors are
 * what breaks play; warnings are what weakens the teaching:
 *  - errors: no path reaches an ending; dead ends (no choice available); loops with no way out;
 *  - reachability: scenes and endings never reached, choices never available;
 *  - teaching content: choices without feedback, endings without a debrief, principles
 *    scored but never varied (every path ends with the same total), a path from the start
 *    to an ending on which no decision changes the score;
 *  - variables never read or never set;
 *  - scenes too long for one projected screen.
 * Each finding is appended to out as a file:line diagnostic that says what to do.
 *
 * Ownership: nothing is kept; diagnostics are copied into out (the caller frees it).
 * Errors: returns the number of errors added (warnings are not counted); -1 only when out
 * of memory. Text functions are called (through the scenario's hooks) to measure scenes; a
 * script error there is not reported again (the explorer has already run them). */
#ifndef RJ_LINT_H
#define RJ_LINT_H

#include "explorer.h"
#include "scenario.h"

#include <stdbool.h>

/* Words (scene text plus the choices shown) that fit on one projected screen: the game's
 * 1280x720 window at the default text size shows about 20 lines of 12 words. */
enum { LINT_SCREEN_WORDS = 240 };

typedef struct LintInput {
    /* Per declared variable, whether the scenario's functions (when, effect, text) read it
     * or assigned it while the explorer ran them (the script layer tracks this). NULL when
     * unknown: the variable checks are then skipped. */
    const bool *code_reads, *code_writes;
    int screen_words; /* 0: LINT_SCREEN_WORDS */
} LintInput;

/* `e` must come from explorer_run (not seeded) on sc; `in` may be NULL. */
int lint_scenario(const Scenario *sc, const Explorer *e, const LintInput *in, DiagList *out);

/* Words in text: runs of non-space characters. */
int lint_count_words(const char *text);

#endif
