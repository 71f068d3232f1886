-- expect: 0: the file must end with: return scenario { ... }
local s = scenario { id = "x" }
