#!/usr/bin/env bash
# Load benchmark of query-service (not part of `verify`): fills an embedded store with REPORTS
# reports' worth of extraction results, starts the packaged service against it and measures each
# endpoint's p50/p99 at CLIENTS concurrent clients.
#   query-service/load/run.sh [REPORTS=10000] [REQUESTS_PER_ENDPOINT=2000] [CLIENTS=16] [--reuse]
# Data goes to query-service/target/load-data (removed first, unless --reuse: then the store filled
# by an earlier run is measured again); the app's log to app.log there. The store runs in this
# tool's JVM: LOAD_HEAP sizes it (2g; 8g from 50,000 reports, where the store's scans of 16 clients
# outgrew 2g), REPORTLENS_MONGO_CACHE_MB its page cache (256; keep the heap above twice the cache),
# LOAD_BUDGET_SECONDS bounds each endpoint's measurement (120).
set -euo pipefail
cd "$(dirname "$0")/../.."
REPORTS=${1:-10000}
REQUESTS=${2:-2000}
CLIENTS=${3:-16}
REUSE=${4:-}
DATA=query-service/target/load-data

# One reactor run: the last module (query-service) writes the classpath file last.
./mvnw -B -q -pl query-service -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$PWD/query-service/target/load-classpath.txt" -Dmdep.includeScope=test
if [ "$REUSE" = "--reuse" ]; then
  [ -d "$DATA/mongo" ] || { echo "no filled store in $DATA: run without --reuse first" >&2; exit 1; }
else
  rm -rf "$DATA" && mkdir -p "$DATA"
fi
if [ "$REPORTS" -ge 50000 ]; then DEFAULT_HEAP=8g; else DEFAULT_HEAP=2g; fi
java -Xmx"${LOAD_HEAP:-$DEFAULT_HEAP}" -cp "query-service/target/test-classes:query-service/target/classes:$(cat query-service/target/load-classpath.txt)" \
    io.reportlens.query.load.LoadBenchmark "$REPORTS" "$REQUESTS" "$CLIENTS" \
    query-service/target/quarkus-app/quarkus-run.jar "$DATA" $REUSE
