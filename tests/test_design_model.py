"""The learned design reading (graph_build.design_model): scored as scikit-learn scores it, the
committed model is what the committed blind readings train, and study_facts follows a call as
its docstring says. Probe papers are invented; the small models of the behaviour tests are real
DesignModel objects with weights set by hand, so the tests say which word moved the call."""

from __future__ import annotations

import json
from functools import cache

import pytest

from cytokg.config import DATA_DIR
from cytokg.graph_build import design_model, design_training
from cytokg.graph_build.documents import read_document
from cytokg.graph_build.extract import extract_facts
from cytokg.graph_build.heldout import DESIGNS, GOLD_SUFFIX
from cytokg.graph_build.mentions import find_mentions
from cytokg.graph_build.parse import parse_document

sklearn = pytest.importorskip("sklearn")


def test_features_are_words_and_word_pairs_with_numbers_as_zero():
    assert design_model.features("Nine patients (n = 9).") == [
        "nine", "patients", "n", "0", "nine patients", "patients n", "n 0"]
    assert design_model.tokens("A 2.5-mg dose in 1,873 cases") == [
        "a", "0", "mg", "dose", "in", "0", "cases"]


@pytest.mark.parametrize("count, bucket", [
    (None, "none"), (1, "1"), (2, "2-5"), (5, "2-5"), (6, "6-10"), (30, "11-30"),
    (31, "31-100"), (101, ">100")])
def test_the_rules_count_is_read_in_buckets(count, bucket):
    assert design_model.rule_features("CaseSeriesDesign", count) == {
        "rule_design=CaseSeriesDesign": 1.0, f"rule_count={bucket}": 1.0}


def test_blind_readings_cover_whole_sets_of_gold_papers():
    readings = design_training.blind_readings()
    keys = [(r["set"], r["paper"]) for r in readings]
    assert len(keys) == len(set(keys)) > 900
    for name in {s for s, _ in keys}:
        folder = DATA_DIR / name
        papers = {g.name.removesuffix(GOLD_SUFFIX) for g in folder.glob("*" + GOLD_SUFFIX)}
        assert papers == {p for s, p in keys if s == name}, name
    for r in readings:
        assert r["design"] in DESIGNS | {""}, r
        assert r["patients"] == "" or int(r["patients"]) > 0, r
        assert len(r["commit"]) >= 7, r


def test_a_set_read_at_a_later_commit_says_why_and_is_read_there():
    """read_at.tsv: sets whose gold commit could not be read (scripts/blind_readings.sh)."""
    import csv
    from pathlib import Path

    table = Path(design_training.__file__).parent / "data" / "design_training" / "read_at.tsv"
    with table.open(encoding="utf-8", newline="") as handle:
        later = list(csv.DictReader(handle, delimiter="\t"))
    commits = {(r["set"], r["commit"]) for r in design_training.blind_readings()}
    assert later
    for row in later:
        assert len(row["why"]) > 40, row  # a reason, not a label
        assert {c for s, c in commits if s == row["set"]} == {row["commit"]}, row


@cache
def rows() -> tuple:
    return tuple(design_training.rows())


@pytest.mark.slow
def test_plain_python_scoring_equals_scikit_learn():
    data = list(rows())
    train, test = data[::2], data[1::2][:80]
    text, ruled, clf = design_training.fit(train)
    model = design_model.DesignModel.from_dict(design_training.to_dict(text, ruled, clf, train))
    _, _, _, x_test = design_training._matrices(train, test)
    expected = clf.predict_proba(x_test)
    for row, probabilities in zip(test, expected, strict=True):
        call = model.predict(row.title, row.sentences, row.rule_design, row.rule_count)
        got = dict(call.probabilities)
        for k, name in enumerate(clf.classes_):
            assert got[name] == pytest.approx(probabilities[k], abs=1e-4), (row.paper, name)


@pytest.mark.slow
def test_committed_model_is_what_the_committed_readings_train():
    committed = json.loads(design_model.MODEL_FILE.read_text(encoding="utf-8"))
    retrained = design_training.train(list(rows()))
    assert retrained["classes"] == committed["classes"]
    assert retrained["features"] == committed["features"]
    assert retrained["idf"] == committed["idf"]
    # compared by what the two predict, not weight by weight: the solver's stopping point moves
    # with the scipy release inside flat directions no call depends on (the uses model's did)
    fresh, kept = (design_model.DesignModel.from_dict(m) for m in (retrained, committed))
    drift, flipped = [], 0
    for row in rows():
        a, b = (m.predict(row.title, row.sentences, row.rule_design, row.rule_count)
                for m in (fresh, kept))
        drift += [abs(x - y) for (_, x), (_, y) in zip(a.probabilities, b.probabilities,
                                                       strict=True)]
        flipped += a.design != b.design
    assert max(drift) < 0.1
    assert flipped <= len(rows()) / 100
    assert committed["meta"]["cross_validation"]["papers"] == len(rows())


