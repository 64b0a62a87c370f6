"""Provenance quads: text spans with Web Annotation selectors, evidence nodes, the build activity
and the nanopublication head of each document.

Spans and selectors get IRIs (``cyr:<doc>/span/<start>-<end>`` and ``.../quote``, ``.../position``)
instead of blank nodes, so the same input always serializes to the same bytes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from urllib.parse import quote

import yaml
from pyoxigraph import Literal, NamedNode, Quad

from cytokg import __version__
from cytokg.graph_build.records import Document, Fact, Span
from cytokg.identifiers import expand
from cytokg.terms import CY, DCTERMS, NP, OA, PROV, RDF, XSD, graph, resource

RULES_FILE = Path(__file__).resolve().parent / "data" / "rdf_rules.yaml"

A = NamedNode(RDF + "type")


class SpanError(ValueError):
    """A span whose quote is not the document text at its offsets."""


@cache
def rules() -> dict:
    """graph_build/data/rdf_rules.yaml, parsed once."""
    return yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class BuildActivity:
    """One run of the build: its IRI is a digest of the inputs and the start time."""

    iri: str
    started: str  # xsd:dateTime, UTC, e.g. 2026-01-01T00:00:00Z
    tool_version: str
    digest: str  # 16 hex digits


def normalise_time(value: str | None) -> str:
    """An ISO 8601 time as UTC 'YYYY-MM-DDTHH:MM:SSZ'; None means now."""
    if value is None:
        moment = datetime.now(UTC)
    else:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as err:
            raise ValueError(f"build time {value!r} is not an ISO 8601 date-time") from err
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_activity(inputs: list[str], build_time: str | None) -> BuildActivity:
    """The activity for these inputs (e.g. 'doc sha256' strings, sorted by the caller or not)."""
    started = normalise_time(build_time)
    digest = hashlib.sha256()
    for item in [__version__, started, *sorted(inputs)]:
        digest.update(item.encode("utf-8") + b"\n")
    short = digest.hexdigest()[:16]
    return BuildActivity(resource("build", short), started, __version__, short)


def activity_quads(activity: BuildActivity, graph_iri: str) -> list[Quad]:
    """The activity as cy:BuildActivity / prov:Activity with tool version and start time."""
    g = NamedNode(graph_iri)
    s = NamedNode(activity.iri)
    return [
        Quad(s, A, NamedNode(CY.BuildActivity), g),
        Quad(s, A, NamedNode(PROV + "Activity"), g),
        Quad(s, NamedNode(CY.toolVersion), Literal(activity.tool_version), g),
        Quad(
            s,
            NamedNode(PROV + "startedAtTime"),
            Literal(activity.started, datatype=NamedNode(XSD + "dateTime")),
            g,
        ),
    ]


def segment(text: str) -> str:
    """A document id or fact key as one IRI path segment (percent-encoded where needed)."""
    return quote(str(text), safe="-._~")


def span_iri(doc_id: str, span: Span) -> str:
    return resource(segment(doc_id), "span", f"{span.start}-{span.end}")


def check_span(document: Document, span: Span, where: str) -> None:
    """The quote must be the document text at the span's offsets (code point indices)."""
    if not 0 <= span.start < span.end <= len(document.text):
        raise SpanError(f"{where}: span {span.start}-{span.end} is outside {document.path.name}")
    actual = document.text[span.start : span.end]
    if actual != span.quote:
        raise SpanError(
            f"{where}: quote {span.quote[:60]!r} is not the text at {span.start}-{span.end} "
            f"of {document.path.name} ({actual[:60]!r})"
        )


def span_quads(document: Document, span: Span, graph_iri: str) -> list[Quad]:
    """A span as cy:TextSpan + oa:SpecificResource with quote and position selectors."""
    g = NamedNode(graph_iri)
    iri = span_iri(document.doc_id, span)
    s = NamedNode(iri)
    doc = NamedNode(resource(segment(document.doc_id)))
    quote_sel = NamedNode(iri + "/quote")
    pos_sel = NamedNode(iri + "/position")
    width = int(rules()["selector_context"])
    prefix = document.text[max(0, span.start - width) : span.start]
    suffix = document.text[span.end : span.end + width]
    return [
        Quad(s, A, NamedNode(CY.TextSpan), g),
        Quad(s, A, NamedNode(OA + "SpecificResource"), g),
        Quad(s, NamedNode(CY.inDocument), doc, g),
        Quad(s, NamedNode(OA + "hasSource"), doc, g),
        Quad(s, NamedNode(CY.quote), Literal(span.quote), g),
        Quad(s, NamedNode(CY.startOffset), _int(span.start), g),
        Quad(s, NamedNode(CY.endOffset), _int(span.end), g),
        Quad(s, NamedNode(OA + "hasSelector"), quote_sel, g),
        Quad(s, NamedNode(OA + "hasSelector"), pos_sel, g),
        Quad(quote_sel, A, NamedNode(OA + "TextQuoteSelector"), g),
        Quad(quote_sel, NamedNode(OA + "exact"), Literal(span.quote), g),
        Quad(quote_sel, NamedNode(OA + "prefix"), Literal(prefix), g),
        Quad(quote_sel, NamedNode(OA + "suffix"), Literal(suffix), g),
        Quad(pos_sel, A, NamedNode(OA + "TextPositionSelector"), g),
        Quad(pos_sel, NamedNode(OA + "start"), _int(span.start), g),
        Quad(pos_sel, NamedNode(OA + "end"), _int(span.end), g),
    ]


