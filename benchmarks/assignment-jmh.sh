#!/usr/bin/env bash
# In-process assignment over 4 variants (JMH): user_hash, random, round_robin and weighted against the cheapest
# possible assignment, hashCode() % 4, and against the GrowthBook and Unleash SDKs, all measured in the same run. Prints JMH's table; extra arguments go to JMH
# (e.g. -f 3 for three forks, -prof gc for allocation per call).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests -Dliberty.skip=true
echo "== $(nproc) cores, $(java -version 2>&1 | head -1)"
java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.openjdk.jmh.Main AssignmentBenchmark "$@"
