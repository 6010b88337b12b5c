#!/bin/sh
# Launcher for @launcher.name@ (generated at build time).
# JPULP_JAVA_OPTS adds JVM options, e.g. JPULP_JAVA_OPTS="-Xmx512m".
set -e
dist=$(cd "$(dirname "$0")/.." && pwd)
java_bin=java
if [ -n "${JAVA_HOME:-}" ]; then java_bin="$JAVA_HOME/bin/java"; fi
# shellcheck disable=SC2086
exec "$java_bin" ${JPULP_JAVA_OPTS:-} -cp "$dist/lib/*" @launcher.mainClass@ "$@"
