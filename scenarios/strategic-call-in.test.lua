-- Expected playthroughs of strategic-call-in.lua, run by
--   rjsim test scenarios/strategic-call-in.lua
-- The chance event after Ms. Gaines's call: seed 1 gives eight quiet weeks, seed 3 a new
-- shooting (so the explicit paths below name their seed). The format is described in
-- docs/authoring.md, "Test files".

local function path(...)
  local t = {}
  for _, part in ipairs({ ... }) do
    for _, id in ipairs(part) do t[#t + 1] = id end
  end
  return t
end

-- The most restorative choices up to the chance event, and after each outcome.
local PLAN = { "review-24", "outreach-invite", "ask-gaines", "speak-to-them", "true-message",
               "honest-offer", "split-sessions", "custom-notification", "keep-promise", "answer-gaines" }
local QUIET = { "keep-structure" }
local SHOOTING = { "wait-for-video", "as-announced" }

-- PLAN with the choice at position i replaced by id.
local function swap(i, id)
  local t = {}
  for k, v in ipairs(PLAN) do t[k] = v end
  t[i] = id
  return t
end

return {
  test "the most restorative path is exemplary" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6 },
    expect = { overall = 100, band = "exemplary", violations = 0, ending = { "holding", "kept-word" } },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { band = "needs_work", violations = { 3, 20 } },
  },

  -- Every ending, by an explicit path.
  test "ending: holding" {
    choices = path(PLAN, QUIET), seed = 1,
    expect = { ending = "holding", overall = 100, band = "exemplary", violations = 0 },
  },
  test "ending: the unit moves on" {
    choices = path(PLAN, { "declare-victory" }), seed = 1,
    expect = { ending = "moved-on", band = "proficient", overall = { 90.4, 91.4 }, violations = 0 },
  },
  test "ending: check-in stops" {
    choices = path(PLAN, { "check-in-stops" }), seed = 1,
    expect = { ending = "pressure", band = "proficient", overall = { 92.6, 93.6 }, violations = 0 },
  },
  test "ending: word kept" {
    choices = path(PLAN, SHOOTING), seed = 3,
    expect = { ending = "kept-word", overall = 100, band = "exemplary", violations = 0 },
  },
  test "ending: the sweep" {
    choices = path(PLAN, { "wait-for-video", "northside-sweep" }), seed = 3,
    expect = { ending = "sweep", band = "developing", overall = { 91.2, 92.2 }, violations = { "net_widening" } },
  },
  test "ending: a message not kept" {
    choices = path(PLAN, { "wait-for-video", "shooter-only" }), seed = 3,
    expect = { ending = "shooter-only", band = "exemplary", overall = { 95.5, 96.5 }, violations = 0 },
  },

  -- The trade-offs: the other defensible choice, the rest played well.
  test "trade-off: only the nine tied to a shooting (restraint against safety)" {
    choices = path(swap(1, "nine-only"), QUIET), seed = 1,
    expect = { ending = "holding", band = "exemplary", overall = { 98.7, 99.7 }, violations = 0 },
  },
  test "trade-off: invite only those on supervision (no pressure against reach)" {
    choices = path(swap(2, "supervised-only"), QUIET), seed = 1,
    expect = { ending = "holding", band = "exemplary", overall = { 97.0, 98.0 }, violations = 0 },
  },
  test "trade-off: spare Ms. Gaines (protection against her voice)" {
    choices = path(swap(3, "spare-gaines"), QUIET), seed = 1,
    expect = { ending = "holding", band = "exemplary", overall = { 95.8, 96.8 }, violations = 0 },
  },
  test "trade-off: a softer warning (respect against naming consequences)" {
    choices = path(swap(5, "vague-warning"), SHOOTING), seed = 3,
    expect = { ending = "kept-word", band = "exemplary", overall = { 96.0, 97.0 }, violations = 0 },
  },
  test "trade-off: question Deshawn (the investigation against deterrence first)" {
    choices = path(swap(8, "question-deshawn"), QUIET), seed = 1,
    expect = { ending = "holding", band = "exemplary", overall = { 95.8, 96.8 }, violations = 0 },
  },
  test "trade-off: interview Marcus (a lead against the room's trust)" {
    choices = path(swap(9, "interview-marcus"), QUIET), seed = 1,
    expect = { ending = "holding", band = "exemplary", overall = { 96.2, 97.2 }, violations = 0 },
  },
  test "trade-off: charge tonight (speed against due process)" {
    choices = path(PLAN, { "charge-tonight", "as-announced" }), seed = 3,
    expect = { ending = "kept-word", band = "exemplary", overall = { 95.5, 96.5 }, violations = 0 },
  },

  -- Written as mistakes, and valued so (credit below 0.5): they keep the attempt out of the
  -- top band even with every other choice the most restorative.
  test "a serious mistake: cut the community part (control, at the cost of the moral voice)" {
    choices = path(swap(4, "cut-community"), QUIET), seed = 1,
    expect = { ending = "holding", band = "proficient", overall = { 90.4, 91.4 }, violations = 0 },
  },
  test "a serious mistake: postpone the call-in a month and say nothing about why" {
    choices = path(swap(7, "postpone"), QUIET), seed = 1,
    expect = { ending = "holding", band = "proficient", overall = { 91.6, 92.6 }, violations = 0 },
  },
}
