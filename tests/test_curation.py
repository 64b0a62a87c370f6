"""The curation loader and the curated facts of papers 000, 001 and 003.

Loader behaviour: a broken file fails with its name and the line of the problem. Paper facts:
every expected value is the paper's own number, with the sentence or table row it comes from
quoted beside it; the last tests put the facts through the RDF layer into a pyoxigraph store on
disk and read the numbers back with SPARQL.
"""

from __future__ import annotations

import pytest
from seed_support import curated_store, select_union

from cytokg.config import PAPERS_DIR
from cytokg.graph_build.curation import CurationError, curation_path, load_curation
from cytokg.graph_build.documents import read_document
from cytokg.graph_build.records import Fact
from cytokg.terms import resource

TCZ, ANAKINRA, IVIG, ASPIRIN = (
    "DRUGBANK:DB06273", "DRUGBANK:DB00026", "DRUGBANK:DB00028", "DRUGBANK:DB00945",
)
KD, SEPTIC_SHOCK, VASOPLEGIA = "MONDO:0012727", "MESH:D012772", "MESH:D056987"


@pytest.fixture(scope="module")
def documents():
    return {p.name[:3]: read_document(p, p.name[:3]) for p in sorted(PAPERS_DIR.glob("0*.txt"))}


@pytest.fixture(scope="module")
def facts(documents) -> dict[str, dict[str, Fact]]:
    return {
        doc: {f.key: f for f in load_curation(documents[doc], curation_path(doc), documents)}
        for doc in ("000", "001", "003")
    }


# --- loader behaviour ---------------------------------------------------------------------------

GOOD_HEAD = 'document: "000"\nfile: 000_a647327dfe4db4af.txt\ncurator: test\nfacts:\n'
GOOD_FACT = """  - key: use
    kind: DrugDiseaseUse
    drug: DRUGBANK:DB06273
    forDisease: MONDO:0012727
    quote: "No drug-related adverse events occurred."
"""


def write(tmp_path, body: str):
    path = tmp_path / "broken.yaml"
    path.write_text(GOOD_HEAD + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "body, line, words",
    [
        # lines 1-4 are the head, 5-9 the fact (key, kind, drug, forDisease, quote), 10 on: added
        (GOOD_FACT.replace('occurred."', 'happened."'), 9, "quote not found"),
        (GOOD_FACT.replace("DB06273", "DB99999"), 7, "identifiers.tsv"),
        (GOOD_FACT.replace("drug: DRUGBANK", "drugg: DRUGBANK"), 7, "unknown property 'drugg'"),
        (GOOD_FACT.replace("kind: DrugDiseaseUse", "kind: DrugUse"), 6, "unknown fact kind"),
        (GOOD_FACT + GOOD_FACT, 10, "duplicate fact key 'use'"),
        (GOOD_FACT + '    aboutGroup: "#nowhere"\n', 10, "refers to no fact key"),
        (GOOD_FACT + "    direction: Better\n", 10, "not a Direction"),
        # toxic shock syndrome, the id septic shock must never get: not a verified id
        (GOOD_FACT + "    aboutEntity: MONDO:0001881\n", 10, "identifiers.tsv"),
        (GOOD_FACT + "    aboutEntity: NOPREFIX:1\n", 10, "cannot expand"),
        (GOOD_FACT.replace('    quote: "No drug-related adverse events occurred."\n', ""), 5,
         "needs at least one verbatim quote"),
        (GOOD_FACT.replace('"No drug-related adverse events occurred."', '"KD"'), 9, "occurs"),
        (GOOD_FACT + "    eventCount: many\n", 10, "whole number"),
        (GOOD_FACT + "    label: a\n    label: b\n", 11, "duplicate field 'label'"),
    ],
)
def test_broken_file_names_file_and_line(tmp_path, documents, body, line, words):
    path = write(tmp_path, body)
    with pytest.raises(CurationError) as err:
        load_curation(documents["000"], path, documents)
    message = str(err.value)
    assert f"broken.yaml:{line}:" in message, message
    assert words in message, message


def test_all_problems_reported_together(tmp_path, documents):
    body = GOOD_FACT.replace("drug: DRUGBANK", "drugg: DRUGBANK").replace(
        "kind: DrugDiseaseUse", "kind: DrugUse")
    with pytest.raises(CurationError) as err:
        load_curation(documents["000"], write(tmp_path, body), documents)
    assert [line for line, _ in err.value.problems] == [6, 7]


