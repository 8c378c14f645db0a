"""The PyTorch side of benchmarks/same-config.sh: one fixed configuration of the fashion-cnn space (conv 3x3x32 same
relu - max pool 2 - conv 3x3xFILTERS same relu - max pool 2 - dense UNITS relu, dropout DROPOUT - softmax; Adam at LR,
batch 64, schedule none or cosine by epoch) trained for EPOCHS epochs on the rows written by io.automl.bench.SplitExport,
once per seed in [FIRST, SEEDS), on one thread. INIT picks the starting parameters: torch (PyTorch's default: weights and biases uniform
in +-1/sqrt(fanIn)), dl4j (DL4J's former start of the product's networks: He-normal weights for the ReLU layers,
Xavier-normal for the output layer, zero biases) or uniform0 (PyTorch's weights, zero biases).
Prints one CSV line per seed: INIT,seed,best validation accuracy,its epoch,its test accuracy,validation curve.
Usage: torch_same_config.py SPLIT_DIR INIT SEEDS EPOCHS FILTERS UNITS DROPOUT LR SCHEDULE [FIRST (0)]
"""
import math
import os
import sys

import numpy as np
import torch
from torch import nn


def load(folder, name, features):
    x = np.fromfile(os.path.join(folder, name + "-x.f32"), dtype="<f4").reshape(-1, features)
    y = np.fromfile(os.path.join(folder, name + "-y.i32"), dtype="<i4").astype(np.int64)
    return torch.from_numpy(x.copy()), torch.from_numpy(y)


def accuracy(net, x, y):
    net.eval()
    with torch.no_grad():
        a = (net(x).argmax(1) == y).float().mean().item()
    net.train()
    return a


def initialise(net, init):
    layers = [m for m in net if isinstance(m, (nn.Conv2d, nn.Linear))]
    if init == "dl4j":
        for m in layers[:-1]:
            nn.init.normal_(m.weight, 0, math.sqrt(2.0 / m.weight[0].numel()))
        out = layers[-1]
        nn.init.normal_(out.weight, 0, math.sqrt(2.0 / (out.in_features + out.out_features)))
    if init in ("dl4j", "uniform0"):
        for m in layers:
            nn.init.zeros_(m.bias)


def main():
    folder, init, seeds, epochs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    filters, units, dropout = int(sys.argv[5]), int(sys.argv[6]), float(sys.argv[7])
    lr, schedule = float(sys.argv[8]), sys.argv[9]
    first = int(sys.argv[10]) if len(sys.argv) > 10 else 0
    torch.set_num_threads(1)
    features, classes = (int(v) for v in open(os.path.join(folder, "shape.txt")).read().split())
    side = int(math.isqrt(features))
    train, val, test = (load(folder, n, features) for n in ("train", "validation", "test"))
    for seed in range(first, seeds):
        torch.manual_seed(1000 + seed)
        net = nn.Sequential(nn.Unflatten(1, (1, side, side)), nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(),
                            nn.MaxPool2d(2), nn.Conv2d(32, filters, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                            nn.Flatten(), nn.Linear(filters * (side // 4) ** 2, units), nn.ReLU(),
                            nn.Dropout(dropout), nn.Linear(units, classes))
        initialise(net, init)
        opt = torch.optim.Adam(net.parameters(), lr=lr)
        gen = torch.Generator().manual_seed(seed)
        curve, best = [], (-1.0, 0, 0.0)
        for epoch in range(1, epochs + 1):
            if schedule == "cosine":
                for g in opt.param_groups:
                    g["lr"] = lr * (1 + math.cos(math.pi * (epoch - 1) / epochs)) / 2
            order = torch.randperm(train[0].shape[0], generator=gen)
            xs, ys = train[0][order], train[1][order]
            for s in range(0, xs.shape[0], 64):
                opt.zero_grad()
                nn.functional.cross_entropy(net(xs[s:s + 64]), ys[s:s + 64]).backward()
                opt.step()
            a = accuracy(net, *val)
            curve.append(a)
            if a > best[0]:
                best = (a, epoch, accuracy(net, *test))
        print("pytorch-%s,%d,%.4f,%d,%.4f,%s" % (init, seed, best[0], best[1], best[2],
                                                 " ".join("%.4f" % c for c in curve)), flush=True)


if __name__ == "__main__":
    main()
