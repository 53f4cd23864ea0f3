#!/usr/bin/env bash
# The publish hand-off (ADR 0020) against claiming every delivery, same script run, same steady publish rate:
# per-process CPU (MariaDB and the server, from /proc) per delivery and publish→2xx latency while publishing batches
# of 50 at --latency-rate. Each mode gets a fresh server and database and a burst of 50,000 events first, to warm
# it up.
#   benchmarks/hand-off.sh [--rate 900] [--seconds 40]
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=900 SECONDS_STEADY=40
while [ $# -gt 0 ]; do
  case $1 in
    --rate) RATE=$2; shift 2 ;;
    --seconds) SECONDS_STEADY=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
source benchmarks/bench-server.sh
PORT=${BENCH_HTTP_PORT:-9290}
OUT=$(mktemp -d)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }

for mode in claim hand_off; do
  enabled=$([ $mode = hand_off ] && echo true || echo false)
  BENCH_LIBERTY_ARGS="${BENCH_LIBERTY_ARGS:-} -Dliberty.bootstrap.signals.dispatcher.hand-off=$enabled" \
    start_bench_server "$PORT" signals_handoff
  export BENCH_SKIP_BUILD=1
  mariadb_pid=$(pgrep -x mariadbd | head -1)
  ( while true; do echo "$(date +%s%3N) $(ticks "$mariadb_pid") $(ticks "$SERVER_PID")"; sleep 1; done ) \
    > "$OUT/$mode.samples" &
  sampler=$!
  java -cp "$(bench_classpath)" com.roleready.benchmarks.WebhookLoadRun --base-url "http://localhost:$PORT" \
    --private-key scripts/dev-keys/dev-jwt-private-key.pem --rounds 1 --events 50000 --fanout 1 --publish-batch 50 \
    --latency-rate "$RATE" --latency-seconds "$SECONDS_STEADY" \
    | while IFS= read -r line; do echo "$(date +%s%3N) $line"; done > "$OUT/$mode.log"
  kill "$sampler"
  grep -E ' (round|\| publish)' "$OUT/$mode.log" | cut -d' ' -f2- | sed "s/^/[$mode] /" || true
  dump_jfr
  stop_server
done
trap - EXIT

python3 - "$OUT" "$RATE" <<'PY'
import sys
out, rate = sys.argv[1], float(sys.argv[2])
def measure(mode):
    log = [l.rstrip("\n").split(" ", 1) for l in open(f"{out}/{mode}.log") if " " in l]
    start = [int(t) for t, l in log if l.startswith("round 1:")][0] + 2000   # the steady phase starts after round 1
    end = [int(t) for t, l in log if l.startswith("Medians")][0] - 1000      # and ends before the report
    latency = {k: [l.split("|")[2].strip() for t, l in log if f"latency {k} " in l][0] for k in ("p50", "p99")}
    samples = [list(map(int, l.split())) for l in open(f"{out}/{mode}.samples") if len(l.split()) == 3]
    a = min(samples, key=lambda s: abs(s[0] - start)); b = min(samples, key=lambda s: abs(s[0] - end))
    deliveries = rate * (b[0] - a[0]) / 1000
    ms = lambda i: (b[i] - a[i]) * 10 / deliveries  # clock ticks of 10 ms
    return ms(1), ms(2), latency
claim, hand = measure("claim"), measure("hand_off")
print()
print(f"Steady publishing at {rate:.0f} events/s (batches of 50), one endpoint per user:")
print()
print("| figure | hand-off | every delivery claimed (baseline, same run) | ratio |")
print("|---|---|---|---|")
print(f"| MariaDB CPU per delivery | {hand[0]:.3f} ms | {claim[0]:.3f} ms | {hand[0]/claim[0]:.2f} |")
print(f"| server CPU per delivery | {hand[1]:.3f} ms | {claim[1]:.3f} ms | {hand[1]/claim[1]:.2f} |")
print(f"| both together | {hand[0]+hand[1]:.3f} ms | {claim[0]+claim[1]:.3f} ms | {(hand[0]+hand[1])/(claim[0]+claim[1]):.2f} |")
for k in ("p50", "p99"):
    h, c = float(hand[2][k].split()[0]), float(claim[2][k].split()[0])
    print(f"| publish→2xx latency {k} | {h:.1f} ms | {c:.1f} ms | {h/c:.2f} |")
PY
