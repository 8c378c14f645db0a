#!/usr/bin/python3
"""Optuna's samplers on the problems of io.automl.bench.SearchEfficiency.

Same functions, domains, trial count and seeds; prints the same CSV lines, one per problem, sampler, seed and
checkpoint: problem,sampler,seed,trials,regret,seconds (simple regret after that many trials; seconds of that
seed's whole run). One run of `trials` trials per seed gives the regret at every checkpoint up to `trials`.
Seeds run in the outer loop, so a run stopped early still has the same seeds for every problem.
Usage: optuna_peer.py [trials] [seeds: N for 0..N-1, or A-B] [sampler,...] [problem,...]. Run with Debian's
/usr/bin/python3 (python3-optuna 3.1); optuna-gp (GPSampler) needs Optuna >= 3.6 with torch 2, such as Optuna 5
in a venv (see search-efficiency.sh).
"""
import math
import sys
import time

import numpy as np
import optuna

optuna.logging.set_verbosity(optuna.logging.ERROR)
import warnings  # noqa: E402

warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)

CHECKPOINTS = (25, 50, 100)


def branin(t):
    x1 = t.suggest_float("x0", -5, 10)
    x2 = t.suggest_float("y0", 0, 15)
    b = 5.1 / (4 * math.pi ** 2)
    return (x2 - b * x1 * x1 + 5 / math.pi * x1 - 6) ** 2 + 10 * (1 - 1 / (8 * math.pi)) * math.cos(x1) + 10


ALPHA = [1.0, 1.2, 3.0, 3.2]
A = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]]
P = [[1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991],
     [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381]]


def hartmann6(t):
    x = [t.suggest_float("x%d" % j, 0, 1) for j in range(6)]
    s = 0.0
    for i in range(4):
        inner = sum(A[i][j] * (x[j] - P[i][j] * 1e-4) ** 2 for j in range(6))
        s += ALPHA[i] * math.exp(-inner)
    return -s


def rosenbrock4(t):
    x = [t.suggest_float("x%d" % j, -5, 10) for j in range(4)]
    return sum(100 * (x[i + 1] - x[i] ** 2) ** 2 + (1 - x[i]) ** 2 for i in range(3))


def mixed10(t):
    kind = t.suggest_categorical("kind", ["a", "b", "c"])
    x = [t.suggest_float("x%d" % j, -5, 5) for j in range(6)]
    n = t.suggest_int("n", 1, 20)
    lr = t.suggest_float("lr", 1e-5, 1, log=True)
    if kind == "b":
        v = 5 * (t.suggest_float("cond", 0, 1) - 0.3) ** 2
    else:
        v = 0.6 if kind == "a" else 1.0
    v += sum((xi - 1) ** 2 for xi in x) / 10
    v += (n - 7) ** 2 / 10
    return v + (math.log10(lr) + 3) ** 2 / 4


PROBLEMS = [("branin", branin, 0.397887), ("hartmann6", hartmann6, -3.32237),
            ("rosenbrock4", rosenbrock4, 0.0), ("mixed10", mixed10, 0.0)]

SAMPLERS = [
    ("optuna-random", lambda s: optuna.samplers.RandomSampler(seed=s)),
    ("optuna-tpe", lambda s: optuna.samplers.TPESampler(seed=s)),
    ("optuna-tpe-mv", lambda s: optuna.samplers.TPESampler(seed=s, multivariate=True)),
    ("optuna-gp", lambda s: optuna.samplers.GPSampler(seed=s)),
]


def seed_range(arg):
    if "-" in arg:
        first, last = arg.split("-")
        return range(int(first), int(last) + 1)
    return range(int(arg))


def main():
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    seeds = seed_range(sys.argv[2]) if len(sys.argv) > 2 else range(10)
    names = sys.argv[3].split(",") if len(sys.argv) > 3 else ["optuna-random", "optuna-tpe", "optuna-tpe-mv"]
    problems = sys.argv[4].split(",") if len(sys.argv) > 4 else [p for p, _, _ in PROBLEMS]
    print("problem,sampler,seed,trials,regret,seconds", flush=True)
    for seed in seeds:
        for pname, f, minimum in [p for p in PROBLEMS if p[0] in problems]:
            for sname, make in [(n, m) for n, m in SAMPLERS if n in names]:
                start = time.time()
                study = optuna.create_study(sampler=make(seed), direction="minimize")
                study.optimize(f, n_trials=trials)
                seconds = time.time() - start
                best = np.minimum.accumulate([tr.value for tr in study.trials]) - minimum
                for k in CHECKPOINTS:
                    if k <= trials:
                        print("%s,%s,%d,%d,%.6g,%.3f" % (pname, sname, seed, k, best[k - 1], seconds), flush=True)


if __name__ == "__main__":
    main()
