/* xapi: one attempt -> its xAPI statements, built with cJSON and written one at a time so
 * an export of 10,000 logs never holds more than one statement tree. */
#include "xapi.h"

#include "journal_private.h"
#include "uuid.h"

#include "core/report.h"
#include "core/sha256.h"

#include <stdlib.h>
#include <string.h>

#define VERBS "http://adlnet.gov/expapi/verbs/"
#define EXT "https://rjsim.invalid/xapi/extensions/"
#define LANG "en"
enum { HOME_MAX = 512, IRI_MAX = 2048 };

typedef struct Ctx {
    const Attempt *a;
    const XapiOptions *o;
    char home[HOME_MAX];
    char registration[37];
    char scenario_iri[IRI_MAX];
    bool bad; /* out of memory somewhere while building */
} Ctx;

/* Adds item under key (or to an array when key is NULL); records failure in c->bad. */
static cJSON *put(Ctx *c, cJSON *obj, const char *key, cJSON *item)
{
    if (item && (key ? cJSON_AddItemToObject(obj, key, item) : cJSON_AddItemToArray(obj, item)))
        return item;
    cJSON_Delete(item);
    c->bad = true;
    return NULL;
}

static cJSON *text(const char *s)
{
    return journal_new_text(s ? s : "");
}

static cJSON *lang_map(const char *s)
{
    cJSON *m = cJSON_CreateObject();
    cJSON *t = m ? text(s) : NULL;
    if (!t || !cJSON_AddItemToObject(m, LANG, t)) {
        cJSON_Delete(t);
        cJSON_Delete(m);
        return NULL;
    }
    return m;
}

int xapi_check_home_page(const char *url, Diag *err)
{
    const char *host = !url ? NULL : !strncmp(url, "https://", 8) ? url + 8
                       : !strncmp(url, "http://", 7) ? url + 7 : NULL;
    bool clean = host && host[0] && host[0] != '/' && strlen(url) < HOME_MAX - 1;
    for (const char *p = url; clean && *p; p++)
        clean = (unsigned char)*p > ' ' && *p != '"' && *p != '<' && *p != '>' &&
                *p != '\\' && *p != 0x7f;
    if (!clean)
        diag_error(err, NULL, 0, "the home page '%.200s' is not a web address; give one like "
                   "https://academy.example.org (http:// or https://, a host, no spaces)",
                   url ? url : "");
    return clean ? 0 : -1;
}

char *xapi_actor_name(const char *home_page, const char *trainee, bool actor_names, char *out,
                      size_t size)
{
    char key[256], hash[72];
    report_trainee_key(trainee, key, sizeof key);
    if (actor_names) { /* the name as typed, white space tidied like the key's */
        size_t n = 0;
        bool space = false;
        for (const char *s = trainee ? trainee : ""; *s && n + 2 < size; s++) {
            if (strchr(" \t\n\r\v\f", *s)) {
                space = n > 0;
                continue;
            }
            if (space)
                out[n++] = ' ';
            out[n++] = *s, space = false;
        }
        out[n] = '\0';
        return out;
    }
    size_t n = strlen(home_page) + strlen(key) + 2;
    char *both = malloc(n);
    if (both) {
        snprintf(both, n, "%s\n%s", home_page, key);
        sha256_hex(both, strlen(both), hash);
    }
    snprintf(out, size, "rjsim-%.24s", both ? hash + 7 : "000000000000000000000000");
    free(both);
    return out;
}

