#!/usr/bin/env bash
# Worker scaling on digits: `automl run search-spaces/examples/digits-mlp.json --trials N` with 1 and with 2 CPU
# workers (--parallelism; each worker gets cores/parallelism ND4J threads), RUNS times each, alternating, each in
# a fresh data directory, started through ./automl so that it runs with the product's JVM and OpenMP settings.
# Prints per setting: wall time and trials/hour of the whole command (JVM start and JIT warm-up included), the
# steady-state trials/hour (from the progress lines: trials N/3 to N), CPU utilisation ((user + system) /
# (wall x cores)) and the best validation accuracy; then the medians and the 2-worker / 1-worker ratios.
# Usage: benchmarks/worker-scaling.sh [RUNS] [TRIALS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
runs="${1:-3}"; trials="${2:-96}"
out="$here/target/worker-scaling"
rm -rf "$out"; mkdir -p "$out"
"$root/automl" --version >/dev/null 2>&1 || true   # builds the jar when needed
cores=$(nproc)
: > "$out/runs.csv"
for run in $(seq 1 "$runs"); do
  for p in 1 2; do
    data="$out/data-$run-$p"
    echo "run $run of $runs, $p worker(s), load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    AUTOML_JAVA_OPTS="${AUTOML_JAVA_OPTS:--Xmx4g}" /usr/bin/time -f "%e %U %S" -o "$out/time" "$root/automl" run \
      "$root/search-spaces/examples/digits-mlp.json" --trials "$trials" --parallelism "$p" --data "$data" \
      --format json > "$out/result.json" 2> "$out/progress-$run-$p.log"
    read -r wall user sys < "$out/time"
    /usr/bin/python3 - "$out/result.json" "$out/progress-$run-$p.log" "$trials" "$p" "$wall" "$user" "$sys" \
      >> "$out/runs.csv" <<'PY'
import json, re, sys
result, progress, trials, p, wall, user, sys_ = sys.argv[1:]
trials = int(trials)
elapsed = {}
for line in open(progress):
    m = re.search(r"\| (\d+)/\d+ \|.*\| (\d+):(\d\d) elapsed", line)
    if m:
        elapsed.setdefault(int(m.group(1)), int(m.group(2)) * 60 + int(m.group(3)))
first = trials // 3
steady = 3600 * (trials - first) / (elapsed[trials] - elapsed[first])
best = json.load(open(result))["best"]["value"]
print("%s,%s,%s,%s,%.1f,%s" % (p, wall, user, sys_, steady, best))
PY
  done
done
/usr/bin/python3 - "$out/runs.csv" "$trials" "$cores" <<'PY'
import csv, statistics, sys
trials, cores = int(sys.argv[2]), int(sys.argv[3])
rows = {}
for p, wall, user, sys_, steady, best in csv.reader(open(sys.argv[1])):
    rows.setdefault(p, []).append((float(wall), float(user) + float(sys_), float(steady), float(best)))
print("| workers | runs | wall s: median [min, max] | trials/hour, whole run (median) | trials/hour, steady state"
      " (median) | CPU utilisation (median) | best val. accuracy (median) |")
print("|---|---|---|---|---|---|---|")
whole, steady = {}, {}
for p in ("1", "2"):
    rs = rows.get(p, [])
    walls = [r[0] for r in rs]
    whole[p] = trials / statistics.median(walls) * 3600
    steady[p] = statistics.median([r[2] for r in rs])
    util = statistics.median([r[1] / (r[0] * cores) for r in rs])
    print("| %s | %d | %.1f [%.1f, %.1f] | %.0f | %.0f | %.0f%% | %.4f |" % (p, len(rs), statistics.median(walls),
          min(walls), max(walls), whole[p], steady[p], 100 * util, statistics.median([r[3] for r in rs])))
print()
print("2 workers / 1 worker: whole run %.2fx, steady state %.2fx" % (whole["2"] / whole["1"], steady["2"] / steady["1"]))
PY
