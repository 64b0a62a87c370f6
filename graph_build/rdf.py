"""One document's records as pyoxigraph quads, in the named graphs of docs/model.md.

Whether a property value becomes an IRI or a typed literal is decided by ontology/vocabulary.yaml
(object vs data property, and the data property's xsd range), never guessed from the value.
A curated fact that cannot be rendered fails the build (it is ours to fix); a text-mined one is
reported as a problem of its document and left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from functools import cache

from pyoxigraph import Literal, NamedNode, Quad

from cytokg.graph_build.provenance import (
    A,
    BuildActivity,
    SpanError,
    activity_quads,
    check_span,
    decimal_literal,
    evidence_iri,
    evidence_quads,
    head_quads,
    rules,
    segment,
    span_document,
    span_iri,
    span_quads,
)
from cytokg.graph_build.records import Document, DocumentResult, Fact, Problem, Span, Value
from cytokg.identifiers import expand
from cytokg.terms import CY, DCTERMS, OA, RDFS, XSD, graph, resource, vocabulary

MANUAL = "ManualCuration"


class FactError(ValueError):
    """A fact that does not fit the vocabulary (unknown kind, property or value)."""


@cache
def _vocab() -> dict:
    """Lookup tables derived from vocabulary.yaml."""
    voc = vocabulary()
    classes = voc.get("classes") or {}
    individuals = {n for names in (voc.get("individuals") or {}).values() for n in names}
    return {
        "classes": classes,
        "object": voc.get("object_properties") or {},
        "data": voc.get("data_properties") or {},
        "annotation": voc.get("annotation_properties") or {},
        "individuals": individuals,
    }


def is_subclass(kind: str, ancestor: str) -> bool:
    classes = _vocab()["classes"]
    while kind:
        if kind == ancestor:
            return True
        kind = (classes.get(kind) or {}).get("parent")
    return False


def fact_iri(doc_id: str, kind: str, key: str) -> str:
    return resource(segment(doc_id), kind.lower(), segment(key))


def document_quads(
    result: DocumentResult, activity: BuildActivity, others: dict[str, Document] | None = None
) -> list[Quad]:
    """All quads of one document: assertion, provenance, pubinfo and head graphs. ``others``
    (doc id -> Document) resolves spans that lie in another paper of the build."""
    document = result.parsed.document
    doc = segment(document.doc_id)
    g_assert, g_prov, g_info = (graph(doc, n) for n in ("assertion", "provenance", "pubinfo"))
    facts = []
    for fact in _unique_facts(result):
        try:
            check_fact(document, fact, others or {})
            facts.append(fact)
        except (FactError, SpanError) as err:
            if fact.agent == MANUAL:
                raise
            result.problems.append(Problem(document.path.name, "warning", str(err), fact.origin))
    by_key = {f.key: f for f in facts}
    design = study_design(facts)
    level = rules()["designs"].get(design, {}).get("evidence_level") if design else None

    quads = head_quads(document.doc_id, activity)
    quads += publication_quads(result, design, g_info)
    quads += activity_quads(activity, g_info)
    for fact in facts:
        skipped: list[str] = []
        quads += fact_quads(
            document, fact, by_key, activity, design, level, g_assert, g_prov, others,
            skipped=None if fact.agent == MANUAL else skipped,
        )
        for message in skipped:
            result.problems.append(Problem(document.path.name, "warning", message, fact.origin))
    quads += mention_quads(result, g_prov)
    return quads


def _unique_facts(result: DocumentResult) -> list[Fact]:
    """Facts with distinct keys. Curated and mined facts live side by side: a mined fact whose key
    a curated one already uses gets the suffix '-tm' (and so do the mined references to it). A key
    repeated within curation is an error; within mining, a reported problem."""
    doc_id, name = result.parsed.document.doc_id, result.parsed.document.path.name
    curated = [f for f in result.facts if f.agent == MANUAL]
    taken = {f.key for f in curated}
    mined = [_rekey(f, taken) for f in result.facts if f.agent != MANUAL]
    seen: dict[str, Fact] = {}
    for fact in curated + mined:
        if fact.key not in seen:
            seen[fact.key] = fact
            continue
        where = f"{doc_id}: fact key {fact.key!r} is used twice"
        if fact.agent == MANUAL:
            raise FactError(f"{where} ({seen[fact.key].origin} and {fact.origin})")
        result.problems.append(Problem(name, "warning", where + "; mined one dropped", fact.origin))
    return list(seen.values())


def _rekey(fact: Fact, taken: set[str]) -> Fact:
    def fix(value: Value) -> Value:
        if isinstance(value, str) and value.startswith("#") and value[1:] in taken:
            return value + "-tm"
        return value

    key = fact.key + "-tm" if fact.key in taken else fact.key
    props = tuple((k, fix(v)) for k, v in fact.properties)
    if key == fact.key and props == fact.properties:
        return fact
    return replace(fact, key=key, properties=props)


def study_design(facts: list[Fact]) -> str | None:
    """The document's study design: the first curated cy:hasStudyDesign, else a mined one."""
    for fact in sorted(facts, key=lambda f: f.agent != MANUAL):
        design = fact.value("hasStudyDesign")
        if isinstance(design, str) and design in rules()["designs"]:
            return design
    return None


