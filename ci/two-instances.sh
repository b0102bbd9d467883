#!/usr/bin/env bash
# Starts two instances of the packaged service on one fresh PostgreSQL database once, and runs on them,
# one after another, the checks that need no instance of their own: by default the race for the same
# slots, the held-time bound and the shared rate limit. Every check fails or passes on its own; this
# exits non-zero when any failed. (ci/webhooks-two-instances.sh kills and restarts its instances, so it
# runs alone.)
#
#   ci/two-instances.sh [APP_DIR]
#
# APP_DIR is a PostgreSQL build's target/quarkus-app (built when absent). Needs java, curl, jq, psql and
# PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust auth). Ports: PAIR_PORT_A/PAIR_PORT_B
# (default 8183/8184). TWO_INSTANCE_CHECKS names the checks (ci/NAME.sh), in order.
#
# Adding a check: a ci/NAME.sh that, like ci/race-two-instances.sh, calls instances_setup and then
# instances_pair with the start function it would use alone (see ci/packaged-service.sh), keeps to
# services and practitioners of its own, and sends public writes from 127.0.0.1 (exempt from the rate
# limit here). What it needs of the instances goes into start() below, for every check: it then runs
# alone and here alike.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/ci/packaged-service.sh"
read -r -a CHECKS <<<"${TWO_INSTANCE_CHECKS:-race-two-instances held-time-two-instances rate-limit-two-instances}"
PORT_A=${PAIR_PORT_A:-8183}
PORT_B=${PAIR_PORT_B:-8184}
ADMIN_PASSWORD=pair-admin-$$
unset PAIR_DB
instances_setup pair "${1:-}" "${PAIR_LOG_DIR:-$ROOT/target/pair-logs}" java curl jq psql

# What each check asks of the instances it would start alone:
# - race: a pool of 10 with a long wait for a connection and a long idle timeout (hundreds of queued requests);
# - held-time: clinic.held-time.max-age as its bound (HELD_TIME_BOUND_MS), both instances listening;
# - rate-limit: LIMIT_REQUESTS (10) an hour, for the clients not exempted (127.0.0.1 is: the other checks' writes).
start() { # port name
    instance_start "$1" "$2" -Dclinic.first-admin.password="$ADMIN_PASSWORD" -Dclinic.rate-limit.exempt-addresses=127.0.0.1 \
        -Dquarkus.datasource.jdbc.max-size=10 -Dquarkus.datasource.jdbc.acquisition-timeout=60s -Dquarkus.http.idle-timeout=5m \
        -Dclinic.held-time.max-age="${HELD_TIME_BOUND_MS:-2000}ms" \
        -Dclinic.rate-limit.requests="${LIMIT_REQUESTS:-10}" -Dclinic.rate-limit.period=1h
}
instances_pair start
log "two instances up on $PORT_A and $PORT_B sharing database $SERVICE_DB; checks: ${CHECKS[*]}"
export PAIR_DB=$SERVICE_DB PAIR_PORT_A=$PORT_A PAIR_PORT_B=$PORT_B PAIR_ADMIN_PASSWORD=$ADMIN_PASSWORD

failed=()
for check in "${CHECKS[@]}"; do
    began=$(date +%s)
    echo "== $check (on the shared pair)"
    "$ROOT/ci/$check.sh" "$APP_DIR" || failed+=("$check")
    log "$check took $(( $(date +%s) - began )) s"
done
[ ${#failed[@]} -eq 0 ] || fail "${failed[*]}"
log "OK: ${CHECKS[*]}"
