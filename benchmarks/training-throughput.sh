#!/usr/bin/env bash
# Training throughput, DL4J against PyTorch on CPU (Debian's python3-torch): the same MLP and small CNN on the
# digits data, same batch size, same thread count, float32, one warm-up epoch then EPOCHS timed epochs, each
# measurement in a fresh process, DL4J and PyTorch interleaved, OpenMP threads passive when idle (as ./automl runs). Prints samples/second medians and the ratio.
# Needs every module installed (mvn -B -o install -DskipTests). DL4J runs with the product's ND4J settings; extra JVM options
# through BENCH_JAVA_OPTS (-Dautoml.nd4j.descriptorCaches=false measures ND4J without its descriptor caches).
# Usage: benchmarks/training-throughput.sh [RUNS] [THREADS] [BATCH] [EPOCHS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${1:-5}"; threads="${2:-2}"; batch="${3:-64}"; epochs="${4:-10}"
data="$here/../search-spaces/examples/datasets/digits.csv"
out="$here/target/throughput"
mkdir -p "$out"
mvn -B -q -o -f "$here/pom.xml" package dependency:build-classpath -Dmdep.outputFile="$here/target/cp.txt" >&2
cp="$here/target/classes:$(cat "$here/target/cp.txt")"
export OMP_NUM_THREADS="$threads" OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-passive}"
: > "$out/runs.csv"
for run in $(seq 1 "$runs"); do
  for m in mlp cnn; do
    echo "run $run of $runs, $m, load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    java ${BENCH_JAVA_OPTS:-} -cp "$cp" io.automl.bench.TrainingThroughput "$data" "$m" "$threads" "$batch" "$epochs" 2>/dev/null \
      | tail -1 >> "$out/runs.csv"
    /usr/bin/python3 "$here/torch_throughput.py" "$data" "$m" "$threads" "$batch" "$epochs" | tail -1 >> "$out/runs.csv"
  done
done
/usr/bin/python3 - "$out/runs.csv" <<'PY'
import csv, statistics, sys
rows = {}
for r in csv.reader(open(sys.argv[1])):
    rows.setdefault((r[0], r[1]), []).append(float(r[4]))
print("| model | threads | batch | runs | DL4J samples/s: median [min, max] | PyTorch samples/s: median [min, max] | DL4J / PyTorch |")
print("|---|---|---|---|---|---|---|")
first = next(csv.reader(open(sys.argv[1])))
for m in ("mlp", "cnn"):
    d, t = rows.get(("dl4j", m), []), rows.get(("torch", m), [])
    if not d or not t:
        continue
    print("| %s | %s | %s | %d | %.0f [%.0f, %.0f] | %.0f [%.0f, %.0f] | %.2f |" % (m, first[2], first[3], len(d),
          statistics.median(d), min(d), max(d), statistics.median(t), min(t), max(t),
          statistics.median(d) / statistics.median(t)))
PY
