"""Dictionary-based entity recognition and grounding over the scoped lexicon.

Matching runs on the cleaned view of the text (graph_build.normalize: line-break hyphenation undone,
odd spaces and hyphens made plain) and every mention is mapped back, so ``mention.text ==
document.text[start:end]`` with original offsets. Rules: longest match wins, left to right; a match
starts and ends at word boundaries; keys fold case, hyphens, spaces, Greek letters and British
spelling (lexicon.normalise_key), and a plural last word is tried as singular; short capitalised
forms (TCZ, CALs) must also match case. Abbreviations defined in the document ("tocilizumab (TCZ)")
take the grounding of their long form, for that document only.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache

from cytokg.graph_build.abbreviations import ALIAS_WORDS, best_long_form
from cytokg.graph_build.conventions import conventions
from cytokg.graph_build.disease_hierarchy import verified_ancestors as ancestors
from cytokg.graph_build.lexicon import (
    Entry,
    Lexicon,
    default_lexicon,
    fold,
    normalise_key,
    singulars,
)
from cytokg.graph_build.mentions_paraphrase import add_paraphrases
from cytokg.graph_build.normalize import HTML_BLOCK_NAMES, clean_view
from cytokg.graph_build.records import Mention, ParsedDocument

# a Greek letter is a word of its own, also written onto a name ("TNFα" = "TNF α")
_WORD = re.compile(r"[\u0370-\u03ff]|[^\W\d_\u0370-\u03ff]+|\d+")
_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "ω": "omega"}
# " (TCZ)" right after a mention
_DEFINITION = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z0-9\-]{0,9}?s?)\s*\)")
_CONFIDENCE = {"override": 1.0, "reference": 1.0, "paraphrase": 0.8}
# an HTML tag that opens or closes a block (normalize.HTML_BLOCK_NAMES) or a table's row or cell
_HTML_BLOCK_TAG = re.compile(r"</?(?:" + HTML_BLOCK_NAMES + r"|td|th|tr|table)\b[^<>]*>", re.I)
_OWN_SOURCES = ("abbreviation", "paraphrase")  # kept as the mention's source
# what may separate the words of one mention; "Behçet‐s" is a possessive whose apostrophe became
# a hyphen on the way from the publisher; "Graves’ orbitopathy" is a plural possessive with a
# curly apostrophe
_GAP = re.compile(r"[ \-‐–'’]*\n?[ \-‐–'’]*|['’\-][sS] ?")
# ... and a slash or an opening bracket, only inside a name written with one ("MIS-C/A",
# "influenza A(H1N1)"); a comma only inside a name that is a list ("periodic fever, aphthous
# stomatitis, pharyngitis and adenitis"; not MeSH's inverted "Lupus Erythematosus, Systemic")
_MARKED_GAP = re.compile(r" ?[/(,] ?")
_LISTED_NAME = re.compile(r",.*\b(and|or)\b")
_NEGATED = re.compile(r"\bnon[- ]?$", re.IGNORECASE)
# "ADA: " right before "adalimumab" (table legends)
_LEGEND = re.compile(r"(?:^|[;,.(]\s*|\n)([A-Z][A-Za-z0-9\-]{1,9})\s*[:=,]\s*$")
# a word in lower case, as a legend's long form has ("adalimumab", "interleukin 6"), not a symbol
_LONG_FORM_WORD = re.compile(r"[a-z]{3}")
_SHORT = re.compile(r"\(\s*([A-Z][A-Za-z0-9\-]{1,9})\s*\)")
_CODE_AFTER = re.compile(r"-[A-Z0-9]")  # "SARS|-CoV-2": the short form is part of a longer code
# "severe acute respiratory syndrome| coronavirus 2", "Kaposi sarcoma| herpesvirus": a disease
# name that heads a virus's name is no mention (viruses are not diseases)
_AGENT_AFTER = re.compile(r"[ \-]*[A-Za-z]*virus\b", re.IGNORECASE)
# a name that ends with the population it is said of, and the stem (two words or more) before it
_POPULATION = re.compile(r"(\w[\w-]*(?:\s+[\w-]+)+?)\s+in\s+(?:children|adults|childhood)",
                         re.IGNORECASE)
_OTHER_POPULATION = re.compile(r"\s+(?:in|of)\s+(?:an?\s+|the\s+)?\w+", re.IGNORECASE)
_SHORT_ANY = re.compile(r"\(\s*[^\s()]{1,10}\s*\)")
_RECEPTOR = re.compile(r"[ \-\n]*(receptors?)\b", re.IGNORECASE)
MAX_WINDOW = 12  # tokens; longer lexicon forms are rare and never needed whole


@dataclass(frozen=True)
class _Token:
    start: int  # clean-view offsets
    end: int
    cased: str
    key: str


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        at = m.start()
        if at >= 2 and text[at - 1] in "'’-" and text[at - 2].isalpha() and (
                word == "s" or word == "S" and text[at - 2].isupper()):
            continue  # possessive: "Still's disease" (and "STILL'S DISEASE") is "Still disease"
        cased = _GREEK.get(word, word)
        out.append(_Token(m.start(), m.end(), cased, fold(cased)))
    return out


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _case_ok(entry: Entry, cased: list[str]) -> bool:
    if not entry.case_sensitive:
        return True
    want = entry.cased_key
    got = " ".join(cased)
    if got == want:
        return True
    last = cased[-1]
    for cut in (1, 2):  # CALs -> CAL, IL-6s -> IL-6
        suffix = "s" if cut == 1 else "es"
        if last.endswith(suffix) and " ".join([*cased[:-1], last[:-cut]]) == want:
            return True
    return False


def _heads_of(keys) -> frozenset[str]:
    """Every proper word prefix of every key ("kawasaki" of "kawasaki disease"): a span can only
    match a key if its words but the last are one of these, which prunes most windows."""
    return frozenset(" ".join(k.split(" ")[:j]) for k in keys for j in range(1, k.count(" ") + 1))


@cache
def _key_heads(lexicon: Lexicon) -> frozenset[str]:
    return _heads_of(lexicon.by_key)


def _head_length(toks: list[_Token], i: int, window: int, heads: frozenset[str],
                 local_heads: frozenset[str]) -> int:  # fmt: skip
    """How many words from token i form a proper prefix of some key (lexicon or local)."""
    m, head = 0, toks[i].key
    while m < window - 1 and (head in heads or head in local_heads):
        m += 1
        head = f"{head} {toks[i + m].key}"
    return m


def _joins_before(toks: list[_Token], text: str) -> list[int]:
    """Running count of lower-case pairs split by a bare hyphen (see _joined_key): entry k counts
    such pairs (p, p + 1) with p < k, so a window's count is a difference of two entries."""
    counts, total = [0], 0
    for a, b in zip(toks, toks[1:], strict=False):
        total += text[a.end : b.start] == "-" and a.cased.islower() and b.cased.islower()
        counts.append(total)
    return counts


