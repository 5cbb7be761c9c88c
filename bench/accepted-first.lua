-- wrk -s bench/accepted-first.lua: each connection's first request waits WARM_MS (2000) before it is
-- sent, so the server accepts every connection while idle and the run then measures the closed loop
-- alone. Before lib/wiring/request-turns.ts, connections still in the server's accept queue when the
-- loop saturated waited seconds to be accepted (Node accepts one connection per event-loop turn;
-- docs/operations.md, "Where wrk's closed-loop tail comes from"), and wrk counted that wait in their
-- first request: the two runs agreeing shows it no longer happens.
-- wrk calls delay() for each connection's first request as it connects, all at start, so a thread's
-- first WARM_CONNECTIONS calls (its share of -c) are the first requests; wrk starts each latency
-- when the request is sent, after the delay.
local warm_ms = tonumber(os.getenv("WARM_MS") or "2000")
local per_thread = tonumber(os.getenv("WARM_CONNECTIONS") or "100")
local calls = 0
delay = function()
  calls = calls + 1
  if calls <= per_thread then return warm_ms end
  return 0
end
