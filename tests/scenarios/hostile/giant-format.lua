-- expect: 4: exceeded its memory limit
-- string.format joining four 1 MB strings: past the 2.5 MB that one string may take.
local big = string.rep("x", 1000000)
local s = string.format("%s%s%s%s", big, big, big, big)
return scenario {}
