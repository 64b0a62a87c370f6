"""A cleaned view of a document's text that still knows where every character came from.

Offsets in the graph index the file exactly as decoded (records.py), so the text itself is
never changed. Later stages match on this view instead, where PDF line-break hyphenation is
undone ("oc-\\ncurring" -> "occurring"), odd spaces (U+00A0, U+2009, U+202F ...) and hyphens
(U+2010, U+2011) are plain ASCII, HTML entities are decoded, inline HTML tags (<b>, <sub> ...),
soft hyphens and zero-width characters are gone and each run of spaces/line breaks inside a
paragraph is one space; a match in the view is mapped back with ``to_original`` /
``span_to_original``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache

from cytokg.graph_build.conventions import conventions

# Horizontal spaces other than " " that PDF/HTML extraction leaves behind.
_SPACES = "\t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_HYPHENS = "\u2010\u2011"
_PLAIN = {ord(c): " " for c in _SPACES} | {ord(c): "-" for c in _HYPHENS}
_DROPPED = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width characters

# One token of the cleaning grammar, tried in order at each position.
# a PDF running head: a short line, flush left or indented, with a wide gap inside ("Tocilizumab
# in GCA      2"), or an indented one ending in its page of the whole ("      Off-label
# tocilizumab in internal medicine · FRI0605 · page 2 of 4"), or one opening with its page
# number and a gap ("2   Ismail et al. · Budesonide versus corticosteroids in IgAN   Medicine");
# sentences.py reads the same line as page furniture
RUNNING_HEAD = (r"(?:[ \t]{0,40}\S[^\t\n]{0,80}?\S {6,}\S[^\t\n]{0,60}"
                r"|[ \t]{4,40}\S[^\t\n]{0,100}?\b[Pp]age\s+\d{1,4}\s+of\s+\d{1,4}[ \t]*"
                r"|[ \t]{0,40}\d{1,4} {3,}\S[^\t\n]{0,120})")
# ... and one that names its article ("878      Varkas et al.  Ann Rheum Dis 2017;76:878"): the
# only head read between two lines of a sentence with no blank line on either side, where a
# looser one could be a table's row ("2     symptomatic response")
CITED_HEAD = (r"(?=[ \t]{0,40}\d{1,4} {3,}\S)(?=[^\t\n]*\bet al\b)(?=[^\t\n]*\b(?:19|20)\d\d\b)"
              + RUNNING_HEAD)
# the HTML elements that make a block of their own (a heading, a paragraph, a list item): a line
# opening one starts a paragraph (sentences.py), and no mention runs across one (mentions.py)
HTML_BLOCK_NAMES = (r"(?:html|head|title|body|h[1-6]|p|div|section|article|header|footer|li|ul|ol|"
                    r"blockquote|figcaption|caption|br)")
_RULE_LINE = r"[ \t]*(?:-{3,}|_{3,})[ \t]*\r?\n"
_HEAD_LINE = RUNNING_HEAD + r"\r?\n"
_TOKEN = re.compile(
    # a PDF page break inside a paragraph: blank lines, a running head with a wide gap inside
    # ("Steroid-sparing therapy in GCA            2") and a rule line beside it; read as one space
    # when the paragraph runs on across it (sentences.py joins the sentence the same way)
    # ... or with no rule line, the head alone between blank lines, where the text before it ends
    # with no full stop ("reached by 23 of the 47", head, "patients with severe HS"), or right
    # under the line it cuts, with no blank line before it ("received prednisone,", head, blank,
    # "started at"), or, naming its article, between the two lines it cuts ("patients with IBD
    # who", "878      Varkas et al.  Ann Rheum Dis 2017;76:878", "received vedolizumab")
    r"(?P<page>[ \t]*\r?\n(?:[ \t]*\r?\n)+(?:" + _RULE_LINE + _HEAD_LINE + r"(?:" + _RULE_LINE
    + r")?|" + _HEAD_LINE + _RULE_LINE + r")(?:[ \t]*\r?\n)*(?=[ \t]*[a-z])"
    r"|(?<=[^.!?:;\s])[ \t]*\r?\n(?:[ \t]*\r?\n)*" + _HEAD_LINE
    + r"(?:[ \t]*\r?\n)+(?=[ \t]*[a-z])"
    r"|(?<=[^.!?:;\s])[ \t]*\r?\n" + CITED_HEAD + r"\r?\n(?=[ \t]*[a-z]))"
    # a word-final hyphen at a line break, or at a page break ("intra-", running head, "venous")
    # (there the running head alone, with or without a rule line, marks the page break)
    r"|(?P<hyphen>(?<=\w)-(?:[ \t]*\r?\n[ \t]*(?=\w)|[ \t]*\r?\n(?:[ \t]*\r?\n)+(?:" + _RULE_LINE
    + r")?" + _HEAD_LINE + r"(?:" + _RULE_LINE + r")?(?:[ \t]*\r?\n)*[ \t]*(?=[a-z])))"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<space>[ " + _SPACES + r"\r\n]+)"
    # inline HTML formatting: "enrolled <b>65</b> patients", "PaO<sub>2</sub>"
    r"|(?P<tag></?(?:b|i|u|em|strong|sub|sup|span|small|mark|a)(?:\s[^<>]{0,200})?>)"
    # block HTML markup: "<p>Of 398 registered patients, ..." reads as "Of 398 ..."
    r"|(?P<block></?(?:p|div|li|ul|ol|h[1-6]|br|hr|td|tr|th|table|thead|tbody|section|article|header"
    r"|footer|body|html|head|title|main|blockquote|figure|figcaption|caption)(?:\s[^<>]{0,200})?/?>)"
)
_STRUCTURE = re.compile(r"[ \t]*(?:[-*+\u2022]\s|#{1,6}\s|\d+[.)]\s|\|)")


@dataclass(frozen=True)
class CleanText:
    """The cleaned text and, per cleaned character, the span of the original it stands for."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    original_length: int

    def to_original(self, i: int) -> int:
        """Original offset of clean offset ``i`` (0 <= i <= len(text)); for starts and ends."""
        if not 0 <= i <= len(self.text):
            raise IndexError(f"clean offset {i} outside 0..{len(self.text)}")
        return self.starts[i] if i < len(self.text) else self.original_length

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Tight original (start, end) of the clean span [start, end): ends at its last char."""
        if start >= end:
            at = self.to_original(start)
            return at, at
        return self.to_original(start), self.ends[end - 1]


def _word_before(text: str, i: int) -> str:
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i].lower()


@cache
def _lexicon_words() -> frozenset[str]:
    """Every word of the lexicon's keys (lower case), to tell a capitalised word broken at a line
    end ("JUVE-\\nNILE") from a hyphenated compound ("ANTI-\\nTNF")."""
    from cytokg.graph_build.lexicon import default_lexicon

    return frozenset(w for key in default_lexicon().by_key for w in key.split())


def _caps_syllables(before: str, after: str) -> bool:
    """An all-capitals word broken at a line end: the two parts make a lexicon word ("JUVE-" +
    "NILE" is juvenile; "ANTI-" + "TNF" stays hyphenated). A prefix ("NON-") keeps its hyphen by
    the rule every broken word goes through (keep_hyphen_prefixes)."""
    return before + after in _lexicon_words()


def _word_after(text: str, i: int) -> str:
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j].lower()


def clean_view(text: str) -> CleanText:
    """Normalise ``text`` for matching, keeping a map back to ``text``'s offsets."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(chars: str, start: int, end: int) -> None:
        for c in chars:
            out.append(c)
            starts.append(start)
            ends.append(end)

    i = 0
    n = len(text)
    while i < n:
        m = _TOKEN.match(text, i)
        if m is None:
            c = text[i]
            if c in _HYPHENS:
                emit("-", i, i + 1)
            elif c not in _DROPPED:
                emit(c, i, i + 1)
            i += 1
            continue
        kind, piece = m.lastgroup, m.group()
        if kind == "page":
            ended = bool(re.search(r"[.!?:;][)\]\"']*$", "".join(out[-3:])))
            emit("\n\n" if ended else " ", i, m.end())
        elif kind == "hyphen":
            nxt = text[m.end()]
            before, after = _word_before(text, i), _word_after(text, m.end())
            joined = text[i - 1].isalpha() and (nxt.islower() or (
                text[i - 1].isupper() and nxt.isupper() and _caps_syllables(before, after)))
            # a prefix keeps its hyphen ("non-\nstandardized", "anti-\ninflammatory", "NON-\n
            # HODGKIN") unless prefix and rest are one word as written or, in lower case, as the
            # lexicon has it ("co-\nhort", "pro-\ntein")
            if not joined or (before in conventions()["keep_hyphen_prefixes"]
                              and before + after not in conventions()["solid_after_prefix"]
                              and not (nxt.islower() and before + after in _lexicon_words())):
                emit("-", i, i + 1)  # a real hyphen ("IL-\n6", "non-\nstandardized")
        elif kind == "tag":
            pass  # dropped: the words on both sides stay as they were written
        elif kind == "block":
            emit(" ", i, m.end())  # a space: the words on both sides are apart
        elif kind == "entity":
            decoded = html.unescape(piece)
            if decoded == piece:  # not a known entity: keep it as written
                emit(piece[0], i, i + 1)
                i += 1
                continue
            emit(decoded.translate(_PLAIN), i, m.end())
        else:
            newlines = piece.count("\n")
            nxt = m.end()
            if newlines >= 2 or (newlines == 1 and _STRUCTURE.match(text, nxt)):
                emit("\n" * min(newlines, 2), i, nxt)
            elif out and nxt < n:
                emit(" ", i, nxt)
            elif out and nxt >= n:
                pass  # trailing whitespace
            # leading whitespace is dropped
        i = m.end()
    return CleanText("".join(out), tuple(starts), tuple(ends), n)
