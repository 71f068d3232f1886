-- expect: 3: test 'ending': ending: 'dismissed' is not an ending of this scenario
return {
  test "ending" { auto = "best", expect = { ending = "dismissed" } },
}
