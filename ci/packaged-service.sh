# Sourced by the CI scripts that need the packaged service running, started the way the README says
# (java -jar with CLINIC_FIRST_ADMIN_PASSWORD), in its own working directory so that ./data is fresh.
#
#   . ci/packaged-service.sh
#   service_start APP_DIR PORT WORKDIR [NAME=VALUE | -Dname=value ...]   extra environment or JVM options
#   service_stop [PID [SIGNAL]]   one instance (SERVICE_PID is the last started), or all for an EXIT trap
#
# The log is WORKDIR/service.log, appended to when an instance is restarted in the same WORKDIR.
# Fails when the port is taken or the service does not come up.
#
# The *-two-instances.sh scripts share one fresh PostgreSQL database between instances:
#   instances_setup NAME APP_DIR LOG_DIR TOOL...   WORK, a database, the PostgreSQL build; undone on exit
#   instance_start PORT NAME [OPTION...]           an instance on that database, in WORK/NAME
#   instances_pair START                           PORT_A and PORT_B up: START PORT_A a, then START PORT_B b
#   sql QUERY, admin PORT METHOD PATH BODY, bookable, practitioner, every_day, log, fail
#
# Under ci/two-instances.sh, which starts one pair for several checks and exports PAIR_DB, PAIR_PORT_A,
# PAIR_PORT_B and PAIR_ADMIN_PASSWORD, instances_setup uses that database (and leaves it) and instances_pair
# sets PORT_A, PORT_B and ADMIN_PASSWORD to the pair's instead of starting any. Each check keeps to its own
# services, practitioners and slots, so that the checks can follow one another on the same data.

SERVICE_PID=
SERVICE_PIDS=()

service_start() {
    local app=$1 port=$2 dir=$3 arg env=() jvm=()
    shift 3
    for arg; do case $arg in -*) jvm+=("$arg") ;; *) env+=("$arg") ;; esac; done
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "port $port is already in use by another process" >&2
        return 1
    fi
    [ -f "$app/quarkus-run.jar" ] || { echo "no quarkus-run.jar in $app: run ./mvnw -B -q package -DskipTests" >&2; return 1; }
    app=$(cd "$app" && pwd) # the service runs in $dir
    mkdir -p "$dir"
    (cd "$dir" && exec env QUARKUS_HTTP_PORT="$port" "${env[@]}" java "${jvm[@]}" -jar "$app/quarkus-run.jar" >>service.log 2>&1) &
    SERVICE_PID=$!
    SERVICE_PIDS+=("$SERVICE_PID")
    for _ in $(seq 1 600); do
        if curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then
            return 0
        fi
        kill -0 "$SERVICE_PID" 2>/dev/null || break
        sleep 0.5
    done
    echo "the service did not start; its log:" >&2
    tail -50 "$dir/service.log" >&2
    return 1
}

