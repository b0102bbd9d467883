#!/usr/bin/env bash
# Booking throughput against what the database itself commits, on loopback, from a fresh clone:
#   bench/booking.sh
# Builds the benchmark jar for PostgreSQL and the bare app (bench/bare), starts the service with -Xmx128m
# on a fresh database (rate limit off for loopback), seeds the benchmark clinic and
# BENCH_BOOKING_PRACTITIONERS (40) practitioners with a year of free time, and drives wrk at
# POST /api/v1/appointments (each request with its own Idempotency-Key) in two scenarios: every request a
# distinct free slot (all 201), and BENCH_CONNECTIONS requests racing for each slot (one 201, the others
# 409). Between them, pgbench runs the statements of one booking as the service issues them
# (bench/booking-pgbench.sql) with as many clients on the same database. Prints requests/s, p50 and p99 of
# each, bookings as a ratio to pgbench's rate and to GET /q/health/live measured in the same run, the
# service's CPU time per booking, the targets, and memory and start-up time against the bare app.
# Settings (environment): those of bench/lib.sh (but BENCH_WARMUP defaults to 30 s), and
# BENCH_BOOKING_PRACTITIONERS.
set -euo pipefail

cd "$(dirname "$0")/.."
PRACTITIONERS=${BENCH_BOOKING_PRACTITIONERS:-40}
BENCH_WARMUP=${BENCH_WARMUP:-30} # the booking path takes longer to compile than a health check
. bench/lib.sh
: > "$OUT/service.log"
: > "$OUT/bare.log"
command -v pgbench > /dev/null || { echo "Installing pgbench"; apt-get install -y postgresql-contrib > /dev/null 2>&1 || { apt-get update > /dev/null; apt-get install -y postgresql-contrib > /dev/null; }; }

bench_build postgresql
echo "Bare app (postgresql): start-up and memory"
bench_bare postgresql
bench_start postgresql -Dclinic.rate-limit.exempt-addresses=127.0.0.1

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
# pgbench: the booking's statements (bench/booking-pgbench.sql, or script $3), as many clients as wrk's
# connections, one thread as wrk has, for $1 seconds, with per-transaction latencies when $2 is set;
# prints "transactions/s p50-ms p99-ms failed transactions".
pgbench_booking() {
    pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CONNECTIONS" -j 1 -T "$1" -D practitioners="$PRACTITIONERS" \
        -f "${3:-bench/booking-pgbench.sql}" ${2:+-l --log-prefix="$OUT/pgbench-log"} "$DB" > "$OUT/pgbench.txt" 2>&1 \
        || { cat "$OUT/pgbench.txt" >&2; exit 1; }
    local p50=0 p99=0
    if [ -n "${2:-}" ]; then
        # Per-transaction latencies (microseconds, column 3) of the log files pgbench wrote.
        read -r p50 p99 <<< "$(cat "$OUT"/pgbench-log.* | awk '{print $3}' | sort -n | awk '{v[NR] = $1}
            END {printf "%.2f %.2f", v[int(NR * 0.5) + 1] / 1000, v[int(NR * 0.99) + 1] / 1000}')"
        rm -f "$OUT"/pgbench-log.*
    fi
    awk -v p50="$p50" -v p99="$p99" '/^tps/ {tps = $3} /actually processed/ {split($NF, a, "/"); total = a[1]} /number of failed/ {failed = $5}
        END {printf "%.0f %s %s %d %d\n", tps, p50, p99, failed, total}' "$OUT/pgbench.txt"
}
"${PSQL[@]}" -d "$DB" -c "create sequence bench_pgbench_booking"
RESULT[ceiling]=$(bench_measure "$CEILING")
cpu_before=$(bench_cpu_ms "$SERVICE_PID")
RESULT[distinct]=$(book "$OUT/distinct-slots.txt" 1 bench_measure)
cpu_after=$(bench_cpu_ms "$SERVICE_PID")
pgbench_booking "$(( WARMUP < 10 ? WARMUP : 10 ))" > /dev/null
RESULT[pgbench]=$(pgbench_booking "$SECONDS_EACH" log)
# What the outbox costs the database: the same booking without its two statements (the outbox row and the
# read of the webhook subscriptions).
grep -v 'outbox_message\|webhook_subscription' bench/booking-pgbench.sql > "$OUT/booking-pgbench-no-outbox.sql"
RESULT[pgbench_no_outbox]=$(pgbench_booking "$SECONDS_EACH" "" "$OUT/booking-pgbench-no-outbox.sql")
rm -f "$OUT/contended-slots.txt.state.status"
RESULT[contended]=$(BENCH_ALLOW_NON_2XX=1 book "$OUT/contended-slots.txt" "$CONNECTIONS" bench_measure)
RESULT[ceiling_after]=$(bench_measure "$CEILING")
rss=$(bench_rss "$SERVICE_PID")
errors=$(bench_errors)
# Under contention every answer is a 201 or a 409.
others=$(awk '$1 != 201 && $1 != 409 {n += $2} END {print n + 0}' "$OUT/contended-slots.txt.state.status")
statuses=$(sort "$OUT/contended-slots.txt.state.status" | awk '{printf "%s%s: %s", sep, $1, $2; sep = ", "}')
overlaps=$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from appointment a join appointment b on a.practitioner_id = b.practitioner_id
    and a.id < b.id and a.blocked_from < b.blocked_until and b.blocked_from < a.blocked_until
    where a.status in ('REQUESTED', 'CONFIRMED') and b.status in ('REQUESTED', 'CONFIRMED')")
