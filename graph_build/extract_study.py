"""Text-mined study facts: design and number of patients."""

from __future__ import annotations

import re
from dataclasses import replace

from cytokg.graph_build.extract import (
    SentenceView,
    cues,
    pattern,
    planned_enrolments,
    sentence_views,
    to_number,
)
from cytokg.graph_build.extract_uses import html_title_views, title_views
from cytokg.graph_build.records import (
    MODEL_READING,
    MODEL_RESCORED_READING,
    RULE_READING,
    Fact,
    Mention,
    ParsedDocument,
    Sentence,
    Span,
)

STUDY_KEY = "study-tm"
_DOSE_CELL = re.compile(r"\d\s*(mg|µg|mcg|g|ml|IU|U)(/kg)?\b")  # "150 mg", "8 mg/kg"
_SHARE = re.compile(r"(\d+)\s*\(\s*(\d+(?:[.,]\d+)?)\s*%?\s*\)")  # "12 (40)", "12 (40%)"
# the groups of cue controls that size them
_CONTROL_SIZES = ("n", "n2", "n3", "n4", "n5", "n6", "n7")
POPULATION_KEY = "population-tm"

_LEVEL = {
    "CaseReportDesign": "SingleCase",
    "CaseSeriesDesign": "SmallSeries",
    "RetrospectiveCohortDesign": "ControlledCohort",
    "ProspectiveCohortDesign": "ControlledCohort",
    "RandomizedTrialDesign": "RandomizedControlled",
    "NarrativeReviewDesign": "ExpertReview",
}


def study_design(
    views: list[SentenceView], titles: list[SentenceView] = ()
) -> tuple[str, SentenceView] | None:
    """The first design (in cues.yaml order) that some sentence (or the title) states of the
    paper itself (studies under way, planned or needed elsewhere are blanked out first); else the
    fallback reading of an undirected observational study."""
    elsewhere = [pattern(src) for src in cues()["design_elsewhere"]]
    texts = []
    for view in views:
        text = view.text
        for other in elsewhere:
            text = other.sub(lambda m: " " * len(m.group()), text)
        texts.append(text)
    every = list(zip(views, texts, strict=True))
    in_title = [(v, t) for v, t in every if v in titles]
    beside_own = [pattern(src) for src in cues()["review_beside_own"]]
    reviewing = [(v, t) for v, t in every if any(b.search(t) for b in beside_own)]
    own_cases = [pattern(src) for key in ("study_design", "design_first")
                 for design in ("CaseReportDesign", "CaseSeriesDesign")
                 for src in cues()[key].get(design, ())]
    if reviewing and any(o.search(t) for o in own_cases for _, t in every):
        # the literature's cases reviewed beside the paper's own: not what the paper is
        every = [pair for pair in every if pair not in reviewing]
    for key in ("title_genre", "design_self", "design_first", "study_design", "design_title",
                "design_fallback", "design_fallback_cohort"):
        read = in_title if key in ("title_genre", "design_title") else every
        for design, sources in cues()[key].items():
            for view, text in read:
                if any(pattern(src).search(text) for src in sources):
                    return design, view
    return None


def _parts_sum(written: str) -> int:
    """A count as written ("1,873"), or the sum of its parts ("27 + 43", "13 + 8 + ")."""
    return sum(int(part.replace(",", "")) for part in written.split("+") if part.strip())


def _size(match: re.Match, group: int = 1) -> int:
    """A group size as written ("n = 1,873"), or the sum of its parts ("n = 27 + 43")."""
    return _parts_sum(match.group(group))


def _plausible_count(n) -> bool:
    """A whole number a study's population can be: above none, below the bound cue
    largest_count gives (a vaccinated country's millions are no study's)."""
    return isinstance(n, int) and 0 < n < cues()["largest_count"]


def _pool_parts_end(text: str, at: int, count_re: re.Pattern, kinds) -> int:
    """Where a list of two or more counts by sex or age (``kinds``) right after ``at`` ends, when
    it ends its clause ("were screened, 1,298 adults and 1,089 children."; joints: cue
    pool_parts): the parts of a pool, not a next stage ("Of 87 people screened, 42 adults ...
    were randomly assigned"); ``at`` when there is none."""
    first, later, last = (pattern(cues()["patient_count"]["pool_parts"][k])
                          for k in ("first", "next", "end"))
    end, parts, joint = at, 0, first
    while (j := joint.match(text, end)) and (m := count_re.match(text, j.end())) \
            and any(k.search(m.group(0)) for k in kinds):
        end, parts, joint = m.end(), parts + 1, later
    return end if parts >= 2 and last.match(text, end) else at


def _population_counts(
    views: list[SentenceView], verbs, anywhere: bool = False
) -> list[tuple[int, SentenceView, int]]:
    """'N patients' in sentences with one of ``verbs`` (in any sentence when ``anywhere``), with
    where the count ends in the sentence; counts of subgroups or events ('infection in 2
    patients', '46 patients (23%) had') are skipped."""
    conf = cues()["patient_count"]
    count_re = pattern(rf"({{small_number}})\s+{conf['nouns']}")
    before = pattern(conf["subgroup_before"])
    after, pool = pattern(conf["subgroup_after"]), pattern(conf["pool_count"])
    pool_next = pattern(conf["pool_next"])
    more = pattern(conf["listed_more"])
    other_sex, sexed = pattern(conf["other_sex"]), pattern(conf["sex_noun"])
    other_age, aged = pattern(conf["other_age"]), pattern(conf["age_noun"])
    breakdown = pattern(conf["sex_breakdown_open"])
    sex_before = pattern(conf["sex_before"])
    kind_first, kind_before = pattern(conf["kind_first"]), pattern(conf["kind_pair_before"])
    subset, literature = pattern(conf["subset_sentence"]), pattern(conf["literature_sentence"])
    other_left = pattern(conf["subset_other_count"])
    part_of, part_of_whole = pattern(conf["part_of"]), pattern(conf["part_of_whole"])
    part_before, screened = pattern(conf["part_before_whole"]), pattern(conf["screened_after"])
    part_treated = pattern(conf["part_treated_after"])
    clinic = pattern(conf["clinic_denominator"])
    whole_first, elided = pattern(conf["whole_first"]), pattern(conf["elided_noun"])
    further, plus = pattern(conf["further_before"]), pattern(conf["plus_before"])
    finding = pattern(conf["further_finding"])
    earlier = pattern(conf["earlier_count"])
    own = pattern(conf["own_count_before"])
    background = pattern(conf["background_section"])
    groups_before = pattern(conf["groups_of_before"])
    found = []
    for k, view in enumerate(views):
        if not anywhere and not verbs.search(view.text):
            continue
        if k + 1 < len(views) and pool_next.match(views[k + 1].text):
            continue  # "... holds 526 patients. From it we took ...": the source, not the studied
        others = literature.search(view.text)
        part_skipped, pool_parts_end = False, -1
        for match in count_re.finditer(view.text):
            if others and not own.search(view.text[: match.start()]):
                continue
            if part_skipped and sexed.search(match.group(0)):
                # "Seventeen of the 133 patients (12.8%) had ...: 15 men and 2 women": the men
                # and women of the part skipped before them
                continue
            if match.start() < pool_parts_end:
                continue  # "2,387 patients were screened, 1,298 adults and 1,089 children"
            if part_of.search(view.text[: match.start()]):
                # "comprised 68 of the 106 patients randomised to placebo and 68 of the 104 ...":
                # the parts, each of its whole
                parts = [to_number(m.group(1)) for m in part_of_whole.finditer(view.text)]
                found.append((sum(k for k in parts if isinstance(k, int)), view, len(view.text)))
                continue
            # one sex's count with the other sex right after it: "Eight women (62%) and five men"
            sex_pair = bool(sexed.search(match.group(0))
                            and other_sex.match(view.text, match.end()))
            if before.search(view.text[: match.start()]) or (
                    after.match(view.text[match.end() :]) and not sex_pair) or (
                    part_before.search(view.text[: match.start()])
                    and clinic.match(view.text, match.end())):
                # "Seventeen of the 133 patients (12.8%) had ...": a part of the count; "267 of
                # the 22,959 patients seen in the clinic": a clinic's patients, its denominator;
                # a pool screened, whose sexes or ages may follow it
                part_skipped = part_skipped or bool(part_before.search(view.text[: match.start()]))
                if pooled := screened.match(view.text, match.end()):
                    pool_parts_end = _pool_parts_end(view.text, pooled.end(), count_re,
                                                     (sexed, aged))
                continue
            if pool.match(match.group(0)):
                continue  # "the 174 screened children": those screened, not those studied
            if (sexed.search(match.group(0)) and view.text[: match.start()].rstrip().endswith("(")
                    and not sex_pair):
                continue  # "52 were enrolled (28 women)": one sex of a count, not the count
            if sexed.search(match.group(0)) and breakdown.search(view.text[: match.start()]):
                continue  # "166 patients (108 men, 65.1%; 58 women, 34.9%)": the other sex
            if whole_first.search(view.text[: match.start()]) and elided.search(
                    view.text, match.end()):
                continue  # "Of the 61 patients who started CLUSTER, 60 entered Epoch 4"
            verb, left = verbs.search(view.text, match.end()), subset.search(view.text, match.end())
            if left and (not verb or left.start() < verb.start()) and not other_left.search(
                    view.text, match.end(), left.end()):
                continue  # "Four patients in the usual-care group withdrew consent"
            n = to_number(match.group(1))
            if (isinstance(n, int) and found and found[-1][1] is not view
                    and further.search(view.text[: match.start()])
                    and not earlier.search(view.text[: match.start()])
                    and not finding.match(view.text, match.end())
                    and not background.search(view.sentence.section or "")):
                # "In Part 1, where 806 patients were randomised, ... Part 2 then randomised a
                # further 350 older patients": added to the count before
                found[-1] = (found[-1][0] + n, *found[-1][1:])
                continue
            if (part := part_before.search(view.text[: match.start()])) and (
                    treated := part_treated.match(view.text[match.end() :])) and _plausible_count(
                    treated_n := to_number(part.group(1))) and to_number(
                    treated.group("n")) == treated_n:
                # "identified 84 of the 260 patients as having ..., and these 84 received ...":
                # the part treated, not the whole it was drawn from
                found.append((treated_n, view, match.end() + treated.end()))
                continue
            if _plausible_count(n):
                if per := groups_before.search(view.text[: match.start()]):
                    n *= to_number(per.group("k"))  # "We collected two groups of thirty patients"
                listed, end = _listed_before_verb(
                    view.text, match.start(), match.end(), verbs, more, n)
                n += listed + _counted_before(view.text[: match.start()], further, earlier)
                if added := plus.search(view.text[: match.start()]):
                    n += _parts_sum(added.group(1))
                # the other sex or age group right after the first: "111 boys and 56 girls" (not
                # "Eleven patients, seven girls and ..."), "six children and 34 adults"
                other = sexed.search(match.group(0)) and other_sex.match(view.text, end)
                if not other and aged.search(match.group(0)):
                    other = other_age.match(view.text, end)
                if other:
                    n += to_number(other.group(1)) or 0
                    end = other.end()
                elif sexed.search(match.group(0)) and (
                        told := sex_before.search(view.text[: match.start()])):
                    n += to_number(told.group(1)) or 0  # "eleven were men and four women"
                elif (kind_first.match(match.group(0)) or sexed.search(match.group(0))) and (
                        told := kind_before.search(view.text[: match.start()])):
                    # "in 33 paediatric and 26 adult patients", "One man and seven women"
                    n += to_number(told.group(1)) or 0
                found.append((n, view, end))
    return found


