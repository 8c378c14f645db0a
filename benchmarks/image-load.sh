#!/usr/bin/env bash
# Load time of 60,000 28x28 PNGs in class folders (Fashion-MNIST's training images, written once from Debian's
# dataset-fashion-mnist IDX files): decoding on one thread, a whole images data-set load on every processor, the
# IDX load of the same pixels, and Pillow decoding the same PNGs (1 and N processes) as the peer.
# Builds against the reactor's target/classes, so nothing is installed into ~/.m2.
# Usage: benchmarks/image-load.sh [runs (3)] [png folder (benchmarks/target/fashion-png)]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
runs="${1:-3}"
out="$here/target/image-load"
png="${2:-$here/target/fashion-png}"
idx=/usr/share/datasets/fashion-mnist
mkdir -p "$out/classes"
mvn -B -q -o -f "$root/pom.xml" -pl search-spaces,search-engine,evaluators -DskipTests package \
    dependency:build-classpath -DexcludeGroupIds=io.automl -Dmdep.outputFile=target/cp.txt >&2
cp="$root/search-spaces/target/classes:$root/search-engine/target/classes:$root/evaluators/target/classes"
cp="$cp:$(cat "$root/evaluators/target/cp.txt")"
javac -d "$out/classes" -cp "$cp" "$here/src/main/java/io/automl/bench/ImageLoad.java"
uptime >&2
java -Xmx6g -cp "$out/classes:$cp" io.automl.bench.ImageLoad "$png" "$idx/train-images-idx3-ubyte.gz" \
    "$idx/train-labels-idx1-ubyte.gz" "$runs" | tee "$out/java.csv"
/usr/bin/python3 "$here/pil_image_load.py" "$png" "$runs" "$(nproc)" | tee "$out/pillow.csv"
uptime >&2
