/* suggest: the nearest known name for a mistyped one, shared by the
 * command line and the press-release template. */
#include <criterion/criterion.h>

#include "suggest.h"

Test(suggest, distance_counts_single_byte_edits)
{
    cr_expect_eq(suggest_distance("build", "build"), 0);
    cr_expect_eq(suggest_distance("--evnt", "--event"), 1); /* one insertion */
    cr_expect_eq(suggest_distance("biuld", "build"), 2);    /* two changes */
    cr_expect_eq(suggest_distance("", "init"), 4);
}

Test(suggest, only_a_near_name_is_suggested)
{
    const char *const commands[] = {"build", "check", "verify", "init", NULL};
    cr_expect_str_eq(suggest_nearest("biuld", commands), "build");
    cr_expect_str_eq(suggest_nearest("chek", commands), "check");
    cr_expect_str_eq(suggest_nearest("inti", commands), "init");
    /* "ab" is two changes from nothing useful: two edits of a two-byte
     * word rewrite it whole */
    cr_expect_null(suggest_nearest("ab", commands));
    cr_expect_null(suggest_nearest("bangun", commands));
    const char *const options[] = {"--event", "--scores", "--out", NULL};
    cr_expect_str_eq(suggest_nearest("--evnt", options), "--event");
    cr_expect_str_eq(suggest_nearest("--score", options), "--scores");
}
