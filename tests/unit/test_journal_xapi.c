/* Tests for engine/journal/xapi and uuid: statements with stable ids. (The statements are
 * validated against the xAPI schema in tests/cli/test_reports.py.) */
#include "journal/uuid.h"
#include "journal/xapi.h"
#include "suites.h"
#include "test_journal_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void assert_sha1(const void *data, size_t len, const char *hex)
{
    uint8_t d[20];
    char got[41];
    uuid_sha1(data, len, d);
    for (int i = 0; i < 20; i++)
        snprintf(got + 2 * i, 3, "%02x", d[i]);
    ck_assert_str_eq(got, hex);
}

START_TEST(sha1_matches_the_fips_vectors)
{
    assert_sha1("", 0, "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    assert_sha1("abc", 3, "a9993e364706816aba3e25717850c26c9cd0d89d");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    assert_sha1(two, strlen(two), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    char *million = malloc(1000000);
    memset(million, 'a', 1000000);
    assert_sha1(million, 1000000, "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
    free(million);
}
END_TEST

START_TEST(uuid_v5_matches_known_values)
{
    uint8_t dns[16], back[16];
    char out[37];
    ck_assert_int_eq(uuid_parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8", dns), 0);
    uuid_v5(dns, "python.org", 10, out); /* Python: uuid.uuid5(uuid.NAMESPACE_DNS, ...) */
    ck_assert_str_eq(out, "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    uuid_v5(uuid_url_namespace, "https://rjsim.invalid/xapi", 26, out);
    ck_assert_str_eq(out, "ae91960f-9c6c-5968-9d45-29e99e767de9");
    ck_assert_int_eq(uuid_parse(out, back), 0);
    ck_assert_mem_eq(back, uuid_rjsim_namespace, 16);
    ck_assert_int_eq(uuid_parse("AE91960F-9C6C-5968-9D45-29E99E767DE9", back), 0);
    ck_assert_int_eq(uuid_parse("ae91960f-9c6c-5968-9d45-29e99e767de", back), -1);
    ck_assert_int_eq(uuid_parse("ae91960f-9c6c-5968-9d45-29e99e767de9x", back), -1);
    ck_assert_int_eq(uuid_parse("ae91960fx9c6c-5968-9d45-29e99e767de9", back), -1);
    ck_assert_int_eq(uuid_parse("ag91960f-9c6c-5968-9d45-29e99e767de9", back), -1);
}
END_TEST

/* The statements xapi_write gives for a; the caller frees them. */
static char *statements(const Attempt *a, const XapiOptions *o, size_t *count)
{
    char *buf = NULL;
    size_t len = 0;
    Diag err;
    FILE *out = open_memstream(&buf, &len);
    ck_assert_msg(xapi_write(out, a, o, count, &err) == 0, "%s", err.message);
    fclose(out);
    return buf;
}

static void assert_has(const char *text, const char *want)
{
    ck_assert_msg(strstr(text, want) != NULL, "no %s in\n%s", want, text);
}

START_TEST(xapi_writes_a_statement_per_decision_and_the_completion)
{
    Attempt a;
    char id[37], want[128];
    size_t count = 0;
    jt_make_full(&a);
    a.status = ATTEMPT_COMPLETED;
    a.decisions[1].taken_ms = 101239 + 3600000;
    XapiOptions o = { "https://academy.example.org/", false, NULL, NULL };
    char *s = statements(&a, &o, &count);
    ck_assert_uint_eq(count, 3);
    ck_assert_int_eq(s[0], '{');
    uuid_v5(uuid_rjsim_namespace, "answered/3f2b8c1a-9d4e-4f60-8a7b-1c2d3e4f5a6b/1", 47, id);
    snprintf(want, sizeof want, "\"id\":\t\"%s\"", id);
    assert_has(s, want);
    uuid_v5(uuid_rjsim_namespace, "registration/3f2b8c1a-9d4e-4f60-8a7b-1c2d3e4f5a6b", 49, id);
    snprintf(want, sizeof want, "\"registration\":\t\"%s\"", id);
    assert_has(s, want);
    const char *fragments[] = {
        "\"timestamp\":\t\"2026-11-21T09:21:48.762Z\"",
        "\"homePage\":\t\"https://academy.example.org\"",
        "\"id\":\t\"http://adlnet.gov/expapi/verbs/answered\"",
        "\"id\":\t\"https://academy.example.org/xapi/scenarios/dc-youth-metro/decisions/intake\"",
        "\"interactionType\":\t\"choice\"",
        "\"correctResponsesPattern\":\t[\"wait-for-counsel\", \"call-parent\"]",
        "\"response\":\t\"take-admission\"", "\"success\":\tfalse", "\"duration\":\t\"PT41.25S\"",
        "\"duration\":\t\"PT1H1M41.24S\"", "\"duration\":\t\"PT3M43.49S\"",
        "\"https://rjsim.invalid/xapi/extensions/safeguard-broken\":\t\"admission_before_counsel\"",
        "\"id\":\t\"http://adlnet.gov/expapi/verbs/completed\"",
        "\"scaled\":\t0.3333333333333333", "\"completion\":\ttrue",
        "\"parent\":\t[{", "\"platform\":\t\"rjsim 0.1.0\"",
        "\"https://rjsim.invalid/xapi/extensions/step-backs\":\t2",
    };
    for (size_t i = 0; i < sizeof fragments / sizeof fragments[0]; i++)
        assert_has(s, fragments[i]);
    ck_assert_ptr_null(strstr(s, "Zo\xc3\xab")); /* the name stays out by default */
    assert_has(s, "\"name\":\t\"rjsim-");
    free(s);
    attempt_free(&a);
}
END_TEST

static int scene_choices(void *ctx, const Attempt *a, const char *scene, const XapiChoice **out)
{
    static const XapiChoice intake[] = { { "wait-for-counsel", "Wait for counsel" },
                                         { "call-parent", "Call a parent" },
                                         { "rush", "Rush it" } };
    (void)ctx, (void)a;
    *out = intake;
    return strcmp(scene, "intake") == 0 ? 3 : -1;
}

START_TEST(xapi_lists_choices_and_can_name_actors)
{
    Attempt a;
    size_t count = 5; /* as if five statements came before */
    jt_make_full(&a);
    a.status = ATTEMPT_ABANDONED; /* no completed statement */
    XapiOptions o = { NULL, true, scene_choices, NULL };
    char *s = statements(&a, &o, &count);
    ck_assert_uint_eq(count, 7);
    ck_assert(strncmp(s, ",\n{", 3) == 0);
    assert_has(s, "\"homePage\":\t\"https://rjsim.invalid\"");
    assert_has(s, "\"name\":\t\"Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m\"");
    assert_has(s, "\"id\":\t\"rush\",\n");
    assert_has(s, "\"en\":\t\"Call a parent\"");
    /* the second scene is unknown to the callback: the log's own choices */
    assert_has(s, "\"choices\":\t[{\n\t\t\t\t\t\"id\":\t\"take-admission\"");
    ck_assert_ptr_null(strstr(s, "verbs/completed"));
    free(s);
    attempt_free(&a);
}
END_TEST

START_TEST(xapi_actor_names_are_stable_and_opaque)
{
    char one[64], two[64], three[64];
    xapi_actor_name("https://a.example", "Sam Lee", false, one, sizeof one);
    xapi_actor_name("https://a.example", "  sam   LEE ", false, two, sizeof two);
    xapi_actor_name("https://b.example", "Sam Lee", false, three, sizeof three);
    ck_assert_str_eq(one, two);
    ck_assert_str_ne(one, three); /* another academy, another id */
    ck_assert_uint_eq(strlen(one), 30);
    ck_assert_int_eq(strncmp(one, "rjsim-", 6), 0);
    xapi_actor_name("https://a.example", "  Sam \t Lee ", true, one, sizeof one);
    ck_assert_str_eq(one, "Sam Lee");
}
END_TEST

START_TEST(xapi_refuses_a_home_page_that_is_not_a_web_address)
{
    const char *bad[] = { "ftp://x.org", "https://", "https:///x", "https://a b.org",
                          "academy.org", "https://x.org/\"" };
    Diag err;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_msg(xapi_check_home_page(bad[i], &err) == -1, "%s", bad[i]);
    ck_assert_str_eq(err.message, "the home page 'https://x.org/\"' is not a web address; give "
                                  "one like https://academy.example.org (http:// or https://, "
                                  "a host, no spaces)");
    ck_assert_int_eq(xapi_check_home_page("http://lms.local:8080/academy", &err), 0);
    Attempt a;
    size_t count = 0;
    jt_make_full(&a);
    XapiOptions o = { "nope", false, NULL, NULL };
    FILE *out = fopen("/dev/null", "w");
    ck_assert_int_eq(xapi_write(out, &a, &o, &count, &err), -1);
    ck_assert_uint_eq(count, 0);
    fclose(out);
    attempt_free(&a);
}
END_TEST

TCase *journal_xapi_tcase(void)
{
    TCase *tc = tcase_create("xapi");
    tcase_add_test(tc, sha1_matches_the_fips_vectors);
    tcase_add_test(tc, uuid_v5_matches_known_values);
    tcase_add_test(tc, xapi_writes_a_statement_per_decision_and_the_completion);
    tcase_add_test(tc, xapi_lists_choices_and_can_name_actors);
    tcase_add_test(tc, xapi_actor_names_are_stable_and_opaque);
    tcase_add_test(tc, xapi_refuses_a_home_page_that_is_not_a_web_address);
    return tc;
}
