#!/bin/sh
# Entrypoint of the jpulp worker image: validates the container's configuration, works out the worker
# number, makes sure the shared content volume is writable, then execs `jpulp-worker run` (PID 1).
#
# The worker number n (process reserved_resource_worker-<n>@<host>) is JPULP_WORKER_INDEX when set, else the
# ordinal a StatefulSet gives its pods (host name worker-<n>), else 0.
set -eu
JPULP_ENTRYPOINT_NAME=jpulp-worker-entrypoint
# shellcheck source-path=SCRIPTDIR source=../base/entrypoint-lib.sh
. "${JPULP_LIB:-/usr/local/lib/jpulp}/entrypoint-lib.sh"

[ "$#" -gt 0 ] || set -- run
jpulp_is_role_command "$1" || exec "$@"

jpulp_prepare_environment

# HOSTNAME is set by Docker and Kubernetes (the pod name), not by the shell
# shellcheck disable=SC3028
host=${HOSTNAME:-$(uname -n)}
if [ -n "${JPULP_WORKER_INDEX:-}" ]; then
    index=$JPULP_WORKER_INDEX
    origin="JPULP_WORKER_INDEX"
else
    ordinal=${host##*-}
    case $ordinal in
        '' | *[!0-9]*) ordinal="" ;;
    esac
    if [ "$ordinal" != "$host" ] && [ -n "$ordinal" ]; then
        index=$ordinal
        origin="StatefulSet ordinal of host $host"
    else
        index=0
        origin="default: neither JPULP_WORKER_INDEX nor a host name ending in -<n>"
    fi
fi
case $index in
    '' | *[!0-9]*) jpulp_config_error "the worker number must be a non-negative integer, not '$index' ($origin)" ;;
esac
[ "${#index}" -le 6 ] || jpulp_config_error "the worker number $index is too large ($origin)"
export JPULP_WORKER_INDEX="$index"

if [ "$1" = run ]; then
    jpulp_require_writable_storage
fi
jpulp_info "worker $index ($origin); database $jpulp_database; broker $jpulp_broker; server name $jpulp_server_name; storage $JPULP_STORAGE"
jpulp_exec_role jpulp-worker "$@"