def test_wrong_document_and_invalid_yaml(tmp_path, documents):
    with pytest.raises(CurationError, match=r"broken.yaml:1: 'document' must be"):
        load_curation(documents["001"], write(tmp_path, GOOD_FACT), documents)
    path = write(tmp_path, GOOD_FACT + "    label: [unclosed\n")
    with pytest.raises(CurationError, match=r"broken.yaml:\d+: not valid YAML"):
        load_curation(documents["000"], path, documents)


def test_occurrence_picks_the_nth_match(tmp_path, documents):
    body = GOOD_FACT.replace('"No drug-related adverse events occurred."', '"TCZ"') + (
        "    occurrence: 2\n")
    (fact,) = load_curation(documents["000"], write(tmp_path, body), documents)
    text = documents["000"].text
    first = text.find("TCZ")
    assert fact.spans[0].start == text.find("TCZ", first + 1)
    assert fact.origin == f"{tmp_path.name}/broken.yaml:5"


def test_cross_paper_quote_needs_the_other_document(documents):
    only_001 = {"001": documents["001"]}
    with pytest.raises(CurationError, match=r"001.yaml:\d+: conflictsWithDocument '002'"):
        load_curation(documents["001"], curation_path("001"), only_001)


def test_entities_list_is_checked(tmp_path, documents):
    from cytokg.graph_build.curation import curated_entities

    good = write(tmp_path, GOOD_FACT)
    good.write_text(good.read_text().replace("facts:", "entities: [HP:0001945]\nfacts:"))
    assert load_curation(documents["000"], good, documents)
    assert curated_entities(good) == {"HP:0001945"}
    bad = write(tmp_path, GOOD_FACT)
    bad.write_text(bad.read_text().replace("facts:", "entities: [HP:9999999]\nfacts:"))
    with pytest.raises(CurationError, match=r"broken.yaml:4: CURIE 'HP:9999999'"):
        load_curation(documents["000"], bad, documents)


def test_no_curation_file_is_none():
    assert curation_path("999") is None
    assert curation_path("000").name == "000.yaml"


# --- every curated fact of 000, 001, 003 ---------------------------------------------------------


@pytest.mark.parametrize("doc", ["000", "001", "003"])
def test_every_quote_sits_at_its_offsets(documents, facts, doc):
    for fact in facts[doc].values():
        assert fact.spans and fact.agent == "ManualCuration" and fact.confidence == 1.0
        assert fact.origin.startswith(f"curation/{doc}.yaml:")
        assert fact.value("evidenceLevel"), fact.key  # own or the study's
        for span in fact.spans:
            assert documents[span.doc or doc].text[span.start:span.end] == span.quote


# --- 000: tocilizumab in IVIG-resistant KD ------------------------------------------------------


def test_000_study_and_timing(facts):
    f = facts["000"]
    # "We retrospectively analyzed four patients with IVIG-resistant KD who received TCZ ..."
    assert f["study"].value("hasStudyDesign") == "CaseSeriesDesign"
    assert f["study"].value("numberOfPatients") == 4
    assert f["study"].value("studiedDisease") == KD
    # "Following TCZ administration (median 15.5 days from onset)"
    tcz = f["tcz"]
    assert (tcz.value("drug"), tcz.value("startValue"), tcz.value("startIsMedian")) == (
        TCZ, 15.5, True)
    assert tcz.value("startAnchor") == "DiseaseOnset"
    # "All patients received a second dose of IVIG before TCZ administration"
    assert tcz.values("priorTherapy") == [IVIG]
    assert f["study"].value("evidenceLevel") == "SmallSeries"
    assert tcz.value("evidenceLevel") == "SmallSeries"  # default from the study


def test_000_afebrile_within_24h_and_coronaries(facts):
    f = facts["000"]
    # "all patients achieved normothermia within 24 hours"
    fever = f["normothermia-24h"]
    assert (fever.value("eventCount"), fever.value("denominator")) == (4, 4)
    assert fever.value("outcomeClass") == "Fever"
    # "no new coronary artery lesions (CALs) were identified after treatment"
    assert (f["new-cal"].value("eventCount"), f["new-cal"].value("denominator")) == (0, 4)
    # "in the two patients with pre-existing CALs, complete resolution of coronary dilation"
    res = f["cal-resolution"]
    assert (res.value("eventCount"), res.value("denominator")) == (2, 2)
    assert res.value("measuredVariable") == "HP:0030882"
    # "No drug-related adverse events occurred."
    assert f["no-adverse-events"].value("eventCount") == 0


