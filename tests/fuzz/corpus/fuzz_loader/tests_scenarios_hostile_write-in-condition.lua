-- expect-run: 7: cannot change 'n' here
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = "x",
    choice { "Go", to = "end", when = function(v) v.n = 5; return true end },
  },
  ending "end" { title = "End", text = "The end." },
}
