-- expect: 7: duplicate scene id 'a' (first defined at line 6)
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a",
  scene "a" { text = "x", choice { "Go", to = "end" } },
  scene "a" { text = "y", choice { "Go", to = "end" } },
  ending "end" { title = "End", text = "The end." },
}
