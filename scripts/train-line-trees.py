"""Trains the plain-text cleaner's line trees (Resources/linemodel/context.bin).

Input: the context features of every labelled train line that `newsdesk-train lines` writes
(tab-separated: the class, 0 leftover, 1 body, 2 title, 3 credit; then the features of
`LineContext`). Fits scikit-learn's histogram gradient boosting (multinomial, a body line
weighing four times another, fixed iterations and seed: the same input gives the same trees)
and writes the trees in the format `LineTrees` reads (little-endian): "NDLT", version 1,
classes, features, trees (UInt32 each), each class's baseline score (Float32), then each tree:
its class and node count (UInt32), and per node the feature (Int32, -1 for a leaf), the
threshold (Float32, a value at or under it goes left), the left and right child (UInt32) and
the leaf value (Float32). Checks that the written trees give scikit-learn's own scores.

Usage: python scripts/train-line-trees.py CONTEXT_TSV OUTPUT (scripts/build-line-model.sh).
"""

import struct
import sys

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

ITERATIONS = 100
LEAVES = 15
RATE = 0.15
BODY_WEIGHT = 4.0
CLASSES = 4


def trees_of(model):
    baseline = np.asarray(model._baseline_prediction, dtype=np.float64).reshape(-1)
    trees = []
    for iteration in model._predictors:
        for label, predictor in enumerate(iteration):
            nodes = predictor.nodes
            rows = []
            for node in nodes:
                leaf = bool(node["is_leaf"])
                rows.append((-1 if leaf else int(node["feature_idx"]), 0.0 if leaf else float(node["num_threshold"]),
                             0 if leaf else int(node["left"]), 0 if leaf else int(node["right"]), float(node["value"]) if leaf else 0.0))
            trees.append((label, rows))
    return baseline, trees


def raw_scores(baseline, trees, features):
    scores = np.tile(baseline.astype(np.float32), (len(features), 1))
    for label, rows in trees:
        for index, row in enumerate(features):
            node = 0
            while rows[node][0] >= 0:
                feature, threshold, left, right, _ = rows[node]
                node = left if np.float32(row[feature]) <= np.float32(threshold) else right
            scores[index, label] += np.float32(rows[node][4])
    return scores


def encode(baseline, trees, features):
    out = bytearray(b"NDLT")
    out += struct.pack("<IIII", 1, CLASSES, features, len(trees))
    out += struct.pack(f"<{CLASSES}f", *baseline)
    for label, rows in trees:
        out += struct.pack("<II", label, len(rows))
        for feature, threshold, left, right, value in rows:
            out += struct.pack("<ifIIf", feature, threshold, left, right, value)
    return bytes(out)


def main():
    data = np.loadtxt(sys.argv[1], dtype=np.float32, delimiter="\t")
    labels, features = data[:, 0].astype(int), data[:, 1:]
    assert set(labels) == set(range(CLASSES)), "every class needs examples"
    model = HistGradientBoostingClassifier(max_iter=ITERATIONS, learning_rate=RATE, max_leaf_nodes=LEAVES,
                                           early_stopping=False, random_state=0)
    model.fit(features, labels, sample_weight=np.where(labels == 1, BODY_WEIGHT, 1.0))
    baseline, trees = trees_of(model)
    sample = features[:: max(1, len(features) // 2000)]
    assert np.allclose(raw_scores(baseline, trees, sample), model._raw_predict(sample), atol=1e-3), "written trees disagree with scikit-learn"
    with open(sys.argv[2], "wb") as handle:
        handle.write(encode(baseline, trees, features.shape[1]))
    accuracy = (model.predict(features) == labels).mean()
    print(f"{len(features)} train lines, {len(trees)} trees, training accuracy {accuracy:.4f} -> {sys.argv[2]}", file=sys.stderr)


if __name__ == "__main__":
    main()
