"""The third blind TEST set (cytokg/data/blindtest3): gold valid, paired and true to the papers.

Measured once by the lead, never used for tuning (see its SOURCES.md). These tests deliberately do
not run the extractor or the evaluation: they check that the gold loads with the real loader, uses
only known ids, records what the papers say, and that the papers keep the input formats they were
written to exercise.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from cytokg.config import DATA_DIR
from cytokg.graph_build.heldout import DESIGNS, known_curies, load_all, pairs

BLIND_DIR = Path(DATA_DIR) / "blindtest3"
DRUG_NAMES = {
    "DRUGBANK:DB06372": "rilonacept", "DRUGBANK:DB09036": "siltuximab",
    "DRUGBANK:DB00026": "anakinra", "DRUGBANK:DB14724": "emapalumab",
    "DRUGBANK:DB11767": "sarilumab", "DRUGBANK:DB00051": "adalimumab",
    "DRUGBANK:DB00005": "etanercept", "DRUGBANK:DB11817": "baricitinib",
    "DRUGBANK:DB01394": "colchicine", "DRUGBANK:DB00945": "aspirin",
    "DRUGBANK:DB00563": "methotrexate", "DRUGBANK:DB00860": "prednisolone",
}


@pytest.fixture(scope="module")
def golds():
    return {g.paper.stem: g for g in load_all(BLIND_DIR)}


def text_of(stem: str) -> str:
    return (BLIND_DIR / f"{stem}.txt").read_text(encoding="utf-8")


def test_papers_and_gold_pair_up():
    found = pairs(BLIND_DIR)
    assert len(found) == 10
    for paper, gold in found:
        assert gold.name == paper.stem + ".gold.yaml"
        words = len(paper.read_text(encoding="utf-8").split())
        assert 150 <= words <= 400, (paper.name, words)
    sources = (BLIND_DIR / "SOURCES.md").read_text(encoding="utf-8")
    rows = [line for line in sources.splitlines() if line.startswith("| d")]
    assert len(rows) == 10
    for paper, _ in found:
        row = next(r for r in rows if r.startswith(f"| {paper.stem} |"))
        assert "doi" in row.lower() or "https://" in row, paper.name


def test_every_gold_id_is_in_lexicon_or_reference(golds):
    known = known_curies()
    for name, gold in golds.items():
        assert gold.design in DESIGNS, name
        assert gold.entities and gold.entities <= known, (name, gold.entities - known)
        assert {c for pair in gold.uses for c in pair} <= gold.entities, name
        assert gold.uses, name


def test_gold_records_what_the_papers_say(golds):
    # d01: "A total of 86 patients were enrolled" ... "Sixty-one responders were randomized."
    rhapsody = golds["d01_rilonacept_recurrent_pericarditis_trial"]
    assert "A total of 86 patients were enrolled" in text_of(rhapsody.paper.stem)
    assert (rhapsody.design, rhapsody.patients) == ("RandomizedTrialDesign", 86)
    assert ("DRUGBANK:DB06372", "MONDO:0005904") in rhapsody.uses
    # d02: "siltuximab (n = 53) and placebo plus best supportive care (n = 26)" -> 79
    imcd = golds["d02_siltuximab_imcd_posthoc"]
    assert "siltuximab (n = 53)" in text_of(imcd.paper.stem)
    assert imcd.patients == 53 + 26
    assert ("DRUGBANK:DB09036", "MONDO:0035838") in imcd.uses
    # d03: "Twenty-five patients (14 women) were enrolled: 12 were randomized to anakinra and 13
    # to placebo."
    fmf = golds["d03_anakinra_crfmf_trial"]
    assert "Twenty-five patients (14 women) were enrolled" in html.unescape(
        text_of(fmf.paper.stem)).replace("\u2011", "-")
    assert (fmf.design, fmf.patients) == ("RandomizedTrialDesign", 12 + 13)
    assert ("DRUGBANK:DB00026", "MONDO:0018088") in fmf.uses
    # d05: "sarilumab 200 mg every 2 weeks plus placebo (n=184) or adalimumab 40 mg every 2 weeks
    # plus placebo (n=185)"
    monarch = golds["d05_sarilumab_adalimumab_ra_trial"]
    assert "(n=184)" in text_of(monarch.paper.stem) and "(n=185)" in text_of(monarch.paper.stem)
    assert monarch.patients == 184 + 185
    # d07 is a review: the 38 patients (22 + 16) belong to the reviewed studies
    review = golds["d07_anakinra_kawasaki_review"]
    assert (review.design, review.patients) == ("NarrativeReviewDesign", None)
    assert ("DRUGBANK:DB00028", "MONDO:0012727") in review.uses
    # d08: "A 17-year-old male presented with cough, sore throat, anorexia and pyrexia."
    case = golds["d08_anakinra_covid_shlh_case"]
    assert (case.design, case.patients) == ("CaseReportDesign", 1)
    # ... "corticosteroids were not used": named, but not a use
    assert "MESH:D005938" in case.entities
    assert not any(drug == "MESH:D005938" for drug, _ in case.uses)
    # d09: "The electronic medical record identified 44 patients with secondary HLH/MAS"
    assert (golds["d09_anakinra_pediatric_shlh_cohort"].design,
            golds["d09_anakinra_pediatric_shlh_cohort"].patients) == (
        "RetrospectiveCohortDesign", 44)
    # d10: "We describe three patients."
    assert golds["d10_baricitinib_aosd_case_series"].patients == 3
    assert len({g.design for g in golds.values()}) == len(DESIGNS)


def test_drugs_of_gold_uses_are_named_in_the_papers(golds):
    for name, gold in golds.items():
        text = gold.paper.read_text(encoding="utf-8").lower()
        for drug, _ in gold.uses:
            if drug in DRUG_NAMES:
                assert DRUG_NAMES[drug] in text, (name, drug)


def test_papers_keep_the_formats_they_exercise():
    # d02: PDF-like words split across lines, e.g. "idio-" / "pathic multicentric Castleman"
    assert "idio-\npathic multicentric Castleman disease" in text_of("d02_siltuximab_imcd_posthoc")
    # d03: HTML entities, undecoded
    assert "&#8209;" in text_of("d03_anakinra_crfmf_trial")
    assert "&plusmn;" in text_of("d03_anakinra_crfmf_trial")
    # d05: a tab-separated table with four columns
    rows = [r for r in text_of("d05_sarilumab_adalimumab_ra_trial").splitlines() if "\t" in r]
    assert len(rows) >= 10 and all(r.count("\t") == 3 for r in rows)
    # d06: U+2010 hyphens, U+00A0 no-break and U+2009 thin spaces
    traps = text_of("d06_etanercept_traps_open_label")
    assert {"\u2010", "\u00a0", "\u2009"} <= set(traps)
    # d04 starts without a title block: its first line is a full sentence
    assert text_of("d04_emapalumab_mas_single_arm").splitlines()[0].endswith(".")
