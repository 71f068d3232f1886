/* screens: helpers the screens share (internal to engine/ui). */
#ifndef RJ_SCREENS_H
#define RJ_SCREENS_H

#include "chrome.h"

/* The results folder in force: --results, then the settings, then $RJSIM_RESULTS or the
 * XDG default. Writes into buf and returns it ("" if none can be found). */
const char *screens_results_dir(App *app, char *buf, size_t size);
/* Loads a scenario and opens its briefing (or the error screen). */
void screens_open(App *app, const char *path);
/* Closes the open scenario (and stops watching its file). */
void screens_close(App *app);
/* Saves the settings, noting a failure in app->message. */
void screens_save_settings(App *app);
/* The principles of an attempt as one block kept on one page: per principle its name, a
 * bar and the score as a number. */
void screens_chart(App *app, Layout *l, Flow *f, const Metrics *m, const Attempt *a);
/* A full-width note in the column (e.g. "could not save"), in the warning colours. */
int screens_note(App *app, Layout *l, const Metrics *m, Flow *f, const char *text);

#endif