def _match_at(
    toks: list[_Token], i: int, text: str, lexicon: Lexicon, local: dict[str, Entry | None],
    local_heads: frozenset[str], joins_before: list[int], cells: frozenset[int] = frozenset(),
) -> tuple[int, Entry] | None:  # fmt: skip
    """Longest match starting at token i: (number of tokens, entry); never across a table's
    cell boundary (``cells``: clean offsets of spaces that stand for a tab)."""
    if toks[i].start > 0 and text[toks[i].start - 1].isalnum():
        return None  # inside a word ("IL6R" does not start a match at "6")
    if _NEGATED.search(text, max(0, toks[i].start - 4), toks[i].start):
        return None  # "non-purulent conjunctivitis" is not purulent conjunctivitis
    window = min(MAX_WINDOW, max(lexicon.max_tokens, 1), len(toks) - i)
    # Spans longer than head + 1 words cannot match a key word for word; only the joined-key
    # rule ("inter-\nleukin") can, and only where a hyphen joins two lower-case pieces.
    longest = _head_length(toks, i, window, _key_heads(lexicon), local_heads) + 1
    joins = joins_before[i + window - 1] > joins_before[i]
    for n in range(window if joins else longest, 0, -1):
        span = toks[i : i + n]
        gaps = [text[a.end : b.start] for a, b in zip(span, span[1:], strict=False)]
        if not _bounded(text, span[0].start, span[-1].end) or any(
            not (_GAP.fullmatch(g) or _MARKED_GAP.fullmatch(g))
            or not cells.isdisjoint(range(a.end, b.start))
            for g, a, b in zip(gaps, span, span[1:], strict=False)
        ):
            continue
        marks = {c for g in gaps if not _GAP.fullmatch(g) for c in g.strip()}
        if _CODE_AFTER.match(text, span[-1].end) and span[-1].cased.isupper():
            continue  # "SARS" is not a mention inside "SARS-CoV-2", nor "KTE" in "KTE-C19"
        if n <= longest:
            found = _word_for_word(span, n, lexicon, local)
            if found and all(c in found[1].synonym for c in marks) and (
                    "," not in marks or _LISTED_NAME.search(found[1].synonym)):
                return found
        joined = _joined_key(span, text) if joins and not marks else None
        if joined:  # "inter-\nleukin-6": a line-break hyphen kept after a prefix-like piece
            for entry in lexicon.lookup(joined):
                if not entry.case_sensitive:
                    return n, entry
    return None


