-- expect: 4: attempt to call a nil value (local 'dump')
-- The strings' metatable leads to the same string table, without dump.
local dump = getmetatable("").__index.dump
local bytes = dump(print)
return scenario {}
