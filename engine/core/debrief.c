/* debrief: the chance note. */
#include "debrief.h"

#include "utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static void add(char *out, size_t size, const char *fmt, ...)
{
    size_t used = strlen(out);
    if (used + 1 >= size)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out + used, size - used, fmt, ap);
    va_end(ap);
}

const char *debrief_band_note(const Rubric *r, const Attempt *a)
{
    const RubricBand *reached = rubric_band_for(r, a->overall, a->nviolations);
    if (!a->band_id || !reached || strcmp(reached->id, a->band_id) == 0)
        return NULL;
    return "A serious mistake kept this attempt out of the top band: at one decision or more, the choice "
           "gave up more than half of what that decision put at stake.";
}

int debrief_chance_note(const Scenario *sc, const Attempt *a, char *out, size_t size)
{
    int n = 0, last = -1;
    if (!size)
        return 0;
    out[0] = '\0';
    char which[256] = "";
    for (int i = 0; i < a->ndecisions; i++) {
        int s, c;
        const AttemptDecision *d = &a->decisions[i];
        if (!d->choice_id || scenario_find_choice(sc, d->choice_id, &s, &c) != 0)
            return out[0] = '\0', 0;
        if (scenario_scene(sc, s)->choices[c].ntargets < 2)
            continue;
        add(which, sizeof which, "%s%d", n ? ", " : "", i + 1);
        n++;
        last = i;
    }
    if (!n)
        return 0;
    add(out, size, "Chance played a part after decision%s %s: what happened next was not yours to choose.",
        n == 1 ? "" : "s", which);
    if (a->ending_id && last == a->ndecisions - 1) {
        const AttemptDecision *d = &a->decisions[last];
        int e = scenario_find_scene(sc, a->ending_id);
        const char *title = e >= 0 && scenario_scene(sc, e)->title ? scenario_scene(sc, e)->title : a->ending_id;
        add(out, size, " Chance decided how the case ended after decision %d (\"%s\"): %s.", last + 1,
            d->choice_text, title);
    }
    add(out, size, " Your score counts only the decisions you made, each against the choices you had.");
    utf8_clean(out, false); /* a cut by snprintf may have split a character */
    return n;
}
