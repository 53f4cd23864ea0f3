#!/usr/bin/env bash
# Results and winner at 1 k, 100 k and 1 M recorded tests, through MariaDB, on loopback. Prints a Markdown table
# with each size as a ratio of the 1 k time of the same run. Needs what bench-server.sh says.
#   benchmarks/experiment-results.sh [--samples 200]
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/bench-server.sh
PORT=${BENCH_HTTP_PORT:-9282}
start_bench_server "$PORT" signals_bench_exp
DB=$BENCH_DB

echo "== results run ($(nproc) cores, $(java -version 2>&1 | head -1))"
java -cp "$(bench_classpath)" com.roleready.benchmarks.ExperimentResultsRun \
  --base-url "http://localhost:$PORT" --private-key scripts/dev-keys/dev-jwt-private-key.pem \
  --jdbc-url "jdbc:mariadb://127.0.0.1:3306/$DB?user=signals_bench&password=bench&rewriteBatchedStatements=true" "$@"
echo "server RSS after the run: $(rss)"
