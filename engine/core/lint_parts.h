/* lint_parts: the checker's checks, split by theme into lint.c (reachability and teaching
 * text), lint_content.c (variables, principles, scene length) and lint_paths.c (decisions
 * that matter). Internal to engine/core; lint.h is the interface.
 * Each check appends diagnostics to out and returns the errors it added, or -1 when out of
 * memory. */
#ifndef RJ_LINT_PARTS_H
#define RJ_LINT_PARTS_H

#include "lint.h"

/* Appends one diagnostic at file:line of the scenario. */
void lint_add(DiagList *out, const Scenario *sc, DiagSeverity sev, int line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

int lint_content_vars(const Scenario *sc, const Explorer *e, const LintInput *in, DiagList *out);
int lint_content_principles(const Scenario *sc, const Explorer *e, DiagList *out);
int lint_content_length(const Scenario *sc, const Explorer *e, int limit, DiagList *out);
int lint_paths_decisions(const Scenario *sc, const Explorer *e, DiagList *out);

#endif
