-- expect: 4: instruction budget exceeded
-- Each pass copies 2 MB and, the memory being full, collects garbage: one instruction each.
local s = string.rep("x", 2000000)
while true do local t = s .. "y" end
return scenario {}
