/* report_private: the working data of a Report, shared by report.c (adding attempts) and
 * report_finish.c (figures and accessors). Not for other modules. */
#ifndef RJ_REPORT_PRIVATE_H
#define RJ_REPORT_PRIVATE_H

#include "report.h"

#include "arena.h"

typedef struct Entry {
    const char *key; /* interned; NULL for an empty slot */
    uint32_t hash;
    int value;
} Entry;

typedef struct Map {
    Entry *e;
    size_t cap, n;
} Map;

/* "Latest" is decided by (time, session id), so the order of report_add does not matter. */
typedef struct Stamp {
    int64_t ms;
    const char *sid; /* NULL: nothing seen yet */
} Stamp;

typedef struct Dec {
    ReportDecision d;
    int cap;
    Stamp *text_at; /* parallel to d.choices */
    double step_sum;
    Stamp title_at;
} Dec;

typedef struct Scen {
    ReportScenario s;
    int end_cap, safe_cap, dec_cap;
    Dec *decs;
    Stamp title_at;
} Scen;

typedef struct Trn {
    ReportTrainee t;
    const char *key; /* report_trainee_key of the name */
    int safe_cap;
    struct Spelling { /* the name as typed: the most common spelling is shown */
        const char *name;
        int count;
        Stamp at;
    } *names;
    int nnames, names_cap;
    Stamp overall_at, at[REPORT_MAX_PRINCIPLES];
} Trn;

typedef struct Cell {
    int trainee, scenario;
    ReportCell c;
    Stamp at;
} Cell;

struct Report {
    Arena *arena;
    Map strings, index; /* interned strings; "kind:key" -> index or flags */
    Trn *trn;
    int ntrn, trn_cap;
    Scen *scen;
    int nscen, scen_cap;
    ReportPrinciple prin[REPORT_MAX_PRINCIPLES];
    int nprin;
    Cell *cells;
    int ncells, cell_cap;
    ReportAttempt *att;
    int natt, att_cap;
    bool finished;
    /* built by report_finish */
    ReportTrainee *trainees;
    ReportScenario *scenarios;
    const ReportCell **grid; /* trainee * nscen + scenario */
};

#endif