/* base + "/" + segment, with every byte but unreserved ones percent-encoded. */
static void iri_add(char *iri, size_t size, const char *segment)
{
    size_t n = strlen(iri);
    if (n + 1 < size)
        iri[n++] = '/';
    for (const unsigned char *s = (const unsigned char *)segment; *s && n + 4 < size; s++) {
        bool plain = (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
                     (*s >= '0' && *s <= '9') || strchr("-._~", *s);
        n += (size_t)snprintf(iri + n, size - n, plain ? "%c" : "%%%02X", *s);
    }
    iri[n] = '\0';
}

static void id_of(const char *what, const char *sid, int index, char out[37])
{
    char name[128];
    int n = index >= 0 ? snprintf(name, sizeof name, "%s/%s/%d", what, sid, index)
                       : snprintf(name, sizeof name, "%s/%s", what, sid);
    uuid_v5(uuid_rjsim_namespace, name, (size_t)n, out);
}

/* ISO 8601 duration to the hundredth of a second, as xAPI asks: PT1M41.24S, PT0S. */
static void duration(int64_t ms, char *out, size_t size)
{
    int64_t cs = (ms < 0 ? 0 : ms + 5) / 10, h = cs / 360000, m = cs / 6000 % 60;
    int64_t s = cs / 100 % 60, frac = cs % 100;
    int n = snprintf(out, size, "PT");
    if (h)
        n += snprintf(out + n, size - (size_t)n, "%lldH", (long long)h);
    if (m)
        n += snprintf(out + n, size - (size_t)n, "%lldM", (long long)m);
    if (s || frac || (!h && !m))
        snprintf(out + n, size - (size_t)n, frac ? "%lld.%02lldS" : "%lldS", (long long)s,
                 (long long)frac);
}

static cJSON *statement(Ctx *c, const char *kind, int index, const char *verb, int64_t at_ms)
{
    char id[37], when[32], name[256];
    cJSON *st = cJSON_CreateObject(), *actor, *account, *v;
    if (!st || journal_format_time(at_ms, when, sizeof when)) {
        c->bad = c->bad || !st;
        cJSON_Delete(st);
        return NULL;
    }
    id_of(kind, c->a->session_id, index, id);
    put(c, st, "id", cJSON_CreateString(id));
    put(c, st, "timestamp", cJSON_CreateString(when));
    if ((actor = put(c, st, "actor", cJSON_CreateObject()))) {
        put(c, actor, "objectType", cJSON_CreateString("Agent"));
        if (c->o->actor_names)
            put(c, actor, "name", text(xapi_actor_name(c->home, c->a->trainee, true, name,
                                                       sizeof name)));
        if ((account = put(c, actor, "account", cJSON_CreateObject()))) {
            put(c, account, "homePage", cJSON_CreateString(c->home));
            put(c, account, "name", text(xapi_actor_name(c->home, c->a->trainee,
                                                         c->o->actor_names, name, sizeof name)));
        }
    }
    snprintf(name, sizeof name, VERBS "%s", verb);
    if ((v = put(c, st, "verb", cJSON_CreateObject()))) {
        put(c, v, "id", cJSON_CreateString(name));
        if ((v = put(c, v, "display", cJSON_CreateObject())))
            put(c, v, "en-US", cJSON_CreateString(verb));
    }
    return st;
}

static cJSON *activity(Ctx *c, cJSON *parent, const char *key, const char *iri)
{
    cJSON *act = put(c, parent, key, cJSON_CreateObject());
    if (act) {
        put(c, act, "objectType", cJSON_CreateString("Activity"));
        put(c, act, "id", cJSON_CreateString(iri));
    }
    return act;
}

static void context(Ctx *c, cJSON *st, bool in_scenario)
{
    char platform[128];
    cJSON *ctx = put(c, st, "context", cJSON_CreateObject()), *x;
    if (!ctx)
        return;
    snprintf(platform, sizeof platform, "rjsim %.100s", c->a->engine_version);
    put(c, ctx, "registration", cJSON_CreateString(c->registration));
    put(c, ctx, "platform", cJSON_CreateString(platform));
    put(c, ctx, "language", cJSON_CreateString(LANG));
    snprintf(platform, sizeof platform, "%d", c->a->scenario_version);
    put(c, ctx, "revision", cJSON_CreateString(platform));
    if (in_scenario && (x = put(c, ctx, "contextActivities", cJSON_CreateObject())) &&
        (x = put(c, x, "parent", cJSON_CreateArray())))
        activity(c, x, NULL, c->scenario_iri);
    if ((x = put(c, ctx, "extensions", cJSON_CreateObject()))) {
        put(c, x, EXT "session-id", cJSON_CreateString(c->a->session_id));
        put(c, x, EXT "mode", text(c->a->mode));
        put(c, x, EXT "player", text(c->a->player));
    }
}

static void add_choice(Ctx *c, cJSON *list, const char *id, const char *desc)
{
    cJSON *it;
    if (!id)
        return;
    cJSON_ArrayForEach(it, list) {
        const char *have = cJSON_GetStringValue(cJSON_GetObjectItem(it, "id"));
        if (have && strcmp(have, id) == 0)
            return;
    }
    if ((it = put(c, list, NULL, cJSON_CreateObject()))) {
        put(c, it, "id", text(id));
        if (desc)
            put(c, it, "description", lang_map(desc));
    }
}

static cJSON *answered(Ctx *c, int i)
{
    const AttemptDecision *d = &c->a->decisions[i];
    const XapiChoice *known = NULL;
    char iri[IRI_MAX], desc[512], dur[48];
    cJSON *st = statement(c, "answered", i, "answered", d->at_ms), *def, *x, *list;
    if (!st)
        return NULL;
    snprintf(iri, sizeof iri, "%s", c->scenario_iri);
    iri_add(iri, sizeof iri, "decisions");
    iri_add(iri, sizeof iri, d->scene_id);
    if ((def = activity(c, st, "object", iri)) &&
        (def = put(c, def, "definition", cJSON_CreateObject()))) {
        snprintf(desc, sizeof desc, "A decision in the scenario \"%.400s\"",
                 c->a->scenario_title);
        put(c, def, "name", lang_map(d->scene_title ? d->scene_title : d->scene_id));
        put(c, def, "description", lang_map(desc));
        put(c, def, "type", cJSON_CreateString("http://adlnet.gov/expapi/activities/"
                                               "cmi.interaction"));
        put(c, def, "interactionType", cJSON_CreateString("choice"));
        if (d->nbest > 0 && (x = put(c, def, "correctResponsesPattern", cJSON_CreateArray())))
            for (int k = 0; k < d->nbest; k++)
                put(c, x, NULL, text(d->best_ids[k]));
        int n = c->o->choices ? c->o->choices(c->o->choices_ctx, c->a, d->scene_id, &known)
                              : -1;
        if ((list = put(c, def, "choices", cJSON_CreateArray()))) {
            for (int k = 0; k < n; k++)
                add_choice(c, list, known[k].id, known[k].text);
            add_choice(c, list, d->choice_id, d->choice_text);
            for (int k = 0; k < d->nbest; k++)
                add_choice(c, list, d->best_ids[k], NULL);
        }
    }
    if ((x = put(c, st, "result", cJSON_CreateObject()))) {
        duration(d->taken_ms, dur, sizeof dur);
        put(c, x, "response", text(d->choice_id));
        if (d->nbest > 0)
            put(c, x, "success", cJSON_CreateBool(d->best));
        put(c, x, "duration", cJSON_CreateString(dur));
        if ((x = put(c, x, "extensions", cJSON_CreateObject()))) {
            cJSON *deltas = put(c, x, EXT "principle-deltas", cJSON_CreateObject());
            for (int k = 0; deltas && k < d->ndeltas; k++)
                c->bad |= !journal_add_number(deltas, d->deltas[k].principle, d->deltas[k].delta);
            if (d->violation)
                put(c, x, EXT "safeguard-broken", text(d->violation));
        }
    }
    context(c, st, true);
    return st;
}

static cJSON *completed(Ctx *c)
{
    const Attempt *a = c->a;
    char dur[48];
    cJSON *st = statement(c, "completed", -1, "completed", a->ended_ms ? a->ended_ms
                                                                        : a->started_ms);
    cJSON *x, *r, *ext;
    if (!st)
        return NULL;
    if ((x = activity(c, st, "object", c->scenario_iri)) &&
        (x = put(c, x, "definition", cJSON_CreateObject()))) {
        put(c, x, "type", cJSON_CreateString("http://adlnet.gov/expapi/activities/simulation"));
        put(c, x, "name", lang_map(a->scenario_title));
    }
    if ((r = put(c, st, "result", cJSON_CreateObject()))) {
        if ((x = put(c, r, "score", cJSON_CreateObject()))) {
            c->bad |= !journal_add_number(x, "scaled", a->overall / 100);
            c->bad |= !journal_add_number(x, "raw", a->overall);
            put(c, x, "min", cJSON_CreateNumber(0));
            put(c, x, "max", cJSON_CreateNumber(100));
        }
        put(c, r, "completion", cJSON_CreateTrue());
        duration(a->ended_ms > a->started_ms ? a->ended_ms - a->started_ms : 0, dur, sizeof dur);
        put(c, r, "duration", cJSON_CreateString(dur));
        if ((ext = put(c, r, "extensions", cJSON_CreateObject()))) {
            if (a->band_id && (x = put(c, ext, EXT "band", cJSON_CreateObject()))) {
                put(c, x, "id", text(a->band_id));
                put(c, x, "name", text(a->band_name));
            }
            if (a->ending_id && (x = put(c, ext, EXT "ending", cJSON_CreateObject()))) {
                put(c, x, "id", text(a->ending_id));
                put(c, x, "title", text(a->ending_title));
            }
            if ((x = put(c, ext, EXT "principle-scores", cJSON_CreateObject())))
                for (int k = 0; k < a->nscores; k++)
                    if (a->scores[k].measured)
                        c->bad |= !journal_add_number(x, a->scores[k].principle,
                                                      a->scores[k].score);
            if ((x = put(c, ext, EXT "safeguards-broken", cJSON_CreateArray())))
                for (int k = 0; k < a->nviolations; k++)
                    put(c, x, NULL, text(a->violations[k].safeguard));
            /* how often the trainee stepped back (practice); 0 for modes without them */
            put(c, ext, EXT "step-backs", cJSON_CreateNumber(a->nstepbacks));
        }
    }
    context(c, st, false);
    return st;
}

/* Prints st after a comma when needed; frees it. 0 or -1 (memory, or the write failed). */
static int emit(FILE *out, cJSON *st, size_t *count, Diag *err)
{
    char *s = cJSON_Print(st);
    int rc = -1;
    cJSON_Delete(st);
    if (!s)
        return journal_oom(err);
    if (fputs(*count ? ",\n" : "", out) >= 0 && fputs(s, out) >= 0) {
        ++*count;
        rc = 0;
    } else {
        diag_error(err, NULL, 0, "cannot write the statements; check the disk has space");
    }
    free(s);
    return rc;
}

int xapi_write(FILE *out, const Attempt *a, const XapiOptions *o, size_t *count, Diag *err)
{
    static const XapiOptions none = { NULL, false, NULL, NULL };
    Ctx *c = calloc(1, sizeof *c);
    char name[128];
    int rc = -1;
    if (!c)
        return journal_oom(err);
    c->a = a, c->o = o ? o : &none;
    const char *home = c->o->home_page ? c->o->home_page : XAPI_DEFAULT_HOME_PAGE;
    if (xapi_check_home_page(home, err))
        goto done;
    snprintf(c->home, sizeof c->home, "%s", home);
    for (size_t n = strlen(c->home); n > 0 && c->home[n - 1] == '/'; n--)
        c->home[n - 1] = '\0';
    snprintf(name, sizeof name, "registration/%s", a->session_id);
    uuid_v5(uuid_rjsim_namespace, name, strlen(name), c->registration);
    snprintf(c->scenario_iri, sizeof c->scenario_iri, "%s/xapi", c->home);
    iri_add(c->scenario_iri, sizeof c->scenario_iri, "scenarios");
    iri_add(c->scenario_iri, sizeof c->scenario_iri, a->scenario_id);
    for (int i = 0; i < a->ndecisions; i++) {
        cJSON *st = answered(c, i);
        if (c->bad || !st) {
            cJSON_Delete(st);
            if (c->bad)
                journal_oom(err);
            else
                diag_error(err, NULL, 0, "decision %d of session %s has a time outside years "
                           "0000-9999; the log is damaged", i + 1, a->session_id);
            goto done;
        }
        if (emit(out, st, count, err))
            goto done;
    }
    if (a->status == ATTEMPT_COMPLETED) {
        cJSON *st = completed(c);
        if (c->bad || !st) {
            cJSON_Delete(st);
            if (c->bad)
                journal_oom(err);
            else
                diag_error(err, NULL, 0, "session %s ended at a time outside years 0000-9999; "
                           "the log is damaged", a->session_id);
            goto done;
        }
        if (emit(out, st, count, err))
            goto done;
    }
    rc = 0;
done:
    free(c);
    return rc;
}