def test_000_hypothesis_and_conflict(facts):
    f = facts["000"]
    hyp = f["hypothesis-phase"]
    assert hyp.kind == "Hypothesis"
    assert any("“phase-dependent efficacy” hypothesis" in s.quote for s in hyp.spans)
    conflict = f["conflict-coronary-timing"]
    assert set(conflict.values("conflictsWith")) == {"#claim-late-tcz", "#claim-earlier-dilation"}
    assert "previous reports of coronary dilation following earlier intervention" in (
        conflict.spans[0].quote)
    # the page's own code for "coronary dilation" is Cardiomyopathy, Dilated: flagged
    code = f["code-coronary-dilation"]
    assert (code.value("paperCode"), code.value("referenceCode")) == ("MESH:D002311", "HP:0030882")


# --- 001: anakinra case report ------------------------------------------------------------------


def test_001_patient_and_anakinra_regimen(facts):
    f = facts["001"]
    # "We report the case of a previously healthy 9-month-old girl"
    p = f["patient"]
    assert (p.value("ageValue"), p.value("ageUnit"), p.value("hasSex")) == (9, "month", "Female")
    assert f["study"].value("hasStudyDesign") == "CaseReportDesign"
    assert f["study"].value("numberOfPatients") == 1
    # "third-line treatment with Anakinra 5 mg/kg/day was started for a period of 3 months"
    a = f["anakinra"]
    assert (a.value("drug"), a.value("doseValue"), a.value("doseUnit")) == (
        ANAKINRA, 5, "mg/kg/day")
    assert (a.value("durationValue"), a.value("durationUnit"), a.value("lineOfTherapy")) == (
        3, "month", 3)
    # "A follow-up echocardiogram was performed on day 24 ..." then anakinra was started
    assert (a.value("startValue"), a.value("startAnchor")) == (24, "FeverOnset")
    assert set(a.values("priorTherapy")) == {IVIG, ASPIRIN}
    # "IVIG at a dose of 2 g/kg/perfusion combined with aspirin at 50 mg/kg/d on the 9th day"
    assert (f["ivig-1"].value("doseValue"), f["ivig-1"].value("startValue")) == (2, 9)
    assert f["aspirin-high"].value("doseValue") == 50


def test_001_coronary_course(facts):
    f = facts["001"]
    # "aneurysmal dilatation of the left coronary artery (LCA) to 4.1 mm" ... "Z-score +5,8"
    assert (f["lca-day16"].value("value"), f["lca-day16"].value("unit")) == (4.1, "mm")
    assert f["lca-zscore-day16"].value("value") == 5.8
    # "showed a worsening of the aneurysm in the LCA to 6 mm and in the LDCA to 4 mm"
    assert (f["lca-day24"].value("value"), f["lad-day24"].value("value")) == (6, 4)
    assert f["lca-day24"].value("direction") == "Worsened"
    # "complete normalization of cardio-vascular findings at month 8"
    assert f["normalisation-month-8"].value("direction") == "Improved"
    # "elevated ESR at 122 mm/1rst hour, increased C-reactive protein at 260 mg/L"
    assert (f["esr-admission"].value("value"), f["crp-admission"].value("value")) == (122, 260)
    assert f["crp-admission"].value("measuredVariable") == "LOINC:1988-5"


def test_001_target_and_conflict_with_002(documents, facts):
    f = facts["001"]
    # "Anakinra, an interleukin-1 receptor antagonist"
    link = f["target-anakinra"]
    assert (link.value("drug"), link.value("target")) == (ANAKINRA, "UniProtKB:P14778")
    assert link.spans[0].quote == "Anakinra, an interleukin-1 receptor antagonist"
    conflict = f["conflict-anakinra-coronary-speed"]
    other = [s for s in conflict.spans if s.doc == "002"]
    assert len(other) == 1
    # 002: "But analysis did not show either a striking or a rapid decrease of coronary ..."
    assert documents["002"].text[other[0].start:other[0].end] == (
        "But analysis did not show either a striking or a rapid decrease of coronary dilatations.")
    assert "#claim-anakinra-rapid" in conflict.values("conflictsWith")


def test_001_literature_table_rows(facts):
    f = facts["001"]
    # Table 1 row "[15] 11 At least 2 IVIG ... Range 2–8 mg/kg/day & 6-81 days"
    assert f["lit-15-group"].value("groupSize") == 11
    row = f["lit-15-anakinra"]
    assert (row.value("rangeLow"), row.value("rangeHigh"), row.value("doseUnit")) == (
        2, 8, "mg/kg/day")
    # "[14] 1 2 IVIG, 3 Steroid boluses 1 Infliximab ... 6 mg/kg/day 9 weeks"
    row14 = f["lit-14-anakinra"]
    assert "DRUGBANK:DB00065" in row14.values("priorTherapy")
    assert (row14.value("doseValue"), row14.value("durationValue")) == (6, 9)
    # the cited patients are not this study's patients
    assert f["study"].values("hasGroup") == ["#case"]


