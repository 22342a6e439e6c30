#!/usr/bin/env bash
# Regenerates the load benchmark's templates (query-service/load/templates/*.json) from the project's own
# documents, through the pipeline's real extraction path (see MakeTemplates.java): each file is the data
# of the reports.extracted event nlp-service would publish for that document. Never edit them by hand;
# rerun this after the engine changes (unchanged documents and engine give byte-identical files).
#   query-service/load/make-templates.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=query-service/load/templates
CP_FILE="$PWD/nlp-service/service/target/templates-classpath.txt"

# One reactor run: the last module (nlp-service) writes the classpath file last.
./mvnw -B -q -pl nlp-service/service -am compile dependency:build-classpath \
    -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime
rm -rf "$OUT" && mkdir -p "$OUT"
java -cp "nlp-service/service/target/classes:nlp-service/engine/target/classes:$(cat "$CP_FILE")" \
    query-service/load/MakeTemplates.java "$OUT" \
    deploy/e2e/fixtures/* nlp-service/engine/eval/heldout/seeds/*.txt
