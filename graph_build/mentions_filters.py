"""Lexicon matches that are not mentions of an entity, dropped before grounding is final.

Nine kinds, all read from the text's structure or a convention file, never from a list of papers:
- words of a cited journal's name: "Arthritis Rheumatol", "Ann Rheum Dis" (a run of capitalised
  words holding an ISO 4 title-word abbreviation, data/text_conventions.yaml), a journal or an
  organisation named in full ("Open Journal of Rheumatology and Autoimmune Diseases", "Childhood
  Arthritis and Rheumatology Research Alliance"), a meeting's abbreviation before its year ("AAN
  2026"), and every word of a labelled bibliographic line ("Journal: Int J Hematol"). "Arthritis"
  there is a journal, a body or a meeting, not a disease of the paper;
- a gene or protein name used as the class name of the drug right after it: "the interleukin-1
  receptor antagonist anakinra" names anakinra by its kind; the IL1RN gene is not discussed.
  An antagonist protein's name in apposition right after the drug ("Anakinra, a recombinant
  interleukin-1 receptor antagonist, ...") names its kind too; a phrase saying what the drug is
  made of ("a recombinant form of the human interleukin-1 receptor antagonist") stays a mention;
- a drug named as what another agent spares ("steroid-sparing agents", "glucocorticoid-sparing
  effect"): the agents are not steroids and the steroid is not given;
- a disease naming a service, a specialty or a society ("seen by the infectious diseases service",
  "the infectious disease and rheumatology consultants", "Division of Infectious Diseases"): no
  patient has it;
- a disease or drug named from inside a longer name the lexicon has no id for
  (data/text_conventions.yaml unidentified_names): "stroke" in "heat stroke" is no stroke, and
  "heparin" in "low-molecular-weight heparin" no unfractionated heparin;
- a lab measure named as the salt of a drug ("sodium thiosulfate", "diclofenac sodium",
  "methylprednisolone sodium succinate"): the sodium given is not the sodium measured;
- a number word in a line set in capitals ("CHILDREN AGED TEN YEARS"), where running text never
  uses it as a short form: "TEN" there is ten, not thymic epithelial neoplasm;
- a name read across a table's column gap on one line ("IBD", a tab or a run of spaces, then "2"
  in the next column); a name wrapped across a page's running head is still one;
- a credential in a byline, next to a degree ("Moqadam Rhamatzada, PharmD, MBA;"): "MBA" there
  is a business degree, not migraine with brainstem aura.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from cytokg.graph_build.conventions import conventions
from cytokg.graph_build.extract import cues
from cytokg.graph_build.records import Mention

_CAPITALISED_RUN = re.compile(r"[A-Z][A-Za-z]*(?:[ \t]+(?:&[ \t]+)?[A-Z][A-Za-z]*)+")
_CLASS_GAP = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*")  # only spacing between name and drug
_PRODUCT_GAP = re.compile(r"[ \t\u00a0]*\([^(),]{0,16},?[ \t\u00a0]*")
_GENE_CATEGORIES = ("gene", "protein")
_DRUG_CATEGORIES = ("drug",)


@cache
def _label_line() -> re.Pattern:
    labels = "|".join(sorted(map(re.escape, conventions()["bibliographic_labels"]), key=len,
                             reverse=True))
    return re.compile(rf"(?im)^[ \t*_#]*(?:{labels})[ \t*_]*:[^\n]*")


# a journal named in full: "Open Journal of Rheumatology and Autoimmune Diseases", its subjects
# listed with commas ("Indian Journal of Allergy, Asthma and Immunology", blindtest1763 yhx01)
_JOURNAL_OF = re.compile(
    r"\b(?:[A-Z][\w-]*[ \t]+)*Journal[ \t]+of[ \t]+"
    r"(?:(?:[A-Z][\w-]*,?|of|and|the|&)[ \t]+)*[A-Z][\w-]*")


# an organisation named in full: "Childhood Arthritis and Rheumatology Research Alliance",
# "Assessment of SpondyloArthritis international Society", "Multiple Sclerosis Research Center",
# "(SLACIP) Sepsis Committee"; or
# a meeting: "Infectious Diseases and Microbiology congress"
_ORGANISATION = re.compile(
    r"\b(?:[A-Z][\w-]*[ \t]+(?:(?:and|of|for|&|international)[ \t]+)?)+(?:Research[ \t]+)?"
    r"(?:Alliance|Society|Foundation|Cent(?:er|re)|Association|Organi[sz]ation|Network|Consortium"
    r"|Collaborative|Study[ \t]+Group|Working[ \t]+Group|League|College|Academy|Institute|Committee"
    r"|(?i:congress|conference|symposium|annual[ \t]+meeting))\b")


# a DOI on the line, by its label or its prefix
_DOI = r"(?:(?i:\bdoi\b)|\b10\.\d{4,}/)"
_JOURNAL_NAME = r"(?P<journal>[A-Z][\w-]*(?:[ \t]+(?:[A-Z][\w-]*|&|and|of|the|for|in))*)"
# a citation line opening on its journal's name, then the year, volume or a separator, and
# carrying a DOI ("Arthritis Research & Therapy (2021) 23:25 | doi: 10.1186/..."), or the line
# alone with volume, year and article number ("Seminars in Arthritis and Rheumatism 60 (2023)
# 152192", perhaps with a field set apart after it: "... 37 (2020) 101578          Abstract"), or
# the journal's name then its volume ("ARTHRITIS & RHEUMATISM   Vol. 37, No. 9, September 1994"),
# or alone on its line over the year and volume ("RENAL FAILURE\n2022, VOL. 44, NO. 1, 1061–1069")
_VOLUME = r"(?i:vol\.|volume)[ \t]*\d+\b"
_CITATION_LINE = re.compile(
    r"(?m)^[ \t*_#]*" + _JOURNAL_NAME + r"(?:[ \t]*(?:\(\d{4}\)|\d{4}[;,.]|[|·])[^\n]*?"
    + _DOI + r"|[ \t]+\d{1,4}[ \t]*\(\d{4}\)[ \t]*[\de]?[\d–-]+"
    r"(?:[ \t]{2,}[^\n]*)?[ \t]*$|[ \t]+" + _VOLUME
    + r"|[ \t]*\n[ \t]*(?:19|20)\d{2}[,.][ \t]*" + _VOLUME + ")")
# ... or a journal's name then its year, volume and pages, at a line's start or after a separator
# ("Clinical Infectious Diseases 2002;35:650-8", "*Original article · Clinical Infectious Diseases
# 2006;42(5):614–621*", blindtest1566 yai04, blindtest1564 yag05)
_YEAR_VOLUME_PAGES = re.compile(
    r"(?m)(?:^[ \t*_#]*|[·|][ \t\u00a0]*)" + _JOURNAL_NAME
    + r"[ \t\u00a0]+(?:19|20)\d{2}[ \t]*[;,][ \t]*\d{1,4}(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*:"
    r"[ \t]*[\de]?\d+")
# ... or a journal's name in capitals, then, set apart, a field and its DOI ("ARTHRITIS &
# RHEUMATISM   Publication year 2002   DOI 10.1002/art.10461")
# (or in title case, its words one space apart: "Arthritis & Rheumatism      DOI
# 10.1002/art.21384", blindtest1866 ylw02)
_CAPITALS_DOI_LINE = re.compile(
    r"(?m)^[ \t*_#]*(?P<journal>[A-Z][A-Z&-]*(?:[ \t][A-Z&][A-Z&-]*)*"
    r"|[A-Z][\w-]*(?:[ \t](?:[A-Z][\w-]*|&|and|of|the|for|in))*)[ \t]{2,}[^\n]*?" + _DOI)
# ... or a meeting's abbreviation and year ("Congress abstract (AAN 2026)", "EULAR 2015")
_MEETING = re.compile(r"\b[A-Z]{2,6}(?=[ \t\u00a0]+(?:19|20)\d{2}\b)")
# ... or a masthead of middle-dot fields holding a year, with no DOI ("Arthritis & Rheumatism ·
# 2008 · 58(2):521–531", "Annals of the Rheumatic Diseases · EULAR 2021 Congress · Oral
# presentation"); not "|" fields, which a table row also has
_MASTHEAD_LINE = re.compile(
    r"(?m)^[ \t*_#]*" + _JOURNAL_NAME
    + r"[ \t\u00a0]*·(?=[^\n]{0,80}·)(?=[^\n]{0,80}\b(?:19|20)\d{2}\b)")
# ... or a running head: "Lekpa et al. Arthritis Research & Therapy          Page 2 of 9",
# "A. Lavergne et al.     Seminars in Arthritis and Rheumatism 60 (2023) 152192     2"
_RUNNING_HEAD = re.compile(
    r"(?m)\bet al\.?,?[ \t]+" + _JOURNAL_NAME + r"[ \t]+(?:(?:\d{1,4}[ \t]*)?\(\d{4}\)[^\n]*"
    r"|\d{4}[;,.][^\n]*|(?i:page)[ \t]+\d+(?:[ \t]+of[ \t]+\d+)?[ \t]*)$")


# ... or the journal's name over the title with the article's genre beside it ("Open Forum
# Infectious Diseases            MAJOR ARTICLE", "TURKISH JOURNAL OF PEDIATRICS - CLINICAL TRIAL",
# "Arthritis Research & Therapy · Research article · open access"), or the genre first and the
# journal's section after it ("ORIGINAL ARTICLE · Paediatric infectious diseases")
_GENRE = (r"(?i:(?:major|original|research|review|clinical|brief|short|case|rapid)[ \t\u00a0]+)?"
          r"(?i:articles?|reports?|trials?|communications?|letters?|reviews?)")
_GENRE_AFTER = re.compile(
    r"[ \t*_#]*" + _JOURNAL_NAME + r"(?:[ \t\u00a0]{2,}|[ \t\u00a0]+[-–—·|][ \t\u00a0]+)" + _GENRE
    + r"(?:[ \t\u00a0]*[·|][^\n]*)?[ \t\u00a0]*")
_GENRE_BEFORE = re.compile(
    r"[ \t*_#]*" + _GENRE + r"[ \t\u00a0]*[·|][ \t\u00a0]*(?P<journal>[^\n·|]{1,60}?)[ \t\u00a0]*")
# ... or the genre alone on its line, in any case ("Review", "Case report"), which a paper's
# first lines may hold between a citation line and the title (blindtest1713 yfz06)
GENRE_LABEL = re.compile(r"[ \t*_#]*" + _GENRE + r"[ \t*_]*")


def genre_line(line: str) -> tuple[int, int] | None:
    """The (start, end) in ``line`` of the journal or section name of a line that is a journal's
    name and the article's genre (_GENRE_AFTER, _GENRE_BEFORE); None for any other line."""
    head = _GENRE_AFTER.fullmatch(line) or _GENRE_BEFORE.fullmatch(line)
    return head.span("journal") if head else None


