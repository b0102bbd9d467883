#!/usr/bin/env bash
# Slot search against the service's own ceiling, on loopback, from a fresh clone with one command:
#   bench/run.sh
# Builds the jar for PostgreSQL, starts it on a fresh database, seeds a benchmark clinic, drives load
# with wrk and prints requests/s, p50 and p99 of each scenario, also as a ratio to the ceiling.
# Settings (environment): BENCH_DB (clinic_bench), BENCH_PORT (8189), BENCH_PAST (10000) and
# BENCH_FUTURE (500) appointments seeded first, BENCH_HISTORY (1000000) past appointments for the last
# scenario, BENCH_SECONDS (20) per scenario after BENCH_WARMUP (10), BENCH_CONNECTIONS (16).
set -euo pipefail

cd "$(dirname "$0")/.."
DB=${BENCH_DB:-clinic_bench}
PORT=${BENCH_PORT:-8189}
PAST=${BENCH_PAST:-10000}
FUTURE=${BENCH_FUTURE:-500}
HISTORY=${BENCH_HISTORY:-1000000}
SECONDS_EACH=${BENCH_SECONDS:-20}
WARMUP=${BENCH_WARMUP:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
OUT=bench/out
export PGOPTIONS=--client-min-messages=warning
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"

command -v wrk > /dev/null || { echo "Installing wrk"; apt-get install -y wrk > /dev/null 2>&1 || { apt-get update > /dev/null; apt-get install -y wrk > /dev/null; }; }
command -v psql > /dev/null || { echo "psql is needed, with PostgreSQL on 127.0.0.1:5432" >&2; exit 1; }

echo "Building the service for PostgreSQL"
./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql \
    -Dquarkus.package.output-directory=bench-app -Dquarkus.smallrye-openapi.store-schema-directory=target/bench-app
JAR=target/bench-app/quarkus-run.jar

"${PSQL[@]}" -c "drop database if exists $DB" -c "create database $DB"
SERVICE_PID=
cleanup() {
    if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2> /dev/null && wait "$SERVICE_PID" 2> /dev/null || true; fi
    [ -n "${BENCH_KEEP_DB:-}" ] || "${PSQL[@]}" -c "drop database if exists $DB" 2> /dev/null || true
}
trap cleanup EXIT

java -Xmx1g -Dquarkus.http.port="$PORT" -Dclinic.data-dir="$OUT/data" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$DB" -Dquarkus.datasource.username=postgres \
    -Dquarkus.log.level=WARN -jar "$JAR" > "$OUT/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 60); do
    curl -sf "$BASE/q/health/ready" > /dev/null && break
    kill -0 "$SERVICE_PID" 2> /dev/null || { cat "$OUT/service.log" >&2; exit 1; }
    sleep 1
done

echo "Seeding 5 practitioners, $PAST past and $FUTURE future appointments"
"${PSQL[@]}" -d "$DB" -v past="$PAST" -v future="$FUTURE" -f bench/seed.sql
TOMORROW=$(TZ=America/New_York date -d tomorrow +%F)
WEEK="$BASE/api/v1/slots?service=bench-visit&from=$TOMORROW&to=$(TZ=America/New_York date -d '+7 days' +%F)"
MONTH="$BASE/api/v1/slots?service=bench-visit&from=$TOMORROW&to=$(TZ=America/New_York date -d '+31 days' +%F)"
CEILING="$BASE/q/health/live"
CLINIC="$BASE/api/v1/clinic"
echo "A 7-day answer: $(curl -sf "$WEEK" | grep -o '"start"' | wc -l) slots, $(curl -sf "$WEEK" | wc -c) bytes;" \
     "31 days: $(curl -sf "$MONTH" | grep -o '"start"' | wc -l) slots, $(curl -sf "$MONTH" | wc -c) bytes"

