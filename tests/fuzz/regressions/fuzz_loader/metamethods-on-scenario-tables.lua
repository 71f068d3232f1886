-- fuzz_shapes found it: the converter read tables with lua_getfield and luaL_len, which
-- run a file's __index and __len metamethods outside any protected call, so an error in
-- one (or an endless loop stopped by the instruction budget) aborted the whole process.
local bomb = { __index = function(t, k) error("no field " .. tostring(k)) end,
               __len = function() error("no length") end }
return setmetatable(scenario {
  id = "meta", version = 1, title = "Metamethods", role = "officer", summary = "s",
  minutes = 1, modelled_on = "nothing", start = "a",
  speakers = setmetatable({}, bomb),
  figures = setmetatable({}, { __len = function() return 100000000 end }),
  scene "a" { text = "A",
    choice { "Go", to = setmetatable({}, bomb) },
    choice { "Loop", to = "b", when = setmetatable({}, { __index = function() while true do end end }) } },
  ending "b" { title = "B", text = "B", outcome = setmetatable({}, bomb) },
}, bomb)