def _number_forms(last: str) -> tuple[str, ...]:
    """A name's last word as written, then singular, then plural: singular text, plural lexicon
    heading ("glucocorticoid" -> MeSH "Glucocorticoids"), and the other way round."""
    plural = (last + "s",) if last.isalpha() and len(last) > 4 else ()
    return (last, *singulars(last), *plural)


def _word_for_word(
    span: list[_Token], n: int, lexicon: Lexicon, local: dict[str, Entry | None]
) -> tuple[int, Entry] | None:
    head = [t.key for t in span[:-1]]
    for last in _number_forms(span[-1].key):
        key = " ".join([*head, last])
        cased = [t.cased for t in span]
        if key in local:  # defined in this document: its own grounding, or none at all
            candidates = [local[key]] if local[key] is not None else []
        else:
            candidates = list(lexicon.lookup(key))
        for entry in candidates:
            if _case_ok(entry, cased):
                return n, entry
    return None


def _joined_key(span: list[_Token], text: str) -> str | None:
    """The key with lower-case word pieces split by a hyphen written together, or None."""
    words, changed = [span[0].key], False
    for a, b in zip(span, span[1:], strict=False):
        if text[a.end : b.start] == "-" and a.cased.islower() and b.cased.islower():
            words[-1] += b.key
            changed = True
        else:
            words.append(b.key)
    return " ".join(words) if changed else None


_NON = re.compile(r"\bnon[- ]?$", re.IGNORECASE)  # "non-" before a qualifier negates it


def _scan(
    text: str, lexicon: Lexicon, local: dict[str, Entry | None], cells: frozenset[int] = frozenset()
) -> list[tuple[int, int, Entry]]:
    """(clean start, clean end, entry) for every longest, left-to-right match."""
    toks = _tokens(text)
    local_heads, joins_before = _heads_of(local), _joins_before(toks, text)
    out, i = [], 0
    while i < len(toks):
        found = _match_at(toks, i, text, lexicon, local, local_heads, joins_before, cells)
        if found is None:
            i += 1
            continue
        n, entry = found
        start, end = toks[i].start, toks[i + n - 1].end
        agent = _AGENT_AFTER.match(text, end)
        if agent:
            i += n
            while i < len(toks) and toks[i].end <= agent.end():
                i += 1
            continue
        if out and i > 0 and out[-1][1] == toks[i - 1].end:
            pass  # the word before is already part of a mention
        elif i > 0 and entry.case_sensitive and not _NON.search(
                text, max(0, toks[i - 1].start - 4), toks[i - 1].start):
            # ("non-systemic JIA" is JIA that is not systemic, not systemic JIA)
            wider = _modified_short_form(toks[i - 1], entry, lexicon, text[toks[i - 1].end : start])
            if wider:
                start, entry = toks[i - 1].start, wider
        receptor = _receptor_of(entry, text, end, lexicon)
        if receptor:
            entry, end = receptor
            while i + n < len(toks) and toks[i + n].start < end:
                n += 1
        out.append((start, end, entry))
        i += n
    return out


def _without_population(
    text: str, matches: list[tuple[int, int, Entry]]
) -> list[tuple[int, int, Entry]]:
    """'Multisystem inflammatory syndrome related to COVID-19' in a paper that names
    'multisystem inflammatory syndrome in children': the name less its population is the same
    disease (not where another population follows: '... in an adult')."""
    added = []
    for start, end, entry in matches:
        named = _POPULATION.fullmatch(text[start:end])
        if not named or entry.category != "disease":
            continue
        stem = re.compile(r"\b" + r"\s+".join(map(re.escape, named.group(1).split())) + r"\b",
                          re.IGNORECASE)
        for m in stem.finditer(text):
            covered = any(s <= m.start() < e or m.start() <= s < m.end()
                          for s, e, _ in matches + added)
            if not covered and not _OTHER_POPULATION.match(text, m.end()):
                added.append((m.start(), m.end(), replace(entry, synonym=m.group())))
    return sorted(matches + added, key=lambda x: (x[0], x[1])) if added else matches


