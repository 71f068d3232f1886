-- A fixture for the score scale (docs/architecture.md, "Scoring"): the one decision moves
-- principle A by 3 points and principle B by 1, so on either path B is "not measured"
-- (its reach is below 3 points) while A is scored. tests/golden/small-reach-*.json pin it.
return scenario {
  id = "small-reach",
  version = 1,
  title = "Small reach",
  role = "officer",
  summary = "One decision that moves one principle a little and another a lot.",
  minutes = 1,
  modelled_on = "Nothing real: a test fixture",
  start = "choose",

  scene "choose" {
    text = "Which way?",
    choice { "The careful way", id = "careful", to = "done",
      score = { a = 3, b = 1 }, feedback = "Careful." },
    choice { "The quick way", id = "quick", to = "done",
      score = { a = 0, b = 0 }, feedback = "Quick." },
  },

  ending "done" { title = "Done", text = "It is done.", debrief = "Done." },
}
