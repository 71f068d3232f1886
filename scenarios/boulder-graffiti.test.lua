-- Expected playthroughs of boulder-graffiti.lua, run by make test and by
--   rjsim test scenarios/boulder-graffiti.lua
-- The most and least restorative paths come from the explorer (auto = "best" / "worst"),
-- so these tests hold when scenes and choices are reordered. The format is described in
-- docs/authoring.md, "Test files".
return {
  test "the most restorative path is exemplary" {
    auto = "best", seeds = { 1, 2, 3 },
    expect = { band = "exemplary", violations = 0 },
  },
  test "the least restorative path needs work and breaks a safeguard" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { band = "needs_work", violations = { 1, 20 } },
  },
  test "where the most restorative path ends" {
    auto = "best", seeds = { 1, 2, 3 },
    expect = { ending = "no-charge" },
  },
  test "where the least restorative path ends" {
    auto = "worst", seeds = { 1, 2, 3 },
    expect = { ending = { "repair-without-meeting", "court-fine" } },
  },
}