def _across_short_forms(
    text: str, matches: list[tuple[int, int, Entry]], lexicon: Lexicon
) -> list[tuple[int, int, Entry]]:
    """'Tumour necrosis factor alpha (TNF-α) inhibitors', 'antineutrophil cytoplasmic antibody
    (ANCA)-associated vasculitis': words, the short form they define, then the words that make a
    longer lexicon name with them. The longer name replaces the pieces it covers."""
    wider: list[tuple[int, int, Entry]] = []
    for m in _SHORT_ANY.finditer(text):
        before, after = _words_before(text, m.start()), _words_after(text, m.end())
        if not before or not after:
            continue
        short = m.group().strip("( )")
        found = None
        for i in range(len(before)):  # the longest name first
            if not _spells_from(text, before, i, short):
                continue  # the words before must be what the short form spells
            for k in range(len(after), 0, -1):
                entries = _lookup_any_number(
                    lexicon, _phrase(text, before[i:]) + " " + _phrase(text, after[:k])
                )
                if entries:
                    found = (before[i].start(), after[k - 1].end(), entries[0])
                    break
            if found:
                break
        if found and not (wider and found[0] < wider[-1][1]):
            wider.append(found)
    if not wider:
        return matches
    kept = [x for x in matches if not any(s < x[1] and x[0] < e for s, e, _ in wider)]
    return sorted(kept + wider, key=lambda x: x[0])


def _spells_from(text: str, before: list[re.Match], i: int, short: str) -> bool:
    """Whether the words from ``before[i]`` on start with the short form's first letter, a
    hyphened prefix allowed ('anti-tumour necrosis factor (TNF) therapy')."""
    first = short[0].lower()
    if before[i].group()[0].lower() == first:
        return True
    return (i + 1 < len(before) and text[before[i].end() : before[i + 1].start()] == "-"
            and before[i + 1].group()[0].lower() == first)


def _phrase(text: str, words: list[re.Match]) -> str:
    """The words with the gaps between them; a hyphen at a line's end joins a word's halves
    ('tu-\nmor necrosis factor')."""
    out = words[0].group()
    for a, b in zip(words, words[1:], strict=False):
        gap = text[a.end() : b.start()]
        out += ("" if gap == "-\n" else gap) + b.group()
    return out


def _lookup_any_number(lexicon: Lexicon, phrase: str) -> list[Entry]:
    """Lexicon entries for ``phrase``, its last word also tried singular or plural, as the
    scan does ('tumor necrosis factor (TNF)-α inhibitor': the lexicon's 'tumour necrosis factor
    alpha inhibitors')."""
    *head, last = normalise_key(phrase).split(" ")
    for word in _number_forms(last):
        entries = lexicon.lookup(" ".join([*head, word]))
        if entries:
            return list(entries)
    return []


def _words_before(text: str, at: int, most: int = 6) -> list[re.Match]:
    """Up to ``most`` words right before ``at`` (one space before the bracket), each joined to
    the next by a space, a hyphen or a hyphen at a line's end, in text order."""
    words: list[re.Match] = []
    for w in reversed(list(_WORD.finditer(text, max(0, at - 100), at))):
        gap = text[w.end() : (words[-1].start() if words else at)]
        if gap not in ((" ",) if not words else (" ", "-", "-\n")) or len(words) == most:
            break
        words.append(w)
    return words[::-1]


def _words_after(text: str, at: int, most: int = 3) -> list[re.Match]:
    """Up to ``most`` words from ``at`` on, each joined to the one before by a space or a hyphen
    ("-associated vasculitis", " inhibitors")."""
    words: list[re.Match] = []
    for w in _WORD.finditer(text, at, min(len(text), at + 60)):
        gap = text[(words[-1].end() if words else at) : w.start()]
        if gap not in (("", " ", "-") if not words else (" ", "-")) or len(words) == most:
            break
        words.append(w)
    return words


def _modified_short_form(word: _Token, entry: Entry, lexicon: Lexicon, gap: str) -> Entry | None:
    """'systemic JIA': a word before a short form, with the short form's long names, may name a
    narrower concept ('systemic juvenile idiopathic arthritis'); also capitalised, opening a
    sentence ('Acquired HLH was diagnosed'), or in capitals in a heading ('SYSTEMIC JIA')."""
    capitals = word.cased.isupper() and len(word.cased) >= 4
    if not word.cased.isalpha() or not (word.cased[1:].islower() or capitals) or gap not in (
            " ", "-"):
        return None
    for name in lexicon.names(entry.curie):
        if len(name) <= len(entry.synonym) + 2:
            continue
        for wider in lexicon.lookup(normalise_key(f"{word.cased} {name}")):
            if wider.curie != entry.curie and wider.category == entry.category:
                return wider
    return None


def _receptor_of(entry: Entry, text: str, end: int, lexicon: Lexicon) -> tuple[Entry, int] | None:
    """'IL-6 receptor' and 'IL-6\nreceptor': a cytokine followed by 'receptor' is the gene or
    protein named '<any name of the cytokine> receptor' in the lexicon."""
    if entry.category not in ("gene", "protein"):
        return None
    m = _RECEPTOR.match(text, end)
    if not m:
        return None
    for name in lexicon.names(entry.curie):
        for receptor in lexicon.lookup(normalise_key(f"{name} receptor")):
            if receptor.category in ("gene", "protein") and receptor.curie != entry.curie:
                return receptor, m.end(1)
    return None


