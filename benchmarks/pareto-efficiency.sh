#!/usr/bin/env bash
# Multi-objective search efficiency: our nsga2 (and random search) against Optuna 5's NSGAIISampler, in one run,
# on ZDT1, ZDT2 and 3-objective DTLZ2 (io.automl.bench.ParetoEfficiency, optuna_pareto.py): median, min and
# max hypervolume over the seeds after each budget. Builds the benchmark classes against the reactor's
# target/classes, so nothing is installed into ~/.m2. Optuna 5 venv: python3 -m venv /work/venv-optuna5 &&
# /work/venv-optuna5/bin/pip install optuna==5.0.0 scipy torch==2.13.0+cpu (or OPTUNA5_PYTHON=...).
# Usage: benchmarks/pareto-efficiency.sh [budgets (100,200)] [seeds (10)]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
budgets="${1:-100,200}"
seeds="${2:-10}"
py="${OPTUNA5_PYTHON:-/work/venv-optuna5/bin/python}"
out="$here/target/pareto-efficiency"
mkdir -p "$out/classes"
mvn -B -q -o -f "$root/pom.xml" -pl search-spaces,search-engine -DskipTests package dependency:build-classpath \
    -DexcludeGroupIds=io.automl -Dmdep.outputFile=target/cp.txt >&2
cp="$root/search-spaces/target/classes:$root/search-engine/target/classes"
cp="$cp:$(cat "$root/search-spaces/target/cp.txt"):$(cat "$root/search-engine/target/cp.txt")"
javac -d "$out/classes" -cp "$cp" "$here/src/main/java/io/automl/bench/ParetoEfficiency.java"
cp="$out/classes:$cp"
uptime
start=$(date +%s)
java -cp "$cp" io.automl.bench.ParetoEfficiency "$budgets" "$seeds" nsga2,nsga2-p50,random > "$out/java.csv"
echo "ours: $(( $(date +%s) - start )) s"
start=$(date +%s)
"$py" "$here/optuna_pareto.py" "$budgets" "$seeds" > "$out/optuna5.csv"
echo "optuna 5: $(( $(date +%s) - start )) s"
uptime
"$py" - "$out/java.csv" "$out/optuna5.csv" <<'PY'
import csv, statistics, sys
rows = {}
for path in sys.argv[1:]:
    for r in csv.DictReader(open(path)):
        rows.setdefault((r["problem"], int(r["trials"]), r["sampler"]), []).append(float(r["hypervolume"]))
print("| problem | trials | sampler | runs | median HV | min | max |")
print("|---|---|---|---|---|---|---|")
for (p, t, s), v in sorted(rows.items()):
    print("| %s | %d | %s | %d | %.4f | %.4f | %.4f |" % (p, t, s, len(v), statistics.median(v), min(v), max(v)))
PY
