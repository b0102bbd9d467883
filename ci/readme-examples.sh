#!/usr/bin/env bash
# Runs the README's examples against the packaged service, started as the README says on a fresh
# ./data, and fails when one does not give the status the README gives for it.
#
#   ci/readme-examples.sh [APP_DIR]     APP_DIR: an H2 build's target/quarkus-app (the default)
#
# The convention (README, "Working on it"): every ```bash block of README.md is an example, run in
# order in one shell as if pasted into one terminal; every curl in it ends its command with the
# status it answers, as a comment: `# → 201`. Commands that are not examples (build, start, test,
# Docker, PostgreSQL) are in ```sh blocks. The examples' http://localhost:8080 becomes the port here
# (README_EXAMPLES_PORT, default 8602). Each curl's status is read through a -D of the runner's own,
# so an example must not pass -D itself (-i or -I show headers instead).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP_DIR=$(cd "${1:-$ROOT/target/quarkus-app}" && pwd)
PORT=${README_EXAMPLES_PORT:-8602}
WORK=$(mktemp -d /tmp/clinic-readme.XXXXXX)
. "$ROOT/ci/packaged-service.sh"
trap 'service_stop; rm -rf "$WORK"' EXIT

# The admin password the README's start command sets, which its staff examples use.
password=$(grep -o 'CLINIC_FIRST_ADMIN_PASSWORD=[^ ]*' "$ROOT/README.md" | head -1 | cut -d= -f2)
[ -n "$password" ] || { echo "readme: no CLINIC_FIRST_ADMIN_PASSWORD in the README's start command" >&2; exit 1; }
service_start "$APP_DIR" "$PORT" "$WORK/service" CLINIC_FIRST_ADMIN_PASSWORD="$password"
# On a shared machine another service can take the port between service_start's check and this
# service binding it; the examples would then run against that one (not fresh, another password).
if command -v ss >/dev/null && ! ss -Hltnp "sport = :$PORT" | grep -q "pid=$SERVICE_PID,"; then
    echo "readme: the service answering on port $PORT is not the one started here; choose another README_EXAMPLES_PORT" >&2
    exit 1
fi

awk '/^```bash$/ {inside = 1; next} /^```/ {inside = 0} inside' "$ROOT/README.md" \
    | sed "s#localhost:8080#localhost:$PORT#g" > "$WORK/examples.sh"
grep -o '# → [0-9][0-9][0-9]' "$WORK/examples.sh" | awk '{print $3}' > "$WORK/expected"

# Every curl records the status of its last response (after any 100 Continue) and its URL.
cat > "$WORK/run.sh" <<'RUN'
curl() {
    local headers rc status
    headers=$(mktemp)
    command curl -D "$headers" "$@" && rc=0 || rc=$?
    status=$(tr -d '\r' <"$headers" | awk '/^HTTP\// {s = $2} END {print s}')
    printf '%s\t%s\n' "${status:-none}" "${*: -1}" >>"$STATUSES"
    rm -f "$headers"
    return $rc
}
RUN
cat "$WORK/examples.sh" >>"$WORK/run.sh"

mkdir -p "$WORK/shell"
: >"$WORK/statuses"
echo "readme: running $(wc -l <"$WORK/expected") curl examples"
(cd "$WORK/shell" && STATUSES="$WORK/statuses" bash "$WORK/run.sh" >"$WORK/output.txt" 2>&1) || true

status=0
if ! diff <(cut -f1 "$WORK/statuses") "$WORK/expected" >/dev/null; then
    status=1
    echo "readme: FAILED: the examples did not answer what the README says (status, URL; then expected):" >&2
    paste "$WORK/statuses" "$WORK/expected" | awk -F'\t' '{mark = ($1 == $3) ? "  " : "✗ "; print mark $1 "\t" $2 "\texpected " $3}' >&2
    echo "readme: the examples' output:" >&2
    tail -40 "$WORK/output.txt" >&2
fi
[ -z "$(ls -A "$WORK/shell")" ] || { status=1; echo "readme: FAILED: the examples left files behind: $(ls "$WORK/shell")" >&2; }
[ $status -eq 0 ] && echo "readme: all $(wc -l <"$WORK/expected") curl examples answered as the README says"
exit $status
