-- expect: 3: 'dofile' is not available in scenarios
-- Running another file.
dofile("/etc/passwd")
return scenario {}