def bibliographic_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of journal, organisation and meeting names and labelled bibliographic
    lines."""
    words = conventions()["journal_title_words"]
    spans = [(m.start(), m.end()) for m in _label_line().finditer(text)]
    spans += [(m.start(), m.end()) for m in _JOURNAL_OF.finditer(text)]
    spans += [(m.start(), m.end()) for m in _ORGANISATION.finditer(text)]
    spans += [m.span("journal") for m in _CITATION_LINE.finditer(text)]
    spans += [m.span("journal") for m in _RUNNING_HEAD.finditer(text)]
    spans += [m.span("journal") for m in _MASTHEAD_LINE.finditer(text)]
    spans += [m.span("journal") for m in _CAPITALS_DOI_LINE.finditer(text)]
    spans += [m.span("journal") for m in _YEAR_VOLUME_PAGES.finditer(text)]
    spans += [m.span() for m in _MEETING.finditer(text)]
    first = re.match(r"\s*([^\n]*)", text)
    if first and (head := genre_line(first.group(1))):
        spans.append((first.start(1) + head[0], first.start(1) + head[1]))
    for m in _CAPITALISED_RUN.finditer(text):
        if any(w.lower() in words for w in re.findall(r"[A-Za-z]+", m.group())):
            spans.append((m.start(), m.end()))
    return sorted(spans)


def _inside(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.end <= end for start, end in spans)


def _names_the_next_drug(mention: Mention, following: Mention | None, text: str) -> bool:
    if mention.category not in _GENE_CATEGORIES or following is None or (
            following.category not in _DRUG_CATEGORIES):
        return False
    gap = text[mention.end : following.start]
    # "interleukin-1 receptor antagonist (rhIL-1ra, anakinra)": the kind, then its product
    return bool(_CLASS_GAP.fullmatch(gap)) or (
        mention.text.lower().endswith("antagonist") and bool(_PRODUCT_GAP.fullmatch(gap)))


_KIND_AFTER_DRUG = re.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0\n]*(?:an?|the)[ \t\u00a0\n]+"
    r"(?:(?:recombinant|human|humani[sz]ed|modified|synthetic)[ \t\u00a0\n,]+)*",
    re.IGNORECASE,
)


def _kind_after_drug(mention: Mention, preceding: Mention | None, text: str) -> bool:
    return (
        mention.category in _GENE_CATEGORIES
        and mention.text.lower().rstrip("s").endswith("antagonist")
        and preceding is not None
        and preceding.category in _DRUG_CATEGORIES
        and bool(_KIND_AFTER_DRUG.fullmatch(text[preceding.end : mention.start]))
    )


_SPARING = re.compile(r"[-‐ ]sparing\b", re.IGNORECASE)


def _spared(mention: Mention, text: str) -> bool:
    return mention.category in ("drug", "drug_class") and bool(
        _SPARING.match(text, mention.end))


_SERVICE = re.compile(
    r"(?:[ \t\u00a0]*(?:and|&)[ \t\u00a0]+[A-Za-z]+)?[ \t\u00a0]+"
    r"(?:service|consultants?|team|specialists?|department|division|unit|clinic|society|"
    r"association|physicians?|ward|fellows?|registrars?|section)\b",
    re.IGNORECASE,
)
# ... or after the unit it names ("Division of Infectious Diseases", blindtest1282 zki06; "section"
# above: "DC Veterans Affairs Infectious Diseases Section", blindtest1285 zkl06; "a general
# hospital for infectious diseases", blindtest1562 yae03)
_SERVICE_BEFORE = re.compile(
    r"\b(?:division|department|dept\.?|section|unit|service|institute|centre|center|clinic|"
    r"society|hospital)[ \t\u00a0\n]+(?:of|for)[ \t\u00a0\n]+(?:the[ \t\u00a0\n]+)?"
    r"(?:(?:paediatric|pediatric|clinical|tropical)[ \t\u00a0\n]+)?$",
    re.IGNORECASE,
)


# ... or in a list of units an affiliation line names before its institution ("Departments of
# Neurology and Nephrology and Divisions of Allergy, Immunology and Rheumatology, Infectious
# Disease, and Hematology and Oncology, Chung-Shan Medical University Hospital", blindtest1749
# yhj01)
_UNITS_BEFORE = re.compile(
    r"\b(?:departments?|divisions?|sections?|units?)[ \t\u00a0\n]+of\b[^.;:!?\d]{0,200}$",
    re.IGNORECASE,
)
_INSTITUTION_AFTER = re.compile(
    r"[^.;:!?\d]{0,200}?\b(?:hospital|university|institute|college|faculty|medical[ \t\n]+"
    r"cent(?:re|er)|school[ \t\n]+of[ \t\n]+medicine)\b",
    re.IGNORECASE,
)


def _names_a_service(mention: Mention, text: str) -> bool:
    return mention.category == "disease" and bool(
        _SERVICE.match(text, mention.end)
        or _SERVICE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        or (_UNITS_BEFORE.search(text, max(0, mention.start - 200), mention.start)
            and _INSTITUTION_AFTER.match(text, mention.end)))


_CREDENTIAL = re.compile(r"[A-Z][A-Za-z]{1,6}")
_DEGREE_BEFORE = re.compile(r"\b([A-Za-z.]{2,8})\s*,\s*$")
_DEGREE_AFTER = re.compile(r"\s*,\s*([A-Za-z.]{2,8})\b")


def _credential(mention: Mention, text: str) -> bool:
    """A short capitalised word between commas right after or before a degree of the byline
    (data/text_conventions.yaml degrees): a credential, not a name of the paper's subject."""
    if not _CREDENTIAL.fullmatch(text[mention.start:mention.end]):
        return False
    degrees = conventions()["degrees"]
    near = (_DEGREE_BEFORE.search(text, max(0, mention.start - 12), mention.start),
            _DEGREE_AFTER.match(text, mention.end))
    return any(m and m.group(1).replace(".", "").lower() in degrees for m in near)


