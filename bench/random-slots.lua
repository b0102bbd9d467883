-- wrk script for bench/run.sh: slot searches of random questions, so that most answers are computed
-- rather than reused from SlotAnswers. Each request draws a service (BENCH_SERVICES, comma-separated), a
-- first day (0 to 29 days after BENCH_FROM, a clinic-local date), a number of days (1 to 31, so within the
-- 60-day booking horizon of both benchmark clinics) and the zone the patient reads the times in (one of 24).
-- That is 30 × 31 × 24 = 22,320 questions per service; an answer is kept at most 2 s
-- (clinic.held-time.max-age), so at a few thousand searches per second most are computed. The service
-- counts which (clinic_slot_answers_total{source}); bench/run.sh prints the share.
local services = {}
for service in string.gmatch(os.getenv("BENCH_SERVICES"), "[^,]+") do services[#services + 1] = service end
local y, m, d = string.match(os.getenv("BENCH_FROM"), "^(%d+)-(%d+)-(%d+)$")
-- Noon UTC of the first day: adding whole days never crosses a date boundary.
local base = os.time({year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12})
local zones = {"America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
               "America/Anchorage", "Pacific/Honolulu", "America/Halifax", "America/St_Johns", "America/Mexico_City",
               "America/Bogota", "America/Sao_Paulo", "Atlantic/Azores", "Europe/London", "Europe/Madrid",
               "Europe/Athens", "Africa/Nairobi", "Asia/Dubai", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Shanghai",
               "Asia/Tokyo", "Australia/Adelaide", "Australia/Sydney"}

local function day(offset)
    return os.date("%Y-%m-%d", base + offset * 86400)
end

local seeded = false
function request()
    if not seeded then
        math.randomseed(os.time() + math.floor(os.clock() * 1000000))
        seeded = true
    end
    local first = math.random(0, 29)
    local days = math.random(1, 31)
    local path = "/api/v1/slots?service=" .. services[math.random(#services)] .. "&from=" .. day(first)
        .. "&to=" .. day(first + days - 1) .. "&tz=" .. zones[math.random(#zones)]
    return wrk.format("GET", path)
end
