#!/usr/bin/env bash
# Worker scaling with process isolation: `./automl serve --isolation process --workers P` (P = 1, 2) in a fresh data
# directory, a warm-up study of WARMUP trials (so that the server and its worker processes have compiled their hot
# code, as in a service that has been up for a while), then the measured digits-mlp study of TRIALS trials
# (parallelism P) submitted over the API; RUNS times each, alternating. Prints per setting: trials/hour from the
# submission to the last finish, the steady-state rate (finish times of trials TRIALS/3 to TRIALS, from the API),
# the machine's CPU utilisation over the study (from /proc/stat; run it on an otherwise idle machine) and the best
# validation accuracy; then the medians and the 2-worker / 1-worker ratios.
# Usage: benchmarks/process-scaling.sh [RUNS] [TRIALS] [WARMUP]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
runs="${1:-3}"; trials="${2:-96}"; warmup="${3:-24}"
out="$here/target/process-scaling"
rm -rf "$out"; mkdir -p "$out"
"$root/automl" --version >/dev/null 2>&1 || true   # builds the jar when needed
: > "$out/runs.csv"
for run in $(seq 1 "$runs"); do
  for p in 1 2; do
    data="$out/data-$run-$p"
    port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    token="scaling-$RANDOM$RANDOM"
    echo "run $run of $runs, $p worker process(es), load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    AUTOML_JAVA_OPTS="${AUTOML_JAVA_OPTS:--Xmx2g}" "$root/automl" serve --data "$data" --bind 127.0.0.1 \
      --port "$port" --token "$token" --isolation process --workers "$p" > "$out/server-$run-$p.log" 2>&1 &
    server=$!
    trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
    /usr/bin/python3 - "$root/search-spaces/examples/digits-mlp.json" "http://127.0.0.1:$port" "$token" "$trials" \
      "$p" "$warmup" >> "$out/runs.csv" <<'PY'
import json, os, sys, time, urllib.request
space_file, base, token, trials, p, warmup = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), \
    int(sys.argv[6])

def call(path, body=None):
    req = urllib.request.Request(base + path, data=None if body is None else body.encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)

for _ in range(240):
    try:
        call("/api/health")
        break
    except OSError:
        time.sleep(0.5)
space = json.load(open(space_file))
space["dataset"]["path"] = os.path.join(os.path.dirname(space_file), space["dataset"]["path"])
space["budget"].update(trials=trials, parallelism=p, minutes=60)
# warm-up: a first study of WARMUP trials (another sampler seed), so that the server and the worker processes have
# compiled their hot code, as in a service that has been up for a while
warm = json.loads(json.dumps(space))
warm["name"] = space["name"] + "-warmup"
warm["sampler"]["seed"] = space["sampler"].get("seed", 0) + 1
warm["budget"]["trials"] = warmup
if warmup > 0:
    call("/api/studies", json.dumps(warm))
    while call("/api/studies/" + warm["name"])["finished"] < warmup:
        time.sleep(0.5)
else:
    time.sleep(5)  # the worker processes start and load ND4J
def busy():
    f = [int(x) for x in open("/proc/stat").readline().split()[1:]]
    return sum(f) - f[3] - f[4], sum(f)
b0, t0 = busy()
start = time.time()
call("/api/studies", json.dumps(space))
while call("/api/studies/" + space["name"])["finished"] < trials:
    time.sleep(0.5)
b1, t1 = busy()
rows = call("/api/studies/%s/trials?limit=1000" % space["name"])
ts = rows["trials"] if isinstance(rows, dict) else rows
def epoch(s):
    from datetime import datetime
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()
finished = sorted(epoch(t["finished"]) for t in ts if t.get("finished"))
whole = 3600 * trials / (finished[-1] - start)
first = trials // 3
steady = 3600 * (trials - first) / (finished[trials - 1] - finished[first - 1])
best = max(t["value"] for t in ts if t.get("value") is not None)
print("%d,%.1f,%.1f,%.3f,%.4f" % (p, whole, steady, (b1 - b0) / (t1 - t0), best))
PY
    kill "$server"; wait "$server" 2>/dev/null || true
    trap - EXIT
  done
done
/usr/bin/python3 - "$out/runs.csv" <<'PY'
import csv, statistics, sys
rows = {}
for p, whole, steady, util, best in csv.reader(open(sys.argv[1])):
    rows.setdefault(p, []).append((float(whole), float(steady), float(util), float(best)))
print("| worker processes | runs | trials/hour, submission to last finish: median [min, max] | trials/hour, steady"
      " state: median [min, max] | CPU utilisation (median) | best val. accuracy (median) |")
print("|---|---|---|---|---|---|")
med = {}
for p in ("1", "2"):
    rs = rows.get(p, [])
    w, s = [r[0] for r in rs], [r[1] for r in rs]
    med[p] = (statistics.median(w), statistics.median(s))
    print("| %s | %d | %.0f [%.0f, %.0f] | %.0f [%.0f, %.0f] | %.0f%% | %.4f |" % (p, len(rs), med[p][0], min(w), max(w),
          med[p][1], min(s), max(s), 100 * statistics.median([r[2] for r in rs]), statistics.median([r[3] for r in rs])))
print()
print("2 worker processes / 1: submission to last finish %.2fx, steady state %.2fx"
      % (med["2"][0] / med["1"][0], med["2"][1] / med["1"][1]))
PY
