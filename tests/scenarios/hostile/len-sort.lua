-- expect: 3: table.sort over
-- Or makes table.sort sort two billion absent elements.
table.sort(setmetatable({}, { __len = function() return 2000000000 end }))
return scenario {}
