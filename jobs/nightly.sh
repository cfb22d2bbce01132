#!/usr/bin/env bash
# Runs the nightly job from any working directory (cron, systemd) and passes its exit code through:
# 0 all inputs processed, 3 some inputs rejected (see output/data-quality.csv), 1 the run failed, 2 usage error.
# Settings come from the environment:
#   RAPPORTEUR_HOME    the project folder (default: the folder above this script)
#   RAPPORTEUR_INPUT   input folder  (default: $RAPPORTEUR_HOME/input)
#   RAPPORTEUR_OUTPUT  output folder (default: $RAPPORTEUR_HOME/output)
#   RAPPORTEUR_DB      JDBC URL (default: the HSQLDB file database under the output folder)
#   JAVA_OPTS          options for the JVM, e.g. -Xmx1g
set -uo pipefail
HOME_DIR="${RAPPORTEUR_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
JAR="$HOME_DIR/target/rapporteur.jar"
INPUT="${RAPPORTEUR_INPUT:-$HOME_DIR/input}"
OUTPUT="${RAPPORTEUR_OUTPUT:-$HOME_DIR/output}"
if [ ! -f "$JAR" ]; then
    echo "nightly.sh: $JAR not found; build it once with: (cd $HOME_DIR && mvn -B package -DskipTests)" >&2
    exit 1
fi
# Relative defaults (jobs/codebook.yml, jobs/position-overrides.csv) are read from the project folder.
cd "$HOME_DIR" || exit 1
ARGS=(nightly --input "$INPUT" --output "$OUTPUT")
if [ -n "${RAPPORTEUR_DB:-}" ]; then
    ARGS+=(--db "$RAPPORTEUR_DB")
fi
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -jar "$JAR" "${ARGS[@]}"
