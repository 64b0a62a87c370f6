"""Check a graph against the ontology: SHACL shapes (pyshacl) and the HermiT reasoner.

``validate_graph`` validates the union of all graphs of an rdflib Graph or Dataset, with the
ontology as ont_graph so shapes follow rdfs:subClassOf. The build validates each document's
graphs on their own (graph_build/checks.py), in its workers; ``cytokg validate`` takes files or a
whole store.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph
import pyshacl
import rdflib
from rdflib.namespace import SH

from cytokg.config import ONTOLOGY_DIR
from cytokg.identifiers import compress
from cytokg.ontology.build import TTL_FILE
from cytokg.ontology.reasoning import ReasonerReport, reason
from cytokg.terms import PREFIXES

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    severity: str
    value: str | None = None

    def line(self) -> str:
        where = f" {self.path}" if self.path else ""
        shown = self.value is not None and self.value != self.focus
        value = f" (value {self.value})" if shown else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    triples: int
    seconds: float

    @property
    def errors(self) -> tuple[Violation, ...]:
        """Results of severity sh:Violation (warnings do not fail a check)."""
        return tuple(v for v in self.violations if v.severity == "Violation")

    def text(self) -> str:
        head = (f"SHACL: {'conforms' if self.conforms else 'does NOT conform'} "
                f"({self.triples} triples, {len(self.errors)} violations, "
                f"{len(self.violations) - len(self.errors)} warnings, {self.seconds:.1f} s)")
        return "\n".join([head, *("  " + v.line() for v in self.violations)])


def short(node) -> str:
    """A readable name for an IRI: cy:/cyr: or a registry CURIE, else the IRI."""
    if node is None:
        return ""
    if isinstance(node, rdflib.Literal):
        return repr(str(node))
    text = str(node)
    if isinstance(node, rdflib.BNode):
        return "_:" + text
    for prefix in ("cyr", "cy", "oa", "prov", "rdfs", "skos"):
        if text.startswith(PREFIXES[prefix]):
            return f"{prefix}:{text[len(PREFIXES[prefix]):]}"
    return compress(text) or f"<{text}>"


@cache
def shapes_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES_FILE, format="turtle")


@cache
def ontology_graph() -> rdflib.Graph:
    if not TTL_FILE.exists():
        raise FileNotFoundError(f"{TTL_FILE} is missing: run `cytokg ontology`")
    return rdflib.Graph().parse(TTL_FILE, format="turtle")


def union_graph(data: rdflib.Graph | rdflib.Dataset) -> rdflib.Graph:
    """All triples of every graph of ``data`` in one graph."""
    if isinstance(data, rdflib.Dataset):
        union = rdflib.Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return data


def validate_graph(
    data: rdflib.Graph | rdflib.Dataset,
    shapes: rdflib.Graph | None = None,
    ontology: rdflib.Graph | None = None,
    *,
    owned: bool = False,
) -> ValidationReport:
    """SHACL over ``data`` with the ontology mixed in (so shapes follow rdfs:subClassOf and see
    the ontology's individuals). ``owned``: ``data`` is a Graph the caller gives away, so the
    ontology is added to it directly instead of to a copy pyshacl would make (half the time of
    validating one document)."""
    started = time.perf_counter()
    graph = union_graph(data)
    triples = len(graph)
    ontology = ontology if ontology is not None else ontology_graph()
    if owned:
        graph += ontology
    conforms, results, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes if shapes is not None else shapes_graph(),
        ont_graph=None if owned else ontology,
        inference="none", abort_on_first=False, allow_warnings=True,
    )
    violations = sorted(
        (
            Violation(
                focus=short(results.value(r, SH.focusNode)),
                path=short(results.value(r, SH.resultPath)) or None,
                message=str(results.value(r, SH.resultMessage) or "constraint violated"),
                severity=short(results.value(r, SH.resultSeverity)).rpartition("#")[2]
                .rpartition(":")[2].rstrip(">"),
                value=short(results.value(r, SH.value)) if results.value(r, SH.value) else None,
            )
            for r in results.subjects(rdflib.RDF.type, SH.ValidationResult)
        ),
        key=lambda v: (v.focus, v.path or "", v.message),
    )
    return ValidationReport(bool(conforms), tuple(violations), triples,
                            time.perf_counter() - started)


def store_union(store_path: Path) -> rdflib.Graph:
    """The union of every graph of a pyoxigraph store, as an rdflib Graph."""
    store = pyoxigraph.Store.read_only(str(Path(store_path).resolve()))
    try:
        return rdflib_graph(store)
    finally:
        del store


def rdflib_graph(quads: Iterable[pyoxigraph.Quad]) -> rdflib.Graph:
    """The triples of pyoxigraph quads (graph names dropped) as an rdflib Graph.

    Terms are converted one by one (each distinct term once) rather than through N-Triples text,
    which rdflib parses about 1.4× slower; a simple literal stays a plain rdflib Literal, as the
    N-Triples parser would give it."""
    terms: dict = {}

    def term(t):
        converted = terms.get(t)
        if converted is None:
            converted = terms[t] = _rdflib_term(t)
        return converted

    graph = rdflib.Graph()
    graph.addN((term(q.subject), term(q.predicate), term(q.object), graph) for q in quads)
    return graph


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _rdflib_term(t):
    if isinstance(t, pyoxigraph.NamedNode):
        return rdflib.URIRef(t.value)
    if isinstance(t, pyoxigraph.BlankNode):
        return rdflib.BNode(t.value)
    if isinstance(t, pyoxigraph.Literal):
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        datatype = t.datatype.value
        return rdflib.Literal(t.value, datatype=None if datatype == _XSD_STRING else datatype)
    raise TypeError(f"store_union: unsupported term {t!r}")  # RDF-star triples are not built


def load_files(paths: list[Path]) -> rdflib.Dataset:
    """RDF files (format from the extension) in one dataset."""
    dataset = rdflib.Dataset()
    for path in paths:
        fmt = rdflib.util.guess_format(str(path))
        if fmt is None:
            raise ValueError(f"{path}: unknown RDF format (use .ttl, .nt, .nq, .trig, .owl, .rdf)")
        try:
            if fmt in ("nquads", "trig"):
                dataset.parse(path, format=fmt)
            else:
                dataset.graph(rdflib.URIRef(path.resolve().as_uri())).parse(path, format=fmt)
        except Exception as err:  # rdflib raises parser-specific types
            raise ValueError(f"{path}: cannot parse as {fmt}: {err}") from None
    return dataset


def check_reasoner(refresh: bool = False) -> ReasonerReport:
    """HermiT: consistency and unsatisfiable classes of the ontology plus the reference drugs."""
    return reason(refresh=refresh)