def hand_model(weights: dict[str, dict[str, float]], **rule_weights) -> design_model.DesignModel:
    """A DesignModel whose features and weights are given: {feature: {design: weight}}."""
    classes = sorted(DESIGNS)
    names = sorted(weights)
    return design_model.DesignModel.from_dict({
        "classes": classes, "features": names, "idf": [1.0] * len(names),
        "weights": [[weights[n].get(c, 0.0) for c in classes] for n in names],
        "rule_weights": {k.replace("__", "="): [v.get(c, 0.0) for c in classes]
                         for k, v in rule_weights.items()},
        "intercept": [0.0] * len(classes), "meta": {}})


def mined_study(tmp_path, monkeypatch, model, text: str):
    monkeypatch.setattr(design_model, "model", lambda: model)
    paper = tmp_path / "paper.txt"
    paper.write_text(text, encoding="utf-8")
    document = read_document(paper)
    parsed = parse_document(document)
    facts = extract_facts(parsed, find_mentions(parsed))
    return document, next((f for f in facts if f.kind == "Study"), None)


SERIES = ("Anakinra in Schnitzler syndrome\n\nWe followed four adults with Schnitzler syndrome. "
          "We summarise what earlier reports found about anakinra. All four received anakinra.\n")


def test_rules_alone_read_the_probe_as_a_case_series(tmp_path, monkeypatch):
    _, study = mined_study(tmp_path, monkeypatch, None, SERIES)
    assert study.value("hasStudyDesign") == "CaseSeriesDesign"
    assert study.value("numberOfPatients") == 4
    assert study.confidence == 0.7
    assert study.reading_method == "RuleReading"


@pytest.mark.parametrize("weights, design, patients, quoted, confidence, reading", [
    # a review called over the rules' series stands: no count, its own sentence quoted
    ({"earlier reports": {"NarrativeReviewDesign": 40.0}}, "NarrativeReviewDesign", None,
     "earlier reports", (0.99, 1.0), "ModelReading"),
    # a call that agrees keeps the rules' quote (and gives its probability)
    ({"followed": {"CaseSeriesDesign": 3.0}}, "CaseSeriesDesign", 4, "We followed four adults",
     (0.5, 0.99), "ModelRescoredReading"),
    # a case report called over four patients is no call the count can follow: the rules stay
    ({"adults": {"CaseReportDesign": 40.0}}, "CaseSeriesDesign", 4, "We followed four adults",
     (0.7, 0.7), "RuleReading"),
])
def test_study_facts_follow_the_call(tmp_path, monkeypatch, weights, design, patients, quoted,
                                     confidence, reading):
    document, study = mined_study(tmp_path, monkeypatch, hand_model(weights), SERIES)
    assert (study.value("hasStudyDesign"), study.value("numberOfPatients")) == (design, patients)
    span = study.spans[0]
    assert quoted in span.quote and document.text[span.start:span.end] == span.quote
    assert confidence[0] <= study.confidence <= confidence[1]
    assert study.reading_method == reading


def test_a_series_called_over_a_rules_review_reads_the_count_afresh(tmp_path, monkeypatch):
    text = ("Tocilizumab in Takayasu arteritis: a review\n\nThis review covers what is known. "
            "At our centre, seven patients received tocilizumab. Outcomes improved (p=0.01).\n")
    _, rules = mined_study(tmp_path, monkeypatch, None, text)
    assert rules.value("hasStudyDesign") == "NarrativeReviewDesign"
    model = hand_model({"our centre": {"CaseSeriesDesign": 40.0}})
    _, study = mined_study(tmp_path, monkeypatch, model, text)
    assert study.value("hasStudyDesign") == "CaseSeriesDesign"
    assert study.value("numberOfPatients") == 7


def test_a_titles_study_genre_stands_against_the_model(tmp_path, monkeypatch):
    """Round 379: the genre a title gives ("...: a retrospective series") outranks the body's
    words for the model as for the rules' cues (round 376's retrain read this as a cohort)."""
    text = ("Baricitinib in juvenile dermatomyositis: a retrospective series\n\nWe "
            "retrospectively reviewed children with juvenile dermatomyositis who received "
            "baricitinib. Seven children were included.\n")
    model = hand_model({"retrospectively": {"RetrospectiveCohortDesign": 40.0}})
    _, study = mined_study(tmp_path, monkeypatch, model, text)
    assert (study.value("hasStudyDesign"), study.value("numberOfPatients")) == (
        "CaseSeriesDesign", 7)
    assert study.reading_method == "RuleReading"


