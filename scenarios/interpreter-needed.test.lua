-- Expected playthroughs of interpreter-needed.lua:
--   rjsim test scenarios/interpreter-needed.lua
-- Seed 1: Mr. Ixcoy agrees to take part and Dario finishes his extended plan.
-- Seed 3: Mr. Ixcoy declines to meet the boys (a chance event, whatever the prosecutor said).
-- Seed 6: he agrees, but Dario does not finish after the extension.
return {
  test "the most restorative path is exemplary" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6, 7, 8 },
    expect = { overall = 100, band = "exemplary", violations = 0 },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { band = "needs_work", violations = { 1, 20 } },
  },

  -- Every ending, by an explicit path.
  test "both boys finish: no charge filed" {
    seed = 1,
    choices = { "refer-both", "mam-interpreter", "his-choice", "intro-only", "set-aside",
                "joint", "sight-sign", "approve-asked", "close-extend" },
    expect = { ending = "both-closed", overall = 100, band = "exemplary", violations = 0 },
  },
  test "Dario does not finish after the extension: his case goes back, fairly" {
    seed = 6,
    choices = { "refer-both", "mam-interpreter", "his-choice", "intro-only", "set-aside",
                "joint", "sight-sign", "approve-asked", "close-extend" },
    expect = { ending = "dario-returns", overall = 100, band = "exemplary", violations = 0 },
  },
  test "he declines; a conference without him, his words relayed" {
    seed = 3,
    choices = { "refer-both", "mam-interpreter", "his-choice", "relay-views", "relayed-schedule" },
    expect = { ending = "relayed-views", overall = 100, band = "exemplary", violations = 0 },
  },
  test "he declines; the ordinary court with services: lawful, but it ends the case short of what he asked for" {
    seed = 3,
    choices = { "refer-both", "mam-interpreter", "his-choice", "file-with-services" },
    expect = { ending = "court-with-services", band = "proficient", overall = { 70, 80 }, violations = 0 },
  },
  test "confidential words used against a co-defendant: Dario's case is filed" {
    seed = 1,
    choices = { "refer-both", "mam-interpreter", "his-choice", "intro-only", "use-summary", "file-dario" },
    expect = { ending = "dario-returns", band = "developing", overall = { 55, 75 }, violations = { "statements_used" } },
  },

  -- Each trade-off decision, taking the other defensible choice.
  test "trade-off: the Spanish interpreter tomorrow, then Mam after all" {
    seed = 1,
    choices = { "refer-both", "spanish-tomorrow", "rebook-mam", "his-choice", "intro-only", "set-aside",
                "joint", "sight-sign", "approve-asked", "close-extend" },
    expect = { ending = "both-closed", band = "exemplary", overall = { 95, 99.9 }, violations = 0 },
  },
  test "trade-off: recommending the conference when he asks" {
    seed = 1,
    choices = { "refer-both", "mam-interpreter", "recommend", "intro-only", "set-aside",
                "joint", "sight-sign", "approve-asked", "close-extend" },
    expect = { ending = "both-closed", band = "exemplary", overall = { 95, 98 }, violations = 0 },
  },
  test "trade-off: waiting for counsel and a certified interpreter before any preparation" {
    seed = 1,
    choices = { "refer-both", "mam-interpreter", "his-choice", "wait-for-all", "set-aside",
                "joint", "sight-sign", "approve-asked", "close-extend" },
    expect = { ending = "both-closed", band = "exemplary", overall = { 95, 98 }, violations = 0 },
  },
  test "trade-off: asking the lawyers to settle the facts" {
    seed = 1,
    choices = { "refer-both", "mam-interpreter", "his-choice", "intro-only", "lawyers-agree",
                "joint", "sight-sign", "approve-asked", "close-extend" },
    expect = { ending = "both-closed", band = "exemplary", overall = { 95, 98 }, violations = 0 },
  },
  test "trade-off: two separate conferences" {
    seed = 1,
    choices = { "refer-both", "mam-interpreter", "his-choice", "intro-only", "set-aside",
                "separate", "sight-sign", "approve-asked", "close-extend" },
    expect = { ending = "both-closed", band = "exemplary", overall = { 95, 99.9 }, violations = 0 },
  },
  test "trade-off: waiting two weeks for written translations" {
    seed = 1,
    choices = { "refer-both", "mam-interpreter", "his-choice", "intro-only", "set-aside",
                "joint", "wait-written", "approve-asked", "close-extend" },
    expect = { ending = "both-closed", band = "exemplary", overall = { 96, 99.9 }, violations = 0 },
  },
  test "trade-off: replacing the Saturdays with community service" {
    seed = 1,
    choices = { "refer-both", "mam-interpreter", "his-choice", "intro-only", "set-aside",
                "joint", "sight-sign", "cut-saturdays", "close-extend" },
    expect = { ending = "both-closed", band = "exemplary", overall = { 95, 98 }, violations = 0 },
  },
  test "a mistake: repayment in thirty days, as he asked, which the family cannot keep" {
    seed = 3,
    choices = { "refer-both", "mam-interpreter", "his-choice", "relay-views", "relayed-now" },
    expect = { ending = "relayed-views", band = "proficient", overall = { 75, 84 }, violations = 0 },
  },

  test "Edwin interprets, then a second pass through him: the doubt stays, Marisol catches it" {
    seed = 1,
    choices = { "refer-both", "edwin-interprets", "go-over-again", "intro-only", "set-aside",
                "ask-afresh", "joint", "sight-sign", "approve-asked", "close-extend" },
    expect = { ending = "both-closed", band = "proficient", overall = { 75, 90 }, violations = 0 },
  },
  test "recovery after Dario spoke before advice: pausing without undoing" {
    seed = 1,
    choices = { "refer-both", "mam-interpreter", "his-choice", "son-translates", "pause-dario", "set-aside",
                "joint", "sight-sign", "approve-asked", "close-extend" },
    expect = { ending = "both-closed", band = "developing", violations = { "admission_before_counsel" } },
  },

  -- Careless play: Edwin interprets, his yes goes on file, Dario talks before advice.
  test "a careless trainee: shortcuts on language and counsel" {
    seed = 1,
    choices = { "refer-curfew", "edwin-interprets", "file-the-yes", "son-translates", "pause-dario",
                "set-aside", "keep-date", "sign-english", "add-grid", "hold-both" },
    expect = { ending = "both-closed", band = "needs_work",
               violations = { "no_victim_consent", "admission_before_counsel", "no_victim_consent" } },
  },
}