bench_restart
bench_stop

# The machine is shared: the ceiling is measured before and after, and ratios use the mean.
read -r before_rps _ <<< "${RESULT[ceiling]}"
read -r after_rps _ <<< "${RESULT[ceiling_after]}"
ceiling_rps=$(( (before_rps + after_rps) / 2 ))
read -r pgbench_tps _ <<< "${RESULT[pgbench]}"
read -r distinct_rps _ _ _ distinct_total <<< "${RESULT[distinct]}"
{
    echo "| Scenario | Requests/s | p50 (ms) | p99 (ms) | Answers other than 2xx | vs pgbench | vs ceiling |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    for scenario in ceiling ceiling_after pgbench distinct contended; do
        read -r rps p50 p99 non2xx _ <<< "${RESULT[$scenario]}"
        case $scenario in
            ceiling) name="Ceiling: GET /q/health/live (before)" ;;
            ceiling_after) name="Ceiling: GET /q/health/live (after)" ;;
            pgbench) name="pgbench, the booking's statements, $CONNECTIONS clients (failed transactions)" ;;
            distinct) name="Booking, a distinct free slot per request" ;;
            contended) name="Booking, $CONNECTIONS requests racing for each slot" ;;
        esac
        echo "| $name | $rps | $p50 | $p99 | $non2xx | $(bench_ratio "$rps" "$pgbench_tps") | $(bench_ratio "$rps" "$ceiling_rps") |"
    done
    cpu_per_booking=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$distinct_total" 'BEGIN {printf "%.2f", (b - a) / n}')
    r_pgbench=$(awk -v a="$distinct_rps" -v b="$pgbench_tps" 'BEGIN {printf "%.1f", 100 * a / b}')
    echo
    echo "| Target | Measured | |"
    echo "|---|---|---|"
    echo "| Distinct-slot bookings >= 50 % of pgbench's rate of the same statements | $r_pgbench % ($distinct_rps/s against $pgbench_tps/s) | $(bench_met "$r_pgbench" ">=" 50) |"
    echo "| Under contention no answer other than 201/409 | $statuses | $( [ "$others" = 0 ] && echo met || echo '**missed**') |"
    echo "| No overlap in the database after the run | $overlaps overlapping pairs of holding appointments | $( [ "$overlaps" = 0 ] && echo met || echo '**missed**') |"
    bench_memory_targets "$rss" "$errors"
    echo
    echo "- Ceiling: mean of before and after, $ceiling_rps requests/s; distinct-slot bookings $(bench_ratio "$distinct_rps" "$ceiling_rps") of it (the old target was >= 10 %)."
    read -r no_outbox_tps _ <<< "${RESULT[pgbench_no_outbox]}"
    echo "- The outbox at the database: pgbench without its two statements runs at $no_outbox_tps transactions/s, against $pgbench_tps/s with them."
    echo "- Service CPU time per distinct-slot booking: $cpu_per_booking ms (/proc/PID/stat over the measured window, $distinct_total bookings)."
    echo "- Start-up to ready: $START_MS ms on a fresh database (migrations included), $RESTART_MS ms on the seeded one (the figure compared)."
    echo
    echo "$(bench_machine);" \
         "wrk -t1 -c$CONNECTIONS and pgbench -j1 -c$CONNECTIONS -M prepared, ${SECONDS_EACH}s per scenario after ${WARMUP}s of warm-up per scenario (pgbench: 10 s at most); -Xmx$XMX;" \
         "$PRACTITIONERS practitioners for distinct slots, one for contended ones; load average $LOAD_BEFORE before, $(cut -d' ' -f1 /proc/loadavg) after."
} | tee "$OUT/booking.md"
[ "$overlaps" -eq 0 ] || { echo "$overlaps pairs of holding appointments overlap" >&2; exit 1; }
[ "$others" -eq 0 ] || { echo "Answers other than 201 and 409 under contention: $statuses" >&2; exit 1; }
