-- Expected playthroughs of school-referral.lua:
--   rjsim test scenarios/school-referral.lua
-- Seed 1: Ms. Kim agrees to a conference. Seed 3: she declines to meet Malik (a chance event).
local base = { "calm-first", "wait-for-gran", "call-friday", "malik-only", "facts-only",
               "family-shares", "own-part", "ask-rochelle", "kept" }
local function with(i, id)
  local t = {}
  for k, v in ipairs(base) do t[k] = v end
  t[i] = id
  return t
end

return {
  test "the most restorative path is exemplary" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6, 7, 8 },
    expect = { overall = 100, band = "exemplary", violations = 0 },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { band = "needs_work", ending = "school-handled" },
  },

  -- Every ending, by an explicit path.
  test "the conference, and an agreement kept in substance" {
    seed = 1, choices = base,
    expect = { ending = "agreement-kept", overall = 100, band = "exemplary", violations = 0 },
  },
  test "she declines; no charge, and the school acts on her wishes" {
    seed = 3, choices = { "calm-first", "wait-for-gran", "call-friday", "close-no-charge" },
    expect = { ending = "school-handled", overall = 100, band = "exemplary", violations = 0 },
  },
  test "she declines; juvenile intake (lawful, more than she asked for)" {
    seed = 3, choices = { "calm-first", "wait-for-gran", "call-friday", "to-intake" },
    expect = { ending = "intake", band = "proficient", overall = { 70, 80 }, violations = 0 },
  },
  test "charging after a mostly kept agreement" {
    seed = 1, choices = with(9, "charge-after"),
    expect = { ending = "intake", band = "developing", violations = { "punished_after_agreement" } },
  },
  test "left to the school, and the teacher never asked" {
    seed = 1, choices = { "school-only", "leave-to-school" },
    expect = { ending = "school-handled", band = "needs_work", overall = 0, violations = 0 },
  },

  -- Each trade-off decision, taking the other defensible choice.
  test "trade-off: asking for her answer the same day" {
    seed = 1, choices = with(3, "ask-today"),
    expect = { ending = "agreement-kept", band = "exemplary", overall = { 97, 99.9 }, violations = 0 },
  },
  test "trade-off: backing the suspension until the conference" {
    seed = 1, choices = with(5, "back-suspension"),
    expect = { ending = "agreement-kept", band = "exemplary", overall = { 94, 99 }, violations = 0 },
  },
  test "trade-off: answering Mr. Dunn yourself" {
    seed = 1, choices = with(7, "answer-dunn"),
    expect = { ending = "agreement-kept", band = "exemplary", overall = { 97, 99.9 }, violations = 0 },
  },
  test "trade-off: striking the added terms yourself" {
    seed = 1, choices = with(8, "strike-terms"),
    expect = { ending = "agreement-kept", band = "exemplary", overall = { 94, 99 }, violations = 0 },
  },
  test "trade-off: telling the facilitator nothing about his needs" {
    seed = 1, choices = with(6, "facts-only-prep"),
    expect = { ending = "agreement-kept", band = "exemplary", overall = { 95, 99 }, violations = 0 },
  },

  -- Not a trade-off: leaving the injured teacher out is a serious mistake, recovered from a day late.
  test "recovery: leaving it to the school, then asking her a day late" {
    seed = 1,
    choices = { "school-only", "see-her", "call-friday", "malik-only", "facts-only",
                "family-shares", "own-part", "ask-rochelle", "kept" },
    expect = { ending = "agreement-kept", band = "proficient", overall = { 85, 92 }, violations = 0 },
  },

  -- Careless play.
  test "a careless trainee: arrest, statement, danger line, records shared" {
    seed = 1,
    choices = { "arrest", "question-now", "back-charges", "add-aaliyah", "danger-line",
                "send-iep", "lecture", "accept-signed", "watch-him" },
    expect = { ending = "agreement-kept", band = "needs_work",
               violations = { "admission_before_counsel", "net_widening" } },
  },
}
