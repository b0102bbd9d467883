-- wrk script for bench/booking.sh: POSTs appointment requests for the slots listed in the file
-- BENCH_SLOTS ("practitioner start" lines), one after the other; with BENCH_SAME=N each slot is
-- asked for N times in a row, so that concurrent requests race for it. Where the previous wrk run
-- (the warm-up) stopped is kept in BENCH_STATE, so that the measured run asks for fresh slots.
local slots = {}
for line in io.lines(os.getenv("BENCH_SLOTS")) do
    local practitioner, start = line:match("^(%S+) (%S+)$")
    slots[#slots + 1] = {practitioner, start}
end
local same = tonumber(os.getenv("BENCH_SAME") or "1")
local state = os.getenv("BENCH_STATE")
local first = 0
local file = io.open(state, "r")
if file then
    first = tonumber(file:read("*l") or "0") or 0
    file:close()
end

local threads = {}
function setup(thread)
    thread:set("counter", first)
    table.insert(threads, thread)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
    local slot = slots[(math.floor(counter / same) % #slots) + 1]
    counter = counter + 1
    local body = string.format('{"service":"bench-visit","practitioner":"%s","start":"%s",'
            .. '"patient":{"firstName":"Bench","lastName":"Patient","email":"bench%d@example.org","phone":"+1 555 010 0000"},'
            .. '"newPatient":false,"consentToContact":true}', slot[1], slot[2], counter)
    return wrk.format(nil, "/api/v1/appointments", nil, body)
end

function done()
    local last = first
    for _, thread in ipairs(threads) do
        last = math.max(last, thread:get("counter"))
    end
    local out = io.open(state, "w")
    out:write(tostring(last + same), "\n")
    out:close()
end
