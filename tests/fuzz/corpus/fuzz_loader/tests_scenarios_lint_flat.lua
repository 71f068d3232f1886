-- lint: 14: warning: a path from the start reaches an ending without a decision that changes the score (intro -> calm -> end)
-- The checker warns about a path on which no decision changes the score: chance sends
-- the trainee to "calm", where both choices score the same.
return scenario {
  id = "lint-flat",
  version = 1,
  title = "A path where nothing matters",
  role = "officer",
  summary = "Checker test.",
  minutes = 1,
  modelled_on = "Nothing real: a test fixture",
  start = "intro",

  scene "intro" {
    text = "Start.",
    choice { "Go", id = "go", to = { { 1, "calm" }, { 1, "tense" } }, feedback = "Chance decides." },
  },
  scene "calm" {
    text = "All is calm.",
    choice { "Wait", id = "wait", to = "end", feedback = "Nothing to do." },
    choice { "Wait longer", id = "wait-longer", to = "end", feedback = "Still nothing to do." },
  },
  scene "tense" {
    text = "It is tense.",
    choice { "Help", id = "help", to = "end", score = { a = 1 }, feedback = "Good." },
    choice { "Ignore", id = "ignore", to = "end", score = { a = -1 }, feedback = "Bad." },
  },
  ending "end" { title = "End", text = "The end.", debrief = "Why." },
}