def publication_quads(result: DocumentResult, design: str | None, graph_iri: str) -> list[Quad]:
    """The pinned Document (sha256, file name) and its Publication with bibliographic metadata."""
    document, meta = result.parsed.document, result.parsed.metadata
    g = NamedNode(graph_iri)
    doc = NamedNode(resource(segment(document.doc_id)))
    pub = NamedNode(resource(segment(document.doc_id), "publication"))
    quads = [
        Quad(doc, A, NamedNode(CY.Document), g),
        Quad(doc, NamedNode(CY.sha256), Literal(document.sha256), g),
        Quad(doc, NamedNode(DCTERMS + "source"), Literal(document.path.name), g),
        Quad(pub, A, NamedNode(CY.Publication), g),
        Quad(pub, NamedNode(CY.readFrom), doc, g),
    ]
    if design:
        quads.append(Quad(pub, A, NamedNode(CY[rules()["designs"][design]["publication"]]), g))
    if meta.title:
        quads.append(Quad(pub, NamedNode(CY.title), Literal(meta.title), g))
        quads.append(Quad(pub, NamedNode(RDFS + "label"), Literal(meta.title), g))
    if meta.doi:
        quads.append(Quad(pub, NamedNode(CY.doi), Literal(meta.doi), g))
    if meta.journal:
        quads.append(Quad(pub, NamedNode(CY.journal), Literal(meta.journal), g))
    if meta.year:
        quads.append(Quad(pub, NamedNode(CY.year), _typed(meta.year, "xsd:gYear", "year"), g))
    for author in meta.authors:
        quads.append(Quad(pub, NamedNode(CY.authorName), Literal(author), g))
    return quads


def check_fact(document: Document, fact: Fact, others: dict[str, Document]) -> None:
    """A fact can be rendered at all: a vocabulary class and at least one span at its offsets."""
    where = f"{document.doc_id} fact {fact.key!r} ({fact.origin or fact.agent})"
    if fact.kind not in _vocab()["classes"]:
        raise FactError(f"{where}: kind {fact.kind!r} is not a class of vocabulary.yaml")
    if not fact.spans:
        raise FactError(f"{where}: no text span; every fact needs its quote")
    for span in fact.spans:
        check_span(span_document(document, span, others, where), span, where)


def fact_quads(
    document, fact, by_key, activity, design, level, g_assert, g_prov, others=None, skipped=None
) -> list[Quad]:
    """One fact: its type, properties, label, publication link, shortcut edges and evidence.

    A property value that does not fit raises FactError, unless ``skipped`` is a list (text-mined
    facts): then the message goes there and the rest of the fact is kept."""
    voc = _vocab()
    where = f"{document.doc_id} fact {fact.key!r} ({fact.origin or fact.agent})"
    g = NamedNode(g_assert)
    s = NamedNode(fact_iri(document.doc_id, fact.kind, fact.key))
    pub = NamedNode(resource(segment(document.doc_id), "publication"))
    quads = [Quad(s, A, NamedNode(CY[fact.kind]), g)]
    if is_subclass(fact.kind, "Fact"):
        quads.append(Quad(s, A, NamedNode(CY.Fact), g))
    if fact.label:
        quads.append(Quad(s, NamedNode(RDFS + "label"), Literal(fact.label), g))
    quads.append(Quad(s, NamedNode(CY.publication), pub, g))
    if fact.kind == "Study":
        quads.append(Quad(pub, NamedNode(CY.hasStudy), s, g))
    on_evidence: list[tuple[str, NamedNode | Literal]] = []
    for name, value in fact.properties:
        try:
            term = property_value(name, value, document.doc_id, by_key, where)
        except FactError as err:
            if skipped is None:
                raise
            skipped.append(f"{err}; property left out")
            continue
        domain = (voc["object"].get(name) or voc["data"].get(name) or {}).get("domain")
        if domain == "Evidence":
            on_evidence.append((name, term))
        else:
            quads.append(Quad(s, NamedNode(CY[name]), term, g))
    quads += shortcut_quads(fact, design, g)
    evidence = NamedNode(evidence_iri(document.doc_id, fact))
    quads.append(Quad(s, NamedNode(CY.hasEvidence), evidence, g))
    quads += evidence_quads(
        document,
        fact,
        activity,
        g_prov,
        is_claim=is_subclass(fact.kind, "AuthorClaim"),
        level=level,
        extra=on_evidence,
        others=others,
    )
    return quads


