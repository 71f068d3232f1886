-- expect-run: 8: attempt to index a boolean value (local 'mt')
-- The variables' metatable is protected: getmetatable gives false.
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = "x",
    choice { "Go", to = "end", when = function(v) local mt = getmetatable(v) return mt.__index ~= nil end },
  },
  ending "end" { title = "End", text = "The end." },
}
