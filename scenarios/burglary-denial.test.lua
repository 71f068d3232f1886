-- Expected playthroughs of burglary-denial.lua (version 2), run by make test and by
--   rjsim test scenarios/burglary-denial.lua
-- The most and least restorative paths come from the explorer (auto = "best" / "worst");
-- every ending is also reached by an explicit path of choice ids, and each trade-off
-- decision is played the other defensible way (exemplary: no decision below half credit);
-- a promise of a meeting at the first visit, and sending nothing to the court, are mistakes
-- the story names, pinned in the band a serious mistake leaves. The chance after the update sends seeds
-- 1, 2 and 6 to the guilty plea and seeds 3, 4 and 5 to trial.
local B = { "honest-information", "wait-for-solicitor", "explain-no-rj-in-denial",
            "charge-no-conditions", "honest-update" }
local function path(...)
  local t = {}
  for _, c in ipairs(B) do t[#t + 1] = c end
  for _, c in ipairs({ ... }) do t[#t + 1] = c end
  return t
end

return {
  test "the most restorative path is exemplary on every seed" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6, 7, 8 },
    expect = { overall = 100, band = "exemplary", violations = 0 },
  },
  test "the most restorative path meets the post-plea meeting when he pleads" {
    auto = "best", seeds = { 1, 2, 6 },
    expect = { ending = "post-plea", overall = 100 },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { band = "needs_work", violations = { 1, 20 } },
  },

  -- every ending by an explicit path
  test "ending post-plea" {
    choices = path("offer-freely", "keep-confidence"), seed = 1,
    expect = { ending = "post-plea", overall = 100, violations = {} },
  },
  test "ending convicted" {
    choices = path("honest-after-verdict"), seed = 3,
    expect = { ending = "convicted", overall = 100, violations = {} },
  },
  test "ending closed-door" {
    choices = path("let-it-go"), seed = 3,
    expect = { ending = "closed-door", band = "proficient", overall = { 82.3, 84.3 } },
  },
  test "ending hollow-apology" {
    choices = path("lean-on-convicted"), seed = 3,
    expect = { ending = "hollow-apology", violations = { "coerced_accused" }, band = "developing", overall = { 82.3, 84.3 } },
  },
  test "ending hollow (victim told it was arranged)" {
    choices = path("all-set", "keep-confidence-hollow"), seed = 1,
    expect = { ending = "hollow", violations = { "no_victim_consent" }, band = "developing", overall = { 84.7, 86.7 } },
  },
  test "ending statements-used" {
    choices = path("offer-freely", "use-conference-words"), seed = 1,
    expect = { ending = "statements-used", violations = { "statements_used" }, band = "developing", overall = { 84.7, 86.7 } },
  },
  test "sending nothing to the court" {
    choices = path("offer-freely", "send-nothing"), seed = 1,
    expect = { ending = "post-plea", violations = {}, band = "proficient", overall = { 85.5, 87.5 } },
  },
  test "ending meeting-in-denial" {
    choices = { "honest-information", "wait-for-solicitor", "explain-no-rj-in-denial", "mislead-victim" },
    expect = { ending = "meeting-in-denial", violations = { "no_victim_consent" }, band = "developing", overall = { 74, 76 } },
  },
  test "ending limbo" {
    choices = { "honest-information", "wait-for-solicitor", "explain-no-rj-in-denial", "release-under-investigation" },
    expect = { ending = "limbo", violations = {}, band = "proficient", overall = { 81.6, 83.6 } },
  },
  test "a referral made in denial is answered later, not at once" {
    choices = { "honest-information", "wait-for-solicitor", "meet-while-denying", "charge-no-conditions",
                "honest-update", "offer-freely", "keep-confidence" }, seed = 1,
    expect = { ending = "post-plea", violations = { "responsibility_denied" }, band = "developing", overall = { 84.7, 86.7 } },
  },

  -- the trade-offs, played the other defensible way
  test "a serious mistake at the first visit: a promise she wanted" {
    choices = { "promise-meeting", "wait-for-solicitor", "explain-no-rj-in-denial", "charge-no-conditions",
                "honest-update", "offer-freely", "keep-confidence" }, seed = 1,
    expect = { ending = "post-plea", band = "proficient", overall = { 84.7, 86.7 } },
  },
  test "trade-off at the first visit: support first, hopes low" {
    choices = { "court-and-support", "wait-for-solicitor", "explain-no-rj-in-denial", "charge-no-conditions",
                "honest-update", "offer-freely", "keep-confidence" }, seed = 1,
    expect = { ending = "post-plea", band = "exemplary", overall = { 93.5, 95.5 } },
  },
  test "trade-off in the corridor: owning up, said too early" {
    choices = { "honest-information", "hint-at-admission", "explain-no-rj-in-denial", "charge-no-conditions",
                "honest-update", "offer-freely", "keep-confidence" }, seed = 1,
    expect = { ending = "post-plea", band = "exemplary", overall = { 92.6, 94.6 } },
  },
  test "trade-off at the charging call: bail conditions" {
    choices = { "honest-information", "wait-for-solicitor", "explain-no-rj-in-denial", "charging-decision-now",
                "honest-update", "offer-freely", "keep-confidence" }, seed = 1,
    expect = { ending = "post-plea", band = "exemplary", overall = { 97.5, 99.5 } },
  },
  test "trade-off at the update: one point of contact" {
    choices = { "honest-information", "wait-for-solicitor", "explain-no-rj-in-denial", "charge-no-conditions",
                "brief-update", "offer-freely", "keep-confidence" }, seed = 1,
    expect = { ending = "post-plea", band = "exemplary", overall = { 97.5, 99.5 } },
  },
}
