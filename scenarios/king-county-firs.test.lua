-- Expected playthroughs of king-county-firs.lua, run by make test and by
--   rjsim test scenarios/king-county-firs.lua
-- Paths are given by choice id, so they hold when choices are reordered. The follow-up
-- visit is followed by a chance event: with these choices, seed 1 leads to the July
-- question about the pistol and seed 3 to the call four months later.
-- The format is in docs/authoring.md, "Test files".
local best_to_visit = { "separate", "screen", "secure-firearm", "no-questions", "honest-options",
                        "firs-route", "a4-risk-note", "support-firs", "checkin" }
local function with(list, ...)
  local t = {}
  for _, id in ipairs(list) do t[#t + 1] = id end
  for _, id in ipairs({ ... }) do t[#t + 1] = id end
  return t
end
local function swap(list, from, to)
  local t = {}
  for _, id in ipairs(list) do t[#t + 1] = (id == from) and to or id end
  return t
end

return {
  test "the most restorative path is exemplary on every seed" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6 },
    expect = { ending = { "firs_completed", "new_report" }, overall = 100, band = "exemplary", violations = 0 },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { band = "needs_work", violations = { 1, 10 } },
  },

  -- Every ending, by an explicit path.
  test "ending: home, with help" {
    seed = 1, choices = with(best_to_visit, "gun-options"),
    expect = { ending = "firs_completed", overall = 100, band = "exemplary", violations = {} },
  },
  test "ending: heard, and told the truth" {
    seed = 3, choices = with(best_to_visit, "honest-report"),
    expect = { ending = "new_report", overall = 100, band = "exemplary", violations = {} },
  },
  test "ending: reopened" {
    seed = 3, choices = with(best_to_visit, "reopen-march"),
    expect = { overall = { 85, 95 }, ending = "reopened", band = "developing", violations = { "punished_after_agreement" } },
  },
  test "ending: nothing written (talking her out of a report: a serious mistake)" {
    seed = 3, choices = with(best_to_visit, "talk-her-out"),
    expect = { overall = { 88, 95 }, ending = "unheard", band = "proficient", violations = {} },
  },
  test "ending: back to the old way, on the officer's recommendation (a serious mistake)" {
    choices = { "separate", "screen", "secure-firearm", "no-questions", "honest-options",
                "firs-route", "a4-risk-note", "recommend-filing" },
    expect = { band = "proficient", overall = { 85, 90 }, ending = "court_track", violations = {} },
  },
  test "ending: back to the old way, standing by an inflated charge" {
    choices = { "separate", "screen", "secure-firearm", "no-questions", "honest-options",
                "firs-route", "inflate-charge", "stand-by-felony" },
    expect = { overall = { 70, 80 }, ending = "court_track", band = "developing", violations = { "coerced_accused" } },
  },
  test "ending: a night at his aunt's" {
    choices = { "separate", "screen", "secure-firearm", "no-questions", "honest-options", "aunt" },
    expect = { band = "proficient", overall = { 80, 86 }, ending = "without_program", violations = {} },
  },
  test "a careless night: together, no screen, the remark brushed aside, a night at the aunt's" {
    choices = { "hear-together", "essentials", "brush-aside", "talk-about-dad", "decide-for-her", "aunt" },
    expect = { overall = { 20, 40 }, ending = "without_program", band = "needs_work", violations = { "ignored_red_flag" } },
  },

  -- Recovering from a broken safeguard.
  test "recovery: the inflated charge corrected" {
    seed = 1,
    choices = { "separate", "screen", "secure-firearm", "no-questions", "honest-options",
                "firs-route", "inflate-charge", "correct-referral", "checkin", "gun-options" },
    expect = { overall = { 85, 95 }, ending = "firs_completed", band = "developing", violations = { "coerced_accused" } },
  },
  test "recovery: the pressure owned to the FIRS team" {
    seed = 1,
    choices = { "separate", "screen", "secure-firearm", "no-questions", "pressure-mother",
                "firs-route", "a4-risk-note", "own-pressure", "checkin", "gun-options" },
    expect = { overall = { 85, 95 }, ending = "firs_completed", band = "developing", violations = { "no_victim_consent" } },
  },
  test "recovery: the pistol raised again at the follow-up visit" {
    seed = 1,
    choices = { "separate", "screen", "brush-aside", "no-questions", "honest-options",
                "firs-route", "a4-only", "support-firs", "checkin-gun", "gun-options" },
    expect = { overall = { 85, 95 }, ending = "firs_completed", band = "developing", violations = { "ignored_red_flag" } },
  },

  -- Trade-offs: the other defensible choice, the rest played well.
  test "trade-off with the pistol: she changes the code and decides herself" {
    seed = 1, choices = with(swap(swap(best_to_visit, "secure-firearm", "change-code"), "checkin", "checkin-gun"), "gun-options"),
    expect = { band = "exemplary", overall = { 94, 99 }, ending = "firs_completed", violations = {} },
  },
  test "trade-off on the step: talk with him about his father" {
    seed = 1, choices = with(swap(best_to_visit, "no-questions", "talk-about-dad"), "gun-options"),
    expect = { band = "exemplary", overall = { 93, 98 }, ending = "firs_completed", violations = {} },
  },
  test "trade-off in the referral: the gun remark in the offense narrative" {
    seed = 1, choices = with(swap(best_to_visit, "a4-risk-note", "narrative"), "gun-options"),
    expect = { band = "exemplary", overall = { 94, 98 }, ending = "firs_completed", violations = {} },
  },
  test "trade-off with the FIRS team: extra terms to back the agreement" {
    seed = 1, choices = with(swap(best_to_visit, "support-firs", "add-conditions"), "gun-options"),
    expect = { band = "exemplary", overall = { 94, 99 }, ending = "firs_completed", violations = {} },
  },
  test "trade-off at the follow-up: leave it to FIRS" {
    seed = 1, choices = with(swap(best_to_visit, "checkin", "skip-visit"), "honest-report"),
    expect = { band = "exemplary", overall = { 95, 99 }, ending = "new_report", violations = {} },
  },
  test "trade-off in July: the paperwork, her property, her call" {
    seed = 1, choices = with(best_to_visit, "gun-paperwork"),
    expect = { band = "exemplary", overall = { 94, 99 }, ending = "firs_completed", violations = {} },
  },
  test "trade-off at the door: everyone at the table" {
    seed = 1, choices = with(swap(best_to_visit, "separate", "hear-together"), "gun-options"),
    expect = { band = "exemplary", overall = { 94, 99 }, ending = "firs_completed", violations = {} },
  },
}
