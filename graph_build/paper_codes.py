"""Entity codes a paper ships itself (PubTator-style '## ... entities' lists), checked against ours.

Seed 000 ends with lines such as ``- **Diseases:** KD (MESH:D009080), CALs (MESH:D003324), ...``.
Any paper with such a section is read the same way. Each listed name is grounded by the lexicon
(with the document's abbreviations); a code equal to our primary id or one of its exact xrefs
agrees, a code the reference table marks as broader is 'broad', anything else is 'wrong'.
Disagreements become ``CodeDisagreement`` facts quoting the listed item; agreements are hints only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cytokg.graph_build.lexicon import Lexicon, default_lexicon
from cytokg.graph_build.records import Fact, Mention, ParsedDocument, Span
from cytokg.identifiers import expand

_HEADING = re.compile(r"^#{1,6}\s+(.*)$", re.MULTILINE)
_BULLET = re.compile(
    r"^[ \t]*[-*+][ \t]+\*\*(?P<type>[^*:\n]+):\*\*[ \t]*(?P<items>.+)$", re.MULTILINE
)
_ITEM = re.compile(
    r"\s*(?P<name>[^()\[\]{}]+?)\s*(?:\((?P<paren>[^()]*)\))?"
    r"\s*(?:\[(?P<bracket>[^\]]*)\])?\s*(?:\{[^}]*\})?\s*$"
)
_CURIE = re.compile(r"^[A-Za-z][A-Za-z0-9.]*:[A-Za-z0-9_.\-]+$")
_BRACKET_CODES = ((re.compile(r"^NCBI Gene (\d+)$"), "NCBIGene:{}"),
                  (re.compile(r"^taxon (\d+)$"), "NCBITaxon:{}"))


@dataclass(frozen=True)
class PaperCode:
    """One name the paper lists with its own code."""

    entity_type: str  # the list's heading word, e.g. "Diseases"
    name: str
    code: str
    name_start: int  # offsets of the name in the document
    name_end: int
    item: Span  # "coronary dilation (MESH:D002311)": the quote for any finding about the code
    line: Span  # the whole list line


@dataclass(frozen=True)
class CodeCheck:
    code: PaperCode
    verdict: str  # agree | broad | wrong | unchecked (the name is not grounded by us)
    curie: str | None  # our primary id for the name
    label: str | None
    code_label: str | None  # what the paper's code denotes in our lexicon, if known
    exact_ids: tuple[str, ...] = ()  # our other ids of the same entity (exact xrefs)


def _split_items(items: str, offset: int) -> list[tuple[str, int]]:
    """Comma-separated items at bracket depth 0, with their offsets."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(items):
        depth += c in "([{"
        depth -= c in ")]}"
        if c == "," and depth == 0:
            out.append((items[start:i], offset + start))
            start = i + 1
    out.append((items[start:], offset + start))
    return out


def _code_of(paren: str | None, bracket: str | None) -> str | None:
    if paren and _CURIE.match(paren.strip()):
        return paren.strip()
    for pattern, template in _BRACKET_CODES:
        m = pattern.match((bracket or "").strip())
        if m:
            return template.format(m.group(1))
    return None


def paper_codes(text: str) -> list[PaperCode]:
    """Every (name, code) pair in the entity-list sections of a document."""
    headings = list(_HEADING.finditer(text))
    out = []
    for k, h in enumerate(headings):
        if "entities" not in h.group(1).lower():
            continue
        end = headings[k + 1].start() if k + 1 < len(headings) else len(text)
        for b in _BULLET.finditer(text, h.end(), end):
            line = Span(b.start(), b.end(), b.group())
            for item, at in _split_items(b.group("items"), b.start("items")):
                m = _ITEM.match(item)
                code = _code_of(m.group("paren"), m.group("bracket")) if m else None
                if code is None:
                    continue
                start = at + m.start("name")
                lead = len(item) - len(item.lstrip())
                quote = item.strip()
                span = Span(at + lead, at + lead + len(quote), quote)
                out.append(PaperCode(b.group("type").strip(), m.group("name"), code,
                                     start, start + len(m.group("name")), span, line))
    return out


def check_codes(
    parsed: ParsedDocument, mentions: list[Mention], lexicon: Lexicon | None = None
) -> list[CodeCheck]:
    """Compare each paper code with our grounding of the same name (mentions found in the list)."""
    lexicon = lexicon or default_lexicon()
    checks = []
    for pc in paper_codes(parsed.document.text):
        at = [m for m in mentions if m.curie and m.start == pc.name_start and m.end <= pc.name_end]
        known = lexicon.by_any_id(pc.code)
        code_label = known.label if known else None
        if not at:
            checks.append(CodeCheck(pc, "unchecked", None, None, code_label))
            continue
        m = at[0]
        entry = lexicon.concept(m.curie)
        broad = entry.broad_xrefs if entry else ()
        if pc.code == m.curie or pc.code in m.xrefs:
            verdict = "agree"
        elif pc.code in broad:
            verdict = "broad"
        else:
            verdict = "wrong"
        checks.append(CodeCheck(pc, verdict, m.curie, m.label, code_label, m.xrefs))
    return checks


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "code"


def _expandable(curie: str) -> bool:
    try:
        expand(curie)
    except Exception:  # unknown prefix: the paper's code cannot become an IRI
        return False
    return True


def disagreement_fact(check: CodeCheck) -> Fact:
    pc = check.code
    same_prefix = [x for x in check.exact_ids if x.split(":")[0] == pc.code.split(":")[0]]
    props: list[tuple[str, str]] = [("paperCode", pc.code), ("referenceCode", check.curie)]
    props += [("referenceCode", x) for x in same_prefix if x != check.curie]
    props.append(("aboutEntity", check.curie))
    denotes = f"{check.code_label}" if check.code_label else "an entity outside our lexicon"
    why = "is broader than" if check.verdict == "broad" else "does not denote"
    label = (f"paper code {pc.code} for '{pc.name}' {why} {check.label} ({check.curie}); "
             f"{pc.code} is {denotes}")
    return Fact(kind="CodeDisagreement", key=f"code-{_slug(pc.name)}", properties=tuple(props),
                spans=(pc.item,), agent="TextMining", confidence=1.0, label=label,
                origin="graph_build.paper_codes")


def check_paper_codes(parsed: ParsedDocument, mentions: list[Mention]) -> list[Fact]:
    """CodeDisagreement facts for the paper codes that are broad or wrong (pipeline entry point)."""
    facts = []
    for check in check_codes(parsed, mentions):
        if check.verdict in {"broad", "wrong"} and _expandable(check.code.code):
            facts.append(disagreement_fact(check))
    return facts
