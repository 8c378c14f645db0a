#!/usr/bin/python3
"""Prints one Markdown table of simple regret from the CSV files of SearchEfficiency and optuna_peer.py.

Usage: regret_table.py FILE.csv... (lines problem,sampler,trials,q25,median,q75,seconds).
"""
import csv
import sys

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
problems = [p for p, _ in order]
order.sort(key=lambda k: problems.index(k[0]))
checkpoints = sorted({r["trials"] for r in rows}, key=int)
print("simple regret, median [q25, q75] over seeds")
print("| problem | sampler | " + " | ".join("after %s" % c for c in checkpoints) + " | seconds (all seeds) |")
print("|---|---|" + "---|" * len(checkpoints) + "---|")
for key in order:
    print("| %s | %s | " % key + " | ".join(cells.get(key + (c,), "") for c in checkpoints) + " | %s |" % secs[key])