# between the words of a name: a hyphen (with or without spaces round it) or spaces and line breaks
_NAME_GAP = r"(?:[\s\u00a0]*[-\u2010\u2011][\s\u00a0]*|[\s\u00a0]+)"


@cache
def _unidentified_names() -> re.Pattern:
    names = sorted(conventions()["unidentified_names"], key=len, reverse=True)
    # words joined by spaces or hyphens alike ("low-molecular-weight heparin")
    forms = [_NAME_GAP.join(map(re.escape, name.split())) for name in names]
    return re.compile(rf"\b(?:{'|'.join(forms)})\b", re.IGNORECASE)


def unidentified_name(phrase: str) -> bool:
    """Whether ``phrase`` is one of the names with no id (a short form defined by it has none)."""
    return bool(_unidentified_names().fullmatch(" ".join(phrase.split())))


def _inside_unidentified_name(mention: Mention, text: str) -> bool:
    """A disease named from inside a longer name with no id ('stroke' in 'heat stroke', 'stroke
    syndrome' in 'heat stroke syndrome', 'lupus' opening 'lupus pernio'), a finding ('sinus
    disease' in 'pilonidal sinus disease') or a drug ('heparin' in 'low-molecular-weight
    heparin', a class of its own)."""
    if mention.category not in ("disease", "phenotype", "drug"):
        return False
    return any(m.start() < mention.start < m.end()
               or (m.start() == mention.start and mention.end < m.end())
               for m in _unidentified_names().finditer(text, max(0, mention.start - 40),
                                                       mention.end + 40))


