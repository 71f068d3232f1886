-- lint: 21: warning: principle 'b' is scored by 2 choices (the first is here), but every complete path ends with the same total (+1)
-- lint: 25: warning: scene 'pick' is never reached
-- lint: 30: warning: scene 'long' is too long for one projected screen: 252 words with its choices, about 240 fit
-- lint: 33: warning: choice 'fine' has no feedback
-- lint: 37: warning: ending 'bare' has no debrief text
-- The checker's teaching warnings: every path scores b+1 once, so 'b' never varies; a
-- scene nobody reaches; a choice without feedback; a scene too long for one screen; an
-- ending without a debrief.
return scenario {
  id = "lint-teaching",
  version = 1,
  title = "Teaching content",
  role = "officer",
  summary = "Checker test.",
  minutes = 1,
  modelled_on = "Nothing real: a test fixture",
  start = "intro",

  scene "intro" {
    text = "Start.",
    choice { "Begin", id = "begin", to = "long", score = { a = 1, b = 1 }, feedback = "Fine." },
    choice { "Stay", id = "stay", to = "done", score = { a = -1, b = 1 }, feedback = "Fine." },
  },

  scene "pick" {
    text = "Nobody comes here.",
    choice { "Pick", id = "pick-it", to = "done", feedback = "Fine." },
  },

  scene "long" {
    text = [[word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word]],
    choice { "Slow", id = "slow", to = "bare", feedback = "Slow." },
    choice { "Fine", id = "fine", to = "done" },
  },

  ending "done" { title = "Done", text = "The end.", debrief = "Why." },
  ending "bare" { title = "Bare", text = "The end." },
}
