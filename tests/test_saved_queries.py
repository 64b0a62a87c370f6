"""Every saved query, run in-process on the store built from the bundled papers, answers what the
papers say (each expected value cites its sentence); plus the library parser and the binder."""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from cytokg.config import QUERIES_DIR
from cytokg.identifiers import expand
from cytokg.server.query_library import QueryFileError, default_library, load_query
from cytokg.server.query_params import ParameterError, bind

sys.path.insert(0, str(Path(__file__).parent))
from saved_query_support import build_store, run_saved  # noqa: E402

TCZ = expand("DRUGBANK:DB06273")  # identifiers.tsv: tocilizumab
ANAKINRA = expand("DRUGBANK:DB00026")  # identifiers.tsv: anakinra
KAWASAKI = expand("MONDO:0012727")  # identifiers.tsv: Kawasaki disease
TAKAYASU = expand("MONDO:0017991")  # identifiers.tsv: Takayasu arteritis
IL6R = expand("UniProtKB:P08887")  # identifiers.tsv: tocilizumab target IL6R


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("saved"))


def column(rows, name) -> set[str]:
    return {r[name] for r in rows if name in r}


# --- the library ------------------------------------------------------------------------------


def test_library_has_at_least_20_queries_with_summaries():
    library = default_library()
    assert len(library) >= 20
    for saved in library.values():
        assert saved.summary and saved.summary != saved.name, saved.name
        assert saved.tags, saved.name


def test_parameters_follow_grlc_naming():
    lib = default_library()
    fact = lib["fact-provenance"].parameter("fact")
    assert (fact.kind, fact.required, fact.variable) == ("iri", True, "_fact_iri")
    maxp = lib["outcome-comparisons"].parameter("maxp")
    assert (maxp.kind, maxp.required) == ("typed", False)
    assert maxp.datatype.endswith("#decimal")
    assert lib["drug-doses"].parameter("drug").default == "DRUGBANK:DB06273"
    assert lib["facts-by-agent"].parameter("agent").enum == ("ManualCuration", "TextMining")
    assert lib["studies"].pagination == 10
    assert lib["drug-disease-graph"].query_type == "construct"
    assert lib["drug-used-for-disease"].query_type == "ask"


def test_bad_query_files_are_errors_naming_the_file(tmp_path):
    bad_yaml = tmp_path / "bad-yaml.rq"
    bad_yaml.write_text("#+ summary: a: b: c\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(QueryFileError, match="bad-yaml.rq"):
        load_query(bad_yaml)
    unprojected = tmp_path / "unprojected.rq"
    unprojected.write_text("SELECT ?s WHERE { ?s ?p ?_o }\n", encoding="utf-8")
    with pytest.raises(QueryFileError, match="unprojected.rq: parameters cannot be bound"):
        load_query(unprojected)
    bound = tmp_path / "bound.rq"
    bound.write_text("SELECT ?s ?__o WHERE { ?s ?p ?o FILTER(!BOUND(?__o)) }\n", encoding="utf-8")
    with pytest.raises(QueryFileError, match="BOUND"):
        load_query(bound)


def test_every_library_file_is_valid_sparql():
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        assert load_query(path).query_type in {"select", "ask", "construct", "describe"}


# --- binding ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "args", "parameter"),
    [
        ("fact-provenance", {"fact": ["<x> . ?s ?p ?o"]}, "fact"),
        ("fact-provenance", {"fact": ['"> } ; DROP ALL ; #']}, "fact"),
        ("fact-provenance", {"fact": ["not an iri"]}, "fact"),
        ("fact-provenance", {"fact": ["NOPREFIX:123"]}, "fact"),
        ("fact-provenance", {}, "fact"),
        ("outcome-comparisons", {"maxp": ["0.05 ) || true || ("]}, "maxp"),
        ("facts-by-agent", {"agent": ["Robot"]}, "agent"),
    ],
)
def test_invalid_values_are_refused_naming_the_parameter(name, args, parameter):
    with pytest.raises(ParameterError) as err:
        bind(default_library()[name], args)
    assert err.value.parameter == parameter


