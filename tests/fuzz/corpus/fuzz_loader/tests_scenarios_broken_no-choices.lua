-- expect: 6: scene 'a' has no choices
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a",
  scene "a" { text = "Nothing to do." },
  ending "end" { title = "End", text = "The end." },
}
