-- expect: 6: item 1 of scene 'a' is not a choice { ... }
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a",
  scene "a" { text = "x",
    { "Go", to = "end" },
  },
  ending "end" { title = "End", text = "The end." },
}
