#!/usr/bin/env bash
# How soon the production jar answers /kiosk, on a database that is already set up: the plain
# jar, the jar extracted (java -Djarmode=tools ... extract), and extracted with a JDK 25 AOT
# cache from a training run (-XX:AOTCacheOutput, stopping once the context is refreshed).
# Usage, after ./mvnw -Pproduction -DskipTests package:   ops/start-time.sh [runs per variant]
# Uses the embedded PostgreSQL in a temporary folder, so its own start (about a second) is
# part of each figure; with a PostgreSQL server of its own a node starts that much sooner.
set -euo pipefail

runs="${1:-3}"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar="$(find target -maxdepth 1 -name 'onthaal-*.jar' ! -name '*.original' | head -n 1)"
if [[ -z "${jar}" ]]; then
    echo "start-time: no target/onthaal-*.jar; build it first" >&2
    exit 1
fi
work="$(mktemp -d)"
pid=""
cleanup() {
    if [[ -n "${pid}" ]]; then kill "${pid}" 2>/dev/null || true; wait "${pid}" 2>/dev/null || true; fi
    rm -rf "${work}"
}
trap cleanup EXIT

export ONTHAAL_DATA_DIR="${work}/pgdata" PORT=18080 ONTHAAL_MANAGEMENT_PORT=18081 ONTHAAL_DEMO=false
"${java}" -Djarmode=tools -jar "${jar}" extract --destination "${work}/app" >/dev/null
app="${work}/app/$(basename "${jar}")"

# the first start sets up the database (Liquibase) and trains the AOT cache on a full start
"${java}" -XX:AOTCacheOutput="${work}/onthaal.aot" -Dspring.context.exit=onRefresh -jar "${app}" \
    >"${work}/training.log" 2>&1
# a start stopped at refresh leaves the embedded PostgreSQL running: stop it before measuring
pkill -f -- "-D ${work}/pgdata" || true
while pgrep -f -- "-D ${work}/pgdata" >/dev/null; do sleep 0.1; done
echo "AOT cache: $(($(stat -c %s "${work}/onthaal.aot") / 1048576)) MB"

measure() {
    local label="$1" target="$2"
    shift 2
    for run in $(seq "${runs}"); do
        local started ended
        started="$(date +%s%N)"
        "${java}" "$@" -jar "${target}" >"${work}/run.log" 2>&1 &
        pid=$!
        # waits on the condition (the kiosk page answers), not on a fixed time
        until curl -fsS -o /dev/null "http://127.0.0.1:${PORT}/kiosk"; do
            if ! kill -0 "${pid}" 2>/dev/null; then
                echo "start-time: the app stopped; see its log:" >&2
                tail -n 30 "${work}/run.log" >&2
                exit 1
            fi
            sleep 0.05
        done
        ended="$(date +%s%N)"
        kill "${pid}"
        wait "${pid}" 2>/dev/null || true
        pid=""
        echo "${label}, run ${run}: $(((ended - started) / 1000000)) ms to /kiosk"
    done
}

measure "plain jar" "${jar}"
measure "extracted" "${app}"
measure "extracted + AOT cache" "${app}" -XX:AOTCache="${work}/onthaal.aot"
