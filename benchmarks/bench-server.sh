# Sourced by the load runs: a fresh MariaDB database, the build, and the service started against it.
# Needs: a JDK, MariaDB on 127.0.0.1:3306 reachable as root without password (or set
# MARIADB_ROOT="mariadb -h HOST -u USER -pPASS"), and the mariadb client.
#   start_bench_server PORT DATABASE    (stops the server on exit; sets SERVER_PID and BENCH_DB; defines rss)
# BENCH_DB_SUFFIX=_x appends to the database name (so that two checkouts never drop each other's database);
# BENCH_SKIP_BUILD=1 skips the build when the caller (run-all.sh) has just built everything.
MARIADB_ROOT=${MARIADB_ROOT:-"mariadb -h 127.0.0.1 -u root"}

stop_server() { ./mvnw -B -q -pl deployment liberty:stop >/dev/null 2>&1 || true; }

start_bench_server() {
  local port=$1 db=$2${BENCH_DB_SUFFIX:-}
  BENCH_DB=$db
  echo "== fresh database $db"
  $MARIADB_ROOT -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
    CREATE USER IF NOT EXISTS 'signals_bench'@'%' IDENTIFIED BY 'bench';
    GRANT ALL PRIVILEGES ON $db.* TO 'signals_bench'@'%';"

  if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
    echo "== build"
    # install, not package: the liberty goals below resolve the WAR's modules from the local repository.
    ./mvnw -B -q install -DskipTests -Dliberty.skip=true
    ./mvnw -B -q -Pbenchmarks -pl benchmarks package -DskipTests -Dliberty.skip=true
  fi

  trap stop_server EXIT
  echo "== start the service on :$port against MariaDB"
  local settings=(-Dliberty.bootstrap.http.port="$port"
    -Dliberty.bootstrap.signals.data.dir="$PWD/deployment/target/bench-data"
    -Dliberty.env.DB_URL="jdbc:mariadb://127.0.0.1:3306/$db"
    -Dliberty.env.DB_USER=signals_bench -Dliberty.env.DB_PASSWORD=bench)
  ./mvnw -B -q -pl deployment liberty:create liberty:install-feature liberty:deploy "${settings[@]}"
  # liberty:deploy lays out a loose application whose module jars are read from the local Maven repository, which
  # every checkout on this machine installs into: another checkout's install would swap the code under the running
  # server (and redeploy it mid-run). Serve this checkout's packaged WAR instead.
  local apps=deployment/target/liberty/wlp/usr/servers/defaultServer/apps
  rm -f "$apps/roleready-signals.war.xml"
  cp deployment/target/roleready-signals.war "$apps/roleready-signals.war"
  ./mvnw -B -q -pl deployment liberty:start "${settings[@]}"
  for _ in $(seq 1 120); do
    curl -sf "localhost:$port/health/ready" >/dev/null && break
    sleep 1
  done
  curl -sf "localhost:$port/health/ready" >/dev/null || { echo "service not ready" >&2; exit 1; }
  # This checkout's server: other checkouts run their own defaultServer on the same machine (.sRunning is empty).
  SERVER_PID=$(pgrep -f "$PWD/deployment/target/liberty/wlp/bin/tools/ws-javaagent.jar" | head -1)
}

rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$SERVER_PID/status" 2>/dev/null || echo "?"; }

bench_classpath() { echo "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"; }
