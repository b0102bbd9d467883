# Pieces shared by the benchmarks (bench/run.sh, bench/booking.sh, bench/random-ab.sh); source it from the repository root.
# Settings (environment): BENCH_DB (clinic_bench), BENCH_PORT (8189), BENCH_BARE_PORT (8190),
# BENCH_SECONDS (20) per scenario, BENCH_WARMUP (10) per endpoint, BENCH_CONNECTIONS (16),
# BENCH_XMX (128m, the heap limit of the service and of the bare app), BENCH_JAVA_OPTS (more JVM options
# for both, e.g. -XX:NativeMemoryTracking=summary), BENCH_MALLOC_ARENA_MAX (2, as the Dockerfile sets it
# for both: glibc otherwise gives threads that allocate natively arenas of their own, which a JVM's RSS
# carries as fragmentation).
DB=${BENCH_DB:-clinic_bench}
PORT=${BENCH_PORT:-8189}
BARE_PORT=${BENCH_BARE_PORT:-8190}
SECONDS_EACH=${BENCH_SECONDS:-20}
WARMUP=${BENCH_WARMUP:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
XMX=${BENCH_XMX:-128m}
OUT=bench/out
export MALLOC_ARENA_MAX=${BENCH_MALLOC_ARENA_MAX:-2}
export PGOPTIONS=--client-min-messages=warning
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
BASE="http://127.0.0.1:$PORT"
CEILING="$BASE/q/health/live"
SERVICE_PID=
BARE_PID=
KIND=
mkdir -p "$OUT"

command -v wrk > /dev/null || { echo "Installing wrk"; apt-get install -y wrk > /dev/null 2>&1 || { apt-get update > /dev/null; apt-get install -y wrk > /dev/null; }; }
command -v psql > /dev/null || { echo "psql is needed, with PostgreSQL on 127.0.0.1:5432" >&2; exit 1; }

# What the service has counted so far on /q/metrics: slot answers or days ($1) computed and reused, as
# "computed reused" (clinic_slot_answers_total and clinic_slot_days_total, by source); nothing for a build
# that does not count them.
bench_slot_counts() {
    curl -sf "$BASE/q/metrics" | awk -v name="clinic_slot_$1_total" '
        index($0, name "{") == 1 && /source="computed"/ {c = $NF; seen = 1} index($0, name "{") == 1 && /source="reused"/ {r = $NF}
        END {if (seen) printf "%.0f %.0f\n", c, r}'
}

# Static answers for the benchmark build only: target/bench-static/N.json of N bytes, N from 24 KiB to
# 64 KiB in steps of 256 bytes, served as /bench-static/N.json. The run picks the one nearest in size
# to the 7-day slot answer.
bench_static() {
    rm -rf target/bench-static && mkdir -p target/bench-static
    local n
    for n in $(seq 24576 256 65536); do
        yes '{"start":"2026-12-02T14:00:00Z","end":"2026-12-02T14:30:00Z","practitioner":"bench-dr-1"},' \
            | head -c "$n" > "target/bench-static/$n.json" || true
    done
}

# The URL of the static answer nearest in size to $1 bytes.
bench_static_url() {
    local n=$(( ($1 + 128) / 256 * 256 ))
    (( n < 24576 )) && n=24576
    (( n > 65536 )) && n=65536
    echo "$BASE/bench-static/$n.json"
}

# Builds the service for database $1 (h2 or postgresql) into target/bench/bench-app-$1, with the
# benchmark profile (its own build directory, target/bench, and the static answers), leaving the default
# build and its jar alone; and the bare app (bench/bare: the same extensions, one hello resource) into
# bench/bare/target/bare-app-$1.
bench_build() {
    echo "Building the service and the bare app for $1"
    [ -f target/bench-static/24576.json ] || bench_static
    ./mvnw -B -q -Pbench package -Dmaven.test.skip=true -Dquarkus.datasource.db-kind="$1" \
        -Dquarkus.package.output-directory="bench-app-$1" -Dquarkus.smallrye-openapi.store-schema-directory="bench-app-$1"
    # The bare app must have the same extensions as the service.
    diff <(bench_extensions pom.xml) <(bench_extensions bench/bare/pom.xml) > /dev/null \
        || { echo "bench/bare/pom.xml does not list the same extensions as pom.xml:" >&2; diff <(bench_extensions pom.xml) <(bench_extensions bench/bare/pom.xml) >&2; exit 1; }
    ./mvnw -B -q -f bench/bare/pom.xml package -Dmaven.test.skip=true -Dquarkus.datasource.db-kind="$1" \
        -Dquarkus.package.output-directory="bare-app-$1"
}

# The Quarkus extensions a pom.xml depends on outside the test scope, sorted.
bench_extensions() {
    grep -o '<dependency><groupId>io.quarkus</groupId><artifactId>[^<]*</artifactId></dependency>' "$1" \
        | sed 's/.*<artifactId>\(.*\)<\/artifactId>.*/\1/' | sort
}

bench_cleanup() {
    bench_stop
    bench_stop_bare
    [ -n "${BENCH_KEEP_DB:-}" ] || "${PSQL[@]}" -c "drop database if exists $DB" 2> /dev/null || true
}
trap bench_cleanup EXIT

# The JDBC URL of database kind $1, database $2 (default $DB).
bench_jdbc_url() {
    case $1 in
        postgresql) echo "jdbc:postgresql://127.0.0.1:5432/${2:-$DB}" ;;
        # AUTO_SERVER: the service keeps its embedded connections; the scripts' SQL comes in over TCP.
        h2) echo "jdbc:h2:file:$PWD/$OUT/data/${2:-clinic};WRITE_DELAY=0;LOCK_TIMEOUT=10000;AUTO_SERVER=TRUE" ;;
    esac
}

