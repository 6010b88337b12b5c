#!/bin/sh
# Entrypoint of the jpulp broker image: Qpid Broker-J (AMQP 1.0) as jpulp-devstack embeds it, listening on
# JPULP_BROKER_HOST:JPULP_BROKER_PORT (0.0.0.0:5672) with a persistent Derby message store in
# JPULP_BROKER_DATA (/var/lib/qpid). Its one user is MSG_SERVICE_USER / MSG_SERVICE_PASSWORD, the variables
# the roles log in with; `jpulp-devstack broker` reads them from the environment, so no secret appears on a
# command line. Execs the broker (PID 1); SIGTERM stops it cleanly.
set -eu
JPULP_ENTRYPOINT_NAME=jpulp-broker-entrypoint
# shellcheck source-path=SCRIPTDIR source=../base/entrypoint-lib.sh
. "${JPULP_LIB:-/usr/local/lib/jpulp}/entrypoint-lib.sh"

[ "$#" -gt 0 ] || set -- run
[ "$1" = run ] || exec "$@"
shift

jpulp_read_secret_files
[ -n "${MSG_SERVICE_USER:-}" ] ||
    jpulp_config_error "MSG_SERVICE_USER must name the broker's user (the roles log in with the same variable)"
[ -n "${MSG_SERVICE_PASSWORD:-}" ] ||
    jpulp_config_error "MSG_SERVICE_PASSWORD (or MSG_SERVICE_PASSWORD_FILE) must hold the broker user's password"
export MSG_SERVICE_USER MSG_SERVICE_PASSWORD

host=${JPULP_BROKER_HOST:-0.0.0.0}
port=${JPULP_BROKER_PORT:-5672}
data=${JPULP_BROKER_DATA:-/var/lib/qpid}
jpulp_is_port "$port" || jpulp_config_error "JPULP_BROKER_PORT must be a port number (1-65535), not '$port'"
mkdir -p "$data" 2>/dev/null || true
if ! [ -d "$data" ] || ! [ -w "$data" ]; then
    jpulp_config_error "broker store $data is not a writable directory for uid $(id -u): mount a volume owned by 48:48 there"
fi

jpulp_info "AMQP 1.0 on $host:$port as user $MSG_SERVICE_USER; message store $data"
# the store holds the broker's initial configuration, credentials included: readable by this user only
umask 0077
exec "$JPULP_DIST/bin/jpulp-devstack" broker --host "$host" --port "$port" --data "$data" "$@"
