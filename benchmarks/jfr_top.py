"""Where a training thread's time goes, from a Java Flight Recording: the share of native-method and execution
samples of the thread named THREAD (default main) by the ND4J/DL4J call that leads to them.

Each sample is attributed to the innermost DL4J layer method (org.deeplearning4j.nn.layers.*, or our own
io.automl code) on its stack and to the ND4J call that method made (the outermost org.nd4j.linalg frame below it,
e.g. Convolution.im2col, or the activation's getActivation), so "ConvolutionLayer.preOutput <- Convolution.im2col" reads: im2col called from
the convolution layer's forward pass.
Usage: jfr_top.py RECORDING.jfr [THREAD] [TOP (20)]
"""
import collections
import re
import subprocess
import sys


def main():
    path = sys.argv[1]
    thread = sys.argv[2] if len(sys.argv) > 2 else "main"
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    text = subprocess.run(["jfr", "print", "--events", "jdk.NativeMethodSample,jdk.ExecutionSample", "--stack-depth",
                           "64", path], capture_output=True, text=True, check=True).stdout
    counts = collections.Counter()
    total = 0
    for event in re.split(r"\njdk\.(?:NativeMethodSample|ExecutionSample) \{", text)[1:]:
        m = re.search(r'sampledThread = "([^"]*)"', event)
        if not m or m.group(1) != thread:
            continue
        frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
        if not frames:
            continue
        total += 1
        at = next((i for i, f in enumerate(frames) if f.startswith("org.deeplearning4j.nn.layers")
                   or f.startswith("io.automl")), len(frames))
        layer = frames[at] if at < len(frames) else "-"
        nd4j = next((f for f in reversed(frames[:at]) if f.startswith("org.nd4j.linalg")), frames[0])
        short = lambda f: ".".join(f.split(".")[-2:])
        counts[short(layer) + " <- " + short(nd4j)] += 1
    print("%d samples of thread %s" % (total, thread))
    for key, n in counts.most_common(top):
        print("%5.1f%%  %s" % (100.0 * n / total, key))


if __name__ == "__main__":
    main()
