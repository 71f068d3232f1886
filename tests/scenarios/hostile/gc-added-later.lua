-- expect: 8: the scenario is missing required field 'id'
-- A __gc added after setmetatable is never run (Lua marks an object for finalization only
-- when its metatable is set), so closing the sandbox does not hang: the next error shows.
local mt = {}
local t = setmetatable({}, mt)
mt.__gc = function() while true do end end
t = nil
return scenario {}
