-- expect: 3: test 'band': band: 'exemplary' is not a band of the rubric
return {
  test "band" { auto = "best", expect = { band = "exemplary" } },
}
