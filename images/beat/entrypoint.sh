#!/bin/sh
# Entrypoint of the jpulp beat image: validates the container's configuration, then execs `jpulp-beat run`
# (PID 1). Beat waits for the database and brings the schema up to date (migrations, the admin user) under
# a lock before anything else; the other roles wait for that. Beat does not use the content volume.
set -eu
JPULP_ENTRYPOINT_NAME=jpulp-beat-entrypoint
# shellcheck source-path=SCRIPTDIR source=../base/entrypoint-lib.sh
. "${JPULP_LIB:-/usr/local/lib/jpulp}/entrypoint-lib.sh"

[ "$#" -gt 0 ] || set -- run
jpulp_is_role_command "$1" || exec "$@"

jpulp_prepare_environment
jpulp_info "beat initializes the schema; database $jpulp_database; broker $jpulp_broker; server name $jpulp_server_name"
jpulp_exec_role jpulp-beat "$@"
