-- lint: 17: warning: audit: the most restorative choice is the longest one in 100% of 8 decisions (picking blindly: 33%; flagged above 67%), so a trainee can find it by its form: e.g. scene 's1' (line 15: best 'c1-1' at line 17), scene 's2' (line 21: best 'c2-2' at line 24), scene 's3' (line 27: best 'c3-3' at line 31); make other choices just as long, worded and punctuated, or move the best one
-- lint: 5: warning: audit: only 0 of 8 decisions are real trade-offs (0 where the best choice scores lower on a principle than another safe choice, 0 with two safe choices within 2 points): the scenario tests recall more than judgement; give at least 3 decisions a best choice that costs something
-- The audit flags a scenario whose most restorative choice is always the longest: eight
-- decisions, the best one moving between positions, no punctuation or listed words.
return scenario {
  id = "audit-longest",
  version = 1,
  title = "Audit longest",
  role = "officer",
  summary = "Audit test.",
  minutes = 1,
  modelled_on = "Nothing real: a test fixture",
  start = "s1",

  scene "s1" {
    text = "Step 1.",
    choice { "Take the slow and careful way through this one", id = "c1-1", to = "s2", score = { a = 1, b = 1 }, feedback = "The best here." },
    choice { "Act now", id = "c1-2", to = "s2", score = { a = -1, b = -1 }, feedback = "Not the best here." },
    choice { "Wait a bit", id = "c1-3", to = "s2", score = { a = -1, b = -1 }, feedback = "Not the best here." },
  },
  scene "s2" {
    text = "Step 2.",
    choice { "Wait a bit", id = "c2-1", to = "s3", score = { a = -2 }, feedback = "Not the best here." },
    choice { "Take the slow and careful way through this one", id = "c2-2", to = "s3", score = { a = 2 }, feedback = "The best here." },
    choice { "Call it in", id = "c2-3", to = "s3", score = { a = -2, b = 1 }, feedback = "Not the best here." },
  },
  scene "s3" {
    text = "Step 3.",
    choice { "Call it in", id = "c3-1", to = "s4", score = { a = -1, b = -1 }, feedback = "Not the best here." },
    choice { "Act now", id = "c3-2", to = "s4", score = { a = -1, b = -1 }, feedback = "Not the best here." },
    choice { "Take the slow and careful way through this one", id = "c3-3", to = "s4", score = { a = 1, b = 1 }, feedback = "The best here." },
  },
  scene "s4" {
    text = "Step 4.",
    choice { "Take the slow and careful way through this one", id = "c4-1", to = "s5", score = { a = 1, b = 1 }, feedback = "The best here." },
    choice { "Act now", id = "c4-2", to = "s5", score = { a = -1, b = -1 }, feedback = "Not the best here." },
    choice { "Wait a bit", id = "c4-3", to = "s5", score = { a = -1, b = -1 }, feedback = "Not the best here." },
  },
  scene "s5" {
    text = "Step 5.",
    choice { "Wait a bit", id = "c5-1", to = "s6", score = { a = -2 }, feedback = "Not the best here." },
    choice { "Take the slow and careful way through this one", id = "c5-2", to = "s6", score = { a = 2 }, feedback = "The best here." },
    choice { "Call it in", id = "c5-3", to = "s6", score = { a = -2, b = 1 }, feedback = "Not the best here." },
  },
  scene "s6" {
    text = "Step 6.",
    choice { "Call it in", id = "c6-1", to = "s7", score = { a = -1, b = -1 }, feedback = "Not the best here." },
    choice { "Act now", id = "c6-2", to = "s7", score = { a = -1, b = -1 }, feedback = "Not the best here." },
    choice { "Take the slow and careful way through this one", id = "c6-3", to = "s7", score = { a = 1, b = 1 }, feedback = "The best here." },
  },
  scene "s7" {
    text = "Step 7.",
    choice { "Take the slow and careful way through this one", id = "c7-1", to = "s8", score = { a = 2 }, feedback = "The best here." },
    choice { "Act now", id = "c7-2", to = "s8", score = { a = -2, b = 1 }, feedback = "Not the best here." },
    choice { "Wait a bit", id = "c7-3", to = "s8", score = { a = -2 }, feedback = "Not the best here." },
  },
  scene "s8" {
    text = "Step 8.",
    choice { "Wait a bit", id = "c8-1", to = "done", score = { a = -1, b = -1 }, feedback = "Not the best here." },
    choice { "Take the slow and careful way through this one", id = "c8-2", to = "done", score = { a = 1, b = 1 }, feedback = "The best here." },
    choice { "Call it in", id = "c8-3", to = "done", score = { a = -1, b = -1 }, feedback = "Not the best here." },
  },
  ending "done" { title = "Done", text = "The end.", debrief = "Why." },
}
