-- wrk script: a burst of registrations through the real HTML form handler.
--
-- Used by scripts/bench_registrations.sh; settings come from the environment:
--   BENCH_TOTAL     registrations to submit in all (split exactly between the threads)
--   BENCH_THREADS   wrk's -t (the same number)
--   BENCH_PATH      the form's path, e.g. /series/wipo-conversation/sessions/13/register
--   BENCH_COOKIE    value of the csrf cookie from a GET of the form
--   BENCH_CSRF      the form's hidden csrf field
--   BENCH_STARTED   the form's hidden started field
--   BENCH_DONE_DIR  a folder; each thread writes a file there when its quota is answered
--   BENCH_RUN       a tag that makes the email addresses unique between runs (default "b")
--
-- Every request is a POST with a unique email address (<run><thread>-<n>@example.org). Once a
-- thread has sent its quota it parks its connections (an empty request writes nothing), and
-- once every one of its requests is answered it stops. wrk itself only stops at its -d
-- deadline or on SIGINT, which the shell script sends when every thread has left its file.
--
-- done() prints machine-readable "bench ..." lines, including answers/s per 5-second window. Latency figures are wrk's (microsecond
-- histogram from the time a request is written to the time its response is complete, with
-- wrk 4's own coordinated-omission correction applied); the duration is measured here, from the
-- first request written by any thread to the last answer received by any thread.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clk_id, bench_timespec *tp);
  unsigned long pthread_self(void);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("bench_timespec")
local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) * 1000000 + math.floor(tonumber(ts.tv_nsec) / 1000)
end

-- main state: setup() and done() -------------------------------------------------------------

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  table.insert(threads, thread)
  next_id = next_id + 1
end

-- thread state: init(), request(), response() -------------------------------------------------

local function env(name, default)
  local v = os.getenv(name)
  if v == nil or v == "" then
    if default == nil then error("bench/register.lua: " .. name .. " is not set") end
    return default
  end
  return v
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- A little variety, so that the handler's normalisation and validation do real work.
local names = {
  "Ana Pérez", "Jean-Luc Écoffey", "Wanjiru Kamau", "Søren Kierkegård", "José da Silva",
  "Zoë O'Connor", "Nguyễn Thị Minh", "Marta Łukasiewicz", "Ahmed El-Sayed", "Ingrid Bjørnstad",
  "Chloé Dubois", "李小龙", "Олена Коваленко", "محمد علي", "  Mary   Smith  ",
}
local countries = { "KE", "FR", "BR", "IN", "JP", "DE", "EG", "CN", "US", "MX", "NG", "CH" }
local groups = {
  "individual", "member_state", "igo", "ngo_civil_society", "academia_research",
  "ip_professional", "enterprise_industry", "creator_artist", "media",
}
local organisations = { "", "", "WIPO", "Université de Genève", "Kenya Copyright Board", "" }
local topics = { "", "Agents and inventorship", "Agents and copyright", "Agents in IP offices" }

function init(args)
  -- `id` was set by setup() in this thread's state before init() runs. init() runs on wrk's
  -- main OS thread; so does the one call of request() that wrk 4 makes for the first thread to
  -- check that it returns a valid request (script_verify_request): that call sends nothing and
  -- must not be counted. Calls from the thread's own event loop come from another OS thread.
  init_os_thread = tostring(ffi.C.pthread_self())
  local threads_n = tonumber(env("BENCH_THREADS"))
  local total = tonumber(env("BENCH_TOTAL"))
  quota = math.floor(total / threads_n)
  if id <= total % threads_n then quota = quota + 1 end
  run_tag = env("BENCH_RUN", "b")
  done_dir = env("BENCH_DONE_DIR")
  path = env("BENCH_PATH")
  fixed = "csrf=" .. urlencode(env("BENCH_CSRF")) .. "&started=" .. urlencode(env("BENCH_STARTED"))
  headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "csrf=" .. env("BENCH_COOKIE"),
    ["Accept-Language"] = "en",
  }
  enc_names, enc_orgs, enc_topics = {}, {}, {}
  for i, v in ipairs(names) do enc_names[i] = urlencode(v) end
  for i, v in ipairs(organisations) do enc_orgs[i] = urlencode(v) end
  for i, v in ipairs(topics) do enc_topics[i] = urlencode(v) end

  sent, answered, ok, bad = 0, 0, 0, 0
  statuses = {}     -- status code -> count
  timeline = {}     -- monotonic second -> answers received in it
  first_sent_us, last_answer_us = 0, 0
  finished = false
end

