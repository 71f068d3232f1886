-- expect: 3: exceeded its memory limit
-- gsub making a 4 MB string out of a 1 MB one.
local s = string.rep("x", 1000000):gsub("x", "xxxx")
return scenario {}
