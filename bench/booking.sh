#!/usr/bin/env bash
# Booking throughput against the service's own ceiling, on loopback, from a fresh clone:
#   bench/booking.sh
# Builds the jar for PostgreSQL, starts it on a fresh database (rate limit off for loopback), seeds the
# benchmark clinic and BENCH_BOOKING_PRACTITIONERS (40) practitioners with a year of free time, and
# drives wrk at POST /api/v1/appointments in two scenarios: every request a distinct free slot (all
# 201), and BENCH_CONNECTIONS requests racing for each slot (one 201, the others 409). Prints
# requests/s, p50 and p99 of each, as a ratio to GET /q/health/live measured in the same run.
# Settings (environment): those of bench/lib.sh (but BENCH_WARMUP defaults to 30 s), and
# BENCH_BOOKING_PRACTITIONERS.
set -euo pipefail

cd "$(dirname "$0")/.."
PRACTITIONERS=${BENCH_BOOKING_PRACTITIONERS:-40}
BENCH_WARMUP=${BENCH_WARMUP:-30} # the booking path takes longer to compile than a health check
. bench/lib.sh

bench_build
bench_start -Dclinic.rate-limit.exempt-addresses=127.0.0.1

echo "Seeding the benchmark clinic and $((PRACTITIONERS + 1)) practitioners with free time"
"${PSQL[@]}" -d "$DB" -v past=0 -v future=0 -f bench/seed.sql
"${PSQL[@]}" -d "$DB" -v practitioners="$PRACTITIONERS" -f bench/booking-seed.sql
"${PSQL[@]}" -d "$DB" -At -v pattern='book-dr-%' -f bench/booking-slots.sql | grep -v contended > "$OUT/distinct-slots.txt"
"${PSQL[@]}" -d "$DB" -At -v pattern='book-dr-contended' -f bench/booking-slots.sql > "$OUT/contended-slots.txt"
echo "$(wc -l < "$OUT/distinct-slots.txt") distinct slots, $(wc -l < "$OUT/contended-slots.txt") contended ones"

# Runs $3 (bench_warm or bench_measure) on POSTs booking the slots in file $1, each asked for $2 times
# in a row; a run carries on where the last one with the same file stopped.
book() {
    BENCH_SLOTS="$1" BENCH_SAME="$2" BENCH_STATE="$OUT/$(basename "$1").state" "$3" "$BASE" -s bench/booking.lua
}

LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
rm -f "$OUT"/*.state
echo "Warming up (${WARMUP}s per scenario), then ${SECONDS_EACH}s per scenario"
bench_warm "$CEILING"
book "$OUT/distinct-slots.txt" 1 bench_warm
BENCH_ALLOW_NON_2XX=1 book "$OUT/contended-slots.txt" "$CONNECTIONS" bench_warm
declare -A RESULT
RESULT[ceiling]=$(bench_measure "$CEILING")
RESULT[distinct]=$(book "$OUT/distinct-slots.txt" 1 bench_measure)
RESULT[contended]=$(BENCH_ALLOW_NON_2XX=1 book "$OUT/contended-slots.txt" "$CONNECTIONS" bench_measure)
RESULT[ceiling_after]=$(bench_measure "$CEILING")
overlaps=$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from appointment a join appointment b on a.practitioner_id = b.practitioner_id
    and a.id < b.id and a.blocked_from < b.blocked_until and b.blocked_from < a.blocked_until
    where a.status in ('REQUESTED', 'CONFIRMED') and b.status in ('REQUESTED', 'CONFIRMED')")
[ "$overlaps" -eq 0 ] || { echo "$overlaps pairs of holding appointments overlap" >&2; exit 1; }

# The machine is shared: the ceiling is measured before and after, and ratios use the mean.
read -r before_rps _ <<< "${RESULT[ceiling]}"
read -r after_rps _ <<< "${RESULT[ceiling_after]}"
ceiling_rps=$(( (before_rps + after_rps) / 2 ))
{
    echo "| Scenario | Requests/s | p50 (ms) | p99 (ms) | Answers other than 2xx | Throughput vs ceiling |"
    echo "|---|---:|---:|---:|---:|---:|"
    for scenario in ceiling ceiling_after distinct contended; do
        read -r rps p50 p99 non2xx <<< "${RESULT[$scenario]}"
        case $scenario in
            ceiling) name="Ceiling: GET /q/health/live (before)" ;;
            ceiling_after) name="Ceiling: GET /q/health/live (after)" ;;
            distinct) name="Booking, a distinct free slot per request" ;;
            contended) name="Booking, $CONNECTIONS requests racing for each slot" ;;
        esac
        echo "| $name | $rps | $p50 | $p99 | $non2xx | $(bench_ratio "$rps" "$ceiling_rps") |"
    done
    read -r distinct_rps _ <<< "${RESULT[distinct]}"
    echo
    echo "- Ceiling: mean of before and after, $ceiling_rps requests/s"
    echo "- Distinct-slot bookings: $(bench_ratio "$distinct_rps" "$ceiling_rps") of the ceiling's requests/s (target >= 10 %)"
    echo "- After the run no two holding appointments of a practitioner overlap (checked in the database)."
    echo
    echo "$(bench_machine);" \
         "wrk -t1 -c$CONNECTIONS, ${SECONDS_EACH}s per scenario after ${WARMUP}s of warm-up per scenario;" \
         "$PRACTITIONERS practitioners for distinct slots, one for contended ones; load average $LOAD_BEFORE before, $(cut -d' ' -f1 /proc/loadavg) after."
} | tee "$OUT/booking.md"
