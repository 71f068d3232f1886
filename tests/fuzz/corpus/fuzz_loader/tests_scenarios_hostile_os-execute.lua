-- expect: 2: 'os' is not available in scenarios
os.execute("touch /tmp/rjsim-escaped")
return scenario {}
