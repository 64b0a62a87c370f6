"""Content negotiation (RFC 9110 section 12.5.1): Accept with q-values and wildcards, and the
tables of media types we serve for each kind of SPARQL result.

Pure functions over strings, so the same negotiation runs in the web process and in a query worker.
"""

from __future__ import annotations

from dataclasses import dataclass

# kind of result -> ordered (media type, pyoxigraph format name); the first is the default.
RESULT_TYPES: dict[str, tuple[tuple[str, str], ...]] = {
    "results": (
        ("application/sparql-results+json", "JSON"),
        ("application/sparql-results+xml", "XML"),
        ("text/csv", "CSV"),
        ("text/tab-separated-values", "TSV"),
        ("application/json", "JSON"),
        ("application/xml", "XML"),
        ("text/xml", "XML"),
    ),
    "graph": (
        ("text/turtle", "TURTLE"),
        ("application/n-triples", "N_TRIPLES"),
        ("application/n-quads", "N_QUADS"),
        ("application/trig", "TRIG"),
        ("application/rdf+xml", "RDF_XML"),
        ("application/ld+json", "JSON_LD"),
        ("text/plain", "N_TRIPLES"),
        ("application/x-turtle", "TURTLE"),
        ("application/xml", "RDF_XML"),
    ),
}

# The common `format=` request parameter (Fuseki, Virtuoso, rdflib-endpoint) -> media type per kind.
FORMAT_NAMES: dict[str, dict[str, str]] = {
    "json": {"results": "application/sparql-results+json", "graph": "application/ld+json"},
    "xml": {"results": "application/sparql-results+xml", "graph": "application/rdf+xml"},
    "csv": {"results": "text/csv"},
    "tsv": {"results": "text/tab-separated-values"},
    "turtle": {"graph": "text/turtle"},
    "ttl": {"graph": "text/turtle"},
    "ntriples": {"graph": "application/n-triples"},
    "nt": {"graph": "application/n-triples"},
    "nquads": {"graph": "application/n-quads"},
    "nq": {"graph": "application/n-quads"},
    "trig": {"graph": "application/trig"},
    "rdfxml": {"graph": "application/rdf+xml"},
    "jsonld": {"graph": "application/ld+json"},
    "json-ld": {"graph": "application/ld+json"},
}
# A `format=` value may also be a full media type.
for _kind, _rows in RESULT_TYPES.items():
    for _media, _ in _rows:
        FORMAT_NAMES.setdefault(_media, {})[_kind] = _media
# text/plain and generic XML/JSON are acceptable for both kinds; keep format= lookups unambiguous.
TEXT_TYPES = {"text/csv", "text/tab-separated-values", "text/turtle", "text/plain", "text/xml"}


class NotAcceptable(Exception):
    """Nothing we can produce for this kind of result matches the Accept header."""


@dataclass(frozen=True)
class MediaRange:
    type: str  # "text", or "*"
    subtype: str  # "turtle", or "*"
    q: float
    order: int  # position in the header, to break ties

    @property
    def specificity(self) -> int:
        return (self.type != "*") + (self.subtype != "*")

    def matches(self, media_type: str) -> bool:
        main, _, sub = media_type.partition("/")
        return self.type in ("*", main) and self.subtype in ("*", sub)


def parse_accept(header: str | None) -> tuple[MediaRange, ...]:
    """Parse an Accept header; a missing or empty header means */*. Malformed ranges are skipped."""
    if not header or not header.strip():
        return (MediaRange("*", "*", 1.0, 0),)
    ranges = []
    for order, item in enumerate(header.split(",")):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        if "/" not in media:
            continue
        main, _, sub = media.partition("/")
        if not main or not sub or (main == "*" and sub != "*"):
            continue
        q = 1.0
        for param in parts[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value.strip())))
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(main, sub, q, order))
    return tuple(ranges)


def quality(ranges: tuple[MediaRange, ...], media_type: str) -> float:
    """q of the most specific range matching media_type (RFC 9110: more specific ranges win)."""
    best: MediaRange | None = None
    for r in ranges:
        if r.matches(media_type) and (best is None or r.specificity > best.specificity):
            best = r
    return best.q if best else 0.0


def negotiate(ranges: tuple[MediaRange, ...], kind: str) -> tuple[str, str]:
    """Best (media type, format name) for a result kind ("results" or "graph").

    Highest q wins; among equal q, the client's explicit (most specific, earliest) choice, then our
    table order. Raises NotAcceptable when every candidate has q=0.
    """
    scored = []
    for position, (media, fmt) in enumerate(RESULT_TYPES[kind]):
        q = quality(ranges, media)
        if q <= 0:
            continue
        exact = [r for r in ranges if r.specificity == 2 and r.matches(media)]
        explicit = (0, exact[0].order) if exact else (1, 0)
        scored.append((-q, explicit, position, media, fmt))
    if not scored:
        offered = ", ".join(m for m, _ in RESULT_TYPES[kind])
        raise NotAcceptable(
            f"none of the accepted media types fits a {kind} result; we offer {offered}"
        )
    _, _, _, media, fmt = min(scored)
    return media, fmt


def from_format_param(value: str, kind: str) -> tuple[str, str]:
    """Media type and format name for a `format=` parameter value, or NotAcceptable."""
    by_kind = FORMAT_NAMES.get(value.strip().lower())
    if not by_kind or kind not in by_kind:
        names = sorted(n for n, k in FORMAT_NAMES.items() if kind in k and "/" not in n)
        raise NotAcceptable(
            f"format={value!r} does not fit a {kind} result; use one of {', '.join(names)}"
        )
    media = by_kind[kind]
    return media, dict(RESULT_TYPES[kind])[media]


def choose(accept: str | None, fmt: str | None, kind: str) -> tuple[str, str]:
    """The one negotiation rule: `format=` wins over Accept."""
    if fmt:
        return from_format_param(fmt, kind)
    return negotiate(parse_accept(accept), kind)


def content_type_header(media: str) -> str:
    textual = media.startswith("text/") or "json" in media or "xml" in media
    return f"{media}; charset=utf-8" if textual else media


def wants_html(accept: str | None) -> bool:
    """A browser: text/html preferred over every RDF and result type we have."""
    ranges = parse_accept(accept)
    html = max((r.q for r in ranges if r.specificity == 2 and r.matches("text/html")), default=0.0)
    if html <= 0:
        return False
    others = [quality(ranges, m) for rows in RESULT_TYPES.values() for m, _ in rows]
    explicit = [r.q for r in ranges if r.specificity == 2 and not r.matches("text/html")]
    return html >= max(explicit, default=0.0) and html >= max(others, default=0.0)
