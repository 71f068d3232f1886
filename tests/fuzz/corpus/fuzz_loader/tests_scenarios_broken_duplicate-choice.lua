-- expect: 10: duplicate choice id 'go' (first used at line 7)
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a",
  scene "a" { text = "x",
    choice { "Go", id = "go", to = "b" },
  },
  scene "b" { text = "x",
    choice { "Go", id = "go", to = "end" },
  },
  ending "end" { title = "End", text = "The end." },
}
