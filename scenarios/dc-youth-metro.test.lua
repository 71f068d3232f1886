-- Expected playthroughs of dc-youth-metro.lua, run by make test and by
--   rjsim test scenarios/dc-youth-metro.lua
-- The most and least restorative paths come from the explorer (auto = "best" / "worst");
-- every ending is also reached by an explicit path of choice ids, and each trade-off
-- decision is played with its other defensible choice. Chance: Grace's family considers the
-- program after the specialists' visit on 4 seeds in 5; month three is on track 13 times in 20.
local main = { "refer-dante", "counsel-two-weeks", "specialist-visit", "tell-it-straight", "sign-terms" }
local function path(...)
  local t = {}
  for _, id in ipairs(main) do t[#t + 1] = id end
  for _, id in ipairs({ ... }) do t[#t + 1] = id end
  return t
end

return {
  test "the most restorative path is exemplary" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6, 7, 8 },
    expect = { overall = 100, band = "exemplary", violations = 0 },
  },
  test "the most restorative path usually reaches the agreement and a dismissal" {
    auto = "best", seeds = { 1, 2, 5, 7 },
    expect = { ending = "dismissed", violations = 0 },
  },
  test "when Grace declines, the most restorative path files promptly and is still exemplary" {
    auto = "best", seeds = { 3, 4 },
    expect = { ending = "court-with-services", band = "exemplary", violations = 0 },
  },
  test "the least restorative path needs work and breaks safeguards" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { ending = "trust-broken", band = "needs_work", violations = { 2, 20 } },
  },

  -- Every ending by an explicit path.
  test "ending: dismissed on completion" {
    choices = path("stay-away", "return-assembly", "refuse-notes", "keep-plan", "dismiss"), seed = 1,
    expect = { ending = "dismissed", overall = 100, violations = 0 },
  },
  test "ending: straight to court, never offered" {
    choices = { "file-first", "stay-in-court" },
    expect = { ending = "court-not-offered", band = "needs_work", violations = 0 },
  },
  test "ending: Grace declines and the case goes to court with support" {
    choices = { "refer-dante", "counsel-two-weeks", "specialist-visit", "file-after-no", "keep-support",
      "ask-family-first" }, seed = 3,
    expect = { ending = "court-with-services", overall = 100, violations = 0 },
  },
  test "ending: the file is held open after a no" {
    choices = { "refer-dante", "counsel-two-weeks", "specialist-visit", "hold-open" }, seed = 3,
    expect = { ending = "case-in-limbo", band = { "proficient", "developing" }, violations = 0 },
  },
  test "ending: a recorded admission breaks trust" {
    choices = { "refer-dante", "record-now", "keep-recording" },
    expect = { ending = "trust-broken", violations = { "admission_before_counsel" } },
  },
  test "ending: Dante declines without signed terms" {
    choices = { "refer-dante", "counsel-two-weeks", "specialist-visit", "tell-it-straight", "promise-orally" }, seed = 5,
    expect = { ending = "dante-declines", violations = 0 },
  },
  test "ending: notes passed to the police" {
    choices = path("stay-away", "return-assembly", "share-lines", "return-fairly"), seed = 1,
    expect = { ending = "returned-to-court", violations = { "statements_used" }, band = { "developing", "needs_work" } },
  },
  test "ending: the closing report is forwarded" {
    choices = path("stay-away", "return-assembly", "refuse-notes", "keep-plan", "forward-report"), seed = 1,
    expect = { ending = "promise-broken", violations = { "statements_used" }, band = "developing" },
  },
  test "ending: the assembly goes ahead" {
    choices = path("stay-away", "consent-all", "refuse-notes", "hold-assembly"), seed = 1,
    expect = { ending = "reharmed", violations = { "degrading_terms" }, band = { "developing", "needs_work" } },
  },
  test "ending: a shortfall punished" {
    choices = path("stay-away", "return-assembly", "refuse-notes", "breach-short"), seed = 15,
    expect = { ending = "returned-harsher", violations = { "punished_after_agreement" } },
  },
  test "a stalled conference after the prosecutor speaks, recovered by a second meeting" {
    choices = path("attend-and-speak", "second-meeting", "return-assembly", "refuse-notes", "keep-plan", "dismiss"), seed = 6,
    expect = { ending = "dismissed", overall = { 85, 95 }, violations = 0 },
  },
  test "a pressed yes after a refusal" {
    choices = { "refer-dante", "counsel-two-weeks", "specialist-visit", "ask-again", "take-pressed-yes" }, seed = 3,
    expect = { stops_at = "nonuse_terms", violations = { "no_victim_consent" } },
  },
  test "a pressed yes shows itself at the draft, and Grace is asked alone" {
    choices = { "refer-dante", "counsel-two-weeks", "letter-with-date", "take-yes", "sign-terms", "stay-away",
      "ask-grace-alone" }, seed = 1,
    expect = { ending = "court-with-services", violations = { "no_victim_consent" }, band = { "developing", "needs_work" } },
  },
  test "after a no, pressing the family, handing them off and trying the case" {
    choices = { "refer-dante", "counsel-two-weeks", "specialist-visit", "ask-again", "withdraw-pressure", "hand-off",
      "try-it" }, seed = 3,
    expect = { ending = "court-with-services", band = { "developing", "needs_work" }, violations = 0 },
  },
  test "after a no, a decree traded for a statement about Kevin" {
    choices = { "refer-dante", "counsel-two-weeks", "specialist-visit", "file-after-no", "keep-support",
      "decree-for-statement" }, seed = 3,
    expect = { ending = "court-with-services", band = "developing", violations = { "coerced_accused" } },
  },
  test "the assembly term can be recovered at month three" {
    choices = path("stay-away", "consent-all", "refuse-notes", "replace-assembly", "dismiss"), seed = 1,
    expect = { ending = "dismissed", violations = { "degrading_terms" }, band = "developing" },
  },

  -- Trade-off decisions: the other defensible choice, and what it costs.
  test "trade-off: counsel rushed to Friday for the family's sake" {
    choices = { "refer-dante", "counsel-by-friday", "specialist-visit", "tell-it-straight", "sign-terms",
      "stay-away", "return-assembly", "refuse-notes", "keep-plan", "dismiss" }, seed = 1,
    expect = { ending = "dismissed", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "trade-off: calling the family yourself, then stepping back" {
    choices = { "refer-dante", "counsel-two-weeks", "call-yourself", "step-back", "tell-it-straight", "sign-terms",
      "stay-away", "return-assembly", "refuse-notes", "keep-plan", "dismiss" }, seed = 2,
    expect = { ending = "dismissed", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "trade-off: sitting in on the conference at the mother's request" {
    choices = path("attend-silently", "return-assembly", "refuse-notes", "keep-plan", "dismiss"), seed = 1,
    expect = { ending = "dismissed", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "trade-off: striking the assembly term yourself" {
    choices = path("stay-away", "strike-assembly", "refuse-notes", "keep-plan", "dismiss"), seed = 1,
    expect = { ending = "dismissed", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "trade-off: refusing the notes but relaying the interview request" {
    choices = path("stay-away", "return-assembly", "refuse-and-relay", "keep-plan", "dismiss"), seed = 1,
    expect = { ending = "dismissed", band = "exemplary", overall = { 95, 99.5 }, violations = 0 },
  },
  test "trade-off: waiving the shortfall without asking" {
    choices = path("stay-away", "return-assembly", "refuse-notes", "waive-rest"), seed = 15,
    expect = { ending = "dismissed", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "trade-off: after a no, a stay-away order for the train instead of keeping the family's contact" {
    choices = { "refer-dante", "counsel-two-weeks", "specialist-visit", "file-after-no", "stay-away-order",
      "ask-family-first" }, seed = 3,
    expect = { ending = "court-with-services", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "trade-off: after a no, agreeing the consent decree before the family hears of it" {
    choices = { "refer-dante", "counsel-two-weeks", "specialist-visit", "file-after-no", "keep-support",
      "decree-now" }, seed = 3,
    expect = { ending = "court-with-services", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
}
