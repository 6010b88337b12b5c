#!/bin/sh
# Health check of the jpulp images (Docker HEALTHCHECK, Kubernetes exec probes).
#
#   jpulp-healthcheck              `<role> check`: the configuration is valid and the database and the broker
#                                  answer (exit 0), else the launcher's exit status (3 config, 4 database,
#                                  5 broker). Runs a short-lived JVM with a small heap.
#   jpulp-healthcheck --http PATH  GET http://127.0.0.1:<[rest] port><PATH> answers 2xx (the REST API).
#   jpulp-healthcheck --tcp PORT   something accepts connections on 127.0.0.1:PORT (the broker).
#   jpulp-healthcheck --process    the role's process (PID 1, or JPULP_HEALTHCHECK_PID) is a JVM that is
#                                  neither stopped nor a zombie: a cheap liveness probe.
#
# The role's executable is JPULP_EXECUTABLE (set by each image).
set -eu
JPULP_ENTRYPOINT_NAME=jpulp-healthcheck
JPULP_QUIET=1
# shellcheck source-path=SCRIPTDIR source=entrypoint-lib.sh
. "${JPULP_LIB:-/usr/local/lib/jpulp}/entrypoint-lib.sh"

case ${1:-} in
    --http)
        [ "$#" -eq 2 ] || jpulp_die 2 "usage: jpulp-healthcheck --http PATH"
        exec curl -fsS -o /dev/null --max-time 10 "http://127.0.0.1:${JPULP_REST__PORT:-8080}$2"
        ;;
    --tcp)
        if [ "$#" -ne 2 ] || ! jpulp_is_port "$2"; then
            jpulp_die 2 "usage: jpulp-healthcheck --tcp PORT"
        fi
        # bash's /dev/tcp: connect, then close at once ($1 is expanded by bash, not here)
        # shellcheck disable=SC2016
        exec timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' jpulp-healthcheck "$2"
        ;;
    --process)
        pid=${JPULP_HEALTHCHECK_PID:-1}
        [ -r "/proc/$pid/stat" ] || jpulp_die 1 "process $pid does not exist"
        # the state is the first field after the parenthesised command name
        state=$(sed -e 's/^.*) //' "/proc/$pid/stat" | cut -d ' ' -f 1)
        case $state in
            Z | T | t | X) jpulp_die 1 "process $pid is in state $state" ;;
        esac
        tr '\000' ' ' <"/proc/$pid/cmdline" | grep -q java || jpulp_die 1 "process $pid is not a JVM"
        exit 0
        ;;
    '')
        [ -n "${JPULP_EXECUTABLE:-}" ] || jpulp_die 2 "JPULP_EXECUTABLE must name the role's executable"
        jpulp_prepare_environment
        JPULP_JAVA_OPTS=${JPULP_HEALTHCHECK_JAVA_OPTS:--Xmx64m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}
        export JPULP_JAVA_OPTS
        exec "$JPULP_DIST/bin/$JPULP_EXECUTABLE" check --timeout 5
        ;;
    *)
        jpulp_die 2 "usage: jpulp-healthcheck [--http PATH | --tcp PORT | --process]"
        ;;
esac
