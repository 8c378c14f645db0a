#!/usr/bin/env bash
# Where a search's CPU goes, by thread: runs `./automl run search-spaces/examples/digits-mlp.json --trials N
# --parallelism P` in a fresh data directory, samples /proc/PID/task/*/stat twice a second, and prints the CPU
# seconds of each group of threads (names with digits folded: training threads "pid#-#" with the OpenMP threads
# they start, "C# CompilerThre" the JIT, "GC Thread#" the collector, "DeallocatorServ" ND4J's buffer release).
# Threads that end between two samples lose up to half a second of CPU. Extra JVM options through AUTOML_JAVA_OPTS.
# Usage: benchmarks/worker-cpu.sh [P] [TRIALS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
p="${1:-1}"; trials="${2:-48}"
out="$here/target/worker-cpu"
rm -rf "$out"; mkdir -p "$out"
"$root/automl" --version >/dev/null 2>&1 || true   # builds the jar when needed
AUTOML_JAVA_OPTS="${AUTOML_JAVA_OPTS:--Xmx4g}" "$root/automl" run "$root/search-spaces/examples/digits-mlp.json" \
  --trials "$trials" --parallelism "$p" --data "$out/data" --format json > "$out/result.json" 2> "$out/progress.log" &
launcher=$!
sleep 1
pid=$(pgrep -P "$launcher" java || echo "$launcher")   # ./automl execs java, so usually the same pid
declare -A cpu name
start=$(date +%s.%N)
while kill -0 "$pid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    tid=${t##*/}
    stat=$(cat "$t/stat" 2>/dev/null) || continue
    read -r -a f <<< "${stat##*) }"
    cpu[$tid]=$(( f[11] + f[12] ))
    name[$tid]=$(cat "$t/comm" 2>/dev/null || echo "?")
  done
  sleep 0.5
done
wait "$launcher"
wall=$(echo "$(date +%s.%N) - $start" | bc)
ticks=$(getconf CLK_TCK)
for tid in "${!cpu[@]}"; do echo "${name[$tid]}|${cpu[$tid]}"; done | /usr/bin/python3 -c '
import re, sys
ticks, wall = int(sys.argv[1]), float(sys.argv[2])
groups = {}
for line in sys.stdin:
    n, c = line.rstrip("\n").rsplit("|", 1)
    g = re.sub(r"[0-9]+", "#", n)
    s, k = groups.get(g, (0, 0))
    groups[g] = (s + int(c) / ticks, k + 1)
total = sum(s for s, _ in groups.values())
print("wall %.1f s, CPU %.1f s (%.2f cores)" % (wall, total, total / wall))
for g, (s, k) in sorted(groups.items(), key=lambda x: -x[1][0]):
    if s >= 0.1:
        print("%8.1f s  %5.1f%%  %3d thread(s)  %s" % (s, 100 * s / total, k, g))
' "$ticks" "$wall"