# --- 003: tocilizumab in pediatric septic shock -----------------------------------------------


def test_003_cohort_and_groups(facts):
    f = facts["003"]
    assert f["study"].value("hasStudyDesign") == "RetrospectiveCohortDesign"
    assert f["study"].value("numberOfPatients") == 64
    assert f["study"].values("studiedDisease") == [SEPTIC_SHOCK, VASOPLEGIA]
    # "tocilizumab (# =31) and control (z=33)" - OCR for n=31, n=33
    assert f["tcz-group"].value("groupSize") == 31
    assert (f["control"].value("groupSize"), f["control"].value("isHistorical")) == (33, True)
    assert f["control"].kind == "HistoricalControl"
    assert f["tcz"].value("forDisease") == SEPTIC_SHOCK  # never MONDO:0001881 (toxic shock)
    assert f["target-tcz"].value("target") == "UniProtKB:P08887"


def test_003_mortality_and_shock_duration(facts):
    f = facts["003"]
    # Table 1: "Mortality, n (%) 18 (54.5) 6(19.3) 0.004*"
    assert (f["mortality-control"].value("eventCount"),
            f["mortality-control"].value("denominator")) == (18, 33)
    assert (f["mortality-tcz"].value("eventCount"), f["mortality-tcz"].value("denominator")) == (
        6, 31)
    assert f["mortality-tcz"].value("timePoint") == "28 days"  # "28-day mortality"
    cmp = f["mortality-comparison"]
    assert (cmp.value("pValue"), cmp.value("favours")) == (0.004, "#tcz-group")
    assert set(cmp.values("compares")) == {"#mortality-tcz", "#mortality-control"}
    # "Shock duration (hours) 240 (120-336) 96 (48-120) <0.001*"
    assert f["shock-duration-control"].value("median") == 240
    assert (f["shock-duration-tcz"].value("median"), f["shock-duration-tcz"].value("iqrHigh")) == (
        96, 120)
    assert (f["shock-duration-comparison"].value("pValue"),
            f["shock-duration-comparison"].value("pValueQualifier")) == (0.001, "<")
    # "Kaplan-Meier survival analysis confirmed ... (log-rank p<0.01)"
    assert f["survival-km"].value("pValue") == 0.01


def test_003_ocr_noise_quoted_verbatim_numbers_corrected(facts):
    f = facts["003"]
    # "Age (years) 122+43 11.1+6.7 0454": quoted as printed, read as 12.2 +- 4.3, p = 0.454
    age = f["age-control"]
    assert age.spans[0].quote == "Age (years) 122+43 11.1+6.7 0454"
    assert (age.value("mean"), age.value("sd"), f["age-comparison"].value("pValue")) == (
        12.2, 4.3, 0.454)
    # "Day 3 VIS 284+224 48+4.1 0.001*"
    assert (f["vis-day3-tcz"].value("mean"), f["vis-day3-control"].value("mean")) == (4.8, 28.4)


# --- through the RDF layer into a real store ------------------------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory, documents, facts):
    docs = ("000", "001", "003")
    store = curated_store(tmp_path_factory.mktemp("curation-000-001-003"), docs, documents, facts)
    yield store
    del store


select = select_union


def test_store_mortality_counts(store):
    # 003: 28-day mortality 18/33 vs 6/31, p = 0.004
    rows = select(store, f"""SELECT ?n ?d WHERE {{
        <{resource('003', 'comparison', 'mortality-comparison')}> cy:pValue ?p ;
            cy:compares ?m . ?m cy:eventCount ?n ; cy:denominator ?d }} ORDER BY ?n""")
    assert [(int(r["n"].value), int(r["d"].value)) for r in rows] == [(6, 31), (18, 33)]


def test_store_cross_paper_span(store, documents):
    # the 001 conflict carries a span in document 002
    rows = select(store, f"""SELECT ?start ?end ?doc WHERE {{
        <{resource('001', 'conflict', 'conflict-anakinra-coronary-speed')}> cy:hasEvidence ?e .
        ?e cy:derivedFrom ?s . ?s cy:inDocument ?doc ; cy:startOffset ?start ;
        cy:endOffset ?end . FILTER(?doc = <{resource('002')}>) }}""")
    assert len(rows) == 1
    start, end = int(rows[0]["start"].value), int(rows[0]["end"].value)
    assert documents["002"].text[start:end].startswith("But analysis did not show")
