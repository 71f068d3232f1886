-- Expected playthroughs of common-justice-robbery.lua, run by make test and by
--   rjsim test scenarios/common-justice-robbery.lua
-- The most and least restorative paths come from the explorer (auto = "best" / "worst");
-- every ending is also reached by an explicit path of choice ids, and each trade-off
-- decision (ana_yes, circle_terms, month_seven) is played with its other defensible choice. Chance: Ana says yes after a plain
-- answer on 4 seeds in 5 (seeds 3, 4, 10, 11, 13 decline); after the red-flag pause she goes on
-- 4 times in 5; the month-seven adjustment completes 4 times in 5 (seeds 7, 8, 14, 16 do not).
local prep = { "refer-robbery", "plain-facts", "three-weeks", "keep-preparing", "pause-assess" }
local function path(...)
  local t = {}
  for _, id in ipairs(prep) do t[#t + 1] = id end
  for _, id in ipairs({ ... }) do t[#t + 1] = id end
  return t
end

return {
  test "the most restorative path is exemplary" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6, 7, 8 },
    expect = { overall = 100, band = "exemplary", violations = 0 },
  },
  test "the most restorative path usually reaches the circle and completion" {
    auto = "best", seeds = { 1, 2, 5, 9 },
    expect = { ending = "completed", violations = 0 },
  },
  test "when Ana says no, the most restorative path prosecutes as usual and is still exemplary" {
    auto = "best", seeds = { 3, 4 },
    expect = { ending = "prosecuted", band = "exemplary", violations = 0 },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { band = "needs_work", violations = { 1, 20 } },
  },

  -- Every ending by an explicit path.
  test "ending: completed, felony dismissed" {
    choices = path("consent-draft", "adjust-schedule", "keep-promise"), seed = 1,
    expect = { ending = "completed", overall = 100, violations = 0 },
  },
  test "ending: Ana says no, prosecuted with support and a letter" {
    choices = { "refer-robbery", "plain-facts", "ordinary-offer", "letter-through-cj" }, seed = 3,
    expect = { ending = "prosecuted", overall = 100, violations = 0 },
  },
  test "ending: the maximum because she said no" {
    choices = { "refer-robbery", "steer-away", "top-of-range" },
    expect = { ending = "prosecuted-harsh", band = "needs_work", violations = 0 },
  },
  test "ending: cut down because she said no" {
    choices = { "refer-robbery", "plain-facts", "plead-down" }, seed = 3,
    expect = { ending = "prosecuted-soft", band = { "developing", "needs_work" }, violations = 0 },
  },
  test "ending: never asked" {
    choices = { "prison-track", "refuse-to-ask" },
    expect = { ending = "prison-no-voice", band = "needs_work", violations = 0 },
  },
  test "ending: Jordan declines after a threat" {
    choices = { "refer-robbery", "plain-facts", "deadline-threat", "hold-threat" }, seed = 1,
    expect = { ending = "jordan-declines", violations = { "coerced_accused" }, band = { "developing", "needs_work" } },
  },
  test "ending: back to court when Jordan stops coming" {
    choices = path("consent-draft", "adjust-schedule"), seed = 7,
    expect = { ending = "returned-to-court", overall = 100, violations = 0 },
  },
  test "ending: punished for missed sessions" {
    choices = path("pad-terms", "restore-harsh"), seed = 1,
    expect = { ending = "returned-harsher", violations = { "punished_after_agreement" }, band = { "developing", "needs_work" } },
  },
  test "ending: probation added after completion" {
    choices = path("consent-draft", "adjust-schedule", "add-probation"), seed = 1,
    expect = { ending = "promise-broken", violations = { "punished_after_agreement" }, band = "developing" },
  },
  test "ending: the red flag ignored" {
    choices = { "refer-robbery", "plain-facts", "three-weeks", "keep-preparing", "keep-date" }, seed = 5,
    expect = { ending = "reharmed", violations = { "ignored_red_flag" }, band = { "developing", "needs_work" } },
  },
  test "ending: a circle held over a denial" {
    choices = { "refer-robbery", "plain-facts", "three-weeks", "circle-anyway", "resume-circle" }, seed = 1,
    expect = { ending = "reharmed", violations = { "responsibility_denied" }, band = { "developing", "needs_work" } },
  },

  -- Recoveries.
  test "net-widening: the bodega allegation stays in his file even on completion" {
    choices = { "fold-in-bodega", "plain-facts", "three-weeks", "keep-preparing", "pause-assess",
      "consent-draft", "adjust-schedule", "keep-promise" }, seed = 1,
    expect = { ending = "completed", violations = { "net_widening" }, band = "developing" },
  },
  test "a recommendation taken back" {
    choices = { "refer-robbery", "steer-toward", "undo-steer", "three-weeks", "keep-preparing", "pause-assess",
      "consent-draft", "adjust-schedule", "keep-promise" }, seed = 2,
    expect = { ending = "completed", overall = { 80, 95 }, violations = 0 },
  },
  test "a threat withdrawn" {
    choices = { "refer-robbery", "plain-facts", "deadline-threat", "withdraw-threat", "keep-preparing", "pause-assess",
      "consent-draft", "adjust-schedule", "keep-promise" }, seed = 1,
    expect = { ending = "completed", violations = { "coerced_accused" }, band = "developing" },
  },
  test "a late offer after the defense asks" {
    choices = { "prison-track", "ask-late", "plain-facts", "three-weeks", "keep-preparing", "pause-assess",
      "consent-draft", "adjust-schedule", "keep-promise" }, seed = 1,
    expect = { ending = "completed", band = { "exemplary", "proficient" }, violations = 0 },
  },

  -- Trade-off decisions: the other defensible choice, and what it costs. Ending the program
  -- early (pull-out, end-program) closes the circle, the agreement and the review that the
  -- careful path keeps open, so the scale values each as a serious mistake, not a trade-off;
  -- their tests say so.
  test "trade-off: the defense given until Friday, without a threat" {
    choices = { "refer-robbery", "plain-facts", "friday-no-threat", "keep-preparing", "pause-assess",
      "consent-draft", "adjust-schedule", "keep-promise" }, seed = 1,
    expect = { ending = "completed", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "serious mistake: taken out of the program over the minimized knife" {
    choices = { "refer-robbery", "plain-facts", "three-weeks", "pull-out" }, seed = 1,
    expect = { ending = "returned-to-court", band = "proficient", overall = { 50, 84 }, violations = 0 },
  },
  test "serious mistake: the program ended over the red flag, over Ana's head" {
    choices = { "refer-robbery", "plain-facts", "three-weeks", "keep-preparing", "end-program" }, seed = 1,
    expect = { ending = "returned-to-court", band = "proficient", overall = { 60, 90 }, violations = 0 },
  },
  test "trade-off: asking Ana about the car-service costs" {
    choices = path("check-costs", "adjust-schedule", "keep-promise"), seed = 1,
    expect = { ending = "completed", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
  test "trade-off: a written last warning at month seven" {
    choices = path("consent-draft", "last-warning", "keep-promise"), seed = 1,
    expect = { ending = "completed", band = "exemplary", overall = { 85, 99 }, violations = 0 },
  },
}
