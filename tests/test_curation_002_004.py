"""The curated facts of the review 002 and the Takayasu series 004, read by the real loader.

Every expected value below is the paper's own number; the sentence or table row it comes from is
quoted in the comment beside it. The last tests put the facts through the RDF layer into a real
pyoxigraph store on disk and ask SPARQL for the same numbers.
"""

from __future__ import annotations

from statistics import median

import pytest
from seed_support import curated_store, select_union

from cytokg.config import CURATION_DIR, PAPERS_DIR
from cytokg.graph_build.curation import load_curation
from cytokg.graph_build.documents import read_document
from cytokg.graph_build.records import Fact
from cytokg.identifiers import expand
from cytokg.terms import CY, resource

TCZ, ANAKINRA, TA, KD = "DRUGBANK:DB06273", "DRUGBANK:DB00026", "MONDO:0017991", "MONDO:0012727"


@pytest.fixture(scope="module")
def documents():
    return {p.name[:3]: read_document(p, p.name[:3]) for p in sorted(PAPERS_DIR.glob("0*.txt"))}


@pytest.fixture(scope="module")
def facts(documents) -> dict[str, dict[str, Fact]]:
    out = {}
    for doc in ("002", "004"):
        loaded = load_curation(documents[doc], CURATION_DIR / f"{doc}.yaml", documents)
        out[doc] = {f.key: f for f in loaded}
    return out


def of_kind(facts: dict[str, Fact], kind: str) -> list[Fact]:
    return [f for f in facts.values() if f.kind == kind]


@pytest.mark.parametrize("doc", ["002", "004"])
def test_every_quote_sits_at_its_offsets(documents, facts, doc):
    for fact in facts[doc].values():
        assert fact.spans, fact.key
        assert fact.agent == "ManualCuration"
        for span in fact.spans:
            text = documents[span.doc or doc].text
            assert text[span.start:span.end] == span.quote, (fact.key, span.quote[:40])


# --- 004: tocilizumab in refractory Takayasu arteritis ------------------------------------------


def test_004_study_of_seven_female_patients(facts):
    f = facts["004"]
    # "We retrospectively assessed ... TCZ in 7 consecutive patients with refractory TA"
    assert f["study"].value("numberOfPatients") == 7
    assert f["study"].value("studiedDisease") == TA
    assert f["study"].value("hasStudyDesign") == "CaseSeriesDesign"
    assert f["tcz-group"].value("groupSize") == 7
    patients = of_kind(f, "Patient")
    # "Seven female patients with TA treated with TCZ were included in our study."
    assert len(patients) == 7
    assert {p.value("hasSex") for p in patients} == {"Female"}
    assert sorted(f["tcz-group"].values("hasMember")) == [f"#patient-{i}" for i in range(1, 8)]
    # Table 1 ages at onset agree with the text: "Their median age at TA diagnosis was 24 years"
    assert median(p.value("ageValue") for p in patients) == 24


def test_004_tocilizumab_regimen_and_prior_therapies(facts):
    tcz = facts["004"]["tcz"]
    # "7 received TCZ (8 mg/kg monthly)"
    assert (tcz.value("drug"), tcz.value("doseValue"), tcz.value("doseUnit")) == (TCZ, 8.0, "mg/kg")
    assert tcz.value("frequency") == "monthly"
    # "The median followup on TCZ was 14 months (IQR 10-33)."
    assert (tcz.value("durationValue"), tcz.value("durationUnit")) == (14.0, "months")
    # "methotrexate (all patients) ... infliximab (all patients), adalimumab (n = 3), and anakinra"
    prior = set(tcz.values("priorTherapy"))
    assert {"DRUGBANK:DB00563", "DRUGBANK:DB00065", "DRUGBANK:DB00051", ANAKINRA} <= prior
    assert facts["004"]["tcz-target-il6r"].value("target") == "UniProtKB:P08887"


