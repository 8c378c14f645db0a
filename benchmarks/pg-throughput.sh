#!/usr/bin/env bash
# Throughput of a cheap objective on a PostgreSQL store: one `automl serve --isolation process --workers N`
# for N = 1, 2, 4 (ISOLATION=thread: the server's own trial threads, parallelism N), each running a study
# of TRIALS command-evaluator trials that sleep SLEEP seconds.
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust) and `mvn -DskipTests install` done.
# Usage: benchmarks/pg-throughput.sh [TRIALS] [SLEEP]
set -euo pipefail
cd "$(dirname "$0")/.."
trials=${1:-60}
sleep_s=${2:-0.1}
(cd app && mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt > /dev/null)
cp="app/target/classes:$(cat app/target/bench-classpath.txt)"
db="automl_bench_$$"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE $db"
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; rm -rf "$work"' EXIT
for n in 1 2 4; do
  port=$((17170 + n))
  AUTOML_DB_USER=postgres AUTOML_TOKEN=bench java -Xmx1g -cp "$cp" io.automl.cli.Main serve --port $port \
    --data "$work/d$n" --store "jdbc:postgresql://127.0.0.1:5432/$db" --isolation ${ISOLATION:-process} --workers $n \
    --allow-commands > "$work/serve$n.log" 2>&1 &
  pid=$!
  until grep -q "automl: serving" "$work/serve$n.log"; do
    kill -0 $pid 2>/dev/null || { cat "$work/serve$n.log"; exit 1; }
    sleep 0.2
  done
  sleep 3 # workers start
  space=$(cat <<JSON
{"name": "throughput-$n", "objective": {"metric": "value", "direction": "maximize"},
 "budget": {"trials": $trials, "epochs": 1, "minutes": 10, "parallelism": $n},
 "sampler": {"type": "random", "seed": 1}, "pruner": {"type": "none"},
 "params": {"x": {"type": "float", "low": 0, "high": 1}},
 "evaluator": {"type": "command", "command": ["sh", "-c", "cat > /dev/null; sleep $sleep_s; echo '{\"value\": 1}'"]}}
JSON
)
  start=$(date +%s.%N)
  curl -sf -H "Authorization: Bearer bench" -H "Content-Type: application/json" -d "$space" \
    "http://127.0.0.1:$port/api/studies" > /dev/null
  until curl -sf -H "Authorization: Bearer bench" "http://127.0.0.1:$port/api/studies/throughput-$n" \
      | grep -q '"state":"COMPLETE"'; do sleep 0.1; done
  end=$(date +%s.%N)
  awk -v n=$n -v t=$trials -v s="$start" -v e="$end" -v z=$sleep_s 'BEGIN { d = e - s;
    printf "workers %d: %d trials in %.2f s = %.2f trials/s (ideal %.2f), %.0f ms per trial per worker\n",
      n, t, d, t / d, n / z, 1000 * d * n / t }'
  kill $pid; wait $pid 2>/dev/null || true
done
