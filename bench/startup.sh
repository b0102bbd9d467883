#!/usr/bin/env bash
# Start-up to ready, the service against the bare app (bench/bare: the same extensions, one resource), on H2:
# BENCH_STARTS (default 5) rounds, each the bare app then the service, both on a fresh data directory (the
# service's migrations and the demo clinic included), after one unmeasured round for the disk cache.
# Prints every start (wall and CPU time to ready), the medians and their ratio (target: <= 1.3x).
#
#   bench/startup.sh            builds both apps first (BENCH_NO_BUILD=1 uses target/bench and bench/bare/target as they are)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
KIND=h2
ROUNDS=${BENCH_STARTS:-5}
[ -n "${BENCH_NO_BUILD:-}" ] || bench_build h2

bare_start() { # fresh data directory of its own
    local t0
    rm -rf "$OUT/data-bare"
    t0=$(date +%s%N)
    java -Xmx"$XMX" ${BENCH_JAVA_OPTS:-} -Dquarkus.http.port="$BARE_PORT" \
        -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$PWD/$OUT/data-bare/bare;WRITE_DELAY=0" -Dquarkus.datasource.username=sa \
        -Dquarkus.log.level=WARN -jar bench/bare/target/bare-app-h2/quarkus-run.jar >> "$OUT/bare.log" 2>&1 &
    BARE_PID=$!
    bench_wait_ready "$BARE_PID" "http://127.0.0.1:$BARE_PORT" "$t0" || { cat "$OUT/bare.log" >&2; exit 1; }
    bench_stop_bare
}

: > "$OUT/service.log"
: > "$OUT/bare.log"
bare_ms=() bare_cpu=() service_ms=() service_cpu=()
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
for round in $(seq 0 "$ROUNDS"); do
    bare_start
    b_ms=$READY_MS b_cpu=$READY_CPU_MS
    bench_start h2
    bench_stop
    [ "$round" = 0 ] && continue # the disk cache's warm-up
    bare_ms+=("$b_ms") bare_cpu+=("$b_cpu") service_ms+=("$START_MS") service_cpu+=("$START_CPU_MS")
    echo "round $round: bare $b_ms ms (CPU $b_cpu ms), service $START_MS ms (CPU $START_CPU_MS ms)"
done
b=$(median "${bare_ms[@]}") bc=$(median "${bare_cpu[@]}") s=$(median "${service_ms[@]}") sc=$(median "${service_cpu[@]}")
ratio=$(awk -v a="$s" -v b="$b" 'BEGIN {printf "%.2f", a / b}')
echo "median of $ROUNDS: bare $b ms (CPU $bc ms), service on a fresh database $s ms (CPU $sc ms)"
echo "| Start-up to ready on a fresh database (migrations and the demo clinic included) <= 1.3x the bare app's | $s ms vs $b ms: ${ratio}x (CPU to ready $sc ms vs $bc ms: $(awk -v a="$sc" -v b="$bc" 'BEGIN {printf "%.2f", a / b}')x) | $(bench_met "$ratio" "<=" 1.3) |"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $(bench_machine)"
