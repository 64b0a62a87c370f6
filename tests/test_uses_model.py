"""The learned use reading (graph_build.uses_model): its candidates and features, scored as
scikit-learn scores them, the committed model is what the committed blind readings train, and
the build follows its reading as second_reading's docstring says. The probe paper is invented;
the behaviour tests use real UsesModel objects with weights set by hand, so each says which
feature moved the call."""

from __future__ import annotations

import json
from functools import cache

import pytest
from lexicon_support import grounded

from cytokg.config import DATA_DIR
from cytokg.graph_build import design_training, uses_model, uses_training
from cytokg.graph_build.documents import read_document
from cytokg.graph_build.extract import extract_facts, slug
from cytokg.graph_build.heldout import GOLD_SUFFIX, load_gold
from cytokg.graph_build.mentions import find_mentions
from cytokg.graph_build.parse import parse_document

CANAKINUMAB, COLCHICINE = grounded("canakinumab"), grounded("colchicine")
FMF, GOUT = grounded("familial Mediterranean fever"), grounded("gout")
PROBE = ("Canakinumab in familial Mediterranean fever\n\n"
         "We followed three adults with familial Mediterranean fever. "
         "Two of them had gout, for which colchicine was continued. "
         "Each received canakinumab 150 mg every four weeks.\n")
GOUT_SENTENCE = "Two of them had gout, for which colchicine was continued."


def read(tmp_path, text=PROBE):
    paper = tmp_path / "probe.txt"
    paper.write_text(text, encoding="utf-8")
    document = read_document(paper)
    parsed = parse_document(document)
    return document, parsed, find_mentions(parsed)


def test_probe_mentions_are_what_the_tests_below_assume(tmp_path):
    _, parsed, found = read(tmp_path)
    assert {m.curie for m in found} >= {CANAKINUMAB, COLCHICINE, FMF, GOUT}
    titled = [m.curie for m in found if m.sentence is None]
    assert titled == [CANAKINUMAB, FMF]  # the title is kept apart from the sentences


def test_candidates_are_every_drug_with_every_disease_plus_the_rules_pairs(tmp_path):
    _, parsed, found = read(tmp_path)
    ruled = (grounded("anakinra"), FMF)  # not named in the probe
    got = {(c.drug, c.disease): c for c in uses_model.candidates(parsed, found, {ruled})}
    assert set(got) == {(d, s) for d in (CANAKINUMAB, COLCHICINE) for s in (FMF, GOUT)} | {ruled}
    anakinra = got[ruled].features
    assert anakinra["blind"] == 1.0 and anakinra["drug_mentioned"] == 0.0
    assert got[(COLCHICINE, FMF)].features["blind"] == 0.0


def test_features_read_the_closest_co_occurrence(tmp_path):
    document, parsed, found = read(tmp_path)
    c = {(c.drug, c.disease): c for c in uses_model.candidates(parsed, found)}
    colchicine_gout = c[(COLCHICINE, GOUT)]
    f = colchicine_gout.features
    # "gout, for which colchicine"
    assert {k for k in f if k.startswith("bw=")} == {"bw=for", "bw=which"}
    assert f["drug_before"] == 0.0 and f["tok_dist"] == 2 / 40 and f["adjacent"] == 1.0
    assert f["pre_drug=which"] == 1.0 and f["post_dis=for"] == 1.0
    assert f["cooc_any"] == 1.0 and f["pfx_" + GOUT.split(":")[0]] == 1.0
    (span,) = colchicine_gout.spans
    assert document.text[span.start:span.end] == span.quote == GOUT_SENTENCE
    # never in one sentence: quoted from where each is first named, the drug first; FMF first
    # in the title, outside every sentence: its title line
    fmf = c[(COLCHICINE, FMF)]
    assert fmf.features["no_shared"] == 1.0 and "tok_dist" not in fmf.features
    assert [s.quote for s in fmf.spans] == [GOUT_SENTENCE,
                                            "Canakinumab in familial Mediterranean fever"]
    (title,) = c[(CANAKINUMAB, FMF)].spans
    assert title.quote == "Canakinumab in familial Mediterranean fever" and title.start == 0


