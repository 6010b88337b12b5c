# shellcheck shell=sh
# The jpulp_* variables set here are read by the scripts that source this file.
# shellcheck disable=SC2034
# Functions shared by the jpulp container entrypoints and jpulp-healthcheck (sourced, POSIX sh).
#
# In an image this file is /usr/local/lib/jpulp/entrypoint-lib.sh. Every path can be overridden from the
# environment, so the same scripts also run outside a container (the tests do that):
#   JPULP_LIB      directory holding this file              (default /usr/local/lib/jpulp)
#   JPULP_DIST     the role's distribution: bin/, lib/       (default /opt/jpulp)
#   JPULP_STORAGE  [server] storage_dir, the content volume  (default /var/lib/pulp)
#
# Configuration itself is read by the Java side (README.md, "Configuration"): the scripts only validate
# what a container deployment sets, so that a mistake is reported in one clear line before a JVM starts,
# and never print a secret.

JPULP_DIST=${JPULP_DIST:-/opt/jpulp}
JPULP_STORAGE=${JPULP_STORAGE:-/var/lib/pulp}

# Exit status for a configuration problem: the same as the launchers' "invalid configuration".
JPULP_EXIT_CONFIG=3

# Variables that may hold secrets: each may instead be given as <NAME>_FILE, the path of a file holding
# the value (Docker and Kubernetes secrets mounted as files). Their values are never logged.
JPULP_SECRET_VARIABLES="MSG_SERVICE_PASSWORD JPULP_DATABASE__PASSWORD JPULP_SERVER__DEFAULT_PASSWORD JPULP_DB_URI JPULP_BROKER_URI"

# Directories of the storage tree every image prepares (Pulp 2's layout under storage_dir): the content
# store, the roots the frontend serves (plain-HTTP and HTTPS trees of the yum and ISO distributors) and the
# upload staging area. Parents come before children.
JPULP_STORAGE_LAYOUT="content content/units published published/yum published/yum/http published/yum/http/repos published/yum/https published/yum/https/repos published/http published/http/isos published/https published/https/isos uploads"

jpulp_log() {
    # one line per event, in the same shape as the JVM's log lines
    printf '%s %-5s [entrypoint] %s - %s\n' "$(date -u '+%Y-%m-%dT%H:%M:%SZ')" "$1" "${JPULP_ENTRYPOINT_NAME:-jpulp}" "$2" >&2
}

jpulp_info() {
    [ -n "${JPULP_QUIET:-}" ] || jpulp_log INFO "$*"
}

jpulp_warn() {
    jpulp_log WARN "$*"
}

# jpulp_die STATUS MESSAGE
jpulp_die() {
    jpulp_status=$1
    shift
    jpulp_log ERROR "$*"
    exit "$jpulp_status"
}

jpulp_config_error() {
    jpulp_die "$JPULP_EXIT_CONFIG" "$*"
}

# jpulp_value NAME: prints the value of variable NAME (empty when unset)
jpulp_value() {
    eval "printf '%s' \"\${$1:-}\""
}

jpulp_is_set() {
    [ -n "$(jpulp_value "$1")" ]
}

jpulp_is_port() {
    case $1 in
        '' | *[!0-9]*) return 1 ;;
    esac
    [ "${#1}" -le 5 ] && [ "$1" -ge 1 ] && [ "$1" -le 65535 ]
}

# Replaces the password in scheme://user:password@host with ***.
jpulp_mask_uri() {
    printf '%s' "$1" | sed -e 's#\(://[^:/@]*\):[^@/]*@#\1:***@#'
}

# NAME_FILE → NAME for every secret variable.
jpulp_read_secret_files() {
    for jpulp_var in $JPULP_SECRET_VARIABLES; do
        jpulp_file=$(jpulp_value "${jpulp_var}_FILE")
        [ -n "$jpulp_file" ] || continue
        if jpulp_is_set "$jpulp_var"; then
            jpulp_config_error "both $jpulp_var and ${jpulp_var}_FILE are set; set one of them"
        fi
        if ! [ -f "$jpulp_file" ] || ! [ -r "$jpulp_file" ]; then
            jpulp_config_error "${jpulp_var}_FILE names $jpulp_file, which is not a readable file"
        fi
        export "$jpulp_var=$(cat "$jpulp_file")"
        unset "${jpulp_var}_FILE"
    done
}

