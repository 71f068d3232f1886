-- expect: 4: test 'same': another test has this name (line 3): give each test its own name
return {
  test "same" { auto = "best", expect = { band = "top" } },
  test "same" { auto = "worst", expect = { band = "low" } },
}
