/* fuzz_loader: the input as a scenario file, byte for byte: Lua's parser, the sandbox's
 * limits, the scenario and rubric converters, then (when it loads) the explorer, the
 * checker, a session and its log (fuzz_scenario.c). */
#include "fuzz_scenario.h"
#include "fuzz_util.h"

#include <string.h>

/* Whether the input mentions the rubric constructor. A scenario never calls it, so only
 * such inputs (the seeds from rubric.lua files and their mutations) are loaded as a rubric
 * too: loading every input twice would halve the speed for nothing. */
static bool mentions_rubric(const uint8_t *data, size_t size)
{
    static const char word[] = "rubric";
    for (size_t i = 0; i + sizeof word - 1 <= size; i++)
        if (memcmp(data + i, word, sizeof word - 1) == 0)
            return true;
    return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_scenario_run((const char *)data, size, mentions_rubric(data, size));
    return 0;
}