def test_a_series_called_over_a_rules_case_report_reads_the_count_afresh(tmp_path, monkeypatch):
    """A case report's one patient is the design's, not a count the paper states: a series
    called over it counts the patients the letter follows (blindtest161 p704, round 76)."""
    text = ("Anakinra and COVID-19 in recurrent pericarditis\n\nTo the Editor: we have followed "
            "six patients with recurrent pericarditis who caught COVID-19 while on anakinra. "
            "Patient 3 was a 40-year-old woman taking anakinra 100 mg daily.\n")
    _, rules = mined_study(tmp_path, monkeypatch, None, text)
    assert (rules.value("hasStudyDesign"), rules.value("numberOfPatients")) == (
        "CaseReportDesign", 1)
    model = hand_model({"followed": {"CaseSeriesDesign": 40.0}})
    _, study = mined_study(tmp_path, monkeypatch, model, text)
    assert study.value("hasStudyDesign") == "CaseSeriesDesign"
    assert study.value("numberOfPatients") == 6


def test_with_nothing_read_by_the_rules_an_unsure_model_names_no_study(tmp_path, monkeypatch):
    text = "Letter\n\nWe thank the editor for the chance to reply to the comments.\n"
    _, rules = mined_study(tmp_path, monkeypatch, None, text)
    assert rules is None
    unsure = hand_model({"editor": {"CaseReportDesign": 0.5}})
    assert mined_study(tmp_path, monkeypatch, unsure, text)[1] is None
    sure = hand_model({"editor": {"NarrativeReviewDesign": 40.0}})
    assert mined_study(tmp_path, monkeypatch, sure, text)[1].value(
        "hasStudyDesign") == "NarrativeReviewDesign"


def test_the_committed_model_loads_and_reads_an_invented_trial():
    model = design_model.model()
    assert model is not None and set(model.classes) == DESIGNS
    title = "Sarilumab in polymyalgia rheumatica"
    sentences = ["In this double-blind trial, 118 patients were randomly assigned to sarilumab "
                 "or placebo.", "Sustained remission was more frequent with sarilumab (p<0.001)."]
    call = model.predict(title, sentences, "RandomizedTrialDesign", 118)
    assert call.design == "RandomizedTrialDesign" and call.probability > 0.5
    assert model.support(title, sentences, "RandomizedTrialDesign") == 0


@pytest.mark.parametrize("title, sentences", [
    ("Letter", ["We thank the editor for the chance to reply to the comments."]),
    (None, ["Erratum.", "In the article by Smith et al., the dose of anakinra in Table 2 should "
                        "read 100 mg."]),
    ("Tocilizumab", ["Tocilizumab is a humanized monoclonal antibody against the "
                     "interleukin-6 receptor."])])
def test_the_committed_model_alone_names_no_study_for_a_text_that_is_none(title, sentences):
    # (after the retrain on 3412 a letter read .51, a review, over MIN_PROBABILITY_ALONE: no
    # more than the empty paper's .52, so the call is the model's prior, not the text's)
    model = design_model.model()
    assert not model.stands_alone(model.predict(title, sentences, None, None))


def test_a_call_made_alone_stands_only_where_the_paper_moved_the_model(tmp_path, monkeypatch):
    """Round 219: a model whose prior (its call on an empty paper) is already a sure review names
    no design for a text with no word it knows; a word that moves it past the prior does."""
    model = hand_model({"lorem": {"NarrativeReviewDesign": 3.0}},
                       rule_design__None={"NarrativeReviewDesign": 3.0})
    empty = model.empty_call()
    assert empty.design == "NarrativeReviewDesign" and empty.probability > 0.5
    letter = "Letter\n\nWe thank the editor for the chance to reply to the comments.\n"
    assert mined_study(tmp_path, monkeypatch, model, letter)[1] is None
    moved = "Letter\n\nWe thank the editor for the chance to reply to lorem.\n"
    assert mined_study(tmp_path, monkeypatch, model, moved)[1].value(
        "hasStudyDesign") == "NarrativeReviewDesign"


def test_the_committed_model_alone_names_a_review_the_rules_cannot_read(tmp_path, monkeypatch):
    text = ("Interleukin-6 blockade in cytokine storms\n\n"
            "What is known of tocilizumab and siltuximab in cytokine release syndrome, COVID-19 "
            "and Castleman disease is summarised. The evidence, the open questions and the "
            "guidelines are discussed, and future directions are outlined.\n")
    committed = design_model.model()
    assert mined_study(tmp_path, monkeypatch, None, text)[1] is None
    _, study = mined_study(tmp_path, monkeypatch, committed, text)
    assert study.value("hasStudyDesign") == "NarrativeReviewDesign"
    assert study.value("numberOfPatients") is None
    assert design_model.MIN_PROBABILITY_ALONE <= study.confidence < 0.8
