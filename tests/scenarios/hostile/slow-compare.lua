-- expect: 5: instruction budget exceeded
-- One comparison of two 2 MB strings is one instruction: counting instructions alone
-- would let this run for hours; processor time ends it.
local a, b = string.rep("x", 2000000), string.rep("x", 2000000)
while true do local lt = a < b end
return scenario {}
