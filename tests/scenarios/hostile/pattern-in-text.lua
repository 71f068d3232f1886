-- expect-run: 7: string.match with this pattern on a text of 5000 bytes
-- Catastrophic backtracking in a text function.
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = function(v) return string.rep("a", 5000):match(string.rep("a-", 8) .. "b") or "no" end,
    choice { "Go", to = "end" },
  },
  ending "end" { title = "End", text = "The end." },
}
