-- expect: 3: test 'ids': choices: 'knock' is not a choice of this scenario
return {
  test "ids" { choices = { "ask", "knock" }, expect = { ending = "left" } },
}
