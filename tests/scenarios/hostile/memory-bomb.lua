-- expect: 4: exceeded its memory limit
local t = {}
for i = 1, 1e9 do
  t[i] = string.rep("x", 1000000) .. i
end
return scenario {}
