-- expect-run: 8: bad argument #1 to 'setmetatable' (table expected, got userdata)
-- Swapping the variables' metatable, to write from a condition.
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = "x",
    choice { "Go", to = "end", when = function(v) setmetatable(v, { __newindex = rawset }) return true end },
  },
  ending "end" { title = "End", text = "The end." },
}
