#!/usr/bin/env bash
# Runs Rapporteur's nightly job from any working directory (cron, systemd) and passes its exit code through:
#   0 all inputs processed          3 the run completed, some inputs rejected (see output/data-quality.csv)
#   1 the run failed (previous exports intact; the next run restarts it)
#   2 usage error, or this script could not start the run (no jar, no java): see output/logs/nightly-history.log
#   4 another run is using the output folder (this one touched nothing)
#   143 stopped by SIGTERM (systemctl stop, shutdown): the next run resumes it
# Settings: jobs/nightly.env (copy nightly.env.example), else the environment, else these defaults:
#   RAPPORTEUR_HOME    the project folder (default: the folder above this script)
#   RAPPORTEUR_JAR     the executable jar (default: $RAPPORTEUR_HOME/target/rapporteur.jar)
#   RAPPORTEUR_INPUT   input folder  (default: $RAPPORTEUR_HOME/input)
#   RAPPORTEUR_OUTPUT  output folder (default: $RAPPORTEUR_HOME/output)
#   RAPPORTEUR_DB      JDBC URL (default: the HSQLDB file database under the output folder); for PostgreSQL, put
#                      SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD in nightly.env, never on a command line
#   RAPPORTEUR_ARGS    more options for the nightly command, separated by spaces: --max-file-size 100MB --full
#   JAVA_HOME, JAVA_OPTS  the JVM (cron's PATH is short: set JAVA_HOME if java is not in /usr/bin) and its options
# nightly.env is read as systemd reads an EnvironmentFile: one KEY=value per line, the value the rest of the line
# (spaces included; surrounding quotes removed), "#" lines ignored; it is not run as shell code.
# Logs: each run writes output/logs/nightly-<date>-<time>.log; this script adds one line per run to
# output/logs/nightly-history.log (start, end, exit code, and why when it could not start the run) and prints the
# console output for cron's mail or journald.
set -uo pipefail
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
env_problems=()
if [ -f "$SCRIPT_DIR/nightly.env" ]; then
    line_number=0
    while IFS= read -r line || [ -n "$line" ]; do
        line_number=$((line_number + 1))
        line="${line%$'\r'}"
        case "$line" in ''|\#*) continue ;; esac
        if [[ "$line" =~ ^[[:space:]]*([A-Za-z_][A-Za-z0-9_]*)[[:space:]]*=(.*)$ ]]; then
            key="${BASH_REMATCH[1]}"
            value="${BASH_REMATCH[2]}"
            value="${value#"${value%%[![:space:]]*}"}"
            value="${value%"${value##*[![:space:]]}"}"
            if [[ "$value" =~ ^\"(.*)\"$ ]] || [[ "$value" =~ ^\'(.*)\'$ ]]; then
                value="${BASH_REMATCH[1]}"
            fi
            export "$key=$value"
        else
            env_problems+=("nightly.env line $line_number is not KEY=value; ignored")
        fi
    done < "$SCRIPT_DIR/nightly.env"
fi
HOME_DIR="${RAPPORTEUR_HOME:-$(dirname "$SCRIPT_DIR")}"
JAR="${RAPPORTEUR_JAR:-$HOME_DIR/target/rapporteur.jar}"
INPUT="${RAPPORTEUR_INPUT:-$HOME_DIR/input}"
OUTPUT="${RAPPORTEUR_OUTPUT:-$HOME_DIR/output}"
HISTORY="$OUTPUT/logs/nightly-history.log"
mkdir -p "$OUTPUT/logs" 2>/dev/null

# One line per run in the history; when the run could not start, the reason too.
record() {
    local status="$1" reason="${2:-}"
    local line="$started $(date -u +%Y-%m-%dT%H:%M:%SZ) exit=$status"
    [ -n "$reason" ] && line="$line $reason"
    echo "$line" >> "$HISTORY" 2>/dev/null || echo "nightly.sh: cannot write $HISTORY" >&2
}
# Stops before the run: says why on standard error (cron's mail, journald) and in the history.
refuse() {
    echo "nightly.sh: $1" >&2
    record 2 "(not started: $1)"
    exit 2
}

for problem in "${env_problems[@]+"${env_problems[@]}"}"; do
    echo "nightly.sh: $problem" >&2
done
if [ -n "${JAVA_HOME:-}" ]; then
    JAVA="$JAVA_HOME/bin/java"
else
    JAVA="$(command -v java || echo /usr/bin/java)"
fi
if [ ! -f "$JAR" ]; then
    refuse "$JAR not found; build it once with: (cd $HOME_DIR && mvn -B package -DskipTests)"
fi
if [ ! -x "$JAVA" ]; then
    refuse "no java at $JAVA; set JAVA_HOME in $SCRIPT_DIR/nightly.env"
fi
# Relative defaults (jobs/codebook.yml, jobs/position-overrides.csv) are read from the project folder.
cd "$HOME_DIR" || refuse "cannot enter $HOME_DIR"
ARGS=(nightly --input "$INPUT" --output "$OUTPUT")
if [ -n "${RAPPORTEUR_DB:-}" ]; then
    ARGS+=(--db "$RAPPORTEUR_DB")
fi
read -r -a EXTRA_ARGS <<< "${RAPPORTEUR_ARGS:-}"
read -r -a JVM_OPTS <<< "${JAVA_OPTS:-}"
# SIGTERM (systemctl stop) goes on to the JVM, which stops the run gracefully; this script then records it.
"$JAVA" "${JVM_OPTS[@]+"${JVM_OPTS[@]}"}" -jar "$JAR" "${ARGS[@]}" "${EXTRA_ARGS[@]+"${EXTRA_ARGS[@]}"}" </dev/null &
child=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM INT
wait "$child"
status=$?
if [ "$status" -gt 128 ] && kill -0 "$child" 2>/dev/null; then
    wait "$child"   # the trap interrupted the first wait: wait for the JVM to finish stopping
    status=$?
fi
record "$status"
exit "$status"
