-- expect: 3: 'io' is not available in scenarios
-- Writing a file: io is never opened, whatever the mode or path.
local f = io.open("rjsim-hostile-written.txt", "w")
f:write("escaped")
return scenario {}