_COLUMN_GAP = re.compile(r"\t| {3,}")


def _across_a_column_gap(mention: Mention) -> bool:
    return "\n" not in mention.text and bool(_COLUMN_GAP.search(mention.text))


def _in_capitals(text: str, at: int) -> bool:
    """Is the line holding ``at`` set in capitals (no small letter)?"""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return not any(c.islower() for c in text[start : end if end >= 0 else len(text)])


def _number_word_in_capitals(mention: Mention, text: str) -> bool:
    """A number word in a title set in capitals ("CHILDREN AGED TEN YEARS") is no short form
    ("TEN", thymic epithelial neoplasm), unless running text uses it as one (the word again in a
    line with small letters)."""
    word = mention.text
    if not word.isupper() or word.lower() not in cues()["number_words"]:
        return False
    return all(_in_capitals(text, m.start())
               for m in re.finditer(rf"\b{re.escape(word)}\b", text))


def _anion_word() -> str:
    """A salt's anion word ("thiosulfate", "succinate", "chloride"), as a pattern."""
    endings = "|".join(map(re.escape, conventions()["salt_word_endings"]))
    return rf"[a-z]{{3,}}(?:{endings})"


@cache
def _salt_word() -> re.Pattern:
    # one space or line break before the word; the word may be hyphenated across a line
    return re.compile(rf"(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)(?:[a-z]+-[ \u00a0]*\n[ \u00a0]*)?"
                      rf"{_anion_word()}\b", re.IGNORECASE)


