#!/usr/bin/env bash
# Assignment over HTTP on loopback: POST /api/ab-testing/assignments against GET /api/me (the ceiling) on the same
# server, same load generator, alternating rounds. Needs what bench-server.sh says.
#   benchmarks/assignment-http.sh [--connections 16] [--seconds 10] [--rounds 3] [--warmup-seconds 10]
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/bench-server.sh
PORT=${BENCH_HTTP_PORT:-9285}
start_bench_server "$PORT" signals_bench_assign
echo "== assignment HTTP run ($(nproc) cores, $(java -version 2>&1 | head -1))"
java -cp "$(bench_classpath)" com.roleready.benchmarks.AssignmentHttpRun \
  --base-url "http://localhost:$PORT" --private-key scripts/dev-keys/dev-jwt-private-key.pem "$@"
echo "server RSS after the run: $(rss)"
