-- Expected playthroughs of milwaukee-corner-shop.lua, run by make test and by
--   rjsim test scenarios/milwaukee-corner-shop.lua
-- The most and least restorative paths come from the explorer (auto = "best" / "worst");
-- every ending is also reached by an explicit path of choice ids, and each trade-off
-- decision is played the other defensible way. The format is in docs/authoring.md, "Test files".
-- Seed 1 draws Mateo's straight account at the conference; seed 4 draws his wobble.

local best = { "hold-and-refer", "nothing-from-you", "wait-for-counsel", "signed-terms", "define-roles",
  "listen", "listen-on", "no-evidence", "approve-parties", "defer-memo", "extend" }

-- best, with choice number i replaced by id
local function swap(i, id)
  local t = {}
  for k, c in ipairs(best) do t[k] = c end
  t[i] = id
  return t
end

return {
  test "the most restorative path is exemplary" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6 },
    expect = { ending = "repaired", overall = 100, band = "exemplary", violations = 0 },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { ending = "trust-broken", band = "needs_work", violations = { "net_widening" } },
  },

  -- every ending by an explicit path
  test "explicit best path: paid back, the promise kept" {
    choices = best, seed = 1,
    expect = { ending = "repaired", overall = 100, violations = 0 },
  },
  test "Mateo wobbles and a break brings him back" {
    choices = { "hold-and-refer", "nothing-from-you", "wait-for-counsel", "signed-terms", "define-roles",
      "listen", "break", "no-evidence", "approve-parties", "defer-memo", "extend" }, seed = 4,
    expect = { ending = "repaired", overall = 100, violations = 0 },
  },
  test "the register referred and kept in: the defense walks away" {
    choices = { "refer-both", "keep-register" },
    expect = { ending = "trust-broken", band = "needs_work", violations = { "net_widening" } },
  },
  test "the register withdrawn: the case recovers" {
    choices = { "refer-both", "withdraw-register", "nothing-from-you", "wait-for-counsel", "signed-terms",
      "define-roles", "listen", "listen-on", "no-evidence", "approve-parties", "defer-memo", "extend" }, seed = 1,
    expect = { ending = "repaired", band = "developing", violations = { "net_widening" } },
  },
  test "a deadline threat held: the defense walks away" {
    choices = { "hold-and-refer", "nothing-from-you", "wait-for-counsel", "deadline-threat", "hold-deadline" },
    expect = { ending = "trust-broken", violations = { "coerced_accused" } },
  },
  test "the conference notes on the file: promise broken" {
    choices = { "hold-and-refer", "nothing-from-you", "wait-for-counsel", "signed-terms", "define-roles",
      "listen", "listen-on", "no-evidence", "approve-parties", "attach-notes", "extend-after-breach" }, seed = 1,
    expect = { ending = "promise-broken", violations = { "statements_used" } },
  },
  test "charged anyway: promise broken" {
    choices = { "hold-and-refer", "nothing-from-you", "wait-for-counsel", "signed-terms", "define-roles",
      "listen", "listen-on", "no-evidence", "approve-parties", "charge-anyway", "extend-after-breach" }, seed = 1,
    expect = { ending = "promise-broken", band = "developing", violations = { "punished_after_agreement" } },
  },
  test "the missed deadline charged: punished for trying" {
    choices = swap(11, "breach-charge"), seed = 1,
    expect = { ending = "charged-after-repair", band = "developing", violations = { "punished_after_agreement" } },
  },
  test "trade-off at week twelve: the rest waived without Mr. Haddad" {
    choices = swap(11, "waive-rest"), seed = 1,
    expect = { ending = "closed-short", band = "exemplary", overall = { 94, 98 }, violations = 0 },
  },
  test "a pressured yes (a serious mistake), paused and asked again" {
    choices = { "hold-and-refer", "recommend", "wait-for-counsel", "signed-terms", "define-roles",
      "pause", "listen-after-pause", "listen-on", "no-evidence", "approve-parties", "defer-memo", "extend" }, seed = 1,
    expect = { ending = "repaired", violations = 0, band = "proficient", overall = { 88, 92 } },
  },
  test "a pressured yes, carried on" {
    choices = { "hold-and-refer", "recommend", "wait-for-counsel", "signed-terms", "define-roles",
      "carry-on", "listen-on", "no-evidence", "approve-parties", "defer-memo", "extend" }, seed = 1,
    expect = { ending = "repaired", band = "developing", violations = { "no_victim_consent" } },
  },

  -- trade-offs: the other defensible choice
  test "trade-off: charge now as Mr. Haddad asked" {
    choices = { "charge-then-conference", "nothing-from-you", "wait-for-counsel", "signed-terms", "define-roles",
      "listen", "listen-on", "no-evidence", "approve-parties", "joint-rec", "extend" }, seed = 1,
    expect = { ending = "repaired", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "trade-off: send Mateo to preparation before his lawyer advises" {
    choices = swap(3, "prep-now"), seed = 1,
    expect = { ending = "repaired", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "trade-off: leave Mr. Haddad's question to the facilitator" {
    choices = swap(2, "hands-off"), seed = 1,
    expect = { ending = "repaired", band = "exemplary", overall = { 94, 97 }, violations = 0 },
  },
  test "the prosecutor leads the questions: a serious mistake (the facilitator runs the room)" {
    choices = { "hold-and-refer", "nothing-from-you", "wait-for-counsel", "signed-terms", "ada-leads",
      "listen-tense", "listen-on", "no-evidence", "approve-parties", "defer-memo", "extend" }, seed = 2,
    expect = { ending = "repaired", band = "proficient", overall = { 90, 96 }, violations = 0 },
  },
  test "trade-off: goodwill money for the register" {
    choices = swap(8, "goodwill"), seed = 1,
    expect = { ending = "repaired", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "trade-off: the office's standard terms added" {
    choices = swap(9, "add-standard"), seed = 1,
    expect = { ending = "repaired", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
}
