#!/usr/bin/env bash
# End-to-end demo of RoleReady Signals against a running service (./mvnw liberty:run in another shell).
#
#   bash scripts/demo.sh                                  # service on http://localhost:9080
#   SIGNALS_URL=http://localhost:9380 bash scripts/demo.sh
#
# 1. Webhooks: starts the independent receiver (scripts/receiver: Node.js on the official npm
#    "standardwebhooks" package), points a fresh user's endpoint at it, publishes the 7 event types and a
#    test send, and shows the delivery log and stats with the receiver's verdict on every signature.
# 2. A/B testing: per operation a fresh control and challenger, a seeded stream of simulated AI calls,
#    the results and the winner decision; declared winners are promoted.
# Exits non-zero when any step fails. Needs Node.js 18+, npm and a JDK (for scripts/dev-token). The
# service must allow http://127.0.0.1 receivers (delivery dev mode, the default under liberty:run).
# Settings: SIGNALS_URL, RECEIVER_PORT (default: a free port), DEMO_SEED (42), DEMO_CALLS_PER_OPERATION
# (1300), DEMO_STRATEGY (user_hash | random | round_robin | weighted), DEMO_CONCURRENCY (8).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export SIGNALS_URL="${SIGNALS_URL:-http://localhost:9080}"

for tool in node npm java; do
  command -v "$tool" >/dev/null || { echo "demo: $tool is needed but not installed" >&2; exit 2; }
done
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' \
  || { echo "demo: Node.js 18 or newer is needed (global fetch)" >&2; exit 2; }

echo "Installing the independent receiver's dependencies (npm ci, committed lockfile)..."
(cd "$here/receiver" && npm ci --no-audit --no-fund --silent)

port="${RECEIVER_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
receiver_log="$(mktemp "${TMPDIR:-/tmp}/signals-demo-receiver.XXXXXX")"
node "$here/receiver/receiver.js" --port "$port" >"$receiver_log" 2>&1 &
receiver_pid=$!
stop_receiver() {
  kill "$receiver_pid" 2>/dev/null || true
  wait "$receiver_pid" 2>/dev/null || true
  rm -f "$receiver_log"
}
trap stop_receiver EXIT
trap 'exit 130' INT TERM

export RECEIVER_URL="http://127.0.0.1:$port"
healthy=false
for _ in $(seq 1 50); do
  if node -e 'fetch(process.env.RECEIVER_URL + "/_health").then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))'; then
    healthy=true
    break
  fi
  kill -0 "$receiver_pid" 2>/dev/null || break
  sleep 0.2
done
if [ "$healthy" != true ]; then
  echo "demo: the receiver did not start on port $port:" >&2; cat "$receiver_log" >&2; exit 1
fi
echo "Independent receiver (pid $receiver_pid) listening on $RECEIVER_URL"

node "$here/demo/demo.js"
