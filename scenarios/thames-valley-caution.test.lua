-- Expected playthroughs of thames-valley-caution.lua, run by make test and by
--   rjsim test scenarios/thames-valley-caution.lua
-- Seeds: seed 1 draws the interview with Sarah, Graham able to come and a shortfall at
-- review; seed 3 draws Sarah unable to come, Graham unable to come and the £12 paid.
-- The format is described in docs/authoring.md, "Test files".
return {
  -- The most and least restorative paths.
  test "the most restorative path is exemplary on every seed" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 },
    expect = { overall = 100, band = "exemplary", violations = 0,
               ending = { "kept-in-person", "kept-relayed" } },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { band = "needs_work", overall = 0, ending = "walk-out", violations = { 6, 9 } },
  },

  -- Every ending, by an explicit path.
  test "ending: put right face to face" {
    seed = 1,
    choices = { "take-home", "clear-mia", "explain-advice", "offer-rc", "his-choice", "prepare-him",
                "script-open", "back-to-chloe", "harm-questions", "asked-terms", "ask-graham" },
    expect = { ending = "kept-in-person", overall = 100, violations = {} },
  },
  test "ending: put right at a distance" {
    seed = 3,
    choices = { "take-home", "clear-mia", "wait-for-mum", "explain-advice", "offer-rc", "his-choice",
                "take-his-words", "script-open", "back-to-chloe", "read-exact", "asked-terms",
                "report-back/kept-relayed" },
    expect = { ending = "kept-relayed", overall = 100, violations = {} },
  },
  test "ending: a caution without the shop" {
    seed = 1,
    choices = { "take-home", "clear-mia", "explain-advice", "offer-rc", "spare-him", "script-open",
                "back-to-chloe", "honest-gap", "asked-terms", "report-back/kept-without-shop" },
    expect = { ending = "kept-without-shop", band = { "proficient", "exemplary" }, violations = {} },
  },
  test "ending: a caution built on a flaw (advice talked away)" {
    seed = 1,
    choices = { "take-home", "clear-mia", "talk-down", "offer-rc", "his-choice", "prepare-him",
                "script-open", "back-to-chloe", "harm-questions", "asked-terms",
                "ask-graham/caution-challenged" },
    expect = { ending = "caution-challenged", band = "developing",
               violations = { "admission_before_counsel" } },
  },
  test "a manager told to attend, then freed before the meeting: no flaw at the end, but the breach stands" {
    seed = 1,
    choices = { "take-home", "clear-mia", "explain-advice", "offer-rc", "booked-him", "free-graham",
                "script-open", "back-to-chloe", "read-exact", "asked-terms", "report-back/kept-relayed" },
    expect = { ending = "kept-relayed", band = "developing", violations = { "no_victim_consent" } },
  },
  test "ending: paid in fear" {
    seed = 1,
    choices = { "take-home", "clear-mia", "explain-advice", "offer-rc", "his-choice", "prepare-him",
                "script-open", "back-to-chloe", "harm-questions", "asked-terms", "pay-or-else" },
    expect = { ending = "pay-or-else", band = "developing", violations = { "punished_after_agreement" } },
  },
  test "ending: Chloe walks out" {
    seed = 1,
    choices = { "take-home", "clear-mia", "explain-advice", "offer-rc", "his-choice", "prepare-him",
                "script-open", "back-to-chloe", "harm-questions", "window", "insist" },
    expect = { ending = "walk-out", band = "developing",
               violations = { "degrading_terms", "coerced_accused" } },
  },
  test "ending: an ordinary caution, with a letter the shop asked for" {
    seed = 1,
    choices = { "take-home", "clear-mia", "explain-advice", "desk-caution", "ask-the-shop" },
    expect = { ending = "desk-caution", band = { "proficient", "developing" }, violations = {} },
  },

  -- Recoveries.
  test "the shop window taken back in the room" {
    seed = 1,
    choices = { "take-home", "clear-mia", "explain-advice", "offer-rc", "his-choice", "prepare-him",
                "script-open", "back-to-chloe", "harm-questions", "window", "drop-window", "ask-graham" },
    expect = { ending = "kept-in-person", band = "developing", violations = { "degrading_terms" } },
  },

  -- A lawful choice that is still a serious mistake here: the desk caution gives up the
  -- whole restorative caution (credit 0 at 'admission'), so it keeps the attempt out of the top band.
  test "the desk caution instead of the meeting: lawful, but a serious mistake beside the restorative caution" {
    seed = 1,
    choices = { "take-home", "clear-mia", "explain-advice", "desk-caution", "ask-the-shop" },
    expect = { ending = "desk-caution", band = "proficient", overall = { 60, 84 }, violations = {} },
  },

  -- The trade-offs: the other defensible choice, with the rest played well.
  test "trade-off: arrest for a quick answer instead of taking her home" {
    seed = 1,
    choices = { "arrest", "clear-mia", "explain-advice", "offer-rc", "his-choice", "prepare-him",
                "script-open", "back-to-chloe", "harm-questions", "asked-terms", "ask-graham" },
    expect = { ending = "kept-in-person", band = "exemplary", overall = { 94, 98 }, violations = {} },
  },
  test "trade-off: a recorded word with Mia to satisfy Graham" {
    seed = 1,
    choices = { "take-home", "warn-mia", "explain-advice", "offer-rc", "his-choice", "prepare-him",
                "script-open", "back-to-chloe", "harm-questions", "asked-terms", "ask-graham" },
    expect = { ending = "kept-in-person", band = "exemplary", overall = { 94, 98 }, violations = {} },
  },
  test "trade-off: a volunteer appropriate adult today instead of waiting for Sarah" {
    seed = 3,
    choices = { "take-home", "clear-mia", "volunteer-aa", "explain-advice", "offer-rc", "his-choice",
                "take-his-words", "script-open", "back-to-chloe", "read-exact", "asked-terms",
                "report-back/kept-relayed" },
    expect = { ending = "kept-relayed", band = "exemplary", overall = { 85, 99 }, violations = {} },
  },
  test "trade-off: relaying an angry manager's views instead of preparing him" {
    seed = 1,
    choices = { "take-home", "clear-mia", "explain-advice", "offer-rc", "his-choice", "relay-instead",
                "script-open", "back-to-chloe", "read-exact", "asked-terms", "ask-graham/kept-relayed" },
    expect = { ending = "kept-relayed", band = "exemplary", overall = { 85, 99 }, violations = {} },
  },
  test "trade-off: moving the date so Graham can come" {
    seed = 3,
    choices = { "take-home", "clear-mia", "wait-for-mum", "explain-advice", "offer-rc", "his-choice",
                "move-date", "script-open", "back-to-chloe", "harm-questions", "asked-terms", "report-back" },
    expect = { ending = "kept-in-person", band = "exemplary", overall = { 85, 99 }, violations = {} },
  },
  test "trade-off: letting Sarah explain for her daughter" {
    seed = 1,
    choices = { "take-home", "clear-mia", "explain-advice", "offer-rc", "his-choice", "prepare-him",
                "script-open", "hear-sarah", "harm-questions", "asked-terms", "ask-graham" },
    expect = { ending = "kept-in-person", band = "exemplary", overall = { 94, 98 }, violations = {} },
  },
  test "trade-off: writing in Sarah's curfew" {
    seed = 1,
    choices = { "take-home", "clear-mia", "explain-advice", "offer-rc", "his-choice", "prepare-him",
                "script-open", "back-to-chloe", "harm-questions", "add-curfew", "ask-graham" },
    expect = { ending = "kept-in-person", band = "exemplary", overall = { 96, 99 }, violations = {} },
  },
  test "trade-off: posting the letter without asking Kerry" {
    seed = 3,
    choices = { "take-home", "clear-mia", "wait-for-mum", "explain-advice", "offer-rc", "his-choice",
                "take-his-words", "script-open", "back-to-chloe", "read-exact", "asked-terms",
                "post-letter/kept-relayed" },
    expect = { ending = "kept-relayed", band = "exemplary", overall = { 85, 99 }, violations = {} },
  },
  test "trade-off: writing off the last £6" {
    seed = 1,
    choices = { "take-home", "clear-mia", "explain-advice", "offer-rc", "his-choice", "prepare-him",
                "script-open", "back-to-chloe", "harm-questions", "asked-terms", "write-off" },
    expect = { ending = "kept-in-person", band = "exemplary", overall = { 94, 98 }, violations = {} },
  },
  test "trade-off: softening Graham's relayed words to spare Chloe" {
    seed = 3,
    choices = { "take-home", "clear-mia", "wait-for-mum", "explain-advice", "offer-rc", "his-choice",
                "take-his-words", "script-open", "back-to-chloe", "soften", "asked-terms",
                "report-back/kept-relayed" },
    expect = { ending = "kept-relayed", band = "exemplary", overall = { 94, 98 }, violations = {} },
  },
  test "a pressed manager not freed: the script alone does not repair consent" {
    seed = 1,
    choices = { "take-home", "clear-mia", "explain-advice", "offer-rc", "booked-him", "script-open",
                "back-to-chloe", "harm-questions", "asked-terms", "report-back/caution-challenged" },
    expect = { ending = "caution-challenged", band = "developing", violations = { "no_victim_consent" } },
  },
}
