#!/usr/bin/env bash
# Webhook delivery load run, through MariaDB, on loopback. Prints a Markdown table (copy it into
# docs/PERFORMANCE.md). Needs: a JDK, MariaDB on 127.0.0.1:3306 reachable as root without password
# (or set MARIADB_ROOT="mariadb -h HOST -u USER -pPASS"), and the mariadb client.
#   benchmarks/webhook-load.sh [--events 20000] [--latency-seconds 20] [--concurrency 16] [--users 4]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_HTTP_PORT:-9281}
DB=signals_bench
MARIADB_ROOT=${MARIADB_ROOT:-"mariadb -h 127.0.0.1 -u root"}

echo "== fresh database $DB"
$MARIADB_ROOT -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
  CREATE USER IF NOT EXISTS 'signals_bench'@'%' IDENTIFIED BY 'bench';
  GRANT ALL PRIVILEGES ON $DB.* TO 'signals_bench'@'%';"

echo "== build"
# install, not package: the liberty goals below resolve the WAR's modules from the local repository.
./mvnw -B -q install -DskipTests -Dliberty.skip=true
./mvnw -B -q -Pbenchmarks -pl benchmarks package -DskipTests -Dliberty.skip=true

stop_server() { ./mvnw -B -q -pl deployment liberty:stop >/dev/null 2>&1 || true; }
trap stop_server EXIT

echo "== start the service on :$PORT against MariaDB"
./mvnw -B -q -pl deployment liberty:create liberty:install-feature liberty:deploy liberty:start \
  -Dliberty.bootstrap.http.port="$PORT" \
  -Dliberty.bootstrap.signals.data.dir="$PWD/deployment/target/bench-data" \
  -Dliberty.env.DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" \
  -Dliberty.env.DB_USER=signals_bench -Dliberty.env.DB_PASSWORD=bench
for _ in $(seq 1 120); do
  curl -sf "localhost:$PORT/health/ready" >/dev/null && break
  sleep 1
done
curl -sf "localhost:$PORT/health/ready" >/dev/null || { echo "service not ready" >&2; exit 1; }
SERVER_PID=$(cat deployment/target/liberty/wlp/usr/servers/defaultServer/workarea/.sRunning 2>/dev/null || true)
SERVER_PID=${SERVER_PID:-$(pgrep -f "ws-server.jar.*defaultServer" | head -1)}
rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$SERVER_PID/status" 2>/dev/null || echo "?"; }
echo "server RSS idle: $(rss)"

echo "== load run ($(nproc) cores, $(java -version 2>&1 | head -1))"
java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" com.roleready.benchmarks.WebhookLoadRun \
  --base-url "http://localhost:$PORT" --private-key scripts/dev-keys/dev-jwt-private-key.pem "$@"
echo
echo "server RSS after the run: $(rss)"
