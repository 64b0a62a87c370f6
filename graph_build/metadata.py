"""Bibliographic metadata stated in a paper's front matter; nothing is guessed.

Title and authors come from a markdown title block ("# Title", "**Authors:** ...") or from the
leading lines of PDF/plain text when an author line follows them; DOI, journal and year from the
front matter ("doi:10.3899/...", "J Rheumatol 2013;40:2047-51", "... · Journal · 2026-01-29",
"Copyright © 2019"). A paper that opens with prose or a heading gets no title.
"""

from __future__ import annotations

import re

from cytokg.graph_build.conventions import conventions
from cytokg.graph_build.records import Metadata

FRONT_CHARS = 4000  # front matter is looked for in the first characters only (not references)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s;,)\]>\"']+)")
_MD_TITLE = re.compile(r"#[ \t]+(.+?)[ \t#]*$")
_MD_AUTHORS = re.compile(r"\*\*Authors?:?\*\*:?[ \t]*(.+)$", re.M)
_CITATION = re.compile(
    r"(?:^|[;(]\s*)([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,5}) ((?:19|20)\d\d) ?; ?\d+(?:\(\d+\))?:"
    r" ?[\w\u2013\-]+",
    re.M,
)
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-\d\d-\d\d\b")
_COPYRIGHT = re.compile(r"(?:Copyright|©)\s*(?:©\s*)?((?:19|20)\d\d)")
_NAME = re.compile(r"(?:[A-Z][A-Za-z'\u2019\-]+|[A-Z]\.(?:[A-Z]\.)*)")


def _author_names(line: str) -> list[str] | None:
    """The names of an author line ("A B, C D, and E F", "Min Seob Song, MD"), else None."""
    core = line.strip().rstrip(",")
    if not core or core.endswith(".") or any(c.isdigit() for c in core):
        return None
    if core.strip(".:").lower() in conventions()["headings"]:
        return None
    parts = [p.strip() for p in re.split(r",|\band\b|&", core) if p.strip()]
    degrees = conventions()["degrees"]
    names = [p for p in parts if p.replace(".", "").lower() not in degrees]
    if not names:
        return None
    for name in names:
        tokens = name.split()
        if not 2 <= len(tokens) <= 4 or not all(_NAME.fullmatch(t) for t in tokens):
            return None
    return names


def _paragraphs(text: str) -> list[list[str]]:
    return [[ln for ln in p.splitlines() if ln.strip()] for p in re.split(r"\n\s*\n", text.strip())]


def _title_and_authors(front: str) -> tuple[str | None, tuple[str, ...]]:
    first_line = front.strip().splitlines()[0] if front.strip() else ""
    md = _MD_TITLE.fullmatch(first_line.strip())
    if md:
        authors = _MD_AUTHORS.search(front)
        names = [n.strip() for n in authors.group(1).split(",")] if authors else []
        return md.group(1), tuple(n for n in names if n)
    paragraphs = _paragraphs(front)
    if not paragraphs:
        return None, ()
    lines = paragraphs[0]
    k = next((i for i, ln in enumerate(lines) if _author_names(ln)), None)
    author_lines: list[str] = []
    if k is not None and k >= 1:
        title_lines, author_lines = lines[:k], lines[k:]
        while author_lines and not _author_names(author_lines[-1]):
            author_lines.pop()
    elif k is None and len(paragraphs) > 1 and len(lines) <= 3 and _author_names(paragraphs[1][0]):
        title_lines, author_lines = lines, paragraphs[1][:1]
    else:
        return None, ()
    title = " ".join(ln.strip() for ln in title_lines)
    if title.endswith(".") or len(title.split()) < 3 or title.lower() in conventions()["headings"]:
        return None, ()
    names = [n for ln in author_lines for n in (_author_names(ln) or [])]
    return title, tuple(names)


def _journal_and_year(front: str) -> tuple[str | None, int | None]:
    m = _CITATION.search(front)
    if m:
        return m.group(1), int(m.group(2))
    for line in front.splitlines():
        if "·" in line:  # "PMC · DOI: 10.x/y · Frontiers in Immunology · 2026-01-29"
            parts = [p.strip() for p in line.split("·")]
            dates = [_ISO_DATE.search(p) for p in parts]
            year = next((int(d.group(1)) for d in dates if d), None)
            names = [
                p
                for p, d in zip(parts, dates, strict=True)
                if not d and not _DOI.search(p) and len(p.split()) >= 2
            ]
            if year or names:
                return (names[0] if names else None), year
    m = _COPYRIGHT.search(front)
    return None, (int(m.group(1)) if m else None)


def extract_metadata(text: str) -> Metadata:
    """Metadata stated in the front matter of ``text`` (empty fields where it states none)."""
    front = text[:FRONT_CHARS]
    cut = re.search(r"(?im)^[#\s]*references\s*$", front)
    if cut:
        front = front[: cut.start()]
    title, authors = _title_and_authors(front)
    doi = _DOI.search(front)
    journal, year = _journal_and_year(front)
    return Metadata(
        title=title,
        authors=authors,
        journal=journal,
        year=year,
        doi=doi.group(1).rstrip(".") if doi else None,
    )
