-- expect: 4: instruction budget exceeded
-- Catching memory errors does not let a loop run on: the budget still ends it.
local t = {}
while true do pcall(function() t[#t + 1] = string.rep("x", 1000000) end) end
return scenario {}