@cache
def _salt_word_before() -> re.Pattern:
    return re.compile(rf"\b{_anion_word()}[ \u00a0]+$", re.IGNORECASE)


def after_a_salt_word(text: str, start: int) -> bool:
    """Whether a salt's anion word ends just before ``start`` ("polysulfate sodium")."""
    return bool(_salt_word_before().search(text, max(0, start - 40), start))


def _salt_of_a_drug(mention: Mention, preceding: Mention | None, text: str) -> bool:
    """A lab measure read inside a drug's salt name: a salt word after it ("sodium thiosulfate")
    or before it ("pentosan polysulfate sodium", a drug with no id), or a drug just before it
    ("diclofenac sodium")."""
    if mention.category != "lab_measure":
        return False
    return after_a_salt_word(text, mention.start) or bool(
        _salt_word().match(text, mention.end)) or (
        preceding is not None and preceding.category in _DRUG_CATEGORIES
        and text[preceding.end : mention.start] in (" ", "\u00a0"))


@cache
def _preparation() -> tuple[re.Pattern, re.Pattern]:
    """A word of preparation or giving just before an immunoglobulin's name, or just after it."""
    words = "|".join(sorted(map(re.escape, conventions()["preparation_words"]), key=len,
                            reverse=True))
    return (re.compile(rf"\b(?:{words})[ \t\u00a0\n]+(?:\w+[ \t\u00a0\n]+)?$", re.IGNORECASE),
            re.compile(rf"^[ \t\u00a0\n]*(?:\([^()]{{1,12}}\)[ \t\u00a0\n]*)?(?:{words})\b",
                       re.IGNORECASE))


