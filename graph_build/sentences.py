"""Sentences with exact offsets: ``sentence.text == document.text[start:end]`` always.

The split works on the original text, so nothing has to be mapped back. Paragraphs, list
items, captions, headings and table regions bound sentences; a PDF paragraph cut by a page or
column break ("... because of\\n\\nthe rarity of ...") is joined again. Inside a paragraph a
sentence ends at . ! or ? followed by space and a capital, digit or opening bracket, unless the
word before is an abbreviation ("e.g.", "et al.", "vs.", "Fig.") or an initial ("E. Tombetti").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cytokg.graph_build.conventions import conventions
from cytokg.graph_build.normalize import CITED_HEAD, HTML_BLOCK_NAMES, RUNNING_HEAD
from cytokg.graph_build.records import Section, Sentence
from cytokg.graph_build.sections import Heading, title_in_capitals

_BULLET = re.compile(r"[ \t]*(?:[-*+\u2022][ \t]+|\d{1,3}[.)][ \t]+)(?=\S)")
_CAPTION = re.compile(r"[ \t]*(?:Table|Figure|Fig\.|Photo|Supplementary)[ \t]*\d+", re.I)
_NUMBERED_LABEL = re.compile(r"[ \t]*(?:Table|Figure|Fig|Photo)[ \t]*\d+", re.I)
_MD_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+")
_RULE = re.compile(r"[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$")
# a running head ("Tocilizumab in GCA          Page 2 of 2"; flush left: an indented line of
# columns is a table's header)
_RUNNING_HEAD = re.compile(RUNNING_HEAD + "$")
_CITED_HEAD = re.compile(CITED_HEAD + "$")
# a line that opens an HTML block ("<h1>...", "<p>...", "<title>..."): a paragraph of its own
_HTML_BLOCK = re.compile(r"[ \t]*<" + HTML_BLOCK_NAMES + r"\b[^<>]*>", re.I)
_CLOSERS = r"(?:[)\]\"'\u201d\u2019]|[\u00b9\u00b2\u00b3\u2070-\u209f]|\^\{[^}]*\})*"
_END = re.compile(r"[.!?]" + _CLOSERS + r"(?=\s+[\"'(\[\u201c\u2018]?[A-Z0-9\u0391-\u03a9])")
_FINAL = re.compile(r"[.!?:;]" + _CLOSERS + r"\s*$")


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return spans


def _page_furniture(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of the lines of a PDF page break: a running head ("Steroid-sparing therapy in
    GCA            2", wide spacing inside) next to a rule line, and those rule lines; not when
    the line after them has columns too (a table's header). A paragraph cut by the break may then
    be rejoined."""
    found: set[int] = set()
    for i, (s, e) in enumerate(lines):
        if not _RUNNING_HEAD.match(text, s, e) or _RULE.match(text, s, e):
            continue
        rules = [k for k in (i - 1, i + 1) if 0 <= k < len(lines) and _RULE.match(
            text, *lines[k])]
        after = i + 2 if i + 1 in rules else i + 1
        if after < len(lines) and re.search(r"\S {3,}\S", text[slice(*lines[after])]):
            continue  # the next line has columns too: a table
        if rules:
            found.update([i, *rules])
        elif _mid_sentence(text, lines, i):
            found.add(i)
    return found


