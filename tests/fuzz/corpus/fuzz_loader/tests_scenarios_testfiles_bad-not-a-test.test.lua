-- expect: 0: item 2 of the list is not a test "name" { ... }
return {
  test "fine" { auto = "best", expect = { band = "top" } },
  { auto = "worst", expect = { band = "low" } },
}
