-- expect-run: 8: exceeded its memory limit
-- A table bomb in a condition.
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = "x",
    choice { "Go", to = "end", when = function(v) local t = { 1 } while true do table.move(t, 1, #t, #t + 1) end end },
  },
  ending "end" { title = "End", text = "The end." },
}
