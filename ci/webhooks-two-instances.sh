#!/usr/bin/env bash
# Webhooks with two instances of the packaged service on one fresh PostgreSQL database: events
# written while nobody dispatches survive a kill -9, then both instances dispatch at once, and a
# receiver that verifies every signature counts what it accepted: every event delivered, none twice.
# The same run checks reminders: none is due while phase 1 books, then both instances look for due
# reminders every second from the moment they start (the phase-1 visits all due at once, the phase-2
# ones as they are booked); each visit still confirmed gets exactly one reminder, none gets two.
#
#   ci/webhooks-two-instances.sh [APP_DIR]
#
# APP_DIR is a PostgreSQL build's target/quarkus-app (built when absent). Needs java, curl, jq, psql,
# python3 and PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust auth).
# Ports: HOOKS_PORT_A/HOOKS_PORT_B/HOOKS_PORT_RECEIVER (default 8401/8402/8450).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/ci/packaged-service.sh"
PORT_A=${HOOKS_PORT_A:-8401}
PORT_B=${HOOKS_PORT_B:-8402}
PORT_R=${HOOKS_PORT_RECEIVER:-8450}
BOOKINGS=${HOOKS_BOOKINGS:-12} # per phase
ADMIN_PASSWORD=hooks-admin-$$
SECRETS_KEY=$(head -c 32 /dev/urandom | base64)
instances_setup webhooks "${1:-}" "${HOOKS_LOG_DIR:-$ROOT/target/webhook-logs}" java curl jq psql python3
RECEIVER=
trap '[ -z "$RECEIVER" ] || kill "$RECEIVER" 2>/dev/null; instances_cleanup' EXIT

declare -A PID
start() { # port name dispatch reminder-lead-time
    instance_start "$1" "$2" -Dquarkus.datasource.jdbc.max-size=8 -Dclinic.first-admin.password="$ADMIN_PASSWORD" \
        -Dclinic.mail.reminder-before="$4" -Dclinic.mail.reminder-check-interval=1s \
        -Dclinic.rate-limit.exempt-addresses=127.0.0.1 -Dclinic.secrets-key="$SECRETS_KEY" \
        -Dclinic.webhooks.allowed-private-targets=127.0.0.1 -Dclinic.outbox.dispatch="$3" -Dclinic.outbox.poll-interval=1s \
        -Dclinic.outbox.retry.initial-delay=1s -Dclinic.outbox.retry.max-delay=2s -Dclinic.outbox.instance-name="$2"
    PID[$2]=$SERVICE_PID
}

# Phase 1: one instance that does not dispatch; the events wait in the outbox, then it is killed.
start "$PORT_A" a false 1s # visits are days ahead: no reminder is due yet
bookable "$PORT_A" hook-visit dr-hook 06:00 22:00
secret=$(admin "$PORT_A" POST /api/v1/admin/webhooks "{\"url\":\"http://127.0.0.1:$PORT_R/hook\",\"eventTypes\":[\"appointment.requested\",
    \"appointment.confirmed\",\"appointment.cancelled\",\"appointment.rescheduled\"]}" | jq -r .secret)

from=$(date -u -d '+2 days' +%F)
to=$(date -u -d '+20 days' +%F)
curl -sf "http://127.0.0.1:$PORT_A/api/v1/slots?service=hook-visit&practitioner=dr-hook&from=$from&to=$to" \
    | jq -r '[.days[].slots[].start | select(test("T[0-9]{2}:00:00"))] | .[]' >"$WORK/slots"
book() { # port slot-number
    jq -cn --arg start "$(sed -n "${2}p" "$WORK/slots")" --arg n "$2" '{service: "hook-visit", practitioner: "dr-hook", start: $start,
        patient: {firstName: "Hook", lastName: ("Patient " + $n), email: ("hook" + $n + "@ci-patients.dev"), phone: "+1 555 010 0000"},
        newPatient: false, consentToContact: true}' \
        | curl -sf -o /dev/null -H 'Content-Type: application/json' --data @- "http://127.0.0.1:$1/api/v1/appointments" \
        || fail "booking $2 refused"
}
for i in $(seq 1 "$BOOKINGS"); do book "$PORT_A" "$i"; done
waiting=$(sql "select count(*) from outbox_message where channel = 'WEBHOOK' and status = 'PENDING'")
mails=$(sql "select count(*) from outbox_message where channel = 'EMAIL' and status = 'PENDING'")
log "$waiting webhook messages and $mails emails (no SMTP configured) wait in the outbox; killing instance a"
[ "$waiting" -ge "$BOOKINGS" ] || fail "expected at least $BOOKINGS webhook messages waiting"
[ "$mails" -ge "$BOOKINGS" ] || fail "expected the patients' emails to wait in the outbox"
service_stop "${PID[a]}" KILL

