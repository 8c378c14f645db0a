#!/usr/bin/env bash
# Worker scaling on digits: `automl run search-spaces/examples/digits-mlp.json --trials N` with 1 and with 2 CPU
# workers (--parallelism; each worker gets cores/parallelism ND4J threads), RUNS times each, alternating, each in
# a fresh data directory. Prints wall time, trials/hour, CPU utilisation ((user + system) / (wall x cores)) and
# the best validation accuracy per run, then the medians and the 2-worker / 1-worker throughput ratio.
# Needs the service jar (./automl builds it). Usage: benchmarks/worker-scaling.sh [RUNS] [TRIALS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
runs="${1:-3}"; trials="${2:-12}"
out="$here/target/worker-scaling"
rm -rf "$out"; mkdir -p "$out"
"$root/automl" --version >/dev/null 2>&1 || true   # builds the jar when needed
cores=$(nproc)
: > "$out/runs.csv"
for run in $(seq 1 "$runs"); do
  for p in 1 2; do
    data="$out/data-$run-$p"
    echo "run $run of $runs, $p worker(s), load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    /usr/bin/time -f "%e %U %S" -o "$out/time" java -Xmx4g -jar "$root/web-ui/target/automl.jar" run \
      "$root/search-spaces/examples/digits-mlp.json" --trials "$trials" --parallelism "$p" --data "$data" \
      --format json > "$out/result.json" 2>/dev/null
    read -r wall user sys < "$out/time"
    best=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["best"]["value"])' "$out/result.json")
    echo "$p,$wall,$user,$sys,$best" >> "$out/runs.csv"
  done
done
/usr/bin/python3 - "$out/runs.csv" "$trials" "$cores" <<'PY'
import csv, statistics, sys
trials, cores = int(sys.argv[2]), int(sys.argv[3])
rows = {}
for p, wall, user, sys_, best in csv.reader(open(sys.argv[1])):
    rows.setdefault(p, []).append((float(wall), float(user) + float(sys_), float(best)))
print("| workers | runs | wall s: median [min, max] | trials/hour (median) | CPU utilisation (median) | best val. accuracy (median) |")
print("|---|---|---|---|---|---|")
tph = {}
for p in ("1", "2"):
    rs = rows.get(p, [])
    walls = [r[0] for r in rs]
    tph[p] = trials / statistics.median(walls) * 3600
    util = statistics.median([r[1] / (r[0] * cores) for r in rs])
    print("| %s | %d | %.1f [%.1f, %.1f] | %.0f | %.0f%% | %.4f |" % (p, len(rs), statistics.median(walls), min(walls),
          max(walls), tph[p], 100 * util, statistics.median([r[2] for r in rs])))
print()
print("2 workers / 1 worker throughput: %.2fx" % (tph["2"] / tph["1"]))
PY