def test_values_are_bound_as_terms_not_text():
    saved = default_library()["risk-score-items"]
    payload = '") } UNION { ?s ?p ?o } #'
    bound = bind(saved, {"score": [payload]})
    assert bound.query == saved.query  # the text is untouched: the value travels as a term
    ((var, term),) = bound.substitutions
    assert var == "__score" and isinstance(term, ox.Literal) and term.value == payload


def test_multiple_values_become_a_values_block_of_parsed_terms():
    saved = default_library()["drugs-for-disease"]
    bound = bind(saved, {"disease": ["MONDO:0012727", "MONDO:0017991"]})
    assert f"VALUES ?_disease_iri {{ <{KAWASAKI}> <{TAKAYASU}> }}" in bound.query
    assert bound.substitutions == ()


# --- answers from the papers ------------------------------------------------------------------


def test_blockers_by_disease(store):
    rows = run_saved(store, "blockers-by-disease")
    pairs = {(r["pathway"].rsplit("/", 1)[1], r["drug"], r["disease"]) for r in rows}
    # 000: "We retrospectively analyzed four patients with IVIG-resistant KD who received TCZ"
    assert ("IL6PathwayBlocker", TCZ, KAWASAKI) in pairs
    # 004: "We retrospectively assessed the outcome of blocking interleukin (IL)-6 with TCZ in 7"
    assert ("IL6PathwayBlocker", TCZ, TAKAYASU) in pairs
    # 001: "successfully treated with Anakinra 3 months with 5 years of follow-up."
    assert ("IL1PathwayBlocker", ANAKINRA, KAWASAKI) in pairs
    tak = [r for r in rows if r["drug"] == TCZ and r["disease"] == TAKAYASU and r["doc"] == "004"]
    assert {r.get("patients") for r in tak} == {"7"}
    il1_only = run_saved(store, "blockers-by-disease",
                         pathway="https://w3id.org/cytokg/IL1PathwayBlocker")
    assert column(il1_only, "drug") == {ANAKINRA}


def test_septic_shock_mortality_with_and_without_tocilizumab(store):
    rows = run_saved(store, "mortality-with-without-drug")
    # 003 Table 1: "Mortality, n (%) 18 (54.5) 6(19.3) 0.004*"; "Patients from 2018 to 2021 served
    # as historical controls without tocilizumab therapy."
    counts = {(r["treated"], r["events"], r["denominator"], r["historical"]) for r in rows}
    treated = {c[1:] for c in counts if c[0] == "true"}
    control = {c[1:] for c in counts if c[0] == "false"}
    assert treated == {("6", "31", "false")}
    assert control == {("18", "33", "true")}
    assert "0.004" in column(rows, "pValue")
    # "28-day mortality was reduced from 54.5 to 19.3%"
    assert column(rows, "timePoint") == {"28 days"}


def test_kawasaki_coronary_outcome_and_start_day_per_drug(store):
    rows = run_saved(store, "kd-coronary-outcome-by-drug")
    # 000: "Following TCZ administration (median 15.5 days from onset)"; "complete resolution of
    # coronary dilation was observed during follow-up"
    tcz = [r for r in rows if r["drug"] == TCZ]
    assert {(r["startValue"], r["startUnit"], r.get("startIsMedian")) for r in tcz} == {
        ("15.5", "day", "true")
    }
    assert "Improved" in column(tcz, "direction")
    # 001: "A follow-up echocardiogram was performed on day 24 ... third-line treatment with
    # Anakinra 5 mg/kg/day was started"; "decreasing dilatation of the aneurysms"
    ana = [r for r in rows if r["drug"] == ANAKINRA]
    assert column(ana, "startValue") == {"24"}
    assert "Improved" in column(ana, "direction")


def test_conflicting_findings_show_both_sentences(store):
    rows = run_saved(store, "conflicting-findings")
    by_conflict: dict[str, set] = {}
    for r in rows:
        by_conflict.setdefault(r["conflict"], set()).add((r["doc"], r["quote"]))
    assert all(len(quotes) >= 2 for quotes in by_conflict.values())
    quotes = {q for qs in by_conflict.values() for _, q in qs}
    # 000: "This outcome contrasts with previous reports of coronary dilation following earlier
    # intervention."
    assert "This outcome contrasts with previous reports of coronary dilation following earlier " \
           "intervention." in quotes
    # across papers (001 vs 002): "But analysis did not show either a striking or a rapid decrease
    # of coronary dilatations."
    cross = [qs for qs in by_conflict.values() if len({d for d, _ in qs}) > 1]
    assert any(any("rapid decrease of coronary dilatations" in q for _, q in qs) for qs in cross)


