-- lint: none
-- A scenario the checker has nothing to say about (with --strict it passes).
return scenario {
  id = "lint-clean",
  version = 1,
  title = "Clean",
  role = "officer",
  summary = "Checker test.",
  minutes = 1,
  modelled_on = "Nothing real: a test fixture",
  vars = { asked = false },
  start = "door",

  scene "door" {
    text = "At the door.",
    choice { "Ask", id = "ask", to = "inside", set = { asked = true }, score = { a = 1 }, feedback = "Good." },
    choice { "Push", id = "push", to = "inside", score = { a = -1 }, feedback = "Bad." },
  },
  scene "inside" {
    text = function(v) return v.asked and "Welcome." or "Go away." end,
    choice { "Talk", id = "talk", to = "done", score = { b = 1 }, feedback = "Good." },
    choice { "Leave", id = "leave", to = "done", score = { b = -1 }, feedback = "Bad." },
  },
  ending "done" { title = "Done", text = "The end.", debrief = "Why." },
}
