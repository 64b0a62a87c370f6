"""Request values -> RDF terms for a saved query, never pasted into query text as strings.

A single value is bound with pyoxigraph ``substitutions`` (SEP-0007). Several values for one
parameter become a ``VALUES`` block, written from the parsed terms' own N-Triples form (so a value
can only ever be one term) and put at the start of the WHERE group. A value that is not a term of
the parameter's type is a ``ParameterError`` naming the parameter (the API answers 400).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

import pyoxigraph as ox

from cytokg.server.query_library import Parameter, SavedQuery, code_only
from cytokg.terms import PREFIXES, XSD

MAX_VALUE_CHARS = 2000
MAX_VALUES = 100
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_DOUBLE = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN")
_GYEAR = re.compile(r"-?\d{4,}")
_GYEARMONTH = re.compile(r"-?\d{4,}-(0[1-9]|1[0-2])")
_CURIE = re.compile(r"([A-Za-z][A-Za-z0-9._-]*):([^\s/<>\"]*)")
_SAFE_SCHEMES = frozenset({"http", "https", "urn", "mailto", "ftp", "file", "tag", "doi"})


class ParameterError(ValueError):
    """A request value that does not fit its parameter (HTTP 400)."""

    def __init__(self, name: str, message: str):
        super().__init__(f"parameter {name!r}: {message}")
        self.parameter = name


@dataclass(frozen=True)
class BoundQuery:
    """What to run: the query text (maybe with a VALUES block) and the single-value bindings."""

    query: str
    substitutions: tuple[tuple[str, ox.NamedNode | ox.Literal], ...]

    def substitution_map(self) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
        return {ox.Variable(v): t for v, t in self.substitutions}


def expand_iri(name: str, raw: str) -> ox.NamedNode:
    """An absolute IRI, or a CURIE with a project or reference-table prefix."""
    raw = raw.strip()
    match = _CURIE.fullmatch(raw)
    if match and match.group(1).lower() not in _SAFE_SCHEMES:
        prefix, local = match.groups()
        if prefix in PREFIXES:
            raw = PREFIXES[prefix] + local
        else:
            from cytokg.identifiers import converter

            expanded = converter().expand(raw)
            if expanded is None:
                raise ParameterError(name, f"unknown CURIE prefix {prefix!r} in {raw!r}")
            raw = expanded
    try:
        node = ox.NamedNode(raw)
    except ValueError as exc:
        raise ParameterError(name, f"not a valid absolute IRI: {raw!r} ({exc})") from None
    return node


def _check_lexical(name: str, datatype: str, raw: str) -> str:
    local = datatype.removeprefix(XSD)
    ok = True
    try:
        if local in {"integer", "long", "int", "nonNegativeInteger", "positiveInteger",
                     "negativeInteger", "nonPositiveInteger"}:
            ok = bool(_INTEGER.fullmatch(raw))
            if ok:
                value = int(raw)
                ok = {
                    "nonNegativeInteger": value >= 0, "positiveInteger": value > 0,
                    "negativeInteger": value < 0, "nonPositiveInteger": value <= 0,
                }.get(local, True)
        elif local == "decimal":
            ok = bool(_DECIMAL.fullmatch(raw))
        elif local in {"double", "float"}:
            ok = bool(_DOUBLE.fullmatch(raw)) and (raw in {"INF", "-INF", "+INF", "NaN"}
                                                   or math.isfinite(float(raw)))
        elif local == "boolean":
            ok = raw in {"true", "false", "1", "0"}
        elif local == "date":
            date.fromisoformat(raw)
        elif local == "dateTime":
            ok = "T" in raw
            datetime.fromisoformat(raw)
        elif local == "time":
            time.fromisoformat(raw)
        elif local == "gYear":
            ok = bool(_GYEAR.fullmatch(raw))
        elif local == "gYearMonth":
            ok = bool(_GYEARMONTH.fullmatch(raw))
    except ValueError:
        ok = False
    if not ok:
        raise ParameterError(name, f"{raw!r} is not a valid xsd:{local}")
    return raw


def to_term(param: Parameter, raw: str) -> ox.NamedNode | ox.Literal:
    """Parse one request value into exactly one RDF term of the parameter's type."""
    if len(raw) > MAX_VALUE_CHARS:
        raise ParameterError(param.name, f"value longer than {MAX_VALUE_CHARS} characters")
    if param.enum and raw not in param.enum:
        raise ParameterError(param.name, f"{raw!r} is not one of {list(param.enum)}")
    if param.kind == "iri":
        return expand_iri(param.name, raw)
    if param.kind == "typed":
        return ox.Literal(_check_lexical(param.name, param.datatype, raw.strip()),
                          datatype=ox.NamedNode(param.datatype))
    if param.kind == "lang":
        return ox.Literal(raw, language=param.lang)
    return ox.Literal(raw)


