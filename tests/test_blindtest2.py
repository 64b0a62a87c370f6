"""The second blind TEST set (cytokg/data/blindtest2): gold valid and paired, evaluation runs.

Measuring only, never tuning (see its SOURCES.md). No score thresholds: the tests check that the
gold loads with the real loader, uses only known ids, records what the papers say, and that the
real pipeline scores the set with numbers in [0, 1].
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cytokg.config import DATA_DIR
from cytokg.graph_build.heldout import DESIGNS, evaluate_heldout, known_curies, load_all, pairs

BLIND_DIR = Path(DATA_DIR) / "blindtest2"
DRUG_NAMES = {
    "DRUGBANK:DB06273": "tocilizumab", "DRUGBANK:DB00026": "anakinra",
    "DRUGBANK:DB06168": "canakinumab", "DRUGBANK:DB11767": "sarilumab",
    "DRUGBANK:DB00065": "infliximab",
}


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
    sources = (BLIND_DIR / "SOURCES.md").read_text(encoding="utf-8")
    for paper, _ in found:
        assert paper.stem in sources, paper.name


def test_every_gold_id_is_in_lexicon_or_reference(golds):
    known = known_curies()
    for name, gold in golds.items():
        assert gold.design in DESIGNS, name
        assert gold.entities and gold.entities <= known, (name, gold.entities - known)
        assert {c for pair in gold.uses for c in pair} <= gold.entities, name


def test_gold_records_what_the_papers_say(golds):
    # c01: "after 118 patients had been randomised (60 to sarilumab, 58 to placebo)"
    pmr = golds["c01_sarilumab_pmr_relapse_trial"]
    assert (pmr.design, pmr.patients) == ("RandomizedTrialDesign", 118)
    assert ("DRUGBANK:DB11767", "MONDO:0019735") in pmr.uses
    # c05: "children and adults with CAPS (n=166)"
    caps = golds["c05_canakinumab_caps_openlabel"]
    assert (caps.design, caps.patients) == ("ProspectiveCohortDesign", 166)
    assert ("DRUGBANK:DB06168", "MONDO:0016168") in caps.uses
    # c07: "A 50-year-old man was admitted" ... "The patient received tocilizumab"
    tafro = golds["c07_tocilizumab_tafro_case"]
    assert (tafro.design, tafro.patients) == ("CaseReportDesign", 1)
    # c09 is a review: no patient count of its own
    assert (golds["c09_il6_blockade_nmosd_review"].design,
            golds["c09_il6_blockade_nmosd_review"].patients) == ("NarrativeReviewDesign", None)
    # c04: "Twenty-six patients were identified"
    assert golds["c04_anakinra_gout_inpatients"].patients == 26
    assert len({g.design for g in golds.values()}) == 6


def test_drugs_of_gold_uses_are_named_in_the_papers(golds):
    for name, gold in golds.items():
        text = gold.paper.read_text(encoding="utf-8").lower()
        for drug, _ in gold.uses:
            if drug in DRUG_NAMES:
                assert DRUG_NAMES[drug] in text, (name, drug)


def test_evaluation_returns_scores_in_unit_interval():
    result = evaluate_heldout(BLIND_DIR)
    assert result.documents == 10
    for score in (result.entities, result.uses):
        for value in (score.precision, score.recall, score.f1):
            assert 0.0 <= value <= 1.0
        assert score.tp + score.fn > 0
    assert 0 <= result.design_right <= 10 and 0 <= result.count_right <= 10
    assert len(result.details) == 10
