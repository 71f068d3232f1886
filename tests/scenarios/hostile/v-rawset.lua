-- expect-run: 8: bad argument #1 to 'rawset' (table expected, got userdata)
-- rawset on v would store a value that shadows the variable in every later call.
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = "x",
    choice { "Go", to = "end", when = function(v) rawset(v, "n", 5) return v.n == 5 end },
  },
  ending "end" { title = "End", text = "The end." },
}