# Prints "requests/s p50-ms p99-ms" for a URL; fails on any non-2xx answer.
measure() {
    wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$1" > "$OUT/wrk.txt"
    if grep -q "Non-2xx" "$OUT/wrk.txt"; then cat "$OUT/wrk.txt" >&2; exit 1; fi
    awk '/Requests\/sec/ {rps = $2}
         function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
         $1 == "50%" {p50 = ms($2)} $1 == "99%" {p99 = ms($2)}
         END {printf "%.0f %.2f %.2f\n", rps, p50, p99}' "$OUT/wrk.txt"
}

LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
echo "Warming up (${WARMUP}s per endpoint), then ${SECONDS_EACH}s per scenario"
for url in "$CEILING" "$CLINIC" "$WEEK" "$MONTH"; do wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "$url" > /dev/null; done
declare -A RESULT
RESULT[ceiling]=$(measure "$CEILING")
RESULT[clinic]=$(measure "$CLINIC")
RESULT[week]=$(measure "$WEEK")
RESULT[month]=$(measure "$MONTH")
echo "Adding past appointments up to $HISTORY in all"
"${PSQL[@]}" -d "$DB" -v past="$((HISTORY - PAST))" -f bench/history.sql
wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "$WEEK" > /dev/null
RESULT[history]=$(measure "$WEEK")
RESULT[ceiling_after]=$(measure "$CEILING")

# The machine is shared: the ceiling is measured before and after, and ratios use the mean.
read -r before_rps _ _ <<< "${RESULT[ceiling]}"
read -r after_rps _ _ <<< "${RESULT[ceiling_after]}"
ceiling_rps=$(( (before_rps + after_rps) / 2 ))
{
    echo "| Scenario | Requests/s | p50 (ms) | p99 (ms) | Throughput vs ceiling |"
    echo "|---|---:|---:|---:|---:|"
    for scenario in ceiling ceiling_after clinic week month history; do
        read -r rps p50 p99 <<< "${RESULT[$scenario]}"
        case $scenario in
            ceiling) name="Ceiling: GET /q/health/live (before)" ;;
            ceiling_after) name="Ceiling: GET /q/health/live (after)" ;;
            clinic) name="Reference: GET /api/v1/clinic (one primary-key read)" ;;
            week) name="Slots, 7 days" ;;
            month) name="Slots, 31 days" ;;
            history) name="Slots, 7 days, $HISTORY past appointments" ;;
        esac
        echo "| $name | $rps | $p50 | $p99 | $(awk -v a="$rps" -v b="$ceiling_rps" 'BEGIN {printf "%.1f %%", 100 * a / b}') |"
    done
    read -r _ _ week_p99 <<< "${RESULT[week]}"
    read -r week_rps _ _ <<< "${RESULT[week]}"
    read -r _ _ month_p99 <<< "${RESULT[month]}"
    read -r history_rps _ history_p99 <<< "${RESULT[history]}"
    echo
    awk -v w="$week_rps" -v c="$ceiling_rps" -v wp="$week_p99" -v mp="$month_p99" -v hr="$history_rps" -v hp="$history_p99" 'BEGIN {
        printf "- Ceiling: mean of before and after, %d requests/s\n", c
        printf "- 7-day throughput: %.1f %% of the ceiling (target >= 25 %%)\n", 100 * w / c
        printf "- 31-day p99 / 7-day p99: %.2f (target <= 3)\n", mp / wp
        printf "- 7-day p99 with history / without: %.2f; throughput %.2f of the empty-history run (target within 1.5x)\n", hp / wp, hr / w
    }'
    echo
    echo "$(date -u +%F), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GiB;" \
         "wrk -t1 -c$CONNECTIONS, ${SECONDS_EACH}s per scenario after ${WARMUP}s of warm-up per endpoint; $PAST past and $FUTURE future appointments seeded;" \
         "load average $LOAD_BEFORE before, $(cut -d' ' -f1 /proc/loadavg) after."
} | tee "$OUT/results.md"
