-- expect: 3: string.find with this pattern on a text of 40 bytes
-- Lua's matcher backtracks in C, where no hook runs: each call is charged its worst case.
local i = string.find(string.rep("a", 40), string.rep("a*", 40) .. "b")
return scenario {}
