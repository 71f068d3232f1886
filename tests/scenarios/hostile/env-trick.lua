-- expect: 4: 'io' is not available in scenarios
-- A fresh _ENV that falls back to the globals finds nothing more in them.
local _ENV = setmetatable({}, { __index = _G })
io.write("escaped")
return scenario {}
