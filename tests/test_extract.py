"""Text-mined facts on the seed papers and on a paper the rules were not written for."""

from pathlib import Path

import pytest
from lexicon_support import grounded

from cytokg.config import PAPERS_DIR
from cytokg.graph_build.documents import read_document
from cytokg.graph_build.extract import extract_facts, pattern
from cytokg.graph_build.mentions import find_mentions
from cytokg.graph_build.parse import parse_document


def mined(path: Path):
    document = read_document(path)
    parsed = parse_document(document)
    return document, extract_facts(parsed, find_mentions(parsed))


@pytest.fixture(scope="module")
def seeds():
    return {p.name[:3]: mined(p) for p in sorted(PAPERS_DIR.glob("00*.txt"))}


def study(facts):
    return next(f for f in facts if f.kind == "Study")


def uses(facts):
    return {(f.value("drug"), f.value("forDisease")) for f in facts if f.kind == "DrugDiseaseUse"}


def test_every_fact_is_text_mined_and_quotes_its_sentence(seeds):
    for document, facts in seeds.values():
        assert facts
        for fact in facts:
            assert fact.agent == "TextMining" and 0 < fact.confidence < 1
            for span in fact.spans:
                assert document.text[span.start : span.end] == span.quote


@pytest.mark.parametrize(
    "doc, design, patients",
    [
        # "We retrospectively analyzed four patients with IVIG-resistant KD"
        ("000", "CaseSeriesDesign", 4),
        ("001", "CaseReportDesign", 1),  # "We report a case of 9 months old girl"
        # "In this review the definition and predictors ..."
        ("002", "NarrativeReviewDesign", None),
        ("003", "RetrospectiveCohortDesign", 64),  # Table 1 header "(n=33) (n=31)"
    ],
)
def test_study_design_and_patient_count(seeds, doc, design, patients):
    fact = study(seeds[doc][1])
    assert fact.value("hasStudyDesign") == design
    assert fact.value("numberOfPatients") == patients


def test_drug_disease_uses(seeds):
    # 000: "IL-6 blockade with tocilizumab in IVIG-resistant kawasaki disease"
    assert ("DRUGBANK:DB06273", "MONDO:0012727") in uses(seeds["000"][1])
    # 001: "successfully treated with Anakinra 3 months" (Kawasaki disease)
    assert ("DRUGBANK:DB00026", "MONDO:0012727") in uses(seeds["001"][1])
    # 003: "whether tocilizumab improves hemodynamics ... in pediatric patients with septic shock";
    # septic shock is MeSH D012772, never toxic shock syndrome MONDO:0001881
    pairs = uses(seeds["003"][1])
    assert ("DRUGBANK:DB06273", "MESH:D012772") in pairs
    assert not any(d == "MONDO:0001881" for _, d in pairs)


def test_receptor_blocker_targets_the_receptor(seeds):
    # 003: "Tocilizumab, an IL-6 receptor blocker" -> IL6R (P08887), not IL6 (P05231)
    facts = seeds["003"][1]
    links = {(f.value("drug"), f.value("target")) for f in facts if f.kind == "DrugTargetLink"}
    assert ("DRUGBANK:DB06273", "UniProtKB:P08887") in links
    assert ("DRUGBANK:DB06273", "UniProtKB:P05231") not in links


def test_from_to_outcome_with_p_value(seeds):
    # 003: "28-day mortality was reduced from 54.5 to 19.3% (p <0.05)"
    facts = seeds["003"][1]
    outcomes = {f.key: f for f in facts if f.kind == "OutcomeMeasurement"}
    before = [f for f in outcomes.values() if f.value("variableLabel") == "28-day mortality"]
    assert sorted((f.value("phase"), f.value("value"), f.value("unit")) for f in before) == [
        ("after", 19.3, "%"),
        ("before", 54.5, "%"),
    ]
    comparison = next(f for f in facts if f.kind == "Comparison" and "28-day" in f.label)
    assert comparison.value("pValue") == 0.05 and comparison.value("pValueQualifier") == "<"
    assert not any(f.value("value") in (2018.0, 2021.0) for f in outcomes.values())  # a period


