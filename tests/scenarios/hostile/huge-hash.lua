-- expect: 4: exceeded its memory limit
-- A table of a billion keys in its hash part.
local t = {}
for i = 1, 1e9 do t[i + 0.5] = i end
return scenario {}