@pytest.mark.parametrize(
    ("key", "before", "after", "p"),
    [
        # "median erythrocyte sedimentation rate (ESR) reduced from 34 mm/h (IQR 31–40) to 4.0 mm/h
        # (IQR 2.0–15; p = 0.028)"
        ("esr", (34, 31, 40), (4.0, 2.0, 15), 0.028),
        # "median C-reactive protein (CRP) declined from 13 mg/l (IQR 12–14) to 2.0 mg/l
        # (IQR 1.0–6.0; p = 0.043; Table 2)"
        ("crp", (13, 12, 14), (2.0, 1.0, 6.0), 0.043),
        # Table 2: "Platelets (× 109/l) 370 (345–386) 277 (252–326) 0.018"
        ("platelets", (370, 345, 386), (277, 252, 326), 0.018),
    ],
)
def test_004_markers_before_after_with_p(facts, key, before, after, p):
    f = facts["004"]
    for phase, expected in (("before", before), ("after", after)):
        m = f[f"{key}-{phase}"]
        assert (m.value("median"), m.value("iqrLow"), m.value("iqrHigh")) == expected
        assert m.value("phase") == phase
        assert m.value("aboutGroup") == "#tcz-group"
    assert f[f"{key}-after"].value("direction") == "Improved"
    comparison = f[f"{key}-comparison"]
    assert comparison.value("pValue") == p
    assert comparison.values("compares") == [f"#{key}-before", f"#{key}-after"]


def test_004_markers_normalised_while_imaging_progressed(facts):
    f = facts["004"]
    # "Inflammatory markers normalized in all patients treated with TCZ."
    markers = f["markers-normalised"]
    assert (markers.value("eventCount"), markers.value("denominator")) == (7, 7)
    assert markers.value("direction") == "Improved"
    # "However, vascular progression occurred in 4 patients"
    progression = f["vascular-progression"]
    assert (progression.value("eventCount"), progression.value("denominator")) == (4, 7)
    assert progression.value("direction") == "Worsened"
    assert progression.value("outcomeClass") == "VascularImaging"
    conflict = f["markers-vs-imaging"]
    assert set(conflict.values("conflictsWith")) == {"#markers-normalised", "#vascular-progression"}
    # "4 patients taking TCZ ... achieved clinical response"
    assert f["clinical-response"].value("eventCount") == 4


def test_004_adverse_events_and_withdrawals(facts):
    f = facts["004"]
    # "Three patients experienced adverse events and 2 suspended TCZ."
    assert f["ae-any"].value("eventCount") == 3
    withdrawn = {a.key for a in of_kind(f, "AdverseEvent") if a.value("ledToWithdrawal") is True}
    assert withdrawn == {"ae-recurrent-pneumonia", "ae-rash"}
    # "1 of them had recurrent pneumonia and suspended TCZ" (Table 1: patient 7)
    assert "HP:0006532" in f["ae-recurrent-pneumonia"].values("finding")
    assert f["ae-recurrent-pneumonia"].value("aboutGroup") == "#patient-7"
    # "another subject experienced a severe maculopapular rash that subsided after TCZ suspension"
    assert f["ae-rash"].value("finding") == "HP:0040186"
    assert f["ae-rash"].value("aboutGroup") == "#patient-6"
    assert all(a.value("drug") == TCZ for a in of_kind(f, "AdverseEvent"))


# --- 002: the review of IVIG-resistant Kawasaki disease -----------------------------------------


def score_items(facts: dict[str, Fact], score: str) -> dict[str, tuple[str, float]]:
    items = [facts[ref[1:]] for ref in facts[score].values("hasItem")]
    return {i.label: (i.value("threshold"), i.value("points")) for i in items}


