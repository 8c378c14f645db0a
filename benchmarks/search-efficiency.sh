#!/usr/bin/env bash
# Runs the Java samplers (io.automl.bench.SearchEfficiency) and Optuna's (optuna_peer.py) on the same
# problems and seeds, then prints one table of simple regret: median [q25, q75] after 25/50/100 trials.
# Needs search-spaces and search-engine installed (mvn -B -o install -pl search-spaces,search-engine
# -DskipTests) and Debian's python3-optuna. Usage: benchmarks/search-efficiency.sh [trials] [seeds]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/target/search-efficiency"
mkdir -p "$out"
mvn -B -q -o -f "$here/pom.xml" package dependency:build-classpath -Dmdep.outputFile="$here/target/cp.txt" >&2
cp="$here/target/classes:$(cat "$here/target/cp.txt")"
java -cp "$cp" io.automl.bench.SearchEfficiency "$@" > "$out/java.csv"
/usr/bin/python3 "$here/optuna_peer.py" "$@" > "$out/optuna.csv"
java -cp "$cp" io.automl.bench.SamplerCost > "$out/cost.csv"
/usr/bin/python3 "$here/regret_table.py" "$out/java.csv" "$out/optuna.csv"
echo
echo "sample() cost on mixed10 (ms, median of 15 calls; history of finished trials)"
column -s, -t < "$out/cost.csv"
