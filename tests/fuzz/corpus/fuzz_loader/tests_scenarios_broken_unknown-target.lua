-- expect: 7: unknown target scene 'nowhere'
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a",
  scene "a" { text = "x",
    choice { "Go", to = "nowhere" },
  },
  ending "end" { title = "End", text = "The end." },
}
