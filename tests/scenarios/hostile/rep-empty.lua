-- expect: 4: still running: 0
-- string.rep copies the empty string n times: Lua alone would loop for centuries here.
local s = string.rep("", math.maxinteger) .. string.rep("", math.maxinteger, "")
error("still running: " .. #s)
