-- expect: 2: the scenario is missing required field 'title'
return scenario {
  id = "broken", version = 1, role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test", start = "end",
  ending "end" { title = "End", text = "The end." },
}
