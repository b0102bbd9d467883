# Pieces shared by the benchmarks (bench/run.sh, bench/booking.sh); source it from the repository root.
# Settings (environment): BENCH_DB (clinic_bench), BENCH_PORT (8189), BENCH_SECONDS (20) per scenario,
# BENCH_WARMUP (10) per endpoint, BENCH_CONNECTIONS (16).
DB=${BENCH_DB:-clinic_bench}
PORT=${BENCH_PORT:-8189}
SECONDS_EACH=${BENCH_SECONDS:-20}
WARMUP=${BENCH_WARMUP:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
OUT=bench/out
export PGOPTIONS=--client-min-messages=warning
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
BASE="http://127.0.0.1:$PORT"
CEILING="$BASE/q/health/live"
SERVICE_PID=
mkdir -p "$OUT"

command -v wrk > /dev/null || { echo "Installing wrk"; apt-get install -y wrk > /dev/null 2>&1 || { apt-get update > /dev/null; apt-get install -y wrk > /dev/null; }; }
command -v psql > /dev/null || { echo "psql is needed, with PostgreSQL on 127.0.0.1:5432" >&2; exit 1; }

# Builds the jar for PostgreSQL into target/bench-app, leaving the default H2 build alone.
bench_build() {
    echo "Building the service for PostgreSQL"
    ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql \
        -Dquarkus.package.output-directory=bench-app -Dquarkus.smallrye-openapi.store-schema-directory=target/bench-app
}

bench_cleanup() {
    if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2> /dev/null && wait "$SERVICE_PID" 2> /dev/null || true; fi
    [ -n "${BENCH_KEEP_DB:-}" ] || "${PSQL[@]}" -c "drop database if exists $DB" 2> /dev/null || true
}

# Starts the built service on a fresh database $DB, with any extra JVM options given, and waits until
# it is ready; on exit it is stopped and the database dropped (BENCH_KEEP_DB=1 keeps it).
bench_start() {
    "${PSQL[@]}" -c "drop database if exists $DB" -c "create database $DB"
    trap bench_cleanup EXIT
    java -Xmx1g -Dquarkus.http.port="$PORT" -Dclinic.data-dir="$OUT/data" \
        -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$DB" -Dquarkus.datasource.username=postgres \
        -Dquarkus.log.level=WARN "$@" -jar target/bench-app/quarkus-run.jar > "$OUT/service.log" 2>&1 &
    SERVICE_PID=$!
    for _ in $(seq 1 60); do
        curl -sf "$BASE/q/health/ready" > /dev/null && return 0
        kill -0 "$SERVICE_PID" 2> /dev/null || { cat "$OUT/service.log" >&2; exit 1; }
        sleep 1
    done
}

# Load for BENCH_WARMUP seconds, unmeasured; wrk options (such as a Lua script) may follow the URL.
bench_warm() {
    wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "$@" > /dev/null
}

# Prints "requests/s p50-ms p99-ms non-2xx-answers" for a URL; wrk options may follow the URL.
# Any non-2xx answer fails the run unless BENCH_ALLOW_NON_2XX is set.
bench_measure() {
    wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$@" > "$OUT/wrk.txt"
    if [ -z "${BENCH_ALLOW_NON_2XX:-}" ] && grep -q "Non-2xx" "$OUT/wrk.txt"; then cat "$OUT/wrk.txt" >&2; exit 1; fi
    awk '/Requests\/sec/ {rps = $2} /Non-2xx/ {non2xx = $NF}
         function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
         $1 == "50%" {p50 = ms($2)} $1 == "99%" {p99 = ms($2)}
         END {printf "%.0f %.2f %.2f %d\n", rps, p50, p99, non2xx}' "$OUT/wrk.txt"
}

# $1 as a percentage of $2.
bench_ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f %%", 100 * a / b}'
}

# The machine, for the results' footnote.
bench_machine() {
    echo "$(date -u +%F), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GiB"
}
