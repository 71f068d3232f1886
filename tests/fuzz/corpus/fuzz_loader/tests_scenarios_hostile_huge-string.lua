-- expect: 2: exceeded its memory limit
local s = string.rep("x", 100 * 1000 * 1000)
return scenario {}