# Phase 2: the receiver, then both instances dispatching, while more bookings and cancellations come in.
python3 "$ROOT/ci/webhook-receiver.py" "$PORT_R" "$secret" "$WORK/accepted.txt" 2>"$WORK/receiver.log" &
RECEIVER=$!
start "$PORT_A" a true 30d # every visit is inside this lead time
start "$PORT_B" b true 30d
for i in $(seq $((BOOKINGS + 1)) $((2 * BOOKINGS))); do
    if [ $((i % 2)) -eq 0 ]; then book "$PORT_A" "$i"; else book "$PORT_B" "$i"; fi
done
for ref in $(sql "select reference from appointment order by id limit $((BOOKINGS / 2))"); do
    admin "$PORT_B" POST "/api/v1/admin/appointments/$ref/status-changes" '{"status":"CANCELLED","reason":"CI"}' >/dev/null
done

total=$(sql "select count(*) from outbox_message where channel = 'WEBHOOK'")
for _ in $(seq 1 240); do
    [ "$(sql "select count(*) from outbox_message where channel = 'WEBHOOK' and status <> 'DELIVERED'")" -eq 0 ] && break
    sleep 0.5
done
pending=$(sql "select count(*) from outbox_message where channel = 'WEBHOOK' and status <> 'DELIVERED'")
[ "$pending" -eq 0 ] || fail "$pending of $total webhook messages were not delivered"
! grep -q "BAD SIGNATURE" "$WORK/receiver.log" || fail "the receiver saw a bad signature"
accepted=$(wc -l <"$WORK/accepted.txt")
distinct=$(cut -d' ' -f1 "$WORK/accepted.txt" | sort -u | wc -l)
retried=$(sql "select count(distinct message_id) from delivery_attempt where outcome = 'FAILED'")
by=$(sql "select string_agg(instance || ': ' || n, ', ') from (select instance, count(*) n from delivery_attempt
    where outcome = 'DELIVERED' group by instance order by instance) x")
log "$total messages, $accepted accepted by the receiver ($distinct distinct), $retried retried after a 500; delivered by $by"
[ "$distinct" -eq "$total" ] || fail "the receiver accepted $distinct distinct messages, the outbox has $total"
[ "$accepted" -eq "$total" ] || fail "some message was accepted twice"
# In order per appointment: each appointment's deliveries succeeded in the order its events were written.
disorder=$(sql "select count(*) from (select appointment_id, id, delivered_at, lag(delivered_at) over (partition by appointment_id order by id) prev
    from outbox_message where channel = 'WEBHOOK') x where delivered_at < prev")
[ "$disorder" -eq 0 ] || fail "$disorder messages were delivered before an earlier one of their appointment"
log "OK: every event delivered once, in order per appointment, across a kill -9 and two dispatching instances"

# Reminders: both instances checked every second while bookings came in; phase 1 enqueued none.
confirmed=$(sql "select count(*) from appointment where status = 'CONFIRMED'")
for _ in $(seq 1 60); do
    [ "$(sql "select count(*) from appointment a where a.status = 'CONFIRMED' and not exists (select 1 from outbox_message m
        where m.appointment_id = a.id and m.event_type = 'patient.reminder')")" -eq 0 ] && break
    sleep 0.5
done
reminders=$(sql "select count(*) from outbox_message where event_type = 'patient.reminder'")
twice=$(sql "select count(*) from (select appointment_id from outbox_message where event_type = 'patient.reminder'
    group by appointment_id having count(*) > 1) x")
missing=$(sql "select count(*) from appointment a where a.status = 'CONFIRMED' and not exists (select 1 from outbox_message m
    where m.appointment_id = a.id and m.event_type = 'patient.reminder')")
rows=$(sql "select count(*) from appointment_reminder")
errors=$(cat "$WORK"/a/service.log "$WORK"/b/service.log | grep -c 'ERROR.*Reminders' || true)
log "$reminders reminders for $confirmed confirmed visits (of $(sql "select count(*) from appointment")), $rows reminder rows; $twice visits with two, $missing without; $errors reminder errors logged"
[ "$twice" -eq 0 ] || fail "$twice visits got more than one reminder"
[ "$missing" -eq 0 ] || fail "$missing confirmed visits got no reminder"
[ "$rows" -eq "$reminders" ] || fail "$rows reminder rows for $reminders reminder emails"
[ "$errors" -eq 0 ] || fail "the reminder job logged errors"
log "OK: each confirmed visit got exactly one reminder with two instances checking at once"
