-- expect: 3: 'debug' is not available in scenarios
local mt = getmetatable("")
local d = debug.getinfo(1)
return scenario {}
