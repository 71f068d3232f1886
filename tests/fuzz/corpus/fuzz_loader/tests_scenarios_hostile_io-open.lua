-- expect: 2: 'io' is not available in scenarios
local f = io.open("/etc/passwd")
return scenario {}
