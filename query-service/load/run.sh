#!/usr/bin/env bash
# Load benchmark of query-service (not part of `verify`): fills an embedded store with REPORTS
# reports' worth of extraction results, starts the packaged service against it and measures each
# endpoint's p50/p99 at CLIENTS concurrent clients.
#   query-service/load/run.sh [REPORTS=10000] [REQUESTS_PER_ENDPOINT=2000] [CLIENTS=16]
# Data goes to query-service/target/load-data (removed first); the app's log to app.log there.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPORTS=${1:-10000}
REQUESTS=${2:-2000}
CLIENTS=${3:-16}
DATA=query-service/target/load-data

# One reactor run: the last module (query-service) writes the classpath file last.
./mvnw -B -q -pl query-service -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$PWD/query-service/target/load-classpath.txt" -Dmdep.includeScope=test
rm -rf "$DATA" && mkdir -p "$DATA"
java -Xmx2g -cp "query-service/target/test-classes:query-service/target/classes:$(cat query-service/target/load-classpath.txt)" \
    io.reportlens.query.load.LoadBenchmark "$REPORTS" "$REQUESTS" "$CLIENTS" \
    query-service/target/quarkus-app/quarkus-run.jar "$DATA"
