-- expect: 3: 'debug' is not available in scenarios
-- Reaching the registry, where the engine keeps its references.
local registry = debug.getregistry()
return scenario {}
