-- wrk script: POSTs a session log with a fresh idempotency id each time, for a random member of
-- the seeded gym. Env: RUN (unique per run), PERFORMED_AT, MEMBERS.
local run = os.getenv("RUN") or tostring(os.time())
local performed = os.getenv("PERFORMED_AT")
local members = tonumber(os.getenv("MEMBERS") or "10000")
local counter = 0
math.randomseed(os.time())
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  counter = counter + 1
  local member = "member-" .. math.random(0, members - 1)
  local body = string.format(
    '{"clientSessionId":"%s-%d","performedAt":"%s","exercises":[{"exerciseId":"glute-bridge","done":true,"sets":2,"reps":10},{"exerciseId":"bird-dog","done":false}],"rpe":5,"painDuring":2}',
    run, counter, performed)
  local path = wrk.path:gsub("{member}", member)
  return wrk.format(nil, path, nil, body)
end
