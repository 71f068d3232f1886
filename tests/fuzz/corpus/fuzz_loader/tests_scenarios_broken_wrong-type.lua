-- expect: 2: field 'minutes' of the scenario must be a whole number, not a string
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = "ten", modelled_on = "a test", start = "end",
  ending "end" { title = "End", text = "The end." },
}
