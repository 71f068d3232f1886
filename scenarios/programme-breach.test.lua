-- Expected playthroughs of programme-breach.lua, run by
--   rjsim test scenarios/programme-breach.lua
-- The chance event when Ms. Vasquez is told everything: seed 1 she agrees to a reset, seed 3
-- she prefers court (so the explicit paths below name their seed). The format is described
-- in docs/authoring.md, "Test files".

local function path(...)
  local t = {}
  for _, part in ipairs({ ... }) do
    for _, id in ipairs(part) do t[#t + 1] = id end
  end
  return t
end

-- The most restorative choices up to the chance event, and after each outcome.
local START = { "meet-first", "separate-file", "facilitator-runs", "propose-reset", "apply-policy", "see-her" }
local RESET = { "consent-terms", "dismiss" }
local COURT = { "original-charge", "independent-proof" }

local function swap(i, id)
  local t = {}
  for k, v in ipairs(START) do t[k] = v end
  t[i] = id
  return t
end

return {
  test "the most restorative path is exemplary" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6 },
    expect = { overall = 100, band = "exemplary", violations = 0, ending = { "dismissed", "court-no-harsher" } },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { band = "needs_work", ending = "punished-for-trying", violations = { 2, 10 } },
  },

  -- Every ending, by an explicit path.
  test "ending: dismissed after a reset" {
    choices = path(START, RESET), seed = 1,
    expect = { ending = "dismissed", overall = 100, band = "exemplary", violations = 0 },
  },
  test "ending: back to court, no harsher" {
    choices = path(START, COURT), seed = 3,
    expect = { ending = "court-no-harsher", overall = 100, band = "exemplary", violations = 0 },
  },
  test "ending: punished for trying" {
    choices = path(START, { "extra-counts" }), seed = 3,
    expect = { ending = "punished-for-trying", band = "developing", overall = { 85.2, 86.2 }, violations = { "punished_after_agreement" } },
  },
  test "ending: promise broken" {
    choices = path(START, { "original-charge", "subpoena-notes" }), seed = 3,
    expect = { ending = "promise-broken", band = "developing", overall = { 87.0, 88.0 }, violations = { "statements_used" } },
  },
  test "ending: dropped" {
    choices = path(START, { "decline" }), seed = 3,
    expect = { ending = "dropped", band = "proficient", overall = { 89.4, 90.4 }, violations = 0 },
  },
  test "ending: never quite finished" {
    choices = path(START, { "consent-terms", "keep-open" }), seed = 1,
    expect = { ending = "limbo", band = "proficient", overall = { 87.0, 88.0 }, violations = 0 },
  },
  test "ending: dismissed, and marked" {
    choices = path(START, { "consent-terms", "dismiss-and-flag" }), seed = 1,
    expect = { ending = "flagged", band = "developing", overall = { 87.0, 88.0 }, violations = { "punished_after_agreement" } },
  },

  -- The trade-offs: the other defensible choice, the rest played well.
  test "trade-off: a quiet extra month (least intrusive against her voice and a fair hearing)" {
    choices = path(swap(1, "quiet-month"), RESET), seed = 1,
    expect = { ending = "dismissed", band = "exemplary", overall = { 95.2, 96.2 }, violations = 0 },
  },
  test "trade-off: hear him in your office (first-hand against the facilitator's role)" {
    choices = path(swap(3, "your-office"), RESET), seed = 1,
    expect = { ending = "dismissed", band = "exemplary", overall = { 94.4, 95.4 }, violations = 0 },
  },
  test "trade-off: accept his withdrawal (his choice against the repair)" {
    choices = { "meet-first", "separate-file", "facilitator-runs", "accept-withdrawal", "apply-policy",
                "explain-return", "original-charge", "independent-proof" },
    expect = { ending = "court-no-harsher", band = "exemplary", overall = { 97.6, 98.6 }, violations = 0 },
  },
  test "trade-off: add the pharmacy to the agreement (answering it against least intrusive)" {
    choices = path(swap(5, "add-to-agreement"), RESET), seed = 1,
    expect = { ending = "dismissed", band = "exemplary", overall = { 94.1, 95.1 }, violations = 0 },
  },

  -- Written as mistakes, and valued so (credit below 0.5): each keeps the attempt out of the
  -- top band even with every other choice the most restorative.
  test "a serious mistake: count the citation as a breach (an allegation treated as proven)" {
    choices = path(swap(2, "count-as-breach"), RESET), seed = 1,
    expect = { ending = "dismissed", band = "proficient", overall = { 87.9, 88.9 }, violations = 0 },
  },
  test "a serious mistake: waive her money for a quick close (not the prosecutor's to forgive)" {
    choices = path(START, { "waive-money", "dismiss" }), seed = 1,
    expect = { ending = "dismissed", band = "proficient", overall = { 87.4, 88.4 }, violations = 0 },
  },
  test "a serious mistake: settle at $300 (speed, at the cost of her proven loss)" {
    choices = path(START, { "original-charge", "settle-300" }), seed = 3,
    expect = { ending = "court-no-harsher", band = "proficient", overall = { 87.0, 88.0 }, violations = 0 },
  },
}
