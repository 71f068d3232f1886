-- expect: 3: attempt to call a nil value (field 'dump')
-- Making bytecode to load: string.dump is removed.
local bytes = string.dump(function() return 1 end)
return scenario {}
