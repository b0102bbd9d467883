#!/usr/bin/env bash
# Power cut mid-write on the embedded database: starts the packaged service on a fresh H2 file,
# sends writes in parallel, kills the JVM with SIGKILL while they are in flight, restarts it and
# checks that every write that was answered 201 is still there.
# Usage: ci/crash-durability.sh [target/quarkus-app]  (an H2 build; builds one if absent)
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-target/quarkus-app}
port=${CRASH_PORT:-8191}
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

[ -f "$app/quarkus-run.jar" ] || ./mvnw -q -B package -DskipTests

start() {
  CLINIC_FIRST_ADMIN_PASSWORD=crash-test-pass CLINIC_DEMO_DATA=false \
    java -Dclinic.data-dir="$work/data" -Dquarkus.http.port="$port" -jar "$app/quarkus-run.jar" >>"$work/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && return 0
    sleep 0.5
  done
  echo "the service did not start"; tail -20 "$work/service.log"; exit 1
}
api() { curl -s -u admin:crash-test-pass -H 'Content-Type: application/json' "$@"; }

start
api -o /dev/null -d '{"slug":"crash","name":{"en":"Crash"}}' "http://127.0.0.1:$port/api/v1/admin/faq-categories"
write() { # one write; records its question when the service answered 201
  local code
  code=$(api -o /dev/null -w '%{http_code}' -d "{\"category\":\"crash\",\"question\":{\"en\":\"durable-$1\"},\"answer\":{\"en\":\"x\"},\"tags\":[],\"published\":true}" \
    "http://127.0.0.1:$port/api/v1/admin/faqs" || true)
  [ "$code" = 201 ] && echo "durable-$1" >>"$work/acknowledged"
  return 0
}
touch "$work/acknowledged"
writers=()
for i in $(seq 1 400); do
  write "$i" &
  writers+=($!)
  if [ $((i % 8)) = 0 ]; then wait "${writers[@]}"; writers=(); fi
  [ "$i" = 204 ] && kill -9 "$pid" # four writes in flight
done
wait "${writers[@]}" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
pid=
acknowledged=$(wc -l <"$work/acknowledged")
start
stored=$(api "http://127.0.0.1:$port/api/v1/admin/faqs?category=crash" | grep -o '"en":"durable-[0-9]*"' | sed 's/.*"\(durable-[0-9]*\)"/\1/' | sort)
missing=$(comm -23 <(sort "$work/acknowledged") <(echo "$stored") | wc -l)
echo "acknowledged before the kill: $acknowledged, stored after restart: $(echo "$stored" | grep -c . || true), acknowledged but lost: $missing"
[ "$acknowledged" -gt 0 ] && [ "$missing" = 0 ]
