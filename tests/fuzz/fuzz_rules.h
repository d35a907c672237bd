/* What the scores harnesses (CSV and XLSX) share: the rows a reader gave,
 * when it found no problem, taken through the rules to the in-memory
 * round, else freed. */
#ifndef ANUGERAH_FUZZ_RULES_H
#define ANUGERAH_FUZZ_RULES_H

#include <stdlib.h>

#include "event.h"
#include "problems.h"
#include "rules.h"

static inline void fuzz_apply_rules(kip_body *bodies, size_t n, const problems *pr)
{
    if (problems_count(pr) == 0 && bodies) {
        /* the round takes the bodies and a copy of nothing else: give it
         * its own event so that the shared one survives */
        problems *pe = problems_new();
        kip_event *e = event_load(FUZZ_ROOT "/samples/banten-2021/event.json", pe);
        problems_free(pe);
        kip_round *r = rules_apply(e, bodies, n, 0);
        kip_round_free(r);
    } else {
        for (size_t i = 0; i < n; i++)
            kip_body_clear(&bodies[i]);
        free(bodies);
    }
}

#endif
