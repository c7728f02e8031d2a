#!/usr/bin/env bash
# The deployment's topology on this machine: one PostgreSQL 17, two Onthaal nodes and
# Debian's HAProxy in front with ops/proxy/haproxy.cfg (sticky sessions, readiness checks).
# Everything listens on 127.0.0.1 only and stops by itself after the given time or Ctrl-C.
#
# Usage, after ./mvnw -Pproduction -DskipTests package (and apt-get install haproxy):
#   ops/two-nodes.sh [seconds, default 3600]
# Then open the proxy's address; node A seeds the demo place (kiosk pairing code and
# demo accounts in its log). PIDs are written to $WORK/pids so a fault can be made by hand:
#   kill -9 "$(sed -n 's/^node-a=//p' "$WORK/pids")"
set -euo pipefail

seconds="${1:-3600}"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
haproxy=/usr/sbin/haproxy
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$(find "${here}/../target" -maxdepth 1 -name 'onthaal-*.jar' ! -name '*.original' | head -n 1)"
[[ -n "${jar}" ]] || { echo "two-nodes: no target/onthaal-*.jar; build it first" >&2; exit 1; }
[[ -x "${haproxy}" ]] || { echo "two-nodes: apt-get install haproxy first" >&2; exit 1; }

PROXY_PORT="${PROXY_PORT:-18000}" DB_PORT="${DB_PORT:-15432}"
NODE_A_PORT=18080 NODE_A_MANAGEMENT=18081 NODE_B_PORT=18082 NODE_B_MANAGEMENT=18083
WORK="${WORK:-$(mktemp -d)}"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "${pid}" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "${pid}" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

"${java}" -Djarmode=tools -jar "${jar}" extract --force --destination "${WORK}/app" >/dev/null
app="${WORK}/app/$(basename "${jar}")"

"${java}" -cp "${WORK}/app/lib/*" "${here}/two-nodes/Database.java" "${WORK}/pgdata" "${DB_PORT}" \
    >"${WORK}/database.log" 2>&1 &
pids+=("$!")
echo "database=$!" >"${WORK}/pids"
until grep -q 'database ready' "${WORK}/database.log"; do
    kill -0 "${pids[0]}" 2>/dev/null || { cat "${WORK}/database.log" >&2; exit 1; }
    sleep 0.2
done

# waits on the condition (the node says it is ready), never on a fixed time
await_ready() {
    local name="$1" pid="$2" management="$3"
    until curl -fs -o /dev/null "http://127.0.0.1:${management}/actuator/health/readiness"; do
        kill -0 "${pid}" 2>/dev/null || { echo "two-nodes: node ${name} stopped:" >&2; tail -n 30 "${WORK}/node-${name}.log" >&2; exit 1; }
        sleep 0.2
    done
}

start_node() {
    local name="$1" port="$2" management="$3" demo="$4"
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:${DB_PORT}/postgres" \
    SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD='' \
    PORT="${port}" ONTHAAL_MANAGEMENT_PORT="${management}" ONTHAAL_DEMO="${demo}" \
    ONTHAAL_PUBLIC_URL="http://localhost:${PROXY_PORT}" \
        "${java}" -Xmx512m -jar "${app}" >"${WORK}/node-${name}.log" 2>&1 &
    pids+=("$!")
    echo "node-${name}=$!" >>"${WORK}/pids"
}

# A first, alone: it sets up the schema and the demo place; then B
start_node a "${NODE_A_PORT}" "${NODE_A_MANAGEMENT}" true
await_ready a "${pids[-1]}" "${NODE_A_MANAGEMENT}"
start_node b "${NODE_B_PORT}" "${NODE_B_MANAGEMENT}" false
await_ready b "${pids[-1]}" "${NODE_B_MANAGEMENT}"

ONTHAAL_PROXY_BIND="127.0.0.1:${PROXY_PORT}" \
ONTHAAL_NODE_A="127.0.0.1:${NODE_A_PORT}" ONTHAAL_NODE_B="127.0.0.1:${NODE_B_PORT}" \
ONTHAAL_NODE_A_HEALTH_PORT="${NODE_A_MANAGEMENT}" \
ONTHAAL_NODE_B_HEALTH_PORT="${NODE_B_MANAGEMENT}" \
    "${haproxy}" -db -f "${here}/proxy/haproxy.cfg" >"${WORK}/haproxy.log" 2>&1 &
pids+=("$!")
echo "proxy=$!" >>"${WORK}/pids"
until curl -fs -o /dev/null "http://127.0.0.1:${PROXY_PORT}/login"; do sleep 0.2; done

echo "two-nodes: proxy http://localhost:${PROXY_PORT}/ (nodes :${NODE_A_PORT} and :${NODE_B_PORT}," \
    "database :${DB_PORT}); logs and pids in ${WORK}; stopping in ${seconds} s or on Ctrl-C"
grep -m 2 'Demo mode:' "${WORK}/node-a.log" | sed 's/^.*Demo mode: /two-nodes: demo: /' || true
sleep "${seconds}" &
wait "$!"
