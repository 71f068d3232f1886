-- expect: 3: test 'set': set: 'asked' is a boolean variable
return {
  test "set" { start = "inside", set = { asked = "yes" }, auto = "best", expect = { ending = "left" } },
}