# Waits until $2/q/health/ready answers while process $1 lives; sets READY_MS to the milliseconds
# since $3 (date +%s%N) and READY_CPU_MS to the CPU time process $1 had used by then (all its threads: JIT
# and GC included), which a machine shared with other work inflates less than the wall time.
bench_wait_ready() {
    local i
    for i in $(seq 1 1200); do
        if curl -sf "$2/q/health/ready" > /dev/null; then
            READY_MS=$(( ($(date +%s%N) - $3) / 1000000 ))
            READY_CPU_MS=$(bench_cpu_ms "$1")
            return 0
        fi
        kill -0 "$1" 2> /dev/null || return 1
        sleep 0.05
    done
    return 1
}

# Starts the service built for database kind $1 on a fresh database (PostgreSQL $DB, or H2 files under
# bench/out/data), with any extra JVM options given, and waits until it is ready; START_MS is the time
# to ready (migrations included). On exit it is stopped and the database dropped (BENCH_KEEP_DB=1 keeps
# it).
bench_start() {
    KIND=$1
    shift
    if [ "$KIND" = postgresql ]; then
        "${PSQL[@]}" -c "drop database if exists $DB" -c "create database $DB"
    else
        rm -rf "$OUT/data"
    fi
    SERVICE_OPTS=("$@")
    LOG_FROM=$(( $(wc -l < "$OUT/service.log") + 1 )) # this service's lines: a pass does not count the last one's
    bench_launch
    START_MS=$READY_MS
    START_CPU_MS=$READY_CPU_MS
}

# Starts the built service of $KIND on its existing database, with the options of bench_start.
bench_launch() {
    local t0
    t0=$(date +%s%N)
    java -Xmx"$XMX" ${BENCH_JAVA_OPTS:-} -Dquarkus.http.port="$PORT" -Dclinic.data-dir="$OUT/data" \
        -Dquarkus.datasource.jdbc.url="$(bench_jdbc_url "$KIND")" -Dquarkus.datasource.username="$(bench_db_user "$KIND")" \
        -Dquarkus.log.level=WARN "${SERVICE_OPTS[@]}" -jar "target/bench/bench-app-$KIND/quarkus-run.jar" >> "$OUT/service.log" 2>&1 &
    SERVICE_PID=$!
    bench_wait_ready "$SERVICE_PID" "$BASE" "$t0" || { cat "$OUT/service.log" >&2; exit 1; }
}

bench_db_user() {
    case $1 in postgresql) echo postgres ;; h2) echo sa ;; esac
}

bench_stop() {
    if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2> /dev/null && wait "$SERVICE_PID" 2> /dev/null || true; fi
    SERVICE_PID=
}

# Stops the service and starts it again on the same, already migrated and seeded, database: RESTART_MS
# is its time to ready.
bench_restart() {
    bench_stop
    bench_launch
    RESTART_MS=$READY_MS
}

# VmRSS of process $1 in MiB.
bench_rss() {
    awk '/^VmRSS/ {printf "%.0f\n", $2 / 1024}' "/proc/$1/status"
}

# CPU time (user + system) of process $1 so far, in milliseconds.
bench_cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"
}

# Errors in the service's log since bench_start: the number of lines at ERROR level or naming an
# OutOfMemoryError, and what the first three say, e.g. "1 (ProblemMapper: Unexpected failure, incident ...)".
bench_errors() {
    local n lines
    lines=$(tail -n +"${LOG_FROM:-1}" "$OUT/service.log" | grep -E ' ERROR |OutOfMemoryError' || true)
    n=$(printf '%s' "$lines" | grep -c . || true)
    if [ "$n" = 0 ]; then echo 0; return; fi
    echo "$n ($(printf '%s\n' "$lines" | head -3 | sed -E 's/^.* ERROR +\[([^]]*\.)?([^].]*)\] \([^)]*\) /\2: /' | cut -c1-160 | tr '|' '/' | paste -sd ';' -))"
}

