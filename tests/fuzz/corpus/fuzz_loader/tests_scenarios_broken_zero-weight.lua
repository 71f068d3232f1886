-- expect: 7: 'to' item 1: the weight must be a number above 0
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a",
  scene "a" { text = "x",
    choice { "Go", to = { { 0, "end" } } },
  },
  ending "end" { title = "End", text = "The end." },
}
