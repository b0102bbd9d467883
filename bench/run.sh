#!/usr/bin/env bash
# Slot search against a static answer of the same size served by the same service, on loopback, from a
# fresh clone with one command:
#   bench/run.sh
# For each database (BENCH_DATABASES, default "h2 postgresql"): builds the benchmark jar for it (with
# static answers that only that build contains, see bench/lib.sh) and the bare app (bench/bare), starts
# the service with -Xmx128m on a fresh database, seeds a clinic (PostgreSQL: bench/seed.sql; H2: the
# demo clinic the service loads into an empty embedded database), drives load with wrk and prints
# requests/s, p50 and p99 of each scenario, as a ratio to the static answer nearest in size to the 7-day
# answer and to the health endpoint, the targets, and memory and start-up time against the bare app.
# Settings (environment): those of bench/lib.sh, and BENCH_DATABASES, BENCH_PAST (10000) and BENCH_FUTURE
# (500) appointments seeded first (PostgreSQL), BENCH_HISTORY (1000000) past appointments for the
# history scenario, BENCH_H2_SERVICE (follow-up-adjustment: the demo service searched on H2).
set -euo pipefail

cd "$(dirname "$0")/.."
PAST=${BENCH_PAST:-10000}
FUTURE=${BENCH_FUTURE:-500}
HISTORY=${BENCH_HISTORY:-1000000}
H2_SERVICE=${BENCH_H2_SERVICE:-follow-up-adjustment}
. bench/lib.sh
: > "$OUT/service.log"
: > "$OUT/bare.log"

# Runs SQL file $1 against the H2 database of the running service (over its AUTO_SERVER port).
h2_sql() {
    java -cp "$(ls target/bench/bench-app-h2/lib/main/com.h2database.h2-*.jar)" org.h2.tools.RunScript \
        -url "$(bench_jdbc_url h2)" -user sa -script "$1"
}

# Adds past appointments on H2 until there are $1 in all, $2 at a time.
h2_history() {
    local sql="$OUT/history-h2.sql" done=0
    while (( done < $1 )); do
        sed -e "s/:past/$2/g" bench/history-h2.sql > "$sql"
        h2_sql "$sql"
        done=$(( done + $2 ))
    done
}

