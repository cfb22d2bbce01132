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
#   RAPPORTEUR_GC_OPTS the collector's settings, given before JAVA_OPTS (so an option in JAVA_OPTS wins); default
#                      -XX:MaxNewSize=80m -XX:InitiatingHeapOccupancyPercent=25 -XX:-G1UseAdaptiveIHOP, which keeps
#                      the heap in use flat as the archive grows (README, "Benchmark: the nightly run"); set it
#                      empty for the JVM's own defaults
#   RAPPORTEUR_CDS     "off" runs the jar as it is; by default the script runs it extracted, with class data sharing
#                      (see "Start-up" below and the README): about half the CPU of a run that reads nothing
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
# File names: the JVM decodes them with the locale's character set, and cron and systemd start jobs with none (the
# C locale, ASCII), so a name like "Rapport – réunion.docx" would reach every output as "Rapport ? r?union.docx" and
# change with the locale of whoever runs it. Unless a UTF-8 locale is set, the run gets C.UTF-8 (every glibc since
# 2.35, Debian and Ubuntu before that), else the first UTF-8 locale installed.
utf8_locale() {
    case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in *[Uu][Tt][Ff]-8*|*[Uu][Tt][Ff]8*) return 0 ;; esac
    local found
    found="$(locale -a 2>/dev/null | grep -i -m1 -x 'c\.utf-\?8')" \
        || found="$(locale -a 2>/dev/null | grep -i -m1 'utf-\?8$')" || found=""
    if [ -n "$found" ]; then
        export LC_ALL="$found"
    else
        echo "nightly.sh: no UTF-8 locale is installed; file names with letters outside ASCII will be misread" >&2
    fi
}
utf8_locale
# Relative defaults (jobs/codebook.yml, jobs/position-overrides.csv) are read from the project folder.
cd "$HOME_DIR" || refuse "cannot enter $HOME_DIR"
ARGS=(nightly --input "$INPUT" --output "$OUTPUT")
if [ -n "${RAPPORTEUR_DB:-}" ]; then
    ARGS+=(--db "$RAPPORTEUR_DB")
fi
read -r -a EXTRA_ARGS <<< "${RAPPORTEUR_ARGS:-}"
read -r -a JVM_OPTS <<< "${JAVA_OPTS:-}"
# G1 lets the old generation fill towards -Xmx before it marks, so the heap in use grows with the archive far more
# than what a run holds; a capped young generation and marking from a quarter of the heap keep it flat for the same
# CPU (10,000 reports: 219 MB against 427 MB; 1.16x the peak at 1,000 against 1.51x). Set but empty: none.
read -r -a GC_OPTS <<< "${RAPPORTEUR_GC_OPTS--XX:MaxNewSize=80m -XX:InitiatingHeapOccupancyPercent=25 -XX:-G1UseAdaptiveIHOP}"
# Start-up: a run that finds nothing changed spends most of its CPU starting the JVM and Spring (loading and
# verifying some 15,000 classes from the jar's nested jars). As Spring Boot documents for class data sharing (CDS),
# the jar is extracted once (java -Djarmode=tools -jar rapporteur.jar extract) into $OUTPUT/.launch/<key>/, <key>
# naming the jar (path, size, time) and the JVM; the first run from it records the classes it loaded
# (-XX:ArchiveClassesAtExit), and later runs map them from that archive (-XX:SharedArchiveFile). A new jar or JVM gets
# a new key, so a fresh extraction and archive; an archive the JVM cannot use is ignored (the run starts the slow
# way). rapporteur.code-jar names the jar the code came from, so the stored inputs' code fingerprint is the jar's,
# extracted or not. Anything failing here runs the jar as it is.
LAUNCH_JAR="$JAR"
LAUNCH_OPTS=()
ARCHIVE=""
if [ "${RAPPORTEUR_CDS:-on}" != "off" ]; then
    jar_stamp="$(stat -L -c '%s %Y' "$JAR" 2>/dev/null) $(readlink -f "$JAR") $("$JAVA" -version 2>&1 | tr '\n' ' ')"
    key="$(printf '%s' "$jar_stamp" | sha256sum | cut -c1-16)"
    launch="$OUTPUT/.launch"
    if [ ! -f "$launch/$key/app/$(basename "$JAR")" ] && mkdir -p "$launch" 2>/dev/null; then
        # extracted beside, then renamed: a run starting meanwhile never sees a half-extracted jar
        "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$launch/$key.$$/app" >/dev/null 2>&1 \
            && mv -T "$launch/$key.$$" "$launch/$key" 2>/dev/null
        rm -rf "$launch/$key.$$"
        # extractions of other jars, unused for a day
        find "$launch" -mindepth 1 -maxdepth 1 -type d ! -name "$key" -mmin +1440 -exec rm -rf {} + 2>/dev/null
    fi
    if [ -f "$launch/$key/app/$(basename "$JAR")" ]; then
        LAUNCH_JAR="$launch/$key/app/$(basename "$JAR")"
        LAUNCH_OPTS=(-Xlog:cds=off -Xlog:cds+dynamic=off "-Drapporteur.code-jar=$JAR")
        if [ -f "$launch/$key/app.jsa" ]; then
            LAUNCH_OPTS+=("-XX:SharedArchiveFile=$launch/$key/app.jsa")
        else
            ARCHIVE="$launch/$key/app.jsa.$$"
            LAUNCH_OPTS+=("-XX:ArchiveClassesAtExit=$ARCHIVE")
        fi
    fi
fi
# SIGTERM (systemctl stop) goes on to the JVM, which stops the run gracefully; this script then records it.
"$JAVA" "${LAUNCH_OPTS[@]+"${LAUNCH_OPTS[@]}"}" "${GC_OPTS[@]+"${GC_OPTS[@]}"}" "${JVM_OPTS[@]+"${JVM_OPTS[@]}"}" -jar "$LAUNCH_JAR" "${ARGS[@]}" \
    "${EXTRA_ARGS[@]+"${EXTRA_ARGS[@]}"}" </dev/null &
child=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM INT
wait "$child"
status=$?
if [ "$status" -gt 128 ] && kill -0 "$child" 2>/dev/null; then
    wait "$child"   # the trap interrupted the first wait: wait for the JVM to finish stopping
    status=$?
fi
if [ -n "$ARCHIVE" ]; then
    # the classes of a run that completed are kept for the next runs (the first to finish wins)
    if [ "$status" -eq 0 ] || [ "$status" -eq 3 ]; then
        [ -f "$ARCHIVE" ] && mv -n "$ARCHIVE" "${ARCHIVE%.*}" 2>/dev/null
    fi
    rm -f "$ARCHIVE"
fi
record "$status"
exit "$status"
