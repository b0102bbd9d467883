#!/usr/bin/env bash
# Two instances of the packaged service on one fresh PostgreSQL database: a slot booked through A must
# leave B's slot lists within the held-time bound (clinic.held-time.max-age, default 2s), and come back
# within it once cancelled through A. B has searched the day just before, so it answers from its cache:
# only A's NOTIFY (or, were it lost, the cache's maximum age) can make B read held time again.
#
#   ci/held-time-two-instances.sh [APP_DIR]
#
# APP_DIR is a PostgreSQL build's target/quarkus-app (default: target/quarkus-app of this checkout,
# built with -Dquarkus.datasource.db-kind=postgresql when it is absent). Needs java, curl, jq, psql
# and a PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust auth).
# Settings: HELD_TIME_BOUND_MS (2000), given to both instances as clinic.held-time.max-age and used as
# the deadline; HELD_TIME_LISTEN_B=false starts B without its listener, so that only the maximum age
# bounds it (the fallback should the listening connection be lost); ports HELD_PORT_A/HELD_PORT_B
# (8185/8186). Exits non-zero on any failure. Under ci/two-instances.sh it runs on that runner's pair (whose
# instances have the same bound and both listen), unless HELD_TIME_LISTEN_B=false asks for a B of its own kind.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/ci/packaged-service.sh"
PORT_A=${HELD_PORT_A:-8185}
PORT_B=${HELD_PORT_B:-8186}
BOUND_MS=${HELD_TIME_BOUND_MS:-2000}
LISTEN_B=${HELD_TIME_LISTEN_B:-true}
ADMIN_PASSWORD=held-admin-$$
[ "$LISTEN_B" = true ] || unset PAIR_DB
instances_setup held-time "${1:-}" "${HELD_LOG_DIR:-$ROOT/target/held-time-logs}" java curl jq psql
now_ms() { date +%s%3N; }

start() { # port name
    local listen=()
    [ "$2" != b ] || listen=(-Dclinic.held-time.listen="$LISTEN_B")
    instance_start "$1" "$2" "${listen[@]}" -Dclinic.first-admin.password="$ADMIN_PASSWORD" -Dclinic.rate-limit.exempt-addresses=127.0.0.1 \
        -Dquarkus.datasource.jdbc.max-size=5 -Dclinic.held-time.max-age="${BOUND_MS}ms"
}

instances_pair start
log "two instances up on $PORT_A and $PORT_B sharing database $SERVICE_DB; bound ${BOUND_MS} ms; B listening: $LISTEN_B"

bookable "$PORT_A" held-visit dr-held 08:00 18:00

expected=2
[ "$LISTEN_B" = true ] || expected=1
for _ in $(seq 1 50); do
    listeners=$(sql "select count(*) from pg_stat_activity where datname = '$SERVICE_DB' and application_name = 'clinic-held-time-listener'")
    [ "$listeners" -eq "$expected" ] && break
    sleep 0.2
done
[ "$listeners" -eq "$expected" ] || fail "$listeners instances listen for held-time changes, expected $expected"

day=$(date -u -d '+3 days' +%F)
SEARCH="http://127.0.0.1:$PORT_B/api/v1/slots?service=held-visit&practitioner=dr-held&from=$day&to=$day"
offered() { curl -sf "$SEARCH" | jq -r '.days[].slots[].start'; }
offers() { offered | grep -qxF "$1"; } # start

# B learns of the new service and hours within its setup snapshot's own bound (5 s), not this one.
for _ in $(seq 1 100); do
    start=$(offered | head -n 1)
    [ -n "$start" ] && break
    sleep 0.2
done
[ -n "$start" ] || fail "B offers no slot on $day"
log "B offers $start (its held time for $day is now cached)"

# Polls B until it offers ($1=yes) or no longer offers ($1=no) $2, within the bound of $3 (ms since the epoch).
within_bound() {
    local want=$1 start=$2 since=$3 elapsed polls=0
    while :; do
        polls=$((polls + 1))
        if offers "$start"; then [ "$want" = yes ] && break; else [ "$want" = no ] && break; fi
        elapsed=$(( $(now_ms) - since ))
        [ "$elapsed" -le "$BOUND_MS" ] || fail "B still answers as before $elapsed ms after the commit on A (bound ${BOUND_MS} ms)"
        sleep 0.05
    done
    echo "$(( $(now_ms) - since )) ms, at search $polls of B"
}

booked=$(jq -cn --arg start "$start" '{service: "held-visit", practitioner: "dr-held", start: $start,
    patient: {firstName: "Held", lastName: "Time", email: "held@example.org", phone: "+1 555 010 0000"},
    newPatient: false, consentToContact: true}' \
    | curl -sf -H 'Content-Type: application/json' --data @- "http://127.0.0.1:$PORT_A/api/v1/appointments") \
    || fail "booking $start on A failed"
committed=$(now_ms)
reference=$(jq -r .reference <<<"$booked")
token=$(jq -r .manageToken <<<"$booked")
gone=$(within_bound no "$start" "$committed")
[ "$(sql "select count(*) from appointment where reference = '$reference' and status in ('REQUESTED','CONFIRMED')")" -eq 1 ] \
    || fail "the booking $reference is not in the database"
log "booked $start on A ($reference); B stopped offering it after $gone"

curl -sf -o /dev/null -H "X-Manage-Token: $token" -H 'Content-Type: application/json' -d '{}' \
    "http://127.0.0.1:$PORT_A/api/v1/appointments/$reference/cancel" || fail "cancelling $reference on A failed"
committed=$(now_ms)
back=$(within_bound yes "$start" "$committed")
log "cancelled on A; B offered $start again after $back"
log "OK: B followed A's booking and cancellation within the bound of ${BOUND_MS} ms"
