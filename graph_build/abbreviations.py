"""Abbreviations a paper defines for itself, so "TCZ" or "CALs" can be resolved per document.

Two forms are read: "long form (SF)" in running text (also "(SF1, SF2)" after coordinated
names), matched with the Schwartz & Hearst (2003) algorithm (every character of the short form
found right to left in the long form, the first at the start of a word), and table legends
"SF, long form; SF2: long form 2;". Matching runs on the cleaned view (normalize.clean_view) so
PDF hyphenation and line breaks do not get in the way ("intravenous im-\\nmunoglobulin
(IVIG)"). The first definition of a short form wins.
"""

from __future__ import annotations

import re

from cytokg.graph_build.normalize import clean_view

_PARENS = re.compile(r"\(([^()]{1,12})\)")
_LEGEND_ITEM = re.compile(r"^\s*([A-Za-z][\w%/\-]{0,9})\s*[,:]\s+([^,:;]{3,80}?)\s*\.?\s*$")
_WORD = re.compile(r"[\w\-']+")
_SHORT_AND_NAME = re.compile(r"\(([^(),]{2,12}),\s*([a-z]{5,})\)")
# the words that give a name's alias ("also known as", "also called", "formerly called"):
# inside the short form's bracket here, after it in mentions._named_by_alias
ALIAS_WORDS = r"(?:also (?:known as|called|termed)|formerly(?: known as| called)?)"
_SHORT_AND_ALIAS = re.compile(rf"\(([^(),]{{2,12}}),\s*{ALIAS_WORDS}\s+([^(),;]{{3,80}})\)")


def _valid_short(sf: str) -> bool:
    sf = sf.strip()
    return (
        2 <= len(sf) <= 10
        and len(sf.split()) <= 2
        and sf[0].isalnum()
        and any(c.isalpha() for c in sf)
        and any(c.isupper() for c in sf)
        and not re.search(r"[=<>:;,]", sf)
        and not re.fullmatch(r"[A-Z]?[a-z]+", sf)  # an ordinary word, not an abbreviation
    )


def best_long_form(short: str, candidate: str) -> str | None:
    """Schwartz & Hearst: the shortest end of ``candidate`` that spells ``short``."""
    s_index, l_index = len(short) - 1, len(candidate) - 1
    while s_index >= 0:
        c = short[s_index].lower()
        if not c.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (
            candidate[l_index].lower() != c
            or (s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    return candidate[l_index + 1 :].strip()


def _initials_form(short: str, candidate: str) -> str | None:
    """The last words of ``candidate`` whose initials spell ``short``, a capitals acronym
    ("Thrombotic thrombocytopenic purpura (TTP)"). Schwartz & Hearst's shortest form starts
    inside the name when a letter recurs within a word ("thrombocytopenic purpura", whose
    "t...p" spells "TP" and leaves the first T to its first word): a modifier before the short
    form then reads as another disease ("primary TTP" as primary thrombocytopenic purpura)."""
    if not (short.isalpha() and short.isupper()):
        return None
    words = list(re.finditer(r"\S+", candidate))[-len(short):]
    if len(words) < len(short) or any(
            w.group()[0].lower() != c.lower() for w, c in zip(words, short, strict=True)):
        return None
    return candidate[words[0].start() :].strip()


def _long_before(short: str, before: str) -> str | None:
    """The long form ``short`` abbreviates, ending ``before`` (the text up to the parenthesis)."""
    words = list(_WORD.finditer(before))
    limit = min(len(short) + 5, len(short) * 2)
    # the candidate stops at a clause boundary
    window = words[-limit:] if words else []
    if not window:
        return None
    candidate = before[window[0].start() :]
    for stop in (". ", "; ", ": ", "(", ")", "\n"):
        cut = candidate.rfind(stop)
        if cut >= 0:
            candidate = candidate[cut + len(stop) :]
    long = best_long_form(short, candidate)
    if long and (initials := _initials_form(short, candidate)) and len(initials) > len(long):
        long = initials
    if not long or len(long) <= len(short) or short.lower() in long.lower().split():
        return None
    if len(_WORD.findall(long)) > limit:
        return None
    return long


def _in_text(text: str) -> list[tuple[str, str]]:
    pairs = []
    for m in _PARENS.finditer(text):
        short = m.group(1).strip()
        before = text[: m.start()].rstrip()
        parts = [p.strip() for p in short.split(",")]
        if 2 <= len(parts) <= 3 and all(_valid_short(p) and p.isupper() for p in parts):
            # short forms of coordinated names: "physical and mental component summary (PCS,
            # MCS)" defines both, each spelt from the end of the text before
            found = [(p, _long_before(p, before)) for p in parts]
            pairs += [(p, long) for p, long in found if long]
            continue
        if not _valid_short(short):
            continue
        # two names and their two short forms: "mevalonate kinase deficiency / hyper-IgD
        # syndrome (MKD/HIDS)" defines MKD and HIDS, each for its own name; so does "Stevens-Johnson
        # syndrome and toxic epidermal necrolysis (SJS/TEN)"
        first, _, second = short.partition("/")
        cut, width = before.rfind("/"), 1
        if cut < 0:
            cut, width = before.rfind(" and "), 5
        if second and _valid_short(first) and _valid_short(second) and cut > 0:
            long_first = _long_before(first, before[:cut].rstrip())
            long_second = _long_before(second, before[cut + width :].strip())
            if long_first and long_second:
                pairs += [(first, long_first), (second, long_second)]
                continue
        long = _long_before(short, before)
        if long:
            pairs.append((short, long))
    return pairs


def _named_products(text: str) -> list[tuple[str, str]]:
    """ "recombinant human interleukin-1 receptor antagonist (rhIL-1ra, anakinra)": the short
    form spells the words before it and means the product named after it."""
    pairs = []
    for m in _SHORT_AND_NAME.finditer(text):
        short, name = m.group(1).strip(), m.group(2)
        if _valid_short(short) and _long_before(short, text[: m.start()].rstrip()):
            pairs.append((short, name))
    return pairs


def _named_aliases(text: str) -> list[tuple[str, str]]:
    """ "hantavirus cardiopulmonary syndrome (HCPS, also known as hantavirus pulmonary
    syndrome)": the short form spells the words before it; the alias is the name to ground."""
    pairs = []
    for m in _SHORT_AND_ALIAS.finditer(text):
        short, alias = m.group(1).strip(), m.group(2).strip()
        if _valid_short(short) and _long_before(short, text[: m.start()].rstrip()):
            pairs.append((short, alias))
    return pairs


def _in_legends(text: str) -> list[tuple[str, str]]:
    pairs = []
    for paragraph in re.split(r"\n\s*\n", text):
        if paragraph.count(";") < 2:
            continue
        for item in re.split(r";|\.\s", paragraph):
            m = _LEGEND_ITEM.match(item)
            long = m.group(2) if m else ""
            if m and _valid_short(m.group(1)) and re.fullmatch(r"[A-Za-z][^\d()\[\]]+", long):
                pairs.append((m.group(1), m.group(2).strip()))
    return pairs


def find_abbreviations(text: str) -> tuple[tuple[str, str], ...]:
    """(short form, long form) pairs defined in ``text``: running text first, then legends."""
    clean = clean_view(text).text
    seen: dict[str, str] = {}
    found = _in_text(clean) + _named_products(clean) + _named_aliases(clean) + _in_legends(clean)
    for short, long in found:
        seen.setdefault(short, long)
    return tuple(seen.items())