def test_002_kobayashi_items_thresholds_points(facts):
    f = facts["002"]
    # "2 points for days of illness at initial treatment ≤4, 2 points for sodium <133 mmol/L,
    # 2 points for aspartate aminotransferase (AST) ≥100 IU/L, 2 points for % Neutrophils ≥80,
    # 1 point for age ≤12 months, 1 point for C-reactive protein (CRP) ≥10 mg/dL, 1 point for
    # platelets ≤300,000/mm³, low risk: 0–3; high risk: 4–6"
    assert score_items(f, "score-kobayashi") == {
        "days of illness at initial treatment": ("≤4", 2.0),
        "sodium": ("<133 mmol/L", 2.0),
        "aspartate aminotransferase (AST)": ("≥100 IU/L", 2.0),
        "% neutrophils": ("≥80", 2.0),
        "age": ("≤12 months", 1.0),
        "C-reactive protein (CRP)": ("≥10 mg/dL", 1.0),
        "platelets": ("≤300,000/mm³", 1.0),
    }
    assert f["score-kobayashi"].value("cutoff") == 4.0
    assert f["kobayashi-ast"].value("aboutEntity") == "LOINC:1920-8"


def test_002_egami_items_and_its_ast_alt_conflict(facts):
    f = facts["002"]
    # "2 points for AST >80 IU/L, 1 point for age ≤6 months, 1 point for days of illness at initial
    # treatment ≤4, 1 point for platelets ≤300,000/mm³, 1 point for CRP ≥8 mg/dL"
    items = score_items(f, "score-egami")
    assert sorted(points for _, points in items.values()) == [1.0, 1.0, 1.0, 1.0, 2.0]
    assert items["age"] == ("≤6 months", 1.0)
    assert items["C-reactive protein (CRP)"] == ("≥8 mg/dL", 1.0)
    # Table 1 says "ALT ≥80 IU/L" for Egami: the paper contradicts itself, recorded as a Conflict
    assert f["egami-transaminase"].value("threshold") == ">80 IU/L"
    assert f["egami-transaminase"].value("aboutEntity") is None
    assert set(f["conflict-egami-transaminase"].values("conflictsWith")) == {
        "#egami-transaminase", "#predictor-table-egami"}


def test_002_regimen_table_rows(facts):
    f = facts["002"]
    rows = {r.label: r for r in of_kind(f, "RegimenRecommendation")}
    # Table 2 has eight rows, IVIG to plasma exchange
    assert set(rows) == {"IVIG", "IVIG plus prednisolone", "Infliximab", "Etanercept",
                         "Cyclosporine", "Methotrexate", "Anakinra", "Plasma exchange"}
    # "Infliximab ... Monoclonal antibody against TNF  5-mg/kg intravenous infusion for 2 hr"
    infliximab = rows["Infliximab"]
    assert (infliximab.value("doseValue"), infliximab.value("doseUnit")) == (5.0, "mg/kg")
    assert infliximab.value("variableLabel") == "Monoclonal antibody against TNF"
    # "Anakinra ... Recombinant IL-1β receptor antagonist  2–6 mg/kg/day by subcutaneous injection"
    anakinra = rows["Anakinra"]
    assert anakinra.value("drug") == ANAKINRA
    assert (anakinra.value("rangeLow"), anakinra.value("rangeHigh")) == (2.0, 6.0)
    assert anakinra.value("routeLabel") == "subcutaneous injection"
    assert rows["Plasma exchange"].value("drug") is None


def test_002_aneurysm_rates_and_p_value(facts):
    f = facts["002"]
    # "aneurysms developed in 9 of 60 (15%) IVIG-resistant patients as compared with 9 of 302 (3%)
    # IVIG-responsive patients ($P=0.0008$)"
    resistant, responsive = f["aneurysm-ivig-resistant"], f["aneurysm-ivig-responsive"]
    assert (resistant.value("eventCount"), resistant.value("denominator")) == (9, 60)
    assert (responsive.value("eventCount"), responsive.value("denominator")) == (9, 302)
    assert f["aneurysm-comparison"].value("pValue") == 0.0008


