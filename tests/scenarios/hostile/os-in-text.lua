-- expect-run: 7: 'os' is not available in scenarios
-- A text function that runs a command.
return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a", vars = { n = 0 },
  scene "a" { text = function(v) os.execute("touch rjsim-hostile-escaped") return "x" end,
    choice { "Go", to = "end" },
  },
  ending "end" { title = "End", text = "The end." },
}
