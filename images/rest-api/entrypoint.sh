#!/bin/sh
# Entrypoint of the jpulp rest-api image: validates the container's configuration, makes sure the content
# volume is writable (uploads are staged in <storage>/uploads), then execs `jpulp-rest-api run` (PID 1),
# which waits for the database and for beat's schema and listens on [rest] host:port (0.0.0.0:8080).
set -eu
JPULP_ENTRYPOINT_NAME=jpulp-rest-api-entrypoint
# shellcheck source-path=SCRIPTDIR source=../base/entrypoint-lib.sh
. "${JPULP_LIB:-/usr/local/lib/jpulp}/entrypoint-lib.sh"

[ "$#" -gt 0 ] || set -- run
jpulp_is_role_command "$1" || exec "$@"

jpulp_prepare_environment
if [ -n "${JPULP_REST__PORT:-}" ] && ! jpulp_is_port "$JPULP_REST__PORT" && [ "$JPULP_REST__PORT" != 0 ]; then
    jpulp_config_error "JPULP_REST__PORT must be a port number, not '$JPULP_REST__PORT'"
fi
if [ "$1" = run ]; then
    jpulp_require_writable_storage
fi
jpulp_info "listening on ${JPULP_REST__HOST:-0.0.0.0}:${JPULP_REST__PORT:-8080}; database $jpulp_database; broker $jpulp_broker; server name $jpulp_server_name; storage $JPULP_STORAGE"
jpulp_exec_role jpulp-rest-api "$@"
