# Sourced by the load runs: a fresh MariaDB database, the build, and the service started against it.
# Needs: a JDK, MariaDB on 127.0.0.1:3306 reachable as root without password (or set
# MARIADB_ROOT="mariadb -h HOST -u USER -pPASS"), and the mariadb client.
#   start_bench_server PORT DATABASE    (stops the server on exit; sets SERVER_PID and BENCH_DB; defines rss)
# BENCH_DB_SUFFIX=_x appends to the database name (so that two checkouts never drop each other's database);
# BENCH_SKIP_BUILD=1 skips the build when the caller (run-all.sh) has just built everything.
# BENCH_LIBERTY_ARGS adds settings for a tuning run, e.g. "-Dliberty.bootstrap.signals.dispatcher.senders=32
#   -Dliberty.env.DB_POOL_MAX=40"; BENCH_DB_URL_OPTIONS adds driver options to the database URL, e.g.
#   "?useServerPrepStmts=true".
MARIADB_ROOT=${MARIADB_ROOT:-"mariadb -h 127.0.0.1 -u root"}

# Stops the bench server and takes its settings out of the server's generated files: liberty:deploy keeps them in
# server.env and bootstrap.properties, and a later ./mvnw verify (or a system test's copy of the server) would
# otherwise run against the bench database instead of its own.
stop_server() {
  ./mvnw -B -q -pl deployment liberty:stop >/dev/null 2>&1 || true
  local dir=deployment/target/liberty/wlp/usr/servers/defaultServer
  [ -f "$dir/server.env" ] && sed -i '/^DB_\(URL\|USER\|PASSWORD\)=/d' "$dir/server.env"
  [ -f "$dir/bootstrap.properties" ] && sed -i '/^http\.port=/d; /^signals\./d; /^liberty\./d' "$dir/bootstrap.properties"
  return 0
}

start_bench_server() {
  local port=$1 db=$2${BENCH_DB_SUFFIX:-}
  BENCH_DB=$db
  echo "== fresh database $db"
  $MARIADB_ROOT -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
    CREATE USER IF NOT EXISTS 'signals_bench'@'%' IDENTIFIED BY 'bench';
    GRANT ALL PRIVILEGES ON $db.* TO 'signals_bench'@'%';"

  if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
    echo "== build"
    # One reactor build of this checkout, benchmarks included. The server gets the packed WAR, not a loose
    # application: a loose one reads the modules' SNAPSHOT jars from the local Maven repository, which a build in
    # another checkout may overwrite during the run (the server then silently reloads someone else's code).
    ./mvnw -B -q -Pbenchmarks package -DskipTests -Dliberty.skip=true
    # The liberty goals below still resolve deployment's dependencies; install once if the repository lacks them.
    ls ~/.m2/repository/com/roleready/adapters-rest/*/adapters-rest-*.jar >/dev/null 2>&1 \
      || ./mvnw -B -q install -DskipTests -Dliberty.skip=true
  fi

  trap 'dump_jfr; stop_server' EXIT
  echo "== start the service on :$port against MariaDB"
  ./mvnw -B -q -pl deployment liberty:create liberty:install-feature liberty:deploy liberty:start \
    -DlooseApplication=false \
    -Dliberty.bootstrap.http.port="$port" \
    -Dliberty.bootstrap.signals.data.dir="$PWD/deployment/target/bench-data" \
    -Dliberty.env.DB_URL="jdbc:mariadb://127.0.0.1:3306/$db${BENCH_DB_URL_OPTIONS:-}" \
    -Dliberty.env.DB_USER=signals_bench -Dliberty.env.DB_PASSWORD=bench ${BENCH_LIBERTY_ARGS:-}
  for _ in $(seq 1 120); do
    curl -sf "localhost:$port/health/ready" >/dev/null && break
    sleep 1
  done
  curl -sf "localhost:$port/health/ready" >/dev/null || { echo "service not ready" >&2; exit 1; }
  # This checkout's server, not another checkout's defaultServer on the same machine.
  SERVER_PID=$(pgrep -f -- "$PWD/deployment/target/liberty/wlp/.*ws-server.jar.*defaultServer" | head -1)
  if [[ -n "${BENCH_JFR:-}" ]]; then
    # Profiling only for this run (not in jvm.options): BENCH_JFR=/path/to/recording.jfr
    jcmd "$SERVER_PID" JFR.start name=bench settings=profile filename="$BENCH_JFR" >/dev/null
    echo "== JFR recording to $BENCH_JFR"
  fi
}

# Writes the JFR recording (if BENCH_JFR is set) before the server stops.
dump_jfr() {
  [[ -n "${BENCH_JFR:-}" ]] && jcmd "$SERVER_PID" JFR.stop name=bench >/dev/null && echo "== JFR written: $BENCH_JFR"
  return 0
}

rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$SERVER_PID/status" 2>/dev/null || echo "?"; }

bench_classpath() { echo "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"; }