# The bare app for database kind $1 on a database of its own (${DB}_bare): BARE_START_MS to ready (twice, the first
# start discarded as the disk cache's warm-up), BARE_RSS (MiB) after $WARMUP + $SECONDS_EACH seconds
# of wrk on its hello resource.
bench_bare() {
    local t0 kind=$1 url="http://127.0.0.1:$BARE_PORT"
    local run
    if [ "$kind" = postgresql ]; then "${PSQL[@]}" -c "drop database if exists ${DB}_bare" -c "create database ${DB}_bare"; fi
    for run in 1 2; do
        t0=$(date +%s%N)
        java -Xmx"$XMX" ${BENCH_JAVA_OPTS:-} -Dquarkus.http.port="$BARE_PORT" \
            -Dquarkus.datasource.jdbc.url="$(bench_jdbc_url "$kind" "${DB}_bare")" -Dquarkus.datasource.username="$(bench_db_user "$kind")" \
            -Dquarkus.log.level=WARN -jar "bench/bare/target/bare-app-$kind/quarkus-run.jar" >> "$OUT/bare.log" 2>&1 &
        BARE_PID=$!
        bench_wait_ready "$BARE_PID" "$url" "$t0" || { cat "$OUT/bare.log" >&2; exit 1; }
        BARE_START_MS=$READY_MS
        BARE_START_CPU_MS=$READY_CPU_MS
        [ "$run" = 2 ] || bench_stop_bare
    done
    wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "$url/hello" > /dev/null
    wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" "$url/hello" > /dev/null
    BARE_RSS=$(bench_rss "$BARE_PID")
    bench_stop_bare
    if [ "$kind" = postgresql ]; then "${PSQL[@]}" -c "drop database if exists ${DB}_bare"; fi
}

bench_stop_bare() {
    if [ -n "$BARE_PID" ]; then kill "$BARE_PID" 2> /dev/null && wait "$BARE_PID" 2> /dev/null || true; fi
    BARE_PID=
}

# Load for BENCH_WARMUP seconds, unmeasured; wrk options (such as a Lua script) may follow the URL.
bench_warm() {
    wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "$@" > /dev/null
}

# Prints "requests/s p50-ms p99-ms non-2xx-answers requests" for a URL; wrk options may follow the URL.
# Any non-2xx answer fails the run unless BENCH_ALLOW_NON_2XX is set.
bench_measure() {
    wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$@" > "$OUT/wrk.txt"
    if [ -z "${BENCH_ALLOW_NON_2XX:-}" ] && grep -q "Non-2xx" "$OUT/wrk.txt"; then cat "$OUT/wrk.txt" >&2; exit 1; fi
    # Timeouts (no answer within wrk's 2 s) leave the latencies: say so.
    if grep -q "Socket errors" "$OUT/wrk.txt"; then echo "$1: $(grep "Socket errors" "$OUT/wrk.txt" | xargs)" >&2; fi
    awk '/Requests\/sec/ {rps = $2} /Non-2xx/ {non2xx = $NF} / requests in / {total = $1}
         function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
         $1 == "50%" {p50 = ms($2)} $1 == "99%" {p99 = ms($2)}
         END {printf "%.0f %.2f %.2f %d %d\n", rps, p50, p99, non2xx, total}' "$OUT/wrk.txt"
}

# The bytes per second of the last bench_measure (wrk's Transfer/sec, headers included).
bench_bytes_per_second() {
    awk '/Transfer\/sec/ {v = $2; m = 1; if (v ~ /KB$/) m = 1024; if (v ~ /MB$/) m = 1048576; if (v ~ /GB$/) m = 1073741824;
         printf "%.0f\n", v * m}' "$OUT/wrk.txt"
}

# $1 bytes as MiB, one decimal.
bench_mib() {
    awk -v a="$1" 'BEGIN {printf "%.1f", a / 1048576}'
}

# $1 as a percentage of $2.
bench_ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f %%", 100 * a / b}'
}

# "met" when $1 $2 $3 holds (awk comparison, e.g. 0.8 ">=" 0.75), else "**missed**".
bench_met() {
    awk -v a="$1" -v b="$3" "BEGIN {exit !(a $2 b)}" && echo met || echo "**missed**"
}

# The machine, for the results' footnote.
bench_machine() {
    echo "$(date -u +%F), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GiB"
}

# The rows of the results' targets table shared by both benchmarks: RSS $1 (MiB) and the restart against
# the bare app, and the ERROR lines $2 (bench_errors) with the heap limit.
bench_memory_targets() {
    local r_rss r_start
    r_rss=$(awk -v a="$1" -v b="$BARE_RSS" 'BEGIN {printf "%.2f", a / b}')
    r_start=$(awk -v a="$RESTART_MS" -v b="$BARE_START_MS" 'BEGIN {printf "%.2f", a / b}')
    echo "| RSS after the benchmark <= 1.5x the bare app's (after ${WARMUP}+${SECONDS_EACH}s of wrk on /hello) | $1 MiB vs $BARE_RSS MiB: ${r_rss}x | $(bench_met "$r_rss" "<=" 1.5) |"
    echo "| Start-up to ready <= 1.5x the bare app's | $RESTART_MS ms vs $BARE_START_MS ms: ${r_start}x | $(bench_met "$r_start" "<=" 1.5) |"
    echo "| No errors with -Xmx$XMX | ERROR lines in the service log: $2 | $( [ "${2%% *}" = 0 ] && echo met || echo '**missed**') |"
}
