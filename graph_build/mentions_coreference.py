"""A general disease word that refers back to a narrower disease named earlier in the paper.

"Takayasu arteritis ... No other treatment had controlled her vasculitis": the paper speaks of
one disease, and a later bare class word ("vasculitis", "pericarditis", "inflammatory disease")
is that disease again, not a second entity. Grounding it to the class would add a generic entity
and, worse, a drug use for the class instead of the specific disease. Two signs that an earlier
mention is narrower than a later one, both generic:
- its words end with the later mention's words ("large vessel vasculitis" ... "vasculitis");
- MONDO says so: the earlier concept descends from the later one (reference/mondo_slice.tsv,
  is-a edges read from MONDO releases).
A modifier that sets the later mention apart ("acute pericarditis", "other vasculitides", or
"adults with" after a juvenile form) keeps it as written. The re-grounded mention keeps its text
and offsets; its source says why it changed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cytokg.graph_build.disease_hierarchy import verified_ancestors as ancestors
from cytokg.graph_build.records import Mention

SOURCE = "coreference"
_CATEGORIES = ("disease", "phenotype")
_CONFIDENCE = 0.7
# a word right before the general mention that names a different case of the class
_CONTRAST = re.compile(
    r"\b(acute|other|another|first|primary|secondary|any|non|new|different|associated|type|variant|subtype)\W*$",
    re.IGNORECASE,
)
# the later mention said of adults when the earlier one is the children's form ("etanercept in
# juvenile rheumatoid arthritis ... had proved effective in adults with rheumatoid arthritis")
_ADULTS = re.compile(r"\badults?\b(?:\W+\w+){0,2}\W*$", re.IGNORECASE)
_CHILDHOOD_WORDS = frozenset({"juvenile", "pediatric", "paediatric", "childhood", "infantile",
                              "neonatal"})
_WORDS = re.compile(r"[a-z0-9]+")
# a word right before the mention that makes it a noun phrase of its own (determiner,
# possessive, adjective), not a preposition, conjunction or verb; no punctuation in between
_MODIFIER_BEFORE = re.compile(
    r"(?<![A-Za-z])(?!(?:with|of|in|for|and|or|to|from|by|as|than|including|had|has|have|was|"
    r"were|is|are|be|been|developed|showed|without|on|at|into|after|before|during|like|such|"
    r"versus|vs)\b)[A-Za-z]+[ \t\n-]+$",
    re.IGNORECASE,
)
# a mention named as what something is ("PAN is a necrotizing vasculitis", "IgA vasculitis is the
# most frequent vasculitis of childhood"): the class itself, neither an anaphor nor an antecedent
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:(?:in\s+most\s+cases|usually|often|typically|generally|mostly|"
    r"also)\s+)?(?:a|an|the)\s+(?:\S+\s+){0,3}$"
    # ... or the class a form belongs to ("GPP is an uncommon and sometimes life-threatening form
    # of psoriasis")
    r"|\b(?:is|are|was|were)\s+(?:a|an|the)\s+(?:\S+\s+){0,5}(?:form|type|variant|subtype|kind"
    r"|variety)s?\s+of\s+$",
    re.IGNORECASE,
)
# ... or as the class itself by what follows it ("Scleroderma itself is an uncommon disorder",
# "Scleroderma is an uncommon connective tissue disease", "Scleroderma comes in two categories",
# blindtest1738 ygy02, ygy06): not the form named before
# ... also after its short form, and as an event or complication of what it follows ("Graft-versus-
# host disease (GvHD) is an uncommon event after a blood transfusion", blindtest1801 yjj01)
_CLASS_AFTER = re.compile(
    r"\s+(?:itself|in\s+general|as\s+a\s+whole|per\s+se)\b"
    r"|(?:\s*\([^()]{1,12}\))?\s+(?:is|are)\s+an?\s+(?:[\w-]+\s+){0,4}"
    r"(?:disease|disorder|condition|illness|event|complication)s?\b"
    r"|\s+(?:comes?|falls?|(?:is|are)\s+(?:divided|classified|split))\s+in(?:to)?\s+"
    r"(?:two|three|four|several|many)\b",
    re.IGNORECASE,
)
# ... or as what a prophylaxis is against ("Prophylaxis against graft-versus-host disease (GVHD)
# consisted of tacrolimus", after "acute graft-versus-host disease" in the title, blindtest1824
# ykg01): the class prevented, not the form the patient went on to have (round 480; not a short
# form defined for it alone: "diagnosed with hemophagocytic lymphohistiocytosis (HLH)" after
# "secondary hemophagocytic lymphohistiocytosis" in the title is that form, blindtest121 b601)
_PROPHYLAXIS_BEFORE = re.compile(
    r"\b(?:prophylaxis|prevention|preventing|prevent)\s+(?:against|of|for)?\s*$", re.IGNORECASE)
# a keyword list names each concept for itself ("Keywords: tocilizumab; thrombocytopenia"): no
# mention on that line refers back
_KEYWORD_LINE = re.compile(r"\W*(?:key\s*words|index\s+terms|mesh\s+terms)\b", re.IGNORECASE)
_GENERAL_HEADS = frozenset({"disease", "diseases", "disorder", "disorders", "condition",
                            "illness", "inflammation"})


def _words(text: str) -> list[str]:
    """Lower-case words, a line-break hyphen joined ('recur-\\nrent' -> 'recurrent')."""
    return _WORDS.findall(re.sub(r"-\s*\n\s*", "", text.lower()))


def _narrower(earlier: Mention, later: Mention, text: str = "") -> bool:
    if earlier.curie == later.curie or earlier.category not in _CATEGORIES:
        return False
    head, full = _words(later.text), _words(earlier.text)
    before = text[max(0, later.start - 30) : later.start]
    if _CHILDHOOD_WORDS & set(full) and _ADULTS.search(before):
        return False
    if len(full) > len(head) and full[-len(head):] == head:
        return True
    # by MONDO alone, only a general word with a determiner or modifier refers back ("her
    # vasculitis", "a chronic inflammatory disease", "active arthritis"); a specific name
    # ("hemophagocytic lymphohistiocytosis" after macrophage activation syndrome, one of its
    # forms) or a bare word opening a sentence ("Hemophagocytosis was seen") names its own concept
    if len(head) > 1 and head[-1] not in _GENERAL_HEADS:
        return False
    if len(head) == 1 and not _MODIFIER_BEFORE.search(text[max(0, later.start - 30) : later.start]):
        return False
    return later.curie in ancestors().get(earlier.curie, frozenset())


def _refers_back(mention: Mention, text: str, tables: tuple[tuple[int, int], ...]) -> bool:
    """Whether a mention can be an anaphor: a disease in running text (not a table cell, not an
    all-capitals heading or keyword such as 'VASCULITIS', nor on a keyword line), with no
    contrasting modifier, not named as what something is nor, by what follows, as the class
    itself ("Scleroderma itself ..."), nor what a prophylaxis is against."""
    return (
        mention.category == "disease"
        and bool(mention.curie)
        and not mention.text.isupper()
        and not any(start <= mention.start < end for start, end in tables)
        and not _CONTRAST.search(text[max(0, mention.start - 30) : mention.start])
        and not _predicate(mention, text)
        and not _CLASS_AFTER.match(text, mention.end)
        and not _PROPHYLAXIS_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
        and not _on_keyword_line(mention, text)
    )


def _on_keyword_line(mention: Mention, text: str) -> bool:
    """Is the mention on a keyword line, or on a line that a keyword list wraps onto ("Key words:
    Myelofibrosis; ... Allogeneic stem cell\ntransplantation; Graft-versus-host disease",
    blindtest1801 yjj02)?"""
    line = text.rfind("\n", 0, mention.start) + 1
    blank = text.rfind("\n\n", 0, mention.start)
    paragraph = blank + 2 if blank >= 0 else 0
    return bool(_KEYWORD_LINE.match(text, line) or (
        paragraph < line and _KEYWORD_LINE.match(text, paragraph)))


def _predicate(mention: Mention, text: str) -> bool:
    return bool(_PREDICATE.search(text[max(0, mention.start - 60) : mention.start]))


def _named_first(form: Mention, general: Mention) -> bool:
    """Is ``form`` named by the general mention's words and then its own ("pemphigus vulgaris"
    for "pemphigus")?"""
    head, full = _words(general.text), _words(form.text)
    return form.curie != general.curie and len(full) > len(head) and full[: len(head)] == head


def _one_line(target: Mention, earlier: list[Mention]) -> bool:
    """Are the earlier narrower diseases forms of one another ("large vessel vasculitis" ...
    "Takayasu arteritis")? Sibling forms ("intermediate uveitis, posterior uveitis or
    panuveitis" ... "uveitis onset") leave the general word meaning the class itself."""
    up = ancestors()
    return all(e.curie == target.curie or e.curie in up.get(target.curie, frozenset())
               or target.curie in up.get(e.curie, frozenset()) for e in earlier)


def _class_named_over(target: Mention, general: Mention, earlier: list[Mention]) -> bool:
    """Was the class itself named in the narrower form's sentence, before it ("severe influenza,
    whether avian influenza A(H5N1) or seasonal infection", blindtest1717 ygd06)? The form is then
    one case of the class the paper is about, and a later bare class word is the class. The
    sentence is the parser's, which knows HTML sentence ends ("treatment.</b>")."""
    return target.sentence is not None and any(
        e.curie == general.curie and e.end <= target.start and e.sentence == target.sentence
        for e in earlier)


def _complement_named(target: Mention, text: str, names: tuple[str, ...] = ()) -> bool:
    """Does the paper also name the form's complement ("gonococcal urethritis" and
    "non-gonococcal urethritis", blindtest1819 ykb03), by any of its names (its short form: "The
    non-LCH group" after "Langerhans cell histiocytosis (LCH)", blindtest1827 ykj04; round 481)?
    Then it speaks of both, and a bare class word is the class."""
    for name in (target.text, *names):
        words = _words(name)
        spelt = r"\W+".join(re.escape(w) for w in words)
        if words and re.search(rf"\bnon[\s‐‑-]?{spelt}\b", text, re.IGNORECASE):
            return True
    return False


def resolve(
    mentions: list[Mention], text: str, tables: tuple[tuple[int, int], ...] = ()
) -> list[Mention]:
    """The mentions, with each general disease mention that refers back to the nearest earlier
    narrower one grounded to that one. ``tables``: (start, end) of table rows, left as written."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out = []
    for i, mention in enumerate(ordered):
        if _refers_back(mention, text, tables):
            earlier = [e for e in reversed(ordered[:i]) if e.curie and e.end <= mention.start
                       and not _predicate(e, text) and _narrower(e, mention, text)]
            target = earlier[0] if earlier else None
            # (forms named with the class word first count as siblings too: "pemphigus vulgaris,
            # pemphigus foliaceus and paraneoplastic pemphigus" ... "pemphigus" is the class)
            kin = [e for e in ordered[:i] if e.curie and e.end <= mention.start
                   and e.category in _CATEGORIES and _named_first(e, mention)]
            if target and not _one_line(target, earlier + kin):
                target = None
            if target and (_class_named_over(target, mention, ordered[:i])
                           or _complement_named(target, text, tuple(
                               {e.text for e in ordered if e.curie == target.curie}))):
                target = None
            if target:
                mention = replace(
                    mention, curie=target.curie, label=target.label, xrefs=target.xrefs,
                    category=target.category, source=SOURCE,
                    confidence=min(mention.confidence, _CONFIDENCE),
                )
        out.append(mention)
    return out
