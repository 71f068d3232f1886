-- Expected playthroughs of boulder-graffiti.lua, run by make test and by
--   rjsim test scenarios/boulder-graffiti.lua
-- The most and least restorative paths come from the explorer (auto = "best" / "worst");
-- every ending is also reached by an explicit path of choice ids, and each trade-off
-- decision is played the other defensible way. The format is in docs/authoring.md, "Test files".

local best = { "offer-pre-file", "decline-tyler", "unsupervised-rj", "no-wrong-answer", "hold-date", "truth",
  "one-saturday", "adjust", "dismiss" }

-- best, with choice number i replaced by id
local function swap(i, id)
  local t = {}
  for k, c in ipairs(best) do t[k] = c end
  t[i] = id
  return t
end

return {
  test "the most restorative path is exemplary" {
    auto = "best", seeds = { 1, 2, 3, 4, 5 },
    expect = { ending = "dismissed", overall = 100, band = "exemplary", violations = 0 },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { ending = "paper-ending", band = "needs_work", violations = { 2, 20 } },
  },

  -- every ending by an explicit path
  test "explicit best path: dismissed, the wall repainted" {
    choices = best,
    expect = { ending = "dismissed", overall = 100, violations = 0 },
  },
  test "no conference, and the family's request refused: paid by mail" {
    choices = { "offer-pre-file", "decline-tyler", "paper-only", "keep-paper" },
    expect = { ending = "paper-ending", band = { "needs_work", "developing" }, violations = 0 },
  },
  test "no conference at first (a serious mistake), added when the family asks" {
    choices = { "offer-pre-file", "decline-tyler", "paper-only", "add-conference", "no-wrong-answer", "hold-date",
      "truth", "one-saturday", "adjust", "dismiss" },
    expect = { ending = "dismissed", band = "proficient", overall = { 85, 99 }, violations = 0 },
  },
  test "a partial denial sent back for filing" {
    choices = { "offer-pre-file", "decline-tyler", "unsupervised-rj", "no-wrong-answer", "return-for-filing" },
    expect = { ending = "filed-ending", band = "proficient", violations = 0 },
  },
  test "diversion terminated at month three: punished for taking part" {
    choices = { "offer-pre-file", "decline-tyler", "unsupervised-rj", "no-wrong-answer", "hold-date", "truth",
      "one-saturday", "terminate" },
    expect = { ending = "punished", band = "developing", violations = { "punished_after_agreement" } },
  },
  test "dismissal held open on a suspicion" {
    choices = swap(9, "hold-dismissal"),
    expect = { ending = "punished", band = "developing", violations = { "punished_after_agreement" } },
  },
  test "the friends' names passed to the police" {
    choices = swap(9, "pass-names"),
    expect = { ending = "names-passed", band = "developing", violations = { "statements_used" } },
  },
  test "a written admission demanded before advice" {
    choices = swap(1, "letter-first"),
    expect = { ending = "dismissed", band = "developing", violations = { "admission_before_counsel" } },
  },
  test "Tyler brought into the conference: net-widening" {
    choices = swap(2, "invite-tyler"),
    expect = { ending = "dismissed", band = "developing", violations = { "net_widening" } },
  },
  test "an expected letter, corrected" {
    choices = { "offer-pre-file", "decline-tyler", "unsupervised-rj", "expected", "correct-it", "hold-date", "truth",
      "one-saturday", "adjust", "dismiss" },
    expect = { ending = "dismissed", band = "exemplary", violations = 0 },
  },
  test "Mr. Whitcomb in the family's place, and the reluctant yes kept" {
    choices = { "offer-pre-file", "decline-tyler", "unsupervised-rj", "whitcomb-for-family", "keep-yes", "hold-date",
      "truth", "one-saturday", "adjust", "dismiss-late" },
    expect = { ending = "hollow", band = { "developing", "needs_work" }, violations = { "no_victim_consent", "no_victim_consent" } },
  },
  test "going ahead despite the denial" {
    choices = { "offer-pre-file", "decline-tyler", "unsupervised-rj", "no-wrong-answer", "go-ahead", "truth",
      "one-saturday", "adjust", "dismiss-late" },
    expect = { ending = "hollow", band = "developing", violations = { "responsibility_denied" } },
  },
  test "a threat in the stairwell" {
    choices = { "offer-pre-file", "decline-tyler", "unsupervised-rj", "no-wrong-answer", "hold-date", "threaten",
      "one-saturday", "adjust", "dismiss-late" },
    expect = { ending = "hollow", band = "developing", violations = { "coerced_accused" } },
  },

  -- trade-offs: the other defensible choice
  test "trade-off: file first, as Héctor asked" {
    choices = swap(1, "file-first"),
    expect = { ending = "dismissed", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "trade-off: a call to Tyler's parents" {
    choices = swap(2, "call-parents"),
    expect = { ending = "dismissed", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "trade-off: the supervised track for a low-risk screen" {
    choices = swap(3, "supervise"),
    expect = { ending = "dismissed", band = "exemplary", overall = { 95, 99 }, violations = 0 },
  },
  test "trade-off: the office has Mr. Whitcomb removed" {
    choices = swap(6, "remove-whitcomb"),
    expect = { ending = "dismissed", band = "exemplary", overall = { 95, 99 }, violations = 0 },
  },
  test "trade-off: the family's terms only" {
    choices = swap(7, "family-only"),
    expect = { ending = "dismissed", band = "exemplary", overall = { 94, 98 }, violations = 0 },
  },
  test "all 40 hours approved: a serious mistake, though the street was harmed too" {
    choices = swap(7, "forty-hours"),
    expect = { ending = "dismissed", band = "proficient", overall = { 85, 92 }, violations = 0 },
  },
  test "trade-off: stepping up to supervision after the ticket" {
    choices = swap(8, "step-up"),
    expect = { ending = "dismissed", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "trade-off: supervised from the start, tightened after the ticket" {
    choices = { "offer-pre-file", "decline-tyler", "supervise", "no-wrong-answer", "hold-date", "truth",
      "one-saturday", "tighten", "dismiss" },
    expect = { ending = "dismissed", band = "exemplary", overall = { 93, 98 }, violations = 0 },
  },
}
