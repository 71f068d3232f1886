-- expect-run: 8: string.gmatch with this pattern on a text of 100000 bytes
-- The same in a condition, through gmatch.
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = "x",
    choice { "Go", to = "end", when = function(v) for w in string.rep("a", 100000):gmatch("a*a*a*b") do end return true end },
  },
  ending "end" { title = "End", text = "The end." },
}
