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
# (8185/8186). Exits non-zero on any failure.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP_DIR=${1:-$ROOT/target/quarkus-app}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PORT_A=${HELD_PORT_A:-8185}
PORT_B=${HELD_PORT_B:-8186}
BOUND_MS=${HELD_TIME_BOUND_MS:-2000}
LISTEN_B=${HELD_TIME_LISTEN_B:-true}
DB=clinic_held_$$
WORK=$(mktemp -d /tmp/clinic-held.XXXXXX)
ADMIN_PASSWORD=held-admin-$$
LOGS=${HELD_LOG_DIR:-$ROOT/target/held-time-logs} # the instances' logs are kept here
PIDS=()

log() { echo "held-time: $*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
sql() { psql -X -q -t -A -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$DB" -c "$1"; }
now_ms() { date +%s%3N; }

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    psql -X -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
    mkdir -p "$LOGS" && cp "$WORK"/*.log "$LOGS"/ 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

for tool in java curl jq psql; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done
if [ ! -f "$APP_DIR/quarkus-run.jar" ]; then
    log "no jar in $APP_DIR: building the PostgreSQL package"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql)
    APP_DIR=$ROOT/target/quarkus-app
fi

psql -X -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -c "create database $DB" >/dev/null

start() { # port name [JVM option...]
    local port=$1 name=$2
    shift 2
    ! curl -s -o /dev/null "http://127.0.0.1:$port/" || fail "port $port is already in use by another process"
    java "$@" -Dquarkus.http.port="$port" -Dclinic.data-dir="$WORK/$name" \
        -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" -Dquarkus.datasource.username="$PGUSER" \
        -Dclinic.first-admin.password="$ADMIN_PASSWORD" -Dclinic.rate-limit.exempt-addresses=127.0.0.1 \
        -Dquarkus.datasource.jdbc.max-size=5 -Dclinic.held-time.max-age="${BOUND_MS}ms" \
        -jar "$APP_DIR/quarkus-run.jar" >"$WORK/$name.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 240); do
        if curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; then return 0; fi
        kill -0 "${PIDS[-1]}" 2>/dev/null || { tail -20 "$WORK/$name.log" >&2; fail "instance $name died on start"; }
        sleep 0.5
    done
    tail -20 "$WORK/$name.log" >&2
    fail "instance $name did not become ready"
}

# One instance first (it migrates the schema and creates the admin), then the second.
start "$PORT_A" a
start "$PORT_B" b -Dclinic.held-time.listen="$LISTEN_B"
log "two instances up on $PORT_A and $PORT_B sharing database $DB; bound ${BOUND_MS} ms; B listening: $LISTEN_B"

admin() { # method path body
    curl -sf -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -X "$1" "http://127.0.0.1:$PORT_A$2" -d "$3" >/dev/null \
        || fail "admin call $1 $2 refused"
}
admin POST /api/v1/admin/services '{"slug":"held-visit","name":{"en":"Held visit"},"description":{"en":"Cached."},
    "durationMinutes":30,"bufferBeforeMinutes":0,"bufferAfterMinutes":0,"audience":"ANYONE","active":true,"displayOrder":1}'
admin POST /api/v1/admin/practitioners '{"slug":"dr-held","displayName":"Dr. Held","bio":{"en":"Holds."},
    "languages":["en"],"services":["held-visit"],"active":true,"displayOrder":1}'
days='"MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"'
intervals=$(jq -cn --argjson days "[$days]" '[$days[] | {day: ., start: "08:00", end: "18:00"}]')
admin PUT /api/v1/admin/practitioners/dr-held/working-hours "{\"intervals\":$intervals}"

expected=2
[ "$LISTEN_B" = true ] || expected=1
for _ in $(seq 1 50); do
    listeners=$(sql "select count(*) from pg_stat_activity where datname = '$DB' and application_name = 'clinic-held-time-listener'")
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