def _initials_match(short: str, words: list[str]) -> bool:
    """'American Heart Association' spells AHA: the short form's letters are the words' initials."""
    letters = [c.lower() for c in short if c.isalpha()]
    initials = [w[0].lower() for w in words if w[:1].isalpha()]
    return len(letters) >= 2 and initials[-len(letters):] == letters


def _related(long: str, entry: Entry, lexicon: Lexicon) -> bool:
    """Does the long form share a content word with any name of the entry's concept (not only a
    qualifier such as "acquired": conventions' qualifier_words)?"""
    words = {t.key for t in _tokens(long) if len(t.key) > 2} - conventions()["qualifier_words"]
    return any(words & {t.key for t in _tokens(name)} for name in lexicon.names(entry.curie))


def _qualified_otherwise(short: str, long: str, entry: Entry, text: str, lexicon: Lexicon,
                         mention: str = "") -> bool:
    """Does the text also write the short form with another qualifier ("primary … (HLH)", later
    "secondary HLH"), or with the mention's own qualifier again ("acute graft-versus-host
    disease (GVHD)", later "acute GVHD", the general name unqualified elsewhere)? Then the short
    form names the general concept its letters spell."""
    qualifier = mention[: len(mention) - len(long)].split()
    again = qualifier and re.search(
        rf"\b{re.escape(qualifier[-1])}[ \t\n-]+{re.escape(short)}\b", text, re.IGNORECASE)
    if again and _named_unqualified(long, qualifier[-1], text):
        return True
    for m in re.finditer(rf"\b([A-Za-z]+)[ -]{re.escape(short)}\b", text):
        if any(e.curie != entry.curie and e.category == entry.category
               for e in lexicon.lookup(normalise_key(f"{m.group(1)} {long}"))):
            return True
    return False


def _named_unqualified(long: str, qualifier: str, text: str) -> bool:
    """Does the text name ``long`` somewhere without ``qualifier`` before it (a title's "…
    GRAFT-VERSUS-HOST DISEASE" beside "acute graft-versus-host disease (GVHD)")?"""
    spelt = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", long.strip()))
    before = re.compile(rf"\b{re.escape(qualifier)}\W+$", re.IGNORECASE)
    return any(not before.search(text, max(0, m.start() - 30), m.start())
               for m in re.finditer(rf"\b{spelt}\b", text, re.IGNORECASE))


_ACRONYM_HEAD = re.compile(r"([A-Z][A-Z0-9]{2,})[ \u00a0](?:syndrome|disease)")


def _named_whole(long: str, lexicon: Lexicon) -> bool:
    """Does one lexicon name cover the whole long form?"""
    return any(e - s == len(long.strip()) for s, e, _ in _scan(long, lexicon, {}))


def _named_by_short_form(parsed: ParsedDocument, lexicon: Lexicon) -> dict[str, Entry]:
    """Long form -> the concept the lexicon knows by its short form, where no single mention
    covers the long form ("periodic fever, aphthous stomatitis, pharyngitis and adenitis (PFAPA)",
    "pyogenic arthritis pustulosis acne (PAPA) syndrome"): the words inside name no diseases of
    their own."""
    found = {}
    for short, long in parsed.abbreviations:
        if _named_whole(long, lexicon) or _disease_in_setting(long, lexicon):
            continue  # the lexicon has the long form itself, or its disease
        for name in (short, f"{short} syndrome", f"{short} disease"):
            known = [e for e in lexicon.lookup(normalise_key(name))
                     if e.category == "disease" and _related(long, e, lexicon)]
            if known:
                found[long] = known[0]
                break
    return found


_IN_SETTING = re.compile(r"\s+(?:of|in|during)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*",
                         re.IGNORECASE)


def _disease_in_setting(long: str, lexicon: Lexicon) -> Entry | None:
    """The disease a long form names before a setting of a word or two, where the lexicon lacks
    the whole ("Pustular psoriasis of pregnancy (PPP)": pustular psoriasis; not the lexicon's
    PPP, palmoplantar pustulosis, blindtest1818 yka06)."""
    heads = [f for f in _scan(long, lexicon, {}) if f[0] == 0 and f[2].category == "disease"]
    if not heads:
        return None
    end, entry = max((f[1], f[2]) for f in heads)
    return entry if _IN_SETTING.fullmatch(long, end) else None


