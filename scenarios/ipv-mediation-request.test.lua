-- Expected playthroughs of ipv-mediation-request.lua, run by make test and by
--   rjsim test scenarios/ipv-mediation-request.lua
-- Paths are given by choice id, so they hold when choices are reordered. Where a path
-- passes a chance event (after 'safe-channel', 'send-police', 'advocate-repair' or
-- 'stop-conference'), the seed fixes which way it went: seed 1 reaches the advocate's
-- meeting, seed 3 the unanswered calls. The format is in docs/authoring.md, "Test files".
return {
  test "the most restorative path is exemplary on every seed" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6 },
    expect = { ending = "prosecution_support", overall = 100, band = "exemplary", violations = 0 },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { ending = "joint_process", band = "needs_work", violations = { "ipv_conference", "ipv_conference" } },
  },

  -- Every ending, by an explicit path.
  test "ending: prosecution with support, the advocate's meeting on the way" {
    seed = 1,
    choices = { "safe-to-talk", "send-police", "risk-assessment", "keep-prosecution",
                "explain-honestly", "keep-order", "specialist-referral", "dv-plea" },
    expect = { ending = "prosecution_support", overall = { 97, 99 }, band = "exemplary", violations = {} },
  },
  test "ending: talked it out, after a referral to the standard program" {
    choices = { "refer-program", "go-ahead" },
    expect = { ending = "joint_process", band = "needs_work", violations = { "ipv_conference", "ignored_red_flag" } },
  },
  test "ending: talked it out, by couples counseling as the price of dismissal" {
    choices = { "say-policy", "note-declined", "subpoena", "couples-counseling" },
    expect = { ending = "joint_process", band = "needs_work", overall = { 0, 15 }, violations = {} },
  },
  test "ending: dropped, after telling her it was her call" {
    choices = { "say-policy", "note-declined", "keep-door-open", "keep-prosecution",
                "her-call", "keep-word" },
    expect = { ending = "dismissed", band = "needs_work", overall = { 40, 50 }, violations = {} },
  },
  test "ending: a plea that names nothing" {
    choices = { "safe-to-talk", "send-police", "her-pace", "keep-prosecution",
                "cold-decision", "discount-her", "after-case", "non-dv-plea" },
    seed = 1,
    expect = { ending = "quick_plea", band = "developing", overall = { 48, 56 }, violations = {} },
  },
  test "ending: broken confidence" {
    choices = { "safe-to-talk", "send-police", "keep-door-open", "keep-prosecution",
                "explain-honestly", "keep-order", "specialist-referral", "ask-facilitator-notes" },
    seed = 3,
    expect = { ending = "rj_compromised", band = "developing", overall = { 80, 90 }, violations = { "statements_used" } },
  },
  test "ending: prosecution after a referral was stopped in time" {
    seed = 1,
    choices = { "refer-program", "stop-conference", "keep-door-open", "keep-prosecution",
                "explain-honestly", "keep-order", "specialist-referral", "dv-plea" },
    expect = { ending = "prosecution_support", band = "developing", violations = { "ipv_conference" } },
  },
  test "recovering from a promise to drop the case" {
    choices = { "say-policy", "note-declined", "keep-door-open", "keep-prosecution",
                "her-call", "own-mistake", "keep-order", "specialist-referral", "dv-plea" },
    expect = { ending = "prosecution_support", band = "proficient", overall = { 70, 80 }, violations = {} },
  },

  -- Trade-offs: the other defensible choice, with the rest played well (and one mistake
  -- recovered from, which keeps the attempt out of the top band).
  test "trade-off at the breach: police now instead of a safe callback" {
    seeds = { 1, 2 },
    choices = { "safe-to-talk", "send-police", "risk-assessment", "keep-prosecution",
                "explain-honestly", "keep-order", "specialist-referral", "dv-plea" },
    expect = { ending = "prosecution_support", band = "exemplary", overall = { 97, 99 }, violations = {} },
  },
  test "trade-off at the advocate's meeting: let her set the pace (costs safety)" {
    seed = 1,
    choices = { "safe-to-talk", "send-police", "her-pace", "keep-prosecution",
                "explain-honestly", "keep-order", "specialist-referral", "dv-plea" },
    expect = { ending = "prosecution_support", band = "exemplary", overall = { 90, 96 }, violations = {} },
  },
  test "trade-off at the order hearing: support the narrower order she asked for" {
    seed = 1,
    choices = { "safe-to-talk", "send-police", "risk-assessment", "keep-prosecution",
                "explain-honestly", "narrow-order", "specialist-referral", "dv-plea" },
    expect = { ending = "prosecution_support", band = "exemplary", overall = { 93, 98 }, violations = {} },
  },
  test "trade-off at her request: wait until the case is over" {
    seed = 1,
    choices = { "safe-to-talk", "send-police", "risk-assessment", "keep-prosecution",
                "explain-honestly", "keep-order", "after-case", "dv-plea" },
    expect = { ending = "prosecution_support", band = "exemplary", overall = { 90, 96 }, violations = {} },
  },
  test "trade-off in the silence: a rights letter to her home (costs safety)" {
    seed = 3,
    choices = { "safe-to-talk", "send-police", "letter-home", "keep-prosecution",
                "explain-honestly", "keep-order", "specialist-referral", "dv-plea" },
    expect = { ending = "prosecution_support", band = "exemplary", overall = { 90, 96 }, violations = {} },
  },
  test "on the first call: the policy said plainly on an open line is a serious mistake, then recovered" {
    choices = { "say-policy", "advocate-repair", "keep-door-open", "keep-prosecution",
                "explain-honestly", "keep-order", "specialist-referral", "dv-plea" },
    seed = 3,
    expect = { ending = "prosecution_support", band = "proficient", overall = { 88, 93 }, violations = {} },
  },
  test "two defensible but costly choices together: police now, then the narrower order" {
    seed = 2,
    choices = { "safe-to-talk", "send-police", "risk-assessment", "keep-prosecution",
                "explain-honestly", "narrow-order", "specialist-referral", "dv-plea" },
    expect = { ending = "prosecution_support", band = "exemplary", violations = {} },
  },
}