jpulp_config_file() {
    printf '%s' "${PULP_SERVER_CONF:-/etc/pulp/server.conf}"
}

jpulp_have_config_file() {
    [ -r "$(jpulp_config_file)" ]
}

jpulp_check_config_file() {
    if [ -n "${PULP_SERVER_CONF:-}" ] && ! [ -r "$PULP_SERVER_CONF" ]; then
        jpulp_config_error "PULP_SERVER_CONF names $PULP_SERVER_CONF, which does not exist or cannot be read"
    fi
}

# jpulp_check_service PREFIX WHAT: validates <PREFIX>_SERVICE_HOST/_PORT (Kubernetes service variables, or
# set by hand) with SERVICE_HOST as the fallback host; prints where the service is, for the summary line.
jpulp_check_service() {
    jpulp_host=$(jpulp_value "${1}_SERVICE_HOST")
    jpulp_port=$(jpulp_value "${1}_SERVICE_PORT")
    if [ -n "$jpulp_port" ] && ! jpulp_is_port "$jpulp_port"; then
        jpulp_config_error "${1}_SERVICE_PORT must be a port number (1-65535), not '$jpulp_port'"
    fi
    if [ -z "$jpulp_host" ]; then
        jpulp_host=${SERVICE_HOST:-}
        if [ -z "$jpulp_host" ] && [ -n "$jpulp_port" ]; then
            jpulp_config_error "${1}_SERVICE_PORT is set but neither ${1}_SERVICE_HOST nor SERVICE_HOST names the $2 host"
        fi
    fi
    case $jpulp_host in
        *[[:space:]/]*) jpulp_config_error "${1}_SERVICE_HOST must be a host name or address, not '$jpulp_host'" ;;
    esac
    if [ -n "$jpulp_host" ]; then
        printf '%s:%s' "$jpulp_host" "${jpulp_port:-$3}"
    fi
}

jpulp_check_database() {
    if [ -n "${JPULP_DB_URI:-}" ]; then
        case $JPULP_DB_URI in
            mongodb://* | mongodb+srv://*) ;;
            *) jpulp_config_error "JPULP_DB_URI must start with mongodb:// or mongodb+srv://" ;;
        esac
        jpulp_database="$(jpulp_mask_uri "$JPULP_DB_URI") (JPULP_DB_URI)"
        return
    fi
    jpulp_database=$(jpulp_check_service DB database 27017) || exit "$JPULP_EXIT_CONFIG"
    if [ -n "$jpulp_database" ]; then
        jpulp_database="$jpulp_database (DB_SERVICE_HOST/DB_SERVICE_PORT)"
    elif jpulp_have_config_file; then
        jpulp_database="from $(jpulp_config_file)"
    else
        jpulp_config_error "no database configured: set DB_SERVICE_HOST (and DB_SERVICE_PORT, default 27017)," \
            "SERVICE_HOST or JPULP_DB_URI, or mount a server.conf at $(jpulp_config_file)"
    fi
}

jpulp_check_broker() {
    if [ -n "${JPULP_BROKER_URI:-}" ]; then
        case $JPULP_BROKER_URI in
            amqp://* | amqps://* | qpid://* | failover:*) ;;
            *) jpulp_config_error "JPULP_BROKER_URI must start with amqp://, amqps://, qpid:// or failover:" ;;
        esac
        jpulp_broker="$(jpulp_mask_uri "$JPULP_BROKER_URI") (JPULP_BROKER_URI)"
    else
        jpulp_broker=$(jpulp_check_service MSG broker 5672) || exit "$JPULP_EXIT_CONFIG"
        if [ -n "$jpulp_broker" ]; then
            jpulp_broker="$jpulp_broker (MSG_SERVICE_HOST/MSG_SERVICE_PORT)"
        elif jpulp_have_config_file; then
            jpulp_broker="from $(jpulp_config_file)"
        else
            jpulp_config_error "no broker configured: set MSG_SERVICE_HOST (and MSG_SERVICE_PORT, default 5672)," \
                "SERVICE_HOST or JPULP_BROKER_URI, or mount a server.conf at $(jpulp_config_file)"
        fi
    fi
    if [ -n "${MSG_SERVICE_USER:-}" ]; then
        if [ -z "${MSG_SERVICE_PASSWORD:-}" ] && ! jpulp_have_config_file; then
            jpulp_config_error "MSG_SERVICE_USER is set but MSG_SERVICE_PASSWORD (or MSG_SERVICE_PASSWORD_FILE) is not"
        fi
        jpulp_broker="$jpulp_broker as user $MSG_SERVICE_USER"
    elif [ -n "${MSG_SERVICE_PASSWORD:-}" ]; then
        jpulp_config_error "MSG_SERVICE_PASSWORD is set but MSG_SERVICE_USER is not"
    fi
}

