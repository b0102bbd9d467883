#!/usr/bin/env bash
# Two instances of the packaged service on one fresh PostgreSQL database share the public write rate
# limit: together they admit the configured number of requests from one client, not twice it.
#
#   ci/rate-limit-two-instances.sh [APP_DIR]
#
# APP_DIR is a PostgreSQL build's target/quarkus-app (default: target/quarkus-app of this checkout,
# built with -Dquarkus.datasource.db-kind=postgresql when it is absent). Needs java, curl, psql and a
# PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust auth).
# Ports: LIMIT_PORT_A/LIMIT_PORT_B (default 8700/8701). Exits non-zero on any failure.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP_DIR=${1:-$ROOT/target/quarkus-app}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PORT_A=${LIMIT_PORT_A:-8700}
PORT_B=${LIMIT_PORT_B:-8701}
ALLOWED=${LIMIT_REQUESTS:-10} # the limit under test; refilled over an hour, so nothing refills meanwhile
DB=clinic_limit_$$
WORK=$(mktemp -d /tmp/clinic-limit.XXXXXX)
LOGS=${LIMIT_LOG_DIR:-$ROOT/target/rate-limit-logs}
PIDS=()

log() { echo "rate-limit: $*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    psql -X -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
    mkdir -p "$LOGS" && cp "$WORK"/*.log "$LOGS"/ 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

for tool in java curl psql; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done
if [ ! -f "$APP_DIR/quarkus-run.jar" ]; then
    log "no jar in $APP_DIR: building the PostgreSQL package"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql)
    APP_DIR=$ROOT/target/quarkus-app
fi

psql -X -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -c "create database $DB" >/dev/null

start() { # port name
    ! curl -s -o /dev/null "http://127.0.0.1:$1/" || fail "port $1 is already in use by another process"
    java -Dquarkus.http.port="$1" -Dclinic.data-dir="$WORK/$2" \
        -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" -Dquarkus.datasource.username="$PGUSER" \
        -Dclinic.rate-limit.requests="$ALLOWED" -Dclinic.rate-limit.period=1h -Dquarkus.datasource.jdbc.max-size=5 \
        -jar "$APP_DIR/quarkus-run.jar" >"$WORK/$2.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 240); do
        if curl -sf "http://127.0.0.1:$1/q/health/ready" >/dev/null; then return 0; fi
        kill -0 "${PIDS[-1]}" 2>/dev/null || { tail -20 "$WORK/$2.log" >&2; fail "instance $2 died on start"; }
        sleep 0.5
    done
    tail -20 "$WORK/$2.log" >&2
    fail "instance $2 did not become ready"
}

# One instance first (it migrates the schema), then the second.
start "$PORT_A" a
start "$PORT_B" b
log "two instances up on $PORT_A and $PORT_B sharing database $DB, limit $ALLOWED requests"

# Twice the limit from one client (loopback), alternating between the instances. An empty body is a
# write that the limit counts (the service answers 400 to it), so no appointment is needed.
for i in $(seq 1 $((2 * ALLOWED))); do
    port=$([ $((i % 2)) -eq 0 ] && echo "$PORT_A" || echo "$PORT_B")
    curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' -d '{}' \
        "http://127.0.0.1:$port/api/v1/appointments" >>"$WORK/codes"
done

admitted=$(grep -vc '^429$' "$WORK/codes" || true)
limited=$(grep -c '^429$' "$WORK/codes" || true)
log "answers: $admitted admitted, $limited limited (codes: $(sort "$WORK/codes" | uniq -c | tr '\n' ' '))"
[ "$(grep -vc '^\(400\|429\)$' "$WORK/codes" || true)" -eq 0 ] || fail "unexpected statuses"
[ "$admitted" -eq "$ALLOWED" ] || fail "the two instances admitted $admitted requests, expected $ALLOWED"
log "OK: two instances together admitted the limit of $ALLOWED requests once"