def test_a_paper_outside_the_seeds(tmp_path):
    paper = tmp_path / "canakinumab.txt"
    paper.write_text(
        "Canakinumab in refractory adult-onset Still's disease: a case series\n\n"
        "We retrospectively analyzed six patients with adult-onset Still's disease who "
        "received canakinumab after failure of anakinra. Fever resolved in all patients. "
        "Ferritin fell from 4200 to 310 ng/mL (p = 0.03).\n",
        encoding="utf-8",
    )
    _, facts = mined(paper)
    fact = study(facts)
    assert fact.value("hasStudyDesign") == "CaseSeriesDesign"
    assert fact.value("numberOfPatients") == 6
    drugs = {d for d, _ in uses(facts)}
    assert "DRUGBANK:DB06168" in drugs  # canakinumab, from the reference table
    comparison = next(f for f in facts if f.kind == "Comparison")
    assert comparison.value("pValue") == 0.03


# Rules for papers the extractor has not seen. Each made-up paper below states its design and its
# population in a phrasing the seeds do not use; the expected values are what the text says.


def mined_text(tmp_path, text: str, name: str = "paper.txt"):
    paper = tmp_path / name
    paper.write_text(text, encoding="utf-8")
    return mined(paper)[1]


@pytest.mark.parametrize(
    "text, design, patients",
    [
        # a spelled-out compound number with "were randomly assigned"; "four" inside it is no count
        ("Rilonacept in recurrent pericarditis\n\nFifty-four patients with recurrent pericarditis "
         "were randomly assigned to rilonacept or placebo.\n", "RandomizedTrialDesign", 54),
        # "in total" names the population; "in 3 patients" counts events, "12 patients (40%)" a
        # subgroup
        ("Anakinra in gout flares\n\nCharts were abstracted retrospectively. Thirty patients were "
         "evaluable in total. Rash occurred in 3 patients and 12 patients (40%) relapsed.\n",
         "RetrospectiveCohortDesign", 30),
        # open-label single-arm trial: one group followed forward in time
        ("Tocilizumab in giant cell arteritis\n\nWe conducted an open-label, single-arm study. "
         "Twenty-two patients were enrolled.\n", "ProspectiveCohortDesign", 22),
        # a retrospective analysis of patients from prospective trials is retrospective
        ("Siltuximab in Castleman disease\n\nThis is a retrospective analysis of patients treated "
         "on prospective trials. Sixty patients received siltuximab.\n",
         "RetrospectiveCohortDesign", 60),
        # "non-randomized" is not a randomised trial
        ("Sarilumab in polymyalgia rheumatica\n\nIn this non-randomized single-group trial, 18 "
         "patients were enrolled.\n", "ProspectiveCohortDesign", 18),
        # the design stated only in a markdown heading title (no sentence of its own)
        ("## Rilonacept in Schnitzler syndrome: an open-label, single-arm phase II study\n\n"
         "Twelve patients with Schnitzler syndrome were enrolled.\n",
         "ProspectiveCohortDesign", 12),
        # charts of a handful of adults, reviewed without controls: a case series
        ("Anakinra in gout flares\n\nWe reviewed the charts of four adults treated at one "
         "hospital.\n", "CaseSeriesDesign", 4),
    ],
)
def test_design_and_population_phrasings(tmp_path, text, design, patients):
    fact = study(mined_text(tmp_path, text))
    assert fact.value("hasStudyDesign") == design
    assert fact.value("numberOfPatients") == patients


def test_a_retrospective_look_at_a_handful_is_a_case_series_by_the_rules(tmp_path, monkeypatch):
    """A retrospective look at a handful of patients, without controls, is a case series. Pinned
    to the rules: the design model retrained at c17cafcd reads this two-line probe as a
    retrospective cohort (a known regression, noted in docs/evaluation.md)."""
    from cytokg.graph_build import count_model, design_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    monkeypatch.setattr(design_model, "model", lambda: None)
    fact = study(mined_text(tmp_path, "Canakinumab in Schnitzler syndrome\n\nWe retrospectively "
                                      "assessed five patients who received canakinumab.\n"))
    assert (fact.value("hasStudyDesign"), fact.value("numberOfPatients")) == (
        "CaseSeriesDesign", 5)


def test_title_use_needs_no_treatment_verb(tmp_path):
    # "Rilonacept in pericarditis" in a title states the use; the body never repeats it
    facts = mined_text(tmp_path, "Rilonacept in pericarditis: a phase 2 study\n\n"
                       "Twelve patients were enrolled. Pain scores fell quickly.\n")
    assert uses(facts) == {(grounded("rilonacept"), grounded("pericarditis"))}


