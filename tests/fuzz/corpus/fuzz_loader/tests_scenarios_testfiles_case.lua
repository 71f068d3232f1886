-- A small scenario for the test-file tests: tests/scenarios/testfiles/*.test.lua run on it.
return scenario {
  id = "case",
  version = 1,
  title = "Test-file case",
  role = "officer",
  summary = "A scenario for the engine's tests of test files.",
  minutes = 2,
  modelled_on = "Nothing real: a test fixture",
  vars = { asked = false },
  start = "door",

  scene "door" {
    text = "At the door.",
    choice { "Ask to come in", id = "ask", to = "inside", set = { asked = true }, score = { a = 2 },
      feedback = "Asking respects her choice." },
    choice { "Push in", id = "push", to = "inside", violation = "s1", score = { a = -2 },
      feedback = "Pushing in breaks a safeguard." },
  },

  scene "inside" {
    text = function(v) return v.asked and "She invites you in." or "She is upset." end,
    choice { "Talk", id = "talk", to = { { 1, "agreement" }, { 1, "no-agreement" } }, score = { b = 2 },
      feedback = "Talking helps." },
    choice { "Leave", id = "leave", to = "left", score = { b = -1 }, feedback = "Leaving helps no one." },
  },

  ending "agreement" { title = "Agreement", text = "You agree.", debrief = "Good." },
  ending "no-agreement" { title = "No agreement", text = "It fails.", debrief = "It happens." },
  ending "left" { title = "You left", text = "Nothing changes.", debrief = "Stay." },
}
