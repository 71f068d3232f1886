-- Expected playthroughs of keyed-car.lua, run by make test and by
--   rjsim test scenarios/keyed-car.lua
-- Paths are given by choice id, so they hold when choices are reordered. Chance enters only
-- after 'no-read' (ada_call) and 'send-back' (cash_app); the seed fixes which way it went.
-- The format is in docs/authoring.md, "Test files".
return {
  test "the most restorative path is exemplary on every seed" {
    auto = "best", seeds = { 1, 2, 3, 4, 5, 6 },
    expect = { ending = "specialist_dialogue", overall = 100, band = "exemplary", violations = 0 },
  },
  test "the least restorative path needs work" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { ending = "conference_held", band = "needs_work", violations = { "ipv_conference", "ignored_red_flag", "ignored_red_flag" } },
  },

  -- Every ending, by an explicit path.
  test "ending: heard on her terms, by the specialist route" {
    choices = { "ask-history", "screen", "warrant-plan", "rights-plain", "name-pressure",
                "whole-picture", "keep-and-document", "footage", "specialist" },
    expect = { ending = "specialist_dialogue", overall = 100, band = "exemplary", violations = {} },
  },
  test "ending: heard in court (trade-off: the impact statement instead of the specialist route)" {
    choices = { "ask-history", "screen", "warrant-plan", "rights-plain", "name-pressure",
                "whole-picture", "keep-and-document", "footage", "impact-statement" },
    expect = { ending = "impact_statement", overall = { 96, 97.5 }, band = "exemplary", violations = {} },
  },
  test "ending: an agreement about paint, by the referral in the lot" {
    choices = { "refer-now", "manage-it", "let-stand" },
    expect = { ending = "conference_held", band = "needs_work", overall = 0, violations = { "ipv_conference", "ignored_red_flag", "ignored_red_flag" } },
  },
  test "ending: an agreement about paint, with the texting term struck" {
    choices = { "property-report", "let-program-screen", "her-program", "strike-term" },
    expect = { ending = "conference_held", band = "needs_work", overall = { 0, 100 }, violations = { "ignored_red_flag" } },
  },
  test "ending: no longer answering, after the conference is stopped" {
    choices = { "refer-now", "her-program", "stop-it" },
    expect = { ending = "she_withdraws", band = "needs_work", overall = { 0, 100 }, violations = { "ipv_conference", "ignored_red_flag" } },
  },
  test "ending: no longer answering, when the officer keeps out of the charging call" {
    seed = 3,
    choices = { "ask-history", "card", "warrant-notice", "no-interview", "send-to-ada", "no-read" },
    expect = { ending = "she_withdraws", band = "developing", overall = { 55, 65 }, violations = {} },
  },

  -- Each trade-off: the other defensible option, the rest played well.
  test "trade-off: the hotline card instead of the screen" {
    choices = { "ask-history", "card", "warrant-notice", "rights-plain", "name-pressure",
                "whole-picture", "keep-and-document", "footage", "specialist" },
    expect = { ending = "specialist_dialogue", overall = { 96, 97 }, band = "exemplary", violations = {} },
  },
  test "trade-off: arrest tonight instead of the warrant on a plan" {
    choices = { "ask-history", "screen", "arrest-now", "rights-plain", "name-pressure",
                "whole-picture", "keep-and-document", "footage", "specialist" },
    expect = { ending = "specialist_dialogue", overall = { 97, 98 }, band = "exemplary", violations = {} },
  },
  test "trade-off: no interview instead of rights and a straight answer" {
    choices = { "ask-history", "screen", "warrant-plan", "no-interview", "name-pressure",
                "whole-picture", "keep-and-document", "footage", "specialist" },
    expect = { ending = "specialist_dialogue", overall = { 95.5, 96.5 }, band = "exemplary", violations = {} },
  },
  test "trade-off: carrying her wish to drop it instead of the whole picture" {
    choices = { "ask-history", "screen", "warrant-plan", "rights-plain", "name-pressure",
                "back-her", "keep-and-document", "footage", "specialist" },
    expect = { ending = "specialist_dialogue", overall = { 96, 97 }, band = "exemplary", violations = {} },
  },
  test "trade-off: letting the payment message go instead of documenting it" {
    choices = { "ask-history", "screen", "warrant-plan", "rights-plain", "name-pressure",
                "whole-picture", "let-it-go", "footage", "specialist" },
    expect = { ending = "specialist_dialogue", overall = { 97, 98.5 }, band = "exemplary", violations = {} },
  },

  -- Mistakes answered later in the story.
  test "a serious mistake recovered: the property report, then the history on Monday" {
    choices = { "property-report", "call-her-first", "screen", "warrant-plan", "rights-plain",
                "name-pressure", "whole-picture", "keep-and-document", "footage", "specialist" },
    expect = { ending = "specialist_dialogue", band = "proficient", overall = { 93, 95 }, violations = {} },
  },
  test "a referral withdrawn: the conference in the lot, taken back after the facilitator's call" {
    choices = { "refer-now", "withdraw-referral", "screen", "warrant-plan", "rights-plain",
                "name-pressure", "whole-picture", "keep-and-document", "footage", "specialist" },
    expect = { ending = "specialist_dialogue", band = "developing", overall = { 86, 89 }, violations = { "ipv_conference" } },
  },
  test "the family's bargain: a promise in the interview, then the referral she asked for, withdrawn" {
    choices = { "ask-history", "screen", "warrant-plan", "conference-promise", "refer-asked",
                "withdraw-late", "whole-picture", "keep-and-document", "footage", "specialist" },
    expect = { ending = "specialist_dialogue", band = "developing", overall = { 76, 80 },
               violations = { "coerced_accused", "ipv_conference" } },
  },
  test "a serious mistake: the order left out of the charge" {
    choices = { "ask-history", "screen", "mischief-only", "rights-plain", "name-pressure",
                "whole-picture", "keep-and-document", "footage", "impact-statement" },
    expect = { ending = "impact_statement", band = "proficient", overall = { 84, 87 }, violations = {} },
  },

  -- The truck outside her work (version 2).
  test "trade-off: her safety plan first, the report after" {
    choices = { "ask-history", "screen", "warrant-plan", "rights-plain", "name-pressure",
                "whole-picture", "keep-and-document", "plan-first", "specialist" },
    expect = { ending = "specialist_dialogue", overall = { 96, 97.5 }, band = "exemplary", violations = {} },
  },
  test "a serious mistake: a warning to him instead of a report" {
    choices = { "ask-history", "screen", "warrant-plan", "rights-plain", "name-pressure",
                "whole-picture", "keep-and-document", "warn-him", "specialist" },
    expect = { ending = "specialist_dialogue", band = "proficient", violations = {} },
  },
  test "a serious mistake: told the order closes every route to be heard" {
    choices = { "ask-history", "screen", "warrant-plan", "rights-plain", "name-pressure",
                "whole-picture", "keep-and-document", "note-only", "order-closes-it" },
    expect = { ending = "impact_statement", band = { "proficient", "developing" }, violations = {} },
  },
}