def test_takayasu_markers_normalised_while_imaging_progressed(store):
    rows = run_saved(store, "markers-vs-imaging")
    # 004: "median erythrocyte sedimentation rate (ESR) reduced from 34 mm/h (IQR 31–40) to 4.0 mm/h
    # (IQR 2.0–15; p = 0.028); median C-reactive protein (CRP) declined from 13 mg/l (IQR 12–14) to
    # 2.0 mg/l (IQR 1.0–6.0; p = 0.043"
    esr = {(r["phase"], float(r["median"]), r["pValue"]) for r in rows
           if r.get("markerLabel", "").startswith("ESR") and "median" in r}
    assert esr == {("before", 34.0, "0.028"), ("after", 4.0, "0.028")}
    crp = {(r["phase"], float(r["median"])) for r in rows
           if r.get("markerLabel", "").startswith("CRP") and "median" in r}
    assert crp == {("before", 13.0), ("after", 2.0)}
    # "However, vascular progression occurred in 4 patients"
    assert ("4", "7") in {(r.get("imagingPatients"), r.get("imagingDenominator")) for r in rows}


def test_adverse_events_and_withdrawals(store):
    rows = run_saved(store, "adverse-events", drug="DRUGBANK:DB06273")
    assert rows and all(r["doc"] in {"000", "003", "004"} for r in rows)
    # 004: "1 of them had recurrent pneumonia and suspended TCZ), another subject experienced a
    # severe maculopapular rash that subsided after TCZ suspension."
    ended = {r["variable"] for r in rows if r["doc"] == "004" and r["ledToWithdrawal"] == "true"}
    assert any("pneumonia" in v for v in ended) and any("rash" in v for v in ended)
    # 000: "No drug-related adverse events occurred."
    assert ("000", "0") in {(r["doc"], r.get("patients")) for r in rows}
    # 002: "Nine patients developed hyperkalemia" (cyclosporine), unfiltered
    everything = run_saved(store, "adverse-events")
    assert ("hyperkalemia", "9") in {(r["variable"], r.get("patients")) for r in everything}


def test_claims_by_evidence_strength(store):
    rows = run_saved(store, "claims-by-evidence-strength")
    # 000 is "four patients", 001 "a case of 9 months old girl": fewer than five patients
    small = {r["doc"] for r in rows if r["strength"] == "fewer than 5 patients"}
    assert {"000", "001"} <= small
    # 003 compares tocilizumab (n=31) with historical controls (n=33): a controlled cohort
    controlled = run_saved(store, "claims-by-evidence-strength", strength="controlled cohort")
    assert "003" in column(controlled, "doc")
    assert column(controlled, "strength") == {"controlled cohort"}


def test_anakinra_regimens_in_kawasaki_disease(store):
    rows = run_saved(store, "regimens-for-disease")
    # 001: "third-line treatment with Anakinra 5 mg/kg/day was started for a period of 3 months"
    assert ("001", "5", "mg/kg/day", "3", "month") in {
        (r["doc"], r.get("dose"), r.get("doseUnit"), r.get("duration"), r.get("durationUnit"))
        for r in rows
    }
    # 002 Table 2: "Anakinra ... 2–6 mg/kg/day by subcutaneous injection"
    assert ("002", "subcutaneous injection") in {(r["doc"], r.get("route")) for r in rows}


def test_vasculitides_by_mondo_hierarchy(store):
    rows = run_saved(store, "vasculitides-with-blockade")
    # MONDO: Kawasaki disease subClassOf vasculitis; Takayasu arteritis subClassOf arteritis
    # subClassOf vasculitis (mondo_slice.tsv); both papers used cytokine blockers.
    assert {KAWASAKI, TAKAYASU} <= column(rows, "disease")
    assert expand("MESH:D012772") not in column(rows, "disease")  # septic shock is no vasculitis


