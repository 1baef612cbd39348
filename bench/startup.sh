#!/usr/bin/env bash
# Measures startup to healthy: from launching `java -jar target/doorway.jar`
# to the first 200 from /healthz, on a fresh SQLite database each run.
# Usage: bench/startup.sh [runs] [java options…]   (build first: mvn -q -DskipTests package)
# e.g. bench/startup.sh 5 -XX:SharedArchiveFile=target/doorway.jsa
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
port=39411
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for run in $(seq 1 "$runs"); do
  rm -f "$work"/doorway.db*
  start=$(date +%s%N)
  PORT=$port DATABASE_URL="jdbc:sqlite:$work/doorway.db" java "$@" -jar target/doorway.jar serve > "$work/log" 2>&1 &
  pid=$!
  until curl -fsS "http://127.0.0.1:$port/healthz" > /dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/log"; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  echo "run $run: $(( (end - start) / 1000000 )) ms to healthy (fresh database)"
  kill -TERM "$pid"; wait "$pid" || true
done
