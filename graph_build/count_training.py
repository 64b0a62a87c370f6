"""Train the count model (graph_build.count_model) from the development sets' gold.

Rows: every paper of data/design_training/blind_readings.tsv whose gold counts patients (not a
review), with the count and design the rules read on it blind, at the commit that added its gold.
Each row's candidates are labelled by whether their value is the gold's count; a paper whose
candidates miss the gold still teaches which values are not it. Needs scikit-learn (the
``train`` extra); scoring the trained model does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cytokg.config import DATA_DIR
from cytokg.graph_build import count_model
from cytokg.graph_build.design_training import READINGS_FILE, blind_readings, paper_text

C = 1.0  # inverse regularisation strength; .3 to 3 score within a point in grouped CV
MIN_PAPERS = 2  # a feature must occur in two training papers
FOLDS = 10


@dataclass(frozen=True)
class Row:
    set: str
    paper: str
    patients: int  # the gold's
    sentences: tuple[str, ...]
    rule_count: int | None  # the rules' blind reading
    rule_design: str | None

    def candidates(self) -> list[count_model.Candidate]:
        return count_model.candidates(self.sentences, self.rule_count, self.rule_design)


def rows(data_dir: Path = DATA_DIR, readings: Path = READINGS_FILE) -> list[Row]:
    from cytokg.graph_build.heldout import GOLD_SUFFIX, load_gold

    out = []
    for r in blind_readings(readings):
        gold = load_gold(data_dir / r["set"] / (r["paper"] + GOLD_SUFFIX))
        if gold.patients is None:
            continue
        _, sentences = paper_text(gold.paper)
        out.append(Row(r["set"], r["paper"], gold.patients, sentences,
                       int(r["patients"]) if r["patients"] else None, r["design"] or None))
    return out


def _examples(data: list[Row]) -> tuple[list[list[count_model.Candidate]], list[str]]:
    """Each row's candidates, and the features seen in at least MIN_PAPERS rows."""
    per_row = [r.candidates() for r in data]
    papers: dict[str, int] = {}
    for found in per_row:
        for f in set().union(*(c.features for c in found)) if found else ():
            papers[f] = papers.get(f, 0) + 1
    return per_row, sorted(f for f, n in papers.items() if n >= MIN_PAPERS)


def fit(data: list[Row]):
    """The kept feature names and the fitted classifier (scikit-learn) over every candidate."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    per_row, names = _examples(data)
    index = {f: i for i, f in enumerate(names)}
    x_rows, x_cols, labels = [], [], []
    for row, found in zip(data, per_row, strict=True):
        for c in found:
            cols = sorted(index[f] for f in c.features if f in index)
            x_rows += [len(labels)] * len(cols)
            x_cols += cols
            labels.append(c.value == row.patients)
    x = csr_matrix(([1.0] * len(x_cols), (x_rows, x_cols)), shape=(len(labels), len(names)))
    return names, LogisticRegression(C=C, max_iter=5000).fit(x, labels)


def to_dict(names: list[str], clf, data: list[Row], cv: dict | None = None) -> dict:
    import sklearn

    return {
        "features": names,
        "weights": [round(float(w), 6) for w in clf.coef_[0]],
        "intercept": round(float(clf.intercept_[0]), 6),
        "meta": {
            "trained_on": f"{len(data)} papers of {len({r.set for r in data})} development sets "
                          f"({READINGS_FILE.name}), reviews left out",
            "estimator": f"sklearn {sklearn.__version__} LogisticRegression(C={C}) over binary "
                         f"candidate features seen in >= {MIN_PAPERS} papers",
            "cross_validation": cv,
        },
    }


def train(data: list[Row], cv: dict | None = None) -> dict:
    """Fit on every row; the model as the JSON count_model reads."""
    return to_dict(*fit(data), data, cv)


def cross_validate(data: list[Row]) -> dict:
    """Grouped by set: how often the rules' blind count, the model's call alone, and the count
    as used (the rules' count, the call only where they read none: count_model.used) are right,
    each paper read by a model that saw none of its set."""
    from sklearn.model_selection import GroupKFold

    calls: list[count_model.CountCall | None] = [None] * len(data)
    groups = [r.set for r in data]
    for train_i, test_i in GroupKFold(n_splits=FOLDS).split(data, groups=groups):
        model = count_model.CountModel.from_dict(to_dict(*fit([data[i] for i in train_i]), []))
        for i in test_i:
            r = data[i]
            calls[i] = model.predict(r.sentences, r.rule_count, r.rule_design)
    n = len(data)
    used = [count_model.used(call, r.rule_count) for r, call in zip(data, calls, strict=True)]
    return {
        "papers": n, "sets": len(set(groups)),
        "rules_blind_accuracy": round(sum(r.rule_count == r.patients for r in data) / n, 3),
        "model_accuracy": round(sum(bool(c) and c.value == r.patients
                                    for r, c in zip(data, calls, strict=True)) / n, 3),
        "used_accuracy": round(sum(u == r.patients for u, r in zip(used, data, strict=True)) / n,
                               3),
    }
