-- expect-run: 9: instruction budget exceeded
-- pcall catches the budget error, but once the budget is spent every instruction raises
-- it again.
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = "x",
    choice { "Go", to = "end", when = function(v) while true do pcall(function() while true do end end) end end },
  },
  ending "end" { title = "End", text = "The end." },
}
