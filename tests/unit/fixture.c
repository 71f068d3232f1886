/* fixture: see fixture.h */
#include "fixture.h"

#include <stdlib.h>

static int fake_condition(void *ctx, int ref, const VarSet *vars, Diag *err)
{
    Fixture *fx = ctx;
    (void)err;
    return fx->conds[ref - 1](vars);
}

static int fake_effect(void *ctx, int ref, VarSet *vars, Diag *err)
{
    Fixture *fx = ctx;
    (void)err;
    fx->effects[ref - 1](vars);
    return 0;
}

void fx_init(Fixture *fx)
{
    *fx = (Fixture){0};
    fx->rubric = rubric_new("rubric.lua", 1);
    const char *ids[] = {"a", "b", "c"};
    for (int i = 0; i < 3; i++)
        rubric_add_principle(fx->rubric, &(RubricItem){ids[i], ids[i], "def", "src"});
    rubric_add_safeguard(fx->rubric, &(RubricItem){"s1", "Safeguard one", "def", "src"});
    rubric_add_band(fx->rubric, &(RubricBand){"low", "Low", 0});
    rubric_add_band(fx->rubric, &(RubricBand){"top", "Top", 85});
    rubric_add_band(fx->rubric, &(RubricBand){"mid", "Mid", 50});
    fx->sc = scenario_new(fx->rubric);
    ScenarioMeta *m = scenario_meta_mut(fx->sc);
    m->file = "fixture.lua";
    m->id = "fixture";
    m->start = 0;
    ScenarioHooks h = {fx, fake_condition, fake_effect, NULL};
    scenario_set_hooks(fx->sc, &h);
}

void fx_free(Fixture *fx)
{
    scenario_free(fx->sc);
    rubric_free(fx->rubric);
}

int fx_scene(Fixture *fx, const char *id, bool ending)
{
    Scene *s = scenario_add_scene(fx->sc, id, scenario_scene_count(fx->sc) + 1, ending);
    s->text = "text";
    s->title = id;
    if (!ending)
        s->choices = scenario_alloc(fx->sc, sizeof(Choice) * FX_MAX_CHOICES);
    return scenario_scene_count(fx->sc) - 1;
}

Choice *fx_choice(Fixture *fx, int scene, const char *id, int target)
{
    Scene *s = scenario_scene_mut(fx->sc, scene);
    Choice *ch = &s->choices[s->nchoices++];
    ch->id = scenario_strdup(fx->sc, id);
    ch->text = ch->id;
    ch->line = 100 + s->nchoices;
    ch->violation = -1;
    ch->targets = scenario_alloc(fx->sc, sizeof(ChoiceTarget) * 2);
    ch->targets[0] = (ChoiceTarget){target, 1};
    ch->ntargets = 1;
    ch->deltas = scenario_alloc(fx->sc, sizeof(ScoreDelta) * 3);
    ch->feedback = "because";
    return ch;
}

void fx_delta(Fixture *fx, Choice *ch, int principle, double delta)
{
    (void)fx;
    ch->deltas[ch->ndeltas++] = (ScoreDelta){principle, delta};
}

void fx_chance(Fixture *fx, Choice *ch, int target2, double w1, double w2)
{
    (void)fx;
    ch->targets[0].weight = w1;
    ch->targets[1] = (ChoiceTarget){target2, w2};
    ch->ntargets = 2;
}

void fx_when(Fixture *fx, Choice *ch, FxCondition f)
{
    fx->conds[fx->nconds++] = f;
    ch->when_ref = fx->nconds;
}

void fx_effect(Fixture *fx, Choice *ch, FxEffect f)
{
    fx->effects[fx->neffects++] = f;
    ch->effect_ref = fx->neffects;
}

int fx_var_number(Fixture *fx, const char *name, double initial)
{
    Value v = {.type = VALUE_NUMBER, .as.n = initial};
    scenario_add_var(fx->sc, name, &v);
    return scenario_var_count(fx->sc) - 1;
}

int fx_var_bool(Fixture *fx, const char *name, bool initial)
{
    Value v = {.type = VALUE_BOOL, .as.b = initial};
    scenario_add_var(fx->sc, name, &v);
    return scenario_var_count(fx->sc) - 1;
}

void fx_diamond(Fixture *fx, int *end1, int *end2)
{
    fx_init(fx);
    int start = fx_scene(fx, "start", false), m1 = fx_scene(fx, "m1", false), m2 = fx_scene(fx, "m2", false);
    *end1 = fx_scene(fx, "end1", true);
    *end2 = fx_scene(fx, "end2", true);
    Choice *c = fx_choice(fx, start, "first", m1);
    fx_delta(fx, c, 0, 2);
    fx_delta(fx, c, 2, 1);
    fx_delta(fx, fx_choice(fx, start, "second", m2), 0, -1);
    fx_delta(fx, fx_choice(fx, m1, "f1", *end1), 1, 1);
    fx_delta(fx, fx_choice(fx, m2, "f2", *end2), 1, 2);
}
