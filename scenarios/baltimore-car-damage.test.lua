-- Expected playthroughs of baltimore-car-damage.lua, run by make test and by
--   rjsim test scenarios/baltimore-car-damage.lua
-- The most and least restorative paths come from the explorer (auto = "best" / "worst");
-- every ending is also reached by an explicit path of choice ids, and each trade-off
-- decision is played the other defensible way. Seeds fix the one chance draw after the
-- agreement: on seeds 1 and 2 every term is kept, on seed 3 the repaired door will not lock.
-- The format is described in docs/authoring.md, "Test files".
local function path(...)
  local t = { "home-to-parents", "refer-three", "free-choice", "straight-answer", "speak-saw",
              "decline-to-judge", "leave-to-denise" }
  for _, id in ipairs({ ... }) do t[#t + 1] = id end
  return t
end

return {
  test "the most restorative path is exemplary" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6 },
    expect = { overall = 100, band = "exemplary", violations = 0, ending = { "kept", "kept-late" } },
  },
  test "the least restorative path needs work and breaks safeguards" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { band = "needs_work", ending = "challenged", violations = { 4, 10 } },
  },

  -- Every ending, by an explicit path
  test "ending: kept, and everyone told" {
    choices = path("nothing-added", "close-and-explain"), seed = 1,
    expect = { ending = "kept", overall = 100, band = "exemplary", violations = 0, decisions = 9 },
  },
  test "ending: closed quietly" {
    choices = path("nothing-added", "close-silently"), seed = 1,
    expect = { ending = "closed-quietly", overall = { 85, 95 }, violations = 0 },
  },
  test "ending: charged after completion" {
    choices = path("nothing-added", "charge-after-completion"), seed = 1,
    expect = { ending = "recharged", band = "developing", violations = { "punished_after_agreement" } },
  },
  test "ending: finished late, terms changed by the participants" {
    choices = path("nothing-added", "change-the-term"), seed = 3,
    expect = { ending = "kept-late", overall = 100, band = "exemplary", violations = 0 },
  },
  test "ending: Tavon's case returned to intake" {
    choices = path("nothing-added", "return-tavon"), seed = 3,
    expect = { ending = "returned", overall = { 85, 95 }, violations = 0 },
  },
  test "ending: closed over Mr. Greene's objection (trade-off shortfall: least intrusive)" {
    choices = path("nothing-added", "call-it-complete"), seed = 3,
    expect = { ending = "closed-disputed", overall = { 90, 99 }, band = "exemplary", violations = 0 },
  },
  test "ending: all three charged after an unfinished agreement" {
    choices = path("nothing-added", "charge-all-three"), seed = 3,
    expect = { ending = "recharged", band = "developing", violations = { "punished_after_agreement" } },
  },
  test "ending: the long way round (Juvenile Services, as Mr. Greene asked)" {
    choices = { "home-to-parents", "to-juvenile-services" },
    expect = { ending = "court-petition", overall = { 40, 60 }, violations = 0, decisions = 2 },
  },
  test "ending: an agreement built on a flaw (questioned on the corner)" {
    choices = { "question-on-corner", "refer-three", "free-choice", "straight-answer", "speak-saw",
                "decline-to-judge", "leave-to-denise", "nothing-added-flawed" },
    expect = { ending = "challenged", band = "developing", violations = { "minor_without_guardian" } },
  },

  -- Consequences that unfold
  test "a curfew nobody asked for breaks first" {
    choices = path("ask-curfew", "change-the-term"),
    expect = { ending = "kept-late", overall = { 80, 95 }, violations = 0 },
  },
  test "backing the sign costs the Brooks family's share" {
    choices = path("back-sign", "change-the-term"),
    expect = { ending = "kept-late", band = "developing", violations = { "degrading_terms" } },
  },
  test "threatening court to get the family there taints the agreement" {
    choices = { "home-to-parents", "refer-three", "free-choice", "come-or-court", "speak-saw",
                "decline-to-judge", "leave-to-denise", "nothing-added-flawed" },
    expect = { ending = "challenged", violations = { "coerced_accused" } },
  },
  test "a neighbor's persuasion is not consent, but does not taint the agreement" {
    choices = { "home-to-parents", "refer-three", "let-simmons-persuade", "straight-answer", "speak-saw",
                "decline-to-judge", "leave-to-denise", "nothing-added", "close-and-explain" }, seed = 1,
    expect = { ending = "kept", overall = { 85, 95 }, violations = 0 },
  },

  -- Trade-off decisions, played the other defensible way
  test "trade-off corner: booking the boys, as Mr. Greene wanted" {
    choices = { "book-them", "refer-three", "free-choice", "straight-answer", "speak-saw",
                "decline-to-judge", "leave-to-denise", "nothing-added", "close-and-explain" }, seed = 1,
    expect = { ending = "kept", overall = { 90, 99 }, band = "exemplary", violations = 0 },
  },
  test "trade-off circle_open: passing" {
    choices = { "home-to-parents", "refer-three", "free-choice", "straight-answer", "pass",
                "decline-to-judge", "leave-to-denise", "nothing-added", "close-and-explain" }, seed = 1,
    expect = { ending = "kept", overall = { 90, 99 }, band = "exemplary", violations = 0 },
  },
  test "trade-off kevin: telling Mr. Greene what the footage shows" {
    choices = { "home-to-parents", "refer-three", "free-choice", "straight-answer", "speak-saw",
                "decline-to-judge", "read-footage", "nothing-added", "close-and-explain" }, seed = 1,
    expect = { ending = "kept", overall = { 90, 99 }, band = "exemplary", violations = 0 },
  },
}
