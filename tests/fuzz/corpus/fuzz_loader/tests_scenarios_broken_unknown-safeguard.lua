-- expect: 7: 's9' is not a safeguard in the rubric
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a",
  scene "a" { text = "x",
    choice { "Go", to = "end", violation = "s9" },
  },
  ending "end" { title = "End", text = "The end." },
}
