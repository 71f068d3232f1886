-- expect: 2: 'io' is not available in scenarios: they run in a sandbox without file, OS or module access
local f = io.open("/etc/passwd")
return {}
