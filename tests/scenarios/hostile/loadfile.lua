-- expect: 3: 'loadfile' is not available in scenarios
-- Loading another file (or a precompiled one) as code.
local f = loadfile("rubric.lua", "b")
return scenario {}
