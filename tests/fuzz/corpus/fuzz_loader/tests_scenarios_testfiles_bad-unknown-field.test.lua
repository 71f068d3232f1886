-- expect: 3: test 'typo': unknown field 'expected' in the test (did you mean 'expect'?)
return {
  test "typo" {
    choices = "1,1", expected = { ending = "left" },
    expect = { ending = "left" },
  },
}
