"""Train the uses model (graph_build.uses_model) from the development sets' gold.

Rows: every candidate pair of every paper listed in data/design_training/blind_readings.tsv,
whose ``uses`` column holds the pairs the use rules read on that paper at the commit that added
its gold, before any rule was made from it (scripts/blind_readings.sh). Labels: whether the
set's gold lists the pair. Mentions come from today's parser and lexicon. Needs scikit-learn
(the ``train`` extra); scoring the trained model does not.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from cytokg.config import DATA_DIR
from cytokg.graph_build import uses_model
from cytokg.graph_build.design_training import READINGS_FILE, blind_readings

C = 0.5  # inverse regularisation strength
MIN_COUNT = 3  # a feature must occur in three training candidates
FOLDS = 10


@dataclass(frozen=True)
class Paper:
    set: str
    paper: str
    gold: frozenset[tuple[str, str]]
    rules: frozenset[tuple[str, str]]  # the rules' blind reading
    candidates: tuple[uses_model.Candidate, ...]


def parse_pairs(cell: str) -> frozenset[tuple[str, str]]:
    """'DRUGBANK:DB1 MONDO:1;MESH:D2 MONDO:1' -> {(drug, disease), ...}."""
    return frozenset(tuple(p.split(" ")) for p in cell.split(";") if p)  # type: ignore[misc]


def format_pairs(pairs) -> str:
    return ";".join(f"{d} {s}" for d, s in sorted(pairs))


def paper_candidates(paper: Path, rule_pairs) -> tuple[uses_model.Candidate, ...]:
    """The candidates exactly as the build scores them (today's parser and mentions)."""
    from cytokg.graph_build import documents, mentions, parse

    parsed = parse.parse_document(documents.read_document(paper, doc_id=paper.stem))
    return tuple(uses_model.candidates(parsed, mentions.find_mentions(parsed), rule_pairs))


def papers(data_dir: Path = DATA_DIR, readings: Path = READINGS_FILE,
           sets: set[str] | None = None) -> list[Paper]:
    from cytokg.graph_build.heldout import GOLD_SUFFIX, load_gold

    out = []
    for r in blind_readings(readings):
        if sets is not None and r["set"] not in sets:
            continue
        gold = load_gold(data_dir / r["set"] / (r["paper"] + GOLD_SUFFIX))
        rules = parse_pairs(r["uses"])
        out.append(Paper(r["set"], r["paper"], frozenset(gold.uses), rules,
                         paper_candidates(gold.paper, rules)))
    return out


def _rows(data: list[Paper]):
    x, y = [], []
    for p in data:
        for c in p.candidates:
            x.append(c.features)
            y.append(int((c.drug, c.disease) in p.gold))
    return x, y


def fit(data: list[Paper]):
    """The fitted vectorizer and classifier (scikit-learn objects) over every candidate."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x, y = _rows(data)
    seen = Counter(k for f in x for k in f)
    keep = {k for k, n in seen.items() if n >= MIN_COUNT}
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([{k: v for k, v in f.items() if k in keep} for f in x])
    return vectorizer, LogisticRegression(C=C, max_iter=4000).fit(matrix, y)


def score(data: list[Paper], predicted: list[set]) -> dict:
    """Micro precision / recall / F1 over pairs, and how many sets reach F1 >= 0.8."""
    tp = fp = fn = 0
    per_set: dict[str, list[int]] = {}
    for p, pred in zip(data, predicted, strict=True):
        counts = (len(pred & p.gold), len(pred - p.gold), len(p.gold - pred))
        tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
        s = per_set.setdefault(p.set, [0, 0, 0])
        for i in range(3):
            s[i] += counts[i]
    return {**_prf(tp, fp, fn),
            "sets_f1_0.8": sum(_prf(*v)["f1"] >= 0.8 or not sum(v) for v in per_set.values())}


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def predict(model: uses_model.UsesModel, data: list[Paper]) -> list[set]:
    return [{(c.drug, c.disease) for c in p.candidates
             if model.probability(c.features) >= uses_model.MIN_PROBABILITY} for p in data]


def cross_validate(data: list[Paper]) -> dict:
    """Grouped by set (a set's papers share an annotator): the rules' blind pairs and the
    model's, each paper scored by a model that saw none of its set."""
    from sklearn.model_selection import GroupKFold

    predicted: list[set] = [set()] * len(data)
    groups = [p.set for p in data]
    for train_i, test_i in GroupKFold(n_splits=FOLDS).split(data, groups=groups):
        trained = uses_model.UsesModel.from_dict(to_dict(*fit([data[i] for i in train_i]), []))
        for i, pred in zip(test_i, predict(trained, [data[i] for i in test_i]), strict=True):
            predicted[i] = pred
    return {"papers": len(data), "sets": len(set(groups)),
            "rules_blind": score(data, [set(p.rules) for p in data]),
            "model": score(data, predicted)}


def train(data: list[Paper], cv: dict | None = None) -> dict:
    """Fit on every candidate; the model as the JSON uses_model reads."""
    return to_dict(*fit(data), data, cv)


def to_dict(vectorizer, clf, data: list[Paper], cv: dict | None = None) -> dict:
    import sklearn

    names = vectorizer.feature_names_
    return {
        "features": list(names),
        "weights": [round(float(w), 6) for w in clf.coef_[0]],
        "intercept": round(float(clf.intercept_[0]), 6),
        "meta": {
            "trained_on": f"{sum(len(p.candidates) for p in data)} candidate pairs of "
                          f"{len(data)} papers of {len({p.set for p in data})} development sets "
                          f"({READINGS_FILE.name})",
            "estimator": f"sklearn {sklearn.__version__} LogisticRegression(C={C}) over "
                         f"DictVectorizer (features in at least {MIN_COUNT} candidates)",
            "min_probability": uses_model.MIN_PROBABILITY,
            "cross_validation": cv,
        },
    }