def test_features_say_when_the_paper_names_a_narrower_or_broader_form(tmp_path):
    _, parsed, found = read(tmp_path, (
        "Ruxolitinib in graft-versus-host disease\n\nTwelve patients with acute graft-versus-host"
        " disease received ruxolitinib. Uveitis was not seen.\n"))
    drug, gvhd = grounded("ruxolitinib"), grounded("graft-versus-host disease")
    acute, uveitis = grounded("acute graft-versus-host disease"), grounded("uveitis")
    levels = {c.disease: {k for k in c.features if k.startswith("h_")}
              for c in uses_model.candidates(parsed, found, {(drug, acute)}) if c.drug == drug}
    # GVHD is in the title only; the drug shares a sentence with the acute form, which the
    # rules read
    assert levels[gvhd] == {"h_narrower", "h_narrower_blind", "h_narrower_cooc"}
    assert levels[acute] == {"h_broader"}
    assert levels[uveitis] == set()


@pytest.mark.parametrize("hyphen", ["-", "\u2010"])
def test_features_say_when_the_paper_names_the_drug_only_as_a_cause(tmp_path, hyphen):
    """Round 434: "steroid-induced hyperglycaemia" names the drug as a cause, not as treatment of
    the paper's disease (blindtest1515 zbj03); a drug also named as given is not only a cause.
    Round 438: read on the clean text, as the rules read it, so that a U+2010 hyphen
    ("steroid\u2010induced") is a hyphen too."""
    _, parsed, found = read(tmp_path, (
        "Mucormycosis after COVID-19\n\nOne hundred patients with mucormycosis after COVID-19 "
        f"were included. Most developed steroid{hyphen}induced hyperglycaemia. Colchicine-induced "
        "diarrhoea was seen in two of the six given colchicine.\n"))
    only = {c.drug: c.features["drug_only_as_cause"]
            for c in uses_model.candidates(parsed, found)}
    assert only == {grounded("steroids"): 1.0, COLCHICINE: 0.0}


def hand_model(intercept: float, **weights: float) -> uses_model.UsesModel:
    return uses_model.UsesModel.from_dict(
        {"features": list(weights), "weights": list(weights.values()), "intercept": intercept})


def mined_uses(tmp_path, monkeypatch, model, text=PROBE):
    monkeypatch.setattr(uses_model, "model", lambda: model)
    _, parsed, found = read(tmp_path, text)
    return {(f.value("drug"), f.value("forDisease")): f
            for f in extract_facts(parsed, found) if f.kind == "DrugDiseaseUse"}


def test_without_a_model_the_rules_uses_stand(tmp_path, monkeypatch):
    rules = mined_uses(tmp_path, monkeypatch, None)
    assert set(rules) == {(CANAKINUMAB, FMF)}  # "for which colchicine was continued": no cue
    assert rules[(CANAKINUMAB, FMF)].origin == "extract_uses.drug_disease_uses"
    assert rules[(CANAKINUMAB, FMF)].reading_method == "RuleReading"


def test_a_model_that_trusts_the_rules_keeps_their_pairs_and_quotes(tmp_path, monkeypatch):
    rules = mined_uses(tmp_path, monkeypatch, None)
    got = mined_uses(tmp_path, monkeypatch, hand_model(-2.0, blind=4.0))  # rules' pairs: .88
    assert set(got) == set(rules)
    for pair, rule in rules.items():
        assert got[pair].spans == rule.spans and got[pair].origin == rule.origin
        assert got[pair].confidence == pytest.approx(0.88)
        assert got[pair].reading_method == "ModelRescoredReading"