def test_quote_and_offsets_behind_a_fact(store):
    fact = "https://w3id.org/cytokg/resource/003/treatmentexposure/tcz"
    rows = run_saved(store, "fact-provenance", fact=fact)
    assert rows
    text = next(Path(__file__).parents[1].joinpath("cytokg/data/papers").glob("003_*.txt"))
    paper = text.read_text(encoding="utf-8")
    for r in rows:
        assert paper[int(r["start"]):int(r["end"])] == r["quote"]
        assert r["doc"] == "003"
    assert "ManualCuration" in column(rows, "agent")


def test_ivig_resistance_predictors_and_kobayashi_items(store):
    predictors = run_saved(store, "ivig-resistance-predictors")
    assert len(column(predictors, "predictor")) >= 5
    rows = run_saved(store, "risk-score-items", score="Kobayashi")
    assert {r["scoreLabel"] for r in rows} == {"Kobayashi score (prediction of IVIG resistance)"}
    # 002: "2 points for days of illness at initial treatment ≤4, 2 points for sodium <133 mmol/L, 2
    # points for aspartate aminotransferase (AST) ≥100 IU/L, 2 points for % Neutrophils ≥80, 1 point
    # for age ≤12 months, 1 point for C-reactive protein (CRP) ≥10 mg/dL, 1 point for platelets
    # ≤300,000/mm³"
    points = sorted(float(r["points"]) for r in rows)
    assert points == [1, 1, 1, 2, 2, 2, 2]
    assert {"<133 mmol/L", "≥100 IU/L", "≥10 mg/dL", "≤12 months"} <= column(rows, "threshold")


def test_code_disagreements(store):
    rows = run_saved(store, "code-disagreements")
    # 000 lists "coronary dilation (MESH:D002311)": D002311 is Cardiomyopathy, Dilated
    pairs = {(r["paperCode"], r["referenceCode"]) for r in rows}
    assert (expand("MESH:D002311"), expand("HP:0030882")) in pairs


def test_drug_targets(store):
    rows = run_saved(store, "drug-targets", drug="DRUGBANK:DB06273")
    # 003: "Tocilizumab, an IL-6 receptor blocker"; 004: "a humanized anti-IL-6 receptor antibody"
    assert IL6R in column(rows, "target")
    assert column(rows, "drug") == {TCZ}


def test_evidence_per_drug(store):
    rows = run_saved(store, "evidence-per-drug")
    tcz_papers = max(int(r["papers"]) for r in rows if r["drug"] == TCZ)
    assert tcz_papers >= 2  # tocilizumab in 000 (KD), 003 (septic shock) and 004 (Takayasu)


def test_patients_per_disease(store):
    rows = {r["disease"]: r for r in run_saved(store, "patients-per-disease")}
    # 004: "Seven female patients with TA treated with TCZ were included in our study."
    assert rows[TAKAYASU]["patients"] == "7"
    # 003: "tocilizumab (# =31) and control (z=33) groups"
    assert rows[expand("MESH:D012772")]["patients"] == "64"
    # 000: four patients + 001: one patient
    assert int(rows[KAWASAKI]["patients"]) >= 5


def test_facts_by_agent(store):
    rows = run_saved(store, "facts-by-agent", agent="ManualCuration")
    assert column(rows, "agent") == {"ManualCuration"}
    assert {"000", "001", "002", "003", "004"} <= column(rows, "doc")
    assert all("reading" not in r for r in rows)  # a person read them
    mined = run_saved(store, "facts-by-agent", agent="TextMining")
    assert column(mined, "agent") == {"TextMining"}
    assert column(mined, "reading") == {"RuleReading", "ModelRescoredReading", "ModelReading"}
    assert all("reading" in r for r in mined)
    # 002: "The immunosuppressive agent methotrexate has been occasionally used to treat
    # IVIG-resistant KD": a pair the use rules did not read, read by the uses model alone
    assert ("002", "ModelReading", "DrugDiseaseUse") in {
        (r["doc"], r["reading"], r["kind"]) for r in mined}
    # the outcomes the rules read stay theirs
    assert ("003", "RuleReading", "OutcomeMeasurement") in {
        (r["doc"], r["reading"], r["kind"]) for r in mined}


