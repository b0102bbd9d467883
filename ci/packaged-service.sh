# Sourced by the CI scripts that need the packaged service running, started the way the README says
# (java -jar with CLINIC_FIRST_ADMIN_PASSWORD), in its own working directory so that ./data is fresh.
#
#   . ci/packaged-service.sh
#   service_start APP_DIR PORT WORKDIR [NAME=VALUE ...]   extra environment for the service
#   service_stop                                          for the caller's EXIT trap
#
# The log is WORKDIR/service.log. Fails when the port is taken or the service does not come up.

SERVICE_PID=

service_start() {
    local app=$1 port=$2 dir=$3
    shift 3
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "port $port is already in use by another process" >&2
        return 1
    fi
    [ -f "$app/quarkus-run.jar" ] || { echo "no quarkus-run.jar in $app: run ./mvnw -B -q package -DskipTests" >&2; return 1; }
    mkdir -p "$dir"
    (cd "$dir" && exec env QUARKUS_HTTP_PORT="$port" "$@" java -jar "$app/quarkus-run.jar" >service.log 2>&1) &
    SERVICE_PID=$!
    for _ in $(seq 1 300); do
        if curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then
            return 0
        fi
        kill -0 "$SERVICE_PID" 2>/dev/null || break
        sleep 1
    done
    echo "the service did not start; its log:" >&2
    tail -50 "$dir/service.log" >&2
    return 1
}

service_stop() {
    if [ -n "$SERVICE_PID" ]; then
        kill "$SERVICE_PID" 2>/dev/null || true
        wait "$SERVICE_PID" 2>/dev/null || true
        SERVICE_PID=
    fi
}
