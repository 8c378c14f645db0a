#!/usr/bin/env bash
# Training throughput, DL4J against PyTorch on CPU (Debian's python3-torch): the same networks, data, batch size and
# thread count, float32, one warm-up epoch then EPOCHS timed epochs, each measurement in a fresh process, DL4J and
# PyTorch interleaved (A, B, A, B), OpenMP threads passive when idle (as ./automl runs). Models: the MLP and small
# CNN on the digits data, and fcnn: the 28x28 CNN (conv 32 - pool - conv 64 - pool - dense 128) on the first ROWS
# Fashion-MNIST training images (Debian's dataset-fashion-mnist). Prints samples/second medians and the ratio, one
# row per model and thread count.
# Builds the benchmark classes against the reactor's target/classes (nothing is installed into ~/.m2). DL4J runs with
# the product's ND4J settings (descriptor caches; the oneDNN build of libnd4j and its convolution helper when the
# oneDNN jar is in ~/.m2); extra JVM options through BENCH_JAVA_OPTS (-Dautoml.nd4j.onednn=false: the generic build
# and DL4J's own convolution; -Dautoml.nd4j.descriptorCaches=false: without the descriptor caches).
# BENCH_VARIANTS="LABEL=JVM OPTIONS|LABEL=..." measures several DL4J variants, interleaved with each other and with
# PyTorch (default "dl4j=$BENCH_JAVA_OPTS"); BENCH_PEER=none skips PyTorch.
# Usage: benchmarks/training-throughput.sh [RUNS (5)] [THREADS (2; a list such as "1 2")] [BATCH (64)] [EPOCHS (10)]
#        [MODELS ("mlp cnn fcnn")] [ROWS (6000)]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
runs="${1:-5}"; threads_list="${2:-2}"; batch="${3:-64}"; epochs="${4:-10}"; models="${5:-mlp cnn fcnn}"
rows="${6:-6000}"
digits="$root/search-spaces/examples/datasets/digits.csv"
fashion="${FASHION_DIR:-/usr/share/datasets/fashion-mnist}"
out="$here/target/throughput"
mkdir -p "$out/classes"
mvn -B -q -o -f "$root/pom.xml" -pl evaluators -am -DskipTests package dependency:build-classpath \
    -DexcludeGroupIds=io.automl -Dmdep.outputFile=target/cp.txt >&2
cp="$root/evaluators/target/classes:$root/search-engine/target/classes:$root/search-spaces/target/classes"
cp="$cp:$(cat "$root/evaluators/target/cp.txt")"
src="$here/src/main/java/io/automl/bench"
javac -d "$out/classes" -cp "$cp" "$src"/{TrainingThroughput,FashionImages}.java
cp="$out/classes:$cp"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-passive}"
IFS='|' read -r -a variants <<< "${BENCH_VARIANTS:-dl4j=${BENCH_JAVA_OPTS:-}}"
: > "$out/runs.csv"
for run in $(seq 1 "$runs"); do
  for threads in $threads_list; do
    for m in $models; do
      data="$digits"; [[ "$m" == fcnn* ]] && data="$fashion"
      echo "run $run of $runs, $m, $threads threads, load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
      for v in "${variants[@]}"; do
        OMP_NUM_THREADS="$threads" java ${v#*=} -cp "$cp" io.automl.bench.TrainingThroughput "$data" "$m" \
          "$threads" "$batch" "$epochs" "$rows" 2>/dev/null | tail -1 | sed "s/^dl4j,/${v%%=*},/" >> "$out/runs.csv"
      done
      if [ "${BENCH_PEER:-torch}" != none ]; then
        OMP_NUM_THREADS="$threads" /usr/bin/python3 "$here/torch_throughput.py" "$data" "$m" "$threads" "$batch" \
          "$epochs" "$rows" | tail -1 >> "$out/runs.csv"
      fi
    done
  done
done
/usr/bin/python3 - "$out/runs.csv" <<'PY'
import csv, statistics, sys
rows = {}
for r in csv.reader(open(sys.argv[1])):
    rows.setdefault((r[0], r[1], r[2]), []).append((float(r[4]), r[5]))
print("| variant | model | threads | batch | runs | DL4J samples/s: median [min, max] | oneDNN conv layers | PyTorch samples/s: median [min, max] | DL4J / PyTorch |")
print("|---|---|---|---|---|---|---|---|---|")
batch = next(csv.reader(open(sys.argv[1])))[3]
for (lib, m, t) in sorted(k for k in rows if k[0] != "torch"):
    d = [v for v, _ in rows[(lib, m, t)]]
    p = [v for v, _ in rows.get(("torch", m, t), [])]
    helpers = "/".join(sorted({h for _, h in rows[(lib, m, t)]}))
    torch = "%.0f [%.0f, %.0f]" % (statistics.median(p), min(p), max(p)) if p else "-"
    ratio = "%.2f" % (statistics.median(d) / statistics.median(p)) if p else "-"
    print("| %s | %s | %s | %s | %d | %.0f [%.0f, %.0f] | %s | %s | %s |" % (lib, m, t, batch, len(d), statistics.median(d),
          min(d), max(d), helpers, torch, ratio))
PY
