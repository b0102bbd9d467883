#!/usr/bin/env bash
# Slot search against the service's own ceiling, on loopback, from a fresh clone with one command:
#   bench/run.sh
# Builds the jar for PostgreSQL, starts it on a fresh database, seeds a benchmark clinic, drives load
# with wrk and prints requests/s, p50 and p99 of each scenario, also as a ratio to the ceiling.
# Settings (environment): those of bench/lib.sh, and BENCH_PAST (10000) and BENCH_FUTURE (500)
# appointments seeded first, BENCH_HISTORY (1000000) past appointments for the last scenario.
set -euo pipefail

cd "$(dirname "$0")/.."
PAST=${BENCH_PAST:-10000}
FUTURE=${BENCH_FUTURE:-500}
HISTORY=${BENCH_HISTORY:-1000000}
. bench/lib.sh

bench_build
bench_start

echo "Seeding 5 practitioners, $PAST past and $FUTURE future appointments"
"${PSQL[@]}" -d "$DB" -v past="$PAST" -v future="$FUTURE" -f bench/seed.sql
TOMORROW=$(TZ=America/New_York date -d tomorrow +%F)
WEEK="$BASE/api/v1/slots?service=bench-visit&from=$TOMORROW&to=$(TZ=America/New_York date -d '+7 days' +%F)"
MONTH="$BASE/api/v1/slots?service=bench-visit&from=$TOMORROW&to=$(TZ=America/New_York date -d '+31 days' +%F)"
CLINIC="$BASE/api/v1/clinic"
echo "A 7-day answer: $(curl -sf "$WEEK" | grep -o '"start"' | wc -l) slots, $(curl -sf "$WEEK" | wc -c) bytes;" \
     "31 days: $(curl -sf "$MONTH" | grep -o '"start"' | wc -l) slots, $(curl -sf "$MONTH" | wc -c) bytes"

LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
echo "Warming up (${WARMUP}s per endpoint), then ${SECONDS_EACH}s per scenario"
for url in "$CEILING" "$CLINIC" "$WEEK" "$MONTH"; do bench_warm "$url"; done
declare -A RESULT
RESULT[ceiling]=$(bench_measure "$CEILING")
RESULT[clinic]=$(bench_measure "$CLINIC")
RESULT[week]=$(bench_measure "$WEEK")
RESULT[month]=$(bench_measure "$MONTH")
echo "Adding past appointments up to $HISTORY in all"
"${PSQL[@]}" -d "$DB" -v past="$((HISTORY - PAST))" -f bench/history.sql
bench_warm "$WEEK"
RESULT[history]=$(bench_measure "$WEEK")
RESULT[ceiling_after]=$(bench_measure "$CEILING")

# The machine is shared: the ceiling is measured before and after, and ratios use the mean.
read -r before_rps _ <<< "${RESULT[ceiling]}"
read -r after_rps _ <<< "${RESULT[ceiling_after]}"
ceiling_rps=$(( (before_rps + after_rps) / 2 ))
{
    echo "| Scenario | Requests/s | p50 (ms) | p99 (ms) | Throughput vs ceiling |"
    echo "|---|---:|---:|---:|---:|"
    for scenario in ceiling ceiling_after clinic week month history; do
        read -r rps p50 p99 _ <<< "${RESULT[$scenario]}"
        case $scenario in
            ceiling) name="Ceiling: GET /q/health/live (before)" ;;
            ceiling_after) name="Ceiling: GET /q/health/live (after)" ;;
            clinic) name="Reference: GET /api/v1/clinic (one primary-key read)" ;;
            week) name="Slots, 7 days" ;;
            month) name="Slots, 31 days" ;;
            history) name="Slots, 7 days, $HISTORY past appointments" ;;
        esac
        echo "| $name | $rps | $p50 | $p99 | $(bench_ratio "$rps" "$ceiling_rps") |"
    done
    read -r week_rps _ week_p99 _ <<< "${RESULT[week]}"
    read -r _ _ month_p99 _ <<< "${RESULT[month]}"
    read -r history_rps _ history_p99 _ <<< "${RESULT[history]}"
    echo
    awk -v w="$week_rps" -v c="$ceiling_rps" -v wp="$week_p99" -v mp="$month_p99" -v hr="$history_rps" -v hp="$history_p99" 'BEGIN {
        printf "- Ceiling: mean of before and after, %d requests/s\n", c
        printf "- 7-day throughput: %.1f %% of the ceiling (target >= 25 %%)\n", 100 * w / c
        printf "- 31-day p99 / 7-day p99: %.2f (target <= 3)\n", mp / wp
        printf "- 7-day p99 with history / without: %.2f; throughput %.2f of the empty-history run (target within 1.5x)\n", hp / wp, hr / w
    }'
    echo
    echo "$(bench_machine);" \
         "wrk -t1 -c$CONNECTIONS, ${SECONDS_EACH}s per scenario after ${WARMUP}s of warm-up per endpoint; $PAST past and $FUTURE future appointments seeded;" \
         "load average $LOAD_BEFORE before, $(cut -d' ' -f1 /proc/loadavg) after."
} | tee "$OUT/results.md"
