-- expect: 4: exceeded its memory limit
-- A table that doubles its length on every pass (table.move copies it onto its own end).
local t = { 1 }
while true do table.move(t, 1, #t, #t + 1) end
return scenario {}
