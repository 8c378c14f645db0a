"""Peer for image-load.sh: decode every PNG of a folder of class subfolders with Pillow into one uint8 numpy array
(what a Python loader does before training), on 1 process and on N processes. Prints CSV lines like ImageLoad."""
import os
import sys
import time
from multiprocessing import Pool

import numpy as np
from PIL import Image


def files(root):
    out = []
    for c in sorted(os.listdir(root)):
        d = os.path.join(root, c)
        for f in sorted(os.listdir(d)):
            out.append(os.path.join(d, f))
    return out


def decode(path):
    with Image.open(path) as im:
        return np.asarray(im.convert("L").resize((28, 28), Image.BILINEAR), dtype=np.uint8)


def main():
    root, runs, procs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    for run in range(1, runs + 1):
        for n in (1, procs):
            t0 = time.perf_counter()
            paths = files(root)
            if n == 1:
                arrays = [decode(p) for p in paths]
            else:
                with Pool(n) as pool:
                    arrays = pool.map(decode, paths, chunksize=256)
            x = np.stack(arrays)
            print(f"{run},pillow-decode,{n},{x.shape[0]},{time.perf_counter() - t0:.2f}")


if __name__ == "__main__":
    main()
