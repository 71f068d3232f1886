-- expect: 2: exceeded its memory limit
local function f(n) return f(n + 1) + 1 end
f(1)
return scenario {}
