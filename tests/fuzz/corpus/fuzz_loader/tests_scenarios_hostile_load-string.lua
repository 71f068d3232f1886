-- expect: 2: 'load' is not available in scenarios
local f = load("return 1")
return scenario {}
