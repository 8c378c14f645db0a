#!/usr/bin/env bash
# The gp sampler against our tpe, random search, Debian's Optuna 3.1 TPE and (when the venv exists) Optuna 5's
# TPE and GPSampler, on the problems of io.automl.bench.SearchEfficiency; then the gp's cost per proposal
# (io.automl.bench.GpCost). Builds the benchmark classes it needs against the reactor's target/classes, so
# nothing is installed into ~/.m2. Optuna 5: python3 -m venv .venv && .venv/bin/pip install optuna==5.0.0 scipy
# torch==2.13.0+cpu (a venv without system packages: GPSampler needs torch 2).
# Usage: benchmarks/gp-efficiency.sh [trials (50)] [seeds (5)]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
trials="${1:-50}"
seeds="${2:-5}"
out="$here/target/gp-efficiency"
mkdir -p "$out/classes"
mvn -B -q -o -f "$root/pom.xml" -pl search-spaces,search-engine -DskipTests package dependency:build-classpath \
    -DexcludeGroupIds=io.automl -Dmdep.outputFile=target/cp.txt >&2
cp="$root/search-spaces/target/classes:$root/search-engine/target/classes"
cp="$cp:$(cat "$root/search-spaces/target/cp.txt"):$(cat "$root/search-engine/target/cp.txt")"
src="$here/src/main/java/io/automl/bench"
javac -d "$out/classes" -cp "$cp" "$src"/{SearchEfficiency,Samplers,Problem,ListHistory,GpCost,Proposals}.java
cp="$out/classes:$cp"
java -cp "$cp" io.automl.bench.SearchEfficiency "$trials" "$seeds" random,tpe,gp > "$out/java.csv"
/usr/bin/python3 "$here/optuna_peer.py" "$trials" "$seeds" optuna-tpe | sed 's/,optuna-/,optuna3.1-/' > "$out/optuna3.csv"
csvs=("$out/java.csv" "$out/optuna3.csv")
if [ -x "$root/.venv/bin/python" ]; then
    "$root/.venv/bin/python" "$here/optuna_peer.py" "$trials" "$seeds" optuna-tpe,optuna-gp \
        | sed 's/,optuna-/,optuna5-/' > "$out/optuna5.csv"
    csvs+=("$out/optuna5.csv")
fi
/usr/bin/python3 "$here/regret_table.py" "${csvs[@]}"
echo
echo "gp sample() cost (ms, median of 5 calls; history of finished random-search trials)"
java -cp "$cp" io.automl.bench.GpCost gp,tpe > "$out/cost.csv"
column -s, -t < "$out/cost.csv"
