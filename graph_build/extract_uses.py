"""Text-mined drug -> disease uses: which drugs (and drug classes) a paper says were given for
which disease.

Four readings, each a rule that holds for any paper:
- a sentence with a drug, a disease and a treatment cue: each drug goes with the paper's main
  diseases the sentence names, else with the disease after it in its clause, else the nearest
  ("IVIG and aspirin for KD"); plus the diseases joined to that one as alternatives, each disease
  of an approval's or a trial's list, and the disease a form belongs to ("COVID-19 pneumonia");
  a complication the title attaches to the main disease ("KD with coronary aneurysms") gives way
  to the main disease;
- the title: "Canakinumab in adult-onset Still's disease: a trial" needs no treatment verb;
- a sentence with a drug and an administration cue but no disease ("Ten patients were treated
  with anakinra alone"): the disease is the main one (of several, those just spoken of);
- a sentence listing the patients' diagnoses: each goes with the paper's study drug.
The main disease is the title's disease (most mentioned if several; not a setting, a narrowing
clause or a complication), else the document's most mentioned disease (at least twice); diseases
the title joins to it are main too. A pair is dropped when every sentence stating it is negated.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from cytokg.graph_build.disease_hierarchy import ancestors, is_a
from cytokg.graph_build.extract import SentenceView, cues, pattern, sentence_views, slug
from cytokg.graph_build.lexicon import default_lexicon
from cytokg.graph_build.mentions_filters import GENRE_LABEL, genre_line
from cytokg.graph_build.normalize import RUNNING_HEAD, clean_view
from cytokg.graph_build.records import Fact, Mention, ParsedDocument, Sentence, Span

DRUG_CATEGORIES = ("drug", "drug_class")
_MAX_SPANS = 3
_MAX_GROUPS = 8  # sentences read as groups of indications after "The indications fell into ..."
_MAX_TITLE = 300
_MAX_ABOVE_TITLE = 2  # paragraphs of front matter read past to reach a title
_OPEN_ACCESS = re.compile(r"\s+open\s+access\s*$", re.IGNORECASE)  # "CASE REPORT   Open Access"
_PRONOUN_CLAUSE = re.compile(r";\s*(it|this drug|this agent)\s", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
# a running head (normalize's) ending in its page number ("... one centre          p. 2", a
# supplement's "... Poster abstracts          A464")
_PAGE_HEAD = re.compile(rf"(?={RUNNING_HEAD}$).*\s(?:p\.\s*|[A-Z])?\d{{1,4}}")
_LIST_COMMA = re.compile(r"\s*(\([^()]{1,20}\)\s*)?,\s*")
_CLOSED_BRACKET = re.compile(r"\([^()]*\)")  # a parenthesis opened and closed
# (or three or more fields, one the article type: "Iran J Pediatr · Research article · Periodic
# fever and autoinflammation")
_JOURNAL_LINE = re.compile(
    r"^[^\n]{0,80}(·|\|)[^\n]{0,80}\b(vol\.?|volume|issue|no\.)\s*\d|\b(review|original|research)"
    r" article\b[^\n]{0,40}(·|\|)\s*(vol\.?|volume)\s*\d"
    r"|^(?=[^\n]*\b(review|original|research) article\b)[^\n·|]{1,80}(\s[·|]\s[^\n·|]{1,80}){2,}$"
    # (or a field that is the DOI: "Psoriasis: Targets and Therapy 2019:65-72 | doi:10.2147/...",
    # blindtest1862 yls06, whose journal is named for a disease)
    r"|^[^\n]{0,120}[·|]\s*doi\s*:\s*10\.",
    re.IGNORECASE)
# a meeting abstract's line ("ACR Convergence 2022 · Poster session C · Abstract 1568 ·
# Vasculitis – non-ANCA-associated and related disorders"): the session is named, not the disease
_MEETING_LINE = re.compile(
    r"^[^\n]{0,80}\b(?:poster|oral)\s+(?:session|presentation)\b[^\n]*[·|][^\n]*$"
    r"|^[^\n]{0,80}[·|]\s*abstract\s+(?:no\.?\s*)?\d+\b[^\n]*$", re.IGNORECASE)
_HTML_HEADING = re.compile(r"<h1\b[^>]*>.{1,400}?</h1>", re.IGNORECASE | re.DOTALL)
_HTML_TITLE = re.compile(r"<title\b[^>]*>.{1,400}?</title>", re.IGNORECASE | re.DOTALL)
# a citation or author line above the title ("doi:10.1007/...", "N Engl J Med 2023; 389:
# 1357-67", "Gedik KC, Arici ZS, ...")
_FRONT_MATTER = re.compile(
    r"\bdoi\s*:|doi\.org/|\b(?:19|20)\d{2}\s*;\s*\d+\s*[:(]"
    # ("Case Reports in Rheumatology, Volume 2014, Article ID 536856, 5 pages")
    r"|(?i:\b(?:vol\.?|volume)\s*\d+\s*,\s*(?:article\s+(?:id|no\.?|number)|pp?\.|pages?|issue|no\.)\s*\d)"
    r"|(?:\b[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)? [A-Z]{1,3},\s*){2,}")


def title_views(
    views: list[SentenceView], parsed: ParsedDocument | None, mentions: list[Mention] = ()
) -> list[SentenceView]:
    """The sentences of the title: the parsed title, else a short first paragraph that does not
    end like a sentence (a heading, not prose); in an HTML first paragraph, its <h1>. A title
    the parser kept as a heading, outside every sentence, is read as one sentence of its own."""
    if not parsed or not views:
        return []
    text = parsed.document.text
    lead = len(text) - len(text.lstrip())
    end_match = _PARAGRAPH_END.search(text, lead)
    end = end_match.start() if end_match else len(text)
    first = text[lead:end].strip()
    # "REVIEW", "Pediatrics · Original article" above the title: the title is the next one; or a
    # journal line and then a genre label ("Ann Rheum Dis 2018;77:55–62. doi:…" over "EXTENDED
    # REPORT"): the title is the one after both
    for _ in range(_MAX_ABOVE_TITLE):
        if not (end_match and _above_title(first, lead, end, end_match.end(), text, mentions)):
            break
        lead = end_match.end()
        end_match = _PARAGRAPH_END.search(text, lead)
        end = end_match.start() if end_match else len(text)
        first = text[lead:end].strip()
    is_title = bool(parsed.metadata.title) or (
        0 < len(first) <= _MAX_TITLE and not first.endswith(".")
    )
    heading = _HTML_HEADING.search(text, lead, end)
    if heading:  # an HTML page: its <h1> is the title, whatever else the paragraph holds
        lead, end, first, is_title = heading.start(), heading.end(), heading.group(), True
    if not is_title:
        return []
    inside = [v for v in views if lead <= v.sentence.start < end]
    if not mentions:
        return inside
    if not inside:
        heading = Sentence(-1, lead, lead + len(first), first)
        return list(sentence_views(replace(parsed, sentences=(heading,)), list(mentions)))
    # a line that ends the title, which the parser kept as a heading ("PLASMA EXCHANGE IN TAFRO
    # SYNDROME:" over "OUR FIRST SIX PATIENTS"): read as a sentence of its own (not a genre label
    # above the title, "Case Report", which may be the journal's section)
    last = max(v.sentence.end for v in inside)
    rest, pos = [], lead
    for line in text[lead:end].splitlines(keepends=True):
        s, e = pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())
        pos += len(line)
        if s < e and s >= last:
            rest.append(Sentence(-1, s, e, text[s:e]))
    if not rest:
        return inside
    return inside + list(sentence_views(replace(parsed, sentences=tuple(rest)), list(mentions)))


def html_title_views(views: list[SentenceView], parsed: ParsedDocument | None
                     ) -> list[SentenceView]:  # fmt: skip
    """The sentences of an HTML page's <title> element, which may name the genre its <h1> leaves
    out ("<title>Large-vessel stroke ... – a case series</title>", blindtest1696 yfi02)."""
    found = _HTML_TITLE.search(parsed.document.text) if parsed else None
    if not found:
        return []
    return [v for v in views if v.sentence.start < found.end() and v.sentence.end > found.start()]


def _above_title(paragraph: str, start: int, end: int, following: int, text: str,
                 mentions) -> bool:  # fmt: skip
    """A genre label, journal line or author list above a title: a few capitalised words, a short
    line or a citation / author line, that name no entity, followed by a short paragraph that does
    not end like a sentence and names one."""
    # (a journal line may be named for a disease: "Kawasaki Disease · Vol. 1"; so may a page's
    # running head: "Biomedicines special issue — TAFRO syndrome      Observations ...   p. 2")
    journal = bool(_JOURNAL_LINE.search(paragraph) or genre_line(paragraph.strip())
                   or _MEETING_LINE.search(paragraph))
    if any(start <= m.start < end and m.curie for m in mentions) and not (
            journal or _PAGE_HEAD.fullmatch(paragraph)):
        return False
    if _capital_label(paragraph):
        return True
    words = paragraph.split()
    after = _PARAGRAPH_END.search(text, following)
    stop = after.start() if after else len(text)
    title = text[following:stop].strip()
    # (a journal line of many fields is front matter too: "Chest · 2003 · vol. 124, no. 1,
    # pp. 177–185 · Original research: sarcoidosis")
    front = 0 < len(words) <= 12 or bool(_FRONT_MATTER.search(paragraph)) or journal
    if front and after and _genre_label(title, following, stop, mentions):
        # a journal line over a genre label ("EXTENDED REPORT"), which title_views passes next
        return True
    return (
        front and 0 < len(title) <= _MAX_TITLE and not title.endswith(".")
        and any(following <= m.start < stop and m.curie for m in mentions)
    )


def _capital_label(paragraph: str) -> bool:
    """A few capitalised words ("EXTENDED REPORT", "CASE REPORT"; with a journal's "Open Access"
    after them, blindtest1699 yfl01), or a genre in any case ("Review")."""
    label = _OPEN_ACCESS.sub("", paragraph)
    return 0 < len(label.split()) <= 3 and (label.isupper() or bool(GENRE_LABEL.fullmatch(label)))


def _genre_label(paragraph: str, start: int, end: int, mentions) -> bool:
    """A few capitalised words that name no entity ("EXTENDED REPORT", "CASE REPORT")."""
    return _capital_label(paragraph) and not any(
        start <= m.start < end and m.curie for m in mentions)


def main_disease(views: list[SentenceView], title: list[SentenceView]) -> str | None:
    """The disease the paper is about (_main_disease); in a paper with no title that names none
    twice, the one finding it names most, at least three times ("Chronic heart failure",
    "asthma", "scleritis", which HPO files as findings)."""
    main = _main_disease(views, title)
    if main or title:
        return main
    return _named_most((m.curie for v in views for m in v.of("phenotype")
                        if m.curie not in _process_findings()), 3)


def _named_most(curies, least: int) -> str | None:
    """The one id named most, at least ``least`` times and more often than any other."""
    top = Counter(curies).most_common(2)
    if not top or top[0][1] < least or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _main_disease(views: list[SentenceView], title: list[SentenceView]) -> str | None:
    """The disease the paper is about: the title's (most mentioned if several; not a trigger it
    names as what came before), else a finding the title names when it names no disease
    ("Tocilizumab in large vessel vasculitis": HPO has the class), else the most mentioned disease
    of the document if mentioned at least twice, not counting exclusions (of equals, one the text
    says was diagnosed or suspected; over it, the one final diagnosis the text names, if named
    twice). Of the title's or the most mentioned disease, the one narrower form the patients were
    found to have is taken instead."""
    mentioned = Counter(m.curie for v in views for m in v.of("disease", "phenotype"))
    # a trigger the title names ("multisystem inflammatory syndrome after COVID-19") is not it
    triggers = _antecedents(title)
    in_title = [c for c in _title_subjects(title, "disease") if c not in triggers] or [
        c for c in _title_subjects(title, "phenotype") if c not in triggers | _process_findings()]
    settings = _infection_settings(title)
    in_title = [c for c in in_title if c not in settings] or in_title
    in_title = [c for c in in_title if not _neoplasm(c)] or in_title
    if in_title:
        return _diagnosed_form(views, max(in_title, key=lambda c: (mentioned[c],
                                                                  -in_title.index(c))))
    # a form counts as its underlying disease ("severe COVID-19 pneumonia": COVID-19); of equals,
    # one the text says was diagnosed or suspected, else the first
    order, diagnosed = [], set()
    before, after = pattern(cues()["diagnosis_before"]), pattern(cues()["diagnosis_after"])
    contrasted = pattern(cues()["contrasted_before"])
    for view in views:
        underlying = dict(_form_pairs(view))
        # (not one that kept patients out: "patients with rheumatoid arthritis ... were
        # excluded" in a trial of methotrexate in heart failure, blindtest1856 ylm05)
        order += [c for m in view.of("disease")
                  if (c := underlying.get(m, m).curie) not in triggers
                  and not contrasted.search(view.text[: _clean_index(view, m.start)])
                  and not _excluded(view, m)]
        diagnosed.update(m.curie for m in view.of("disease")
                         if before.search(view.text[: _clean_index(view, m.start)])
                         or after.match(view.text[_clean_index(view, m.end) :]))
    counts = Counter(order)
    if not counts:
        return None
    best = max(counts, key=lambda c: (counts[c], c in diagnosed, -order.index(c)))
    # ... but the one final diagnosis the text names, over findings named on the way to it
    # (a finding too: "We diagnosed bilateral posterior scleritis", HPO's, after a disease it
    # was first treated as)
    final = pattern(cues()["final_diagnosis_before"])
    finals = {(m.curie, m.category) for v in views for m in v.of("disease", "phenotype")
              if final.search(v.text[: _clean_index(v, m.start)])}
    if len(finals) == 1:
        named, category = finals.pop()
        if category == "phenotype" and mentioned[named] >= 2:
            return named  # a finding, which the text names by no narrower form
        if counts[named] >= 2:
            best = named
    # "HLH ... two episodes of secondary HLH ... Acquired HLH was diagnosed": a form the paper
    # names at least twice by qualifying the main disease's own words is what it is about
    names = {m.text.lower() for v in views for m in v.of("disease") if m.curie == best}
    forms = Counter(m.curie for v in views for m in v.of("disease") if m.curie != best
                    and any(m.text.lower().endswith(" " + n) for n in names))
    form = max(forms, key=lambda c: (forms[c], -order.index(c)), default=None)
    if form and forms[form] >= 2:
        return form
    if counts[best] < 2 and not title and views:
        # no title, each disease named once: the one disease the opening sentence names, not as
        # one of a class spoken of in general ("TNF is involved in many autoimmune diseases")
        generic = pattern(cues()["diseases_in_general_before"])
        opening = {m.curie for m in views[0].of("disease") if not generic.search(
            views[0].text[: _clean_index(views[0], m.start)])} - triggers
        return opening.pop() if len(opening) == 1 else None
    return _diagnosed_form(views, best) if counts[best] >= 2 else None


def _diagnosed_form(views: list[SentenceView], main: str) -> str:
    """The one narrower form of ``main`` the patients were found to have ("All four children
    turned out to have type 2 AIP", "These findings fitted type 1 autoimmune pancreatitis"; cue
    form_diagnosed), else ``main``."""
    cue = pattern(cues()["form_diagnosed"])
    forms = {m.curie for v in views for m in v.of("disease")
             if m.curie != main and is_a(m.curie, main)
             and cue.search(v.text[: _clean_index(v, m.start)])}
    return forms.pop() if len(forms) == 1 else main


def _title_subjects(title: list[SentenceView], category: str) -> list[str]:
    """The title's ids of one category, less those named as the setting of the case ("… in a
    teenager with COVID-19") when that leaves any, and less those in a relative clause that
    narrows the patients ("… with Kawasaki disease who have coronary aneurysms"), named as the
    outcome ("reverses coronary aneurysms") or as what another presented as ("… presenting as
    diffuse myositis") likewise."""
    setting = pattern(cues()["title_setting"])
    qualifier = pattern(cues()["title_qualifier"])
    outcome = pattern(cues()["title_outcome"])
    named = [(v.text[: _clean_index(v, m.start)], m.curie) for v in title for m in v.of(category)
             if not _arose_on_drug(v, m)]
    if named and all(_named_before(before, c) for before, c in named):
        return []  # "... syndrome after SARS-CoV-2 infection": the paper's disease is the body's
    named = [(before, c) for before, c in named if not _named_before(before, c)]
    attached = _attached(title)
    named = [(before, c) for before, c in named if c not in attached] or named
    # "Anakinra reverses coronary aneurysms in an infant with Kawasaki disease": the aneurysms are
    # the outcome, the paper's disease is the other
    named = [(before, c) for before, c in named if not outcome.search(before)] or named
    # "EGPA presenting as diffuse myositis": the myositis is how the paper's disease showed itself
    presenting = pattern(cues()["title_presenting_as"])
    named = [(before, c) for before, c in named if not presenting.search(before)] or named
    broad = [(before, c) for before, c in named if not qualifier.search(before)] or named
    subjects = [c for before, c in broad if not setting.search(before)]
    if not subjects and _unnamed_indication(title):
        return []  # "Emapalumab for refractory neurotoxicity ... in an adult with B-ALL"
    return subjects or [c for _, c in broad]


def _arose_on_drug(view: SentenceView, disease: Mention, cue: str = "title_adverse_after"
                   ) -> bool:
    """Is the title disease one that arose on a drug named right after it ("Type 1 diabetes
    during etanercept therapy in a child with …"; ``cue``, title_adverse_after by default)?"""
    drugs = [d for d in view.of(*DRUG_CATEGORIES) if d.start >= disease.end]
    if not drugs:
        return False
    nearest = min(drugs, key=lambda d: d.start)
    gap = _gap(view, disease, nearest)
    return bool(pattern(cues()[cue]).fullmatch(gap))


def _infection(curie: str) -> bool:
    """Is the disease an infection (cue setting_classes, MONDO's infectious disease class)?"""
    return any(is_a(curie, c) for c in cues()["setting_classes"])


@cache
def _neoplasm(curie: str) -> bool:
    """Is the disease a cancer (cue neoplasm_words on its names or its MONDO ancestors' names)?"""
    words = pattern(cues()["neoplasm_words"])
    lexicon = default_lexicon()
    return any(words.search(name) for c in (curie, *ancestors().get(curie, ()))
               for name in lexicon.names(c))


@cache
def _graft_complication(curie: str) -> bool:
    """Is the disease one of a graft (cue transplant_word in one of its names: graft-versus-host
    disease, transplant rejection)?"""
    word = pattern(cues()["transplant_word"])
    return any(word.search(name) for name in default_lexicon().names(curie))


def _infection_settings(title: list[SentenceView]) -> set[str]:
    """Infections the title names another disease as associated with ("HIV-associated
    tuberculous meningitis"; cue setting_classes): where the patients come from."""
    related = pattern(cues()["title_form_of_main"])
    found = set()
    for view in title:
        for form, underlying in _form_pairs(view):
            gap = _gap(view, underlying, form)
            if (underlying.end <= form.start and gap.startswith("-") and related.fullmatch(gap)
                    and _infection(underlying.curie)):
                found.add(underlying.curie)  # "-associated ", "-related "
    return found


def _causes(views: list[SentenceView], title: list[SentenceView]) -> set[tuple[str, str]]:
    """(drug, disease) pairs named as cause and effect: in the title, the drugs after a disease
    that arose on them ("Smoldering myocarditis after a single dose of ipilimumab plus
    nivolumab"; cue title_caused_after) and those listed with it (title_caused_joint), up to a
    treatment word (title_then_treated); in a sentence, the drug after a dose of which the
    disease appeared (cue caused_after_dose), the drug it is named after ("ipilimumab-related
    hypophysitis"; cue drug_before_caused) or the drugs named as its cause before it ("may each
    lead to neutropenia"; cue drug_then_caused);
    every checkpoint inhibitor the paper names, for a disease it names as brought on by
    checkpoint blockade (cues checkpoint_caused_before / _after). No sentence gives such a drug
    for that disease."""
    pairs = set()
    treated = pattern(cues()["title_then_treated"])
    joint = pattern(cues()["title_caused_joint"])
    compound = pattern(cues()["title_drug_named_disease"])
    for view in title:
        named = sorted(view.of("disease", "phenotype"), key=lambda m: m.start)
        arose = [_arose_on_drug(view, disease, "title_caused_after") for disease in named]
        # (the infection caught by patients "treated with" the drug: the words are the cue here)
        caught = [_infection(d.curie) and _arose_on_drug(view, d, "title_infection_on_drug")
                  for d in named]
        arose = [a or c for a, c in zip(arose, caught, strict=True)]
        # ... and the diseases listed with one that did ("Inflammatory arthritis and sicca
        # syndrome induced by nivolumab and ipilimumab")
        for i in range(len(named) - 2, -1, -1):
            if arose[i + 1] and named[i].end <= named[i + 1].start and joint.fullmatch(
                    _gap(view, named[i], named[i + 1])):
                arose[i] = True
        for disease, on_it in ((d, c) for d, a, c in zip(named, arose, caught, strict=True) if a):
            after = sorted((d for d in view.of(*DRUG_CATEGORIES) if d.start >= disease.end),
                           key=lambda d: d.start)
            # (a treatment word counts only after the first drug where the patients were
            # "treated with" it)
            pairs |= {(d.curie, disease.curie) for d in after if not treated.search(
                _gap(view, after[0] if on_it else disease, d))}
        # ... and the drug a disease is named by ("Methotrexate pneumonia without dyspnoea";
        # cue title_drug_named_disease)
        pairs |= {(d.curie, disease.curie) for disease in named
                  for d in view.of(*DRUG_CATEGORIES)
                  if d.end <= disease.start and disease.text[:1].islower()
                  and compound.fullmatch(_gap(view, d, disease))}
    after_dose = pattern(cues()["caused_after_dose"])
    related = pattern(cues()["drug_before_caused"])
    named_cause = pattern(cues()["drug_then_caused"])
    for view in views:
        for disease in view.of("disease", "phenotype"):
            for drug in view.of(*DRUG_CATEGORIES):
                if drug.start > disease.end and after_dose.fullmatch(_gap(view, disease, drug)):
                    pairs.add((drug.curie, disease.curie))
                if drug.end <= disease.start:
                    # "ipilimumab-related hypophysitis", "... may each lead to neutropenia"
                    gap = _gap(view, drug, disease)
                    if related.fullmatch(gap) or named_cause.fullmatch(gap):
                        pairs.add((drug.curie, disease.curie))
    # a disease brought on by checkpoint blockade: every checkpoint inhibitor the paper names
    before, after = pattern(cues()["checkpoint_caused_before"]), pattern(
        cues()["checkpoint_caused_after"])
    inhibitor = pattern(cues()["checkpoint_inhibitor_names"])
    caused = {d.curie for v in [*title, *views] for d in v.of("disease", "phenotype")
              if before.search(v.text[: _clean_index(v, d.start)])
              or after.match(v.text[_clean_index(v, d.end) :])}
    inhibitors = {m.curie for v in views for m in v.of("drug") if inhibitor.fullmatch(m.text)}
    return pairs | {(drug, disease) for drug in inhibitors for disease in caused}


def _antecedents(title: list[SentenceView]) -> set[str]:
    """Title diseases named as what came before ("multisystem inflammatory syndrome after
    SARS-CoV-2 infection", "HLH following EBV infection"): triggers, not what was treated."""
    return {m.curie for v in title for m in v.of("disease", "phenotype")
            if _named_before(v.text[: _clean_index(v, m.start)], m.curie)}


def _named_before(before: str, curie: str) -> bool:
    """Is the title's disease, after the title text ``before`` it, named as what came before
    (cues title_antecedent; title_infection_antecedent for an infection)?"""
    return bool(pattern(cues()["title_antecedent"]).search(before) or (
        pattern(cues()["title_infection_antecedent"]).search(before) and _infection(curie)))


def _title_conditions(title: list[SentenceView]) -> set[str]:
    """Findings the title names right after 'in / for / treatment of' ('survival in sepsis'):
    conditions of the population, not symptoms."""
    head = pattern(cues()["title_condition_head"])
    found = {m.curie for v in title for m in v.of("phenotype")
             if head.search(v.text[: _clean_index(v, m.start)])}
    # ... or that opens the title as a form of a disease named next ("Scleritis in rheumatoid
    # arthritis that resisted two TNF inhibitors"): the finding the paper treats
    opening = pattern(cues()["title_opening_finding"])
    of_disease = pattern(cues()["manifestation_before_disease"])
    for v in title:
        for m in v.of("phenotype"):
            if not opening.fullmatch(v.text[: _clean_index(v, m.start)]):
                continue
            nxt = min((d for d in v.of("disease") if d.start >= m.end), default=None,
                      key=lambda d: d.start)
            if nxt and of_disease.fullmatch(_gap(v, m, nxt)):
                found.add(m.curie)
    return found


def _unnamed_indication(title: list[SentenceView]) -> bool:
    """The title gives the drug an indication it has no id for ('Emapalumab for refractory
    neurotoxicity and hyperinflammation after CAR-T cell therapy in an adult with …'): 'for'
    right after a drug, with no disease or finding named before the setting clause."""
    setting = pattern(cues()["title_setting"])
    for view in title:
        for drug in view.of("drug"):
            rest = view.text[_clean_index(view, drug.end) :]
            if not re.match(r"\s+for\s+\S", rest):
                continue
            named = [m for m in view.of("disease", "phenotype") if m.start > drug.end]
            if named and all(setting.search(view.text[: _clean_index(view, m.start)])
                             for m in named):
                return True
    return False


@cache
def _process_findings() -> frozenset[str]:
    """Findings that name a process (cue process_findings): never what a drug is given for."""
    return frozenset(cues()["process_findings"])


def _diseases(view: SentenceView, main: str | None) -> list[Mention]:
    """The sentence's diseases, with the main disease also when the lexicon files it as a
    finding (HPO's 'Large vessel vasculitis')."""
    return [m for m in view.of("disease", "phenotype")
            if (m.category == "disease" or m.curie == main) and m.curie not in _process_findings()]


def _gap(view: SentenceView, left: Mention, right: Mention) -> str:
    """The clean text between two mentions of a sentence, ``left`` ending before ``right``."""
    return view.text[_clean_index(view, left.end) : _clean_index(view, right.start)]


def _clean_index(view: SentenceView, original: int) -> int:
    """The clean-text index of an original document offset inside the sentence."""
    lo, hi = 0, len(view.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if view.original(mid) < original:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _indications(view: SentenceView, main: str | None = None) -> list[Mention]:
    """The sentence's diseases less those it names as outcomes ('reduces coronary aneurysms
    (CAA)', 'aneurysm regression'): every mention of an outcome's id is dropped."""
    before = pattern(cues()["outcome_before_disease"])
    after = pattern(cues()["outcome_after_disease"])
    diseases = _diseases(view, main)
    if pattern(cues()["adverse_context"]).search(view.text):
        managed = pattern(cues()["adverse_treated"])
        therapy = pattern(cues()["adverse_treated_after"])
        # (the main disease's alternatives are not harms: "benefit to patients with sJIA or AOSD,
        # and these agents have reduced the toxicity of steroids")
        kept = {d.curie for m in diseases if m.curie == main
                for d in _alternatives(view, m, diseases)}
        diseases = [d for d in diseases if d.curie == main or d.curie in kept
                    or managed.search(view.text[: _clean_index(view, d.start)])
                    or therapy.match(view.text[_clean_index(view, d.end) :])]
    named = view.of("disease", "phenotype")
    developed, despite = pattern(cues()["developed_before"]), pattern(cues()["despite_after"])
    outcomes = {
        d.curie for d in named
        if before.search(view.text[: _clean_index(view, d.start)])
        or after.match(view.text[_clean_index(view, d.end) :])
        # "developed coronary aneurysms in spite of two courses of IVIG": what came anyway
        or (developed.search(view.text[: _clean_index(view, d.start)])
            and despite.match(view.text[_clean_index(view, d.end) :]))
    }
    # an outcome's list goes on: "a higher risk of coronary lesions, including aneurysms"
    joined = pattern(cues()["outcome_list_joint"])
    for a, b in zip(named, named[1:], strict=False):
        gap = _gap(view, a, b)
        if a.curie in outcomes and joined.fullmatch(gap):
            outcomes.add(b.curie)
    outcomes.discard(main)  # "prevention of gout flares" in a paper on gout is its use
    # a graft's complication the drug is given to prevent is its prophylactic use ("cyclophosphamide
    # was given after the transplant to prevent graft-versus-host disease")
    prophylaxis = pattern(cues()["graft_prophylaxis_before"])
    outcomes -= {d.curie for d in named if _graft_complication(d.curie)
                 and prophylaxis.search(view.text[: _clean_index(view, d.start)])}
    # "...; patients with active tuberculosis were not eligible": a disease of an exclusion
    # clause is no indication of the drugs in the other clauses; after "Exclusion criteria:" every
    # clause is one
    return [d for d in diseases if d.curie not in outcomes
            and (d.curie == main or not _excluded(view, d))]


def _excluded(view: SentenceView, mention: Mention) -> bool:
    """Is the mention named as what kept patients out ("Exclusion: ...; any biologic in the 6
    months before screening (rituximab, ...)", "patients with active tuberculosis were not
    eligible")? Such a disease was not treated and such a drug not given in the study."""
    return bool(pattern(cues()["exclusion_list"]).match(view.text)
                or pattern(cues()["exclusion_clause"]).search(_clause(view, mention)))


def _clause(view: SentenceView, mention: Mention) -> str:
    """The clause of the sentence that holds the mention: text between semicolons."""
    at = _clean_index(view, mention.start)
    start = view.text.rfind(";", 0, at) + 1
    end = view.text.find(";", at)
    return view.text[start : end if end >= 0 else len(view.text)]


def _negated(view: SentenceView, drug: Mention, negation: list) -> bool:
    """Negation reaches the drugs of its own clause only ('... to weekly TCZ; other
    immunosuppressants were not permitted'), "without" only those after it; a drug named as the
    one not chosen ('instead of cyclophosphamide and glucocorticoids') or listed after 'No
    systemic treatment ...:' was not given either; a count left untreated ('..., and 3 were not
    treated') negates no drug."""
    at = _clean_index(view, drug.start)
    if pattern(cues()["not_given_before"]).search(view.text[:at]) or pattern(
            cues()["not_given_listed"]).search(view.text[:at]):
        return True
    clause_start = view.text.rfind(";", 0, at) + 1
    # (a bracket closed before the drug negates none: "In grade 2 (headache without visual
    # disturbance), ESMO advises ... giving oral prednisone", blindtest1814 yjw06)
    before = _CLOSED_BRACKET.sub(" ", view.text[clause_start:at])
    if any(pattern(p).search(before) for p in cues()["negation_before_drug"]):
        return True  # "treated without steroids"
    untreated = pattern(cues()["untreated_subgroup"])
    if not any(p.search(untreated.sub(" ", view.text)) for p in negation):
        return False
    return any(p.search(untreated.sub(" ", _clause(view, drug))) for p in negation)


def _drug_negations(view: SentenceView, negation: list) -> dict[str, bool]:
    """Each drug of the sentence, and whether every one of its mentions there is negated."""
    negated: dict[str, bool] = {}
    for drug in view.of("drug"):
        negated[drug.curie] = negated.get(drug.curie, True) and _negated(view, drug, negation)
    return negated


def _partner(
    view: SentenceView, drug: Mention, diseases: list[Mention], main: str | None
) -> Mention:
    """The main disease if the sentence names it, or the disease named as complicating it (cue
    complicating_main), or a narrower form of it; else the nearest disease after the drug in its
    own clause ("TNF drives JIA, and etanercept had proved effective in adults with RA": RA);
    else the nearest one. ``diseases`` are those of the drug's semicolon clause (_own_clause)."""
    complicating = pattern(cues()["complicating_main"])
    for disease in diseases:
        if disease.curie == main:
            at = _clean_index(view, disease.start)
            for other in diseases:  # "MAS/HLH complicating AOSD"
                if other.curie != main and other.end <= disease.start and complicating.fullmatch(
                        view.text[_clean_index(view, other.end) : at]):
                    return other
            return disease
    # a narrower form of the main disease ("secondary HLH" in a paper on HLH; MONDO is-a)
    narrower = [d for d in diseases if is_a(d.curie, main)]
    if narrower:
        return min(narrower, key=lambda o: abs(o.start - drug.start))
    boundary = pattern(cues()["clause_boundary"])
    end, start = _clean_index(view, drug.end), _clean_index(view, drug.start)
    after = [d for d in diseases if d.start > drug.end
             and not boundary.search(view.text[end : _clean_index(view, d.start)])]  # fmt: skip
    # else the nearest before it in its clause ("oral ulcers are managed with colchicine, whereas
    # posterior uveitis needs ...": oral ulcers; blindtest1834 ykq05, round 488)
    before = [d for d in diseases if d.end <= drug.start
              and not boundary.search(view.text[_clean_index(view, d.end) : start])]  # fmt: skip
    return min(after or before or diseases, key=lambda o: abs(o.start - drug.start))


def _own_clause(view: SentenceView, drug: Mention, diseases: list[Mention]) -> list[Mention]:
    """The diseases of the drug's own clause (no semicolon between), if it names any, else all
    ("patients with acute GVHD had received cyclosporine A plus steroids as first-line treatment;
    for chronic GVHD the first line was steroids", blindtest1824 ykg04; round 480); not where
    they are a class of another clause's disease, spoken of again ("In ventilated COVID-19 ARDS,
    corticosteroids did not change mortality; ... in severe ARDS and when combined with
    tocilizumab", blindtest77 j405)."""
    own = [d for d in diseases if ";" not in _gap(view, *sorted((d, drug), key=lambda m: m.start))]
    others = [d for d in diseases if d not in own]
    if not own or any(o.curie != d.curie and is_a(d.curie, o.curie) for o in own for d in others):
        return diseases
    return own


def _sibling_forms(disease: Mention, chosen: list[Mention], named: dict[str, Mention]) -> bool:
    """Is ``disease`` another form of a class the paper names than one of ``chosen`` ("acute GVHD"
    and "chronic GVHD", both graft-versus-host disease)?"""
    return any(c.curie != disease.curie and any(
        a not in (c.curie, disease.curie) and is_a(disease.curie, a) and is_a(c.curie, a)
        for a in named) for c in chosen)


def _main_by_word(view: SentenceView, drug: Mention) -> bool:
    """Does the drug's clause, after it, name the paper's disease by the bare word "disease"
    ("... anakinra has changed the care of patients with colchicine-resistant disease")?"""
    at = _clean_index(view, drug.end)
    clause_end = view.text.find(";", at)
    found = pattern(cues()["main_disease_word"]).search(
        view.text, at, clause_end if clause_end >= 0 else len(view.text))
    return bool(found) and not any(
        _clean_index(view, m.start) < found.end() <= _clean_index(view, m.end) + 1
        for m in view.of("disease", "phenotype"))


def _stated_disease(view: SentenceView, drug: Mention, diseases: list[Mention]) -> Mention | None:
    """The disease the drug is "given as prophylaxis of" / "for the treatment of", or the one
    "all of whom had been treated with" it, or the one named as what resisted it ("steroid-
    resistant acute GVHD"; cue drug_resisted_disease), if any."""
    stated = pattern(cues()["drug_for_disease"])
    of_whom = pattern(cues()["disease_of_whom_drug"])
    resisted = pattern(cues()["drug_resisted_disease"])
    for disease in diseases:
        if disease.start > drug.end and (stated.match(_gap(view, drug, disease))
                                         or resisted.fullmatch(_gap(view, drug, disease))):
            return disease
        if disease.end <= drug.start and of_whom.match(_gap(view, disease, drug)):
            return disease
    return None


def _listed(view: SentenceView, first: Mention, diseases: list[Mention]) -> list[Mention]:
    """``first`` and the diseases listed right after it ("acute and chronic GVHD", joints as in
    a title: cue title_disease_joint)."""
    joint = pattern(cues()["title_disease_joint"])
    listed = [first]
    for later in sorted((d for d in diseases if d.start >= first.end), key=lambda d: d.start):
        if not joint.fullmatch(_gap(view, listed[-1], later)):
            break
        listed.append(later)
    return listed


def _said_again(view: SentenceView, drugs: list[Mention], diseases: list[Mention]
                ) -> list[tuple[Mention, Mention]]:  # fmt: skip
    """(drug, disease) for a later clause that calls the drug named before it "the drug" or "it"
    and says what it works for ("ruxolitinib is an approved treatment for myelofibrosis, and the
    drug has also proved effective against steroid-resistant acute and chronic GVHD"; cue
    drug_anaphor_clause): the diseases right after the cue, with those listed after them."""
    cue = pattern(cues()["drug_anaphor_clause"])
    pairs = []
    for disease in sorted(diseases, key=lambda d: d.start):
        if any(disease in listed for _, listed in pairs):
            continue
        m = cue.search(view.text[: _clean_index(view, disease.start)])
        before = [d for d in drugs if m and _clean_index(view, d.end) <= m.start()]
        if before:
            pairs.append((max(before, key=lambda d: d.start), _listed(view, disease, diseases)))
    return [(drug, d) for drug, listed in pairs for d in listed]


def _alternatives(
    view: SentenceView, partner: Mention, diseases: list[Mention], in_title: bool = False
) -> list[Mention]:
    """The partner and the diseases the sentence joins to it as alternatives ("secondary HLH or
    MAS", "HLH/MAS"), or in a title also as a pair ("Etanercept for psoriatic arthritis and
    psoriasis"), or as the two of a subject "Both X and Y", or as a list that is the subject of
    "need(s)" or "are treated", in a chain; other findings are never joined (they are what the
    patients had)."""
    joint = pattern(cues()["title_disease_joint" if in_title else "disease_alternative"])
    chain = [partner]
    # a partner filed as a finding (HPO's sepsis, the paper's main disease) joins its own
    ordered = sorted((d for d in diseases if d.category == "disease" or d is partner),
                     key=lambda d: d.start)
    pairs = list(zip(ordered, ordered[1:], strict=False))
    gaps = [_gap(view, a, b) for a, b in pairs]
    linked = [bool(joint.fullmatch(gap)) for gap in gaps]
    # a list of alternatives "A, B or C": the commas before its "or" join too
    for i in range(len(gaps) - 2, -1, -1):
        if not linked[i] and linked[i + 1] and _LIST_COMMA.fullmatch(gaps[i]):
            linked[i] = True
    # a clause whose subject is "Both X and Y" ("Both AIP and AIC respond to steroids"): joined
    both = pattern(cues()["disease_both_subject"])
    for i, (a, _) in enumerate(pairs):
        if not linked[i] and gaps[i].strip() == "and" and both.search(
                view.text[: _clean_index(view, a.start)]):
            linked[i] = True
    # a list "A, B and C" that is its clause's subject, said to need a treatment ("whereas
    # posterior uveitis, vasculitis and gastrointestinal disease generally need a glucocorticoid")
    opening, closing, listed = (pattern(cues()[k]) for k in (
        "disease_list_opening", "disease_list_needs", "title_disease_joint"))
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and listed.fullmatch(gaps[j]):
            j += 1
        if j > i and opening.search(view.text[: _clean_index(view, pairs[i][0].start)]) and \
                closing.match(view.text, _clean_index(view, pairs[j - 1][1].end)):
            linked[i:j] = [True] * (j - i)
        i = j + 1
    joined = [pair for pair, link in zip(pairs, linked, strict=True) if link]
    grown = True
    while grown:  # either side of a joint: "X or Y" with the partner X or Y
        grown = False
        for a, b in joined:
            for known, new in ((a, b), (b, a)):
                if known in chain and new not in chain:
                    chain.append(new)
                    grown = True
    return chain


def _bracketed(view: SentenceView, mention: Mention) -> bool:
    """Is the mention a short form alone in brackets: '(CAPS)'?"""
    start, end = _clean_index(view, mention.start), _clean_index(view, mention.end)
    return view.text[start - 1 : start] == "(" and view.text[end : end + 1] == ")"


def _approved_for(
    view: SentenceView, diseases: list[Mention], drug: Mention | None = None
) -> list[Mention]:
    """Each disease of the list an approval names ("approved … for FCAS and MWS"), for a drug
    named before the list in its clause."""
    head = pattern(cues()["approval_head"])
    joint = pattern(cues()["approval_list_joint"])
    unknown = pattern(cues()["approval_list_unknown_item"])
    ordered = sorted((d for d in diseases if d.category == "disease" and not _bracketed(view, d)),
                     key=lambda d: d.start)  # "(CAPS)" is part of the joint after its long form
    listed: list[Mention] = []
    for i, first in enumerate(ordered):
        if first in listed or not head.search(view.text[: _clean_index(view, first.start)]):
            continue
        if drug is not None:
            gap = _gap(view, drug, first)
            if drug.start > first.start or (
                    ";" in gap and not _PRONOUN_CLAUSE.match(gap[gap.rfind(";") :])):
                # another drug's list ("X is effective in A and B; ... Y helped ..."), not the
                # drug's own after "; it" ("Sarilumab ...; it is already licensed for RA")
                continue
        listed.append(first)
        for a, b in zip(ordered[i:], ordered[i + 1 :], strict=False):
            gap = _gap(view, a, b)
            if not (joint.fullmatch(gap) or unknown.fullmatch(gap)):
                break
            listed.append(b)
    return listed


def _attached(title: list[SentenceView], to: str | None = None) -> set[str]:
    """Title diseases attached to an earlier one (``to``, if given) as its complication ("Kawasaki
    disease with coronary artery aneurysms"; cue title_complication)."""
    joint = pattern(cues()["title_complication"])
    found: set[str] = set()
    for view in title:
        ordered = sorted(view.of("disease", "phenotype"), key=lambda d: d.start)
        for i, first in enumerate(ordered):
            if to is not None and first.curie != to:
                continue
            for later in ordered[i + 1 :]:
                gap = _gap(view, first, later)
                if later.curie != first.curie and joint.fullmatch(gap):
                    found.add(later.curie)
    return found


def complications(title: list[SentenceView], main: str | None) -> set[str]:
    """Title diseases attached to the main disease as its complication."""
    return _attached(title, main) if main else set()


def _a_complication(curie: str) -> bool:
    """Is the disease of a class named as complicating others (cue complication_classes: the
    haemophagocytic syndromes, MAS among them), by MONDO's is-a edges?"""
    classes = set(cues()["complication_classes"])
    return any(curie == c or is_a(curie, c) for c in classes)


def _attached_syndromes(title: list[SentenceView], main: str | None) -> set[str]:
    """Syndromes treated in their own right (cue forms_in_own_right) that the title attaches to
    the main disease, perhaps through its patients or its form (cue title_syndrome_attached:
    "COVID-19 patients with cytokine storm", "COVID-19 pneumonia with cytokine storm")."""
    joint = pattern(cues()["title_syndrome_attached"])
    own_right = set(cues()["forms_in_own_right"])
    found: set[str] = set()
    for view in title:
        ordered = sorted(view.of("disease", "phenotype"), key=lambda d: d.start)
        for i, first in enumerate(ordered):
            if first.curie == main:
                found.update(later.curie for later in ordered[i + 1 :] if later.curie in own_right
                             and joint.fullmatch(_gap(view, first, later)))
    return found


def co_main(title: list[SentenceView], main: str | None) -> set[str]:
    """The main disease and those the title joins to it ("Adalimumab in children with juvenile
    idiopathic arthritis and chronic uveitis") or names as its form ("Behçet's disease-related
    uveitis", "uveitis of Behçet's disease"): the paper is about each of them."""
    mains = {main} if main else set()
    related = pattern(cues()["title_form_of_main"])
    settings = _infection_settings(title)
    for view in title:
        named = [d for d in view.of("disease") if d.curie == main]
        if named:
            mains.update(d.curie for d in _alternatives(view, named[0], view.of("disease"), True))
        # the form the title names of it: "... in Behçet's disease-related uveitis", "... in
        # refractory uveitis of Behçet's disease", "... for COVID-19 acute respiratory distress
        # syndrome" (a form treated in its own right); not an infection that is the setting
        for form, underlying in _form_pairs(view):
            a, b = sorted((form, underlying), key=lambda m: m.start)
            gap = _gap(view, a, b)
            if not related.fullmatch(gap) and not (
                    gap.strip() == "" and form.curie in cues()["forms_in_own_right"]):
                continue
            if underlying.curie == main:
                mains.add(form.curie)
            elif form.curie == main and not _a_complication(form.curie) and (
                    underlying.curie not in settings):
                # "Infliximab for refractory uveitis in Behçet disease": the disease the main
                # one is a form of (not one it complicates: "MAS in sJIA")
                mains.add(underlying.curie)
    return mains


def _form_pairs(view: SentenceView) -> list[tuple[Mention, Mention]]:
    """(form, underlying disease) pairs of the sentence: "COVID-19 pneumonia", "uveitis in
    Behçet disease" (cues manifestation_after_disease / manifestation_before_disease)."""
    after = pattern(cues()["manifestation_after_disease"])
    before = pattern(cues()["manifestation_before_disease"])
    pairs = []
    ordered = sorted(view.of("disease"), key=lambda d: d.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        gap = _gap(view, a, b)
        if after.fullmatch(gap):
            pairs.append((b, a))
        elif before.fullmatch(gap):
            pairs.append((a, b))
    return pairs


def _underlying(view: SentenceView, forms: list[Mention]) -> list[Mention]:
    """The diseases of the sentence that ``forms`` are a form of, not already among them."""
    known = {d.curie for d in forms}
    return [u for f, u in _form_pairs(view) if f in forms and u.curie not in known]


def _coordinated(view: SentenceView, drug_class: Mention, given: list[Mention]) -> bool:
    """A drug class in one list with a drug of its sentence ("NSAIDs, colchicine and
    glucocorticoids") or with a class read as given ("treated with steroids and immunosuppressive
    agents"): the class is read as they are."""
    joint = pattern(cues()["class_coordinated"])
    for other in [*view.of("drug"), *given]:
        lo, hi = sorted((drug_class, other), key=lambda m: m.start)
        if joint.fullmatch(_gap(view, lo, hi)):
            return True
    return False


def _given(view: SentenceView, administered, administered_after, graft_paper: bool = False
           ) -> list[Mention]:
    """The drugs of the sentence, and the drug classes it says were given: after a verb of
    giving, before a passive one, or in one list with a drug or with such a class; not a class
    that only labels the drug named right after it ("the TNF-α inhibitor etanercept"), nor a drug
    named as a cause ("blinatumomab-induced MAS", "the responsible ICI was pembrolizumab"), as
    a graft's immunosuppression ("a kidney graft recipient on tacrolimus") or as what kept patients
    out of the study."""
    given = [d for d in view.of("drug_class")
             if administered.search(view.text[: _clean_index(view, d.start)])
             or administered_after.match(view.text[_clean_index(view, d.end) :])]
    given += [d for d in view.of("drug_class")  # the class's other mentions in the sentence
              if d not in given and d.curie in {g.curie for g in given}]
    rest = [d for d in view.of("drug_class") if d not in given]
    while more := [d for d in rest if _coordinated(view, d, given)]:
        given += more
        rest = [d for d in rest if d not in more]
    unit = pattern(cues()["drug_as_unit"])
    cause = pattern(cues()["drug_as_cause"])
    graft = [pattern(cues()["drug_for_graft_before"])]
    if graft_paper or pattern(cues()["transplant_word"]).search(view.text):
        graft.append(pattern(cues()["drug_for_graft_regimen_before"]))
    drugs = view.of("drug")
    label = [c for c in given if any(  # "the tumour necrosis factor-α inhibitor etanercept"
        not _gap(view, c, d).strip() for d in drugs if d.start >= c.end)]
    return [d for d in view.of(*DRUG_CATEGORIES)
            if (d.category != "drug_class" or (d in given and d not in label))
            and not unit.match(view.text[_clean_index(view, d.end) :])
            and not cause.match(view.text[_clean_index(view, d.end) :])
            and not _named_as_culprit(view, d) and not _excluded(view, d)
            and not any(g.search(view.text[: _clean_index(view, d.start)]) for g in graft)]


def _named_as_culprit(view: SentenceView, drug: Mention) -> bool:
    """Is the drug named as the one to blame ("The responsible ICI was pembrolizumab", "The two
    main causes were nitrofurantoin and minocycline"; cue drug_as_cause_before)?"""
    return bool(pattern(cues()["drug_as_cause_before"]).search(
        view.text[: _clean_index(view, drug.start)]))


def _protocol_drugs(
    view: SentenceView, diseases_by_text: dict[str, Mention]
) -> list[tuple[Mention, Mention]]:
    """(drug, disease) for the drugs named after a protocol named for a disease ('the HLH-94
    protocol of dexamethasone and etoposide'), in the protocol's clause; the sentence's narrower
    form of that disease if it names one ("Primary HLH: the HLH-94 protocol ...")."""
    pairs = []
    for m in pattern(cues()["protocol_name"]).finditer(view.text):
        disease = diseases_by_text.get(m.group("name"))
        if disease is None:
            continue
        disease = next((d for d in view.of("disease")
                        if is_a(d.curie, disease.curie)), disease)
        stop = view.text.find(";", m.end())
        stop = len(view.text) if stop < 0 else stop
        for drug in view.of("drug"):
            if m.end() <= _clean_index(view, drug.start) < stop:
                pairs.append((drug, disease))
    return pairs


def _drugs_referred_to(
    view: SentenceView, last_drugs: list[Mention], anaphor: re.Pattern, antecedent: re.Pattern
) -> list[Mention]:
    """The drugs of the last sentence that named drugs, when this one calls them "these
    medications"; none when it names their class before ("... data on interleukin-1 inhibitors
    ..., and how these drugs may be used")."""
    at = anaphor.search(view.text)
    if not at or antecedent.search(view.text[: at.start()]):
        return []
    return last_drugs


def _pronoun_for_drugs(view: SentenceView, last: SentenceView | None,
                       pronoun: re.Pattern) -> list[Mention]:
    """The drugs the sentence before opens with, when this one goes on about them with "They"
    or "It" ("Corticosteroids are potent anti-inflammatory drugs. They are already used routinely
    in septic shock"; cue pronoun_after_drugs); none when the sentence before opens with
    anything else (its patients, a finding)."""
    if last is None or not pronoun.match(view.text):
        return []
    drugs = sorted(last.of("drug", "drug_class"), key=lambda m: m.start)
    if not drugs or last.text[: _clean_index(last, drugs[0].start)].strip():
        return []
    return [d for d in drugs if d.curie == drugs[0].curie]


def _column_cells(
    parsed: ParsedDocument | None, mentions: list[Mention], column: str, categories,
    anywhere: bool = False,
) -> list[tuple[Mention, Span]]:
    """(mention, row span) for the mentions of ``categories`` in the cells of a table's first
    column when its header matches the cue ``column`` (``anywhere``: of any column so headed)."""
    if parsed is None:
        return []
    head = pattern(cues()[column])
    text = parsed.document.text
    found = []
    for row in parsed.tables:
        heads = row.header[: len(row.cells) if anywhere else min(1, len(row.cells))]
        columns = [j for j, cell in enumerate(heads) if head.fullmatch(cell.strip())]
        for j in columns:
            cell = row.cells[j].lower()  # the cell as tables.py split it, whatever the layout
            for m in mentions:
                if (m.category in categories and row.start <= m.start and m.end <= row.end
                        and clean_view(m.text).text.lower() in cell):
                    found.append((m, Span(row.start, row.end, text[row.start : row.end])))
    return found


def _study_drug(views: list[SentenceView]) -> Mention | None:
    """The drug the paper is about: its most mentioned drug, named at least twice and more often
    than any other."""
    drugs = [m for v in views for m in v.of("drug")]
    most = _named_most((m.curie for m in drugs), 2)
    return next(m for m in drugs if m.curie == most) if most else None


def _diagnosis_lists(views: list[SentenceView], text: str | None, main: str | None = None
                     ) -> list[SentenceView]:  # fmt: skip
    """Sentences that list the diagnoses of the study's patients (cue diagnoses_list; their
    underlying conditions, cue underlying_list, unless the ``main`` disease complicates others)
    and, after one that ends with a colon, the list items that follow it; after one that
    announces the indications group by group (diagnoses_groups_open), the sentences that count
    each group's patients (diagnoses_group_count); none naming a drug.
    ``text``, the document's, shows the bullets the sentences were split from."""
    keys = ["diagnoses_list"] + ([] if main and _a_complication(main) else ["underlying_list"])
    listing = pattern("|".join(f"(?:{cues()[key]})" for key in keys))
    item = pattern(cues()["list_item"])
    groups_open, group_count = pattern(cues()["diagnoses_groups_open"]), pattern(
        cues()["diagnoses_group_count"])
    found, opened, grouped = [], False, 0
    for view in views:
        line = view.sentence.text
        if text:  # with the bullet it was split from
            line = text[text.rfind("\n", 0, view.sentence.start) + 1 : view.sentence.end]
        if view.of(*DRUG_CATEGORIES):
            opened, grouped = False, 0
            continue
        if groups_open.search(view.text):
            grouped = _MAX_GROUPS  # the groups come in the sentences after this one
            continue
        if grouped and view.of("disease") and group_count.search(view.text):
            found.append(view)
            grouped -= 1
            continue
        grouped = 0
        if listing.search(view.text):
            found.append(view)
            opened = view.text.rstrip().endswith(":")
        elif opened and item.match(line):
            found.append(view)
        elif opened and not view.text.strip():
            continue  # "<ul>" between the sentence and its items
        else:
            opened = False
    return found


def _diagnosed(view: SentenceView | None, diseases: list[Mention]) -> list[Mention]:
    """The diseases ``view`` says a patient was diagnosed with (cue diagnosed_with)."""
    if view is None:
        return []
    cue = pattern(cues()["diagnosed_with"])
    return [d for d in diseases if d.category == "disease"
            and cue.search(view.text[: _clean_index(view, d.start)])]


def _new_paragraph(text: str | None, last: SentenceView, view: SentenceView) -> bool:
    """Does a blank line stand between the two sentences?"""
    between = text[last.sentence.end : view.sentence.start] if text else ""
    return view.sentence.index >= 0 and bool(re.search(r"\n[^\S\n]*\n", between))


def _paragraph_forms(opening: list[Mention], main_mentions: dict[str, Mention]) -> list[Mention]:
    """The diseases a paragraph opened on that are narrower forms of a main disease (round 475)."""
    forms = {d.curie: d for d in opening if d.curie not in main_mentions
             and any(is_a(d.curie, c) for c in main_mentions)}
    return list(forms.values())


def _pronoun_drugs(views: list[SentenceView], study_drug: Mention | None) -> list[SentenceView]:
    """Views where "it" is the subject of a use and no drug is named, with the study drug placed
    at the pronoun (cue drug_pronoun)."""
    if study_drug is None:
        return views
    pronoun = pattern(cues()["drug_pronoun"])
    out = []
    for view in views:
        m = None if view.of(*DRUG_CATEGORIES) else pronoun.search(view.text)
        if m:
            g = "p" if m.group("p") else "q"  # "it has been used for ...", "licensed it for"
            start, end = view.original(m.start(g)), view.original(m.end(g) - 1) + 1
            stand_in = replace(study_drug, start=start, end=end, text=view.sentence.text[
                start - view.sentence.start : end - view.sentence.start], source="coreference")
            view = replace(view, mentions=tuple(sorted((*view.mentions, stand_in),
                                                       key=lambda x: x.start)))
        out.append(view)
    return out


@dataclass(frozen=True)
class RuleUses:
    """The rules' reading of a paper's uses: the pairs they state, and the pairs they refused
    (every stating sentence negates them; ``(drug, None)`` for a drug a sentence says was not
    given), which a second reading must not add back."""

    facts: list[Fact]
    refused: frozenset[tuple[str, str | None]]


def drug_disease_uses(
    views: list[SentenceView], parsed: ParsedDocument | None = None, mentions: list[Mention] = (),
) -> RuleUses:
    """One DrugDiseaseUse per (drug, disease) pair the paper states, with up to 3 quotes, and
    the pairs refused (RuleUses)."""
    study_drug = _study_drug(views)  # stand-ins for "it" only add to its own count
    views = _pronoun_drugs(views, study_drug)
    treatment = [pattern(src) for src in cues()["treatment"]]
    implicit = [pattern(src) for src in cues()["treatment_without_disease"]]
    negation = [pattern(src) for src in cues()["negation"]]
    title_use = pattern(cues()["title_use"])
    title = title_views(views, parsed, mentions)
    main = main_disease(views, title)
    if title and title[0].sentence.index < 0:
        views = title + views
    # no title: the sentence saying what the paper is about names the forms instead
    scope = pattern(cues()["scope_sentence"])
    about = title or [v for v in views if scope.search(v.text)][:1]
    # ... and the syndromes it attaches to the main one ("COVID-19 patients with cytokine storm")
    syndromes = _attached_syndromes(about, main)
    mains = co_main(about, main) | syndromes
    # a condition HPO files as a finding that the title names as the population's ("survival in
    # sepsis with features of MAS"): treated like a disease of the paper
    findings = _title_conditions(title) - mains - _process_findings()
    mains |= findings
    complicating = complications(title, main) - mains
    # (not an infection the patients of the main disease caught: "COVID-19 in Behçet syndrome"
    # is no form of it, and what treats the infection does not treat the syndrome)
    title_forms = {f.curie: u.curie for v in title for f, u in _form_pairs(v)
                   if f.curie in mains and u.curie in mains
                   and not _infection(f.curie)}
    main_mentions = {}  # curie -> first mention, for each disease the paper is about
    for m in (m for v in views for m in [*_diseases(v, main), *v.of("phenotype")]
              if m.curie in mains):
        main_mentions.setdefault(m.curie, m)
    found: dict[tuple[str, str], list] = {}  # pair -> [drug, disease, spans, negated, explicit]

    def add(drug: Mention, disease: Mention, span: Span, negated: bool, explicit: bool):
        entry = found.setdefault(
            (drug.curie, disease.curie), [drug, disease, [], negated, explicit]
        )
        entry[3] = entry[3] and negated
        entry[4] = entry[4] or explicit
        if len(entry[2]) < _MAX_SPANS and span not in entry[2]:
            entry[2].append(span)

    administered = pattern(cues()["class_administered"])
    administered_after = pattern(cues()["class_administered_after"])
    anaphor = pattern(cues()["disease_anaphor"])
    opening = pattern(cues()["disease_anaphor_opening"])
    # a disease's short form as the paper uses it ("HLH"), for protocols named after it
    diseases_by_text = {}
    for m in sorted((m for v in views for m in v.of("disease")), key=lambda m: m.start):
        diseases_by_text.setdefault(m.text, m)
    settings_only = _unnamed_indication(title)
    graft_paper = any(pattern(cues()["transplant_word"]).search(v.text) for v in title)
    antecedents = _antecedents(title)
    previous: list[Mention] = []
    named: list[Mention] = []  # the diseases of the last sentence that named any
    last_drugs: list[Mention] = []  # the drugs of the last sentence that named any
    drug_anaphor = pattern(cues()["drug_anaphor"])
    pronoun = pattern(cues()["pronoun_after_drugs"])
    antecedent = pattern(cues()["drug_anaphor_antecedent"])
    document = parsed.document.text if parsed else None
    # the drugs named as a disease's cause: never given for it (below), and what was begun when
    # one was stopped is for that disease
    caused = _causes(views, title)
    stopped_after = pattern(cues()["culprit_stopped_after"])
    first_mention = {}  # curie -> the first mention of each disease or finding
    for m in (m for v in views for m in v.of("disease", "phenotype")):
        first_mention.setdefault(m.curie, m)
    paragraph_opening: list[Mention] = []  # the diseases of the paragraph's first sentence
    for k, view in enumerate(views):
        last_view = views[k - 1] if k else None
        if last_view is None or _new_paragraph(document, last_view, view):
            # (its subject: named first, "Blau syndrome and early-onset sarcoidosis are ...", not
            # "Thirty-one of the patients had primary APS")
            paragraph_opening = [d for d in view.of("disease") if len(
                view.text[: _clean_index(view, d.start)].split()) <= 1]
        before, previous = previous, _indications(view, main)
        if view in title:
            previous = [d for d in previous if d.curie not in antecedents or d.curie in mains]
        if before:
            named = before
        previous += [m for m in view.of("phenotype") if m.curie in findings]
        if settings_only and view in title:
            previous = []  # the title's diseases are the setting of an unnamed indication
        protocol = _protocol_drugs(view, diseases_by_text)
        for drug, disease in protocol:
            add(drug, disease, view.span(), _negated(view, drug, negation), True)
        drugs = [d for d in _given(view, administered, administered_after, graft_paper)
                 if d not in {drug for drug, _ in protocol}]
        referred = _drugs_referred_to(view, last_drugs, drug_anaphor, antecedent)
        # ("They are already used routinely in septic shock": the pronoun's verb is the cue)
        spoken_of = _pronoun_for_drugs(view, last_view, pronoun)
        if previous and spoken_of:
            referred = spoken_of
        elif not any(p.search(view.text) for p in treatment):
            referred = []
        if previous and referred:
            for drug in referred:  # "In MIS-C, steroids are given in addition to these medications"
                for disease in {d.curie: d for d in previous}.values():
                    add(drug, disease, view.span(), False, True)
        if view.of("drug"):
            last_drugs = view.of("drug")
        if not drugs:
            continue
        diseases = previous
        for drug, disease in _said_again(view, drugs, diseases):
            add(drug, disease, view.span(), _negated(view, drug, negation), True)
        if named and opening.match(view.text):
            first = min((d.start for d in view.of("disease", "phenotype")),
                        default=view.sentence.end)
            for drug in (d for d in drugs if d.start < first):
                for disease in {d.curie: d for d in named}.values():
                    add(drug, disease, view.span(), _negated(view, drug, negation), True)
        if not diseases and named and anaphor.search(view.text):
            # "HLH or MAS ... We describe anakinra in this setting": every disease last named
            if any(p.search(view.text) for p in treatment):
                for drug in drugs:
                    for disease in {d.curie: d for d in named}.values():
                        add(drug, disease, view.span(), _negated(view, drug, negation), True)
            continue
        if diseases:
            cued = any(p.search(view.text) for p in treatment) or (
                view in title and title_use.search(view.text)
            )
            if cued:
                for drug in drugs:
                    stated = _stated_disease(view, drug, diseases)
                    own = _own_clause(view, drug, diseases)  # the drug's clause's diseases
                    partner = stated or _partner(view, drug, own, main)
                    if not stated and main in main_mentions and _main_by_word(view, drug):
                        partner = main_mentions[main]
                    chosen = _alternatives(view, partner, diseases, view in title)
                    # a stated disease brings the forms listed right after it ("given for
                    # ...", "steroid-resistant acute and chronic GVHD": both forms)
                    if stated:
                        chosen += [d for d in _listed(view, stated, diseases) if d not in chosen]
                    if not stated:  # "... given as prophylaxis of GVHD": that disease only
                        # (not a main in another clause when this clause names a sibling form:
                        # "acute GVHD ...; for chronic GVHD the first line was steroids")
                        chosen += [d for d in diseases if d.curie in mains and d not in chosen
                                   and (d in own or not _sibling_forms(d, chosen, first_mention))]
                    elif view in title:  # "... in the treatment of COVID-19 patients with
                        # cytokine storm": the syndrome attached to the stated disease too
                        chosen += [d for d in diseases if d.curie in syndromes and d not in chosen]
                    chosen += [d for d in _approved_for(view, diseases, drug) if d not in chosen]
                    if main in main_mentions and any(d.curie in complicating for d in chosen):
                        chosen = [d for d in chosen if d.curie not in complicating]
                        chosen.append(main_mentions[main])
                    # a form the title names of the main disease ("uveitis in Behçet disease")
                    # brings that disease along
                    chosen += [main_mentions[title_forms[d.curie]] for d in list(chosen)
                               if title_forms.get(d.curie) in main_mentions
                               and main_mentions[title_forms[d.curie]] not in chosen]
                    # (not a trigger the title names before it: "steroids for a post-COVID-19
                    # multisystem inflammatory syndrome in an adult")
                    underlying = [u for u in _underlying(view, chosen)
                                  if u.curie not in antecedents or u.curie in mains]
                    for disease in chosen + underlying:
                        add(drug, disease, view.span(), _negated(view, drug, negation), True)
        elif main_mentions and any(p.search(view.text) for p in implicit):
            # the diagnosis the sentence before gave the patient ("had been diagnosed with AOSD
            # … He was first treated with corticosteroids"); else, of several main diseases,
            # those the sentence before spoke of ("Treatment of MIS-C … It rests on IVIG"), else
            # each
            recent = _diagnosed(last_view, before) or [
                main_mentions[c] for c in dict.fromkeys(d.curie for d in before)
                if c in main_mentions]  # fmt: skip
            # ... else the narrower form of a main disease the paragraph opened on ("NOD2-associated
            # autoinflammatory syndromes" ... "Blau syndrome and early-onset sarcoidosis are ...
            # Therapy consists of systemic steroids")
            recent = recent or _paragraph_forms(paragraph_opening, main_mentions)
            # ... but the drugs started when the culprit of a disease was stopped are for that
            # disease ("Methotrexate was stopped and steroid therapy was begun", in a paper on
            # methotrexate pneumonia)
            stopped = {d.curie for d in drugs
                       if stopped_after.match(view.text[_clean_index(view, d.end) :])}
            brought_on = [first_mention[c] for c in dict.fromkeys(
                c for d, c in sorted(caused) if d in stopped) if c in first_mention]
            for drug in (d for d in drugs if brought_on and d.curie not in stopped):
                for disease in brought_on:
                    add(drug, disease, view.span(), _negated(view, drug, negation), False)
            drugs = [d for d in drugs if not brought_on or d.curie in stopped]
            for drug in drugs:
                for main_mention in recent or main_mentions.values():
                    add(drug, main_mention, view.span(), _negated(view, drug, negation), False)
    # a drug some sentence says was not given: a use read only from the main disease (no disease
    # in the sentence) is not kept for it ("etoposide-based regimens are debated ... Etoposide was
    # not part of the regimen"); not one the same sentence also names as given, which compares
    # the two ("glucocorticoid combined with cyclophosphamide ... a better outcome than treatment
    # without cyclophosphamide", blindtest1823 ykf03; round 479)
    not_given = {c for v in views for c, negated in _drug_negations(v, negation).items()
                 if negated}
    # ... nor for a drug named only as what kept patients out of the study
    kept_out = [(d.curie, _excluded(v, d)) for v in views for d in v.of(*DRUG_CATEGORIES)]
    not_given |= {c for c, out in kept_out if out} - {c for c, out in kept_out if not out}
    for pair, entry in list(found.items()):
        if not entry[4] and pair[0] in not_given:
            del found[pair]
    basis = pattern(cues()["diagnosis_basis_before"])
    for view in _diagnosis_lists(views, document, main) if study_drug else ():
        for disease in {d.curie: d for d in _indications(view, main)
                        if not basis.search(view.text[: _clean_index(view, d.start)])}.values():
            add(study_drug, disease, view.span(), False, False)
    breakdown = pattern(cues()["diagnoses_breakdown"])
    for view in views if study_drug else ():
        others = [d for d in view.of(*DRUG_CATEGORIES) if d.curie != study_drug.curie]
        m = None if others else breakdown.search(view.text)
        if m:
            colon = view.original(m.start())
            wholes = [d.curie for d in view.of("disease") if d.start < colon]
            for form in (d for d in view.of("disease") if d.start > colon):
                if any(is_a(form.curie, whole) for whole in wholes):
                    add(study_drug, form, view.span(), False, False)
    # a table column that names the treatments ("Biologic | Events | Rate", "Target | Agent and
    # usual dose"), or the care every arm had ("Background care | remdesivir, dexamethasone"):
    # each drug named there was given for the paper's disease
    for column in ("treatment_column", "background_column"):
        for drug, span in _column_cells(parsed, mentions, column, DRUG_CATEGORIES, True):
            for main_mention in main_mentions.values():
                add(drug, main_mention, span, False, False)
    # ... one whose first column names the diagnoses ("Diagnosis | Patients"): the study drug was
    # given for each
    if study_drug:
        for disease, span in _column_cells(parsed, mentions, "diagnosis_column", ("disease",)):
            add(study_drug, disease, span, False, False)
    # a graft's standing immunosuppression does not treat the infection its recipients caught
    if graft_paper:
        maintenance = pattern(cues()["graft_maintenance"])
        for pair, entry in found.items():
            if maintenance.fullmatch(entry[0].label) and _infection(pair[1]):
                entry[3] = True
    # a drug named as the cause of a disease is never given for it
    for pair in caused & set(found):
        found[pair][3] = True
    # ... and a drug named as the culprit ("The two main causes were nitrofurantoin and
    # minocycline") that no use read was given for nothing: the uses model must not add one
    not_given |= {d.curie for v in views for d in v.of("drug")
                  if _named_as_culprit(v, d)} - {d for d, _ in found}
    refused = frozenset({(drug, None) for drug in not_given} | caused
                        | {pair for pair, entry in found.items() if entry[3]})
    facts = []
    for (drug_id, disease_id), (drug, disease, spans, negated, explicit) in sorted(found.items()):
        if negated:
            continue
        support = len(spans)
        base = 0.5 if explicit else 0.35
        facts.append(
            Fact(
                kind="DrugDiseaseUse",
                key=f"use-{slug(drug_id)}-{slug(disease_id)}",
                properties=(("drug", drug_id), ("forDisease", disease_id)),
                spans=tuple(spans),
                confidence=round(min(base + 0.15 * support, 0.9), 2),
                label=f"{drug.label} used in {disease.label}",
                origin="extract_uses.drug_disease_uses",
            )
        )
    return RuleUses(facts, refused)
