# Shared by deploy/run, deploy/stop, deploy/part and the end-to-end tests: where things are and how
# to start and stop them.
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
# In cluster mode the second and third instances use the same ports plus this step (and twice it).
CLUSTER_PORT_STEP="${CLUSTER_PORT_STEP:-10}"

INFRA_JAR_DIR="$root/deploy/infra/target"
service_jar() { echo "$root/$1/target/quarkus-app/quarkus-run.jar"; }
service_dir() { case "$1" in nlp-service*) echo nlp-service/service ;; query-service*) echo query-service ;; *) echo "$1" ;; esac; }

# The mode of the stack in this data folder: "single" (one broker, one instance of each service) or
# "cluster" (three Kafka nodes, two instances of nlp-service and query-service). deploy/run --cluster
# records it; deploy/stop and deploy/part read it.
MODE_FILE="$RUN_DIR/mode"
stack_mode() { if [ -f "$MODE_FILE" ]; then cat "$MODE_FILE"; else echo single; fi; }

# set_parts MODE — PARTS in start order (deploy/stop goes the other way) and KAFKA_SERVERS.
set_parts() {
  if [ "$1" = cluster ]; then
    PARTS=(kafka-1 kafka-2 kafka-3 mongo query-service-1 query-service-2 nlp-service-1 nlp-service-2 ingest-service)
    KAFKA_SERVERS="127.0.0.1:$(kafka_port 1),127.0.0.1:$(kafka_port 2),127.0.0.1:$(kafka_port 3)"
  else
    PARTS=(kafka mongo query-service nlp-service ingest-service)
    KAFKA_SERVERS="127.0.0.1:$KAFKA_PORT"
  fi
}

instance() { case $1 in *-[0-9]) echo "${1##*-}" ;; *) echo 1 ;; esac; }
kafka_port() { echo $((KAFKA_PORT + ($1 - 1) * CLUSTER_PORT_STEP)); }
kafka_controller_port() { echo $((KAFKA_CONTROLLER_PORT + ($1 - 1) * CLUSTER_PORT_STEP)); }
kafka_nodes() { local i s=""; for i in 1 2 3; do s+="${s:+,}$i:$(kafka_port $i):$(kafka_controller_port $i)"; done; echo "$s"; }

service_port() {
  local step=$(( ($(instance "$1") - 1) * CLUSTER_PORT_STEP ))
  case $1 in
    ingest-service*) echo "$INGEST_PORT" ;;
    nlp-service*) echo $((NLP_PORT + step)) ;;
    query-service*) echo $((QUERY_PORT + step)) ;;
  esac
}

# The ports PARTS listen on, as "what:port".
stack_ports() {
  local part i
  for part in "${PARTS[@]}"; do
    case $part in
      kafka) echo "Kafka:$KAFKA_PORT"; echo "Kafka controller:$KAFKA_CONTROLLER_PORT" ;;
      kafka-*) i=$(instance "$part"); echo "Kafka node $i:$(kafka_port "$i")"; echo "Kafka node $i controller:$(kafka_controller_port "$i")" ;;
      mongo) [ -z "${MONGODB_URI:-}" ] && echo "embedded MongoDB:$MONGO_PORT" ;;
      *) echo "$part:$(service_port "$part")" ;;
    esac
  done
}

# --- processes this stack started -------------------------------------------------------------
# Every process is launched with -Dreportlens.part=NAME -Dreportlens.data=DATA_DIR on its command
# line; a pid is acted on only while its command line still says so. A stale pid file (the process
# ended, and its pid may now belong to an unrelated program) is never signalled.

owned_pid() { # NAME → the pid, when the process in NAME.pid is the one this stack started
  local file="$RUN_DIR/$1.pid" pid args
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  args=$(ps -o args= -p "$pid" 2>/dev/null) || return 1
  case "$args" in
    *"-Dreportlens.part=$1 "*"-Dreportlens.data=$DATA_DIR "*) echo "$pid" ;;
    *) return 1 ;;
  esac
}

part_running() { owned_pid "$1" >/dev/null; }

