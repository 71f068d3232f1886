-- expect: 7: 'kindness' is not a principle in the rubric
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a",
  scene "a" { text = "x",
    choice { "Go", to = "end", score = { kindness = 1 } },
  },
  ending "end" { title = "End", text = "The end." },
}