def _with_other_arms(
    views: list[SentenceView], view: SentenceView, text_end: int, n: int, design: str | None,
    compares: bool = False,
) -> int:
    """``n`` plus the other arms of a comparison stated with it: each sized in brackets, listed by
    drug with the verb left out, later in its sentence with the noun left out, or in the sentences
    right after, each stating one arm the same way."""
    conf = cues()["patient_count"]
    bracketed = list(pattern(conf["arm_in_brackets"]).finditer(view.text))
    if len(bracketed) >= 2 and any(m.start() < text_end <= m.end() for m in bracketed):
        # "... to dexamethasone (151 patients), or to standard care alone (148 patients)"
        return sum(k for m in bracketed if isinstance(k := to_number(m.group(1)), int))
    if len(bracketed) == 1 and bracketed[0].start() < text_end <= bracketed[0].end() and (
            listed := _sum_listed(view.text[bracketed[0].end() :],
                                  pattern(conf["bare_in_brackets"]))):
        # the other groups with the noun left out: "minimal changes (111 patients), focal
        # glomerulosclerosis (12), proliferative glomerulonephritis (20), and ... (2)"
        return n + listed
    if pattern(conf["then_randomised"]).match(view.text, text_end):
        return n  # "182 children were enrolled in part 1, and 75 were randomised": a later stage
    if pattern(conf["breakdown_after"]).match(view.text, text_end):
        return n  # "twenty-eight participants, twelve of them allocated to X and sixteen to Y"
    if (parts := pattern(conf["arms_breakdown"]).match(view.text, text_end)) and 0 < sum(
            to_number(parts.group(g)) or 0 for g in ("a", "b")) <= n:
        # "Forty children took part: 21 in the prednisone arm and 19 in the placebo arm" (or a
        # source's parts two short of its whole: "156 patients were included, 88 in the PP group
        # and 66 in the PET group", blindtest790 wk04): its parts, no further arms
        return n
    # the other parts listed after the first, the verb said once: "Twelve patients had received
    # ruxolitinib, eleven tofacitinib and four baricitinib" (gapped); or each group by what it had
    # had, the noun said once: "35 patients who had had encephalitis, 14 who had had meningitis
    # and 11 whose illness had been an uncomplicated fever" (who_had)
    for kind in ("gapped", "who_had"):
        if first := pattern(conf[f"{kind}_first"]).match(view.text, text_end):
            total = n + _sum_listed(view.text[first.end() :], pattern(conf[f"{kind}_more"]))
            if total != n:
                return total
    # "Eight patients received marrow from a matched unrelated donor and four from a matched
    # sibling": the other parts by the same preposition, the verb said once (or by place: "Two
    # patients were enrolled in Bangladesh, five in Nepal and 242 in Pakistan"); "Fifty-two patients
    # chose cNSI, 16 chose PSI, 19 chose rMMT and 43 chose ESS": by the same verb, said again
    for first, more, slot in (("parallel_first", "parallel_more", "prep"),
                              ("place_first", "place_more", "prep"),
                              ("repeated_first", "repeated_more", "verb")):
        total = _parts_by_same_word(view.text, text_end, n, conf[first], conf[more], slot)
        if total != n:
            return total
    # one more group: "Nine patients were treated with IVIG and seven were not" (the rest; or
    # "Seven patients turned out to have VEXAS syndrome ... and fifteen did not"),
    # "Thirty patients received infliximab and eight received adalimumab" (the verb said again),
    # "Three adults were included, ... together with four children who had JIA", "given to ten
    # people with MG ... and to two people with LEMS"; the same allocation said again, or the
    # recipients switched and those who stayed; "...; nine further patients received ..."; "...
    # in the first year and 23 in the second"; "two Brazilian patients and one Palestinian patient";
    # "One hundred men had a normal aorta ... and sixty-one were found to have an aneurysm"; "196
    # patients had a baseline hs-TnT of 14 ng/l or less (group A), and eighty-four had ... (group
    # B)"
    for key in ("rest_not", "rest_did_not", "second_group", "together_with", "and_to_more",
                "allocated_again", "switched_stayed", "further_group", "period_second",
                "found_to_have", "another_kind", "labelled_had_second"):
        more = pattern(conf[key]).match(view.text, text_end)
        if more and isinstance(k := to_number(more.group("n")), int):
            return n + k
    if compared := _compared_group(views, view, text_end):
        return n + compared
    # "Eighty-one patients were assigned to plasma exchange, while the remaining 17 stayed on
    # their medical treatment": the count and the rest (cue complement_pair)
    rest = pattern(conf["complement_pair"]).match(view.text)
    b = to_number(rest.group("b")) if rest and to_number(rest.group("a")) == n else None
    if isinstance(b, int):
        return n + b
    # "We analysed the patients followed here: 425 children had FMF without amyloidosis and 180
    # had FMF with amyloidosis": the population as two groups, each by what it had
    if ":" in view.text[:text_end]:
        groups = _sum_listed(view.text[text_end:], pattern(conf["had_groups"]))
        if groups:
            return n + groups
    total = n + _groups_in_next_sentences(views, view, text_end)
    if total != n:
        return total
    comparison = pattern(conf["arm_comparison"])
    if design != "RandomizedTrialDesign" and not compares and not comparison.search(view.text):
        return n
    more = pattern(conf["arm_more"])
    total = n + _sum_listed(view.text[text_end:], more)
    rest = view.text[text_end:]
    if total == n:
        total += _arms_to(rest, conf)
    second = pattern(conf["arm_more_in"]).match(rest)
    if total == n and second:
        total += to_number(second.group(1)) or 0
    if total != n:
        return total
    arm = pattern(conf["arm_sentence"])
    if not arm.search(view.text):
        return n
    count_re = pattern(rf"({{small_number}})\s+{conf['nouns']}")
    for nxt in _following(views, view):
        m = count_re.search(nxt.text)
        k = to_number(m.group(1)) if m else None
        if not (arm.search(nxt.text) and isinstance(k, int)):
            break
        total += k
    return total


def _parts_by_same_word(text: str, text_end: int, n: int, first: str, more: str, slot: str
                        ) -> int:  # fmt: skip
    """``n`` plus the parts listed after the first part, each joined by the word the first used
    (its group ``slot``, put into ``more`` for "{slot}"); ``n`` where ``first`` does not match at
    ``text_end``."""
    m = pattern(first).match(text, text_end)
    if not m:
        return n
    word = re.escape(m.group(slot)).replace(r"\ ", r"\s+")
    return n + _sum_listed(text[m.end() :], pattern(more.replace("{" + slot + "}", word)))


def _titled_part(view: SentenceView, text_end: int, titles: list[SentenceView]) -> int | None:
    """The part of a pool that has what the title names ("more than 150 children with recurrent
    fevers, seventy of whom had PFAPA" under a title on PFAPA): the paper's own patients."""
    m = pattern(cues()["patient_count"]["subset_of_whom_titled"]).match(view.text, text_end)
    n = to_number(m.group("n")) if m else None
    if not isinstance(n, int) or not _plausible_count(n):
        return None
    named = re.compile(rf"(?<![\w-]){re.escape(m.group('what'))}(?![\w-])", re.IGNORECASE)
    return n if any(named.search(t.text) for t in titles) else None


def _following(views: list[SentenceView], view: SentenceView, k: int = 3) -> list[SentenceView]:
    """The ``k`` sentences after ``view``."""
    at = next(i for i, v in enumerate(views) if v is view)
    return views[at + 1 : at + 1 + k]


def _excluded_next(views: list[SentenceView], view: SentenceView) -> int:
    """How many the next sentence excludes, when that is all it says ("Six were excluded."; cue
    excluded_next); 0 if it does not."""
    following = _following(views, view, 1)
    if not following:
        return 0
    found = pattern(cues()["patient_count"]["excluded_next"]).match(following[0].text)
    k = to_number(found.group("n")) if found else None
    return k if isinstance(k, int) else 0


def _compared_group(views: list[SentenceView], view: SentenceView, text_end: int) -> int:
    """The size of the group the population was compared with, later in its sentence ("... and
    they were compared with twenty-two patients who received HDMP alone") or opening the next
    ("They were compared with 32 patients ..."); 0 if none."""
    conf = cues()["patient_count"]
    compared = pattern(conf["compared_group"]).search(view.text, text_end)
    following = _following(views, view, 1)
    if not compared and following:
        compared = pattern(conf["compared_next"]).match(following[0].text)
    k = to_number(compared.group(1)) if compared else None
    return k if isinstance(k, int) else 0


def _groups_in_next_sentences(views: list[SentenceView], view: SentenceView, text_end: int) -> int:
    """The groups stated after the first one by one, each by its count and what it received,
    later in the first's sentence or in the sentences right after (cues group_verb, group_next);
    0 if none."""
    conf = cues()["patient_count"]
    if not pattern(conf["group_verb"]).match(view.text, text_end):
        return 0
    return sum(_group_sizes(views, view, view.text[text_end:]))


