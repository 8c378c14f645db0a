#!/usr/bin/env bash
# Pruning on real DL4J training: the digits space search-spaces/examples/digits-asha.json (24 trials, 20 epochs,
# random sampler seed 42, no early stopping, parallelism 2) run with the pruners none, median, asha and
# hyperband, RUNS times each (default 3; the pruner order rotates between runs). Prints, per pruner, the
# medians of total epochs trained, wall time and best validation accuracy, and asha's ratios to none.
# Needs every module installed (mvn -B -o install -DskipTests). Usage: benchmarks/pruning.sh [RUNS] [SPACE]
set -euo pipefail
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-passive}"   # as ./automl runs the service
here="$(cd "$(dirname "$0")" && pwd)"
runs="${1:-3}"
space="${2:-$here/../search-spaces/examples/digits-asha.json}"
out="$here/target/pruning"
mkdir -p "$out"
mvn -B -q -o -f "$here/pom.xml" package dependency:build-classpath -Dmdep.outputFile="$here/target/cp.txt" >&2
cp="$here/target/classes:$(cat "$here/target/cp.txt")"
pruners=(none median asha hyperband)
: > "$out/runs.csv"
for run in $(seq 1 "$runs"); do
  for i in 0 1 2 3; do
    p="${pruners[$(( (i + run - 1) % 4 ))]}"
    echo "run $run of $runs, $p, load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    java -cp "$cp" io.automl.bench.PruningBench "$space" "$p" 2>/dev/null | tail -1 >> "$out/runs.csv"
  done
done
/usr/bin/python3 - "$out/runs.csv" <<'PY'
import csv, statistics, sys
rows = {}
for r in csv.reader(open(sys.argv[1])):
    rows.setdefault(r[0], []).append(r)
med = lambda xs: statistics.median(xs)
def rng(xs):
    return "%g-%g" % (min(xs), max(xs))
print("| pruner | runs | trials | pruned (median) | epochs: median (min-max) | seconds: median (min-max) | best val. accuracy: median (min-max) |")
print("|---|---|---|---|---|---|---|")
summary = {}
for p in ("none", "median", "asha", "hyperband"):
    if p not in rows:
        continue
    rs = rows[p]
    ep = [int(r[4]) for r in rs]; s = [float(r[5]) for r in rs]; b = [float(r[6]) for r in rs]
    summary[p] = (med(ep), med(s), med(b))
    print("| %s | %d | %s | %g | %g (%s) | %.1f (%s) | %.4f (%s) |" % (p, len(rs), rs[0][1], med([int(r[3]) for r in rs]),
          med(ep), rng(ep), med(s), rng(s), med(b), rng(b)))
if "none" in summary and "asha" in summary:
    n, a = summary["none"], summary["asha"]
    print()
    print("asha vs none: epochs %.2fx, wall time %.2fx, best accuracy %+.2f points" % (a[0] / n[0], a[1] / n[1],
          100 * (a[2] - n[2])))
PY
