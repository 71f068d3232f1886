-- expect: 3: '__gc' is not available in scenarios
-- Lua runs finalizers with hooks off: an endless loop in one would escape the budget.
setmetatable({}, { __gc = function() while true do end end })
return scenario {}