def test_combination_and_classes_go_with_the_main_disease(tmp_path):
    # the disease is named at the top; later sentences say only "patients"
    facts = mined_text(
        tmp_path,
        "Anakinra for gout flares\n\n"
        "Gout is a common inflammatory arthritis. We reviewed 40 patients with gout.\n"
        "Ten patients were treated with colchicine plus prednisone, and 12 also received "
        "corticosteroids after the first week.\n",
    )
    gout = grounded("gout")
    assert {(grounded(d), gout) for d in ("anakinra", "colchicine", "prednisone",
                                          "corticosteroids")} == uses(facts)


def test_a_disease_the_drug_prevents_is_not_its_indication(tmp_path):
    # "reduces coronary artery aneurysm" names an outcome: IVIG and aspirin are given for KD
    facts = mined_text(
        tmp_path,
        "Kawasaki disease in infants\n\n"
        "Kawasaki disease is a vasculitis of childhood. Treatment with intravenous immunoglobulin "
        "and aspirin reduces coronary artery aneurysm in most children.\n",
    )
    kd = grounded("Kawasaki disease")
    assert uses(facts) == {(grounded("intravenous immunoglobulin"), kd),
                           (grounded("aspirin"), kd)}


def test_a_finding_the_title_names_is_the_main_disease(tmp_path, use_rules_only):
    # HPO files "large vessel vasculitis" as a finding; the title makes it what the paper treats,
    # and "taking a mean prednisolone dose" speaks of treating it too
    facts = mined_text(
        tmp_path,
        "Sarilumab in large vessel vasculitis\n\n"
        "We analysed 30 patients who received sarilumab for large vessel vasculitis. Fever "
        "resolved in most. At one year they were taking a mean prednisolone dose of 3 mg.\n",
    )
    lvv = grounded("large vessel vasculitis")
    assert uses(facts) == {(grounded("sarilumab"), lvv), (grounded("prednisolone"), lvv)}
    assert not any(d == grounded("fever") for _, d in uses(facts))  # other findings are not


def test_maintenance_is_a_treatment_cue(tmp_path):
    facts = mined_text(tmp_path, "Outcomes in gout\n\nFour patients were later maintained on "
                       "canakinumab, and none had a recurrence of gout.\n")
    assert uses(facts) == {(grounded("canakinumab"), grounded("gout"))}


def test_a_negated_use_is_not_recorded(tmp_path):
    facts = mined_text(tmp_path, "Outcomes of giant cell arteritis\n\nGiant cell arteritis was "
                       "common. No patients received tocilizumab for giant cell arteritis.\n")
    assert not uses(facts)


def test_extract_command_resolves_a_curated_conflict_with_a_sibling_paper(capsys):
    """Seed 001's curation states a conflict with document 002 (its 'conflictsWithDocument'
    entry); `cytokg extract` on 001 alone reads the folder's other papers to resolve it."""
    import json

    from cytokg.cli import main

    paper = next(PAPERS_DIR.glob("001_*.txt"))
    assert main(["extract", str(paper)]) == 0
    facts = json.loads(capsys.readouterr().out)["other_facts"]
    conflict = next(f for f in facts if f["kind"] == "Conflict")
    assert conflict["agent"] == "ManualCuration"
    # the quote of 002 the conflict names, curation 001.yaml 'conflictsWithQuote'
    assert any("did not show either a striking or a rapid decrease" in q["text"]
               for q in conflict["quotes"])


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Arm\tDose\tPatients randomised (n)", 48 + 23),  # a count column: its sum
        ("Group\tDose\tNo. of patients", 48 + 23),
        ("Arm\tDose\tParticipants enrolled", 48 + 23),  # no "(n)": the noun and verb say it
        ("Group\tDose\tChildren", 48 + 23),
        ("Allocated to\tDose\tPatients", 48 + 23),  # the arms' column named by the verb
        ("Arm\tDose\tMedian age (years)", None),  # not a count column
        ("Outcome\tDose\tPatients randomised (n)", None),  # rows are not arms
    ],
)
def test_patient_count_from_a_table_of_arms(tmp_path, header, expected):
    """A trial that gives its population only as a table of arms (the sum of the count column)."""
    path = tmp_path / "trial.txt"
    path.write_text(
        "Rilonacept in recurrent pericarditis: a randomised trial\n\n"
        "Methods\nAdults with recurrent pericarditis were randomised to rilonacept or placebo "
        "(Table 1).\n\nTable 1. Arms\n"
        f"{header}\nRilonacept\t160 mg weekly\t48\nPlacebo\t-\t23\n\n"
        "Results\nRecurrence was less frequent with rilonacept (p < 0.001).\n",
        encoding="utf-8",
    )
    assert study(mined(path)[1]).value("numberOfPatients") == expected


