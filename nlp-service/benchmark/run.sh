#!/usr/bin/env bash
# Builds the JMH benchmarks and runs them with short settings, then prints throughput in MB/s
# (10^6 bytes of UTF-8 input per second) and in MB per CPU-second of the measuring thread (the figure
# that holds when other work shares the machine). Run from anywhere; the corpus is ../shared/corpus/seeds
# beside the repository when present, else the sample reports bundled in the module.
# Warm-up is 45 s: on two cores one C2 thread takes 30-40 s to compile the engine's hundreds of rule methods,
# and until it has, each iteration runs partly in profiled C1 code (measured: 2-6 MB/s before, ~8 after).
#   nlp-service/benchmark/run.sh            # all three benchmarks
#   nlp-service/benchmark/run.sh wholeEngine  # a regex of benchmark names; extra JMH options may follow
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -B -q -pl nlp-service/benchmark -am package -DskipTests
filter="${1:-EngineBenchmarks}"
shift || true
results="nlp-service/benchmark/target/jmh-result.json"
java -jar nlp-service/benchmark/target/benchmarks.jar "$filter" \
  -f 1 -wi 15 -i 5 -w 3s -r 2s -t 1 -rf json -rff "$results" "$@"
python3 - "$results" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
print("\nbenchmark                      MB/s (input)   ± (99.9%)   MB per CPU-second")
for r in rows:
    name = r["benchmark"].rsplit(".", 1)[-1]
    m = r["secondaryMetrics"]["inputBytes"]
    err = m.get("scoreError")
    err = 0.0 if err is None or err != err else err
    cpu = r["secondaryMetrics"].get("cpuNanos", {}).get("score")
    per_cpu = r["secondaryMetrics"]["cpuBytes"]["score"] / 1e6 / (cpu / 1e9) if cpu else float("nan")
    print(f"{name:30} {m['score'] / 1e6:12.2f}   {err / 1e6:8.2f}   {per_cpu:17.2f}")
PY
