#!/usr/bin/env bash
# Training quality of one configuration, DL4J (through the product) against PyTorch: the same network, rows, split,
# normalization, optimizer, batch size, learning-rate schedule and epochs, several seeds each, no pruning and no early
# stopping. The configuration is one point of search-spaces/examples/fashion-cnn.json (Fashion-MNIST, first 15,000
# training images, 70/15/15 split): conv 32 - pool - conv 64 - pool - dense 128 with dropout 0.3, Adam at 1.5e-3,
# batch 64, cosine schedule over 8 epochs (override with FILTERS, UNITS, DROPOUT, LR, SCHEDULE, EPOCHS).
# Ours: `automl run` of that single-configuration space (random sampler: each trial its own seed), 2 workers of one
# thread. PyTorch: benchmarks/torch_same_config.py on the rows written by io.automl.bench.SplitExport, for each
# initialisation in INITS (torch: PyTorch's default; dl4j: the He-normal/Xavier weights and zero biases DL4J gave the
# product's networks before; uniform0: PyTorch's weights, zero biases), two processes of one thread at a time.
# Prints one line per trained network (best validation accuracy, its epoch, test accuracy where known, the curve) and
# the mean best validation accuracy per side.
# Usage: benchmarks/same-config.sh [SEEDS (3)] [INITS ("torch dl4j")]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
seeds="${1:-3}"; inits="${2:-torch dl4j}"
filters="${FILTERS:-64}"; units="${UNITS:-128}"; dropout="${DROPOUT:-0.3}"; lr="${LR:-0.0015}"
schedule="${SCHEDULE:-cosine}"; epochs="${EPOCHS:-8}"
out="$here/target/same-config"
rm -rf "$out"; mkdir -p "$out/classes"
mvn -B -q -o -f "$root/pom.xml" -pl app -am -DskipTests package dependency:build-classpath \
    -DexcludeGroupIds=io.automl -Dmdep.outputFile=target/cp.txt >&2
cp=""
for m in app web-ui workers scheduler results evaluators search-engine search-spaces; do
  cp="$cp:$root/$m/target/classes"
done
cp="${cp#:}:$(cat "$root/app/target/cp.txt")"
javac -d "$out/classes" -cp "$cp" "$here/src/main/java/io/automl/bench/SplitExport.java"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-passive}"
space="$out/fashion-same-config.json"
/usr/bin/python3 - "$root/search-spaces/examples/fashion-cnn.json" "$space" "$seeds" "$epochs" "$filters" "$units" \
    "$dropout" "$lr" "$schedule" <<'PY'
import json, sys
src, dst, seeds, epochs, filters, units, dropout, lr, schedule = sys.argv[1:]
s = json.load(open(src))
s.update(name="fashion-same-config", sampler={"type": "random", "seed": 1}, pruner={"type": "none"},
         budget={"trials": int(seeds), "epochs": int(epochs), "parallelism": 2})
s.pop("earlyStopping", None)
s["params"] = {"learningRate": float(lr), "batchSize": 64, "lrSchedule": schedule}
blocks = [b for b in s["architecture"]["blocks"] if not b.get("optional")]
blocks[2]["layer"]["filters"] = int(filters)
blocks[-1]["layer"].update(units=int(units), dropout=float(dropout))
s["architecture"]["blocks"] = blocks
json.dump(s, open(dst, "w"), indent=1)
PY
java -cp "$out/classes:$cp" io.automl.bench.SplitExport "$space" "$out/split" 2>/dev/null >&2
echo "ours: $seeds trials, $(date -u +%H:%M:%S)" >&2
java -Xmx6g -XX:+UseParallelGC -cp "$cp" io.automl.cli.Main run "$space" --data "$out/data" 2>"$out/ours.log" >&2
: > "$out/runs.csv"
for n in $(seq 0 $((seeds - 1))); do
  java -cp "$cp" io.automl.cli.Main trial fashion-same-config "$n" --data "$out/data" --format json 2>/dev/null \
    > "$out/trial-$n.json"
  /usr/bin/python3 - "$out/trial-$n.json" "$n" >> "$out/runs.csv" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
curve = [t["intermediate"][k] for k in sorted(t["intermediate"], key=int)]
a = t["attributes"]
print("automl,%s,%.4f,%s,%s,%s" % (sys.argv[2], t["value"], a.get("best_epoch"),
      "%.4f" % a["test_accuracy"] if "test_accuracy" in a else "", " ".join("%.4f" % c for c in curve)))
PY
done
for init in $inits; do
  echo "pytorch, $init initialisation, $(date -u +%H:%M:%S)" >&2
  # two seeds' processes at a time, one thread each, like the two workers of ours
  half=$(( (seeds + 1) / 2 ))
  OMP_NUM_THREADS=1 /usr/bin/python3 "$here/torch_same_config.py" "$out/split" "$init" "$half" "$epochs" "$filters" \
      "$units" "$dropout" "$lr" "$schedule" > "$out/torch-$init-a.csv" &
  OMP_NUM_THREADS=1 /usr/bin/python3 "$here/torch_same_config.py" "$out/split" "$init" "$seeds" "$epochs" \
      "$filters" "$units" "$dropout" "$lr" "$schedule" "$half" > "$out/torch-$init-b.csv"
  wait
  cat "$out/torch-$init-a.csv" "$out/torch-$init-b.csv" >> "$out/runs.csv"
done
/usr/bin/python3 - "$out/runs.csv" <<'PY'
import csv, statistics, sys
rows = list(csv.reader(open(sys.argv[1])))
print("| side | seed | best validation accuracy | its epoch | its test accuracy | validation accuracy by epoch |")
print("|---|---|---|---|---|---|")
for r in rows:
    print("| %s |" % " | ".join(r))
sides = {}
for r in rows:
    sides.setdefault(r[0], []).append(float(r[2]))
for side, values in sides.items():
    print("%s: mean best validation accuracy %.4f over %d networks" % (side, statistics.mean(values), len(values)))
PY