def _named_by_alias(parsed: ParsedDocument, text: str, lexicon: Lexicon) -> dict[str, Entry]:
    """Long form -> the disease its alias names, where the lexicon lacks the long form and the text
    gives the alias right after the short form ("idiopathic orbital inflammation (IOI), also
    called orbital pseudotumour"): the paper's own equation of the two names."""
    found = {}
    for short, long in parsed.abbreviations:
        after = rf"\s*\(\s*{re.escape(short)}\s*\),?\s+{ALIAS_WORDS}\s+([^,;.()]{{3,80}})"
        m = re.search(re.escape(long) + after, text, re.IGNORECASE)
        if not m or _named_whole(long, lexicon):
            continue  # no alias given, or the lexicon has the long form itself
        named = [f for f in _scan(m.group(1), lexicon, {})
                 if f[0] == 0 and f[2].category == "disease"]
        if named:
            found[long] = max(named, key=lambda f: f[1])[2]
    return found


def _called_genes(parsed: ParsedDocument, text: str, lexicon: Lexicon) -> dict[str, Entry]:
    """Long form -> the gene the lexicon knows by its short form, where the text calls the short
    form a gene ("the Mediterranean fever (MEFV) gene": not the disease the long form spells)."""
    found = {}
    for short, long in parsed.abbreviations:
        if re.search(rf"\(\s*{re.escape(short)}\s*\)\s+genes?\b", text):
            gene = next((e for e in lexicon.lookup(normalise_key(short))
                         if e.category in ("gene", "protein")), None)
            if gene is not None:
                found[long] = gene
    return found


def _with_long_forms(
    text: str, matches: list[tuple[int, int, Entry]], long_forms: dict[str, Entry]
) -> list[tuple[int, int, Entry]]:
    """Each long form of ``long_forms`` followed by its '(SF)' as one mention of its concept, in
    place of the mentions inside it."""
    spans = []
    for long, entry in long_forms.items():
        for m in re.finditer(re.escape(long), text, re.IGNORECASE):
            if _DEFINITION.match(text, m.end()):
                spans.append((m.start(), m.end(), replace(entry, source="abbreviation")))
    if not spans:
        return matches
    kept = [x for x in matches if not any(s <= x[0] and x[1] <= e for s, e, _ in spans)]
    return sorted(kept + spans, key=lambda x: (x[0], x[1]))


def _final_acronym(short: str) -> str | None:
    """The all-capitals acronym ending a hyphenated short form ('EBV-HLH': HLH), if any."""
    parts = short.split("-")
    last = parts[-1]
    if len(parts) < 2 or len(last) < 3 or not last.isupper() or not last.isalpha():
        return None
    return last


def _acronym_in_own_words(short: str, long: str, local: dict[str, Entry | None],
                          lexicon: Lexicon) -> str | None:
    """'Stevens-Johnson syndrome-toxic epidermal necrolysis (SJS-TEN)': the acronym ending a
    hyphenated short form, when the long form spells it in words of its own, unrelated to the
    lexicon's disease of that acronym (TEN, a thymic neoplasm); its key, for the bare acronym
    means those words in this paper too."""
    last = _final_acronym(short)
    if last is None or not long or last.lower() in local or not best_long_form(last, long):
        return None
    known = next((e for e in lexicon.lookup(last.lower()) if e.category == "disease"), None)
    return last.lower() if known is not None and not _related(long, known, lexicon) else None


def _compound_head(short: str, entry: Entry | None, local: dict[str, Entry | None],
                   lexicon: Lexicon) -> Entry | None:
    """'HLH linked to Epstein-Barr virus infection (EBV-HLH)': a hyphenated short form ending in
    a disease's acronym (defined here, or an all-capitals lexicon key) names that disease, though
    its long form ends with another (``entry``, kept when it is a form of that disease)."""
    last = _final_acronym(short)
    if last is None:
        return None
    known = local.get(last.lower()) or next(
        (e for e in lexicon.lookup(last.lower()) if e.category == "disease"), None)
    if known is None or known.category != "disease":
        return None
    # "polyarticular juvenile rheumatoid arthritis (poly-JRA)", "ADA-SCID": the long form is a
    # form of the acronym's disease, its name spelling the acronym or below it in MONDO; kept
    if entry is not None and (
            entry.curie == known.curie or known.curie in ancestors().get(entry.curie, ())
            or any(best_long_form(last, name) for name in lexicon.names(entry.curie))):
        return entry
    return known


def _short_key(short: str) -> str:
    """A short form's lexicon key ("PIDs" -> its tokens' keys), under which it is defined."""
    return " ".join(t.key for t in _tokens(short))