def test_002_anakinra_claim_and_rupture(documents, facts):
    f = facts["002"]
    claim = f["anakinra-no-rapid-coronary-decrease"]
    assert claim.kind == "AuthorClaim"
    assert claim.spans[0].quote == (
        "But analysis did not show either a striking or a rapid decrease of coronary dilatations.")
    # "One patient with rapid increase of coronary artery aneurysms died of massive pericardial
    # hemorrhage probably due to aneurysm rupture."
    rupture = f["ae-aneurysm-rupture"]
    assert rupture.value("drug") == ANAKINRA and rupture.value("eventCount") == 1
    assert "MESH:D017542" in rupture.values("finding")
    # 001's cross-paper Conflict quotes the same sentence: it must land on the same 002 span
    if (CURATION_DIR / "001.yaml").is_file():
        other = load_curation(documents["001"], CURATION_DIR / "001.yaml", documents)
        spans = {(s.start, s.end) for fact in other for s in fact.spans if s.doc == "002"}
        assert (claim.spans[0].start, claim.spans[0].end) in spans


def test_002_uses_for_ivig_resistant_kd(facts):
    uses = {u.value("drug"): u for u in of_kind(facts["002"], "DrugDiseaseUse")}
    # the review discusses IVIG, steroids, infliximab, etanercept, cyclosporine, methotrexate,
    # anakinra (and plasma exchange, a procedure) for KD
    for drug in ("DRUGBANK:DB00028", "DRUGBANK:DB00959", "DRUGBANK:DB00065", "DRUGBANK:DB00005",
                 "DRUGBANK:DB00091", "DRUGBANK:DB00563", ANAKINRA):
        assert uses[drug].value("forDisease") == KD
    # "The immunosuppressive agent methotrexate ... did not affect the improvement or prevention
    # of CAL."
    assert uses["DRUGBANK:DB00563"].value("direction") == "Unchanged"


# --- through the RDF layer into a real store -------------------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory, documents, facts):
    docs = ("002", "004")
    store = curated_store(tmp_path_factory.mktemp("curation-store"), docs, documents, facts)
    yield store
    del store


select = select_union


def test_store_esr_comparison(store):
    # 004: ESR 34 -> 4.0 mm/h, p = 0.028
    rows = select(store, f"""SELECT ?before ?after ?p WHERE {{
        <{resource('004', 'comparison', 'esr-comparison')}> cy:pValue ?p ;
            cy:compares ?b, ?a .
        ?b cy:phase "before" ; cy:median ?before . ?a cy:phase "after" ; cy:median ?after }}""")
    assert [(float(r["before"].value), float(r["after"].value), float(r["p"].value))
            for r in rows] == [(34.0, 4.0, 0.028)]


def test_store_kobayashi_points_and_tcz_shortcut(store):
    rows = select(store, f"""SELECT (SUM(?pts) AS ?total) (COUNT(?item) AS ?n) WHERE {{
        <{resource('002', 'riskscore', 'score-kobayashi')}> cy:hasItem ?item .
        ?item cy:points ?pts }}""")
    # 4 items of 2 points and 3 of 1 point
    assert (float(rows[0]["total"].value), int(rows[0]["n"].value)) == (11.0, 7)
    # a case series: tocilizumab was applied to treat Takayasu arteritis
    ask = f"ASK {{ <{expand(TCZ)}> <{CY.appliedToTreat}> <{expand(TA)}> }}"
    assert bool(store.query(ask, use_default_graph_as_union=True))


def test_store_withdrawal_findings(store):
    rows = select(store, """SELECT ?finding WHERE {
        ?ae a cy:AdverseEvent ; cy:drug ?drug ; cy:ledToWithdrawal true ; cy:finding ?finding }""")
    findings = {r["finding"].value for r in rows}
    assert findings == {expand(c) for c in ("HP:0006532", "HP:0000246", "HP:0040186")}

