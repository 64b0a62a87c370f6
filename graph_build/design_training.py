"""Train the design model (graph_build.design_model) from the development sets' gold.

Rows: every paper listed in data/design_training/blind_readings.tsv, which holds what the cue rules
read on that paper at the commit that added its gold, before any rule was made from it
(scripts/blind_readings.sh regenerates it from git history). A set measured blind and not yet
listed there, such as one held out for the session's final measurement, is not trained on.
Labels come from the sets' gold files; the text from today's parser. Needs scikit-learn (the
``train`` extra); scoring the trained model does not.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from cytokg.config import DATA_DIR
from cytokg.graph_build import design_model

READINGS_FILE = Path(__file__).resolve().parent / "data" / "design_training" / "blind_readings.tsv"
C = 4.0  # inverse regularisation strength; 1-10 score alike in grouped cross-validation
RULE_SCALE = 0.5  # the rules' features next to the l2-normalised text row
MIN_DF = 2  # a word or pair must occur in two training papers
FOLDS = 10


@dataclass(frozen=True)
class Row:
    set: str
    paper: str
    design: str  # the gold's
    title: str | None
    sentences: tuple[str, ...]
    rule_design: str | None  # the rules' blind reading
    rule_count: int | None


def blind_readings(path: Path = READINGS_FILE) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def paper_text(paper: Path) -> tuple[str | None, tuple[str, ...]]:
    """Title and clean sentences, exactly as extract_study hands them to the model."""
    from cytokg.graph_build import documents, parse
    from cytokg.graph_build.normalize import clean_view

    parsed = parse.parse_document(documents.read_document(paper, doc_id=paper.stem))
    return parsed.metadata.title, tuple(clean_view(s.text).text for s in parsed.sentences)


def rows(data_dir: Path = DATA_DIR, readings: Path = READINGS_FILE) -> list[Row]:
    from cytokg.graph_build.heldout import GOLD_SUFFIX, load_gold

    out = []
    for r in blind_readings(readings):
        gold = load_gold(data_dir / r["set"] / (r["paper"] + GOLD_SUFFIX))
        title, sentences = paper_text(gold.paper)
        out.append(Row(r["set"], r["paper"], gold.design, title, sentences,
                       r["design"] or None, int(r["patients"]) if r["patients"] else None))
    return out


def _matrices(train: list[Row], test: list[Row] = ()):
    from scipy.sparse import hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer

    text = TfidfVectorizer(analyzer=design_model.features, min_df=MIN_DF, sublinear_tf=True)
    ruled = DictVectorizer()

    def texts(rs):
        return [design_model.document_text(r.title, r.sentences) for r in rs]

    def rules(rs):
        return [design_model.rule_features(r.rule_design, r.rule_count) for r in rs]

    x_train = hstack([text.fit_transform(texts(train)),
                      ruled.fit_transform(rules(train)) * RULE_SCALE]).tocsr()
    x_test = hstack([text.transform(texts(test)), ruled.transform(rules(test)) * RULE_SCALE]
                    ).tocsr() if test else None
    return text, ruled, x_train, x_test


def _classifier():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000)


def cross_validate(data: list[Row]) -> dict:
    """Grouped by set (a set's papers share an annotator): accuracy of the rules' blind reading
    and of the model, each paper predicted by a model that saw none of its set."""
    from sklearn.model_selection import GroupKFold

    predicted = [None] * len(data)
    groups = [r.set for r in data]
    for train_i, test_i in GroupKFold(n_splits=FOLDS).split(data, groups=groups):
        train, test = [data[i] for i in train_i], [data[i] for i in test_i]
        _, _, x_train, x_test = _matrices(train, test)
        clf = _classifier().fit(x_train, [r.design for r in train])
        for i, label in zip(test_i, clf.predict(x_test), strict=True):
            predicted[i] = label
    n = len(data)
    return {"papers": n, "sets": len(set(groups)),
            "rules_blind_accuracy": round(sum(r.rule_design == r.design for r in data) / n, 3),
            "model_accuracy": round(sum(p == r.design for p, r in zip(predicted, data,
                                                                      strict=True)) / n, 3)}


def fit(data: list[Row]):
    """The fitted vectorizers and classifier (scikit-learn objects) over every row."""
    text, ruled, x_train, _ = _matrices(data)
    return text, ruled, _classifier().fit(x_train, [r.design for r in data])


def train(data: list[Row], cv: dict | None = None) -> dict:
    """Fit on every row; the model as the JSON design_model reads."""
    return to_dict(*fit(data), data, cv)


def to_dict(text, ruled, clf, data: list[Row], cv: dict | None = None) -> dict:
    import sklearn

    n_text = len(text.vocabulary_)
    names = [None] * n_text
    for name, i in text.vocabulary_.items():
        names[i] = name
    coef = clf.coef_
    return {
        "classes": list(clf.classes_),
        "features": names,
        "idf": [round(float(v), 6) for v in text.idf_],
        "weights": [[round(float(coef[k, i]), 6) for k in range(len(clf.classes_))]
                    for i in range(n_text)],
        "rule_weights": {name: [round(float(coef[k, n_text + j]) * RULE_SCALE, 6)
                                for k in range(len(clf.classes_))]
                         for name, j in sorted(ruled.vocabulary_.items())},
        "intercept": [round(float(v), 6) for v in clf.intercept_],
        "meta": {
            "trained_on": f"{len(data)} papers of {len({r.set for r in data})} development sets "
                          f"({READINGS_FILE.name})",
            "estimator": f"sklearn {sklearn.__version__} LogisticRegression(C={C}) over "
                         f"TfidfVectorizer(words + pairs, min_df={MIN_DF}, sublinear_tf) and "
                         f"the rules' blind design and count (scale {RULE_SCALE})",
            "cross_validation": cv,
        },
    }