service_stop() {
    local pids=("${SERVICE_PIDS[@]}") pid left=()
    [ $# -eq 0 ] || pids=("$1")
    # All signalled before any is waited for: they shut down together.
    for pid in "${pids[@]}"; do kill "-${2:-TERM}" "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    for pid in "${SERVICE_PIDS[@]}"; do [[ " ${pids[*]} " == *" $pid "* ]] || left+=("$pid"); done
    SERVICE_PIDS=("${left[@]}")
    [[ " ${pids[*]} " != *" $SERVICE_PID "* ]] || SERVICE_PID=
}

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
SERVICE_DB=
SERVICE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG_PREFIX=ci

log() { echo "$LOG_PREFIX: $*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
sql() { psql -X -q -t -A -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$SERVICE_DB" -c "$1"; }

fresh_database() { # NAME
    psql -X -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -c "create database $1" >/dev/null
    SERVICE_DB=$1
}

# NAME names the log lines, WORK (/tmp/clinic-NAME.*) and the database (clinic_NAME_PID). APP_DIR is a
# PostgreSQL build's target/quarkus-app (default: this checkout's, built when it has no jar). The
# instances' logs are kept in LOG_DIR as NAME.log. Sets APP_DIR, WORK and LOGS.
instances_setup() {
    LOG_PREFIX=$1
    APP_DIR=${2:-$SERVICE_ROOT/target/quarkus-app}
    LOGS=$3
    shift 3
    WORK=$(mktemp -d "/tmp/clinic-$LOG_PREFIX.XXXXXX")
    trap instances_cleanup EXIT
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || fail "$tool is not installed"
    done
    if [ ! -f "$APP_DIR/quarkus-run.jar" ]; then
        log "no jar in $APP_DIR: building the PostgreSQL package"
        (cd "$SERVICE_ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql)
        APP_DIR=$SERVICE_ROOT/target/quarkus-app
    fi
    if [ -n "${PAIR_DB:-}" ]; then
        SERVICE_DB=$PAIR_DB
        SERVICE_DB_OWNED=false
    else
        fresh_database "clinic_${LOG_PREFIX//-/_}_$$"
        SERVICE_DB_OWNED=true
    fi
}

instances_pair() { # START: the shared pair's ports and admin password, or START PORT_A a, then START PORT_B b
    if [ -n "${PAIR_DB:-}" ]; then
        PORT_A=$PAIR_PORT_A
        PORT_B=$PAIR_PORT_B
        ADMIN_PASSWORD=$PAIR_ADMIN_PASSWORD
        log "on the shared pair, $PORT_A and $PORT_B"
        return
    fi
    # One instance first (it migrates the schema and creates the admin), then the second.
    "$1" "$PORT_A" a
    "$1" "$PORT_B" b
}

instances_cleanup() {
    service_stop
    [ -z "$SERVICE_DB" ] || [ "${SERVICE_DB_OWNED:-true}" = false ] || psql -X -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres \
        -c "drop database if exists $SERVICE_DB" >/dev/null 2>&1 || true
    mkdir -p "$LOGS" || true
    local dir
    for dir in "$WORK"/*/; do
        [ ! -f "$dir/service.log" ] || cp "$dir/service.log" "$LOGS/$(basename "$dir").log" || true
    done
    cp "$WORK"/*.log "$LOGS"/ 2>/dev/null || true
    rm -rf "$WORK"
}

instance_start() { # PORT NAME [OPTION...]: one instance on SERVICE_DB, in WORK/NAME
    local port=$1 name=$2
    shift 2
    service_start "$APP_DIR" "$port" "$WORK/$name" "$@" \
        -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$SERVICE_DB" -Dquarkus.datasource.username="$PGUSER" \
        || fail "instance $name did not start"
}

admin() { # PORT METHOD PATH BODY: the answer, as ADMIN_PASSWORD's admin
    curl -sf -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -X "$2" "http://127.0.0.1:$1$3" -d "$4" \
        || fail "admin call $2 $3 refused"
}

every_day() { # START END: a working-hours body, those hours on all seven days
    jq -cn --arg from "$1" --arg to "$2" \
        '{intervals: [("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY") | {day: ., start: $from, end: $to}]}'
}

bookable() { # PORT SERVICE PRACTITIONER FROM TO [BUFFER_AFTER]: a 30-minute service the practitioner gives every day
    admin "$1" POST /api/v1/admin/services "$(jq -cn --arg s "$2" --argjson after "${6:-0}" '{slug: $s, name: {en: $s},
        description: {en: $s}, durationMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: $after, audience: "ANYONE",
        active: true, displayOrder: 1}')" >/dev/null
    practitioner "$1" "$3" "$2" "$4" "$5"
}

practitioner() { # PORT SLUG SERVICE FROM TO [DISPLAY_ORDER]: one who gives SERVICE every day from FROM to TO
    admin "$1" POST /api/v1/admin/practitioners "$(jq -cn --arg p "$2" --arg s "$3" --argjson order "${6:-1}" '{slug: $p,
        displayName: $p, bio: {en: $p}, languages: ["en"], services: [$s], active: true, displayOrder: $order}')" >/dev/null
    admin "$1" PUT "/api/v1/admin/practitioners/$2/working-hours" "$(every_day "$4" "$5")" >/dev/null
}