def _abbreviation_entries(
    parsed: ParsedDocument, text: str, matches: list[tuple[int, int, Entry]], lexicon: Lexicon,
    long_forms: dict[str, Entry] | None = None,
) -> dict[str, Entry | None]:
    """Short form -> its long form's entry (None: defined here as something we cannot ground).

    Sources: the parser's (short, long) pairs; 'MENTION (SF)' and legend-style 'SF: MENTION' around
    grounded mentions; and '(SF)' after words whose initials spell it, which only blocks the short
    form (AHA = American Heart Association, not autoimmune hemolytic anemia)."""
    local: dict[str, Entry | None] = {}

    def define(short: str, entry: Entry | None, long: str = "") -> None:
        key = _short_key(short)
        known = local.get(key)
        if known is not None and short != known.synonym and entry is not None and (
                entry.curie == known.curie):
            # "graft-versus-host disease (GVHD)" on the keyword line, "(GvHD)" in the text: both
            # spellings are the paper's own short form (blindtest1801 yjj01)
            local[key] = replace(known, case_sensitive=False)
            return
        if not key or known is not None:
            return
        if entry is None and any(_related(long, e, lexicon) for e in lexicon.lookup(key)):
            return  # 'WBC, white blood cell': the lexicon's WBC (count) is what is meant
        if own := _acronym_in_own_words(short, long, local, lexicon):
            local[own] = None  # 'SJS-TEN': the bare TEN means those words here too
        else:
            entry = _compound_head(short, entry, local, lexicon) or entry
        local[key] = None if entry is None else replace(
            entry, synonym=short, key=key, source="abbreviation", case_sensitive=True
        )

    longs = {short: long for short, long in parsed.abbreviations}
    for start, end, entry in matches:
        # "Primary hemophagocytic lymphohistiocytosis (HLH)": the short form spells part of a
        # longer mention; it abbreviates that mention's concept, not the generic one it spells
        m = _DEFINITION.match(text, end)
        long = longs.get(m.group(1), "") if m else ""
        mention = text[start:end]
        if (long and len(mention) > len(long) and mention.lower().endswith(long.lower())
                and not _qualified_otherwise(m.group(1), long, entry, text, lexicon, mention)):
            define(m.group(1), entry)
    from cytokg.graph_build.mentions_filters import after_a_salt_word, unidentified_name

    for short, long in parsed.abbreviations:
        if long in (long_forms or {}):
            define(short, long_forms[long])
            continue
        # "heat stroke (HS)": a name with no id defines a short form with none, not its last word's;
        # a modifier set off by commas is still part of the name ("Human herpesvirus 8-negative,
        # or idiopathic, multicentric Castleman disease (iMCD)": idiopathic MCD, blindtest1119)
        flat = re.sub(r"\s*,\s*", " ", long).rstrip()
        found = [] if unidentified_name(long) else _scan(flat, lexicon, {})
        ending = [f for f in found if f[1] == len(flat)]
        if ending and ending[-1][2].category == "lab_measure" and after_a_salt_word(
                flat, ending[-1][0]):
            ending = []  # "pentosan polysulfate sodium (PPS)": a drug's salt, not its sodium
        define(short, ending[-1][2] if ending else _disease_in_setting(flat, lexicon), long)
    for short, long in parsed.abbreviations:
        # "primary antiphospholipid syndrome (PAPS) ... high-risk APS": the short form less its
        # first letter is the long form less its first word, when the lexicon names that
        words = long.split(None, 1)
        if (len(short) >= 4 and short.isupper() and len(words) == 2
                and short[0].lower() == words[0][0].lower()
                and re.search(rf"(?<![\w-]){re.escape(short[1:])}(?![\w-])", text)):
            rest = re.sub(r"-\s*\n\s*", "", words[1])
            found = _scan(rest, lexicon, {})
            whole = [f for f in found if f[0] == 0 and f[1] == len(rest.rstrip())]
            if whole:
                define(short[1:], whole[-1][2], rest)
    for start, end, entry in matches:
        m = _DEFINITION.match(text, end)
        short = m.group(1) if m else ""
        if m and short[0].lower() == text[start].lower() and any(c.isupper() for c in short):
            define(m.group(1), entry)
        before = _LEGEND.search(text, max(0, start - 14), start)
        # a legend's short form has a second capital or a digit ("ADA: adalimumab"); a word
        # label such as "Title: TAFRO syndrome" abbreviates nothing; nor does a symbol listed
        # before another ("IFN-γ, IL-10, IL-17, IL-4": IL-10 is no short form of IL-17,
        # blindtest1733 ygt04), a legend's long form being words
        if before and before.group(1)[0].lower() == text[start].lower() and any(
            c.isupper() or c.isdigit() for c in before.group(1)[1:]
        ) and _LONG_FORM_WORD.search(text, start, end):
            define(before.group(1), entry)
    for m in _SHORT.finditer(text):
        words = text[max(0, m.start() - 80) : m.start()].split()
        if _initials_match(m.group(1), words):
            define(m.group(1), None, " ".join(words[-len(m.group(1)) :]))
    for start, end, entry in matches:
        # "TAFRO syndrome ... In TAFRO, by contrast, ...": an acronym named with its head noun
        # is the same disease without it, where the lexicon knows the acronym as nothing else
        named = _ACRONYM_HEAD.fullmatch(text[start:end])
        if named and entry.category == "disease" and not lexicon.lookup(named.group(1).lower()):
            define(named.group(1), entry)
    # "primary immunodeficiency diseases (PIDs)" ... "Keywords: ... PID": a plural short form's
    # singular is the same short form (round 475, blindtest1811 yjt06)
    for short, _ in parsed.abbreviations:
        if re.fullmatch(r"[A-Z][A-Z0-9]+s", short):
            if (key := _short_key(short)) in local:
                define(short[:-1], local[key])
    return local
