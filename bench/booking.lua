-- wrk script for bench/booking.sh: POSTs appointment requests for the slots listed in the file
-- BENCH_SLOTS ("practitioner start" lines), one after the other; with BENCH_SAME=N each slot is
-- asked for N times in a row, so that concurrent requests race for it. Where the previous wrk run
-- (the warm-up) stopped is kept in BENCH_STATE, so that the measured run asks for fresh slots. Every
-- request carries an Idempotency-Key of its own, as the booking widget sends one, and a patient address
-- that can receive mail (not at a reserved example domain), so that the booking writes its email to the
-- outbox as a real one does (the benchmark build never sends it: clinic.mail.enabled is false).
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

-- Keys stay distinct across the runs of one benchmark (warm-up, measurement) whatever their counters.
local run = tostring(os.time())
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
            .. '"patient":{"firstName":"Bench","lastName":"Patient","email":"bench%d@clinicbook-bench.net","phone":"+1 555 010 0000"},'
            .. '"newPatient":false,"consentToContact":true}', slot[1], slot[2], counter)
    wrk.headers["Idempotency-Key"] = string.format("bench-%d-%s", counter, run)
    return wrk.format(nil, "/api/v1/appointments", nil, body)
end

-- Answers by status, written to BENCH_STATE.status as "201 n", "409 n", ... lines.
answers = {}
function response(status, headers, body)
    answers[status] = (answers[status] or 0) + 1
end

function done()
    local last = first
    local counts = {}
    for _, thread in ipairs(threads) do
        last = math.max(last, thread:get("counter"))
        for status, n in pairs(thread:get("answers")) do
            counts[status] = (counts[status] or 0) + n
        end
    end
    local statuses = io.open(state .. ".status", "w")
    for status, n in pairs(counts) do
        statuses:write(tostring(status), " ", tostring(n), "\n")
    end
    statuses:close()
    local out = io.open(state, "w")
    out:write(tostring(last + same), "\n")
    out:close()
end
