#!/usr/bin/env bash
# Fuzzes the packaged service against the whole contract (openapi.yaml) with Schemathesis, every
# check on, once without credentials (the public operations) and once as the admin (all of them): any failure fails CI. Checks switched off
# and cases excluded live in ci/schemathesis.toml, each with its reason.
#
#   ci/schemathesis.sh [APP_DIR]        APP_DIR: an H2 build's target/quarkus-app (the default)
#
# Bounded: SCHEMATHESIS_MAX_EXAMPLES per operation (default 10), a fixed SCHEMATHESIS_SEED, and
# SCHEMATHESIS_TIMEOUT seconds per run (default 600; extra st options in SCHEMATHESIS_ARGS). Port: SCHEMATHESIS_PORT (default 8601).
# Schemathesis is installed into target/tools/schemathesis by ../shared/tools/schemathesis/install.sh
# (PyPI is not reachable here; SCHEMATHESIS_INSTALLER points elsewhere).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP_DIR=$(cd "${1:-$ROOT/target/quarkus-app}" && pwd)
PORT=${SCHEMATHESIS_PORT:-8601}
ST_DIR=$ROOT/target/tools/schemathesis
INSTALLER=${SCHEMATHESIS_INSTALLER:-$ROOT/../shared/tools/schemathesis/install.sh}
WORK=$(mktemp -d /tmp/clinic-schemathesis.XXXXXX)
ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
. "$ROOT/ci/packaged-service.sh"
trap 'service_stop; rm -rf "$WORK"' EXIT

"$INSTALLER" "$ST_DIR" >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log" >&2; exit 1; }

# The fuzzer sends thousands of public writes from one address: exempt it from the rate limit, or
# after 20 bookings every write would be a 429 and the booking operations would go untested.
# (RateLimitTest covers the limit itself.) Likewise the sign-in throttle: the fuzzer's made-up
# credentials would soon have every staff operation answer 429, right credentials included
# (LoginThrottleTest covers it).
service_start "$APP_DIR" "$PORT" "$WORK/service" \
    CLINIC_FIRST_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    CLINIC_RATE_LIMIT_EXEMPT_ADDRESSES=127.0.0.1,0:0:0:0:0:0:0:1 \
    CLINIC_LOGIN_THROTTLE_EXEMPT_ADDRESSES=127.0.0.1,0:0:0:0:0:0:0:1 \
    QUARKUS_LOG_CATEGORY__IO_CLINICBOOK_PROBLEM__LEVEL=DEBUG

run_st() { # [st options]
    # From a temporary directory: Schemathesis writes .hypothesis/ and its reports where it runs.
    (cd "$WORK" && timeout "${SCHEMATHESIS_TIMEOUT:-600}" "$ST_DIR/bin/st" --config-file "$ROOT/ci/schemathesis.toml" \
        run "$ROOT/openapi.yaml" --url "http://127.0.0.1:$PORT" --checks all \
        --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-10}" --seed "${SCHEMATHESIS_SEED:-20261201}" \
        --workers 2 --request-timeout 30 --no-color ${SCHEMATHESIS_ARGS:-} "$@")
}

fuzz() { # label [st options]
    local label=$1
    shift
    echo "schemathesis: $label"
    run_st "$@" 2>&1 | tee "$WORK/run.log"
    local status=${PIPESTATUS[0]}
    # The fuzzer's Python (3.11 here) can fail inside its own ast module with this error when two worker threads
    # parse at once (python/cpython#106905: "reproduced rarely in a threaded application"); it was seen once
    # in CI on a loaded machine, on Hypothesis describing a lambda. Such a run is repeated once; any other
    # outcome stands.
    if [ "$status" -ne 0 ] && grep -q "AST constructor recursion depth mismatch" "$WORK/run.log"; then
        echo "schemathesis: $label: the fuzzer itself hit CPython's AST recursion-counter bug; running it again"
        run_st "$@"
        return
    fi
    return "$status"
}

status=0
# Without credentials, the public operations only: every staff operation answers 401 to it, and its coverage
# phase spent most of the run (233 of 330 s) on those 401s. The run as the admin checks that each staff
# operation refuses requests without or with wrong credentials (the ignored_auth check of --checks all).
fuzz "without credentials" --exclude-path-regex '^/api/v1/admin/' || status=1
# No stateful phase as the admin: there it reports its own generated, malformed Authorization header as
# accepted while --auth has replaced it with the admin's (the unauthenticated run keeps the phase).
fuzz "as the admin" --auth "admin:$ADMIN_PASSWORD" --phases examples,coverage,fuzzing || status=1
if [ $status -ne 0 ]; then # the stacks of the service's own 500s, which the fuzzer only sees as incidents
    grep -A12 "Stack of incident" "$WORK/service/service.log" | grep -v "^\s*at io.quarkus\|^\s*at io.vertx\|^\s*at io.netty" | head -60 || true
fi
exit $status
