/* lint_content: variables never read or never set, principles scored but never varied,
 * scenes too long for one projected screen. */
#include "lint_parts.h"

#include <math.h>
#include <stdlib.h>

/* Whether choice ch assigns variable v with set or add. */
static bool choice_assigns(const Choice *ch, int v)
{
    for (int i = 0; i < ch->nsets; i++)
        if (ch->sets[i].var == v)
            return true;
    for (int i = 0; i < ch->nadds; i++)
        if (ch->adds[i].var == v)
            return true;
    return false;
}

int lint_content_vars(const Scenario *sc, const Explorer *e, const LintInput *in, DiagList *out)
{
    if (!in || !in->code_reads || !in->code_writes)
        return 0;
    for (int v = 0; v < scenario_var_count(sc); v++) {
        const VarDecl *d = scenario_var(sc, v);
        int line = 0;
        /* Only choices some path offers count: a set on a choice no one can take changes
         * nothing. */
        for (int s = 0; s < scenario_scene_count(sc) && !line; s++)
            for (int c = 0; c < scenario_scene(sc, s)->nchoices && !line; c++)
                if (explorer_choice_reached(e, s, c) && choice_assigns(&scenario_scene(sc, s)->choices[c], v))
                    line = scenario_scene(sc, s)->choices[c].line;
        bool read = in->code_reads[v], written = line || in->code_writes[v];
        char value[64];
        value_format(&d->initial, value, sizeof value);
        if (!read && !written)
            lint_add(out, sc, DIAG_WARNING, scenario_meta(sc)->line,
                     "variable '%s' is never used: no choice changes it and no function reads it; "
                     "remove it from vars",
                     d->name);
        else if (!read)
            lint_add(out, sc, DIAG_WARNING, line ? line : scenario_meta(sc)->line,
                     "variable '%s' is set but never read: no when, effect or text function reads it, "
                     "so it changes nothing; read it (e.g. when = function(v) return v.%s end) or remove it",
                     d->name, d->name);
        else if (!written)
            lint_add(out, sc, DIAG_WARNING, scenario_meta(sc)->line,
                     "variable '%s' is never changed: no set, add or effect on a reachable choice assigns "
                     "it, so it is always %s; change it in a choice, or write the value itself",
                     d->name, value);
    }
    return 0;
}

int lint_content_principles(const Scenario *sc, const Explorer *e, DiagList *out)
{
    const Rubric *r = scenario_rubric(sc);
    for (int p = 0; p < rubric_principle_count(r); p++) {
        double mn, mx;
        if (!explorer_range(e, p, &mn, &mx) || mx - mn > 1e-9)
            continue;
        int n = 0, line = 0;
        for (int s = 0; s < scenario_scene_count(sc); s++)
            for (int c = 0; c < scenario_scene(sc, s)->nchoices; c++) {
                const Choice *ch = &scenario_scene(sc, s)->choices[c];
                bool scores = false;
                for (int d = 0; d < ch->ndeltas; d++)
                    scores |= ch->deltas[d].principle == p && ch->deltas[d].delta != 0;
                if (scores && explorer_choice_reached(e, s, c) && n++ == 0)
                    line = ch->line;
            }
        if (n == 0)
            continue; /* scored only on choices never available: reported as such */
        lint_add(out, sc, DIAG_WARNING, line,
                 "principle '%s' is scored by %d choice%s (the first is here), but every complete path "
                 "ends with the same total (%+g), so it is never measured; make the choices differ on it, "
                 "or remove these scores",
                 rubric_principle(r, p)->id, n, n == 1 ? "" : "s", mn);
    }
    return 0;
}

enum { TEXT_SAMPLES = 8 }; /* text-function evaluations per scene: they cost a Lua call */

/* Words on screen in state st: the scene's text and the choices available there. */
static int state_words(const Scenario *sc, const Explorer *e, long st, const int *choice_words)
{
    const Scene *sp = scenario_scene(sc, explorer_state_scene(e, st));
    int words;
    if (sp->text_ref != SCRIPT_REF_NONE) {
        const ScenarioHooks *h = scenario_hooks(sc);
        Diag err;
        diag_clear(&err);
        char *text = h->text ? h->text(h->ctx, sp->text_ref, explorer_state_vars(e, st), &err) : NULL;
        if (!text)
            return -1; /* the explorer has reported the error */
        words = lint_count_words(text);
        free(text);
    } else {
        words = lint_count_words(sp->text);
    }
    size_t first, n = explorer_state_edges(e, st, &first);
    int last = -1;
    for (size_t k = first; k < first + n; k++) {
        ExplorerEdge ed = explorer_edge(e, k);
        if (ed.choice != last) /* chance outcomes of one choice are consecutive */
            words += choice_words[ed.choice];
        last = ed.choice;
    }
    return words;
}

int lint_content_length(const Scenario *sc, const Explorer *e, int limit, DiagList *out)
{
    int nscenes = scenario_scene_count(sc), maxc = 1, rc = -1;
    for (int s = 0; s < nscenes; s++)
        if (scenario_scene(sc, s)->nchoices > maxc)
            maxc = scenario_scene(sc, s)->nchoices;
    int *most = calloc((size_t)nscenes + 1, sizeof *most), *samples = calloc((size_t)nscenes + 1, sizeof *samples);
    int *choice_words = malloc((size_t)maxc * sizeof *choice_words);
    int *seen_scene = malloc(sizeof *seen_scene);
    if (!most || !samples || !choice_words || !seen_scene)
        goto done;
    *seen_scene = -1;
    for (long st = 0; st < (long)explorer_state_count(e); st++) {
        int s = explorer_state_scene(e, st);
        const Scene *sp = scenario_scene(sc, s);
        if (sp->text_ref != SCRIPT_REF_NONE && samples[s] >= TEXT_SAMPLES)
            continue;
        samples[s]++;
        if (*seen_scene != s) {
            for (int c = 0; c < sp->nchoices; c++)
                choice_words[c] = lint_count_words(sp->choices[c].text);
            *seen_scene = s;
        }
        int w = state_words(sc, e, st, choice_words);
        if (w > most[s])
            most[s] = w;
    }
    for (int s = 0; s < nscenes; s++)
        if (most[s] > limit)
            lint_add(out, sc, DIAG_WARNING, scenario_scene(sc, s)->line,
                     "%s '%s' is too long for one projected screen: %d words with its choices, about %d fit; "
                     "split it into two scenes or shorten it",
                     scenario_scene(sc, s)->is_ending ? "ending" : "scene", scenario_scene(sc, s)->id, most[s],
                     limit);
    rc = 0;
done:
    free(most);
    free(samples);
    free(choice_words);
    free(seen_scene);
    return rc;
}