stack_running() {
  local f name
  for f in "$RUN_DIR"/*.pid; do
    [ -f "$f" ] || continue
    name=$(basename "$f" .pid)
    part_running "$name" && return 0
  done
  return 1
}

# Pid files whose process is gone (or is no longer ours) are removed, saying so.
forget_stale_pids() {
  local f name
  for f in "$RUN_DIR"/*.pid; do
    [ -f "$f" ] || continue
    name=$(basename "$f" .pid)
    if ! part_running "$name"; then
      echo "note: $name is not running (stale pid file $f removed; its pid was not signalled)" >&2
      rm -f "$f"
    fi
  done
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_ports() {
  local busy=() p
  while IFS= read -r p; do
    [ -n "$p" ] || continue
    port_busy "${p##*:}" && busy+=("${p%:*} needs port ${p##*:}, which is already in use")
  done < <(stack_ports)
  if [ ${#busy[@]} -gt 0 ]; then
    printf 'cannot start: %s\n' "${busy[@]}" >&2
    echo "free the port or choose another (INGEST_PORT, NLP_PORT, QUERY_PORT, KAFKA_PORT, KAFKA_CONTROLLER_PORT, MONGO_PORT, CLUSTER_PORT_STEP)." >&2
    exit 1
  fi
}

# --- building ---------------------------------------------------------------------------------
# A module is built when its jar is missing or older than any of its sources (or the parent pom):
# the stack never runs code older than the tree it is started from. REPORTLENS_NO_BUILD=1 only
# names what is stale.

module_jar() {
  case $1 in
    deploy/infra) ls "$INFRA_JAR_DIR"/reportlens-infra-*.jar 2>/dev/null | head -n 1 ;;
    *) local jar; jar=$(service_jar "$1"); [ -f "$jar" ] && echo "$jar" ;;
  esac
}

# newer_source MODULE JAR → the first source file newer than JAR, if any.
newer_source() {
  local module=$1 jar=$2 dirs=("$root/$1/src" "$root/$1/pom.xml" "$root/pom.xml")
  [ "$module" = nlp-service/service ] && dirs+=("$root/nlp-service/engine/src" "$root/nlp-service/engine/pom.xml" "$root/nlp-service/pom.xml")
  find "${dirs[@]}" -type f -newer "$jar" -print -quit 2>/dev/null
}

build_if_stale() {
  local stale=() module jar newer
  for module in deploy/infra ingest-service nlp-service/service query-service; do
    jar=$(module_jar "$module")
    if [ -z "$jar" ]; then
      stale+=("$module"); echo "$module is not built yet" >&2
    else
      newer=$(newer_source "$module" "$jar")
      [ -n "$newer" ] && { stale+=("$module"); echo "$module: ${newer#"$root"/} is newer than its jar" >&2; }
    fi
  done
  [ ${#stale[@]} -eq 0 ] && return 0
  if [ "${REPORTLENS_NO_BUILD:-}" = 1 ]; then
    echo "warning: running stale jars of ${stale[*]} (REPORTLENS_NO_BUILD=1)" >&2
    return 0
  fi
  local list; list=$(IFS=,; echo "${stale[*]}")
  echo "building ${stale[*]} (./mvnw -B -q package -DskipTests -pl $list -am)…" >&2
  (cd "$root" && ./mvnw -B -q package -DskipTests -pl "$list" -am)
}

# --- starting ---------------------------------------------------------------------------------

# launch NAME COMMAND... — runs it in the background, its output in LOG_DIR/NAME.log. COMMAND is
# java; the marker options that make the process recognisable as ours are put first.
launch() {
  local name=$1; shift
  nohup "$1" "-Dreportlens.part=$name" "-Dreportlens.data=$DATA_DIR" "${@:2}" >"$LOG_DIR/$name.log" 2>&1 &
  echo $! >"$RUN_DIR/$name.pid"
}

wait_for_log() { # NAME PATTERN SECONDS
  local name=$1 pattern=$2 limit=$3 i
  for ((i = 0; i < limit * 5; i++)); do
    grep -q "$pattern" "$LOG_DIR/$name.log" 2>/dev/null && return 0
    part_running "$name" || break
    sleep 0.2
  done
  echo "$name did not start; the end of $LOG_DIR/$name.log:" >&2
  tail -n 20 "$LOG_DIR/$name.log" >&2
  stop_all
  exit 1
}

infra_classpath() { echo "$(ls "$INFRA_JAR_DIR"/reportlens-infra-*.jar | head -n 1):$INFRA_JAR_DIR/lib/*"; }

# start_part NAME — starts one part in the background (Kafka and the store: waits until they listen).
start_part() {
  case $1 in
    kafka)
      launch kafka java -Xms128m -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(infra_classpath)" \
        io.reportlens.infra.Launcher kafka "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$DATA_DIR/kafka"
      wait_for_log kafka '^READY' 120 ;;
    kafka-[0-9])
      launch_kafka_node "$(instance "$1")"
      wait_for_log "$1" '^READY' 120 ;;
    mongo)
      [ -n "${MONGODB_URI:-}" ] && return 0
      # The heap holds H2's page cache (REPORTLENS_MONGO_CACHE_MB, 256 by default) twice over plus the
      # server's own working memory: 1 GB by default.
      launch mongo java -Xms128m -Xmx$(( ${REPORTLENS_MONGO_CACHE_MB:-256} * 2 + 512 ))m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(infra_classpath)" \
        io.reportlens.infra.Launcher mongo "$MONGO_PORT" "$DATA_DIR/mongo"
      wait_for_log mongo '^READY' 60 ;;
    ingest-service|nlp-service*|query-service*)
      QUARKUS_HTTP_PORT=$(service_port "$1") KAFKA_BOOTSTRAP_SERVERS=$KAFKA_SERVERS MONGODB_URI=$MONGO_URI \
        REPORTLENS_QUERY_URL="http://127.0.0.1:$QUERY_PORT" REPORTLENS_QUERY_INGEST_URL="http://127.0.0.1:$INGEST_PORT" \
        launch "$1" java -Xms64m -Xmx512m -jar "$(service_jar "$(service_dir "$1")")" ;;
    *) echo "unknown part: $1 (one of ${PARTS[*]})" >&2; return 2 ;;
  esac
}

# A node of the three-node cluster; all share the cluster id kept in the data folder.
launch_kafka_node() {
  local i=$1 id_file="$DATA_DIR/kafka-cluster-id"
  [ -f "$id_file" ] || java -cp "$(infra_classpath)" io.reportlens.infra.Launcher cluster-id >"$id_file"
  launch "kafka-$i" java -Xms128m -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(infra_classpath)" \
    io.reportlens.infra.Launcher kafka-node "$i" "$(kafka_nodes)" "$(cat "$id_file")" "$DATA_DIR/kafka-$i"
}

# The cluster's topics: replication factor 3, min.insync.replicas 2, REPORTLENS_TOPIC_PARTITIONS (4).
create_cluster_topics() {
  local out
  if ! out=$(REPORTLENS_TOPIC_PARTITIONS=${REPORTLENS_TOPIC_PARTITIONS:-4} REPORTLENS_TOPIC_REPLICATION_FACTOR=3 \
      REPORTLENS_TOPIC_MIN_INSYNC_REPLICAS=2 java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(infra_classpath)" \
      io.reportlens.infra.Launcher topics "$KAFKA_SERVERS" 2>&1); then
    echo "the cluster's topics could not be created: $out" >&2
    stop_all
    exit 1
  fi
  echo "$out" | grep -v '^READY' >&2 || true
}

start_infra() {
  if [ "$(stack_mode)" = cluster ]; then
    start_part mongo
    # The nodes form their quorum together: start all three, then wait for each.
    local i
    for i in 1 2 3; do launch_kafka_node "$i"; done
    for i in 1 2 3; do wait_for_log "kafka-$i" '^READY' 180; done
    create_cluster_topics
  else
    start_part mongo
    start_part kafka
  fi
}

services() { local part; for part in "${PARTS[@]}"; do case $part in *-service*) echo "$part" ;; esac; done; }

start_services() { local s; for s in $(services); do start_part "$s"; done; }

# wait_healthy NAME — until the service answers /q/health/ready (2 minutes at most).
wait_healthy() {
  local name=$1 port i
  port=$(service_port "$name")
  for ((i = 0; i < 600; i++)); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && return 0
    part_running "$name" || break
    sleep 0.2
  done
  echo "$name did not become healthy; the end of $LOG_DIR/$name.log:" >&2
  tail -n 30 "$LOG_DIR/$name.log" >&2
  return 1
}

wait_services_healthy() {
  local s
  for s in $(services); do
    wait_healthy "$s" || { stop_all; exit 1; }
  done
}

# --- stopping ---------------------------------------------------------------------------------

# signal_part NAME SIGNAL — sends SIGNAL to the part if it is ours; true when it was sent.
signal_part() {
  local pid
  pid=$(owned_pid "$1") || return 1
  kill "-$2" "$pid" 2>/dev/null
}

# wait_gone NAME — until the part's process has ended; KILL after 20 s.
wait_gone() {
  local name=$1 pid
  pid=$(owned_pid "$name") || { rm -f "$RUN_DIR/$name.pid"; return 0; }
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null && owned_pid "$name" >/dev/null; then
    echo "$name did not stop in 20 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null
    sleep 0.5
  fi
  rm -f "$RUN_DIR/$name.pid"
}

# stop_part NAME [SIGNAL] — TERM (or the signal given, e.g. KILL) and wait until it is gone.
stop_part() {
  local name=$1 signal=${2:-TERM}
  if [ -f "$RUN_DIR/$name.pid" ] && ! part_running "$name"; then
    echo "note: $name is not running (stale pid file removed; its pid was not signalled)" >&2
    rm -f "$RUN_DIR/$name.pid"
    return 0
  fi
  signal_part "$name" "$signal" || return 0
  wait_gone "$name"
}

stop_all() {
  local i part kafka=()
  for ((i = ${#PARTS[@]} - 1; i >= 0; i--)); do
    part=${PARTS[$i]}
    case $part in
      kafka-[0-9]) kafka+=("$part") ;;  # the nodes go together, below
      *) stop_part "$part" ;;
    esac
  done
  # A node stopping after the others would wait minutes for a controller quorum that is gone.
  for part in "${kafka[@]}"; do signal_part "$part" TERM || true; done
  for part in "${kafka[@]}"; do wait_gone "$part"; done
  forget_stale_pids
  rm -f "$MODE_FILE"
}

set_parts "$(stack_mode)"
