#!/usr/bin/env bash
# Races two instances of the packaged service, sharing one fresh PostgreSQL database, for the same
# slots, and checks in the database that every slot went to exactly one request.
#
#   ci/race-two-instances.sh [APP_DIR]
#
# APP_DIR is a PostgreSQL build's target/quarkus-app (default: target/quarkus-app of this checkout,
# built with -Dquarkus.datasource.db-kind=postgresql when it is absent). Needs java, curl, jq, psql
# and a PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust auth).
# Ports: RACE_PORT_A/RACE_PORT_B (default 8183/8184). Exits non-zero on any failure. Under ci/two-instances.sh
# it races on that runner's pair instead of starting its own.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/ci/packaged-service.sh"
PORT_A=${RACE_PORT_A:-8183}
PORT_B=${RACE_PORT_B:-8184}
GROUPS_TO_RACE=${RACE_SLOTS:-12}       # slots raced for
PER_START=${RACE_REQUESTS_PER_START:-5} # requests per start and instance; two starts per slot
ADMIN_PASSWORD=race-admin-$$
instances_setup race "${1:-}" "${RACE_LOG_DIR:-$ROOT/target/race-logs}" java curl jq psql

# Small pools (several runs may share the server's 100 connections) and a long wait for a connection:
# the burst below queues hundreds of requests on one practitioner's lock, and this checks who wins,
# not how fast a loaded machine answers; the idle timeout outlasts that wait, or a queued request's
# connection would be closed before it is answered.
start() { # port name
    instance_start "$1" "$2" -Dclinic.first-admin.password="$ADMIN_PASSWORD" -Dclinic.rate-limit.exempt-addresses=127.0.0.1 \
        -Dquarkus.datasource.jdbc.max-size="${RACE_POOL_SIZE:-10}" -Dquarkus.datasource.jdbc.acquisition-timeout=60s -Dquarkus.http.idle-timeout=5m
}

instances_pair start
log "two instances up on $PORT_A and $PORT_B sharing database $SERVICE_DB"

bookable "$PORT_A" race-visit dr-race 08:00 18:00 5
# Warm both instances up (a cold JVM on a small machine answers a burst slowly), on another practitioner.
practitioner "$PORT_A" dr-warm-up race-visit 08:00 18:00 2
warm_from=$(date -u -d '+8 days' +%F)
curl -sf "http://127.0.0.1:$PORT_A/api/v1/slots?service=race-visit&practitioner=dr-warm-up&from=$warm_from" >"$WORK/warm.json" \
    || fail "slot search failed"
jq -r '[.days[].slots[].start] | .[:60][]' "$WORK/warm.json" | while read -r start; do
    for port in "$PORT_A" "$PORT_B"; do
        jq -cn --arg start "$start" '{service: "race-visit", practitioner: "dr-warm-up", start: $start,
            patient: {firstName: "Warm", lastName: "Up", email: "warm@race.example", phone: "+1 555 010 0000"},
            newPatient: false, consentToContact: true}' \
            | curl -s -o /dev/null -H 'Content-Type: application/json' --data @- "http://127.0.0.1:$port/api/v1/appointments" &
        curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/slots?service=race-visit&from=$warm_from" &
    done
    wait
done
log "warmed up"

# Slots an hour apart, each raced at its start and at start+15 min (a different start that overlaps).
from=$(date -u -d '+2 days' +%F)
to=$(date -u -d '+6 days' +%F)
curl -sf "http://127.0.0.1:$PORT_B/api/v1/slots?service=race-visit&practitioner=dr-race&from=$from&to=$to" >"$WORK/slots.json" \
    || fail "slot search failed"
mapfile -t starts < <(jq -r '[.days[].slots[].start | select(test("T[0-9]{2}:00:00"))] | .[]' "$WORK/slots.json" \
    | head -n "$GROUPS_TO_RACE")
[ "${#starts[@]}" -eq "$GROUPS_TO_RACE" ] || fail "found ${#starts[@]} whole-hour slots, wanted $GROUPS_TO_RACE"

# Bodies first, so that the requests themselves leave together.
n=0
declare -a TARGET
for start in "${starts[@]}"; do
    later=$(date -u -d "@$(( $(date -d "$start" +%s) + 900 ))" +%Y-%m-%dT%H:%M:%SZ)
    for _ in $(seq 1 "$PER_START"); do
        for port in "$PORT_A" "$PORT_B"; do
            for at in "$start" "$later"; do
                n=$((n + 1))
                jq -cn --arg start "$at" --arg n "$n" '{service: "race-visit", practitioner: "dr-race", start: $start,
                    patient: {firstName: "Race", lastName: ("Runner " + $n), email: ("runner" + $n + "@race.example"),
                    phone: "+1 555 010 0000"}, newPatient: false, consentToContact: true}' >"$WORK/body.$n.json"
                TARGET[$n]=$port
            done
        done
    done
done

log "firing $n requests at both instances at once"
REQUESTS=()
for i in $(seq 1 "$n"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' --data "@$WORK/body.$i.json" \
        "http://127.0.0.1:${TARGET[$i]}/api/v1/appointments" >>"$WORK/codes" &
    REQUESTS+=($!)
done
wait "${REQUESTS[@]}" || true

cp "$WORK/codes" "$LOGS.codes" 2>/dev/null || true
created=$(grep -c "^201 " "$WORK/codes" || true)
conflicts=$(grep -c "^409 " "$WORK/codes" || true)
total=$(wc -l <"$WORK/codes")
log "answers: $created created, $conflicts conflicts, $total in all"
[ "$total" -eq "$n" ] || fail "$((n - total)) requests got no answer"
[ "$((created + conflicts))" -eq "$total" ] || fail "unexpected statuses: $(cut -d' ' -f1 "$WORK/codes" | sort | uniq -c | tr '\n' ' ')"
[ "$created" -eq "$GROUPS_TO_RACE" ] || fail "$created requests won, expected one per slot ($GROUPS_TO_RACE)"

overlaps=$(sql "select count(*) from appointment a join appointment b on a.practitioner_id = b.practitioner_id and a.id < b.id
    and a.blocked_from < b.blocked_until and b.blocked_from < a.blocked_until
    where a.status in ('REQUESTED','CONFIRMED') and b.status in ('REQUESTED','CONFIRMED')")
[ "$overlaps" -eq 0 ] || fail "$overlaps pairs of holding appointments overlap"
for start in "${starts[@]}"; do
    held=$(sql "select count(*) from appointment where status in ('REQUESTED','CONFIRMED')
        and starts_at >= timestamptz '$start' and starts_at <= timestamptz '$start' + interval '15 minutes'")
    [ "$held" -eq 1 ] || fail "slot $start is held by $held appointments"
done
log "OK: each of the $GROUPS_TO_RACE slots has exactly one holding appointment, and none overlap"
