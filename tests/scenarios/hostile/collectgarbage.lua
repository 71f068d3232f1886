-- expect: 3: 'collectgarbage' is not available in scenarios
-- Stopping the collector, to run memory up unchecked.
collectgarbage("stop")
return scenario {}
