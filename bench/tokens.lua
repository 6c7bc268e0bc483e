-- wrk script: each request carries the next token of BENCH_TOKENS in turn, so the gateway's
-- per-client rate limit applies as it would to many partner apps; the catalog ignores the header.
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do tokens[#tokens + 1] = line end
local i = 0
request = function()
  i = i % #tokens + 1
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. tokens[i] })
end
