/* Runs every unit-test suite. Usage: unit-tests [TESTS_DIR]  (default: tests) */
#include "suites.h"

#include <stdlib.h>

const char *test_dir = "tests";

int main(int argc, char **argv)
{
    if (argc > 1)
        test_dir = argv[1];
    SRunner *sr = srunner_create(core_suite());
    srunner_add_suite(sr, explorer_suite());
    srunner_add_suite(sr, script_suite());
    srunner_add_suite(sr, journal_suite());
    srunner_add_suite(sr, paths_suite());
    srunner_add_suite(sr, report_suite());
    srunner_add_suite(sr, authoring_suite());
    srunner_add_suite(sr, authoring_script_suite());
    srunner_add_suite(sr, audit_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
