-- expect-run: 8: 'io' is not available in scenarios
-- A condition that writes a file each time it is asked.
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = "x",
    choice { "Go", to = "end", when = function(v) io.open("/tmp/rjsim-hostile-written.txt", "w"):write("x") return true end },
  },
  ending "end" { title = "End", text = "The end." },
}
