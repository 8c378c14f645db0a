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
/usr/bin/python3 - "$out/java.csv" "$out/optuna.csv" <<'PY'
import csv, sys
rows = []
for path in sys.argv[1:]:
    with open(path) as f:
        rows += list(csv.DictReader(f))
cells, order, secs = {}, [], {}
for r in rows:
    key = (r["problem"], r["sampler"])
    if key not in order:
        order.append(key)
    cells[key + (r["trials"],)] = "%.3g [%.3g, %.3g]" % (float(r["median"]), float(r["q25"]), float(r["q75"]))
    secs[key] = r["seconds"]
checkpoints = sorted({r["trials"] for r in rows}, key=int)
print("simple regret, median [q25, q75] over seeds")
print("| problem | sampler | " + " | ".join("after %s" % c for c in checkpoints) + " | seconds (all seeds) |")
print("|---|---|" + "---|" * len(checkpoints) + "---|")
for key in order:
    print("| %s | %s | " % key + " | ".join(cells.get(key + (c,), "") for c in checkpoints) + " | %s |" % secs[key])
PY
echo
echo "sample() cost on mixed10 (ms, median of 15 calls; history of finished trials)"
column -s, -t < "$out/cost.csv"
