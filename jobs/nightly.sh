#!/usr/bin/env bash
# Runs Rapporteur's nightly job from any working directory (cron, systemd) and passes its exit code through:
#   0 all inputs processed          3 the run completed, some inputs rejected (see output/data-quality.csv)
#   1 the run failed (previous exports intact; the next run restarts it)
#   2 usage error                   4 another run is using the output folder (this one touched nothing)
# Settings: jobs/nightly.env (copy nightly.env.example), else the environment, else these defaults:
#   RAPPORTEUR_HOME    the project folder (default: the folder above this script)
#   RAPPORTEUR_JAR     the executable jar (default: $RAPPORTEUR_HOME/target/rapporteur.jar)
#   RAPPORTEUR_INPUT   input folder  (default: $RAPPORTEUR_HOME/input)
#   RAPPORTEUR_OUTPUT  output folder (default: $RAPPORTEUR_HOME/output)
#   RAPPORTEUR_DB      JDBC URL (default: the HSQLDB file database under the output folder); for PostgreSQL, put
#                      SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD in nightly.env, never on a command line
#   RAPPORTEUR_ARGS    more options for the nightly command, e.g. "--max-file-size 100MB"
#   JAVA_HOME, JAVA_OPTS  the JVM (cron's PATH is short: set JAVA_HOME if java is not in /usr/bin) and its options
# Logs: each run writes output/logs/nightly-<date>-<time>.log; this script adds one line per run to
# output/logs/nightly-history.log (start, end, exit code) and prints the console output for cron's mail or journald.
set -uo pipefail
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ -f "$SCRIPT_DIR/nightly.env" ]; then
    set -a
    # shellcheck disable=SC1091
    . "$SCRIPT_DIR/nightly.env"
    set +a
fi
HOME_DIR="${RAPPORTEUR_HOME:-$(dirname "$SCRIPT_DIR")}"
JAR="${RAPPORTEUR_JAR:-$HOME_DIR/target/rapporteur.jar}"
INPUT="${RAPPORTEUR_INPUT:-$HOME_DIR/input}"
OUTPUT="${RAPPORTEUR_OUTPUT:-$HOME_DIR/output}"
if [ -n "${JAVA_HOME:-}" ]; then
    JAVA="$JAVA_HOME/bin/java"
else
    JAVA="$(command -v java || echo /usr/bin/java)"
fi
if [ ! -f "$JAR" ]; then
    echo "nightly.sh: $JAR not found; build it once with: (cd $HOME_DIR && mvn -B package -DskipTests)" >&2
    exit 2
fi
if [ ! -x "$JAVA" ]; then
    echo "nightly.sh: no java at $JAVA; set JAVA_HOME in $SCRIPT_DIR/nightly.env" >&2
    exit 2
fi
# Relative defaults (jobs/codebook.yml, jobs/position-overrides.csv) are read from the project folder.
cd "$HOME_DIR" || exit 2
ARGS=(nightly --input "$INPUT" --output "$OUTPUT")
if [ -n "${RAPPORTEUR_DB:-}" ]; then
    ARGS+=(--db "$RAPPORTEUR_DB")
fi
started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
# shellcheck disable=SC2086
"$JAVA" ${JAVA_OPTS:-} -jar "$JAR" "${ARGS[@]}" ${RAPPORTEUR_ARGS:-} </dev/null
status=$?
if mkdir -p "$OUTPUT/logs" 2>/dev/null; then
    echo "$started $(date -u +%Y-%m-%dT%H:%M:%SZ) exit=$status" >> "$OUTPUT/logs/nightly-history.log" 2>/dev/null
fi
exit "$status"