function request()
  if tostring(ffi.C.pthread_self()) == init_os_thread then
    -- wrk's dry run (see init): a valid request that is never written.
    return wrk.format("POST", path, headers, fixed .. "&email=dry-run%40example.org")
  end
  if sent >= quota then
    -- Quota sent: park this connection until the thread's last answers arrive.
    return ""
  end
  sent = sent + 1
  local n = sent
  if first_sent_us == 0 then first_sent_us = now_us() end
  local mode = (n % 50 == 0) and "in_person" or "online"
  local body = fixed
    .. "&name=" .. enc_names[n % #enc_names + 1]
    .. "&email=" .. run_tag .. id .. "-" .. n .. "%40example.org"
    .. "&country=" .. countries[n % #countries + 1]
    .. "&stakeholder_group=" .. groups[n % #groups + 1]
    .. "&organisation=" .. enc_orgs[n % #enc_orgs + 1]
    .. "&attendance_mode=" .. mode
    .. "&language=en"
    .. "&q1=" .. enc_topics[n % #enc_topics + 1]
    .. ((n % 3 == 0) and "&list_publicly=yes" or "")
    .. "&consent=yes"
  return wrk.format("POST", path, headers, body)
end

function response(status, hdrs, body)
  local t = now_us()
  answered = answered + 1
  last_answer_us = t
  local sec = math.floor(t / 1000000)
  timeline[sec] = (timeline[sec] or 0) + 1
  statuses[status] = (statuses[status] or 0) + 1
  if status == 303 then ok = ok + 1 else bad = bad + 1 end
  if answered >= quota and not finished then
    finished = true
    local f = io.open(done_dir .. "/thread-" .. id, "w")
    if f then f:write(answered, "\n"); f:close() end
    wrk.thread:stop()
  end
end

-- main state again -------------------------------------------------------------------------

-- done() reads each thread's globals with thread:get(); the threads have ended by then. A
-- thread that did not finish (wrk's -d deadline came first) still reports what it saw.
function done(summary, latency, requests)
  local sent, answered, ok, bad, unfinished = 0, 0, 0, 0, 0
  local first, last = nil, nil
  local merged, timeline = {}, {}
  for _, t in ipairs(threads) do
    if not t:get("finished") then unfinished = unfinished + 1 end
    sent = sent + (t:get("sent") or 0)
    answered = answered + (t:get("answered") or 0)
    ok = ok + (t:get("ok") or 0)
    bad = bad + (t:get("bad") or 0)
    local f, l = t:get("first_sent_us") or 0, t:get("last_answer_us") or 0
    if f > 0 and (first == nil or f < first) then first = f end
    if l > 0 and (last == nil or l > last) then last = l end
    for code, count in pairs(t:get("statuses") or {}) do
      merged[code] = (merged[code] or 0) + count
    end
    for sec, count in pairs(t:get("timeline") or {}) do
      timeline[sec] = (timeline[sec] or 0) + count
    end
  end
  local list = {}
  for code, count in pairs(merged) do table.insert(list, code .. "=" .. count) end
  table.sort(list)
  local dur_s = (first and last and last > first) and (last - first) / 1e6 or 0
  -- Answers per second over consecutive 5-second windows from the first request (the last
  -- window is usually partial: its figure is its count divided by 5).
  local windows = {}
  if first then
    local s0 = math.floor(first / 1000000)
    local s1 = math.floor(last / 1000000)
    local w = 0
    for sec = s0, s1 do
      w = w + (timeline[sec] or 0)
      if (sec - s0) % 5 == 4 or sec == s1 then
        table.insert(windows, string.format("%.0f", w / 5))
        w = 0
      end
    end
  end
  local e = summary.errors
  io.write(string.format("bench threads_unfinished %d\n", unfinished))
  io.write(string.format("bench sent %d\n", sent))
  io.write(string.format("bench answered %d\n", answered))
  io.write(string.format("bench ok_303 %d\n", ok))
  io.write(string.format("bench non_303 %d\n", bad))
  io.write(string.format("bench statuses %s\n", (#list > 0) and table.concat(list, ",") or "-"))
  io.write(string.format("bench socket_errors connect=%d,read=%d,write=%d,timeout=%d\n",
    e.connect, e.read, e.write, e.timeout))
  io.write(string.format("bench wrk_requests %d\n", summary.requests))
  io.write(string.format("bench wrk_runtime_s %.3f\n", summary.duration / 1e6))
  io.write(string.format("bench duration_s %.3f\n", dur_s))
  io.write(string.format("bench rps %.1f\n", dur_s > 0 and answered / dur_s or 0))
  io.write(string.format("bench ok_per_s %.1f\n", dur_s > 0 and ok / dur_s or 0))
  io.write(string.format("bench latency_ms p50=%.2f p90=%.2f p99=%.2f p999=%.2f max=%.2f mean=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000, latency.mean / 1000))
  io.write(string.format("bench per_5s_window_rps %s\n", table.concat(windows, ",")))
end
