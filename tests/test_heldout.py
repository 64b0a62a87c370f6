"""The blind held-out set: gold files valid and paired, the evaluation run on the real pipeline.

No thresholds on the scores here (the lead decides what to assert); the tests check that the gold
is well-formed, that the scoring glue counts every gold item once, and that bad gold is refused by
name.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cytokg.config import HELDOUT_DIR
from cytokg.graph_build.evaluate import Evaluation
from cytokg.graph_build.heldout import (
    DESIGNS,
    GoldError,
    evaluate_heldout,
    known_curies,
    load_all,
    load_gold,
    pairs,
)
from cytokg.graph_build.records import Mention

PAPER = "h05_sarilumab_covid19"


def _copy_paper(tmp_path: Path, name: str = PAPER) -> Path:
    shutil.copy(HELDOUT_DIR / f"{name}.txt", tmp_path / f"{name}.txt")
    shutil.copy(HELDOUT_DIR / f"{name}.gold.yaml", tmp_path / f"{name}.gold.yaml")
    return tmp_path / f"{name}.gold.yaml"


def test_every_paper_has_valid_gold_with_known_ids():
    golds = load_all(HELDOUT_DIR)
    assert len(golds) == 10
    known = known_curies()
    for gold in golds:
        assert gold.paper.is_file(), gold.paper
        assert gold.design in DESIGNS
        assert gold.entities and gold.entities <= known, gold.paper.name
        assert {c for pair in gold.uses for c in pair} <= gold.entities, gold.paper.name


def test_gold_records_what_the_papers_say():
    golds = {g.paper.stem: g for g in load_all(HELDOUT_DIR)}
    # h05: "Between 28 March and 3 July 2020, 420 patients were randomised and 416 were treated."
    sarilumab = golds["h05_sarilumab_covid19"]
    assert (sarilumab.design, sarilumab.patients) == ("RandomizedTrialDesign", 420)
    assert ("DRUGBANK:DB11767", "MONDO:0100096") in sarilumab.uses
    # h09: "A 48-year-old man was admitted with severe COVID-19 pneumonia"
    assert (golds["h09_tocilizumab_covid19_case"].patients, golds["h09_tocilizumab_covid19_case"]
            .design) == (1, "CaseReportDesign")
    # h03: "In this review we summarise the studies of single-agent siltuximab in MCD"
    assert golds["h03_siltuximab_castleman_review"].patients is None


def test_gold_scored_against_itself_is_perfect():
    """The glue turns gold into facts the Evaluation reads back unchanged."""
    result = Evaluation()
    for gold in load_all(HELDOUT_DIR):
        mentions = [Mention(0, 1, "x", "disease", c, c) for c in sorted(gold.entities)]
        result.add(gold.paper.stem, gold.facts(), gold.facts(), mentions, gold.entities)
    assert (result.entities.f1, result.uses.f1) == (1.0, 1.0)
    assert result.design_right == result.count_right == result.documents == 10


def test_evaluation_runs_on_the_real_pipeline():
    golds = load_all(HELDOUT_DIR)
    result = evaluate_heldout(HELDOUT_DIR)
    assert result.documents == len(golds)
    # every gold item is either found or missed, exactly once
    assert result.entities.tp + result.entities.fn == sum(len(g.entities) for g in golds)
    assert result.uses.tp + result.uses.fn == sum(len(g.uses) for g in golds)
    for score in (result.entities, result.uses):
        assert 0.0 <= score.precision <= 1.0 and 0.0 <= score.recall <= 1.0
        assert 0.0 <= score.f1 <= 1.0
    assert 0 <= result.design_right <= 10 and 0 <= result.count_right <= 10


def test_cli_prints_heldout_json():
    out = subprocess.run([sys.executable, "-m", "cytokg", "evaluate", "--heldout", "--json"],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    summary = json.loads(out)
    assert summary["documents"] == 10
    for task in ("entities", "drug_disease_uses"):
        assert 0.0 <= summary[task]["f1"] <= 1.0


def test_unpaired_files_are_named(tmp_path):
    _copy_paper(tmp_path)
    (tmp_path / "orphan.txt").write_text("A paper without gold.\n", encoding="utf-8")
    (tmp_path / "lonely.gold.yaml").write_text("paper: lonely.txt\n", encoding="utf-8")
    with pytest.raises(GoldError) as err:
        pairs(tmp_path)
    assert "orphan.txt has no orphan.gold.yaml" in str(err.value)
    assert "lonely.gold.yaml has no lonely.txt" in str(err.value)


@pytest.mark.parametrize(("old", "new", "message"), [
    ("  - MONDO:0100096", "  - MONDO:9999999", "entity MONDO:9999999 is in neither"),  # fake id
    ("design: RandomizedTrialDesign", "design: Trial", "design 'Trial' is not one of"),
    ("patients: 420", "patients: many", "patients must be a positive integer or null"),
    ("  - [DRUGBANK:DB11767, MONDO:0100096]", "  - [DRUGBANK:DB00026, MONDO:0100096]",
     "names DRUGBANK:DB00026, which is not listed under entities"),
])
def test_bad_gold_is_refused_by_name(tmp_path, old, new, message):
    gold = _copy_paper(tmp_path)
    text = gold.read_text(encoding="utf-8")
    assert old in text
    gold.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_gold(gold)
    assert str(err.value).startswith(f"{PAPER}.gold.yaml: ")
    assert message in str(err.value)


def test_cli_reports_bad_folder(tmp_path):
    _copy_paper(tmp_path)
    (tmp_path / "orphan.txt").write_text("A paper without gold.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "cytokg", "evaluate", "--heldout", str(tmp_path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "orphan.txt has no orphan.gold.yaml" in done.stderr
