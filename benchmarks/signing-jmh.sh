#!/usr/bin/env bash
# Standard Webhooks signing (JMH, signatures/s) for 1 KiB and 64 KiB bodies against the bare JDK HMAC-SHA256 over
# the same bytes, in the same run. Extra arguments go to JMH (e.g. -f 3, -prof gc).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests -Dliberty.skip=true
echo "== $(nproc) cores, $(java -version 2>&1 | head -1)"
java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.openjdk.jmh.Main SigningBenchmark "$@"