def mined_study(tmp_path, text: str):
    return study(mined_text(tmp_path, text))


def test_two_described_patients_are_a_case_series_not_a_case_report(tmp_path):
    # "a 41-year-old man" is a case-report cue; the paper's own "we describe two patients" wins
    fact = mined_study(tmp_path, (
        "Anakinra in late macrophage activation syndrome: two cases\n\n"
        "We describe two patients with macrophage activation syndrome treated with anakinra. "
        "The first, a 41-year-old man with adult-onset Still's disease, received anakinra "
        "100 mg daily. The second, a 29-year-old woman, received anakinra 200 mg daily.\n"))
    assert fact.value("hasStudyDesign") == "CaseSeriesDesign"
    assert fact.value("numberOfPatients") == 2


def test_a_review_naming_itself_outranks_the_studies_it_cites(tmp_path):
    fact = mined_study(tmp_path, (
        "Interleukin-6 blockade in giant cell arteritis\n\n"
        "Several retrospective series suggest that tocilizumab helps patients with giant cell "
        "arteritis who relapse on glucocorticoids. This review summarises the efficacy and "
        "safety of tocilizumab in giant cell arteritis.\n"))
    assert fact.value("hasStudyDesign") == "NarrativeReviewDesign"


def test_this_review_of_charts_is_not_a_narrative_review(tmp_path):
    fact = mined_study(tmp_path, (
        "Canakinumab in colchicine-resistant familial Mediterranean fever\n\n"
        "This review of the medical records of children with familial Mediterranean fever "
        "treated with canakinumab was done retrospectively; 31 children were analysed.\n"))
    assert fact.value("hasStudyDesign") == "RetrospectiveCohortDesign"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the population given by criteria, its noun left out
        ("Of 240 adults with suspected sepsis, 152 met the consensus criteria and were studied.",
         152),
        ("Fourteen newly diagnosed children were enrolled.", 14),  # adjectives before the noun
        ("A total of 312 hospitalised adults were randomised.", 312),  # one adjective in -ed
        ("Data from 54 patients were evaluated.", 54),
        # "all but N" counts those left out, not the population
        ("All but nine randomised patients completed 12 weeks. In total, 40 adults were "
         "randomised.", 40),
    ],
)
def test_population_counts_in_other_words(tmp_path, sentence, expected):
    fact = mined_study(tmp_path, (
        "Tocilizumab in cytokine release syndrome: a prospective study\n\n"
        f"{sentence} Tocilizumab 8 mg/kg was given to treat cytokine release syndrome.\n"))
    assert fact.value("numberOfPatients") == expected


def test_group_sizes_one_per_header_cell_are_summed(tmp_path):
    fact = mined_study(tmp_path, (
        "Sarilumab in polymyalgia rheumatica: a randomised trial\n\n"
        "Adults with polymyalgia rheumatica were randomly assigned to sarilumab or placebo.\n\n"
        "Table 1. Outcomes at week 52\n"
        "Outcome\tSarilumab (n = 60)\tPlacebo (n = 58)\n"
        "Sustained remission\t28 (47%)\t15 (26%)\n"
        "Flare\t9 (15%)\t19 (33%)\n\n"
        "Sarilumab was superior to placebo (p < 0.001).\n"))
    assert fact.value("numberOfPatients") == 118


def test_patient_count_from_a_count_row_under_arm_columns(tmp_path):
    """Arms as columns, one row counting patients: 'Patients randomised, n | 19 | 17'."""
    path = tmp_path / "trial.txt"
    path.write_text(
        "Tocilizumab in polymyalgia rheumatica: a randomised trial\n\n"
        "Methods\nPatients were randomly assigned to tocilizumab or placebo (Table 1).\n\n"
        "Table 1. Results\nOutcome\tTocilizumab\tPlacebo\nPatients randomised, n\t19\t17\n"
        "Remission at week 16, n (%)\t12 (63.2)\t2 (11.8)\n\n",
        encoding="utf-8",
    )
    assert study(mined(path)[1]).value("numberOfPatients") == 36


