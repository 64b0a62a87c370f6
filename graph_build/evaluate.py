"""Score text-mined output against curated facts: precision, recall, F1 per task.

Tasks: entities with correct ids (CURIE sets), drug–disease uses ((drug, disease) pairs),
study design and patient count (exact match). The gold set of a document is what its curation
file states: every CURIE used in a curated fact, plus an optional ``entities:`` list, so entity
precision counts as wrong any correct-but-uncurated entity: it is a lower bound.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cytokg.graph_build.records import Fact, Mention

# The mention categories the entity task scores: what a curator lists as the paper's entities
# (diseases, findings, drugs and drug classes, genes / proteins, lab measures). Procedures
# ("echocardiography") stay in the mentions and the graph but are not scored.
SCORED_CATEGORIES = frozenset(
    {"disease", "phenotype", "drug", "drug_class", "gene", "protein", "lab_measure"}
)
ENTITY_PROPERTIES = (
    "drug", "forDisease", "target", "measuredVariable", "finding", "studiedDisease",
    "priorTherapy", "aboutEntity", "hasCondition",
)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, gold: set, predicted: set, doc: str) -> None:
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)
        self.errors += [f"{doc}: missed {x}" for x in sorted(map(str, gold - predicted))]
        self.errors += [f"{doc}: spurious {x}" for x in sorted(map(str, predicted - gold))]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _curies(facts: list[Fact], properties=ENTITY_PROPERTIES) -> set[str]:
    return {v for f in facts for k, v in f.properties
            if k in properties and isinstance(v, str) and ":" in v and not v.startswith("#")}


def _uses(facts: list[Fact]) -> set[tuple[str, str]]:
    pairs = set()
    for f in facts:
        if f.kind in {"DrugDiseaseUse", "TreatmentExposure"}:
            for drug in f.values("drug"):
                for disease in f.values("forDisease"):
                    pairs.add((drug, disease))
    return pairs


def _study(facts: list[Fact]) -> tuple[str | None, int | None]:
    for f in facts:
        if f.kind == "Study":
            return f.value("hasStudyDesign"), f.value("numberOfPatients")
    return None, None


@dataclass
class Evaluation:
    entities: Score = field(default_factory=Score)
    uses: Score = field(default_factory=Score)
    design_right: int = 0
    count_right: int = 0
    documents: int = 0
    details: list[str] = field(default_factory=list)

    def add(self, doc: str, curated: list[Fact], mined: list[Fact], mentions: list[Mention],
            extra_entities: set[str] = frozenset()) -> None:
        self.documents += 1
        gold_entities = _curies(curated) | set(extra_entities)
        found = {m.curie for m in mentions if m.curie and m.category in SCORED_CATEGORIES}
        self.entities.add(gold_entities, found, doc)
        self.uses.add(_uses(curated), _uses(mined), doc)
        gold_design, gold_n = _study(curated)
        got_design, got_n = _study(mined)
        self.design_right += gold_design == got_design
        self.count_right += gold_n == got_n
        self.details.append(f"{doc}: design {got_design} (curated {gold_design}), "
                            f"patients {got_n} (curated {gold_n})")

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "entities": self.entities.as_dict(),
            "drug_disease_uses": self.uses.as_dict(),
            "study_design_correct": f"{self.design_right}/{self.documents}",
            "patient_count_correct": f"{self.count_right}/{self.documents}",
        }