def _groups_one_by_one(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """Groups stated one by one with the noun left out from the first ("Nine were treated with
    anakinra. Four others ... received emapalumab."): their sum, two or more, quoted from the
    first."""
    opening = pattern(conf["group_next"])
    for view in views:
        m = opening.match(view.text)
        if not m or any(m.group(g) for g in ("one", "weak", "other", "others", "noun")):
            continue  # a count with its noun is read as a population first
        sizes = _group_sizes(views, view, view.text[m.end() :])
        if sizes and isinstance(n := to_number(m.group("n")), int):
            return n + sum(sizes), view.span()
    return None


def _group_size(m) -> int | None:
    """The size of a group that ``m`` (cue group_next) found opening a clause: one that received
    something, or another, the other, the remaining, 'N others' doing anything ('the remaining
    patient': one)."""
    if not m or m.group("one") and not m.group("other"):
        return None
    if not m.group("weak") or m.group("other") or m.group("others"):
        n = 1 if m.group("one") else to_number(m.group("n"))
        return n if isinstance(n, int) else None
    return None


def _group_sizes(views: list[SentenceView], view: SentenceView, rest: str) -> list[int]:
    """The sizes of the groups stated one by one after ``rest``'s first clause (in ``view``) and
    in the sentences after ``view``, up to the first sentence that opens on no group. A group
    after 'another', 'the other', 'the remaining' or 'N others' may say anything of itself; any
    other opens on what it received."""
    conf = cues()["patient_count"]
    following, cut = pattern(conf["group_next"]), pattern(conf["group_clause_break"])
    sizes = []
    for at, text in enumerate([rest, *(v.text for v in _following(views, view))]):
        clauses = cut.split(text)[1 if at == 0 else 0 :]
        found = [_group_size(following.match(c)) for c in clauses]
        if at > 0 and not (clauses and found[0]):
            break
        sizes += [k for k in found if k]
    return sizes


def _controls_after(views: list[SentenceView], stated: SentenceView, historical: bool = True
                    ) -> int:
    """The size of a control group a later clause or the next two sentences add to a population
    ('Eleven age-matched children ... served as controls', '...; 28 patients on standard care
    served as the comparison group'); 0 if none or the population's own clause already speaks of
    controls ('Thirty-eight patients had received HDAA; forty-two control patients ... were
    matched to them': those are the later clause's). Without ``historical``, controls drawn from
    the past are not added: patients enrolled are the study's, earlier ones a comparison."""
    conf = cues()["patient_count"]
    # a clause ends at ";" or at ", and" before another count ("Nine adults ... were given
    # omalizumab, and eight others ... served as controls", blindtest997 zvj04)
    clause_end = pattern(conf["controls_clause_break"]).search(stated.text)
    if pattern(r"\bcontrols?\b").search(stated.text[: clause_end.start() if clause_end else None]):
        return 0
    controls = pattern(conf["controls"])
    for view in [stated, *_following(views, stated, 2)]:
        text = view.text
        if view is stated:  # only a later clause of the population's own sentence
            if not clause_end:
                continue
            text = text[clause_end.start() :]
        m = controls.search(text)
        n = to_number(next((g for g in m.group(*_CONTROL_SIZES) if g), None)) if m else None
        if not historical and m and re.search(r"(?i)\bhistorical\b", m.group(0)):
            return 0
        # (one is a patient of the comparison group an outcome is told of, not the group: "One
        # death occurred in each group, and one control patient died by suicide", blindtest1823
        # ykf05; round 479)
        if isinstance(n, int) and n > 1:
            return n
    return 0


def _listed_before_verb(text: str, start: int, end: int, verbs, more, n: int
                        ) -> tuple[int, int]:  # fmt: skip
    """The counts listed after a population count ``n`` and before its verb ('ten patients with
    CANDLE, four with SAVI and four with other diseases were enrolled'); 0 when the verb comes
    first, where a list after it breaks the count down ('40 were enrolled, 22 with FMF and 18
    ...'; 'The series comprised 111 patients, 56 with DM and 55 with PM, and every one of them had
    been treated': parts summing to it), but for one more count joined by "and" to a count named
    with its disease (cue coordinated_more). With their sum, where the list stops: the other arms
    are looked for past it, or a listed count is added twice ("Seventy-seven patients ... had
    received caplacizumab and seventy-eight had not, and all of them were included"). A list set
    off by a dash or bracket breaks the count down (cue aside_breakdown)."""
    if pattern(cues()["patient_count"]["aside_breakdown"]).match(text, end):
        return 0, end  # "Fifty-seven recipients - 25 with ... and 32 with ... - received"
    verb = verbs.search(text, end)
    if verb:
        listed = _sum_listed(text[end : verb.start()], more)
        if listed == n and verbs.search(text[:start]):
            return 0, end
        return listed, verb.start() if listed else end
    joined = pattern(cues()["patient_count"]["coordinated_more"]).match(text[end:])
    k = to_number(joined.group(1)) if joined else None
    return (k, end + joined.end()) if isinstance(k, int) and k else (0, end)


def _counted_before(before: str, further, earlier) -> int:
    """The count a "further" count adds to ('in a patient ... and later a further 14 patients'):
    the last count earlier in the sentence, a patient being one; 0 without "a further"."""
    if not further.search(before):
        return 0
    found = list(earlier.finditer(before))
    if not found:
        return 0
    k = to_number(found[-1].group("n")) if found[-1].group("n") else 1
    return k if isinstance(k, int) else 0


def _counts_listed(rest: str, more) -> list[int]:
    """The counts ``more`` matches one after another from the start of ``rest`` (each match's
    first group that took part)."""
    counts = []
    while (m := more.match(rest)) and isinstance(
            k := to_number(next(g for g in m.groups() if g is not None)), int):
        counts.append(k)
        rest = rest[m.end() :]
    return counts


def _sum_listed(rest: str, more) -> int:
    """The sum of the counts listed from the start of ``rest`` (_counts_listed)."""
    return sum(_counts_listed(rest, more))


def _listed_sum(views: list[SentenceView], listed: re.Pattern, part: re.Pattern
                ) -> tuple[int, Span] | None:  # fmt: skip
    """The counts ``part`` finds (its first group) in the "list" group of the first sentence
    ``listed`` holds: their sum. The arms' sizes listed after the arms are named ("the three arms
    held 67, 66 and 65 patients"); the patients listed as groups by treatment, the noun left out
    ("comprised 173 treated with ..., 90 treated with ... and 183 who received no ...")."""
    for view in views:
        if m := listed.search(view.text):
            sizes = [to_number(k.group(1)) for k in part.finditer(m.group("list"))]
            if sizes and all(isinstance(k, int) for k in sizes):
                return sum(sizes), view.span()
    return None


def _three_parts(views: list[SentenceView], conf: dict, first_key: str
                 ) -> tuple[int, Span] | None:  # fmt: skip
    """A population given only as three parts or more (two may be a subgroup's breakdown): the
    first part's count ``n`` of the cue ``first_key``, then those its cue ``first_key + "_more"``
    lists right after it, summed, in the first sentence holding them. Cues: parts_after_colon
    ("adults treated ... at four centres: seventeen had ECD, five had ..."), treatment_split ("The
    first treatment was rIFNα in 93 patients, HU in 189, phlebotomy alone in 133 and another drug
    in the remaining 55")."""
    first, more = pattern(conf[first_key]), pattern(conf[first_key + "_more"])
    for view in views:
        if not (m := first.search(view.text)) or not isinstance(n := to_number(m.group("n")), int):
            continue
        parts = _counts_listed(view.text[m.end() :], more)
        if len(parts) >= 2:  # three parts or more, with the first
            return n + sum(parts), view.span()
    return None


def _whole_by_sexes(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """A count that opens its sentence and whose sexes, listed right after it, add up to it (cue
    whole_then_sexes; not when another group's count follows, whole_then_sexes_unless): the
    population, in the first sentence holding one."""
    regex, unless = pattern(conf["whole_then_sexes"]), pattern(conf["whole_then_sexes_unless"])
    for view in views:
        if (m := regex.search(view.text)) and isinstance(n := to_number(m.group("n")), int) and (
                n == sum(to_number(m.group(g)) or 0 for g in "ab")) and not unless.search(
                view.text, m.end()):
            return n, view.span()
    return None


def _shares_of_whole(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """A population given only as three parts or more in one sentence, each with its share in
    brackets (cue share_part), when the shares add up to the whole (98-102 %) and each is its
    count's part of the sum but for rounding (0.6 points): the sum, in the first such sentence."""
    part = pattern(conf["share_part"])
    for view in views:
        parts = [(to_number(m.group("n")), float(m.group("p"))) for m in part.finditer(view.text)]
        if len(parts) < 3 or not all(isinstance(n, int) and n > 0 for n, _ in parts):
            continue
        total = sum(n for n, _ in parts)
        if 98 <= sum(p for _, p in parts) <= 102 and all(
                abs(100 * n / total - p) <= 0.6 for n, p in parts):
            return total, view.span()
    return None


def _first_count(views: list[SentenceView], regex, *groups: int | str, unless=None
                 ) -> tuple[int, Span] | None:  # fmt: skip
    """The count of ``regex`` in the first sentence where it holds a plausible one: the first of
    ``groups`` that took part (alternatives that name the count differently); not a match that
    ``unless`` finds right before."""
    for view in views:
        m = regex.search(view.text)
        if m and unless is not None and unless.search(view.text[: m.start()]):
            continue
        took = next((m.group(g) for g in groups if m.group(g)), None) if m else None
        n = to_number(took) if took else None
        if _plausible_count(n):
            return n, view.span()
    return None


def _elided_with_arms(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """'90 were screened and 60 were randomised' (the noun left out): the count, plus the other
    arm when the count is the first of two ('15 were randomised to anakinra and 17 to
    placebo') or the rest of the population ('... and the remaining eleven were over 2'); none
    when it is a part "of them" of a whole the sentence before states."""
    elided, bound = pattern(conf["elided_noun"]), pattern(conf["range_before"])
    also_met = pattern(conf["elided_also_met"])
    rest = pattern(conf["elided_rest"])
    opening_whole = pattern(conf["whole_opening_met"])
    whole = pattern(conf["whole_before_elided"])
    for k, view in enumerate(views):
        m = elided.search(view.text)
        if m and bound.search(view.text[: m.start(1)]):
            m = None  # "a MELD score between 20 and 35 were randomly assigned": a range's end
        if m and re.search(r"\bof\s+(?:them|these)\b", m.group(0)) and k and whole.search(
                views[k - 1].text):
            return None  # "The cohort comprised 2672 patients ... Twenty-eight of them met ..."
        if m and pattern(conf["elided_of_group"]).search(m.group(0)):
            continue  # "fifteen of the group (75 %) also met the definition": a part of it
        n = to_number(m.group(1)) if m else None
        if _plausible_count(n):
            # two kinds before the one verb: "eleven with collagenous colitis and one with
            # lymphocytic colitis were included"
            if (kind := pattern(conf["elided_second_kind"]).search(m.group(0))) and isinstance(
                    other := to_number(kind.group(1)), int):
                n += other
            after = view.text[m.end() :]
            met = re.search(r"\bmet\b", m.group(0))
            opening = opening_whole.match(view.text[: m.start(1)]) if met else None
            if opening and isinstance(whole := to_number(opening.group(1)), int):
                return whole, view.span()
            to_arms = re.match(r"\s+to\b", after)  # "Sixty were randomly allocated to X and ..."
            also = (also_met.match(after) if met else None) or (
                None if to_arms else rest.match(after))
            if also and isinstance(second := to_number(also.group(1)), int):
                n += second
            return n + (_arms_to(after, conf) if to_arms else 0), view.span()
    return None


def _arms_to(rest: str, conf: dict) -> int:
    """The further arms after a first arm named by "to X" ('... to placebo and 180 to colchicine',
    '... to the combination group, seven to favipiravir and five to tocilizumab', after an aside
    between dashes or brackets): the sum of their counts; 0 when a count comes before the first
    "to" (the breakdown 'randomised, eight to anakinra and seven to prednisone')."""
    first = pattern(conf["arm_to_first"]).match(rest)
    if not first or pattern(conf["arm_breakdown"]).search(rest[: first.end()]):
        return 0
    rest = rest[first.end() :]
    # (or right after its name: "to UDCA at 17–23 mg/kg/day and 101 to placebo", blindtest1731
    # ygr05)
    rest = rest[pattern("{arm_dose}").match(rest).end() :]
    if aside := pattern(conf["arm_aside"]).match(rest):
        # (the first arm's dose may follow its abbreviation: "to intravenous methylprednisolone
        # (IVMP) 500 mg daily for 5 days and 118 to placebo", blindtest822 xq05)
        rest = rest[aside.end() :]
        rest = rest[pattern("{arm_dose}").match(rest).end() :]
    return _sum_listed(rest, pattern(conf["arm_to_listed"]))


def _first_counts(views: list[SentenceView], regex, required: tuple[str, ...],
                  optional: tuple[str, ...] = ()) -> tuple[list[int], Span] | None:
    """The counts of the groups ``required`` of ``regex``, then of those ``optional`` that took
    part, in the first sentence where all of them are whole numbers."""
    for view in views:
        if not (m := regex.search(view.text)):
            continue
        counts = [to_number(m.group(g)) for g in required]
        counts += [to_number(m.group(g)) for g in optional if m.group(g) is not None]
        if all(isinstance(k, int) for k in counts):
            return counts, view.span()
    return None


def _first_pair(views: list[SentenceView], regex, first: str, second: str
                ) -> tuple[int, int, Span] | None:  # fmt: skip
    """The two counts ``first`` and ``second`` of ``regex`` in the first sentence holding both."""
    if found := _first_counts(views, regex, (first, second)):
        return found[0][0], found[0][1], found[1]
    return None


def _first_sum(views: list[SentenceView], conf: dict, *keys: str) -> tuple[int, Span] | None:
    """The two counts ``a`` and ``b`` summed, with a middle group ``c`` where the cue names one and
    it took part, of the first cue among ``keys`` (in that order) that some sentence holds."""
    for key in keys:
        regex = pattern(conf[key])
        if found := _first_counts(views, regex, ("a", "b"),
                                  tuple(g for g in ("c",) if g in regex.groupindex)):
            return sum(found[0]), found[1]
    return None


def _each_group(views: list[SentenceView], conf: dict, compares: bool = False
                ) -> tuple[int, Span] | None:
    """'Twenty children were recruited to each group' (or 'Thirty-four recipients in each arm ...
    were included') and 'the two arms' in another sentence (or, when no sentence counts the
    groups, a title comparing two treatments, 'X versus Y', or a placebo-controlled trial): the
    product, quoted from the first; None unless the paper names one number of groups only."""
    each = [pattern(conf[key]) for key in ("each_group", "each_group_first")]
    found = next(((m, v) for v in views for r in each if (m := r.search(v.text))), None)
    n = to_number(found[0].group("n")) if found else None
    if not isinstance(n, int):
        return None
    groups = pattern(conf["number_of_groups"])
    ks = {to_number(m.group("k")) for v in views for m in groups.finditer(v.text)}
    placebo = pattern(conf["placebo_controlled"])
    if not ks and (compares or any(placebo.search(v.text) for v in views)):
        ks = {2}  # "X versus Y", or X against placebo: two arms
    if len(ks) != 1 or not isinstance(k := ks.pop(), int):
        return None
    return n * k, found[1].span()


def _blanked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` with each span turned to spaces (offsets kept)."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _groups_sized(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """Two or more groups, each sized where it is named ("N formed the X group", "the X group, N
    patients,", "the X group comprised N patients"), one after another in a sentence: their sum,
    quoted from it."""
    first, more = pattern(conf["group_sized_first"]), pattern(conf["group_sized_more"])
    for view in views:
        if (m := first.search(view.text)) and isinstance(
                n := to_number(m.group("a") or m.group("b") or m.group("c")), int) and (
                rest := _sum_listed(view.text[m.end() :], more)):
            return n + rest, view.span()
    return None


# the cue of a first group, the cues of the group that may follow it and the cue of a further
# group that makes the two only a part (patient_count cues)
_GROUPS_IN_TURN = (("first_group", ("next_group", "next_group_after", "next_group_who"), None),
                   ("first_part", ("second_part",), None),
                   ("entered_group", ("compared_further",), None),
                   ("described_group", ("further_entered",), None),
                   ("group_one", ("group_two",), "group_three"))


def _first_then_next(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """'The first 15 patients were treated without prophylaxis ... the next 33 patients were
    given tocilizumab' (or 'the thirty patients admitted after them'): two groups in turn, the
    second within two sentences; their sum, quoted from the first. (Or a study's two parts, 'In
    the first ... 110 patients took part ... In the second ... in 125 other patients'; or those
    entered and 'a further ten' they were compared with, or a group described and 'A further four
    patients entered the study'; or '(group 1)' and '(group 2)', each sized, where no '(group 3)'
    follows.)"""
    for first_key, next_keys, more_key in _GROUPS_IN_TURN:
        if more_key and any(pattern(conf[more_key]).search(v.text) for v in views):
            continue
        first = pattern(conf[first_key])
        following = [pattern(conf[key]) for key in next_keys]
        for view in views:
            m = first.search(view.text)
            a = to_number(m.group("n")) if m else None
            if not isinstance(a, int):
                continue
            for later in [view, *_following(views, view, 2)]:
                nxt = next((m for p in following if (m := p.search(later.text))), None)
                b = to_number(nxt.group("n")) if nxt else None
                if isinstance(b, int):
                    return a + b, view.span()
    return None


def patient_count(
    views: list[SentenceView], design: str | None, parsed: ParsedDocument | None = None,
    titles: list[SentenceView] = (),
) -> tuple[int, Span] | None:
    """The study population, most explicit statement first: a parent and her children or twins
    reported together; a case report's patients taken in turn ('the first patient ... the
    fourth'), else its one patient; a trial record's actual enrolment; groups each sized where
    the paper names them ('N formed the X group'), summed; the population reached
    after exclusions or by adding groups ('leaving a final cohort of N'), numbered ('the cohort
    numbered N') or named the subject of the report; the eligible split into groups after a
    colon; parts by place after the colon that names them; a trial table's row of those
    randomised when it counts more than the first stated population (which then is a part: "67
    completed"); arms sized where the patients were allocated; arms each sized by what they
    comprised; arms one per line, each labelled with its size ('X arm: N started', quoted from
    the first); 'N patients were randomised / enrolled / evaluable in total'; two arms each
    stated by its allocation ('in 20 patients allocated to X and in 30 allocated to Y'); 'we
    studied ... in N patients'; 'two groups of N patients each'; 'N patients were eligible.';
    groups stated one by one, each by what it received; groups numbered in brackets ('(group 1)'),
    summed; a count and 'a further patient'; one group's size 'in each group' of two treatments
    allocated 'either ... or'; the patients that cases or events were counted in ('219 cases in
    186 patients'), before any other count; 'we analysed N patients'; the sum of
    '(n = N)' group sizes in a line; group sizes in a table header; the sum of a table's
    patient-count column when its rows are the arms; 'the whole cohort (n = N)' or 'of the N
    patients in the cohort'; and, when nothing else is stated, twice the pairs a 1:1 match
    produced, a record's registered enrolment, two arms with the second's verb left out, those who
    did and 'the other' ones, those who completed and those who left, groups in clauses with one
    verb, patients taken in turn, the first count of patients no subgroup filter drops, or a
    title that counts the patients. A section on the literature is not read."""
    conf = cues()["patient_count"]
    # a section on the literature ("### Literature", "Review of the literature") counts others'
    # patients
    others = pattern(conf["literature_section"])
    views = [v for v in views if not others.search(v.sentence.section or "")] or views
    # a planned, estimated or target enrolment is no population: blanked out, its sentence kept
    views = [replace(v, text=_blanked(v.text, spans)) if (spans := planned_enrolments(v.text))
             else v for v in views]
    # a title that compares two treatments ("Tocilizumab versus methotrexate in GCA"): the groups
    # its sentences list are its arms
    compares = any(pattern(conf["title_comparison"]).search(t.text) for t in titles)
    # "A 38-year-old woman ... and her 10-year-old son were ...", "in two premature twins": two
    # patients reported together, in a case report or series
    # ("A mother and her two daughters carrying the variant presented ...": three)
    family, twins = pattern(conf["parent_and_child"]), pattern(conf["twins"])
    if design in ("CaseReportDesign", "CaseSeriesDesign", None):
        for view in views:
            if m := family.search(view.text):
                kids = to_number(m.group("kids")) if m.group("kids") else 1
                return 1 + (kids if isinstance(kids, int) else 1), view.span()
            if twins.search(view.text):
                return 2, view.span()
    if design == "CaseReportDesign" and (found := _ordinal_patients(views, conf)):
        return found  # patients taken in turn are no single case
    if design == "CaseReportDesign":
        for view in views:
            if pattern(conf["single_case"]).search(view.text):
                return 1, view.span()
    # a trial record's "Actual enrollment: 37" (over the planned 80)
    if found := _first_count(views, pattern(conf["actual_enrolment"]), "n"):
        return found
    if _protocol_paper(views, titles):
        # a study protocol: no one enrolled yet; only the enrolment its record gives and its arms'
        # table are read ("The registered enrolment was 120 patients", "Arm | Regimen | Planned n")
        return _first_count(views, pattern(conf["registered_enrolment"]), "n") or (
            parsed and _table_column_count(parsed, conf)) or None
    final = pattern(conf["final_population"])
    # with or without its noun; not in a sentence on others' patients ("anakinra had been
    # reported to help gout in two published series and four case reports, 24 patients in all")
    literature = pattern(conf["literature_sentence"])
    own_views = [v for v in views if not literature.search(v.text)]
    # (a sentence whose literature words come only after the count is the authors' own: "Seven
    # children with DADA2 make up the study group: five diagnosed here, and two described before,
    # one in the Chinese literature")
    # "Six women and four men ... made up the series": both, before a final population reads one
    # (or those kept for the analysis, by group: "...: 284 in the endometriosis group and 466 in
    # the control group")
    if found := _first_sum(own_views, conf, "sexes_form_cohort", "kept_by_group"):
        return found
    if found := _groups_sized(own_views, conf):  # "Fifty women ... formed the study group and ..."
        return found
    # "these 106 patients form the present series" names the series, over a base population
    # stated first ("clinical measles was diagnosed in 3,220 recruits")
    if found := _first_count(views, final, "formed_these", "the_formed", unless=literature):
        return found
    # (those two forms cannot take part below: a sentence whose match holds one returned above)
    if found := _first_count(views, final, "n", "left", "formed", "remained", "numbered",
                             "subject", "described", "confirmed",
                             "enrolled", "of_them", "closed", "found", "who_form", "summarised",
                             "which_left", "remaining", "period", "made_up", "comprised", "met",
                             "met_of", "of_whole", "screened_then", "therefore", "these_enrolled",
                             "entered", "of_these_the", "for_them", "deduped", "so_enrolled",
                             "diagnosed_of", "then_followed", "that_left", "extension",
                             "of_these_formed", "of_the_met", "effects_in", "their_data",
                             "recruited", "had_been", "took_part", "agreed", "accepted",
                             "we_enrolled", "remaining_described", "comprised_of",
                             unless=literature):
        return found
    # "Of these, 133 had TBE, and all of them were included"
    if found := _first_count(views, pattern(conf["all_of_them_included"]), "n"):
        return found
    if found := _first_count(own_views, pattern(conf["in_all"]), "n"):  # ": seventeen in all"
        return found
    if (pair := _first_pair(own_views, pattern(conf["met_then_excluded"]), "a", "b")) and (
            pair[0] > pair[1]):
        return pair[0] - pair[1], pair[2]  # "101 met the criteria; 11 of them were excluded"
    if found := _first_sum(own_views, conf, "groups_form_cohort"):  # "these two groups make up"
        return found
    if found := _first_then_next(own_views, conf):  # "The first 15 … the next 33 patients"
        return found
    if found := _first_sum(views, conf, "grouped_into"):  # "were grouped by treatment: 72 had"
        return found
    if found := _whole_by_sexes(own_views, conf):  # "Twenty-one ...: eleven women and ten men"
        return found
    # three parts or more, each with its own cue: "...: 17 had ECD, 5 had"; "was X in 93, Y in
    # 189"; "65 of the ... were prescribed methotrexate, 118 MMF, ..."; "diagnoses were X in 10
    # children, Y in 9, ..."
    for key in ("parts_after_colon", "treatment_split", "prescribed_split", "diagnoses_split"):
        if found := _three_parts(own_views, conf, key):
            return found
    if found := _first_count(own_views, pattern(conf["there_were_of_them"]), "n"):
        return found  # "We describe the patients ... There were four of them."
    if found := _announced_groups(views, conf):  # "Three groups ... were included: 327 with ..."
        return found
    # "subjects ... (N = 981) were randomised": the whole sized right before its randomisation,
    # over the arms of a later analysis
    single, randomised = pattern(conf["noun_then_size"]), pattern(conf["randomised_after_size"])
    for view in own_views:
        if (m := single.search(view.text)) and randomised.match(view.text, m.end()):
            return _size(m, m.lastindex), view.span()
    # the arms sized where the patients were randomised ("randomly assigned 1:1 to etanercept
    # (n = 89) or placebo (n = 91)"): their sum, before a later evaluable subset
    # (or in the sentence right after: "... were allocated 1:1. The experimental group (n=20)
    # received ...; the control group (n=22) received ...")
    # (not sizes that break down a count stated before them and do not add up to it: "The 60
    # reactive patients had fibroblastic (n = 36) or lymphocytic (n = 2) infiltration ...")
    allocation, group = pattern(conf["allocation"]), pattern(conf["group_size"])
    whole = pattern(conf["whole_before_sizes"])
    then_completed = pattern(conf["randomised_then_completed"])
    for k, view in enumerate(views):
        sized = list(group.finditer(view.text))
        sizes = [_size(m) for m in sized]
        stated = whole.search(view.text[: sized[0].start()]) if sized else None
        if stated and to_number(stated.group("n")) != sum(sizes):
            continue
        if len(sizes) >= 2 and allocation.search(view.text):
            return sum(sizes), view.span()
        if len(sizes) >= 2 and k and allocation.search(views[k - 1].text) and not group.search(
                views[k - 1].text):
            # the arms of those who completed, after the randomised and their completed part
            # (or of those left after some were excluded)
            m = then_completed.search(views[k - 1].text)
            randomised_n = to_number(m.group("n")) if m else None
            gone = to_number(m.group("x")) if m and m.group("x") else None
            if isinstance(randomised_n, int) and isinstance(gone, int):
                part = randomised_n - gone
            else:
                part = to_number(m.group("m")) if m and m.group("m") else None
            if isinstance(randomised_n, int) and part == sum(sizes) < randomised_n:
                return randomised_n, views[k - 1].span()
            return sum(sizes), view.span()
    # "the high-dose group, which comprised 122 patients, and the usual-dose group, which
    # comprised 116 patients": two or more arms sized in one sentence
    comprised = pattern(conf["arm_comprised"])
    gapped = pattern(conf["arm_comprised_gapped"])
    for view in views:
        arms = list(comprised.finditer(view.text))
        arms += list(gapped.finditer(view.text, arms[0].end())) if arms else []
        sizes = [k for m in arms if isinstance(k := to_number(m.group(1)), int)]
        if len(sizes) >= 2:
            return sum(sizes), view.span()
    if found := _labelled_groups(views, conf):
        return found
    if found := _arm_lines(views, pattern(conf["arm_lines_lead"]), pattern(conf["arm_line"])):
        return found
    if found := _labelled_arm_lines(views, pattern(conf["arm_label_line"])):
        return found
    # a trial's table row of the patients randomised, arm by arm ("Randomised (n) | 36 | 31")
    # (or column: "Arm | Regimen | Randomised | Completed")
    randomised = design == "RandomizedTrialDesign" and parsed and (_table_row_count(
        parsed, conf, pattern(conf["randomised_row"])) or _table_column_count(
        parsed, conf, pattern(conf["randomised_column"])))
    # equal groups sized after they are named ("the two groups were of equal size (44 patients
    # in each"): their product, over the one group's size the sentence states
    each = pattern(conf["groups_each"])
    if found := _first_pair(views, each, "k", "n"):
        return found[0] * found[1], found[2]
    # the cohort made up of two groups, two cohorts each "of N patients", or a count and "a
    # further" one, the whole never counted: their sum
    # (or two parts under the population's label: "Who took part: fourteen children were new to
    # it and seventeen were already established")
    # (or two parts after the verb that took them in: "were analysed: 124 of them had AS and 182
    # had PsA")
    # (or each arm's whole behind its part: "34 of the 67 patients allocated to prednisolone and
    # 18 of the 68 controls")
    if found := _first_sum(views, conf, "cohort_made_of", "two_cohorts_of", "and_a_further",
                           "first_then_further", "first_then_after", "labelled_two_parts",
                           "analysed_two_had", "arm_wholes", "groups_compared_colon",
                           "two_parts_given_before", "given_and_not", "sexes_of_the",
                           "left_by_sex", "left_by_group", "made_up_cohorts",
                           "two_sources_reviewed", "compared_bracketed", "randomised_received",
                           "randomised_remaining", "there_were_in_arms", "groups_given_patients",
                           "two_studies_enrolled", "of_ours_two_had"):
        return found
    # (groups numbered in brackets split a larger count stated before them: "We identified 111
    # patients ... Thirty-five were given no steroid cover. Twenty-eight took low-dose prednisone
    # (group 1) and 48 took higher doses (group 2)", blindtest1814 yjw03)
    if found := _first_sum(views, conf, "numbered_groups"):
        return _unless_part_of_earlier(views, conf, design, compares, found)
    if found := _first_sum(views, conf, "had_then_both"):
        return found
    # "Six patients ... were found in the archives ..., and a further patient came from ...": one
    # more than the count
    if found := _first_count(views, pattern(conf["and_one_further"]), "a"):
        return found[0] + 1, found[1]
    # the patients counted by diagnosis after a study verb ("We evaluated 84 people with
    # rheumatoid arthritis, 17 with ankylosing spondylitis and 4 with psoriatic arthritis")
    by_diagnosis = pattern(conf["counted_by_diagnosis"])
    for view in views:
        if m := by_diagnosis.search(view.text):
            parts = [to_number(m.group(g))
                     for g in ("a", "a_colon", "a_after", "a_passive", "b", "c", "d") if m.group(g)]
            if all(isinstance(k, int) for k in parts):
                return sum(parts), view.span()
    # one group's size allocated "to each of the four groups": their product
    # ... or to k groups "of N" after the allocation
    for key in ("each_of_groups", "each_of_groups_after", "allocated_groups_of"):
        each_of = pattern(conf[key])
        if found := _first_pair(views, each_of, "k", "n"):
            return found[0] * found[1], found[2]
    # ... or to "either" of two treatments, one group's size "in each group" (or "in each arm" of
    # a placebo-controlled trial)
    for key in ("either_or_each", "placebo_each"):
        if found := _first_count(views, pattern(conf[key]), "n"):
            return 2 * found[0], found[1]
    # ... or "to each group", the groups counted elsewhere in the paper ("the two arms")
    if found := _each_group(views, conf, compares):
        return found
    # "Patients were recruited from three centres: 23 from Rome, 17 from Genoa and 12 from Milan"
    if found := _parts_listed(views, conf):
        return found
    # "... or placebo; the three arms held 67, 66 and 65 patients"
    if found := _listed_sum(views, pattern(conf["arms_held_list"]), pattern(r"({small_number})")):
        return found
    # "The patients studied comprised 173 treated with X, 90 treated with Y, ... and 183 who
    # received no ..."
    if found := _listed_sum(views, pattern(conf["comprised_treated_list"]),
                            pattern(r"({small_number})\s+{treated_part}")):
        return found
    # "... were randomised as follows: 614 to ligelizumab 72 mg, 616 to ..., 618 to ... and 209 to
    # placebo": three arms or more, each "N to" what it was given
    if found := _colon_arms_list(views, conf):
        return found
    # "... to one of two parallel groups: 34 received anakinra ..., and 36 received placebo"
    # (or "assigned to X, thirty-six of them, or to Y, twenty-two of them")
    if found := _first_sum(views, conf, "colon_arms", "colon_arms_to", "arms_of_them"):
        return found
    # "we collected every biopsy-proven case of IMN seen at the two hospitals ..., 91 in all"
    if found := _first_count(views, pattern(conf["every_case_in_all"]), "n"):
        return found
    if found := _first_count(views, pattern(conf["sized_series"]), "n", "pilot", "presented"):
        return found  # "a five-patient series", "this twelve-patient pilot", "a series of four"
    # "We reviewed 96 severe spinal attacks that occurred in 43 ... patients": the patients
    events = pattern(conf["events_in_patients"])
    if found := _first_count(views, events, "n"):
        return found
    found = _population_counts(views, pattern(conf["strong"]))
    randomised_after = pattern(conf["randomised_after_count"])
    if design == "RandomizedTrialDesign" and any(
            randomised_after.search(v.text[e:]) for _, v, e in found):
        # a trial's population entered it, whatever count comes first
        entered = pattern(conf["entered_after_count"])
        found = [f for f in found if entered.search(f[1].text[f[2]:])]
    if found and (part := _titled_part(found[0][1], found[0][2], titles)):
        return part, found[0][1].span()
    if found:
        n, view, end = found[0]
        n = _with_other_arms(views, view, end, n, design, compares)
        if design != "RandomizedTrialDesign" and n == found[0][0]:
            # "Thirty-two patients with MAS were enrolled. As controls, sixty-four SLE patients
            # ... were selected" (blindtest880 zw03): the cases and their controls
            n += _controls_after(views, view, historical=False)
        if randomised and randomised[0] > n:
            return randomised  # "67 patients completed", "44 were tested": part of those randomised
        return n, view.span()
    if randomised:
        return randomised
    # arms allocated or comprised, groups compared ("... in 12 ... with those in 18 ..."), and two
    # groups stated side by side: "compared 83 cases with 83 matched controls", "N patients ...
    # were set against M", "Four male and two female patients", "present in 29 patients and
    # absent in 48", "confirmed ... in 42 men and 29 women"
    if found := _first_sum(views, conf, "allocated_arms", "comprised_arms", "lettered_groups",
                           "compared_groups", "compared_after", "compared_with_controls",
                           "set_against", "sexes_one_noun", "sexes_elided", "two_kinds_taken_in",
                           "present_absent", "sexes_found_in", "included_two_kinds"):
        return found
    own = pattern(conf["own_population"])
    if found := _first_count(views, own, "n", "m"):  # "... in N patients", "In N ... we measured"
        return found
    if found := _first_count(views, pattern(conf["family_of"]), "n", "members"):
        return found
    groups = pattern(conf["groups_of"])
    if found := _first_pair(views, groups, "k", "n"):
        return found[0] * found[1], found[2]
    eligible = pattern(conf["eligible_population"])
    if found := _first_count(views, eligible, 1):
        return found
    # "In three of them ...; in the remaining two ...": the patients in two parts, no whole stated
    if found := _first_sum(views, conf, "parts_of_them"):
        # (with a larger count stated before, they are a part of it: "fourteen adults were
        # hospitalised ... In one of these, laparotomy showed gallstones ...; in the other three
        # ...", blindtest1632 ycw02)
        return _unless_part_of_earlier(views, conf, design, compares, found)
    stated = _population_counts(views, pattern(conf["verbs"]))
    if stated and (controls := _controls_after(views, stated[0][1])):
        # "We reviewed the records of eleven children ... Eleven age-matched children ... served
        # as controls": the treated and the controls
        return stated[0][0] + controls, stated[0][1].span()
    study_of = pattern(conf["study_of"])
    # ("the classic series of thirteen patients published in 1980" is another's)
    if found := _first_count(own_views, study_of, "n", unless=pattern(conf["other_cohort"])):
        return found
    if found := _elided_with_arms(views, conf):
        return found
    if found := _groups_one_by_one(views, conf):
        # groups adding up to fewer than a population counted before them are a part of it
        # ("Sixty-seven adults with TMS were identified ... Thirty-six received B-cell depleting
        # therapy; six received another ...; and 18 received ...")
        if not (stated and stated[0][0] > found[0]
                and stated[0][1].sentence.start < found[1].start):
            return found
    if stated and (part := _titled_part(stated[0][1], stated[0][2], titles)):
        return part, stated[0][1].span()
    if stated:
        n, view, end = stated[0]
        if (k := _excluded_next(views, view)) and k < n:
            return n - k, view.span()
        return _with_other_arms(views, view, end, n, design, compares), view.span()
    if found := _first_count(views, pattern(conf["whole_before_part"]), 3):
        return found
    bracketed = pattern(conf["arm_in_brackets"])
    listed = pattern(conf["group_size_listed"])
    for view in views:
        sizes = [_size(m) for m in group.finditer(view.text)]
        # "given subcutaneously in the first cohort (15 patients) and intravenously in the second
        # (10 patients)"
        sizes = sizes if len(sizes) >= 2 else [
            k for m in bracketed.finditer(view.text) if isinstance(k := to_number(m.group(1)), int)]
        sizes = sizes if len(sizes) >= 2 else [_size(m) for m in listed.finditer(view.text)]
        if len(sizes) >= 2:
            return sum(sizes), view.span()
    study_verb = pattern(conf["strong"] + "|" + conf["verbs"])
    for view in views:
        m = single.search(view.text)
        if m and len(group.findall(view.text)) == 1 and study_verb.search(view.text):
            return _size(m, m.lastindex), view.span()
    tables = parsed and (_table_header_count(parsed, group) or _table_column_count(parsed, conf)
                         or _table_row_count(parsed, conf))
    if tables:
        return tables
    if found := _first_count(views, pattern(conf["whole_cohort_size"]), 3):
        return found
    if found := _first_count(views, pattern(conf["whole_cohort_of"]), "n"):
        return found
    if found := _first_count(views, pattern(conf["matched_pairs"]), "n"):
        return found[0] * 2, found[1]  # "produced 22 569 propensity score-matched pairs"
    if found := _first_sum(views, conf, "matched_groups"):
        return found
    if found := _first_count(views, pattern(conf["registered_enrolment"]), "n"):
        return found
    if found := _first_count(views, pattern(conf["whole_before_part_bare"]), 2):
        return found
    # "Thirty-five of them were treated with GCs plus LEF, and thirty-two with GCs plus TOF": two
    # arms with the verb left out of the second (or two studies' patients: "twenty were treated in
    # a pilot study ... and forty-one in a phase 2 trial"), when no sentence states the whole
    # (or two kinds: "Twenty-two patients had pyogenic and eight had granulomatous VO", "Eighteen
    # had an open operation and nine an arthroscopic one")
    if found := _first_sum(views, conf, "gapped_arms", "gapped_studies", "gapped_kinds",
                           "gapped_kind_one", "survivor_groups"):
        return found
    if found := _those_and_the_others(views, conf):
        # ... unless a larger count of patients came before: then those and the others split
        # something of theirs ("Twenty-two patients were admitted ... Four measured 3 to 5 cm ...
        # The remaining four pericolic abscesses", blindtest1243 zmv02)
        return _unless_part_of_earlier(views, conf, design, compares, found)
    if found := _disposition(views, conf):
        return found
    if found := _parallel_groups(views, conf) or _ordinal_patients(views, conf):
        return found
    # "706 episodes of scabies were found in 399 hospitalized patients": the patients
    if found := _first_count(views, pattern(conf["events_found_in"]), "n"):
        return found
    # "Inclusion criteria were met by 1163 patients", "a single-centre study of 25 patients": a
    # count of patients that is no subgroup's, in whatever words, when no form above holds
    if earlier := _first_population(views, conf, design, compares):
        return earlier[1], earlier[2].span()
    if found := _first_count(views, pattern(conf["whole_of_opening_part"]), "n"):
        return found  # "Five of the 10 treated patients (50 %) gained ..."
    # "began at 8-21 days in 280 infants (47%), at 22-35 days in 148 (25%), at 36-49 days in 86
    # (14%) and at more than 50 days in 84 (14%)": parts whose shares make up the whole
    if found := _shares_of_whole(views, conf):
        return found
    # "Infliximab for polyarteritis nodosa: nine patients from one rheumatology unit": a title that
    # counts the patients, when no sentence does
    in_title = pattern(conf["title_count"])
    return _first_count(list(titles), in_title, 1)


def _protocol_paper(views: list[SentenceView], titles: list[SentenceView] = ()) -> bool:
    """Does the paper call itself a study protocol (cue protocol_paper)? Then it has enrolled no
    one yet: its counts are planned, background or others', and only a record's enrolment or its
    arms' table gives its population (patient_count)."""
    protocol = pattern(cues()["patient_count"]["protocol_paper"])
    return any(protocol.search(v.text) for v in [*views, *titles])


def _unless_part_of_earlier(views: list[SentenceView], conf: dict, design: str | None,
                            compares: bool, found: tuple[int, Span]) -> tuple[int, Span]:
    """``found`` (parts of patients, summed), unless a larger count of patients came before it
    (_first_population): then the parts split that count, which is the population."""
    earlier = _first_population(views, conf, design, compares)
    if earlier and earlier[0] > found[0] and earlier[2].sentence.start < found[1].start:
        return earlier[1], earlier[2].span()
    return found


def _first_population(views: list[SentenceView], conf: dict, design: str | None, compares: bool
                      ) -> tuple[int, int, SentenceView] | None:  # fmt: skip
    """The first count of patients in any sentence that no subgroup filter drops: the count, the
    count with the other arms stated with it (or the rest of the patients by how they fared, after
    "whereas"), and its sentence."""
    found = _population_counts(views, pattern(conf["verbs"]), anywhere=True)
    if not found:
        return None
    n, view, end = found[0]
    total = _with_other_arms(views, view, end, n, design, compares)
    rest = pattern(conf["whereas_rest"]).match(view.text[end:]) if total == n else None
    if rest and isinstance(k := to_number(rest.group("n")), int):
        total = n + k  # "24 patients responded ..., whereas 16 needed drainage"
    return n, total, view


def _announced_groups(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """'Three groups of patients were included: 327 with CD, 265 with UC and 27 with IC': the
    counts after the colon, summed, when they are as many as the groups announced before it."""
    announced, item = pattern(conf["announced_groups"]), pattern(conf["announced_group_item"])
    for view in views:
        if not (m := announced.search(view.text)):
            continue
        counts = [to_number(i.group(1)) for i in item.finditer(view.text[m.end() :])]
        if to_number(m.group("k")) == len(counts) and all(isinstance(k, int) for k in counts):
            return sum(counts), view.span()
    return None


def _labelled_groups(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """Groups labelled and sized one by one, in one sentence or several ("Group 1 comprised 14
    patients and group 2 comprised 29"; cue labelled_group_comprised): their sum, quoted from the
    first, when two or more labels are sized."""
    labelled = pattern(conf["labelled_group_comprised"])
    sized: dict[str, tuple[int, SentenceView]] = {}
    for view in views:
        for m in labelled.finditer(view.text):
            k = to_number(m.group("n"))
            if isinstance(k, int):
                sized.setdefault(m.group("label").lower(), (k, view))
    if len(sized) < 2:
        return None
    return sum(k for k, _ in sized.values()), next(iter(sized.values()))[1].span()


def _those_and_the_others(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """'Three of them responded ..., whereas the other two did not', 'Three patients responded
    within a week ... The other two had only partial responses': those who did and the others, in
    one sentence or in two: their sum."""
    if found := _first_sum(views, conf, "complement_pair"):
        return found
    first = pattern(conf["complement_first"])
    nxt = pattern(conf["complement_next"])
    for view, after in zip(views, views[1:], strict=False):
        a, b = first.match(view.text), nxt.match(after.text)
        if a and b and isinstance(x := to_number(a.group("a")), int) and isinstance(
                y := to_number(b.group("b")), int):
            return x + y, view.span()
    return None


def _disposition(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """The population given only by what became of it: those who completed and each group that
    left ('Twenty-six children finished the study, two withdrew because of adverse events and
    four withdrew for other reasons'), their sum."""
    first = pattern(conf["disposition_first"])
    more = pattern(conf["disposition_more"])
    for view in views:
        m = first.search(view.text)
        n = to_number(m.group("n")) if m else None
        if isinstance(n, int) and (left := _sum_listed(view.text[m.end() :], more)):
            return n + left, view.span()
    return None


def _parallel_groups(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """'Nineteen started the drug within 48 hours; thirty-three started it later': two or more
    clauses of one sentence, each opening on a count and the same verb (any verb, where
    _groups_one_by_one wants one of receiving a treatment and so reads groups across sentences)."""
    opening, cut = pattern(conf["parallel_group"]), pattern(conf["group_clause_break"])
    for view in views:
        found = [m for c in cut.split(view.text) if (m := opening.match(c))]
        sizes = [to_number(m.group("n")) for m in found]
        if len(found) >= 2 and len({m.group("verb").lower() for m in found}) == 1 and all(
                isinstance(k, int) for k in sizes):
            return sum(sizes), view.span()
    return None


def _ordinal_patients(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """'The first patient, a 46-year-old man, ... The second, ... The fourth, ...': the last
    ordinal reached in order after a sentence opening on the first patient, two or more."""
    order = conf["ordinals_after_first"]
    first = pattern(conf["ordinal_first"])
    nxt = pattern(conf["ordinal_next"].replace("{ordinals}", "|".join(order)))
    for at, view in enumerate(views):
        if not first.match(view.text):
            continue
        reached = 1
        for later in views[at + 1 :]:
            m = nxt.match(later.text)
            if m and m.group("o").lower() == order[reached - 1]:
                reached += 1
                if reached > len(order):
                    break
        if reached >= 2:
            return reached, view.span()
    return None


def _parts_listed(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """'Patients were recruited from three centres: 23 from Rome, 17 from Genoa and 12 from Milan',
    'Patients were treated in Italy (6), Spain (4) and the United States (9)': the population
    given only in parts by place, the sum of two or more."""
    intro = pattern(conf["parts_intro"])
    items = [pattern(conf["part_after_colon"]), pattern(conf["part_in_brackets"])]
    for view in views:
        m = intro.match(view.text)
        if not m:
            continue
        rest = view.text[m.end() :]
        for item in items:
            parts = list(item.finditer(rest))
            sizes = [k for p in parts if isinstance(k := to_number(p.group(1)), int)]
            # "N from X" items follow a colon ("from three centres: 23 from Rome, ...")
            if len(sizes) >= 2 and (item is items[1] or ":" in rest[: parts[0].start()]):
                return sum(sizes), view.span()
    return None


def _colon_arms_list(views: list[SentenceView], conf: dict) -> tuple[int, Span] | None:
    """'Patients were randomised as follows: 614 to X, 616 to Y, 618 to Z and 209 to placebo' (cue
    colon_arms_list, with no count of the patients before it): the sum of the arms, three or more,
    each 'N to' what it was given (cue colon_arm)."""
    listed, arm = pattern(conf["colon_arms_list"]), pattern(conf["colon_arm"])
    for view in views:
        if m := listed.search(view.text):
            sizes = [to_number(a.group("n")) for a in arm.finditer(m.group("list"))]
            if len(sizes) >= 3 and all(isinstance(k, int) for k in sizes):
                return sum(sizes), view.span()
    return None


def _labelled_arm_lines(views: list[SentenceView], labelled) -> tuple[int, Span] | None:
    """'Infliximab arm: 25 children started ...' / 'Anakinra arm: 24 started ...', one line per
    arm: the sum of their sizes when two or more lines say so, quoted from the first."""
    arms = [(k, v) for v in views if (m := labelled.match(v.text))
            and isinstance(k := to_number(m.group(1)), int)]
    if len(arms) < 2:
        return None
    return sum(k for k, _ in arms), arms[0][1].span()


def _arm_lines(views: list[SentenceView], allocation, arm_line) -> tuple[int, Span] | None:
    """'... were randomly assigned to canakinumab or to placebo:' (or 'Patients were placed in one
    of two groups:') then one line per arm ending in its size ('placebo   n = 94'), in one
    sentence or each a sentence of its own ('group 1, treated with IVIg ... (n = 21);'): the sum
    of those sizes."""
    def sized(view: SentenceView) -> list[re.Match | None]:
        lines = [line.strip().rstrip(";.,") for line in view.sentence.text.split("\n")]
        return [arm_line.fullmatch(line) for line in lines if line]

    for k, before in enumerate(views[:-1]):
        if not (before.text.rstrip().endswith(":") and allocation.search(before.text)):
            continue
        arms = []
        for view in views[k + 1 :]:
            sizes = sized(view)
            if not sizes or not all(sizes) or (arms and len(sizes) > 1):
                break
            arms.extend(sizes)
            if len(sizes) > 1:
                break
        if len(arms) >= 2:
            return sum(_size(m) for m in arms), views[k + 1].span()
    return None


def _table_header_count(parsed: ParsedDocument, group) -> tuple[int, Span] | None:
    """Group sizes '(n=33) (n=31)' in a table's header line, or one per header cell
    ('Etanercept (n = 30) | Placebo (n = 30)'): the arms of a comparison; a cell that sizes the
    whole ('Share of cohort (n = 223)', cue whole_header) first."""
    seen = set()
    text = parsed.document.text
    whole = pattern(cues()["patient_count"]["whole_header"])
    for row in parsed.tables:
        if row.table in seen:
            continue
        seen.add(row.table)
        for cell in row.header:
            start = text.rfind(cell, 0, row.start)
            if (m := whole.search(cell)) and start >= 0:
                return int(m.group("n")), Span(start, start + len(cell), cell)
        for line in row.header:
            sizes = [_size(m) for m in group.finditer(line)]
            start = text.rfind(line, 0, row.start)
            if len(sizes) >= 2 and start >= 0:
                return sum(sizes), Span(start, start + len(line), line)
        sized = [cell for cell in row.header if len(group.findall(cell)) == 1]
        if len(sized) >= 2:
            sizes = [_size(group.search(cell)) for cell in sized]
            start = text.rfind(sized[0], 0, row.start)
            last = text.find(sized[-1], start) if start >= 0 else -1
            if last >= 0:
                end = last + len(sized[-1])
                return sum(sizes), Span(start, end, text[start:end])
            # cells written with entities ("(n&nbsp;=&nbsp;350)"): the header line as written,
            # the line right before the first row
            end = text.rfind("\n", 0, row.start)
            start = text.rfind("\n", 0, end) + 1 if end > 0 else -1
            if start >= 0 and all(str(k) in text[start:end] for k in sizes):
                return sum(sizes), Span(start, end, text[start:end])
    return None


def _case_headings(parsed: ParsedDocument) -> tuple[int, Span] | None:
    """(number of cases, first heading) when the paper has a heading per case, "Case 1", "Case 2"
    ... (cue case_heading), at least two of them."""
    heading = pattern(cues()["patient_count"]["case_heading"])
    text = parsed.document.text
    found = list(heading.finditer(text))
    numbers = {int(m.group("n")) for m in found}
    if len(numbers) < 2 or numbers != set(range(1, max(numbers) + 1)):
        return None
    first = found[0]
    return max(numbers), Span(first.start(), first.end(), first.group())


def _title_wraps(before: str, line: str) -> bool:
    """Whether a line carries on a title in capitals from the line right above it ("UPADACITINIB
    ... A NEW POSSIBLE THERAPEUTIC" over "PERSPECTIVE", blindtest1491 zcl02): no label line."""
    return bool(before and line and before.isupper() and line.isupper()
                and before.rstrip()[-1:].isalpha())


def _label_item(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the first item of a citation line ("Semin Respir Crit Care Med. Review
    Article. doi: ...", "Lancet 2006; 367: 241-51 · Seminar · DOI not given") that is a review
    label alone, its closing stop left out."""
    label, at = pattern(cues()["review_label_line"]), start
    for cut in [*pattern(cues()["review_label_item_break"]).finditer(text, start, end), None]:
        stop = cut.start() if cut else end
        item_end = stop - 1 if stop > at and text[stop - 1] in ".;" else stop
        if at < item_end and label.fullmatch(text, at, item_end):
            return at, item_end
        if cut:
            at = cut.end()
    return None


def _review_labels(parsed: ParsedDocument | None, mentions: list[Mention]
                   ) -> list[SentenceView]:  # fmt: skip
    """A journal's genre label on a line of its own among the first lines ("REVIEW", "Review
    article", "REVIEW ARTICLE" above the title), which the parser keeps as a heading or runs into
    the citation line: read as a sentence of its own, so that the design cues see it. Only review
    labels: a "Case Report" label may be the journal's section for a series. Or such a label as
    one item of the citation line (_label_item); not the last line of a title in capitals
    (_title_wraps). Also a label of a review's structured abstract that opens a line further down
    ("Areas covered. The authors ...", which the parser keeps as the section's name): the label
    alone."""
    if not parsed or not mentions:
        return []
    text, label = parsed.document.text, pattern(cues()["review_label_line"])
    opening = pattern(cues()["review_abstract_label"])
    lines, pos, seen, before = [], 0, 0, ""
    for line in text.splitlines(keepends=True):
        s, e = pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())
        pos += len(line)
        seen += s < e
        wrapped, before = _title_wraps(before, text[s:e]), text[s:e]
        if seen > cues()["review_abstract_label_lines"]:
            break
        if wrapped:
            continue
        if s < e and seen <= cues()["review_label_lines"] and label.fullmatch(text, s, e):
            lines.append(Sentence(-1, s, e, text[s:e]))
        elif s < e and seen <= cues()["review_label_lines"] and (item := _label_item(text, s, e)):
            lines.append(Sentence(-1, *item, text[item[0]:item[1]]))
        elif s < e and (m := opening.match(text, s, e)):
            lines.append(Sentence(-1, s, m.end(), m.group()))
    if not lines:
        return []
    return list(sentence_views(replace(parsed, sentences=tuple(lines)), list(mentions)))


def study_facts(
    views: list[SentenceView], parsed: ParsedDocument | None = None, mentions: list[Mention] = ()
) -> list[Fact]:
    # a reference list names others' studies: neither design nor count is read there
    listed = pattern(cues()["patient_count"]["reference_section"])
    views = [v for v in views if not listed.search(v.sentence.section or "")] or views
    # a title kept as a heading ("## X: an open-label, single-arm phase II study") is no sentence
    # of its own; its design words count like a sentence's
    titles = title_views(views, parsed, mentions)
    title = [v for v in titles if v.sentence.index < 0]
    # (an HTML page's <title> may name the genre its <h1> leaves out: read as a title for design
    # when the <h1> names none)
    genres = [pattern(src) for sources in cues()["title_genre"].values() for src in sources]
    genre_titles = titles if any(g.search(v.text) for g in genres for v in titles) else (
        titles + html_title_views(views, parsed))
    design = study_design(_review_labels(parsed, mentions) + views + title, genre_titles)
    count, conf = None, cues()["patient_count"]
    if not design or design[0] != "NarrativeReviewDesign":  # a review reports no cohort of its own
        count = patient_count(views, design[0] if design else None, parsed, titles)
    # the patients the title counts ("... in six children", "... remission in two patients")
    titled = design and design[0] in ("CaseSeriesDesign", "CaseReportDesign") and _first_count(
        list(genre_titles), pattern(conf["title_count"]), 1)
    if design and design[0] == "CaseSeriesDesign" and count and titled and titled[0] > count[0]:
        # "Blau syndrome and early-onset sarcoidosis in six children" over "We included four
        # children with EOS ... and a brother and sister with BS": the title counts the series
        count = titled
    if design and design[0] == "CaseReportDesign" and titled and titled[0] > 1:
        # a "CASE REPORT" label over a title that counts several: the authors' few patients, a
        # series
        design, count = ("CaseSeriesDesign", design[1]), titled
    if design and design[0] == "CaseSeriesDesign" and not count and parsed and (
            cases := _case_headings(parsed)):
        count = cases  # a series whose patients are listed "Patient 1" ... "Patient 4"
    case_based = design and pattern(cues()["case_based_review"]).search(design[1].text)
    if case_based and design[0] == "CaseSeriesDesign" and not count and _review_labels(
            parsed, mentions):
        # a case-based review under a "REVIEW ARTICLE" label that counts no patient of its own:
        # the case is a teaching scenario ("Taking a real-life clinical scenario as our starting
        # point", blindtest1801 yjj06)
        design = ("NarrativeReviewDesign", design[1])
    if case_based and design[0] == "CaseSeriesDesign" and (not count or count[0] == 1):
        design = ("CaseReportDesign", design[1])  # a case-based review of one patient
    if design and design[0] == "CaseReportDesign" and not count:
        # a case report is of one patient even where no sentence says "a case" or "one patient"
        count = (1, design[1].span())
    if design and count and design[0] == "CaseReportDesign" and count[0] > 1:
        # a report of more than one patient is a case series, whatever its label says ("Case
        # Report" over "nine Japanese children with IgA nephropathy", blindtest967 zwf02)
        design = ("CaseSeriesDesign", design[1])
    if not design and not count and parsed and (cases := _case_headings(parsed)):
        # "## Case 1" ... "## Case 2": the patients of a case series, one heading each
        count, design = cases, ("CaseSeriesDesign", views[0]) if views else None
        if design is None:
            return []
    if not design and not count and (case := next((v for v in views if pattern(cues()[
            "case_section"]).fullmatch(v.sentence.section or "")), None)):
        # the one patient of a section headed "Case" or "Case presentation", where no sentence
        # names the design or counts anyone
        design, count = ("CaseReportDesign", case), (1, case.span())
    if not design and not count and (summary := next((v for v in views if any(
            pattern(src).search(v.text) for src in cues()["review_fallback"])), None)):
        design = ("NarrativeReviewDesign", summary)  # sets out what others reported, no cohort
    stated_in = next((v for v in views if count and v.span() == count[1]), None)
    if count and not stated_in:  # counted in a table: the sentence that introduces the patients
        study_verb = pattern(cues()["patient_count"]["verbs"])
        stated_in = next((v for v in views if study_verb.search(v.text)), None)
    undesigned = not design
    if not design and stated_in and 1 < count[0] <= cues()["undesigned_series_max"]:
        # a small treated group described with no design word: a case series
        design = ("CaseSeriesDesign", stated_in)
    named_retrospective = any(pattern(cues()["retrospective_title"]).search(v.text)
                              for v in titles)
    if design and count and design[0] == "RetrospectiveCohortDesign" and count[0] <= cues()[
        "case_series_max"
    ] and not pattern(r"\b(control(s|led)?|compared|versus|vs)\b").search(design[1].text) and (
            not named_retrospective):
        design = ("CaseSeriesDesign", design[1])
    # (not one compared with another group: "HHV-8-related Castleman disease: a single-centre
    # series", compared with 12 HHV-8-unrelated patients, is a cohort study)
    own_series = design and count and 1 < count[0] <= cues()["single_centre_series_max"] and (
        pattern(cues()["single_centre_series"]).search(design[1].text)) and not any(
        pattern(cues()["series_compared"]).search(v.text) for v in views)
    if own_series and design[0] == "RetrospectiveCohortDesign":
        design = ("CaseSeriesDesign", design[1])  # "In this single-centre series" of 23 patients
    if design and count and design[0] == "ProspectiveCohortDesign" and 1 < count[0] <= cues()[
            "case_series_max"] and pattern(cues()["enrolled_only"]).search(design[1].text) and (
            not any(pattern(cues()["enrolled_only_not"]).search(v.text) for v in views + title)):
        design = ("CaseSeriesDesign", design[1])  # "Six patients were enrolled", nothing more
    # the authors call it a series of their own few patients, in the text or its title ("... :
    # five patients of our own and six from the literature"): a case series, whatever the count
    # (or present them as one: "the patients are presented as a descriptive series")
    described = design and any(pattern(src).search(design[1].text) for src in [
        *cues()["design_first"]["CaseSeriesDesign"], *cues()["design_self"]["CaseSeriesDesign"],
        *(cues()["title_genre"]["CaseSeriesDesign"] if design[1] in genre_titles else ())])
    if (design and count and not undesigned and not described and not own_series
            and design[0] == "CaseSeriesDesign" and count[0] > cues()["case_series_max"]
            and not any(pattern(src).search(design[1].text) for src in cues()["series_named"])):
        # "we retrospectively reviewed 24 patients": more than a handful, looked back on, is a
        # retrospective cohort unless the authors call it a case series
        design = ("RetrospectiveCohortDesign", design[1])
    design, count, confidence, origin, reading = _second_reading(
        views, parsed, titles, design, count)
    count, counted_by, count_confidence = _count_reading(views, design, count, titles)
    if not design and not count:
        return []
    if counted_by == "count_model":  # the study's count is the model's: say so on the study too
        origin, reading = origin + "+count_model", MODEL_READING
        confidence = min(confidence, count_confidence)
    props: list[tuple[str, object]] = []
    spans = []
    if design:
        props.append(("hasStudyDesign", design[0]))
        props.append(("evidenceLevel", _LEVEL[design[0]]))
        spans.append(design[1].span())
    facts = []
    if count:
        props.append(("numberOfPatients", count[0]))
        props.append(("hasGroup", "#" + POPULATION_KEY))
        if count[1] not in spans:
            spans.append(count[1])
        facts.append(
            Fact(
                kind="StudyGroup",
                key=POPULATION_KEY,
                properties=(("groupSize", count[0]),),
                spans=(count[1],),
                confidence=count_confidence,
                label=f"study population ({count[0]} patients)",
                origin=counted_by,
                reading=MODEL_READING if counted_by == "count_model" else None,
            )
        )
    facts.insert(
        0,
        Fact(
            kind="Study",
            key=STUDY_KEY,
            properties=tuple(props),
            spans=tuple(spans),
            confidence=confidence,
            label="study (text-mined)",
            origin=origin,
            reading=reading,
        ),
    )
    return facts


# confidence, origin and cy:ReadingMethod of the rules' own reading
RULES_ONLY = (0.7, "extract_study.study_facts", RULE_READING)


def _second_reading(views, parsed, titles, design, count):
    """The learned design model (graph_build.design_model) reads the whole paper beside the
    rules' design and count; where it calls another design, its call stands, with the sentence
    that argues for it most as the quote and its probability as the confidence. The count then
    follows the design as the gold conventions have it: none for a review, read afresh where
    the rules read none (or a review), one patient for a case report. A case report called over
    a count of several patients is no call the count can follow: the rules' reading stays; so
    does the study genre the title itself gives ("...: a retrospective series"), which outranks
    what the body's words argue, for the model as for the rules' cues. Not a review's: a paper
    titled a review may report the authors' own patients, which the model reads in the body."""
    from cytokg.graph_build import design_model

    model = design_model.model()
    rule_design = design[0] if design else None
    if model is None or not views:
        return design, count, *RULES_ONLY
    title, sentences = parsed.metadata.title if parsed else None, [v.text for v in views]
    call = model.predict(title, sentences, rule_design, count[0] if count else None)
    confidence = round(call.probability, 3)
    if call.design == rule_design:
        return design, count, confidence, "extract_study.study_facts+design_model", \
            MODEL_RESCORED_READING
    if not design and not count and not model.stands_alone(call):
        return design, count, *RULES_ONLY  # no study the rules could see, nor the model
    if call.design == "CaseReportDesign" and count and count[0] > 1:
        return design, count, *RULES_ONLY
    genre = cues()["title_genre"].get(design[0], ()) if design else ()
    if design and design[0] != "NarrativeReviewDesign" and design[1] in titles and any(
            pattern(src).search(design[1].text) for src in genre):
        return design, count, *RULES_ONLY  # the title's own study genre outranks the body's words
    quoted = model.support(title, sentences, call.design)
    view = views[quoted] if quoted is not None else (design[1] if design else views[0])
    design = (call.design, view)
    if call.design == "NarrativeReviewDesign":
        count = None
    elif count is None or rule_design in ("NarrativeReviewDesign", "CaseReportDesign"):
        # a review's count is none and a case report's one patient is the design's, not a
        # population the paper states: read afresh for the design called
        count = patient_count(views, call.design, parsed, titles)
    if call.design == "CaseReportDesign" and not count:
        count = (1, view.span())
    return design, count, confidence, "design_model", MODEL_READING


def _count_reading(views, design, count, titles=()):
    """Where the rules read no count, the learned count model (graph_build.count_model) ranks
    every count of the paper and the sums of counts stated side by side; a call sure enough
    (count_model.used) stands, quoted from the sentence of its first count. Not for a review
    (no cohort of its own), a case report (one patient) or a paper with no design, whose counts
    are no study's, nor a paper that gives a planned enrolment where the rules read none or
    calls itself a study protocol: a protocol or registration with no one enrolled yet, whose
    other numbers (centres, ages, a trial number) are no population. Returns the count, the
    origin and the confidence of its fact."""
    from cytokg.graph_build import count_model

    rules = count, "extract_study.patient_count", 0.6
    model = count_model.model()
    if count or model is None or not design or design[0] in (
            "NarrativeReviewDesign", "CaseReportDesign"):
        return rules
    if any(planned_enrolments(v.text) for v in views) or _protocol_paper(views, titles):
        return rules
    call = model.predict([v.text for v in views], None, design[0])
    if count_model.used(call, None) is None:
        return rules
    return (call.value, views[call.sentence].span()), "count_model", round(call.probability, 3)


def _table_column_count(parsed: ParsedDocument, conf: dict, column=None
                        ) -> tuple[int, Span] | None:  # fmt: skip
    """'Arm | Route | Dose | Patients randomised (n)': a table whose first column names the arms
    and one column counts patients (cue count_column, or ``column`` where only some headers
    count); the population is that column's sum over two or more rows (a 'Total' row left out),
    or that whole row ('Total', 'Babesiosis, all') where the other rows are parts adding up to
    less. Counts given with their share ('12 (40)') count when the shares make about 100%: rows that
    overlap are no partition of the population."""
    arm, count = pattern(conf["arm_column"]), column or pattern(conf["count_column"])
    total, total_after = pattern(conf["total_row"]), pattern(conf["total_row_after"])
    nested = pattern(conf["nested_row_share"])
    tables: dict[str, list] = {}
    for row in parsed.tables:
        tables.setdefault(row.table, []).append(row)
    for rows in tables.values():
        header = [cell.strip().lower() for cell in rows[0].header]
        if not header or not arm.search(header[0]):
            continue
        column = next((j for j, cell in enumerate(header) if count.search(cell)), None)
        if column is None or any(nested.match(c) for r in rows
                                 for j, c in enumerate(r.cells) if j != column):
            continue  # "TB-HLH | 8 | 3.52% of HLH": a row that is part of another, no arm
        # a "Total" row sums the others: it is no arm; where the others are parts of it that
        # do not add up to it ("Babesiosis, all | 86" over "Asplenic | 18", "Developed WAHA | 6"),
        # it is the population
        wholes = [r for r in rows if r.cells and (total.match(r.cells[0].strip()) or
                                                   total_after.search(r.cells[0].strip()))]
        rows = [r for r in rows if r not in wholes]
        parts = [_digits_cell(r, column) for r in rows]
        if len(wholes) == 1 and (n := _digits_cell(wholes[0], column)) is not None and parts and (
                None not in parts and sum(parts) < n):
            start, end = wholes[0].start, wholes[0].end
            return n, Span(start, end, parsed.document.text[start:end])
        # an arm named again is the same arm at a later time point ("Tocilizumab | 51 | 3 months",
        # "Tocilizumab | 51 | 6 months"): counted once, at its first row; the same drug at
        # another dose is another arm ("Canakinumab | 50 mg | 1", "Canakinumab | 150 mg | 5")
        first: dict[tuple, object] = {}
        for r in rows:
            doses = tuple(c.strip() for j, c in enumerate(r.cells)
                          if j != column and _DOSE_CELL.search(c))
            first.setdefault((r.cells[0].strip().lower() if r.cells else "", doses), r)
        rows = list(first.values())
        if len(rows) < 2:
            continue
        cells = [r.cells[column].strip() if column < len(r.cells) else "" for r in rows]
        shared = [_SHARE.fullmatch(c) for c in cells]
        if all(shared) and 95 <= sum(float(m.group(2).replace(",", ".")) for m in shared) <= 105:
            cells = [m.group(1) for m in shared]
        elif any(shared) and all(m or c.isdigit() for m, c in zip(shared, cells, strict=True)):
            # "Placebo | 3" over "Canakinumab 150 mg | 5 (33%)": some rows give no share; the
            # shares given must each be their row's part of the sum
            bare = [int(m.group(1)) if m else int(c) for m, c in zip(shared, cells, strict=True)]
            if sum(bare) and all(
                    abs(float(m.group(2).replace(",", ".")) - 100 * k / sum(bare)) <= 1
                    for m, k in zip(shared, bare, strict=True) if m):
                cells = [str(k) for k in bare]
        # digits, with or without thousands separators ("74", "3,058", "11 200"; not "3.5"), or
        # a size written as one ("n = 22")
        cells = [re.sub(r"^n\s*=\s*(?=\d)", "", c, flags=re.I) for c in cells]
        sizes = [to_number(c) if c[:1].isdigit() else None for c in cells]
        if all(isinstance(k, int) for k in sizes):
            start, end = rows[0].start, rows[-1].end
            return sum(sizes), Span(start, end, parsed.document.text[start:end])
    return None


def _digits_cell(row, column: int) -> int | None:
    """A table cell of digits alone as its number; None for any other cell or none."""
    cell = row.cells[column].strip() if column < len(row.cells) else ""
    return int(cell) if cell.isdigit() else None


def _table_row_count(parsed: ParsedDocument, conf: dict, label: re.Pattern | None = None
                     ) -> tuple[int, Span] | None:
    """'Outcome | Tocilizumab | Placebo' over 'Patients randomised, n | 19 | 17': a table whose
    columns are the arms and one row counts patients; the population is that row's sum (the one
    value of a 'Characteristic | Value' table)."""
    label, together = label or pattern(conf["count_row"]), pattern(conf["count_row_together"])
    for row in parsed.tables:
        cells = [cell.strip() for cell in row.cells]
        both = together.search(cells[0]) if cells else None
        if both:  # "Patients analysed (both groups together) | 79 | |": the arms' one sum
            cells[0] = cells[0][: both.start()]
        # an empty p-value column (or one holding a dash); "217 (46)" is a count with its percentage
        counts = [re.sub(r"\s*\(\s*\d+(?:[.,]\d+)?\s*%?\s*\)$", "", c) for c in cells[1:]
                  if c and c not in ("-", "–", "—")]
        # ... or a two-column table of the cohort's characteristics ('Patients included | 132'),
        # the whole's share beside it ('Critically ill patients recruited | 294 | 100 %')
        whole_share = len(cells) == 3 and re.fullmatch(r"100(?:[.,]0+)?\s*%", cells[2] or "")
        # ... or a flow table's comment in words beside the count ('Stage | Number | Comment'
        # over 'Enrolled | 365 | enrolled in the study')
        remark = len(cells) == 3 and bool(cells[2]) and not re.search(r"\d", cells[2])
        if whole_share or remark:
            counts = counts[:1]
        whole = len(counts) == 1 and (len(cells) == 2 or bool(both) or bool(whole_share) or remark)
        if (len(counts) >= 2 or whole) and label.search(cells[0].lower()) and all(
                c.isdigit() for c in counts):
            quote = parsed.document.text[row.start : row.end]
            values = [int(c) for c in counts]
            if len(values) >= 3 and values[-1] == sum(values[:-1]):
                # 'Randomised | 18 | 18 | 36' under 'Prednisone | Tamoxifen | Total': the
                # last column is the arms' total already
                return values[-1], Span(row.start, row.end, quote)
            return sum(values), Span(row.start, row.end, quote)
    return None
