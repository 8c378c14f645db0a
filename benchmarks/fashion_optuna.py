"""The Python peer of benchmarks/fashion-search.sh: the space of search-spaces/examples/fashion-cnn.json searched
with Optuna's TPE sampler and SuccessiveHalvingPruner, trained with PyTorch on CPU.

Same rows, split and normalization as the DL4J side (files written by io.automl.bench.SplitExport), same space:
conv 3x3x32 same relu - max pool 2 - conv 3x3x{32,64} same relu - optional batchnorm - max pool 2 - dense
64..256 (log) relu with dropout 0.2..0.5 - softmax; learning rate 1e-3..3e-3 (log), Adam, batch 64, learning-rate
schedule none or cosine (by epoch, to 0 after the epoch budget). Each trial reports the validation accuracy after
every epoch (Optuna prunes with SuccessiveHalvingPruner(min_resource=MIN_EPOCHS, reduction_factor=RF)), stops early
when the validation loss has not fallen by more than MIN_DELTA for PATIENCE epochs, keeps its best epoch's model and
scores it on the test split. JOBS trials run at a time (threads), each on torch.set_num_threads(THREADS). Like the
DL4J side, the wall budget is a deadline: no trial starts after it, and a running trial stops at the first minibatch
past it and keeps its best epoch.
Prints one CSV line: optuna,started,complete,pruned,failed,best_validation,best_test,seconds.
Usage: fashion_optuna.py DATA_DIR MINUTES SEED [JOBS 2] [THREADS 1] [EPOCHS 8]
"""
import math
import os
import sys
import threading
import time

import numpy as np
import optuna
import torch
from torch import nn

MIN_EPOCHS, RF, PATIENCE, MIN_DELTA, BATCH = 2, 2, 2, 0.001, 64


def load(folder, name, features):
    x = np.fromfile(os.path.join(folder, name + "-x.f32"), dtype="<f4").reshape(-1, features)
    y = np.fromfile(os.path.join(folder, name + "-y.i32"), dtype="<i4").astype(np.int64)
    return torch.from_numpy(x.copy()), torch.from_numpy(y)


def network(trial, features, classes):
    side = int(math.isqrt(features))
    filters = trial.suggest_categorical("filters", [32, 64])
    batchnorm = trial.suggest_categorical("batchnorm", [False, True])
    units = trial.suggest_int("units", 64, 256, log=True)
    dropout = trial.suggest_float("dropout", 0.2, 0.5)
    layers = [nn.Unflatten(1, (1, side, side)), nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
              nn.Conv2d(32, filters, 3, padding=1), nn.ReLU()]
    if batchnorm:
        layers.append(nn.BatchNorm2d(filters))
    layers += [nn.MaxPool2d(2), nn.Flatten(), nn.Linear(filters * (side // 4) ** 2, units), nn.ReLU(),
               nn.Dropout(dropout), nn.Linear(units, classes)]
    return nn.Sequential(*layers)


def scores(net, x, y):
    net.eval()
    with torch.no_grad():
        out = net(x)
        loss = nn.functional.cross_entropy(out, y).item()
        acc = (out.argmax(1) == y).float().mean().item()
    net.train()
    return acc, loss


def main():
    folder, minutes, seed = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    jobs = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    threads = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    max_epochs = int(sys.argv[6]) if len(sys.argv) > 6 else 8
    torch.set_num_threads(threads)
    features, classes = (int(v) for v in open(os.path.join(folder, "shape.txt")).read().split())
    train, val, test = (load(folder, n, features) for n in ("train", "validation", "test"))
    started = time.perf_counter()
    deadline = started + minutes * 60
    lock = threading.Lock()

    def objective(trial):
        lr = trial.suggest_float("learningRate", 1e-3, 3e-3, log=True)
        schedule = trial.suggest_categorical("lrSchedule", ["none", "cosine"])
        torch.manual_seed(seed * 100003 + trial.number)
        net = network(trial, features, classes)
        opt = torch.optim.Adam(net.parameters(), lr=lr)
        gen = torch.Generator().manual_seed(seed * 100003 + trial.number)
        best_acc, best_test, best_loss, stale = -1.0, None, math.inf, 0
        for epoch in range(1, max_epochs + 1):
            if schedule == "cosine":
                for g in opt.param_groups:
                    g["lr"] = lr * (1 + math.cos(math.pi * (epoch - 1) / max_epochs)) / 2
            order = torch.randperm(train[0].shape[0], generator=gen)
            xs, ys = train[0][order], train[1][order]
            late = False
            for start in range(0, xs.shape[0], BATCH):
                if start > 0 and time.perf_counter() >= deadline:
                    late = True
                    break
                opt.zero_grad()
                nn.functional.cross_entropy(net(xs[start:start + BATCH]), ys[start:start + BATCH]).backward()
                opt.step()
            acc, loss = scores(net, *val)
            trial.report(acc, epoch)
            if acc > best_acc:
                best_acc, best_test = acc, scores(net, *test)[0]
                trial.set_user_attr("test_accuracy", best_test)
            if trial.should_prune():
                raise optuna.TrialPruned()
            stale = 0 if loss < best_loss - MIN_DELTA else stale + 1
            best_loss = min(best_loss, loss)
            if stale >= PATIENCE or late or time.perf_counter() >= deadline:
                break
        return best_acc

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=seed),
                                pruner=optuna.pruners.SuccessiveHalvingPruner(min_resource=MIN_EPOCHS,
                                                                              reduction_factor=RF))
    study.optimize(objective, n_jobs=jobs, timeout=minutes * 60)
    seconds = time.perf_counter() - started
    states = [t.state for t in study.trials]
    count = lambda s: sum(1 for x in states if x == s)
    best = study.best_trial
    print("optuna,%d,%d,%d,%d,%.4f,%.4f,%.1f" % (len(states), count(optuna.trial.TrialState.COMPLETE),
          count(optuna.trial.TrialState.PRUNED), count(optuna.trial.TrialState.FAIL), best.value,
          best.user_attrs["test_accuracy"], seconds))


if __name__ == "__main__":
    main()
