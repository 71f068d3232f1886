-- expect: 3: test 'how': say how to play: choices = "2,1,3" (or a list of choice ids), or auto = "best" or "worst"
return {
  test "how" { expect = { ending = "left" } },
}
