-- Expected playthroughs of restitution-shortfall.lua, run by make test and by
--   rjsim test scenarios/restitution-shortfall.lua
-- The most and least restorative paths come from the explorer (auto = "best" / "worst");
-- every ending is also reached by an explicit path of choice ids, and each trade-off
-- decision is played the other defensible way. Seeds fix the chance draws: on seeds 1, 2
-- Ms. Carter wants a new plan and it runs on time; on seed 6 a month is missed; on seed 3
-- she chooses court. The format is described in docs/authoring.md, "Test files".
local review = { "look-first", "review-with-family", "plan-not-breach", "consult-carter" }
local function path(...)
  local t = {}
  for _, id in ipairs(review) do t[#t + 1] = id end
  for _, id in ipairs({ ... }) do t[#t + 1] = id end
  return t
end

return {
  test "the most restorative path is exemplary" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6, 7, 8 },
    expect = { overall = 100, band = "exemplary", violations = 0,
               ending = { "completed", "court-no-harsher" } },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { band = "needs_work", ending = "punished-for-trying",
               violations = { "punished_after_agreement" } },
  },

  -- Every ending, by an explicit path
  test "ending: completed, on time" {
    choices = path("stay-away", "consent-as-written", "leave-it", "close-completed"), seed = 1,
    expect = { ending = "completed", overall = 100, band = "exemplary", violations = 0 },
  },
  test "ending: completed after a missed month, fixed with Ms. Carter" {
    choices = path("stay-away", "consent-as-written", "reconvene-short", "close-completed"), seed = 6,
    expect = { ending = "completed", overall = 100, band = "exemplary", violations = 0 },
  },
  test "ending: Ms. Carter chooses court, no harsher" {
    choices = path("accept-court", "original-no-harsher", "payable-schedule"), seed = 3,
    expect = { ending = "court-no-harsher", overall = 100, band = "exemplary", violations = 0 },
  },
  test "ending: punished for trying (filed at once, harsher)" {
    choices = { "file-now", "harsher-for-failure" },
    expect = { ending = "punished-for-trying", overall = 0, band = "needs_work",
               violations = { "punished_after_agreement" } },
  },
  test "ending: punished for trying (filed after completion)" {
    choices = path("stay-away", "consent-as-written", "leave-it", "file-after-completion"), seed = 1,
    expect = { ending = "punished-for-trying", band = "developing",
               violations = { "punished_after_agreement" } },
  },
  test "ending: promise broken" {
    choices = { "file-now", "use-conference-words" },
    expect = { ending = "promise-broken", band = "needs_work", violations = { "statements_used" } },
  },
  test "ending: written off, and the decision stands" {
    choices = { "write-off", "stand-by-closing" },
    expect = { ending = "written-off", overall = { 30, 50 }, band = "needs_work", violations = 0 },
  },
  test "ending: written off after she chose court" {
    choices = path("decline-small-claims"), seed = 3,
    expect = { ending = "written-off", overall = { 70, 84 }, band = "proficient", violations = 0 },
  },
  test "ending: terms changed behind her back" {
    choices = { "look-first", "review-with-family", "plan-not-breach", "letter-only", "stand-by-letter" },
    expect = { ending = "carter-shut-out", band = { "developing", "needs_work" },
               violations = { "no_victim_consent" } },
  },
  test "ending: never quite finished" {
    choices = path("stay-away", "consent-as-written", "leave-it", "hold-open"), seed = 1,
    expect = { ending = "limbo", overall = { 70, 90 }, violations = 0 },
  },

  -- Recoveries
  test "writing off, then reopening, can still end well" {
    choices = { "write-off", "reopen", "review-with-family", "plan-not-breach", "consult-carter-again",
                "stay-away", "consent-as-written", "leave-it", "close-completed" }, seed = 2,
    expect = { ending = "completed", overall = { 90, 99.9 }, violations = 0 },
  },
  test "a letter, then an apology" {
    choices = { "look-first", "review-with-family", "plan-not-breach", "letter-only", "apologize-reopen" },
    seed = 2,
    expect = { stops_at = "revision_role", violations = { "no_victim_consent" } },
  },

  -- Trade-off decisions, played the other defensible way
  test "trade-off review_setup: Ms. Carter first, before the facts" {
    choices = { "look-first", "carter-first", "plan-not-breach", "consult-carter-again", "stay-away",
                "consent-as-written", "leave-it", "close-completed" }, seed = 2,
    expect = { ending = "completed", overall = { 80, 95 }, violations = 0 },
  },
  test "trade-off the_record: a second shift to pay by June" {
    choices = { "look-first", "review-with-family", "more-hours", "consult-carter", "stay-away",
                "consent-as-written-2", "reconvene-short", "close-completed" }, seed = 6,
    expect = { ending = "completed", overall = { 95, 99.9 }, band = "exemplary", violations = 0 },
  },
  test "trade-off revision_role: sitting in" {
    choices = path("sit-in", "consent-as-written", "leave-it", "close-completed"), seed = 1,
    expect = { ending = "completed", overall = { 90, 99 }, band = "exemplary", violations = 0 },
  },
  test "trade-off revise_plan: the mother's guarantee written in" {
    choices = path("stay-away", "mother-guarantee", "leave-it", "close-completed"), seed = 1,
    expect = { ending = "completed", overall = { 80, 95 }, violations = 0 },
  },
  test "trade-off revise_plan: the office's conditions" {
    choices = path("stay-away", "add-conditions", "reconvene-short", "close-completed"), seed = 1,
    expect = { ending = "completed", overall = { 80, 95 }, violations = 0 },
  },
  test "trade-off month_three: monthly reports to the office" {
    choices = path("stay-away", "consent-as-written", "monthly-reports", "close-completed"), seed = 1,
    expect = { ending = "completed", overall = { 80, 95 }, violations = 0 },
  },
  test "trade-off month_three_missed: letting one payment slide" {
    choices = path("stay-away", "consent-as-written", "let-slide", "close-completed"), seed = 6,
    expect = { ending = "completed", overall = { 80, 95 }, violations = 0 },
  },
  test "month_three_missed: a warning letter coerces" {
    choices = path("stay-away", "consent-as-written", "warning-letter", "close-completed"), seed = 6,
    expect = { ending = "completed", band = "developing", violations = { "coerced_accused" } },
  },
  test "trade-off carter_prefers_court: urging her to wait" {
    choices = path("urge-carter", "original-no-harsher", "payable-schedule"), seed = 3,
    expect = { ending = "court-no-harsher", overall = { 80, 95 }, violations = 0 },
  },
  test "trade-off court_restitution: the lump sum she asked for" {
    choices = path("accept-court", "original-no-harsher", "parent-lump-sum"), seed = 3,
    expect = { ending = "court-no-harsher", overall = { 80, 95 }, violations = 0 },
  },
}
