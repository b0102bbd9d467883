#!/usr/bin/env bash
# Two instances of the packaged service on one fresh PostgreSQL database share the public write rate
# limit: together they admit the configured number of requests from one client, not twice it.
#
#   ci/rate-limit-two-instances.sh [APP_DIR]
#
# APP_DIR is a PostgreSQL build's target/quarkus-app (default: target/quarkus-app of this checkout,
# built with -Dquarkus.datasource.db-kind=postgresql when it is absent). Needs java, curl, psql and a
# PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust auth).
# Ports: LIMIT_PORT_A/LIMIT_PORT_B (default 8700/8701). Exits non-zero on any failure. The client is
# LIMIT_CLIENT (default 127.0.0.2, a loopback address other than the 127.0.0.1 that the other checks exempt), so
# that under ci/two-instances.sh it runs on that runner's pair, started with the same limit.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/ci/packaged-service.sh"
PORT_A=${LIMIT_PORT_A:-8700}
PORT_B=${LIMIT_PORT_B:-8701}
ALLOWED=${LIMIT_REQUESTS:-10} # the limit under test; refilled over an hour, so nothing refills meanwhile
CLIENT=${LIMIT_CLIENT:-127.0.0.2}
instances_setup rate-limit "${1:-}" "${LIMIT_LOG_DIR:-$ROOT/target/rate-limit-logs}" java curl psql

start() { # port name
    instance_start "$1" "$2" -Dclinic.rate-limit.requests="$ALLOWED" -Dclinic.rate-limit.period=1h -Dquarkus.datasource.jdbc.max-size=5
}

instances_pair start
log "two instances up on $PORT_A and $PORT_B sharing database $SERVICE_DB, limit $ALLOWED requests"

# Twice the limit from one client (a loopback address), alternating between the instances. An empty body is a
# write that the limit counts (the service answers 400 to it), so no appointment is needed.
for i in $(seq 1 $((2 * ALLOWED))); do
    port=$([ $((i % 2)) -eq 0 ] && echo "$PORT_A" || echo "$PORT_B")
    curl -s --interface "$CLIENT" -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' -d '{}' \
        "http://127.0.0.1:$port/api/v1/appointments" >>"$WORK/codes"
done

admitted=$(grep -vc '^429$' "$WORK/codes" || true)
limited=$(grep -c '^429$' "$WORK/codes" || true)
log "answers: $admitted admitted, $limited limited (codes: $(sort "$WORK/codes" | uniq -c | tr '\n' ' '))"
[ "$(grep -vc '^\(400\|429\)$' "$WORK/codes" || true)" -eq 0 ] || fail "unexpected statuses"
[ "$admitted" -eq "$ALLOWED" ] || fail "the two instances admitted $admitted requests, expected $ALLOWED"
log "OK: two instances together admitted the limit of $ALLOWED requests once"
