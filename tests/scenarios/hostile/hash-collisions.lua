-- expect: 6: instruction budget exceeded
-- Integer keys that all fall in one hash chain: each insertion or lookup walks it, so one
-- instruction visits thousands of keys. Processor time ends it; the 2.5 MB cap on one table
-- keeps a single rehash short.
local t = {}
for j = 1, 65000 do t[j * 65535] = true end for k = 1, 1e9 do local x = t[65535] end
return scenario {}
