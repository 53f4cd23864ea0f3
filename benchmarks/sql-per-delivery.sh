#!/usr/bin/env bash
# Counts the SQL statements the service sends per delivery: MariaDB general log (table), this bench user only.
# Needs SUPER on MariaDB (SET GLOBAL general_log): switches the general log on for the run, off afterwards.
#   benchmarks/sql-per-delivery.sh    (FANOUT=4 for k endpoints per user, PUBLISH_BATCH=50 for batch publishes)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(mktemp -d)
source benchmarks/bench-server.sh
PORT=9291
start_bench_server "$PORT" signals_sqlcount
$MARIADB_ROOT -e "TRUNCATE mysql.general_log; SET GLOBAL log_output='TABLE'; SET GLOBAL general_log=ON;"
java -cp "$(bench_classpath)" com.roleready.benchmarks.WebhookLoadRun --base-url "http://localhost:$PORT" \
  --private-key scripts/dev-keys/dev-jwt-private-key.pem --events 500 --latency-seconds 1 --fanout ${FANOUT:-1} --publish-batch ${PUBLISH_BATCH:-1} | tail -20 || true
sleep 2
$MARIADB_ROOT -e "SET GLOBAL general_log=OFF; SET GLOBAL log_output='FILE';"
$MARIADB_ROOT -N -e "SELECT command_type, REPLACE(CONVERT(argument USING utf8mb4), '\n', ' ') FROM mysql.general_log WHERE user_host LIKE 'signals_bench%'" > $OUT/raw.txt
$MARIADB_ROOT -N -e "SELECT COUNT(*) FROM signals_sqlcount.webhook_delivery; SELECT COUNT(*) FROM signals_sqlcount.webhook_event; TRUNCATE mysql.general_log;" > $OUT/counts.txt
python3 - "$OUT" <<'PY'
import re,sys,collections
out=sys.argv[1]
c=collections.Counter()
for line in open(out+'/raw.txt'):
    t,_,q=line.rstrip('\n').partition('\t')
    q=re.sub(r"'[^']*'","?",q); q=re.sub(r"\b\d+(\.\d+)?\b","?",q); q=re.sub(r"(\?\s*,\s*)+\?","?,..",q)
    c[t+': '+q[:150]]+=1
d,e=[int(x) for x in open(out+'/counts.txt').read().split()]
print('deliveries',d,'events',e,'statements',sum(c.values()),'per delivery %.2f'%(sum(c.values())/d))
for k,v in c.most_common(30): print(f'{v:7d} {v/d:6.2f}/delivery  {k}')
PY
