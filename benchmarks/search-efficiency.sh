#!/usr/bin/env bash
# Simple regret of our samplers (random, sobol, tpe, tpe-mv, evolution, gp, auto; io.automl.bench.SearchEfficiency)
# beside Debian's Optuna 3.1 (random, TPE, multivariate TPE; /usr/bin/python3 with python3-optuna) and Optuna 5.0
# (TPESampler and GPSampler) on the same problems and seeds, in one run; then one Markdown table of median
# [q25, q75] regret after 25, 50 and 100 trials (each seed runs once for `trials` trials and the regret is read
# at each checkpoint of that run), the auto sampler's targets, and sample() costs.
#
# Optuna 5 lives in a virtual environment without system packages (GPSampler needs torch 2):
#   python3 -m venv /work/venv-optuna5 && /work/venv-optuna5/bin/pip install optuna==5.0.0 scipy torch==2.13.0+cpu
# The script uses $OPTUNA5_PYTHON, else /work/venv-optuna5/bin/python, else .venv/bin/python in the repository;
# without any of them the Optuna 5 rows are left out (and said so). Optuna 5's GPSampler takes about 1 to 3 s per
# trial at 100 trials on 2 cores: 20 seeds of 4 problems take about an hour of one core; the parts run side by side.
# Builds the benchmark classes against the reactor's target/classes (nothing is installed into ~/.m2).
# Usage: benchmarks/search-efficiency.sh [trials (100)] [seeds (20): N or A-B] [our samplers (all)]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
trials="${1:-100}"
seeds="${2:-20}"
ours="${3:-random,sobol,tpe,tpe-mv,evolution,gp,auto}"
out="$here/target/search-efficiency"
mkdir -p "$out/classes"
uptime | tee "$out/uptime.txt"
mvn -B -q -o -f "$root/pom.xml" -pl search-spaces,search-engine -DskipTests package dependency:build-classpath \
    -DexcludeGroupIds=io.automl -Dmdep.outputFile=target/cp.txt >&2
cp="$root/search-spaces/target/classes:$root/search-engine/target/classes"
cp="$cp:$(cat "$root/search-spaces/target/cp.txt"):$(cat "$root/search-engine/target/cp.txt")"
src="$here/src/main/java/io/automl/bench"
javac -d "$out/classes" -cp "$cp" "$src"/{SearchEfficiency,Samplers,Problem,ListHistory,SamplerCost,Proposals}.java
cp="$out/classes:$cp"
# The parts run side by side (regret does not depend on load; the seconds columns do): ours, Optuna 3.1, and
# Optuna 5 in two halves of the seeds (its GPSampler is the slowest part by far).
case "$seeds" in
  *-*) first="${seeds%-*}"; last="${seeds#*-}" ;;
  *) first=0; last=$((seeds - 1)) ;;
esac
middle=$(( (first + last) / 2 ))
pids=()
java -cp "$cp" io.automl.bench.SearchEfficiency "$trials" "$seeds" "$ours" > "$out/java.csv" & pids+=($!)
/usr/bin/python3 "$here/optuna_peer.py" "$trials" "$seeds" optuna-random,optuna-tpe,optuna-tpe-mv \
    | sed 's/,optuna-/,optuna3.1-/' > "$out/optuna3.csv" & pids+=($!)
csvs=("$out/java.csv" "$out/optuna3.csv")
py5="${OPTUNA5_PYTHON:-}"
for candidate in /work/venv-optuna5/bin/python "$root/.venv/bin/python"; do
    if [ -z "$py5" ] && [ -x "$candidate" ]; then py5="$candidate"; fi
done
if [ -n "$py5" ]; then
    for half in "$first-$middle" "$((middle + 1))-$last"; do
        OMP_NUM_THREADS=1 "$py5" "$here/optuna_peer.py" "$trials" "$half" optuna-tpe,optuna-gp \
            | sed 's/,optuna-/,optuna5-/' > "$out/optuna5-$half.csv" & pids+=($!)
        csvs+=("$out/optuna5-$half.csv")
    done
else
    echo "no Optuna 5 virtual environment (set OPTUNA5_PYTHON): Optuna 5 rows left out" >&2
fi
for pid in "${pids[@]}"; do wait "$pid"; done
uptime | tee -a "$out/uptime.txt"
/usr/bin/python3 "$here/regret_table.py" "${csvs[@]}"
echo
echo "sample() cost on mixed10 (ms, median of 15 calls; history of finished trials)"
java -cp "$cp" io.automl.bench.SamplerCost > "$out/cost.csv"
column -s, -t < "$out/cost.csv"
