-- Expected playthroughs of elderly-victim-declines.lua, run by make test and by
--   rjsim test scenarios/elderly-victim-declines.lua
-- Seeds: on seed 1 the case goes straight to the handover after the disposal; on seed 3 the
-- threat at Mrs Wren's gate comes first. The format is described in docs/authoring.md,
-- "Test files".
local GOOD_START = { "accept-refusal", "practical-support", "indirect-options", "take-her-words" }

local function path(...)
  local out = {}
  for _, part in ipairs({ ... }) do
    if type(part) == "table" then
      for _, id in ipairs(part) do out[#out + 1] = id end
    else
      out[#out + 1] = part
    end
  end
  return out
end

return {
  -- The most and least restorative paths.
  test "the most restorative path is exemplary on every seed" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 },
    expect = { overall = 100, band = "exemplary", violations = 0, ending = "heard-unseen" },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { band = "needs_work", overall = 0, ending = "forced-meeting",
               violations = { "no_victim_consent", "no_victim_consent" } },
  },

  -- Every ending, by an explicit path.
  test "ending: heard without being seen" {
    seed = 1,
    choices = path(GOOD_START, "conditional-caution", "exact-words", "via-linda", "new-rate"),
    expect = { ending = "heard-unseen", overall = 100, violations = {} },
  },
  test "ending: accountability without her words (a statement instead of relayed views)" {
    seed = 1,
    choices = { "accept-refusal", "practical-support", "statement", "conditional-caution", "her-right",
                "hold-letter", "new-rate/without-her-words" },
    expect = { ending = "without-her-words", band = "exemplary", violations = {} },
  },
  test "ending: the ordinary route" {
    seed = 1,
    choices = path(GOOD_START, "charge", "exact-words", "via-linda", "tell-linda"),
    expect = { ending = "court-route", band = "exemplary", violations = {} },
  },
  test "ending: waiting for a yes" {
    seed = 1,
    choices = path(GOOD_START, "hold-open", "one-more-month"),
    expect = { ending = "limbo", band = { "proficient", "developing" }, violations = {} },
  },
  test "ending: a meeting she didn't want" {
    choices = { "think-it-over", "book-meeting" },
    expect = { ending = "forced-meeting", overall = 0, violations = { "no_victim_consent", "no_victim_consent" } },
  },
  test "ending: she leaves her home" {
    seed = 3,
    choices = path(GOOD_START, "conditional-caution", "dismiss-threat", "exact-words", "via-linda",
                   "new-rate/fear-returns"),
    expect = { ending = "fear-returns", band = "developing", violations = { "ignored_red_flag" } },
  },
  test "ending: the blame passed to her" {
    seed = 1,
    choices = path(GOOD_START, "conditional-caution", "wont-meet-him", "via-linda", "new-rate/resentment"),
    expect = { ending = "resentment", band = { "proficient", "exemplary" }, violations = {} },
  },
  test "ending: her words passed on" {
    seed = 1,
    choices = path(GOOD_START, "conditional-caution", "full-notes", "via-linda", "new-rate/confidence-broken"),
    expect = { ending = "confidence-broken", band = "developing", violations = { "statements_used" } },
  },
  test "ending: an apology she didn't ask for" {
    seed = 1,
    choices = { "accept-refusal", "practical-support", "statement", "conditional-caution", "her-right",
                "post-it", "new-rate/unwanted-contact" },
    expect = { ending = "unwanted-contact", violations = {} },
  },
  test "ending: an apology on her doorstep" {
    seed = 1,
    choices = path(GOOD_START, "conditional-caution", "exact-words", "doorstep", "new-rate/unwanted-contact"),
    expect = { ending = "unwanted-contact", band = "developing", violations = { "no_victim_consent" } },
  },
  test "ending: charged for a lost job" {
    seed = 1,
    choices = path(GOOD_START, "conditional-caution", "exact-words", "via-linda", "breach"),
    expect = { ending = "breach", band = "developing", violations = { "punished_after_agreement" } },
  },

  -- Recoveries.
  test "pressure withdrawn in the room" {
    seed = 1,
    choices = { "think-it-over", "back-off", "practical-support", "indirect-options", "take-her-words",
                "conditional-caution", "exact-words", "via-linda", "new-rate" },
    expect = { ending = "heard-unseen", band = "developing", violations = { "no_victim_consent" } },
  },
  test "a case left open, then decided: her views are withdrawn" {
    seed = 1,
    choices = path(GOOD_START, "hold-open", "decide-now", "conditional-caution", "her-right", "file-it",
                   "new-rate/without-her-words"),
    expect = { ending = "without-her-words", overall = { 85, 95 }, violations = {} },
  },
  test "notes without limits, checked with her before they are passed on" {
    seed = 1,
    choices = { "accept-refusal", "practical-support", "indirect-options", "write-everything",
                "conditional-caution", "check-first", "via-linda", "new-rate" },
    expect = { ending = "heard-unseen", band = { "exemplary", "proficient" }, violations = {} },
  },

  -- The trade-offs: the other defensible choice, with the rest played well.
  test "trade-off: moving her to Linda's for safety" {
    seed = 1,
    choices = { "accept-refusal", "move-to-linda", "indirect-options", "take-her-words",
                "conditional-caution", "exact-words", "via-linda", "new-rate" },
    expect = { ending = "heard-unseen", band = "exemplary", overall = { 94, 98 }, violations = {} },
  },
  test "trade-off: a Victim Personal Statement instead of relayed views" {
    seed = 1,
    choices = { "accept-refusal", "practical-support", "statement", "conditional-caution", "her-right",
                "hold-letter", "new-rate/without-her-words" },
    expect = { ending = "without-her-words", band = "exemplary", overall = { 85, 99 }, violations = {} },
  },
  test "trade-off: charging the burglary" {
    seed = 1,
    choices = path(GOOD_START, "charge", "exact-words", "via-linda", "tell-linda"),
    expect = { ending = "court-route", band = "exemplary", overall = { 85, 99 }, violations = {} },
  },
  test "trade-off: letting the last £60 go" {
    seed = 1,
    choices = path(GOOD_START, "conditional-caution", "exact-words", "via-linda", "let-it-go"),
    expect = { ending = "heard-unseen", band = "exemplary", overall = { 95, 99 }, violations = {} },
  },

  -- Warm, but a serious mistake: she asked that news go through Linda, and the knock at her
  -- door is what she fears (credit about 0.3 at 'review'), so it keeps the attempt out of the top band.
  test "an unannounced visit to explain the court outcome: kindly meant, but a serious mistake" {
    seed = 1,
    choices = path(GOOD_START, "charge", "exact-words", "via-linda", "call-round"),
    expect = { ending = "court-route", band = "proficient", overall = { 83, 88 }, violations = {} },
  },
}