def test_tocilizumab_doses(store):
    rows = run_saved(store, "drug-doses")
    # 004: "7 received TCZ (8 mg/kg monthly)"
    assert ("004", 8.0, "mg/kg", "monthly") in {
        (r["doc"], float(r["dose"]), r.get("doseUnit"), r.get("frequency"))
        for r in rows if "dose" in r
    }
    # 003: "patients with elevated IL-6 levels received a single dose of tocilizumab"
    assert ("003", "single dose") in {(r["doc"], r.get("frequency")) for r in rows}


def test_studies_and_groups(store):
    studies = run_saved(store, "studies")
    assert ("001", "CaseReportDesign") in {(r["doc"], r.get("design")) for r in studies}
    groups = run_saved(store, "study-groups", doc="003")
    # 003: "Patients from 2018 to 2021 served as historical controls"
    assert ("33", "true") in {(r.get("size"), r.get("historical")) for r in groups}
    assert column(groups, "doc") == {"003"}


def test_case_patients(store):
    rows = run_saved(store, "case-patients")
    # 001: "We report the case of a previously healthy 9-month-old girl"
    assert ("001", "9", "Female") in {(r["doc"], r.get("age"), r.get("sex")) for r in rows}
    # 004: "Seven female patients"
    assert {r.get("sex") for r in rows if r["doc"] == "004"} == {"Female"}


def test_outcome_comparisons_with_max_p(store):
    rows = run_saved(store, "outcome-comparisons", maxp="0.01")
    assert rows and all(float(r["pValue"]) <= 0.01 for r in rows)
    # 003 Table 1: "Mortality, n (%) 18 (54.5) 6(19.3) 0.004*"
    assert "0.004" in column(rows, "pValue")


def test_drugs_for_several_diseases(store):
    rows = run_saved(store, "drugs-for-disease", disease=["MONDO:0012727", "MONDO:0017991"])
    assert (TCZ, TAKAYASU) in {(r["drug"], r["_disease_iri"]) for r in rows}
    assert (ANAKINRA, KAWASAKI) in {(r["drug"], r["_disease_iri"]) for r in rows}


def test_entity_xrefs(store):
    rows = run_saved(store, "entity-xrefs")
    assert "https://w3id.org/cytokg/IL6PathwayBlocker" in column(rows, "value")


def test_prior_therapies(store):
    found = run_saved(store, "prior-therapies")
    rows = {"/".join(r["exposure"].split("/")[-3::2]): r for r in found}
    # 000: "All patients received a second dose of IVIG before TCZ administration"
    assert "immunoglobulin" in rows["000/tcz"]["priorTherapies"].lower()
    # 001: "third-line treatment with Anakinra"
    assert rows["001/anakinra"]["line"] == "3"


def test_drug_disease_graph_construct(store):
    from cytokg.graph_build import store as store_mod

    saved = default_library()["drug-disease-graph"]
    db = store_mod.open_read_only(store)
    triples = list(db.query(saved.query, use_default_graph_as_union=True))
    edges = {(t.subject.value, t.object.value) for t in triples
             if t.predicate.value == "https://w3id.org/cytokg/appliedToTreat"}
    assert (TCZ, TAKAYASU) in edges and (ANAKINRA, KAWASAKI) in edges


def test_drug_used_for_disease_ask(store):
    assert run_saved(store, "drug-used-for-disease") is True  # TCZ in Takayasu (004)
    # no paper reports anakinra for septic shock (003 used tocilizumab)
    assert run_saved(store, "drug-used-for-disease", drug="DRUGBANK:DB00026",
                     disease="MESH:D012772") is False


def test_weird_literals_give_zero_rows_and_same_shape(store):
    for payload in ['"> } ; DROP ALL ; #', "') } UNION { ?s ?p ?o } #", "\\u0022"]:
        assert run_saved(store, "facts", doc=payload) == []
        assert run_saved(store, "risk-score-items", score=payload) == []
