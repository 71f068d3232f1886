-- expect-run: 7: attempt to index a nil value
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a",
  scene "a" { text = "x",
    choice { "Go", to = "end", when = function(v) local t = nil; return t.x end },
  },
  ending "end" { title = "End", text = "The end." },
}
