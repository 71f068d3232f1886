-- expect: 7: set: 'visits' is a number variable; cannot set it to a boolean
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { visits = 0 },
  scene "a" { text = "x",
    choice { "Go", to = "end", set = { visits = true } },
  },
  ending "end" { title = "End", text = "The end." },
}
