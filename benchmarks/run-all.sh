#!/usr/bin/env bash
# Every benchmark, one after the other, then one Markdown table: figure, goal, measured, baseline (same run), ratio,
# met. Each part also runs alone (its own script). Logs go to benchmarks/target/run-all/. Needs what
# bench-server.sh says (MariaDB on 127.0.0.1:3306, the mariadb client). Takes 25-40 minutes.
#   benchmarks/run-all.sh [--jmh-forks 1] [--memory-seconds 300]
# Servers use ports 9284-9289 and databases signals_*_all, so that other checkouts' runs are not disturbed.
set -euo pipefail
cd "$(dirname "$0")/.."
FORKS=1 MEMORY_SECONDS=300
while [ $# -gt 0 ]; do
  case $1 in
    --jmh-forks) FORKS=$2; shift 2 ;;
    --memory-seconds) MEMORY_SECONDS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
OUT=benchmarks/target/run-all
mkdir -p "$OUT"
export BENCH_DB_SUFFIX=_all

echo "== build once (the same build as bench-server.sh's)"
./mvnw -B -q -Pbenchmarks package -DskipTests -Dliberty.skip=true
ls ~/.m2/repository/com/roleready/adapters-rest/*/adapters-rest-*.jar >/dev/null 2>&1 \
  || ./mvnw -B -q install -DskipTests -Dliberty.skip=true
export BENCH_SKIP_BUILD=1

step() { local name=$1; shift; echo "== $name: $*"; "$@" 2>&1 | tee "$OUT/$name.log" | grep -E '^(==|RESULT|\| |round )' || true; }
step assignment-jmh benchmarks/assignment-jmh.sh -f "$FORKS" -rf csv -rff "$OUT/assignment.csv"
step signing-jmh benchmarks/signing-jmh.sh -f "$FORKS" -rf csv -rff "$OUT/signing.csv"
BENCH_HTTP_PORT=9285 step assignment-http benchmarks/assignment-http.sh
BENCH_HTTP_PORT=9286 step memory benchmarks/memory.sh --latency-seconds "$MEMORY_SECONDS"
BENCH_HTTP_PORT=9287 step webhook-load-batch benchmarks/webhook-load.sh --publish-batch 50
BENCH_HTTP_PORT=9289 step webhook-load benchmarks/webhook-load.sh --fanout 1
BENCH_HTTP_PORT=9288 step experiment-results benchmarks/experiment-results.sh
BENCH_HTTP_PORT=9284 step hand-off benchmarks/hand-off.sh

echo
echo "Measured $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1 | tr -d '"'), $(uname -m)"
echo
python3 - "$OUT" <<'PY'
import csv, re, sys, os
out = sys.argv[1]
def log(name):
    p = os.path.join(out, name + ".log")
    return open(p).read() if os.path.exists(p) else ""
def jmh(name):
    p = os.path.join(out, name + ".csv")
    scores = {}
    if os.path.exists(p):
        for r in csv.DictReader(open(p)):
            key = r["Benchmark"].rsplit(".", 1)[1] + (":" + r.get("Param: payloadBytes", "") if r.get("Param: payloadBytes") else "")
            scores[key] = float(r["Score"])
    return scores
rows = []
def row(figure, goal, measured, baseline, ratio, met):
    rows.append((figure, goal, measured, baseline, ratio, "yes" if met is True else ("**no**" if met is False else met)))
a = jmh("assignment")
if a:
    uh, base, gb, un = a.get("userHash"), a.get("baselineHashCodeModulo"), a.get("growthBook"), a.get("unleash")
    row("`user_hash` assignment, 4 variants, in process", "≤ 100 ns", f"{uh:.1f} ns", f"`hashCode() % 4`: {base:.1f} ns", f"{uh/base:.1f}×", uh <= 100)
    row("`user_hash` vs GrowthBook SDK, same experiment", "≥ 2× faster", f"{uh:.1f} ns", f"GrowthBook: {gb:,.0f} ns", f"{gb/uh:,.0f}× faster", gb / uh >= 2)
    row("`user_hash` vs Unleash client, same toggle", "≥ 2× faster", f"{uh:.1f} ns", f"Unleash: {un:,.0f} ns", f"{un/uh:,.0f}× faster", un / uh >= 2)
    for k, label in (("random", "`random`"), ("roundRobin", "`round_robin`"), ("weighted", "`weighted` (Thompson)")):
        row(f"{label} assignment, in process", "—", f"{a[k]:.1f} ns", f"`hashCode() % 4`: {base:.1f} ns", f"{a[k]/base:.1f}×", "—")
s = jmh("signing")
for size, label in (("1024", "1 KiB"), ("65536", "64 KiB")):
    if s.get("webhookSignature:" + size):
        ours, raw = s["webhookSignature:" + size], s["baselineJdkHmac:" + size]
        row(f"Standard Webhooks signatures/s, {label}", "—", f"{ours:,.0f}/s", f"raw JDK HMAC-SHA256: {raw:,.0f}/s", f"{100*ours/raw:.0f} %", "—")
m = re.search(r"RESULT assignments/s (\d+), ceiling (\d+), share ([\d.]+) %, p99 ([\d.]+) ms vs ([\d.]+) ms", log("assignment-http"))
if m:
    row("`POST /api/ab-testing/assignments` requests/s", "≥ 70 % of the ceiling", f"{int(m[1]):,}/s", f"`GET /api/me`: {int(m[2]):,}/s", f"{m[3]} %", float(m[3]) >= 70)
    row("assignment p99 under that load", "—", f"{m[4]} ms", f"`GET /api/me`: {m[5]} ms", f"{float(m[4])/float(m[5]):.2f}×", "—")
m = re.search(r"RESULT rss_idle_mb (\d+) rss_1min_mb (\d+) rss_end_mb (\d+) rss_max_mb (\d+) growth_after_1min_pct (-?[\d.]+)", log("memory"))
if m:
    idle, m1, end, mx, g = int(m[1]), int(m[2]), int(m[3]), int(m[4]), float(m[5])
    row("server RSS after 5 min of delivery load", "≤ 700 MB, flat", f"{end} MB (max {mx}, {g:+.1f} % since minute 1)", f"idle: {idle} MB", f"{end/idle:.2f}×", mx <= 700 and g <= 10)
def cell(text, label):
    m = re.search(r"\| " + re.escape(label) + r"[^|]*\| ([\d.]+)", text)
    return float(m[1]) if m else None
for name, how in (("webhook-load-batch", "50 events per `POST /api/events/batch`"), ("webhook-load", "one event per `POST /api/events`")):
    w = log(name)
    d, raw, share = cell(w, "webhook deliveries/s"), cell(w, "receiver raw POST rate"), cell(w, "deliveries/s as share of the raw rate")
    p99 = cell(w, "publish→2xx latency p99")
    if d and raw and share:
        row(f"webhook deliveries/s end to end through MariaDB, {how} (median of 3 rounds)", "≥ 1,000/s, ≥ 30 % of raw", f"{d:,.0f}/s", f"receiver raw POST: {raw:,.0f}/s", f"{share:.1f} %", d >= 1000 and share >= 30)
    fan, fan_share = cell(w, "fan-out 4 (4 endpoints per user"), cell(w, "fan-out 4: deliveries/s as share")
    if fan and fan_share:
        row("webhook deliveries/s, delivery pipeline (fan-out 4: one publish, four deliveries)", "(same)", f"{fan:,.0f}/s", f"receiver raw POST: {raw:,.0f}/s", f"{fan_share:.1f} %", fan >= 1000 and fan_share >= 30)
    if p99:
        row(f"publish→2xx latency p99 at half the delivery rate, {how}", "< 250 ms", f"{p99} ms", "—", "—", p99 < 250)
h = log("hand-off")
for label in ("MariaDB CPU per delivery", "server CPU per delivery", "publish→2xx latency p50", "publish→2xx latency p99"):
    m = re.search(r"\| " + re.escape(label) + r" \| ([\d.]+) ms \| ([\d.]+) ms \| ([\d.]+) \|", h)
    if m:
        row(f"{label}, steady 900 events/s: publishes hand deliveries to their server (ADR 0020)", "—", f"{m[1]} ms", f"every delivery claimed: {m[2]} ms", f"{m[3]}×", "—")
e = log("experiment-results")
m1k = re.search(r"\| 1,000 \|[^\n]*?\| ([\d.]+) \| ([\d.]+) \|\n", e)
m1m = re.search(r"\| 1,000,000 \|[^\n]*?\| ([\d.]+) \| ([\d.]+) \|\n", e)
if m1k and m1m:
    t1k, t1m = float(m1k[1]), float(m1m[1])
    row("results + winner, 1 M recorded tests", "≤ 50 ms, ≤ 2× the 1 k time", f"{t1m} ms", f"{t1k} ms at 1 k", f"{t1m/t1k:.2f}×", t1m <= 50 and t1m / t1k <= 2)
print("| figure | goal | measured | baseline (same run) | ratio | met |")
print("|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
PY
