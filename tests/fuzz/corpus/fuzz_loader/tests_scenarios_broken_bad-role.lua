-- expect: 2: role must be "prosecutor" or "officer", not "judge"
return scenario {
  id = "broken", version = 1, title = "Broken", role = "judge",
  summary = "s", minutes = 1, modelled_on = "a test", start = "end",
  ending "end" { title = "End", text = "The end." },
}
