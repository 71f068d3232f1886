-- expect: 2: start: unknown scene 'intro'
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test", start = "intro",
  ending "end" { title = "End", text = "The end." },
}