def property_value(name: str, value: Value, doc_id: str, by_key: dict, where: str):
    """The RDF term of one (property, value) pair, by the property's declaration."""
    voc = _vocab()
    if name in voc["object"]:
        if not isinstance(value, str):
            raise FactError(f"{where}: object property {name} needs an IRI, not {value!r}")
        if value.startswith("#"):
            target = by_key.get(value[1:])
            if target is None:
                raise FactError(f"{where}: {name} refers to {value!r}, no fact of that key")
            return NamedNode(fact_iri(doc_id, target.kind, target.key))
        if ":" in value:
            try:
                return NamedNode(expand(value))
            except Exception as err:  # curies raises its own ExpansionError types
                raise FactError(f"{where}: {name} value {value!r} is not a known CURIE") from err
        if value in voc["individuals"]:
            return NamedNode(CY[value])
        raise FactError(f"{where}: {name} value {value!r} is no '#key', CURIE or cy: individual")
    if name in voc["data"]:
        return _typed(value, voc["data"][name].get("range", "xsd:string"), f"{where}: {name}")
    if name in voc["annotation"]:
        return Literal(str(value))
    raise FactError(f"{where}: property {name!r} is not in vocabulary.yaml")


def _typed(value: Value, datatype: str, where: str) -> Literal:
    """A literal of the property's xsd range; a value of the wrong type is an error."""
    try:
        if isinstance(value, bool) and datatype != "xsd:boolean":
            raise ValueError("a boolean")
        if datatype == "xsd:string":
            return Literal(str(value))
        if datatype == "xsd:decimal":
            return decimal_literal(value)
        if datatype == "xsd:integer":
            number = float(value) if isinstance(value, float) else int(str(value))
            if number != int(number):
                raise ValueError("not a whole number")
            return Literal(str(int(number)), datatype=NamedNode(XSD + "integer"))
        if datatype == "xsd:boolean":
            if isinstance(value, bool) or str(value).lower() in {"true", "false"}:
                return Literal(str(value).lower(), datatype=NamedNode(XSD + "boolean"))
            raise ValueError("not true/false")
        if datatype == "xsd:gYear":
            year = int(str(value))
            return Literal(f"{year:04d}", datatype=NamedNode(XSD + "gYear"))
    except ValueError as err:
        raise FactError(f"{where}: {value!r} is not a valid {datatype} ({err})") from err
    raise FactError(f"{where}: unsupported range {datatype}")


def shortcut_quads(fact: Fact, design: str | None, g: NamedNode) -> list[Quad]:
    """The one-hop drug -> disease / drug -> target edges a reified fact stands for."""
    quads = []
    for rule in rules()["shortcuts"]:
        if rule["kind"] != fact.kind:
            continue
        predicate = rule["predicate"]
        if design in rules()["trial_designs"] and rule.get("trial_predicate"):
            predicate = rule["trial_predicate"]
        for subject in fact.values(rule["from"]):
            for obj in fact.values(rule["to"]):
                if _is_curie(subject) and _is_curie(obj):
                    edge = (NamedNode(expand(subject)), NamedNode(CY[predicate]))
                    quads.append(Quad(*edge, NamedNode(expand(obj)), g))
    return quads


def _is_curie(value: Value) -> bool:
    return isinstance(value, str) and not value.startswith("#") and ":" in value


def mention_quads(result: DocumentResult, graph_iri: str) -> list[Quad]:
    """Per distinct grounded entity, one oa:Annotation with the entity as body and its first few
    mention spans as targets (the complete mention list stays out, to keep the graph small)."""
    document = result.parsed.document
    g = NamedNode(graph_iri)
    limit = int(rules()["annotation_spans"])
    spans: dict[str, list[Span]] = defaultdict(list)
    for m in sorted(result.mentions, key=lambda m: (m.start, m.end)):
        if m.curie and len(spans[m.curie]) < limit:
            span = Span(m.start, m.end, m.text)
            if span not in spans[m.curie]:
                spans[m.curie].append(span)
    quads: list[Quad] = []
    for curie, entity_spans in sorted(spans.items()):
        try:
            body = NamedNode(expand(curie))
        except Exception as err:  # unknown prefix: report, never mint an IRI
            result.problems.append(
                Problem(document.path.name, "warning", f"mention id {curie!r} unknown: {err}")
            )
            continue
        ann = NamedNode(resource(segment(document.doc_id), "annotation", segment(curie)))
        quads += [
            Quad(ann, A, NamedNode(OA + "Annotation"), g),
            Quad(ann, NamedNode(OA + "motivatedBy"), NamedNode(OA + "identifying"), g),
            Quad(ann, NamedNode(OA + "hasBody"), body, g),
        ]
        for span in entity_spans:
            try:
                check_span(document, span, f"{document.doc_id} mention of {curie}")
                quads += span_quads(document, span, graph_iri)
            except SpanError as err:
                result.problems.append(Problem(document.path.name, "warning", str(err)))
                continue
            target = NamedNode(span_iri(document.doc_id, span))
            quads.append(Quad(ann, NamedNode(OA + "hasTarget"), target, g))
    return quads
