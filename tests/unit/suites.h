/* The unit-test suites; tests/unit/main.c runs them all. Each test file defines one. */
#ifndef RJ_TEST_SUITES_H
#define RJ_TEST_SUITES_H

#include <check.h>

Suite *core_suite(void);
Suite *explorer_suite(void);
Suite *script_suite(void);
Suite *journal_suite(void);
Suite *paths_suite(void);
Suite *report_suite(void);
Suite *authoring_suite(void);
Suite *authoring_script_suite(void);
Suite *audit_suite(void);

/* Folder with test fixtures (tests/), set by main from argv or RJSIM_TESTS. */
extern const char *test_dir;

#endif
