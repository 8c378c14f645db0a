#!/usr/bin/env bash
# Engine overhead per trial: a no-op objective (returns x) through the library API on the H2 file store,
# next to Optuna (in-memory and SQLite storage) on the same objective, in the same run.
# Each measurement runs RUNS times (default 3) in a fresh JVM / Python process; prints the median and
# the quartiles of ms/trial over the first, the second (trials 1,001-2,000, past start-up and JIT warm-up)
# and the last 1,000 trials, and the store calls of the last 1,000 trials of the 10,000-trial H2 runs
# (random sampler; median over runs).
# Needs search-spaces, search-engine and results installed (mvn -B -o install -pl search-spaces,search-engine,results
# -DskipTests) and Debian's python3-optuna. Usage: benchmarks/engine-overhead.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${1:-3}"
out="$here/target/engine-overhead"
mkdir -p "$out"
mvn -B -q -o -f "$here/pom.xml" package dependency:build-classpath -Dmdep.outputFile="$here/target/cp.txt" >&2
cp="$here/target/classes:$(cat "$here/target/cp.txt")"
: > "$out/runs.csv"
: > "$out/calls.csv"
for run in $(seq 1 "$runs"); do
  echo "run $run of $runs, load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  for spec in "h2 random 1000" "h2 random 10000" "h2 tpe 1000" "h2 tpe 10000" "memory random 10000"; do
    if ! java -cp "$cp" io.automl.bench.EngineOverhead $spec 2>"$out/java-err.log" > "$out/one.csv"; then
      echo "run $run, $spec failed:" >&2
      grep -v SLF4J "$out/java-err.log" | head -5 >&2
      cp "$out/java-err.log" "$out/failed-$run-${spec// /-}.log"
      continue
    fi
    grep -v '^call,' "$out/one.csv" >> "$out/runs.csv"
    sed -n "s/^call,/$run,${spec// /,},/p" "$out/one.csv" >> "$out/calls.csv"
  done
  for spec in "memory random 1000" "memory random 10000" "sqlite random 1000" "memory tpe 1000"; do
    /usr/bin/python3 "$here/optuna_overhead.py" $spec >> "$out/runs.csv"
  done
done
/usr/bin/python3 - "$out/runs.csv" "$out/calls.csv" <<'PY'
import csv, statistics, sys
def q(xs):
    xs = sorted(xs)
    if len(xs) < 2:
        return xs[0], xs[0], xs[0]
    a, m, b = statistics.quantiles(xs, n=4, method="inclusive")
    return a, m, b
groups = {}
for r in csv.reader(open(sys.argv[1])):
    groups.setdefault(tuple(r[:3]), []).append([float(v) for v in r[3:]])
print("| store | sampler | trials | runs | trials/s median | ms/trial first 1k: median [q25, q75] | ms/trial second 1k | ms/trial last 1k: median [q25, q75] | last/first | last/second |")
print("|---|---|---|---|---|---|---|---|---|---|")
for (store, sampler, trials), rows in groups.items():
    tps = q([r[1] for r in rows])[1]
    f = q([r[2] for r in rows]); s = q([r[3] for r in rows]); l = q([r[4] for r in rows])
    print("| %s | %s | %s | %d | %.1f | %.3f [%.3f, %.3f] | %.3f [%.3f, %.3f] | %.3f [%.3f, %.3f] | %.2f | %.2f |" % (
        store, sampler, trials, len(rows), tps, f[1], f[0], f[2], s[1], s[0], s[2], l[1], l[0], l[2],
        l[1] / f[1], l[1] / s[1]))
calls = {}
for r in csv.reader(open(sys.argv[2])):
    run, store, sampler, trials, name, n, ms, rows = r
    if (store, sampler, trials) == ("h2", "random", "10000"):
        calls.setdefault(name, []).append((float(ms), int(n), int(rows)))
print()
print("H2 store calls during the last 1,000 of 10,000 trials (random sampler): ms per trial, median over runs")
print("| call | calls | ms/trial | rows returned |")
print("|---|---|---|---|")
for name, xs in sorted(calls.items(), key=lambda kv: -statistics.median(x[0] for x in kv[1])):
    print("| %s | %d | %.4f | %d |" % (name, xs[0][1], statistics.median(x[0] for x in xs), xs[0][2]))
PY