def _where_brace(query: str) -> int:
    """Offset of the '{' that opens the WHERE group of a SELECT or ASK query."""
    code = code_only(query)
    head = re.search(r"\bWHERE\s*\{", code, re.IGNORECASE)
    if head:
        return head.end() - 1
    first = code.find("{")
    if first < 0:
        raise ValueError("query has no group pattern")
    return first


def values_block(variable: str, terms: Sequence[ox.NamedNode | ox.Literal]) -> str:
    """``VALUES ?v { t1 t2 }`` from parsed terms (their N-Triples form: one token per term)."""
    return f" VALUES ?{variable} {{ {' '.join(str(t) for t in terms)} }} "


def bind(saved: SavedQuery, args: Mapping[str, Sequence[str]]) -> BoundQuery:
    """Validate request values against the query's parameters and bind them."""
    substitutions: list[tuple[str, ox.NamedNode | ox.Literal]] = []
    blocks: list[str] = []
    for param in saved.parameters:
        raw_values = [v for v in args.get(param.name, ()) if v != ""]
        if not raw_values and param.default is not None:
            raw_values = [param.default]
        if not raw_values:
            if param.required:
                raise ParameterError(param.name, "is required")
            continue
        if len(raw_values) > MAX_VALUES:
            raise ParameterError(param.name, f"more than {MAX_VALUES} values")
        terms = list(dict.fromkeys(to_term(param, raw) for raw in raw_values))
        if len(terms) == 1:
            substitutions.append((param.variable, terms[0]))
        elif saved.query_type not in {"select", "ask"}:
            raise ParameterError(param.name, "only one value is allowed for this query")
        else:
            blocks.append(values_block(param.variable, terms))
    query = saved.query
    if blocks:
        at = _where_brace(query) + 1
        query = query[:at] + "".join(blocks) + query[at:]
    return BoundQuery(query=query, substitutions=tuple(substitutions))


def unknown_arguments(saved: SavedQuery, args: Mapping[str, Sequence[str]],
                      reserved: frozenset[str]) -> list[str]:
    names = {p.name for p in saved.parameters} | reserved
    return sorted(a for a in args if a not in names)


def paginate(query: str, page: int, size: int) -> str:
    """The query limited to one page (page numbers start at 1; integers we computed)."""
    return f"{query}\nLIMIT {int(size)} OFFSET {(int(page) - 1) * int(size)}"


def with_defaults_inlined(saved: SavedQuery) -> str:
    """The query text with each default value written as a VALUES block (for the web UI's
    editor, which sends plain SPARQL): the same answer as the API gives with no arguments."""
    blocks = []
    if saved.query_type in {"select", "ask"}:
        for param in saved.parameters:
            if param.default is not None:
                blocks.append(values_block(param.variable, [to_term(param, param.default)]))
    if not blocks:
        return saved.query
    at = _where_brace(saved.query) + 1
    return saved.query[:at] + "\n " + "".join(blocks).strip() + saved.query[at:]

