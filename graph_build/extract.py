"""Text-mined facts for any paper: rules over sentences and grounded mentions.

The extractor never sees a curation file; it must work on papers it was not tuned to. It
reads its cue phrases from graph_build/data/cues.yaml. Every fact it makes carries the
sentence it came from (a Span) and agent "TextMining" with a rule-specific confidence. The
study design and the drug -> disease uses get a learned second reading over the rules'
(design_model, uses_model), whose probability is then the confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from cytokg.graph_build.records import Fact, Mention, ParsedDocument, Sentence, Span

CUES_FILE = Path(__file__).resolve().parent / "data" / "cues.yaml"


@cache
def cues() -> dict:
    return yaml.safe_load(CUES_FILE.read_text(encoding="utf-8"))


@cache
def number_regex() -> str:
    """Digits (with thousands separators: '1,234') or number words up to nineteen hundred and
    ninety-nine: 'Four hundred fifty-two', 'Eighteen hundred and seventeen', 'Thirty-six',
    'sixty', 'four' (one alternation, compounds first, so 'four' is never read out of
    'thirty-four')."""
    units = "|".join(sorted(cues()["number_words"], key=len, reverse=True))
    # (single words only: "a half-dozen" is a count, not a unit of "twenty-..." or "...-hundred")
    small = "|".join(w for w, n in sorted(cues()["number_words"].items(), key=lambda x: -len(x[0]))
                     if n < 10 and not re.search(r"[\s-]", w))
    # ... and the teens, which multiply hundreds too ("Eighteen hundred and seventeen patients")
    teens = "|".join(w for w, n in cues()["number_words"].items()
                     if 10 < n < 20 and not re.search(r"[\s-]", w))
    tens = "|".join(sorted(cues()["tens_words"], key=len, reverse=True))
    thousands = r"\d{1,3}(?:,\d{3})+(?!,?\d)|\d{1,3}(?: \d{3})+(?! ?\d)"  # 1,234 / 1 234
    below_100 = rf"(?:{tens})(?:[-‐ ](?:{small}))?|{units}"
    # ("a hundred and one patients")
    hundreds = rf"(?:{teens}|{small}|a)[-‐ ]hundred(?:[-‐ ](?:and[-‐ ])?(?:{below_100}))?"
    # "three thousand eight hundred", "two thousand and ten", "Fifty-one thousand seven hundred
    # and eighty-four" (thousands up to 999)
    thousands_words = (rf"(?:{hundreds}|{below_100})[-‐ ]thousand(?:,?[-‐ ](?:and[-‐ ])?"
                       rf"(?:{hundreds}|{below_100}))?")
    # a year is no count: "treated between March 23 and April 4, 2020 were included"
    year = "".join(rf"(?<!\b{w} )" for w in cues()["year_before"]) + r"(?<!\d, )(?:19|20)\d\d\b"
    # a number that labels something is no count: "phase 2 enrolled patients", "week 12"
    labels = "".join(rf"(?<!\b{re.escape(w)} )" for w in cues()["number_label_before"])
    # ... and a single digit after "trial", "group" ("Trial 1 enrolled"; "in the study 45" counts)
    labels += "".join(rf"(?!(?<=\b{re.escape(w)} )\d\b)" for w in cues()["digit_label_before"])
    # ... and the whole of a decimal is none: "20.1% withdrew" holds no count of 20
    digits = rf"{labels}(?:(?!(?:19|20)\d\d\b)\d+(?!\.\d)|{year})"
    # (never the first word of a longer number: "one" of "one hundred and eleven received")
    return (rf"(?<![\w\-‐.,])(?:{thousands}|{digits}|{thousands_words}|{hundreds}|{below_100})\b"
            r"(?![-‐ ](?:hundred|thousand)\b)")


@cache
def pattern(source: str) -> re.Pattern:
    """A cue compiled once, its placeholders filled: a shared piece by its name in cues.yaml's
    fragments ({as_controls}), {small_number} (a count in digits or words), {nouns} (what a
    patient count counts) and {sexes} (cues.yaml's patient_count.nouns, .sexes)."""
    counted = cues()["patient_count"]
    filled = source
    for name, piece in cues()["fragments"].items():
        filled = filled.replace("{" + name + "}", piece)
    filled = filled.replace("{nouns}", counted["nouns"]).replace("{sexes}", counted["sexes"])
    return re.compile(filled.replace("{small_number}", number_regex()), re.IGNORECASE)


@dataclass(frozen=True)
class SentenceView:
    """One sentence as clean text, its mentions, and a way back to original offsets."""

    sentence: Sentence
    text: str  # clean text (de-hyphenated, spaces normalised)
    mentions: tuple[Mention, ...]
    _to_original: object  # callable: clean index -> original document offset

    def span(self) -> Span:
        return Span(self.sentence.start, self.sentence.end, self.sentence.text)

    def original(self, i: int) -> int:
        return self._to_original(i)  # type: ignore[operator]

    def of(self, *categories: str) -> list[Mention]:
        return [m for m in self.mentions if m.category in categories and m.curie]


def sentence_views(parsed: ParsedDocument, mentions: list[Mention]) -> Iterator[SentenceView]:
    from cytokg.graph_build.normalize import clean_view

    ordered = sorted(mentions, key=lambda m: m.start)
    i = 0
    for sentence in parsed.sentences:
        while i < len(ordered) and ordered[i].start < sentence.start:
            i += 1
        j = i
        inside = []
        while j < len(ordered) and ordered[j].start < sentence.end:
            inside.append(ordered[j])
            j += 1
        view = clean_view(sentence.text)
        offset = sentence.start
        yield SentenceView(
            sentence, view.text, tuple(inside), lambda k, v=view, o=offset: o + v.to_original(k)
        )


def extract_facts(parsed: ParsedDocument, mentions: list[Mention]) -> list[Fact]:
    """All text-mined facts of one document, in a deterministic order."""
    from cytokg.graph_build import (
        extract_outcomes,
        extract_relations,
        extract_study,
        extract_uses,
        uses_model,
    )

    views = list(sentence_views(parsed, mentions))
    facts: list[Fact] = []
    study = extract_study.study_facts(views, parsed, mentions)
    facts.extend(study)
    rules = extract_uses.drug_disease_uses(views, parsed, mentions)
    facts.extend(uses_model.second_reading(rules.facts, parsed, mentions, rules.refused))
    facts.extend(extract_relations.drug_target_links(views))
    facts.extend(extract_relations.adverse_events(views))
    population = extract_study.POPULATION_KEY
    has_population = any(f.key == population for f in study)
    facts.extend(extract_outcomes.outcome_facts(views, population if has_population else None))
    return facts


@lru_cache(maxsize=4096)
def planned_enrolments(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a planned, estimated or target enrolment with its number (cues
    patient_count planned_enrolment): no population, for the count rules, the count model and
    the gate before it alike, which ask of the same sentences (hence the cache)."""
    return tuple(m.span() for m in
                 pattern(cues()["patient_count"]["planned_enrolment"]).finditer(text))


def slug(curie: str) -> str:
    """A key fragment from a CURIE: 'DRUGBANK:DB06273' -> 'drugbank-db06273'."""
    return re.sub(r"[^a-z0-9]+", "-", curie.lower()).strip("-")


def to_number(text: str) -> int | float | None:
    words = cues()["number_words"]
    tens = cues()["tens_words"]
    t = text.strip().lower()
    # thousands separators: 1,234 / 1 234, also with the no-break and thin spaces print uses
    if re.fullmatch(r"\d{1,3}(?:[, \u00a0\u2009\u202f]\d{3})+", t):
        return int(re.sub(r"[, \u00a0\u2009\u202f]", "", t))
    t = t.replace(",", ".")
    if t in words:
        return words[t]
    thousand = re.fullmatch(r"(.+?)[-‐ ]thousand(?:,?[-‐ ](?:and[-‐ ])?(.+))?", t)
    times = to_number(thousand.group(1)) if thousand else None
    if isinstance(times, int) and 0 < times < 1000:  # "fifty-one thousand ..."
        rest = to_number(thousand.group(2)) if thousand.group(2) else 0
        return times * 1000 + rest if isinstance(rest, int) and rest < 1000 else None
    hundred = re.fullmatch(r"(\w+)[-‐ ]hundred(?:[-‐ ](?:and[-‐ ])?(.+))?", t)
    hundreds = hundred and {"a": 1}.get(hundred.group(1), words.get(hundred.group(1), 100))
    if hundred and hundreds < 20:  # ("a hundred and one", "eighteen hundred and seventeen")
        rest = to_number(hundred.group(2)) if hundred.group(2) else 0
        return hundreds * 100 + rest if isinstance(rest, int) else None
    parts = re.split(r"[-‐ ]", t)
    if parts[0] in tens and (len(parts) == 1 or (len(parts) == 2 and words.get(parts[1], 10) < 10)):
        return tens[parts[0]] + (words[parts[1]] if len(parts) == 2 else 0)
    try:
        value = float(t)
    except ValueError:
        return None
    return int(value) if value.is_integer() and "." not in t else value
