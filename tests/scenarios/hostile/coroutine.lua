-- expect: 3: 'coroutine' is not available in scenarios
-- Coroutines are not part of the scenario language.
local co = coroutine.create(function() end)
return scenario {}
