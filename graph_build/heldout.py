"""Blind held-out evaluation: papers the extractor was never tuned on, scored against gold files.

Each ``<name>.txt`` in the folder has a ``<name>.gold.yaml`` written by an independent annotator:
``design``, ``patients``, ``entities`` (CURIEs), ``uses`` ([drug, disease] pairs) and
``unidentified`` (entities with no verified id, not scored). The gold is turned into the same Fact
shapes the curated seeds produce, so ``graph_build.evaluate.Evaluation`` scores both with one set
of task definitions.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from cytokg.config import HELDOUT_DIR, LEXICON_DIR
from cytokg.graph_build.evaluate import Evaluation
from cytokg.graph_build.records import Fact
from cytokg.identifiers import verified_curies

GOLD_SUFFIX = ".gold.yaml"
GOLD_FIELDS = frozenset({"paper", "design", "patients", "entities", "uses", "unidentified"})
DESIGNS = frozenset({
    "CaseReportDesign", "CaseSeriesDesign", "RetrospectiveCohortDesign",
    "ProspectiveCohortDesign", "RandomizedTrialDesign", "NarrativeReviewDesign",
})


class GoldError(Exception):
    """A gold file or folder that cannot be used; the message names the file and the reason."""

    def __init__(self, path: Path, reason: str):
        self.path = Path(path)
        super().__init__(f"{self.path.name}: {reason}")


@dataclass(frozen=True)
class Gold:
    """What a careful curator says one held-out paper contains."""

    paper: Path
    design: str
    patients: int | None
    entities: frozenset[str]
    uses: frozenset[tuple[str, str]]
    unidentified: tuple[str, ...] = ()

    def facts(self) -> list[Fact]:
        """The gold as Fact records, shaped like curated ones (Study + DrugDiseaseUse)."""
        study = [("hasStudyDesign", self.design)]
        if self.patients is not None:
            study.append(("numberOfPatients", self.patients))
        facts = [Fact("Study", "study", tuple(study), (), agent="ManualCuration")]
        for i, (drug, disease) in enumerate(sorted(self.uses)):
            facts.append(Fact("DrugDiseaseUse", f"use-{i}",
                              (("drug", drug), ("forDisease", disease)), (),
                              agent="ManualCuration"))
        return facts


@cache
def known_curies() -> frozenset[str]:
    """Every id a gold file may use: the verified reference table plus the generated lexicon."""
    with (LEXICON_DIR / "lexicon.tsv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        lexicon = {row["curie"] for row in reader if row.get("curie")}
    return frozenset(lexicon) | verified_curies()


def load_gold(path: Path) -> Gold:
    """Read and check one gold file; raise GoldError naming the file and the first problems."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GoldError(path, f"unreadable: {exc}") from exc
    if not isinstance(data, dict):
        raise GoldError(path, "must be a mapping with " + ", ".join(sorted(GOLD_FIELDS)))
    problems = [f"unknown field {k!r}" for k in sorted(set(data) - GOLD_FIELDS)]
    problems += [f"missing field {k!r}" for k in ("paper", "design", "patients", "entities")
                 if k not in data]
    design, patients = data.get("design"), data.get("patients")
    if design not in DESIGNS:
        problems.append(f"design {design!r} is not one of {', '.join(sorted(DESIGNS))}")
    if patients is not None and (isinstance(patients, bool) or not isinstance(patients, int)
                                 or patients < 1):
        problems.append(f"patients must be a positive integer or null, not {patients!r}")
    entities = data.get("entities") or []
    if not isinstance(entities, list) or not all(isinstance(c, str) for c in entities):
        problems.append("entities must be a list of CURIEs")
        entities = []
    known = known_curies()
    problems += [f"entity {c} is in neither lexicon.tsv nor identifiers.tsv"
                 for c in entities if c not in known]
    uses = []
    for pair in data.get("uses") or []:
        if not (isinstance(pair, list) and len(pair) == 2
                and all(isinstance(c, str) for c in pair)):
            problems.append(f"use {pair!r} must be a [drug, disease] pair")
            continue
        problems += [f"use {pair} names {c}, which is not listed under entities"
                     for c in pair if c not in entities]
        uses.append((pair[0], pair[1]))
    paper = path.parent / str(data.get("paper", ""))
    if "paper" in data and paper.name != path.name.removesuffix(GOLD_SUFFIX) + ".txt":
        problems.append(f"paper {data['paper']!r} does not match the gold file name")
    if problems:
        raise GoldError(path, "; ".join(problems))
    return Gold(paper, design, patients, frozenset(entities), frozenset(uses),
                tuple(str(x) for x in data.get("unidentified") or ()))


def pairs(folder: Path = HELDOUT_DIR) -> list[tuple[Path, Path]]:
    """(paper, gold) pairs of the folder; every paper needs a gold file and every gold a paper."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldError(folder, "no such folder")
    papers = {p.stem: p for p in folder.glob("*.txt")}
    golds = {g.name.removesuffix(GOLD_SUFFIX): g for g in folder.glob("*" + GOLD_SUFFIX)}
    unpaired = [f"{p.name} has no {name}{GOLD_SUFFIX}" for name, p in papers.items()
                if name not in golds]
    unpaired += [f"{g.name} has no {name}.txt" for name, g in golds.items() if name not in papers]
    if unpaired:
        raise GoldError(folder, "; ".join(sorted(unpaired)))
    if not papers:
        raise GoldError(folder, "no held-out papers (*.txt with *.gold.yaml)")
    return [(papers[name], golds[name]) for name in sorted(papers)]


def load_all(folder: Path = HELDOUT_DIR) -> list[Gold]:
    """Every gold file of the folder, checked and paired with its paper."""
    return [load_gold(gold) for _, gold in pairs(folder)]


def evaluate_heldout(folder: Path = HELDOUT_DIR) -> Evaluation:
    """Run the real pipeline stages on each held-out paper and score it against its gold."""
    from cytokg.graph_build import documents, extract, mentions, parse

    result = Evaluation()
    for gold in load_all(folder):
        doc = documents.read_document(gold.paper, doc_id=gold.paper.stem)
        parsed = parse.parse_document(doc)
        found = mentions.find_mentions(parsed)
        mined = extract.extract_facts(parsed, found)
        result.add(doc.doc_id, gold.facts(), mined, found, gold.entities)
    return result
