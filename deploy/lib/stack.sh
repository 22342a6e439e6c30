# Shared by deploy/run, deploy/stop and the end-to-end test: where things are and how to start/stop them.
# shellcheck shell=bash

DATA_DIR="$(mkdir -p "${REPORTLENS_DATA:-$root/data}" && cd "${REPORTLENS_DATA:-$root/data}" && pwd)"
LOG_DIR="$DATA_DIR/logs"
RUN_DIR="$DATA_DIR/run"
INGEST_PORT="${INGEST_PORT:-8081}"
NLP_PORT="${NLP_PORT:-8082}"
QUERY_PORT="${QUERY_PORT:-8083}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
MONGO_PORT="${MONGO_PORT:-27017}"
MONGO_URI="${MONGODB_URI:-mongodb://127.0.0.1:$MONGO_PORT}"
KAFKA_SERVERS="127.0.0.1:$KAFKA_PORT"
# Start order; deploy/stop goes the other way.
PARTS=(kafka mongo query-service nlp-service ingest-service)

INFRA_JAR_DIR="$root/deploy/infra/target"
service_jar() { echo "$root/$1/target/quarkus-app/quarkus-run.jar"; }
service_dir() { case "$1" in nlp-service) echo nlp-service/service ;; *) echo "$1" ;; esac; }

stack_running() {
  local f
  for f in "$RUN_DIR"/*.pid; do
    [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && return 0
  done
  return 1
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_ports() {
  local busy=() p
  local ports=("ingest-service:$INGEST_PORT" "nlp-service:$NLP_PORT" "query-service:$QUERY_PORT"
               "Kafka:$KAFKA_PORT" "Kafka controller:$KAFKA_CONTROLLER_PORT")
  [ -z "${MONGODB_URI:-}" ] && ports+=("embedded MongoDB:$MONGO_PORT")
  for p in "${ports[@]}"; do
    port_busy "${p##*:}" && busy+=("${p%%:*} needs port ${p##*:}, which is already in use")
  done
  if [ ${#busy[@]} -gt 0 ]; then
    printf 'cannot start: %s\n' "${busy[@]}" >&2
    echo "free the port or choose another (INGEST_PORT, NLP_PORT, QUERY_PORT, KAFKA_PORT, KAFKA_CONTROLLER_PORT, MONGO_PORT)." >&2
    exit 1
  fi
}

build_if_missing() {
  local missing=false s
  ls "$INFRA_JAR_DIR"/reportlens-infra-*.jar >/dev/null 2>&1 || missing=true
  for s in ingest-service nlp-service query-service; do
    [ -f "$(service_jar "$(service_dir $s)")" ] || missing=true
  done
  if $missing; then
    echo "building ReportLens (first run; ./mvnw -B package -DskipTests)…"
    (cd "$root" && ./mvnw -B -q package -DskipTests)
  fi
}

# launch NAME COMMAND... — runs it in the background, its output in LOG_DIR/NAME.log.
launch() {
  local name=$1; shift
  nohup "$@" >"$LOG_DIR/$name.log" 2>&1 &
  echo $! >"$RUN_DIR/$name.pid"
}

wait_for_log() { # NAME PATTERN SECONDS
  local name=$1 pattern=$2 limit=$3 i
  for ((i = 0; i < limit * 5; i++)); do
    grep -q "$pattern" "$LOG_DIR/$name.log" 2>/dev/null && return 0
    kill -0 "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null || break
    sleep 0.2
  done
  echo "$name did not start; the end of $LOG_DIR/$name.log:" >&2
  tail -n 20 "$LOG_DIR/$name.log" >&2
  stop_all
  exit 1
}

infra_classpath() { echo "$(ls "$INFRA_JAR_DIR"/reportlens-infra-*.jar | head -n 1):$INFRA_JAR_DIR/lib/*"; }

service_port() {
  case $1 in ingest-service) echo "$INGEST_PORT" ;; nlp-service) echo "$NLP_PORT" ;; query-service) echo "$QUERY_PORT" ;; esac
}

# start_part NAME — starts one part in the background (and, for kafka and mongo, waits until it listens).
start_part() {
  case $1 in
    kafka)
      launch kafka java -Xms128m -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(infra_classpath)" \
        io.reportlens.infra.Launcher kafka "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$DATA_DIR/kafka"
      wait_for_log kafka '^READY' 120 ;;
    mongo)
      [ -n "${MONGODB_URI:-}" ] && return 0
      # The heap holds H2's page cache (REPORTLENS_MONGO_CACHE_MB, 256 by default) twice over plus the
      # server's own working memory: 1 GB by default.
      launch mongo java -Xms128m -Xmx$(( ${REPORTLENS_MONGO_CACHE_MB:-256} * 2 + 512 ))m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(infra_classpath)" \
        io.reportlens.infra.Launcher mongo "$MONGO_PORT" "$DATA_DIR/mongo"
      wait_for_log mongo '^READY' 60 ;;
    ingest-service|nlp-service|query-service)
      QUARKUS_HTTP_PORT=$(service_port "$1") KAFKA_BOOTSTRAP_SERVERS=$KAFKA_SERVERS MONGODB_URI=$MONGO_URI \
        REPORTLENS_QUERY_URL="http://127.0.0.1:$QUERY_PORT" REPORTLENS_QUERY_INGEST_URL="http://127.0.0.1:$INGEST_PORT" \
        launch "$1" java -Xms64m -Xmx512m -jar "$(service_jar "$(service_dir "$1")")" ;;
    *) echo "unknown part: $1 (one of ${PARTS[*]})" >&2; return 2 ;;
  esac
}

start_infra() { start_part mongo; start_part kafka; }

start_services() { local s; for s in query-service nlp-service ingest-service; do start_part "$s"; done; }

# wait_healthy NAME — until the service answers /q/health/ready (2 minutes at most).
wait_healthy() {
  local name=$1 port i
  port=$(service_port "$name")
  for ((i = 0; i < 600; i++)); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && return 0
    if ! kill -0 "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null; then break; fi
    sleep 0.2
  done
  echo "$name did not become healthy; the end of $LOG_DIR/$name.log:" >&2
  tail -n 30 "$LOG_DIR/$name.log" >&2
  return 1
}

wait_services_healthy() {
  local s
  for s in query-service nlp-service ingest-service; do
    wait_healthy "$s" || { stop_all; exit 1; }
  done
}

# stop_part NAME [SIGNAL] — TERM (or the signal given, e.g. KILL) and wait until it is gone.
stop_part() {
  local name=$1 signal=${2:-TERM} pid
  [ -f "$RUN_DIR/$name.pid" ] || return 0
  pid=$(cat "$RUN_DIR/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$signal" "$pid" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && { echo "$name did not stop in 20 s; killing it" >&2; kill -KILL "$pid" 2>/dev/null; sleep 0.5; }
  fi
  rm -f "$RUN_DIR/$name.pid"
}

stop_all() {
  local i
  for ((i = ${#PARTS[@]} - 1; i >= 0; i--)); do stop_part "${PARTS[$i]}"; done
}
