"""A small SPARQL tokenizer: enough to see the query form, the PREFIX declarations, the SERVICE
endpoints and the outer group of a query without being fooled by comments, strings or IRIs.

Full parsing stays with the engine; this only finds positions we must inspect or rewrite.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
      (?P<ws>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
    | (?P<pname>(?:[A-Za-z\u00C0-\uFFFF][\w.\-\u00B7-\uFFFF]*)?:(?:[\w\-:%\u00B7-\uFFFF]
                 |\\.|\.(?=[\w\-:%]))*)
    | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*)
    | (?P<punct>\^\^|&&|\|\||!=|<=|>=|[{}()\[\].,;*+/!=<>^|@-])
    | (?P<number>[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD")


@dataclass(frozen=True)
class Token:
    kind: str  # iri, pname, var, string, word, punct, number, other
    text: str
    start: int
    end: int

    @property
    def upper(self) -> str:
        return self.text.upper()


def tokens(text: str) -> list[Token]:
    """Significant tokens (no whitespace, no comments), with their offsets into text."""
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        out.append(Token(kind, m.group(), m.start(), m.end()))
    return out


def prefixes(toks: list[Token]) -> dict[str, str]:
    """PREFIX declarations of the prologue: prefix -> namespace IRI."""
    found = {}
    for i, tok in enumerate(toks[:-2]):
        if tok.kind == "word" and tok.upper == "PREFIX" and toks[i + 2].kind == "iri":
            found[toks[i + 1].text.rstrip(":")] = toks[i + 2].text[1:-1]
    return found


def query_form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (the first such keyword), or an update word, or None."""
    for tok in tokens(text):
        if tok.kind == "word" and tok.upper in QUERY_FORMS + UPDATE_WORDS:
            return tok.upper
    return None


def result_kind(text: str) -> str:
    """'results' for SELECT/ASK, 'graph' for CONSTRUCT/DESCRIBE (default 'results')."""
    return "graph" if query_form(text) in ("CONSTRUCT", "DESCRIBE") else "results"


def has_from(text: str) -> bool:
    """Whether the query names its own dataset (FROM or FROM NAMED)."""
    return any(t.kind == "word" and t.upper == "FROM" for t in tokens(text))


def expand(tok: Token, declared: dict[str, str]) -> str | None:
    """The IRI an iri or pname token stands for, or None if the prefix is undeclared."""
    if tok.kind == "iri":
        return tok.text[1:-1]
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        if prefix in declared:
            return declared[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None


def keyword_targets(text: str, keyword: str) -> list[tuple[int, int, str | None, str]]:
    """(start, end, IRI or None, token text) of the target after each `keyword [SILENT]` (the
    endpoint of SERVICE, the source of LOAD), prefixed names expanded."""
    toks = tokens(text)
    declared = prefixes(toks)
    found = []
    for i, tok in enumerate(toks):
        if tok.kind != "word" or tok.upper != keyword:
            continue
        j = i + 1
        if j < len(toks) and toks[j].kind == "word" and toks[j].upper == "SILENT":
            j += 1
        if j < len(toks):
            target = toks[j]
            found.append((target.start, target.end, expand(target, declared), target.text))
    return found


def outer_group_open(toks: list[Token]) -> Token | None:
    """The `{` opening the query's outer WHERE group (skipping a CONSTRUCT template), or None."""
    form = next((t for t in toks if t.kind == "word" and t.upper in QUERY_FORMS), None)
    if form is None:
        return None
    after = [t for t in toks if t.start > form.start]
    if form.upper == "CONSTRUCT":
        depth = 0
        for i, tok in enumerate(after):
            if tok.text == "{":
                depth += 1
            elif tok.text == "}":
                depth -= 1
            elif depth == 0 and tok.kind == "word" and tok.upper == "WHERE":
                nxt = after[i + 1] if i + 1 < len(after) else None
                if nxt is not None and nxt.text == "{":
                    # `CONSTRUCT WHERE { }` short form: template and pattern are one; no rewrite.
                    if i == 0:
                        return None
                    return nxt
        return None
    return next((t for t in after if t.text == "{"), None)
