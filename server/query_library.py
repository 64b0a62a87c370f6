"""The saved-query library: ``queries/*.rq`` files with grlc-style ``#+`` headers, parsed once.

A file is one API operation (its stem is the route). Header lines ``#+ key: value`` form a YAML
document (``summary``, ``description``, ``tags``, ``defaults``, ``enumerate``, ``pagination``,
``method``); the rest stays a valid SPARQL query. Parameters follow grlc's variable naming:
``?_name`` (required literal), ``?__name`` (optional), ``?_name_iri`` (IRI), ``?_name_integer``
and the other XSD names (typed literal), ``?_name_en`` (language-tagged), ``?_name_xsd_gYear``
(prefix_datatype). Unlike grlc, a bad header is an error naming the file, and every query is
checked at load time: it must parse, and each parameter must be bindable by substitution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import yaml

from cytokg.terms import PREFIXES, XSD

# XSD datatypes grlc accepts as a parameter type suffix (from grlc static.XSD_DATATYPES).
XSD_TYPES = frozenset(
    {
        "string", "boolean", "decimal", "integer", "double", "float", "date", "dateTime", "time",
        "gYear", "gYearMonth", "nonNegativeInteger", "positiveInteger", "negativeInteger",
        "nonPositiveInteger", "long", "int", "anyURI",
    }
)
HEADER_KEYS = frozenset(
    {"summary", "description", "tags", "defaults", "enumerate", "pagination", "method", "endpoint"}
)
_PARAM_VAR = re.compile(r"^(?P<req>_{1,2})(?P<name>[A-Za-z0-9]+)(?:_(?P<type>[A-Za-z0-9]+))?"
                        r"(?:_(?P<user>[A-Za-z0-9]+))?$")
# Tokens to skip when looking for variables: IRIs, strings (long and short), comments.
_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_VARIABLE = re.compile(r"[?$]([A-Za-z0-9_]+)")


class QueryFileError(ValueError):
    """A .rq file that cannot be served; the message names the file."""


@dataclass(frozen=True)
class Parameter:
    """One API parameter, bound to the SPARQL variable ``variable`` (without '?')."""

    name: str
    variable: str
    kind: str  # "iri" | "literal" (plain string) | "typed" | "lang"
    required: bool
    datatype: str | None = None  # full datatype IRI for kind "typed"
    lang: str | None = None
    default: str | None = None
    enum: tuple[str, ...] = ()

    @property
    def type_label(self) -> str:
        if self.kind == "typed" and self.datatype:
            return "xsd:" + self.datatype.removeprefix(XSD)
        return {"iri": "IRI", "literal": "string", "lang": f"string@{self.lang}"}.get(self.kind, "")


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    query: str  # the SPARQL text (header lines kept: they are comments)
    query_type: str  # select | ask | construct | describe
    summary: str
    description: str
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    pagination: int | None = None
    method: str = "GET"

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)


def code_only(query: str) -> str:
    """The query with IRIs, strings and comments blanked (same length), for token scanning."""
    return _SKIP.sub(lambda m: " " * len(m.group(0)), query)


def query_variables(query: str) -> list[str]:
    """Variable names in order of first appearance, outside strings, IRIs and comments."""
    seen: dict[str, None] = {}
    for match in _VARIABLE.finditer(code_only(query)):
        seen.setdefault(match.group(1), None)
    return list(seen)


def parse_header(text: str, path: Path) -> dict:
    lines = [line[2:] for line in text.splitlines() if line.startswith("#+")]
    if not lines:
        return {}
    try:
        header = yaml.safe_load("\n".join(lines)) or {}
    except yaml.YAMLError as exc:
        raise QueryFileError(f"{path.name}: the #+ header is not valid YAML: {exc}") from exc
    if not isinstance(header, dict):
        raise QueryFileError(f"{path.name}: the #+ header must be 'key: value' lines")
    unknown = set(header) - HEADER_KEYS
    if unknown:
        raise QueryFileError(f"{path.name}: unknown header key(s) {sorted(unknown)}")
    return header


def _keyed(header: dict, key: str, path: Path) -> dict:
    """grlc writes defaults/enumerate as a list of one-key mappings; accept a mapping too."""
    raw = header.get(key) or {}
    if isinstance(raw, dict):
        return raw
    if isinstance(raw, list):
        out: dict = {}
        for item in raw:
            if isinstance(item, dict):
                out.update(item)
            elif isinstance(item, str):
                out[item] = None
            else:
                raise QueryFileError(f"{path.name}: bad entry in #+ {key}: {item!r}")
        return out
    raise QueryFileError(f"{path.name}: #+ {key} must be a list or a mapping")


def _parameter(variable: str, header: dict, path: Path) -> Parameter | None:
    match = _PARAM_VAR.match(variable)
    if not match:
        return None
    name, vtype, user = match["name"], match["type"], match["user"]
    kind, datatype, lang = "literal", None, None
    if vtype == "iri":
        kind = "iri"
    elif vtype in (None, "literal", "string"):
        kind = "literal"
    elif vtype == "number":
        kind, datatype = "typed", XSD + "decimal"
    elif vtype in XSD_TYPES:
        kind, datatype = "typed", XSD + vtype
    elif user and vtype in PREFIXES:
        kind, datatype = "typed", PREFIXES[vtype] + user
    elif len(vtype) == 2 and vtype.isalpha():
        kind, lang = "lang", vtype.lower()
    else:
        raise QueryFileError(f"{path.name}: parameter variable ?{variable}: unknown type {vtype!r}")
    defaults = _keyed(header, "defaults", path)
    enums = _keyed(header, "enumerate", path)
    default = defaults.get(name)
    enum = enums.get(name) or ()
    return Parameter(
        name=name,
        variable=variable,
        kind=kind,
        required=match["req"] == "_",
        datatype=datatype,
        lang=lang,
        default=None if default is None else str(default),
        enum=tuple(str(v) for v in enum),
    )


def _dummy(param: Parameter) -> ox.NamedNode | ox.Literal:
    if param.kind == "iri":
        return ox.NamedNode("urn:cytokg:check")
    if param.kind == "typed":
        return ox.Literal("1", datatype=ox.NamedNode(param.datatype))
    return ox.Literal("x", language=param.lang) if param.lang else ox.Literal("x")


def _check(text: str, params: tuple[Parameter, ...], pagination: int | None, path: Path) -> str:
    """Parse the query on an empty store with every parameter substituted; return its type."""
    empty = ox.Store()
    subs = {ox.Variable(p.variable): _dummy(p) for p in params}
    try:
        result = empty.query(text + (" LIMIT 1 OFFSET 0" if pagination else ""), substitutions=subs)
    except SyntaxError as exc:
        raise QueryFileError(f"{path.name}: SPARQL syntax error: {exc}") from exc
    except RuntimeError as exc:  # e.g. a parameter variable missing from the SELECT projection
        raise QueryFileError(f"{path.name}: parameters cannot be bound: {exc}") from exc
    if isinstance(result, ox.QueryBoolean):
        return "ask"
    if isinstance(result, ox.QuerySolutions):
        return "select"
    head = re.search(r"\b(CONSTRUCT|DESCRIBE)\b", code_only(text), re.IGNORECASE)
    return head.group(1).lower() if head else "construct"


def load_query(path: Path) -> SavedQuery:
    path = Path(path)
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", path.stem):
        raise QueryFileError(f"{path.name}: query file names must be [a-z0-9_-]+ (they are routes)")
    text = path.read_text(encoding="utf-8")
    header = parse_header(text, path)
    params = tuple(p for v in query_variables(text) if (p := _parameter(v, header, path)))
    if re.search(r"\bBOUND\s*\(\s*[?$]_", code_only(text), re.IGNORECASE):
        # pyoxigraph 0.5 substitutes the value as a constant: BOUND(?param) is then false even
        # when the parameter was given, so such a filter would silently ignore the parameter.
        raise QueryFileError(f"{path.name}: BOUND() on a parameter variable is false under "
                             "substitution; write FILTER(COALESCE(?x = ?__param, true)) instead")
    names = [p.name for p in params]
    if len(names) != len(set(names)):
        raise QueryFileError(f"{path.name}: two parameter variables share one name: {names}")
    pagination = header.get("pagination")
    if pagination is not None and (not isinstance(pagination, int) or pagination < 1):
        raise QueryFileError(f"{path.name}: #+ pagination must be a positive integer")
    method = str(header.get("method") or "GET").upper()
    if method not in {"GET", "POST"}:
        raise QueryFileError(f"{path.name}: #+ method must be GET or POST")
    tags = header.get("tags") or ()
    return SavedQuery(
        name=path.stem,
        path=path,
        query=text,
        query_type=_check(text, params, pagination, path),
        summary=str(header.get("summary") or path.stem).strip(),
        description=str(header.get("description") or "").strip(),
        tags=tuple(str(t) for t in ([tags] if isinstance(tags, str) else tags)),
        parameters=params,
        pagination=pagination,
        method=method,
    )


def load_library(folder: Path) -> dict[str, SavedQuery]:
    """Every ``*.rq`` directly in ``folder`` (subfolders such as federated/ are not API routes)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"saved-query folder {folder} does not exist")
    return {q.name: q for q in (load_query(p) for p in sorted(folder.glob("*.rq")))}


@cache
def default_library() -> dict[str, SavedQuery]:
    from cytokg.config import QUERIES_DIR

    return load_library(QUERIES_DIR)