def find_mentions(parsed: ParsedDocument, lexicon: Lexicon | None = None) -> list[Mention]:
    """Grounded mentions of the document, in text order, with original offsets; journal names and
    a gene named as a drug's class are left out (mentions_filters); a general disease word
    referring back to a narrower one takes its id (mentions_coreference)."""
    lexicon = lexicon or default_lexicon()
    document = parsed.document
    view = clean_view(document.text)
    text = view.text
    # "cryopyrin-associated periodic syndrome<TAB>3" is a disease and its count, not CAPS type 3
    cells = frozenset(bisect.bisect_right(view.starts, m.start()) - 1
                      for m in re.finditer("\t", document.text))
    plain = _scan(text, lexicon, {}, cells)
    long_forms = (_named_by_short_form(parsed, lexicon) | _named_by_alias(parsed, text, lexicon)
                  | _called_genes(parsed, text, lexicon))
    local = _abbreviation_entries(parsed, text, plain, lexicon, long_forms)
    starts = [s.start for s in parsed.sentences]
    mentions = []
    matches = _with_long_forms(text, _scan(text, lexicon, local, cells), long_forms)
    matches = _across_short_forms(text, add_paraphrases(text, matches, lexicon), lexicon)
    matches = _without_population(text, matches)
    for start, end, entry in matches:
        o_start, o_end = view.span_to_original(start, end)
        k = bisect.bisect_right(starts, o_start) - 1
        inside = k >= 0 and o_start < parsed.sentences[k].end
        if _HTML_BLOCK_TAG.search(document.text, o_start, o_end):
            # a name run across an HTML block's end ("... of childhood</h1>" and the journal line
            # "<p><i>Arthritis &amp; Rheumatism" under it): no mention
            continue
        sentence = parsed.sentences[k].index if inside else None
        mentions.append(
            Mention(
                start=o_start,
                end=o_end,
                text=document.text[o_start:o_end],
                category=entry.category,
                curie=entry.curie,
                label=entry.label,
                xrefs=entry.xrefs,
                source=entry.source if entry.source in _OWN_SOURCES else "lexicon",
                sentence=sentence,
                confidence=_CONFIDENCE.get(entry.source, 0.9),
            )
        )
    from cytokg.graph_build.mentions_coreference import resolve
    from cytokg.graph_build.mentions_filters import drop_non_mentions

    mentions = drop_non_mentions(mentions, document.text)
    return resolve(mentions, document.text, tuple((r.start, r.end) for r in parsed.tables))


@dataclass(frozen=True)
class EntitySummary:
    """One grounded entity of a document and where it is mentioned (for `cytokg extract`)."""

    curie: str
    label: str
    category: str
    ids: tuple[str, ...]  # primary id first, then exact cross-references
    mentions: tuple[Mention, ...]

    def as_dict(self) -> dict:
        return {
            "curie": self.curie,
            "label": self.label,
            "category": self.category,
            "ids": list(self.ids),
            "mentions": [
                {"start": m.start, "end": m.end, "text": m.text, "source": m.source,
                 "sentence": m.sentence}
                for m in self.mentions
            ],
        }


def entities(mentions: list[Mention]) -> list[EntitySummary]:
    """Mentions grouped by grounded id, in order of first mention; ungrounded ones are left out."""
    groups: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if m.curie:
            groups.setdefault(m.curie, []).append(m)
    return [
        EntitySummary(curie, ms[0].label, ms[0].category, (curie, *ms[0].xrefs), tuple(ms))
        for curie, ms in groups.items()
    ]