# bench_measure, with the service's CPU milliseconds per request over the measured window and the bytes
# per second wrk received (headers included) appended.
measure_cpu() {
    local before after result
    before=$(bench_cpu_ms "$SERVICE_PID")
    result=$(bench_measure "$@")
    after=$(bench_cpu_ms "$SERVICE_PID")
    echo "$result $(awk -v a="$before" -v b="$after" -v n="${result##* }" 'BEGIN {printf "%.3f", (b - a) / n}') $(bench_bytes_per_second)"
}

# The random questions of bench/random-slots.lua (services $1, comma-separated, first days from $2): the
# fields of measure_cpu, then, in the measured window, the answers with a day computed, the service's CPU
# milliseconds per such answer, and the days computed and reused.
measure_random() {
    local a0 a1 d0 d1 before after result
    read -r a0 _ <<< "$(bench_slot_counts answers)"
    read -r -a d0 <<< "$(bench_slot_counts days)"
    before=$(bench_cpu_ms "$SERVICE_PID")
    result=$(BENCH_SERVICES=$1 BENCH_FROM=$2 bench_measure "$BASE" -s bench/random-slots.lua)
    after=$(bench_cpu_ms "$SERVICE_PID")
    read -r a1 _ <<< "$(bench_slot_counts answers)"
    read -r -a d1 <<< "$(bench_slot_counts days)"
    echo "$result $(awk -v a="$before" -v b="$after" -v n="${result##* }" 'BEGIN {printf "%.3f", (b - a) / n}') $(bench_bytes_per_second)" \
         "$((a1 - a0)) $(awk -v a="$before" -v b="$after" -v n="$((a1 - a0))" 'BEGIN {printf "%.3f", n ? (b - a) / n : 0}')" \
         "$((d1[0] - d0[0])) $((d1[1] - d0[1]))"
}

# One pass on database kind $1; the results go to $OUT/results-$1.md.
pass() {
    local kind=$1 service services
    bench_build "$kind"
    echo "Bare app ($kind): start-up and memory"
    bench_bare "$kind"
    bench_start "$kind"
    if [ "$kind" = postgresql ]; then
        echo "Seeding 5 practitioners, $PAST past and $FUTURE future appointments"
        "${PSQL[@]}" -d "$DB" -v past="$PAST" -v future="$FUTURE" -f bench/seed.sql
        service=bench-visit
        services=bench-visit
    else
        echo "The demo clinic on H2; searching $H2_SERVICE"
        service=$H2_SERVICE
        services=new-patient-exam,follow-up-adjustment,infant-child-visit,pregnancy-care,cranial-tmj-session
    fi
    local zone
    zone=$(curl -sf "$BASE/api/v1/clinic" | grep -o '"timeZone":"[^"]*"' | cut -d'"' -f4)
    local tomorrow week month clinic static
    tomorrow=$(TZ=$zone date -d tomorrow +%F)
    week="$BASE/api/v1/slots?service=$service&from=$tomorrow&to=$(TZ=$zone date -d '+7 days' +%F)"
    month="$BASE/api/v1/slots?service=$service&from=$tomorrow&to=$(TZ=$zone date -d '+31 days' +%F)"
    clinic="$BASE/api/v1/clinic"
    local week_bytes month_bytes
    week_bytes=$(curl -sf "$week" | wc -c)
    month_bytes=$(curl -sf "$month" | wc -c)
    static=$(bench_static_url "$week_bytes")
    local static_bytes
    static_bytes=$(curl -sf "$static" | wc -c) || { echo "The static answer $static is not served" >&2; exit 1; }
    echo "A 7-day answer: $(curl -sf "$week" | grep -o '"start"' | wc -l) slots, $week_bytes bytes;" \
         "31 days: $(curl -sf "$month" | grep -o '"start"' | wc -l) slots, $month_bytes bytes; the static answer: $static_bytes bytes"

    local load_before
    load_before=$(cut -d' ' -f1 /proc/loadavg)
    echo "Warming up (${WARMUP}s per endpoint), then ${SECONDS_EACH}s per scenario"
    for url in "$static" "$CEILING" "$clinic" "$week" "$month"; do bench_warm "$url"; done
    BENCH_SERVICES=$services BENCH_FROM=$tomorrow bench_warm "$BASE" -s bench/random-slots.lua
    declare -A RESULT
    RESULT[static]=$(measure_cpu "$static")
    RESULT[ceiling]=$(measure_cpu "$CEILING")
    RESULT[clinic]=$(measure_cpu "$clinic")
    RESULT[week]=$(measure_cpu "$week")
    RESULT[month]=$(measure_cpu "$month")
    RESULT[random]=$(measure_random "$services" "$tomorrow")
    echo "Adding past appointments up to $HISTORY in all"
    if [ "$kind" = postgresql ]; then
        "${PSQL[@]}" -d "$DB" -v past="$((HISTORY - PAST))" -f bench/history.sql
    else
        h2_history "$HISTORY" 100000
    fi
    bench_warm "$week"
    RESULT[history]=$(measure_cpu "$week")
    RESULT[ceiling_after]=$(measure_cpu "$CEILING")
    RESULT[static_after]=$(measure_cpu "$static")
    local rss errors
    rss=$(bench_rss "$SERVICE_PID")
    errors=$(bench_errors)
    bench_restart
    bench_stop

    # The machine is shared: the static answer and the ceiling are measured before and after, and
    # ratios use the mean of the two.
    local before after static_rps ceiling_rps
    read -r before _ <<< "${RESULT[static]}"; read -r after _ <<< "${RESULT[static_after]}"
    static_rps=$(( (before + after) / 2 ))
    read -r before _ <<< "${RESULT[ceiling]}"; read -r after _ <<< "${RESULT[ceiling_after]}"
    ceiling_rps=$(( (before + after) / 2 ))
    local name rps p50 p99 cpu
    {
        echo "#### $kind"
        echo
        echo "| Scenario | Requests/s | p50 (ms) | p99 (ms) | vs static | vs ceiling | Service CPU ms per request |"
        echo "|---|---:|---:|---:|---:|---:|---:|"
        for scenario in static static_after ceiling ceiling_after clinic week month random history; do
            read -r rps p50 p99 _ _ cpu _ <<< "${RESULT[$scenario]}"
            case $scenario in
                static) name="Static answer, $static_bytes bytes (before)" ;;
                static_after) name="Static answer, $static_bytes bytes (after)" ;;
                ceiling) name="Ceiling: GET /q/health/live (before)" ;;
                ceiling_after) name="Ceiling: GET /q/health/live (after)" ;;
                clinic) name="Reference: GET /api/v1/clinic (one primary-key read)" ;;
                week) name="Slots, 7 days ($week_bytes bytes)" ;;
                month) name="Slots, 31 days ($month_bytes bytes)" ;;
                random) name="Slots, random questions (bench/random-slots.lua)" ;;
                history) name="Slots, 7 days, $HISTORY past appointments" ;;
            esac
            echo "| $name | $rps | $p50 | $p99 | $(bench_ratio "$rps" "$static_rps") | $(bench_ratio "$rps" "$ceiling_rps") | $cpu |"
        done
        local week_rps week_p50 month_p50 history_rps history_p50 target
        read -r week_rps week_p50 _ <<< "${RESULT[week]}"
        read -r _ month_p50 _ <<< "${RESULT[month]}"
        read -r history_rps history_p50 _ <<< "${RESULT[history]}"
        target=$([ "$kind" = h2 ] && echo 75 || echo 50)
        local r_week r_month r_hist_rps r_hist_p50
        r_week=$(awk -v a="$week_rps" -v b="$static_rps" 'BEGIN {printf "%.1f", 100 * a / b}')
        r_month=$(awk -v a="$month_p50" -v b="$week_p50" 'BEGIN {printf "%.2f", a / b}')
        r_hist_rps=$(awk -v a="$week_rps" -v b="$history_rps" 'BEGIN {printf "%.2f", a / b}')
        r_hist_p50=$(awk -v a="$history_p50" -v b="$week_p50" 'BEGIN {printf "%.2f", a / b}')
        echo
        echo "| Target | Measured | |"
        echo "|---|---|---|"
        echo "| 7-day slots >= $target % of the static answer's requests/s (mean of before and after, $static_rps/s) | $r_week % | $(bench_met "$r_week" ">=" "$target") |"
        echo "| 31-day p50 <= 4.5x the 7-day p50 | ${r_month}x | $(bench_met "$r_month" "<=" 4.5) |"
        local random_bps static_bps random_computed random_cpu random_total r_random days_computed days_reused
        read -r _ _ _ _ random_total _ random_bps random_computed random_cpu days_computed days_reused <<< "${RESULT[random]}"
        read -r _ _ _ _ _ _ before <<< "${RESULT[static]}"; read -r _ _ _ _ _ _ after <<< "${RESULT[static_after]}"
        static_bps=$(( (before + after) / 2 ))
        r_random=$(awk -v a="$random_bps" -v b="$static_bps" 'BEGIN {printf "%.1f", 100 * a / b}')
        echo "| Random questions: bytes/s >= 75 % of the static answer's bytes/s (mean of before and after, $(bench_mib "$static_bps") MiB/s) | $r_random % ($(bench_mib "$random_bps") MiB/s; $random_computed of $random_total answers with a day computed, $random_cpu CPU ms per such answer; days: $days_computed computed, $days_reused reused as written) | $(bench_met "$r_random" ">=" 75) |"
        echo "| $HISTORY-history within 1.1x of the empty history | empty/history throughput ${r_hist_rps}x, history/empty p50 ${r_hist_p50}x | $(bench_met "$(awk -v a="$r_hist_rps" -v b="$r_hist_p50" 'BEGIN {print (a > b ? a : b)}')" "<=" 1.1) |"
        bench_memory_targets "$rss" "$errors"
        local r_fresh
        r_fresh=$(awk -v a="$START_MS" -v b="$BARE_START_MS" 'BEGIN {printf "%.2f", a / b}')
        echo "| Start-up to ready on a fresh database (migrations$([ "$kind" = h2 ] && echo " and the demo clinic") included) <= 1.3x the bare app's | $START_MS ms vs $BARE_START_MS ms: ${r_fresh}x (CPU to ready $START_CPU_MS ms vs $BARE_START_CPU_MS ms: $(awk -v a="$START_CPU_MS" -v b="$BARE_START_CPU_MS" 'BEGIN {printf "%.2f", a / b}')x) | $(bench_met "$r_fresh" "<=" 1.3) |"
        echo
        echo "Start-up to ready: $START_MS ms on a fresh database (migrations included), $RESTART_MS ms on the seeded one (the figure compared)."
        echo "Load average $load_before before, $(cut -d' ' -f1 /proc/loadavg) after."
        echo
    } > "$OUT/results-$kind.md"
}

LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
for kind in ${BENCH_DATABASES:-h2 postgresql}; do pass "$kind"; done
{
    for kind in ${BENCH_DATABASES:-h2 postgresql}; do cat "$OUT/results-$kind.md"; done
    echo "$(bench_machine);" \
         "wrk -t1 -c$CONNECTIONS, ${SECONDS_EACH}s per scenario after ${WARMUP}s of warm-up per endpoint; -Xmx$XMX;" \
         "PostgreSQL: $PAST past and $FUTURE future appointments seeded; load average $LOAD_START at the start, $(cut -d' ' -f1 /proc/loadavg) at the end."
} | tee "$OUT/results.md"
