-- expect: 7: 'ghost' is not a declared variable
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a",
  scene "a" { text = "x",
    choice { "Go", to = "end", set = { ghost = true } },
  },
  ending "end" { title = "End", text = "The end." },
}
