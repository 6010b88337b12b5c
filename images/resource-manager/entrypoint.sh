#!/bin/sh
# Entrypoint of the jpulp resource-manager image: validates the container's configuration, then execs
# `jpulp-resource-manager run` (PID 1), which waits for the database and for beat's schema.
set -eu
JPULP_ENTRYPOINT_NAME=jpulp-resource-manager-entrypoint
# shellcheck source-path=SCRIPTDIR source=../base/entrypoint-lib.sh
. "${JPULP_LIB:-/usr/local/lib/jpulp}/entrypoint-lib.sh"

[ "$#" -gt 0 ] || set -- run
jpulp_is_role_command "$1" || exec "$@"

jpulp_prepare_environment
jpulp_info "database $jpulp_database; broker $jpulp_broker; server name $jpulp_server_name"
jpulp_exec_role jpulp-resource-manager "$@"