@pytest.mark.parametrize("text, numbers", [
    ("Trial 1 enrolled patients with renal damage; trial 2 enrolled 4 patients", ["4"]),
    ("Epoch 4 was entered by 60 patients", ["60"]),
    ("phase 2 patients", []),
    ("in group 3 patients were given steroids", []),
    # a longer number after the same words may be the count itself
    ("in the study 45 patients had fever", ["45"]),
    ("Group 12 patients", ["12"]),
    # "cohort 2" is a label, "the CA cohort 41 and ..." a count (blindtest799 wt03)
    ("cohort 2 patients were older", []),
    ("the CA cohort 41 patients", ["41"]),
])
def test_a_single_digit_after_trial_or_group_is_a_label(text, numbers):
    """cues number_label_before and digit_label_before, built into {small_number} itself, so
    every cue that counts (and the count model's candidates) reads the label alike."""
    counted = pattern(r"({small_number})\s+(?:patients|enrolled|was)")
    assert [m.group(1) for m in counted.finditer(text)] == numbers


def _cue_strings(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _cue_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _cue_strings(value)
    elif isinstance(node, str):
        yield node


def test_every_placeholder_of_a_cue_is_filled():
    """A misspelt fragment name ("{as_control}") would stay in the pattern as literal text and
    the cue would silently never match."""
    import re

    from cytokg.graph_build.extract import cues

    left = {m for source in _cue_strings(cues())
            for m in re.findall(r"\{[a-z_]+\}", pattern(source).pattern)}
    # (these three are filled per match by extract_study: the first part's preposition or verb,
    # the ordinals after the first)
    assert left <= {"{prep}", "{verb}", "{ordinals}"}
    assert cues()["fragments"], "the shared pieces are read from cues.yaml"


@pytest.mark.parametrize("key, sentence, expected", [
    # both twins read "and, as controls," through the one fragment
    ("controls_clause_break", "We enrolled 60 patients and, as controls, 45 men.", True),
    ("controls", "and, as a comparison group, 45 patients", True),
    # both randomised cues open on the one fragment
    ("randomised_received", "Of those randomised, 184 received sparsentan and 187 irbesartan",
     True),
    ("randomised_remaining", "Of those randomised, fifty-five were AQP4-Ab positive and the "
     "remaining twenty-eight AQP4-Ab negative", True),
    ("randomised_remaining", "Of those screened, fifty-five were positive and the remaining "
     "twenty-eight negative", False),
])
def test_shared_fragments_read_in_every_cue_that_names_them(key, sentence, expected):
    from cytokg.graph_build.extract import cues

    assert bool(pattern(cues()["patient_count"][key]).search(sentence)) is expected


@pytest.mark.parametrize("line, expected", [
    ("Clinical reference review", True), ("Mini-review", True), ("Purpose of review", True),
    ("Narrative  review", True), ("A review of fourteen years", False)])
def test_review_label_read_alike_as_a_label_line_and_as_a_design_cue(line, expected):
    """review_label_line (raw lines) and study_design's label cue (clean sentences) share the
    labels; they must agree on each."""
    from cytokg.graph_build.extract import cues

    as_line = bool(pattern(cues()["review_label_line"]).fullmatch(line))
    as_cue = any(pattern(src).search(line)
                 for src in cues()["study_design"]["NarrativeReviewDesign"][7:9])
    assert as_line is expected and as_cue is expected


def test_rules_alone_read_those_given_and_the_other_who_were_not(monkeypatch):
    """blindtest1164 zpu04 (round 383), a paper the rules were not written for: "Twenty patients
    had EPAG added to IST and the other eighty-one did not" is the population, 101 (read before as
    a series of three, from a later count)."""
    from cytokg.config import DATA_DIR
    from cytokg.graph_build import count_model, design_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    monkeypatch.setattr(design_model, "model", lambda: None)
    _, facts = mined(next((Path(DATA_DIR) / "blindtest1164").glob("zpu04_*.txt")))
    found = study(facts)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (
        "RetrospectiveCohortDesign", 101)


@pytest.mark.parametrize("stem", ["zon03", "zon04"])
def test_a_drug_named_among_the_causes_gets_no_use_from_the_model(stem):
    """blindtest1183 (round 387), papers the rules were not written for: "The two main causes were
    nitrofurantoin and minocycline", "The drugs most often behind this phenotype were statins,
    nitrofurantoin and minocycline" name the drugs behind a drug-induced hepatitis; the uses model
    read minocycline as its treatment until the rules refused it."""
    from cytokg.config import DATA_DIR

    _, facts = mined(next((Path(DATA_DIR) / "blindtest1183").glob(f"{stem}_*.txt")))
    assert not any(drug == grounded("minocycline") for drug, _ in uses(facts))
