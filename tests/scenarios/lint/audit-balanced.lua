-- lint: none
-- A scenario the audit passes: eight decisions whose best choice is as often the
-- longest as the shortest or the middle one, first as last, with three trade-offs.
return scenario {
  id = "audit-balanced",
  version = 1,
  title = "Audit balanced",
  role = "officer",
  summary = "Audit test.",
  minutes = 1,
  modelled_on = "Nothing real: a test fixture",
  start = "s1",

  scene "s1" {
    text = "Step 1.",
    choice { "Take the slow and careful way through this one", id = "c1-1", to = "s2", score = { a = 1, b = 1 }, feedback = "The best here." },
    choice { "Go back to the car", id = "c1-2", to = "s2", score = { a = -1, b = -1 }, feedback = "Not the best here." },
    choice { "Stop", id = "c1-3", to = "s2", score = { a = -1, b = -1 }, feedback = "Not the best here." },
  },
  scene "s2" {
    text = "Step 2.",
    choice { "Take the slow and careful way through this one", id = "c2-1", to = "s3", score = { a = 0, b = 1 }, feedback = "Defensible: it gives up some a for b." },
    choice { "Go back to the car", id = "c2-2", to = "s3", score = { a = -2 }, feedback = "Not the best here." },
    choice { "Stop", id = "c2-3", to = "s3", score = { a = 2 }, feedback = "The best here." },
  },
  scene "s3" {
    text = "Step 3.",
    choice { "Take the slow and careful way through this one", id = "c3-1", to = "s4", score = { a = -1, b = -1 }, feedback = "Not the best here." },
    choice { "Go back to the car", id = "c3-2", to = "s4", score = { a = 1, b = 1 }, feedback = "The best here." },
    choice { "Stop", id = "c3-3", to = "s4", score = { a = -1, b = -1 }, feedback = "Not the best here." },
  },
  scene "s4" {
    text = "Step 4.",
    choice { "Take the slow and careful way through this one", id = "c4-1", to = "s5", score = { a = 1, b = 1 }, feedback = "The best here." },
    choice { "Go back to the car", id = "c4-2", to = "s5", score = { a = -1, b = -1 }, feedback = "Not the best here." },
    choice { "Stop", id = "c4-3", to = "s5", score = { a = -1, b = -1 }, feedback = "Not the best here." },
  },
  scene "s5" {
    text = "Step 5.",
    choice { "Take the slow and careful way through this one", id = "c5-1", to = "s6", score = { a = 0, b = 1 }, feedback = "Defensible: it gives up some a for b." },
    choice { "Go back to the car", id = "c5-2", to = "s6", score = { a = -2 }, feedback = "Not the best here." },
    choice { "Stop", id = "c5-3", to = "s6", score = { a = 2 }, feedback = "The best here." },
  },
  scene "s6" {
    text = "Step 6.",
    choice { "Take the slow and careful way through this one", id = "c6-1", to = "s7", score = { a = -1, b = -1 }, feedback = "Not the best here." },
    choice { "Go back to the car", id = "c6-2", to = "s7", score = { a = 1, b = 1 }, feedback = "The best here." },
    choice { "Stop", id = "c6-3", to = "s7", score = { a = -1, b = -1 }, feedback = "Not the best here." },
  },
  scene "s7" {
    text = "Step 7.",
    choice { "Take the slow and careful way through this one", id = "c7-1", to = "s8", score = { a = 2 }, feedback = "The best here." },
    choice { "Go back to the car", id = "c7-2", to = "s8", score = { a = 0, b = 1 }, feedback = "Defensible: it gives up some a for b." },
    choice { "Stop", id = "c7-3", to = "s8", score = { a = -2 }, feedback = "Not the best here." },
  },
  scene "s8" {
    text = "Step 8.",
    choice { "Take the slow and careful way through this one", id = "c8-1", to = "done", score = { a = -1, b = -1 }, feedback = "Not the best here." },
    choice { "Go back to the car", id = "c8-2", to = "done", score = { a = -1, b = -1 }, feedback = "Not the best here." },
    choice { "Stop", id = "c8-3", to = "done", score = { a = 1, b = 1 }, feedback = "The best here." },
  },
  ending "done" { title = "Done", text = "The end.", debrief = "Why." },
}
