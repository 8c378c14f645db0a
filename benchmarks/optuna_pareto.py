"""Optuna's NSGAIISampler (defaults, seeded) on the problems of io.automl.bench.ParetoEfficiency: ZDT1 and ZDT2
(30 variables, reference (1.1, 11)) and 3-objective DTLZ2 (12 variables, reference (3.5, 3.5, 3.5)).
Prints CSV lines problem,sampler,trials,seed,hypervolume (the exact hypervolume of the feasible front after
each budget). Usage: optuna_pareto.py BUDGETS SEEDS, e.g. 100,200 10."""
import math
import sys

import numpy as np
import optuna
from optuna._hypervolume import compute_hypervolume

optuna.logging.set_verbosity(optuna.logging.WARNING)


def zdt(x, concave):
    g = 1 + 9 * sum(x[1:]) / (len(x) - 1)
    r = x[0] / g
    return [x[0], g * (1 - (r * r if concave else math.sqrt(r)))]


def dtlz2(x, m):
    g = sum((v - 0.5) ** 2 for v in x[m - 1:])
    f = []
    for i in range(m):
        v = 1 + g
        for j in range(m - 1 - i):
            v *= math.cos(x[j] * math.pi / 2)
        if i > 0:
            v *= math.sin(x[m - 1 - i] * math.pi / 2)
        f.append(v)
    return f


PROBLEMS = [("zdt1", 30, 2, [1.1, 11.0], lambda x: zdt(x, False)),
            ("zdt2", 30, 2, [1.1, 11.0], lambda x: zdt(x, True)),
            ("dtlz2", 12, 3, [3.5, 3.5, 3.5], lambda x: dtlz2(x, 3))]


def front(points):
    pts = np.asarray(points)
    keep = []
    for i, p in enumerate(pts):
        if not any(np.all(q <= p) and np.any(q < p) for q in pts):
            keep.append(p)
    return np.asarray(keep)


def main():
    budgets = [int(b) for b in sys.argv[1].split(",")]
    seeds = int(sys.argv[2])
    print("problem,sampler,trials,seed,hypervolume")
    for name, n, m, ref, f in PROBLEMS:
        for seed in range(seeds):
            sampler = optuna.samplers.NSGAIISampler(seed=seed)
            study = optuna.create_study(directions=["minimize"] * m, sampler=sampler)

            def objective(trial):
                return f([trial.suggest_float("x%d" % i, 0.0, 1.0) for i in range(n)])

            done = 0
            for b in budgets:
                study.optimize(objective, n_trials=b - done)
                done = b
                values = [t.values for t in study.trials if t.values is not None]
                hv = compute_hypervolume(front(values), np.asarray(ref), assume_pareto=True)
                print("%s,optuna5-nsga2,%d,%d,%.6f" % (name, b, seed, hv), flush=True)


if __name__ == "__main__":
    main()