def span_document(document: Document, span: Span, others: dict[str, Document], where: str):
    """The document a span lies in: this one, or (cross-paper conflicts) the one it names."""
    if span.doc is None or span.doc == document.doc_id:
        return document
    if span.doc not in others:
        raise SpanError(f"{where}: span lies in document {span.doc!r}, which is not in this build")
    return others[span.doc]


def evidence_code(fact: Fact, is_claim: bool) -> str:
    """ECO CURIE for a fact: by agent, author statements apart from clinical study facts."""
    codes = rules()["evidence_codes"].get(fact.agent)
    if codes is None:
        raise ValueError(f"fact {fact.key}: unknown agent {fact.agent!r}")
    return codes["claims" if is_claim else "facts"]


def evidence_iri(doc_id: str, fact: Fact) -> str:
    return resource(segment(doc_id), "evidence", segment(fact.key))


def evidence_quads(
    document: Document,
    fact: Fact,
    activity: BuildActivity,
    graph_iri: str,
    *,
    is_claim: bool,
    level: str | None,
    extra: list[tuple[str, NamedNode | Literal]] = (),
    others: dict[str, Document] | None = None,
) -> list[Quad]:
    """The Evidence node of a fact: agent, confidence, ECO code, level, spans, activity."""
    g = NamedNode(graph_iri)
    e = NamedNode(evidence_iri(document.doc_id, fact))
    quads = [
        Quad(e, A, NamedNode(CY.Evidence), g),
        Quad(e, NamedNode(CY.agentType), NamedNode(CY[fact.agent]), g),
        Quad(e, NamedNode(CY.confidence), decimal_literal(fact.confidence), g),
        Quad(e, NamedNode(PROV + "wasGeneratedBy"), NamedNode(activity.iri), g),
    ]
    if fact.reading_method:
        quads.append(Quad(e, NamedNode(CY.readingMethod), NamedNode(CY[fact.reading_method]), g))
    explicit = {name for name, _ in extra}
    if "evidenceCode" not in explicit:
        code = NamedNode(expand(evidence_code(fact, is_claim)))
        quads.append(Quad(e, NamedNode(CY.evidenceCode), code, g))
    if level and "evidenceLevel" not in explicit:
        quads.append(Quad(e, NamedNode(CY.evidenceLevel), NamedNode(CY[level]), g))
    for name, value in extra:
        quads.append(Quad(e, NamedNode(CY[name]), value, g))
    for span in fact.spans:
        where = f"{document.doc_id} fact {fact.key} ({fact.origin or fact.agent})"
        source = span_document(document, span, others or {}, where)
        check_span(source, span, where)
        span_node = NamedNode(span_iri(source.doc_id, span))
        quads.append(Quad(e, NamedNode(CY.derivedFrom), span_node, g))
        quads.extend(span_quads(source, span, graph_iri))
    return quads


def head_quads(doc_id: str, activity: BuildActivity) -> list[Quad]:
    """The nanopublication head: which graphs are the assertion, provenance and pubinfo."""
    doc_id = segment(doc_id)
    g = NamedNode(graph(doc_id, "head"))
    np_iri = NamedNode(resource(doc_id, "nanopub"))
    return [
        Quad(np_iri, A, NamedNode(NP + "Nanopublication"), g),
        Quad(np_iri, NamedNode(NP + "hasAssertion"), NamedNode(graph(doc_id, "assertion")), g),
        Quad(np_iri, NamedNode(NP + "hasProvenance"), NamedNode(graph(doc_id, "provenance")), g),
        Quad(np_iri, NamedNode(NP + "hasPublicationInfo"), NamedNode(graph(doc_id, "pubinfo")), g),
        Quad(np_iri, NamedNode(PROV + "wasGeneratedBy"), NamedNode(activity.iri), g),
        Quad(np_iri, NamedNode(DCTERMS + "source"), NamedNode(resource(doc_id)), g),
    ]


def decimal_literal(value: float | int | str) -> Literal:
    """xsd:decimal without exponent, shortest round-trip digits (0.004, 8.0, 0.0000000001)."""
    try:
        number = Decimal(value if isinstance(value, str) else repr(float(value)))
    except (InvalidOperation, ValueError) as err:
        raise ValueError(f"{value!r} is not a decimal number") from err
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a finite decimal number")
    text = format(number, "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=NamedNode(XSD + "decimal"))


def _int(value: int) -> Literal:
    return Literal(str(int(value)), datatype=NamedNode(XSD + "integer"))
