-- expect: 3: table.insert over 1099511627776 elements
-- A __len that lies makes table.insert shift elements that are not there.
table.insert(setmetatable({}, { __len = function() return 1 << 40 end }), 1, "x")
return scenario {}
