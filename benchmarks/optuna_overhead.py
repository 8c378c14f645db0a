#!/usr/bin/python3
"""Optuna's per-trial overhead on the no-op objective of io.automl.bench.EngineOverhead.

Two float parameters in [0, 1], the objective returns x, RandomSampler(seed=1) or TPESampler(seed=1),
study.optimize with n_jobs=1, storage in memory or SQLite (RDB storage on a file in a fresh temporary
directory). Prints the same CSV line as EngineOverhead:
store,sampler,trials,seconds,trials_per_s,first1k_ms,second1k_ms,last1k_ms (store is optuna-memory or
optuna-sqlite; the second 1,000 trials are the first again for a 1,000-trial run).
Usage: optuna_overhead.py memory|sqlite random|tpe TRIALS. Run with Debian's /usr/bin/python3 (python3-optuna).
"""
import os
import sys
import tempfile
import time

import optuna

optuna.logging.set_verbosity(optuna.logging.ERROR)
WINDOW = 1000


def main():
    store, sampler_name, trials = sys.argv[1], sys.argv[2], int(sys.argv[3])
    sampler = optuna.samplers.RandomSampler(seed=1) if sampler_name == "random" else optuna.samplers.TPESampler(seed=1)
    with tempfile.TemporaryDirectory() as tmp:
        storage = None if store == "memory" else "sqlite:///" + os.path.join(tmp, "optuna.db")
        study = optuna.create_study(study_name="overhead", storage=storage, sampler=sampler)
        finished = []

        def objective(trial):
            x = trial.suggest_float("x", 0, 1)
            trial.suggest_float("y", 0, 1)
            return x

        start = time.perf_counter()
        study.optimize(objective, n_trials=trials, callbacks=[lambda s, t: finished.append(time.perf_counter())])
        seconds = time.perf_counter() - start
        first = (finished[WINDOW - 1] - start) * 1000 / WINDOW
        second = first if trials < 2 * WINDOW else (finished[2 * WINDOW - 1] - finished[WINDOW - 1]) * 1000 / WINDOW
        last_start = start if trials == WINDOW else finished[trials - WINDOW - 1]
        last = (finished[trials - 1] - last_start) * 1000 / WINDOW
        print("optuna-%s,%s,%d,%.3f,%.1f,%.4f,%.4f,%.4f" % (store, sampler_name, trials, seconds, trials / seconds,
                                                           first, second, last))


if __name__ == "__main__":
    main()
