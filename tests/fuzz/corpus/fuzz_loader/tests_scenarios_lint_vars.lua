-- lint: 20: warning: variable 'noted' is set but never read
-- lint: 6: warning: variable 'mood' is never changed: no set, add or effect on a reachable choice assigns it, so it is always "calm"
-- lint: 6: warning: variable 'spare' is never used
-- The checker's variable warnings: 'asked' is set and read (clean); 'noted' is set but
-- nothing reads it; 'mood' is read but never changed; 'spare' is never used at all.
return scenario {
  id = "lint-vars",
  version = 1,
  title = "Variables",
  role = "officer",
  summary = "Checker test.",
  minutes = 1,
  modelled_on = "Nothing real: a test fixture",
  vars = { asked = false, noted = false, mood = "calm", spare = 0 },
  start = "door",

  scene "door" {
    text = function(v) return "She is " .. v.mood .. "." end,
    choice { "Ask", id = "ask", to = "inside", set = { asked = true }, score = { a = 1 }, feedback = "Good." },
    choice { "Note it", id = "note", to = "inside",
      set = { noted = true }, score = { a = -1 }, feedback = "Hm." },
  },

  scene "inside" {
    text = "Inside.",
    choice { "Talk", id = "talk", to = "done", when = function(v) return v.asked end, score = { b = 1 },
      feedback = "Talking helps." },
    choice { "Leave", id = "leave", to = "done", score = { b = -1 }, feedback = "Leaving helps no one." },
  },

  ending "done" { title = "Done", text = "The end.", debrief = "Why." },
}
