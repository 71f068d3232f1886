-- expect: 3: test 'range': overall must be a number or { min, max } with min <= max, e.g. { 85, 100 }
return {
  test "range" { auto = "best", expect = { overall = { 100, 80 } } },
}
