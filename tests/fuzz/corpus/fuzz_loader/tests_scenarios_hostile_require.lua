-- expect: 2: 'require' is not available in scenarios
local m = require("os")
return scenario {}
