-- expect: 4: attempt to index a nil value (global 'io')
-- Taking away the globals' strict metatable: io is absent, not hidden.
setmetatable(_G, nil)
io.open("rjsim-hostile-written.txt", "w")
return scenario {}