def test_the_model_drops_a_rules_pair_and_adds_its_own(tmp_path, monkeypatch):
    # co-occurrence in one sentence is all this model reads (p = 1 / (1 + e^-1) = .73);
    # canakinumab and FMF meet only in the title, which is no sentence
    got = mined_uses(tmp_path, monkeypatch, hand_model(-1.0, cooc_any=2.0))
    assert set(got) == {(COLCHICINE, GOUT)}
    added = got[(COLCHICINE, GOUT)]
    assert added.confidence == pytest.approx(0.73) and added.origin == uses_model.ORIGIN
    assert added.reading_method == "ModelReading"
    assert added.key == f"use-{slug(COLCHICINE)}-{slug(GOUT)}"
    assert added.label == "Colchicine used in gout"
    assert [s.quote for s in added.spans] == [GOUT_SENTENCE]
    assert mined_uses(tmp_path, monkeypatch, hand_model(-5.0)) == {}


def test_the_model_adds_no_pair_the_rules_refused(tmp_path, monkeypatch):
    text = PROBE.replace(GOUT_SENTENCE, "Two of them had gout, but colchicine was not given.")
    model = hand_model(-1.0, cooc_any=2.0)
    assert mined_uses(tmp_path, monkeypatch, model) != {}  # the same model adds pairs above
    assert mined_uses(tmp_path, monkeypatch, model, text) == {}


def test_the_model_adds_no_use_of_a_drug_only_the_exclusion_criteria_name(tmp_path, monkeypatch):
    """blindtest1795 yjd04: the committed model read every drug of "Exclusion: ...; any biologic
    ... including ocrelizumab, obinutuzumab and abatacept; ..." as given for the trial's
    disease; the rules refuse them, so no model adds them."""
    text = ("Belimumab for IgG4-related disease: a randomised trial\n\nPatients with "
            "IgG4-related disease were randomised to prednisone plus belimumab or prednisone "
            "alone.\n\nExclusion: severe infection; any biologic in the 6 months before "
            "screening, including ocrelizumab and abatacept; leflunomide within 12 weeks.\n")
    got = mined_uses(tmp_path, monkeypatch, hand_model(5.0), text)
    drugs = {drug for drug, _ in got}
    assert grounded("belimumab") in drugs  # the model adds every pair it may
    assert not drugs & {grounded(d) for d in ("ocrelizumab", "abatacept", "leflunomide")}


def test_a_certain_model_still_leaves_certainty_to_curators(tmp_path, monkeypatch):
    got = mined_uses(tmp_path, monkeypatch, hand_model(20.0))
    assert got and all(f.confidence == 0.99 for f in got.values())


def test_the_committed_model_reads_the_probe(tmp_path, monkeypatch):
    got = mined_uses(tmp_path, monkeypatch, uses_model.model.__wrapped__())
    # the title's pair, kept confidently (.90 from the models trained on 1612 papers, .89 from
    # those trained on 3016, .84 from those trained on 9568; it moves by a point or two from one
    # retrain to the next, well above the .5 at which a pair is kept)
    assert (CANAKINUMAB, FMF) in got and got[(CANAKINUMAB, FMF)].confidence >= 0.8
    assert (CANAKINUMAB, GOUT) not in got
    assert all(0.5 <= f.confidence < 1 for f in got.values())


def test_blind_readings_hold_the_rules_uses_as_curie_pairs():
    readings = design_training.blind_readings()
    assert all("uses" in r for r in readings)
    pairs = [p for r in readings for p in uses_training.parse_pairs(r["uses"])]
    assert len(pairs) > 1500
    assert all(d.split(":")[0] in {"DRUGBANK", "MESH", "CHEBI"} and ":" in s for d, s in pairs)
    for r in readings[:50]:
        assert uses_training.format_pairs(uses_training.parse_pairs(r["uses"])) == r["uses"]


@cache
def papers() -> tuple:
    return tuple(uses_training.papers())