jpulp_check_server_name() {
    case ${PULP_SERVER_NAME:-} in
        '') jpulp_server_name="$(uname -n) (PULP_SERVER_NAME not set)" ;;
        *://* | *[[:space:]/]*)
            jpulp_config_error "PULP_SERVER_NAME must be the host name clients use, e.g. pulp.example.com, not '$PULP_SERVER_NAME'" ;;
        *) jpulp_server_name=$PULP_SERVER_NAME ;;
    esac
}

# The storage root comes from JPULP_STORAGE, or from JPULP_SERVER__STORAGE_DIR when that is set; the JVM
# is given the same value, so the scripts and the roles agree on it.
jpulp_resolve_storage() {
    if [ -n "${JPULP_SERVER__STORAGE_DIR:-}" ]; then
        JPULP_STORAGE=$JPULP_SERVER__STORAGE_DIR
    fi
    case $JPULP_STORAGE in
        /*) ;;
        *) jpulp_config_error "the storage directory must be an absolute path, not '$JPULP_STORAGE'" ;;
    esac
    export JPULP_STORAGE
    export JPULP_SERVER__STORAGE_DIR="$JPULP_STORAGE"
}

# Creates the missing directories of the layout (setgid, group-writable: whatever a writer adds stays
# readable by the pulp group, i.e. by the frontend). Workers and REST APIs starting together on the shared
# volume may race to create a directory: one that appeared meanwhile is fine.
jpulp_prepare_storage() {
    jpulp_root=${1:-$JPULP_STORAGE}
    for jpulp_dir in $JPULP_STORAGE_LAYOUT; do
        [ -d "$jpulp_root/$jpulp_dir" ] || mkdir -m 2775 "$jpulp_root/$jpulp_dir" 2>/dev/null ||
            [ -d "$jpulp_root/$jpulp_dir" ] || return 1
    done
}

# For the roles that write the content tree (workers, the REST API's uploads).
jpulp_require_writable_storage() {
    if ! [ -d "$JPULP_STORAGE" ]; then
        jpulp_config_error "storage directory $JPULP_STORAGE does not exist: mount the shared content volume there"
    fi
    if ! jpulp_prepare_storage "$JPULP_STORAGE" 2>/dev/null || ! [ -w "$JPULP_STORAGE/content/units" ] ||
        ! [ -w "$JPULP_STORAGE/published" ]; then
        jpulp_config_error "storage directory $JPULP_STORAGE is not writable by uid $(id -u) gid $(id -g):" \
            "give the volume to 48:48 (Kubernetes: securityContext.fsGroup 48) or make it group-writable"
    fi
}

# Everything a JVM role needs before it starts (also used by jpulp-healthcheck, which does not inherit the
# entrypoint's exported variables).
jpulp_prepare_environment() {
    jpulp_read_secret_files
    jpulp_check_config_file
    jpulp_check_database
    jpulp_check_broker
    jpulp_check_server_name
    jpulp_resolve_storage
}

# jpulp_exec_role EXECUTABLE [ARGS...]: replaces this shell with the role's launcher, which in turn execs
# the JVM, so the JVM is the container's PID 1 and receives SIGTERM itself.
jpulp_exec_role() {
    jpulp_executable=$JPULP_DIST/bin/$1
    shift
    if ! [ -x "$jpulp_executable" ]; then
        jpulp_die 1 "$jpulp_executable is missing or not executable (JPULP_DIST=$JPULP_DIST)"
    fi
    umask 0002
    exec "$jpulp_executable" "$@"
}

# jpulp_is_role_command ARG: whether the container's command is for the role (run, check, help, version)
# rather than another program to exec (e.g. a shell for debugging).
jpulp_is_role_command() {
    case ${1:-} in
        run | check | help | -h | --help | -V | --version) return 0 ;;
        *) return 1 ;;
    esac
}
