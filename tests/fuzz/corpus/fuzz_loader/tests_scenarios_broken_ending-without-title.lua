-- expect: 6: ending 'end' is missing required field 'title'
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "end",
  ending "end" { text = "The end." },
}
