"""One document's extraction as JSON (docs/extract-schema.json) or TSV, for ``cytokg extract``.

Every fact keeps its quotes with offsets, so a reader can check each claim against the paper;
facts of kinds without a section of their own go to ``other_facts`` rather than being dropped.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from pathlib import Path

from cytokg.graph_build.records import DocumentResult, Fact, Mention

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "docs" / "extract-schema.json"
SCHEMA_ID = "https://w3id.org/cytokg/extract-schema/1"
# Output section -> fact kinds it holds.
SECTIONS = {
    "drug_disease_uses": ("DrugDiseaseUse",),
    "drug_target_links": ("DrugTargetLink",),
    "treatments": ("TreatmentExposure",),
    "outcomes": ("OutcomeMeasurement",),
    "comparisons": ("Comparison",),
    "adverse_events": ("AdverseEvent",),
}
# Properties naming an external entity that get resolved to {id, label}.
ENTITY_PROPERTIES = ("drug", "forDisease", "target", "finding", "measuredVariable")


def entities(mentions: list[Mention]) -> list[dict]:
    """Grounded entities, one per id, with every mention's offsets (ungrounded ones apart)."""
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.curie:
            grouped[m.curie].append(m)
    out = []
    for curie, ms in sorted(grouped.items(), key=lambda kv: min(m.start for m in kv[1])):
        ms.sort(key=lambda m: (m.start, m.end))
        out.append({
            "id": curie,
            "label": ms[0].label,
            "category": ms[0].category,
            "xrefs": sorted({x for m in ms for x in m.xrefs}),
            "mentions": [
                {"start": m.start, "end": m.end, "text": m.text, "source": m.source} for m in ms
            ],
        })
    return out


def _quotes(fact: Fact) -> list[dict]:
    return [
        {"start": s.start, "end": s.end, "text": s.quote, **({"doc": s.doc} if s.doc else {})}
        for s in fact.spans
    ]


def fact_json(fact: Fact, labels: dict[str, str]) -> dict:
    """A fact: kind, key, agent, confidence, properties (lists when repeated), resolved entities."""
    props: dict[str, object] = {}
    for name, value in fact.properties:
        if name in props:
            old = props[name]
            props[name] = [*old, value] if isinstance(old, list) else [old, value]
        else:
            props[name] = value
    item = {
        "kind": fact.kind,
        "key": fact.key,
        "label": fact.label,
        "agent": fact.agent,
        "confidence": fact.confidence,
        "reading": fact.reading_method,
        "properties": props,
        "quotes": _quotes(fact),
    }
    for name in ENTITY_PROPERTIES:
        value = fact.value(name)
        if isinstance(value, str) and ":" in value and not value.startswith("#"):
            item[name] = {"id": value, "label": labels.get(value)}
    return item


def study(facts: list[Fact]) -> dict:
    """Study design and number of patients, curated values first, with the quotes they rest on."""
    ordered = sorted(facts, key=lambda f: f.agent != "ManualCuration")
    design = next((f for f in ordered if f.value("hasStudyDesign")), None)
    size = next((f for f in ordered if f.value("numberOfPatients") is not None), None)
    return {
        "design": design.value("hasStudyDesign") if design else None,
        "design_quotes": _quotes(design) if design else [],
        "number_of_patients": size.value("numberOfPatients") if size else None,
        "number_of_patients_quotes": _quotes(size) if size else [],
    }


def to_json(result: DocumentResult) -> dict:
    """The whole extraction of one document, following docs/extract-schema.json."""
    parsed = result.parsed
    document, meta = parsed.document, parsed.metadata
    labels = {m.curie: m.label for m in result.mentions if m.curie}
    grouped: dict[str, list[dict]] = {name: [] for name in SECTIONS}
    other: list[dict] = []
    kind_to_section = {k: name for name, kinds in SECTIONS.items() for k in kinds}
    for fact in result.facts:
        section = kind_to_section.get(fact.kind)
        (grouped[section] if section else other).append(fact_json(fact, labels))
    return {
        "schema": SCHEMA_ID,
        "document": {
            "id": document.doc_id,
            "file": document.path.name,
            "sha256": document.sha256,
            "characters": len(document.text),
        },
        "metadata": {
            "title": meta.title,
            "authors": list(meta.authors),
            "journal": meta.journal,
            "year": meta.year,
            "doi": meta.doi,
        },
        "study": study(result.facts),
        "entities": entities(result.mentions),
        "ungrounded_mentions": sum(1 for m in result.mentions if not m.curie),
        **grouped,
        "other_facts": other,
        "problems": [
            {"level": p.level, "message": p.message, "where": p.where} for p in result.problems
        ],
    }


TSV_COLUMNS = ("section", "kind", "id_or_key", "label", "agent", "start", "end", "quote")


def to_tsv(data: dict) -> str:
    """One row per entity (first mention) and per fact (first quote), from the JSON form."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerow(TSV_COLUMNS)
    for e in data["entities"]:
        m = e["mentions"][0]
        writer.writerow(("entity", e["category"], e["id"], e["label"], "", m["start"], m["end"],
                         _cell(m["text"])))
    for section in (*SECTIONS, "other_facts"):
        for f in data[section]:
            q = f["quotes"][0] if f["quotes"] else {"start": "", "end": "", "text": ""}
            writer.writerow((section, f["kind"], f["key"], _cell(f["label"] or ""), f["agent"],
                             q["start"], q["end"], _cell(q["text"])))
    return buffer.getvalue()


def _cell(text: str) -> str:
    return " ".join(str(text).split())
