-- expect: 8: the scenario takes more than 64 MB once loaded
-- Lua shares one 2 MB string between a hundred choices; the loaded scenario would copy it
-- two hundred times (400 MB). Loading stops past 64 MB.
local big = string.rep("x", 2000000)
local a = { text = big }
for i = 1, 100 do a[i] = choice { big, to = "end", feedback = big } end

return scenario {
  id = "broken", version = 1, title = "Broken", role = "officer",
  summary = "s", minutes = 1, modelled_on = "a test",
  start = "a",
  scene "a" (a),
  ending "end" { title = "End", text = "The end." },
}
