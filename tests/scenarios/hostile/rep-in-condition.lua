-- expect-run: 8: exceeded its memory limit
-- A string bomb in a condition.
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = "x",
    choice { "Go", to = "end", when = function(v) return #string.rep("x", 100000000) > 0 end },
  },
  ending "end" { title = "End", text = "The end." },
}
