-- expect: 2: instruction budget exceeded
while true do end
return scenario {}
