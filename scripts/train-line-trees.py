"""Trains the plain-text cleaner's line trees (Resources/linemodel/context.bin) or its title
ranker (Resources/linemodel/title.bin).

Input, `lines`: the context features of every labelled train line that `newsdesk-train lines`
writes (tab-separated: the class, 0 leftover, 1 body, 2 title, 3 credit; then the features of
`LineContext`); fitted as multinomial, a body line weighing four times another. Input,
`titles`: the title candidates of the train pages (`--title-out`: page, line, 1 for the
headline, then the features of `TitleFeatures`); fitted as binary (one class whose score is
the log-odds), regularised, for the ranker takes the best-scored line of a page. Both use
scikit-learn's histogram gradient boosting with fixed iterations and seed (the same input gives
the same trees) and write the trees in the format `LineTrees` reads (little-endian): "NDLT", version 1,
classes, features, trees (UInt32 each), each class's baseline score (Float32), then each tree:
its class and node count (UInt32), and per node the feature (Int32, -1 for a leaf), the
threshold (Float32, a value at or under it goes left), the left and right child (UInt32) and
the leaf value (Float32). Checks that the written trees give scikit-learn's own scores.

Usage: python scripts/train-line-trees.py lines|titles INPUT_TSV OUTPUT (scripts/build-line-model.sh).
"""

import struct
import sys

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

# Per kind: leading columns before the class, classes (1: binary), how much more a body line
# (class 1) weighs, and the boosting settings (chosen on the dev split, bench/dumps.sh).
KINDS = {
    "lines": dict(skip=0, classes=4, body_weight=4.0, settings=dict(max_iter=100, learning_rate=0.15, max_leaf_nodes=15)),
    "titles": dict(skip=2, classes=1, body_weight=1.0, settings=dict(max_iter=300, learning_rate=0.05, max_leaf_nodes=15,
                                                                    l2_regularization=1.0, min_samples_leaf=100)),
}


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
    out += struct.pack("<IIII", 1, len(baseline), features, len(trees))
    out += struct.pack(f"<{len(baseline)}f", *baseline)
    for label, rows in trees:
        out += struct.pack("<II", label, len(rows))
        for feature, threshold, left, right, value in rows:
            out += struct.pack("<ifIIf", feature, threshold, left, right, value)
    return bytes(out)


def main():
    kind, source, output = KINDS[sys.argv[1]], sys.argv[2], sys.argv[3]
    data = np.loadtxt(source, dtype=np.float32, delimiter="\t", ndmin=2)
    labels, features = data[:, kind["skip"]].astype(int), data[:, kind["skip"] + 1:]
    assert set(labels) == set(range(max(2, kind["classes"]))), "every class needs examples"
    model = HistGradientBoostingClassifier(**kind["settings"], early_stopping=False, random_state=0)
    model.fit(features, labels, sample_weight=np.where(labels == 1, kind["body_weight"], 1.0))
    baseline, trees = trees_of(model)
    sample = features[:: max(1, len(features) // 2000)]
    assert np.allclose(raw_scores(baseline, trees, sample), model._raw_predict(sample), atol=1e-3), "written trees disagree with scikit-learn"
    with open(output, "wb") as handle:
        handle.write(encode(baseline, trees, features.shape[1]))
    accuracy = (model.predict(features) == labels).mean()
    print(f"{len(features)} train rows, {len(trees)} trees, training accuracy {accuracy:.4f} -> {output}", file=sys.stderr)


if __name__ == "__main__":
    main()
