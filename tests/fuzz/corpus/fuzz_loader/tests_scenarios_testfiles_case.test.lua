-- Expected playthroughs of case.lua: each must pass (tests/cli/test_authoring.py).
return {
  test "the most restorative path" {
    auto = "best", seeds = { 1, 2, 3 },
    expect = { band = "top", violations = 0, decisions = 2 },
  },
  test "the least restorative path" {
    auto = "worst",
    expect = { ending = "left", band = "low", violations = { "s1" }, overall = 0 },
  },
  test "ask, then talk, by id" {
    choices = { "ask", "talk" }, seed = 4,
    expect = { ending = { "agreement", "no-agreement" }, scores = { a = 100, b = { 100, 100 } } },
  },
  test "push, then stop" {
    choices = "2",
    expect = { stops_at = "inside", violations = { 1, 1 } },
  },
  test "from inside, having asked" {
    start = "inside", set = { asked = true }, choices = "2",
    expect = { ending = "left", violations = {} },
  },
}