def _endogenous(mention: Mention, text: str) -> bool:
    """An immunoglobulin or a hormone named as the body's own (a level, an autoantibody's class),
    not given."""
    if mention.category not in _DRUG_CATEGORIES or (
            mention.curie.lower() not in conventions()["endogenous_drugs"]
            and mention.text.lower() not in conventions()["endogenous_names"]):
        return False
    before, after = _preparation()
    return not (before.search(text[max(0, mention.start - 60) : mention.start])
                or after.match(text[mention.end : mention.end + 60]))


def drop_non_mentions(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions less journal-name words, gene names used as a drug's class name, drugs named
    as what an agent spares, diseases naming a service, diseases and drugs named from inside a
    longer name with no id, lab measures named in a drug's salt, number words in a title set in
    capitals, names read across a column gap and credentials in a byline; an immunoglobulin
    named as the body's own is kept as a lab measure."""
    spans = bibliographic_spans(text)
    ordered = sorted(mentions, key=lambda m: m.start)
    kept = []
    for i, mention in enumerate(ordered):
        following = ordered[i + 1] if i + 1 < len(ordered) else None
        preceding = ordered[i - 1] if i else None
        if (_inside(mention, spans) or _names_the_next_drug(mention, following, text)
                or _kind_after_drug(mention, preceding, text)
                or _spared(mention, text)
                or _names_a_service(mention, text)
                or _inside_unidentified_name(mention, text)
                or _salt_of_a_drug(mention, preceding, text)
                or _number_word_in_capitals(mention, text)
                or _across_a_column_gap(mention)
                or _credential(mention, text)):
            continue
        if _endogenous(mention, text):
            mention = replace(mention, category="lab_measure")
        kept.append(mention)
    return kept
