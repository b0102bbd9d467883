#!/usr/bin/env bash
# Random slot questions against the static answer, for comparing builds back to back (e.g. the commit
# before a change and after it):
#   bench/random-ab.sh DIR...
# DIR is a packaged H2 benchmark build (target/bench/bench-app-h2, copied aside: ./mvnw -Pbench package
# -Dmaven.test.skip=true, as bench/lib.sh's bench_build does). Each is started alone with -Xmx128m on a
# fresh H2 data directory (the demo clinic), warmed up for 10 s on the static answer and 10 s on
# bench/random-slots.lua, then measured static, random, static, random for BENCH_SECONDS (15) each with
# wrk -t1 -c16. Prints per window: requests/s, wrk's Transfer/sec, answers computed
# (clinic_slot_answers_total{source="computed"}: at least one day computed; and the days computed, where the build
# counts them) and the service's CPU ms per request and per computed answer.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
secs=${BENCH_SECONDS:-15}
data=bench/out/ab-data
export BENCH_SERVICES=new-patient-exam,follow-up-adjustment,infant-child-visit,pregnancy-care,cranial-tmj-session
export BENCH_FROM=$(TZ=America/New_York date -d tomorrow +%F)
for app in "$@"; do
    rm -rf "$data"
    java -Xmx128m -Dquarkus.http.port="$PORT" -Dclinic.data-dir="$data" -Dquarkus.log.level=WARN \
        -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$PWD/$data/clinic;WRITE_DELAY=0;LOCK_TIMEOUT=10000" \
        -jar "$app/quarkus-run.jar" > bench/out/ab-service.log 2>&1 &
    pid=$!
    for _ in $(seq 1 1200); do curl -sf "$BASE/q/health/ready" > /dev/null && break; sleep 0.1; done
    static=$BASE/bench-static/45056.json
    curl -sf "$static" > /dev/null || { echo "$app does not serve $static (a -Pbench build?)" >&2; kill "$pid"; exit 1; }
    wrk -t1 -c16 -d10s "$static" > /dev/null
    wrk -t1 -c16 -d10s -s bench/random-slots.lua "$BASE" > /dev/null
    for scenario in static random static random; do
        read -r c0 _ <<< "$(bench_slot_counts answers)"; read -r d0 _ <<< "$(bench_slot_counts days)"; t0=$(bench_cpu_ms "$pid")
        if [ "$scenario" = static ]; then wrk -t1 -c16 -d"${secs}s" "$static" > bench/out/ab-wrk.txt
        else wrk -t1 -c16 -d"${secs}s" -s bench/random-slots.lua "$BASE" > bench/out/ab-wrk.txt; fi
        t1=$(bench_cpu_ms "$pid"); read -r c1 _ <<< "$(bench_slot_counts answers)"; read -r d1 _ <<< "$(bench_slot_counts days)"
        n=$(awk '/ requests in / {print $1}' bench/out/ab-wrk.txt)
        echo "$app $scenario: $(awk '/Requests\/sec/ {print $2}' bench/out/ab-wrk.txt) requests/s," \
             "$(awk '/Transfer\/sec/ {print $2}' bench/out/ab-wrk.txt)/s, $((c1 - c0)) of $n answers with a day computed${d1:+ ($((d1 - d0)) days computed)}," \
             "$(awk -v a="$t0" -v b="$t1" -v n="$n" 'BEGIN {printf "%.3f", (b - a) / n}') CPU ms per request," \
             "$(awk -v a="$t0" -v b="$t1" -v n="$((c1 - c0))" 'BEGIN {printf "%.3f", n ? (b - a) / n : 0}') per computed answer;" \
             "load $(cut -d' ' -f1 /proc/loadavg)"
    done
    kill "$pid"; wait "$pid" 2> /dev/null || true
done
