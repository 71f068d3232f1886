-- expect-run: 7: condition (when) must return true or false, not a number
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = "x",
    choice { "Go", to = "end", when = function(v) return v.n end },
  },
  ending "end" { title = "End", text = "The end." },
}
