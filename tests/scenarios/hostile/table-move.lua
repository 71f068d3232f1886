-- expect: 3: table.move over 1000000000000000 elements
-- table.move loops in C over the range it is given, even of an empty table.
table.move({}, 1, 1e15, 2)
return scenario {}
