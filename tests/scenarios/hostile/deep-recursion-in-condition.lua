-- expect-run: 8: exceeded its memory limit
-- Recursion without end in a condition.
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = "x",
    choice { "Go", to = "end", when = function(v) local function f(n) return f(n + 1) + 1 end return f(1) > 0 end },
  },
  ending "end" { title = "End", text = "The end." },
}
