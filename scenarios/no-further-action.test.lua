-- Expected playthroughs of no-further-action.lua, run by make test and by
--   rjsim test scenarios/no-further-action.lua
-- The most and least restorative paths come from the explorer (auto = "best" / "worst");
-- every ending is also reached by an explicit path of choice ids, and each trade-off
-- decision is played the other defensible way (exemplary: no decision below half credit);
-- the options that are mistakes the story names (a community resolution, telling Nicola
-- without Hazel's say) are pinned in the band a serious mistake leaves. After the call with Nicola, chance sends
-- seeds 1, 2, 5 and 6 to a quiet follow-up and seeds 3, 4 and 10 to a second football.
local START = { "visit-open", "ask-hazel", "talk-with-dad" }
local NFA = { "visit-open", "ask-hazel", "talk-with-dad", "no-further-action", "plain-reasons",
              "knock-for-ball", "ask-hazel-then-explain" }
local function with(base, ...)
  local t = {}
  for _, c in ipairs(base) do t[#t + 1] = c end
  for _, c in ipairs({ ... }) do t[#t + 1] = c end
  return t
end
-- the best path with one choice swapped
local function swap(i, id, tail)
  local t = with(NFA, tail)
  t[i] = id
  return t
end

return {
  test "the most restorative path is exemplary on every seed" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 },
    expect = { ending = "nothing-further", overall = 100, band = "exemplary", violations = 0 },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { band = "needs_work", violations = { 1, 20 } },
  },

  -- every ending by an explicit path
  test "ending nothing-further after a quiet follow-up" {
    choices = with(NFA, "check-in"), seed = 1,
    expect = { ending = "nothing-further", overall = 100, violations = {} },
  },
  test "ending nothing-further after a second football" {
    choices = with(NFA, "advice-only"), seed = 3,
    expect = { ending = "nothing-further", overall = 100, violations = {} },
  },
  test "ending on-file by a community resolution" {
    choices = with(START, "community-resolution", "explain-cr"), seed = 1,
    expect = { ending = "on-file", band = "proficient", overall = { 79, 81 } },
  },
  test "ending on-file by recording the second football" {
    choices = with(NFA, "record-second"), seed = 3,
    expect = { ending = "on-file", band = "proficient", overall = { 86.5, 88.5 } },
  },
  test "ending drawn-in by keeping a prevention referral" {
    choices = with(START, "prevention-referral", "keep-referral"),
    expect = { ending = "drawn-in", violations = { "net_widening" }, band = "developing", overall = { 61.1, 63.1 } },
  },
  test "ending drawn-in by pressing the family and the neighbour" {
    choices = with(START, "prevention-referral", "press-the-family"),
    expect = { ending = "drawn-in", violations = { "net_widening", "no_victim_consent" }, band = "developing", overall = { 59, 61 } },
  },
  test "a prevention referral withdrawn: recovered, but the breach stands" {
    choices = with(START, "prevention-referral", "withdraw-referral", "plain-reasons", "knock-for-ball",
                   "ask-hazel-then-explain", "check-in"), seed = 1,
    expect = { ending = "nothing-further", violations = { "net_widening" }, band = "developing", overall = { 87.9, 89.9 } },
  },
  test "a warning letter reaches the housing association" {
    choices = with(START, "nfa-with-letter", "plain-reasons", "knock-for-ball", "ask-hazel-then-explain",
                   "check-in"), seed = 1,
    expect = { ending = "nothing-further", violations = {}, band = "exemplary", overall = { 95.7, 97.7 } },
  },
  test "Kacper questioned while his father is out of the room" {
    choices = swap(3, "talk-alone", "check-in"), seed = 1,
    expect = { ending = "nothing-further", violations = { "minor_without_guardian" }, band = "developing", overall = { 86.5, 88.5 } },
  },
  test "a community resolution signed under threat" {
    choices = with(START, "community-resolution", "sign-or-sergeant"), seed = 1,
    expect = { ending = "on-file", violations = { "coerced_accused" }, band = "developing", overall = { 59, 61 } },
  },

  -- the trade-offs, played the other defensible way
  test "trade-off at the log: a phone call instead of a visit" {
    choices = swap(1, "phone-first", "check-in"), seed = 1,
    expect = { ending = "nothing-further", band = "exemplary", overall = { 93.6, 95.6 } },
  },
  test "trade-off on the doorstep: closing it without asking" {
    choices = swap(2, "close-at-door", "check-in"), seed = 1,
    expect = { ending = "nothing-further", band = "exemplary", overall = { 93.7, 95.7 } },
  },
  test "trade-off next door: a voluntary interview under caution" {
    choices = swap(3, "station-interview", "check-in"), seed = 1,
    expect = { ending = "nothing-further", band = "exemplary", overall = { 94.1, 96.1 } },
  },
  test "net-widening at the outcome: a community resolution, explained, is a serious mistake" {
    choices = with(START, "community-resolution", "explain-cr"), seed = 2,
    expect = { ending = "on-file", band = "proficient", overall = { 79, 81 } },
  },
  test "trade-off at the record: one line" {
    choices = swap(5, "one-line", "check-in"), seed = 1,
    expect = { ending = "nothing-further", band = "exemplary", overall = { 94.1, 96.1 } },
  },
  test "trade-off over the fence: community mediation" {
    choices = swap(6, "offer-mediation", "check-in"), seed = 1,
    expect = { ending = "nothing-further", band = "exemplary", overall = { 93.4, 95.4 } },
  },
  test "trade-off with Nicola: confidentiality first" {
    choices = swap(7, "cannot-discuss", "check-in"), seed = 1,
    expect = { ending = "nothing-further", band = "exemplary", overall = { 94, 96 } },
  },
  test "a serious mistake with Nicola: a straight answer without Hazel's say" {
    choices = swap(7, "explain-to-nicola", "check-in"), seed = 1,
    expect = { ending = "nothing-further", band = "proficient", overall = { 86.5, 88.5 } },
  },
  test "trade-off at the follow-up: leave it closed" {
    choices = with(NFA, "leave-closed"), seed = 1,
    expect = { ending = "nothing-further", band = "exemplary", overall = { 93.7, 95.7 } },
  },
}
