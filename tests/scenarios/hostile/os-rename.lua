-- expect: 3: 'os' is not available in scenarios
-- Moving a file out of the way, through a relative path that climbs out.
os.rename("sentinel.txt", "../../rjsim-hostile-moved.txt")
return scenario {}
