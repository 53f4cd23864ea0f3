#!/usr/bin/env bash
# Server RSS idle and under 5 minutes of webhook delivery load: WebhookLoadRun (the webhook-load.sh run) with a
# 300 s latency phase, RSS sampled every 10 s. Prints the samples and a summary line. Needs what bench-server.sh says.
#   benchmarks/memory.sh [--latency-seconds 300] [--events 5000]   (extra arguments go to WebhookLoadRun)
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/bench-server.sh
PORT=${BENCH_HTTP_PORT:-9286}
start_bench_server "$PORT" signals_bench_mem
kb() { awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status"; }
sleep 10
IDLE=$(kb)
echo "server RSS idle: $((IDLE / 1024)) MB"
SAMPLES=$(mktemp)
START=$(date +%s)
( while kill -0 "$SERVER_PID" 2>/dev/null; do echo "$(( $(date +%s) - START )) $(kb)"; sleep 10; done ) >"$SAMPLES" &
SAMPLER=$!
echo "== 5-minute delivery load ($(nproc) cores, $(java -version 2>&1 | head -1))"
java -cp "$(bench_classpath)" com.roleready.benchmarks.WebhookLoadRun \
  --base-url "http://localhost:$PORT" --private-key scripts/dev-keys/dev-jwt-private-key.pem \
  --events 5000 --rounds 1 --latency-seconds 300 "$@"
kill "$SAMPLER" 2>/dev/null || true
END=$(kb)
echo "RSS samples (s since load start, MB):"
awk '{printf "%s:%d ", $1, $2/1024} END {print ""}' "$SAMPLES"
# "after 1 minute" is the first sample at or past 60 s; the growth from there to the end says whether RSS is flat.
awk -v idle="$IDLE" -v end="$END" '
  $1 >= 60 && !m1 { m1 = $2 } $2 > max { max = $2 }
  END { if (!m1) m1 = end; if (end > max) max = end;
        printf "RESULT rss_idle_mb %d rss_1min_mb %d rss_end_mb %d rss_max_mb %d growth_after_1min_pct %.1f\n",
               idle/1024, m1/1024, end/1024, max/1024, 100*(end-m1)/m1 }' "$SAMPLES"
rm -f "$SAMPLES"
