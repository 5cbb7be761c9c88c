-- wrk -s bench/distinct-urls.lua: every request asks for the path given on wrk's command line with a
-- parameter no page reads and no other request carries, so no two requests share a cached page or a
-- render (each wrk thread has its own counter; the random part keeps the threads apart).
local n = 0
local tag = tostring(math.random(1, 1000000000))
local base = nil
request = function()
  base = base or wrk.path
  n = n + 1
  local sep = string.find(base, "?", 1, true) and "&" or "?"
  return wrk.format(nil, base .. sep .. "bench=" .. tag .. "-" .. tostring(n))
end
