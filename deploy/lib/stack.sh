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

start_infra() {
  local cp
  cp="$(ls "$INFRA_JAR_DIR"/reportlens-infra-*.jar | head -n 1):$INFRA_JAR_DIR/lib/*"
  launch kafka java -Xms128m -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
    io.reportlens.infra.Launcher kafka "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$DATA_DIR/kafka"
  if [ -z "${MONGODB_URI:-}" ]; then
    launch mongo java -Xms128m -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
      io.reportlens.infra.Launcher mongo "$MONGO_PORT" "$DATA_DIR/mongo"
    wait_for_log mongo '^READY' 60
  fi
  wait_for_log kafka '^READY' 90
}

start_services() {
  local s
  for s in query-service nlp-service ingest-service; do
    local port_var
    case $s in ingest-service) port_var=$INGEST_PORT ;; nlp-service) port_var=$NLP_PORT ;; query-service) port_var=$QUERY_PORT ;; esac
    QUARKUS_HTTP_PORT=$port_var KAFKA_BOOTSTRAP_SERVERS=$KAFKA_SERVERS MONGODB_URI=$MONGO_URI \
      REPORTLENS_QUERY_URL="http://127.0.0.1:$QUERY_PORT" \
      launch "$s" java -Xms64m -Xmx512m -jar "$(service_jar "$(service_dir $s)")"
  done
}

wait_services_healthy() {
  local s port i
  for s in query-service nlp-service ingest-service; do
    case $s in ingest-service) port=$INGEST_PORT ;; nlp-service) port=$NLP_PORT ;; query-service) port=$QUERY_PORT ;; esac
    for ((i = 0; i < 600; i++)); do
      curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
      if ! kill -0 "$(cat "$RUN_DIR/$s.pid")" 2>/dev/null || [ "$i" -eq 599 ]; then
        echo "$s did not become healthy; the end of $LOG_DIR/$s.log:" >&2
        tail -n 30 "$LOG_DIR/$s.log" >&2
        stop_all
        exit 1
      fi
      sleep 0.2
    done
  done
}

stop_all() {
  local i name pid
  for ((i = ${#PARTS[@]} - 1; i >= 0; i--)); do
    name=${PARTS[$i]}
    [ -f "$RUN_DIR/$name.pid" ] || continue
    pid=$(cat "$RUN_DIR/$name.pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && { echo "$name did not stop in 20 s; killing it" >&2; kill -KILL "$pid" 2>/dev/null; }
    fi
    rm -f "$RUN_DIR/$name.pid"
  done
}
