"""Section headings of a paper, whatever its layout.

Papers arrive as markdown ("## Abstract"), as PDF text (" Introduction", "MATERIALS AND METHODS",
"Methods. We assessed ..."), as HTML with a bold label opening a paragraph ("<p><b>Methods.</b>
We assessed ..."), or as plain text with short heading lines between blank lines. Each
heading opens a section that runs to the next heading; the heading text itself is reported
separately so the sentence splitter can leave it out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cytokg.graph_build.conventions import conventions
from cytokg.graph_build.records import Section

_MARKDOWN = re.compile(r"(#{1,6})[ \t]+(.+?)[ \t#]*$")
_CAPS = re.compile(r"[A-Z][A-Z&/\-]*(?: [A-Z&/\-]+){0,5}")
# (in HTML, the label in bold at a paragraph's start: "<p><b>Case.</b> A woman of forty-five ...")
_OPEN_TAGS = r"(?:<(?:p|b|strong|i|em|span)\b[^<>]{0,60}>[ \t]*)*"
_CLOSE_TAG = r"(?:</(?:b|strong|i|em|span)>)?"
_CLOSING_TAGS = re.compile(r"(?:</[a-z][a-z0-9]*>\s*)+$", re.IGNORECASE)
_INLINE = re.compile(_OPEN_TAGS + r"([A-Za-z][A-Za-z;&\- ]{1,40}?)[.:]" + _CLOSE_TAG
                     + r"[ \t]+(?=\S)")
_SUBHEADING = re.compile(_OPEN_TAGS + r"([A-Z][a-z]+(?: [a-z]+){0,2})\." + _CLOSE_TAG
                         + r"[ \t]+(?=[A-Z])")
# a label in capitals run into its text after two spaces or more ("RESULTS  Of 513 patients ...")
_CAPS_RUN_IN = re.compile(r"([A-Z][A-Z&\- ]{1,40}?[A-Z])[ \t]{2,}(?=\S)")
_NOT_A_HEADING = re.compile(r"(?i)^(table|figure|fig|photo|supplementary)\b")


@dataclass(frozen=True)
class Heading:
    """A heading: its title and where its text sits in the document."""

    title: str
    start: int
    end: int


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def _is_heading_phrase(phrase: str) -> bool:
    return phrase.strip().rstrip(".:").strip().lower() in conventions()["headings"]


def title_in_capitals(line: str) -> bool:
    """A line of a title in capitals: 12 letters or more, none in lower case (sentences.py ends the
    title's sentence where a line in mixed case follows it)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 12 and not any(c.islower() for c in letters)


def _standalone(line: str, prev_blank: bool, next_blank: bool, next_line: str = "",
                prev_line: str = "") -> bool:
    """A whole line that is a heading: known word, upper case (not the first line of a title in
    capitals that runs on: "MULTISYSTEM INFLAMMATORY SYNDROME IN CHILDREN AFTER\nCOVID-19 AT A
    PERUVIAN PAEDIATRIC HOSPITAL", nor the line a capitals title runs on to after its colon:
    "INFLIXIMAB FOR SEVERE CHONDROCALCINOSIS:\nTWO PATIENTS FOLLOWED FOR NINE YEARS", nor its last
    line right under another line in capitals: "A SINGLE-CENTRE COMPASSIONATE-USE CASE\nSERIES"),
    or a short title between blanks."""
    core = line.strip()
    if not core or _NOT_A_HEADING.match(core):
        return False
    if _is_heading_phrase(core):
        return True
    if "  " in core or any(c.isdigit() for c in core):
        return False
    before = prev_line.rstrip()
    before_in_capitals = any(c.isalpha() for c in before) and not any(c.islower() for c in before)
    if before.endswith((":", "-", "\u2013", "\u2014")) and before_in_capitals:
        return False
    if _CAPS.fullmatch(core) and sum(c.isalpha() for c in core) >= 4:
        if not prev_blank and title_in_capitals(before):
            return False  # the last line of a title in capitals, under the line before it
        runs_on = any(c.isalpha() for c in next_line) and not any(c.islower() for c in next_line)
        return not runs_on
    words = core.split()
    return (
        prev_blank
        and next_blank
        and 1 <= len(words) <= 8
        and len(core) <= 60
        and core[0].isupper()
        and not re.search(r"[.,;:!?*)\]]$|[,:@/]|https?", core)
    )


def _inline(text: str, start: int, end: int, prev_line: str, after_heading: bool) -> list[Heading]:
    """Headings that open a line and are followed by text ("Methods. We ...", "Background: ...",
    "RESULTS  Of 513 ...")."""
    found: list[Heading] = []
    pos = start
    while pos < end:
        lead = len(text[pos:end]) - len(text[pos:end].lstrip(" \t"))
        m = _INLINE.match(text, pos + lead, end)
        if not (m and _is_heading_phrase(m.group(1))):
            m = _CAPS_RUN_IN.match(text, pos + lead, end)
        if m and _is_heading_phrase(m.group(1)):
            found.append(Heading(m.group(1).strip(), m.start(1), m.end()))
            pos = m.end()
            continue
        m = _SUBHEADING.match(text, pos + lead, end)
        words = m.group(1).lower().split() if m else []
        before = _CLOSING_TAGS.sub("", prev_line.rstrip())  # "... was started.</p>"
        ends_sentence = before.endswith((".", ")")) or not before.strip()
        if (
            m
            and not found
            and (ends_sentence or after_heading)
            and words[-1] not in conventions()["non_final_abbreviations"]
        ):
            found.append(Heading(m.group(1), m.start(1), m.end()))
        break
    return found


def find_headings(text: str, skip: Sequence[tuple[int, int]] = ()) -> tuple[Heading, ...]:
    """Every heading of ``text`` in order, ignoring lines inside the ``skip`` spans (tables)."""
    lines = _lines(text)
    headings: list[Heading] = []
    first_content = next((i for i, (s, e) in enumerate(lines) if text[s:e].strip()), None)
    for i, (s, e) in enumerate(lines):
        if any(a <= s < b for a, b in skip):
            continue
        line = text[s:e]
        if not line.strip():
            continue
        prev_line = text[slice(*lines[i - 1])] if i else ""
        next_blank = i + 1 >= len(lines) or not text[slice(*lines[i + 1])].strip()
        md = _MARKDOWN.match(line)
        if md:
            if not (i == first_content and len(md.group(1)) == 1):  # "# Title" is the title
                headings.append(Heading(md.group(2), s + md.start(2), s + md.end(2)))
            continue
        following = "" if next_blank else text[slice(*lines[i + 1])]
        if _standalone(line, not prev_line.strip(), next_blank, following, prev_line):
            lead = len(line) - len(line.lstrip())
            core = line.strip()
            headings.append(Heading(core.rstrip(".:").strip(), s + lead, s + lead + len(core)))
            continue
        after_heading = bool(headings) and headings[-1].end >= lines[i - 1][0] if i else False
        headings.extend(_inline(text, s, e, prev_line, after_heading))
    return tuple(headings)


def sections_from(headings: Sequence[Heading], length: int) -> tuple[Section, ...]:
    """One section per heading, from the heading to the next one (the last to the end)."""
    if not headings:
        return ()
    bounds = [h.start for h in headings[1:]] + [length]
    return tuple(Section(h.title, h.start, end) for h, end in zip(headings, bounds, strict=True))
