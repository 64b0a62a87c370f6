"""The blind TEST set (cytokg/data/blindtest): gold valid and paired, evaluation runs end to end.

This set is for measuring, never for tuning (see its SOURCES.md). No score thresholds here: the
tests check that the gold loads with the real loader, uses only known ids, records what the papers
say, and that the real pipeline scores it with numbers in [0, 1].
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cytokg.graph_build.heldout import DESIGNS, evaluate_heldout, known_curies, load_all, pairs

from cytokg.config import DATA_DIR

BLIND_DIR = Path(DATA_DIR) / "blindtest"


@pytest.fixture(scope="module")
def golds():
    return {g.paper.stem: g for g in load_all(BLIND_DIR)}


def test_papers_and_gold_pair_up():
    found = pairs(BLIND_DIR)
    assert len(found) == 10
    for paper, gold in found:
        assert gold.name == paper.stem + ".gold.yaml"
        words = len(paper.read_text(encoding="utf-8").split())
        assert 150 <= words <= 400, (paper.name, words)
    assert (BLIND_DIR / "SOURCES.md").is_file()


def test_every_gold_id_is_in_lexicon_or_reference(golds):
    known = known_curies()
    for name, gold in golds.items():
        assert gold.design in DESIGNS, name
        assert gold.entities and gold.entities <= known, (name, gold.entities - known)
        assert {c for pair in gold.uses for c in pair} <= gold.entities, name


def test_gold_records_what_the_papers_say(golds):
    # b02: "Twenty-one consecutive patients (n = 21) from three Italian referral centres"
    airtrip = golds["b02_anakinra_recurrent_pericarditis"]
    assert (airtrip.design, airtrip.patients) == ("RandomizedTrialDesign", 21)
    assert ("DRUGBANK:DB00026", "MONDO:0016662") in airtrip.uses
    # b06: "454 adults admitted with COVID-19 pneumonia ... were enrolled"
    cancovid = golds["b06_covid_canakinumab_trial"]
    assert cancovid.patients == 454
    assert ("DRUGBANK:DB06168", "MONDO:0100096") in cancovid.uses
    # b09 is a review: no patient count
    assert (golds["b09_irp_il1_review"].design, golds["b09_irp_il1_review"].patients) == (
        "NarrativeReviewDesign", None)
    # b10: "We report a 20-year-old woman"
    assert golds["b10_takayasu_tocilizumab_case"].patients == 1
    # designs vary across the set
    assert len({g.design for g in golds.values()}) == 6


def test_drugs_of_gold_uses_are_named_in_the_papers(golds):
    # The drug and disease named in each use must be mentioned in the paper's text.
    names = {"DRUGBANK:DB06273": "tocilizumab", "DRUGBANK:DB00026": "anakinra",
             "DRUGBANK:DB06168": "canakinumab"}
    for name, gold in golds.items():
        text = gold.paper.read_text(encoding="utf-8").lower()
        for drug, _ in gold.uses:
            if drug in names:
                assert names[drug] in text, (name, drug)


def test_evaluation_returns_scores_in_unit_interval():
    result = evaluate_heldout(BLIND_DIR)
    assert result.documents == 10
    for score in (result.entities, result.uses):
        for value in (score.precision, score.recall, score.f1):
            assert 0.0 <= value <= 1.0
        assert score.tp + score.fn > 0
    assert 0 <= result.design_right <= 10 and 0 <= result.count_right <= 10
    assert len(result.details) == 10
