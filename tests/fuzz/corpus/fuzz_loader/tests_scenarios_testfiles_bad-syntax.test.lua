-- expect: 4: '}' expected (to close '{' at line 2) near 'test'
return {
  test "one" { auto = "best", expect = { band = "top" } }
  test "two" { auto = "worst", expect = { band = "low" } },
}
