#!/usr/bin/env bash
# Web API under load: starts `automl serve` on loopback with a fresh data directory, starts a real study on
# digits that trains with two workers, then runs 50 concurrent clients reading leaderboards, trial pages and
# study views (60 s or 20,000 requests, whichever comes first) and prints p50/p90/p99 latency, errors and
# the trials the study finished meanwhile. Builds the app jar first (upstream modules installed).
# Extra JVM options of the server through BENCH_JAVA_OPTS.
# Usage: benchmarks/web-load.sh [CLIENTS] [SECONDS] [MAX_REQUESTS]
set -euo pipefail
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-passive}"   # as ./automl runs the service
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
clients="${1:-50}"; seconds="${2:-60}"; max="${3:-20000}"
work="$here/target/web-load"
rm -rf "$work"; mkdir -p "$work/data/datasets"
cp /work/shared/data/digits.csv "$work/data/datasets/digits.csv"
(cd "$root" && mvn -B -q -o package -pl app -am -DskipTests) >&2
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
token="load-$RANDOM$RANDOM"
java -Xmx3g ${BENCH_JAVA_OPTS:-} -jar "$root/app/target/automl.jar" serve --data "$work/data" --bind 127.0.0.1 --port "$port" \
  --token "$token" > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -fs "$base/api/health" >/dev/null 2>&1 && break; sleep 0.5; done
cat > "$work/space.json" <<JSON
{"name": "digits-load", "objective": {"metric": "accuracy", "direction": "maximize"},
 "dataset": {"type": "csv", "path": "$work/data/datasets/digits.csv", "label": "label",
             "split": {"validation": 0.2, "test": 0.2, "seed": 7}, "normalize": "standardize"},
 "budget": {"trials": 400, "epochs": 8, "minutes": 10, "parallelism": 2},
 "sampler": {"type": "random", "seed": 1}, "pruner": {"type": "none"},
 "params": {"learningRate": {"type": "float", "low": 0.001, "high": 0.05, "log": true},
            "batchSize": {"type": "categorical", "values": [32, 64]}, "optimizer": "adam"},
 "architecture": {"type": "feedforward",
   "blocks": [{"repeat": 1, "layer": {"type": "dense", "units": {"type": "int", "low": 16, "high": 64},
                                      "activation": "relu"}}],
   "output": {"activation": "softmax", "loss": "mcxent"}}}
JSON
curl -fs -X POST -H "Authorization: Bearer $token" --data-binary @"$work/space.json" "$base/api/studies" >/dev/null
# wait until both workers train and a few trials have finished, so the lists are not empty
for _ in $(seq 1 240); do
  n=$(curl -fs "$base/api/studies/digits-load" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["finished"])')
  [ "$n" -ge 4 ] && break; sleep 0.5
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)" >&2
/usr/bin/python3 "$here/web_load.py" "$base" digits-load "$clients" "$seconds" "$max" | tee "$work/result.json"
curl -fs -X POST -H "Authorization: Bearer $token" "$base/api/studies/digits-load/cancel" >/dev/null || true