def test_training_papers_are_the_blind_readings_with_their_gold():
    data = papers()
    readings = design_training.blind_readings()
    assert [(p.set, p.paper) for p in data] == [(r["set"], r["paper"]) for r in readings]
    first = data[0]
    gold = load_gold(DATA_DIR / first.set / (first.paper + GOLD_SUFFIX))
    assert first.gold == frozenset(gold.uses)
    # the candidates hold nearly every gold pair (the ceiling of the model's recall)
    held = sum(len(p.gold & {(c.drug, c.disease) for c in p.candidates}) for p in data)
    assert held / sum(len(p.gold) for p in data) > 0.97


@pytest.mark.slow
def test_plain_python_scoring_equals_scikit_learn():
    pytest.importorskip("sklearn")
    data = list(papers())
    train, test = data[::2], data[1::2][:80]
    vectorizer, clf = uses_training.fit(train)
    model = uses_model.UsesModel.from_dict(uses_training.to_dict(vectorizer, clf, train))
    features = [c.features for p in test for c in p.candidates]
    expected = clf.predict_proba(vectorizer.transform(features))[:, 1]
    for f, p in zip(features, expected, strict=True):
        assert model.probability(f) == pytest.approx(p, abs=1e-4)


@pytest.mark.slow
def test_committed_model_is_what_cytokg_uses_model_trains(tmp_path, capsys):
    pytest.importorskip("sklearn")
    from cytokg.cli import main

    out = tmp_path / "uses_model.json"
    assert main(["uses-model", "--no-cv", "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["wrote"] == str(out)
    committed = json.loads(uses_model.MODEL_FILE.read_text(encoding="utf-8"))
    retrained = json.loads(out.read_text(encoding="utf-8"))
    assert retrained["features"] == committed["features"]
    # the same reading, compared by what it predicts: features that sum to a constant
    # (cooc_any + no_shared = 1) leave a flat valley in which the solver's stopping point, and so
    # the weights, move with the scipy release (0.45 apart under scipy 1.17) while no call does
    fresh, kept = (uses_model.UsesModel.from_dict(m) for m in (retrained, committed))
    drift = [abs(fresh.probability(c.features) - kept.probability(c.features))
             for p in papers() for c in p.candidates]
    assert max(drift) < 0.1
    assert sum(d > 0.02 for d in drift) < len(drift) / 100
    cv = committed["meta"]["cross_validation"]
    assert cv["papers"] == len(papers())
    # the reason the model is in the build: it beats the rules' blind reading out of sample
    assert cv["model"]["f1"] > cv["rules_blind"]["f1"]


CLASS_PAPER = ("TNF inhibitors in rheumatoid arthritis: a register study\n\n"
               "We analysed patients with rheumatoid arthritis recruited to a national register. "
               "One cohort was starting a TNF inhibitor (etanercept or adalimumab); a comparison "
               "cohort was receiving methotrexate.\n")


def test_drugs_a_class_names_in_brackets_stand_with_the_class(tmp_path, monkeypatch):
    """'a TNF inhibitor (etanercept or adalimumab)': the drugs are the class given, so a rule's
    pair of such a drug stands where the model keeps the class's pair (blindtest161 p702)."""
    tnfi, ra = grounded("TNF inhibitors"), grounded("rheumatoid arthritis")
    members = {grounded("etanercept"), grounded("adalimumab")}
    methotrexate = grounded("methotrexate")
    rules = mined_uses(tmp_path, monkeypatch, None, CLASS_PAPER)
    assert {(d, ra) for d in members | {methotrexate}} <= set(rules)
    _, parsed, found = read(tmp_path, CLASS_PAPER)
    assert uses_model.bracketed_members(parsed.document.text, found) == {
        d: {tnfi} for d in members}
    # only the class is in the title: .73 for its pair, .27 for every other
    got = mined_uses(tmp_path, monkeypatch, hand_model(-1.0, drug_in_title=2.0), CLASS_PAPER)
    assert set(got) == {(d, ra) for d in members | {tnfi}}  # not methotrexate, outside brackets
    for drug in members:
        assert got[(drug, ra)].confidence == pytest.approx(0.73)
        assert got[(drug, ra)].spans == rules[(drug, ra)].spans
        assert got[(drug, ra)].reading_method == "ModelRescoredReading"
