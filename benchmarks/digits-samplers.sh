#!/usr/bin/env bash
# Real training: search-spaces/examples/digits-mlp.json (DL4J MLP on the 8x8 digits, 5 hyperparameters and a
# 1-2 layer architecture, a conditional momentum) run by `automl run` with each of the samplers random, tpe, gp
# and auto, 20 trials, seeds 1..5; prints one line per run (best validation accuracy, its test accuracy, seconds)
# and per sampler the median [min, max] of the best validation accuracy. Only the sampler, its seed, the trial
# count and the time budget change (`minutes` 0: no study time limit, so a loaded machine does not cut a run
# short); parallelism stays 2 as in the example. Needs the jar: mvn -B -o -pl web-ui -am package -DskipTests
# (package, not install), or AUTOML_JAR=PATH (a copy with its lib/ beside it). Usage: benchmarks/digits-samplers.sh [trials (20)] [seeds (5)] [samplers]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
trials="${1:-20}"
seeds="${2:-5}"
samplers="${3:-random,tpe,gp,auto}"
jar="${AUTOML_JAR:-$root/web-ui/target/automl.jar}"
[ -f "$jar" ] || { echo "build the jar first: mvn -B -o -pl web-ui -am package -DskipTests" >&2; exit 1; }
out="$here/target/digits-samplers"
rm -rf "$out/data"
mkdir -p "$out/spaces" "$out/data"
uptime | tee "$out/uptime.txt"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-passive}"
echo "sampler,seed,best_validation_accuracy,test_accuracy,seconds" | tee "$out/runs.csv"
for seed in $(seq 1 "$seeds"); do
    for sampler in ${samplers//,/ }; do
        space="$out/spaces/digits-$sampler-$seed.json"
        /usr/bin/python3 - "$root/search-spaces/examples/digits-mlp.json" "$space" "$sampler" "$seed" "$trials" <<'PY'
import json, os, sys
src, dst, sampler, seed, trials = sys.argv[1:]
s = json.load(open(src))
s["name"] = "digits-%s-%s" % (sampler, seed)
s["sampler"] = {"type": sampler, "seed": int(seed)}
s["budget"]["trials"] = int(trials)
s["budget"]["minutes"] = 0
s["dataset"]["path"] = os.path.join(os.path.dirname(src), s["dataset"]["path"])
json.dump(s, open(dst, "w"), indent=1)
PY
        start=$(date +%s.%N)
        json=$(java -Xmx3g -XX:+UseParallelGC -jar "$jar" run "$space" --data "$out/data" --format json 2>>"$out/stderr.log")
        end=$(date +%s.%N)
        /usr/bin/python3 -c '
import json, sys
r = json.loads(sys.argv[1]); b = r["best"]
print("%s,%s,%.4f,%s,%.1f" % (sys.argv[2], sys.argv[3], b["value"], b["attributes"].get("test_accuracy", ""),
      float(sys.argv[5]) - float(sys.argv[4])))' "$json" "$sampler" "$seed" "$start" "$end" | tee -a "$out/runs.csv"
    done
done
uptime | tee -a "$out/uptime.txt"
/usr/bin/python3 - "$out/runs.csv" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
print("| sampler | runs | best validation accuracy: median [min, max] | mean | test accuracy of the best: median | seconds per run: median |")
print("|---|---|---|---|---|---|")
for s in dict.fromkeys(r["sampler"] for r in rows):
    v = [float(r["best_validation_accuracy"]) for r in rows if r["sampler"] == s]
    t = [float(r["test_accuracy"]) for r in rows if r["sampler"] == s and r["test_accuracy"]]
    sec = [float(r["seconds"]) for r in rows if r["sampler"] == s]
    print("| %s | %d | %.4f [%.4f, %.4f] | %.4f | %s | %.0f |" % (s, len(v), statistics.median(v), min(v), max(v),
          statistics.mean(v), "%.4f" % statistics.median(t) if t else "-", statistics.median(sec)))
PY
