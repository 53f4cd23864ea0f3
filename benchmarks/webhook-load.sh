#!/usr/bin/env bash
# Webhook delivery load run, through MariaDB, on loopback. Prints a Markdown table (copy it into
# docs/PERFORMANCE.md). Needs what bench-server.sh says.
#   benchmarks/webhook-load.sh [--events 20000] [--rounds 3] [--latency-seconds 20] [--concurrency 16] [--users 4]
#     [--fanout 4] [--publish-batch 1]
# --fanout k adds a run with k endpoints per user (one publish, k deliveries); 1 skips it.
# BENCH_JFR=/tmp/x.jfr records a JFR profile of the server during the run (settings=profile).
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/bench-server.sh
PORT=${BENCH_HTTP_PORT:-9281}
start_bench_server "$PORT" signals_bench
echo "server RSS idle: $(rss)"

echo "== load run ($(nproc) cores, $(java -version 2>&1 | head -1))"
java -cp "$(bench_classpath)" com.roleready.benchmarks.WebhookLoadRun \
  --base-url "http://localhost:$PORT" --private-key scripts/dev-keys/dev-jwt-private-key.pem "$@"
echo
echo "server RSS after the run: $(rss)"
