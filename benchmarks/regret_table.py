#!/usr/bin/python3
"""Prints Markdown tables of simple regret from the CSV files of SearchEfficiency and optuna_peer.py.

Usage: regret_table.py FILE.csv... Lines are problem,sampler,seed,trials,regret,seconds (one per seed and
checkpoint; seconds of that seed's run) or, from older runs, problem,sampler,trials,q25,median,q75,seconds.
Prints median [q25, q75] over the seeds at each checkpoint (quartiles by linear interpolation, as numpy's
percentile), the number of seeds and the seconds of all runs together; then, when the runs hold them, the
targets of the auto sampler: at 50 trials its median regret over the better of Optuna 5's TPE and GP medians on
each problem (and the geometric mean of the four ratios), at 100 trials over our tpe's.
"""
import csv
import math
import sys


def quantile(values, q):
    s = sorted(values)
    pos = q * (len(s) - 1)
    lo = int(math.floor(pos))
    hi = min(len(s) - 1, lo + 1)
    return s[lo] + (pos - lo) * (s[hi] - s[lo])


rows = []
for path in sys.argv[1:]:
    with open(path) as f:
        rows += list(csv.DictReader(f))
order, regrets, summary, secs, seeds = [], {}, {}, {}, {}
for r in rows:
    key = (r["problem"], r["sampler"])
    if key not in order:
        order.append(key)
    if "seed" in r and r.get("regret") is not None:
        regrets.setdefault(key + (int(r["trials"]),), []).append(float(r["regret"]))
        secs.setdefault(key, {})[r["seed"]] = float(r["seconds"])
        seeds.setdefault(key, set()).add(r["seed"])
    else:
        summary[key + (int(r["trials"]),)] = (float(r["q25"]), float(r["median"]), float(r["q75"]))
        secs.setdefault(key, {})["all"] = float(r["seconds"])
for k, v in regrets.items():
    summary[k] = (quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75))
problems = []
for p, _ in order:
    if p not in problems:
        problems.append(p)
order.sort(key=lambda k: problems.index(k[0]))
checkpoints = sorted({k[2] for k in summary})
print("simple regret, median [q25, q75] over seeds")
print("| problem | sampler | " + " | ".join("after %d" % c for c in checkpoints) + " | seeds | seconds (all runs) |")
print("|---|---|" + "---|" * len(checkpoints) + "---|---|")
for key in order:
    cells = []
    for c in checkpoints:
        q = summary.get(key + (c,))
        cells.append("%.3g [%.3g, %.3g]" % (q[1], q[0], q[2]) if q else "")
    n = len(seeds.get(key, ())) or "-"
    print("| %s | %s | " % key + " | ".join(cells) + " | %s | %.1f |" % (n, sum(secs[key].values())))


def median(problem, sampler, trials):
    q = summary.get((problem, sampler, trials))
    return q[1] if q else None


if any(s == "auto" for _, s in order):
    print()
    print("targets of auto: median regret ratios")
    print("| problem | auto @50 | better of optuna5-tpe/-gp @50 | ratio | auto @100 | tpe @100 | ratio |")
    print("|---|---|---|---|---|---|---|")
    logs = []
    for p in problems:
        a50 = median(p, "auto", 50)
        peers = [m for m in (median(p, "optuna5-tpe", 50), median(p, "optuna5-gp", 50)) if m is not None]
        best = min(peers) if peers else None
        r50 = a50 / best if a50 is not None and best else None
        if r50:
            logs.append(math.log(r50))
        a100 = median(p, "auto", 100)
        t100 = median(p, "tpe", 100)
        r100 = a100 / t100 if a100 is not None and t100 else None

        def fmt(v):
            return "%.3g" % v if v is not None else "-"
        print("| %s | %s | %s | %s | %s | %s | %s |" % (p, fmt(a50), fmt(best), fmt(r50), fmt(a100), fmt(t100),
                                                      fmt(r100)))
    if logs:
        print("geometric mean of the 50-trial ratios over %d problems: %.3g" % (len(logs),
                                                                                math.exp(sum(logs) / len(logs))))
