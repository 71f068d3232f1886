-- expect: 4: attempt to call a nil value (local 'f')
-- The loaders are gone from the globals, not just hidden by their metatable.
local f = rawget(_G, "load") or rawget(_G, "loadstring") or rawget(_G, "dofile")
f("return 1")
return scenario {}