def _mid_sentence(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Is line ``i`` a running head set between blank lines inside a sentence ("... by 23 of the
    47", head, "patients with severe HS who ..."), right under the line it cuts ("received
    prednisone,", head, blank, "started at"), or, naming its article, between the two lines it
    cuts ("patients with IBD who", "878   Varkas et al.  Ann Rheum Dis 2017;76:878", "received
    vedolizumab")? The text before it ends without a full stop and the text after it goes on in
    lower case."""
    def blank(k: int) -> bool:
        return 0 <= k < len(lines) and not text[slice(*lines[k])].strip()

    if not blank(i + 1) and (blank(i - 1) or not _CITED_HEAD.match(text, *lines[i])):
        return False
    before = next((text[slice(*lines[k])] for k in range(i - 1, -1, -1)
                   if not blank(k)), "")
    after = next((text[slice(*lines[k])] for k in range(i + 1, len(lines))
                  if not blank(k)), "")
    return bool(before.strip()) and not _FINAL.search(before) and bool(
        re.match(r"[a-z]+\b", after.lstrip()))


def _open_at_end(line: str) -> bool:
    """Does ``line`` leave a bracket open or end on "=" ("Group A (n =", "median 17 (11,"), so
    that a next line opening on "124)" or "25)" goes on inside it rather than begin a list item?"""
    return line.count("(") > line.count(")") or line.rstrip().endswith("=")


def _capitals_then_mixed(before: str, line: str) -> bool:
    """A line of a title in capitals followed by one in mixed case: the journal line under a title
    ("LOW RATE OF ... IN INTENSIVE CARE: A DANISH SERIES" over "Anesthesiology, volume 130, ..."),
    which is no part of its sentence."""
    return title_in_capitals(before) and sum(c.islower() for c in line) >= 3


def _units(
    text: str, headings: Sequence[Heading], skip: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Paragraph pieces (start, end); a piece cut off by blank lines only may be rejoined."""
    pieces: list[tuple[int, int, bool, bool]] = []  # start, end, prose, joinable
    cur: list = []  # [start, end, prose, joinable]
    soft_gap = False  # only blank lines since the previous prose piece

    def close() -> None:
        if cur and text[cur[0] : cur[1]].strip():
            pieces.append((cur[0], cur[1], cur[2], cur[3]))
        cur.clear()

    def hard() -> None:
        nonlocal soft_gap
        close()
        soft_gap = False

    heads = sorted(headings, key=lambda h: h.start)
    lines = _line_spans(text)
    furniture = _page_furniture(text, lines)
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if i in furniture:  # a page break's rule and running head: like a blank line
            if cur:
                was_prose = cur[2]
                close()
                soft_gap = was_prose
            continue
        if any(a <= s < b or a < e <= b for a, b in skip) or _RULE.match(line):
            hard()
            continue
        if not line.strip():
            if cur:
                was_prose = cur[2]
                close()
                soft_gap = was_prose
            continue
        if _HTML_BLOCK.match(line):
            hard()
        if "\t" in line:
            hard()
            pieces.append((s, e, False, False))
            continue
        start = s
        for h in heads:
            if s <= h.start < e:
                hard()
                start = max(start, h.end)
        if not text[start:e].strip():
            continue
        title = _MD_HEADING.match(text, start, e)
        if title:  # a markdown heading that is not a section (the "# Title" line)
            hard()
            pieces.append((title.end(), e, False, False))
            continue
        bullet = _BULLET.match(text, start, e)
        if bullet and cur and _open_at_end(text[lines[i - 1][0] : lines[i - 1][1]]):
            bullet = None  # "Group A (n =" over "124) took ...": a bracket's number, no item
        caption = _CAPTION.match(text, start, e)
        if bullet or caption:
            hard()
            cur[:] = [bullet.end() if bullet else start, e, False, False]
            if caption and line.rstrip().endswith("."):
                hard()
            continue
        if cur and _capitals_then_mixed(text[lines[i - 1][0] : lines[i - 1][1]], line):
            hard()  # a title in capitals ends where mixed case begins: "...: A DANISH SERIES"
        if cur:
            cur[1] = e
        else:
            cur[:] = [start, e, True, soft_gap]
            soft_gap = False
    close()
    merged: list[tuple[int, int, bool]] = []
    for s, e, prose, joinable in pieces:
        if (
            joinable
            and merged
            and merged[-1][2]
            # (a lower-case word run on, not an address: "comparison. Changes", not "doi.org/")
            and re.match(r"[a-z]+\b(?![:/@]|\.\S)", text[s:e].lstrip())
            and not _FINAL.search(text[merged[-1][0] : merged[-1][1]])
        ):
            merged[-1] = (merged[-1][0], e, True)
        else:
            merged.append((s, e, prose))
    return [(s, e) for s, e, _ in merged]


def _boundaries(text: str, s: int, e: int) -> list[int]:
    """Ends of sentences inside the unit [s, e)."""
    abbreviations = conventions()["non_final_abbreviations"]
    lettered = set(conventions()["lettered_names"])
    cuts = []
    for m in _END.finditer(text, s, e):
        line_start = max(s, text.rfind("\n", 0, m.start()) + 1)
        if text[m.start()] == "." and _NUMBERED_LABEL.fullmatch(text, line_start, m.start()):
            continue  # a caption: "Table 1. Predictors ..."
        if text[m.start()] == ".":
            word = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(s, m.start() - 20) : m.start()])
            if word:
                w = word.group(1)
                if len(w) == 1 and w.isupper():
                    before = text[max(s, m.start() - 40) : m.start() - 1]
                    named = re.search(r"([A-Za-z]+)\s+$", before)
                    if not (named and named.group(1).lower() in lettered):
                        continue  # an initial ("E. Tombetti"), not "ciclosporin A."
                elif w.lower().rstrip(".") in abbreviations:
                    continue
                if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", w):  # "e.g", "M.G"
                    continue
        cuts.append(m.end())
    return cuts


def split_sentences(
    text: str,
    headings: Sequence[Heading] = (),
    skip: Sequence[tuple[int, int]] = (),
    sections: Sequence[Section] = (),
) -> tuple[Sentence, ...]:
    """Sentences of ``text`` outside ``skip`` (tables) and heading text, in order."""
    out: list[Sentence] = []
    for us, ue in _units(text, headings, skip):
        starts = [us, *_boundaries(text, us, ue)]
        ends = [*starts[1:], ue]
        for a, b in zip(starts, ends, strict=True):
            piece = text[a:b]
            a += len(piece) - len(piece.lstrip())
            b -= len(piece) - len(piece.rstrip())
            if a >= b or not any(c.isalnum() for c in text[a:b]):
                continue
            section = None
            for sec in sections:
                if sec.start <= a < sec.end:
                    section = sec.title
            out.append(Sentence(len(out), a, b, text[a:b], section))
    return tuple(out)
