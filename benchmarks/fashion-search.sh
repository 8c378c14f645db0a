#!/usr/bin/env bash
# Time to a good model on images: our search against Optuna + PyTorch, in one sitting, on the same wall budget.
# Ours: `automl run` (the product's CLI, run from the reactor's classes with the JVM options ./automl uses) of
# search-spaces/examples/fashion-cnn.json (Fashion-MNIST, first 15,000 training images, 70/15/15 split, 28x28 CNN
# space, at most 8 epochs, asha min 2 epochs / factor 2, early stopping) with the default sampler, auto (or
# $OURS_SAMPLER, say tpe; seed RUN), budget
# MINUTES, 10,000 trials (so the wall budget ends the study), 2 workers of one thread each, fresh data directory.
# Peer: benchmarks/fashion_optuna.py, the same space with Optuna's TPESampler (seed RUN) and SuccessiveHalvingPruner,
# PyTorch on CPU, 2 trials at a time on one thread each, the same rows, split and normalization (written by
# io.automl.bench.SplitExport through the product's loader), the same epochs, early stopping and deadline.
# Optuna: $OPTUNA_PYTHON, else /work/venv-optuna5sys/bin/python (Optuna 5 beside Debian's torch:
# python3 -m venv --system-site-packages V && V/bin/pip install optuna==5.0.0), else Debian's python3 (Optuna 3.1).
# The sides alternate (ours first in odd runs). Prints trials started / complete / pruned and the best trial's
# validation and test accuracy for each run, then medians per side.
# Usage: benchmarks/fashion-search.sh MINUTES [RUNS (1)]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
minutes="${1:?usage: fashion-search.sh MINUTES [RUNS]}"; runs="${2:-1}"
sampler="${OURS_SAMPLER:-auto}"   # ours: the product's default sampler unless OURS_SAMPLER names another
out="$here/target/fashion-search"
mkdir -p "$out/classes"
python="${OPTUNA_PYTHON:-/work/venv-optuna5sys/bin/python}"
[ -x "$python" ] || python=/usr/bin/python3
cli=web-ui; [ -d "$root/app" ] && cli=app   # the module holding io.automl.cli (app/ once the split lands)
mvn -B -q -o -f "$root/pom.xml" -pl "$cli" -am -DskipTests package dependency:build-classpath \
    -DexcludeGroupIds=io.automl -Dmdep.outputFile=target/cp.txt >&2
cp=""
for m in app web-ui workers scheduler results evaluators search-engine search-spaces; do
  [ -d "$root/$m/target/classes" ] && cp="$cp:$root/$m/target/classes"
done
cp="${cp#:}:$(cat "$root/$cli/target/cp.txt")"
javac -d "$out/classes" -cp "$cp" "$here/src/main/java/io/automl/bench/SplitExport.java"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-passive}"
space="$out/fashion-cnn-search.json"
/usr/bin/python3 - "$root/search-spaces/examples/fashion-cnn.json" "$space" "$minutes" "$sampler" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
s["name"] = "fashion-cnn-search"
s["budget"].update({"trials": 10000, "minutes": float(sys.argv[3]), "parallelism": 2})
s["sampler"] = {"type": sys.argv[4], "seed": 1}
json.dump(s, open(sys.argv[2], "w"))
PY
java -cp "$out/classes:$cp" io.automl.bench.SplitExport "$space" "$out/split" 2>/dev/null
: > "$out/runs.csv"
ours() {
  local run="$1" dir="$out/data-$1"
  rm -rf "$dir"
  sed "s/\"seed\": 1}/\"seed\": $run}/" "$space" > "$out/space-$run.json"
  local start; start=$(date +%s.%N)
  java -Xmx6g -XX:+UseParallelGC -cp "$cp" io.automl.cli.Main run "$out/space-$run.json" --data "$dir" \
    --format json 2>"$out/ours-$run.log" > "$out/ours-$run.json"
  /usr/bin/python3 - "$out/ours-$run.json" "$start" >> "$out/runs.csv" <<'PY'
import json, sys, time
r = json.load(open(sys.argv[1]))
c, b = r["counts"], r["best"]
started = c["complete"] + c["pruned"] + c["failed"] + c["cancelled"] + c["running"]
print("automl,%d,%d,%d,%d,%.4f,%.4f,%.1f" % (started, c["complete"], c["pruned"], c["failed"], b["value"],
      b["attributes"].get("test_accuracy", float("nan")), time.time() - float(sys.argv[2])))
PY
}
peer() {
  OMP_NUM_THREADS=1 "$python" "$here/fashion_optuna.py" "$out/split" "$minutes" "$1" 2 1 8 | tail -1 >> "$out/runs.csv"
}
for run in $(seq 1 "$runs"); do
  for side in $( [ $((run % 2)) = 1 ] && echo "ours peer" || echo "peer ours"); do
    echo "run $run of $runs, $side, $(date -u +%H:%M:%S), load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    "$side" "$run"
  done
done
echo "peer: $("$python" -c 'import optuna, torch; print("Optuna", optuna.__version__, "PyTorch", torch.__version__)')"
/usr/bin/python3 - "$out/runs.csv" <<'PY'
import csv, statistics, sys
rows = list(csv.reader(open(sys.argv[1])))
print("| side | run | trials started | complete | pruned | failed | best validation accuracy | its test accuracy | wall s |")
print("|---|---|---|---|---|---|---|---|---|")
seen = {}
for r in rows:
    seen[r[0]] = seen.get(r[0], 0) + 1
    print("| %s | %d | %s |" % (r[0], seen[r[0]], " | ".join(r[1:])))
for side in sorted(seen):
    rs = [r for r in rows if r[0] == side]
    med = lambda i: statistics.median(float(r[i]) for r in rs)
    print("| %s | median of %d | %g | %g | %g | %g | %.4f | %.4f | %.1f |" % (side, len(rs), med(1), med(2), med(3),
          med(4), med(5), med(6), med(7)))
PY
