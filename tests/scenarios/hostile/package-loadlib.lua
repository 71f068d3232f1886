-- expect: 3: 'package' is not available in scenarios
-- Loading a C library.
local system = package.loadlib("libc.so.6", "system")
return scenario {}
