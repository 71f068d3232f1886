-- expect-run: 6: instruction budget exceeded
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a",
  scene "a" { text = function(v) local n = 0; while true do n = n + 1 end end,
    choice { "Go", to = "end" },
  },
  ending "end" { title = "End", text = "The end." },
}
