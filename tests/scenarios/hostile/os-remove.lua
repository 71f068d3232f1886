-- expect: 3: 'os' is not available in scenarios
-- Removing one of the user's files.
os.remove("sentinel.txt")
return scenario {}
