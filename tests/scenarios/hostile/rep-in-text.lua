-- expect-run: 7: exceeded its memory limit
-- A string that doubles in a text function.
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = function(v) local s = "x" for i = 1, 40 do s = s .. s end return s end,
    choice { "Go", to = "end" },
  },
  ending "end" { title = "End", text = "The end." },
}
