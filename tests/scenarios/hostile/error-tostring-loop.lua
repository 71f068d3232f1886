-- expect-run: 8: instruction budget exceeded
-- An error object whose __tostring loops, run by the engine's message handler.
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = "x",
    choice { "Go", to = "end", when = function(v) error(setmetatable({}, { __tostring = function() while true do end end })) end },
  },
  ending "end" { title = "End", text = "The end." },
}
