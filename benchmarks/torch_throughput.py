"""PyTorch training throughput, the same networks, data and batches as TrainingThroughput.java.

On the digits data an MLP 64-256-128-10 and a small CNN (conv 3x3x32 same, max pool 2, conv 3x3x64 same, max pool
2, linear to 10); on the first ROWS Fashion-MNIST training images (fcnn) the 28x28 CNN conv 3x3x32 same - max pool 2 -
conv 3x3x64 same - max pool 2 - dense 128 relu - linear to 10 (fcnn-bn: batch normalization after the second convolution's ReLU). Adam 1e-3, float32, standardized features, one
shuffled copy per epoch sliced into minibatches. One warm-up epoch, then EPOCHS timed ones; prints one CSV line:
torch,MODEL,THREADS,BATCH,samples_per_second,0.
Usage: torch_throughput.py DATA mlp|cnn|fcnn THREADS BATCH EPOCHS [ROWS]  (DATA: the digits CSV, or for fcnn the
folder of Fashion-MNIST's IDX files; ROWS default 6000)
"""
import gzip
import os
import sys
import time

import numpy as np
import torch
from torch import nn


def digits(path):
    raw = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float32)
    x, y = raw[:, :64], raw[:, 64].astype(np.int64)
    sd = x.std(axis=0)
    x = (x - x.mean(axis=0)) / np.where(sd > 0, sd, 1)
    return torch.from_numpy(x.astype(np.float32)), torch.from_numpy(y)


def fashion(folder, rows):
    with gzip.open(os.path.join(folder, "train-images-idx3-ubyte.gz")) as f:
        x = np.frombuffer(f.read(), dtype=np.uint8, offset=16)[:rows * 784].reshape(rows, 784).astype(np.float32) / 255
    with gzip.open(os.path.join(folder, "train-labels-idx1-ubyte.gz")) as f:
        y = np.frombuffer(f.read(), dtype=np.uint8, offset=8)[:rows].astype(np.int64)
    x = (x - x.mean()) / x.std()
    return torch.from_numpy(x.astype(np.float32)), torch.from_numpy(y)


def model(kind):
    if kind.startswith("fcnn"):
        first, second, units = {"fcnn-s": (16, 32, 64), "fcnn-l": (64, 128, 512)}.get(kind, (32, 64, 128))
        norm = [nn.BatchNorm2d(second)] if kind == "fcnn-bn" else []
        return nn.Sequential(nn.Unflatten(1, (1, 28, 28)),
                             nn.Conv2d(1, first, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                             nn.Conv2d(first, second, 3, padding=1), nn.ReLU(), *norm, nn.MaxPool2d(2),
                             nn.Flatten(), nn.Linear(second * 7 * 7, units), nn.ReLU(), nn.Linear(units, 10))
    if kind == "mlp":
        return nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 10))
    return nn.Sequential(nn.Unflatten(1, (1, 8, 8)),
                         nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(64 * 2 * 2, 10))


def epoch(net, opt, loss_fn, x, y, batch, gen):
    order = torch.randperm(x.shape[0], generator=gen)
    xs, ys = x[order], y[order]
    for start in range(0, x.shape[0], batch):
        opt.zero_grad()
        loss = loss_fn(net(xs[start:start + batch]), ys[start:start + batch])
        loss.backward()
        opt.step()


def main():
    path, kind, threads, batch, epochs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    x, y = fashion(path, int(sys.argv[6]) if len(sys.argv) > 6 else 6000) if kind.startswith("fcnn") else digits(path)
    net = model(kind)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    gen = torch.Generator().manual_seed(1)
    epoch(net, opt, loss_fn, x, y, batch, gen)
    start = time.perf_counter()
    for _ in range(epochs):
        epoch(net, opt, loss_fn, x, y, batch, gen)
    seconds = time.perf_counter() - start
    print("torch,%s,%d,%d,%.1f,0" % (kind, threads, batch, x.shape[0] * epochs / seconds))


if __name__ == "__main__":
    main()
