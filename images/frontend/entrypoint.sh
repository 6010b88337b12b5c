#!/bin/sh
# Entrypoint of the jpulp content frontend image: checks and defaults the variables the shipped httpd
# configuration (/etc/jpulp/httpd.conf) reads, then execs Debian's apache2 in the foreground (PID 1).
#
# The REST API is JPULP_REST_API_URL, else http://$REST_API_SERVICE_HOST:$REST_API_SERVICE_PORT (the
# variables Kubernetes sets for a service named rest-api), else http://rest-api:8080.
set -eu
JPULP_ENTRYPOINT_NAME=jpulp-frontend-entrypoint
# shellcheck source-path=SCRIPTDIR source=../base/entrypoint-lib.sh
. "${JPULP_LIB:-/usr/local/lib/jpulp}/entrypoint-lib.sh"

[ "$#" -gt 0 ] || set -- run
[ "$1" = run ] || exec "$@"
shift

JPULP_HTTPD_BIN=${JPULP_HTTPD_BIN:-/usr/sbin/apache2}
JPULP_HTTPD_CONF=${JPULP_HTTPD_CONF:-/etc/jpulp/httpd.conf}
JPULP_HTTPD_LISTEN=${JPULP_HTTPD_LISTEN:-8080}
JPULP_HTTPD_RUNDIR=${JPULP_HTTPD_RUNDIR:-/run/jpulp-httpd}
JPULP_HTTPD_MODULES=${JPULP_HTTPD_MODULES:-/usr/lib/apache2/modules}
JPULP_HTTPD_USER=${JPULP_HTTPD_USER:-pulp}
JPULP_HTTPD_GROUP=${JPULP_HTTPD_GROUP:-pulp}
JPULP_HTTPD_LOG_LEVEL=${JPULP_HTTPD_LOG_LEVEL:-warn}
JPULP_HTTPD_SERVER_NAME=${JPULP_HTTPD_SERVER_NAME:-${PULP_SERVER_NAME:-localhost}}
if [ -z "${JPULP_REST_API_URL:-}" ]; then
    if [ -n "${REST_API_SERVICE_HOST:-}" ]; then
        JPULP_REST_API_URL=http://$REST_API_SERVICE_HOST:${REST_API_SERVICE_PORT:-8080}
    else
        JPULP_REST_API_URL=http://rest-api:8080
    fi
fi
JPULP_REST_API_URL=${JPULP_REST_API_URL%/}

case $JPULP_REST_API_URL in
    http://?* | https://?*) ;;
    *) jpulp_config_error "JPULP_REST_API_URL must be an http:// or https:// URL, not '$JPULP_REST_API_URL'" ;;
esac
case $JPULP_HTTPD_LISTEN in
    *[!0-9A-Za-z.:\[\]-]*) jpulp_config_error "JPULP_HTTPD_LISTEN must be [address:]port, not '$JPULP_HTTPD_LISTEN'" ;;
esac
jpulp_is_port "${JPULP_HTTPD_LISTEN##*:}" ||
    jpulp_config_error "JPULP_HTTPD_LISTEN must end in a port number, not '$JPULP_HTTPD_LISTEN'"
jpulp_resolve_storage
[ -x "$JPULP_HTTPD_BIN" ] || jpulp_die 1 "$JPULP_HTTPD_BIN is missing (JPULP_HTTPD_BIN)"
[ -r "$JPULP_HTTPD_CONF" ] || jpulp_config_error "$JPULP_HTTPD_CONF cannot be read (JPULP_HTTPD_CONF)"
mkdir -p "$JPULP_HTTPD_RUNDIR" 2>/dev/null || true
[ -w "$JPULP_HTTPD_RUNDIR" ] || jpulp_config_error "$JPULP_HTTPD_RUNDIR is not writable (JPULP_HTTPD_RUNDIR)"
# a pid file left by a container that was killed would make httpd refuse to start
rm -f "$JPULP_HTTPD_RUNDIR/httpd.pid"
for tree in published/yum/http/repos published/http/isos; do
    [ -d "$JPULP_STORAGE/$tree" ] ||
        jpulp_warn "$JPULP_STORAGE/$tree does not exist yet: nothing is published there until a worker creates it"
done

export JPULP_HTTPD_LISTEN JPULP_HTTPD_RUNDIR JPULP_HTTPD_MODULES JPULP_HTTPD_USER JPULP_HTTPD_GROUP \
    JPULP_HTTPD_LOG_LEVEL JPULP_HTTPD_SERVER_NAME JPULP_REST_API_URL
jpulp_info "serving $JPULP_STORAGE/published on $JPULP_HTTPD_LISTEN as /pulp/repos/ and /pulp/isos/; /pulp/api/ to $JPULP_REST_API_URL"
exec "$JPULP_HTTPD_BIN" -f "$JPULP_HTTPD_CONF" -DFOREGROUND "$@"
