"""Round-3 rules of the text miner (docs/evaluation.md), each on an invented sentence.

Every paper below is made up for the test; the expected values are what its text says. Ids are
looked up in the lexicon by name, never typed. The uses are the rules' own (use_rules_only): a
one-sentence probe is no paper for the learned second reading, which weighs a pair against the
rest of the paper (tests/test_uses_model.py).
"""

from __future__ import annotations

import pytest
from lexicon_support import grounded

from cytokg.graph_build.documents import read_document
from cytokg.graph_build.extract import extract_facts
from cytokg.graph_build.mentions import find_mentions
from cytokg.graph_build.parse import parse_document


@pytest.fixture(autouse=True)
def _rules(use_rules_only):
    """Every test here pins a rule."""


def mine(tmp_path, text: str):
    paper = tmp_path / "paper.txt"
    paper.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(paper))
    found = find_mentions(parsed)
    return found, extract_facts(parsed, found)


def study(facts):
    return next(f for f in facts if f.kind == "Study")


def paper_study(tmp_path, title: str, body: str, closing: str = "Outcomes improved (p=0.01)."):
    """The Study fact mined from an invented paper: its title, its body and a closing result."""
    return study(mine(tmp_path, f"{title}\n\n{body} {closing}\n")[1])


def uses(facts) -> set[tuple[str, str]]:
    return {(f.value("drug"), f.value("forDisease")) for f in facts if f.kind == "DrugDiseaseUse"}


def assert_study(tmp_path, title: str, body: str, design, patients) -> None:
    """The invented paper's study has this design and this count (either left unchecked when
    None)."""
    found = paper_study(tmp_path, title, body)
    if design is not None:
        assert found.value("hasStudyDesign") == design
    if patients is not None:
        assert found.value("numberOfPatients") == patients


def assert_uses(tmp_path, text: str, given, not_given) -> None:
    """The drug -> disease uses mined from ``text`` hold every pair of ``given`` and none of
    ``not_given`` (pairs of labels, grounded through the lexicon)."""
    found = uses(mine(tmp_path, text)[1])
    assert {tuple(map(grounded, pair)) for pair in given} <= found
    assert not {tuple(map(grounded, pair)) for pair in not_given} & found


@pytest.mark.parametrize(
    "text, design, patients",
    [
        # a review named in a subtitle; "case series" it summarises does not make it one
        ("Rilonacept in recurrent pericarditis: a review of the evidence\n\n"
         "We found six case series and two trials of rilonacept.\n", "NarrativeReviewDesign", None),
        # "we reviewed the published ... evidence" is a review
        ("Canakinumab in gout\n\nWe reviewed the published clinical trial evidence for "
         "canakinumab in gout. Twelve case series were found.\n", "NarrativeReviewDesign", None),
        # a handful of patients followed, with no design word at all: a case series
        ("Anakinra in Schnitzler syndrome\n\nWe followed four adults with Schnitzler syndrome. "
         "All four received anakinra.\n", "CaseSeriesDesign", 4),
        # a case report's patient introduced by age only
        ("Tocilizumab in Takayasu arteritis: case report\n\nA 34-year-old woman was admitted "
         "with fever.\n", "CaseReportDesign", 1),
        # the whole population opens the sentence, a part of it follows
        ("Sarilumab in polymyalgia rheumatica: a randomised trial\n\nOf the 84 participants, "
         "40 had shoulder pain.\n", "RandomizedTrialDesign", 84),
        # "comprised" states the population (an undirected cohort reads as retrospective)
        ("Anakinra in recurrent pericarditis\n\nThe cohort comprised 52 patients with "
         "recurrent pericarditis seen at one centre.\n", "RetrospectiveCohortDesign", 52),
        # of those admitted, the part that was analysed is the population
        ("Anakinra in COVID-19: a retrospective cohort\n\nOf 820 patients admitted, 312 (38%) "
         "had respiratory failure and were analysed.\n", "RetrospectiveCohortDesign", 312),
        # the noun left out after the number: randomised, not screened, patients count
        ("Canakinumab in gout: a double-blind trial\n\nOverall, 90 patients were screened and "
         "60 were randomised.\n", "RandomizedTrialDesign", 60),
        # "We present two patients": a handful with no design word is a case series
        ("Canakinumab in Schnitzler syndrome\n\nWe present two patients with Schnitzler "
         "syndrome.\n", "CaseSeriesDesign", 2),
        # a number that is a threshold, not a count, before "were enrolled"
        ("Tocilizumab in polymyalgia rheumatica: an open-label prospective study\n\nTwenty "
         "steroid-free patients with a disease activity score above 10 were enrolled.\n",
         "ProspectiveCohortDesign", 20),
        # an open-label phase 2 study with no randomisation word follows one group forward
        ("Rilonacept in Schnitzler syndrome: an open-label phase 2 study\n\nThirty patients "
         "were enrolled.\n", "ProspectiveCohortDesign", 30),
        # "Of 452 patients screened, 389 were randomised": screened patients are no population
        ("Anakinra in gout: a randomised trial\n\nOf 300 patients screened, 240 were "
         "randomised.\n", "RandomizedTrialDesign", 240),
        # thousands separators; "collected on" states a population
        ("Anakinra in gout: a retrospective cohort\n\nWe included 1,234 patients, 1 000 of "
         "them men.\n", "RetrospectiveCohortDesign", 1234),
        ("Anakinra in gout: a retrospective cohort\n\nA total of 2 345 patients were "
         "analysed.\n", "RetrospectiveCohortDesign", 2345),
        ("Anakinra in gout: a retrospective cohort\n\nData were collected on 57 consecutive "
         "patients.\n", "RetrospectiveCohortDesign", 57),
        # an observational cohort with no word for its direction in time reads as retrospective
        ("Anakinra for gout: results of a single-centre cohort study\n\nForty patients with "
         "gout received anakinra.\n", "RetrospectiveCohortDesign", 40),
        # ... but "prospective" still decides when stated
        ("Anakinra for gout: a prospective observational study\n\nForty patients with gout "
         "received anakinra.\n", "ProspectiveCohortDesign", 40),
        # other population nouns: "two siblings", with no design word, are a case series
        ("Familial Mediterranean fever in siblings\n\nWe report two siblings with familial "
         "Mediterranean fever who received canakinumab.\n", "CaseSeriesDesign", 2),
        # more than a handful reviewed retrospectively is a cohort, unless called a case series
        ("Anakinra in adult-onset Still's disease\n\nWe retrospectively reviewed 24 patients "
         "treated with anakinra.\n", "RetrospectiveCohortDesign", 24),
        ("Anakinra in adult-onset Still's disease: a case series\n\nWe retrospectively "
         "reviewed 24 patients treated with anakinra.\n", "CaseSeriesDesign", 24),
        # one group size after the population, in a sentence with a study verb
        ("Canakinumab in Muckle-Wells syndrome: an open-label single-arm study\n\nAdults with "
         "Muckle-Wells syndrome (n=57) received canakinumab every 8 weeks.\n",
         "ProspectiveCohortDesign", 57),
    ],
)
def test_design_and_population_phrasings(tmp_path, text, design, patients):
    fact = study(mine(tmp_path, text)[1])
    assert fact.value("hasStudyDesign") == design
    assert fact.value("numberOfPatients") == patients


def test_a_drug_class_is_a_use_only_when_given(tmp_path):
    # the class as a topic of the sentence reports no administration; "were also given" does
    facts = mine(tmp_path, "Outcomes in giant cell arteritis\n\nThe role of glucocorticoids in "
                 "giant cell arteritis is debated.\n")[1]
    assert not uses(facts)
    facts = mine(tmp_path, "Outcomes in giant cell arteritis\n\nIn giant cell arteritis, eight "
                 "patients were also given corticosteroids.\n")[1]
    assert uses(facts) == {(grounded("corticosteroids"), grounded("giant cell arteritis"))}


def test_plural_treatments_adding_and_taper_are_cues(tmp_path):
    facts = mine(tmp_path, "Outcomes in gout\n\nThe usual treatments of gout flares, colchicine "
                 "among them, are often unsafe in hospital.\n")[1]
    assert uses(facts) == {(grounded("colchicine"), grounded("gout"))}
    facts = mine(tmp_path, "Giant cell arteritis in older adults\n\nIn giant cell arteritis, "
                 "adding sarilumab to a short prednisone taper kept more in remission.\n")[1]
    gca = grounded("giant cell arteritis")
    assert uses(facts) == {(grounded("sarilumab"), gca), (grounded("prednisone"), gca)}


def test_a_disease_named_as_a_time_or_setting_is_no_indication(tmp_path):
    facts = mine(tmp_path, "Anakinra in gout\n\nRecruitment of patients with gout slowed during "
                 "the COVID-19 pandemic, when 40 patients had been randomised to anakinra.\n")[1]
    assert uses(facts) == {(grounded("anakinra"), grounded("gout"))}


def test_negation_reaches_only_its_own_clause(tmp_path):
    # tocilizumab was given; methotrexate, in the clause after the semicolon, was not permitted
    facts = mine(tmp_path, "Tocilizumab in systemic sclerosis\n\nThe trial randomised adults "
                 "with systemic sclerosis to tocilizumab or placebo; methotrexate was not "
                 "permitted.\n")[1]
    assert uses(facts) == {(grounded("tocilizumab"), grounded("systemic sclerosis"))}


def test_diseases_in_a_harms_sentence_are_harms(tmp_path):
    # neutropenia is what the drug caused, not what it was given for
    facts = mine(tmp_path, "Sarilumab in giant cell arteritis\n\nNeutropenia and arthralgia were "
                 "more frequent with sarilumab, and treatment was stopped for adverse events in "
                 "two patients.\n")[1]
    assert uses(facts) == {(grounded("sarilumab"), grounded("giant cell arteritis"))}


def texts_of(found, curie: str) -> list[str]:
    return [m.text for m in found if m.curie == curie]


def test_a_journal_name_is_not_a_disease_mention(tmp_path):
    # "Arthritis Rheumatol" and a "Journal:" line are citations; the arthritis in the body counts
    found, _ = mine(tmp_path, "Anakinra in gout\n\nArthritis Rheumatol (summary)\nJournal: "
                    "Arthritis Care Res\n\nTen patients had arthritis of the knee.\n")
    arthritis = grounded("arthritis")
    assert texts_of(found, arthritis) == ["arthritis"]


def test_a_gene_name_before_a_drug_is_its_class_name(tmp_path):
    # "the interleukin-1 receptor antagonist anakinra" names anakinra's kind; after the drug,
    # "a recombinant form of the human interleukin-1 receptor antagonist" says what anakinra is
    # made of and stays (the bare apposition is its kind too, row 69)
    il1rn = grounded("interleukin-1 receptor antagonist")
    found, _ = mine(tmp_path, "Gout flares\n\nWe gave the interleukin-1 receptor antagonist "
                    "anakinra to ten patients.\n")
    assert not texts_of(found, il1rn)
    assert texts_of(found, grounded("anakinra")) == ["anakinra"]
    found, _ = mine(tmp_path, "Gout flares\n\nAnakinra, a recombinant form of the human "
                    "interleukin-1 receptor antagonist, was given to ten patients.\n")
    assert texts_of(found, il1rn) == ["interleukin-1 receptor antagonist"]


def test_a_word_label_before_a_name_is_no_abbreviation(tmp_path):
    # "Title: Takayasu arteritis ..." must not make "Title" a short form of the disease
    found, _ = mine(tmp_path, "Title: Takayasu arteritis treated with tocilizumab\n\nA 30-year-old "
                    "woman had Takayasu arteritis.\n")
    assert all(m.text != "Title" for m in found)


@pytest.mark.parametrize(
    "sentence, written, name",
    [
        # HPO names the finding "Elevated transaminases"; the paper writes the change
        ("One patient had a mild rise in transaminases at week 4.", "rise in transaminases",
         "elevated transaminases"),
        ("Transaminase levels increased in two patients.", "Transaminase levels increased",
         "elevated transaminases"),
        # "Swollen lymph nodes" is the lexicon's name of lymphadenopathy
        ("Ultrasound showed enlarged lymph nodes in the neck.", "enlarged lymph nodes",
         "lymphadenopathy"),
        # a skin lesion named by its disease's adjective
        ("She had an urticarial eruption on the trunk.", "urticarial eruption", "urticaria"),
        # a cytokine measured in serum is the lab measure
        ("The serum interleukin-6 concentration was high.", "serum interleukin-6 concentration",
         "interleukin-6 level"),
        # round 468 (blindtest1784 yis03, yis06): a form of systemic sclerosis named with the
        # short form or by its type
        ("In systemic sclerosis (SSc), patients are classified as diffuse cutaneous SSc (dcSSc) "
         "or limited cutaneous SSc (lcSSc).", "limited cutaneous SSc",
         "limited cutaneous systemic sclerosis"),
        ("Of those with systemic sclerosis (SSc), forty-nine had the diffuse type and fifty-nine "
         "the limited type of SSc.", "diffuse type", "diffuse cutaneous systemic sclerosis"),
        ("Of those with systemic sclerosis (SSc), forty-nine had the diffuse type and fifty-nine "
         "the limited type of SSc.", "limited type of SSc", "limited cutaneous systemic sclerosis"),
    ],
)
def test_a_paraphrased_finding_is_grounded(tmp_path, sentence, written, name):
    found, _ = mine(tmp_path, f"Adult-onset Still disease\n\n{sentence}\n")
    assert texts_of(found, grounded(name)) == [written]


def test_an_urticarial_rash_is_a_rash(tmp_path):
    # round 465: the golds give "a chronic urticarial rash" the rash, not urticaria (blindtest1765)
    found, _ = mine(tmp_path, "Schnitzler syndrome\n\nShe had a chronic urticarial rash and a "
                               "monoclonal IgM paraprotein.\n")
    assert texts_of(found, grounded("rash")) == ["rash"]
    assert texts_of(found, grounded("urticaria")) == []


def test_a_change_of_a_known_measure_stays_that_measure(tmp_path):
    # "a rise in C-reactive protein": the dictionary already names the measure; it is kept
    found, _ = mine(tmp_path, "Gout flares\n\nA rise in C-reactive protein preceded each flare.\n")
    assert texts_of(found, grounded("C-reactive protein")) == ["C-reactive protein"]


def test_drugs_such_as_go_with_the_main_disease(tmp_path):
    # no disease in the sentence: "drugs such as" and "commonly used" speak of treating the
    # paper's disease, named in the title
    facts = mine(tmp_path, "Tocilizumab in Takayasu arteritis: a review\n\nOutcomes were better "
                 "than with commonly used drugs such as methotrexate or leflunomide.\n")[1]
    ta = grounded("Takayasu arteritis")
    assert {(grounded("methotrexate"), ta), (grounded("leflunomide"), ta)} <= uses(facts)


def test_a_type_word_keeps_a_general_disease_mention_apart(tmp_path):
    # "arteritis" after giant cell arteritis refers back to it, unless "type" makes it a subtype
    # of its own ("a granulomatous type arteritis")
    found, _ = mine(tmp_path, "Giant cell arteritis in older adults\n\nGiant cell arteritis was "
                    "diagnosed. The first biopsy showed active arteritis. The second biopsy "
                    "showed a granulomatous type arteritis.\n")
    later = [m.curie for m in found if m.text == "arteritis"]
    assert later == [grounded("giant cell arteritis"), grounded("arteritis")]


def test_start_switch_and_approval_are_treatment_cues(tmp_path):
    facts = mine(tmp_path, "Schnitzler syndrome in adults\n\nIn Schnitzler syndrome, both "
                 "patients were switched to canakinumab. Rilonacept is approved for gout.\n")[1]
    assert uses(facts) == {(grounded("canakinumab"), grounded("Schnitzler syndrome")),
                           (grounded("rilonacept"), grounded("gout"))}


def test_a_specific_name_does_not_refer_back_by_ontology_alone(tmp_path):
    # MONDO files macrophage activation syndrome under hemophagocytic lymphohistiocytosis, but a
    # later "hemophagocytic lymphohistiocytosis" names that disease, not the earlier form of it
    found, _ = mine(tmp_path, "Anakinra in macrophage activation syndrome\n\nMacrophage "
                    "activation syndrome was diagnosed. Hemophagocytic lymphohistiocytosis was "
                    "treated with etoposide in another cohort.\n")
    hlh = [m.curie for m in found if m.text == "Hemophagocytic lymphohistiocytosis"]
    assert hlh == [grounded("hemophagocytic lymphohistiocytosis")]


def test_in_this_setting_points_back_to_the_diseases_just_named(tmp_path):
    facts = mine(tmp_path, "Cytokine storms in adults\n\nAdults with cytokine release syndrome or "
                 "macrophage activation syndrome may be critically ill. We report the use of "
                 "siltuximab in this setting.\n")[1]
    siltuximab = grounded("siltuximab")
    assert uses(facts) == {(siltuximab, grounded("cytokine release syndrome")),
                           (siltuximab, grounded("macrophage activation syndrome"))}


def test_an_outcome_list_goes_on_after_including(tmp_path):
    # "the risk of pericarditis, including myocarditis": both are outcomes, not indications
    facts = mine(tmp_path, "Anakinra in adult-onset Still's disease\n\nIn our cohort anakinra "
                 "lowered the risk of pericarditis, including myocarditis, during treatment.\n")[1]
    assert uses(facts) == {(grounded("anakinra"), grounded("adult-onset Still's disease"))}


def test_drug_resistance_is_the_refractory_drug_response_finding(tmp_path):
    # "colchicine resistance" and "resistance to colchicine": the drug stays a mention, the
    # response word is the finding
    found, _ = mine(tmp_path, "Familial Mediterranean fever\n\nColchicine resistance was rare. "
                    "Resistance to colchicine predicted flares.\n")
    refractory = grounded("refractory drug response")
    assert texts_of(found, refractory) == ["resistance", "Resistance"]
    assert texts_of(found, grounded("colchicine")) == ["Colchicine", "colchicine"]


def test_a_bare_word_opening_a_sentence_does_not_refer_back(tmp_path):
    # MONDO puts macrophage activation syndrome under the concept "Hemophagocytosis" names; a
    # bare word opening a sentence names that concept, "her vasculitis" refers back
    found, _ = mine(tmp_path, "Anakinra in macrophage activation syndrome\n\nMacrophage "
                    "activation syndrome was diagnosed. Hemophagocytosis was seen in the marrow.\n"
                    "\nTakayasu arteritis was treated. Nothing controlled her vasculitis.\n")
    assert [m.curie for m in found if m.text == "Hemophagocytosis"] == [
        grounded("hemophagocytosis")]
    assert [m.curie for m in found if m.text == "vasculitis"] == [grounded("Takayasu arteritis")]


def test_upper_case_sjia_is_the_systemic_jia_abbreviation(tmp_path):
    found, _ = mine(tmp_path, "Canakinumab in SJIA\n\nChildren with SJIA were enrolled.\n")
    assert texts_of(found, grounded("sJIA")) == ["SJIA", "SJIA"]


def test_standard_care_and_failed_therapy_go_with_the_main_disease(tmp_path):
    facts = mine(tmp_path, "Sarilumab in COVID-19 pneumonia\n\nAdults with COVID-19 pneumonia "
                 "received sarilumab. Standard care included dexamethasone. Earlier, "
                 "hydroxychloroquine had failed.\n")[1]
    covid = grounded("COVID-19")
    assert {(grounded(d), covid) for d in ("sarilumab", "dexamethasone",
                                           "hydroxychloroquine")} == uses(facts)


def test_staying_on_or_switching_from_a_drug_is_a_use(tmp_path):
    facts = mine(tmp_path, "Canakinumab in familial Mediterranean fever\n\nPatients had been on "
                 "colchicine for years. In familial Mediterranean fever, three were switched "
                 "from anakinra to canakinumab.\n")[1]
    fmf = grounded("familial Mediterranean fever")
    assert {(grounded(d), fmf) for d in ("colchicine", "anakinra", "canakinumab")} == uses(facts)


def test_a_genre_label_above_the_title_is_skipped(tmp_path):
    # "ORIGINAL ARTICLE" names no entity; the title is the next paragraph and states the use
    facts = mine(tmp_path, "ORIGINAL ARTICLE\n\nRilonacept in pericarditis\n\nTwelve patients "
                 "were enrolled. Pain scores fell quickly.\n")[1]
    assert uses(facts) == {(grounded("rilonacept"), grounded("pericarditis"))}


def test_a_class_the_patients_were_refractory_to_was_given(tmp_path):
    # "refractory to TNF inhibitors": the class was given for the disease and failed
    facts = mine(tmp_path, "Tocilizumab in Takayasu arteritis\n\nIn Takayasu arteritis refractory "
                 "to TNF inhibitors, tocilizumab was effective.\n")[1]
    ta = grounded("Takayasu arteritis")
    assert uses(facts) == {(grounded("TNF inhibitors"), ta), (grounded("tocilizumab"), ta)}


def test_steroid_sparing_and_prescribed_are_treatment_cues(tmp_path):
    facts = mine(tmp_path, "Outcomes in giant cell arteritis\n\nMethotrexate has modest "
                 "steroid-sparing effects in giant cell arteritis. Aspirin is often "
                 "prescribed.\n")[1]
    gca = grounded("giant cell arteritis")
    assert uses(facts) == {(grounded("methotrexate"), gca), (grounded("aspirin"), gca)}


def test_preventing_flares_of_the_main_disease_is_its_use(tmp_path):
    # the paper is about gout: "prevention of gout flares" is treating gout (not the psoriasis
    # the patients also had); a complication the drug prevents ("the risk of pericarditis") is
    # still an outcome
    facts = mine(tmp_path, "Outcomes in gout\n\nCanakinumab was given for the prevention of "
                 "gout flares in patients with psoriasis and lowered the risk of "
                 "pericarditis.\n")[1]
    assert uses(facts) == {(grounded("canakinumab"), grounded("gout"))}


def test_a_class_added_to_a_drug_with_plus_was_given(tmp_path):
    facts = mine(tmp_path, "Outcomes in Kawasaki disease\n\nIn Kawasaki disease, IVIG plus "
                 "glucocorticoids was associated with fewer aneurysms.\n")[1]
    kd = grounded("Kawasaki disease")
    assert uses(facts) == {(grounded("IVIG"), kd), (grounded("glucocorticoids"), kd)}


def test_a_class_as_subject_of_a_passive_administration_verb_was_given(tmp_path):
    facts = mine(tmp_path, "Outcomes in cytokine release syndrome\n\nIn severe cytokine release "
                 "syndrome, corticosteroids are added to tocilizumab.\n")[1]
    crs = grounded("cytokine release syndrome")
    assert uses(facts) == {(grounded("corticosteroids"), crs), (grounded("tocilizumab"), crs)}


# Round 4 (docs/evaluation.md rows 38-): invented probes again.


def test_with_or_without_is_no_negation_and_not_responding_to_a_class_means_it_was_given(
    tmp_path,
):
    facts = mine(tmp_path, "Canakinumab in adult-onset Still's disease\n\nPatients had not "
                 "responded to corticosteroids, given with or without methotrexate. "
                 "Canakinumab was then added.\n")[1]
    aosd = grounded("adult-onset Still's disease")
    assert {(grounded(d), aosd) for d in ("corticosteroids", "methotrexate",
                                          "canakinumab")} == uses(facts)
    # a plain "without" still negates the drug of its clause
    facts = mine(tmp_path, "Canakinumab in adult-onset Still's disease\n\nPatients were "
                 "treated with canakinumab without methotrexate.\n")[1]
    assert uses(facts) == {(grounded("canakinumab"), aosd)}


def test_a_class_listed_with_given_drugs_was_given(tmp_path):
    facts = mine(tmp_path, "Rilonacept in pericarditis\n\nBefore enrolment, patients were "
                 "treated with colchicine and corticosteroids.\n")[1]
    pericarditis = grounded("pericarditis")
    assert {(grounded(d), pericarditis) for d in ("rilonacept", "colchicine",
                                                  "corticosteroids")} == uses(facts)
    # a class named alone as a topic still makes no use
    facts = mine(tmp_path, "Rilonacept in pericarditis\n\nCorticosteroids are often debated. "
                 "Patients received rilonacept.\n")[1]
    assert uses(facts) == {(grounded("rilonacept"), pericarditis)}


def test_a_disease_named_as_the_setting_of_a_case_in_the_title_is_not_its_subject(tmp_path):
    facts = mine(tmp_path, "Macrophage activation syndrome in a boy with COVID-19\n\nThe boy had "
                 "COVID-19 pneumonia; COVID-19 was confirmed twice. He was started on "
                 "anakinra.\n")[1]
    assert uses(facts) == {(grounded("anakinra"), grounded("macrophage activation syndrome"))}


def test_a_drug_for_alternative_diseases_is_used_for_each(tmp_path):
    facts = mine(tmp_path, "Outcomes in macrophage activation syndrome\n\nWe treated children "
                 "with macrophage activation syndrome or systemic juvenile idiopathic arthritis "
                 "with anakinra, in the setting of fever and rash.\n")[1]
    anakinra = grounded("anakinra")
    assert uses(facts) == {(anakinra, grounded("macrophage activation syndrome")),
                           (anakinra, grounded("systemic juvenile idiopathic arthritis"))}


def test_a_drug_the_patients_could_not_continue_or_tolerate_was_given(tmp_path):
    text = ("Canakinumab in gout\n\nAdults with gout who {} colchicine joined the study. "
            "They received canakinumab.\n")
    gout, colchicine = grounded("gout"), grounded("colchicine")
    for cue in ("could not continue", "did not tolerate", "were intolerant of"):
        assert (colchicine, gout) in uses(mine(tmp_path, text.format(cue))[1]), cue
    # a drug merely named beside the disease is no use
    assert (colchicine, gout) not in uses(mine(tmp_path, text.format("had read about"))[1])


# Round 6 (row 42): use rules, each on an invented paper.


def test_a_drug_not_chosen_instead_of_another_was_not_given(tmp_path):
    _, facts = mine(tmp_path, (
        "Anakinra in refractory pericarditis: a case report\n\n"
        "A 30-year-old woman with recurrent pericarditis was given anakinra at once, instead of "
        "the usual combination of azathioprine and high-dose colchicine.\n"))
    found = uses(facts)
    pericarditis = grounded("pericarditis")
    assert (grounded("anakinra"), pericarditis) in found
    assert (grounded("azathioprine"), pericarditis) not in found
    assert (grounded("colchicine"), pericarditis) not in found


def test_two_diseases_joined_by_and_in_a_title_are_both_treated(tmp_path):
    _, facts = mine(tmp_path, (
        "Secukinumab for ankylosing spondylitis and uveitis: an open-label study\n\n"
        "Twenty adults were enrolled and followed for one year.\n"))
    drug = grounded("secukinumab")
    assert {(drug, grounded("ankylosing spondylitis")), (drug, grounded("uveitis"))} <= uses(facts)


def test_patients_with_two_diseases_in_the_body_are_not_a_second_indication(tmp_path):
    _, facts = mine(tmp_path, (
        "Tocilizumab in giant cell arteritis: a case report\n\n"
        "A 70-year-old man with giant cell arteritis and hypertension received "
        "tocilizumab.\n"))
    found = uses(facts)
    assert (grounded("tocilizumab"), grounded("giant cell arteritis")) in found
    assert (grounded("tocilizumab"), grounded("hypertension")) not in found


def test_responded_to_and_treatment_options_are_cues_without_a_disease(tmp_path):
    _, facts = mine(tmp_path, (
        "Late cytokine release syndrome after CAR-T therapy: a case report\n\n"
        "A 50-year-old man developed fever and hypotension on day 90. He responded to "
        "methylprednisolone. Newer options include siltuximab.\n"))
    crs = grounded("cytokine release syndrome")
    assert {(grounded("methylprednisolone"), crs), (grounded("siltuximab"), crs)} <= uses(facts)


def test_a_drug_class_given_together_with_a_drug_or_failed_is_a_use(tmp_path):
    """Row 44: "together with", "along with", "in combination with", "despite" before a class."""
    _, facts = mine(tmp_path, (
        "Anakinra in adult-onset Still's disease: a case report\n\n"
        "A 35-year-old woman with adult-onset Still's disease received anakinra once daily "
        "together with corticosteroids.\n"))
    assert (grounded("corticosteroids"), grounded("adult-onset Still's disease")) in uses(facts)
    _, facts = mine(tmp_path, (
        "Rilonacept in recurrent pericarditis: a case report\n\n"
        "Her pericarditis persisted despite corticosteroids and resolved with rilonacept.\n"))
    assert (grounded("corticosteroids"), grounded("pericarditis")) in uses(facts)


def test_a_drug_class_named_as_a_topic_is_still_no_use(tmp_path):
    _, facts = mine(tmp_path, (
        "Tocilizumab in giant cell arteritis: a review\n\n"
        "The mechanisms by which glucocorticoids act in giant cell arteritis are poorly "
        "understood, but relapses are frequent.\n"))
    assert (grounded("glucocorticoids"), grounded("giant cell arteritis")) not in uses(facts)
    # the class named as the standard treatment is the standard therapy (rows 107-108; the
    # later blind sets' convention: standard and background therapy are uses)
    _, facts = mine(tmp_path, (
        "Tocilizumab in giant cell arteritis: a review\n\n"
        "Glucocorticoids are the standard treatment of giant cell arteritis.\n"))
    assert (grounded("glucocorticoids"), grounded("giant cell arteritis")) in uses(facts)


def test_a_drug_for_a_form_of_a_disease_is_for_that_disease(tmp_path):
    """'COVID-19 pneumonia', 'uveitis in Behçet disease': the drug is also for the underlying
    disease; a syndrome 'secondary to' another stays its own indication."""
    facts = mine(tmp_path, "Outcomes in hospital\n\nAdults with severe COVID-19 pneumonia were "
                 "treated with tocilizumab.\n")[1]
    assert (grounded("tocilizumab"), grounded("COVID-19")) in uses(facts)
    facts = mine(tmp_path, "Eye disease in young adults\n\nAdalimumab was given for uveitis in "
                 "Behçet disease.\n")[1]
    assert (grounded("adalimumab"), grounded("Behçet disease")) in uses(facts)
    facts = mine(tmp_path, "Outcomes in children\n\nEmapalumab was given for macrophage "
                 "activation syndrome secondary to systemic juvenile idiopathic arthritis.\n")[1]
    assert (grounded("emapalumab"), grounded("macrophage activation syndrome")) in uses(facts)
    assert (grounded("emapalumab"),
            grounded("systemic juvenile idiopathic arthritis")) not in uses(facts)


def test_a_form_counts_as_its_disease_for_the_main_one(tmp_path):
    # no title: the most mentioned disease is the main one, and "COVID-19 pneumonia" counts as
    # COVID-19, so the drug of a sentence without a disease goes there
    _, facts = mine(tmp_path, (
        "We studied adults admitted with COVID-19 pneumonia in 2020. All had severe COVID-19 "
        "pneumonia on admission, and pneumonia was confirmed by imaging. Standard care "
        "included dexamethasone given daily.\n"))
    assert (grounded("dexamethasone"), grounded("COVID-19")) in uses(facts)
    assert (grounded("dexamethasone"), grounded("pneumonia")) not in uses(facts)


def test_a_journal_line_above_the_title_and_a_narrowing_clause(tmp_path):
    _, facts = mine(tmp_path, (
        "Rheumatology · Brief report 1187\n\n"
        "Anakinra in children with Kawasaki disease who already have coronary aneurysms\n\n"
        "Ten children were treated with anakinra at a dose of 4 mg/kg.\n"))
    assert uses(facts) == {(grounded("anakinra"), grounded("Kawasaki disease"))}


@pytest.mark.parametrize("title, sentence, disease", [
    *(("Outcomes in gout", sentence, "gout") for sentence in (
        "Flares of gout were treated, as needed, with oral glucocorticoids.",
        "Patients with gout had responded inadequately to glucocorticoids.",
        "Canakinumab can treat gout when glucocorticoids fail.",
        "In gout, the mean glucocorticoid dose fell by half.")),
    # round 460: a class makes a use only with a cue of giving (class_administered,
    # class_administered_after); these forms had none, though a named drug in the class's place
    # was read (the glucocorticoid class is the first of the rules' missed uses)
    # blindtest456 iy06: what the class "should be" (the first-line therapy)
    ("A report", "For warm AIHA, glucocorticoids should be the first-line therapy.",
     "warm antibody autoimmune hemolytic anemia"),
    # blindtest1210 zno03: "treated first with an injection of" the class
    ("A report", "Idiopathic trigger finger, a stenosing tenosynovitis of the finger flexor "
     "tendon, is usually treated first with an injection of corticosteroids.", "tenosynovitis"),
    # blindtest169 x706: the class "reduce(s) mortality", the disease named before
    ("A report", "In coronavirus disease 2019 (COVID-19), on the other hand, a solid body of "
     "evidence shows that corticosteroids reduce mortality.", "COVID-19"),
    # blindtest220 w902 and blindtest1475 zdv05: a disease that "responds only partly to" or
    # "responded to" the class
    ("A report", "IgG4-related systemic disease often responds only partly to glucocorticoids.",
     "IgG4-related systemic disease"),
    ("A report", "In this patient Kikuchi-Fujimoto disease came first and responded to steroids.",
     "Kikuchi-Fujimoto disease"),
    # blindtest337 ej02: "the usual first-line treatments for" the disease
    ("A report", "Tocilizumab, an antibody against the interleukin-6 receptor, and "
     "corticosteroids are the usual first-line treatments for cytokine release syndrome.",
     "cytokine release syndrome"),
])
def test_more_ways_to_say_a_drug_class_was_given(tmp_path, title, sentence, disease):
    facts = mine(tmp_path, f"{title}\n\n{sentence}\n")[1]
    assert (grounded("glucocorticoids"), grounded(disease)) in uses(facts)


def test_a_disease_a_drug_was_withdrawn_for_is_a_harm(tmp_path):
    facts = mine(tmp_path, "Anakinra in adult-onset Still's disease\n\nTreatment with anakinra "
                 "was withdrawn in two patients because of severe urticaria.\n")[1]
    assert (grounded("anakinra"), grounded("urticaria")) not in uses(facts)
    assert (grounded("anakinra"), grounded("adult-onset Still's disease")) in uses(facts)
    # ... and so is one its long-term use brings
    facts = mine(tmp_path, "Sarilumab in giant cell arteritis\n\nIt is treated mainly with "
                 "glucocorticoids, whose long-term use brings coronary heart disease.\n")[1]
    assert (grounded("glucocorticoids"), grounded("coronary heart disease")) not in uses(facts)
    assert (grounded("glucocorticoids"), grounded("giant cell arteritis")) in uses(facts)


def test_diseases_the_title_joins_are_each_what_the_paper_treats(tmp_path):
    # "X and chronic Y" in the title: both are main diseases, so a drug of a body sentence that
    # names either (or neither) goes with each of them
    _, facts = mine(tmp_path, (
        "Etanercept in adults with psoriatic arthritis and chronic uveitis: two cases\n\n"
        "We describe two adults with psoriatic arthritis whose uveitis kept relapsing. Both "
        "were first treated with methotrexate.\n"))
    found = uses(facts)
    for disease in ("psoriatic arthritis", "uveitis"):
        assert (grounded("etanercept"), grounded(disease)) in found
        assert (grounded("methotrexate"), grounded(disease)) in found


def test_recommended_drugs_go_with_the_main_disease(tmp_path):
    facts = mine(tmp_path, "Kawasaki disease: a review\n\nFor refractory patients, infliximab or "
                 "anakinra may be recommended.\n")[1]
    kd = grounded("Kawasaki disease")
    assert uses(facts) == {(grounded("infliximab"), kd), (grounded("anakinra"), kd)}


def test_a_drug_for_a_grade_of_disease_goes_with_the_main_disease(tmp_path):
    # "methylprednisolone ... is suggested for moderate- to low-risk disease; in high-risk
    # disease, such as fulminant myocarditis ..." (blindtest161 p706): the bare word, graded, is
    # the paper's own disease, not the disease named next
    facts = mine(tmp_path, "Adult-onset Still's disease: a review\n\nOral prednisolone is "
                 "suggested for mild to moderate disease; in high-risk disease, such as "
                 "macrophage activation syndrome, anakinra is added.\n")[1]
    prednisolone = grounded("prednisolone")
    assert (prednisolone, grounded("adult-onset Still's disease")) in uses(facts)
    assert (prednisolone, grounded("macrophage activation syndrome")) not in uses(facts)


@pytest.mark.parametrize("text, drug, treated, before", [
    # "... in a 12-year-old girl with post-COVID-19 multisystem inflammatory syndrome"
    # (blindtest167 v701): "post-" makes COVID-19 the trigger, like "... after COVID-19"
    ("Fatal shock in a boy with post-COVID-19 multisystem inflammatory syndrome\n\nA boy with a "
     "recent COVID-19 infection met the case definition of multisystem inflammatory syndrome in "
     "children (MIS-C). MIS-C progressed. He was given intravenous immunoglobulin.\n",
     "intravenous immunoglobulin", "MIS-C", "COVID-19"),
    # blindtest190 s802: "... after COVID-19" in a title whose syndrome has no id of its own: the
    # trigger is no main disease either
    ("Multisystem inflammatory syndrome after COVID-19 in young adults: four patients\n\nAll four "
     "had had COVID-19 some weeks before. In three of the four, therapy was started with "
     "intravenous immunoglobulin and pulse steroids, and they improved quickly.\n",
     "intravenous immunoglobulin", None, "COVID-19"),
    # blindtest206 i901: scleritis on tocilizumab "in a woman with earlier giant cell arteritis"
    ("Lasting remission of treatment-resistant scleritis on tocilizumab in a woman with earlier "
     "giant cell arteritis\n\nA woman treated for giant cell arteritis years before developed "
     "scleritis. Tocilizumab was started, and the scleritis went into remission.\n",
     "tocilizumab", "scleritis", "giant cell arteritis"),
])
def test_a_disease_the_title_names_as_what_came_before_was_not_treated(tmp_path, text, drug,
                                                                       treated, before):
    found = uses(mine(tmp_path, text)[1])
    if treated:
        assert (grounded(drug), grounded(treated)) in found
    assert not any(disease == grounded(before) for _, disease in found)  # no drug at all


def test_a_drug_named_as_the_one_to_blame_was_not_given_for_the_disease(tmp_path):
    # "The responsible ICI was pembrolizumab (n = 10) or nivolumab (n = 4) given alone"
    # (blindtest180 i804): the drugs that caused the colitis did not treat it
    facts = mine(tmp_path, "Infliximab for colitis in patients with cancer\n\nTwelve patients "
                 "with colitis were treated with infliximab. The responsible drug was "
                 "pembrolizumab (n = 8) or nivolumab (n = 4) given alone.\n")[1]
    colitis = grounded("colitis")
    assert (grounded("infliximab"), colitis) in uses(facts)
    assert (grounded("pembrolizumab"), colitis) not in uses(facts)
    assert (grounded("nivolumab"), colitis) not in uses(facts)


def test_the_adults_syndrome_by_its_short_name_is_mis_a(tmp_path):
    # MONDO gives the children's syndrome its short name but not the adults' (overrides.tsv);
    # without it the title's only disease was "cardiogenic shock" (blindtest183 l802)
    facts = mine(tmp_path, "Multisystem inflammatory syndrome in adults after SARS-CoV-2 "
                 "infection: three patients with cardiogenic shock\n\nEvery patient received "
                 "intravenous immunoglobulin and corticosteroids.\n")[1]
    mis_a = grounded("MIS-A")
    assert grounded("multisystem inflammatory syndrome in adults") == mis_a
    assert (grounded("intravenous immunoglobulin"), mis_a) in uses(facts)


def test_a_class_the_paper_is_giving_is_a_use(tmp_path):
    # "We tested whether giving a glucocorticoid together with a mineralocorticoid could ..."
    # (blindtest183 l805): "giving" is a verb of giving like "given"
    facts = mine(tmp_path, "Hydrocortisone in adults with septic shock: a randomised trial\n\n"
                 "We tested whether giving a glucocorticoid early could shorten the shock.\n")[1]
    assert (grounded("glucocorticoids"), grounded("septic shock")) in uses(facts)


def test_an_associated_form_is_a_form_of_its_disease(tmp_path):
    facts = mine(tmp_path, "Outcomes in intensive care\n\nTen adults with COVID-19-associated "
                 "pneumonia were treated with baricitinib.\n")[1]
    assert (grounded("baricitinib"), grounded("COVID-19")) in uses(facts)


def test_a_disease_that_went_away_is_an_outcome_not_an_indication(tmp_path):
    facts = mine(tmp_path, "Infliximab in Behçet disease: a case report\n\nHeparin was given "
                 "until the thrombosis had resolved, and azathioprine was added.\n")[1]
    behcet = grounded("Behçet disease")
    assert (grounded("azathioprine"), behcet) in uses(facts)
    assert (grounded("azathioprine"), grounded("thrombosis")) not in uses(facts)


def test_an_approval_names_each_disease_of_its_list(tmp_path):
    facts = mine(tmp_path, "Canakinumab in autoinflammatory disease: a review\n\nCanakinumab is "
                 "approved by the European Medicines Agency for gout, familial Mediterranean "
                 "fever and Still's disease.\n")[1]
    for disease in ("gout", "familial Mediterranean fever", "Still's disease"):
        assert (grounded("canakinumab"), grounded(disease)) in uses(facts)


def test_an_approval_list_repeats_its_for_and_shares_a_noun(tmp_path, monkeypatch):
    """'licensed for moderate-to-severe rheumatoid arthritis, for polyarticular and systemic
    juvenile idiopathic arthritis and for Castleman's disease' (blindtest179 h806): the rules
    alone, the uses model set aside."""
    from cytokg.graph_build import uses_model

    monkeypatch.setattr(uses_model, "model", lambda: None)
    facts = mine(tmp_path, "Interleukin-6 in systemic sclerosis: a review\n\nTocilizumab is "
                 "licensed for moderate-to-severe rheumatoid arthritis, for polyarticular and "
                 "systemic juvenile idiopathic arthritis and for Castleman's disease.\n")[1]
    for disease in ("rheumatoid arthritis", "systemic juvenile idiopathic arthritis",
                    "Castleman disease"):
        assert (grounded("tocilizumab"), grounded(disease)) in uses(facts), disease


def test_adults_with_the_adult_form_are_not_the_childrens_disease(tmp_path):
    found, facts = mine(tmp_path, (
        "Etanercept in polyarticular juvenile rheumatoid arthritis: a trial\n\n"
        "Etanercept had proved effective in adults with rheumatoid arthritis.\n"))
    ra = grounded("rheumatoid arthritis")
    assert ra in {m.curie for m in found if m.text == "rheumatoid arthritis"}
    assert (grounded("etanercept"), ra) in uses(facts)


def test_the_disease_after_the_drug_in_its_clause_is_its_partner(tmp_path):
    # no main disease: the nearer disease of the clause before is not what the drug was for
    facts = mine(tmp_path, "Outcomes of TNF blockade\n\nTNF drives juvenile idiopathic "
                 "arthritis, and etanercept had proved effective in psoriatic arthritis.\n")[1]
    assert uses(facts) == {(grounded("etanercept"), grounded("psoriatic arthritis"))}


def test_trials_and_diagnoses_name_each_disease_of_their_list(tmp_path):
    facts = mine(tmp_path, "Sarilumab in rheumatoid arthritis\n\nFurther studies of sarilumab are "
                 "under way in polymyalgia rheumatica, giant cell arteritis and gout.\n")[1]
    for disease in ("polymyalgia rheumatica", "giant cell arteritis", "gout"):
        assert (grounded("sarilumab"), grounded(disease)) in uses(facts)
    # no title, no disease named twice: the listed diagnoses go with the study drug
    facts = mine(tmp_path, (
        "We reviewed every child who received canakinumab at our centre. Canakinumab was given "
        "monthly. The underlying diagnoses were varied: nine children had familial Mediterranean "
        "fever and four had gout.\n"))[1]
    for disease in ("familial Mediterranean fever", "gout"):
        assert (grounded("canakinumab"), grounded(disease)) in uses(facts)


def test_indications_told_group_by_group_go_with_the_study_drug(tmp_path):
    """blindtest443 il03: after "The indications fell into five groups", each sentence that
    counts a group's patients names diseases the study drug was given for; the earlier drugs of a
    later sentence are not."""
    facts = mine(tmp_path, (
        "Off-label tocilizumab in refractory inflammatory disease\n\nTocilizumab was given to 51 "
        "patients at nine centres. The indications fell into five groups. Ten patients had a "
        "vasculitis: Takayasu arteritis (n=7) and polyarteritis nodosa. Adult-onset Still's "
        "disease was the indication in eight patients and polymyalgia rheumatica in five. Earlier "
        "treatments included methotrexate. Tocilizumab was well tolerated.\n"))[1]
    for disease in ("Takayasu arteritis", "polyarteritis nodosa", "adult-onset Still's disease",
                    "polymyalgia rheumatica"):
        assert (grounded("tocilizumab"), grounded(disease)) in uses(facts), disease
    assert not {pair for pair in uses(facts) if pair[0] == grounded("methotrexate")}


def test_checkpoint_inhibitors_cause_the_disease_checkpoint_blockade_brought_on(tmp_path):
    """blindtest458 ja01: a hepatitis the paper names as brought on by checkpoint blockade
    ("Checkpoint Inhibitor Hepatitis") was caused by the checkpoint inhibitors the patient was
    receiving, and treated with tocilizumab."""
    facts = mine(tmp_path, (
        "Tocilizumab for checkpoint inhibitor hepatitis that did not respond to steroids\n\n"
        "A woman with renal cell carcinoma was receiving combined nivolumab and ipilimumab. During "
        "this treatment she developed autoimmune hepatitis, which persisted despite systemic "
        "corticosteroids. Tocilizumab was given for the refractory checkpoint inhibitor "
        "hepatitis, and the hepatitis settled.\n"))[1]
    found = uses(facts)
    assert (grounded("tocilizumab"), grounded("hepatitis")) in found
    assert not {pair for pair in found if pair[0] in (grounded("nivolumab"),
                                                        grounded("ipilimumab"))}


def test_an_hlhs_underlying_conditions_are_its_triggers_not_what_was_treated(tmp_path):
    """blindtest25 l08: the underlying conditions of a disease that complicates others (HLH) are
    what set it off; the study drug was given for the HLH."""
    facts = mine(tmp_path, (
        "Anakinra in adult haemophagocytic lymphohistiocytosis\n\nNine patients with "
        "haemophagocytic lymphohistiocytosis received anakinra. The underlying conditions were "
        "sarcoidosis and systemic lupus erythematosus. Anakinra was given daily.\n"))[1]
    assert not {pair for pair in uses(facts) if pair[1] in (
        grounded("sarcoidosis"), grounded("systemic lupus erythematosus"))}


@pytest.mark.parametrize("text, drug, diseases", [
    # blindtest259 bj02: the underlying conditions of patients given the study drug for a
    # neuropathy each had
    ("Immunoglobulin for vasculitic neuropathy: five cases\n\nWe report five patients. The "
     "underlying conditions were sarcoidosis, Sjögren's syndrome and systemic lupus "
     "erythematosus. Each of them developed a neuropathy and was given IVIG. IVIG helped four.\n",
     "IVIG", ("sarcoidosis", "Sjögren's syndrome", "systemic lupus erythematosus")),
    # blindtest258 bi03: a cohort's make-up told group by group (a cohort of one disease says no
    # more than its title)
    ("Adalimumab in non-infectious uveitis\n\nWe reviewed the charts of 40 patients who started "
     "adalimumab for uveitis. The cohort also held six patients with Behçet's disease and three "
     "with sarcoidosis. Adalimumab was continued for two years.\n",
     "adalimumab", ("Behçet's disease", "sarcoidosis")),
    # blindtest261 bl03: the forms of the disease after a dash in the study drug's sentence ("112
    # patients were given vedolizumab for IBD – 59 with ulcerative colitis, 49 with Crohn's ...")
    ("Joint events on vedolizumab\n\nThis was a retrospective study. In all, 80 patients were "
     "given vedolizumab for inflammatory bowel disease – 41 with ulcerative colitis and 39 with "
     "Crohn's disease. Vedolizumab was well tolerated.\n",
     "vedolizumab", ("ulcerative colitis", "Crohn's disease")),
])
def test_the_study_drug_was_given_for_each_disease_its_patients_are_listed_by(
        tmp_path, text, drug, diseases):
    facts = mine(tmp_path, text)[1]
    for disease in diseases:
        assert (grounded(drug), grounded(disease)) in uses(facts)


def test_a_disease_the_subject_is_set_apart_from_is_not_the_main_one(tmp_path):
    """blindtest271 bv06: "MOGAD ... differs both from multiple sclerosis and from neuromyelitis
    optica spectrum disorder": the review's drugs were not given for NMOSD."""
    facts = mine(tmp_path, (
        "MOG antibody disease is now a clinical entity that differs both from multiple sclerosis "
        "and from neuromyelitis optica spectrum disorder.\n\nHigh-dose methylprednisolone is "
        "the treatment most often used for an attack, and most patients respond well to it.\n\n"
        "Keywords: neuromyelitis optica spectrum disorder; rituximab.\n"))[1]
    nmosd = grounded("neuromyelitis optica spectrum disorder")
    assert nmosd and not {pair for pair in uses(facts) if pair[1] == nmosd}


@pytest.mark.parametrize("text", [
    # blindtest258 bi01: "Scleritis in rheumatoid arthritis that resisted ...": a finding opening
    # the title as a form of the disease named next
    "Scleritis in granulomatosis with polyangiitis that settled on rituximab\n\nA woman with "
    "granulomatosis with polyangiitis developed scleritis while on methotrexate. Rituximab was "
    "started and the scleritis resolved.\n",
    # blindtest265 bp01: "Tocilizumab for steroid-dependent posterior scleritis in a young woman
    # with ulcerative colitis": the finding the title gives the drug for, after its qualifiers
    "Rituximab for steroid-dependent posterior scleritis in a man with Crohn's disease\n\nThe "
    "scleritis flared whenever prednisolone was tapered. Rituximab was started and the scleritis "
    "settled.\n",
])
def test_a_finding_the_title_is_about_is_what_the_drug_was_given_for(tmp_path, text):
    """Scleritis is a finding in HPO, not a disease; where the title is about it, the drugs given
    for it go with it."""
    assert (grounded("rituximab"), grounded("scleritis")) in uses(mine(tmp_path, text)[1])


def test_a_class_that_failed_to_control_the_disease_was_given(tmp_path):
    facts = mine(tmp_path, "Tocilizumab in Takayasu arteritis\n\nMost patients with Takayasu "
                 "arteritis had been inadequately controlled by, or were intolerant of, "
                 "conventional immunosuppressive agents.\n")[1]
    assert (grounded("immunosuppressive agents"), grounded("Takayasu arteritis")) in uses(facts)


@pytest.mark.parametrize("text, design, patients", [
    # the genre as an upper-case label ending the citation line
    ("Ther Clin Risk Manag. 2019;15:1-9. doi:10.1/x   REVIEW\n\nSarilumab in rheumatoid "
     "arthritis: an appraisal\n\nSarilumab is approved for rheumatoid arthritis.\n",
     "NarrativeReviewDesign", None),
    # hundreds in words, and "underwent randomisation"
    ("Sarilumab in COVID-19: a randomised trial\n\nRESULTS: Three hundred and twelve patients "
     "underwent randomisation; 38 needed ventilation.\n", "RandomizedTrialDesign", 312),
    # the screened patients are not the population; those who entered treatment are
    ("Canakinumab in TRAPS: an open-label prospective study\n\nEight patients were screened; "
     "one failed screening and seven entered treatment.\n", "ProspectiveCohortDesign", 7),
    # a case report's patient with the age in words
    ("Anakinra in Kawasaki disease\n\nPresentation: An eight-year-old boy was seen with fever "
     "for three days.\n", "CaseReportDesign", 1),
    # case series others published are not the paper's design
    ("Siltuximab in Castleman disease: registry data\n\nGuidelines rest on two trials and small "
     "case series. We retrospectively analysed the records of 102 patients in a registry.\n",
     "RetrospectiveCohortDesign", 102),
    # a registry "comprises" its patients
    ("Anakinra in recurrent pericarditis: a registry study\n\nThe registry comprises 224 "
     "patients from nine centres.\n", "RetrospectiveCohortDesign", 224),
    # "qualified" states the population
    ("Anakinra in pericarditis: a retrospective cohort\n\nThe records of every child given "
     "anakinra were reviewed. Thirty-three patients qualified.\n",
     "RetrospectiveCohortDesign", 33),
])
def test_more_design_and_population_phrasings(tmp_path, text, design, patients):
    fact = study(mine(tmp_path, text)[1])
    assert (fact.value("hasStudyDesign"), fact.value("numberOfPatients")) == (design, patients)


def test_a_complication_the_title_attaches_to_the_disease_is_not_the_indication(tmp_path):
    # "KD with coronary artery aneurysms": the drugs the body pairs with the aneurysms were given
    # for Kawasaki disease
    facts = mine(tmp_path, (
        "Anakinra for Kawasaki disease with giant coronary artery aneurysms in a boy\n\n"
        "Course: The boy developed coronary artery aneurysms, and fever persisted despite "
        "treatment with IVIG and aspirin.\n"))[1]
    kd, caa = grounded("Kawasaki disease"), grounded("coronary aneurysm")
    assert (grounded("IVIG"), kd) in uses(facts) and (grounded("aspirin"), kd) in uses(facts)
    assert not {pair for pair in uses(facts) if pair[1] == caa}


def test_drugs_tried_without_effect_were_given(tmp_path):
    facts = mine(tmp_path, "Canakinumab in Schnitzler syndrome: a case report\n\nColchicine and "
                 "omalizumab had been tried for her disease without any effect.\n")[1]
    schnitzler = grounded("Schnitzler syndrome")
    assert {(grounded("colchicine"), schnitzler), (grounded("omalizumab"), schnitzler)} <= uses(
        facts)
    # "without" as the negation of giving still holds
    facts = mine(tmp_path, "Canakinumab in Schnitzler syndrome: a case report\n\nShe was treated "
                 "without colchicine.\n")[1]
    assert (grounded("colchicine"), schnitzler) not in uses(facts)


def test_of_two_main_diseases_the_one_just_named_is_treated(tmp_path):
    facts = mine(tmp_path, (
        "Review: Kawasaki disease and MIS-C, one spectrum?\n\n"
        "Kawasaki disease is treated with IVIG and aspirin. Treatment of MIS-C is less settled. "
        "IVIG and anakinra are given.\n"))[1]
    kd, misc = grounded("Kawasaki disease"), grounded("MIS-C")
    assert (grounded("anakinra"), misc) in uses(facts)
    assert (grounded("anakinra"), kd) not in uses(facts)
    assert (grounded("aspirin"), kd) in uses(facts)


@pytest.mark.parametrize("text, design, patients", [
    # a trial under way elsewhere is not the paper's design
    ("Tofacitinib or methotrexate in Takayasu arteritis\n\nForty-one patients were drawn from "
     "an ongoing prospective cohort. In this cohort, remission was more frequent with "
     "tofacitinib; a randomised trial comparing the two drugs is under way.\n",
     "ProspectiveCohortDesign", 41),
    # ... nor one the authors call for
    ("Canakinumab in Schnitzler syndrome\n\nWe retrospectively reviewed 12 patients given "
     "canakinumab. These results should be confirmed in a randomised placebo-controlled trial.\n",
     "RetrospectiveCohortDesign", 12),
    # counts listed before the verb, the noun left out after the first, add up
    ("Baricitinib in interferonopathies: an open-label study\n\nSix patients with CANDLE, three "
     "with SAVI and two with other interferonopathies were enrolled.\n",
     "ProspectiveCohortDesign", 11),
])
def test_design_of_the_paper_itself_and_listed_counts(tmp_path, text, design, patients):
    fact = study(mine(tmp_path, text)[1])
    assert (fact.value("hasStudyDesign"), fact.value("numberOfPatients")) == (design, patients)


def test_a_breakdown_after_the_verb_is_not_added(tmp_path):
    fact = study(mine(tmp_path, "Canakinumab in periodic fevers: an open-label study\n\nForty "
                      "patients were enrolled, 22 with FMF and 18 with TRAPS.\n")[1])
    assert fact.value("numberOfPatients") == 40


def test_a_compound_short_form_names_the_disease_its_last_acronym_names(tmp_path):
    """Round 152 (blindtest332 ee02/ee04): "EBV-HLH" is HLH, though its defining words end with
    the virus infection; "poly-JRA", whose long form is a form of JRA, keeps that form."""
    found = mine(tmp_path, "Etoposide in children\n\nHemophagocytic lymphohistiocytosis (HLH) "
                 "is rare. The form linked to Epstein-Barr virus infection (EBV-HLH) is milder. "
                 "Four children with EBV-HLH were treated. In polyarticular juvenile rheumatoid "
                 "arthritis (poly-JRA) it is not used; poly-JRA is different.\n")[0]
    by_text = {}
    for m in found:
        by_text.setdefault(m.text, set()).add(m.curie)
    assert by_text["EBV-HLH"] == {grounded("hemophagocytic lymphohistiocytosis")}
    assert by_text["poly-JRA"] == {grounded("polyarticular juvenile rheumatoid arthritis")}


def test_a_class_named_as_what_a_disease_is_does_not_refer_back(tmp_path):
    """Round 152 (blindtest333 ef01-ef03, blindtest329 eb01): "PAN is a necrotizing vasculitis",
    "IgA vasculitis is the most frequent vasculitis of childhood": the class itself, neither an
    antecedent of a later "vasculitis" nor one that refers back."""
    found = mine(tmp_path, "Infliximab in a girl with polyarteritis nodosa\n\nPolyarteritis "
                 "nodosa (PAN) is a necrotizing vasculitis of medium-sized arteries. She had "
                 "cerebral infarctions caused by vasculitis. IgA vasculitis is in most cases a "
                 "self-limiting vasculitis of children.\n")[0]
    bare = [m for m in found if m.text == "vasculitis"]
    assert len(bare) == 2 and {m.curie for m in bare} == {grounded("vasculitis")}


@pytest.mark.parametrize("head", [
    "Open Forum Infectious Diseases                                    MAJOR ARTICLE",
    "ORIGINAL ARTICLE · Paediatric infectious diseases",
    "Arthritis Research & Therapy\u00a0·\u00a0Research article\u00a0·\u00a0open access",
    # Round 210 (blindtest490 kg02): a masthead of middle-dot fields with a year and no DOI
    "Annals of the Rheumatic Diseases · EULAR 2021 Congress · Oral presentation · Case series",
    "Arthritis & Rheumatism · 2008 · 58(2):521–531",
])
def test_a_journal_or_section_line_with_the_genre_names_no_disease(tmp_path, head):
    """Round 155 (blindtest336 ei03, blindtest338 ek03, blindtest328 ea04): the journal's or
    section's name beside the article's genre above the title is no mention, and the title
    below it is the title."""
    found, facts = mine(tmp_path, f"{head}\n\nINTRAVENOUS IMMUNOGLOBULIN FOR STREPTOCOCCAL "
                        "TOXIC SHOCK SYNDROME: A RETROSPECTIVE COHORT\n\nAll cases were "
                        "identified. Exposure was any IVIG treatment.\n")
    assert not {m.curie for m in found} & {grounded("infectious disease"),
                                           grounded("arthritis")}
    assert not [m for m in found if m.start < len(head)]  # nothing of the head line
    assert {d for _, d in uses(facts)} == {grounded("streptococcal toxic shock syndrome")}


@pytest.mark.parametrize("text, drug, treated, other", [
    # Round 155 (blindtest266 bq06): a title naming cytokine release syndrome and myeloma is about
    # the syndrome; the myeloma is where the patients come from
    ("Keywords: bispecific antibodies; multiple myeloma; cytokine release syndrome\n\nBispecific "
     "antibodies are new drugs for multiple myeloma (MM). MM often relapses. In MM, bispecific "
     "antibodies cause cytokine release syndrome. Tocilizumab is given early.\n", "tocilizumab",
     "cytokine release syndrome", "multiple myeloma"),
    # blindtest314 dm02: "Behçet's syndrome unmasked or aggravated by secukinumab" in patients
    # whose ankylosing spondylitis the drug was given for
    ("Behçet's syndrome unmasked or aggravated by secukinumab: two patients with ankylosing "
     "spondylitis\n\nWe describe two patients whose ankylosing spondylitis was treated with "
     "secukinumab; one had a flare of Behçet's syndrome.\n", "secukinumab",
     "ankylosing spondylitis", "Behçet's syndrome"),
])
def test_a_title_disease_that_is_no_indication_is_not_treated(tmp_path, text, drug, treated,
                                                             other):
    found = uses(mine(tmp_path, text)[1])
    assert (grounded(drug), grounded(treated)) in found
    assert (grounded(drug), grounded(other)) not in found


def test_a_short_form_called_a_gene_is_the_gene(tmp_path):
    """Round 156 (blindtest334 eg03): "the Mediterranean fever (MEFV) gene" names the gene, not
    the disease its long form spells (brucellosis, in MeSH's synonyms)."""
    found = mine(tmp_path, "Colchicine in children with FMF\n\nGenetic testing for mutations of "
                 "the Mediterranean fever (MEFV) gene was done. The spectrum of MEFV mutations "
                 "differed.\n")[0]
    assert {m.curie for m in found if m.text == "MEFV"} == {grounded("MEFV")}
    assert grounded("brucellosis") not in {m.curie for m in found}


def test_an_indented_running_head_is_page_furniture(tmp_path):
    """Round 156 (blindtest335 eh03): an indented running head and its page number between two
    parts of a sentence ("… SSc-ILD          2") name no "ILD 2"."""
    found = mine(tmp_path, "Tofacitinib in SSc-ILD: a retrospective cohort\n\nThe decline was "
                 "significantly smaller than in the matched\n\n                  Tofacitinib in "
                 "SSc-ILD          2\n\ngroup. Within the group the change was small.\n")[0]
    assert grounded("interstitial lung disease 2") not in {m.curie for m in found}


def test_a_prefix_broken_at_a_line_end_joins_when_prefix_and_rest_are_one_word():
    """Round 155 (blindtest339 el03 "pre-\nscribed"): "co-\nhort", "pro-\nspective" and a
    lexicon word ("pro-\ntein") are one word; "non-\nstandardized" keeps its hyphen."""
    from cytokg.graph_build.normalize import clean_view

    text = ("a retrospective co-\nhort, pro-\nspective, pre-\nscribed, C-reactive pro-\ntein, "
            "non-\nstandardized, anti-\ninflammatory")
    assert clean_view(text).text == ("a retrospective cohort, prospective, prescribed, "
                                     "C-reactive protein, non-standardized, anti-inflammatory")


def test_bare_inflammation_and_inflammatory_disease_are_entities_never_treated(tmp_path):
    """Round 146: the blind sets' annotators under the current brief list a bare "inflammation"
    (MeSH Inflammation) in every paper that says it; round 152: and "inflammatory disease" (10 of
    11 papers of blindtest300-333 that name it). Neither is what a drug is given for."""
    found, facts = mine(tmp_path, "Anakinra in pericarditis\n\nPericarditis is an inflammatory "
                        "disease of the pericardium. Anakinra relieved pain and inflammation in "
                        "patients with pericarditis.\n")
    curies = {m.curie for m in found}
    assert grounded("inflammation") in curies
    assert grounded("inflammatory disease") in curies
    assert grounded("pericarditis") in curies
    assert {d for _, d in uses(facts)} == {grounded("pericarditis")}


@pytest.mark.parametrize("text, drug_class, disease", [
    # a class named by its members
    ("Baricitinib in COVID-19: a trial\n\nStandard care could include systemic corticosteroids "
     "such as dexamethasone and antiviral treatment such as remdesivir.\n", "corticosteroids",
     "COVID-19"),
    # a class in one list with a drug named with its kind in between
    ("Anakinra in HLH: a case report\n\nHis haemophagocytic lymphohistiocytosis was treated "
     "with a combination of plasma exchange, corticosteroids, the interleukin-1 receptor "
     "antagonist anakinra and ciclosporin.\n", "corticosteroids",
     "haemophagocytic lymphohistiocytosis"),
    # a class in one list with a class read as given
    ("Tocilizumab in Takayasu arteritis\n\nOf our patients with Takayasu arteritis, 9 were "
     "treated with steroids only and 31 with both steroids and immunosuppressive agents.\n",
     "immunosuppressive agents", "Takayasu arteritis"),
    # "steroids" in treatment text are corticosteroids
    ("Canakinumab in Schnitzler syndrome: a case report\n\nAntihistamines, steroids and "
     "colchicine had been tried for her disease without any effect.\n",
     "corticosteroids", "Schnitzler syndrome"),
    # drugs shown to reverse a disease were given for it
    ("Cytokine release syndrome: an overview\n\nImmunosuppressive agents, in particular "
     "corticosteroids and tocilizumab, have been shown to reverse the toxicity of cytokine "
     "release syndrome.\n", "immunosuppressive agents", "cytokine release syndrome"),
    # a class the patients depended on, were weaned off, or were spared was given to them
    ("Tocilizumab in polymyalgia rheumatica\n\nTocilizumab kept polymyalgia rheumatica in "
     "remission and let glucocorticoids be tapered to zero.\n", "glucocorticoids",
     "polymyalgia rheumatica"),
    ("Rilonacept in Takayasu arteritis: a case report\n\nHer steroid-dependent Takayasu "
     "arteritis was then treated with rilonacept.\n", "corticosteroids", "Takayasu arteritis"),
    ("Anakinra in Schnitzler syndrome\n\nMost patients with Schnitzler syndrome responded and "
     "were weaned off oral corticosteroids within a month.\n", "corticosteroids",
     "Schnitzler syndrome"),
    ("Baricitinib in Aicardi-Goutieres syndrome\n\nOf those still on glucocorticoids at entry, "
     "most lowered the daily dose by half.\n", "glucocorticoids", "Aicardi-Goutieres syndrome"),
    # a class a drug was combined with, and one of a list the disease resisted
    ("Sarilumab in polymyalgia rheumatica\n\nSarilumab combined with glucocorticoids is an "
     "option in polymyalgia rheumatica.\n", "glucocorticoids", "polymyalgia rheumatica"),
    ("Anakinra in Kawasaki disease: a case report\n\nHis Kawasaki disease resisted "
     "immunoglobulin, corticosteroids and infliximab.\n", "corticosteroids", "Kawasaki disease"),
    # a class that followed a drug; a class a patient required
    ("Tocilizumab in HLH: a case report\n\nHer haemophagocytic lymphohistiocytosis improved "
     "on dexamethasone over the first two weeks of admission, followed by oral "
     "glucocorticoids.\n", "glucocorticoids",
     "haemophagocytic lymphohistiocytosis"),
    # a class joined to a drug by "and/or"; a class whose previous use is spoken of
    ("Anakinra in MIS-C: a case series\n\nTreatment of MIS-C so far consists of IVIG "
     "and/or glucocorticoids with aspirin.\n", "glucocorticoids", "MIS-C"),
    ("Colchicine in recurrent pericarditis: a trial\n\nRecurrent pericarditis is common. "
     "Previous use of corticosteroids was a risk factor for further recurrences.\n",
     "corticosteroids", "pericarditis"),
    # a class recommended for the disease, one given before ("after"), and the class by its
    # plural noun "immunosuppressive drugs"
    ("Tofacitinib in Behcet syndrome\n\nTNF inhibitors are now recommended for refractory "
     "Behcet syndrome.\n", "TNF inhibitors", "Behcet syndrome"),
    ("Tocilizumab in Takayasu arteritis\n\nIn Takayasu arteritis tocilizumab is used after "
     "high-dose glucocorticoids.\n", "glucocorticoids", "Takayasu arteritis"),
    ("Tocilizumab in Takayasu arteritis\n\nIts Takayasu arteritis had progressed despite "
     "immunosuppressive drugs.\n", "immunosuppressive agents", "Takayasu arteritis"),
])
def test_classes_read_as_given(tmp_path, text, drug_class, disease):
    assert (grounded(drug_class), grounded(disease)) in uses(mine(tmp_path, text)[1])


def test_a_steroid_sparing_agent_is_no_steroid(tmp_path):
    # "steroid-sparing agents" are not steroids
    found = mine(tmp_path, "Tocilizumab in giant cell arteritis\n\nThey had received two "
                 "steroid-sparing agents for giant cell arteritis.\n")[0]
    assert grounded("corticosteroids") not in {m.curie for m in found}


def test_drugs_of_a_protocol_named_for_a_disease_are_given_for_it(tmp_path):
    facts = mine(tmp_path, (
        "Ruxolitinib in secondary haemophagocytic lymphohistiocytosis\n\n"
        "Haemophagocytic lymphohistiocytosis (HLH) is a disorder of immune regulation. The "
        "MAS-2016 criteria were used. The HLH-1994 and HLH-2004 protocols, built on etoposide "
        "and dexamethasone, have long been the standard of care.\n"))[1]
    hlh = grounded("haemophagocytic lymphohistiocytosis")
    assert {(grounded("etoposide"), hlh), (grounded("dexamethasone"), hlh)} <= uses(facts)
    # not the main (secondary) form the title names
    secondary = grounded("secondary haemophagocytic lymphohistiocytosis")
    assert (grounded("etoposide"), secondary) not in uses(facts)


def test_a_drug_the_paper_says_was_not_given_is_not_read_from_the_main_disease(tmp_path):
    text = ("Anakinra for haemophagocytic lymphohistiocytosis after kidney transplantation\n\n"
            "The toxicity of etoposide-based regimens is debated. He was treated with anakinra. "
            "Etoposide was not part of the regimen.\n")
    hlh = grounded("haemophagocytic lymphohistiocytosis")
    found = uses(mine(tmp_path, text)[1])
    assert (grounded("anakinra"), hlh) in found and (grounded("etoposide"), hlh) not in found


def test_an_antagonist_named_as_the_drugs_kind_is_no_gene_mention(tmp_path):
    il1rn = grounded("interleukin-1 receptor antagonist")
    found = mine(tmp_path, "Anakinra in gout\n\nWe asked whether anakinra, a recombinant "
                 "interleukin-1 receptor antagonist, helps in gout.\n")[0]
    assert il1rn not in {m.curie for m in found}
    # what the drug is made of stays a mention
    found = mine(tmp_path, "Anakinra in gout\n\nAnakinra, a recombinant, nonglycosylated form "
                 "of the human interleukin-1 receptor antagonist, helps in gout.\n")[0]
    assert il1rn in {m.curie for m in found}


@pytest.mark.parametrize("sentence, patients", [
    ("Among 98 patients who received tocilizumab, 30 relapsed.", 98),
    ("Eighty-four patients fulfilled the inclusion criteria.", 84),
    ("Overall, 77 patients with giant cell arteritis started tocilizumab in 2015-2020.", 77),
    ("There were 66 patients in the cohort.", 66),
    ("Altogether 138 children were diagnosed; 41% were given tocilizumab. Thirty-one children "
     "who received tocilizumab were matched with thirty-one who did not.", 138),
    # the count as the sum of its parts (blindtest189 r803); a part glued to a word is none
    ("Questionnaires were returned for n = 13 + 8 patients (axial + peripheral disease).", 21),
    ("We analysed 40 + 12 + 3 patients in three centres.", 55),
    ("We studied CD4+ 8 patients with arthritis.", 8),
])
def test_more_ways_of_stating_the_population(tmp_path, sentence, patients):
    text = (f"Tocilizumab in giant cell arteritis: a retrospective cohort\n\n{sentence} "
            "Relapses were fewer with tocilizumab (p=0.01).\n")
    assert study(mine(tmp_path, text)[1]).value("numberOfPatients") == patients


def test_a_subset_without_article_yields_to_the_stated_population(tmp_path):
    text = ("Canakinumab in CAPS: an open-label study\n\nChildren and adults with CAPS (n=166) "
            "received canakinumab. Among 141 patients with a relapse assessment, 90% did not "
            "relapse.\n")
    assert study(mine(tmp_path, text)[1]).value("numberOfPatients") == 166


def test_no_drug_were_given_negates_the_use(tmp_path):
    facts = mine(tmp_path, "Siltuximab in TAFRO syndrome: a case report\n\nHis TAFRO syndrome "
                 "was treated with siltuximab alone, and no corticosteroids were given.\n")[1]
    tafro = grounded("TAFRO syndrome")
    assert (grounded("siltuximab"), tafro) in uses(facts)
    assert (grounded("corticosteroids"), tafro) not in uses(facts)
    # the standard therapy the paper states is still read
    facts = mine(tmp_path, "Siltuximab in TAFRO syndrome: a case report\n\nTreatment has so far "
                 "relied on corticosteroids. No corticosteroids were given to him.\n")[1]
    assert (grounded("corticosteroids"), tafro) in uses(facts)



def test_the_drugs_of_a_wash_out_rule_are_no_uses(tmp_path):
    """blindtest1645 ydj04 (round 447): a trial's wash-out rule, opened by "No" and listed after a
    colon, names drugs the patients must not have had; every clause of the list, not only the
    first, is no use."""
    facts = mine(tmp_path, "DF2156A in bullous pemphigoid: a pilot trial\n\nDF2156A is an oral "
                 "agent developed for bullous pemphigoid. Wash-out before enrolment. No systemic "
                 "treatment that might change the course of the disease: 3 weeks for steroids "
                 "and dapsone; 3 months for azathioprine and methotrexate; 12 months for "
                 "rituximab.\n")[1]
    pemphigoid = grounded("bullous pemphigoid")
    for drug in ("corticosteroids", "dapsone", "azathioprine", "methotrexate", "rituximab"):
        assert (grounded(drug), pemphigoid) not in uses(facts)


def test_a_typed_anaemia_after_an_infection_is_what_the_drugs_treated(tmp_path):
    """blindtest1643 ydh01 (round 447): "warm autoimmune haemolytic anaemia" is MONDO's warm type,
    not the plain anaemia inside it; and the COVID-19 it came "three months after" is a trigger,
    not what rituximab and the steroids were given for."""
    found, facts = mine(tmp_path, "Steroid-refractory warm autoimmune haemolytic anaemia three "
                        "months after mild COVID-19, rescued with rituximab\n\nA 36-year-old man "
                        "came to us with fatigue. Three months earlier he had had a mild COVID-19 "
                        "infection. Corticosteroids were started first, but his haemolysis did "
                        "not respond. Rituximab was then introduced, and he recovered fully.\n")
    warm = grounded("autoimmune hemolytic anemia, warm type")
    assert [m.curie for m in found if m.text == "warm autoimmune haemolytic anaemia"] == [warm]
    assert uses(facts) == {(grounded("rituximab"), warm), (grounded("corticosteroids"), warm)}


@pytest.mark.parametrize("phrase, name", [
    ("AIHA due to cold antibodies", "autoimmune hemolytic anemia, cold type"),
    ("cold-reactive autoimmune haemolytic anaemia", "autoimmune hemolytic anemia, cold type"),
    ("cold AIHA", "autoimmune hemolytic anemia, cold type"),
    ("mixed warm and cold autoimmune hemolytic anemia", "mixed AIHA"),
    ("warm-type autoimmune haemolytic anaemia", "autoimmune hemolytic anemia, warm type")])
def test_a_cold_type_anaemia_is_the_cold_type(tmp_path, phrase, name):
    """blindtest1651 ydp02 and ydp06 (round 447): the cold type named by its antibodies, before or
    after the anaemia, is MONDO's "autoimmune hemolytic anemia, cold type"; warm and cold together
    are the mixed type (blindtest400 gu01); the plain anaemia of "cold agglutinin autoimmune
    hemolytic anemia" is not narrowed (blindtest1432 zec01's gold)."""
    found, _ = mine(tmp_path, "Rituximab in refractory anaemia\n\nWe describe two patients with "
                    f"refractory {phrase} who were given rituximab.\n")
    assert [m.curie for m in found if m.text == phrase] == [grounded(name)]
    # "cold agglutinin AIHA" may be cold agglutinin disease: the plain anaemia inside it stays
    found, _ = mine(tmp_path, "Rituximab in refractory anaemia\n\nA woman had cold agglutinin "
                    "autoimmune hemolytic anemia and was given rituximab.\n")
    assert [m.curie for m in found if m.text == "autoimmune hemolytic anemia"] == [
        grounded("autoimmune hemolytic anemia")]


def test_a_disease_a_title_says_set_off_the_main_one_is_no_use(tmp_path):
    """blindtest1652 ydq01 (round 447): "X set off by COVID-19" names what triggered X; the drug
    was given for X ("Anakinra for haemophagocytic lymphohistiocytosis set off by influenza")."""
    facts = mine(tmp_path, "Anakinra for haemophagocytic lymphohistiocytosis set off by "
                 "influenza: a case report\n\nA 40-year-old man with influenza developed fever "
                 "and cytopenias. Anakinra was started and he recovered.\n")[1]
    assert uses(facts) == {(grounded("anakinra"), grounded("haemophagocytic lymphohistiocytosis"))}

DESIGNS_AND_POPULATIONS_IN_OTHER_WORDS = [
    ("Sarilumab in polymyalgia rheumatica", "In this phase 3 trial, 118 patients were assigned "
     "1:1 to sarilumab or placebo with a prednisone taper.", "RandomizedTrialDesign", 118),
    ("Anakinra in COVID-19 pneumonia", "We conducted a multicentre, open-label trial in which "
     "606 patients were allocated in a 2:1 ratio to anakinra or standard care.",
     "RandomizedTrialDesign", 606),
    ("Etanercept in Kawasaki disease", "This was a double-masked, placebo-controlled study of 205 "
     "children.", "RandomizedTrialDesign", 205),
    ("Canakinumab in Still's disease", "A single-centre chart review of 14 adults given "
     "canakinumab.", "RetrospectiveCohortDesign", 14),
    ("Tocilizumab in MIS-C", "We performed a nationwide surveillance study of 312 children with "
     "MIS-C.", "RetrospectiveCohortDesign", 312),
    ("Canakinumab in FMF", "In a cross-sectional study of 120 patients with FMF, 40 received "
     "canakinumab.", "RetrospectiveCohortDesign", 120),
    ("Tocilizumab in giant cell arteritis", "This pilot study enrolled 20 patients followed for "
     "52 weeks.", "ProspectiveCohortDesign", 20),
    ("Anakinra in HLH", "Electronic health records of 44 children who received anakinra for "
     "secondary HLH were analysed.", "RetrospectiveCohortDesign", 44),
]


@pytest.mark.parametrize("sentence, drug, disease", [
    ("Sarilumab showed superiority over adalimumab in rheumatoid arthritis.", "sarilumab",
     "rheumatoid arthritis"),
    ("Tocilizumab reduced relapses in giant cell arteritis.", "tocilizumab",
     "giant cell arteritis"),
    ("Children with juvenile idiopathic arthritis benefit from etanercept.", "etanercept",
     "juvenile idiopathic arthritis"),
    ("In Still's disease, anakinra induces rapid remission.", "anakinra", "Still's disease"),
    ("Cytokine release syndrome usually responds to tocilizumab within hours.", "tocilizumab",
     "cytokine release syndrome"),
    ("Ruxolitinib has emerged as a salvage agent in refractory hemophagocytic "
     "lymphohistiocytosis.", "ruxolitinib", "hemophagocytic lymphohistiocytosis"),
    ("Lifelong colchicine prevents attacks of familial Mediterranean fever.", "colchicine",
     "familial Mediterranean fever"),
    ("Infliximab is a second-line agent in Kawasaki disease.", "infliximab", "Kawasaki disease"),
    ("Baricitinib lowered mortality among hospitalised adults with COVID-19.", "baricitinib",
     "COVID-19"),
    ("Patients with TRAPS achieved remission on canakinumab.", "canakinumab", "TRAPS"),
    ("Anakinra is increasingly used in MIS-C refractory to IVIG.", "anakinra", "MIS-C"),
    ("Dexamethasone became standard of care for COVID-19 after RECOVERY.", "dexamethasone",
     "COVID-19"),
    ("Tocilizumab preserved lung function in systemic sclerosis.", "tocilizumab",
     "systemic sclerosis"),
    # guidance naming a drug for a disease
    ("Canakinumab is now preferred for colchicine-resistant familial Mediterranean fever.",
     "canakinumab", "familial Mediterranean fever"),
    ("Etoposide remains advised as initial therapy for adults in hemophagocytic "
     "lymphohistiocytosis.", "etoposide", "hemophagocytic lymphohistiocytosis"),
])
def test_efficacy_stated_without_a_verb_of_giving(tmp_path, sentence, drug, disease):
    text = f"Cytokine blockade in inflammatory disease: a review\n\n{sentence}\n"
    assert (grounded(drug), grounded(disease)) in uses(mine(tmp_path, text)[1])


# (paper, drugs, disease): each drug is given for the paper's disease, in a sentence naming none
EACH_DRUG_FOR_THE_PAPERS_DISEASE = [
    # "required" speaks of treating the paper's disease
    ("Etoposide in macrophage activation syndrome: a case report\n\nMacrophage activation "
     "syndrome was diagnosed. She required etoposide and ciclosporin.\n",
     ("etoposide", "ciclosporin"), "macrophage activation syndrome"),
    # a table whose first column is headed "Biologic" lists what the patients received
    ("Biologics in rheumatoid arthritis: a claims-based cohort\n\nAdults with rheumatoid "
     "arthritis were identified in a database.\n\nBiologic\tEvents\tRate\nEtanercept\t6\t5.9"
     "\nGolimumab\t5\t4.5\n\nRates were similar.\n", ("etanercept", "golimumab"),
     "rheumatoid arthritis"),
]


# (paper, drug, diseases): the drug is given for each disease the paper names in these ways
EACH_DISEASE_OF_A_PHRASE = [
    # "given to control flares of A and to treat B and C"
    ("Interleukin-1 blockade: a review\n\nAnakinra is given to control flares of adult-onset "
     "Still's disease and to treat Schnitzler syndrome and TRAPS.\n", "anakinra",
     ("adult-onset Still's disease", "Schnitzler syndrome", "TRAPS")),
    # "treatment options for several rheumatic diseases, namely A and B, and also for C"
    ("IL-6 blockade: a perspective\n\nBlocking IL-6 with tocilizumab has given treatment "
     "options for several rheumatic diseases, namely rheumatoid arthritis and giant cell "
     "arteritis, and also for Castleman disease.\n", "tocilizumab",
     ("rheumatoid arthritis", "giant cell arteritis", "Castleman disease")),
    # "it" names no drug: the paper's most mentioned drug is meant; the list after an umbrella
    # term names each disease
    ("Colchicine in cardiology: a review\n\nColchicine comes from the autumn crocus. Being "
     "cheap, it has since been used in cardiovascular disease, including coronary artery "
     "disease, atherosclerosis and recurrent pericarditis.\n", "colchicine",
     ("coronary artery disease", "atherosclerosis", "pericarditis")),
    # subtypes in dashes after a disease
    ("Canakinumab in routine care\n\nCanakinumab was effective in cryopyrin-associated "
     "periodic syndromes (CAPS) – familial cold autoinflammatory syndrome and Muckle-Wells "
     "syndrome – in routine practice.\n", "canakinumab",
     ("familial cold autoinflammatory syndrome", "Muckle-Wells syndrome")),
    # a review of "the evidence on" drugs, in a sentence naming no disease: the paper's disease
    ("Steroid-sparing agents in Takayasu arteritis: a review\n\nTakayasu arteritis needs long "
     "treatment. We summarise the evidence on leflunomide and tocilizumab.\n", "leflunomide",
     ("Takayasu arteritis",)),
    # two sentences without a disease stand between the list and "these disorders"
    ("Interleukin-1 in autoinflammation: a review\n\nMonogenic fevers include familial "
     "Mediterranean fever, TRAPS and hyper-IgD syndrome. Their attacks are short. The "
     "inflammasome releases interleukin-1. Canakinumab is licensed to treat these "
     "disorders.\n", "canakinumab",
     ("familial Mediterranean fever", "TRAPS", "hyper-IgD syndrome")),
]


@pytest.mark.parametrize("text, pairs", [
    *[(text, [(drug, d) for d in diseases]) for text, drug, diseases in EACH_DISEASE_OF_A_PHRASE],
    *[(text, [(d, disease) for d in drugs])
      for text, drugs, disease in EACH_DRUG_FOR_THE_PAPERS_DISEASE],
])
def test_each_use_a_phrase_states(tmp_path, text, pairs):
    found = uses(mine(tmp_path, text)[1])
    for drug, disease in pairs:
        assert (grounded(drug), grounded(disease)) in found, (drug, disease)


# (paper, drug, disease): the paper names the drug and the disease but gives no such use
NOT_GIVEN_FOR = [
    # an exclusion criterion: the sentence names no disease and speaks of earlier exposure, yet
    # excludes the patients
    ("Sarilumab in rheumatoid arthritis: a randomised trial\n\nAdults with rheumatoid "
     "arthritis were eligible. Earlier exposure to any IL-6 agent, tocilizumab included, "
     "excluded a patient. Patients were randomly assigned to sarilumab or placebo.\n",
     "tocilizumab", "rheumatoid arthritis"),
    # guard (passes without the "these medications" rule, failed with it unguarded): "these
    # drugs" refers to the class the sentence names, not to the drugs of the sentence before
    ("IL-1 blockade in periodic fevers: a review\n\nOther agents, such as gevokizumab, are still "
     "being tested. We bring together the data on interleukin-1 inhibitors in periodic fever "
     "syndromes and consider how these drugs may be used.\n", "gevokizumab",
     "periodic fever syndrome"),
]


NOT_GIVEN_FOR += [
    # a disease the patients did not have, then "this setting"
    ("Rituximab in HIV-negative multicentric Castleman disease: a case report\n\nMulticentric "
     "Castleman disease in people without HIV infection is rare. Our experience shows that "
     "rituximab can be beneficial in this setting.\n", "rituximab", "HIV infection"),
    # an exclusion criterion stated with "are excluded if"
    ("Prednisolone in Kawasaki disease: a randomised trial\n\nChildren with Kawasaki disease are "
     "randomised to IVIG with or without prednisolone. Children are excluded if they have "
     "received infliximab before enrolment.\n", "infliximab", "Kawasaki disease"),
]


@pytest.mark.parametrize("text, drug, disease", NOT_GIVEN_FOR)
def test_a_drug_named_but_not_given_for_the_disease(tmp_path, text, drug, disease):
    assert (grounded(drug), grounded(disease)) not in uses(mine(tmp_path, text)[1])


@pytest.mark.parametrize("sentence, drug, disease", [
    ("Tocilizumab inhibits these pathways, preserving endothelial integrity and potentially "
     "mitigating multi-organ damage.", "tocilizumab", "multi-organ damage"),
    ("Children who do not respond to initial IVIG have a higher risk of developing coronary "
     "artery aneurysms.", "IVIG", "coronary artery aneurysm"),
    ("Anakinra cut the risk of progression to severe respiratory failure by 70%.", "anakinra",
     "respiratory failure"),
    ("One patient developed pneumonia while on baricitinib, the first case after baricitinib "
     "use.", "baricitinib", "pneumonia"),
    # a harm in a sentence on tolerability, and a disease named as a resemblance
    ("Methylprednisolone was well tolerated; one child developed transient hypertension that "
     "needed no treatment.", "methylprednisolone", "hypertension"),
    ("Because of its resemblance to Kawasaki disease, IVIG was adopted as first-line "
     "treatment.", "IVIG", "Kawasaki disease"),
    ("IVIG given with high-dose aspirin lowers the rate of coronary artery aneurysms.", "IVIG",
     "coronary artery aneurysm"),
    # a disease that came in spite of the drugs, and one that did not come back
    ("He was treated with IVIG and aspirin, but coronary artery aneurysms developed "
     "nonetheless.", "IVIG", "coronary artery aneurysm"),
    ("He was treated again with anakinra, and echocardiograms showed no recurrence of the "
     "coronary artery aneurysms.", "anakinra", "coronary artery aneurysm"),
])
def test_outcomes_and_harms_are_not_indications(tmp_path, sentence, drug, disease):
    text = f"Cytokine blockade in inflammatory disease: a review\n\n{sentence}\n"
    assert (grounded(drug), grounded(disease)) not in uses(mine(tmp_path, text)[1])


LABELLED_POPULATIONS_COHORTS_AND_CONTROLS = [
    ("Anakinra in MIS-C: a retrospective cohort", "Participants: 41 children with MIS-C admitted "
     "between 2020 and 2022.", 41),
    ("Tocilizumab in COVID-19: a prospective cohort", "Patients: Forty-one adults with severe "
     "COVID-19 pneumonia.", 41),
    ("Emapalumab in HLH: a retrospective cohort", "The cohort (n = 46) received emapalumab.", 46),
    # treated patients, then their controls
    ("Ruxolitinib in secondary HLH: a retrospective comparison", "We retrospectively reviewed the "
     "records of nine children who received ruxolitinib. Nine age-matched children managed "
     "conventionally served as controls (group C).", 18),
]


def test_a_case_report_is_of_one_patient_without_saying_so(tmp_path):
    text = ("Tocilizumab for cytokine release syndrome: case report\n\nHistory: A woman in her "
            "sixties was admitted with fever after CAR-T infusion. Two doses of tocilizumab were "
            "given.\n")
    fact = study(mine(tmp_path, text)[1])
    assert (fact.value("hasStudyDesign"), fact.value("numberOfPatients")) == (
        "CaseReportDesign", 1)


ARMS_STATED_ONE_BY_ONE = [
    ("Tocilizumab in COVID-19: a randomised trial", "Thirty patients received tocilizumab and 31 "
     "received placebo.", 61),
    ("Anakinra in gout: a randomised trial", "The anakinra group comprised 43 patients and the "
     "usual-care group 45.", 88),
    ("Etanercept in Kawasaki disease: a randomised trial", "Etanercept was given to 100 children "
     "and placebo to 105.", 205),
    ("Tocilizumab in GCA: a randomised trial", "Twenty patients were allocated to tocilizumab. "
     "Ten patients were allocated to placebo.", 30),
    ("Infliximab in Kawasaki disease: a retrospective cohort", "Group A (IVIG plus infliximab) "
     "included 20 children. Group B (IVIG alone) included 52 children.", 72),
    # not arms: those treated of the randomised, and a breakdown by sex
    ("Sarilumab in COVID-19: a randomised trial", "In all, 420 patients were randomised and 416 "
     "were treated.", 420),
    ("Anakinra in Still's disease: a case series of adults", "Twenty-five patients (13 men and "
     "12 women) received anakinra.", 25),
]


ROUND_13_DESIGNS_AND_POPULATIONS = [
    ("Etanercept in adult-onset Still's disease", "Twelve adults who fulfilled criteria for "
     "adult-onset Still's disease entered a 6-month open trial of etanercept.",
     "ProspectiveCohortDesign", 12),
    ("Ruxolitinib in refractory HLH", "We report a man whose HLH became refractory. He was "
     "started on etoposide.", "CaseReportDesign", 1),
    ("Siltuximab in COVID-19", "Design: Observational study with a control cohort, set up "
     "prospectively. Results: Thirty patients received siltuximab, and 188 patients in the "
     "control cohort received supportive care only. These findings have to be confirmed in a "
     "randomised controlled trial.", "ProspectiveCohortDesign", 218),
    ("Anakinra or tocilizumab in COVID-19 ARDS: a prospective study", "It took in 102 patients "
     "with ARDS, who were screened for ferritin.", "ProspectiveCohortDesign", 102),
    ("Tocilizumab or azathioprine in NMOSD: a randomised trial", "Adults were allocated 1:1.\n\n"
     "Arm\tTreatment\tRandomised\n1\ttocilizumab\t59\n2\tazathioprine\t59\n\nRelapses were "
     "fewer with tocilizumab.", "RandomizedTrialDesign", 118),
]


def test_the_disease_a_regimen_was_borrowed_from_is_not_its_indication(tmp_path):
    facts = mine(tmp_path, (
        "Ruxolitinib in refractory secondary haemophagocytic lymphohistiocytosis\n\n"
        "Management ranges from observation to combinations of corticosteroids, etoposide and "
        "cyclosporine, an approach borrowed from treatment data in familial HLH.\n"))[1]
    secondary = grounded("secondary haemophagocytic lymphohistiocytosis")
    assert (grounded("etoposide"), secondary) in uses(facts)
    assert all(disease == secondary for _, disease in uses(facts))


def test_familial_hlh_in_general_is_not_type_1():
    assert grounded("familial HLH") == grounded("familial hemophagocytic lymphohistiocytosis")
    type_1 = grounded("familial hemophagocytic lymphohistiocytosis type 1")
    assert grounded("familial HLH") != type_1


def test_hyper_igd_syndrome_by_its_long_and_short_names():
    # MONDO lists "hyper-IgD syndrome"; papers also write the label with "hyper-IgD" and "HIDS"
    hids = grounded("hyper-IgD syndrome")
    assert grounded("hyper-IgD with periodic fever syndrome") == hids
    assert grounded("HIDS") == hids


def test_a_title_indication_without_id_leaves_the_setting_disease_untreated(tmp_path):
    facts = mine(tmp_path, (
        "Emapalumab for refractory neurotoxicity and hyperinflammation after CAR-T cell therapy "
        "in an adult with B-cell acute lymphoblastic leukaemia: a case report\n\n"
        "The patient developed cytokine release syndrome. To control the cytokine release "
        "syndrome, the patient was given tocilizumab. Emapalumab was then started.\n"))[1]
    b_all = grounded("B-cell acute lymphoblastic leukemia")
    assert not {pair for pair in uses(facts) if pair[1] == b_all}
    assert (grounded("tocilizumab"), grounded("cytokine release syndrome")) in uses(facts)
    # the setting stays the subject when the title gives no other indication
    facts = mine(tmp_path, "Tocilizumab in a patient with COVID-19: a case report\n\nShe "
                 "received tocilizumab.\n")[1]
    assert (grounded("tocilizumab"), grounded("COVID-19")) in uses(facts)


def test_a_title_list_of_diseases_is_each_treated(tmp_path):
    facts = mine(tmp_path, (
        "Etanercept for oligoarticular juvenile idiopathic arthritis, enthesitis-related "
        "arthritis and psoriatic arthritis: an open-label study\n\nResponses were kept.\n"))[1]
    for disease in ("oligoarticular juvenile idiopathic arthritis",
                    "enthesitis-related juvenile idiopathic arthritis", "psoriatic arthritis"):
        assert (grounded("etanercept"), grounded(disease)) in uses(facts), disease


def test_juvenile_arthritis_is_not_the_lacc1_form():
    lacc1 = grounded("juvenile arthritis due to defect in LACC1")
    assert grounded("juvenile arthritis") != lacc1


def test_hand_osteoarthritis_is_the_clinical_class_not_the_susceptibility_locus(tmp_path):
    """blindtest390 h905, blindtest597 oj05: MONDO lists "hand osteoarthritis" also under
    osteoarthritis susceptibility 2, a genetic locus; overrides.tsv pins the phrase to the class
    MONDO labels "osteoarthritis, hand"."""
    assert grounded("hand osteoarthritis") == grounded("osteoarthritis, hand")
    assert grounded("hand osteoarthritis") != grounded("osteoarthritis susceptibility 2")
    facts = mine(tmp_path, "Hydroxychloroquine for hand osteoarthritis: a randomised trial\n\n"
                           "Patients were randomly assigned to hydroxychloroquine or placebo.\n")[1]
    assert (grounded("hydroxychloroquine"), grounded("osteoarthritis, hand")) in uses(facts)


def test_a_condition_the_title_names_is_treated_though_hpo_files_it_as_a_finding(tmp_path):
    facts = mine(tmp_path, (
        "Interleukin-1 receptor blockade and survival in sepsis with features of macrophage "
        "activation syndrome: a reanalysis of a phase III trial\n\nWe asked whether anakinra "
        "improves survival in patients with sepsis who show features of macrophage activation "
        "syndrome.\n"))[1]
    assert (grounded("anakinra"), grounded("sepsis")) in uses(facts)


@pytest.mark.parametrize("sentence, drug, disease", [
    ("Nobody in the ruxolitinib arm died, whereas three control patients died of respiratory "
     "failure, a day-28 mortality of 14%.", "ruxolitinib", "respiratory failure"),
    ("In mouse models of secondary HLH, ruxolitinib gave better survival than blocking "
     "interferon gamma, the target of emapalumab.", "emapalumab",
     "secondary haemophagocytic lymphohistiocytosis"),
    # an event counted in the treated
    ("Severe respiratory failure developed in 22.3% of the anakinra-treated patients and in "
     "59.2% of the comparators.", "anakinra", "respiratory failure"),
])
def test_causes_of_death_and_drugs_named_for_their_target_are_not_uses(
    tmp_path, sentence, drug, disease
):
    text = f"Cytokine blockade in inflammatory disease: a review\n\n{sentence}\n"
    assert (grounded(drug), grounded(disease)) not in uses(mine(tmp_path, text)[1])


ROUND_42_DESIGNS_AND_POPULATIONS = [
    # a treated group of 26 with no design word: a case series (up to 30, was 20)
    ("Sarilumab for severe COVID-19", "All patients had COVID-19 pneumonia and needed oxygen. "
     "Twenty-six patients received a single 400 mg dose of sarilumab. Fever resolved in most.",
     "CaseSeriesDesign", 26),
    # patients treated within registered trials, analysed with no design word: followed forward
    ("Tocilizumab timing in CAR-T cell therapy", "Eighty-one patients with lymphoma were treated "
     "with CAR-T cells within two registered trials (NCT01234567 and NCT07654321) and were "
     "included in this analysis; 40 of them received tocilizumab.", "ProspectiveCohortDesign", 81),
    # "We reviewed children treated for ..." looks back on patients already treated
    ("Coronary outcome of Kawasaki disease in infants", "We reviewed children treated for "
     "Kawasaki disease at our centre and compared infants with older children. In all, 140 "
     "children were included.", "RetrospectiveCohortDesign", 140),
]

THE_PAPERS_OWN_DESIGN = [
    # a cohort enrolled forward and pooled with earlier cases is read as prospective
    ("Anakinra in MIS-C: an international cohort", "We conducted a retrospective-prospective, "
     "observational cohort study in 12 centres.", "ProspectiveCohortDesign"),
    ("MIS-C in Korea: a nationwide registry", "A nationwide registry ran from 2021 to 2023; "
     "patients were enrolled both retrospectively and prospectively.", "ProspectiveCohortDesign"),
    # the paper's own design over the trials it cites
    ("Tocilizumab in GCA: real-world outcomes", "Placebo-controlled trials have shown that "
     "tocilizumab maintains remission. We performed a retrospective, single-centre analysis of "
     "patients with GCA.", "RetrospectiveCohortDesign"),
    ("Adalimumab in uveitis: interim results", "VISUAL III is a multicentre, open-label, phase 3 "
     "extension of two double-masked, randomised, placebo-controlled trials.",
     "ProspectiveCohortDesign"),
    # a case report with a review of the literature
    ("Temporal arteritis with pachymeningitis", "We report a patient with temporal arteritis "
     "treated with tocilizumab. A review of the literature found ten published cases.",
     "CaseReportDesign"),
    # files reviewed: retrospective
    ("Biologics in adult-onset Still's disease", "We reviewed the files of every patient who "
     "received a biological drug between 2008 and 2020.", "RetrospectiveCohortDesign"),
    # a title naming one patient; a patient introduced with 'aged'
    ("Anakinra for coronary aneurysms in an infant with Kawasaki disease", "The fever settled.",
     "CaseReportDesign"),
    ("Anakinra in Kawasaki disease", "A previously healthy girl aged 7 weeks was seen after 7 "
     "days of fever.", "CaseReportDesign"),
]


def test_a_diseases_features_and_new_options_for_the_main_disease(tmp_path):
    # "flares with PMR symptoms" in a GCA paper: features, not an indication
    facts = mine(tmp_path, (
        "Tocilizumab in giant cell arteritis: real-world outcomes\n\nOutcomes after the start of "
        "tocilizumab included the features of flares (polymyalgia rheumatica [PMR] symptoms, "
        "cranial manifestations).\n"))[1]
    assert not {pair for pair in uses(facts) if pair[1] == grounded("polymyalgia rheumatica")}
    # new drugs listed in a review are options for its disease
    facts = mine(tmp_path, (
        "Managing refractory haemophagocytic lymphohistiocytosis in adults: a review\n\n"
        "Several new drugs have been developed: emapalumab, an antibody against interferon-gamma; "
        "and ruxolitinib, an inhibitor of Janus kinases.\n"))[1]
    hlh = grounded("haemophagocytic lymphohistiocytosis")
    assert {(grounded("emapalumab"), hlh), (grounded("ruxolitinib"), hlh)} <= uses(facts)


def test_a_class_named_as_a_line_of_treatment_and_lists_that_go_on(tmp_path):
    facts = mine(tmp_path, (
        "Refractory sarcoidosis: a review\n\nSarcoidosis is a multisystem disease. When therapy "
        "is needed, corticosteroids are the first-line treatment. Tumour necrosis factor-alpha "
        "inhibitors, the third-line agents, have been validated in trials. Case series of "
        "refractory sarcoidosis have reported benefit from several drugs. They include anti-CD20 "
        "antibodies such as rituximab.\n"))[1]
    sarcoidosis = grounded("sarcoidosis")
    for drug in ("corticosteroids", "TNF inhibitors", "rituximab"):
        assert (grounded(drug), sarcoidosis) in uses(facts), drug


def test_soluble_il2_receptor_and_raised_ferritin_ground_to_what_they_name():
    # the shed IL-2 receptor alpha chain is IL2RA, not IL2; a raised ferritin is the finding
    assert grounded("soluble interleukin-2 receptor") == grounded("IL2RA")
    assert grounded("sCD25") == grounded("IL2RA") != grounded("interleukin-2")
    assert grounded("high ferritin") == grounded("hyperferritinemia") != grounded("ferritin")


def test_a_class_managed_with_and_a_service_named_for_a_disease(tmp_path):
    found, facts = mine(tmp_path, (
        "IL-1 blockade in systemic juvenile idiopathic arthritis\n\nTraditionally the disease has "
        "been managed with corticosteroids and methotrexate. Before biologic agents, management "
        "relied chiefly on prolonged courses of high-dose glucocorticoids. She was seen by the "
        "infectious diseases service.\n"))
    assert (grounded("corticosteroids"), grounded("systemic juvenile idiopathic arthritis")) in (
        uses(facts))
    assert grounded("infectious disease") not in {m.curie for m in found}


def test_a_small_undesigned_series_and_comorbidities(tmp_path):
    facts = mine(tmp_path, (
        "Tocilizumab for AA amyloidosis complicating familial Mediterranean fever\n\n"
        "Fourteen patients with familial Mediterranean fever were treated with tocilizumab. "
        "They kept taking colchicine alongside tocilizumab; four also had ankylosing spondylitis "
        "and one Crohn's disease.\n"))[1]
    assert study(facts).value("hasStudyDesign") == "CaseSeriesDesign"
    for disease in ("ankylosing spondylitis", "Crohn's disease"):
        assert not {pair for pair in uses(facts) if pair[1] == grounded(disease)}, disease


def test_resembling_a_disease_and_a_class_the_patients_were_under(tmp_path):
    facts = mine(tmp_path, (
        "Baricitinib in a teenager with COVID-19: a case report\n\nSevere disease is driven by "
        "an inflammatory response resembling cytokine release syndrome, and strategies rely on "
        "Janus kinase inhibitors, of which baricitinib is one.\n"))[1]
    assert (grounded("baricitinib"), grounded("cytokine release syndrome")) not in uses(facts)
    facts = mine(tmp_path, (
        "Anti-TNF agents in cryopyrin-associated periodic syndrome: two cases\n\nIn both, the "
        "milder manifestations of the disease were reduced under anti-TNF therapy.\n"))[1]
    assert (grounded("TNF inhibitors"), grounded("cryopyrin-associated periodic syndrome")) in (
        uses(facts))


ROUND_16_DESIGNS_AND_POPULATIONS = [
    ("Dexamethasone in COVID-19: a randomised platform trial", "Patients were randomly assigned "
     "to dexamethasone or usual care.\n\nGroup\tPatients allocated\tDied\nDexamethasone\t2104\t482"
     "\nUsual care\t4321\t1110\n\nMortality was lower.", "RandomizedTrialDesign", 6425),
    ("Sarilumab in COVID-19 pneumonia: a randomised trial", "Four patients in the usual-care "
     "group withdrew consent and were not analysed.\n\nArm\tSarilumab\tUsual care\nRandomised, n"
     "\t68\t80\n\nDeterioration was the same.", "RandomizedTrialDesign", 148),
    ("Tocilizumab in Takayasu arteritis: a randomised trial", "Patients were randomly allocated "
     "1:1 until 19 patients had relapsed. The populations each comprised 18 patients given "
     "tocilizumab and 18 given placebo.", "RandomizedTrialDesign", 36),
    ("Adalimumab in Behçet uveitis: a retrospective study", "Twenty-one patients had received "
     "adalimumab plus conventional therapy and twenty-four had received conventional therapy "
     "alone.", "RetrospectiveCohortDesign", 45),
    ("Anakinra in mevalonate kinase deficiency", "We describe a newborn whose disease began "
     "before birth.", "CaseReportDesign", 1),
    ("Siltuximab in Castleman disease: long-term safety", "In a randomised, placebo-controlled "
     "study, siltuximab produced durable responses. We report 19 patients who took part in the "
     "ongoing, open-label, phase 2 extension study.", "ProspectiveCohortDesign", 19),
    ("Tofacitinib in adult-onset Still's disease", "We describe fourteen patients with refractory "
     "disease treated with tofacitinib at a single centre.", "CaseSeriesDesign", 14),
]


def test_each_disease_of_an_efficacy_list_is_treated(tmp_path):
    facts = mine(tmp_path, (
        "Tofacitinib in adult-onset Still's disease\n\nTofacitinib, an inhibitor of JAK1 and "
        "JAK3, is effective in rheumatoid arthritis, systemic lupus erythematosus and psoriatic "
        "arthritis.\n"))[1]
    for disease in ("rheumatoid arthritis", "systemic lupus erythematosus", "psoriatic arthritis"):
        assert (grounded("tofacitinib"), grounded(disease)) in uses(facts), disease
    # the list is the drug's named before it in its clause, not another drug's
    facts = mine(tmp_path, (
        "Tofacitinib in adult-onset Still's disease\n\nTofacitinib is effective in rheumatoid "
        "arthritis and psoriatic arthritis; baricitinib helped a patient with refractory "
        "adult-onset Still's disease.\n"))[1]
    assert (grounded("baricitinib"), grounded("psoriatic arthritis")) not in uses(facts)


ROUND_17_DESIGNS = [
    ("Tocilizumab for MAS complicating adult-onset Still's disease: a case-based review",
     "We describe a 71-year-old Japanese woman with adult-onset Still's disease who responded to "
     "tocilizumab.", "CaseReportDesign"),
    ("Macrophage activation syndrome on tocilizumab", "We describe what we believe is the first "
     "such case in Korea, a woman maintained on tocilizumab.", "CaseReportDesign"),
    ("Orphanet J Rare Dis (2019) 14:224 · Review · Open access\n\nManagement of "
     "colchicine-resistant familial Mediterranean fever: an update", "Anakinra and canakinumab "
     "are options.", "NarrativeReviewDesign"),
    ("Anakinra in COVID-19", "We set up a cohort to test whether a stepwise algorithm could "
     "prevent death. One hundred and eight consecutive patients were treated under the "
     "algorithm.", "ProspectiveCohortDesign"),
]


def test_without_comparative_studies_is_no_negation_of_giving(tmp_path):
    facts = mine(tmp_path, (
        "Interleukin-1 inhibitors in familial Mediterranean fever: a review\n\nCanakinumab is "
        "approved for colchicine-resistant FMF, but experience with anakinra is also substantial, "
        "and without comparative studies both appear equally reasonable.\n"))[1]
    fmf = grounded("familial Mediterranean fever")
    assert {(grounded("canakinumab"), fmf), (grounded("anakinra"), fmf)} <= uses(facts)


def test_a_class_in_a_second_with_phrase_was_given(tmp_path):
    facts = mine(tmp_path, (
        "Colchicine-resistant familial Mediterranean fever: an update\n\nPatients in whom "
        "colchicine failed have been treated successfully with drugs that block interleukin-1 or "
        "interleukin-6 and with TNF inhibitors.\n"))[1]
    assert (grounded("TNF inhibitors"), grounded("familial Mediterranean fever")) in uses(facts)


def test_a_drug_begun_and_a_class_not_tolerated_were_given_for_the_main_disease(tmp_path):
    facts = mine(tmp_path, (
        "Familial Mediterranean fever refractory to colchicine: a case report\n\nShe had "
        "previously also been intolerant of interferon and of steroids. After discussion with "
        "rheumatology, anakinra 100 mg once daily was begun.\n"))[1]
    fmf = grounded("familial Mediterranean fever")
    assert {(grounded("anakinra"), fmf), (grounded("corticosteroids"), fmf)} <= uses(facts)


COUNT_COLUMN_AND_COMPARISON_GROUP = [
    ("Corticosteroids or IVIG first in MIS-C: a retrospective cohort", "Children were treated "
     "with IVIG or corticosteroids first.\n\nGroup\tPatients, n\tTreatment failure, n\nIVIG first"
     "\t10\t7\nCS first\t9\t1\n\nFailure was rarer with corticosteroids first.", 19),
    ("Sarilumab in COVID-19: a prospective cohort", "Twenty-eight patients received sarilumab; "
     "28 contemporaneous patients on standard care alone served as the comparison group.", 56),
    # a row counting the patients of arm columns aligned with spaces (PDF layout text)
    ("Anakinra in gout flares: a randomised trial", "Patients were assigned to anakinra or "
     "triamcinolone.\n\n                          Anakinra      Triamcinolone\nRandomised "
     "patients       81            84\nPain change, mm           -41.2         -39.4\n\nPain "
     "fell alike in both arms.", 165),
]


ROUND_20_DESIGNS_AND_POPULATIONS = [
    # the paper names its patients with adjectives between the number and the noun
    ("Anakinra for refractory pericarditis", "We present three unrelated men with recurrent "
     "pericarditis given anakinra. A 24-year-old man had six relapses on colchicine.",
     "CaseSeriesDesign", 3),
    # past patients gathered into a cohort, with a bracket before "of N"
    ("Colchicine in pericarditis: a multicentre cohort", "We assembled a cohort (five sites) of "
     "84 consecutive adult patients who had had two recurrences. Records were reviewed.",
     "RetrospectiveCohortDesign", 84),
    # the open-label part of a randomised trial, and those who entered it
    ("Anakinra in FMF: the open-label extension", "This report covers the 24-week open-label "
     "period of the randomised AFFIRM trial. Of the 40 patients who started the trial, 37 "
     "entered the open-label period.", "ProspectiveCohortDesign", 37),
    # the paper's own series with a review of the literature added; the published patients and a
    # table of the series' diagnoses
    ("Anakinra for MAS in children: a single-centre experience and a systematic review of the "
     "literature", "The study group comprised children with MAS treated with anakinra. The "
     "literature search identified six articles describing 41 children.\n\nUnderlying disease"
     "\tPatients\nsJIA\t9\nAutoinflammatory disease\t3\n\nAll recovered.",
     "CaseSeriesDesign", 12),
    # a heading per case and no design word: a case series of that many
    ("Anakinra in two preterm infants with NOMID", "## Background\n\nNOMID is rare.\n\n## "
     "Case 1\n\nA boy was born at 33 weeks.\n\n## Case 2\n\nA girl was born at 31 weeks.",
     "CaseSeriesDesign", 2),
    # a randomised comparison
    ("A randomised prospective comparison of two IVIG doses in Kawasaki disease", "Two protocols "
     "were compared. Eighty-eight children were enrolled.", "RandomizedTrialDesign", 88),
    # "Review." as a sentence of its own on the citation line
    ("Textbook of Autoinflammation, chapter 12, pp. 201-215. Review.\n\nTreating MAS in "
     "children", "Anakinra and ciclosporin are used.", "NarrativeReviewDesign", None),
    # a perspective article is a narrative review
    ("Nat Rev Rheumatol. 2021;17:12-20. · Perspectives\n\nBlocking IL-1 in gout", "Anakinra "
     "and canakinumab shorten flares.", "NarrativeReviewDesign", None),
    # randomisation denied is no randomised trial
    ("Glucocorticoids in MIS-C: a registry study", "We analysed the records of a national "
     "registry. Because treatment was not randomly assigned, confounding is likely.",
     "RetrospectiveCohortDesign", None),
    # the genre in brackets at the end of the citation line
    ("Haematologica 2021;106(3):12-20. Perspective (review)\n\nHow we treat refractory HLH in "
     "adults", "Emapalumab and ruxolitinib are the newer options.", "NarrativeReviewDesign", None),
]


ROUND_29_DESIGNS_AND_POPULATIONS = [
    # patients treated in routine clinical practice, with no direction in time: looked back on
    ("Tocilizumab in refractory Takayasu arteritis", "Multicentre study of patients with "
     "refractory Takayasu arteritis who received tocilizumab in routine clinical practice. Twenty "
     "patients were included.", "RetrospectiveCohortDesign", 20),
    # patients the study included because they "had been treated" with the drug: looked back on
    ("Tocilizumab in Behcet disease: a multicentre study", "This multicentre study included 30 "
     "patients who fulfilled the criteria for Behcet disease and had been treated with "
     "tocilizumab.", "RetrospectiveCohortDesign", 30),
    # the paper's own case with a review of the literature added is a case report
    ("Relapsed familial HLH in a child rescued by transplantation: case report and literature "
     "review", "A 6-year-old girl was admitted with fever. She was treated with etoposide.",
     "CaseReportDesign", 1),
    # drug given under an expanded-access programme: followed forward
    ("Baricitinib in Aicardi-Goutieres syndrome: an expanded-access programme", "We ran an "
     "open-label expanded-access programme in which thirty patients received baricitinib.",
     "ProspectiveCohortDesign", 30),
    # "a multicentre regional series" larger than a case series, its cases "identified"
    ("Anakinra for HLH in adults: a multicentre regional series", "Between 2022 and 2024, 25 "
     "cases were identified. The median age was 65 years.", "RetrospectiveCohortDesign", 25),
    # records examined retrospectively "in the N patients"
    ("Tocilizumab for CRS after haploidentical transplantation", "We examined retrospectively the "
     "effect of tocilizumab on bloodstream infections in the 200 patients who underwent "
     "transplantation at our centre.", "RetrospectiveCohortDesign", 200),
    # a service evaluation pools the records of patients treated
    ("Relapse after stopping tocilizumab in GCA", "We carried out a multicentre service "
     "evaluation of relapse after cessation of tocilizumab. In total, 300 patients were "
     "included.", "RetrospectiveCohortDesign", 300),
    # a poster in the "case report session" reporting three recipients is no case report
    ("IL-1 blockade for gout in kidney transplant recipients", "Setting: Poster in the case "
     "report session of a nephrology congress.\n\nPatients: We report our experience with "
     "anakinra in three renal transplant recipients who had gout.", "CaseSeriesDesign", 3),
    # a registered trial with no design word, more patients than a small series
    ("Anakinra in NOMID", "Patients with NOMID were selected to receive anakinra. Twenty-four "
     "patients were treated. The trial was registered with ClinicalTrials.gov.",
     "ProspectiveCohortDesign", 24),
    # a review that summarises the evidence, its genre opening the citation line
    ("Review article · PMCID PMC0000000 · available via PubMed Central\n\nIL-1 in "
     "cardiovascular disease", "We summarise the preclinical and clinical evidence. A trial "
     "that enrolled 10,061 patients tested canakinumab.", "NarrativeReviewDesign", None),
    # a title that says "a case of", a patient aged with a nationality before "man"
    ("A severe case of TAFRO syndrome treated with tocilizumab", "A previously healthy "
     "24-year-old Asian man was admitted with fever.", "CaseReportDesign", 1),
    # the genre after the DOI on a citation line that runs into the title and the authors
    ("Int J Mol Sci 2023;24:2483; https://doi.org/10.3390/ijms24032483 — Review\nColchicine in "
     "atherothrombosis\nGiovanni Cimmino, Plinio Cirillo", "Colchicine is one of the oldest "
     "drugs still used in clinical practice.", "NarrativeReviewDesign", None),
    # the genre in bold before the journal in italics
    ("**Review** · *The Lancet Rheumatology* 2020;2:e358\n\nIntravenous anakinra in HLH",
     "Anakinra has been given to many patients.", "NarrativeReviewDesign", None),
    # a sentence that only says how many were eligible, then a subgroup with a verb
    ("Tocilizumab in giant cell arteritis: a multicentre retrospective study", "This study "
     "included patients who started tocilizumab. Forty-one patients were eligible. Three "
     "patients who received abatacept relapsed.", "RetrospectiveCohortDesign", 41),
]


ROUND_35_DESIGNS_AND_POPULATIONS = [
    # patients seen in routine practice but "monitored prospectively": followed forward
    ("Tocilizumab in refractory dermatomyositis: a single-centre real-world experience",
     "Eighteen patients managed in routine practice received tocilizumab and were monitored "
     "prospectively.", "ProspectiveCohortDesign", 18),
    # the paper's own name for its genre: a retrospective case series
    ("Canakinumab in children with TRAPS", "This is a retrospective case series from two "
     "centres. Twelve patients were included.", "CaseSeriesDesign", 12),
    # "and a further N" before the verb: more of the population
    ("Behcet disease at a referral centre", "We searched the records retrospectively. Twenty "
     "patients had a recorded diagnosis of Behcet disease and a further 31 fulfilled the "
     "diagnostic criteria.", "RetrospectiveCohortDesign", 51),
    # a registry's patients with complete information, in words
    ("Treatment of periodic fevers in an international registry", "Data were collected "
     "retrospectively. After two years, complete information was available for three hundred "
     "and twelve validated patients.", "RetrospectiveCohortDesign", 312),
    # the cohort left after exclusions, not the patients who met the criteria first
    ("IVIG resistance in Kawasaki disease", "We carried out a retrospective review of charts. "
     "Five hundred children met the inclusion criteria. Forty of them were excluded, leaving a "
     "final cohort of four hundred and sixty children.", "RetrospectiveCohortDesign", 460),
    # studies pooled "giving" the whole
    ("Anakinra in sepsis: a pooled analysis", "Data were pooled from two prospective studies, "
     "the first (n = 40) and the second (n = 25), giving 65 patients treated with anakinra.",
     "ProspectiveCohortDesign", 65),
    # two arms each stated by its allocation, after "in"
    ("Anakinra in COVID-19: a pragmatic randomised trial", "Randomisation used a "
     "play-the-winner design. The primary outcome was assessed in 14 patients allocated to "
     "anakinra and in 22 allocated to usual care.", "RandomizedTrialDesign", 36),
]


ROUND_37_POPULATIONS = [
    # the part "(N%) met the criteria for" a disease is a result, not the population
    ("Cytokine release syndrome after haploidentical transplantation", "We reviewed the records "
     "of 40 consecutive patients who received a transplant. Thirty of the 40 patients (75%) met "
     "the criteria for cytokine release syndrome.", 40),
    # the patients scans "were available for"
    ("Rilonacept in recurrent pericarditis: an imaging substudy", "Scans at baseline and at 18 "
     "months were available for 11 patients.", 11),
    # "new users" of a drug that "were registered"
    ("Etanercept in JIA: a registry study", "In all, 1200 new users of etanercept with JIA were "
     "registered.", 1200),
    # the pool a database held is not the cohort the study identified in it
    ("IVIG in myocarditis: a nationwide cohort", "We used a national insurance database, in which "
     "four thousand patients with myocarditis were evaluated, and identified nine hundred "
     "paediatric patients admitted for myocarditis.", 900),
    # a protocol's trial "planned in N patients" is no population (rounds 407 and 410)
    ("Rationale and design of a phase II trial of anakinra in Kawasaki disease", "This is a "
     "two-centre phase II trial planned in 24 patients with acute Kawasaki disease.", None),
    # arms in an HTML table with an intention-to-treat column, and in a table of the primary
    # analysis
    ("Adalimumab in uveitis: a randomised trial", "<table>\n<tr><th>Arm</th><th>Patients "
     "(intention to treat)</th><th>Responders</th></tr>\n<tr><td>Adalimumab</td><td>14</td>"
     "<td>8</td></tr>\n<tr><td>Placebo</td><td>13</td><td>2</td></tr>\n</table>", 27),
    ("Colchicine in COVID-19: a platform trial", "Arm\tParticipants in the primary analysis\n"
     "Colchicine\t120\nUsual care\t300\n", 420),
]

ROUND_38_DESIGNS_AND_POPULATIONS = [
    # two groups with the verb repeated, a dose in brackets between them
    ("Dexamethasone with IVIG in Kawasaki disease: a retrospective study", "We reviewed the "
     "records of children with Kawasaki disease. One hundred patients had received IVIG (2 g/kg) "
     "alone, and ninety had received IVIG with dexamethasone.", "RetrospectiveCohortDesign", 190),
    # guard (passes without the rule, failed with brackets of any content): a breakdown after a
    # count with its sexes in brackets adds nothing
    ("Tocilizumab in AOSD: a retrospective study", "Fifty patients were included (11 men and 39 "
     "women): 19 in the tocilizumab group and 31 in the other group.",
     "RetrospectiveCohortDesign", 50),
    # "we summarise the data of these patients" is the paper's own series; trials "ongoing" are
    # others'
    ("JAK inhibitors in Takayasu arteritis: a retrospective case series", "In 2018 we began to use "
     "tofacitinib in a patient with Takayasu arteritis, and we later treated a further 9 "
     "patients. We summarise the retrospective data of these 10 patients. They will complement "
     "the results of the ongoing randomised trials.", "CaseSeriesDesign", 10),
    # a treated cohort followed forward against historical controls
    ("Anakinra in severe COVID-19: a cohort study with a historical control group", "The study "
     "combined a prospective cohort treated with anakinra with a historical control cohort "
     "selected retrospectively from the same hospital.", "ProspectiveCohortDesign", None),
    # the aim "to describe" a drug "in two children"
    ("Sustained remission of multicentric Castleman disease in two children treated with "
     "tocilizumab", "To describe the efficacy and safety of tocilizumab in two children with "
     "multicentric Castleman disease. Tocilizumab was infused every 2 weeks.", "CaseSeriesDesign",
     2),
    ("Stepwise immunotherapy for TAFRO syndrome: two cases", "We describe stepwise "
     "immunotherapy, with rituximab as induction and cyclosporine as maintenance, in two patients "
     "whose disease did not respond to corticosteroids. A 32-year-old man presented with fever.",
     "CaseSeriesDesign", 2),
    # trial data said to be missing are no trial of the paper's
    ("IVIG and aspirin in PIMS-TS: a case series", "No randomised controlled trial data are "
     "available to guide treatment. Three patients were treated at our hospital.",
     "CaseSeriesDesign", 3),
    # an earlier pilot study's patients are not the protocol's, whose cohorts are sized
    ("Emapalumab in MAS: a study protocol", "In an earlier pilot study, nine patients were given "
     "emapalumab. EMERALD is an open-label, single-arm study that enrols patients into two "
     "cohorts: MAS in Still's disease (n = 25) and MAS in SLE (n = 16).",
     "ProspectiveCohortDesign", 41),
    # a cohort joined from two sources, "N patients in all"
    ("TNF inhibitors in Takayasu arteritis: a population-based cohort", "Data were taken "
     "retrospectively from the records. The cohort comprised all 60 patients of the regional "
     "cohort, together with 12 patients from a referral cohort, 72 patients in all.",
     "RetrospectiveCohortDesign", 72),
    # outcome groups of a table that together make the cohort
    ("Glucocorticoid response in adult-onset Still's disease: a retrospective study", "Group at 4 "
     "weeks\tPatients\nPoor response\t20\nGood response\t35\n", "RetrospectiveCohortDesign",
     55),
]

ROUND_43_DESIGNS_AND_POPULATIONS = [
    # patients treated "in everyday practice", with no design word: real-world data looked back on
    ("Rilonacept in everyday practice for CAPS", "Consecutive patients with CAPS treated at five "
     "centres were included. Forty-two patients were studied.", "RetrospectiveCohortDesign", 42),
    # "We looked back at the records" of more patients than a handful: a retrospective cohort
    ("Tocilizumab in multicentric Castleman disease: a single-centre experience", "We looked "
     "back at the records of all 18 patients treated at our hospital. Eleven were men.",
     "RetrospectiveCohortDesign", 18),
    # no title: "Here we report one such child" after the background is a case report
    ("Behçet's disease is common in Turkey. Some patients do not respond to colchicine.",
     "Here we report one such child, a boy followed at our hospital. Anakinra was added.",
     "CaseReportDesign", 1),
    # "To report three children": the paper's own series, over its first case's age
    ("Canakinumab in colchicine-resistant FMF: three cases", "To report three children with "
     "colchicine-resistant FMF treated with canakinumab. A 7-year-old girl had attacks every "
     "month.", "CaseSeriesDesign", 3),
    # row 354: a title naming the paper a retrospective study keeps a small review a cohort; a
    # title calling it a series does not
    ("Baricitinib in juvenile dermatomyositis: a retrospective two-centre study", "We "
     "retrospectively reviewed children with juvenile dermatomyositis who received baricitinib. "
     "Seven children were included.", "RetrospectiveCohortDesign", 7),
    # row 361: the genre the title gives after its colon outranks another paper's trial named in
    # the background
    ("Baricitinib in severe COVID-19: a prospective observational study", "Remdesivir shortened "
     "recovery in a placebo-controlled trial. Thirty patients given baricitinib were enrolled.",
     "ProspectiveCohortDesign", 30),
    # row 362: "· Review" later in a journal line, and the genre "How I treat ..."
    ("Ann Rheum Dis Pract · May 2020 · Review (How we treat)\n\nTreating adult-onset Still "
     "disease with anakinra", "Adult-onset Still disease is rare. Anakinra is effective in it.",
     "NarrativeReviewDesign", None),
    # row 371: an opinion genre in the journal line ("· Leading Article", "· Perspective")
    ("Drugs 2015; 75(2): 101-110 · Leading Article\n\nInterleukin-6 blockade in large-vessel "
     "vasculitis", "Tocilizumab is effective in giant cell arteritis. Its place in Takayasu "
     "arteritis is less clear.", "NarrativeReviewDesign", None),
    ("How I treat hemophagocytic lymphohistiocytosis", "Etoposide and dexamethasone remain "
     "central. Emapalumab is an option in refractory disease.", "NarrativeReviewDesign", None),
    # row 373: "We describe in detail the four ... patients" beside a literature review
    ("Anakinra in refractory gout: four patients", "Literature review: we summarise published "
     "reports on anakinra in gout. Case descriptions: We describe in detail the four "
     "colchicine-resistant patients given anakinra.", "CaseSeriesDesign", 4),
    # row 378: "We retrospectively enrolled"; a handful only said to be "enrolled" is a series,
    # unless a protocol or prospective study is named
    ("IVIG and the gallbladder in Kawasaki disease", "We retrospectively enrolled children with "
     "Kawasaki disease given IVIG. Forty children were studied.", "RetrospectiveCohortDesign", 40),
    ("Anakinra in refractory macrophage activation syndrome", "Six patients were enrolled, three "
     "girls and three boys. All received anakinra.", "CaseSeriesDesign", 6),
    ("Anakinra in refractory macrophage activation syndrome", "Six patients were enrolled in this "
     "pilot study. All received anakinra.", "ProspectiveCohortDesign", 6),
    # row 380: "randomised 1:1 to" with the ratio not in brackets
    ("Anakinra tapering in recurrent pericarditis", "We enrolled 18 consecutive patients. After "
     "discharge the patients were randomised 1:1 to MRI-guided or CRP-guided tapering.",
     "RandomizedTrialDesign", 18),
    # row 385: "A woman in her forties ..." is one patient
    ("A woman in her forties with fever and rash: adult-onset Still disease treated with "
     "anakinra", "She had had fever for a month. Anakinra was started.", "CaseReportDesign", 1),
    # row 386: "an earlier randomised trial" is another paper's; "followed from enrolment" is a
    # cohort followed forward; an independent cohort that reproduced a finding is not the
    # population, the table's two cohorts are
    ("Ferritin and outcome in sepsis", "In a post hoc analysis of an earlier randomised trial, "
     "anakinra helped. Adults with sepsis were enrolled and followed from enrolment to day 28."
     "\n\nMeasure\tTest cohort (n = 300)\tValidation cohort (n = 200)\nDeaths\t30\t20\n\n"
     "The finding was reproduced in an independent Swedish cohort of 90 patients.",
     "ProspectiveCohortDesign", 500),
    # row 390: "a phase Ib/II trial" (a Roman phase with a letter); group sizes with more said
    # after them in their brackets ("(TCZ group, n = 302; 224.68 patient-years)")
    ("Ruxolitinib in haemophagocytic lymphohistiocytosis: a trial design", "HLHRUXO is a "
     "non-randomised, two-arm phase Ib/II trial. Eight sites enrol patients.",
     "ProspectiveCohortDesign", None),
    ("Tocilizumab or TNF inhibitors in rheumatoid arthritis: a registry", "Patients who started "
     "tocilizumab (TCZ group, n = 302; 224.68 patient-years) or a TNF inhibitor (TNFI group, "
     "n = 304; 231.01 patient-years) were enrolled and followed prospectively.",
     "ProspectiveCohortDesign", 606),
    # row 394: a genre label "Case report —" opening a line outranks "We reviewed the earlier
    # reports" in the discussion; "Case report – two patients" is a series
    ("Successful discontinuation of infliximab in vascular Behçet disease\n\n*Case report — "
     "Department of Rheumatology, Fukuoka*", "A 31-year-old patient was given infliximab. We "
     "reviewed the earlier reports in which infliximab had been stopped.", "CaseReportDesign", 1),
    ("<h1>Anakinra for haemophagocytic lymphohistiocytosis after CAR T cells</h1>\n<p "
     "class=\"type\">Case report &ndash; two patients</p>", "<p>We describe two boys given "
     "anakinra. Both recovered.", "CaseSeriesDesign", 2),
    ("Baricitinib in juvenile dermatomyositis: a retrospective series", "We retrospectively "
     "reviewed children with juvenile dermatomyositis who received baricitinib. Seven children "
     "were included.", "CaseSeriesDesign", 7),
]

ROUND_57_DESIGNS_AND_POPULATIONS = [
    # row 414: no title block, no design word, no population: a paper that sets out what others
    # reported is a review ...
    ("Adult-onset Still's disease is a rare autoinflammatory disease.", "Glucocorticoids remain "
     "the first step. The published experience with each biologic agent is summarised below. "
     "Anakinra has the largest experience.", "NarrativeReviewDesign", None),
    # ... but not a paper with patients of its own that summarises the literature besides
    ("Anakinra in adult-onset Still's disease", "Twelve patients received anakinra at our "
     "hospital. The published experience with anakinra is summarised in Table 2.",
     "CaseSeriesDesign", 12),
    # row 417: "In this Series paper we review ...": the paper saying what it does
    ("Interleukin-6 receptor blockade in COVID-19: the trials in context", "Trials of "
     "tocilizumab enrolled adults with COVID-19 at different stages. In this Series paper we "
     "review the heterogeneity among those trials.", "NarrativeReviewDesign", None),
    # row 419: a family the paper reports, counted by its members, is a case series
    ("Muckle-Wells syndrome is rare.", "We report a family of four, a father and his three "
     "daughters, with Muckle-Wells syndrome, all of whom were given canakinumab.",
     "CaseSeriesDesign", 4),
    # row 420: "four such patients"; a count right after "we treated" is the paper's own though
    # the sentence goes on to the cases published so far
    ("Interleukin-1 blockade may help adult-onset Still's disease that resists glucocorticoids.",
     "We treated five such patients with anakinra and reviewed the cases published so far.",
     "CaseSeriesDesign", 5),
    # row 423: "· Mini Review ·" in the journal line, "This mini review sets out ..."
    ("Front Immunol 2019;9:3129 · Mini Review · Inflammation\n\nTreating giant cell arteritis",
     "Tocilizumab has widened the options. Trials enrolled patients over 50 years of age.",
     "NarrativeReviewDesign", None),
    # row 424: a trial record's words, "randomised allocation" and "double masking"
    ("Subcutaneous tocilizumab in systemic sclerosis: design of the phase 3 trial", "This "
     "interventional study with randomised allocation to two parallel groups and double masking "
     "enrolled 212 adults.", "RandomizedTrialDesign", 212),
    # row 426: "We describe how three patients ... were treated" names the paper's own series,
    # over its first case's age
    ("Anakinra in secondary HLH: three children", "We describe how three patients of our "
     "network were diagnosed and treated. A 16 year old boy developed fever after HLH therapy.",
     "CaseSeriesDesign", 3),
]


@pytest.mark.parametrize("title, body, design, patients", [
    *DESIGNS_AND_POPULATIONS_IN_OTHER_WORDS, *ROUND_13_DESIGNS_AND_POPULATIONS,
    *ROUND_16_DESIGNS_AND_POPULATIONS, *ROUND_20_DESIGNS_AND_POPULATIONS,
    *ROUND_29_DESIGNS_AND_POPULATIONS, *ROUND_35_DESIGNS_AND_POPULATIONS,
    *ROUND_38_DESIGNS_AND_POPULATIONS, *ROUND_42_DESIGNS_AND_POPULATIONS,
    *ROUND_43_DESIGNS_AND_POPULATIONS, *ROUND_57_DESIGNS_AND_POPULATIONS,
])
def test_designs_and_populations_in_other_words(tmp_path, title, body, design, patients):
    fact = paper_study(tmp_path, title, body)
    assert (fact.value("hasStudyDesign"), fact.value("numberOfPatients")) == (design, patients)


@pytest.mark.parametrize("title, body, design", [*THE_PAPERS_OWN_DESIGN, *ROUND_17_DESIGNS])
def test_the_papers_own_design_wins(tmp_path, title, body, design):
    assert paper_study(tmp_path, title, body).value("hasStudyDesign") == design


ROUND_20_POPULATIONS = [
    # a year after a date is no count
    ("Tocilizumab in COVID-19: an observational cohort", "Adults given tocilizumab between May 2 "
     "and June 9, 2021 were included. Of the 48 patients who received tocilizumab, 12 died.", 48),
    # a planned sample size is not the population
    ("Canakinumab in gout: a randomised trial", "Patients were randomly assigned to canakinumab "
     "or colchicine. Recruitment ended before the planned 300 patients had been enrolled.\n\n"
     "Outcome\tCanakinumab (n = 70)\tColchicine (n = 71)\nFlares, n\t9\t20\n", 141),
    # a study of a drug with its dose, then its population
    ("Emapalumab in HLH: a phase 2 trial", "We carried out an open-label study of emapalumab "
     "(1 - 10 mg/kg) in 34 children with primary HLH.", 34),
    # groups by drug with the verb left out after the first
    ("Biologics in Behcet uveitis: a retrospective study", "We reviewed the charts of patients "
     "with uveitis. Nine patients had received infliximab, seven adalimumab and two "
     "golimumab.", 18),
    # arms each sized in brackets after their treatment
    ("Methylprednisolone in COVID-19: a randomised trial", "Patients were randomly assigned to "
     "methylprednisolone (eighty-two patients) or to placebo (seventy-nine patients).", 161),
    # patients who entered an extension
    ("Canakinumab in TRAPS: long-term extension", "Forty-one patients entered the open-label "
     "extension in 2015. Flares were rare (p=0.01).", 41),
    # a population given by sex; "children's" is no count; the authors' own "in N patients"
    ("IVIG in MIS-C: a registry study", "The registry cohort comprised seventy boys and "
     "forty-one girls.", 111),
    ("Infliximab in Kawasaki disease: a randomised trial", "Patients were randomly assigned at "
     "three children's hospitals. Ninety children were enrolled.", 90),
    ("Adalimumab in Behcet disease: a case series", "Adalimumab had been described in only two "
     "patients before. We studied its effect on refractory disease in seven patients with "
     "Behcet disease.", 7),
    # a spaced table header whose second line gives the arm sizes
    ("Colchicine in COVID-19: a randomised trial", "Patients were randomly allocated to "
     "colchicine or standard care.\n\n                 Control       Colchicine\n"
     "                 (n = 40)      (n = 44)\nDeaths, n        4             1\nICU, n"
     "           6             2\n\nDeaths were fewer.", 84),
    # a count set in bold by HTML markup
    ("Tocilizumab in sJIA: a prospective study", "<p>This prospective study enrolled <b>48</b> "
     "patients with active sJIA.</p>", 48),
    # one sex then the other before the verb: not counted twice as arms
    ("Baricitinib in PMR: a randomised trial", "Forty people were screened; 19 women and 11 men "
     "were randomised to baricitinib or placebo.", 30),
    # a later stage of the same population is no other arm
    ("Canakinumab tapering in sJIA: a randomised trial", "One hundred and ten children were "
     "enrolled in part 1, and forty were randomised in part 2.", 110),
    # a table row of the patients analysed in each arm
    ("IVIG or methylprednisolone in Kawasaki disease: a randomised trial", "Children were "
     "allocated to IVIG or methylprednisolone.\n\nOutcome\tIVIG\tIVMP\nPatients analysed\t22"
     "\t21\nCAL, n\t3\t4\n", 43),
    # a number labelling a phase is no count
    ("Sarilumab in COVID-19: an adaptive phase 2/3 randomised trial", "Phase 2 enrolled "
     "patients of any severity. In total, 860 participants were enrolled and randomised.", 860),
    # a count in words with thousands; a source pool "From N patients ..., we identified"
    ("Hydrocortisone in septic shock: a randomised trial", "Patients were randomly assigned to "
     "hydrocortisone or placebo. In all, two thousand four hundred patients were enrolled.",
     2400),
    ("Anakinra in gout: a retrospective cohort", "From 980 patients with gout seen in our clinic, "
     "we identified 31 patients who had received anakinra.", 31),
    # the intention-to-treat population "formed"; a subgroup "in all three children"
    ("Methylprednisolone or IVIG in MIS-C: a randomised trial", "Attacks resolved in all three "
     "children with myocarditis. Overall, 64 children formed the intention-to-treat population.",
     64),
    # the other arm named by its treatment after the first arm's verb (not a breakdown)
    ("Colchicine after cardiac surgery: a randomised trial", "One hundred patients were "
     "randomised to placebo and one hundred to colchicine, 0.5 mg twice daily.", 200),
    # guard: a breakdown after the count adds nothing
    ("Tocilizumab in SSc-ILD: a randomised trial", "In all, 120 individuals were randomly "
     "assigned, 61 to tocilizumab and 59 to placebo.", 120),
    # patients who entered long-term follow-up
    ("Emapalumab in HLH: long-term follow-up", "This was a prospective follow-up study. Of the "
     "45 patients in the parent trial, 37 entered long-term follow-up.", 37),
    # a table of subgroups sums to the population; patients reported elsewhere are not it
    ("Canakinumab in sJIA: an open-label extension", "Patients began open-label canakinumab."
     "\n\nSubgroup\tPatients\nFever at start\t40\nNo fever at start\t31\n\nResponses "
     "lasted.", 71),
    ("Baricitinib in juvenile dermatomyositis: a real-world study", "Data are scarce, with only "
     "six treated children reported worldwide. We retrospectively reviewed 17 children treated "
     "with baricitinib.", 17),
    # part of an arm is no population; groups listed one per line with a leader
    ("Tocilizumab in COVID-19: a randomised trial", "Adults were randomly assigned to tocilizumab "
     "or standard care. Three patients in the standard care arm received tocilizumab.\n\nArm\t"
     "Patients randomised\nTocilizumab\t40\nStandard care\t41\n", 81),
    ("Ruxolitinib in lymphoma-associated HLH: a retrospective study", "We retrospectively "
     "reviewed the records of patients with HLH.\n\nThe groups were:\n\n  Ruxolitinib group "
     "........ n = 21\n  HLH-94 group ............ n = 25\n\nSurvival was longer.", 46),
    # cohorts sized in brackets with no study verb
    ("Anakinra prophylaxis for CRS: a phase 2 study", "Anakinra was given subcutaneously in the "
     "first cohort (12 patients) and intravenously in the second (9 patients).", 21),
    # guard: a breakdown by sex after the population is no more of it
    ("Canakinumab in sJIA: a retrospective study", "We retrospectively reviewed our records. "
     "Eleven patients, seven girls and four boys, were included.", 11),
    # guard: features with the verb left out are no groups
    ("Anakinra in Still's disease: a retrospective study", "We reviewed the charts of 30 patients "
     "with Still's disease. Twelve patients had fever, eleven rash and four arthritis.", 30),
    # a row counting arm columns next to an empty p-value column
    ("Sarilumab in COVID-19: a randomised trial", "Adults were randomly allocated to sarilumab "
     "or usual care.\n\nOutcome\tSarilumab\tUsual care\tp\nPatients randomised\t21\t19\t"
     "\nDeath, n\t2\t5\t.21\n", 40),
]


ROUND_29_POPULATIONS = [
    # a national adjective between the number and the noun
    ("Canakinumab in TRAPS: a registry study", "Registry data were collected for 37 Japanese "
     "patients with TRAPS.", 37),
    # a subgroup made of parts of the trial's arms
    ("Tocilizumab in SSc-ILD: analysis of a randomised trial", "The lung subgroup comprised 40 of "
     "the 90 patients randomised to placebo and 44 of the 92 randomised to tocilizumab.", 84),
    # the part of a registry that met the criteria, in words
    ("Etanercept in JIA: a registry study", "One thousand and twelve of the three thousand and "
     "forty registry patients with JIA met the inclusion criteria.", 1012),
    # the authors report their analysis "in N patients"
    ("Siltuximab in Castleman disease: a long-term extension", "We report a safety analysis of "
     "long-term siltuximab treatment in 21 patients with Castleman disease. Four of the 21 "
     "patients moved to dosing every 6 weeks.", 21),
    # groups one sentence each, the noun left out after the first
    ("Emapalumab in primary HLH: a phase 3 single-arm study", "Participants: Twelve patients had "
     "received no previous treatment for HLH. Fourteen had received conventional therapy.", 26),
    # a breakdown in words after the randomised count adds nothing
    ("Anakinra or prednisone in CPP crystal arthritis: a randomised trial", "Fifteen patients "
     "were randomised, eight to anakinra and seven to prednisone.", 15),
    # the group the population was compared with
    ("Tocilizumab in NMOSD myelitis: a cohort", "In this cohort, nineteen patients were given "
     "tocilizumab with methylprednisolone, and they were compared with twenty-two patients who "
     "received methylprednisolone alone.", 41),
    # records abstracted
    ("Tocilizumab for CRS after checkpoint inhibitors", "We retrospectively abstracted from the "
     "medical records the course of twenty-five patients with CRS seen at two hospitals.", 25),
    # a markdown table of the diagnoses with the count of patients treated
    ("Anakinra in Still's disease: a multicentre retrospective study", "We reviewed the records "
     "of patients who had received anakinra.\n\n| Diagnostic group | Patients treated with "
     "anakinra |\n| --- | --- |\n| Systemic JIA | 40 |\n| Adult-onset Still's disease | 52 |"
     "\n\nRetention was high.", 92),
    # the pool the participants were drawn from is not the population
    ("Ciclosporin in refractory Kawasaki disease: a prospective study", "Patients: Participants "
     "were drawn from the 300 patients with Kawasaki disease admitted to eight hospitals. "
     "Twenty patients with refractory disease were treated with ciclosporin.", 20),
    # the part treated with the drug "forms the study population"
    ("Anakinra in MIS-C: a retrospective study", "Of three hundred patients diagnosed with MIS-C, "
     "sixty (20%) were treated with anakinra and form the study population.", 60),
    # equal arms stated once
    ("Anakinra in sJIA: a randomised trial", "We compared anakinra with placebo in two groups of "
     "twelve patients each.", 24),
    # two trials reported together, the verb left out for the second
    ("Canakinumab in gout: two randomised trials", "In TRIAL-A, 200 patients were randomised; in "
     "TRIAL-B, 210.", 410),
    # a protocol's planned sample is no population (rounds 407 and 410; fifteen blind golds give
    # none), but a "Planned n" column of the arms is still read
    ("Infliximab in IVIG-resistant Kawasaki disease: a trial protocol", "Children will be "
     "randomly assigned to infliximab or a second IVIG dose. The planned sample was 40 "
     "children.", None),
    ("Tocilizumab in FMF: a trial protocol", "Patients are randomly assigned to tocilizumab or "
     "placebo.\n\nArm\tRegimen\tPlanned n\nTocilizumab\t162 mg weekly\t12\nPlacebo\tweekly"
     "\t12\n", 24),
    # those who entered an epoch of a trial
    ("Canakinumab in TRAPS: the CLUSTER epoch 4", "Fifty patients entered epoch 4 and 48 of them "
     "completed it.", 50),
    # guard: the whole that started the trial, then the part that entered the epoch
    ("Canakinumab in crFMF: the CLUSTER epoch 4", "Results Of the 61 patients who started "
     "CLUSTER, 58 entered Epoch 4 and 55 completed it.", 58),
    # "were given" states the population
    ("Ruxolitinib in COVID-19 ARDS", "Under the RESPIRE protocol, eighteen patients with ARDS "
     "were given ruxolitinib.", 18),
    # patients "critically ill" and named by their disease before the noun
    ("Anakinra in COVID-19: a prospective cohort study", "In this prospective cohort study, 21 "
     "critically ill COVID-19 patients who received anakinra were compared with controls.", 21),
    # "pregnant women"; tables of arms headed "Allocation" and "Dose level"
    ("Tocilizumab in pregnant women with COVID-19: a retrospective study", "Twelve pregnant women "
     "received tocilizumab in two hospitals.", 12),
    ("Anakinra in COVID-19: a randomised trial", "Patients were randomised to anakinra or "
     "standard care.\n\nAllocation\tRandomised (n)\tAnalysed (n)\nAnakinra\t92\t83\nStandard "
     "care\t87\t78\n", 179),
    ("Prophylactic anakinra with CAR T cells: a phase 2 study", "Patients received anakinra for "
     "seven days.\n\nDose level\tSchedule\tPatients (n)\n1\t100 mg daily\t10\n2\t100 mg twice "
     "daily\t10\n", 20),
    # a row of patients per column with their percentages
    ("Tocilizumab across GCA phenotypes: an observational study", "Patients were grouped by "
     "phenotype.\n\nVariable\tCranial\tMixed\tExtracranial\nPatients, n (%)\t217 (46)\t174 (37)"
     "\t80 (17)\nAge, years\t74.8\t71.4\t66.5\n", 471),
    # the comparison group in the next sentence
    ("IVIG in streptococcal toxic shock: a comparative study", "Twenty-one consecutive patients "
     "were treated with IVIG. They were compared with 32 patients seen earlier who did not "
     "receive it.", 53),
    # the whole cohort sized with a result, and no sentence stating the population
    ("Emapalumab in primary HLH: a chart review", "Thirty patients had primary HLH. Survival at "
     "one year was 70% for the whole cohort (n = 30).", 30),
]

ROUND_42_POPULATIONS = [
    # the eligible patients with an "of whom" clause, and a subgroup after them
    ("Anakinra in Schnitzler syndrome: a retrospective cohort", "Twenty-eight patients were "
     "eligible, 61.5% of whom were men. Nine patients (32.1%) received canakinumab.", 28),
    # arm sizes with the arm's label inside the brackets
    ("Sarilumab with corticosteroids in COVID-19 pneumonia: an observational study", "All "
     "received standard care plus either dexamethasone alone (DEX group, n = 41) or "
     "dexamethasone with sarilumab (SAR-DEX group, n = 37).", 78),
    # the cases a review confirmed out of those registered, also inside an HTML paragraph
    ("MIS-C in Korea: a nationwide registry", "Of 212 registered patients, central review "
     "confirmed 87 cases of MIS-C. Coronary lesions were found in 9 children.", 87),
    ("MIS-C in Korea: a nationwide registry", "<p>Of 212 registered patients, central review "
     "confirmed <b>87</b> cases of MIS-C. Coronary lesions were found in 9 children.</p>", 87),
]

ROUND_43_POPULATIONS = [
    # the patients as the subject of "contributed", in words
    ("Canakinumab in hyper-IgD syndrome: a retrospective multicentre study", "Twenty-four "
     "patients contributed thirty-one treatment courses. The median age was 9 years.", 24),
    # a planned sample is no population when the randomised patients are stated
    ("Sarilumab in polymyalgia rheumatica: a randomised trial", "Recruitment was planned for 200 "
     "patients but stopped early; 96 patients had been randomised by then.", 96),
    # with no population stated, the registered enrolment or the sample the trial was designed for
    ("Siltuximab in COVID-19: a trial protocol", "Patients are randomised to siltuximab or usual "
     "care. The registered enrolment was 120 patients.", 120),
    # the arms of a follow-up "available for this analysis", the second with the noun left out
    ("Anakinra in Kawasaki disease: follow-up of a randomised trial", "Fourteen children from the "
     "anakinra arm and eleven from the control arm were available for this analysis.", 25),
    # the noun left out after the screened patients, the second arm after the first
    ("Anakinra in COVID-19: a randomised trial", "In all, 180 patients were screened; 21 were "
     "randomised to anakinra and 19 to placebo.", 40),
    # the population reached after exclusions, its noun left out ("..., leaving 84.")
    ("Tocilizumab in COVID-19 pneumonia: a retrospective cohort", "Of 520 patients admitted, 96 "
     "had persistent hypoxia; 12 of them died on arrival and were not analysed, leaving 84. "
     "Tocilizumab was given to 40 patients.", 84),
    # the second arm with its noun, each "to the ... group"
    ("Tocilizumab in COVID-19: a randomised trial", "Twenty-one patients were randomised to the "
     "tocilizumab group and 19 patients to the control group.", 40),
    # the population opening the sentence before "we measured"
    ("Cytokines in Kawasaki disease", "In 96 children with Kawasaki disease we measured serum "
     "cytokines before IVIG. Interleukin-6 fell after treatment.", 96),
    # arm sizes in an HTML table header written with entities
    ("Anakinra in sepsis: a randomised trial", "<table>\n<tr><th></th><th>Anakinra "
     "(n&nbsp;=&nbsp;40)</th><th>Placebo (n&nbsp;=&nbsp;38)</th></tr>\n<tr><td>Deaths</td>"
     "<td>5</td><td>9</td></tr>\n</table>\n", 78),
    # "The review covered N patients"
    ("Canakinumab in periodic fevers: a chart review", "The review covered ninety-three "
     "patients, of whom forty per cent were children.", 93),
    # a table of the series' subtypes whose shares make 100%
    ("Anakinra in juvenile arthritis: a retrospective cohort", "Subtype\tPatients, n (%)\n"
     "Systemic\t9 (45)\nPolyarticular\t11 (55)\n", 20),
]


def test_overlapping_rows_of_a_subtype_table_are_not_summed(tmp_path):
    # guard: shares that make more than 100% overlap (a patient may have two features)
    fact = paper_study(tmp_path, "Anakinra in juvenile arthritis: a retrospective cohort",
                       "Subtype\tPatients, n (%)\nSystemic\t9 (45)\nWith uveitis\t11 (55)\n"
                       "With fever\t12 (60)\n")
    assert fact.value("numberOfPatients") != 32


def test_what_each_group_contributed_is_no_population(tmp_path, monkeypatch):
    # guard: "contributed" states a population only with the patients as its subject (the rules
    # alone: where they read no count, the learned count reading may propose one, marked as its
    # own reading; the models retrained on 1792 papers propose 60 here at .32)
    from cytokg.graph_build import count_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    fact = paper_study(tmp_path, "Prednisolone in Kawasaki disease: a randomised trial", "After "
                       "randomisation, three children were excluded, so each group contributed 60 "
                       "children to the analysis.")
    assert fact.value("numberOfPatients") != 60


ROUND_49_POPULATIONS = [
    # row 358: the cases of the published papers pooled with the paper's own are others' patients
    ("Rilonacept in recurrent pericarditis: three cases and a review", "We describe three "
     "women given rilonacept. Eleven published studies qualified; with our own patients they "
     "described 41 cases.", 3),
    # row 364: two groups compared, each "in N patients"
    ("Canakinumab and the attacks of cryopyrin-associated periodic syndrome", "We compared the "
     "attacks in nine patients who were given canakinumab with those in eleven patients who were "
     "not.", 20),
    # row 365: a title comparing two drugs makes "N received X, and M received Y" its arms
    ("Tocilizumab or methotrexate in giant cell arteritis: a retrospective comparison", "Thirty-"
     "one patients received tocilizumab as their first agent, and 81 received methotrexate.", 112),
    # row 366: one group size after a long relative clause on the population noun
    ("Canakinumab in colchicine-resistant familial Mediterranean fever: quality of life",
     "Patients who received canakinumab 150 mg or, after up-titration, 300 mg every four "
     "weeks during the trial (n=61) completed questionnaires at baseline.", 61),
    # row 369: the second arm with its noun left out, each arm a combination
    ("Sarilumab and dexamethasone in COVID-19: a randomised trial", "120 patients were "
     "randomised to sarilumab plus dexamethasone and 60 to placebo plus dexamethasone.", 180),
    # row 370: a group named by a short form with a slash ("the CS/TCZ group 80 patients")
    ("Steroids with or without anakinra in COVID-19: a retrospective cohort", "The CS group "
     "comprised 90 patients and the CS/ANA group 45 patients.", 135),
    # row 372: the patients who "met the case definition"
    ("Multisystem inflammatory syndrome in children in Accra: a retrospective review", "We "
     "reviewed the records of children seen at four hospitals. Thirty-one children and "
     "adolescents, median age 8 years, met the case definition.", 31),
    # row 379: "N were screened and M randomised" (the verb "were" left out too); not "Two
    # randomised trials"
    ("Baricitinib in COVID-19: a randomised trial", "Two randomised trials had suggested a "
     "benefit. Between June and March, 299 patients were screened and 284 randomised; 275 "
     "received study drug.", 284),
    # row 381: arm sizes where the patients were randomised outrank a later evaluable subset
    ("Sarilumab in polymyalgia rheumatica: a randomised trial", "Patients were randomly "
     "assigned 1:1 to sarilumab (n = 60) or placebo (n = 58). Of the 110 patients who could be "
     "evaluated, 40 reached remission.", 118),
    # row 384: a table's patient-count row whose p-value cell holds a dash
    ("Tocilizumab or dexamethasone in critical COVID-19: a randomised comparison", "The two arms "
     "were similar at baseline.\n\nCharacteristic\tTocilizumab arm\tDexamethasone arm\tP\n"
     "Patients, n\t46\t63\t-\nAge, years\t58\t60\t0.4\n", 109),
    # row 388: after a colon, the population as two groups by what each had
    ("Familial Mediterranean fever in children: a single-centre series", "We analysed the "
     "children with FMF followed in our department: 300 children had FMF without amyloidosis and "
     "90 had FMF with amyloidosis.", 390),
    # row 389: a table's cohorts with a "Patients infused" column
    ("Pre-emptive tocilizumab after CAR T cells: an open-label pilot trial", "Patients were "
     "allocated by tumour burden.\n\nCohort\tPatients infused\tGrade 4 CRS\nHigh burden\t15\t27%\n"
     "Low burden\t55\t3.6%\n", 70),
    # row 395: "a further, small group of N" is a side group, not the population
    ("Immune modulation in critical COVID-19: a platform trial", "Adults were randomly allocated "
     "to tocilizumab, anakinra or control; a further, small group of 21 participants was "
     "randomised to interferon. By then 2274 critically ill participants had been enrolled.",
     2274),
    # row 359: a nationality of two words between the number and the noun
    ("Tocilizumab in Takayasu arteritis: four cases", "We describe four South Korean patients "
     "with Takayasu arteritis given tocilizumab.", 4),
]

ROUND_55_POPULATIONS = [
    # row 396: a captioned table laid out with spaces, the arms' sizes on a line of their own
    # under their names and a row label wrapped over two lines
    ("Sarilumab versus methotrexate in polymyalgia rheumatica: a randomised trial", "Adults were "
     "allocated at random to sarilumab or to methotrexate.\n\nTable 2. Results at week 24\n\n"
     "                    Sarilumab       Methotrexate\n                    (n = 61)        "
     "(n = 57)\nSustained\n  remission         30 (49.2%)      15 (26.3%)\nFlare           "
     "    8 (13.1%)       20 (35.1%)\n\nRemission was more frequent.", 118),
    # row 397: the part of a whole that the authors then call the study population
    ("Still's disease in the elderly: a single-centre experience", "We reviewed the charts of "
     "adults with Still's disease. Of the 140 adults with Still's disease, 21 (15%) were older "
     "than 65 years at onset, and these patients formed the study population.", 21),
    # row 398: an arm's size after its short form and a semicolon ("(ETA+MTX; n = 35)")
    ("Etanercept and methotrexate in polyarticular JIA: a randomised trial", "Children were "
     "randomly allocated to etanercept plus methotrexate (ETA+MTX; n = 40) or to methotrexate "
     "alone (MTX; n = 38).", 78),
    # row 399: patients admitted to a department or hospital, with no design word
    ("MIS-C after a winter wave", "In January, seven children and adolescents with MIS-C were "
     "admitted to the paediatric department of our hospital. Five needed intensive care.", 7),
    # row 401: after the verb, a count named with its disease and another joined by "and"
    ("DRESS syndrome and adult-onset Still's disease: a retrospective comparison", "We reviewed "
     "the records of seven patients with DRESS syndrome and nine with adult-onset Still's disease "
     "seen at our hospital.", 16),
    # row 406: what "thirty-eight centres contributed" is the whole population
    ("Off-label anakinra: a national survey", "Thirty-eight centres contributed 189 patients. "
     "The leading diagnoses were gout (n = 28) and FMF (n = 14).", 189),
    # row 410: an age word between the count and its noun ("197 young patients")
    ("Etanercept in juvenile idiopathic arthritis: a prospective study", "This open-label study "
     "took place at one centre, into which 143 young patients were enrolled.", 143),
    # row 403: one line per arm with its size, after an allocation sentence ending in a colon
    ("Sarilumab in giant cell arteritis: a phase II trial", "Adults with new-onset giant cell "
     "arteritis were randomly assigned to sarilumab or to placebo for one year:\n\n"
     "  sarilumab 200 mg every 2 weeks    n = 36\n  placebo                         n = 34\n\n"
     "Imaging was repeated at 12 months.", 70),
    # row 404: what remained in the study population after the criteria
    ("Anakinra in severe COVID-19: a retrospective study", "Records of 910 patients were "
     "collected; after the criteria had been applied, 702 remained in the study population.",
     702),
    # row 405: "N patients ... were sampled" states the population
    ("Serum amyloid A in familial Mediterranean fever", "Ninety-four patients (50 female, 44 "
     "male) were sampled between attacks, and their acute-phase proteins were measured.", 94),
    # guard: a count broken down after a comma is not added to
    ("Anakinra in autoinflammatory disease: a retrospective study", "We reviewed the records of "
     "40 patients, 22 with FMF and 18 with TRAPS.", 40),
]


ROUND_57_POPULATIONS = [
    # row 413: outpatients and inpatients are patients
    ("Tocilizumab in rheumatoid arthritis in routine practice", "This was a prospective, "
     "open-label study of 62 consecutive outpatients who started intravenous tocilizumab.", 62),
    # row 416: what a registry or database held is the population, before the arms compared
    ("Anakinra in MIS-C: a surveillance registry study", "The registry held 1,516 cases of "
     "MIS-C. Children given anakinra (n = 121) were compared with those given IVIG (n = 389).",
     1516),
    # row 418: a bracket between the count and its verb ("25 (median age 31 years) were
    # randomised")
    ("Tocilizumab in familial Mediterranean fever: a randomised trial", "Of 31 patients "
     "screened, 25 (median age 31 years) were randomised to tocilizumab or placebo.", 25),
    # row 421: the denominator of an outcome ("9 of 20 evaluable patients had a response") is
    # no population, though "evaluable" would state one
    ("Siltuximab in Castleman disease: an open-label phase I study", "Forty patients were "
     "treated with siltuximab. In Castleman disease, 9 of 20 evaluable patients had a "
     "radiologic response.", 40),
    # row 422: group sizes with a thousands separator in a table's header ("(n = 1,873)")
    ("Anakinra in COVID-19: a retrospective registry analysis", "Patients given anakinra were "
     "compared with patients given usual care.\n\nCharacteristic\tAnakinra (n = 1,204)\tUsual "
     "care (n = 950)\tP\nAge, years\t60\t58\t0.2\nMale sex\t61%\t59%\t0.4\n", 2154),
]


# round 63 (counts missed on blindtest125, 128 and 129; invented sentences of the same shapes)
ROUND_63_POPULATIONS = [
    # "met the inclusion criterion", the singular
    ("Canakinumab in colchicine-resistant familial Mediterranean fever: a retrospective cohort",
     "Of the 412 patients registered at our clinic, 17 met the inclusion criterion and were "
     "studied.", 17),
    # the first arm named with its dose: "assigned to DRUG 15 mg and M to placebo"
    ("Upadacitinib in ankylosing spondylitis: a randomised trial", "Overall, 61 patients were "
     "assigned to upadacitinib 15 mg and 62 to placebo.", 123),
    # the untreated group as the other arm: "N were treated with X and M were not"
    ("IVIG in streptococcal toxic shock: a prospective study", "Shock was defined by "
     "consensus criteria. Thirty-one patients were treated with IVIG and fifty-two were not.",
     83),
    # screened "with" a condition is no population; a group that "was not randomised" neither
    ("Afelimomab in severe sepsis: a randomised trial", "In all, 800 patients with sepsis were "
     "screened. Patients with a positive test were randomly assigned to afelimomab or placebo; "
     "those with a negative test (n = 420) were not randomised.\n\nCharacteristic\tAfelimomab "
     "(n = 190)\tPlacebo (n = 190)\nAge, years\t61\t60\n", 380),
]

# (round 65: general forms from the misses of the dev sets, written afresh)
ROUND_65_POPULATIONS = [
    # two counts, each with its noun, joined before the verb
    ("Anakinra in recurrent pericarditis: an open-label study", "Twelve patients with "
     "colchicine-resistant disease and five patients at high risk of tamponade took part.", 17),
    # a second part of a trial sized with the noun left out
    ("Sarilumab in polymyalgia rheumatica: a randomised trial", "In all, 118 participants were "
     "randomised in the global study and 24 in the Korean sub-study.", 142),
    # "N actually did X and were included"
    ("Switching from etanercept to adalimumab in psoriatic arthritis: an observational study",
     "Forty patients were approached. Thirty agreed, and twenty-eight eventually switched and were "
     "included. Two were lost to follow-up, so 26 patients were analysed.", 28),
    # the title counts the patients, no sentence does
    ("Rituximab for refractory Takayasu arteritis: six patients from one centre", "Takayasu "
     "arteritis is a large-vessel vasculitis. Our experience with rituximab is summarised.", 6),
    # two arms, the verb left out of the second
    ("Methotrexate versus azathioprine in Behcet uveitis", "Patients with active uveitis were "
     "drawn from a prospective registry. Twenty of them were treated with methotrexate, and "
     "eighteen with azathioprine.", 38),
    # the patients counted per diagnosis after a colon, one clause each
    ("Canakinumab during pregnancy: a case series", "Patients: Two women had CAPS; one had "
     "TRAPS; and one had Still's disease.", 4),
    # more than one other arm listed as "N to X"
    ("Baricitinib in COVID-19: a randomised trial", "Thirty patients were randomised to the "
     "baricitinib group, twelve to dexamethasone and ten to standard care.", 52),
    # the eligible patients split into groups after a colon, over the records reviewed
    ("Tocilizumab in severe COVID-19: a retrospective cohort", "The records of 410 patients were "
     "reviewed. Eligible patients were divided by treatment: eighty had received standard care "
     "alone, and forty had received tocilizumab.", 120),
    # (round 67) the population "selected"
    ("Adalimumab in refractory Behcet uveitis: an open-label trial", "An open-label trial was run "
     "at two centres. Twelve patients with active uveitis were selected. Five had relapsed on "
     "azathioprine.", 12),
    # the rest named after the first group, with its count or as one patient
    ("Canakinumab in Still's disease: a case series", "Four patients were started on anakinra, "
     "and the remaining three were started on canakinumab.", 7),
    ("Emapalumab in HLH after CAR T cells: a case series", "Three patients received emapalumab "
     "and the remaining patient received etoposide; all improved.", 4),
    # arms one per line, each labelled with its size
    ("Tocilizumab, baricitinib or standard care in COVID-19: a randomised trial", "Participant flow"
     "\n\nTocilizumab arm: 40 patients started and 38 completed.\n\nBaricitinib arm: 41 started "
     "and 41 completed.\n\nStandard care arm: 39 started; 35 completed.", 120),
]

# (round 68) a count of patients that is no subgroup's, stated in words no form names, when no
# sentence states the population otherwise
ROUND_68_POPULATIONS = [
    ("Early anakinra in adult-onset Still's disease: a registry cohort", "Inclusion criteria were "
     "met by 212 patients (median age 41 years); 118 were women. Fever resolved within a week.",
     212),
    ("Tocilizumab in polymyalgia rheumatica", "Methods: A retrospective study at a single "
     "centre of 37 patients with glucocorticoid-dependent disease. Results: Patients received "
     "tocilizumab every four weeks.", 37),
    ("Canakinumab in colchicine-resistant FMF", "Design: open-label, single-arm pilot study. The "
     "record plans an enrollment of 24 participants; no results have been posted.", 24),
    # groups stated one by one, each by what it received, the noun left out after the first
    ("Anakinra or canakinumab in colchicine-resistant FMF: a cohort", "Fourteen were switched to "
     "anakinra. Eleven others, all adults, received canakinumab; the remaining six had colchicine "
     "increased.", 31),
    ("Tocilizumab in giant cell arteritis: a randomised trial", "Patients were randomly assigned "
     "within a week of diagnosis. Thirty received tocilizumab with a short taper, whereas 29 "
     "received prednisone alone.", 59),
    ("Rescue therapy in adult-onset Still's disease: a retrospective cohort", "Seventeen patients "
     "received anakinra. Another nine were given tocilizumab. Relapse occurred in 4 and 2 "
     "patients.", 26),
    # the population numbered, named as the subject of the report, formed by "the N", or stated
    # by "a total of" / "in total" with the noun left out; the count screened is no population
    ("Sarilumab in polymyalgia rheumatica: a prospective cohort", "Patients starting sarilumab "
     "were followed at two clinics. The cohort numbered 64, with a median age of 71 years.", 64),
    ("Canakinumab in CAPS: a national registry", "The registry held 310 patients with "
     "autoinflammatory disease. Of these, 45 received canakinumab and are the subject of this "
     "report.", 45),
    ("Tocilizumab in refractory Takayasu arteritis: a retrospective cohort", "We identified 212 "
     "patients with Takayasu arteritis. After excluding nine with missing imaging, the 33 patients "
     "given tocilizumab formed the study cohort.", 33),
    ("Anakinra in recurrent pericarditis: a randomised withdrawal trial", "Patients on anakinra "
     "were eligible. A total of 21 were randomised to continue or to switch to placebo.", 21),
    ("Baricitinib in juvenile dermatomyositis: an extension study", "Patients who completed the "
     "parent trial could continue. In total, 48 enrolled in the extension.", 48),
    ("Emapalumab in MAS: a randomised trial", "We screened 160 children with MAS, of whom 72 met "
     "all eligibility criteria. Of these, 60 gave consent and were randomised.", 60),
    # a trial record's actual enrolment over the planned one (an estimated enrolment alone is no
    # population since round 407: ROUND_407_DESIGNS_AND_COUNTS)
    ("Anakinra in HLH: trial record", "Phase 2, single-arm study. Status: completed. Planned "
     "enrollment was 60 participants; actual enrollment: 41.", 41),
    # a parent and child, or brothers, reported together
    ("TRAPS in a father and daughter", "A 41-year-old man with recurrent fevers and his "
     "12-year-old daughter with abdominal attacks were both found to carry a TNFRSF1A variant. "
     "Both responded to canakinumab.", 2),
    ("Anakinra in two sisters with CAPS", "We report two sisters, aged 6 and 11 years, with "
     "urticarial rash and fever. Anakinra led to remission in both.", 2),
    # the population given only in parts by place
    ("Tocilizumab in sJIA: a multicentre cohort", "Children were recruited from four centres: 14 "
     "from Leeds, 9 from Bristol, 11 from Glasgow and 6 from Cardiff. All received tocilizumab.",
     40),
    ("Canakinumab in TRAPS: a compassionate-use programme", "Patients were treated in France "
     "(7), Germany (5) and Italy (8). Attacks stopped in most.", 20),
    # a table of diagnoses with a count column and a Total row
    ("Anakinra at a referral centre: indications", "We reviewed all adults started on anakinra "
     "since 2012.\n\nDiagnosis\tPatients (n)\nRecurrent pericarditis\t18\nGout\t11\n"
     "CAPS\t5\nTotal\t34\n\nDrug survival at two years was 70%.", 34),
    # twins reported together; groups kept on one drug and switched to another
    ("Canakinumab in twins with CAPS", "Dizygotic twin boys presented at 2 years with urticarial "
     "rash and fever. Both were started on canakinumab.", 2),
    ("Anakinra in recurrent pericarditis: a cohort", "Children were followed for two years. "
     "Twelve were kept on colchicine alone, whereas nine were switched to anakinra.", 21),
]


# round 70: forms found with a second set of invented probes (docs/evaluation.md round 70)
ROUND_70_POPULATIONS = [
    # two groups by a feature, the second with its verb or noun only
    ("Ferritin and anakinra response in adult-onset Still's disease: a retrospective cohort",
     "Thirty-one patients had macrophage activation syndrome at the start of anakinra and 64 did "
     "not.", 95),
    ("Sarilumab in COVID-19 pneumonia: a retrospective study", "Sarilumab 400 mg was given to 40 "
     "patients requiring low-flow oxygen and to 25 patients already receiving high-flow oxygen.",
     65),
    # arms each sized by what it contained, with an aside between or no noun
    ("Anakinra versus colchicine in acute gout: a prospective cohort", "The anakinra stratum "
     "contained 22 patients; the colchicine stratum, in which patients also took paracetamol, "
     "contained 41.", 63),
    ("Tocilizumab dosing in giant cell arteritis: a retrospective cohort", "Patients were "
     "treated at two centres. The weekly group, which comprised 48 patients, and the fortnightly "
     "group, which comprised 35 patients, were followed for a year.", 83),
    # the whole restated with "all", "the remaining", "underwent randomisation"
    ("Tocilizumab for CAR-T cell cytokine release syndrome", "Among the 96 patients with CRS at "
     "our centre, 30 had grade 3 events. All 96 were included. Tocilizumab was given to 71 "
     "patients.", 96),
    ("Etanercept in Behcet's disease: a trial", "We screened 120 candidates. Thirty were "
     "excluded. The remaining 90 were randomised to etanercept or placebo.", 90),
    ("Canakinumab in COVID-19: a trial", "Of 500 assessed, 320 underwent randomisation to "
     "canakinumab or placebo.", 320),
    # a family, those who did and the other ones, groups with one verb, patients in turn
    ("Canakinumab in TRAPS in one family", "A father and his three sons carrying a TNFRSF1A "
     "variant presented with recurrent fever. All were switched to canakinumab.", 4),
    ("Anakinra in recurrent pericarditis in children: a case series", "Four children responded "
     "within days and stopped prednisone. The other three needed rilonacept.", 7),
    ("Emapalumab timing in HLH: a retrospective cohort", "Adults with HLH given emapalumab were "
     "reviewed. Twelve started it within a week; twenty started it later.", 32),
    ("Siltuximab in TAFRO syndrome", "We report our experience with siltuximab. The first "
     "patient, a 50-year-old man, responded. The second, a 41-year-old woman, relapsed. The "
     "third patient needed dialysis.", 3),
    # ... up to the tenth, the last ordinal the rules know
    ("Anakinra in Schnitzler syndrome", "The first patient, a 60-year-old man, responded. "
     + " ".join(f"The {o}, a {50 + i}-year-old man, responded." for i, o in enumerate(
         ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")))
     + " The eleventh patient relapsed. The second patient relapsed too.", 10),
]


# round 70: the design told in other words (invented; docs/evaluation.md round 70)
@pytest.mark.parametrize("title, body, design", [
    # the paper's own randomisation without "randomised trial"
    ("Sarilumab versus methotrexate in early rheumatoid arthritis", "Patients at six centres "
     "were assigned by a computer-generated list to sarilumab or methotrexate. In total 150 "
     "took part.", "RandomizedTrialDesign"),
    ("Infliximab versus ciclosporin in ulcerative colitis", "Patients were allocated using "
     "sealed, opaque envelopes. 98 patients were included.", "RandomizedTrialDesign"),
    # a post-marketing surveillance follows its patients from the first dose
    ("All-case post-marketing surveillance of sarilumab in rheumatoid arthritis", "Every "
     "patient who started sarilumab was registered and followed for 52 weeks. Data were "
     "collected from 1,210 patients.", "ProspectiveCohortDesign"),
    # a review that quotes cohorts
    ("Anti-TNF therapy in pregnancy", "This update discusses placental transfer. A prospective "
     "registry of 900 pregnancies found no excess of malformations.", "NarrativeReviewDesign"),
    ("CRS after CAR-T therapy", "We provide an overview of its grading. Retrospective data from "
     "300 patients support early tocilizumab.", "NarrativeReviewDesign"),
    # one patient, and the literature's cases reviewed beside
    ("Tofacitinib in SAPHO syndrome", "A 24-year-old woman with SAPHO syndrome improved on "
     "tofacitinib. We reviewed the literature and identified six previously published "
     "patients.", "CaseReportDesign"),
    # round 74: followed "up" prospectively; an observational, longitudinal trial; a handful of
    # patients the authors saw or treated
    ("Tocilizumab and left ventricular mass in rheumatoid arthritis", "Twenty patients with "
     "active RA were started on tocilizumab and followed up prospectively with cardiac MRI.",
     "ProspectiveCohortDesign"),
    ("Baricitinib and immune recovery in COVID-19", "The study was designed as an observational, "
     "longitudinal trial. Sixty patients were enrolled.", "ProspectiveCohortDesign"),
    ("Tocilizumab in paraneoplastic pemphigus", "We saw two consecutive patients who had been "
     "referred to us with oral lesions. Both received tocilizumab.", "CaseSeriesDesign"),
    # round 79: a trial the paper only calls for, with an adverb and a comma on the way
    # ("should now be tested in a larger, double-blind trial", blindtest176 e804)
    ("Anakinra in recurrent pericarditis", "We carried out an open-label study of anakinra "
     "given to prevent further recurrences. Twelve patients were enrolled. No patient relapsed "
     "during follow-up. The finding should now be tested in a larger, double-blind trial.",
     "ProspectiveCohortDesign"),
    # round 78: an open-label "extended-treatment" study of a randomised trial's patients
    ("Canakinumab beyond three years in cryopyrin-associated periodic syndrome", "Every child "
     "had completed the original randomised trial of canakinumab and then took part in a "
     "multicentre, open-label, extended-treatment study. Thirty children entered it.",
     "ProspectiveCohortDesign"),
])
def test_designs_stated_in_other_words(tmp_path, title, body, design):
    assert paper_study(tmp_path, title, body).value("hasStudyDesign") == design


# round 72: arms by group one after another, the second without "and"; a part after its whole
# with a comma is no further arm
ROUND_72_POPULATIONS = [
    ("Etanercept in juvenile idiopathic arthritis: an open-label prospective study", "Children "
     "received one of three regimens. A total of 88 patients were enrolled in the methotrexate "
     "group, 41 in the etanercept group and 120 in the etanercept plus methotrexate group.",
     88 + 41 + 120),
    ("Sarilumab versus methotrexate in early rheumatoid arthritis: a randomised trial", "Patients "
     "were randomised to sarilumab or methotrexate. Of the 142 participants, 71 received "
     "sarilumab.", 142),
]

# round 74: the last of several arms "to X" followed by a bracket; the population given only by
# what became of it
ROUND_74_POPULATIONS = [
    ("Canakinumab in COVID-19 cardiac injury: a randomised trial", "Fifteen patients were "
     "randomly assigned to canakinumab 600 mg, fourteen to canakinumab 300 mg and sixteen to "
     "placebo (mean age 69 years; 73% men).", 15 + 14 + 16),
]


# round 76 (misses of blindtest160-165): adjectives parted by a comma; the arms named in the
# plural after "to"
ROUND_76_POPULATIONS = [
    ("Tocilizumab in refractory scleritis", "We included nine consecutive, unselected patients: "
     "three with rheumatoid arthritis and six with idiopathic scleritis. Methotrexate (n = 2) "
     "and azathioprine (n = 2) were continued.", 9),
    ("Olokizumab in giant cell arteritis: a randomised, placebo-controlled trial", "A total of 88 "
     "patients were randomised to the olokizumab arms and 44 to the placebo arms.", 88 + 44),
]

# a count column whose thousands are parted by a (thin) space, as journals print them
TABLE_THOUSANDS = ("Etanercept and the risk of stroke in rheumatoid arthritis: a register study"
                   "\n\nWe analysed patients with rheumatoid arthritis recruited to a national "
                   "register.\n\nTable 1. Strokes by cohort\nCohort\tPatients (n)\tStrokes (n)\n"
                   "csDMARD\t2 415\t31\nEtanercept\t9\u2009870\t77\n\nThe risk was lower "
                   "(p=0.01).\n")


def test_a_count_column_with_spaced_thousands_is_summed(tmp_path):
    found = study(mine(tmp_path, TABLE_THOUSANDS)[1])
    assert found.value("numberOfPatients") == 2415 + 9870


def test_a_review_named_by_its_kind_is_read_by_the_rules(tmp_path, monkeypatch):
    """'In this clinical-management review ...' (blindtest178 g806, read as no study at all):
    the rules alone, the design model set aside."""
    from cytokg.graph_build import design_model

    monkeypatch.setattr(design_model, "model", lambda: None)
    found = paper_study(tmp_path, "Pericarditis is said to recur when chest pain returns after "
                        "a symptom-free interval.", "Most recurrent cases have no cause. In this "
                        "clinical-management review we go through how the condition is "
                        "recognised and treated.")
    assert found.value("hasStudyDesign") == "NarrativeReviewDesign"
    assert found.origin.startswith("extract_study")


def test_an_arm_a_count_column_names_again_is_counted_once(tmp_path):
    # one row per arm and time point (blindtest172 a804: 51 + 37, read as 176)
    paper = ("Anakinra in systemic JIA: a prospective cohort\n\nChildren were followed in an "
             "anakinra group or a control group.\n\nTable 1. Responses\nGroup\tn\tVisit\t"
             "ACR Pedi 30\nAnakinra\t40\tmonth 3\t90\nControl\t25\tmonth 3\t70\nAnakinra\t40\t"
             "month 6\t95\nControl\t25\tmonth 6\t72\n\nResponses were higher with anakinra.\n")
    assert study(mine(tmp_path, paper)[1]).value("numberOfPatients") == 40 + 25

# round 78: a population "found" in the records, then split into its groups;
ROUND_78_POPULATIONS = [
    ("Infliximab in MIS-C: a retrospective review", "We went through the records of children "
     "given a diagnosis of MIS-C at our hospital in 2021. Forty-one children were found: 30 who "
     "needed intensive care (group A) and 11 with milder disease (group B). IVIG was given to "
     "all children in group A. Among the 30 critically ill children, 9 received infliximab.", 41),
    # the authors "saw" their own patients; "in a large ... series of 220" is a cited one
    # (blindtest156 k702)
    ("Tocilizumab in TAFRO syndrome: three patients", "TAFRO syndrome is rare; in a large "
     "multicentre Japanese series of 220 patients with Castleman disease one in ten had TAFRO "
     "features. We saw three consecutive patients who had been referred with fever and ascites. "
     "All three received tocilizumab.", 3),
    # another group's patients, named by "et al" (blindtest182 k802)
    ("Ruxolitinib in Aicardi-Goutieres syndrome: a letter", "We thank the correspondents for "
     "their comments. In a study published at the same time, Smith et al had treated four "
     "patients with SAVI with baricitinib. We have given ruxolitinib to two patients with "
     "Aicardi-Goutieres syndrome. Both improved.", 2),
]


def test_rules_count_those_who_completed_and_those_who_left(tmp_path, monkeypatch):
    """The rules alone (the count model, which may rank the same sum, set aside)."""
    from cytokg.graph_build import count_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    found = paper_study(tmp_path, "Adalimumab in young children with polyarticular JIA: an "
                        "open-label study", "Children aged 2 to 4 years received adalimumab every "
                        "other week. Twenty-six children finished the study, two withdrew because "
                        "of adverse events and four withdrew for other reasons.")
    assert found.value("numberOfPatients") == 26 + 2 + 4
    assert found.origin.startswith("extract_study")


# populations of the blind sets measured since round 81, in the words their misses had, read by
# the rules alone (the count model, which ranks sums of a paper's numbers, set aside)
ROUND_81_POPULATIONS = [
    # blindtest186 o805: the first arm's regimen between dashes, then "the remaining N to"
    ("Hydrocortisone in community-acquired pneumonia: a randomised study", "Sixty were randomly "
     "allocated to hydrocortisone \u2013 a single intravenous bolus of 200 mg on day 1, followed "
     "by a continuous intravenous infusion of 10 mg/h for 7 days \u2013 and the remaining twenty "
     "to placebo.", 80),
    ("Anakinra in gout: a randomised trial", "Forty patients were randomised to anakinra (100 mg "
     "daily for 3 days) and 38 to triamcinolone.", 78),
    ("Colchicine in pericarditis: a randomised trial", "Ninety patients were randomly allocated "
     "to colchicine and the other 90 to placebo.", 180),
    # blindtest188 q803: the two groups' sizes as one sum in brackets
    ("Cytokines in Kawasaki disease shock syndrome: a retrospective study", "Records were "
     "reviewed retrospectively for every child with KDSS admitted between 2014 and 2017; for "
     "comparison, children with uncomplicated KD were drawn at random from the same period "
     "(n = 27 + 43).", 70),
    ("Anakinra in gout: a randomised trial", "Patients were randomly assigned to anakinra "
     "(n = 20 + 2) or triamcinolone (n = 21).", 43),
    # blindtest190 s804: a table of the cohort by severity, with a count column
    ("IVIG in MIS-C: a prospective cohort", "Children who met the case definition were enrolled "
     "prospectively.\n\nTable 1. Severity\nSeverity on admission\tChildren (n)\nModerate MIS-C\t23"
     "\nSevere MIS-C\t12\n\nFour children developed acute kidney injury.", 35),
    # blindtest193 v803: a two-column table of the cohort's characteristics
    ("TNF antagonists in sarcoidosis: a retrospective study", "We retrospectively collected data "
     "on patients given a TNF antagonist.\n\nTable 1. Baseline characteristics\nCharacteristic\t"
     "Value\nPatients included\t132\nWomen\t58%\n\nAfter interruption, 13 patients relapsed.",
     132),
    # blindtest194 w802: the part of a database that forms the series
    ("Anti-TNF agents for cardiac sarcoidosis: four men", "The database held 84 patients with "
     "cardiac sarcoidosis; four of them (4.7%) had been given TNF antagonists, and they form this "
     "series.", 4),
    # blindtest194 w805: the population broken down into its arms right after it
    ("Tocilizumab in myocardial infarction: a randomised trial", "At that point enrolment stood at "
     "twenty-eight participants, twelve of them allocated to tocilizumab and sixteen to placebo.",
     28),
    # blindtest196 y803: the records that "met this definition"
    ("Tocilizumab in autoimmune encephalitis: a retrospective study", "From our cohort we "
     "retrospectively analysed everyone whose response to rituximab had been inadequate. The "
     "records of 91 patients met this definition. Tocilizumab was given to 30 patients, further "
     "rituximab to 31, and 30 were observed.", 91),
    # blindtest201 d905: the first arm "alone", then the others
    ("Prednisone with or without methotrexate or ciclosporin in JDM: a randomised trial",
     "Randomisation allocated 47 patients to prednisone alone, 46 to prednisone plus ciclosporin "
     "and 46 to prednisone plus methotrexate.", 139),
]


@pytest.mark.parametrize("title, body, patients", ROUND_81_POPULATIONS)
def test_rules_alone_read_these_populations(tmp_path, monkeypatch, title, body, patients):
    """The rules alone (the count model once read 60 + 7 + 20 for blindtest186 o805)."""
    from cytokg.graph_build import count_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    found = paper_study(tmp_path, title, body)
    assert found.value("numberOfPatients") == patients
    assert found.origin.startswith("extract_study")


# designs with their counts from the same misses, read by the rules alone
ROUND_81_DESIGNS_AND_COUNTS = [
    # blindtest187 p802: the population's sexes, one told with its verb ("four women" alone was
    # read as the population)
    ("Anti-IL-1 therapy in colchicine-resistant FMF: our patients", "Our clinic follows 160 adults "
     "with FMF. Of these, 15 had been given an IL-1 blocker (n = 13 + 2: thirteen received "
     "anakinra and two canakinumab); eleven were men and four women.", "CaseSeriesDesign", 15),
    # blindtest184 m802: a title's series of a handful of patients is a case series, though
    # prospective
    ("Infliximab for adult-onset Still's disease: a prospective, non-comparative series of four "
     "patients", "In this prospective, non-comparative case series we treated four patients "
     "with AOSD with infliximab.", "CaseSeriesDesign", 4),
    # blindtest207 j904: "studied, prospectively"; one sex in brackets is no count of its own
    ("Ustekinumab in everyday practice: one year of data in Crohn's disease", "We therefore "
     "studied, prospectively and at several centres, how ustekinumab performs in real-world use. "
     "Seventy-nine patients were screened and 52 were enrolled (28 women).",
     "ProspectiveCohortDesign", 52),
    # blindtest207 j905: a range's end is no elided population
    ("Anakinra plus zinc versus prednisone for severe alcoholic hepatitis: a randomised trial",
     "Adults with a MELD score between 20 and 35 were randomly assigned to anakinra or "
     "prednisone. Eighty patients completed the study.", "RandomizedTrialDesign", 80),
    # blindtest206 i904: the larger trial "now justified" is another's
    ("Anakinra in corticosteroid-resistant autoimmune inner ear disease", "We ran an open-label "
     "phase I/II trial with a single arm. The trial enrolled 13 participants. A larger randomised "
     "phase II trial of IL-1 inhibition is now justified.", "ProspectiveCohortDesign", 13),
    # blindtest206 i905: the parent trial's count is not the subset analysed
    ("Methotrexate versus mycophenolate in Vogt-Koyanagi-Harada disease: a randomised trial",
     "The parent trial enrolled 80 patients, and 54% of them had VKH; these form the population of "
     "this analysis. Twenty-seven patients were randomised to methotrexate and sixteen to "
     "mycophenolate mofetil.", "RandomizedTrialDesign", 43),
]


# designs with their counts from the misses of blindtest208-213, read by the rules alone
ROUND_88_DESIGNS_AND_COUNTS = [
    # blindtest210 m901: "our patient" is the case; the literature's 33 patients are not
    ("Adalimumab for Blau syndrome with granulomas in liver and kidneys: case report",
     "Our patient is a young woman whose polyarthritis began when she was 3 years old. We "
     "searched the literature: adalimumab had been given to 33 patients with Blau syndrome.",
     "CaseReportDesign", 1),
    # blindtest210 m903: "the diagnosis was confirmed in 11 patients (10 children and one adult)"
    ("Blau syndrome in North India: clinical profile of a single-centre cohort", "We analysed the "
     "clinical records of the patients with Blau syndrome under follow-up at our centre. The "
     "diagnosis was genetically confirmed in 11 patients (10 children and one adult). Two children "
     "had renal involvement.", "RetrospectiveCohortDesign", 11),
    # blindtest212 o904: "a total of 29 biological agents" is no population ...
    ("Adalimumab in everyday rheumatology", "This was a prospective observational study in routine "
     "care. Seventy patients were treated and followed. Twenty-six patients had earlier tried a "
     "total of 29 biological agents.", "ProspectiveCohortDesign", 70),
    # ... though the patients exposed to them are one (blindtest24 j04)
    ("Biologics in relapsing polychondritis", "All cases were retrieved from the department's "
     "electronic medical files. Nine patients had been exposed to a total of 22 biologic agents. "
     "Abatacept (n = 3) and tocilizumab (n = 2) were effective.", "CaseSeriesDesign", 9),
    # blindtest213 p905: one cell for both arms of a table row
    ("Single-dose versus divided-dose IVIG in septic shock: a randomised comparison", "Adults with "
     "septic shock were randomly allocated to one of two schedules of IVIG.\n\nTable 1. Study "
     "population\nItem\tS group\tH group\tDifference\nPatients analysed (both groups together)"
     "\t79\t\t\nSurvival\tcomparable\tcomparable\tnot significant\n\nNeither course differed.",
     "RandomizedTrialDesign", 79),
    # blindtest214 q905: a trial the literature "had published", with its 30, is another's
    ("Ciclosporin or prednisolone for pyoderma gangrenosum: a randomised trial", "Before this "
     "study only one randomised trial had been published, with 30 participants. A total of 121 "
     "patients with pyoderma gangrenosum were randomised.", "RandomizedTrialDesign", 121),
    # blindtest216 s905: "the pivotal N-MOmentum study, which randomised 230 patients" is
    # another's; the table row "Patients randomly assigned (full analysis set)" counts this one's
    ("Rituximab in NMOSD: a randomised trial", "Patients were randomly assigned to rituximab or "
     "placebo.\n\nItem\tValue\nPatients randomly assigned (full analysis set)\t38\n\nThe trial "
     "is small next to the pivotal N-MOmentum study, which randomised 230 patients.",
     "RandomizedTrialDesign", 38),
    # blindtest218 u905: "Randomised, n (% of all randomised)" over the arms' counts
    ("Dexamethasone versus prednisone in immune thrombocytopenia: a randomised trial", "Adults "
     "were randomly assigned to prednisone or dexamethasone.\n\nOutcome\tArm A\tArm B\tP\n"
     "Randomised, n (% of all randomised)\t59 (52.2%)\t54 (47.8%)\t-\n\nResponses were "
     "similar.", "RandomizedTrialDesign", 113),
    # blindtest216 s902: the pooled count of "our own cases and those in the literature"
    ("Tocilizumab in relapsing MOGAD: two patients from our centre and the published experience",
     "We included every patient with MOGAD who had received tocilizumab. The first was a woman of "
     "20. The second was a woman of 35. Counting our own cases and those in the literature, ten "
     "patients with MOGAD treated with tocilizumab could be identified.", "CaseSeriesDesign", 2),
    # blindtest223 z905: a trial's table row of the randomised over "67 patients completed" ...
    ("Tofacitinib versus glucocorticoids for polymyalgia rheumatica: a randomised trial",
     "Patients were randomly assigned to tofacitinib or glucocorticoids.\n\nTable 1\n\tTofacitinib"
     "\tGlucocorticoids\nRandomised\t39\t37\n\nIn the randomised cohort, 67 patients completed "
     "the 24 weeks.", "RandomizedTrialDesign", 76),
    # ... but not over the 188 recruited before randomisation (blindtest211 n905)
    ("Rituximab or azathioprine after re-induction in ANCA-associated vasculitis: a randomised "
     "trial", "29 centres recruited 188 patients; those in remission were randomised to rituximab "
     "or azathioprine.\n\nGroup\tRituximab\tAzathioprine\nPatients randomised\t85\t85\n\n"
     "Fewer relapses occurred with rituximab.", "RandomizedTrialDesign", 188),
    # blindtest222 y904: "sixteen of them had severe dengue (14.1 %) and made up the study
    # population"
    ("Severe dengue in a paediatric intensive care unit: a prospective study", "The PICU took in "
     "113 patients; sixteen of them had severe forms of dengue (14.1 %) and made up the study "
     "population.", "ProspectiveCohortDesign", 16),
    # blindtest220 w903: "fifty-seven of the 60 patients (95%) in the cohort"
    ("Predictors of relapse in IgG4-related disease after rituximab: a retrospective study",
     "A clinical response to rituximab was seen in fifty-seven of the 60 patients (95%) in the "
     "cohort.", "RetrospectiveCohortDesign", 60),
    # blindtest224 aa03: those meeting the definition of a severe form are a part
    ("Tofacitinib versus tacrolimus in anti-MDA5 dermatomyositis: a retrospective study",
     "Over the study window, 26 patients had received tofacitinib and 35 had received tacrolimus. "
     "Thirteen of the patients met the definition of rapidly progressive ILD.",
     "RetrospectiveCohortDesign", 61),
    # blindtest222 y902: "case series with literature review"; the literature section's counts
    ("Scrub typhus with HLH: three adults from one centre", "*Original article (case series with "
     "literature review)*\n\n## Methods\n\nWe set out the clinical picture of the three adult "
     "patients with scrub typhus whom we looked after.\n\n### Literature\n\nSearching reports "
     "published between 1990 and 2014, we found HLH described in 21 patients. Patients were "
     "treated with steroids (N=6) or antibiotics (N=9).", "CaseSeriesDesign", 3),
    # blindtest226 ac03 / blindtest227 ad03: groups labelled and sized one by one
    ("Rituximab in IgG4-related disease: a retrospective study", "Records were reviewed "
     "retrospectively. Group 1 comprised 14 patients and group 2 comprised 29. Infections "
     "occurred in 6 of the 43 patients.", "RetrospectiveCohortDesign", 43),
    ("Benralizumab in EGPA: a retrospective study", "Charts were reviewed retrospectively. "
     "Group A consisted of 17 patients, every one of them on oral steroids. Their FEV1 rose. Their "
     "exacerbations fell. Group B consisted of nine patients, all taking inhaled steroids.",
     "RetrospectiveCohortDesign", 26),
    # blindtest230 ag05: a row of the women randomised, over another trial's 58
    ("Intravenous immunoglobulin for recurrent miscarriage: a randomised trial", "Earlier trials "
     "were smaller; one from the same group had randomised 58 women.\n\n\tIVIG\tPlacebo\n"
     "Women randomised (n)\t42\t40\n\nLive births did not differ.", "RandomizedTrialDesign",
     82),
    # blindtest228 ae02: a subtitle that counts the cases
    ("Omalizumab for chronic spontaneous urticaria: three cases", "*Case presentation · Biomédica, "
     "2013*\n\nTo describe our own patients: three adult women whose urticaria had lasted eight "
     "years.",
     "CaseSeriesDesign", 3),
    # blindtest206 i902: "the classic series of thirteen patients published in" is another's
    ("TNF blockade after relapse in Cogan's syndrome: two patients followed for years",
     "Case report. The eye is affected first in half, according to the classic series of "
     "thirteen patients published in 1980.", "CaseSeriesDesign", 2),
    # blindtest219 v902: a title counting the authors' own few patients keeps a case series of
    # more than ten, with the literature's
    ("Tocilizumab for neuro-Behçet's syndrome: five patients of our own and six from the "
     "literature", "A total of 11 patients were analysed, five treated at our centre.",
     "CaseSeriesDesign", 11),
    # blindtest237 an02: the genre alone on the journal line, the patients listed one by one
    ("Serum IgM keeps rising during cytokine blockade in Schnitzler syndrome", "<p class="
     "\"journal\">Clinical letter &middot; Case series &middot; Dermatology</p>\n<ul>\n"
     "<li><b>Patient&nbsp;1</b> &ndash; a woman aged 63 "
     "years</li>\n<li><b>Patient&nbsp;2</b> &ndash; a man aged 65 years</li>\n<li><b>Patient"
     "&nbsp;3</b> &ndash; a woman aged 43 years</li>\n</ul>\n\nThey were treated with "
     "anakinra.", "CaseSeriesDesign", 3),
    # blindtest235 al01: "Case report & literature review" on the citation line
    ("Up-front rituximab for anti-glomerular basement membrane disease", "Medicine (Baltimore) · "
     "2019 · Case report & literature review\n\nRituximab was given with steroids; published "
     "cases were reviewed.", "CaseReportDesign", 1),
    # blindtest238 ao02: the authors' "experience with two girls", listed "Patient 1, ..."
    ("Beneficial use of immunoglobulins in Sydenham chorea: experience with two girls",
     "<ul>\n<li><b>Patient&nbsp;1</b>, an 11-year-old girl, came with involuntary movements.</li>"
     "\n<li><b>Patient&nbsp;2</b>, a 9-year-old girl, had the same.</li>\n</ul>\n\nBoth "
     "received IVIG.", "CaseSeriesDesign", 2),
    # blindtest242 as02: "In 38 English-language reports we found 62 patients" is the literature's
    ("Infliximab in Blau syndrome: four Chinese patients", "Between 2015 "
     "and 2018 we diagnosed Blau syndrome in four patients and treated each of them with "
     "infliximab. In 38 English-language reports we found 62 patients treated with a TNF "
     "inhibitor.", "CaseSeriesDesign", 4),
    # blindtest242 as06: a review names a case series "in progress" elsewhere
    ("Ocular manifestations of Blau syndrome", "Here we go over its systemic and ocular features "
     "and look at what has been published in the last few years. A large prospective case series "
     "run by many centres is in progress.", "NarrativeReviewDesign", None),
    # blindtest248 ay03: "we looked back at ... of 40 patients"; the same group's earlier
    # interim report of 20 is another's
    ("Corticosteroids in IgG4-related aortitis: a multicentre retrospective study", "Across "
     "several centres we looked back at the clinical features and the course after treatment of "
     "40 patients with IgG4-related aortitis. An earlier interim report from the same group had "
     "described 20 such patients. Thirty-six patients received prednisolone.",
     "RetrospectiveCohortDesign", 40),
    # blindtest249 az04: "a published meta-analysis of 5702 infected people" is another's
    ("Methotrexate for chronic chikungunya arthritis: a prospective study", "A published "
     "meta-analysis of 5702 infected people found chronic arthritis in a quarter. Fifty adults "
     "took part and were followed prospectively.", "ProspectiveCohortDesign", 50),
    # blindtest244 au02: "Seven patients had been given tocilizumab. Four of them ..."
    ("Off-label tocilizumab in NMOSD and MOGAD: a case series", "We went back through the "
     "records of the complete cohort of patients followed at our hospital and selected those who "
     "had received tocilizumab. Seven patients had been given tocilizumab. Four patients reported "
     "no adverse effect, two had a clearly higher rate of infections.", "CaseSeriesDesign", 7),
    # blindtest250 ba02: "Review | Case series, single institution" on the genre line
    ("Secondary haemophagocytic syndrome in adults: eighteen cases from one institution",
     "Journal Article | Review | Case series, single institution\n\nWe describe every adult in "
     "whom HLH was diagnosed at our hospital. The series comprises eighteen consecutive "
     "patients.", "CaseSeriesDesign", 18),
    # blindtest253 bd03: "Group II consisted of another 25 patients"
    ("Steroids in COVID-19: a retrospective study", "Records were reviewed retrospectively. Group "
     "I consisted of 25 patients given steroids; Group II consisted of another 25 patients who "
     "received no steroid.", "RetrospectiveCohortDesign", 50),
    # blindtest252 bc03: a share by sex after the count describes the whole
    ("Kawasaki disease with spontaneous defervescence: a retrospective study", "Records were "
     "reviewed retrospectively. The analysis covered 293 eligible patients (55.1 % boys; mean age "
     "1.8 years). Among the 238 children who had no coronary lesion, new aneurysms were rare.",
     "RetrospectiveCohortDesign", 293),
    # blindtest210 m904: placed on a drug and followed on it, with no design word
    ("Continuous colchicine in children with familial Mediterranean fever", "Three hundred fifty "
     "children with FMF were placed on continuous colchicine and followed while on this regimen "
     "for 6 to 13 years.", "ProspectiveCohortDesign", 350),
    # blindtest258 bi01: a patient whose age alone is set off by commas, in words
    ("Scleritis settling on tocilizumab", "A man of Greek descent, aged fifty-two, had had "
     "rheumatoid arthritis for ten years. The eye improved on tocilizumab.", "CaseReportDesign", 1),
    # blindtest257 bh06: a commentary on trials is a review, their participants others'
    ("IL-1 blockade after myocardial infarction", "A trial of about 10 000 participants found "
     "fewer events with canakinumab in a phase 3 trial. This commentary therefore asks whether "
     "IL-6 blockade will do the same.", "NarrativeReviewDesign", None),
    # blindtest256 bg03: "N patients met these conditions"
    ("Baricitinib in systemic JIA: a retrospective study", "We looked back at the records of every "
     "child who had started baricitinib; 14 patients met these conditions. Of the eleven children "
     "in remission, three stopped corticosteroids altogether.", "RetrospectiveCohortDesign", 14),
    # blindtest256 bg04: an extension "entered by" two groups, the second with "by" and no noun
    ("Tocilizumab over the long term in JIA", "Children who had responded in the core trials could "
     "continue. The open-label extension was entered by thirty-one children with pJIA and by "
     "27 with sJIA.", "ProspectiveCohortDesign", 58),
    # blindtest257 bh05: a table of arms whose count column gives some rows no share
    ("Canakinumab in heart failure: a randomised substudy", "Participants were randomly assigned "
     "to canakinumab at one of two doses or to placebo.\n\nTable 1. Allocation\nAllocation\tDose"
     "\tParticipants, n (%)\nPlacebo\t-\t4\nCanakinumab\t50 mg\t6 (30%)\nCanakinumab\t150 mg"
     "\t10 (50%)\n\nFitness improved.", "RandomizedTrialDesign", 20),
    # blindtest261 bl05: those who "went on to" open-label treatment are a part of the trial
    ("Infliximab in ulcerative colitis: a randomised, placebo-controlled trial", "Patients were "
     "randomly allocated to infliximab or placebo.\n\nTable 1. Outcomes\nOutcome\tInfliximab "
     "(n = 21)\tPlacebo (n = 22)\tP\nRemission\t8/21\t5/22\t0.3\n\nFifteen eligible patients "
     "went on to open-label infusions; remission followed in 2 of the 8 first randomised to "
     "infliximab and in 1 of the 7 first randomised to placebo.",
     "RandomizedTrialDesign", 43),
    # blindtest262 bm02: a running head naming the disease above a capitals title whose last line
    # the parser keeps as a heading ("OUR FIRST FIVE PATIENTS"): the title counts the patients
    ("Special issue — TAFRO syndrome          Observations from one centre          p. 2\n\n"
     "PLASMA EXCHANGE AS AN ADD-ON IN TAFRO SYNDROME:\nOUR FIRST FIVE PATIENTS",
     "Abstract\nWe looked back at every patient with TAFRO syndrome seen at our hospital; there "
     "were five of them, each treated with glucocorticoids. This case series shows benefit.",
     "CaseSeriesDesign", 5),
    # blindtest264 bo05, blindtest272 bw05: arm sizes written "n = 22" in the table's count column
    ("Tocilizumab, etanercept or adalimumab and arterial stiffness: a randomised trial",
     "Patients with rheumatoid arthritis were randomly assigned to one of three drugs.\n\nTable 1. "
     "Arms\nArm\tPatients\tChange\nTCZ monotherapy\tn = 12\t0.8\nETN monotherapy\tn = 11\t0.7"
     "\nADA monotherapy\tn = 10\t0.9\n\nStiffness fell in all arms.",
     "RandomizedTrialDesign", 33),
    # blindtest267 br05: a table whose rows are the populations randomised
    ("Canakinumab in type 2 diabetes: a randomised trial", "Patients were randomly assigned to "
     "canakinumab or placebo.\n\nTable 1. Populations\nPopulation\tAllocation\tPatients "
     "randomised\nDiabetes on metformin\t2 : 1\tn = 90\nImpaired glucose tolerance\t1 : 1\t"
     "n = 24\n\nGlucose did not change.", "RandomizedTrialDesign", 114),
    # blindtest263 bn03: groups matched out of the population are a part of it
    ("Colchicine in myopericarditis: a retrospective cohort study", "This retrospective study "
     "analysed consecutive patients. The analysis included 120 patients. Propensity matching "
     "produced two groups of 50 patients each.", "RetrospectiveCohortDesign", 120),
    # blindtest273 bx01: "The patient is a woman of 61"; "X and colleagues collected 9 cases"
    ("Anakinra in neutrophilic panniculitis: case report", "Two older reports frame the "
     "problem: Kieffer and colleagues collected 9 cases of neutrophilic dermatosis. The patient is "
     "a woman of 58 who had had panniculitis for years.", "CaseReportDesign", 1),
    # blindtest273 bx02: the genre label "Case-based review" over the authors' own patients and a
    # systematic review of the literature: a case series; of one patient, a case report
    ("Clinical Rheumatology\tCASE-BASED REVIEW\t1\nSCHNITZLER SYNDROME IN THREE PATIENTS, "
     "WITH REMISSION ON TOCILIZUMAB", "Three patients received the diagnosis in our department "
     "between 2017 and 2019. We also carried out a systematic review of the literature.",
     "CaseSeriesDesign", 3),
    ("Pericarditis in systemic JIA treated with anakinra: a case-based review", "A girl developed "
     "pericarditis. We also carried out a systematic review of the literature.",
     "CaseReportDesign", 1),
    # blindtest279 cd01: cases that "have been described previously" are the literature's
    ("Tocilizumab for pleural effusion in lupus: case report", "Two adults with lupus pleuritis "
     "who improved on tocilizumab have been described previously. A boy aged 15 years developed "
     "dyspnoea.", "CaseReportDesign", 1),
    # blindtest277 cb06: an article that pulls the data together and offers its authors' view
    ("IgM-enriched immunoglobulin in sepsis", "This article pulls the relevant data together and "
     "offers the authors' expert view on its use. One randomised trial in intensive care enrolled "
     "104 people.", "NarrativeReviewDesign", None),
    # blindtest274 by05, 279 cd05: a population broken down into its arms is counted once
    ("Prednisone in IgA vasculitis: a randomised, placebo-controlled trial", "Results. Thirty "
     "children took part: 16 in the prednisone arm and 14 in the placebo arm. Nephritis was no "
     "less frequent with prednisone.", "RandomizedTrialDesign", 30),
    # blindtest276 ca03: the disease "was identified in 14 children": the population
    ("Protracted febrile myalgia in FMF", "This was an observational, retrospective study. The "
     "syndrome was identified in 17 children, nine of them girls. Two children whose myalgia did "
     "not respond to steroids improved once anakinra was started.",
     "RetrospectiveCohortDesign", 17),
    # blindtest282 cg04: a count row that names the drug ("Participants treated with tofacitinib")
    ("JAK inhibition in cutaneous sarcoidosis: an open-label trial", "In this single-arm, "
     "open-label study, adults received tofacitinib.\n\nTable 1. Trial population\nItem\tValue\n"
     "Participants treated with tofacitinib\t12\nComplete response\t6 (50 %)\n\nSkin improved.",
     "ProspectiveCohortDesign", 12),
    # blindtest285 cj02: a supplement's running head ("... Poster abstracts   A464") naming a
    # disease is not the title; the title under it counts the patients
    ("ANNALS OF THE RHEUMATIC DISEASES · Poster abstracts          A464\n\nFRI0047  INFLIXIMAB "
     "AS RESCUE TREATMENT IN RHEUMATOID VASCULITIS: THREE PATIENTS", "Patients  We gave "
     "infliximab to the patients whose disease was refractory.\n\nCase 2  A 62-year-old man had "
     "undergone surgery.", "CaseSeriesDesign", 3),
    # blindtest288 cm05: patients "admitted to the trial" are its population
    ("Intermittent colchicine in FMF: a controlled, double-blind, randomised trial", "PATIENTS. "
     "Nine patients with FMF were admitted to the trial.\n\nRESULTS. Five patients completed "
     "their treatment assignments. In three of them colchicine significantly aborted attacks; in "
     "the other two it had no effect. The remaining four patients took too few courses to be "
     "assessed. Altogether, 28 colchicine courses and 31 placebo courses were started early.",
     "RandomizedTrialDesign", 9),
    # blindtest291 cp05: "A later relapse-prevention trial ..., which recruited 188 patients" is
    # another's; the arms sized in brackets are this one's
    ("Rituximab or cyclophosphamide in ANCA vasculitis: a randomised trial", "Adults were "
     "allocated at random. The rituximab group (n=30) was given rituximab; the control group "
     "(n=10) received cyclophosphamide. A later relapse-prevention trial in relapsing disease, "
     "which recruited 170 patients, is beyond this report.", "RandomizedTrialDesign", 40),
    # blindtest293 cr01: the genre after the title's colon ("...: a case report") outranks a
    # trial the background cites; so does the genre label alone on its line ("*Case report*")
    ("Interleukin-1 beta blockade in hidradenitis suppurativa: a case report", "Infliximab has "
     "been used (including in one randomised controlled study). Our patient, a man, had had "
     "the disease for ten years.", "CaseReportDesign", 1),
    ("Interleukin-1 beta blockade in hidradenitis suppurativa", "*Case report*\n\nInfliximab "
     "has been used (including in one randomised controlled study). Our patient, a man, had had "
     "the disease for ten years.", "CaseReportDesign", 1),
    # blindtest294 cs01: "A woman of 35 with no relevant past history became febrile"
    ("Postpartum fever that would not settle", "*Clinical vignette*\n\nA woman of 35 with no "
     "relevant past history became febrile late in her second pregnancy.",
     "CaseReportDesign", 1),
    # blindtest296 cu05: patients "assigned at random"
    ("Six or twelve pulses of cyclophosphamide in polyarteritis nodosa", "Previously untreated "
     "patients were assigned at random to twelve or six pulses. The 12-pulse arm contained 34 "
     "patients and the 6-pulse arm 31.", "RandomizedTrialDesign", 65),
    # blindtest293 cr04: a registry's data "collected at the time of enrolment" (and its count
    # only per cohort in a table)
    ("How is anakinra used in Kawasaki disease and in MIS-C?", "The registry enrolled patients "
     "with KD and with MIS-C at 39 sites. Treatment and outcomes were collected at the time of "
     "enrolment.\n\nCohort\tPatients enrolled\tGiven anakinra\nKawasaki disease\t727\t11\n"
     "MIS-C\t1476\t257\n\nPractice varied.", "ProspectiveCohortDesign", 2203),
    # blindtest295 ct04: the part that forms "the study group"
    ("PFAPA in children: the first year of a national registry", "Every child seen at the clinic "
     "was entered prospectively into the registry. The registry enrolled 130 children; 21 of them "
     "(16.1 %) had PFAPA and form the study group.", "ProspectiveCohortDesign", 21),
    # blindtest295 ct05: arms sized in brackets in the sentence right after the allocation
    ("Vitamin D in juvenile idiopathic arthritis: a randomised controlled trial", "Untreated "
     "children with active JIA were allocated 1:1. The experimental group (n=20) received "
     "cholecalciferol; the control group (n=22) received standard treatment. 18 children from "
     "each arm completed the protocol and were analysed.", "RandomizedTrialDesign", 42),
    # blindtest297 cv05: "a further 350" randomised in a later sentence adds to the first part
    ("A randomised trial of otilimab in severe COVID-19", "In Part 1, where 806 patients were "
     "randomised 1:1, the difference was not significant. An effect appeared in the oldest; Part "
     "2 then randomised a further 350 older patients.", "RandomizedTrialDesign", 1156),
    # blindtest292 cq05: "The earlier ... trial MOBILITY, whose ... part enrolled 306 patients"
    # is another's
    ("Sarilumab in rheumatoid arthritis: analysis of a phase 3 randomised trial", "1224 people "
     "were screened; 678 did not qualify, and five hundred and forty-six were randomised 1:1:1 "
     "to placebo or sarilumab. The earlier methotrexate-inadequate-response trial MOBILITY, "
     "whose dose-ranging part enrolled 306 patients, is not part of this analysis.",
     "RandomizedTrialDesign", 546),
    # blindtest292 cq03: "33 tocilizumab recipients and 74 matched controls"
    ("Tocilizumab in severe COVID-19: a matched retrospective analysis", "We reviewed the records "
     "of adults admitted with COVID-19. The analysed cohort comprised 33 tocilizumab recipients "
     "and 74 matched controls, matched on demographics.", "RetrospectiveCohortDesign", 107),
    # ... but a population broken down after a colon into the treated and the controls is
    # counted once (blindtest47 b306)
    ("Anakinra in COVID-19 ARDS: a retrospective study", "We retrospectively evaluated patients "
     "given anakinra. The study population consisted of 112 patients: 56 treated with anakinra "
     "and 56 controls.", "RetrospectiveCohortDesign", 112),
]


ROUND_135_DESIGNS_AND_COUNTS = [
    # blindtest298 cw03: "such as a ... review of 1,634 patients" is another's
    ("Castleman disease at one centre: a retrospective review", "Large national series, such as "
     "a Chinese multicentre review of 1,634 patients, have shaped practice. We carried out a "
     "retrospective study of every patient with CD. Records of 11 patients were analysed: 8 men "
     "and 3 women.", "RetrospectiveCohortDesign", 11),
    # blindtest300 cy02: a series the title counts, over a part the body counts first
    ("Blau syndrome and early-onset sarcoidosis in six children: a case series", "We included "
     "four children with EOS and a brother and sister with BS. The children were treated with "
     "methotrexate and anakinra.", "CaseSeriesDesign", 6),
    # blindtest300 cy04: patients "followed from the first dose onward"
    ("Anakinra in severe Muckle-Wells syndrome: an observational study", "This was an "
     "observational study at a single centre. Patients who started anakinra were followed from "
     "the first dose onward. Twelve patients were enrolled.", "ProspectiveCohortDesign", 12),
    # blindtest301 cz04: "enrolled and followed forward in time", under a title's "cohort"
    ("Relapses of adult-onset Still's disease — a long-term cohort", "Patients with AOSD admitted "
     "between 2016 and 2019 were enrolled and followed forward in time. One hundred and "
     "twenty-two patients with AOSD were enrolled.", "ProspectiveCohortDesign", 122),
    # blindtest300 cy05: "Five men and one woman"
    ("Thalidomide in hyper-IgD syndrome: a randomised crossover trial", "We ran a randomised, "
     "double-blind crossover trial. Five men and one woman with HIDS entered the trial.",
     "RandomizedTrialDesign", 6),
    # blindtest302 da05: "an early trial ... randomised 89" is another's
    ("Etanercept added to DMARDs in rheumatoid arthritis: a randomised, double-blind trial",
     "Most trials were run in high disease activity; an early trial of etanercept on top of "
     "methotrexate, for example, randomised 89 patients with active disease. Adults were "
     "assigned at random to etanercept or placebo. At screening every participant had moderate "
     "disease; 104 were randomised to placebo and 106 to etanercept.",
     "RandomizedTrialDesign", 210),
    # blindtest303 db05: "An earlier pilot of the same group ... had randomised 60"
    ("Anakinra after a hospital stay for heart failure: the REDHART2 trial", "An earlier pilot of "
     "the same group, REDHART, had randomised 60 patients. REDHART2 was a double-blind, "
     "placebo-controlled phase 2 trial. We randomised 102 adults in a 2:1 ratio to anakinra or "
     "placebo.", "RandomizedTrialDesign", 102),
    # blindtest304 dc02: the genre last on a journal line run into the title; "eighteen PWH"
    ("AIDS Research and Therapy · Case series\nIL-6 receptor inhibitors in people with HIV and "
     "COVID-19: outcomes in a multinational series", "Case presentation  The consortium "
     "collected eighteen PWH hospitalised for COVID-19 who received an IL-6 receptor "
     "inhibitor.", "CaseSeriesDesign", 18),
    # blindtest307 df03: "compared eighty-three cases with 83 matched controls"
    ("Adjunct methotrexate in giant cell arteritis: a matched retrospective cohort",
     "Institutional records were searched for patients with GCA. The analysis compared "
     "eighty-three cases with 83 matched controls.", "RetrospectiveCohortDesign", 166),
    # blindtest307 df04: "N patients made up the cohort", over a later "Of the 69 ... who
    # entered the study"
    ("Relapses in giant cell arteritis: a prospective multicentre cohort", "Patients enrolled in "
     "the longitudinal study were included. One hundred and twenty-eight patients made up the "
     "cohort. Of the 69 patients who entered the study with newly diagnosed disease, 24 % "
     "relapsed within a year.", "ProspectiveCohortDesign", 128),
    # blindtest309 dh04: "an open, uncontrolled protocol"; "An earlier meeting report from our
    # group had described six patients"; the whole of "Five of the 10 treated patients"
    ("Intravenous immunoglobulin for uveitis: an open, uncontrolled protocol", "An earlier "
     "meeting report from our group had described six patients with shorter follow-up. IVIg was "
     "started monthly. Five of the 10 treated patients (50 %) gained a lasting improvement.",
     "ProspectiveCohortDesign", 10),
]


ROUND_138_DESIGNS_AND_COUNTS = [
    # blindtest313 dl01: a subtitle naming one case
    ("Tofacitinib for refractory amyopathic dermatomyositis: a single case", "Skin lesions were "
     "refractory. She showed a good response to tofacitinib.", "CaseReportDesign", 1),
    # blindtest315 dn01: "*Correspondence / case report*", over a literature review it mentions
    ("Anakinra in recurrent pericarditis", "*Correspondence / case report*\n\nA literature review "
     "found nine such cases. Chest pain recurred on colchicine. Anakinra was started and the "
     "effusion resolved.", "CaseReportDesign", 1),
    # blindtest315 dn04: others' reports "each a case series"
    ("Behcet syndrome and COVID-19 in a clinic cohort", "The first reports from the start of the "
     "pandemic, each a case series of only a handful of patients, suggested a guarded prognosis. "
     "We followed a large clinic population forward in time. The cohort consisted of 1047 "
     "patients, followed prospectively from April 2020.", "ProspectiveCohortDesign", 1047),
    # blindtest314 dm04: a journal line of many fields above the title is no title
    ("Chest · 2003 · vol. 124, no. 1, pp. 177–185 · Original research: sarcoidosis\n\n"
     "Etanercept in progressive pulmonary sarcoidosis: a prospective, open-label, phase 2 trial",
     "Seventeen patients were enrolled before the trial was stopped. A randomised trial of "
     "infliximab in sarcoidosis found a small benefit in lung function.",
     "ProspectiveCohortDesign", 17),
    # blindtest314 dm04: a randomised trial only weighed ("planning a ... trial that would ...")
    ("Etanercept in progressive pulmonary sarcoidosis", "This was a single-centre open-label "
     "phase 2 treatment trial with no control arm; 17 patients were enrolled. These results do "
     "not support planning a large multicentre randomised trial that would compare etanercept "
     "with corticosteroids.", "ProspectiveCohortDesign", 17),
    # blindtest315 dn02: "24 patients in all" in a sentence on published reports is others'
    ("Anakinra for acute gout in hospitalised patients", "Anakinra had been reported to help gout "
     "in two published series and four case reports, 24 patients in all. We went through the "
     "consult records and picked out every inpatient with gout given anakinra. Fifteen patients "
     "(13 men, 2 women) had acute gout treated with anakinra.", "CaseSeriesDesign", 15),
    # blindtest314 dm05: "another phase 2 multicentre study ... enrolled 138 patients" is others'
    ("Infliximab versus placebo in pulmonary sarcoidosis: a double-blind phase II study", "This "
     "was a double-blind, placebo-controlled study with random allocation. Group I received "
     "infliximab and group II placebo.\n\nGroup\tTreatment\tPatients (n)\nI\tInfliximab\t13\n"
     "II\tPlacebo\t6\n\nBigger trials are needed; another phase 2 multicentre study of "
     "infliximab in chronic sarcoidosis, for example, enrolled 138 patients.",
     "RandomizedTrialDesign", 19),
    # blindtest316 do05 (round 142): arms named with a route and a dose with its interval
    ("Tocilizumab versus etanercept in rheumatoid arthritis: a randomised trial", "Allocation was "
     "1:1: 1538 patients were assigned to intravenous tocilizumab 8 mg/kg once a month and 1542 "
     "to subcutaneous etanercept 50 mg once a week. Mean follow-up was 3.2 years.",
     "RandomizedTrialDesign", 3080),
]

# Round 143, from blindtest316-321 (measured once before): populations stated per arm, in a
# table or after the groups
ROUND_143_DESIGNS_AND_COUNTS = [
    # blindtest318 dq05: equal groups sized after they are named
    ("Intravenous immunoglobulin in COVID-19 with ARDS: a randomised controlled trial", "Patients "
     "were allocated at random either to IVIG added to routine treatment or to routine treatment "
     "alone; the two groups were of equal size (44 patients in each, 50 % of the sample per arm). "
     "Mortality did not differ.", "RandomizedTrialDesign", 88),
    # blindtest316 do04: a table of two studies with a column of the children treated
    ("Subcutaneous tocilizumab in juvenile idiopathic arthritis: two open-label phase 1b studies",
     "Two single-arm, open-label phase 1b trials ran for 52 weeks each. Children aged 1 to 17 "
     "years were treated:\n\nStudy\tDosing by body weight\tChildren treated\nsJIA\tweekly\t51\n"
     "pJIA\tevery 2 weeks\t52\n\nThe target trough was reached by 49 children with sJIA.",
     "ProspectiveCohortDesign", 103),
    # blindtest318 dq04: a two-column table's row "patients given itolizumab | 70"
    ("Itolizumab in patients with COVID-19: a multicentre experience", "In this prospective "
     "multicentre study without a control group, patients were given itolizumab and followed "
     "for 14 days.\n\nTable 1. The treated population\nitem\tvalue\nparticipating hospitals\t10\n"
     "patients given itolizumab\t70\nmedian age, years\t68\n\nTen patients had adverse events "
     "related to the antibody.", "ProspectiveCohortDesign", 70),
    # blindtest319 dr05: a table of arms whose count column is headed "Assigned"
    ("Rituximab or tocilizumab after anti-TNF failure in rheumatoid arthritis: a randomised trial",
     "Patients were randomised after histological classification:\n\nArm\tAssigned\tShare of "
     "randomised\nRituximab\t83\t51%\nTocilizumab\t81\t49%\n\nIn the B-cell poor, the response "
     "did not differ between rituximab (17 of 38) and tocilizumab (23 of 41).",
     "RandomizedTrialDesign", 164),
    # blindtest320 ds04: the whole sized in one header cell, "Share of cohort (n = 223)"
    ("Kidney involvement in Henoch-Schonlein purpura: a prospective follow-up of children",
     "This was a prospective multicentre study of children with HSP. Renal findings were:\n\n"
     "Finding\tPatients\tShare of cohort (n = 223)\nNo renal involvement\t121\t54 %\n"
     "HSN, any form\t102\t46 %\n\nAmong the 102 children with HSN, haematuria was common.",
     "ProspectiveCohortDesign", 223),
    # ... not one of two cohorts each sized in the header (blindtest95 b502)
    ("Ferritin in sepsis: a retrospective cohort study", "We reviewed the records of adults with "
     "sepsis.\n\nMeasure\tTest cohort (n = 3417)\tValidation cohort (n = 1704)\nDeaths\t512\t"
     "260\n\nFerritin predicted death.", "RetrospectiveCohortDesign", 5121),
    # blindtest321 dt04: "Patients included and treated | 29"
    ("Tofacitinib in refractory anterior uveitis: a prospective observational study", "We "
     "followed a prospective observational cohort of patients with refractory uveitis.\n\n"
     "Characteristic\tValue\nPatients included and treated\t29\nMen / women\t13 / 16\n\n"
     "Ankylosing spondylitis was the most frequent association.", "ProspectiveCohortDesign", 29),
    # blindtest320 ds05: an all-caps title's "24 HOURS AFTER ANTIBIOTICS IN CHILDREN" is no count
    ("ADJUNCTIVE DEXAMETHASONE STARTED UP TO 24 HOURS AFTER ANTIBIOTICS IN CHILDREN WITH "
     "BACTERIAL MENINGITIS: A RANDOMIZED, PLACEBO-CONTROLLED TRIAL", "Children were randomly "
     "allocated to dexamethasone or to placebo. Fifty children were assigned to dexamethasone and "
     "fifty-one to placebo; the two arms were alike.", "RandomizedTrialDesign", 101),
    # blindtest317 dp02: "7 cases were declared" by a network, over "five patients responded"
    ("Tocilizumab for isolated polymyalgia rheumatica: a national case collection", "Members of "
     "the network were asked to report every patient given tocilizumab. Over a 24-month period, "
     "7 cases were declared. Tocilizumab was given at 8 mg/kg; five patients responded.",
     "CaseSeriesDesign", 7),
    # blindtest321 dt01: "a single-patient report" in the title, no design word in the text
    ("Tofacitinib for anterior uveitis linked to spondyloarthritis: a single-patient report",
     "A patient aged 55 with anterior uveitis was sent to our unit. Three treatments had failed. "
     "On tofacitinib the uveitis responded.", "CaseReportDesign", 1),
    # blindtest317 dp03: "a recent meta-analysis that pooled 21 real-life cohorts" is another's
    ("Relapse in polymyalgia rheumatica: risk factors in a multicentre chart review", "A recent "
     "meta-analysis that pooled 21 real-life cohorts estimated that 43 % of patients relapse. We "
     "carried out a multicentre observational study based on chart review.\n\nItem\tValue\n"
     "Patients included\t185\nWomen\t69.1 %\n\nA high starting dose carried a higher risk.",
     "RetrospectiveCohortDesign", 185),
    # blindtest320 ds02: twelve patients "presented as a descriptive series" stay a case series
    ("Polyarteritis nodosa in children: twenty years of cases from one department", "We "
     "included every child diagnosed with PAN at our department. Charts were reviewed "
     "retrospectively and the patients are presented as a descriptive series. PAN was diagnosed "
     "in 12 patients, six girls and six boys.", "CaseSeriesDesign", 12),
]
# Round 148, from blindtest322-327 (measured once before)
ROUND_148_DESIGNS_AND_COUNTS = [
    # blindtest323 dv02: a trial cited "such as RECOVERY, in which 2104 patients were allocated"
    ("Two patients with severe COVID-19 pneumonia rescued with ECMO", "We treated two men whose "
     "COVID-19 progressed to respiratory failure. Both were given corticosteroids. The evidence "
     "for steroids comes from large trials such as RECOVERY, in which 2104 patients were "
     "allocated to dexamethasone and 4321 to usual care.", "CaseSeriesDesign", 2),
    # blindtest326 dy02: a "CASE REPORT" label over a title that counts two patients
    ("Int J Hematol, Volume 90, pp 392-396                     CASE REPORT\n\nRITUXIMAB IN "
     "MULTICENTRIC CASTLEMAN'S DISEASE: PROLONGED COMPLETE REMISSION IN TWO PATIENTS", "We "
     "describe the course of two of our own patients who received rituximab.",
     "CaseSeriesDesign", 2),
    # blindtest324 dw05: arms after the allocation's colon, each by what it received
    ("Interleukin-1 receptor antagonist in type 2 diabetes: a randomised trial", "Adults with "
     "type 2 diabetes were allocated at random to one of two parallel groups: 34 received anakinra "
     "100 mg once daily for 13 weeks, and 36 received placebo injections. At week 13, 35 "
     "participants also underwent a clamp.", "RandomizedTrialDesign", 70),
    # blindtest325 dx05: "ten to the IVIG arm and eight to the placebo arm"; a planned sample
    ("Intravenous immunoglobulin in children with encephalitis: a randomised controlled trial",
     "The sample size calculation called for 308 children to be recruited. The trial was stopped "
     "with participants randomised at only 12 hospitals: ten to the IVIG arm and eight to the "
     "placebo arm, all of whom were analysed.", "RandomizedTrialDesign", 18),
    # blindtest323 dv03: "Critically ill patients recruited | 294 | 100 %"
    ("Corticosteroids in critically ill COVID-19 patients: a retrospective cohort study", "Records "
     "of critically ill patients were reviewed retrospectively.\n\nGroup\tn\tshare\n"
     "Critically ill patients recruited\t294\t100 %\nReceived corticosteroids\t183\t62.2 %\n"
     "first dose before ICU admission\t—\t69.4 % of treated\nNo corticosteroids\t111\t37.8 %\n\n"
     "Early steroids carried a signal of harm.", "RetrospectiveCohortDesign", 294),
    # blindtest322 du04: a registry's participant flow, "Started the observation period | 37"
    ("Persistence with tocilizumab in rheumatoid arthritis: a prospective observational study",
     "Prospective, observational, single cohort.\n\nItem\tRA participants (all groups)\n"
     "Started the observation period\t37\nCompleted 6 months\t32\nDid not complete\t5\n\n"
     "Most people were still on the drug at six months.", "ProspectiveCohortDesign", 37),
    # blindtest324 dw04: "The study was prospective"; a dose table "Dose of IL-1Ra | Patients
    # treated"
    ("Intra-articular interleukin-1 receptor antagonist in osteoarthritis of the knee: a "
     "dose-finding safety study", "The study was prospective and run at several centres.\n\n"
     "Dose of IL-1Ra (intra-articular)\tPatients treated\tAcute reactions\n0.05 mg\t1\t0\n"
     "150 mg\t13\t0\n\nNo acute reaction occurred.", "ProspectiveCohortDesign", 14),
    # blindtest327 dz03: "The analysed cohort numbered n = 24"
    ("Plasmapheresis volume in neuromyelitis optica: a retrospective review", "This was a "
     "retrospective review of patients with NMO who underwent plasmapheresis in our department. "
     "The analysed cohort numbered n = 24. Six months later, 19 patients had improved.",
     "RetrospectiveCohortDesign", 24),
    # blindtest323 dv04: a quasi-experimental, before-and-after intervention study
    ("Methylprednisolone pulses in COVID-19 pneumonia", "This was a quasi-experimental, "
     "before-and-after intervention study in one hospital. Fourteen patients were managed with "
     "the standard of care alone, before the change, and ten received the standard of care plus "
     "methylprednisolone pulses, after it.", "ProspectiveCohortDesign", 24),
]


# Round 152, from blindtest328-333 (measured once before)
ROUND_152_DESIGNS_AND_COUNTS = [
    # blindtest332 ee04: a table row "Patients enrolled and treated with steroids + etoposide";
    # "the fourteen children who remain in complete response" are those an outcome picked out
    ("Steroids plus etoposide in EBV-associated HLH: a cooperative treatment study", "In this "
     "prospective cooperative study all children received the same core.\n\nItem\tValue\n"
     "Patients enrolled and treated with steroids + etoposide\t17\nComplete remission\t5\n\n"
     "The fourteen children who remain in complete response have been followed for 15 months.",
     "ProspectiveCohortDesign", 17),
    # blindtest330 ec03: two groups by treatment that "make up the analysed cohort", over the
    # admissions they came from
    ("Methylprednisolone pulses or dexamethasone in COVID-19: a retrospective cohort study",
     "Over 14 months 2,284 patients were admitted with severe disease. Of these, 189 (8.3 %) had "
     "been treated with methylprednisolone pulses and 493 (21.6 %) with dexamethasone; these two "
     "groups make up the analysed cohort.", "RetrospectiveCohortDesign", 682),
    # blindtest330 ec04: "Adults with SFTS followed in the cohort | 97"
    ("Tocilizumab in adults with a tick-borne fever: a prospective observational study", "This "
     "was a prospective observational study.\n\nItem\tValue\nAdults with SFTS followed in "
     "the cohort\t97\nTreated with tocilizumab\t10\nTreated with plasma exchange\t30\n\n"
     "Mortality was lower with tocilizumab.", "ProspectiveCohortDesign", 97),
    # blindtest331 ed03: the second group sized with its verb left out
    ("Colchicine for gout flares in heart failure admissions: a retrospective review", "We "
     "carried out a single-centre, retrospective review. After exclusions, the colchicine group "
     "comprised 237 patients (22.7% of all eligible encounters) and the control group 810 "
     "patients.", "RetrospectiveCohortDesign", 1047),
    # blindtest331 ed04: "Patients studied | 58"
    ("Recurrent pericarditis managed with a multidrug protocol: a retrospective single-centre "
     "cohort", "We analysed every patient managed at our centre.\n\nItem\tValue\nPatients "
     "studied\t58\nColchicine given\t44\n\nRecurrences fell.", "RetrospectiveCohortDesign",
     58),
]


# Round 155, from blindtest334-339 (measured once before)
ROUND_155_DESIGNS_AND_COUNTS = [
    # blindtest336 ei03: "A randomised trial remains the only way to resolve the question" is a
    # trial needed, not this paper's design
    ("Intravenous immunoglobulin for streptococcal toxic shock syndrome", "All cases in the "
     "region were identified for this population-based retrospective cohort study. Over eight "
     "years, 106 patients fulfilled the case definition. A randomised trial remains the only way "
     "to resolve the question.", "RetrospectiveCohortDesign", 106),
    # blindtest336 ei05: a table of arms counting "Infants allocated"
    ("IgM-enriched immunoglobulin in neonatal sepsis: a randomised study", "Prospective, "
     "randomised, controlled study in a neonatal unit.\n\nGroup\tInfants allocated\tDeaths\n"
     "Immunotherapy\t20\t6\nControl\t24\t9\n\nMortality did not differ.",
     "RandomizedTrialDesign", 44),
    # blindtest337 ej04: "The first 15 patients ... the next 33 patients", around a protocol change
    ("Tocilizumab prophylaxis before teclistamab step-up dosing: a prospective single-centre "
     "experience", "Every patient starting teclistamab was observed prospectively. The first 15 "
     "patients were treated without prophylaxis. On that basis the protocol was changed, and "
     "the next 33 patients were given tocilizumab 8 mg/kg.", "ProspectiveCohortDesign", 48),
]


# Round 158, from blindtest340-345 (measured once before)
ROUND_158_DESIGNS_AND_COUNTS = [
    # blindtest342 eo02: the authors' own ten, over a pooled literature sample of 551
    ("Anakinra for difficult-to-treat gout: a case series and a scoping review", "We set out to "
     "describe ten difficult-to-treat patients with gout who received anakinra, and to map what "
     "has been published. The pooled literature sample comprised 551 patients, in whom 648 "
     "flares were analysed.", "CaseSeriesDesign", 10),
    # blindtest342 eo03: two cohorts counted in a "Veterans" column
    ("Cardiovascular risk in calcium pyrophosphate deposition: a retrospective nationwide study",
     "This was a retrospective cohort study of veterans.\n\nCohort\tDefinition\tVeterans\n"
     "CPPD\tan ICD-9 code\t23,124\nComparators\tno code\t86,629\n\nRisks were similar.",
     "RetrospectiveCohortDesign", 109753),
    # blindtest343 ep05: three arms counted in "Patients assessed"
    ("Thalidomide in Behcet's syndrome: a randomised, double-blind, placebo-controlled trial",
     "Men were randomly assigned to thalidomide or placebo.\n\nGroup\tPatients assessed\t"
     "Complete response\nThalidomide 100 mg/d\t32\t2\nThalidomide 300 mg/d\t31\t5\n"
     "Placebo\t32\t0\n\nResponses were uncommon.", "RandomizedTrialDesign", 95),
    # blindtest344 eq03: "The records of 50 immunocompetent patients were analysed"
    ("The clinical course of tuberculous pericarditis: a retrospective analysis", "This was a "
     "retrospective analysis of medical records. The records of 50 immunocompetent patients were "
     "analysed. Among the 28 patients who had presented with effusion only, just one developed "
     "constriction.", "RetrospectiveCohortDesign", 50),
    # blindtest345 er03: "(nine patients)" gives the commonest reason for admission, a subgroup
    ("Adult HLH in the intensive care unit: a retrospective study", "We carried out a "
     "retrospective observational review of adults admitted with HLH. Over the study period 16 "
     "adults with HLH were admitted. The commonest reason for admission was severe sepsis or "
     "septic shock (nine patients), followed by acute respiratory failure (four).",
     "RetrospectiveCohortDesign", 16),
    # blindtest343 ep03: 23 identified, "the present analysis describes 17 of them"
    ("Ruxolitinib in VEXAS syndrome: a national retrospective cohort", "This retrospective "
     "study used national data. Between 2022 and 2023, 23 patients with VEXAS were identified "
     "across the centres; the present analysis describes 17 of them.",
     "RetrospectiveCohortDesign", 17),
]


# Round 160, from blindtest346-351 (measured once before)
ROUND_160_DESIGNS_AND_COUNTS = [
    # blindtest347 et02: the series a screening confirmed, not the patients screened
    ("Anti-NMDA receptor encephalitis: the first cases identified in Vietnam", "Here we describe "
     "the first series of such patients seen by our group. Over eighteen months, 99 patients were "
     "admitted with encephalitis of any cause. In 90 of them the diagnosis was not confirmed, "
     "while 9 (9.1%) had confirmed NMDAR encephalitis.", "CaseSeriesDesign", 9),
    # blindtest349 ev03: "The control group consisted of 276 patients" after the 105 treated
    ("Budesonide or prednisone first in autoimmune hepatitis", "This was a retrospective study "
     "across several centres. We collected patients whose first drug was budesonide; 105 such "
     "patients were found. The control group consisted of 276 patients started on prednisone.",
     "RetrospectiveCohortDesign", 381),
    # blindtest350 ew03: "The standard-of-care group numbered 148, the steroid group 42 and the
    # tocilizumab group 16"
    ("Tocilizumab and corticosteroids for COVID-19 in elderly patients", "We looked back at the "
     "records of patients aged 65 years and over. The standard-of-care group numbered 148, the "
     "steroid group 42 and the tocilizumab group 16.", "RetrospectiveCohortDesign", 206),
    # blindtest351 ex04: "Group I was made up of fifty-six patients ... and group II of
    # fifty-two"; a placebo-controlled study of "earlier work" is others'
    ("Dexamethasone in dengue thrombocytopenia: a prospective comparative study", "Earlier work "
     "is conflicting: a placebo-controlled study from Sri Lanka with 100 patients per arm found no "
     "benefit. Group I was made up of fifty-six patients (30 men, 26 women) and group II of "
     "fifty-two (25 men, 27 women).", "ProspectiveCohortDesign", 108),
    # blindtest348 eu05: "Of 167 people screened, 90 were enrolled and randomised"
    ("Bimekizumab in hidradenitis suppurativa: a phase 2 randomised, placebo-controlled trial",
     "Of 167 people screened, 90 were enrolled and randomised. Eighty-eight randomised "
     "participants received at least one dose of study drug.", "RandomizedTrialDesign", 90),
    # blindtest346 es04: "We ran a prospective, open-label, single-arm trial" over the historical
    # controls it was set against
    ("Crescentic IgA nephropathy: steroids and cyclophosphamide", "We ran a prospective, "
     "open-label, single-arm trial. Twenty patients were treated. The treated group was set "
     "against twelve historical control patients.", "ProspectiveCohortDesign", 20),
]

ROUND_163_DESIGNS_AND_COUNTS = [
    # blindtest355 fb03: the other sex of a bracketed breakdown is no count; the two groups that
    # met criteria make the whole
    ("Prednisolone dose and relapse in IgG4-related disease: a retrospective multicentre analysis",
     "We looked back at the records of patients from 12 institutions. Of the 166 patients who "
     "were evaluated (108 men, 65.1%; 58 women, 34.9%), 140 met the comprehensive diagnostic "
     "criteria and 26 met the Japan Pancreas Society criteria.", "RetrospectiveCohortDesign",
     166),
    # blindtest352 ey04: patients who "contributed both eyes" are a subgroup of those who took part
    ("Dexamethasone implant for uveitic macular edema: a prospective study", "Prospective, "
     "interventional, non-randomised study. Of the eyes enrolled (n = 30), three patients "
     "contributed both eyes, so 27 individuals took part.", "ProspectiveCohortDesign", 27),
    # blindtest352 ey05: arms "N participants (M eyes) to the X implant, N (M eyes) to Y and ..."
    ("Dexamethasone, methotrexate or ranibizumab for uveitic macular edema: a randomised trial",
     "Randomisation assigned 65 participants (77 eyes) to the dexamethasone implant, 65 (79 "
     "eyes) to methotrexate and 64 (69 eyes) to ranibizumab.", "RandomizedTrialDesign", 194),
    # blindtest357 fd06: "This article reviews how CAPS is ... managed", though a registry is named
    ("Catastrophic antiphospholipid syndrome", "This article reviews how CAPS is currently "
     "diagnosed and managed. What we know has grown mainly through the international CAPS "
     "registry.", "NarrativeReviewDesign", None),
]

ROUND_164_DESIGNS_AND_COUNTS = [
    # blindtest358 fe01: a case report "with" a meta-analysis is the case's paper
    ("Acute necrotizing encephalopathy in a school-aged girl", "*Case report with systematic "
     "meta-analysis*\n\nA girl aged 10 years came to us with seizures. She recovered well after "
     "combined immunomodulation.", "CaseReportDesign", 1),
    # blindtest362 fi06: "In this overview we bring together what is currently known"
    ("Polyarteritis nodosa", "Polyarteritis nodosa is a necrotizing vasculitis. In this overview "
     "we bring together what is currently known about its diagnosis and treatment.",
     "NarrativeReviewDesign", None),
    # blindtest361 fh05: the counts of "two earlier phase 3 ... trials" are others'
    ("Baricitinib added to topical corticosteroids in atopic dermatitis: a randomized trial",
     "Baricitinib lowered disease severity in two earlier phase 3 monotherapy trials, which "
     "enrolled 624 and 615 adults. We randomised 329 adults to placebo or baricitinib.",
     "RandomizedTrialDesign", 329),
    # blindtest360 fg05: a target sample is no population
    ("Adjunctive dexamethasone in HIV-associated cryptococcal meningitis: a randomized trial",
     "The trial protocol had set a target of 824 evaluable patients and 880 in total. Recruitment "
     "was halted on safety grounds once 451 patients had been enrolled.",
     "RandomizedTrialDesign", 451),
]

ROUND_166_DESIGNS_AND_COUNTS = [
    # blindtest365 fl06: "This article looks back over what is currently understood", though a
    # sentence names a randomised trial a Cochrane review could not find
    ("Acute exacerbation of idiopathic pulmonary fibrosis", "This article looks back over what is "
     "currently understood about acute exacerbations of IPF. For stable IPF, a Cochrane review "
     "screened seventeen articles and could not include a single randomised or controlled trial "
     "of corticosteroids given alone; a series of 50 patients is often cited.",
     "NarrativeReviewDesign", None),
    # blindtest367 fn02: "in a phase 2 trial that randomised 30 patients" is others' trial
    ("Tocilizumab as rescue treatment in giant cell arteritis: three cases", "We report three "
     "patients with refractory giant cell arteritis. All three patients entered remission on "
     "tocilizumab. Controlled data are needed: in a phase 2 trial that randomised 30 patients (20 "
     "to tocilizumab, 10 to placebo), remission rates were 80% and 20%.", "CaseSeriesDesign", 3),
    # blindtest365 fl03: "Earlier comparisons ...: a pooled analysis of four cohort studies
    # gathered only 148 patients" is others'; the table's "Initial regimen | Patients (n)" counts
    ("Tofacitinib or a calcineurin inhibitor in anti-MDA5 dermatomyositis: a retrospective "
     "cohort", "Earlier comparisons came from single hospitals and were small; a pooled analysis "
     "of four cohort studies, for instance, gathered only 148 patients. This retrospective cohort "
     "study drew on the records of five centres.\n\nTable 1. Death within 1 year\nInitial "
     "regimen\tPatients (n)\tDied, n (%)\nTofacitinib\t290\t94 (32.4)\nCNI\t225\t105 (46.7)\n",
     "RetrospectiveCohortDesign", 515),
]

ROUND_168_DESIGNS_AND_COUNTS = [
    # blindtest372 fs03: "an earlier multicentre inception cohort had enrolled 234 children"
    ("Etanercept or adalimumab in enthesitis-related arthritis: a retrospective cohort", "We "
     "looked back at 134 children with ERA treated at our centre. For comparison, an earlier "
     "multicentre inception cohort had enrolled 234 children with ERA.",
     "RetrospectiveCohortDesign", 134),
    # blindtest373 ft02: "Two randomised trials ... fewer than 100 patients" are others'
    ("Worsening of anti-MAG neuropathy on rituximab: three cases", "We describe three patients "
     "with anti-MAG neuropathy. Two randomised trials of rituximab against placebo missed their "
     "primary endpoints, and the published experience covers fewer than 100 patients.",
     "CaseSeriesDesign", 3),
    # blindtest374 fu03: "The cohort comprised 2672 patients ... Twenty-eight of them met the
    # definition of ICI-induced CRS": the part an outcome's
    ("Cytokine release syndrome after immune checkpoint inhibitors: a retrospective cohort",
     "We looked back at the records of one centre. The cohort comprised 2672 patients treated "
     "with ICIs. Twenty-eight of them met the definition of ICI-induced CRS.",
     "RetrospectiveCohortDesign", 2672),
    # blindtest375 fv03: "Two earlier Tunisian reports had described 260 patients ... and a
    # multicentre series of 519 cases"
    ("Behcet's disease in Tunisia: a retrospective study", "This retrospective single-centre "
     "study included 130 patients. Two earlier Tunisian reports had described 260 patients and a "
     "multicentre series of 519 cases.", "RetrospectiveCohortDesign", 130),
    # blindtest373 ft06: "this overview argues for early tumour detection"
    ("Treatment of paraneoplastic neurologic disorders", "Paraneoplastic neurologic disorders "
     "are rare. In short, this overview argues for early tumour detection and prompt "
     "immunotherapy.", "NarrativeReviewDesign", None),
]

ROUND_170_DESIGNS_AND_COUNTS = [
    # blindtest376 fw06: "This short editorial overview, written from ..., looks at ..."
    ("Biologics for systemic JIA where resources are scarce", "Children with SJIA remain "
     "demanding patients. This short editorial overview, written from a paediatric rheumatology "
     "division in Chennai, looks at what the biology of the disease tells us.",
     "NarrativeReviewDesign", None),
    # blindtest377 fx06: another paper's "case-based review" is not the paper's design
    ("JAK inhibitors and cardiovascular risk in rheumatoid arthritis", "One case-based review of "
     "the literature recalled a pooled safety analysis of the placebo-controlled trials. In this "
     "review we take a critical look at the major studies published to date.",
     "NarrativeReviewDesign", None),
    # blindtest378 fy04: a cohort's youngest and oldest patients are no case report's patient
    ("Kawasaki disease in northern Kerala: first results of a prospective cohort", "We followed "
     "38 children with Kawasaki disease prospectively. Boys made up 63 % of the group; the "
     "youngest patient was a 4-month-old boy and the oldest a 12-year-old boy.",
     "ProspectiveCohortDesign", 38),
    # blindtest378 fy06: "This state-of-the-art review brings together what is currently known"
    ("Dissecting Kawasaki disease", "Kawasaki disease is a vasculitis of young children. This "
     "state-of-the-art review brings together what is currently known about the disease.",
     "NarrativeReviewDesign", None),
    # blindtest381 gb03: "...: A CHART REVIEW" in capitals is no narrative review
    ("ALEMTUZUMAB AS SALVAGE TREATMENT FOR HLH THAT FAILED FIRST-LINE THERAPY: A CHART REVIEW",
     "We looked back at the records of 22 patients given alemtuzumab.",
     "RetrospectiveCohortDesign", 22),
    # blindtest381 gb02: a phase 2/3 trial under way and a pilot study just opened elsewhere
    ("Emapalumab in NLRC4 hemophagocytic lymphohistiocytosis", "A phase 2/3 trial of "
     "emapalumab is under way in primary HLH, and a pilot study in macrophage activation syndrome "
     "has just opened. We describe what happened when emapalumab was given to the two patients we "
     "follow.", "CaseSeriesDesign", 2),
    # blindtest377 fx04: "In an earlier, separate Japanese placebo-controlled trial (n = 109)"
    ("Tocilizumab and lipoprotein function in rheumatoid arthritis", "Eight patients were "
     "enrolled and studied prospectively before and after tocilizumab. In an earlier, separate "
     "Japanese placebo-controlled trial (n = 109), total cholesterol had risen.",
     "ProspectiveCohortDesign", 8),
    # blindtest377 fx03, blindtest380 ga05: a pooled post hoc analysis, a Cochrane review
    ("Tocilizumab and lipids in rheumatoid arthritis: a retrospective cohort", "For scale, a "
     "pooled post hoc analysis of the TCZ trial programme covered 3986 patients. We looked back at "
     "the records of 60 patients.", "RetrospectiveCohortDesign", 60),
    ("Hydrocortisone in dengue shock syndrome: a randomized trial", "Children with dengue shock "
     "syndrome were randomly given hydrocortisone or placebo. The two groups were alike. A "
     "Cochrane review later pooled four trials of corticosteroids in dengue shock syndrome with "
     "284 participants and again found no reduction in deaths, and it advised that steroids be "
     "given only within randomised trials.\n\nArm\tChildren\tMortality\n"
     "Hydrocortisone 50 mg/kg, single dose\t47\tno difference\nPlacebo\t50\t(reference)\n",
     "RandomizedTrialDesign", 97),
    # blindtest381 gb05: "Screening covered 5234 patients; 1103 of them were randomised"
    ("Prednisolone or pentoxifylline for alcoholic hepatitis: a randomised trial", "Screening "
     "covered 5234 patients; 1103 of them were randomised, and 1053 remained for the primary "
     "analysis.", "RandomizedTrialDesign", 1103),
    # blindtest376 fw05: "An interim look had been taken earlier, when 38 patients had been
    # allocated"
    ("Colchicine in COVID-19: a randomised, placebo-controlled trial", "An interim look had been "
     "taken earlier, when 38 patients had been allocated. Enrolment ran as follows: 75 patients "
     "were randomised, three of them did not complete the study, and 72 were analysed.",
     "RandomizedTrialDesign", 75),
]

ROUND_172_DESIGNS_AND_COUNTS = [
    # blindtest382 gc01: "The first randomised, placebo-controlled trial of tocilizumab ... pointed
    # in favour of the drug" is another paper's
    ("Aortic ulceration in a tocilizumab-treated patient with Takayasu arteritis", "The first "
     "randomised, placebo-controlled trial of tocilizumab in Takayasu arteritis pointed in favour "
     "of the drug. A girl aged 16 years presented with claudication.", "CaseReportDesign", 1),
    # blindtest387 gh04: "Fourteen consecutive severely burned patients were enrolled"
    ("Hydrocortisone in burn shock", "This was a prospective cohort study. Fourteen consecutive "
     "severely burned patients were enrolled once they had needed norepinephrine for 12 h.",
     "ProspectiveCohortDesign", 14),
]


ROUND_174_DESIGNS_AND_COUNTS = [
    # blindtest386 gg04: the part "of them" that took part, after patients counted by no number
    ("Subcutaneous tocilizumab and radiographic progression in rheumatoid arthritis", "The study "
     "was prospective and multicentre. Patients were eligible when the drug was newly started; one "
     "hundred and ten of them took part.", "ProspectiveCohortDesign", 110),
    # blindtest364 fk05: "421 patients underwent randomisation; 409 of them formed the study
    # population"
    ("Hydrocortisone and vasopressin in septic shock: a randomised trial", "A total of 421 "
     "patients underwent randomisation; 409 of them formed the study population.",
     "RandomizedTrialDesign", 409),
    # blindtest379 fz02: a journal line "Volume 2014, Article ID ..." and a genre label above a
    # capitals title that counts two patients; a chart review "was reported in" is another paper's
    ("Case Reports in Rheumatology, Volume 2014, Article ID 123456, 5 pages\nCase Report\n\n"
     "INFLIXIMAB FOR SEVERE CHONDROCALCINOSIS:\nTWO PATIENTS FOLLOWED FOR NINE YEARS",
     "We describe two patients seen at our hospital with severe chondrocalcinosis. Anakinra was "
     "reported in a French multicentre chart review of 16 patients with a mean age of 80 years.",
     "CaseSeriesDesign", 2),
    # blindtest382 gc04: patients pooled from a prospective cohort "in a randomised clinical
    # trial, or in both": the analysis is the cohort's
    ("New arterial lesions in giant cell arteritis", "We pooled the data of patients with giant "
     "cell arteritis who had been enrolled in a prospective, multicentre, longitudinal cohort, in "
     "a randomised clinical trial, or in both. Altogether 187 patients were studied.",
     "ProspectiveCohortDesign", 187),
]


ROUND_175_DESIGNS_AND_COUNTS = [
    # blindtest388 gi03: a part that "met the response criteria" after the whole that opens its
    # sentence
    ("Intravenous methylprednisolone in Graves ophthalmopathy", "The records were reviewed "
     "retrospectively. Of the 54 patients whose records were analysed, 24 (44.4 %) met the "
     "response criteria at the end of the course.", "RetrospectiveCohortDesign", 54),
    # blindtest392 gm04: a clause opening on the other centre states the second group
    ("IVIG or prednisone in antiphospholipid syndrome in pregnancy", "This was a prospective "
     "study at two centres. At one centre 29 such women were given prednisone together with "
     "aspirin; at the other centre 53 women were treated with IVIG.", "ProspectiveCohortDesign",
     82),
    # blindtest390 gk05: "Two randomised, placebo-controlled trials were run" counts no patients;
    # the table's arms do
    ("Interleukin-1 blockade in recent-onset type 1 diabetes", "Two randomised, placebo-controlled "
     "trials were run side by side in patients with type 1 diabetes.\n\nTable 1. Randomised "
     "participants\nTrial\tArm\tDosing\tRandomised\nCanakinumab\tCanakinumab\t2 mg/kg monthly"
     "\t47\nCanakinumab\tPlacebo\tmonthly\t22\nAnakinra\tAnakinra\t100 mg daily\t35\n"
     "Anakinra\tPlacebo\tdaily\t34\n\nNeither drug slowed the loss of beta-cell function.",
     "RandomizedTrialDesign", 138),
    # blindtest392 gm05: a table column of "Women randomised"
    ("Prednisone and aspirin in women with autoantibodies and fetal loss", "This was a randomised, "
     "placebo-controlled trial.\n\nTable 1. Study arms\nArm\tRegimen\tWomen randomised\n"
     "Treatment\tprednisone plus aspirin\t101\nPlacebo\tmatching placebo\t101\n\nLive births "
     "did not differ.", "RandomizedTrialDesign", 202),
    # blindtest391 gl03: "Looking back at their records"; groups sized "the 6-12 month group 17
    # and the >12 month group 24"
    ("Corticosteroid duration in autoimmune encephalitis", "Patients were taken up consecutively. "
     "Looking back at their records, we sorted them by how long corticosteroids had been given. "
     "The 3\u20136 month group contained 14 patients, the 6\u201312 month group 17 and the >12 "
     "month group 24.", "RetrospectiveCohortDesign", 55),
    # blindtest389 gj03: historical control data "taken from three large multicentre randomised
    # trials" are other papers'
    ("IVIG in diffuse systemic sclerosis", "Records of 30 patients who had received IVIG were "
     "reviewed retrospectively. The change in skin score was set against historical control data "
     "taken from three large multicentre randomised trials in patients with the disease.",
     "RetrospectiveCohortDesign", 30),
    # blindtest389 gj04: a randomised follow-up study that "has since been designed"
    ("Baricitinib in primary Sjogren's syndrome", "In this prospective, open-label pilot study, 11 "
     "patients were enrolled. A multicentre, open-label, randomised follow-up study has since been "
     "designed.", "ProspectiveCohortDesign", 11),
]


ROUND_176_DESIGNS_AND_COUNTS = [
    # blindtest399 gt01: "in one Indian series of 30 patients" is another paper's
    ("Methylprednisolone in leptospiral pulmonary syndrome: a single-patient report",
     "Corticosteroid pulses have been tried for this complication: in one Indian series of 30 "
     "patients with pulmonary involvement, the 17 who were given bolus methylprednisolone fared "
     "better. This patient illustrates how quickly the syndrome can respond.", "CaseReportDesign",
     1),
    # blindtest399 gt02: "for example, a cooperative study in which ... was given to 17 infants
    # and children"
    ("EBV-associated HLH in childhood: a case series", "Four children were admitted with "
     "prolonged fever and the markers of HLH. Many studies report good outcomes with etoposide, "
     "for example, a cooperative study in which steroids and etoposide were given to 17 infants "
     "and children.", "CaseSeriesDesign", 4),
    # blindtest397 gr05: "earlier uncontrolled work in HS" is others' ("2 participants stopped")
    ("Etanercept versus placebo in hidradenitis suppurativa: a randomised study", "Earlier "
     "uncontrolled work in HS had been discouraging: only 3 of 15 patients met the response "
     "definition, and 2 participants stopped. Twenty patients who met every inclusion criterion "
     "were randomly allocated to etanercept or to placebo.", "RandomizedTrialDesign", 20),
    # blindtest398 gs03: "The approach mirrored a French registry analysis of 110 patients"
    ("Targeted therapies in VEXAS syndrome: a retrospective cohort", "The analysis covered 59 "
     "patients who together contributed 71 treatment courses. The approach mirrored a French "
     "registry analysis of 110 patients.", "RetrospectiveCohortDesign", 59),
    # blindtest398 gs04: the population "comprised 32 children in the SS-m group and 59 children
    # in the MS group"; a "successor protocol" evaluated others
    ("Prednisolone in Langerhans cell histiocytosis", "This was a prospective multicentre study. "
     "The treated population comprised 32 children in the SS-m group and 59 children in the MS "
     "group. The group's successor protocol later evaluated 147 children with multisystem "
     "disease.", "ProspectiveCohortDesign", 91),
    # blindtest399 gt05: an analysis "restricted to the 22 patients treated within five days"
    ("Hyperimmune IVIG in severe influenza: a randomised controlled trial", "In a multivariate "
     "analysis restricted to the 22 patients treated within five days of onset, H-IVIG was "
     "associated with lower mortality.\n\nTable 1. Arms\nArm\tDose\tPatients randomised\n"
     "H-IVIG\t0.4 g/kg\t17\nControl IVIG\t0.4 g/kg\t18\n\nNo serious adverse event was seen.",
     "RandomizedTrialDesign", 35),
    # blindtest394 go03: "enterocolitis was found in 38 patients, of whom 13 ..." is the whole
    ("Budesonide in checkpoint-inhibitor microscopic colitis", "We used a retrospective cohort. "
     "Biopsy-proven enterocolitis was found in 38 patients, of whom 13 formed the microscopic "
     "colitis group and 25 the group with visible mucosal disease. Budesonide was given to 12 of "
     "the 13 microscopic cases.", "RetrospectiveCohortDesign", 38),
    # blindtest399 gt03: data "collected prospectively ... and analysed them retrospectively"
    ("Corticosteroids in H1N1 influenza ARDS", "We used data collected prospectively in the "
     "national registry and analysed them retrospectively. The analysis covered 208 patients "
     "with ARDS.", "RetrospectiveCohortDesign", 208),
]


ROUND_178_DESIGNS_AND_COUNTS = [
    # blindtest402 gw05: a trial's table column "Randomised" outranks the evaluable
    ("Dexamethasone for cancer-related fatigue: a randomised trial", "Eighty-four participants "
     "could be evaluated.\n\nTable 1. Arms\nArm\tRegimen\tRandomised\tCompleted\nDexamethasone"
     "\t4 mg twice daily\t67\t43\nPlacebo\tplacebo twice daily\t65\t41\n\nFatigue improved.",
     "RandomizedTrialDesign", 132),
    # blindtest401 gv05: a registry entry "lists 31 participants in total" is no population
    ("Anakinra for inflammation on haemodialysis: a randomised pilot trial", "The registry entry "
     "for the study lists 31 participants in total. Twenty-two patients were randomised to "
     "anakinra or placebo.", "RandomizedTrialDesign", 22),
    # blindtest403 gx03: "two other recent retrospective series ... had included only 26 and
    # twelve patients" are others'; the table's groups count
    ("Corticosteroids in acute severe autoimmune hepatitis", "This was a retrospective cohort "
     "study. For comparison, two other recent retrospective series had included only 26 and twelve "
     "patients.\n\nTable 1. Groups\nGroup\tPatients (n)\nCorticosteroids\t203\nNo "
     "corticosteroids\t39\n\nResponse was common.", "RetrospectiveCohortDesign", 242),
    # blindtest405 gz03: "an earlier chart review from Toronto described only 18" is another's
    ("IVIG in juvenile dermatomyositis: a retrospective inception cohort", "Evidence is thin: an "
     "earlier chart review from Toronto described only 18 IVIG-treated children. The analysis "
     "included 78 children with JDM: 30 had received IVIG and 48 had not.",
     "RetrospectiveCohortDesign", 78),
    # blindtest404 gy04: "Enrolment closed at 36 patients"; a single-arm phase II study set
    # against historical controls is prospective
    ("Inhaled therapy for bronchiolitis obliterans syndrome", "This was an open-label, "
     "single-arm, multicentre phase II study. Enrolment closed at 36 patients. Among the 27 "
     "patients who could be evaluated, 48 % had halved their steroid dose. Treatment failed in 2, "
     "compared with 40 % in historical controls.", "ProspectiveCohortDesign", 36),
    # blindtest403 gx04: "46 patients had a DF below 32 and 62 patients a DF of 32 or more"
    ("Glucocorticoids in alcoholic hepatitis: an observational study", "Patients were included "
     "prospectively and followed for three months. Severity was graded by the discriminant "
     "function (DF): 46 patients had a DF below 32 and 62 patients a DF of 32 or more.",
     "ProspectiveCohortDesign", 108),
    # blindtest402 gw03: "Twenty-six of them had received tocilizumab ..., while 23 had received
    # anti-tumour therapy without it"
    ("Tocilizumab in cancer cachexia", "We looked back at the records of patients with lung cancer "
     "and cachexia. Twenty-six of them had received tocilizumab together with antitumour therapy, "
     "while 23 had received antitumour therapy without it.", "RetrospectiveCohortDesign", 49),
    # blindtest403 gx01: "A woman of forty with AOSD ..." is one case
    ("Liver failure in adult-onset Still's disease during interleukin-1 blockade", "A woman of "
     "forty with AOSD that had not settled on methylprednisolone had been switched to anakinra. "
     "She came in jaundiced.", "CaseReportDesign", 1),
    # blindtest401 gv02: "In this single-centre series" of 23 patients, compared with no group
    ("Anti-interleukin-1 therapy in FMF amyloidosis", "Twenty-three patients were started on "
     "IL-1 blockade. In this single-centre series, adding canakinumab or anakinra to colchicine "
     "was followed by stable kidney function.", "CaseSeriesDesign", 23),
    # the seeds' review 002: another paper's "small, open, single-arm pilot trial" is no design of
    # the review
    ("Treatment of Kawasaki disease: a review", "We review the treatment of Kawasaki disease. A "
     "small, open, single-arm pilot trial in Japan studied cyclosporine in 28 children who "
     "remained febrile after two doses of IVIG.", "NarrativeReviewDesign", None),
    # blindtest205 h903 (development): "The analysis covers 55 patients"
    ("Tocilizumab in calcium pyrophosphate deposition disease", "This was a retrospective cohort "
     "study. The analysis covers 55 patients. TCZ was given intravenously to 46 patients and "
     "subcutaneously to 9.", "RetrospectiveCohortDesign", 55),
]


ROUND_180_DESIGNS_AND_COUNTS = [
    # blindtest406 ha05: a trial's table column "Children" sizes the arms
    ("Prednisone for postpericardiotomy syndrome: a randomised, double-blind trial", "Remission "
     "was more frequent with prednisone: 10 of the 12 treated children against 3 of the 9 given "
     "placebo.\n\nTable 1. Arms\nArm\tRegimen\tChildren\nPrednisone\t2 mg/kg/day\t12\n"
     "Placebo\tplacebo\t9\n\nNo child needed surgery.", "RandomizedTrialDesign", 21),
    # blindtest407 hb05: "Patients allocated" outranks "Data from 225 patients could be analysed"
    ("Methylprednisolone added to IVIG in Guillain-Barre syndrome: a randomised trial", "Data from "
     "225 patients could be analysed.\n\nTable 1. Arms\nArm\tRegimen\tPatients allocated\n"
     "IVIG + methylprednisolone\t500 mg/day\t116\nIVIG + placebo\tmatching infusion\t117\n\n"
     "Recovery was similar.", "RandomizedTrialDesign", 233),
    # blindtest339 el05 (development): a characteristics table's "Women" column is no arm size
    ("Abatacept in primary Sjogren's syndrome: a randomised trial", "Patients were randomly "
     "assigned to abatacept or placebo.\n\nTable 1. Baseline\nArm\tPatients treated\tAge, "
     "years\tWomen\nAbatacept\t92\t51.2\t85\nPlacebo\t95\t52.9\t92\n\nESSDAI did not "
     "differ.", "RandomizedTrialDesign", 187),
    # blindtest406 ha03: a breakdown "21 treated with IVIG and 25 historical controls" sums to
    # the count before it
    ("Gamma-globulin in acute myocarditis in children", "Treated children were compared with "
     "recent historical controls. The comparison covered 46 children: 21 treated with IVIG and 25 "
     "historical controls.", "RetrospectiveCohortDesign", 46),
    # blindtest407 hb02: "shown in the PATH trial, which enrolled 172 patients" is another's
    ("Switching from IVIG to subcutaneous immunoglobulin in CIDP: a case series", "SCIg was shown "
     "in the PATH trial, which enrolled 172 patients, to keep most people stable. We describe five "
     "patients who made the switch at our hospital.", "CaseSeriesDesign", 5),
    # blindtest408 hc03: "given to 20 of these children, who form the study group"
    ("Anti-interleukin-1 treatment in paediatric FMF", "Their data were extracted retrospectively "
     "from the medical records. Between 2006 and 2019 our centre followed well over 600 children "
     "with FMF. Treatment with an anti-interleukin-1 agent had been given to 20 of these children, "
     "who form the study group.", "RetrospectiveCohortDesign", 20),
    # blindtest410 he03: compared "the long-term course of 36 sensitised recipients with that of
    # 252 non-sensitised recipients"
    ("Desensitisation before kidney transplantation", "We looked back at the records and compared "
     "the long-term course of 36 sensitised recipients with that of 252 non-sensitised "
     "recipients.", "RetrospectiveCohortDesign", 288),
    # blindtest410 he05: "Enrolment was halted after 15 candidates had been randomised"
    ("Rituximab added to IVIG for desensitisation: a placebo-controlled randomised trial",
     "Enrolment was halted after 15 candidates had been randomised. Thirteen received a "
     "transplant, 7 in one arm and 6 in the other.", "RandomizedTrialDesign", 15),
    # blindtest411 hf03: "54 adults remained for analysis"
    ("Tocilizumab in Graves orbitopathy", "A double-masked trial of 32 adults has already "
     "supported it. We carried out a retrospective longitudinal study, reviewing the medical "
     "records. Over that period, 114 patients were seen and given tocilizumab; after the "
     "inclusion criteria were applied, 54 adults remained for analysis and the other 60 were "
     "excluded.", "RetrospectiveCohortDesign", 54),
    # blindtest409 hd03: "Prospective studies ... have reported" and "outside the setting of a
    # randomized controlled trial" are no design of the paper
    ("Adjuvant dexamethasone for septic arthritis in children: a cohort study", "Prospective "
     "studies in children with septic arthritis have reported that adding dexamethasone speeds "
     "recovery. We asked whether the same benefit is seen outside the setting of a randomized "
     "controlled trial, and reviewed the records of 116 children.", "RetrospectiveCohortDesign",
     116),
    # blindtest409 hd04: "this non-randomized, double-blind clinical trial"
    ("Dexamethasone in septic arthritis", "Sixty patients with septic arthritis took part in this "
     "non-randomized, double-blind clinical trial and were followed prospectively.",
     "ProspectiveCohortDesign", 60),
]


ROUND_182_DESIGNS_AND_COUNTS = [
    # blindtest417 hl05: a trial's table by "Stratum" with a "Men randomised" column
    ("Azathioprine in Behcet's syndrome: a randomised, placebo-controlled trial", "Six men had to "
     "leave the trial because of severe eye disease, and all six were taking placebo.\n\nTable 1. "
     "Strata\nStratum\tEye involvement at entry\tMen randomised\nGroup 1\tNone\t25\nGroup 2\t"
     "Present\t48\n\nAzathioprine prevented eye disease.", "RandomizedTrialDesign", 73),
    # blindtest416 hk02: "Here we add three patients of our own" under a genre line "Case reports
    # and literature review"
    ("Mediterr J Hematol Infect Dis \u00b7 Case reports and literature review\n\nKIKUCHI-FUJIMOTO "
     "DISEASE SEEN IN THE UNITED STATES:\nTHREE OWN CASES AND A SURVEY OF THE PUBLISHED LITERATURE",
     "Kikuchi-Fujimoto disease is a rare, self-limiting cause of lymphadenitis. Here we add three "
     "patients of our own with KFD, all seen and treated at one cancer centre.",
     "CaseSeriesDesign", 3),
    # blindtest415 hj02: ": A SERIES OF TREATED PATIENTS"; "given to 50 of them, who form the
    # treated series"
    ("ANTIBIOTICS FOR INTRA-AMNIOTIC INFECTION IN PRETERM LABOUR: A SERIES OF TREATED PATIENTS",
     "We reviewed women who had preterm labour with intact membranes. Sixty-two women had "
     "intra-amniotic infection; the antibiotic regimen was given to 50 of them, who form the "
     "treated series.", "CaseSeriesDesign", 50),
]


ROUND_184_DESIGNS_AND_COUNTS = [
    # blindtest421 hp03: "Of the 968 children with KD in the cohort, 71 (7.3 %) met the dKD
    # definition": the part is an outcome's
    ("Indolent Kawasaki disease", "This was a retrospective cohort study. Of the 968 children with "
     "KD in the cohort, 71 (7.3 %) met the dKD definition.", "RetrospectiveCohortDesign", 968),
    # blindtest423 hr03: the database the patients were "drawn from, which holds 3330 people"
    ("Tocilizumab and dexamethasone in severe COVID-19", "This retrospective analysis used a "
     "national registry. Patients were drawn from the SARSTer database, which holds 3330 people "
     "with COVID-19. The analysis covered 460 patients.", "RetrospectiveCohortDesign", 460),
    # blindtest421 hp05: "A systematic review that later re-examined this trial" is no design of
    # the trial report
    ("Intravenous gamma-globulin for Kawasaki disease", "A total of 163 children were randomised "
     "to IVIG with aspirin or aspirin alone. A systematic review that later re-examined this trial "
     "considered only the 102 children of the two IVIG arms.", "RandomizedTrialDesign", 163),
]


ROUND_186_DESIGNS_AND_COUNTS = [
    # blindtest425 ht02: a province's "93 414 confirmed cases" is no population; "Here we
    # summarise the first twenty-three children" is
    ("MIS-C in Cape Town: a case series", "South Africa has reported more COVID-19 than any other "
     "African country, and by 31 July 2020 the province had 93 414 confirmed cases. Here we "
     "summarise the first twenty-three children with MIS-C treated at two hospitals.",
     "CaseSeriesDesign", 23),
    # blindtest428 hw05: a trial's table by "Initial strategy" with "Patients (n)"
    ("Tocilizumab with or without methotrexate in early rheumatoid arthritis: a randomised trial",
     "Two patients withdrew consent.\n\nTable 1. Arms\nInitial strategy\tActive treatment\t"
     "Patients (n)\nTCZ + MTX\ttocilizumab + methotrexate\t106\nTCZ\ttocilizumab\t103\nMTX\t"
     "methotrexate\t108\n\nRemission was common.", "RandomizedTrialDesign", 317),
    # blindtest429 hx03: "477 children, of whom 193 received corticosteroids ... and 284 did not"
    ("Corticosteroids in paediatric severe sepsis", "This was a retrospective analysis. The "
     "analysis covered 477 children, of whom 193 received corticosteroids and 284 did not.",
     "RetrospectiveCohortDesign", 477),
    # blindtest426 hu03: "A pivotal randomised trial established ..." is another paper's
    ("Switching tocilizumab from intravenous to subcutaneous", "A pivotal randomised trial "
     "established that subcutaneous tocilizumab is not inferior to intravenous tocilizumab. We "
     "reviewed the records of 314 patients retrospectively.", "RetrospectiveCohortDesign", 314),
    # blindtest428 hw04: "Randomised trials established tocilizumab ..." are others'
    ("ICHIBAN: tocilizumab in everyday practice", "Randomised trials established tocilizumab for "
     "rheumatoid arthritis, but trial populations are selected. ICHIBAN was a prospective, "
     "multi-centre, non-interventional study; 3164 patients were enrolled.",
     "ProspectiveCohortDesign", 3164),
    # blindtest426 hu04: the parent trial's allocation told in the pluperfect
    ("Sarilumab in rheumatoid arthritis: five years of an open-label extension", "In MOBILITY, "
     "adults had been randomly allocated to placebo or sarilumab. In this open-label extension, "
     "901 patients were followed prospectively.", "ProspectiveCohortDesign", 901),
]


ROUND_190_DESIGNS_AND_COUNTS = [
    # blindtest431 hz02: the six of the clinic's 149 "summarised here" are the series
    ("Macrophage activation syndrome as the first presentation of systemic JIA: outcome in six "
     "children", "We went back through the hospital records of the 149 children with SJIA whom we "
     "followed between 2011 and 2016. Six of them had MAS at disease onset, and their course "
     "and outcome are summarised here.", "CaseSeriesDesign", 6),
    # blindtest432 ia04: "the remaining 251 form the study cohort"; recruited and "seen at regular
    # follow-up visits" is a cohort followed forward
    ("Takayasu arteritis on immunosuppressive therapy: a single-centre cohort", "Patients were "
     "recruited at our clinics between 1998 and 2016 and seen at regular follow-up visits. Of 503 "
     "patients seen in the study period, 252 were left out because their follow-up was shorter "
     "than 12 months; the remaining 251 form the study cohort.", "ProspectiveCohortDesign", 251),
    # blindtest433 ib03: "Between 1988 and 2013, Kawasaki disease was diagnosed in 245 children"
    # is the cohort; the 39 "of them" with coronary damage are a part
    ("Coronary lesions in Kawasaki disease at a paediatric hospital", "We retrospectively "
     "reviewed the cardiology records of our hospital. Between October 1988 and December 2013, "
     "Kawasaki disease was diagnosed in 245 children (mean age 3.48 years). Coronary damage was "
     "present in 39 of them.", "RetrospectiveCohortDesign", 245),
    # blindtest408 hc05: "Twenty-eight of the 31 randomised patients ... finished part 3" is no
    # count of those enrolled; "In part 1, thirty-five patients ... received" is
    ("Canakinumab in the cryopyrin-associated periodic syndrome", "We ran a study in three parts, "
     "double-blind and placebo-controlled, with randomised withdrawal. In part 1, thirty-five "
     "patients with CAPS each received a single dose of canakinumab. Twenty-eight of the 31 "
     "randomised patients (90%) finished part 3 in remission.", "RandomizedTrialDesign", 35),
    # blindtest408 hc02: "three of the children are maintained on anakinra and three on
    # canakinumab", the only count
    ("Cryopyrin-associated periodic syndrome in Turkish children: our first experience",
     "Interleukin-1 blocking treatment was begun in all of the children at our clinic. At the time "
     "of writing three of the children are maintained on anakinra and three on canakinumab.",
     "CaseSeriesDesign", 6),
    # blindtest419 hn04: "Every Crimean Tatar child newly diagnosed with FMF ... was enrolled
    # (n = 18)"
    ("Colchicine in familial Mediterranean fever in Crimean Tatar children: a prospective study",
     "Every Crimean Tatar child newly diagnosed with FMF at the regional hospital was enrolled "
     "(n = 18). For comparison we used 40 FMF patients from Ankara.",
     "ProspectiveCohortDesign", 18),
]


ROUND_192_DESIGNS_AND_COUNTS = [
    # blindtest437 if03: "79 (43%) had an acute attack ...; these patients form the study group"
    ("How acute gout is treated on the wards: a chart review", "We carried out a retrospective "
     "review of the charts of hospitalized patients with gout. Among them, 79 (43%) had an acute "
     "attack of gout during the admission; these patients form the study group. Colchicine was "
     "the agent used most often (42 patients, 53%).", "RetrospectiveCohortDesign", 79),
    # blindtest437 if04: "90 of them could be reached and make up the present cohort"; the trial
    # "carried out 16.6 years earlier" and the "placebo-controlled trial cohort" of the title are
    # where the cohort came from, not the design
    ("Colchicine in Behcet's syndrome: a long-term look back at a placebo-controlled trial cohort",
     "The study population was the cohort of a double-blind, placebo-controlled colchicine trial "
     "carried out 16.6 years earlier. All 116 participants of that trial were sought out; 90 of "
     "them could be reached and make up the present cohort. We reviewed their records "
     "retrospectively.", "RetrospectiveCohortDesign", 90),
    # blindtest439 ih04: "The first ten were managed ... For the thirty patients admitted after
    # them we changed the approach"
    ("Abatacept and ruxolitinib in checkpoint-inhibitor myocarditis", "This was a prospective "
     "study at one centre. The first ten were managed as the guidelines advise. For the thirty "
     "patients admitted after them we changed the approach. In the later group, 26 eligible "
     "patients received abatacept.", "ProspectiveCohortDesign", 40),
    # blindtest440 ii03: "Sixteen patients (36.4%) had no relapse ...; the other 28 (63.6%) still
    # had attacks"; "the 26 patients followed for at least 6 months" are a part
    ("Interferon alfa-2a in Behcet uveitis: a retrospective review", "We went back through the "
     "charts of every patient who started interferon at our clinic. Sixteen patients (36.4%) had "
     "no relapse while on treatment; the other 28 (63.6%) still had attacks of uveitis. Among the "
     "26 patients followed for at least 6 months before and after, attacks fell.",
     "RetrospectiveCohortDesign", 44),
]


ROUND_194_DESIGNS_AND_COUNTS = [
    # blindtest443 il02: "319 patients with rheumatic diseases were given TNF blockers ...; adult
    # Still's disease accounted for 1.9 % of them" is the pool the six came from
    ("Switching TNF blockers in refractory adult Still's disease", "Over a three-year period, 319 "
     "patients with rheumatic diseases were given TNF blockers in our infusion centre; adult "
     "Still's disease accounted for 1.9 % of them. We describe six new patients with refractory "
     "adult Still's disease.", "CaseSeriesDesign", 6),
    # blindtest447 ip03: "comprised 111 patients, 56 with DM and 55 with PM, and every one of them
    # had been treated": the parts of the 111
    ("Interstitial pneumonitis in dermatomyositis and polymyositis", "We retrospectively reviewed "
     "the charts. The series comprised 111 patients, 56 with DM and 55 with PM, and every one of "
     "them had been treated with prednisolone.", "RetrospectiveCohortDesign", 111),
    # blindtest446 io04: "The registry holds 59 patients (n = 59), and all of them were surveyed";
    # "fifty patients reported ..." are a part
    ("Long-term follow-up of PFAPA: a registry cohort", "Every patient enrolled in our registry "
     "was traced and surveyed retrospectively. The registry holds 59 patients, and all of them "
     "were surveyed. Fifty patients reported that their symptoms had resolved.",
     "RetrospectiveCohortDesign", 59),
    # blindtest442 ik02: "We describe our two patients" over a journal line's "Case reports &
    # literature review"
    ("Tacrolimus in TAFRO syndrome", "Medicine · Case reports & literature review. We describe "
     "our two patients with TAFRO syndrome in whom tacrolimus proved effective.",
     "CaseSeriesDesign", 2),
]


ROUND_198_DESIGNS_AND_COUNTS = [
    # blindtest454 iw04: "the remaining twelve entered the induction period"
    ("Secukinumab in generalized pustular psoriasis", "This was a phase III, open-label, "
     "single-arm study. Fifteen patients were screened; three were screen failures, and the "
     "remaining twelve entered the induction period and received the study drug. Two patients who "
     "did not respond had their dose raised.", "ProspectiveCohortDesign", 12),
    # blindtest457 iz04: "Eighty-one patients were assigned to plasma exchange, while the
    # remaining 17 stayed on their medical treatment alone"
    ("Plasmapheresis and quality of life in myasthenia gravis", "Adults with myasthenia gravis "
     "were recruited prospectively. Eighty-one patients were assigned to five sessions of plasma "
     "exchange (TPE group), while the remaining 17 stayed on their medical treatment alone and "
     "served as controls.", "ProspectiveCohortDesign", 98),
]


ROUND_200_DESIGNS_AND_COUNTS = [
    # blindtest461 jd03: "Pooled data from clinical trials, covering more than 4000 trial
    # patients" are others'; "The analysis covered 277 patients" is the paper's
    ("Tocilizumab and neutropenia in everyday practice", "Pooled data from clinical trials, "
     "covering more than 4000 trial patients, suggested that such falls are seldom followed by "
     "infection. In this retrospective study we reviewed the records of all patients treated at "
     "one hospital. The analysis covered 277 patients.", "RetrospectiveCohortDesign", 277),
    # blindtest464 jg02: a series the sentence cites ("In a retrospective multicentre series of
    # 130 cases ... encephalitis [1]") is another paper's
    ("Tocilizumab in NORSE: two patients", "In a retrospective multicentre series of 130 cases "
     "collected in 13 academic hospitals, about half of NORSE cases stayed cryptogenic [1]. We "
     "describe two patients treated with tocilizumab.", "CaseSeriesDesign", 2),
]


ROUND_202_DESIGNS_AND_COUNTS = [
    # blindtest466 ji05: "Of the 174 screened children, 73 had already been given corticosteroids
    # before they could be randomised" counts those screened, and "Eight randomised children were
    # not included in the final analysis" those left out; "57 were randomised" is the trial's
    ("Hydrocortisone in children with septic shock: a randomised trial", "Screening identified 174 "
     "children who were potentially eligible; 101 of them fulfilled all eligibility criteria, and "
     "57 were randomised. Of the 174 screened children, 73 (42%) had already been given "
     "corticosteroids before they could be randomised. Eight randomised children were not "
     "included in the final analysis.", "RandomizedTrialDesign", 57),
]

ROUND_206_DESIGNS_AND_COUNTS = [
    # blindtest476 js04 and blindtest477 jt04: a randomised comparison the paper calls for is no
    # design of its own
    ("Pulse methylprednisolone in severe purpura nephritis", "On that basis 38 children with "
     "severe nephritis were entered into the prospective study. No control group was included. "
     "A randomised comparison of several hundred children would be needed to settle the "
     "question.", "ProspectiveCohortDesign", 38),
    # blindtest473 jp04: "A placebo-controlled trial, with enough patients ..., is the obvious
    # next step"
    ("Immunoglobulin in viral cardiomyopathy", "Design: prospective, single-centre, open pilot "
     "study without a control group. Seventeen patients were enrolled. A placebo-controlled "
     "trial, with enough patients to detect a difference of a few ejection-fraction points, is "
     "the obvious next step.", "ProspectiveCohortDesign", 17),
    # blindtest472 jo03: the men and women of "Seventeen of the 133 patients (12.8%) had ..." are
    # that part's, not the cohort
    ("Systemic inflammatory polyarticular gout", "This was a retrospective analysis. We reviewed "
     "the records of consecutive new patients with gout, all of whom met the 2015 ACR/EULAR "
     "classification criteria; 133 patients (14 of them women) were analysed. Seventeen of the "
     "133 patients (12.8%) had a polyarticular attack and met the SIRS criteria: 15 men and 2 "
     "women, mean age 73.2 years.", "RetrospectiveCohortDesign", 133),
    # blindtest477 jt05: a table's Total column already sums the arms ("Randomised | 18 | 18 |
    # 36"), not 72
    ("Prednisone or tamoxifen to maintain remission: an open-label randomised controlled trial",
     "Those in remission were then randomly allocated (1:1) to prednisone or tamoxifen.\n\n"
     "Stage\tPrednisone\tTamoxifen\tTotal\nRandomised\t18\t18\t36\n\nRelapses were fewer with "
     "prednisone.", "RandomizedTrialDesign", 36),
]

ROUND_207_DESIGNS_AND_COUNTS = [
    # blindtest480 jw05: "two arms of thirty-four patients each" are 68 patients, not 34
    ("Pentoxifylline or prednisolone for severe alcoholic hepatitis: a double-blind randomised "
     "comparison", "Patients with severe alcoholic hepatitis were allocated at random to one of "
     "two arms of thirty-four patients each: group I took pentoxifylline and group II took "
     "prednisolone.", "RandomizedTrialDesign", 68),
    # blindtest482 jy05: the 80 a trial "had aimed to recruit" over the table's 25 randomised
    ("Anakinra in intracerebral haemorrhage: a randomised trial", "This double-blind trial "
     "randomly allocated patients to anakinra or to a matching placebo. The trial had aimed to "
     "recruit 80 participants, but fewer were enrolled.\n\nArm\tRandomised\tSerious adverse "
     "events\nAnakinra\t14\t10\nPlacebo\t11\t2\nTotal\t25\t12\n\nOedema did not differ.",
     "RandomizedTrialDesign", 25),
]

ROUND_210_DESIGNS_AND_COUNTS = [
    # blindtest492 ki03: "None of the five children treated with hydroxychloroquine had a
    # recurrence" counts none of the population
    ("Kikuchi-Fujimoto disease in children: a retrospective study", "We went back through the "
     "charts of every child in whom the disease was diagnosed at one centre. Twenty boys and "
     "twenty girls had biopsy-proven disease. None of the five children treated with "
     "hydroxychloroquine had a recurrence.", "RetrospectiveCohortDesign", 40),
    # blindtest491 kh03: "these sixteen make up the study group"
    ("Corticosteroids for colitis in chronic granulomatous disease: a retrospective study",
     "Thirty-five patients with the disease were followed at our centre. Sixteen of them had "
     "colitis confirmed by colonoscopy and histology, and these sixteen make up the study group.",
     "RetrospectiveCohortDesign", 16),
    # blindtest495 kl03: two groups, the first "set against" the second
    ("Rituximab versus cyclophosphamide in EGPA: a retrospective study", "Fourteen patients with "
     "EGPA who had received rituximab were set against 14 patients of the same age and sex who "
     "had been given cyclophosphamide to induce remission.", "RetrospectiveCohortDesign", 28),
    # blindtest492 ki06: a title that opens on a consensus is its authors' review
    ("Consensus recommendations for diagnosing and managing Rosai-Dorfman-Destombes disease",
     "Rosai-Dorfman-Destombes disease is an uncommon histiocytosis. Although more than 1000 "
     "reports exist, there has been no agreed approach. Treatment options are discussed.",
     "NarrativeReviewDesign", None),
]

ROUND_212_DESIGNS_AND_COUNTS = [
    # blindtest500 kq02: the patients by sex, the noun said once
    ("Colchicine in myocarditis after vaccination: a case series", "Four male and two female "
     "patients, all previously healthy, were admitted after the second dose of the vaccine with "
     "fever and a rise in troponin.", "CaseSeriesDesign", 6),
    # blindtest500 kq03: those who met the definition and the remaining ones who did not
    ("Immunoglobulin in cerebral venous thrombosis after vaccination: a retrospective study",
     "Clinicians submitted cases of cerebral venous sinus thrombosis that followed vaccination. "
     "Seventy of the patients with post-vaccination thrombosis met the definition and the "
     "remaining 25 did not.", "RetrospectiveCohortDesign", 95),
]

ROUND_214_DESIGNS_AND_COUNTS = [
    # blindtest496 km06: a subtitle naming a practical review (a randomised trial it cites is not
    # its design)
    ("Managing the immune reconstitution inflammatory syndrome in HIV: a practical review",
     "Corticosteroids have been used for severe IRIS, and a randomised controlled trial has shown "
     "that prednisone reduces morbidity in paradoxical tuberculosis-associated IRIS.",
     "NarrativeReviewDesign", None),
    # blindtest499 kp02: the patients in two parts after "of them", the whole never counted (not
    # the findings "two had fever, two had ... and two had ..." summed)
    ("Neutrophilic dermatosis of the dorsal hands: our own patients",
     "We describe the patients we saw with pustular plaques on the dorsal hands. In three of them "
     "the skin was also involved elsewhere; in the remaining two the eruption stayed on the "
     "hands. Systemic signs were inconsistent: two patients had fever, two had a leukocytosis, "
     "and two had a raised erythrocyte sedimentation rate.", "CaseSeriesDesign", 5),
    # blindtest500 kq04: two groups "classed as" and named the study population
    ("Outcomes of vaccine-induced thrombocytopenia and thrombosis: a prospective cohort study",
     "Of 294 patients whose cases were evaluated, 170 were classed as definite and 50 as probable "
     "VITT; these two groups form the study population.", "ProspectiveCohortDesign", 220),
    # blindtest501 kr05: a trial whose table row counts those "randomised and analysed" per arm
    ("Stress-dose hydrocortisone for shock after cardiac arrest: a randomised, double-blind, "
     "placebo-controlled trial", "Patients were assigned to hydrocortisone or to placebo.\n\n"
     "Outcome\tHydrocortisone\tPlacebo\tP\nRandomised and analysed (n)\t25\t25\t\nShock "
     "reversal\t52%\t60%\t0.57\n\nTime to shock reversal did not differ.",
     "RandomizedTrialDesign", 50),
]

ROUND_215_DESIGNS_AND_COUNTS = [
    # blindtest502 ks03: the cohort made up of two groups, the whole never counted
    ("Rectal indomethacin in unselected and low-risk patients: a single-institution cohort",
     "We carried out a retrospective cohort study of patients who underwent ERCP. The cohort was "
     "made up of 1055 patients who received rectal indomethacin and 1183 who did not.",
     "RetrospectiveCohortDesign", 2238),
    # blindtest513 ld03: ... by sex with their shares; "for twelve people" is no total
    ("Mycophenolate for recalcitrant morphea: a multicentre retrospective cohort", "The cohort "
     "was made up of 61 women (79%) and 16 men (21%). Mycophenolate was the first treatment for "
     "twelve people; the other 65 received it after an earlier treatment had failed.",
     "RetrospectiveCohortDesign", 77),
    # guard: the whole and its parts by sex
    ("Tocilizumab in giant cell arteritis: a retrospective cohort", "The cohort comprised 120 "
     "patients, 70 women and 50 men, all given tocilizumab.", "RetrospectiveCohortDesign", 120),
    # blindtest503 kt05: two cohorts, each "of N patients"
    ("Dexamethasone prophylaxis of delayed neurotoxicity after cilta-cel: a retrospective study",
     "Outcomes were analysed for two groups: a historical cohort of 230 patients treated from "
     "February 2022 to November 2024, and a new cohort of 102 patients treated from December "
     "2024 to May 2025.", "RetrospectiveCohortDesign", 332),
    # blindtest512 lc05: one group's size allocated "to each of the four groups"
    ("Interleukin-6 inhibition with ziltivekimab in chronic kidney disease: a randomised trial",
     "Recruitment closed on 14 January 2020; sixty-six participants had by then been randomly "
     "allocated to each of the four groups.", "RandomizedTrialDesign", 264),
    # blindtest507 kx03: a finding present in one group and absent in the other
    ("Giant cell arteritis with vertebral artery involvement: a retrospective study", "We looked "
     "back at all patients diagnosed with GCA in our department. Involvement was present in 29 "
     "patients and absent in 48. Six patients also received methotrexate and five received "
     "tocilizumab.", "RetrospectiveCohortDesign", 77),
    # blindtest509 kz03: the patients by sex after the verb that found them
    ("IgA vasculitis in adults: a retrospective chart review", "Over the three years, 205 new "
     "cases of vasculitis were seen. IgAV was confirmed on histology in 42 men and 29 women. "
     "Fifty-two patients were given systemic glucocorticoids, and ten needed further "
     "immunosuppression: cyclophosphamide in nine and mycophenolate in one.",
     "RetrospectiveCohortDesign", 71),
    # blindtest513 ld06: the journal's section label "Special Review:" (a pilot study it cites is
    # not its design)
    ("Interleukin-6 blockade in systemic sclerosis: what it offers now", "Special Review: IL-6 "
     "inhibitor\n\nThree lines of evidence point that way, among them the results of a pilot "
     "study of an antibody against the interleukin-6 receptor.", "NarrativeReviewDesign", None),
]


ROUND_216_DESIGNS_AND_COUNTS = [
    # blindtest520 lk04: a historical cohort assembled "for comparison" is not the population
    ("Anakinra in amyotrophic lateral sclerosis: an open pilot study", "This was an open, "
     "single-arm pilot study. Seventeen patients with ALS received anakinra 100 mg subcutaneously "
     "once a day for one year. For comparison we assembled a historical cohort of 47 patients "
     "who met the same enrolment criteria.", "ProspectiveCohortDesign", 17),
    # blindtest521 ll02: a count and "a further" one, the noun left out of the second
    ("NMDAR antibodies in patients first seen by psychiatric services: a case series",
     "We went back through the charts of every patient with a positive antibody.\n\nResults. "
     "Twenty-four patients had a positive antibody in serum or CSF, and a further three had an "
     "equivocal serum result. Most of these patients (N = 17) were treated successfully with "
     "immunomodulatory therapy.", "CaseSeriesDesign", 27),
    # blindtest521 ll05: allocated to three groups "of 20", noun and "each" left out
    ("Add-on aspirin in schizophrenia: a triple-blind randomised clinical trial", "Patients were "
     "allocated at random, using a table of random numbers, to three groups of 20: intervention "
     "1, intervention 2 and control.", "RandomizedTrialDesign", 60),
    # blindtest522 lm02: the parts by centre after the colon that follows the centres, before a
    # later subgroup's whole ("five of the eleven patients who received them")
    ("Scleritis in two Dutch centres: a retrospective case series", "DESIGN Retrospective case "
     "series. We went back through the clinical records of every patient diagnosed with "
     "scleritis at the University Medical Centers of Groningen and Utrecht, The Netherlands: 64 "
     "patients from Groningen and 40 from Utrecht. Tumor necrosis factor inhibitors led to "
     "success fastest, although only in five of the eleven patients who received them.",
     "CaseSeriesDesign", 104),
    # blindtest524 lo03: the count that makes up the study group, in a sentence whose literature
    # words come only after it
    ("Adenosine deaminase 2 deficiency in Chinese children: a case series", "RESULTS. Seven "
     "unrelated children from China with DADA2 make up the study group: five were diagnosed at "
     "our hospital, and two had been described before, one in a PubMed-indexed report and one in "
     "the Chinese literature. Two children whose disease began before 6 months of age grew "
     "poorly.", "CaseSeriesDesign", 7),
    # blindtest516 lg03: twenty treated compared "with twenty control patients"
    ("Tocilizumab with corticosteroids in cancer cachexia: a single-centre retrospective study",
     "This single-centre retrospective study compared twenty patients who had been treated with "
     "tocilizumab with twenty control patients matched for age, sex and comorbidities.",
     "RetrospectiveCohortDesign", 40),
    # blindtest517 lh04: two parts under the population's label, the noun left out of the second
    ("Red cell exchange in sickle cell anaemia: a prospective observational study", "Methods: a "
     "prospective, observational study at one hospital.\n\nWho took part: fourteen children "
     "were new to exchange treatment and seventeen were already established in a chronic "
     "programme; median age was 10 years.", "ProspectiveCohortDesign", 31),
    # blindtest519 lj05: each arm's whole behind its part, the total never stated
    ("Prednisolone for severe drug-induced liver injury: a prospective randomized controlled "
     "study", "Patients were randomly assigned to prednisolone or placebo. By day 8 the primary "
     "endpoint had been reached by 34 of the 67 patients allocated to prednisolone (50.7%) and "
     "by 18 of the 68 controls (26.5%), p=0.002.", "RandomizedTrialDesign", 135),
    # guards: a flow under the population's label is no two parts (blindtest95 b501); the sites
    # counted after a colon are no parts of the population (blindtest157 l705)
    ("Subcutaneous tocilizumab in giant cell arteritis: a phase III, double-blind, "
     "placebo-controlled trial", "PARTICIPANTS: Three hundred and sixty-three people were "
     "screened and two hundred and fifty-one were randomised.", "RandomizedTrialDesign", 251),
    ("Baricitinib versus dexamethasone for adults hospitalised with COVID-19: a randomised, "
     "double-blind trial", "Adults who needed supplemental oxygen were enrolled at 67 sites: 60 "
     "in the USA, two each in South Korea, Mexico and Singapore, and one in Japan. In all, 1010 "
     "patients were randomised.", "RandomizedTrialDesign", 1010),
    # Round 218, blindtest528 ls03: the groups compared, each sized after the colon
    ("Engraftment syndrome after haploidentical transplantation: a retrospective cohort",
     "The data were collected retrospectively. Two groups were compared: 516 patients who "
     "received a haploidentical transplant and 393 patients who received a transplant from an "
     "HLA-identical sibling.", "RetrospectiveCohortDesign", 909),
    # blindtest526 lq03: a count bracketed with its share is a part, no population (the eleven
    # "found" to have it are still not read: no count rather than a wrong one)
    ("Neurosarcoidosis in a population-based cohort: a retrospective study", "We reviewed the "
     "records retrospectively. Neurological involvement was found in eleven patients. The "
     "commonest form was cranial neuropathy (five patients; 45%).", "RetrospectiveCohortDesign",
     None),
    # blindtest520 lk03: 1:1 matched pairs, when nothing else counts the patients
    ("Targeted antirheumatic drugs and the risk of dementia: a retrospective cohort study",
     "We used existing claims data in a retrospective cohort study. Matching 1:1 to abatacept "
     "initiators produced 22 569 propensity score-matched pairs.", "RetrospectiveCohortDesign",
     45138),
]

ROUND_220_DESIGNS_AND_COUNTS = [
    # blindtest535 lz05: "to each group", the groups counted in another sentence
    ("Dexamethasone for sore throat in children with suspected infectious mononucleosis: a "
     "randomized, double-blind, placebo-controlled trial", "They were allocated at random to a "
     "single oral dose of dexamethasone or to a placebo. Results Twenty children were recruited "
     "to each group; their mean age was 13.5 years. Later the two arms converged.",
     "RandomizedTrialDesign", 40),
]

ROUND_222_DESIGNS_AND_COUNTS = [
    # blindtest542 mg05: an earlier review cited in a trial's background is no design of its own
    ("Randomized controlled trial of rituximab in patients with Graves' orbitopathy", "Several "
     "case series and a 2013 literature review suggested that it may help patients with GO. We "
     "enrolled twenty five patients with active GO.", "RandomizedTrialDesign", 25),
    # blindtest538 mc03: veterans are patients
    ("Corticosteroids and survival in severe alcohol-associated hepatitis: a national veterans "
     "cohort", "We used national records retrospectively. Over the study period 2,618 veterans "
     "were admitted with severe AH.", "RetrospectiveCohortDesign", 2618),
    # blindtest540 me03: the events reviewed, then the patients they occurred in
    ("Plasma exchange for spinal attacks of neuromyelitis optica: a retrospective study",
     "METHODS We reviewed 96 severe spinal attacks that occurred in 43 Afro-Caribbean patients "
     "with relapsing neuromyelitis optica.", "RetrospectiveCohortDesign", 43),
    # blindtest539 md03: every case gathered, their number after a comma
    ("PLA2R and the response of idiopathic membranous nephropathy: a retrospective cohort",
     "METHODS In this retrospective multicentre cohort study we collected every biopsy-proven "
     "case of IMN seen at the two hospitals over the previous five years, 91 in all. Forty-five "
     "patients had been treated with prednisone plus cyclophosphamide and 46 with prednisone "
     "plus a calcineurin inhibitor.", "RetrospectiveCohortDesign", 91),
    # blindtest542 mg04: two parts by what each had been given before
    ("Teprotumumab in thyroid eye disease: an open-label extension", "Thirty-seven entrants had "
     "been given placebo in OPTIC and fourteen had been given teprotumumab; all of them now "
     "received 8 infusions of teprotumumab.", "ProspectiveCohortDesign", 51),
    # blindtest538 mc02: "these twelve form the series", part of the patients cared for
    ("Invasive mycosis in alcoholic hepatitis treated with corticosteroids: a case series",
     "We reviewed, retrospectively, the course of ICU patients with histologically proven AH. "
     "Over the period studied, 120 patients with liver cirrhosis were cared for on the unit; in "
     "twelve of them AH had been proven on histology during the ICU stay, and these twelve form "
     "the series.", "CaseSeriesDesign", 12),
]

ROUND_224_DESIGNS_AND_COUNTS = [
    # blindtest545 mj05: a number word after a colon, its "and" no opening of its own
    ("Ixekizumab in radiographic axial spondyloarthritis after TNF inhibitors: a randomised "
     "trial", "Design: randomized, double-blind, placebo-controlled. Participants: three hundred "
     "and sixteen underwent randomization, 104 to placebo, 98 to one dose and 114 to the other.",
     "RandomizedTrialDesign", 316),
    # blindtest547 ml03: "the cohort comprised" a number word broken after its tens
    ("Mycophenolate in autoimmune hepatitis: a retrospective review", "Methods: we carried out a "
     "retrospective review of the records of patients with AIH. Results: The cohort comprised "
     "one hundred and twenty-\neight patients with AIH. In all, 29 patients were given MMF.",
     "RetrospectiveCohortDesign", 128),
    # blindtest547 ml04: the patients who took the drug
    ("Budesonide in primary sclerosing cholangitis: an open single-group study", "This open, "
     "single-group study was prospective. Methods: Twenty-one patients with PSC took oral "
     "budesonide, 9 mg a day, for one year. Two patients had to be assessed for liver "
     "transplantation while on the drug.", "ProspectiveCohortDesign", 21),
    # blindtest548 mm01: "a woman aged 37" is the case report's one patient, not the series of
    # more than 90 patients the discussion cites
    ("Tofacitinib in alopecia totalis: case report", "A caucasian woman aged 37 was sent to "
     "the dermatology unit because she had lost all her scalp hair. Its effect was first noticed "
     "by others, and retrospective series of more than 90 patients and clinical trials have "
     "followed.", "CaseReportDesign", 1),
    # blindtest549 mn04: data collected within an ongoing longitudinal observational study
    ("Rituximab in stiff person syndrome spectrum disorders", "Rituximab has been given for many "
     "autoimmune conditions. Methods: Demographic and clinical information on 235 people with "
     "SPSD seen at one centre was collected within an ongoing longitudinal observational study. "
     "Results: Sixty-nine of the 235 had received rituximab; sixty-three of them met the "
     "inclusion criteria and were analysed.", "ProspectiveCohortDesign", 63),
]

ROUND_226_DESIGNS_AND_COUNTS = [
    # blindtest550 mo03: two groups "of them", the first with its dose after a comma
    ("Long-term remissions after interferon-alpha in Behcet's disease: a retrospective follow-up",
     "Methods: We looked back at the course of the patients with Behcet's disease treated in "
     "1995. Twenty of them had been treated successfully with interferon, 9 million IU per day, "
     "and sixteen had received oral colchicine, 1.5 mg per day.", "RetrospectiveCohortDesign",
     36),
    # blindtest552 mq03: a page's running head opening with its page number cuts a sentence
    # whose last word runs on below it; "entered the comparison"
    ("Budesonide versus systemic corticosteroids in IgA nephropathy: a retrospective comparison",
     "This was a retrospective study. Our department follows a cohort of 143 patients with "
     "IgAN; 21 of them had been given budesonide. We paired eighteen of them with eighteen given "
     "steroids, so that thirty-six patients entered the\n\n2   Ismail et al. · Budesonide in "
     "IgAN   Medicine\n\ncomparison. Renal function declined less.",
     "RetrospectiveCohortDesign", 36),
    # blindtest552 mq05: a part "of them", a clause about them, then randomised
    ("Mycophenolate in IgA nephropathy: a placebo-controlled randomised trial", "In a run-in, 94 "
     "patients received lisinopril for 3 months. Fifty-two of them, whose proteinuria stayed "
     "above the threshold, were then randomly assigned to MMF or placebo.",
     "RandomizedTrialDesign", 52),
    # blindtest553 mr04: evaluated prospectively, set against historical controls
    ("Combined immunosuppression in anti-MDA5 dermatomyositis", "We therefore evaluated, "
     "prospectively, a combined regimen given from the start. Survival was compared with a "
     "historical control group of fifteen patients. Twenty-nine patients entered the study.",
     "ProspectiveCohortDesign", 29),
    # blindtest554 ms04: assigned in alternation, not at random, in everyday practice
    ("ACTH versus indomethacin in acute gout", "We wished to compare the two in everyday "
     "practice. One hundred men with acute gout entered the study and were assigned to the two "
     "treatments in alternation, not at random.", "ProspectiveCohortDesign", 100),
    # blindtest551 mp04: enrolled and followed prospectively, its source titled a case series
    ("Low-dose mepolizumab in EGPA", "Methods: Eight adults with active EGPA were enrolled and "
     "followed prospectively through 12 months of mepolizumab. Source: a letter, 'Low-dose "
     "mepolizumab in EGPA: a case series'.", "ProspectiveCohortDesign", 8),
]

ROUND_227_DESIGNS_AND_COUNTS = [
    # blindtest556 mu02: "a hundred and one", not "one patients"
    ("Tocilizumab and methotrexate in polymyalgia rheumatica: a case series", "A hundred and "
     "one patients with an initial diagnosis of PMR were followed for at least one year.",
     "CaseSeriesDesign", 101),
    # blindtest556 mu03: those the exclusions left, by sex
    ("Isolated polymyalgia rheumatica: a retrospective cohort", "This was a retrospective cohort "
     "study. We screened the medical records of 39 patients with polymyalgia rheumatica. Patients "
     "with giant cell arteritis were excluded, which left sixteen women and three men for the "
     "analysis.", "RetrospectiveCohortDesign", 19),
    # blindtest558 mw02: a series sized in its name
    ("Tralokinumab in severe atopic dermatitis: real-life case series", "We describe a "
     "five-patient series from routine practice: adults with severe AD who had stopped "
     "dupilumab.", "CaseSeriesDesign", 5),
    # blindtest560 my03: those given a treatment and those not
    ("Immunosuppression in inflammatory cardiomyopathy: a retrospective registry analysis", "We "
     "examined, retrospectively, the registry. One hundred and ten of them (53 %) had been given "
     "immunosuppressive therapy and ninety-nine (47 %) had not. Matching left 90 patients in "
     "each arm.", "RetrospectiveCohortDesign", 209),
    # blindtest560 my05: a part "of them, all with ...," randomised
    ("Immunosuppression in inflammatory dilated cardiomyopathy: a randomized, placebo-controlled "
     "study", "We screened 202 people with dilated cardiomyopathy; 84 of them, all with increased "
     "HLA expression on biopsy, were randomized to immunosuppression or to placebo.",
     "RandomizedTrialDesign", 84),
    # blindtest561 mz05: in a trial, those randomised over an earlier count "in all"
    ("Hydroxychloroquine in primary antiphospholipid syndrome: an open-label randomised pilot "
     "study", "Titres were also followed in 15 antibody carriers, so that 65 people contributed "
     "titre data in all. Fifty people with primary antiphospholipid syndrome were randomised.",
     "RandomizedTrialDesign", 50),
]

ROUND_241_DESIGNS_AND_COUNTS = [
    # blindtest596 oi03: the part of a registry's whole that forms the study population
    ("Aspirin and prednisolone in tuberculous meningitis: a retrospective cohort",
     "We reviewed the records retrospectively. Of the 153 patients with TBM in the hospital "
     "registry, 135 form the study population, with groups of 44, 50 and 41.",
     "RetrospectiveCohortDesign", 135),
    # blindtest597 oj05: those randomly assigned after those screened, with a long qualifier
    ("Hydroxychloroquine for hand osteoarthritis: the HERO randomised trial",
     "Randomised, double-blind, placebo-controlled trial. Participants: Three hundred and sixteen "
     "patients were screened; 248 with symptomatic hand osteoarthritis (pain of at least 4 on a "
     "0-10 visual analogue scale) and radiographic changes were randomly assigned, 82% of them "
     "women.", "RandomizedTrialDesign", 248),
    # blindtest593 of05: the count a patient flow arrives at
    ("Naproxen or aspirin for the arthritis of rheumatic fever: a randomized equivalence trial",
     "A prospective, randomized, open-label equivalence study. Between 1999 and 2001, 51 "
     "patients with RF were evaluated. Eighteen were excluded. Thirty-three were therefore "
     "randomized.", "RandomizedTrialDesign", 33),
    # blindtest595 oh02: "The patient was a man of 57 who came to hospital"
    ("Multisystem inflammatory syndrome in an adult after an mRNA COVID-19 vaccine, settled with "
     "steroids and colchicine", "The patient was a man of 57 who came to hospital with fever, "
     "headache and vomiting 24 days after his second dose.", "CaseReportDesign", 1),
]

ROUND_239_DESIGNS_AND_COUNTS = [
    # blindtest586 ny04: consecutive patients seen at the institution, counted by diagnosis after
    # a colon (the first diagnosis with a comma of its own)
    ("Distinguishing IgG4-related disease from multicentric Castleman disease: which features "
     "matter?", "Methods: We included consecutive patients seen at our institution between "
     "January 2000 and August 2016: 45 with untreated, active IgG4-related disease and 33 with "
     "multicentric Castleman disease.", "RetrospectiveCohortDesign", 78),
    # blindtest588 oa02: the authors' own patients with the literature beside them
    ("Infliximab in parenchymal neuro-Behcet disease: responding patients and a look at the "
     "literature", "Treatment is still empirical. We therefore describe eight patients with "
     "Behcet disease, all of whom responded well to infliximab, and we review the relevant "
     "literature.", "CaseSeriesDesign", 8),
    # blindtest589 ob03: two groups by route, the second's verb left out
    ("Oral or intravenous cyclophosphamide in ANCA-associated vasculitis: a retrospective cohort",
     "We reviewed the records retrospectively. Results: Fifty-seven patients had received the "
     "oral route and fifty-seven the intravenous route.", "RetrospectiveCohortDesign", 114),
]

ROUND_237_DESIGNS_AND_COUNTS = [
    # blindtest581 nt04: "a half-dozen" is a count
    ("Autoimmune GFAP astrocytopathy: a prospective single-centre cohort",
     "Patients entered in the registry were followed prospectively. Results: a half-dozen "
     "patients took part, with a mean age of 62 years. Three patients had a malignancy and one "
     "had systemic sarcoidosis.", "ProspectiveCohortDesign", 6),
    # blindtest582 nu04: two named groups, the second's verb left out
    ("Adalimumab in Vogt-Koyanagi-Harada disease: a prospective cohort",
     "Patients were followed prospectively. Results: Nineteen patients (38 eyes) made up the CT "
     "group and eleven patients (22 eyes) the SGF group.", "ProspectiveCohortDesign", 30),
    # blindtest580 ns03: the part of those admitted that met the criteria
    ("Ciclosporin in Stevens-Johnson syndrome: a prospective cohort",
     "We followed the patients prospectively. Between March 2005 and September 2007, 45 "
     "consecutive patients were admitted with SJS/TEN; of these, twenty-nine met the inclusion "
     "criteria and were enrolled.", "ProspectiveCohortDesign", 29),
]

ROUND_233_DESIGNS_AND_COUNTS = [
    # blindtest578 nq03: groups that add up to fewer than the population counted before them
    ("Does B-cell depleting therapy help in tumefactive multiple sclerosis? A two-hospital "
     "retrospective cohort", "We carried out a retrospective cohort study. Sixty-seven adults "
     "with tumefactive multiple sclerosis were identified. Thirty-six received B-cell depleting "
     "therapy; six received another high-efficacy therapy; and 18 received a low-efficacy drug.",
     "RetrospectiveCohortDesign", 67),
    # blindtest577 np03: the patients counted by diagnosis, the whole never stated
    ("Chikungunya in patients with rheumatic disease on biologic drugs: a retrospective cohort",
     "We reviewed the records retrospectively. We evaluated 84 people with rheumatoid arthritis, "
     "17 with ankylosing spondylitis and 4 with psoriatic arthritis.",
     "RetrospectiveCohortDesign", 105),
]

ROUND_231_DESIGNS_AND_COUNTS = [
    # blindtest568 ng05: the results of a randomised trial, in the title, whatever its open-label
    # period another line names
    ("Inebilizumab versus placebo in neuromyelitis optica: end-of-study results of a double-blind "
     "randomised trial with an open-label extension", "We also report the open-label period of "
     "the trial. In all, 230 participants were randomly assigned to inebilizumab or placebo.",
     "RandomizedTrialDesign", 230),
]

ROUND_229_DESIGNS_AND_COUNTS = [
    # blindtest567 nf05: recruited to each arm, the title comparing two treatments
    ("Mycophenolate mofetil versus methotrexate for active Takayasu arteritis: an open-label "
     "randomised trial", "Twenty-six adults were recruited to each arm. Of those assessed, 15 of "
     "21 in the MMF arm and 14 of 22 in the MTX arm responded.", "RandomizedTrialDesign", 52),
    # blindtest565 nd05: two cohorts each made up of a count
    ("Prophylactic tocilizumab with bispecific antibodies in myeloma: a retrospective analysis",
     "This was a retrospective single-centre analysis with a matched historical control group. "
     "Population: thirty-three patients made up cohort 1 and thirty-one made up cohort 2.",
     "RetrospectiveCohortDesign", 64),
    # blindtest565 nd02: a named trial's group of patients is not the authors' own
    ("Prophylactic tocilizumab with bispecific T-cell engagers: a single-centre experience",
     "We looked back at the records of patients who received bispecific antibodies. In the "
     "MajesTEC-1 study, 72.1% of patients had CRS, and in a group of 24 patients tocilizumab "
     "lowered the risk when it was given before the first step-up dose. Twenty-three patients "
     "were identified.", "RetrospectiveCohortDesign", 23),
]

ROUND_243_DESIGNS_AND_COUNTS = [
    # blindtest605 or03: parts by what brought each in, the verb and "with" said once
    ("Children in paediatric intensive care with COVID-19 or PIMS-TS: a national study",
     "A retrospective, multi-centre, observational study of national paediatric ICU admissions. "
     "Eighty-seven children were admitted with acute COVID-19 (68.5%), thirty-nine with PIMS-TS "
     "(30.7%) and one with myocarditis after a vaccine (0.8%).", "RetrospectiveCohortDesign", 127),
    # blindtest606 os02: ... or "from"
    ("Unrelated donor marrow transplantation for familial HLH: a case series",
     "We report a case series from one centre. Eight patients received marrow from a matched "
     "unrelated donor and four from a matched sibling.", "CaseSeriesDesign", 12),
    # blindtest598 ok05: controls a word or two describe are patients too (not healthy ones)
    ("HLA alleles and drug reactions to IL-1 inhibitors in Still's disease: a case-control study",
     "A multicentre case/control study. From several centres we gathered 66 patients with Still's "
     "disease who had a drug reaction and 65 drug-tolerant Still's controls, and we reviewed their "
     "records retrospectively.", "RetrospectiveCohortDesign", 131),
    ("HLA alleles in Still's disease: a case-control study",
     "A multicentre case/control study. We gathered 66 patients with Still's disease and 65 "
     "healthy blood-donor controls, and we reviewed their records retrospectively.",
     "RetrospectiveCohortDesign", 66),
]

ROUND_245_DESIGNS_AND_COUNTS = [
    # blindtest621 ph03: the patients divided into groups after a colon, each "who received ..."
    ("Rituximab maintenance in IgG4-related disease: a retrospective study",
     "We retrospectively reviewed the patients treated with rituximab. They were then divided into "
     "two groups: seven patients who received a further course only at relapse (group 1), and "
     "seven patients who were re-treated every 6 months (group 2).",
     "RetrospectiveCohortDesign", 14),
    # blindtest610 ow05: the part enrolled, its share in brackets after "of them"
    ("Rituximab for polymyalgia rheumatica: a randomised placebo-controlled trial",
     "A randomised, double-blind, placebo-controlled trial. In all, 116 patients were screened and "
     "49 of them (42%) were enrolled. Forty-seven completed the trial.",
     "RandomizedTrialDesign", 49),
]

ROUND_247_DESIGNS_AND_COUNTS = [
    # blindtest623 pj03: "Altogether 104 bone lesions": the sentence counts lesions, not patients
    ("Chronic recurrent multifocal osteomyelitis in children: a retrospective review",
     "We retrospectively reviewed the records. Thirty-four children were identified, 21 girls and "
     "13 boys. Altogether 104 bone lesions were found, a median of 3 per child, and six children "
     "had a single focus.", "RetrospectiveCohortDesign", 34),
    # blindtest627 pn03, pn05: as many counts after the colon as the groups announced before it
    ("Extraintestinal manifestations in inflammatory bowel disease: a retrospective study",
     "A retrospective single-centre study. Three groups of patients were included: 327 with "
     "Crohn's disease, 265 with ulcerative colitis and 27 with indeterminate colitis.",
     "RetrospectiveCohortDesign", 619),
    ("Vedolizumab and arthritis in Crohn's disease: a randomised, placebo-controlled trial",
     "A randomised, placebo-controlled trial. The analysis covered three treatment groups: 814 "
     "patients on vedolizumab throughout; 153 who received vedolizumab and then placebo; and 148 "
     "who received placebo only.", "RandomizedTrialDesign", 1115),
    # blindtest626 pm03: a second group by the first one's verb of treatment, said again
    ("TNF inhibitors in cardiac sarcoidosis: a retrospective cohort",
     "We reviewed the records retrospectively. Thirty patients received infliximab and eight "
     "received adalimumab (mean age 49.9 years).", "RetrospectiveCohortDesign", 38),
]

ROUND_249_DESIGNS_AND_COUNTS = [
    # blindtest630 pq03: the other sex after a clause on the first
    ("Corticosteroids in idiopathic hypereosinophilic syndrome: a retrospective cohort",
     "We retrospectively reviewed the records. Twenty women, who made up 61% of the group, and 13 "
     "men were included.", "RetrospectiveCohortDesign", 33),
    # blindtest633 pt02: a second group of another age joined by "together with"
    ("Switching TNF blockers in refractory uveitis: a case series",
     "We report a case series. Three adults were included, one each with sarcoidosis and "
     "ankylosing spondylitis, together with four children who had juvenile idiopathic arthritis.",
     "CaseSeriesDesign", 7),
]

ROUND_383_DESIGNS_AND_COUNTS = [
    # blindtest1173 zod03: a trial awaited "until" it has tested the results is no design of the
    # paper's
    ("Oral prednisolone in the acute phase of neuralgic amyotrophy: an observational study",
     "We looked back at fifty patients with NA who had been given prednisolone in the acute "
     "phase. We advise a course of oral prednisolone until a prospective, randomised trial has "
     "tested these results.",
     "RetrospectiveCohortDesign", 50),
    # blindtest1168 zpy06: "How I Treat" in the citation line is the review's genre
    ("Clin J Am Soc Nephrol 2019;14(6):911-913 · doi:10.2215/CJN.01920219 · How I Treat · "
     "Korbet SM\n\nManaging minimal change disease in adults",
     "Minimal change disease underlies idiopathic nephrotic syndrome in most children. Steroids "
     "remain the first treatment.",
     "NarrativeReviewDesign", None),
    # blindtest1172 zoc03: one sex of the patients and then the other
    ("Prednisone in HIV-positive adults with Stevens-Johnson syndrome: a retrospective cohort",
     "We reviewed the records of HIV-positive adults admitted with SJS. Thirty-two of the "
     "patients were women and four were men.",
     "RetrospectiveCohortDesign", 36),
]

ROUND_388_DESIGNS_AND_COUNTS = [
    # blindtest1169 zpz05: the second arm's treatment is two drugs joined by an en dash
    ("Prednisolone with or without itraconazole for allergic bronchopulmonary aspergillosis: a "
     "randomised trial",
     "Ninety-four participants were randomised to prednisolone alone and ninety-seven to the "
     "prednisolone\u2013itraconazole combination.",
     "RandomizedTrialDesign", 191),
]

ROUND_409_DESIGNS_AND_COUNTS = [
    # blindtest1331 zif05: "Group A was allocated twenty-two patients and group B twenty-one"
    ("Methylprednisolone injection for carpal tunnel syndrome: a randomised trial",
     "Patients were randomised to two injection sites. Group A was allocated twenty-two patients "
     "and group B twenty-one.",
     "RandomizedTrialDesign", 43),
    # blindtest1314 zjo05: a strength before each arm's form
    ("Pimecrolimus versus sertaconazole in seborrhoeic dermatitis: a randomised trial",
     "Thirty patients were allocated to pimecrolimus 1% cream and thirty to sertaconazole 2% "
     "cream, each applied to the face twice a day for 4 weeks.",
     "RandomizedTrialDesign", 60),
]

ROUND_425_DESIGNS_AND_COUNTS = [
    # blindtest1455 zez04: two cohorts, each sized where it is named, the second's verb left out
    ("Tocilizumab in COVID-19: two-year outcomes",
     "This prospective cohort study followed adults admitted with COVID-19 pneumonia. One hundred "
     "and fifty patients formed the TCZ cohort (32.8 %) and three hundred and seven the non-TCZ "
     "cohort (67.2 %).",
     "ProspectiveCohortDesign", 457),
]


ROUND_427_DESIGNS_AND_COUNTS = [
    # blindtest1432 zec02: parts by the same preposition after "began on"
    ("Sutimlimab re-exposure in cold agglutinin disease: a case series",
     "We describe our patients re-treated with sutimlimab. Infusions were given every two weeks: "
     "three patients began on 45 mg/kg, three on 60 mg/kg, and one on a fixed dose of 5.5 g.",
     "CaseSeriesDesign", 7),
    # blindtest1461 zdh04: parts by "seen at", the first holding an "and" of its own
    ("Relapse in MOG antibody-associated disease: a prospective cohort",
     "This is a prospective cohort study run at five centres. Data came from 146 patients seen at "
     "Oxford and its outreach sites, 65 at Liverpool, 32 at Birmingham, 22 at London and 11 at "
     "Cardiff.",
     "ProspectiveCohortDesign", 276),
    # blindtest1439 zej05: the allocation said again after the first arm's own clause
    ("Tocilizumab in Japanese patients with systemic sclerosis: a randomised trial",
     "This was a randomised, double-blind, placebo-controlled trial. Twelve Japanese patients were "
     "randomised to tocilizumab, and all twelve had interstitial lung disease; eight were "
     "randomised to placebo.",
     "RandomizedTrialDesign", 20),
    # blindtest1426 zfw03: those switched to a drug and those who stayed on theirs
    ("Late conversion to belatacept in kidney transplant recipients: a retrospective cohort",
     "We did a retrospective cohort study of our transplant recipients. Sixty-nine recipients were "
     "converted to belatacept and seventy matched recipients stayed on their CNI.",
     "RetrospectiveCohortDesign", 139),
]

ROUND_429_DESIGNS_AND_COUNTS = [
    # blindtest1480 zca03: the sample made up of two groups, each with its count, after a pool
    ("Colchicine and incident diabetes in veterans with gout: a retrospective study",
     "This was a retrospective study. We identified 27,876 adults with gout. Colchicine users were "
     "matched 1:1 with non-users, and the analysed sample was made up of 1046 colchicine users and "
     "1046 matched controls.",
     "RetrospectiveCohortDesign", 2092),
    # blindtest1480 zca05: a trial's subgroup allocated after a colon, the trial's whole before it
    ("Colchicine in patients with type 2 diabetes after myocardial infarction: a randomised trial",
     "COLCOT was a randomized, double-blind trial comparing colchicine 0.5 mg once daily with "
     "placebo, started within 30 days of a myocardial infarction. Of the 4745 patients in the "
     "trial, those with type 2 diabetes had been allocated as follows: 462 to colchicine and 497 "
     "to placebo. Their mean age was 62.4 years and 22.2% were women.",
     "RandomizedTrialDesign", 959),
    # blindtest1484 zce02: the rest of the series as "N others"
    ("Pancreatic adverse events under checkpoint inhibitors: a case series",
     "We describe the pancreatic events of our patients. Two patients presented with diabetic "
     "ketoacidosis (DKA); five others had pancreatitis, recognised by a rise in serum lipase.",
     "CaseSeriesDesign", 7),
]

ROUND_430_DESIGNS_AND_COUNTS = [
    # blindtest1489 zcj03: those eligible, named by their disease, before a subgroup's count
    ("Takayasu-like vasculitis and heart involvement in children with Blau syndrome: a "
     "retrospective study",
     "Thirty-eight children with BS were eligible for the final analysis. In 3 of the 4 children "
     "with Takayasu-like vasculitis, imaging changes were found before the typical triad appeared.",
     "RetrospectiveCohortDesign", 38),
    # blindtest1488 zci02: parts by what each has, with no verb
    ("Rituximab in pemphigoid diseases: a case series",
     "We describe our patients given rituximab. The records covered eight people with bullous "
     "pemphigoid, fourteen with mucous membrane pemphigoid, five with epidermolysis bullosa "
     "acquisita and one with linear IgA disease.",
     "CaseSeriesDesign", 28),
    # ... but not a whole whose first part holds a verb: its parts follow (blindtest537 mb05)
    ("Abatacept in refractory dermatomyositis and polymyositis: a randomised trial",
     "Twenty adults with refractory disease were enrolled, nine with dermatomyositis and eleven "
     "with polymyositis, and were randomly assigned to start intravenous abatacept at once or "
     "after a three-month delay.",
     "RandomizedTrialDesign", 20),
    # blindtest1491 zcl03: "A REVIEW OF ARCHIVE RECORDS" is a records study, not a literature review
    ("PAEDIATRIC NARROWBAND UVB PHOTOTHERAPY FOR VITILIGO: A REVIEW OF ARCHIVE RECORDS",
     "We looked at how well phototherapy worked in children with vitiligo, in a retrospective "
     "study. We searched the phototherapy archive for patients younger than 18 years who had a "
     "diagnosis of vitiligo. Twenty-six children met these criteria and all were evaluated.",
     "RetrospectiveCohortDesign", 26),
]

ROUND_433_DESIGNS_AND_COUNTS = [
    # blindtest1494 zco03: two groups, each formed by those with what is bracketed
    ("Adalimumab and immunoglobulin after failed IVF: a retrospective cohort",
     "We did a retrospective cohort study of women with a raised Th1/Th2 ratio. Thirty-nine women "
     "with severe elevation (ratio above 39.0) formed Group I and thirty-seven with moderate "
     "elevation (above 30.6 and no higher than 39.0) formed Group II. Women in both groups "
     "received adalimumab.",
     "RetrospectiveCohortDesign", 76),
    # blindtest1493 zcn04: the second part's noun matched
    ("IgG4-related sclerosing mesenteritis: a prospective cohort study",
     "We set out to describe the features of IgG4-SM. From the prospective IgG4-RD cohort that "
     "our hospital has enrolled since 2011, we took 29 patients with IgG4-SM and 87 matched "
     "patients with IgG4-RD but no mesenteric involvement. Clinical data were compared.",
     "ProspectiveCohortDesign", 116),
    # blindtest1495 zcp04: "nine patients out of ten" is a ratio, not those studied
    ("Crowned dens syndrome in Japan: a retrospective case series",
     "We designed a retrospective case series at eight teaching hospitals and identified every "
     "case of CDS seen between April 2013 and March 2015. Seventy-two patients with CDS were found "
     "over the two-year window. These figures suggest that CDS is common, and limited neck "
     "rotation was present in nearly nine patients out of ten.",
     "CaseSeriesDesign", 72),
    # blindtest1475 zdv03: the part of a pool whose records were read
    ("Kikuchi disease in children: a retrospective study",
     "We looked back over the charts of everyone who came to our hospital between 1998 and 2003 "
     "with fever and peripheral lymphadenopathy: 412 patients in all. Of these, 16 had KFD proven "
     "by lymph node biopsy, and their clinical, laboratory and outcome data were reviewed "
     "retrospectively. Most had neutropenia.",
     "RetrospectiveCohortDesign", 16),
    # blindtest1511 zbf05: a review "published in 1997" is the trial's background
    ("Corticosteroids after significant head injury",
     "Corticosteroids have been given to people with head injuries for more than 30 years. A "
     "systematic review published in 1997 suggested that they lower the risk of death, but its "
     "confidence interval was wide. We set up a large, simple, multicentre trial to confirm or "
     "refute such an effect. Adults with a head injury were randomly allocated to a 48-hour "
     "infusion of methylprednisolone or of placebo. When recruitment stopped, 10 008 adults had "
     "been randomised in 239 hospitals.",
     "RandomizedTrialDesign", 10008),
]

ROUND_441_DESIGNS_AND_COUNTS = [
    # blindtest1567 yaj05: arms named by their number
    ("Fosravuconazole versus itraconazole for eumycetoma: a randomised trial",
     "This was a randomised, double-blind trial. From 9 May 2017 to 10 June 2021, 34 patients "
     "were randomly assigned to group 1, 34 to group 2 and 36 to group 3.",
     "RandomizedTrialDesign", 104),
    # blindtest1569 yal03: the episodes found in the patients
    ("Scabies in hospitalized patients: a retrospective cohort",
     "We did a retrospective cohort study of hospital records. In all, 706 episodes of scabies "
     "were found in 399 hospitalized patients.",
     "RetrospectiveCohortDesign", 399),
    # blindtest1568 yak04: the rest of the patients by how they fared, after "whereas"
    ("Predictors of drainage in amoebic liver abscess: a prospective cohort",
     "Patients with amoebic liver abscess were followed prospectively. Twenty-four patients (mean "
     "age 36.7 years) responded to medical treatment, whereas 16 (mean age 41.8 years) needed "
     "drainage.",
     "ProspectiveCohortDesign", 40),
    # blindtest1566 yai04: those of a wider intake who had the disease, all of them included
    ("Corticosteroids in tick-borne encephalitis: a prospective study",
     "During a one-year period we treated 250 consecutively admitted patients with infections of "
     "the central nervous system. Of these, 133 had tickborne encephalitis, and all of them were "
     "included in a prospective follow-up study.",
     "ProspectiveCohortDesign", 133),
    # blindtest1564 yag03: the survivors and the nonsurvivors
    ("Injection anthrax: a retrospective cohort of an outbreak",
     "We did a retrospective cohort study. Completed returns described 11 nonsurvivors and 16 "
     "survivors, and these two groups were compared.",
     "RetrospectiveCohortDesign", 27),
    # guard (blindtest18 y05): relapses recorded in some patients are an outcome, not the patients
    ("Tocilizumab in adult-onset Still's disease: a retrospective cohort",
     "We did a retrospective cohort study of 40 patients treated with tocilizumab. Altogether 87 "
     "relapses were recorded in 27 patients.",
     "RetrospectiveCohortDesign", 40),
]

ROUND_442_DESIGNS_AND_COUNTS = [
    # blindtest1581 yax05: the randomised, of whom a part completed and is sized by arm after
    ("Steroid injection for lateral epicondylitis: a randomised controlled trial",
     "This was a randomised controlled trial. Fifty patients were recruited and randomly assigned; "
     "forty-four of them completed the study. One group received triamcinolone (steroid group, "
     "n = 21) and the other lidocaine (lidocaine group, n = 23).",
     "RandomizedTrialDesign", 50),
    # guard: arms that add up to the randomised are still summed
    ("Steroid injection for lateral epicondylitis: a randomised controlled trial",
     "This was a randomised controlled trial. Patients were recruited and randomly assigned. One "
     "group received triamcinolone (steroid group, n = 21) and the other lidocaine (lidocaine "
     "group, n = 23).",
     "RandomizedTrialDesign", 44),
    # blindtest1576 yas04: an accrual planned, then those enrolled
    ("Cetuximab for Menetrier disease: a prospective study",
     "We did a prospective, single-arm study. The protocol planned to accrue twelve patients; "
     "eight individuals were enrolled and received cetuximab weekly.",
     "ProspectiveCohortDesign", 8),
    # blindtest1566 yai03: a table's whole, over parts of it that do not add up to it
    ("Warm autoimmune haemolytic anaemia after babesiosis: a retrospective cohort",
     "We did a retrospective cohort study of one hospital's records.\n\nTABLE 1. Patients by "
     "group\nGroup\tPatients\nBabesiosis, all\t72\nAsplenic\t15\nDeveloped WAHA\t5\n\n"
     "Haemolysis followed the infection.",
     "RetrospectiveCohortDesign", 72),
]

ROUND_443_DESIGNS_AND_COUNTS = [
    # blindtest1584 yba02: two groups by what managed each, the verb said once
    ("Corrugated drain versus packing after drainage of perianal abscess: a case series",
     "This observational, retrospective review describes a case series of patients with perianal "
     "abscess. Sixty-seven patients were managed with a corrugated rubber drain (group A) and "
     "seventy with packing (group B). Healing took eight days.",
     "CaseSeriesDesign", 137),
    # blindtest1590 ybg04: "another" count with a finding is a part of those counted before
    ("Methylprednisolone against fat embolism: a prospective cohort study",
     "We did a prospective cohort study after skeletal trauma. In this controlled clinical trial "
     "forty subjects were given the steroid and forty-two served as controls. Fat embolism "
     "developed in ten controls (23.8%) and in one steroid-treated subject (2.5%) (p = 0.01). "
     "Another 44 subjects had isolated hypoxemia, which was severe in seven of 32 controls "
     "(21.9%) and in one of 39 steroid-treated subjects (2.6%).",
     "ProspectiveCohortDesign", 82),
    # blindtest1591 ybh04: the second group after a semicolon, its verb said again
    ("Pentoxifylline for radiation-induced fibrosis: a prospective cohort study",
     "We did a prospective cohort study. Thirty-seven women with 47 fibrosis areas received long "
     "treatment (24 to 48 months); seven women with 8 fibrosis areas received short treatment "
     "(6 to 12 months).",
     "ProspectiveCohortDesign", 44),
    # blindtest1589 ybf03: a rate in the population at large is no count of the study (which
    # gives none here)
    ("Hyperbaric oxygen in carbon monoxide poisoning: a retrospective cohort study",
     "Carbon monoxide poisoning affects some 50,000 people a year. We did a retrospective cohort "
     "study of the patients treated with hyperbaric oxygen at our centre; mortality fell.",
     "RetrospectiveCohortDesign", None),
    # blindtest1590 ybg03: a table of groups by a measure's level, each row its patients
    ("Do bicarbonate and mannitol prevent renal failure in rhabdomyolysis? A retrospective cohort",
     "We did a retrospective cohort study of trauma admissions. Renal failure occurred in 10%. "
     "Patients were divided at a CK of 5,000 U/L:\n\nCK group\tPatients\tRenal failure\n"
     "Above 5,000 U/L\t382\t74 (19%)\nBelow 5,000 U/L\t1,701\t143 (8%)\n\nThe difference "
     "was significant.",
     "RetrospectiveCohortDesign", 2083),
]

ROUND_444_DESIGNS_AND_COUNTS = [
    # blindtest1597 ybn02: the series made up of two kinds, one of them a single patient
    ("Plasma exchange after snakebite: a case series",
     "We describe a case series of plasma exchange after envenoming. The series is made up of "
     "three adults and one child, all of them male. All did well.",
     "CaseSeriesDesign", 4),
    # blindtest1603 ybt05: a count and "a further patient" from another place
    ("Cutaneous Rosai-Dorfman disease: a case series",
     "We describe a case series. Six patients seen between 1990 and 2011 were found in the "
     "archives of our hospital, and a further patient came from a consultation elsewhere. Each "
     "diagnosis rested on histopathology.",
     "CaseSeriesDesign", 7),
    # blindtest1601 ybr03: two groups numbered in brackets, the noun said once
    ("Continuous renal replacement therapy in acute kidney injury: a retrospective cohort study",
     "We did a retrospective cohort study of the patients given CRRT at our unit. Under the RIFLE "
     "criteria, 31 patients had been in the risk or injury stage (group 1) and 13 in the failure "
     "stage (group 2). Mortality differed.",
     "RetrospectiveCohortDesign", 44),
    # blindtest1610 yca05: two treatments allocated with "either ... or", one size "in each group"
    ("Arthroscopy versus arthrotomy for septic arthritis of the hip: a prospective cohort study",
     "This prospective controlled study took in children with septic arthritis of the hip. The "
     "children were allocated either to open arthrotomy or to arthroscopic drainage, ten children "
     "(ten hips) in each group. All recovered.",
     "ProspectiveCohortDesign", 20),
    # blindtest1596 ybo03: divers, and those their data were set against in the next sentence
    ("Delayed hyperbaric treatment for decompression sickness: a retrospective cohort study",
     "We did a retrospective cohort study. Between 2000 and 2014, 76 divers received delayed "
     "hyperbaric treatment for decompression sickness at our centre. Their data were taken from "
     "the medical records and set against those of 128 patients who had been treated less than "
     "48 h after surfacing. Outcomes did not differ.",
     "RetrospectiveCohortDesign", 204),
    # blindtest1599 ybp03: cases counted in patients, the patients over the cases
    ("Endophthalmitis after intravitreal triamcinolone: a retrospective cohort study",
     "We did a retrospective cohort study. We reviewed 219 consecutive cases in 186 patients who "
     "had received intravitreal triamcinolone for macular diseases. Two developed endophthalmitis.",
     "RetrospectiveCohortDesign", 186),
    # blindtest1613 ycd03: those "of them" who make up "the cohort", over the admissions
    ("Haemophagocytic lymphohistiocytosis in visceral leishmaniasis: a retrospective cohort",
     "We did a retrospective cohort study. Over the period 127 children with VL were admitted; "
     "thirty-five of them were diagnosed with HLH and make up the cohort.",
     "RetrospectiveCohortDesign", 35),
    # blindtest1615 ycf05: of those identified, those who met "every inclusion criterion"
    ("Steroids in subacute thyroiditis: a retrospective cohort study",
     "The medical records were examined retrospectively. Of the 283 patients identified, 119 met "
     "every inclusion criterion.",
     "RetrospectiveCohortDesign", 119),
    # blindtest1617 ych04: "similar" patients included as controls in the next sentence
    ("Ribavirin for chikungunya arthritis: a prospective cohort study",
     "We did a prospective cohort study. We took into the drug study ten patients whose arthritis "
     "had lasted for at least two weeks. Ten similar patients seen over the same period were "
     "included as controls.",
     "ProspectiveCohortDesign", 20),
    # blindtest1606 ybw02: those who "could" be reached make up "this observational, retrospective
    # case series", over the patients whose notes were read
    ("Necrotizing fasciitis of the orbit: a case series",
     "We looked back at the notes of twelve consecutive patients with necrotizing fasciitis. Five "
     "of them could be reached and gave informed consent, and those five make up this "
     "observational, retrospective case series.",
     "CaseSeriesDesign", 5),
    # blindtest1610 yca03: two kinds and those who had both, the verb said again
    ("Bone and joint infection in children: a retrospective cohort study",
     "We did a retrospective cohort study. Thirty-two children had osteomyelitis (OM), thirty-four "
     "had septic arthritis (SA) and five had both (OMSA).",
     "RetrospectiveCohortDesign", 71),
    # blindtest1599 ybp04: given a treatment and followed prospectively, over the one patient a
    # later sentence describes
    ("Endophthalmitis after intravitreal triamcinolone injection",
     "Between December 2003 and July 2004, one hundred patients were given a single intravitreal "
     "TA injection for various reasons and were followed prospectively; there was no "
     "randomisation. Four cases of endophthalmitis occurred. This patient, a 65-year-old woman "
     "with diabetes, came back on the eighth day.",
     "ProspectiveCohortDesign", 100),
    # blindtest1607 ybx04: "we set out to evaluate prospectively"
    # (the evidence so far "has come mostly from case series")
    ("Neurological complications of Zika virus infection in adults",
     "The evidence tying the virus to neurological disease in adults has come mostly from case "
     "series. We set out to evaluate prospectively adults admitted with a neurological syndrome. "
     "Forty patients admitted to a referral centre were enrolled and followed for their "
     "neurological outcome at 3 months.",
     "ProspectiveCohortDesign", 40),
    # blindtest1611 ycb04: the women "were vaccinated", over the two a later sentence treats
    ("Rubella vaccination in adult women",
     "In this prospective study, thirty-five adult women with no immunity to rubella were "
     "vaccinated and then watched for antibody and for illness. Twenty of the 35 had rash or "
     "arthritis. Two women were given methylprednisolone by mouth for five days.",
     "ProspectiveCohortDesign", 35),
    # guards, right before round 444 too: the series "comprises" its patients, then their sexes
    # (blindtest218 u902: not 7 + 2) ...
    ("Infliximab in Erdheim-Chester disease: a case series",
     "We describe a case series. Our series comprises seven patients, five men and two women. All "
     "received infliximab.",
     "CaseSeriesDesign", 7),
    # ... groups numbered after the randomised are theirs (blindtest659 qt05: not 43 + 25) ...
    ("Adalimumab in erosive hand osteoarthritis: a randomised crossover trial",
     "Fifty-one people were recruited; forty-three were randomised, eighteen to adalimumab first "
     "(group 1) and twenty-five to placebo first (group 2).",
     "RandomizedTrialDesign", 43),
    # ... and outcomes compared with a registry's controls add none (blindtest144 y604)
    ("Itacitinib for low-risk acute GVHD: a single-arm phase 2 study",
     "In this single-arm, multicentre phase 2 study, 70 patients with low-risk acute GVHD were "
     "enrolled. Their outcomes were compared with those of 140 contemporaneous control patients "
     "from a registry.",
     "ProspectiveCohortDesign", 70),
]


ROUND_445_DESIGNS_AND_COUNTS = [
    # blindtest1623 ycn02: the base population told first, the series named in the next sentence
    ("Measles pneumonia in young adults: one hundred and six cases in Air Force recruits",
     "We describe a case series of measles pneumonia in young adults. Between January "
     "1976 and July 1979, clinical measles was diagnosed in 3,220 recruits. Pneumonia complicated "
     "the illness in one hundred and six of them (3.3 percent), and these 106 patients form the "
     "present series. None died.",
     "CaseSeriesDesign", 106),
    # blindtest1623 ycn05: an arms' table whose last row gives both arms together
    ("Vitamin A with measles vaccination: a randomised trial",
     "We did a randomised, double-blind, placebo-controlled trial of vitamin A given with measles "
     "immunisation.\n\nArm\tProduct\tDose\tInfants\nVitamin A\tvitamin A capsule\t100 000 IU\t169\n"
     "Placebo\tplacebo capsule\t-\t167\nBoth arms\tSchwarz measles vaccine\t0.5 ml\t336\n\n"
     "Seroconversion was lower with vitamin A.",
     "RandomizedTrialDesign", 336),
    # blindtest1618 yci05: the enrolled, then three doses after a colon (no second group)
    ("Natural interferon-alpha for HTLV-I-associated myelopathy: a randomised trial",
     "We carried out a double-blind randomised trial. Forty-eight patients with HAM were enrolled: "
     "15 were given 0.3 MU, 17 were given 1.0 MU and 16 were given 3.0 MU of HLBI. Motor "
     "function improved.",
     "RandomizedTrialDesign", 48),
    # blindtest1623 ycn03: controls past a bracket of the cases' sexes and ages
    ("Infections after measles: a retrospective cohort study",
     "We did a retrospective cohort study. The study included one hundred thirteen children with "
     "measles (56% boys; mean age 9.0 years, range 2 weeks to 17.8 years) and 196 controls. "
     "Readmissions were more frequent after measles.",
     "RetrospectiveCohortDesign", 309),
    # blindtest1618 yci02: an earlier phase study from elsewhere is not the paper's design
    ("Mogamulizumab for HTLV-1-associated myelopathy: experience from a single centre",
     "An earlier phase 1\u20132a study from Japan had reported falls in HTLV-1 proviral load. "
     "We gave mogamulizumab to people with HAM/TSP on a compassionate basis. Between 2019 and "
     "2022, four women were treated.",
     "CaseSeriesDesign", 4),
    # blindtest1621 ycl06: a single author's argument, with others' failed cases in it
    ("The end of the Milwaukee protocol for rabies",
     "Human rabies has a very high fatality rate. In the two decades since, at least 64 cases in "
     "which the protocol failed have been recorded. I argue that the time has come to give up the "
     "failed Milwaukee protocol.",
     "NarrativeReviewDesign", None),
    # blindtest1628 ycs03: the cases diagnosed before the study, its population
    ("Tick-borne encephalitis in children: a retrospective study",
     "Results: Tick-borne encephalitis had been diagnosed in one hundred and sixteen children. Of "
     "these, ninety-two (79.3%) had meningitis.",
     "RetrospectiveCohortDesign", 116),
    # blindtest1629 yct05: the arms told with a comma right after the allocation
    ("Ribavirin aerosol for hand-foot-mouth disease: a randomised trial",
     "We carried out a randomised, double-blind, placebo-controlled trial. The children were "
     "randomly assigned, 59 to an observed group and 60 to a control group. Fever cleared sooner.",
     "RandomizedTrialDesign", 119),
    # blindtest1628 ycs04: surveillance reports are no population; a cohort set up in its year
    # and examined since; the groups by what each had had
    ("Long-term neurological outcomes after West Nile virus infection: an observational study",
     "From 1999 to 2013 the Centers for Disease Control and Prevention received reports of more "
     "than 39,000 clinical cases. The Houston West Nile Cohort was set up in 2002. At the first "
     "assessment we examined 35 patients who had had encephalitis, 14 who had had meningitis and "
     "11 whose illness had been an uncomplicated fever.",
     "ProspectiveCohortDesign", 60),
    # blindtest1624 yco04: a surveillance the authors set up, finding cases as they came
    ("Human plague in the West Nile region of Uganda",
     "To describe human plague there, we set up active surveillance backed by a central "
     "laboratory in 10 clinics. Between January 2008 and March 2014 the surveillance network "
     "identified 256 cases: 75 confirmed, 25 probable and the rest suspected.",
     "ProspectiveCohortDesign", 256),
    # blindtest1627 ycr04: a cohort examined again after its treatment
    ("Regression of periportal fibrosis 39 months after praziquantel",
     "A cohort of one hundred and seventy-seven Sudanese people infected with S. mansoni, 82 males "
     "and 95 females, was examined again by ultrasound 39 months after treatment. Fibrosis "
     "regressed in most.",
     "ProspectiveCohortDesign", 177),
    # blindtest1625 ycp04: the cases notified in an outbreak are not the study's population
    ("Long-term health effects of Q fever: a prospective cohort study",
     "Between 2007 and 2011 the Netherlands went through the largest Q-fever outbreak documented "
     "to date, with a total of 4108 notified patients with acute Q-fever. Patients with acute "
     "Q-fever were included in this prospective cohort study and followed for four years.",
     "ProspectiveCohortDesign", None),
    # guard (blindtest14 u02): the arms after a comma are those of the enrolled who went on, not
    # the population
    ("Sarilumab in sarcoidosis: a randomised withdrawal trial",
     "This was a randomised withdrawal trial. Fifteen subjects were enrolled (median age 57 "
     "years). Ten of them completed Period 1 and were randomised, two to sarilumab and eight to "
     "placebo. Sarilumab was well tolerated.",
     "RandomizedTrialDesign", 15),
    # blindtest1624 yco03: those "of them" taken into the comparison, over the records reviewed
    ("Gentamicin and tetracyclines in the treatment of human plague: a review of 75 cases",
     "We reviewed the medical records of all 75 patients with plague reported in New Mexico "
     "between 1985 and 1999. Fifty of them were taken into a comparison of patients given "
     "streptomycin with patients given gentamicin.",
     "RetrospectiveCohortDesign", 50),
]


ROUND_446_DESIGNS_AND_COUNTS = [
    # blindtest1633 ycx03: the cases countries reported are background; the admitted by sex
    ("Mpox admitted to hospital: a retrospective cohort study",
     "BACKGROUND. In under six months countries outside Africa reported more than 67 000 cases "
     "of mpox. We set out to describe people admitted with it.\n\nMETHODS. We reviewed clinical "
     "records retrospectively for everyone admitted to 16 hospitals.\n\nFINDINGS. During the "
     "study period 153 men (98%) and three women (2%) were admitted with complicated mpox. No "
     "one died.",
     "RetrospectiveCohortDesign", 156),
    # blindtest1632 ycw04: the enrolled by country, the verb said once; data given at enrolment
    ("Ileal perforation in typhoid fever in three countries",
     "From 2016 to 2019 we enrolled every patient with a typhoid ileal perforation admitted to one "
     "of eight hospitals. Patients or their caregivers gave sociodemographic information at "
     "enrolment. Two patients were enrolled in Bangladesh, five in Nepal and 242 in Pakistan. "
     "Most were young.",
     "ProspectiveCohortDesign", 249),
    # blindtest1632 ycw02: two parts of a population stated before them
    ("Pancreatic involvement in typhoid fever: fourteen cases",
     "Over an eight-year period fourteen adults were hospitalised with typhoid fever. Clinical "
     "signs of pancreatitis were present in four patients. In one of these, laparotomy showed "
     "gallstones; in the other three the biliary tree was normal.",
     "CaseSeriesDesign", 14),
    # blindtest1635 ycz03: the patients of two years compared; all of them compiled
    ("Syphilis in urological clinics over two years",
     "We therefore compiled the data of all patients seen for a first consultation for syphilis "
     "at 11 urological clinics over two years, and compared the two years. Twenty-two patients "
     "came for a first consultation in the first year and 23 in the second. Reactions were more "
     "frequent in the second year.",
     "RetrospectiveCohortDesign", 45),
    # blindtest1630 ycu05: what a trial's protocol foresees is no population
    ("Favipiravir versus ribavirin in Lassa fever: a randomised trial",
     "SAFARI is an open-label randomised trial with two arms, comparing oral favipiravir with "
     "intravenous ribavirin. The protocol foresees forty evaluable participants, randomised "
     "twenty-to-twenty between the two arms. Its results are not reported here.",
     "RandomizedTrialDesign", None),
    # blindtest1632 ycw03: one sex of the patients and then the other, each with its share
    ("Typhoid ileal perforation in a tertiary hospital",
     "Methods: We carried out a retrospective study of every patient treated for typhoid ileal "
     "perforation at our centre in 2016.\n\nResults: Twenty-two of the patients were male (59.5%) "
     "and fifteen were female (40.5%). Their ages ranged from 5 to 49 years.",
     "RetrospectiveCohortDesign", 37),
    # blindtest1634 ycy04: the patients included, in two kinds with the noun left out
    ("PCR in Whipple disease versus carriage",
     "This was an observational retrospective cohort study. We took every patient seen between "
     "2008 and 2020 who had a positive PCR result. Of the patients included, 197 were considered "
     "carriers and 36 had Whipple disease. Duodenal PCR was highly specific.",
     "RetrospectiveCohortDesign", 233),
    # blindtest1621 ycl05: those who took part in the trial, over the arms randomised later
    ("Carvedilol in Chagas cardiomyopathy: a randomised, placebo-controlled trial",
     "METHODS. Forty-two patients with cardiomyopathy took part in this double-blind, "
     "placebo-controlled, randomised trial. In a first phase every patient received enalapril. "
     "Patients were then randomly allocated to placebo (n = 20) or to carvedilol (n = 19). "
     "Ejection fraction rose with carvedilol.",
     "RandomizedTrialDesign", 42),
    # blindtest1620 yck02: the children the authors admitted, over the pool of the same months
    ("Nerve damage after diphtheria: thirteen children",
     "We admitted thirteen children with diphtheritic polyneuropathy between July and December "
     "2013. Over the same six months, 19 children with membranous tonsillitis were identified as "
     "probable cases of diphtheria. Every child recovered but one.",
     "CaseSeriesDesign", 13),
    # blindtest1636 yda05: a prospective trial in the title that the body shows randomised
    ("Megadose steroids in severe head injury: results of a prospective double-blind clinical "
     "trial",
     "A prospective, double-blind clinical trial was performed on 161 patients who were comatose "
     "after a head injury. Patients were randomized either to a high-dose dexamethasone group or "
     "to a placebo group. No significant difference was found.",
     "RandomizedTrialDesign", 161),
    # blindtest1638 ydc05: a randomised crossover design
    ("Dexamethasone in the treatment of acute mountain sickness",
     "Six men were placed in a hypobaric chamber on two separate occasions. Dexamethasone or "
     "placebo was given in a randomized, double-blind, crossover design. Dexamethasone reduced "
     "the symptoms.",
     "RandomizedTrialDesign", 6),
    # blindtest1640 yde05: two sites of each patient chosen at random, one for each drug
    ("Triamcinolone versus bleomycin in hypertrophic burn scars: a clinical trial",
     "In this clinical trial we enrolled twenty-five patients with hypertrophic burn scars. In "
     "each patient two adjacent affected areas were chosen at random, one for injection of "
     "triamcinolone and the other for bleomycin. Scar scores differed.",
     "RandomizedTrialDesign", 25),
    # blindtest1640 yde03: the cases seen, gone back over
    ("Tuberculous meningitis in adults",
     "We went back over every case seen in the Infectious Diseases Division during the previous "
     "15 years and collected their data. Twenty-nine adults were included. Twelve patients died.",
     "RetrospectiveCohortDesign", 29),
    # blindtest1638 ydc02: no published case report known, and two patients described
    ("Pediatric high altitude cerebral edema",
     "We know of no published case report of HACE in anyone younger than 18 years. We describe "
     "two adolescents, one aged 12 years and one aged 16 years, with suspected HACE. Both "
     "recovered.",
     "CaseSeriesDesign", 2),
    # blindtest1638 ydc03: a population given only as parts whose shares make up the whole
    ("Time of first corticosteroid treatment and bronchopulmonary dysplasia",
     "We carried out a multi-center retrospective cohort study. Their first treatment began at "
     "8-21 days in 280 infants (47%), at 22-35 days in 148 (25%), at 36-49 days in 86 (14%) and "
     "at more than 50 days in 84 (14%). Later treatment was associated with more BPD.",
     "RetrospectiveCohortDesign", 598),
    # blindtest1641 ydf05: the randomised, some later excluded, and the arms of the rest
    ("Mycophenolate versus ciclosporin in nephrotic syndrome",
     "We carried out a multicentre randomised controlled trial. Thirty-one patients were "
     "initially selected and randomised; seven of them were later excluded. The remaining 24 "
     "children received MMF (n = 12) or CsA (n = 12) for 12 months. Relapses were few.",
     "RandomizedTrialDesign", 31),
    # guard: a count "in each arm" after the trial is no place
    ("Colchicine in pericarditis: a randomised trial",
     "We did a randomised, double-blind trial. Forty patients were enrolled in the trial, 20 in "
     "each arm. Recurrences were fewer with colchicine.",
     "RandomizedTrialDesign", 40),
]

ROUND_459_DESIGNS_AND_COUNTS = [
    # blindtest1738 ygy04: each group by what it was prescribed, the verb said once
    ("Treatment outcome in early diffuse cutaneous systemic sclerosis: a prospective observational "
     "cohort study",
     "Recruitment took place in 50 centres. Sixty-five of the participants were prescribed "
     "methotrexate, 118 MMF, 87 cyclophosphamide and 56 no immunosuppressant. Follow-up to 12 "
     "months was completed by 276 (84.7%).",
     "ProspectiveCohortDesign", 326),
    # blindtest1739 ygz02: each group by diagnosis, the noun said once, the last one "while in"
    ("Making a diagnosis of periodic fever syndrome: a retrospective review",
     "The case notes of every child diagnosed with a periodic fever syndrome were reviewed "
     "retrospectively. The clinical diagnoses were periodic fever, adenitis, pharyngitis and "
     "aphthous stomatitis (PFAPA) in 10 children, tumour necrosis factor receptor-associated "
     "periodic syndrome (TRAPS) in 9, cryopyrin-associated periodic syndrome in 6 and mevalonate "
     "kinase deficiency in 4, while in 14 the syndrome remained unspecified.",
     "RetrospectiveCohortDesign", 43),
]

ROUND_461_DESIGNS_AND_COUNTS = [
    # blindtest1745 yhf05: ages before the verb and a ratio after it, then the arms
    ("An oral Shiga toxin-binding agent for children with diarrhea-associated hemolytic uremic "
     "syndrome: a randomized, placebo-controlled trial",
     "Children aged 6 months to 18 years with diarrhea-associated HUS were allocated in a 2:1 "
     "scheme, 96 to the binding agent and 49 to placebo.",
     "RandomizedTrialDesign", 145),
    # blindtest1746 yhg02: the patients "the diagnosis was made in", a series
    ("Eosinophilic gastroenteritis in children",
     "We reviewed, retrospectively, every case of eosinophilic gastroenteritis managed at our "
     "hospital between 2010 and 2015. Over these five years the diagnosis was made in five\n"
     "boys, aged between 1 and 13 years.",
     "CaseSeriesDesign", 5),
    # blindtest1745 yhf04: a trial's design paper "sets out" its design; it argues no case
    ("Iptacopan in atypical hemolytic uremic syndrome",
     "This article sets out the design and rationale of APPELHUS, a multicentre, single-arm, "
     "open-label phase 3 study of the efficacy and safety of iptacopan.",
     "ProspectiveCohortDesign", None),
]

ROUND_457_DESIGNS_AND_COUNTS = [
    # blindtest1731 ygr05: the first arm's dose right after its name, before the second arm
    ("Ursodeoxycholic acid in primary sclerosing cholangitis: a randomised trial",
     "Between 1996 and 2001, 97 patients were randomly assigned to UDCA at 17–23 mg/kg/day and "
     "101 to placebo, and all were followed until 2010.",
     "RandomizedTrialDesign", 198),
    # blindtest1731 ygr03: two groups by disease, the preposition said again
    ("Pregnancy in primary sclerosing cholangitis: a retrospective study",
     "We analysed the first recorded pregnancy of thirty-four women with PSC and of twenty-seven "
     "women with PBC.",
     "RetrospectiveCohortDesign", 61),
    # blindtest1726 ygm03: a registry's groups above 100,000, thousands set off by spaces
    ("Crohn's disease, ulcerative colitis and Parkinson's disease: a retrospective cohort study",
     "The search returned 249 480 patients with CD and 209 030 with UC.",
     "RetrospectiveCohortDesign", 458510),
    # blindtest1630 ycu03 (the guard the wide check asked for once counts above 100,000 were
    # read): the study's population named after the hospital's admissions
    ("Lassa fever in a teaching hospital: a retrospective cohort study",
     "Over the period the centre admitted 185,707 patients, of whom 1,298 had confirmed LF "
     "(0.7%); these 1,298 patients form the LF population of the study.",
     "RetrospectiveCohortDesign", 1298),
    # blindtest1737 ygx02: categories each sized in brackets, the noun said in the first only
    ("Nephrotic syndrome in childhood: a clinicopathological case series",
     "Renal-biopsy specimens from children with the nephrotic syndrome were examined and placed "
     "in four morphological categories: minimal changes (111 patients), focal "
     "glomerulosclerosis (12), proliferative glomerulonephritis (20), and epimembranous "
     "nephropathy (2).",
     "CaseSeriesDesign", 145),
    # blindtest595 oh05 (the guard quality_table asked for once counts above 100,000 were read):
    # the millions given a vaccine are no study's population (cue largest_count)
    ("MIS-C after mRNA vaccination: a prospective cohort study",
     "By January 2022, 8,113,058 mRNA vaccine doses had been given to 4,079,234 children aged "
     "12–17 years. Twelve of these vaccinated children went on to a hyper-inflammatory syndrome "
     "with multisystem involvement.",
     "ProspectiveCohortDesign", None),
]

ROUND_456_DESIGNS_AND_COUNTS = [
    # blindtest1719 ygf04: each arm labelled in brackets and applying its treatment, the second
    # "another twenty"
    ("Topical tacrolimus versus triamcinolone acetonide ointment for oral lichen planus: a "
     "prospective study",
     "Two groups of patients with oral lichen planus were treated. Twenty patients (group I) "
     "applied tacrolimus 0.1% ointment four times a day, and another twenty (group II) applied "
     "triamcinolone acetonide 0.1% ointment four times a day.",
     "ProspectiveCohortDesign", 40),
    # blindtest1721 ygh03: a count and the rest who "had not", each labelled in brackets
    ("Teclistamab and cytokine release syndrome after earlier T-cell redirection: a retrospective "
     "study",
     "RESULTS. Twenty-seven patients had already been treated with a T-cell redirection therapy "
     "(cohort 1) and forty-five had not (cohort 2).",
     "RetrospectiveCohortDesign", 72),
    # blindtest1725 ygl05: those who "agreed to take part and were randomly assigned", not the
    # women screened
    ("Aspirin versus placebo in preterm preeclampsia: a randomised trial",
     "We ran a multicentre, double-blind, placebo-controlled trial. Of 26,941 women with singleton "
     "pregnancies who underwent screening, 2,641 were judged to be at high risk for preterm "
     "preeclampsia and eligible. Of these, 1,776 agreed to take part and were randomly assigned to "
     "aspirin 150 mg per day or to placebo.",
     "RandomizedTrialDesign", 1776),
    # blindtest1723 ygj02: a pool narrowed later in its sentence to those who met the criteria
    ("Orofacial granulomatosis in Crohn's disease: five cases from one referral centre",
     "A bioinformatics tool was used to search the electronic medical record of a tertiary "
     "referral centre. The search returned 297 patients; after review of their records, five met "
     "the inclusion criteria, and their clinical data were abstracted.",
     "CaseSeriesDesign", 5),
    # blindtest1723 ygj01: no title, no age, but "the patient described here"
    ("",
     "A few oral aphthous ulcers stay refractory despite appropriate treatment, which pointed to "
     "an option for the patient described here.\n\nA man presented with oral aphthous ulcers that "
     "had resisted both topical and systemic agents. He was then given adalimumab.",
     "CaseReportDesign", 1),
]


ROUND_455_DESIGNS_AND_COUNTS = [
    # blindtest1703 yfp03: those "of them" who agreed "to be included", not the 240 invited
    ("Microscopic colitis and coeliac autoimmunity in women: a retrospective cohort",
     "METHODS. Invitations went to 240 women aged 73 years or younger whose medical records "
     "carried a diagnosis of MC. One hundred and fifty-eight of them agreed to be included.",
     "RetrospectiveCohortDesign", 158),
    # blindtest1711 yfx03: two age groups, the disease after the second
    ("Guillain-Barre syndrome in children and in adults",
     "We retrospectively collected the clinical data of 209 children and 541 adults with GBS and "
     "compared the clinical characteristics of the two age groups.",
     "RetrospectiveCohortDesign", 750),
    # blindtest1708 yfu04: those who "did not enter" the analysis are no population, whatever
    # randomised trial they came from
    ("Eculizumab in generalized myasthenia gravis: a prospective post-marketing surveillance",
     "Results: Data were available for forty adult patients in Japan; 25 of the 40 (62.5%) were "
     "women. Six patients did not enter the effectiveness analysis because they had taken part in "
     "the open-label extension of the phase III, randomized, double-blind, placebo-controlled "
     "REGAIN study.",
     "ProspectiveCohortDesign", 40),
    # blindtest1710 yfw05: what the registration had foreseen is a plan, not those randomised
    ("Adalimumab for inflammatory osteoarthritis of the knee: a randomised, placebo-controlled "
     "trial",
     "Patients were randomly assigned 1:1 to adalimumab or placebo. The registration had foreseen "
     "a total of 100 subjects. The primary endpoint was not met.\n\nWeek 16\tAdalimumab\t"
     "Placebo\nRandomised\t30\t29\nResponders\t9 (30.0%)\t7 (24.1%)\n",
     "RandomizedTrialDesign", 59),
    # blindtest1710 yfw03: the whole after its part, when nothing else counts the patients
    ("Intra-articular corticosteroid injection for knee osteoarthritis: a national cohort study",
     "The cohort was drawn from a primary-care database of already recorded diagnoses. During the "
     "1-year follow-up, 1628 of the 33,357 knee osteoarthritis patients (4.9%) underwent knee "
     "replacement.",
     "RetrospectiveCohortDesign", 33357),
    # blindtest1710 yfw04: "the study involved" those studied, over the cohort they came from
    ("Corticosteroid injections and knee replacement: real-life data from a cohort",
     "Methods: KHOALA is a French nationwide population-based cohort of 878 people with hip or "
     "knee osteoarthritis. For this study only the patients with knee osteoarthritis were taken. "
     "Results: The study involved 656 patients, of whom 91 underwent knee replacement.",
     "RetrospectiveCohortDesign", 656),
    # blindtest1719 ygf05: a salt numbered by its place and the vehicle each arm's drug came in
    ("Betamethasone valerate versus pimecrolimus gel in oral lichen planus: a randomised "
     "double-blind trial",
     "Interventions. Fifteen patients were randomised to betamethasone 17-valerate 0.1% in an "
     "adhesive gel base and fifteen to pimecrolimus 1% in an adhesive gel base, each applied four "
     "times a day for 4 weeks. All randomised patients were analysed.",
     "RandomizedTrialDesign", 30),
]

ROUND_454_DESIGNS_AND_COUNTS = [
    # blindtest1702 yfo01: a case report's age after the noun, "now" between, no title
    ("",
     "Systemic lupus erythematosus is a chronic autoimmune disease. Our patient, a woman now "
     "fifty-six years old, was diagnosed with SLE in 1992.",
     "CaseReportDesign", 1),
    # blindtest1706 yfs01: one patient described, "one" for the article
    ("",
     "DADA2 is an autoinflammatory disorder. We set out to widen its spectrum by describing one "
     "child whose only features were a nonspecific systemic inflammatory syndrome.",
     "CaseReportDesign", 1),
    # blindtest1707 yft05: past a dose with a decimal point and its total in brackets, "another"
    # arm
    ("Benzathine penicillin in Lyme arthritis",
     "We conducted a double-blind, placebo-controlled trial in patients with established Lyme "
     "arthritis. Twenty patients were assigned to intramuscular benzathine penicillin, 2.4 "
     "million units once a week for three weeks (7.2 million units in all), and another twenty "
     "were given saline injections.",
     "RandomizedTrialDesign", 40),
    # blindtest1706 yfs05: the second arm named by its letter
    ("Oral or pulse cyclophosphamide in polyarteritis nodosa: a randomized comparison",
     "This was a prospective, randomized, multicentre study. Twelve patients were analysed in "
     "group A and thirteen in group B.",
     "RandomizedTrialDesign", 25),
    # blindtest1705 yfr03: the patients as four groups by treatment, the noun left out
    ("Glucocorticoids or calcineurin inhibitors in primary FSGS: a retrospective cohort",
     "The patients studied comprised 173 treated with glucocorticoids alone, 90 treated with "
     "calcineurin inhibitors with or without glucocorticoids, 12 treated with other agents and "
     "183 who received no immunosuppressive drugs.",
     "RetrospectiveCohortDesign", 458),
]

ROUND_453_DESIGNS_AND_COUNTS = [
    # blindtest1690 yfc01: a foreign series cited by what it found is not the paper's own
    ("Pemphigus vulgaris arising on depigmented skin in a woman with vitiligo",
     "Vitiligo travels with organ-specific autoimmune conditions: a French series of 11 cases "
     "placed vitiligo within autoimmune polyglandular syndrome. The authors describe a woman of "
     "thirty-eight who had been living with Hashimoto's thyroiditis and with vitiligo.",
     "CaseReportDesign", 1),
    # blindtest1693 yff03: a total "in all" whose share falls short of the whole is a part of it
    ("Myasthenia gravis with neuromyelitis optica: a retrospective review",
     "METHODS. The clinical details of 631 patients with myasthenia gravis were analysed "
     "retrospectively. RESULTS. NMOSD was confirmed in two patients and suspected in one, three "
     "patients in all (0.5%).",
     "RetrospectiveCohortDesign", 631),
    # ... the guard: with no share, the parts' total is the series
    ("Neuromyelitis optica in myasthenia gravis: a case series",
     "NMOSD was confirmed in two patients and suspected in one, three patients in all.",
     "CaseSeriesDesign", 3),
    # blindtest1700 yfm05: a placebo-controlled trial "with" one arm's size "in each arm"
    ("Etanercept in Sjogren syndrome",
     "We assessed etanercept in a 12-week randomized, double-blind, placebo-controlled trial "
     "with fourteen participants in each arm.",
     "RandomizedTrialDesign", 28),
    # blindtest1698 yfk05: "Once ten had been enrolled", the noun left out
    ("Imatinib in diffuse cutaneous systemic sclerosis: a randomized, placebo-controlled pilot "
     "study",
     "We had planned to enrol 20 patients with dcSSc. Once ten had been enrolled \u2013 nine on "
     "active drug and one on placebo \u2013 it was plain that imatinib was poorly tolerated, and "
     "enrolment was stopped.",
     "RandomizedTrialDesign", 10),
    # blindtest1701 yfn01: a woman's age set off by a comma
    ("Tofacitinib for a flare of ulcerative colitis with acute heart failure",
     "In a woman aged thirty-seven, ulcerative colitis had been diagnosed one month before she "
     "came to hospital. Tofacitinib was started at 10 mg three times daily.",
     "CaseReportDesign", 1),
    # blindtest1700 yfm06: "state of the art review" in the subtitle
    ("Psoriatic arthritis: state of the art review",
     "Although the data are poor, traditional disease-modifying antirheumatic drugs are widely "
     "used and have been effective in observational studies.",
     "NarrativeReviewDesign", None),
]

ROUND_452_DESIGNS_AND_COUNTS = [
    # blindtest1695 yfh05: arms sized in brackets after a longer group name
    ("Long-term methimazole in Graves disease: a randomised trial",
     "Patients with Graves hyperthyroidism were first treated with methimazole for a median of 18 "
     "months. They were then randomly assigned either to stop the drug (the conventional "
     "short-term group, n = 128) or to keep taking it for 60-120 months in all (the long-term "
     "group, n = 130).",
     "RandomizedTrialDesign", 258),
    # blindtest1694 yfg04: those who "make up the cohort", unqualified
    ("Prednisone in PFAPA syndrome: a prospective cohort",
     "This was a prospective study. A total of 176 patients were referred with suspected periodic "
     "fever; 125 children fulfilled the criteria and make up the cohort.",
     "ProspectiveCohortDesign", 125),
    # blindtest1691 yfd04: a first group broken down between dashes, then a second group whose
    # noun follows a hyphened word
    ("Entecavir prophylaxis in kidney transplant recipients with HBV: a prospective cohort",
     "This was a prospective study. Fifty-seven high-risk recipients \u2013 25 with active HBV "
     "infection and 32 with resolved HBV infection \u2013 received entecavir 0.5 mg/day for 12 "
     "months. One hundred and five low-risk recipients received no prophylaxis.",
     "ProspectiveCohortDesign", 162),
]

ROUND_451_DESIGNS_AND_COUNTS = [
    # blindtest1686 yey05: three arms, the first two drugs joined by "and"
    ("Immunosuppression for idiopathic membranous nephropathy: a randomised controlled trial",
     "The trial ran in renal units across the UK. Thirty-three patients were randomised to "
     "prednisolone and chlorambucil, thirty-seven to ciclosporin and thirty-eight to supportive "
     "therapy alone.",
     "RandomizedTrialDesign", 108),
    # blindtest1689 yfb05: an interferon's letter, then an add-on with its route
    ("Oral methylprednisolone added to interferon beta in multiple sclerosis",
     "This was a randomised, placebo-controlled trial. Sixty-six patients were assigned to "
     "interferon beta plus oral methylprednisolone and sixty-four to interferon beta plus "
     "placebo.",
     "RandomizedTrialDesign", 130),
    # blindtest1689 yfb03: what the population had done before the study is no leaving of it
    ("Relapses after stopping fingolimod: a multicentre cohort",
     "METHODS. This was a retrospective, observational, real-life study.\n\nRESULTS. One hundred "
     "patients who had discontinued fingolimod were included. Of the ten patients with a severe "
     "reactivation, five had an event that was considered a rebound.",
     "RetrospectiveCohortDesign", 100),
    # blindtest1686 yey03: a review that describes the course of these N
    ("Membranous nephropathy with hepatitis B in children",
     "We reviewed the biopsies done in children younger than 13 years between 1980 and 1990. Of "
     "the 172 biopsies performed in that time, 18 showed membranous glomerulonephritis. This "
     "retrospective review describes the course of these eighteen children. Among the fifteen "
     "boys, half went into remission.",
     "RetrospectiveCohortDesign", 18),
    # blindtest1686 yey02: the patients "we looked after"
    ("Guillain-Barre syndrome in haemodialysis patients: a case series",
     "Over time we looked after four haemodialysis patients in whom GBS developed. The first two "
     "were managed before we changed our practice.\n\nDISCUSSION. In every patient of this small "
     "series, PE was followed by recovery of strength, whereas IVIg given first did not help "
     "either of the two patients who received it.",
     "CaseSeriesDesign", 4),
    # blindtest1685 yex04: one more of another kind, the noun said again
    ("Novel mutations in the deficiency of the interleukin-1 receptor antagonist: a case series",
     "We studied two Brazilian patients and one Palestinian patient, none of them related to the "
     "others, who were referred to our laboratory.",
     "CaseSeriesDesign", 3),
]

ROUND_450_DESIGNS_AND_COUNTS = [
    # blindtest1675 yen04: those who "formed the study population", past a share with a decimal
    ("Acute kidney injury in scrub typhus: a prospective observational study",
     "The work was a prospective observational study. Every one of the 1398 patients admitted with "
     "an acute febrile illness was tested with an IgM ELISA; the 502 who tested positive (35.90%) "
     "formed the study population.",
     "ProspectiveCohortDesign", 502),
    # blindtest1673 yel04: groups labelled, each named in apposition, sized after a species
    ("Helicobacter pylori eradication in HCV cirrhosis: a prospective study",
     "This was a prospective study. Two groups took part. Group A, the case group, consisted of "
     "fifty-two H. pylori-positive patients with HCV cirrhosis. Group B, the control group, "
     "consisted of fifty-two H. pylori-positive individuals who had no cirrhosis.",
     "ProspectiveCohortDesign", 104),
    # blindtest1095 zrd02: the sexes of the patients after a run-in "Patients." label
    ("Clinical picture of the hypereosinophilic syndrome: a single-centre series",
     "<p>We describe all of our own patients, seen over a period of 6.5 years.</p>\n<p><b>Patients."
     "</b> Thirteen of the patients were men and two were women. On average the illness began at "
     "36 years of age. Serum immunoglobulins were raised in eight patients. Serum eosinophil "
     "cationic protein was raised in five of the nine patients in whom it was measured.</p>",
     "CaseSeriesDesign", 15),
    # guard (passes before and after): those who "make up the study population" are the later
    # count, not one past "and these" (blindtest1568 yak03; the wide check of round 450 found it)
    ("Cryptosporidiosis after kidney transplantation: a retrospective cohort",
     "This was a retrospective study. Of 1235 kidney transplant recipients followed during the "
     "study period, 119 (8.98%) developed diarrhea; Cryptosporidium was identified in 34 of these "
     "119 (28.5%), and these 34 patients make up the study population.",
     "RetrospectiveCohortDesign", 34),
    # guard (passes before and after): after a run-in label with no colon, "sixteen of the
    # seventeen ...; the remaining one" is no 17 + 1 (blindtest653 qn03)
    ("Clinical features of NLRP3 mosaicism: a retrospective cohort",
     "This was a retrospective study. Results  Seventeen individuals with NLRP3 mosaicism were "
     "enrolled, and sixteen of the seventeen had one of the CAPS phenotypes; the remaining one did "
     "not.",
     "RetrospectiveCohortDesign", 17),
]

ROUND_449_DESIGNS_AND_COUNTS = [
    # blindtest1671 yej04: the patients and the controls before the one verb of both
    ("Epicardial fat in rosacea: a prospective case-control study",
     "The study was prospective. Thirty-one patients with rosacea and thirty-one control subjects "
     "took part, and epicardial fat was measured in every one of them.",
     "ProspectiveCohortDesign", 62),
    # blindtest1668 yeg04: two kinds "of the patients we enrolled"
    ("Ribavirin and interferon for hepatitis C in thalassaemia: a prospective study",
     "We enrolled patients with thalassaemia and chronic hepatitis C. Ten of the patients we "
     "enrolled had not responded to interferon given alone and seven had never been treated for "
     "HCV. All of them took the combination for twelve months.",
     "ProspectiveCohortDesign", 17),
    # blindtest1667 yef05: said to be randomised among what else it was, and its arms each sized
    # after what they were given
    ("Cyclosporine for dry eye",
     "The trial was run at a single centre. It was prospective, randomised and longitudinal. "
     "Patients with dry eye were assigned to drops of cyclosporine 0.05% (Restasis; Allergan, "
     "Inc., Irvine, CA), thirty-six of them, or of artificial tears (Refresh Endura; Allergan, "
     "Inc., Irvine, CA), twenty-two of them, for 12 months.",
     "RandomizedTrialDesign", 58),
    # blindtest1660 ydy03: those of the whole kept for the analysis, by group
    ("Endometriosis and miscarriage: a retrospective cohort",
     "This was a retrospective cohort study. 870 women with endometriosis were assigned to the "
     "endometriosis group and 981 women without the disease to the control group. Only women who "
     "had been pregnant before were kept for the analysis: two hundred and eighty-four in the "
     "endometriosis group and four hundred and sixty-six in the control group.",
     "RetrospectiveCohortDesign", 750),
    # blindtest1665 yed04: a second group by what it was found to have
    ("Anxiety after screening for abdominal aortic aneurysm: a prospective study",
     "Men attending routine screening completed a questionnaire before their scan and a month "
     "later. One hundred men had a normal aorta on ultrasound and sixty-one were found to have an "
     "aneurysm.",
     "ProspectiveCohortDesign", 161),
]

ROUND_448_DESIGNS_AND_COUNTS = [
    # blindtest1658 ydw02: the episodes reviewed and the women they occurred in
    ("HELLP syndrome in the antiphospholipid syndrome",
     "Methods: We looked back over 16 episodes of HELLP that complicated APS in fifteen women. "
     "Seven women had received no treatment.",
     "CaseSeriesDesign", 15),
    # blindtest1658 ydw04: those offered a treatment, then those who accepted it
    ("Hydroxychloroquine in refractory obstetric antiphospholipid syndrome: a prospective cohort",
     "We followed women with obstetric APS from 2013 to 2020. Two hundred and seventeen were first "
     "managed with aspirin. In 67 the pregnancy failed. Those 67 women were then offered "
     "hydroxychloroquine as well, and forty-one accepted the protocol.",
     "ProspectiveCohortDesign", 41),
    # blindtest1658 ydw03: two groups labelled by number, each sized
    ("Hydroxychloroquine in women with antiphospholipid antibodies: a retrospective cohort",
     "Thirteen women, with 17 pregnancies between them, had taken HCQ before conceiving (group 1). "
     "Thirty-five women who were never given HCQ served as controls (group 2).",
     "RetrospectiveCohortDesign", 48),
    # ... guard: two of three numbered groups are no population (blindtest1246 zmy05)
    ("Iloprost in severe frostbite: a randomised trial",
     "We enrolled 47 adults with severe frostbite. They were then randomly assigned to one of "
     "three regimens. Fifteen patients (group 1) received aspirin. Sixteen patients (group 2) "
     "received iloprost. The remaining sixteen (group 3) received iloprost and rt-PA.",
     "RandomizedTrialDesign", 47),
    # blindtest1655 ydt02: those eligible, behind a run-in label
    ("Treatment of primary hypophysitis in Germany",
     "Design  The working group carried out a nationwide retrospective cohort study.\n\n"
     "Patients  Seventy-six patients with primary hypophysitis were eligible\nand were included.",
     "RetrospectiveCohortDesign", 76),
    # blindtest1654 yds05: the cohort as how many of those eligible
    ("Immunomodulatory therapy in sympathetic ophthalmia: a single-centre review",
     "This was a retrospective review of patients seen between 2005 and 2022. Only those followed "
     "for at least 12 months were eligible; the cohort comprised thirty-five of them. Over "
     "follow-up, 24 patients reached remission.",
     "RetrospectiveCohortDesign", 35),
    # blindtest1657 ydv04: a registry record's time perspective
    ("Investigation of biomarkers in Susac syndrome",
     "Study type: observational. Observational model: cohort. Time perspective: prospective. "
     "Groups: patients with Susac syndrome and healthy controls.",
     "ProspectiveCohortDesign", None),
    # ... guard: a retrospective one stays retrospective
    ("Investigation of biomarkers in Susac syndrome",
     "Study type: observational. Observational model: cohort. Time perspective: retrospective. "
     "Groups: patients with Susac syndrome and healthy controls.",
     "RetrospectiveCohortDesign", None),
]

ROUND_447_DESIGNS_AND_COUNTS = [
    # blindtest1647 ydl04: those who agreed, over those invited
    ("Dexamethasone for asthma exacerbations in children: a randomised trial",
     "Children were randomly assigned to one or two doses of dexamethasone. Results: over the "
     "study period 710 children met the inclusion criteria and were invited to take part; 590 "
     "agreed to take part. Outcome data were available for 557 of them.",
     "RandomizedTrialDesign", 590),
    # blindtest1645 ydj04: a terminated trial's record that only says how many were planned
    ("DF2156A in bullous pemphigoid: a single-arm pilot trial",
     "The study is a phase 2, single-arm pilot trial. The registry lists it as terminated and "
     "gives no number actually enrolled. Twelve patients with BP were planned. Each would take "
     "the drug twice a day.",
     "ProspectiveCohortDesign", None),
    # ... guard: patients planned *for* a treatment are a population
    ("Rituximab in pemphigus: a case series",
     "Twelve patients with pemphigus were planned for rituximab. All received it in 2020.",
     "CaseSeriesDesign", 12),
    # blindtest1643 ydh05: a study of two comparisons, each with its own patients
    ("Androgens in aplastic anaemia",
     "We performed a prospective randomised study of androgens, made up of two comparisons. In "
     "the first, two androgens were each given at a high dose (1 mg/kg/d) or a low dose (0.2 "
     "mg/kg/d); 110 patients took part in this dose comparison. In the second, four androgens "
     "were compared in 125 other patients.",
     "RandomizedTrialDesign", 235),
    # blindtest1643 ydh04: a prospective trial with one arm and no randomisation
    ("Danazol in refractory aplastic anaemia",
     "We therefore set up a prospective clinical trial of danazol in aplastic anaemia that had "
     "relapsed after immunosuppression. Twelve men and four women took part. Each received "
     "danazol for 12 weeks.",
     "ProspectiveCohortDesign", 16),
    # blindtest1650 ydo02: the trial a report of two calls for is not its own
    ("Methotrexate for sclerosing cholangitis",
     "Two men with sclerosing cholangitis improved on low-dose methotrexate; we describe both of "
     "them here. The first man was 40. The second man was 60. Because methotrexate can itself "
     "damage the liver, we suggest that it be tested in a prospective, randomized trial.",
     "CaseSeriesDesign", 2),
    # blindtest1650 ydo05: "prospective" beside double-blind and placebo-controlled is a trial's
    ("Methotrexate in primary sclerosing cholangitis",
     "The trial was prospective, double-blind and placebo-controlled. Twenty-four patients with "
     "PSC were assigned to methotrexate or placebo for 2 years.",
     "RandomizedTrialDesign", 24),
    # blindtest1652 ydq05: screened, then enrolled, in the active voice
    ("Prednisone in cystic fibrosis: a randomised trial",
     "At 15 centres we screened 320 patients and enrolled 285 of them between 1986 and 1987. "
     "They were randomly assigned to prednisone or placebo.",
     "RandomizedTrialDesign", 285),
    # blindtest1649 ydn05: two kinds before the one verb
    ("Prednisolone for collagenous colitis: a randomised trial",
     "We screened thirty-one consecutive patients. Of these, eleven with collagenous colitis and "
     "one with lymphocytic colitis were included and randomly allocated to prednisolone or "
     "placebo.",
     "RandomizedTrialDesign", 12),
    # blindtest1652 ydq03: the earlier patients and those who followed
    ("Azithromycin in acute exacerbation of IPF",
     "We retrospectively reviewed the records of patients admitted with an acute exacerbation. "
     "The earlier 47 patients had received a fluoroquinolone-based regimen and served as "
     "controls; the 38 who followed were given azithromycin.",
     "RetrospectiveCohortDesign", 85),
    # blindtest1652 ydq02: the remaining ones "are the patients we describe here"
    ("Acute exacerbations of IPF after vaccination",
     "Between January and December 2021, twenty-six patients with IPF were admitted to our unit. "
     "In sixteen of them the decline had another cause. The remaining ten met the criteria for "
     "AE-IPF, and they are the patients we describe here. Our unit follows about 300 patients "
     "with IPF.",
     "CaseSeriesDesign", 10),
    # blindtest1653 ydr02: two women reported by number, keyworded "case report"
    ("Antihistamines for PASC",
     "We report two previously healthy middle-aged women with PASC. Both started "
     "antihistamines.\n\nKeywords: antihistamines; long COVID; case report",
     "CaseSeriesDesign", 2),
    # blindtest1648 ydm03: a nationwide survey the authors ran
    ("Stiff person syndrome in Japan",
     "To describe its epidemiology and treatment, we ran a nationwide mail survey, asking for "
     "patients seen between 2015 and 2017. Detailed data came back for 55 cases. Of these, 30 "
     "were identified as GAD65-positive SPS and form the study population.",
     "RetrospectiveCohortDesign", 30),
    # blindtest1650 ydo04: those entered and a further group they were compared with
    ("Methotrexate and UDCA in primary sclerosing cholangitis",
     "Nineteen patients with PSC were entered prospectively, with follow-up planned for 2 years. "
     "They took UDCA with methotrexate. Their results were compared with those of a further ten "
     "patients taking UDCA alone.",
     "ProspectiveCohortDesign", 29),
    # blindtest1647 ydl03: a flow table's row with a comment in words beside its count
    ("Corticosteroids after asthma care",
     "We prospectively followed a cohort of adults discharged from the emergency department. The "
     "flow of participants is shown below.\n\nStage\tNumber\tComment\nEligible adults\t448\t"
     "asthma criteria met\nEnrolled\t365\tenrolled in the study\nCompleted follow-up\t309\t"
     "84.7% of those enrolled\n\nSystemic corticosteroids improved lung function.",
     "ProspectiveCohortDesign", 365),
]


ROUND_440_DESIGNS_AND_COUNTS = [
    # blindtest1555 zax04: the second group "formed the control group"
    ("Ribavirin in Nipah virus encephalitis: an open-label trial",
     "Here we report an open-label trial of ribavirin. One hundred and forty patients with acute "
     "Nipah encephalitis received the drug. Fifty-four patients formed the control group: they had "
     "been managed before ribavirin was available.",
     "ProspectiveCohortDesign", 194),
    # blindtest1562 yae03: the introduction's "another 1,266 cases" are the outbreak's
    ("Yellow fever: case profile and factors associated with death in a reference hospital",
     "METHODS: Retrospective observational study of clinical records.\n\nRESULTS: Fifty-two "
     "patients with a diagnosis of yellow fever were admitted; 86.5% were men.\n\nINTRODUCTION\n\n"
     "In December 2016 the virus re-emerged; 779 human cases were confirmed by June 2017, and from "
     "July 2017 another 1,266 cases and 415 deaths were confirmed.",
     "RetrospectiveCohortDesign", 52),
    # blindtest1563 yaf03: the second count set apart by "whose"
    ("Glucocorticoids in lymphocytic hypophysitis: a retrospective cohort",
     "This was a retrospective cohort study. Twenty-eight patients whose diagnosis rested on "
     "histology and 22 whose diagnosis was made on clinical grounds met the inclusion criteria.",
     "RetrospectiveCohortDesign", 50),
    # blindtest1561 yad04: two kinds, the noun said once
    ("Procalcitonin and IL-6 in vertebral osteomyelitis",
     "Every adult diagnosed with VO at our centre was entered into this prospective cohort study. "
     "Twenty-two patients had pyogenic and eight had granulomatous VO.",
     "ProspectiveCohortDesign", 30),
    # blindtest1542 zak03: two kinds of one operation, the second "one"
    ("Open and arthroscopic synovectomy of the knee in haemophilia: a retrospective comparison",
     "We looked back at the patients of our unit who came to synovectomy. Eighteen had an open "
     "operation and nine an arthroscopic one.",
     "RetrospectiveCohortDesign", 27),
    # blindtest1562 yae05: a protocol's outbreak count is no population
    ("Sofosbuvir for yellow fever: protocol of a randomised trial",
     "Since July 2017 the outbreak has produced 1261 confirmed cases of yellow fever and 409 "
     "deaths. Adults with yellow fever are randomised to sofosbuvir or to the control arm. This "
     "paper reports the protocol only.",
     "RandomizedTrialDesign", None),
]

ROUND_439_DESIGNS_AND_COUNTS = [
    # blindtest1546 zao05: haemodialysis patients are the patients counted
    ("Pentoxifylline in haemodialysis patients: a randomised controlled trial",
     "This was a randomised controlled trial. Forty-two haemodialysis patients were randomly "
     "allocated to one of two groups. Thirty-six completed the study.",
     "RandomizedTrialDesign", 42),
    # blindtest1557 zaz05: the first arm a vitamin named by its letter
    ("Vitamin A in measles: a randomised trial",
     "Patients with acute measles were enrolled in a randomized, double-masked clinical trial: 90 "
     "were allocated to vitamin A and 110 to placebo.",
     "RandomizedTrialDesign", 200),
]

ROUND_437_DESIGNS_AND_COUNTS = [
    # blindtest1540 zai03: the second group "consisted of the 18 patients"
    ("Tocilizumab for antibody-mediated rejection after lung transplantation: a retrospective "
     "cohort",
     "We did a retrospective cohort study. The TCZ group consisted of 9 recipients of bilateral "
     "lung transplants; the comparison group consisted of the 18 patients whose rejection was "
     "treated without TCZ.",
     "RetrospectiveCohortDesign", 27),
    # blindtest1542 zak02: knees "in six patients" name the patients, no subgroup
    ("Arthroscopic synovectomy in hemophilic synovitis: a case series",
     "We describe a case series. Over three years, seven knees in six patients whose synovitis "
     "had not responded were treated by arthroscopic surgery. Two patients lost motion.",
     "CaseSeriesDesign", 6),
    # blindtest1543 zal05: those a screening was done to recruit
    ("Doxycycline versus rifampicin for scrub typhus: a randomised trial",
     "This was a randomised controlled trial. Over three years, about 12 800 patients with fever "
     "were screened in order to recruit 126 with confirmed scrub typhus, of whom 86 completed "
     "therapy. Fever cleared in 19 of 24 patients on rifampicin.",
     "RandomizedTrialDesign", 126),
]

ROUND_436_DESIGNS_AND_COUNTS = [
    # blindtest1247 zmz03: three groups after a colon, the middle one between commas
    ("Conservative treatment of chalazion by age: a retrospective review",
     "The records of children treated for chalazion were reviewed retrospectively. The children "
     "were sorted by their age at treatment: thirty were aged 2 years or under (group A), "
     "thirty-eight were aged 3 to 6 years (group B), and twenty-three were aged 7 to 15 years "
     "(group C).",
     "RetrospectiveCohortDesign", 91),
    # blindtest1537 zaf05: the first arm's doses by who got which, between commas
    ("Dupilumab in chronic spontaneous urticaria: a randomised trial",
     "This was a randomized, double-blind, placebo-controlled trial. Seventy-four patients were "
     "randomized to add-on dupilumab, 300 mg for adults weighing at least 60 kg or 200 mg for "
     "adolescents under 60 kg, and seventy-seven to matching placebo, each given every 2 weeks.",
     "RandomizedTrialDesign", 151),
    # blindtest1534 zac03: those of a chart review's patients who agreed to take part
    ("Topical steroids in vulvar lichen sclerosus in girls: a retrospective review",
     "We carried out a retrospective chart review. The chart review identified 128 patients; 61 "
     "of them agreed to take part and were interviewed.",
     "RetrospectiveCohortDesign", 61),
    # blindtest1539 zah03: the population given only by each part's first treatment
    ("Interferon in polycythaemia vera: a retrospective study",
     "In this retrospective study from a single centre we compared the first treatments. The "
     "first treatment was interferon in 93 patients (20%), hydroxyurea in 189 (40%), phlebotomy "
     "alone in 133 (28%) and another drug in the remaining 55 (12%).",
     "RetrospectiveCohortDesign", 470),
    # blindtest1533 zab05: group sizes "(n =" broken over two lines are read whole
    ("Probiotics for lactational mastitis: a randomised trial",
     "Women with mastitis were randomly assigned to one of three groups. Group A (n =\n124) took "
     "one strain and group B (n = 127) took another; group C (n = 101) received an antibiotic.",
     "RandomizedTrialDesign", 352),
]

ROUND_434_DESIGNS_AND_COUNTS = [
    # blindtest1519 zbn05: the first arm a bolus of its drug, dosed per kilogram as "mg kg⁻¹"
    ("Dexamethasone and cognitive decline after cardiac surgery",
     "Design and setting. A randomised controlled study in a single university teaching "
     "hospital.\n\nPatients and intervention. Patients scheduled for elective cardiac surgery "
     "were enrolled: eighty‐five were randomised to a single intravenous bolus of dexamethasone "
     "0.1 mg kg⁻¹ and eighty‐four to placebo, each given 10 h before the operation. The "
     "analyses included 161 patients.",
     "RandomizedTrialDesign", 169),
    # blindtest1520 zbo04: a further group after a semicolon
    ("Intralesional triamcinolone with and without lincomycin in nodulocystic acne: a series",
     "Two groups were compared. Ten patients with nodulocystic acne had their lesions injected "
     "with triamcinolone acetonide at 2.5 mg/ml; nine further patients received the same "
     "injection together with lincomycin hydrochloride at 75 mg/ml.",
     "CaseSeriesDesign", 19),
    # blindtest1517 zbl04: two groups of a size, "each" left out, after the verb taking them in
    ("Intravenous prednisolone in frozen shoulder: a prospective study",
     "We did a prospective study. We collected two groups of thirty patients, matched for age "
     "and sex, all with idiopathic adhesive capsulitis. One group was given prednisolone.",
     "ProspectiveCohortDesign", 60),
    # blindtest1516 zbk03: three parts after a colon are no pair: the whole stands
    ("Dexamethasone for lumbar radiculopathy: a retrospective study",
     "We did a retrospective study of records. One hundred patients were assessed for "
     "eligibility and 19 were left out because of malignancy, so eighty-one men and women were "
     "included: 32 had received intravenous dexamethasone, 24 had SNRB and 25 had various "
     "NSAIDs.",
     "RetrospectiveCohortDesign", 81),
]

ROUND_424_DESIGNS_AND_COUNTS = [
    # blindtest1427 zfx03: a decimal point inside a group's bracket does not end the list of groups
    ("Extended interval dosing of natalizumab: a retrospective cohort",
     "We did a retrospective cohort study of clinic records. Two hundred and sixteen patients fell "
     "in the SID group (median dose interval 4.3 weeks) and 144 in the EID group (median dose "
     "interval 6.2 weeks), three hundred and sixty in all.",
     "RetrospectiveCohortDesign", 360),
    # blindtest700 sy03: a bracket is passed whole, its counts a breakdown of the count before it
    ("Ketogenic diet in super-refractory status epilepticus: our records and the literature",
     "We reviewed, retrospectively, the records of every child with SRSE who was started on KD. "
     "In our own records, three children had a NORSE presentation (one of infectious cause and two "
     "with FIRES), and thirteen more children received KD for SRSE of other origins.",
     "RetrospectiveCohortDesign", 16),
    # blindtest1427 zfx05: the second group named by its kind, the noun said again, before the verb
    ("Vedolizumab induction in Crohn's disease: a randomised trial",
     "This was a randomised, placebo-controlled trial. Three hundred and fifteen patients with "
     "previous TNF antagonist failure and one hundred and one TNF antagonist-naive patients took "
     "part.",
     "RandomizedTrialDesign", 416),
    # blindtest1434 zee05: the total after a dash
    ("Bimekizumab in ankylosing spondylitis: a randomised dose-ranging trial",
     "This was a randomised, double-blind, placebo-controlled trial. Randomisation allocated 61 "
     "patients to 16 mg, 61 to 64 mg, 60 to 160 mg, 61 to 320 mg and 60 to placebo \u2014 303 "
     "patients in all.",
     "RandomizedTrialDesign", 303),
    # blindtest1436 zeg03: "N of them, <apposition>, met the criteria and form the study cohort"
    ("Romiplostim for immune thrombocytopenia: a registry study",
     "We carried out a retrospective analysis of registry data. The registry held 1440 patients; "
     "one hundred and eighteen of them, all adults with primary ITP, met the eligibility criteria "
     "and form the study cohort.",
     "RetrospectiveCohortDesign", 118),
    # blindtest1437 zeh03: those a drug's effects were reviewed in
    ("Dupilumab in asthma with eosinophilic sinusitis",
     "At a single centre we retrospectively reviewed the effects of dupilumab in sixty-two "
     "patients who had been given it for eosinophilic sinusitis together with asthma.",
     "RetrospectiveCohortDesign", 62),
    # blindtest1441 zel05: three arms or more after a colon, each "N to" what it was given
    ("Ligelizumab in chronic spontaneous urticaria: two randomised trials",
     "These were two randomised, double-blind trials. From 2018 to 2021, adult patients were "
     "randomised across the two studies as follows: 614 to ligelizumab 72 mg, 616 to ligelizumab "
     "120 mg, 618 to omalizumab 300 mg and 209 to placebo.",
     "RandomizedTrialDesign", 2057),
    # blindtest1443 zen05: "Of the N patients screened, M underwent randomization", not those who
    # stopped early and "remained in the analysis"
    ("Methotrexate or cyclosporine for psoriasis: a randomized comparison",
     "We compared the two drugs in a randomized trial. Of the 111 patients screened, 88 underwent "
     "randomization; abnormal liver tests were the usual reasons for exclusion. Twelve patients in "
     "the methotrexate group stopped treatment early because of reversible rises in liver-enzyme "
     "levels, and one in the cyclosporine group stopped because of a raised bilirubin level with "
     "icterus; all 13 remained in the analysis.",
     "RandomizedTrialDesign", 88),
]


ROUND_422_DESIGNS_AND_COUNTS = [
    # blindtest1425 zfv03: the population, then after a colon its two parts, the second "did
    # not": the parts of the count, no further group
    ("Multifocal motor neuropathy with and without conduction block",
     "We went back over the records of every patient seen with multifocal motor neuropathy. "
     "Thirty-three patients met these conditions: twenty had CB at diagnosis and thirteen did "
     "not.",
     "RetrospectiveCohortDesign", 33),
]


ROUND_419_DESIGNS_AND_COUNTS = [
    # blindtest1418 zfo03: a count in words of more than ten thousand
    ("Urate-lowering therapy in gout: a retrospective cohort from practice records",
     "We carried out a retrospective cohort study of practice records. RESULTS. Forty-two "
     "thousand three hundred and six people met the criteria.",
     "RetrospectiveCohortDesign", 42306),
]


ROUND_418_DESIGNS_AND_COUNTS = [
    # blindtest1400 zgw05: those "first randomly assigned", not those randomised a second time
    ("Etanercept in paediatric psoriasis: a randomised trial",
     "One hundred ninety patients with psoriasis, 4 to 17 years of age, were first randomly "
     "assigned in double-blind fashion to placebo or etanercept. At week 36, 120 patients were "
     "randomly assigned a second time, to placebo or etanercept.",
     "RandomizedTrialDesign", 190),
    # blindtest1403 zgz05: a protocol's "first N subjects enrolled", whose data will be reviewed
    ("G-CSF for severe alcoholic hepatitis: protocol of a randomised controlled trial",
     "This is the protocol of a randomised controlled trial. Safety data from the first 12 "
     "subjects enrolled in the pilot study will be reviewed before the study continues.",
     "RandomizedTrialDesign", None),
    # blindtest1406 zfc03: "Of the N ... patients who met these criteria", then what became of them
    ("Steroids in fulminant myocarditis: a registry study",
     "In this retrospective analysis we drew on a national registry. Of the 320 registry patients "
     "who met these criteria (median age 50 years), 90 died within 90 days and 15 more died later.",
     "RetrospectiveCohortDesign", 320),
]


ROUND_415_DESIGNS_AND_COUNTS = [
    # blindtest1379 zgb02: two kinds "of our" patients after a run-in label, the second's noun left
    # out
    ("Ruxolitinib salvage in multidrug-resistant graft-versus-host disease: a case series",
     "Patients. Twelve of our recipients had MDR acute GVHD and seventeen had MDR chronic GVHD. "
     "They had been heavily pretreated.",
     "CaseSeriesDesign", 29),
    # blindtest1395 zgr05: the second arm "another" N
    ("Rituximab versus a cyclic regimen in membranous nephropathy: a randomised trial",
     "Adults with membranous nephropathy were allocated at random to rituximab or to a cyclic "
     "regimen. Results: Forty-one patients were assigned to rituximab and another forty to the "
     "cyclic regimen.",
     "RandomizedTrialDesign", 81),
    # blindtest1385 zgh05: the first arm's drug given as an add-on
    ("Hydroxychloroquine in antiphospholipid syndrome pregnancy: a randomised trial",
     "This randomized controlled trial divided pregnant women evenly between two arms: forty were "
     "allocated to adjuvant hydroxychloroquine and forty to the control arm.",
     "RandomizedTrialDesign", 80),
    # blindtest1393 zgp04: patients by diagnosis after "we followed prospectively"
    ("Mercaptopurine after azathioprine intolerance in inflammatory bowel disease: a prospective "
     "study",
     "We followed prospectively twelve patients with Crohn's disease (CD) and nine with "
     "ulcerative colitis (UC), all intolerant of azathioprine.",
     "ProspectiveCohortDesign", 21),
    # blindtest1392 zgo03: "Of these, N ... formed the study cohort", after those who started
    ("Upadacitinib in Crohn's disease: a retrospective cohort",
     "We carried out a retrospective cohort study. By March 2024, 140 patients had started "
     "upadacitinib. Of these, 97 with active disease and at least 12 weeks of follow-up formed "
     "the study cohort.",
     "RetrospectiveCohortDesign", 97),
    # blindtest1393 zgp02: "The first was a 30-year-old woman ... The second, ... The third was"
    ("Autoimmune hepatitis: three case histories",
     "We illustrate this with three case histories. The first was a 30-year-old woman with "
     "jaundice. The second, a woman aged 52, had cirrhosis. The third was a 75-year-old man with "
     "raised transaminases.",
     "CaseSeriesDesign", 3),
]


ROUND_412_DESIGNS_AND_COUNTS = [
    # blindtest1338 zim05: a clause on how many of the first arm had something, before the second
    ("Lenograstim in septic melioidosis: a randomised trial",
     "Thirty patients were allocated to G-CSF, 18 of whom had melioidosis confirmed by culture, "
     "and thirty to placebo, 23 of whom had culture-confirmed melioidosis.",
     "RandomizedTrialDesign", 60),
    # blindtest1339 zin03: a randomised study the authors call for "seems warranted"
    ("Antivenom in scorpion sting: a comparison with historical controls",
     "The records of 104 children treated for scorpion stings were reviewed. Because the "
     "comparison group was historical, a prospective randomized study seems warranted.",
     "RetrospectiveCohortDesign", 104),
    # blindtest1357 zhf02, blindtest1355 zhd05: two studies of one paper, each with its count
    ("Filgotinib for induction of remission in ulcerative colitis: a randomised trial",
     "Induction study A enrolled 659 biologic-naive patients and induction study B enrolled 689 "
     "biologic-experienced patients; each was randomised 2:2:1 to filgotinib 200 mg, 100 mg or "
     "placebo.",
     "RandomizedTrialDesign", 1348),
    ("Brodalumab or ustekinumab in psoriasis: two randomised trials",
     "AMAGINE-2 randomised 1831 patients with moderate-to-severe psoriasis and AMAGINE-3 "
     "randomised 1881; in AMAGINE-3 the ratio was 2:2:1:1.",
     "RandomizedTrialDesign", 3712),
    # blindtest1361 zhj04: a protocol's patients "are to be enrolled": a target, no population
    ("Obinutuzumab against tacrolimus in primary membranous nephropathy: a randomised trial "
     "protocol",
     "An open-label, active-controlled, randomised phase III study. About 144 patients with pMN, "
     "diagnosed either on kidney biopsy or by serum anti-PLA2R antibody, are to be enrolled.",
     "RandomizedTrialDesign", None),
    # blindtest1365 zhn04: an extension's patients, of those who finished the parent trial
    ("Anifrolumab in systemic lupus erythematosus: three years of an open-label extension study",
     "In this prospective open-label extension, patients continued anifrolumab 300 mg every four "
     "weeks. The RCT was completed by 246 patients; 218 of them (88.6%) went on into the "
     "extension, and 139 of those 218 (63.8%) completed the full 3 years of treatment.",
     "ProspectiveCohortDesign", 218),
    # blindtest1370 zhs04: enrolment closed at a number followed by its brackets
    ("Ocrelizumab in relapsing-remitting multiple sclerosis: the single-arm phase IIIb CASTING "
     "study",
     "CASTING is a prospective, multicentre, single-arm phase IIIb study. Results: Enrolment "
     "closed at 680 (64% women; mean baseline EDSS 2.1 [SD 1.1]), all of whom form the mITT "
     "population.",
     "ProspectiveCohortDesign", 680),
    # blindtest1370 zhs03: "The OFA group numbered sixteen and the matched GC group thirty-two"
    ("Ofatumumab in pemphigus: a matched registry cohort",
     "We looked back at a bullous-disease registry. The OFA group numbered sixteen and the matched "
     "GC group thirty-two.",
     "RetrospectiveCohortDesign", 48),
]


ROUND_411_DESIGNS_AND_COUNTS = [
    # blindtest1095 zrd05: the register's own (not estimated) enrolment is the population
    ("Depemokimab in hypereosinophilic syndrome: a randomised trial (registration summary)",
     "A randomised, double-blind, placebo-controlled trial. The record first posted gave an "
     "estimated enrolment of 120 participants; the sponsor's register, last updated in November "
     "2025, gives an enrolment of 123, with primary completion on 11 February 2026.",
     "RandomizedTrialDesign", 123),
    ("Anakinra in gout flares: a randomised trial (trial record)",
     "A randomised, open-label trial of anakinra against triamcinolone. The registry record "
     "lists an enrolment of 88, and the trial is completed.", "RandomizedTrialDesign", 88),
]


@pytest.mark.parametrize("title, body", [
    # round 410's note: a trial "designed to enrol three hundred patients at forty centres"
    ("Tocilizumab in giant cell arteritis: a randomised trial", "The trial was designed to enrol "
     "three hundred patients at forty centres. Patients were randomly assigned to tocilizumab or "
     "placebo."),
    # blindtest1258 zlk05, blindtest529 lt05: a registration with no one enrolled yet
    ("Ravulizumab in thrombotic microangiopathy: design of a randomised trial",
     "This phase 3, randomised, double-blind, placebo-controlled, multicentre trial compares "
     "ravulizumab with placebo in adults aged 18 years and older, each added to best supportive "
     "care for 26 weeks, at 31 sites. The study opened on 1 July 2021 with an estimated enrolment "
     "of 100 participants; primary completion is expected on 31 January 2024."),
])
def test_no_count_is_called_beside_a_planned_enrolment(tmp_path, title, body):
    """Round 411: where a paper gives a planned enrolment and the rules read no population, the
    count model (with the committed models) calls none either: the paper's other numbers
    (centres, sites, ages, weeks) are no study's population."""
    found = paper_study(tmp_path, title, body)
    assert found.value("hasStudyDesign") == "RandomizedTrialDesign"
    assert found.value("numberOfPatients") is None


ROUND_407_DESIGNS_AND_COUNTS = [
    # blindtest1296 zkw05: a registration's planned enrolment is no population (fifteen blind golds
    # give none; a registration with no one enrolled has none)
    ("A trial of ribavirin in acute-on-chronic liver failure due to hepatitis E (registry record)",
     "A double-blind, placebo-controlled, randomised trial of ribavirin. The planned enrolment is "
     "40 patients. The registry lists the status as unknown, and no results have been posted.",
     "RandomizedTrialDesign", None),
    ("Sarilumab in Takayasu arteritis: trial record", "A randomised, placebo-controlled trial. "
     "Study start: 2025-01. Enrollment (Estimated): 36. Ages eligible: 18 years and older.",
     "RandomizedTrialDesign", None),
    # the sample a trial was designed for (the old case of test_populations_stated_in_other_words;
    # with the models the count model calls "forty centres" here, at .12: round 410's note)
    ("Tocilizumab in giant cell arteritis: a randomised trial", "The trial was designed to enrol "
     "three hundred patients at forty centres. Patients were randomly assigned to tocilizumab or "
     "placebo.", "RandomizedTrialDesign", None),
    # blindtest683 sh05: the estimated enrolment blanked, the randomised counted in its sentence
    ("Efzofitimod in pulmonary sarcoidosis: a randomised trial",
     "The study began in September 2022; the registry listed an estimated enrolment of 264 "
     "participants, and in the end two hundred and sixty-eight patients with pulmonary sarcoidosis "
     "were randomised to efzofitimod or placebo.",
     "RandomizedTrialDesign", 268),
    # blindtest57 p308: a registered enrolment is the record's own count
    ("Prednisolone with IVIG in Kawasaki disease: a randomised trial (registry record)",
     "STATUS: The randomised trial started on 15 January 2020 with a registered enrolment of 3208 "
     "participants; it is active but no longer recruiting.",
     "RandomizedTrialDesign", 3208),
]

ROUND_406_DESIGNS_AND_COUNTS = [
    # blindtest1317 zjr04: "in-patients" with a hyphen
    ("Antitoxin in foodborne botulism: a prospective cohort",
     "We followed the patients prospectively. A total of 91 in-patients with baseline clinical "
     "data were included. 42 patients developed respiratory failure and needed mechanical "
     "ventilation.",
     "ProspectiveCohortDesign", 91),
    # blindtest1312 zjm03: "The X group (...) comprised N patients (...) and the Y group (...) M
    # patients"
    ("Hyperbaric oxygen in Fournier's gangrene: a retrospective cohort",
     "We reviewed the records retrospectively. The control group (period I) comprised 118 patients "
     "(59.9%) and the HBOT group (period II) 79 patients (40.1%).",
     "RetrospectiveCohortDesign", 197),
    # blindtest1319 zjt03: "a review of 67 cases in a single medical center" is a records review
    ("Clinical characteristics and prognostic factors of splenic abscess: a review of 67 cases in "
     "a single medical center",
     "The records from January 1986 to December 2004 were reviewed retrospectively. Sixty-seven "
     "patients with splenic abscess were enrolled.",
     "RetrospectiveCohortDesign", 67),
    # blindtest1323 zjx03: "A REVIEW OF AMBULANCE RECORDS" is no literature review
    ("MAGNESIUM SULPHATE FOR IRUKANDJI SYNDROME: A REVIEW OF AMBULANCE RECORDS",
     "We looked back over the records of one hundred and twelve patients treated by the ambulance "
     "service.",
     "RetrospectiveCohortDesign", 112),
]

ROUND_405_DESIGNS_AND_COUNTS = [
    # blindtest1309 zjj05: an organ before "transplant patients"
    ("Intravenous immunoglobulin with or without leflunomide for BK virus nephropathy",
     "Sixteen kidney transplant patients with BK virus infection were allocated at random to two "
     "groups: one group was treated with intravenous immunoglobulin and the other with "
     "leflunomide plus intravenous immunoglobulin.",
     "RandomizedTrialDesign", 16),
    # blindtest1307 zjh03: "The X group comprised N ...; a further M ... formed the control group"
    ("Admission for hyperemesis gravidarum and later pregnancy outcomes: a retrospective cohort",
     "We reviewed the records retrospectively. The HG group comprised 186 women (mean age 30.7 "
     "years) who had been admitted with HG within the first 20 weeks of gestation; a further 200 "
     "women who had no HG during pregnancy formed the control group.",
     "RetrospectiveCohortDesign", 386),
    # blindtest1308 zji05: "The trial was prospective, randomized, double-blind"
    ("N-acetylcysteine for contrast nephropathy",
     "Methods: The trial was prospective, randomized, double-blind and placebo-controlled. "
     "Ninety patients were enrolled.",
     "RandomizedTrialDesign", 90),
]

ROUND_403_DESIGNS_AND_COUNTS = [
    # blindtest1274 zka04: groups each formed in turn, the controls last, no total written
    ("Mycophenolate mofetil in IgA vasculitis nephritis: a retrospective cohort",
     "In this retrospective study, children with proteinuria were placed in three groups. "
     "Thirty-three formed the MMF group, given MMF 1.5 mg/(kg·d); thirty-one formed the "
     "corticosteroid (CS) group, given full-dose prednisone; and thirty-one served as controls.",
     "RetrospectiveCohortDesign", 95),
    # blindtest1289 zkp04: two groups formed in one sentence
    ("Actinomyces in women wearing an intrauterine device: a prospective cohort",
     "We designed a prospective, controlled study. Fifty women wearing an IUD formed the study "
     "group and fifty women without one formed the control group.",
     "ProspectiveCohortDesign", 100),
    # blindtest1288 zko05: each group's size in apposition to it
    ("Albendazole before surgery for hydatid cysts: a randomised trial",
     "Patients were randomly assigned to two groups. The intervention group, 44 patients, took "
     "oral albendazole at 10 mg/kg/day for two weeks before the operation; the control group, 46 "
     "patients, went to surgery without it.",
     "RandomizedTrialDesign", 90),
    # blindtest1290 zkq05: "in each study arm", the arms counted in another sentence
    ("Doxycycline for filarial lymphoedema: a randomised, placebo-controlled trial",
     "One hundred patients were enrolled in each study arm, and the two groups were alike at "
     "baseline.",
     "RandomizedTrialDesign", 200),
    # blindtest1291 zkr05: the first arm a regimen
    ("Twelve versus twenty weeks of eradication therapy for melioidosis: a randomised trial",
     "They were randomly assigned to stop treatment or to carry on. Three hundred and twenty-two "
     "patients were allocated to the 12-week regimen and 336 to the 20-week regimen.",
     "RandomizedTrialDesign", 658),
    # blindtest1299 zkz05: "screened and assessed for the trial; of these, N were randomly
    # allocated", before a later arm's "of the 55 infants allocated"
    ("Vigabatrin compared with prednisolone or tetracosactide for infantile spasms",
     "We ran a multicentre, randomised controlled trial. A total of 208 infants were screened and "
     "assessed for the trial; of these, 107 were randomly allocated, 52 to vigabatrin and 55 to "
     "hormonal treatment. On days 13 and 14, spasms had stopped in 40 (73%) of the 55 infants "
     "allocated a hormonal treatment and in 28 (54%) of the 52 allocated vigabatrin.",
     "RandomizedTrialDesign", 107),
    # blindtest1302 zjc02: "fifteen of the group ... also met" is a part of the twenty
    ("Narsoplimab in transplant-associated thrombotic microangiopathy: a case series",
     "In this case series, thirteen adults and seven children with thrombotic microangiopathy were "
     "given narsoplimab. Children were diagnosed by the Jodele criteria and adults by the Cho "
     "criteria; fifteen of the group (75 %) also met the definition proposed by the panel.",
     "CaseSeriesDesign", 20),
]

ROUND_401_DESIGNS_AND_COUNTS = [
    # blindtest1275 zkb04: "a further N who ..." before their verb
    ("Oral vancomycin in primary sclerosing cholangitis: a prospective cohort",
     "In this prospective cohort study, thirty subjects were enrolled in the trials, and a further "
     "twenty-nine who had heard about the trial asked for the drug and were treated the same way.",
     "ProspectiveCohortDesign", 59),
    # blindtest1283 zkj05: an arm's size after a note and a semicolon in its brackets
    ("Amiodarone versus implantable defibrillators in Chagas cardiomyopathy: a randomised trial",
     "Patients were randomly assigned to an ICD (implanted according to each centre's protocol; "
     "157 patients) or to amiodarone (166 patients).",
     "RandomizedTrialDesign", 323),
]

ROUND_398_DESIGNS_AND_COUNTS = [
    # blindtest1267 zlt05: a label in capitals run into its sentence after two spaces
    ("Aspirin versus placebo for embolic events in infective endocarditis: a randomised trial",
     "Patients were randomly assigned to aspirin or placebo.\n\nRESULTS  Of 513 patients "
     "screened, 115 were enrolled and randomised, 60 to aspirin and 55 to placebo, well short of "
     "the planned sample of 368 patients.",
     "RandomizedTrialDesign", 115),
]

ROUND_397_DESIGNS_AND_COUNTS = [
    # blindtest1242 zmu05: the first arm's drug as "a daily subcutaneous injection of X, 100 mg"
    ("Anakinra in women with chronic fatigue syndrome: a randomised trial",
     "Twenty-five women were randomly assigned to a daily subcutaneous injection of anakinra, "
     "100 mg, and twenty-five to placebo injections, for 4 weeks.",
     "RandomizedTrialDesign", 50),
    # blindtest1243 zmv02: "Four ... The remaining four" split abscesses of the twenty-two patients
    ("Diverticular abscess: a case series from one hospital",
     "This is a descriptive study of every patient hospitalised with a diverticular abscess. "
     "Twenty-two patients were admitted with the diagnosis. Fifteen abscesses lay next to the "
     "colon. Four measured between 3 and 5 cm: a drain was placed in three of them. The remaining "
     "four pericolic abscesses were larger than 5 cm.",
     "CaseSeriesDesign", 22),
    # blindtest1244 zmw04: their course compared with that of a further group
    ("Dantrolene in heat stroke: a prospective cohort study",
     "In this prospective cohort study, eight patients with heat stroke received intravenous "
     "dantrolene. Their course was compared with that of twelve further patients who did not "
     "receive the drug.",
     "ProspectiveCohortDesign", 20),
    # blindtest174 c804: an earlier group compared with is no part of the study's patients
    ("Tocilizumab prophylaxis after cord blood transplant: a phase 2 study",
     "In this prospective phase 2 study we enrolled 45 patients. Their outcomes were compared with "
     "those of 39 earlier recipients who had received the standard prophylaxis alone.",
     "ProspectiveCohortDesign", 45),
    # blindtest1251 zld04: "There were N patients in the X group and M in the Y group"
    ("Methylprednisolone in cervical cord injury: a prospective cohort study",
     "In this prospective cohort study, every patient admitted with a cervical cord injury in the "
     "first two years received MPSS. There were 38 patients in the MPSS group and 41 in the "
     "non-MPSS group.",
     "ProspectiveCohortDesign", 79),
    # blindtest1251 zld02: "in all of them" is no total
    ("High-dose methylprednisolone in children with spinal cord injury: a case series",
     "We looked back at the records of fifteen children who had a blunt injury of the spinal "
     "cord. Thirteen children had recovered completely by 24 hours; in all of them the imaging "
     "was normal.",
     "CaseSeriesDesign", 15),
]

ROUND_395_DESIGNS_AND_COUNTS = [
    # blindtest1199 znd05: the arms after a colon break down those who finished, no further arm
    ("Prednisolone dose in checkpoint-inhibitor hypophysitis: a randomised trial",
     "Between 2019 and 2022 twenty patients were randomised, and eighteen of them finished the "
     "trial: eight completed the high-dose arm and ten the replacement arm.",
     "RandomizedTrialDesign", 20),
]

ROUND_393_DESIGNS_AND_COUNTS = [
    # blindtest1200 zne01: the patient's age before what she had
    ("Tofacitinib for plaque morphea: a letter",
     "We looked after a man aged 59 with a single plaque of localized morphea on one leg. He was "
     "switched to tofacitinib.",
     "CaseReportDesign", 1),
    # blindtest1198 znc01: the age after "of", no title block
    ("A man of sixty-five, white, first came to our hospital in myxedema coma",
     "He received high-dose steroids and improved.",
     "CaseReportDesign", 1),
    # blindtest1209 znn01: the patient come to the authors
    ("Myocarditis after COVID-19",
     "A young man came to us with a one-month history of fatigue. He received prednisolone.",
     "CaseReportDesign", 1),
    # blindtest1202 zng04: "a total of" counting events is no population's cue
    ("Sildenafil for digital ulcers in systemic sclerosis: a pilot study",
     "Nineteen patients with SSc received sildenafil. During treatment, 9 patients developed a "
     "total of 12 new digital ulcers.",
     "ProspectiveCohortDesign", 19),
]

ROUND_391_DESIGNS_AND_COUNTS = [
    # blindtest1197 znb05: a number word is never the first word of a longer one ("one" of "one
    # hundred and eleven")
    ("Abatacept in recent-onset type 1 diabetes: a randomised trial",
     "One hundred and one participants received abatacept and one hundred and eleven received "
     "placebo.",
     "RandomizedTrialDesign", 212),
    # blindtest1193 zox05: "each" before a verb is no arm's size ("two arms of 34 patients each")
    ("Doxycycline in chronic periodontitis: a randomised trial",
     "Two hundred and ten subjects each received one standardised course of scaling and were "
     "then randomly allocated to doxycycline or to placebo.",
     "RandomizedTrialDesign", 210),
]

ROUND_389_DESIGNS_AND_COUNTS = [
    # blindtest1187 zor02: those "found", with their sexes right after, are the population
    ("Mepolizumab and benralizumab in COPD: a case series",
     "We searched our records. Seven COPD patients on one of the two biologics were found, five "
     "men and two women. Residual inflammation was present in five of the six patients with "
     "data.",
     "CaseSeriesDesign", 7),
]

ROUND_381_DESIGNS_AND_COUNTS = [
    # blindtest1154 zpk05: what the exclusions before "left" is the population, not those found
    ("Long-term outcome in Rasmussen encephalitis: a retrospective study",
     "Results: The search returned 89 patients. Forty-one of them could not be assessed: 18 "
     "lived abroad and 23 declined. That left 45 patients in the study, 17 of whom had "
     "undergone surgery.",
     "RetrospectiveCohortDesign", 45),
    # blindtest1155 zpl05: what the design called for is a plan; the arms treated are the count
    ("Cryosupernatant or fresh frozen plasma for TTP: a randomised trial",
     "The design called for 236 patients in total. Within 30 months, 28 patients had been "
     "treated with CSP and 24 with FFP.",
     "RandomizedTrialDesign", 52),
]

ROUND_375_DESIGNS_AND_COUNTS = [
    # blindtest1146 zpc05: a planned number is no count, and those who "had been randomised" are
    ("Anakinra or tocilizumab for patients in hospital with severe COVID-19: a randomised trial",
     "Results. Of the 195 patients planned, 77 had been randomised: 27 to UC, 28 to anakinra and "
     "22 to tocilizumab.",
     "RandomizedTrialDesign", 77),
]

ROUND_373_DESIGNS_AND_COUNTS = [
    # blindtest1142 zqy05: a breakdown after a colon is no "other" group beside its whole
    ("Mycophenolate mofetil versus cyclophosphamide in idiopathic membranous nephropathy: a "
     "randomised controlled trial",
     "Thirty patients completed the study: seventeen of them had taken MMF (2 g/d) and the "
     "other thirteen had been given cyclophosphamide for 6 months.",
     "RandomizedTrialDesign", 30),
]

ROUND_371_DESIGNS_AND_COUNTS = [
    # blindtest1129 zql04: an online reference's label line "Clinical reference review"
    ("Medscape Drugs & Diseases, article 335559 · updated 19 Dec 2022 · online reference: no "
     "volume, pages or DOI\n\nAA (INFLAMMATORY) AMYLOIDOSIS: WHAT DRIVES IT AND HOW IT IS "
     "TREATED\nClinical reference review",
     "Overview. Amyloidosis is a family of disorders in which plasma proteins settle as fibrils. "
     "Treatment principles. The central aim is to treat the underlying inflammatory disease.",
     "NarrativeReviewDesign", None),
    # blindtest1130 zqm06: a textbook chapter
    ("Oxford Medicine Online, textbook chapter, updated 27 February 2014\n\nBehçet's syndrome: "
     "the essentials",
     "Essentials. Behçet's syndrome is an inflammatory disorder of unknown cause. Colchicine "
     "helps the mucocutaneous lesions.",
     "NarrativeReviewDesign", None),
    # blindtest1126 zqi02: relapses counted "in all" are no count of the patients
    ("Steroid treatment and outcome in polymyalgia rheumatica and temporal arteritis: a case "
     "series",
     "Summary. We followed the course of the disease and the effect of corticosteroid treatment "
     "in fifty-three patients. Attempts to withdraw the steroid were followed by 33 relapses in "
     "20 patients, and 21 patients had 33 relapses in all while on maintenance doses.",
     "CaseSeriesDesign", 53),
]

ROUND_369_DESIGNS_AND_COUNTS = [
    # blindtest1125 zqh03: "A REVIEW OF FOURTEEN YEARS" is the authors' own years of records; the
    # group "was made up of" its women and men
    ("CLINICAL AND RADIOLOGICAL FEATURES OF SAPHO SYNDROME IN JAPANESE PATIENTS: A REVIEW OF "
     "FOURTEEN YEARS",
     "Methods: We retrospectively went back over the radiographs and clinical records of Japanese "
     "patients with SAPHO syndrome. The group was made up of 81 women and 34 men, whose mean age "
     "at onset was 48.7 years.",
     "RetrospectiveCohortDesign", 115),
    # blindtest1123 zqf03: a lettered group's verb left out
    ("Two prednisone regimens in giant cell arteritis: a retrospective comparison",
     "Methods: We retrospectively reviewed the charts of patients with giant cell arteritis. "
     "Results: Fifty-three patients made up group A and fifty group B; they were followed for a "
     "median of 4 years.",
     "RetrospectiveCohortDesign", 103),
]

ROUND_367_DESIGNS_AND_COUNTS = [
    # blindtest1115 zrx04: a study of the paper's own children "and literature review" in its
    # title is no review; what "our centre contributed" is the population
    ("HEMOPHAGOCYTIC LYMPHOHISTIOCYTOSIS ASSOCIATED WITH HISTIOCYTIC NECROTIZING LYMPHADENITIS: A "
     "CLINICAL STUDY OF 13 CHILDREN AND LITERATURE REVIEW",
     "Study design. We went back through the records of every child with HNL-associated HLH "
     "admitted to our hospital between 2007 and 2019. Results. Our centre contributed nine boys "
     "and four girls.",
     "RetrospectiveCohortDesign", 13),
    # blindtest1116 zry04: the patients, then "and, as controls," those compared with them
    ("Looking for baseline predictors of poor outcome in VEXAS syndrome: a nationwide prospective "
     "registry",
     "Two groups were enrolled: 60 patients carrying a pathogenic UBA1 variant (all men, median "
     "age 74 years) and, as controls, 45 men with a VEXAS-like syndrome but no UBA1 variant.",
     "ProspectiveCohortDesign", 105),
]

ROUND_365_DESIGNS_AND_COUNTS = [
    # blindtest1096 zre03: the rest "did not", with its share in brackets
    ("Calcific uremic arteriolopathy: does sodium thiosulfate improve survival?",
     "We retrospectively reviewed the records of our ESKD patients. Twenty-three patients with "
     "CUA received STS (51%) and twenty-two (49%) did not.",
     "RetrospectiveCohortDesign", 45),
    # blindtest1105 zrn03: one sex with its share, then the other; "reviewed, retrospectively,"
    ("Autoimmune enteropathy in adults",
     "METHODS. We reviewed, retrospectively, every patient diagnosed with AIE at our centre from "
     "2003 to 2019. RESULTS. Eight women (62%) and five men with AIE were included; their median "
     "age was 52 years.",
     "RetrospectiveCohortDesign", 13),
    # blindtest1106 zro05: those randomised as one kind and "the remaining" others
    ("Satralizumab added to baseline immunosuppression: pre-specified additional analyses",
     "This was a double-blind, placebo-controlled phase 3 study; patients were randomly assigned "
     "to satralizumab 120 mg or to placebo. Of those randomised, fifty-five were AQP4-Ab positive "
     "and the remaining twenty-eight AQP4-Ab negative.",
     "RandomizedTrialDesign", 83),
    # blindtest1103 zrl02: a drug given "to" one group, a clause on it, "and to" another
    ("Rituximab in myasthenia gravis and Lambert-Eaton myasthenic syndrome",
     "We describe a case series. Since 2004, rituximab had been given to ten people with "
     "generalised myasthenia gravis, three of them carrying antibodies to muscle-specific "
     "tyrosine kinase (MuSK), and to two people with LEMS.",
     "CaseSeriesDesign", 12),
]

ROUND_361_DESIGNS_AND_COUNTS = [
    # blindtest1073 zsh02: "We describe a case series" is no case report of one
    ("Early cyclosporin keeps serpiginous choroidopathy in remission",
     "Methods: We describe a case series: both eyes of each of seven patients, fourteen eyes in "
     "all, with serpiginous choroidopathy, followed for between 1.3 and 13 years.",
     "CaseSeriesDesign", 7),
]

ROUND_359_DESIGNS_AND_COUNTS = [
    # blindtest1060 ztu05: three arms each sized in brackets after "to" their treatment
    ("Budesonide or mesalamine for active collagenous colitis: a randomised trial",
     "Patients with active collagenous colitis were randomly assigned, double-blind and "
     "double-dummy, to oral budesonide capsules (9 mg once a day, Budenofalk; n = 30), to "
     "mesalamine granules (3 g once a day, Salofalk; n = 25) or to placebo (n = 37), each for 8 "
     "weeks.",
     "RandomizedTrialDesign", 92),
    # blindtest1071 zsf02: the records "gathered for" the patients, told by sex
    ("Canakinumab in colchicine-resistant familial Mediterranean fever",
     "Methods. This was a retrospective longitudinal outcome study. Clinical and laboratory "
     "records were gathered for seven men and seven women, median age 38.5 years. Injections "
     "were given every 4 weeks (seven patients), every 6 weeks (two) or every 8 weeks (five).",
     "RetrospectiveCohortDesign", 14),
    # blindtest1066 zsa02: the patients another author described, in the background
    ("Adult-onset Still's disease: a case series",
     "BACKGROUND. Bywaters introduced the name in 1971, when he described 14 adults who resembled "
     "the children Still had reported. PATIENTS. Twenty-four cases of AOSD were described.",
     "CaseSeriesDesign", 24),
    # blindtest1069 zsd03: a planned accrual is no count of the patients
    ("Siltuximab in metastatic castration-resistant prostate cancer: a prospective phase 2 study",
     "Accrual was planned in two stages: 20 eligible patients in the first stage and 40 in all. "
     "Fifty-three eligible men took part.",
     "ProspectiveCohortDesign", 53),
    # blindtest837 yf02: "Every one of them ... and they were followed" is no part followed
    ("Omalizumab in children with chronic spontaneous urticaria: a case series",
     "We report our experience with six young people with chronic spontaneous urticaria. Every "
     "one of them received at least one 6-month course of the drug, and they were followed for "
     "an average of 13 months.",
     "CaseSeriesDesign", 6),
]

ROUND_357_DESIGNS_AND_COUNTS = [
    # blindtest1054 zto01: the whole, then its two arms after a colon (not the whole plus the other)
    ("Periodontal condition of patients with rheumatoid arthritis on tocilizumab: a prospective "
     "study",
     "Sixty patients who had both RA and periodontitis took part: twenty were treated with "
     "tocilizumab and the other forty received a TNF inhibitor.",
     "ProspectiveCohortDesign", 60),
    # blindtest1057 ztr03: a part that "showed" the disease, and these form the study group
    ("Drug-induced acute interstitial nephritis and the timing of steroids: a retrospective study",
     "Among 978 renal biopsies, forty-eight (4.9%) showed AIN, and these cases form the study "
     "group. Thirty-nine patients were eventually given steroids.",
     "RetrospectiveCohortDesign", 48),
    # blindtest1048 zti03: "we went back through the case notes ... of" the patients
    ("Plasma exchange and IVIg in chronic inflammatory demyelinating polyradiculoneuropathy: a "
     "retrospective study",
     "We went back through the case notes, and added follow-up, of one hundred and five patients "
     "with CIDP seen at our department. Thirty-three patients had received PE, and 23 of them "
     "responded well. Twenty-two had received IVIg.",
     "RetrospectiveCohortDesign", 105),
    # blindtest1059 ztt06: "Opinion statement", an opinion review's first heading, among the first
    # lines
    ("Fisher Syndrome",
     "Opinion statement\n\nFisher syndrome is a variant of Guillain-Barre syndrome. Large "
     "retrospective studies suggest that IVIg does not change the outcome.",
     "NarrativeReviewDesign", None),
    # blindtest1056 ztq06: a guideline's label line
    ("GUIDELINE / EXPERT RECOMMENDATIONS\n\nDiagnosis and management of childhood autoimmune "
     "haemolytic anaemia",
     "The working group prepared the present document, which gathers expert opinion on how the "
     "disease should be handled. Steroids remain the first-line treatment.",
     "NarrativeReviewDesign", None),
    # blindtest1049 ztj01: one patient, the age told alone
    ("Interleukin-1 receptor blockade in refractory TNF receptor-associated periodic syndrome",
     "Those reports led us to try anakinra in one patient with severe TRAPS whose disease had not "
     "responded to earlier treatment. The patient was a 19-year-old.",
     "CaseReportDesign", 1),
    # blindtest1058 zts05: the second arm "to" its drug, the verb left out
    ("Dupilumab in eosinophilic esophagitis: a randomized, placebo-controlled trial",
     "Twenty-three participants were randomly assigned to weekly subcutaneous dupilumab 300 mg "
     "and twenty-four to placebo, each for 12 weeks.",
     "RandomizedTrialDesign", 47),
]

ROUND_355_DESIGNS_AND_COUNTS = [
    # blindtest1047 zth04: the paper's own open-label extension, after a randomised study
    ("Recombinant C1 inhibitor for attacks of hereditary angioedema",
     "This open-label extension followed a randomised study run in Europe, Israel and Argentina. "
     "Each attack was treated with one vial of rhC1-INH. Fifty-seven patients were treated, for "
     "194 attacks in all.",
     "ProspectiveCohortDesign", 57),
    # blindtest1046 ztg04: the count and "consecutive" between "we followed" and "prospectively"
    ("Biphasic and protracted anaphylaxis",
     "To see how often it recurs, we followed twenty-five consecutive patients with anaphylaxis "
     "prospectively and classified the course of each reaction. Thirteen patients had a single "
     "episode.",
     "ProspectiveCohortDesign", 25),
    # blindtest1045 ztf04: others' retrospective studies "suggested that", in the introduction
    ("Early protocol care for women with HELLP syndrome",
     "In the early 1990s, retrospective case-control studies and small prospective randomized "
     "trials suggested that certain corticosteroids seemed to help. The protocol's uniform, early "
     "start was followed prospectively. One hundred and ninety women received the protocol.",
     "ProspectiveCohortDesign", 190),
    # blindtest1045 ztf01: "Case report and review of the literature" opening the citation line
    ("Buying time with high-dose dexamethasone in HELLP syndrome",
     "*Case report and review of the literature · Military Medicine, 1999, volume 164*\n\n"
     "Our patient developed HELLP syndrome early in pregnancy and was given dexamethasone.",
     "CaseReportDesign", 1),
    # blindtest1046 ztg02: a title in capitals ending on its series, the journal line right under it
    ("LOW RATE OF BIPHASIC ALLERGIC REACTIONS AFTER ANAPHYLAXIS IN INTENSIVE CARE: A DANISH "
     "SERIES\nAnesthesiology, volume 130, issue 2, page 284",
     "We went through the records of all patients admitted with anaphylaxis between 2011 and "
     "2014. Eighty-three cases of anaphylaxis were found.",
     "CaseSeriesDesign", 83),
    # blindtest1042 ztc03: the second arm's verb left out before its article
    ("Platelet-rich plasma versus corticosteroid injection for plantar fasciitis",
     "This retrospective cohort study took in patients treated at a university hospital. "
     "Seventy-seven of them had been given a corticosteroid injection and 75 an injection of PRP.",
     "RetrospectiveCohortDesign", 152),
    # blindtest1036 zuw05: each arm "to" what it was given, after the allocation's colon and a
    # label; not where the randomised were counted first (blindtest728 ua05)
    ("Intravitreal clindamycin and dexamethasone for ocular toxoplasmosis: a randomized trial",
     "Participants: Patients with active ocular toxoplasmosis were allocated at random to one of "
     "two groups: thirty-four to intravitreal clindamycin plus dexamethasone (IVCD) and "
     "thirty-four to classic treatment (CT).",
     "RandomizedTrialDesign", 68),
    ("Leflunomide or azathioprine in lupus nephritis: a randomised trial",
     "Two hundred and seventy adults with active lupus nephritis were enrolled. After induction, "
     "215 patients were randomised: 108 to leflunomide and 107 to azathioprine.",
     "RandomizedTrialDesign", 270),
    # blindtest857 yz03: "REVIEW", the last word of a title in capitals now a sentence of its own,
    # is no genre label
    ("SEVERE COLITIS DURING TOCILIZUMAB TREATMENT OF TAKAYASU ARTERITIS: A SINGLE-DEPARTMENT "
     "REVIEW\nOriginal article (retrospective study)",
     "One hundred sixteen patients with Takayasu arteritis who attended our department between "
     "2018 and 2020 were enrolled.",
     "RetrospectiveCohortDesign", 116),
    # blindtest1044 zte02: newborns counted
    ("Transient hypertrophic cardiomyopathy in newborns after antenatal betamethasone",
     "We describe three newborns, labelled A, B and C, whose mothers had been given betamethasone "
     "during pregnancy.",
     "CaseSeriesDesign", 3),
]

ROUND_353_DESIGNS_AND_COUNTS = [
    # blindtest1030 zuq05: the first arm's dose with its route and a duration in words
    ("Oral prednisolone in adhesive capsulitis: a randomised trial",
     "The trial was double-blind, randomised and placebo-controlled. Twenty participants were "
     "allocated to prednisolone 30 mg by mouth once a day for three weeks, and twenty-two to a "
     "matching placebo.",
     "RandomizedTrialDesign", 42),
    # blindtest1034 zuu05: an earlier retrospective analysis is others' work; "enrolled and
    # randomized" in one breath
    ("Cyclosporine A against pentosan polysulfate in interstitial cystitis",
     "In an earlier retrospective analysis, cyclosporine A worked very well in interstitial "
     "cystitis. Patients who met the criteria were enrolled and randomized 1:1. Thirty patients "
     "received CyA and thirty received PPS.",
     "RandomizedTrialDesign", 60),
    # blindtest1034 zuu02: others' randomised trial in the introduction, the paper's own chart
    # review a series
    ("Cyclosporine A for refractory interstitial cystitis",
     "INTRODUCTION AND OBJECTIVES. Cyclosporine A helped patients in a single-arm trial and did "
     "better than pentosan polysulfate in a randomized trial. On the strength of those reports we "
     "offer it off label, and here we look back at what happened to them.\n\nMETHODS. With "
     "review board approval, the charts of patients treated at two centres were reviewed. "
     "Seventeen patients qualified.",
     "CaseSeriesDesign", 17),
]

ROUND_351_DESIGNS_AND_COUNTS = [
    # blindtest1026 zum04: the groups by the option each chose, the verb said again for each
    ("Medical and surgical options for recurrent chronic rhinosinusitis: a prospective study",
     "We prospectively studied patients whose symptoms had come back. After counselling, each "
     "patient chose a treatment. Forty patients chose cNSI, 12 chose PSI, 9 chose rMMT and 30 "
     "chose ESS.",
     "ProspectiveCohortDesign", 91),
    # blindtest1026 zum05: the whole sized in brackets right before its randomisation, over the
    # arms of a later analysis
    ("Mometasone furoate nasal spray in acute rhinosinusitis: a randomised trial",
     "In a double-blind, placebo-controlled design, subjects aged 12 years or older (N = 900) were "
     "randomised to MFNS, amoxicillin or placebo. A later analysis of minimal symptom days in the "
     "MFNS (n = 210), placebo (n = 220) and amoxicillin (n = 230) groups was done.",
     "RandomizedTrialDesign", 900),
    # blindtest1027 zun05: a share in brackets, and "and were taken into the study" with no subject
    ("Dexamethasone in severe typhoid fever in children: a randomised trial",
     "Patients were randomly allocated to dexamethasone or placebo. Over the study period 150 "
     "children were admitted with a clinical suspicion of typhoid fever. Seventy of them (47%) "
     "were culture-positive and were taken into the study; the rest were not.",
     "RandomizedTrialDesign", 70),
    # blindtest1029 zup05: the first arm's drug named with its ester
    ("Loteprednol etabonate in seasonal allergic conjunctivitis: a randomised trial",
     "The trial was randomised, double-masked and placebo-controlled. Thirty patients were "
     "assigned to loteprednol etabonate and thirty-two to placebo.",
     "RandomizedTrialDesign", 62),
    # blindtest1018 zue04: a table whose first column is the histological type
    ("Mycophenolate mofetil in primary glomerulonephritis: a multicentre single-arm study",
     "This was a multicentre, uncontrolled study with a single treatment arm.\n\nTABLE 1. "
     "Patients by histological type\nHistological type\tPatients (n)\tTreatment\nMembranous "
     "nephropathy\t11\tMMF\nMesangioproliferative glomerulonephritis\t9\tMMF\n\nAfter 12 months "
     "MMF was effective.",
     "ProspectiveCohortDesign", 20),
]

ROUND_349_DESIGNS_AND_COUNTS = [
    # blindtest1021 zuh05: "three of every four" is a ratio, not a population; the allocation
    # table counts "Recipients (n)"
    ("Rabbit antithymocyte globulin for acute renal allograft rejection: a randomised trial",
     "This was a prospective, randomised, single-blind trial. Patients were allocated either to "
     "RATG or to high-dose oral prednisone.\n\nTABLE 1. Allocation\n\nArm\tTreatment\tRecipients"
     " (n)\nRATG\tRATG infusions\t18\nPrednisone\tHigh oral doses of prednisone\t17\n\n"
     "CONCLUSIONS. RATG reversed acute rejection in three of every four treated recipients.",
     "RandomizedTrialDesign", 35),
    # blindtest1023 zuj04: others' series "have so far looked at" it; the population after a colon
    # as two diagnoses, the first in brackets
    ("Occipital nerve blocks in cluster headache",
     "Only two small randomised trials and some retrospective case series have so far looked at "
     "how well occipital nerve blocks work. We followed prospectively the effect of one "
     "infiltration. The patients treated were those whose attacks were not controlled at our "
     "centre: 52 patients with episodic CH (eCH) and 33 with chronic CH (cCH).",
     "ProspectiveCohortDesign", 85),
    # blindtest1023 zuj05: the arms after a longer clause are those analysed, a breakdown of the
    # enrolled, not further arms
    ("Prednisone in episodic cluster headache: a randomised, placebo-controlled trial",
     "We compared oral prednisone with placebo in a multicentre, randomised, double-blind trial. "
     "Of the 120 patients aged 18 to 65 years who were enrolled, 110 entered the "
     "intention-to-treat analysis: 54 in the prednisone arm and 56 in the placebo arm.",
     "RandomizedTrialDesign", 120),
]

ROUND_347_DESIGNS_AND_COUNTS = [
    # blindtest1013 zvz03: controls after "and, as a comparison group," in the population's
    # sentence
    ("Stopping hydroxychloroquine in older patients with SLE: a retrospective study",
     "The data come from a retrospective review of charts at three lupus centres. We included "
     "nineteen patients who had stopped HCQ and, as a comparison group, twenty-four patients who "
     "had stayed on HCQ, matched to them for age.",
     "RetrospectiveCohortDesign", 43),
    # blindtest1009 zvv05: two cohorts, the first's period named
    ("Ozanimod as induction and maintenance therapy for ulcerative colitis: a randomised trial",
     "In this phase 3 trial, patients were randomly assigned to ozanimod or placebo. Five hundred "
     "patients made up cohort 1 of the induction period and 300 made up cohort 2; 400 patients "
     "went on into the maintenance period.",
     "RandomizedTrialDesign", 800),
    # blindtest1008 zvu06: a title that ends on its genre after a colon
    ("Ulcerative colitis: an update",
     "Ulcerative colitis is a chronic inflammatory bowel disease. Treatment aims at mucosal "
     "healing; vedolizumab and ustekinumab are options after TNF inhibitors fail.",
     "NarrativeReviewDesign", None),
]

ROUND_345_DESIGNS_AND_COUNTS = [
    # blindtest1004 zvq04: "we prospectively collected" the data of the patients
    ("Peritonsillar infection in a tertiary unit",
     "Between 2015 and 2017 we prospectively collected the clinical data of eighty consecutive "
     "patients with a peritonsillar infection at our hospital.",
     "ProspectiveCohortDesign", 80),
    # blindtest1002 zvo05: the randomised by what each arm received, the second verb left out
    ("Sparsentan against irbesartan in FSGS: a double-blind trial",
     "This multicentre, double-blind trial enrolled patients aged 8 to 75 years with FSGS. "
     "Randomisation was 1:1. Of those randomly assigned, 150 received sparsentan and 149 "
     "irbesartan.",
     "RandomizedTrialDesign", 299),
    # blindtest1005 zvr03: two groups counted "of" each disease that form the population
    ("Narcotic analgesics in herpes zoster: a retrospective study",
     "We went back through the medical records of our department for the 3 years from 2010 to "
     "2012. The records yielded 21 cases of disseminated herpes zoster and 350 cases of herpes "
     "zoster, and these two groups form the study population.",
     "RetrospectiveCohortDesign", 371),
    # blindtest1003 zvp04: an adverb before the adjective of the patients' noun
    ("Intratracheal budesonide in preterm infants: a prospective dose-escalation study",
     "We prospectively studied the drug in a single-arm study. Thirty mechanically ventilated "
     "infants took part. Among the 9 infants whose tracheal aspirate cytokines were high at "
     "baseline, treatment was followed by a fall.",
     "ProspectiveCohortDesign", 30),
]

ROUND_343_DESIGNS_AND_COUNTS = [
    # blindtest990 zvc03: those who met the criteria less those of them excluded next
    ("Topical tacrolimus in vitiligo: a retrospective study",
     "We reviewed charts retrospectively. Of 140 charts reviewed, 88 subjects met the criteria for "
     "the study; 9 of them were then excluded because their follow-up was incomplete.",
     "RetrospectiveCohortDesign", 79),
    # blindtest995 zvh05: the first arm's form is "drops"
    ("Topical prednisolone in herpes stromal keratitis: a randomised, placebo-controlled trial",
     "Patients were randomly assigned in a double-masked design. Thirty-eight patients were "
     "assigned to placebo drops and 41 to topical prednisolone phosphate.",
     "RandomizedTrialDesign", 79),
    # blindtest999 zvl05: a database "of more than N" is no population (the trial record's
    # enrolment, stated at its end, is)
    ("Methotrexate or cyclophosphamide in LGL leukaemia: a randomised trial",
     "At our hospital the investigators built a database of more than 250 patients with LGL "
     "leukaemia. Design. This is a prospective, multicentre, phase II randomised trial of "
     "methotrexate against cyclophosphamide. The record was first posted in 2013; the study was "
     "completed in 2024, with a total enrolment of 140 participants.",
     "RandomizedTrialDesign", 140),
    # blindtest997 zvj04: controls after ", and" in the population's own sentence, as "N others"
    ("Omalizumab in eosinophilic otitis media: a prospective study",
     "We studied patients prospectively. Eleven adults with eosinophilic otitis media were given "
     "omalizumab for 3 months, and seven others with the disease who did not receive it served as "
     "controls.",
     "ProspectiveCohortDesign", 18),
]

ROUND_341_DESIGNS_AND_COUNTS = [
    # blindtest982 zwu05: those screened, then the part diagnosed "in N of them"
    ("Acute interstitial nephritis in unexplained acute kidney injury: a prospective study",
     "We prospectively studied adults admitted with unexplained acute kidney injury. Six hundred "
     "patients with AKI were screened, and AIN was diagnosed in twenty-four of them (4%). "
     "Corticosteroids were given to three patients.",
     "ProspectiveCohortDesign", 24),
    # blindtest985 zwx02: "The search found N children, ..."
    ("Azithromycin in post-infectious bronchiolitis obliterans: a case series",
     "Methods. We went back through the charts of every child with the disease. Results. The "
     "search found nine children, five boys and four girls. Once it was recognised, six children "
     "were started on oral steroids and four on azithromycin.",
     "CaseSeriesDesign", 9),
    # blindtest986 zwy05: "..., so that N (x%) were enrolled"
    ("Atorvastatin in chronic subdural haematoma: a randomised, placebo-controlled trial",
     "Of 210 patients who were approached, 19 declined and 21 did not qualify, so that 170 "
     "(81.0%) were enrolled. One hundred and sixty-six patients started treatment.",
     "RandomizedTrialDesign", 170),
    # blindtest987 zwz04: "were taken into the study"
    ("Methylprednisolone in traumatic optic neuropathy: a prospective study",
     "This was a prospective, non-randomised study. Twenty-eight patients with indirect traumatic "
     "optic neuropathy were taken into the study. The patients were then split by the time at "
     "which treatment began: in group 1, fourteen patients were started on steroids early, and in "
     "group 2 fourteen later.",
     "ProspectiveCohortDesign", 28),
]

ROUND_337_DESIGNS_AND_COUNTS = [
    # blindtest976 zwo02: "N seropositive and M seronegative patients": both kinds
    ("Plasma exchange in autoimmune autonomic ganglionopathy: a case series",
     "Patients and methods. Our series comprises five seropositive and three seronegative "
     "patients with autoimmune autonomic ganglionopathy, each tested before and after treatment.",
     "CaseSeriesDesign", 8),
    # blindtest979 zwr04: "were investigated" is a study verb
    ("Oral indomethacin in eosinophilic pustular folliculitis: a retrospective study",
     "Indomethacin has long been the usual treatment. Twenty-three people with the disease seen "
     "in our department of dermatology were investigated. Topical tacrolimus eased the eruption "
     "in 4 of the 9 patients treated with it.",
     "RetrospectiveCohortDesign", 23),
    # blindtest980 zws03: the population after a colon, "N in all", its noun left out
    ("Long-term immunosuppression in idiopathic pulmonary haemosiderosis",
     "Design and setting. Retrospective chart review in a children's hospital. Patients. Every "
     "child in whom the disease was diagnosed between 1980 and 2000: nineteen in all, eleven of "
     "them girls.",
     "RetrospectiveCohortDesign", 19),
    # ... but not over the population the next sentence forms (blindtest778 vy04; a guard)
    ("Methylprednisolone in idiopathic granulomatous mastitis: a prospective cohort",
     "In this prospective cohort study we report how patients fared on methylprednisolone. We "
     "prospectively recorded the data of every patient with the disease who came to our "
     "hospital: 140 in all. Of these, the 76 patients who were treated with methylprednisolone "
     "make up the study cohort.",
     "ProspectiveCohortDesign", 76),
    # blindtest981 zwt03: "was given to N patients with X, M with Y and K with Z"
    ("Antithymocyte globulin and ciclosporin in aplastic anaemia: a retrospective study",
     "We looked back at the records of our centre. Over this period, immunosuppression was given "
     "to six patients with non-severe disease, forty-one with severe disease and twenty-two with "
     "very severe disease.",
     "RetrospectiveCohortDesign", 69),
    # blindtest977 zwp03: "a review of hospital records" is no narrative review
    ("Late relapse of sarcoidosis after remission: a review of hospital records",
     "Methods. We reviewed the clinical records of patients with recurrent sarcoidosis over 20 "
     "years. Results. We identified nineteen patients, who had between them 27 recurrences.",
     "RetrospectiveCohortDesign", 19),
]

ROUND_335_DESIGNS_AND_COUNTS = [
    # blindtest974 zwm03: two groups compared, each sized in its own bracket
    ("Ruxolitinib with photopheresis in chronic graft-versus-host disease: a retrospective study",
     "We looked back at the records of our centre. Patients with steroid-refractory chronic GVHD "
     "who had been treated with ruxolitinib and photopheresis (RUX-ECP; 26 patients) were "
     "compared with those who had been treated with photopheresis alone (19 patients).",
     "RetrospectiveCohortDesign", 45),
    # blindtest973 zwl04: a control group sized after the treated one, in the same sentence
    ("Nebulised budesonide in croup: a prospective study",
     "Children with croup were enrolled prospectively. Thirty-one children were given 2 mg of "
     "nebulised budesonide, and a control group of nine children was given normal saline in the "
     "same way.",
     "ProspectiveCohortDesign", 40),
]

ROUND_333_DESIGNS_AND_COUNTS = [
    # blindtest964 zwc02: a flow read at its start; "these four are the series reported here"
    ("Paradoxical reactions in tuberculous meningitis: five cases",
     "Over the decade, 97 cases of tuberculous meningitis were found: 70 without and 27 with HIV "
     "infection. Of the 70 HIV-negative patients, five (7.1 %) worsened paradoxically although "
     "they were receiving corticosteroids; these five are the series reported here.",
     "CaseSeriesDesign", 5),
    # blindtest967 zwf03: a matched comparison group the next sentence selects
    ("Hydroxychloroquine or corticosteroids in IgA nephropathy: a retrospective study",
     "This was a retrospective study at one hospital. We included forty-two patients with IgA "
     "nephropathy who had taken hydroxychloroquine for at least a year. By propensity score "
     "matching we then selected forty-two patients who had received corticosteroids.",
     "RetrospectiveCohortDesign", 84),
    # blindtest965 zwd05: a trial's population is those randomised, not the part analysed
    ("Methylprednisolone in severe pneumonia: a randomised trial",
     "We ran a double-blind, placebo-controlled trial. A total of 312 patients underwent "
     "randomisation, and 309 of them entered the analysis.",
     "RandomizedTrialDesign", 312),
    # blindtest967 zwf02: a "Case Report" label over several patients is a case series
    ("Case Report · Pediatric Nephrology Letters 2019;12:40-42",
     "Methylprednisolone pulses in children with nephrotic IgA nephropathy. Case "
     "characteristics: Our unit looked after seven children who had IgA nephropathy presenting "
     "with the nephrotic syndrome. Intervention: Each child was given methylprednisolone pulses.",
     "CaseSeriesDesign", 7),
]

ROUND_331_DESIGNS_AND_COUNTS = [
    # blindtest961 zxz05: a registered plan's "about 160" is no population; the arms after "Of
    # the patients who underwent randomization" (noun left out, "assigned" without "randomly")
    ("Inhaled sargramostim in autoimmune pulmonary alveolar proteinosis: a randomised trial",
     "The registered plan foresaw randomising about 120 subjects. We conducted a double-blind, "
     "placebo-controlled trial. Of the patients who underwent randomization, 57 were assigned to "
     "sargramostim and 58 to placebo.",
     "RandomizedTrialDesign", 115),
    # the same, the plan's verb "envisaged" and the arms by "allocated"
    ("Anakinra in recurrent pericarditis: a randomised trial",
     "The protocol envisaged recruiting approximately 40 patients. Of those randomised, 11 were "
     "allocated to anakinra and 10 to placebo.",
     "RandomizedTrialDesign", 21),
]

ROUND_329_DESIGNS_AND_COUNTS = [
    # blindtest962 zwa03: one of the other sex first, its noun singular
    ("Benralizumab in eosinophilic pneumonia: a retrospective cohort",
     "We reviewed the records of patients given benralizumab. Results. One man and five women "
     "were found; their median age was 52 years.",
     "RetrospectiveCohortDesign", 6),
    # blindtest952 zxq02: "..., and they form this retrospective case series"
    ("IL-5 inhibitors in DRESS: a retrospective case series",
     "Fourteen people treated with an IL-5 inhibitor were identified. Of these, four met criteria "
     "for at least possible DRESS, and they form this retrospective case series.",
     "CaseSeriesDesign", 4),
]

ROUND_325_DESIGNS_AND_COUNTS = [
    # blindtest943 zxh05: screened "and" enrolled, no comma between (not the blocks of four)
    ("Oral versus intravenous methylprednisolone for relapses of multiple sclerosis: a randomised "
     "non-inferiority trial",
     "A computer-generated list in blocks of four assigned patients 1:1 to methylprednisolone "
     "1000 mg once daily for 3 days, either oral or intravenous. From 2009 to 2014, 180 patients "
     "were screened and 176 were enrolled: eighty-eight were randomly assigned to the oral group "
     "and eighty-eight to the intravenous group.",
     "RandomizedTrialDesign", 176),
    # blindtest945 zxj05: "..., so twelve participants were enrolled"
    ("Tofacitinib in primary Sjogren syndrome: a randomised, placebo-controlled pilot trial",
     "Participant flow. Nineteen people gave consent; eight of them failed screening, so eleven "
     "participants were enrolled and randomly assigned to tofacitinib or placebo.",
     "RandomizedTrialDesign", 11),
    # blindtest942 zxg03: an opening period, the noun's disease, and "another"
    ("Intravenous methylprednisolone in idiopathic orbital inflammation: a retrospective cohort",
     "We reviewed the records of our orbital clinic. From 2001 to 2009, ten patients with severe "
     "orbital inflammation were treated with IVMP and oral prednisone, and another 13 were treated "
     "with oral prednisone only.",
     "RetrospectiveCohortDesign", 23),
    # blindtest943 zxh04: "The first twelve received ...; the five who came after them received"
    ("Intravenous immunoglobulin for relapses of multiple sclerosis: a prospective comparison "
     "with methylprednisolone",
     "Patients with an acute relapse were taken in consecutively. The first nine received IVIG, "
     "0.4 g/kg a day for 5 days; the six who came after them received IVMP, 1000 mg a day.",
     "ProspectiveCohortDesign", 15),
]

ROUND_323_DESIGNS_AND_COUNTS = [
    # blindtest939 zxd01: the age in hyphenated words after "aged", no title
    ("",
     "Behcet disease is a chronic, relapsing vasculitis. We describe how one such patient was "
     "recognised and managed.\n\nA man aged thirty-four presented with recurrent oral and "
     "genital ulcers. Colchicine was started at 1 mg a day.",
     "CaseReportDesign", 1),
    # blindtest929 zyt03: the second cohort "of another N patients"
    ("Colchicine for gout flares in acute care: a retrospective cohort",
     "We reviewed claims data retrospectively. Two cohorts were filled: a Colchicine Cohort of "
     "180 patients who received colchicine, and an Other Cohort of another 180 patients who "
     "received other treatments.",
     "RetrospectiveCohortDesign", 360),
    # blindtest937 zxb05: those identified, then those of them randomised
    ("Tacrolimus or IVIG in Rasmussen encephalitis: a randomised trial",
     "Over 3 years, 19 patients with recent-onset Rasmussen encephalitis were identified; 14 of "
     "them were randomised, 8 to tacrolimus and 6 to IVIG.",
     "RandomizedTrialDesign", 14),
    # blindtest929 zyt04: "who make up the population analysed here"
    ("Colchicine for gout flares in primary care: a retrospective analysis of a national survey",
     "We looked back at the survey's records. The whole survey enrolled 870 patients with gout; "
     "two hundred and twelve of them, who make up the population analysed here, had a flare.",
     "RetrospectiveCohortDesign", 212),
    # blindtest936 zxa04: the responders "met the definition of a treatment responder"
    ("Etanercept in reactive arthritis: a six-month open-label prospective study",
     "We studied etanercept 25 mg twice a week in an open-label prospective study. Fourteen "
     "patients with reactive arthritis took part. Nine of the fourteen completed the study. "
     "Seven of the nine completers met the definition of a treatment responder.",
     "ProspectiveCohortDesign", 14),
]

ROUND_321_DESIGNS_AND_COUNTS = [
    # blindtest926 zyq02: those given the drug and those not, after "Of the patients identified,"
    ("Low-dose colchicine after a first myocardial infarction: a retrospective cohort",
     "We looked back at the records of adults admitted with a first myocardial infarction. Of "
     "the patients identified, 143 (7.1%) had received colchicine and 1,870 (92.9%) had not.",
     "RetrospectiveCohortDesign", 2013),
    # blindtest927 zyr03: "did not" followed by its percentage in brackets
    ("Intravenous immunoglobulin in fulminant myocarditis: a retrospective cohort",
     "In this nationwide retrospective cohort study we examined whether IVIG changes the outcome "
     "of fulminant myocarditis. Of these, 150 received IVIG (40.0%) and 225 did not (60.0%); the "
     "two groups make up the study population.",
     "RetrospectiveCohortDesign", 375),
    # blindtest923 zyn03: "Once duplicates were removed, N ... cases remained"
    ("Schnitzler syndrome in Japan: a retrospective nationwide survey",
     "We surveyed hospitals across the country and reviewed the records retrospectively. Once "
     "duplicates were removed, twenty-nine clinically diagnosed cases remained. The present "
     "status could be confirmed for 21 cases.",
     "RetrospectiveCohortDesign", 29),
    # blindtest922 zym02: the two sexes with the noun left out
    ("Amyloidosis in systemic juvenile arthritis: a retrospective follow-up",
     "We looked back at the records of patients with systemic juvenile arthritis complicated by "
     "amyloidosis. Nine were male and fourteen female. Their disease had lasted on average 15 "
     "years.",
     "RetrospectiveCohortDesign", 23),
]

ROUND_319_DESIGNS_AND_COUNTS = [
    # blindtest912 zyc04: "we compared X with Y in N patients"
    ("Pentoxifylline versus thalidomide for type 2 lepra reaction: a randomized, double-blind "
     "trial",
     "In this randomized, double-blind study we compared oral pentoxifylline with oral "
     "thalidomide in thirty-six patients with type 2 reaction. All had multibacillary leprosy.",
     "RandomizedTrialDesign", 36),
    # blindtest921 zyl05: "these five form the study group", after the counts it was drawn from
    ("IVIG in eosinophilic fasciitis: a retrospective cohort",
     "We searched our records for patients with morphea seen between 2000 and 2020. The search "
     "returned 180 patients with morphea. Twelve of them had eosinophilic fasciitis, and five of "
     "these had follow-up on IVIG; these five form the study group.",
     "RetrospectiveCohortDesign", 5),
    # blindtest913 zyd03: "The group numbered N: ..."
    ("Rituximab in refractory mucous membrane pemphigoid: a case series",
     "We describe the patients with refractory mucous membrane pemphigoid whom our network "
     "treated with rituximab. The group numbered nineteen: fifteen with mucous membrane "
     "pemphigoid proper and four with epidermolysis bullosa acquisita.",
     "CaseSeriesDesign", 19),
    # blindtest913 zyd05: "randomly allocated, N to each of the K arms"
    ("Three regimens for pemphigus vulgaris: a randomized trial",
     "New patients with pemphigus vulgaris were enrolled and randomly allocated, twenty to each "
     "of the three arms: prednisolone, prednisolone and azathioprine, and prednisolone and "
     "mycophenolate mofetil.",
     "RandomizedTrialDesign", 60),
    # blindtest910 zya02: "in N paediatric and M adult patients"
    ("Relapsing MOG antibody-associated disease: a retrospective cohort",
     "We looked back at the records of our relapsing patients. Relapse rates before and during "
     "immunotherapy were assessed across 150 attacks, which occurred in 21 paediatric and 17 "
     "adult patients.",
     "RetrospectiveCohortDesign", 38),
    # blindtest912 zyc03: the noun left out, "N with <disease> were recruited"
    ("Minocycline for chronic erythema nodosum leprosum: a prospective pilot study",
     "Patients were screened, and twelve with multibacillary leprosy were recruited after "
     "written informed consent. All were given minocycline.",
     "ProspectiveCohortDesign", 12),
]

ROUND_317_DESIGNS_AND_COUNTS = [
    # blindtest900 zzq03: a question title, then a subtitle naming a retrospective study and the
    # meta-analysis it adds
    ("Does accelerated infliximab induction change outcomes of acute severe ulcerative colitis? A "
     "retrospective multicentre study and meta-analysis",
     "We looked back at three centres over 2005-2017 and collected the records of two hundred and "
     "thirteen individuals whose steroid-refractory colitis was treated with infliximab. "
     "Separately, we pooled published comparisons of the two schedules in a meta-analysis.",
     "RetrospectiveCohortDesign", 213),
    # blindtest908 zzy03: the second group named by its regimen's adjective
    ("High-dose methylprednisolone by mouth or by vein in optic neuritis: a retrospective cohort",
     "We looked back at patients treated for acute optic neuritis with high-dose "
     "methylprednisolone. Twenty-eight patients had received the oral regimen and twenty-eight "
     "the intravenous one.",
     "RetrospectiveCohortDesign", 56),
    # blindtest903 zzt05: the arms' sizes listed together
    ("Crizanlizumab for the prevention of pain crises in sickle cell disease: a randomised trial",
     "Patients were randomly assigned to crizanlizumab at a low dose, crizanlizumab at a high dose "
     "or placebo; the three arms held 67, 66 and 65 patients.",
     "RandomizedTrialDesign", 198),
]

ROUND_315_DESIGNS_AND_COUNTS = [
    # blindtest886 zzc05: the rest of the population, "did not" after a lexical verb
    ("Histiocytoid Sweet syndrome and VEXAS syndrome: a retrospective cohort",
     "We went back to the skin biopsies with a diagnosis of histiocytoid Sweet syndrome at our "
     "centre between 2011 and 2022. Seven patients turned out to have VEXAS syndrome (15 skin "
     "biopsies) and fifteen did not (19 skin biopsies).",
     "RetrospectiveCohortDesign", 22),
    # blindtest890 zzg04: groups given one after another, "placed in" said once
    ("Rituximab in antibody-mediated rejection: a prospective study",
     "This was a prospective, observational study. Recipients in whom rejection was suspected "
     "were placed in one of three groups. Eight recipients were placed in group 1, fifteen in "
     "group 2 and nine in group 3.",
     "ProspectiveCohortDesign", 32),
    # blindtest890 zzg03: "looked back at every ..., 126 in all"
    ("IVIG in late antibody-mediated rejection: a retrospective cohort",
     "We looked back at every kidney recipient transplanted with negative crossmatches who had a "
     "biopsy-proven late rejection between 2009 and 2013, 126 in all. Each received IVIG.",
     "RetrospectiveCohortDesign", 126),
]

ROUND_313_DESIGNS_AND_COUNTS = [
    # blindtest883 zz05: the population given by age group, never added up
    ("Targeted therapy in histiocytic neoplasms: a retrospective cohort",
     "We describe the patients with histiocytic neoplasms who received targeted therapy in seven "
     "hospitals: six children and thirty-four adults. Twelve had Langerhans cell histiocytosis.",
     "RetrospectiveCohortDesign", 40),
    ("Anakinra in Still disease: a retrospective cohort",
     "Twelve children and four adults were treated with anakinra at our centre.",
     "RetrospectiveCohortDesign", 16),
    # blindtest883 zz03: a population named without its number, then given as the parts that had
    # each disease
    ("Trametinib in histiocytic disorders: a retrospective cohort",
     "We looked back at adults treated with oral trametinib at four centres: seventeen had ECD, "
     "five had overlapping ECD and RDD, three had RDD alone and one had ECD together with LCH. Of "
     "the seventeen patients whose response could be evaluated, 71% responded.",
     "RetrospectiveCohortDesign", 26),
    # blindtest883 zz02: the count told on its own after the population
    ("Cobimetinib in Erdheim-Chester disease: a case series",
     "We describe the patients of our centre with ECD lacking a BRAF mutation who were given "
     "cobimetinib because their disease progressed. There were four of them.",
     "CaseSeriesDesign", 4),
    # blindtest880 zw03: the cases enrolled, then their controls selected in the next sentence
    ("Ciclosporin in SLE-associated macrophage activation syndrome: a retrospective case-control "
     "study",
     "The study was run in six hospitals. Thirty-two patients with SLE-associated MAS were "
     "enrolled. As controls, sixty-four SLE patients matched for age and sex, diagnosed in the "
     "same period but without any MAS episode, were selected.",
     "RetrospectiveCohortDesign", 96),
]

ROUND_310_DESIGNS_AND_COUNTS = [
    # blindtest873 zp02: two siblings described together, under a journal's case-report label
    # (a series since round 333, as zp02's gold has it: a report of two patients)
    ("Cutaneous polyarteritis nodosa in siblings with ADA2 deficiency",
     "Case Report/Case Series\n\nOBSERVATIONS We describe two siblings, a white girl and her "
     "white brother, each with livedo and cutaneous polyarteritis nodosa.",
     "CaseSeriesDesign", 2),
]

ROUND_309_DESIGNS_AND_COUNTS = [
    # blindtest856 yy05: the first arm's treatment a long clause before "; the other 107"
    ("Hydrocortisone with vitamin C and thiamine in septic shock: a randomised trial",
     "One hundred and nine patients were randomly assigned to the intervention group, which "
     "received intravenous vitamin C 1.5 g every 6 hours, hydrocortisone 50 mg every 6 hours and "
     "thiamine 200 mg every 12 hours; the other 107 were assigned to the control group and "
     "received intravenous hydrocortisone alone.",
     "RandomizedTrialDesign", 216),
    # blindtest857 yz04: the next arm named after its count with "in" left out
    ("Secukinumab versus TNF inhibitors in Takayasu arteritis: a prospective cohort",
     "Patients were enrolled prospectively and followed. Nineteen patients entered the "
     "secukinumab group and 34 the TNF inhibitor group.",
     "ProspectiveCohortDesign", 53),
    # blindtest109 p501: groups after a colon that break the count down are no further arms
    # (a first version of the yz04 reading added the 141 to the 176)
    ("Interstitial lung disease in systemic JIA: a two-centre retrospective cohort",
     "We reviewed the records of two centres. Results. We included 176 children with SJIA: 35 "
     "formed the ILD group and 141 the non-ILD group.",
     "RetrospectiveCohortDesign", 176),
]

ROUND_307_DESIGNS_AND_COUNTS = [
    # blindtest853 yv05: groups by drug with the verb said once, the last "both drugs"
    ("Emapalumab and ruxolitinib in adults with HLH: a retrospective cohort",
     "We reviewed the medical records of adults treated at five centres. Fifty-four patients "
     "received emapalumab, eighteen ruxolitinib and five both drugs.",
     "RetrospectiveCohortDesign", 77),
    # blindtest854 yw05: those screened for eligibility, then those "recruited into the trial"
    ("Anakinra for cytokine release syndrome in COVID-19: a randomized controlled trial",
     "Flow of patients. Three hundred and twenty-seven patients were screened for eligibility; "
     "eighty of them were recruited into the trial. Seventy-two completed follow-up.",
     "RandomizedTrialDesign", 80),
    # blindtest852 yu02: others' clusters reported since are no count of this series
    ("Hyperinflammatory shock in children during COVID-19: a case series",
     "Five boys and three girls were affected. All eight went on to warm shock. Other clusters "
     "have since been reported, ten Kawasaki-like cases in Lombardy and fifteen patients "
     "notified to the health department.",
     "CaseSeriesDesign", 8),
]

ROUND_306_DESIGNS_AND_COUNTS = [
    # blindtest847 yp05: a record review named in the subtitle beside the systematic review it adds
    ("Autoimmune pancreatitis type 2 and inflammatory bowel disease: a two-centre record review "
     "with a systematic review of the literature",
     "Methods: We analysed electronic medical records at two centres and in addition carried out "
     "a systematic review of the literature. Results: Thirty-five patients met the diagnostic "
     "criteria for autoimmune pancreatitis type 2 and were included.",
     "RetrospectiveCohortDesign", 35),
    # blindtest849 yr05: the first arm's drug after a number of cycles, its dose in brackets, the
    # second arm's role after "as"
    ("Blinatumomab versus chemotherapy for first relapse of B-ALL in children: a randomized trial",
     "Fifty-four children were assigned to one cycle of blinatumomab (15 ug/m2 per day for 4 "
     "weeks by continuous intravenous infusion) and fifty-four to chemotherapy as the third "
     "consolidation.",
     "RandomizedTrialDesign", 108),
]

ROUND_304_DESIGNS_AND_COUNTS = [
    # blindtest838 yg05: the part that forms the study group, its share said with "or", its verb
    # "fulfilled"
    ("Thyroiditis under immune checkpoint inhibitors: a retrospective cohort",
     "We reviewed the records of our cancer centre. Over the study period 657 patients received "
     "an ICI. Forty-three of them, or 6.5 %, fulfilled the entry criteria and form the study "
     "group.",
     "RetrospectiveCohortDesign", 43),
    # blindtest839 yh04: those diagnosed during follow-up are an outcome, not the population
    ("Unmasking tuberculosis after antiretroviral therapy: a prospective cohort",
     "We therefore set up a prospective study. Two hundred and nineteen adults who were about to "
     "start ART were screened for tuberculosis at entry, and every one of them was then followed "
     "for a year. During follow-up, tuberculosis was diagnosed in fourteen patients (6.4 %).",
     "ProspectiveCohortDesign", 219),
]

ROUND_303_DESIGNS_AND_COUNTS = [
    # blindtest827 xv05: arms by "received", the second "the remaining sixteen", breaking down the
    # count before them
    ("Prednisolone in farmer's lung: a double-blind, placebo-controlled study",
     "A randomised comparison with placebo in which neither patients nor investigators knew the "
     "allocation. Thirty-six patients were randomly allocated to the two arms: twenty received "
     "prednisolone for 8 wk and the remaining sixteen received an 8-wk course of placebo.",
     "RandomizedTrialDesign", 36),
    # blindtest826 xu06: a citation line whose publication type is an opinion review, and the
    # opinion review's heading (a registry the authors wish for is no cohort of theirs)
    ("Treating Susac syndrome: induction, maintenance and how long to continue",
     "Curr Treat Options Neurol. 2016 Jan;18(1):3. PMID: 26715396. Review (opinion statement)."
     "\n\nOpinion statement\n\nSusac syndrome is a microangiopathy of the brain, the retina and "
     "the cochlea. A multicentre patient registry and biorepository are essential to study how the "
     "disease arises.",
     "NarrativeReviewDesign", None),
    # blindtest836 ye02: a subtitle ending on the series, over a trial its introduction cites; and
    # those the records served, "these cases make up the series"
    ("Therapeutic plasma apheresis in thirty-five young people with PANDAS: a single-hospital "
     "series",
     "So far the case has rested on anecdotal reports and on one small placebo-controlled trial. "
     "Forty patients were identified. For thirty-five of them (88%) the medical records and a "
     "telephone interview gave enough information, and these cases make up the series.",
     "CaseSeriesDesign", 35),
    # blindtest833 yb04: controls "recruited as a control group" after the treated
    ("Pentoxifylline in cerebral malaria: a prospective study",
     "Treatment. Ten children were given quinine together with a continuous intravenous infusion "
     "of PTX. Five further children were recruited as a control group; they received quinine and "
     "an infusion of normal saline.",
     "ProspectiveCohortDesign", 15),
]

ROUND_302_DESIGNS_AND_COUNTS = [
    # blindtest799 wt03: cohorts each named before its count, the second after a comma
    ("Glucocorticoids in polyarteritis nodosa and cutaneous arteritis: retrospective cohorts",
     "We assembled three retrospective cohorts from the medical records. The PAN cohort held 48 "
     "patients, the CA cohort 41 and the GI vasculitis cohort 19.",
     "RetrospectiveCohortDesign", 108),
    # blindtest818 xm03: the second arm's count said with "another" and "matched"
    ("Systemic corticosteroids for asthma: a matched historical cohort",
     "We went back through the records of a national database. The SCS arm comprised 24,117 "
     "patients and the non-SCS arm another 24,117 matched patients.",
     "RetrospectiveCohortDesign", 48234),
    # blindtest822 xq05: the first arm's abbreviation, dose and duration, then the second arm
    ("Double-blind trial of intravenous methylprednisolone in Guillain-Barre syndrome",
     "In this multicentre, randomised, double-blind trial, one hundred and twenty-four patients "
     "were allocated to intravenous methylprednisolone (IVMP) 500 mg daily for 5 days and 118 to "
     "placebo infusions on the same schedule.",
     "RandomizedTrialDesign", 242),
    # blindtest824 xs02: the population as cases with what they had, and controls two words describe
    ("Kawasaki disease shock syndrome: a retrospective cohort",
     "We went back through the records of children admitted to our department. The study "
     "population comprised twenty-one children with KDSS and 119 haemodynamically stable "
     "controls.",
     "RetrospectiveCohortDesign", 140),
    # blindtest821 xp01: a case report whose patient's age is in words, after another's five cases
    ("Hidradenitis suppurativa in Down's syndrome",
     "*Case report*\n\n## Background\n\nThe link was raised again in a letter to a dermatology "
     "journal that described five such cases. We add one more.\n\n## Case presentation\n\nA "
     "woman aged twenty, a swimmer who has Down's syndrome, was brought to the emergency "
     "department with a tender swelling in the groin.",
     "CaseReportDesign", 1),
]

ROUND_299_DESIGNS_AND_COUNTS = [
    # blindtest812 xg03: those included after those screened, the noun left out before "who"
    ("Intrathecal methotrexate and dexamethasone in neuropsychiatric lupus: a retrospective "
     "cohort",
     "RESULTS. Records of 5,604 people with SLE were screened, and 386 who had been admitted with "
     "NPSLE were included; 342 of them (88.4%) were women.",
     "RetrospectiveCohortDesign", 386),
    # blindtest811 xf04: "these fifty-three form the present cohort", not the trial's 71
    ("Reactive arthritis years after a ciprofloxacin trial: a prospective follow-up cohort",
     "Everyone who had been in that trial was invited back for a clinical examination. "
     "Seventy-one patients had entered the original study; fifty-three of them agreed to come to "
     "the clinic, and these fifty-three form the present cohort.",
     "ProspectiveCohortDesign", 53),
]

ROUND_297_DESIGNS_AND_COUNTS = [
    # blindtest802 ww05: the protocol's plan ("was to be recruited") is not those randomised
    ("Prednisone plus ramipril in IgA nephropathy: a randomized controlled trial",
     "When the protocol was first published, a minimum of 134 patients was to be recruited over 2 "
     "years.\n\nMethods. Ninety-seven patients with biopsy-proven IgAN were allocated at random: "
     "48 to prednisone plus ramipril and 49 to ramipril alone.",
     "RandomizedTrialDesign", 97),
    # blindtest803 wx03: the second group by the same verb, "began"
    ("Nintedanib in rheumatoid arthritis-associated interstitial lung disease: a retrospective "
     "study",
     "Methods. We reviewed the records of our clinic. Twenty-five patients began nintedanib and "
     "two began pirfenidone, and together they make up the cohort.",
     "RetrospectiveCohortDesign", 27),
]

ROUND_296_DESIGNS_AND_COUNTS = [
    # blindtest797 wr03: the records gone back through are the population, not the nine of them
    # given plasma exchange later
    ("Plasma exchange in life-threatening ANCA-associated vasculitis",
     "METHODS. This was a retrospective study. We went back through the medical records of two "
     "hundred and twelve patients with ANCA-associated vasculitis.\n\nRESULTS. Only nine patients "
     "had received plasma exchange, and six of these nine had diffuse alveolar haemorrhage.",
     "RetrospectiveCohortDesign", 212),
    # blindtest800 wu05: the second arm before a relative clause
    ("Home-based exercise training in juvenile dermatomyositis: a randomised controlled trial",
     "Methods. Fourteen patients were randomly assigned to the intervention group and twelve to a "
     "waiting-list control group that received usual care and entered the training arm later.",
     "RandomizedTrialDesign", 26),
    # blindtest800 wu03: those who had a complication and those who never did
    ("Which children with juvenile dermatomyositis develop calcinosis? A review of medical records",
     "METHODS. We went back through the medical records of children with JDM.\n\nRESULTS. "
     "Twenty-three children had calcinosis (43%) and thirty-one never developed it.",
     "RetrospectiveCohortDesign", 54),
    # blindtest801 wv05: sizes breaking down the 60 stated before them, not arms
    ("Prednisone in dilated cardiomyopathy: a randomized, controlled trial",
     "Of the patients admitted, one hundred and two were randomly assigned to prednisone or to a "
     "control group. Every patient had been placed beforehand in one of two subgroups, each "
     "randomized separately. The 60 \"reactive\" patients had fibroblastic (n = 36) or "
     "lymphocytic (n = 2) infiltration or immunoglobulin deposition (n = 16), a positive gallium "
     "scan (n = 7), or an elevated sedimentation rate (n = 18).",
     "RandomizedTrialDesign", 102),
]

ROUND_292_DESIGNS_AND_COUNTS = [
    # blindtest792 wm02: a series of N, the noun left out
    ("Omalizumab in normocomplementemic urticarial vasculitis",
     "Here we present a series of four, all with normocomplementemic urticarial vasculitis, who "
     "received omalizumab; in each of them the result was persuasive.", "CaseSeriesDesign", 4),
    # blindtest792 wm03: "in this record review" is a review of records, not of the literature
    ("Dapsone as second-line treatment of chronic spontaneous urticaria: a medical record review",
     "DESIGN. We reviewed, retrospectively, the records of the 79 patients with CSU who were given "
     "dapsone at one centre.\n\nCONCLUSIONS. In this record review dapsone was an effective "
     "second-line option for CSU.", "RetrospectiveCohortDesign", 79),
    # blindtest790 wk04: a breakdown whose parts fall two short of the whole is no further arms
    ("Prophylactic antiseizure drugs and neurotoxicity after CAR-T cells: a retrospective study",
     "Methods. We retrospectively reviewed adults given CAR-T cells. A hundred and fifty-six "
     "patients were included, 88 in the PP group and 66 in the PET group.",
     "RetrospectiveCohortDesign", 156),
]

ROUND_290_DESIGNS_AND_COUNTS = [
    # blindtest789 wj05, wj04: patients named by their injury or condition
    ("Interferon-gamma after major injury: a randomized, double-blind trial",
     "Methods. Two hundred thirteen trauma patients at high risk of infection were randomized to "
     "placebo or to interferon-gamma for 10 days.", "RandomizedTrialDesign", 213),
    ("Antioxidants after burns: a prospective study",
     "Methods. This prospective study enrolled patients over two years. We studied one hundred "
     "and eighty burn patients of both sexes. They were placed in six groups, A to F, of thirty "
     "patients each.", "ProspectiveCohortDesign", 180),
    # blindtest788 wi04: two kinds of patient, the noun said once (and not "one hundred and
    # eighty burn patients" read as one and eighty)
    ("Lanadelumab in hereditary angioedema: an open-label extension",
     "Methods. Patients from the parent trial and new patients were treated.\n\nResults. The "
     "extension took in 109 rollover and 103 nonrollover patients.", "ProspectiveCohortDesign",
     212),
    # blindtest789 wj03: controls in the population sentence's later clause
    ("High-dose ascorbic acid in burn resuscitation: a retrospective study",
     "Methods. We reviewed the records retrospectively. Thirty-eight patients had received HDAA "
     "during resuscitation; forty-two control patients (CTL) who did not receive HDAA in the same "
     "period were matched to them by age.", "RetrospectiveCohortDesign", 80),
    # blindtest788 wi01: a case report whose age has an aside after it
    ("Icatibant for ACE inhibitor-induced angioedema",
     "Presentation\n\nA woman of 65, of European ancestry, came to the emergency department "
     "with a swollen tongue. Icatibant stopped the swelling.", "CaseReportDesign", 1),
]

ROUND_288_DESIGNS_AND_COUNTS = [
    # blindtest783 wd02: those given something and the rest who were not, each with its share
    ("Intravitreal dexamethasone in bleb-related endophthalmitis: a case series",
     "Methods. We report a case series of every patient treated for bleb-related endophthalmitis "
     "at one eye centre.\n\nResults. Seventy patients (84%) received IVD and thirteen (16%) did "
     "not. Acuity at presentation did not differ.", "CaseSeriesDesign", 83),
    # blindtest779 vz05: an interim enrolment from the protocol is no population of the trial
    ("Sequential tacrolimus-rituximab versus cyclophosphamide in membranous nephropathy: a "
     "randomised trial",
     "BACKGROUND. The study protocol, published in 2015, had reported 23 patients enrolled by "
     "1 April 2015, an estimated 21.7% of the planned sample.\n\nPARTICIPANTS. Eighty-six adults "
     "with biopsy-proven primary membranous nephropathy and nephrotic syndrome that persisted "
     "after six months of observation were randomised, forty-three to each arm.",
     "RandomizedTrialDesign", 86),
    # blindtest782 wc05: those analysed broken down right after, the verb said once ("seven given
    # omalizumab and nine given placebo"): their parts, not a further arm
    ("Omalizumab in mastocytosis: a randomised, placebo-controlled trial",
     "RESULTS. Sixteen patients were analysed, seven given omalizumab and nine given placebo "
     "(Table 1). Symptom scores halved with omalizumab.", "RandomizedTrialDesign", 16),
]

ROUND_287_DESIGNS_AND_COUNTS = [
    # populations given only as groups, never summed (blindtest772-777): groups filled one after
    # the other (vs04), each with its diagnosis and a bracket (vv03), those treated and the rest
    # who were not (vw03, vx03)
    ("Crizanlizumab in sickle cell disease: a prospective open-label study",
     "Methods. This was a prospective, open-label study. Crizanlizumab was given as an "
     "intravenous infusion every 4 weeks at one of two doses, and the two dose groups were "
     "filled one after the other: first forty-five people at 5.0 mg/kg, then a further twelve "
     "at 7.5 mg/kg.", "ProspectiveCohortDesign", 57),
    ("Budesonide in non-responsive and refractory coeliac disease: a retrospective cohort",
     "Methods. We reviewed the records retrospectively.\n\nResults. We identified 14 people "
     "with NRCD (86% female), 30 with RCD type 1 (60% female) and 6 with RCD type 2 (33% "
     "female).", "RetrospectiveCohortDesign", 50),
    ("Small fiber neuropathy after COVID-19: a retrospective cohort",
     "Methods. We reviewed, retrospectively, the charts of patients who had developed small "
     "fiber neuropathy after COVID-19.\n\nResults. Sixteen patients had the neuropathy "
     "confirmed on skin biopsy. Nine patients were treated with intravenous immunoglobulin "
     "(IVIG) and seven were not.", "RetrospectiveCohortDesign", 16),
    ("Ibuprofen and FEV1 decline in cystic fibrosis: a retrospective registry analysis",
     "Methods. We looked back at registry records. The yearly fall in FEV1 was compared between "
     "1,365 patients who were treated with ibuprofen and 8,960 patients of similar age who were "
     "not.", "RetrospectiveCohortDesign", 10325),
]

ROUND_285_DESIGNS_AND_COUNTS = [
    # blindtest768 vo03: two groups listed before the verb that takes them in are counted once,
    # not a second time as another arm after the first
    ("Caplacizumab compared with standard care in immune TTP: a retrospective registry study",
     "METHODS. This was a retrospective study of the patients in a national registry.\n\n"
     "RESULTS. Seventy-seven patients with iTTP had received caplacizumab and seventy-eight had "
     "not, and all of them were included. Exacerbations were less frequent with caplacizumab.",
     "RetrospectiveCohortDesign", 155),
    # blindtest768 vo04: "Trial 1" numbers a trial; it counts no one
    ("Eculizumab in atypical haemolytic uraemic syndrome: two prospective trials",
     "METHODS\nWe ran two prospective phase 2 trials. Trial 1 enrolled patients with low platelet "
     "counts and renal damage; trial 2 enrolled patients with renal damage alone.\n\nRESULTS\n"
     "Thirty-seven patients took part, seventeen in trial 1 and twenty in trial 2.",
     "ProspectiveCohortDesign", 37),
    # blindtest769 vp03: the patients selected, their number after a colon
    ("Azathioprine or tamoxifen in retroperitoneal fibrosis: a retrospective study",
     "METHODS. We selected the patients with idiopathic retroperitoneal fibrosis who had been "
     "followed in our unit for a year or longer: seventeen in all, thirteen of whom already had "
     "renal insufficiency. Each patient was given steroids together with one other measure, "
     "which defines three groups: ureterolysis (group 1, five patients), azathioprine (group 2, "
     "six patients) or tamoxifen (group 3, six patients).",
     "RetrospectiveCohortDesign", 17),
    # blindtest767 vn05: a series the authors present as one, its patients those they diagnosed
    ("Rheumatic fever arthritis in adults",
     "Because adult ARF is uncommon, we report our adult patients with ARF-associated arthritis "
     "as a short series.\n\nWe diagnosed ARF-associated arthritis in five patients who came to "
     "the rheumatology outpatient clinic between 2014 and 2016. Two were men and three were "
     "women.", "CaseSeriesDesign", 5),
]

ROUND_284_DESIGNS_AND_COUNTS = [
    # blindtest758 ve02: the population in two parts after the verb that took them all in, each
    # by what it had; the whole is never written
    ("Secukinumab and gut inflammation in spondyloarthritis: a ten-hospital record review",
     "METHODS This was a retrospective cohort study of every patient who began secukinumab "
     "between 2016 and 2019.\n\nRESULTS All patients who had received at least one dose were "
     "analysed: 124 of them had AS and 182 had PsA. Twenty-four patients had a gastrointestinal "
     "event.", "RetrospectiveCohortDesign", 306),
    # ... and a table's "Any grade" row sums the grades above it: it is no grade of its own
    ("Anakinra in recurrent pericarditis: a retrospective review by flare grade",
     "We retrospectively reviewed the records of adults given anakinra for recurrent "
     "pericarditis.\n\nGrade\tPatients (n)\nMild\t12\nModerate\t9\nSevere\t5\n"
     "Any grade\t26\n\nFlares stopped in most.", "RetrospectiveCohortDesign", 26),
]

ROUND_282_DESIGNS_AND_COUNTS = [
    # blindtest757 vd04: "in all" before a count is a subgroup ("in all 3 patients with Cogan's
    # syndrome"), not the whole it stands for after one ("91 in all")
    ("Methotrexate for autoimmune hearing loss: a prospective open-label study",
     "Methods. The study was prospective, open-label and ran for 12 months. Seventeen patients "
     "with refractory autoimmune hearing loss took part.\n\nResults. Balance got better in all 3 "
     "patients with Cogan's syndrome, and in 2 of the 3 patients with idiopathic hearing loss.",
     "ProspectiveCohortDesign", 17),
]

ROUND_278_DESIGNS_AND_COUNTS = [
    # blindtest736 ui03: two groups by what each was treated for, the verb said once
    ("Ruxolitinib for graft-versus-host disease in children: a retrospective review",
     "Methods : We retrospectively reviewed the records of children who received ruxolitinib for "
     "acute or chronic GVHD.\n\nResults : Seven children had been treated for aGVHD and nine for "
     "cGVHD. The overall response rate was 81 %.", "RetrospectiveCohortDesign", 16),
    # blindtest742 uo03: a comparison group "served as an internal comparison group"
    ("Intravenous immunoglobulin in sporadic inclusion body myositis: a retrospective study",
     "METHODS We went through the records of our sIBM cohort retrospectively. Sixteen patients had "
     "been given IVIG, on average 10 infusions each. Six further patients with sIBM who had "
     "received other drugs instead of IVIG served as an internal comparison group.",
     "RetrospectiveCohortDesign", 22),
]

ROUND_277_DESIGNS_AND_COUNTS = [
    # blindtest737 uj05: "The plan was to randomise N" is a planned sample; the flow that follows
    # ends on those randomised, the noun left out after "so"
    ("Pirfenidone added to mycophenolate in systemic sclerosis lung disease: a randomised trial",
     "A double-blind, placebo-controlled phase 2 trial with 1:1 randomisation. The plan was to "
     "randomise 150 people.\n\nEighty-eight people gave consent. Thirty-one of them were then "
     "judged ineligible and six withdrew before allocation, so fifty-one were randomised: 24 to "
     "placebo and 27 to pirfenidone.", "RandomizedTrialDesign", 51),
]

ROUND_273_DESIGNS_AND_COUNTS = [
    # blindtest735 uh05: two arms "to" a drug given into the joint
    ("Intra-articular triamcinolone and knee cartilage volume: a randomised trial",
     "A randomised, double-blind, placebo-controlled trial. Seventy participants were allocated to "
     "intra-articular triamcinolone and seventy to intra-articular saline, given every 12 weeks "
     "for 2 years.", "RandomizedTrialDesign", 140),
    # blindtest730 uc05: "Enrolment reached N participants", not the pilot study before it
    ("Hyperimmune immunoglobulin for hospitalised influenza: a randomised trial",
     "A pilot study had given the product to 31 people and found it apparently safe, but was too "
     "small to judge benefit.\n\nThis double-blind, placebo-controlled trial randomly assigned "
     "adults with influenza to hIVIG or placebo.\n\nEnrolment reached 329 participants in nine "
     "countries, fewer than planned.", "RandomizedTrialDesign", 329),
]

ROUND_269_DESIGNS_AND_COUNTS = [
    # blindtest714 tm02: three groups by the preposition, the verb in the past perfect
    ("Anti-TNF therapy in renal AA amyloidosis: a nationwide series",
     "A nationwide series. Results : ten patients had been treated with infliximab, four with "
     "etanercept and one with both agents in turn. Mean follow-up was 10.4 months.",
     "CaseSeriesDesign", 15),
    # blindtest715 tn03: an elided count's part, then "the remaining eleven" (a bracket with a
    # semicolon between)
    ("Canakinumab in children with CAPS under the age of two: an open-label study",
     "An open-label, multicentre, prospective study. Six of the children enrolled were younger "
     "than 24 months (44 days to 14 months; mean age 7 months) and the remaining eleven were over "
     "2 years old.", "ProspectiveCohortDesign", 17),
    # a guard, blindtest186 o805: "the remaining twenty to placebo" is the second arm, counted once
    ("Hydrocortisone in severe community-acquired pneumonia: a randomised trial",
     "A randomised, placebo-controlled trial. Sixty were randomly allocated to hydrocortisone "
     "\u2013 a single intravenous bolus of 200 mg on day 1, followed by a continuous intravenous "
     "infusion of 10 mg/h for 7 days \u2013 and the remaining twenty to placebo.",
     "RandomizedTrialDesign", 80),
]

ROUND_268_DESIGNS_AND_COUNTS = [
    # one second-group cue where there were three (same_verb_second, had_treatment_second,
    # qualified_second): what none of them read alone, a qualifier on the first group only with
    # "while", and one on the second group only with "whereas"
    ("Timing of tocilizumab in systemic sclerosis lung disease: a retrospective cohort",
     "A retrospective cohort study. Twenty-two patients with early disease received tocilizumab "
     "within a month of diagnosis, while eleven received it after the first year.",
     "RetrospectiveCohortDesign", 33),
    ("Canakinumab dosing intervals in TRAPS: a retrospective cohort",
     "A retrospective cohort study. Eighteen patients received canakinumab every four weeks, "
     "whereas seven patients with milder disease received it every eight weeks.",
     "RetrospectiveCohortDesign", 25),
]

ROUND_267_DESIGNS_AND_COUNTS = [
    # blindtest707 tf04: a trial that says it was not randomised, its groups by severity
    ("Glucocorticoid with ulinastatin against IVIG in Kawasaki disease",
     "Design : non-randomised controlled clinical trial.\n\nParticipants and allocation : children "
     "admitted with typical Kawasaki disease. Forty-six children were assigned to the ulinastatin "
     "group and fifty-eight to the IVIG group; assignment followed the severity of the disease.",
     "ProspectiveCohortDesign", 104),
]

ROUND_266_DESIGNS_AND_COUNTS = [
    # blindtest701 sz04: the authors' "twelve-patient pilot", not the eleven who finished it
    ("Tofacitinib for alopecia areata: an open-label pilot study",
     "A prospective open-label study. Results : eleven participants finished the full course, and "
     "adverse events were minimal. Eight of the 12 regrew 50 % or more of their hair. "
     "Conclusion : in this twelve-patient pilot, tofacitinib produced marked regrowth.",
     "ProspectiveCohortDesign", 12),
    # blindtest699 sx04: the two groups a selection "left"
    ("Rituximab in MuSK myasthenia gravis: a blinded prospective review",
     "A prospective review. Patients : ten neuromuscular centres evaluated 119 people with "
     "anti-MuSK myasthenia gravis. A blinded expert panel selected 77 of them for analysis; "
     "another 22 were then excluded because follow-up was too short. That left 24 patients in the "
     "rituximab group and 31 controls, whose characteristics at baseline were similar.",
     "ProspectiveCohortDesign", 55),
]

ROUND_263_DESIGNS_AND_COUNTS = [
    # blindtest698 sw04: the population that "made up the final analysis", not its infected half
    ("Infection and corticosteroids in acute alcoholic hepatitis: a prospective study",
     "Methods : consecutive patients with AAH who were started on steroids were recruited. "
     "Infections were logged prospectively, and survival was determined at 90 days.\n\nResults : "
     "Seventy-two patients made up the final analysis (mean age 47.9 years; 26 % women). Fifteen "
     "(21 %) had died by day 28. Half of the group, 36 patients, had a clinically relevant "
     "infection during their admission, 23 of them after steroids had been started.",
     "ProspectiveCohortDesign", 72),
    # blindtest695 st02: two sexes that "made up the series", not the six of them with an RAPD
    ("Teprotumumab for dysthyroid optic neuropathy: a multicentre case series",
     "Observations: This was a multicenter observational case series. Eligible patients had "
     "thyroid eye disease complicated by DON and had not responded to conventional therapies. Six "
     "women "
     "and four men, with a mean age of 64 years, made up the series; mean follow-up after the last "
     "infusion was 15 weeks. Each of the six patients who presented with an RAPD had it resolve or "
     "improve.", "CaseSeriesDesign", 10),
    # blindtest695 st04: a second group after "while", each with its own qualifier
    ("Liver tests during intravenous methylprednisolone for Graves orbitopathy: a prospective "
     "study",
     "A prospective study. Forty-nine patients with moderate-to-severe GO received IVMP once a "
     "week to a cumulative dose of 4.5 g, while nineteen patients with DON received 3.0 g on three "
     "consecutive days.", "ProspectiveCohortDesign", 68),
    # blindtest696 su04: "of these, the twenty-six who ... were included"
    ("Outcome of relapsing polychondritis treated with prednisolone: a prospective cohort",
     "A prospective cohort study. Twenty-nine patients with RP were examined for enrolment; of "
     "these, the twenty-six who had been followed for six months or longer were included in the "
     "outcome analysis.", "ProspectiveCohortDesign", 26),
]

ROUND_260_DESIGNS_AND_COUNTS = [
    # blindtest692 sq03: three groups, the second after a plain comma; "not been assigned at
    # random" is no trial
    ("Therapy of severe rheumatic carditis: adrenocortical steroids compared with aspirin",
     "Instead of a new trial, we went back over the records of very ill patients. Fifty-three had "
     "been treated with steroids, forty-two had been given aspirin, and the remaining forty-two "
     "had received no antirheumatic drug at all. Treatment had not been assigned at random.",
     "RetrospectiveCohortDesign", 137),
    # blindtest691 sp03: "and 631 of them entered the analysis"
    ("Calcinosis in juvenile dermatomyositis: a registry study",
     "We performed a retrospective analysis of a registry which enrolled children with rheumatic "
     "disease at 55 centres. More than 650 of the enrolled children had JDM, and 631 of them "
     "entered the analysis.", "RetrospectiveCohortDesign", 631),
    # blindtest594 og03: four groups, the last after "and" with no comma
    ("Anti-inflammatory treatment of postpericardiotomy syndrome: a retrospective cohort",
     "A retrospective cohort study. For the first episode, eighty patients received prednisone, "
     "forty-one received a non-steroidal anti-inflammatory agent, two received colchicine on its "
     "own and nine received no anti-inflammatory treatment at all.",
     "RetrospectiveCohortDesign", 132),
    # blindtest62 u304 (a guard): no clause break inside "one hundred and ten"
    ("Dexamethasone with IVIG in Kawasaki disease: a retrospective study",
     "A retrospective study. One hundred and six patients had received a single high dose of "
     "IVIG alone, and one hundred and ten had received IVIG together with dexamethasone.",
     "RetrospectiveCohortDesign", 216),
]

ROUND_259_DESIGNS_AND_COUNTS = [
    # blindtest686 sk03: a rate's denominator ("per 10<sup>5</sup> adults", read as 105 adults)
    ("IgA vasculitis in adults: a retrospective study at one centre",
     "<p><b>Background.</b> In our catchment area IgA vasculitis reaches an annual incidence of "
     "5.1 per 10<sup>5</sup> adults.</p> <p><b>Methods.</b> We reviewed the charts of all adults "
     "diagnosed with IgA vasculitis between 2010 and 2013.</p> <p><b>Results.</b> Ninety-six new "
     "adult cases were found over the period.</p>", "RetrospectiveCohortDesign", 96),
    # blindtest687 sl04: followed "prospectively", a part that met a definition and "the other 22"
    ("Pulse methylprednisolone in lupus nephritis",
     "We followed patients with systemic lupus erythematosus and renal involvement prospectively "
     "after pulse therapy. A response was taken to be a fall in serum creatinine of at least 20 "
     "percent. Twelve patients met this definition; in the other 22 there was no such fall.",
     "ProspectiveCohortDesign", 34),
    # blindtest682 sg03: the last of a chain of counts, those who "entered the cohort"
    ("Colchicine and myocardial infarction in gout: a retrospective cohort study",
     "A retrospective cohort study. By the time of this analysis 4486 charts had been reviewed; "
     "844 patients fulfilled ACR criteria for gout and 644 entered the cohort.",
     "RetrospectiveCohortDesign", 644),
    # blindtest533 lx03 (a guard): "and twelve" inside "Two hundred and twelve" is no later count
    ("Mycophenolate, azathioprine or rituximab in RA-ILD: a retrospective cohort",
     "A retrospective cohort study. Two hundred and twelve patients entered the analysis, divided "
     "by first agent.", "RetrospectiveCohortDesign", 212),
]

ROUND_257_DESIGNS_AND_COUNTS = [
    # blindtest675 rj03: the parts after a colon break the count down; none is another group
    ("Rituximab in systemic sclerosis: a retrospective look at one department's patients",
     "Records were analysed retrospectively. The population was thirteen people with systemic "
     "sclerosis: eleven with diffuse cutaneous systemic sclerosis and two with limited cutaneous "
     "systemic sclerosis.", "RetrospectiveCohortDesign", 13),
    # blindtest672 rg03: "The review was retrospective", of hospital episodes (no patient count)
    ("Acute gout in hospital: variable care and outcomes",
     "We looked at how attacks of acute gout are managed in hospital. The review was "
     "retrospective and covered investigation, treatment and follow-up.",
     "RetrospectiveCohortDesign", None),
    # blindtest677 sb03: the population by sex ("males", "females") before a breakdown by age
    ("Long-term IL-1 blockade in PAPA syndrome: a retrospective look at six patients",
     "Records were reviewed retrospectively. Three males and three females were enrolled: four "
     "children, one young adult and one adult.", "RetrospectiveCohortDesign", 6),
    # blindtest679 sd04: the part of those evaluated, "and these were enrolled"
    ("Tonsillectomy in PFAPA syndrome: a prospective study",
     "Design: prospective study at a university centre. Patients: thirty patients were evaluated "
     "for periodic fever; eighteen of them were children with PFAPA syndrome and these were "
     "enrolled.", "ProspectiveCohortDesign", 18),
    # blindtest680 se03: two groups by different verbs of treatment, the drugs listed
    ("Rituximab, plasma exchange and immunoglobulins in chronic antibody-mediated rejection: a "
     "cohort study", "We reviewed the records of kidney recipients with chronic rejection. "
     "Twenty-three recipients had been given rituximab, PE and IVIG, and thirty-nine had "
     "received no specific treatment.", "RetrospectiveCohortDesign", 62),
    # blindtest676 sa04: "this phase IB study", its results set against historical controls
    ("Apoptotic cells for cytokine storm in sepsis",
     "Aims: the primary aim of this phase IB study was the safety of an apoptotic-cell infusion "
     "in sepsis; secondary aims were each set against historical controls. Patients and "
     "treatment: ten patients were enrolled and received apoptotic cells.",
     "ProspectiveCohortDesign", 10),
]

ROUND_255_DESIGNS_AND_COUNTS = [
    # blindtest668 rc03: what the part had, listed at length, before "they form the study group"
    ("Interleukin-1 antagonists and the growth of children with FMF: a retrospective analysis",
     "We carried out a retrospective analysis of the 646 children with FMF followed at our centre. "
     "Of these, twenty-two had needed an interleukin-1 blocker, anakinra, canakinumab or both "
     "(canakinumab in 90.9% and anakinra in 36.3% of them), and they form the study group.",
     "RetrospectiveCohortDesign", 22),
    # blindtest665 qz05: the arms after a long clause, summing to the count before them
    ("Early remdesivir to prevent progression to severe Covid-19 in outpatients",
     "A randomised, double-blind, placebo-controlled trial. Five hundred and sixty-two patients "
     "underwent randomisation and received at least one dose, 279 in the remdesivir group and 283 "
     "in the placebo group.", "RandomizedTrialDesign", 562),
    # blindtest667 rb01: "A previously healthy woman aged 22 first came to hospital"
    ("Acute liver failure in adult-onset Still's disease",
     "A previously healthy woman aged 22 first came to hospital with fever, arthralgia and a sore "
     "throat. Methylprednisolone pulses were given.", "CaseReportDesign", 1),
    # blindtest666 ra03: two parts by diagnosis, the verb said once
    ("EBV-associated HLH and infectious mononucleosis in young children: a retrospective study",
     "We went back through the charts of children with Epstein-Barr virus infection admitted to "
     "our hospital. Sixty-one of them had been diagnosed with infectious mononucleosis and "
     "thirty-one with EBV-associated HLH. Their features were analysed retrospectively.",
     "RetrospectiveCohortDesign", 92),
    # blindtest667 rb03: "Results: Six patients ... (...; ...), and the remaining fourteen ..."
    ("Elderly-onset adult Still's disease: a retrospective study",
     "Methods: We looked back at every patient diagnosed with adult Still's disease in our "
     "department and reviewed the records retrospectively. Results: Six patients had disease onset "
     "at 65 years or older (median age 71 years; five of them women), and the remaining fourteen "
     "had onset before 65.", "RetrospectiveCohortDesign", 20),
    # blindtest661 qv04: "Five further patients ..., were studied in the same way as controls"
    ("Etanercept and endothelial function in chronic heart failure: a prospective study",
     "A prospective study. Thirteen patients with heart failure were studied before and 7 days "
     "after a single injection of etanercept. Five further patients with heart failure, who did "
     "not receive etanercept, were studied in the same way as controls.",
     "ProspectiveCohortDesign", 18),
    # blindtest660 qu03: two centres' patients after one study verb
    ("Dexamethasone and early outcome after acute hemorrhagic stroke: a two-centre study",
     "We tested this in a retrospective, two-centre study. We reviewed 391 patients with acute "
     "hemorrhagic stroke admitted to the University Hospital of Heraklion, and 510 patients with "
     "the same diagnosis admitted to Massachusetts General Hospital, Boston.",
     "RetrospectiveCohortDesign", 901),
]

ROUND_253_DESIGNS_AND_COUNTS = [
    # blindtest646 qg03: the part that "needed the PICU and form the study cohort"
    ("Children admitted to intensive care after CAR T cells: a prospective cohort",
     "Prospective observational cohort study in one children's hospital. During the period, 59 "
     "patients received CAR T cells. Of these, twenty-four (40.7%) needed the PICU and form the "
     "study cohort; they stayed a median of 4 days.", "ProspectiveCohortDesign", 24),
    # blindtest650 qk05: "Sixteen of the 706 ... had ... and form the study group"
    ("Checkpoint inhibitor pneumonitis: a retrospective cohort",
     "A retrospective cohort study. We went through the records of 706 patients with cancer who "
     "had been treated with checkpoint inhibitors. Sixteen of the 706 (2.3%) had pneumonitis and "
     "form the study group.", "RetrospectiveCohortDesign", 16),
    # blindtest650 qk03: three parts by the same preposition after "were treated with"
    ("Vedolizumab or infliximab for immune-mediated colitis: a retrospective cohort",
     "We carried out a retrospective cohort study at two centres. Sixty-two patients were treated "
     "with vedolizumab, ninety-four with infliximab and twenty-eight with both agents given one "
     "after the other.", "RetrospectiveCohortDesign", 184),
    # blindtest82 o405 (a guard): the parts after a colon break down the count before it
    ("Pre-emptive siltuximab during bispecific T-cell engager therapy: a case series",
     "We report thirteen consecutive patients treated with BiTEs at our centre: ten with multiple "
     "myeloma, two with amyloidosis and one with mantle cell lymphoma.", "CaseSeriesDesign", 13),
    # blindtest657 qr03: "102 patients who had received placebo and 113 who had received ..."
    ("Corticosteroids in severe alcoholic hepatitis: a retrospective pooled analysis",
     "A retrospective analysis of three trials. The analysis covered 102 patients who had received "
     "placebo and 113 who had received corticosteroids.", "RetrospectiveCohortDesign", 215),
    # blindtest656 qq04: two studies' patients, the verb said once
    ("Etanercept plus methylprednisolone for acute graft-versus-host disease: a prospective study",
     "Patients received etanercept with methylprednisolone on two consecutive prospective "
     "protocols: twenty were treated in a pilot study reported earlier and forty-one in a phase 2 "
     "trial.", "ProspectiveCohortDesign", 61),
    # blindtest652 qm03: "Of the seventy-eight Still's-DRESS cases collected, 58 ..."
    ("Stopping IL-1 and IL-6 inhibitors in Still's disease with drug reactions: a retrospective "
     "study", "A retrospective international case collection. Of the seventy-eight Still's-DRESS "
     "cases collected, 58 (74.4%) developed lung disease.", "RetrospectiveCohortDesign", 78),
    # blindtest654 qo05: re-randomised within a long-term extension
    ("Baricitinib dose reduction in rheumatoid arthritis: final results of a long-term extension",
     "Patients who had completed one of the phase 3 baricitinib studies could continue in a "
     "long-term extension. Within it, those in sustained remission were randomly reassigned, "
     "blinded, either to stay on 4 mg or to taper to 2 mg. In all, 996 participants were "
     "re-randomised in this way.", "RandomizedTrialDesign", 996),
    # blindtest652 qm05: "were enrolled retrospectively"
    ("Tocilizumab in systemic JIA with lung involvement",
     "Methods: thirty-nine patients with sJIA were enrolled retrospectively. Lung involvement was "
     "assessed on CT.", "RetrospectiveCohortDesign", 39),
    # blindtest657 qr01: "A woman of fifty came to hospital"
    ("Steroid-refractory severe alcoholic hepatitis",
     "A woman of fifty came to hospital after two weeks of abdominal pain. Intravenous "
     "methylprednisolone was started.", "CaseReportDesign", 1),
]

ROUND_251_DESIGNS_AND_COUNTS = [
    # blindtest645 qf05: the second arm before a clause ("... to warfarin before the committee")
    ("Rivaroxaban or warfarin in antiphospholipid syndrome: a randomised trial",
     "A randomised, open-label, non-inferiority trial. Fifty-nine patients were randomised to "
     "rivaroxaban and sixty-one to warfarin before the safety committee stopped the trial early.",
     "RandomizedTrialDesign", 120),
    # blindtest644 qe05: the last arm "with N assigned to placebo"
    ("Upadacitinib in non-segmental vitiligo: a randomised, placebo-controlled trial",
     "A randomised, double-blind, placebo-controlled phase 2 trial. Forty-nine patients were "
     "enrolled to upadacitinib 6 mg, forty-seven to 11 mg and forty-three to 22 mg, with forty-six "
     "assigned to placebo.", "RandomizedTrialDesign", 185),
    # blindtest639 pz03: the first group before "were reviewed and compared with those of"
    ("Hodgkin lymphoma with haemophagocytic lymphohistiocytosis: a retrospective study",
     "A retrospective study. The clinical records of eight patients with HLH were reviewed and "
     "compared with those of twenty patients whose lymphoma ran its course without HLH.",
     "RetrospectiveCohortDesign", 28),
    # blindtest639 pz02: "these seven form the present retrospective case series"
    ("Dengue-associated haemophagocytic lymphohistiocytosis in adults: a case series",
     "Fifteen adults were admitted to intensive care with severe dengue. Seven of them met the "
     "H-Score threshold for HLH, and these seven form the present retrospective case series.",
     "CaseSeriesDesign", 7),
    # blindtest636 pw04: "..., which left fifty participants"
    ("Tocilizumab in COVID-19 cytokine storm: a prospective single-arm study",
     "This prospective single-arm study was run in one hospital. Seventy patients with COVID-19 "
     "pneumonia were assessed; twenty of them dropped out because they refused tocilizumab, which "
     "left fifty participants.", "ProspectiveCohortDesign", 50),
]

@pytest.mark.parametrize("text", [
    # blindtest509 kz06, blindtest504 ku06, blindtest505 kv06: the genre label on a line of its
    # own above the title, kept as a heading or run into the citation line
    "Expert Opin Biol Ther 2022; pp. 661-671.\n\nREVIEW\n\nBiologic therapy in relapsing "
    "polychondritis: finding a way through the options\n\nIntroduction: Relapsing polychondritis "
    "is treated with glucocorticoids and biologics in some patients.\n",
    "Clin Exp Immunol · pp. 391-404\n\nREVIEW ARTICLE\n\nMonogenic autoinflammatory diseases: "
    "what interleukin-1 has taught us\n\nSummary\nAnakinra helps patients with CAPS.\n",
    "Allergologie select 2023; 7: 8-16 - DOI 10.5414/ALX02375E\nReview article\n\nWheals that "
    "keep coming back: chronic spontaneous urticaria\n\nAbstract\nA chronic urticarial rash "
    "affects up to 1-4% of the population; anakinra helps in Schnitzler syndrome.\n",
])
def test_a_review_label_above_the_title_makes_a_review(tmp_path, monkeypatch, text):
    """Round 215: a journal's genre label on a line of its own among the first lines."""
    from cytokg.graph_build import count_model, design_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    monkeypatch.setattr(design_model, "model", lambda: None)
    assert study(mine(tmp_path, text)[1]).value("hasStudyDesign") == "NarrativeReviewDesign"


@pytest.mark.parametrize("title, body, design, patients", [
    *ROUND_81_DESIGNS_AND_COUNTS, *ROUND_88_DESIGNS_AND_COUNTS, *ROUND_135_DESIGNS_AND_COUNTS,
    *ROUND_138_DESIGNS_AND_COUNTS, *ROUND_143_DESIGNS_AND_COUNTS,
    *ROUND_148_DESIGNS_AND_COUNTS, *ROUND_152_DESIGNS_AND_COUNTS,
    *ROUND_155_DESIGNS_AND_COUNTS, *ROUND_158_DESIGNS_AND_COUNTS,
    *ROUND_160_DESIGNS_AND_COUNTS, *ROUND_163_DESIGNS_AND_COUNTS,
    *ROUND_164_DESIGNS_AND_COUNTS, *ROUND_166_DESIGNS_AND_COUNTS,
    *ROUND_168_DESIGNS_AND_COUNTS, *ROUND_170_DESIGNS_AND_COUNTS,
    *ROUND_172_DESIGNS_AND_COUNTS, *ROUND_174_DESIGNS_AND_COUNTS,
    *ROUND_175_DESIGNS_AND_COUNTS, *ROUND_176_DESIGNS_AND_COUNTS,
    *ROUND_178_DESIGNS_AND_COUNTS, *ROUND_180_DESIGNS_AND_COUNTS,
    *ROUND_182_DESIGNS_AND_COUNTS, *ROUND_184_DESIGNS_AND_COUNTS,
    *ROUND_186_DESIGNS_AND_COUNTS, *ROUND_190_DESIGNS_AND_COUNTS,
    *ROUND_192_DESIGNS_AND_COUNTS, *ROUND_194_DESIGNS_AND_COUNTS,
    *ROUND_198_DESIGNS_AND_COUNTS, *ROUND_200_DESIGNS_AND_COUNTS,
    *ROUND_202_DESIGNS_AND_COUNTS, *ROUND_206_DESIGNS_AND_COUNTS,
    *ROUND_207_DESIGNS_AND_COUNTS, *ROUND_210_DESIGNS_AND_COUNTS,
    *ROUND_212_DESIGNS_AND_COUNTS, *ROUND_214_DESIGNS_AND_COUNTS,
    *ROUND_215_DESIGNS_AND_COUNTS, *ROUND_216_DESIGNS_AND_COUNTS,
    *ROUND_220_DESIGNS_AND_COUNTS, *ROUND_222_DESIGNS_AND_COUNTS,
    *ROUND_224_DESIGNS_AND_COUNTS, *ROUND_226_DESIGNS_AND_COUNTS,
    *ROUND_227_DESIGNS_AND_COUNTS, *ROUND_229_DESIGNS_AND_COUNTS,
    *ROUND_231_DESIGNS_AND_COUNTS, *ROUND_233_DESIGNS_AND_COUNTS,
    *ROUND_237_DESIGNS_AND_COUNTS, *ROUND_239_DESIGNS_AND_COUNTS,
    *ROUND_241_DESIGNS_AND_COUNTS, *ROUND_243_DESIGNS_AND_COUNTS,
    *ROUND_245_DESIGNS_AND_COUNTS, *ROUND_247_DESIGNS_AND_COUNTS,
    *ROUND_249_DESIGNS_AND_COUNTS, *ROUND_251_DESIGNS_AND_COUNTS,
    *ROUND_253_DESIGNS_AND_COUNTS, *ROUND_255_DESIGNS_AND_COUNTS,
    *ROUND_257_DESIGNS_AND_COUNTS, *ROUND_259_DESIGNS_AND_COUNTS,
    *ROUND_260_DESIGNS_AND_COUNTS, *ROUND_263_DESIGNS_AND_COUNTS,
    *ROUND_266_DESIGNS_AND_COUNTS, *ROUND_267_DESIGNS_AND_COUNTS,
    *ROUND_268_DESIGNS_AND_COUNTS, *ROUND_269_DESIGNS_AND_COUNTS,
    *ROUND_273_DESIGNS_AND_COUNTS, *ROUND_277_DESIGNS_AND_COUNTS,
    *ROUND_278_DESIGNS_AND_COUNTS, *ROUND_282_DESIGNS_AND_COUNTS,
    *ROUND_284_DESIGNS_AND_COUNTS, *ROUND_285_DESIGNS_AND_COUNTS,
    *ROUND_287_DESIGNS_AND_COUNTS, *ROUND_288_DESIGNS_AND_COUNTS,
    *ROUND_290_DESIGNS_AND_COUNTS, *ROUND_292_DESIGNS_AND_COUNTS,
    *ROUND_296_DESIGNS_AND_COUNTS, *ROUND_297_DESIGNS_AND_COUNTS,
    *ROUND_299_DESIGNS_AND_COUNTS, *ROUND_302_DESIGNS_AND_COUNTS,
    *ROUND_303_DESIGNS_AND_COUNTS, *ROUND_304_DESIGNS_AND_COUNTS,
    *ROUND_306_DESIGNS_AND_COUNTS, *ROUND_307_DESIGNS_AND_COUNTS,
    *ROUND_309_DESIGNS_AND_COUNTS, *ROUND_310_DESIGNS_AND_COUNTS,
    *ROUND_313_DESIGNS_AND_COUNTS, *ROUND_315_DESIGNS_AND_COUNTS,
    *ROUND_317_DESIGNS_AND_COUNTS, *ROUND_319_DESIGNS_AND_COUNTS,
    *ROUND_321_DESIGNS_AND_COUNTS, *ROUND_323_DESIGNS_AND_COUNTS,
    *ROUND_325_DESIGNS_AND_COUNTS, *ROUND_329_DESIGNS_AND_COUNTS,
    *ROUND_331_DESIGNS_AND_COUNTS, *ROUND_333_DESIGNS_AND_COUNTS,
    *ROUND_335_DESIGNS_AND_COUNTS, *ROUND_337_DESIGNS_AND_COUNTS,
    *ROUND_341_DESIGNS_AND_COUNTS, *ROUND_343_DESIGNS_AND_COUNTS,
    *ROUND_345_DESIGNS_AND_COUNTS, *ROUND_347_DESIGNS_AND_COUNTS,
    *ROUND_349_DESIGNS_AND_COUNTS, *ROUND_351_DESIGNS_AND_COUNTS,
    *ROUND_353_DESIGNS_AND_COUNTS, *ROUND_355_DESIGNS_AND_COUNTS,
    *ROUND_357_DESIGNS_AND_COUNTS, *ROUND_359_DESIGNS_AND_COUNTS,
    *ROUND_361_DESIGNS_AND_COUNTS, *ROUND_365_DESIGNS_AND_COUNTS,
    *ROUND_367_DESIGNS_AND_COUNTS, *ROUND_369_DESIGNS_AND_COUNTS,
    *ROUND_371_DESIGNS_AND_COUNTS, *ROUND_373_DESIGNS_AND_COUNTS,
    *ROUND_375_DESIGNS_AND_COUNTS, *ROUND_381_DESIGNS_AND_COUNTS,
    *ROUND_383_DESIGNS_AND_COUNTS, *ROUND_388_DESIGNS_AND_COUNTS,
    *ROUND_389_DESIGNS_AND_COUNTS, *ROUND_391_DESIGNS_AND_COUNTS,
    *ROUND_393_DESIGNS_AND_COUNTS, *ROUND_395_DESIGNS_AND_COUNTS,
    *ROUND_397_DESIGNS_AND_COUNTS, *ROUND_398_DESIGNS_AND_COUNTS,
    *ROUND_401_DESIGNS_AND_COUNTS, *ROUND_403_DESIGNS_AND_COUNTS,
    *ROUND_405_DESIGNS_AND_COUNTS, *ROUND_406_DESIGNS_AND_COUNTS,
    *ROUND_407_DESIGNS_AND_COUNTS, *ROUND_409_DESIGNS_AND_COUNTS,
    *ROUND_411_DESIGNS_AND_COUNTS, *ROUND_412_DESIGNS_AND_COUNTS,
    *ROUND_415_DESIGNS_AND_COUNTS, *ROUND_418_DESIGNS_AND_COUNTS,
    *ROUND_419_DESIGNS_AND_COUNTS, *ROUND_422_DESIGNS_AND_COUNTS,
    *ROUND_424_DESIGNS_AND_COUNTS, *ROUND_425_DESIGNS_AND_COUNTS,
    *ROUND_427_DESIGNS_AND_COUNTS, *ROUND_429_DESIGNS_AND_COUNTS,
    *ROUND_430_DESIGNS_AND_COUNTS, *ROUND_433_DESIGNS_AND_COUNTS,
    *ROUND_434_DESIGNS_AND_COUNTS, *ROUND_436_DESIGNS_AND_COUNTS,
    *ROUND_437_DESIGNS_AND_COUNTS, *ROUND_439_DESIGNS_AND_COUNTS,
    *ROUND_440_DESIGNS_AND_COUNTS, *ROUND_441_DESIGNS_AND_COUNTS,
    *ROUND_442_DESIGNS_AND_COUNTS, *ROUND_443_DESIGNS_AND_COUNTS,
    *ROUND_444_DESIGNS_AND_COUNTS, *ROUND_445_DESIGNS_AND_COUNTS,
    *ROUND_446_DESIGNS_AND_COUNTS, *ROUND_447_DESIGNS_AND_COUNTS,
    *ROUND_448_DESIGNS_AND_COUNTS, *ROUND_449_DESIGNS_AND_COUNTS,
    *ROUND_450_DESIGNS_AND_COUNTS, *ROUND_451_DESIGNS_AND_COUNTS,
    *ROUND_452_DESIGNS_AND_COUNTS, *ROUND_453_DESIGNS_AND_COUNTS,
    *ROUND_454_DESIGNS_AND_COUNTS, *ROUND_455_DESIGNS_AND_COUNTS,
    *ROUND_456_DESIGNS_AND_COUNTS, *ROUND_457_DESIGNS_AND_COUNTS,
    *ROUND_459_DESIGNS_AND_COUNTS, *ROUND_461_DESIGNS_AND_COUNTS])
def test_rules_alone_read_these_designs_and_counts(tmp_path, monkeypatch, title, body, design,
                                                   patients):
    from cytokg.graph_build import count_model, design_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    monkeypatch.setattr(design_model, "model", lambda: None)
    found = paper_study(tmp_path, title, body)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (design, patients)


def test_a_reference_list_gives_no_design_or_count(tmp_path, monkeypatch):
    """blindtest1563 yaf06 (round 440): a review's "Selected references" name others' studies ("(two
    cases ...)", "a retrospective cohort study"); read there, they made the review a case series of
    two."""
    from cytokg.graph_build import count_model, design_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    monkeypatch.setattr(design_model, "model", lambda: None)
    text = (
        "Sheehan syndrome: a primer\n\nSheehan syndrome is the loss of pituitary function after a "
        "massive postpartum haemorrhage. We review its causes, diagnosis and treatment.\n\n"
        "Selected references\n1. Kovacs K. Sheehan syndrome. Lancet 2003;361:520-522 (two cases, "
        "with a short review).\n2. Ramiandrasoa C, et al. Delayed diagnosis of Sheehan's syndrome "
        "in a developed country: a retrospective cohort study. Eur J Endocrinol 2013;169:431-438.\n"
    )
    studies = [f for f in mine(tmp_path, text)[1] if f.kind == "Study"]
    assert [(f.value("hasStudyDesign"), f.value("numberOfPatients")) for f in studies] in (
        [], [("NarrativeReviewDesign", None)])


@pytest.mark.parametrize("title, body, not_design, patients", [
    # blindtest1062 ztw03 (round 359): "A REVIEW OF ONE SERVICE'S PATIENTS" ends a record review's
    # title: no literature review, and its forty-seven patients are counted
    ("WHEN TO START IMMUNOSUPPRESSIVE CHEMOTHERAPY IN PERIPHERAL ULCERATIVE KERATITIS: A REVIEW OF "
     "ONE SERVICE'S PATIENTS",
     "We looked back over our own experience with this disease. The records of forty-seven "
     "patients were reviewed.",
     "NarrativeReviewDesign", 47),
    # blindtest1060 ztu04 (round 359): the parent trial in the pluperfect is no design of the
    # paper's; its remitters, then followed, are the paper's patients
    ("Long-term follow-up of collagenous colitis after remission with budesonide",
     "Fifty-one patients with collagenous colitis had been enrolled in a randomised, "
     "placebo-controlled crossover trial of budesonide. Thirty-three of them reached clinical "
     "remission, and these thirty-three patients were then followed with standardised "
     "questionnaires.",
     "RandomizedTrialDesign", 33),
    # blindtest1125 zqh04 (round 369): a larger cohort still to come is no cohort of the paper's
    ("Pamidronate in SAPHO syndrome: can bone remodelling markers predict the response?",
     "Thirteen patients with SAPHO syndrome were given pamidronate and measured at baseline and at "
     "3 months. A raised sCTX may point to a good response, but a larger cohort will have to "
     "confirm this.",
     "RetrospectiveCohortDesign", 13),
])
def test_rules_alone_count_these_without_a_false_design(tmp_path, monkeypatch, title, body,
                                                       not_design, patients):
    """Papers whose design no rule reads yet (the models may): at least not the design a wrong
    cue gave them, and their count right."""
    from cytokg.graph_build import count_model, design_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    monkeypatch.setattr(design_model, "model", lambda: None)
    found = paper_study(tmp_path, title, body)
    assert found.value("hasStudyDesign") != not_design
    assert found.value("numberOfPatients") == patients


def test_an_editorial_commentary_label_ending_the_citation_line_is_a_review(tmp_path,
                                                                           monkeypatch):
    """blindtest673 rh06: "Editorial commentary." closing the citation line; the retrospective
    cohorts it discusses are others'."""
    from cytokg.graph_build import count_model, design_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    monkeypatch.setattr(design_model, "model", lambda: None)
    text = ("Neurotherapeutics. 2016 Oct;13(4):821-823. PMID: 27530677. Editorial commentary.\n\n"
            "Interleukin-6 blockade as rescue treatment for autoimmune encephalitis\n\n"
            "Autoimmune encephalitis is treated first with corticosteroids. Most of what is known "
            "about treatment comes from retrospective cohorts without controls.\n")
    assert study(mine(tmp_path, text)[1]).value("hasStudyDesign") == "NarrativeReviewDesign"


@pytest.mark.parametrize("label", ["REVIEW / CONSENSUS RECOMMENDATIONS", "CHAPTER",
                                   "Review (clinical overview)", "Purpose of review"])
def test_a_review_or_chapter_label_above_the_title_is_a_review(tmp_path, monkeypatch, label):
    """blindtest591 od06 ("REVIEW / CONSENSUS RECOMMENDATIONS", two genres on one label line),
    blindtest587 nz06 (a book's "CHAPTER" label), blindtest1004 zvq06 (the kind of review in
    brackets, round 345) and blindtest1013 zvz06 (the first heading of a review's structured
    abstract, round 347): a narrative review with no population."""
    from cytokg.graph_build import count_model, design_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    monkeypatch.setattr(design_model, "model", lambda: None)
    text = (f"Haematologica 2015;100:997-1004\n\n{label}\n\nHaemophagocytic lymphohistiocytosis "
            "in malignancy\n\nHaemophagocytic lymphohistiocytosis can develop in patients with a "
            "malignancy. Etoposide is the mainstay of treatment. Each year there are about 30 "
            "cases per 100,000 people.\n")
    found = study(mine(tmp_path, text)[1])
    assert found.value("hasStudyDesign") == "NarrativeReviewDesign"
    assert found.value("numberOfPatients") is None


def test_patients_taken_into_this_review_are_no_narrative_review(tmp_path, monkeypatch):
    """blindtest308 dg02: "Thirty-two patients were identified and taken into this review" is the
    clinic's own series, not a review of the literature."""
    from cytokg.graph_build import count_model, design_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    monkeypatch.setattr(design_model, "model", lambda: None)
    found = paper_study(tmp_path, "Canakinumab in autoinflammation presenting as urticaria: "
                        "experience from one clinic", "Thirty-two patients were identified and "
                        "taken into this review. Canakinumab was begun in ten.")
    assert found.value("hasStudyDesign") != "NarrativeReviewDesign"
    assert found.value("numberOfPatients") == 32


@pytest.mark.parametrize("title, body", [
    # blindtest313 dl01: the clinical review of organ systems
    ("Tofacitinib for refractory dermatomyositis", "Our patient is a woman of 49 years with skin "
     "lesions. A systematic review of organ systems and an extensive work-up followed. "
     "Tofacitinib was started."),
    # blindtest315 dn01: another's review the case report starts from
    ("Anakinra in recurrent pericarditis", "Prompted by a recent systematic review of anakinra in "
     "recurrent pericarditis, we describe how this drug worked for a teenager. A boy aged 17 came "
     "to the ward with chest pain."),
])
def test_a_review_the_paper_only_mentions_is_no_narrative_review(tmp_path, monkeypatch, title,
                                                                  body):
    from cytokg.graph_build import count_model, design_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    monkeypatch.setattr(design_model, "model", lambda: None)
    facts = mine(tmp_path, f"{title}\n\n{body} Outcomes improved (p=0.01).\n")[1]
    assert all(f.value("hasStudyDesign") != "NarrativeReviewDesign" for f in facts
               if f.kind == "Study")


def test_a_trial_or_meta_analysis_the_paper_cites_is_not_its_design(tmp_path):
    """blindtest191 t803: a cohort citing "a meta-analysis pooling three ... trials found"."""
    found = paper_study(
        tmp_path, "Methotrexate in everyday practice for giant cell arteritis",
        "For methotrexate the evidence is thin: a meta-analysis pooling three randomised "
        "placebo-controlled trials found only a modest fall in relapses. From our database we "
        "retrospectively identified every patient given methotrexate; 49 patients qualified and "
        "form the study population.")
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (
        "RetrospectiveCohortDesign", 49)
    # blindtest191 t804: the trial that should confirm an open-label study is no design of its own
    found = paper_study(tmp_path, "Leflunomide for refractory Takayasu arteritis", "Patients with "
                        "active disease were enrolled in an open-label study and followed forward. "
                        "Confirmation should come from a double-blind, controlled trial.")
    assert found.value("hasStudyDesign") != "RandomizedTrialDesign"
    found = paper_study(tmp_path, "Tocilizumab in giant cell arteritis", "This meta-analysis "
                        "pools the published cohorts treated with tocilizumab.")
    assert found.value("hasStudyDesign") == "NarrativeReviewDesign"


def test_a_title_in_capitals_does_not_stall_the_count_reading(tmp_path):
    """blindtest196 y805: the count cue's acronym-like word ("IL-6", "sJIA") matched every word of
    a title in capitals in many ways, and its search backtracked for hours; it gives up on a word
    at once now. The alarm turns a stall into a failure."""
    import signal

    def stalled(*_):
        raise TimeoutError("the count reading stalled on a title in capitals")

    title = ("A SECOND COURSE OF INTRAVENOUS IMMUNOGLOBULIN FOR GUILLAIN-BARRÉ SYNDROME WITH A "
             "POOR PROGNOSIS (SID-GBS): A DOUBLE-BLIND, PLACEBO-CONTROLLED, RANDOMISED TRIAL")
    previous = signal.signal(signal.SIGALRM, stalled)
    signal.alarm(20)
    try:
        found = paper_study(tmp_path, title, "Ninety-three patients entered the modified "
                            "intention-to-treat analysis.")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert found.value("hasStudyDesign") == "RandomizedTrialDesign"


@pytest.mark.parametrize("text, drugs, diseases", [
    # blindtest188 q806: no title block; "treatment of uveitis in Behçet's disease" in its
    # sentence of scope makes the review about both
    ("Behçet's disease (BD) is a systemic vasculitis that affects many organs. In the eye, BD "
     "causes uveitis. This review summarises recent research on biologic treatment of uveitis in "
     "Behçet's disease. The agents discussed are infliximab, adalimumab and tocilizumab, each "
     "given at its standard dose.\n", ("infliximab", "adalimumab", "tocilizumab"),
     ("uveitis", "Behçet's disease")),
    # blindtest197 z806: no title, the disease named once, in the opening sentence
    ("Over the past 25 years, clinical trials have transformed the care of patients with "
     "ANCA-associated vasculitis. In this review we go over today's standards. For inducing "
     "remission, cyclophosphamide continues to be the drug of first choice; azathioprine and "
     "rituximab are the standard maintenance drugs.\n",
     ("cyclophosphamide", "azathioprine", "rituximab"), ("ANCA-associated vasculitis",)),
])
def test_a_paper_without_title_says_what_it_is_about_in_its_text(tmp_path, text, drugs, diseases):
    found = uses(mine(tmp_path, text)[1])
    assert {(grounded(d), grounded(x)) for d in drugs for x in diseases} <= found


@pytest.mark.parametrize("body", [
    # blindtest186 o806: a paper arguing for a trial, citing others' observational studies
    "For now, the evidence comes only from small observational studies, and this article sets "
    "out the case for testing IL-1 blockade in COVID-19.",
    "This commentary argues that IL-1 blockade should be tested early in COVID-19; cohort data "
    "are encouraging.",
])
def test_an_argument_is_no_study_of_its_own(tmp_path, body):
    found = paper_study(tmp_path, "Blocking IL-1 to prevent respiratory failure in COVID-19", body)
    assert found.value("hasStudyDesign") == "NarrativeReviewDesign"


@pytest.mark.parametrize("title, body, patients", [
    *LABELLED_POPULATIONS_COHORTS_AND_CONTROLS, *ARMS_STATED_ONE_BY_ONE,
    *COUNT_COLUMN_AND_COMPARISON_GROUP, *ROUND_20_POPULATIONS, *ROUND_29_POPULATIONS,
    *ROUND_37_POPULATIONS, *ROUND_42_POPULATIONS, *ROUND_43_POPULATIONS, *ROUND_49_POPULATIONS,
    *ROUND_55_POPULATIONS, *ROUND_57_POPULATIONS, *ROUND_63_POPULATIONS,
    *ROUND_65_POPULATIONS, *ROUND_68_POPULATIONS, *ROUND_70_POPULATIONS,
    *ROUND_72_POPULATIONS, *ROUND_74_POPULATIONS, *ROUND_76_POPULATIONS, *ROUND_78_POPULATIONS,
])
def test_populations_stated_in_other_words(tmp_path, title, body, patients):
    assert paper_study(tmp_path, title, body).value("numberOfPatients") == patients


# (paper, drug, disease): the paper gives the drug for the disease in these ways
USES_IN_OTHER_WORDS = [
    # a class in a list of drugs each with its count
    ("Biologics in TRAPS: a registry study\n\nTRAPS is rare. Forty treatment courses were "
     "analysed: anakinra was used in 20, anti-TNF agents in 12 and tocilizumab in 8.\n",
     "TNF inhibitors", "TRAPS"),
    # a review's evidence "for" a drug and its "candidates", in sentences naming no disease
    ("IL-6 blockade in COVID-19: a review\n\nCOVID-19 provokes hyperinflammation. Preliminary "
     "evidence for sarilumab comes from small studies.\n", "sarilumab", "COVID-19"),
    ("IL-6 blockade in COVID-19: a review\n\nCOVID-19 provokes hyperinflammation. Interleukin-6 "
     "drives it, and siltuximab is an obvious candidate.\n", "siltuximab", "COVID-19"),
    # the partner drug of a combination
    ("Tocilizumab in Takayasu arteritis: a cohort\n\nTakayasu arteritis is rare. Eighteen "
     "patients were on TCZ-COMBO, the partner drug being leflunomide or azathioprine.\n",
     "leflunomide", "Takayasu arteritis"),
    # a drug used to manage a toxicity, though the sentence speaks of toxicities
    ("Steroids after CAR T cells: a retrospective study in B-cell acute lymphoblastic leukaemia"
     "\n\nCorticosteroids are widely used to manage the toxicities of CAR T-cell therapy, "
     "chiefly cytokine release syndrome.\n", "corticosteroids", "cytokine release syndrome"),
    # a disease named as what a therapy is for, in a sentence about the therapy's toxicity
    ("Emapalumab in primary hemophagocytic lymphohistiocytosis: a phase 3 study\n\nConventional "
     "HLH therapy relies on dexamethasone and etoposide, which expose patients to infection and "
     "toxicity.\n", "etoposide", "HLH"),
    # a class that "is also effective"
    ("Managing cytokine release syndrome: a review\n\nTocilizumab is the first choice. "
     "Corticosteroids are also effective, but they should be kept for CRS that does not respond "
     "to tocilizumab.\n", "corticosteroids", "cytokine release syndrome"),
    # "without additional agents" does not negate the drug named
    ("HLH during checkpoint blockade: a case report\n\nOral prednisone was started, and the HLH "
     "resolved on this treatment alone, without additional agents.\n", "prednisone", "HLH"),
    # drugs a protocol is "built on", in a sentence naming no disease
    ("Treatment of hemophagocytic lymphohistiocytosis in adults\n\nThe HLH-94 protocol is widely "
     "used. It is built on etoposide and dexamethasone.\n", "etoposide",
     "hemophagocytic lymphohistiocytosis"),
    # a class the patients had "recent exposure to"
    ("Biologics in rheumatoid arthritis: a claims-based cohort\n\nPatients starting abatacept "
     "more often had recent exposure to glucocorticoids.\n", "glucocorticoids",
     "rheumatoid arthritis"),
    # a list of diseases that goes on after "and related syndromes"
    ("JAK inhibitors in interferonopathies: a review\n\nThey used baricitinib in CANDLE syndrome "
     "and related syndromes, familial chilblain lupus and Aicardi-Goutieres syndrome.\n",
     "baricitinib", "familial chilblain lupus"),
    # a class whose "need" the drug reduced was given for the paper's disease
    ("Infliximab in infantile Takayasu arteritis: a case series\n\nTakayasu arteritis is rare. "
     "Infliximab treatment reduced the need for glucocorticoids.\n", "glucocorticoids",
     "Takayasu arteritis"),
    # a drug used to treat "diseases such as" A and B
    ("Ruxolitinib in COVID-19: a case series\n\nRuxolitinib has been used successfully to treat "
     "severe immune-mediated diseases such as graft-versus-host disease and hemophagocytic "
     "lymphohistiocytosis.\n", "ruxolitinib", "hemophagocytic lymphohistiocytosis"),
    # "these medications": the drugs of the sentence before, for this sentence's disease
    ("MIS-C and Kawasaki disease: a review\n\nIVIG with aspirin remains the standard treatment "
     "for Kawasaki disease. In MIS-C, steroids are given in addition to these medications.\n",
     "aspirin", "MIS-C"),
    # drugs "used by" a share of the patients, and a class listed with drugs and their counts
    ("Canakinumab in systemic JIA: a long-term extension\n\nMethotrexate was used by 94 (53%) and "
     "prednisone by 128 (72%).\n", "prednisone", "systemic juvenile idiopathic arthritis"),
    ("Canakinumab in systemic JIA: a long-term extension\n\nBiologics had been given before to "
     "116 (66%): anakinra to 83 (47%), tocilizumab to 10 (6%) and an anti-TNF agent to 62 (35%)."
     "\n", "TNF inhibitors", "systemic juvenile idiopathic arthritis"),
    # the title under a citation line and an author list
    ("Pediatric Drugs · Therapy in Practice · doi:10.1007/s40272-023-00615-5\nGedik KC, Arici ZS, "
     "Romano M, Demirkaya E\n\nManagement of interleukin-1-mediated autoinflammatory diseases: "
     "cryopyrin-associated periodic syndromes, mevalonate kinase deficiency and TRAPS\n\n"
     "Control of inflammation in these patients relies mainly on anakinra.\n", "anakinra",
     "mevalonate kinase deficiency"),
    # "the drug" as the subject of its start
    ("Anakinra in MIS-C: a cohort\n\nAnakinra was given to 18 children. The drug was started in "
     "two situations: macrophage activation syndrome in four children and heart failure in "
     "fourteen.\n", "anakinra", "macrophage activation syndrome"),
    # the steps of a regimen: "induction with", "escalation to"
    ("Emapalumab for HLH in lupus: a case report\n\nA 25-year-old woman with systemic lupus "
     "erythematosus developed HLH. Earlier, induction with intravenous methylprednisolone was "
     "followed by escalation to mycophenolate mofetil for lupus nephritis.\n",
     "mycophenolate mofetil", "lupus nephritis"),
    # a disease after "in" in the title is the setting, not a complication of the main one: a
    # drug stated for it goes with it
    ("Anakinra for macrophage activation syndrome with liver involvement in systemic juvenile "
     "idiopathic arthritis: a case report\n\nA 9-year-old girl had systemic juvenile "
     "idiopathic arthritis. Prednisolone was started for a flare of systemic juvenile "
     "idiopathic arthritis.\n", "prednisolone", "systemic juvenile idiopathic arthritis"),
    # a class "given on demand"
    ("Treatment of periodic fever syndromes: a registry\n\nColchicine is the treatment of choice "
     "for FMF. Corticosteroids given on demand are a valid strategy for mevalonate kinase "
     "deficiency.\n", "corticosteroids", "mevalonate kinase deficiency"),
    # a class the disease was refractory to, written onto it
    ("Tocilizumab in adults with steroid-refractory dermatomyositis: an open-label study\n\n"
     "Dermatomyositis is rare.\n", "corticosteroids", "dermatomyositis"),
    # the form of the main disease a title names with "-related": the drug is for it too
    ("Anakinra in Behcet disease-related uveitis: a retrospective study\n\nBehcet disease is "
     "rare.\n", "anakinra", "uveitis"),
    # a class the question is about "adding"
    ("Methylprednisolone in Kawasaki disease: a randomized trial\n\nWe asked whether adding "
     "corticosteroids to IVIG improves the outcome of Kawasaki disease.\n", "corticosteroids",
     "Kawasaki disease"),
    # a comparator chosen from a list "which included" drugs, in a sentence naming no disease
    ("Ruxolitinib versus best available therapy in acute graft-versus-host disease: a randomised "
     "trial\n\nPatients were assigned to ruxolitinib or to best available therapy. Investigators "
     "chose it from a fixed list, which included methotrexate and sirolimus.\n", "sirolimus",
     "acute graft-versus-host disease"),
    # "without" after the drugs speaks of something else ("without detectable viral genomes")
    ("Immunosuppression in virus-negative myocarditis: a randomised trial\n\nWe tested prednisone "
     "plus azathioprine in patients whose biopsy showed active myocarditis without detectable "
     "viral genomes.\n", "azathioprine", "myocarditis"),
    # a class named with "therapy"
    ("Hydrocortisone in septic shock: a randomised trial\n\nSeptic shock is common. Whether "
     "corticosteroid therapy lowers mortality in these patients remains uncertain.\n",
     "corticosteroids", "septic shock"),
    # drugs the patients "had been exposed to"
    ("Pulmonary complications in systemic juvenile idiopathic arthritis\n\nThe cases had more "
     "often been exposed to tocilizumab and infliximab.\n", "tocilizumab",
     "systemic juvenile idiopathic arthritis"),
    # a class the title reports "experience with"
    ("Colchicine-resistant familial Mediterranean fever in adults: experience with interleukin-1 "
     "blockers and TNF inhibitors\n\nFMF is common in Turkey.\n", "TNF inhibitors",
     "familial Mediterranean fever"),
    # an approval list whose first disease has a modifier ("approved for refractory gout, ...")
    ("Rilonacept in recurrent pericarditis: a case series\n\nRecurrent pericarditis is "
     "disabling. Anakinra is licensed for severe rheumatoid arthritis and cryopyrin-associated "
     "periodic syndromes.\n", "anakinra", "cryopyrin-associated periodic syndrome"),
    # an approval or use list goes on past an item without an id
    ("JAK inhibitors in interferonopathies: a review\n\nInterferonopathies are rare. Ruxolitinib "
     "has been used in CANDLE syndrome, familial chilblain lupus, gain-of-function mutations of "
     "STAT1 and Aicardi-Goutieres syndrome.\n", "ruxolitinib", "Aicardi-Goutieres syndrome"),
    # a disease named as complicating the main one is what the sentence's drug treats
    ("Anakinra in systemic juvenile idiopathic arthritis: a review\n\nSystemic juvenile "
     "idiopathic arthritis is rare. When macrophage activation syndrome complicating systemic "
     "juvenile idiopathic arthritis does not respond to corticosteroids, ciclosporin is added.\n",
     "ciclosporin", "macrophage activation syndrome"),
    # a title's "uveitis of Behçet's disease" makes the paper about both, though Behçet's disease
    # is the one the body names
    ("Tocilizumab in refractory uveitis of Behçet's disease: a case series\n\nBefore tocilizumab "
     "the patients had received adalimumab. Behçet's disease is rare. Behçet's disease affects "
     "the eye.\n", "adalimumab", "uveitis"),
    # a drug that "brought" a disease "under control"
    ("Anakinra in Kawasaki disease: a case report\n\nKawasaki disease was diagnosed on day 4. "
     "Kawasaki disease is common. Ciclosporin later brought the macrophage activation syndrome "
     "under control.\n", "ciclosporin", "macrophage activation syndrome"),
    # a drug the consultants "advised" for a suspected disease
    ("Kawasaki disease in adults: a case report\n\nKawasaki disease was diagnosed. Kawasaki "
     "disease is rare. Because macrophage activation syndrome was suspected, the consultants "
     "advised anakinra.\n", "anakinra", "macrophage activation syndrome"),
    # "In both," points back to each disease of the sentence before
    ("Baricitinib in autoinflammatory disease: a review\n\nAutoinflammation includes CANDLE "
     "syndrome and Aicardi-Goutieres syndrome. In both, ruxolitinib lowers interferon "
     "signalling.\n", "ruxolitinib", "Aicardi-Goutieres syndrome"),
]


# (paper, class, disease): a drug class the paper says was given, in more ways
CLASSES_GIVEN_IN_OTHER_WORDS = [
    # a dose in brackets between the class and its verb
    ("Anakinra in idiopathic recurrent pericarditis: a case report\n\nIdiopathic recurrent "
     "pericarditis was diagnosed in a boy. Oral corticosteroids (2 mg/kg) were given for six "
     "weeks.\n", "corticosteroids", "idiopathic recurrent pericarditis"),
    # a disease "controlled only by" a class
    ("JAK inhibitors in VEXAS syndrome: a retrospective study\n\nThe syndrome is usually "
     "controlled only by high-dose corticosteroids.\n", "corticosteroids", "VEXAS syndrome"),
    # a class continued "at a stable dose", and one "taken on demand"
    ("Anakinra in Still's disease: a randomised trial\n\nGlucocorticoids at a stable dose could be "
     "continued.\n", "glucocorticoids", "Still's disease"),
    ("IL-1 antagonists in mevalonate kinase deficiency: a case series\n\nSteroids taken on "
     "demand are the most common treatment.\n", "corticosteroids", "mevalonate kinase deficiency"),
]


# uses whose sentence names no other disease to keep apart (from ONE_USE_NOT_THE_OTHER, where
# the not-given pair named a disease absent from the text and could not fail)
ROUND_43_USES_GIVEN = [
    # a disease the drug "works very well in" is its use, though the sentence names the main one
    ("Canakinumab in macrophage activation syndrome: a case series\n\nCanakinumab works very "
     "well in systemic juvenile idiopathic arthritis, a disease in which macrophage "
     "activation syndrome often develops.\n",
     "canakinumab", "systemic juvenile idiopathic arthritis"),
    # an approval list whose first item carries its own bracket with members goes on past it
    ("Canakinumab in periodic fever syndromes: a chart review\n\nCanakinumab is approved for "
     "cryopyrin-associated periodic syndrome (CAPS, including Muckle-Wells syndrome), "
     "familial Mediterranean fever and adult-onset Still's disease.\n",
     "canakinumab", "adult-onset Still's disease"),
    # a class joined to a given drug with its route or dose ("colchicine and systemic
    # corticosteroids") was given like it
    ("Anakinra in recurrent pericarditis: a review\n\nThe standard of care for recurrent "
     "pericarditis combines colchicine and systemic corticosteroids.\n",
     "corticosteroids", "pericarditis"),
    # a class named with its injection or infusion was given ("a corticosteroid injection as the
    # active comparator")
    ("Canakinumab in gout: a randomised trial\n\nThe trial compared canakinumab for gout "
     "flares with a corticosteroid injection as the active comparator.\n",
     "corticosteroids", "gout"),
    # a disease that "responds promptly to" a class was treated with it
    ("Neurological involvement in MIS-C: a cohort\n\nA few children develop encephalitis, and "
     "it responds promptly to high-dose intravenous steroids.\n",
     "steroids", "encephalitis"),
    # a class that "remains the backbone of therapy" was given
    ("Tocilizumab in polymyalgia rheumatica: a review\n\nGlucocorticoids remain the backbone "
     "of therapy in polymyalgia rheumatica.\n",
     "glucocorticoids", "polymyalgia rheumatica"),
    # a class given "with or without" is given to some of the patients
    ("Tocilizumab in cytokine release syndrome: a cohort study\n\nSevere cytokine release "
     "syndrome is usually treated with the anti-IL-6 receptor antibody tocilizumab, with or "
     "without corticosteroids.\n",
     "corticosteroids", "cytokine release syndrome"),
    # an approval the drug's own "; it" clause names, beside the paper's disease
    ("Sarilumab in polymyalgia rheumatica: a randomised trial\n\nSarilumab is an antibody "
     "against the IL-6 receptor; it is already licensed for rheumatoid arthritis and was "
     "tested here in polymyalgia rheumatica.\n",
     "sarilumab", "rheumatoid arthritis"),
]


ROUND_47_CLASSES_GIVEN = [
    # a second "with" after a percentage with a decimal point
    ("Anakinra in recurrent pericarditis: a cohort\n\nThe children were treated with colchicine "
     "in 80.9% of cases and with corticosteroids in 64.8%.\n", "corticosteroids", "pericarditis"),
    # a class the patient "needed"
    ("Anakinra in adult-onset Still's disease: a case report\n\nHer adult-onset Still's disease "
     "resisted methotrexate and she needed chronic high-dose steroids.\n", "steroids",
     "adult-onset Still's disease"),
    # remission "induced with" a class
    ("Tocilizumab in giant cell arteritis: a trial\n\nIn giant cell arteritis, remission had to "
     "have been induced with glucocorticoids.\n", "glucocorticoids", "giant cell arteritis"),
    # what usual care "comprised"
    ("Anakinra in COVID-19: a trial\n\nIn COVID-19, usual care comprised antiviral agents, "
     "anticoagulants and corticosteroids.\n", "corticosteroids", "COVID-19"),
    # a medication "including" the class
    ("Emapalumab in familial HLH: a follow-up\n\nIn familial hemophagocytic lymphohistiocytosis "
     "every patient received a concomitant medication, including systemic corticosteroids.\n",
     "corticosteroids", "familial hemophagocytic lymphohistiocytosis"),
    # the class that "has been its standard treatment" / "remains the usual initial treatment"
    ("Tocilizumab in giant cell arteritis: a case\n\nGiant cell arteritis is a vasculitis of older "
     "adults, and glucocorticoids have been its standard treatment since 1950.\n",
     "glucocorticoids", "giant cell arteritis"),
    ("Tocilizumab in adult-onset Still's disease: a cohort\n\nAdult-onset Still's disease relapses "
     "often, and glucocorticoids remain the usual initial treatment.\n", "glucocorticoids",
     "adult-onset Still's disease"),
    # an arm of the class alone, sized
    ("Tocilizumab in macrophage activation syndrome: a cohort\n\nControl regimens in "
     "macrophage activation syndrome: chemotherapy (n = 7), a glucocorticoid alone (n = 8).\n",
     "glucocorticoids", "macrophage activation syndrome"),
    # "neither X nor drug": both were given, and failed
    ("Anakinra in Still's disease: a case\n\nIn her adult-onset Still's disease neither "
     "corticosteroids nor anakinra brought the fever under control.\n", "corticosteroids",
     "adult-onset Still's disease"),
]


ROUND_49_USES_GIVEN = [
    # the main disease is a finding in the lexicon (HPO's sepsis) and still joins its alternative
    ("Interleukin-1 blockade in severe sepsis: a multicentre trial\n\nAdults with sepsis or "
     "septic shock were randomised to anakinra or placebo on top of antibiotics.\n", "anakinra",
     "septic shock"),
    # row 362: the authors' practice ("we use naproxen") and "the drug of choice"
    ("Anakinra in gout: a review\n\nGout flares are painful and common. Colchicine is the drug "
     "of choice. In mild attacks we use naproxen.\n", "colchicine", "gout"),
    ("Anakinra in gout: a review\n\nGout flares are painful and common. Colchicine is the drug "
     "of choice. In mild attacks we use naproxen.\n", "naproxen", "gout"),
    # row 367: the main disease's alternative is no harm of a sentence that also speaks of toxicity
    ("Anakinra in systemic juvenile idiopathic arthritis: a review\n\nSystemic juvenile "
     "idiopathic arthritis is rare. Anakinra brings benefit to many patients with systemic "
     "juvenile idiopathic arthritis or adult-onset Still disease, and it has lessened the "
     "toxicity of steroid treatment.\n", "anakinra", "adult-onset Still disease"),
    # row 374: "needed a prolonged course of anakinra to control the secondary HLH"
    ("Anakinra for CAR-T toxicity in children\n\nThree children developed cytokine release "
     "syndrome and were given anakinra. One of them needed a longer course of anakinra to control "
     "the secondary haemophagocytic lymphohistiocytosis.\n", "anakinra",
     "secondary hemophagocytic lymphohistiocytosis"),
    # row 375: "A, B or C": the comma before the list's "or" joins its first item too
    ("Canakinumab in recurrent fevers: a trial\n\nHIDS and TRAPS are rare. In patients with "
     "familial Mediterranean fever, HIDS or TRAPS, blocking IL-1 with canakinumab helped.\n",
     "canakinumab", "familial Mediterranean fever"),
    # row 376: the disease a title's main form belongs to ("uveitis in Behçet disease") is main
    # too, and goes with the drugs given for the form
    ("Infliximab for refractory uveitis in Behçet disease: experience with nine patients\n\n"
     "Nine patients were studied. In every case the uveitis had proved refractory to "
     "azathioprine.\n", "azathioprine", "Behçet disease"),
    # row 377: the class the authors "chose" for the disease
    ("Secondary HLH after encephalitis: a case report\n\nA man developed secondary "
     "haemophagocytic lymphohistiocytosis (HLH). Because he was critically ill, we chose pulse "
     "steroids and plasmapheresis for the HLH rather than chemotherapy.\n", "steroids",
     "secondary haemophagocytic lymphohistiocytosis"),
    # row 382: a class "at conventional doses" is given
    ("IVIG in PIMS-TS: two cases\n\nIn PIMS-TS, intravenous immunoglobulin has been used in "
     "every case, but steroids at conventional doses may be a good alternative.\n", "steroids",
     "PIMS-TS"),
    # row 402: a review's verdicts on drugs for its disease, with no disease in the sentence
    ("Treatment of giant cell arteritis: a review\n\nGiant cell arteritis is the commonest "
     "vasculitis of older adults. Prednisolone is the mainstay of remission induction.\n",
     "prednisolone", "giant cell arteritis"),
    ("Treatment of giant cell arteritis: a review\n\nGiant cell arteritis is the commonest "
     "vasculitis of older adults. Leflunomide and azathioprine have appeared effective in small "
     "series.\n", "leflunomide", "giant cell arteritis"),
    ("Treatment of giant cell arteritis: a review\n\nGiant cell arteritis is the commonest "
     "vasculitis of older adults. The place of ustekinumab is still uncertain.\n",
     "ustekinumab", "giant cell arteritis"),
    # row 407: the diseases listed after "responses were most frequent in" (plural "responses")
    ("Off-label interleukin-1 blockade: a national survey\n\nPhysicians reported 120 patients. "
     "Anakinra worked in most patients, and complete responses were most frequent in "
     "familial Mediterranean fever, Schnitzler syndrome and gout.\n", "anakinra",
     "Schnitzler syndrome"),
    # row 408: "the three agents" after the sentence that named them
    ("Interleukin-1 blockade: a review\n\nInterleukin-1 drives several diseases. The products "
     "on the market are anakinra, canakinumab and rilonacept. As far as the data go, the three "
     "agents have comparable efficacy in Schnitzler syndrome.\n", "rilonacept",
     "Schnitzler syndrome"),
    # row 411: patients of a disease broken down by its forms after a colon; the study drug was
    # given for each form
    ("Canakinumab in CAPS: a case series\n\nFive patients with cryopyrin-associated periodic "
     "syndrome were seen: three with Muckle-Wells syndrome and two with familial cold "
     "autoinflammatory syndrome. Canakinumab was given every 8 weeks. Canakinumab was well "
     "tolerated.\n", "canakinumab", "familial cold autoinflammatory syndrome"),
    # row 412: a table column of the care every arm had
    ("Subcutaneous versus intravenous tocilizumab in COVID-19: a randomised trial\n\nAdults "
     "with COVID-19 were randomly allocated to two routes.\n\nArm\tTocilizumab\tBackground "
     "care\nSC\t162 mg weekly\tremdesivir, enoxaparin\nIV\t8 mg/kg once\tremdesivir, "
     "enoxaparin\n", "enoxaparin", "COVID-19"),
    # row 357: "the drugs used before anakinra included ..." names drugs given for the disease
    ("Anakinra in gout: a cohort\n\nForty patients with gout were seen. Before anakinra, the "
     "drugs used included colchicine and naproxen.\n", "naproxen", "gout"),
    # the title disease after a bracketed list is joined to the list's last item
    ("Anakinra for relapsing periodic fevers (familial Mediterranean fever, TRAPS) and gout: a "
     "case series of eight patients\n\nMethods. Eight patients were seen. All had already "
     "received methotrexate, together with prednisone, without lasting effect.\n",
     "methotrexate", "gout"),
]


# uses from the misses of blindtest208-213
ROUND_88_USES_GIVEN = [
    # blindtest212 o906: "Each of them" right after a list of drugs
    ("TNF blockade in rheumatoid arthritis: a history\n\nBy 2021 five TNF blocking drugs were in "
     "wide use: infliximab, etanercept and adalimumab. Each of them relieved the symptoms of "
     "rheumatoid arthritis, particularly in patients whose disease had not responded to "
     "earlier treatment.\n",
     "infliximab", "rheumatoid arthritis"),
    # blindtest211 n901: a regimen that "combines steroids with cyclophosphamide"
    ("Tocilizumab in polyarteritis nodosa: a case report\n\nThe usual regimen for "
     "severe polyarteritis nodosa combines steroids with cyclophosphamide.\n", "steroids",
     "polyarteritis nodosa"),
    # blindtest209 l905: "COVID-19 acute respiratory distress syndrome" names both diseases
    ("Dexamethasone or methylprednisolone for COVID-19 acute respiratory distress syndrome: a "
     "randomised trial\n\nPatients were randomly assigned to dexamethasone or "
     "methylprednisolone.\n", "dexamethasone", "acute respiratory distress syndrome"),
    # blindtest295 ct03: what "Management included"
    ("Outcome of children treated for multisystem inflammatory syndrome in children\n\nForty "
     "children were treated in the study window. Management included admission to intensive "
     "care (85 %), intravenous immunoglobulin in every child (100 %), steroids (85 %) and "
     "aspirin (80 %).\n", "aspirin", "multisystem inflammatory syndrome in children"),
    # blindtest294 cs05: a trial's "Interventions:" (no title)
    ("Stevens-Johnson syndrome is a rare blistering reaction to drugs.\n\nInterventions: "
     "etanercept 25 mg twice a week, or intravenous prednisolone 1 mg/kg per day.\n\nNinety-six "
     "patients with Stevens-Johnson syndrome were enrolled.\n", "prednisolone",
     "Stevens-Johnson syndrome"),
    # blindtest292 cq01: "Regulators licensed it ... for rheumatoid arthritis"
    ("Tocilizumab for refractory cutaneous lupus erythematosus\n\nTocilizumab blocks the "
     "interleukin-6 receptor. Regulators in the United States licensed it in January 2010 for "
     "rheumatoid arthritis.\n\nIn our patient tocilizumab was begun.\n", "tocilizumab",
     "rheumatoid arthritis"),
    # blindtest295 ct04: a journal line of three fields, one the article type, is not the title
    ("Iran J Pediatr · Research article · Periodic fever and autoinflammation\n\nPFAPA "
     "syndrome in Iranian children: a national periodic-fever registry\n\nCorticosteroids "
     "were given to all 21 at the start of an attack; two children were also given "
     "colchicine.\n", "colchicine", "PFAPA"),
    # blindtest296 cu06: "effective in X and also in patients with Y": both
    ("Unmet needs in the treatment of vasculitides\n\nFor the small-vessel diseases, "
     "observational studies suggest that rituximab is effective in eosinophilic granulomatosis "
     "with polyangiitis and also in patients with microscopic polyangiitis who are negative for "
     "antineutrophil cytoplasmic antibodies.\n", "rituximab", "microscopic polyangiitis"),
    # blindtest308 dg02: "X in seven (22%), all of whom had previously been treated with
    # rilonacept": the disease before, not the next one
    ("Canakinumab in autoinflammation presenting as urticaria: experience from one clinic\n\n"
     "The diagnoses were Muckle-Wells syndrome in eleven (34%), familial cold autoinflammatory "
     "syndrome in seven (22%), all of whom had previously been treated with rilonacept, and "
     "familial Mediterranean fever in three (9.5%).\n", "rilonacept",
     "familial cold autoinflammatory syndrome"),
]


ROUND_57_USES_GIVEN = [
    # row 415: a table's column of agents with their doses, not the first column ("Target | Agent
    # and usual dose | Patients reported"): each agent was given for the paper's disease
    ("Biologics in adult-onset Still's disease: an overview\n\nAdult-onset Still's disease is "
     "rare.\n\nTarget\tAgent and usual dose\tPatients reported\nIL-1 receptor\tanakinra 100 "
     "mg daily\tmore than 250\nTNF\tinfliximab 3-7.5 mg/kg\tfewer than 100\n", "infliximab",
     "adult-onset Still's disease"),
    # row 425: drugs "used in clinical practice" for a review's disease, listed after a colon
    ("Interleukin-1 antagonists in recurrent pericarditis: a narrative review\n\nRecurrent "
     "pericarditis is common. Three interleukin-1 antagonists are used in clinical practice: "
     "anakinra, rilonacept and canakinumab.\n", "canakinumab", "pericarditis"),
]

# Round 145, from blindtest316-321 (measured before)
ROUND_145_USES_GIVEN = [
    # blindtest321 dt04: a class that "works well in" a disease was given for it
    ("Tofacitinib in refractory anterior uveitis: a prospective observational study\n\nAnterior "
     "uveitis can complicate many rheumatic diseases. TNF blockers work well in anterior uveitis, "
     "and a few case reports have described good responses to tofacitinib.\n",
     "TNF inhibitors", "anterior uveitis"),
    # blindtest317 dp02: a drug that "has been reported to work in" a disease, after a relative
    # clause, over the paper's own disease in the same sentence
    ("Tocilizumab for isolated polymyalgia rheumatica: a national case collection\n\nSerum IL-6 "
     "is raised in PMR, and tocilizumab, which blocks the interleukin-6 receptor, has been "
     "reported to work in giant cell arteritis. Seven patients with PMR were given tocilizumab.\n",
     "tocilizumab", "giant cell arteritis"),
    # Round 149, from blindtest323 dv06: "They" going on about the class the sentence before
    # opens with
    ("Corticosteroids in ARDS\n\nARDS often develops in sepsis. Corticosteroids are potent "
     "anti-inflammatory drugs. They are already used routinely in septic shock.\n",
     "corticosteroids", "septic shock"),
    # ... and a class that lowers mortality in a disease
    ("Corticosteroids in ARDS\n\nARDS often develops in sepsis. More recently, trials found "
     "that corticosteroids lower mortality in severe community-acquired pneumonia.\n",
     "corticosteroids", "pneumonia"),
]


# Round 152, from blindtest328-333 (measured once before)
ROUND_152_USES_GIVEN = [
    # blindtest332 ee02: "EBV-HLH" ends in the acronym of the disease treated, though its long
    # form ends with the virus infection
    ("Etoposide in EBV-HLH: four children\n\nHemophagocytic lymphohistiocytosis (HLH) is rare. "
     "The form linked to Epstein-Barr virus infection (EBV-HLH) has a better outlook. We treated "
     "four patients with EBV-HLH with etoposide.\n", "etoposide",
     "hemophagocytic lymphohistiocytosis"),
    # blindtest332 ee05: a short form defined with the name the lexicon knows, "also known as"
    ("High-dose methylprednisolone in Chile: a randomised trial\n\nHantavirus cardiopulmonary "
     "syndrome (HCPS, also known as hantavirus pulmonary syndrome) kills a third of patients. "
     "Patients with HCPS were randomised to methylprednisolone or placebo.\n",
     "methylprednisolone", "hantavirus pulmonary syndrome"),
    # blindtest330 ec01: an infection named after "encephalopathy" in the title is its trigger
    ("Early interleukin-6 receptor blockade in a toddler with acute necrotizing encephalopathy "
     "after influenza\n\nInfluenza is the infection that most often sets it off. The child "
     "received tocilizumab early in the course of the encephalopathy.\n", "tocilizumab",
     "acute necrotizing encephalopathy"),
    # ... but a disease named after "neuropathy" is what the neuropathy belongs to (de05 guard)
    ("IMMUNOGLOBULIN FOR PERSISTENT NEUROPATHY AFTER MICROSCOPIC POLYANGIITIS: A TRIAL\n\nWe "
     "tested whether intravenous immunoglobulin (IVIg) helps patients with refractory "
     "neuropathy associated with microscopic polyangiitis (MPA). Participants received either "
     "IVIg or placebo on five consecutive days.\n", "intravenous immunoglobulin",
     "microscopic polyangiitis"),
    # Round 153, blindtest328 ea04: "prednisolone or an equivalent glucocorticoid" is no dose
    # unit; a drug the protocol "allowed alongside" was given
    ("Tocilizumab in severe systemic juvenile idiopathic arthritis: an open-label study\n\nTo "
     "be eligible a child had to have active disease while taking more than 0.2 mg/kg/day of "
     "prednisolone or an equivalent glucocorticoid.\n", "prednisolone",
     "systemic juvenile idiopathic arthritis"),
    ("Tocilizumab in severe systemic juvenile idiopathic arthritis: an open-label study\n\n"
     "Children with sJIA were enrolled. Methotrexate at up to 20 mg/m2 per week was allowed "
     "alongside.\n", "methotrexate", "systemic juvenile idiopathic arthritis"),
    # blindtest328 ea01: a class that is "not enough" was given
    ("Tocilizumab in an elderly woman with adult-onset Still's disease: a case report\n\nOlder "
     "patients with AOSD can be gravely ill. When high-dose glucocorticoids and plasma exchange "
     "are not enough, blocking interleukin-6 is an option.\n", "glucocorticoids",
     "adult-onset Still's disease"),
    # Round 155, blindtest338 ek06: drugs "as the mainstays" of the treatment the sentence
    # before speaks of
    ("Multisystem inflammatory syndrome in children: a mini review\n\nWe then summarise how "
     "MIS-C is treated today. Immunotherapy comes first, with intravenous immunoglobulin and "
     "corticosteroids as the mainstays.\n", "intravenous immunoglobulin",
     "multisystem inflammatory syndrome in children"),
    # Round 158, blindtest343 ep06: a drug's responses counted among the patients of a review
    ("Treatment of VEXAS syndrome: a systematic review\n\nThirty-six publications covered 116 "
     "patients with VEXAS syndrome. The evidence, treatment by treatment:\n\nTocilizumab: "
     "complete response in 3 of 15 (20%), partial in 6 of 15 (40%).\n", "tocilizumab",
     "VEXAS syndrome"),
    # blindtest343 ep04: a meeting's session line above the title names no disease of the paper
    ("ACR Convergence 2022 · Poster session C · Abstract 1568 · Vasculitis – non-ANCA-associated "
     "and related disorders\n\nWho could go to transplant? Eligibility in a prospective VEXAS "
     "cohort\n\nVEXAS syndrome is a recently described genetic disease. We included every "
     "patient with VEXAS in our cohort. At the first evaluation the median prednisone dose was "
     "21 mg per day.\n", "prednisone", "VEXAS syndrome"),
    # blindtest362 fi03: "and 3 were not treated" negates none of the drugs the others received
    ("Polyarteritis: clinical course and treatment response\n\nWe looked back at our own "
     "patients with polyarteritis, retrospectively.\n\nThirty-six patients received "
     "corticosteroids alone, 14 received corticosteroids together with a cytotoxic agent "
     "(cyclophosphamide or azathioprine), and 3 were not treated.\n", "cyclophosphamide",
     "polyarteritis nodosa"),
]


ROUND_216_USES_GIVEN = [
    # blindtest524 lo02: a case's course in the drug's words, the disease named elsewhere
    ("Interleukin-1 blockade controls Majeed syndrome in two brothers when TNF inhibition does "
     "not\n\nWe report two brothers with Majeed syndrome. Serum cytokines were raised in both "
     "siblings, but a course of the TNF inhibitor etanercept brought no improvement. Blocking "
     "IL-1, either with anakinra or with canakinumab, produced a striking improvement.\n",
     "etanercept", "Majeed syndrome"),
    ("Interleukin-1 blockade controls Majeed syndrome in two brothers when TNF inhibition does "
     "not\n\nWe report two brothers with Majeed syndrome. Serum cytokines were raised in both "
     "siblings, but a course of the TNF inhibitor etanercept brought no improvement. Blocking "
     "IL-1, either with anakinra or with canakinumab, produced a striking improvement.\n",
     "canakinumab", "Majeed syndrome"),
    # blindtest524 lo03: drugs that "were all effective"
    ("Adenosine deaminase 2 deficiency in Chinese children: genotypes, phenotypes and "
     "treatment\n\nAdenosine deaminase 2 deficiency (DADA2) is a rare autoinflammatory "
     "disease. Seven children with DADA2 make up the study group. Depending on phenotype "
     "and severity, steroids, immunosuppressants, tocilizumab, TNF inhibitors and haematopoietic "
     "stem cell transplantation were all effective.\n", "TNF inhibitors",
     "adenosine deaminase 2 deficiency"),
]

ROUND_220_USES_GIVEN = [
    # Round 220's guard: in lupus nephritis an immunosuppressive regimen is the disease's treatment
    ("Mycophenolate in lupus nephritis: a retrospective cohort\n\nWe reviewed 40 patients with "
     "lupus nephritis retrospectively. Each had been stable on an immunosuppressive regimen "
     "built around mycophenolate mofetil for their lupus nephritis.\n", "mycophenolate mofetil",
     "lupus nephritis"),
    # blindtest537 mb04: "Infliximab did not work in refractory polymyositis"
    ("Tumour necrosis factor blockade in myositis: an open pilot study\n\nWe studied thirteen "
     "patients. Infliximab did not work in refractory polymyositis.\n", "infliximab",
     "polymyositis"),
    # blindtest536 ma02: "The two commonest reasons for giving the drug were COVID-19 pneumonia
    # (50%) and cytokine release syndrome (28.6%)"
    ("Tocilizumab in critically ill children: five years in one intensive care unit\n\nFourteen "
     "children received tocilizumab. The two commonest reasons for giving the drug were "
     "COVID-19 (50%) and cytokine release syndrome (28.6%).\n", "tocilizumab",
     "cytokine release syndrome"),
]

ROUND_231_USES_GIVEN = [
    # blindtest572 nk05: "had already proved effective against persistent polyarthritis"
    ("Low-dose methotrexate in oligoarticular juvenile idiopathic arthritis: a crossover trial\n\n"
     "Low-dose oral methotrexate had already proved effective against persistent polyarthritis "
     "in an earlier trial, but children with oligoarticular juvenile idiopathic arthritis were "
     "poorly represented in it.\n", "methotrexate", "polyarthritis"),
    # blindtest570 ni04: "one of the established drugs of choice for pericarditis after myocardial
    # infarction"
    ("Free wall rupture after myocardial infarction: a case report\n\nColchicine is one of the "
     "established drugs of choice for pericarditis after myocardial infarction because of its "
     "anti-inflammatory action. An elderly man was admitted.\n", "colchicine", "pericarditis"),
    # blindtest571 nj06: a review's advice in sentences that name no disease
    ("Recurrent pericarditis: what is new in its management\n\nRecurrences are frequent. "
     "Patients with a low inflammatory phenotype should instead receive corticosteroids.\n",
     "corticosteroids", "pericarditis"),
    ("Recurrent pericarditis: what is new in its management\n\nRecurrences are frequent. If "
     "steroids fail, azathioprine should be considered.\n", "azathioprine", "pericarditis"),
    ("Recurrent pericarditis: what is new in its management\n\nRecurrences are frequent. The "
     "response of recurrences to rilonacept points to an autoinflammatory mechanism.\n",
     "rilonacept", "pericarditis"),
]

@pytest.mark.parametrize("text, drug, disease", [*USES_IN_OTHER_WORDS,
                                                 *CLASSES_GIVEN_IN_OTHER_WORDS,
                                                 *ROUND_43_USES_GIVEN, *ROUND_47_CLASSES_GIVEN,
                                                 *ROUND_49_USES_GIVEN, *ROUND_57_USES_GIVEN,
                                                 *ROUND_88_USES_GIVEN, *ROUND_145_USES_GIVEN,
                                                 *ROUND_152_USES_GIVEN, *ROUND_216_USES_GIVEN,
                                                 *ROUND_220_USES_GIVEN,
                                                 *ROUND_231_USES_GIVEN])
def test_uses_stated_in_other_words(tmp_path, text, drug, disease):
    assert (grounded(drug), grounded(disease)) in uses(mine(tmp_path, text)[1])


def test_the_study_drug_was_given_for_each_diagnosis_of_a_table(tmp_path):
    # a table headed "Diagnosis" lists what the patients on the paper's drug had; the numbers
    # after each name are counts, not part of the name
    found = mine(tmp_path, "Rilonacept in autoinflammation: a single-centre experience\n\n"
                 "Rilonacept was given to 14 patients. Rilonacept was well tolerated.\n\n"
                 "Diagnosis\tPatients\nfamilial cold autoinflammatory syndrome\t9\n"
                 "Schnitzler syndrome\t5\n")[1]
    assert {(grounded("rilonacept"), grounded(d)) for d in (
        "familial cold autoinflammatory syndrome", "Schnitzler syndrome")} <= uses(found)


def test_the_study_drug_was_given_for_each_subtype_a_list_gives(tmp_path):
    # "The subtypes were distributed as follows:" and its items, also as HTML with a <ul> line
    markdown = ("Etanercept in juvenile idiopathic arthritis: a register study\n\nEtanercept was "
                "started in 90 patients. Etanercept was continued for two years. The subtypes "
                "were distributed as follows:\n\n- enthesitis-related arthritis, 12%\n"
                "- juvenile psoriatic arthritis, 7%\n")
    html = ("<html><body>\n<h1>Etanercept in juvenile idiopathic arthritis: a register study</h1>\n"
            "<p>Etanercept was started in 90 patients. Etanercept was continued for two years. The "
            "subtypes were distributed as follows:</p>\n<ul>\n<li>enthesitis-related arthritis "
            "&ndash; 12%</li>\n<li>juvenile psoriatic arthritis &ndash; 7%</li>\n</ul>\n"
            "</body></html>\n")
    for text in (markdown, html):
        found = uses(mine(tmp_path, text)[1])
        assert {(grounded("etanercept"), grounded(d)) for d in (
            "enthesitis-related arthritis", "juvenile psoriatic arthritis")} <= found


def test_a_drug_named_as_a_unit_or_an_outcome_kept_away_is_no_use(tmp_path):
    # "dexamethasone equivalents" measure a dose; "keep respiratory failure from developing" is
    # an outcome the drug should prevent
    text = ("Anakinra in COVID-19: an open-label trial\n\nWe asked whether starting anakinra early "
            "could keep respiratory failure from developing. The median cumulative steroid dose, "
            "expressed as dexamethasone equivalents, was 0.5 mg/kg.\n")
    found = uses(mine(tmp_path, text)[1])
    assert (grounded("anakinra"), grounded("respiratory failure")) not in found
    assert not any(drug == grounded("dexamethasone") for drug, _ in found)
    assert (grounded("anakinra"), grounded("COVID-19")) in found
    # ... and "200 mg of hydrocortisone or equivalent" (blindtest175 d803) measures one too
    text = ("Corticosteroids in influenza ARDS: a cohort\n\nEarly treatment was defined as a "
            "cumulative dose of at least 200 mg of hydrocortisone or equivalent in influenza.\n")
    assert not any(drug == grounded("hydrocortisone") for drug, _ in uses(mine(tmp_path, text)[1]))



# (paper, a use it states, a use it does not): the same sentence names both
ONE_USE_NOT_THE_OTHER = [
    # drugs a disease "was described after" caused it
    ("Managing cytokine release syndrome: a review\n\nCytokine release syndrome was later "
     "described after infusion of other antibodies, including rituximab and alemtuzumab. "
     "Tocilizumab is given for severe cytokine release syndrome.\n",
     ("tocilizumab", "cytokine release syndrome"), ("rituximab", "cytokine release syndrome")),
    # a drug given as prophylaxis of a disease goes with that disease, not with the paper's
    ("Tocilizumab for cytokine release syndrome after haploidentical transplantation\n\n"
     "Cytokine release syndrome occurs after haploidentical transplantation, in which "
     "cyclophosphamide is given as prophylaxis of graft-versus-host disease.\n",
     ("cyclophosphamide", "graft-versus-host disease"),
     ("cyclophosphamide", "cytokine release syndrome")),
    # guard (passes without the list-with-counts rule, failed with it unguarded): a class that
    # labels the drug right after it is not given itself
    ("Anakinra in mevalonate kinase deficiency: a case report\n\nBiological therapy, with the "
     "interleukin-1 antagonist anakinra or the tumour necrosis factor-alpha inhibitor "
     "etanercept, is among the most effective treatments.\n",
     ("etanercept", "mevalonate kinase deficiency"),
     ("TNF inhibitors", "mevalonate kinase deficiency")),
]


ONE_USE_NOT_THE_OTHER += [
    # the disease a title disease is "associated with" narrows the population; the other is the
    # paper's, also as the <h1> of an HTML page with no blank lines
    ("Adalimumab in early-onset chronic anterior uveitis associated with juvenile idiopathic "
     "arthritis: a randomised trial\n\nJuvenile idiopathic arthritis is common in children. "
     "Juvenile idiopathic arthritis is chronic.\n",
     ("adalimumab", "anterior uveitis"), ("adalimumab", "juvenile idiopathic arthritis")),
    ("<html><body>\n<h1>Anakinra in anterior uveitis associated with juvenile idiopathic "
     "arthritis</h1>\n<p>Juvenile idiopathic arthritis is common. Juvenile idiopathic arthritis "
     "is chronic. Twenty patients received anakinra.</p>\n</body></html>\n",
     ("anakinra", "anterior uveitis"), ("anakinra", "juvenile idiopathic arthritis")),
    # the title's disease the drug "reverses" is its outcome; the paper's disease is the other
    ("Anakinra reverses giant coronary artery aneurysms in a child with Kawasaki disease\n\nA "
     "3-year-old boy was treated.\n", ("anakinra", "Kawasaki disease"),
     ("anakinra", "coronary artery aneurysm")),
    # a disease joined by "and" to the title's setting disease is the setting too; the paper's
    # disease is the one the body speaks of
    ("Infliximab in a 3-month-old infant with IVIG-resistant Kawasaki disease and giant coronary "
     "artery aneurysms: a case report\n\nKawasaki disease was diagnosed on day 5. Kawasaki "
     "disease relapsed. He received prednisolone.\n", ("prednisolone", "Kawasaki disease"),
     ("prednisolone", "coronary artery aneurysm")),
    # no title, two diseases named equally often: the paper is about the one diagnosed
    ("A 40-year-old woman who had had COVID-19 a month earlier presented with fever. Because "
     "Kawasaki disease was suspected, we gave intravenous immunoglobulin. Kawasaki disease "
     "after COVID-19 is rare. She then received anakinra.\n", ("anakinra", "Kawasaki disease"),
     ("anakinra", "COVID-19")),
    # guard (passes without the rule, failed with it unguarded): a drug that "can be
    # recommended" only after trials is not given
    ("Ruxolitinib in lupus-associated HLH: a case report\n\nRuxolitinib was given for HLH. A "
     "woman with systemic lupus erythematosus developed HLH. Trials are needed before "
     "ruxolitinib can be recommended in this setting.\n", ("ruxolitinib", "HLH"),
     ("ruxolitinib", "systemic lupus erythematosus")),
    # drugs the sentence after a patient's diagnosis gives, naming no disease, were for it
    ("Anakinra for macrophage activation syndrome in systemic lupus erythematosus: a case "
     "report\n\nA 25-year-old woman had been diagnosed with systemic lupus erythematosus in 2019. "
     "She was treated with hydroxychloroquine. Anakinra was given for macrophage activation "
     "syndrome.\n", ("hydroxychloroquine", "systemic lupus erythematosus"),
     ("hydroxychloroquine", "macrophage activation syndrome")),
]


ONE_USE_NOT_THE_OTHER += [
    # blindtest1789 yix05 (round 469): every clause of a sentence opening "Exclusion criteria:"
    # excludes, the clause naming the drug included
    ("Tocilizumab in acute ischemic stroke: a randomized trial\n\nPatients with acute ischemic "
     "stroke received tocilizumab or placebo.\n\nExclusion criteria: intracerebral hemorrhage; "
     "known allergy to tocilizumab or its excipients; known allergy to iodinated contrast "
     "agents.\n", ("tocilizumab", "ischemic stroke"), ("tocilizumab", "allergic disease")),
    # a disease of an exclusion clause is no indication of the drug in the clause before; the
    # drug was background therapy of the paper's disease
    ("Tocilizumab in giant cell arteritis: a randomised trial\n\nAll patients had been taking "
     "methotrexate at a stable dose for three months; patients with active hepatitis B were not "
     "eligible.\n", ("methotrexate", "giant cell arteritis"), ("methotrexate", "hepatitis B")),
    # a title disease named as what came before the paper's ("syndrome after SARS-CoV-2
    # infection") is its trigger: the drugs go with the body's disease
    ("Four children with inflammatory syndrome after SARS-CoV-2 infection: IVIG and anakinra\n\n"
     "We describe four children with multisystem inflammatory syndrome in children (MIS-C). All "
     "had MIS-C with shock. Three were treated with anakinra.\n", ("anakinra", "MIS-C"),
     ("anakinra", "COVID-19")),
    # "These disorders are treated with ..." opening a sentence: the drugs before its own disease
    # go with each disease last named
    ("Canakinumab in Still's disease: a case report\n\nInterleukin-1 drives juvenile idiopathic "
     "arthritis and adult-onset Still's disease. These disorders are treated with methotrexate; "
     "in adult-onset Still's disease anakinra has also been used.\n",
     ("methotrexate", "juvenile idiopathic arthritis"),
     ("anakinra", "juvenile idiopathic arthritis")),
    # an eligibility rule naming drugs the patients never had: not given for the disease named
    ("Etanercept in psoriatic arthritis: a randomised trial\n\nPatients had to be naive to "
     "etanercept and to any biologic given for psoriasis, and must not have received "
     "methotrexate for psoriasis. Patients received etanercept for psoriatic arthritis.\n",
     ("etanercept", "psoriatic arthritis"), ("methotrexate", "psoriasis")),
    # a drug named as the cause of the title's disease ("Blinatumomab-induced ...") did not
    # treat it
    ("Blinatumomab-induced macrophage activation syndrome in an adult: a case report\n\nShe was "
     "given tocilizumab and recovered.\n", ("tocilizumab", "macrophage activation syndrome"),
     ("blinatumomab", "macrophage activation syndrome")),
    # guard (failed with the first, unrestricted rule): a drug "after" a disease is given to its
    # patients
    ("Canakinumab after myocardial infarction: a randomised trial\n\nPatients were randomised "
     "to canakinumab or placebo. Canakinumab lowered the rate of stroke.\n",
     ("canakinumab", "myocardial infarction"), ("canakinumab", "stroke")),
    # row 353: "patients with refractory, colchicine-resistant disease" after the drug is the
    # paper's own disease, not the one named nearer
    ("Rilonacept in idiopathic recurrent pericarditis: a cohort\n\nInterleukin-1 drives acute "
     "myocarditis, and canakinumab has changed the treatment of patients with refractory, "
     "colchicine-resistant disease.\n",
     ("canakinumab", "idiopathic recurrent pericarditis"), ("canakinumab", "acute myocarditis")),
    # row 355: the drugs after a diagnosis the patient "had been labelled as having" were for it,
    # not for the disease found later
    ("Anakinra in Schnitzler syndrome: a case report\n\nA 60-year-old man had been labelled in "
     "2010 as having rheumatoid arthritis. Years of treatment with methotrexate and prednisone "
     "did not help. Schnitzler syndrome was finally diagnosed and anakinra was started.\n",
     ("methotrexate", "rheumatoid arthritis"), ("methotrexate", "Schnitzler syndrome")),
    # row 356: a journal line named for a disease ("Kawasaki Disease · Review article · Vol. 1")
    # is above the title, not the title
    ("Psoriatic Arthritis (pa-journal.org) · Review article · Vol. 2, No. 4\n\nTreating gout "
     "flares in adults: a practical review of current regimens\n\nGout flares overlap clinically "
     "with psoriatic arthritis. Colchicine is given at 1 mg, then 0.5 mg an hour later.\n",
     ("colchicine", "gout"), ("colchicine", "psoriatic arthritis")),
    # row 360: a title disease that arose "during adalimumab therapy" is an adverse event; the
    # disease of the child it arose in is what the drug was for
    ("Psoriasis during adalimumab therapy in a boy with Crohn disease: a case report\n\nA "
     "12-year-old boy was given adalimumab. Skin plaques appeared after five months.\n",
     ("adalimumab", "Crohn disease"), ("adalimumab", "psoriasis")),
    # ... and in the body, a disease "appearing in a child receiving" the drug
    ("Etanercept in juvenile idiopathic arthritis: a case report\n\nA 9-year-old girl with "
     "juvenile idiopathic arthritis was given etanercept. To our knowledge this is the first "
     "report of autoimmune hepatitis appearing in a child receiving etanercept.\n",
     ("etanercept", "juvenile idiopathic arthritis"), ("etanercept", "autoimmune hepatitis")),
    # row 363: the title's "multisystem inflammatory syndrome related to COVID-19" is the MIS-C
    # the body names, not COVID-19
    ("Tocilizumab for multisystem inflammatory syndrome related to COVID-19: a case report\n\n"
     "A 9-year-old boy met the criteria for multisystem inflammatory syndrome in children (MIS-C)."
     " He was given tocilizumab.\n", ("tocilizumab", "multisystem inflammatory syndrome in "
     "children"), ("tocilizumab", "COVID-19")),
    # row 383: a narrower form of the main disease in the sentence is the drug's partner, not a
    # consequence named nearer
    ("Anakinra in haemophagocytic lymphohistiocytosis: an observational study\n\n"
     "Haemophagocytic lymphohistiocytosis is rare in adults. Secondary HLH is a cause of multiple "
     "organ failure and carries a high mortality, even when etoposide-based regimens are given.\n",
     ("etoposide", "secondary hemophagocytic lymphohistiocytosis"),
     ("etoposide", "multiple organ failure")),
    # row 387: a protocol named for a disease goes with the narrower form the sentence names
    # ("Primary HLH: The HLH-94 protocol ..."; MONDO release is-a)
    ("Treating haemophagocytic lymphohistiocytosis in adults: key points\n\nHaemophagocytic "
     "lymphohistiocytosis (HLH) is a life-threatening hyperinflammation.\n\nPrimary HLH: The "
     "HLH-94 protocol, built on etoposide and dexamethasone, remains the standard of care.\n",
     ("etoposide", "hereditary hemophagocytic lymphohistiocytosis"),
     ("etoposide", "haemophagocytic lymphohistiocytosis")),
    # row 391: what a patient "developed in spite of" treatment came anyway; no indication
    ("Methylprednisolone in IVIG-resistant Kawasaki disease: two cases\n\nA boy with Kawasaki "
     "disease was given IVIG. He developed coronary aneurysms in spite of two courses of IVIG and "
     "improved only after methylprednisolone was added.\n",
     ("methylprednisolone", "Kawasaki disease"),
     ("methylprednisolone", "coronary artery aneurysm")),
    # row 392: a dose "reduced because of" a disease names a harm
    ("Tocilizumab in Takayasu arteritis: a retrospective series\n\nEight patients with Takayasu "
     "arteritis were given tocilizumab. In a further patient the tocilizumab dose was reduced "
     "because of mild thrombocytopenia.\n", ("tocilizumab", "Takayasu arteritis"),
     ("tocilizumab", "thrombocytopenia")),
    # row 376 guard: not the disease a haemophagocytic syndrome complicates ("MAS in sJIA")
    ("Ruxolitinib for refractory macrophage activation syndrome in systemic juvenile idiopathic "
     "arthritis: a case report\n\nA girl was admitted. The macrophage activation syndrome had "
     "proved refractory to ciclosporin.\n", ("ciclosporin", "macrophage activation syndrome"),
     ("ciclosporin", "systemic juvenile idiopathic arthritis")),
    # guard: what the patient was "receiving etanercept for" stays its use in such a sentence
    ("Etanercept in ankylosing spondylitis: a case report\n\nA 40-year-old man was given "
     "etanercept. This is the first sarcoidosis arising in a patient receiving etanercept for a "
     "spondyloarthritis.\n", ("etanercept", "spondyloarthritis"), ("etanercept", "sarcoidosis")),
    # row 400: "DRESS syndrome ... In DRESS, by contrast, ...": the acronym without its head noun
    # is the same disease, so the drug switched to there goes with it
    ("DRESS syndrome and adult-onset Still's disease: a retrospective comparison\n\nWe reviewed "
     "patients with DRESS syndrome or adult-onset Still's disease seen at our hospital. Every "
     "patient with adult-onset Still's disease given tocilizumab responded. In DRESS, by "
     "contrast, two patients did not respond to prednisone and were switched to ciclosporin.\n",
     ("ciclosporin", "DRESS syndrome"), ("ciclosporin", "adult-onset Still's disease")),
]

def test_a_regimens_bracketed_drugs_go_with_what_they_are_first_line_treatment_of(
        tmp_path, monkeypatch):
    """blindtest586 ny03: "the BCD regimen (bortezomib, cyclophosphamide and dexamethasone) as
    first-line treatment of idiopathic multicentric Castleman disease" states the use, though the
    sentence also names the paper's broader disease (rules alone: the model adds both)."""
    from cytokg.graph_build import uses_model

    monkeypatch.setattr(uses_model, "model", lambda: None)
    found = uses(mine(tmp_path, "Castleman disease in China: a nationwide retrospective study\n\n"
                      "Castleman disease (CD) is a rare disorder. Records were gathered "
                      "retrospectively. The group's papers describe how CD has been diagnosed "
                      "and treated in China over the past 20 years, report the BCD regimen "
                      "(bortezomib, cyclophosphamide and dexamethasone) as first-line treatment of "
                      "idiopathic multicentric Castleman disease (iMCD), and follow how the lungs "
                      "are involved in iMCD.\n")[1])
    for drug in ("cyclophosphamide", "dexamethasone"):
        assert (grounded(drug), grounded("idiopathic multicentric Castleman disease")) in found
        assert (grounded(drug), grounded("Castleman disease")) not in found


ROUND_241_ONE_USE_NOT_THE_OTHER = [
    # blindtest592 oe05: an eligibility rule's drugs the patients "could not have taken"
    ("Rituximab in systemic sclerosis: a randomised, placebo-controlled trial\n\nWe tested "
     "rituximab in systemic sclerosis. Patients could not have taken corticosteroids above 10 "
     "mg/day in the 2 weeks before study treatment, nor, in the preceding 4 weeks, other "
     "immunosuppressants (cyclophosphamide, tacrolimus, azathioprine) or imatinib.\n",
     ("rituximab", "systemic sclerosis"), ("tacrolimus", "systemic sclerosis")),
    # blindtest595 oh02: "multisystem inflammatory syndrome in an adult" is MIS-A, not COVID-19
    ("Multisystem inflammatory syndrome in an adult after a COVID-19 vaccine, settled with "
     "colchicine\n\nHe was started on colchicine 1.2 mg/d and recovered fully.\n",
     ("colchicine", "MIS-A"), ("colchicine", "COVID-19")),
    # blindtest344 eq01: the infection a "post-" names in the title is the syndrome's trigger, not
    # what was treated, though the title now grounds the syndrome it comes before
    ("Intravenous immunoglobulin and steroids for a post-COVID-19 multisystem inflammatory "
     "syndrome in an adult: a case report\n\nA man of 38 was referred to us with fever. We made a "
     "diagnosis of MIS-A. He was given intravenous immunoglobulin together with systemic "
     "steroids.\n", ("intravenous immunoglobulin", "MIS-A"),
     ("intravenous immunoglobulin", "COVID-19")),
]

ROUND_264_ONE_USE_NOT_THE_OTHER = [
    # blindtest698 sw02: a title naming the drug "an unusual cause of" the disease
    ("ETANERCEPT: AN UNUSUAL CAUSE OF ACUTE PANCREATITIS\n\nWe report a 65-year-old woman with "
     "rheumatoid arthritis who had recently been started on etanercept and who came to hospital "
     "with abdominal pain. She was treated medically and told not to take etanercept again.\n",
     ("etanercept", "rheumatoid arthritis"), ("etanercept", "acute pancreatitis")),
]

ROUND_257_ONE_USE_NOT_THE_OTHER = [
    # blindtest672 rg01: the checkpoint inhibitors after which the pseudogout came, by their target
    ("Pseudogout in a man on nivolumab for renal cell carcinoma\n\nHis renal cell carcinoma "
     "was treated with nivolumab. His knee became swollen and pseudogout was diagnosed; "
     "colchicine was added to treat the pseudogout. This was the first crystal-proven pseudogout "
     "after a PD-1 inhibitor.\n",
     ("colchicine", "pseudogout"), ("nivolumab", "pseudogout")),
]

ROUND_253_ONE_USE_NOT_THE_OTHER = [
    # blindtest654 qo02: drugs a sentence names as the cause of the title's neutropenia
    ("Tocilizumab dose reduction for neutropenia in rheumatoid arthritis\n\nPatients with "
     "rheumatoid arthritis were treated with etanercept before tocilizumab. We discuss how "
     "tocilizumab, etanercept and sulfasalazine may each lead to neutropenia.\n\nKEYWORDS "
     "rheumatoid arthritis; neutropenia; etanercept; sulfasalazine\n",
     ("etanercept", "rheumatoid arthritis"), ("tocilizumab", "neutropenia")),
    # blindtest657 qr02: "pointed to steroid therapy as the trigger of acute pancreatitis"
    ("Acute pancreatitis following steroid treatment: report of cases\n\nA woman with "
     "systemic lupus erythematosus was treated with prednisone. We describe six patients whose "
     "course pointed to steroid therapy as the trigger of acute pancreatitis.\n",
     ("prednisone", "systemic lupus erythematosus"), ("steroids", "acute pancreatitis")),
]

ROUND_245_ONE_USE_NOT_THE_OTHER = [
    # blindtest616 pc05: what a patient on the drugs died of is a harm, not what they treat
    ("Eculizumab in neuromyelitis optica spectrum disorder: a randomised trial\n\nPatients with "
     "neuromyelitis optica spectrum disorder were treated with eculizumab. One patient who was "
     "taking azathioprine together with eculizumab died of pulmonary empyema.\n",
     ("eculizumab", "neuromyelitis optica"), ("eculizumab", "empyema")),
]

ROUND_243_ONE_USE_NOT_THE_OTHER = [
    # blindtest601 on02: a graft's standing immunosuppression does not treat the infection its
    # recipients caught
    ("COVID-19 in kidney transplant recipients: a single-centre series\n\nEvery recipient was "
     "taking tacrolimus and prednisolone; nine were also on mycophenolate mofetil. COVID-19 itself "
     "was treated with hydroxychloroquine.\n", ("hydroxychloroquine", "COVID-19"),
     ("tacrolimus", "COVID-19")),
    # blindtest601 on05: nor the eligibility rule's maintenance drugs of a trial in such recipients
    ("Maintenance versus reduction of immunosuppression for renal transplant patients with "
     "COVID-19: a randomised trial\n\nEligible adults had COVID-19 and were taking azathioprine "
     "together with ciclosporin. Patients were randomly allocated to keep their regimen or have it "
     "reduced; those with COVID-19 pneumonia received dexamethasone.\n",
     ("dexamethasone", "COVID-19"), ("azathioprine", "COVID-19")),
]

ROUND_235_ONE_USE_NOT_THE_OTHER = [
    # blindtest583 nv03: the drug a disease is named after brought it on
    ("Ipilimumab-related hypophysitis: a retrospective cohort\n\nWe looked at when "
     "ipilimumab-related hypophysitis begins. Every patient had been given ipilimumab at our "
     "institute. Eleven patients with hypophysitis were treated with high-dose "
     "corticosteroids.\n", ("corticosteroids", "hypophysitis"), ("ipilimumab", "hypophysitis")),
]


def test_a_compound_short_form_spelling_its_own_words_is_not_the_lexicons_acronym(tmp_path):
    """blindtest580 ns02: "Stevens-Johnson syndrome-toxic epidermal necrolysis (SJS-TEN)": TEN
    spells toxic epidermal necrolysis here, not the lexicon's thymic epithelial neoplasm, in the
    short form and standing alone."""
    found, facts = mine(tmp_path, "Cyclosporine in Stevens-Johnson syndrome: a case series\n\nWe "
                        "reviewed the literature on Stevens-Johnson syndrome-toxic epidermal "
                        "necrolysis (SJS-TEN). Four patients with SJS-TEN were treated with "
                        "cyclosporine. TEN is the severe end of the spectrum.\n")
    assert grounded("thymic epithelial neoplasm") not in {m.curie for m in found}
    assert (grounded("cyclosporine"), grounded("Stevens-Johnson syndrome")) in uses(facts)


ROUND_231_ONE_USE_NOT_THE_OTHER = [
    # blindtest568 ng06, ng02: an autoantibody's class is no drug given ("aquaporin-4
    # immunoglobulin G (AQP4-IgG)")
    ("Preventive therapy in neuromyelitis optica: a review\n\nEculizumab, added to stable "
     "therapy, lowered the risk of relapse in neuromyelitis optica in people seropositive for "
     "aquaporin-4 immunoglobulin G (AQP4-IgG). Eculizumab was given every two weeks.\n",
     ("eculizumab", "neuromyelitis optica"), ("immunoglobulin G", "neuromyelitis optica")),
]


def test_an_immunoglobulin_named_as_the_bodys_own_is_a_lab_measure(tmp_path):
    """blindtest568 ng05, ng06: a level measured and an autoantibody's class are no drug; named
    as a preparation given, immunoglobulin G stays one."""
    found, _ = mine(tmp_path, "Inebilizumab in neuromyelitis optica\n\nAfter the infusions, 105 "
                    "participants had a transient fall of immunoglobulin G below 700 mg/dL. All "
                    "were seropositive for aquaporin-4 immunoglobulin G. A polyspecific "
                    "immunoglobulin G preparation was given to one.\n")
    named = [(m.text, m.category) for m in found if m.curie == grounded("immunoglobulin G")]
    assert named == [("immunoglobulin G", "lab_measure"), ("immunoglobulin G", "lab_measure"),
                     ("immunoglobulin G", "drug")]


@pytest.mark.parametrize("text, given", [
    # round 470 (blindtest1794 yjc02; the golds of blindtest1768 yic02 and blindtest68 a402
    # agree): a syndrome treated in its own right that the title attaches to the main disease,
    # through its patients or its form, is treated too
    ("Role of Tocilizumab in the Treatment of COVID-19 Patients with Cytokine Storm: A Case "
     "Series\n\nWe report three patients with severe COVID-19 who were given tocilizumab.\n",
     [("tocilizumab", "COVID-19"), ("tocilizumab", "cytokine release syndrome")]),
    ("Anakinra with intravenous immunoglobulin or tocilizumab for COVID-19 pneumonia with "
     "cytokine storm: a single-centre experience\n\nPatients with COVID-19 were treated with "
     "anakinra.\n", [("anakinra", "COVID-19"), ("anakinra", "cytokine release syndrome")]),
])
def test_a_syndrome_the_title_attaches_to_the_disease_is_treated_too(tmp_path, text, given):
    found = uses(mine(tmp_path, text)[1])
    assert {tuple(map(grounded, pair)) for pair in given} <= found


@pytest.mark.parametrize("text, given, not_given", [
    # round 471 (blindtest1795 yjd04): a drug named in the exclusion criteria was not given, for
    # the diseases listed beside it or for any other. A guard here: on this short probe the old
    # rules read none of these either; the uses model read them all, and the test that holds it
    # to the rules' refusal is in tests/test_uses_model.py
    ("# Belimumab for IgG4-related disease: a randomised, open-label trial\n\n## Background\n\n"
     "Glucocorticoids are the first-line medicine for IgG4-related disease (IgG4-RD). B-cell "
     "depletion with rituximab works in IgG4-RD.\n\n## Design\n\nRandomized, controlled, "
     "open-label trial. Experimental arm: prednisone plus belimumab. Control arm: prednisone "
     "alone.\n\n## Participants\n\nExclusion: severe infection; a known immunodeficiency "
     "disorder; any biologic in the 6 months before screening, including ocrelizumab, "
     "obinutuzumab and abatacept; leflunomide, cyclophosphamide or azathioprine within 12 weeks "
     "of screening; hepatitis B or HIV infection.\n",
     [("belimumab", "IgG4-related disease"), ("prednisone", "IgG4-related disease")],
     [(drug, disease) for drug in ("ocrelizumab", "obinutuzumab", "abatacept", "leflunomide",
                                   "cyclophosphamide", "azathioprine")
      for disease in ("IgG4-related disease", "HIV infection", "hepatitis B",
                      "immunodeficiency disorder")]),
    # guard: one an exclusion clause names ("were excluded") stays out too
    ("Tocilizumab in giant cell arteritis: a cohort study\n\nPatients with giant cell "
     "arteritis were treated with tocilizumab. Patients who had received abatacept were "
     "excluded.\n", [("tocilizumab", "giant cell arteritis")],
     [("abatacept", "giant cell arteritis")]),
    # round 471 (blindtest1797 yjf02): each disease the title lists before the drugs that
    # induced it arose on them, and was not treated with them
    ("Inflammatory arthritis and sicca syndrome induced by nivolumab and ipilimumab: thirteen "
     "patients\n\nFive patients had been given nivolumab alone and eight had received nivolumab "
     "together with ipilimumab. Every patient was treated with corticosteroids, and two with "
     "methotrexate for their inflammatory arthritis.\n",
     [("methotrexate", "arthritis")],
     [("nivolumab", "arthritis"), ("ipilimumab", "arthritis")]),
    # round 471 (blindtest1797 yjf04): with no title, a class of diseases the opening sentence
    # speaks of in general ("many autoimmune diseases") is no disease the paper is about
    ("Tumour necrosis factor is involved in many autoimmune diseases and in the adverse events "
     "of checkpoint inhibitors. The trial tested ipilimumab and nivolumab given together with a "
     "TNF inhibitor, infliximab, in patients with advanced melanoma. Giving the three drugs at "
     "the same time proved safe.\n",
     [], [(drug, "autoimmune disease") for drug in ("ipilimumab", "nivolumab", "infliximab")]),
])
def test_a_drug_that_kept_patients_out_or_caused_the_disease_is_no_use(tmp_path, text, given,
                                                                         not_given):
    assert_uses(tmp_path, text, given, not_given)


def test_a_complication_the_title_attaches_is_not_treated(tmp_path):
    """Guard: what is no syndrome treated in its own right still gives way to the main disease."""
    found = uses(mine(tmp_path, "Tocilizumab for Kawasaki disease patients with coronary artery "
                                "aneurysms\n\nTocilizumab was given to a child with Kawasaki "
                                "disease.\n")[1])
    assert (grounded("tocilizumab"), grounded("Kawasaki disease")) in found
    assert (grounded("tocilizumab"), grounded("coronary artery aneurysm")) not in found


@pytest.mark.parametrize("text, given, not_given", [*ONE_USE_NOT_THE_OTHER,
                                                     *ROUND_231_ONE_USE_NOT_THE_OTHER,
                                                     *ROUND_235_ONE_USE_NOT_THE_OTHER,
                                                     *ROUND_241_ONE_USE_NOT_THE_OTHER,
                                                     *ROUND_243_ONE_USE_NOT_THE_OTHER,
                                                     *ROUND_245_ONE_USE_NOT_THE_OTHER,
                                                     *ROUND_253_ONE_USE_NOT_THE_OTHER,
                                                     *ROUND_257_ONE_USE_NOT_THE_OTHER,
                                                     *ROUND_264_ONE_USE_NOT_THE_OTHER])
def test_one_use_and_not_the_other(tmp_path, text, given, not_given):
    found = uses(mine(tmp_path, text)[1])
    assert tuple(map(grounded, given)) in found
    assert tuple(map(grounded, not_given)) not in found


def test_a_disease_attributed_to_a_drug_is_no_use_of_it(tmp_path):
    """blindtest698 sw02: "the pancreatitis was attributed to etanercept"."""
    found, facts = mine(tmp_path, "Acute pancreatitis in a woman on etanercept\n\nA 65-year-old "
                        "woman had been started on etanercept. Acute pancreatitis was diagnosed on "
                        "day 3. Because no other cause was found, the acute pancreatitis was "
                        "attributed to etanercept, which was stopped.\n")
    assert grounded("etanercept") in {m.curie for m in found}
    assert (grounded("etanercept"), grounded("acute pancreatitis")) not in uses(facts)


def test_a_capitalised_qualifier_of_a_short_form_names_the_narrower_concept(tmp_path):
    found, _ = mine(tmp_path, "Canakinumab in arthritis\n\nSystemic JIA was diagnosed at the age "
                              "of four. Canakinumab was started.\n")
    assert ("Systemic JIA", grounded("systemic juvenile idiopathic arthritis")) in {
        (m.text, m.curie) for m in found}


def test_a_qualifier_in_capitals_narrows_a_short_form_in_a_running_head(tmp_path):
    found, _ = mine(tmp_path, "Anakinra in arthritis\n\nFIRST-LINE ANAKINRA IN SYSTEMIC JIA   2\n\n"
                              "Canakinumab was started.\n")
    assert ("SYSTEMIC JIA", grounded("systemic juvenile idiopathic arthritis")) in {
        (m.text, m.curie) for m in found}


def test_the_form_of_the_main_disease_the_paper_names_twice_is_what_it_is_about(tmp_path):
    # no title: HLH is mentioned most, but the patient had the secondary (acquired) form
    _, facts = mine(tmp_path, "Background: Hemophagocytic lymphohistiocytosis (HLH) is a rare "
                    "syndrome. HLH is often fatal. We describe a woman with secondary HLH. "
                    "Acquired HLH was diagnosed after a viral infection. She was treated with "
                    "anakinra and recovered.\n")
    assert uses(facts) == {(grounded("anakinra"),
                            grounded("secondary hemophagocytic lymphohistiocytosis"))}




def test_a_breakdown_into_other_diseases_is_no_use_of_the_study_drug(tmp_path):
    # row 411 guard: the diseases listed after the colon are not forms of one named before it
    _, facts = mine(tmp_path, "Siltuximab for cytokine release syndrome: a case series\n\n"
                              "Thirteen patients were treated: ten with multiple myeloma and three "
                              "with mantle cell lymphoma. Siltuximab was given for cytokine "
                              "release syndrome. Siltuximab worked.\n")
    assert (grounded("siltuximab"), grounded("cytokine release syndrome")) in uses(facts)
    assert (grounded("siltuximab"), grounded("multiple myeloma")) not in uses(facts)


def test_non_before_a_qualifier_of_a_short_form_negates_it(tmp_path):
    # row 409: "non-systemic JIA" is JIA that is not systemic, not systemic JIA
    found, _ = mine(tmp_path, "Etanercept in arthritis\n\nJuvenile idiopathic arthritis (JIA) is "
                              "common. Children with non-systemic JIA were given etanercept.\n")
    curies = {m.curie for m in found}
    assert grounded("juvenile idiopathic arthritis") in curies
    assert grounded("systemic juvenile idiopathic arthritis") not in curies


@pytest.mark.parametrize("front, title, body, drug, main, setting", [
    # blindtest208 k905: the title under a citation line "N Engl J Med 2023; 389: 1357-67 | ..."
    # is read as the title, so the disease it names is the main one, not the comorbidity the body
    # names most
    ("N Engl J Med 2023; 389: 1357-67 | Original Article | Randomized Controlled Trial\n\n",
     "ADJUNCTIVE DEXAMETHASONE IN TUBERCULOUS MENINGITIS: A DOUBLE-BLIND TRIAL",
     "Adults with HIV infection were enrolled. HIV infection was advanced in most. Participants "
     "were randomly allocated to dexamethasone or placebo.", "dexamethasone",
     "tuberculous meningitis", "HIV infection"),
    # blindtest175 d803: an infection the title names a disease as associated with is its setting:
    # a sentence naming no disease gives its drug to the other one
    ("", "Outcomes of influenza-associated acute respiratory distress syndrome: a retrospective "
     "cohort", "Influenza was confirmed by PCR. Each influenza season brought "
     "cases. Hydrocortisone was given to 40 patients.", "hydrocortisone",
     "acute respiratory distress syndrome", "influenza"),
])
def test_the_title_names_the_main_disease_beside_its_setting(tmp_path, front, title, body, drug,
                                                             main, setting):
    found = uses(mine(tmp_path, f"{front}{title}\n\n{body}\n")[1])
    assert (grounded(drug), grounded(main)) in found
    assert (grounded(drug), grounded(setting)) not in found


@pytest.mark.parametrize("text, drug, disease", [
    # blindtest233 aj01: the title names the drugs as the cause ("after a single dose of")
    ("Smoldering myocarditis after a single dose of ipilimumab plus nivolumab\n\nA woman with "
     "melanoma developed myocarditis. Glucocorticoids were given for the myocarditis.\n",
     "nivolumab", "myocarditis"),
    # blindtest233 aj02: a sentence names the disease as appearing after a dose of the drug
    ("Myocarditis with complete heart block during checkpoint blockade: three cases\n\nIn all "
     "three, myocarditis appeared roughly two weeks after a dose of pembrolizumab. "
     "Methylprednisolone was given for the myocarditis.\n", "pembrolizumab", "myocarditis"),
    # blindtest115 v503: a disease "arising during etanercept therapy for" another
    ("Inflammatory bowel disease arising during etanercept therapy for juvenile idiopathic "
     "arthritis\n\nFour children treated with etanercept developed inflammatory bowel disease."
     "\n", "etanercept", "inflammatory bowel disease"),
    # blindtest357 fd01: a sentence names the drug as the disease's cause ("caused by")
    ("Sudden loss of platelets after an infusion of tocilizumab: a drug-induced immune "
     "thrombocytopenia\n\nTocilizumab was started for rheumatoid arthritis. She was given IVIG "
     "and prednisolone. Taken together, the picture fits a drug-induced immune thrombocytopenia "
     "caused by tocilizumab.\n", "tocilizumab", "immune thrombocytopenia"),
    # blindtest54 k307 (round 458): an infection's reactivation in a mother "who had also been
    # given corticosteroids" is their harm
    ("Tocilizumab in pregnant women with COVID-19: a retrospective study\n\nTwelve pregnant "
     "women with COVID-19 received tocilizumab. In a third mother, who had also been given "
     "corticosteroids for 15 days, reactivation of cytomegalovirus infection was detected.\n",
     "corticosteroids", "cytomegalovirus infection"),
    # blindtest1742 yhc02 (round 459): what a drug "is only rarely followed by", past an apposition
    ("Vitiligo on biologics: two cases\n\nDupilumab, an antagonist of the interleukin-4 "
     "receptor alpha chain prescribed for moderate-to-severe atopic dermatitis, is only rarely "
     "followed by vitiligo. We report two patients treated with dupilumab for atopic dermatitis "
     "in whom vitiligo appeared.\n", "dupilumab", "vitiligo"),
])
def test_a_drug_named_as_the_cause_of_a_disease_is_not_given_for_it(tmp_path, text, drug,
                                                                    disease):
    found = uses(mine(tmp_path, text)[1])
    assert (grounded(drug), grounded(disease)) not in found
    assert found  # the paper's other uses are still read


def test_the_drugs_a_title_names_after_a_treatment_word_are_no_cause(tmp_path, monkeypatch):
    """blindtest1413 zfj01 (round 421): "Aortitis during pembrolizumab treatment, controlled with
    tocilizumab in place of long-term prednisone": pembrolizumab brought the aortitis on, the
    drugs after "controlled with" treat it."""
    from cytokg.graph_build import uses_model

    monkeypatch.setattr(uses_model, "model", lambda: None)
    found = uses(mine(tmp_path, "Aortitis during pembrolizumab treatment, controlled with "
                      "tocilizumab in place of long-term prednisone: a case report\n\nA woman "
                      "on pembrolizumab developed aortitis. Prednisone was begun and later "
                      "replaced by tocilizumab.\n")[1])
    assert (grounded("tocilizumab"), grounded("aortitis")) in found
    assert (grounded("pembrolizumab"), grounded("aortitis")) not in found


def test_a_course_under_a_drug_is_no_cause(tmp_path):
    """blindtest193 v804: "the course of hidradenitis suppurativa under adalimumab"."""
    found = uses(mine(tmp_path, "Course of hidradenitis suppurativa under adalimumab: a "
                      "prospective cohort\n\nThirty patients received adalimumab.\n")[1])
    assert (grounded("adalimumab"), grounded("hidradenitis suppurativa")) in found


def test_what_treats_an_infection_named_in_the_title_does_not_treat_the_patients_disease(
        tmp_path, monkeypatch):
    """blindtest315 dn04: "COVID-19 in Behçet syndrome" names an infection the patients caught,
    no form of their syndrome; colchicine given "for COVID-19 itself" treats the infection only."""
    from cytokg.graph_build import uses_model

    monkeypatch.setattr(uses_model, "model", lambda: None)
    found = uses(mine(tmp_path, "COVID-19 in Behçet syndrome: outcome in a clinic cohort\n\n"
                      "We followed 1047 patients with Behçet syndrome prospectively. For COVID-19 "
                      "itself, colchicine was the drug prescribed most often.\n")[1])
    assert (grounded("colchicine"), grounded("COVID-19")) in found
    assert (grounded("colchicine"), grounded("Behçet syndrome")) not in found


def test_they_were_eleven_women_and_five_men_states_the_population(tmp_path):
    """Round 249, blindtest631 pr02 (read 5 from "Among the five patients in class V"): "They
    were" before a count of one sex and the other makes the sentence a population's."""
    from cytokg.graph_build import extract, extract_study

    paper = tmp_path / "paper.txt"
    paper.write_text("Efgartigimod in myasthenia gravis\n\nWe went back through the records. They "
                     "were eleven women and five men, with a mean age of 40.4 years.\n",
                     encoding="utf-8")
    parsed = parse_document(read_document(paper))
    views = list(extract.sentence_views(parsed, find_mentions(parsed)))
    verbs = extract.pattern(extract.cues()["patient_count"]["verbs"])
    found = extract_study._population_counts(views, verbs)
    assert found and found[0][0] == 16  # the first count read, the one patient_count takes


@pytest.mark.parametrize("text, title_start", [
    # Round 220, blindtest537 mb05: "Ann Rheum Dis 2018;…" over "EXTENDED REPORT" over the
    # title; the journal line had been read as the title, and the title's two diseases were lost
    ("Ann Rheum Dis 2018;77:55-62. doi:10.1136/annrheumdis-2017-211751\n\nEXTENDED REPORT\n\n"
     "ABATACEPT FOR REFRACTORY DERMATOMYOSITIS AND POLYMYOSITIS: A RANDOMISED TRIAL\n\n"
     "Objectives We asked whether abatacept lowers disease activity.\n",
     "ABATACEPT FOR REFRACTORY"),
    # Round 455, blindtest1713 yfz06: the genre label in title case, "Review"
    ("SHP. 2025;(203). doi: 10.56294/shp2025203\n\nReview\n\nHemophagocytic syndrome "
     "secondary to dengue: a serious complication\n\nHemophagocytic syndrome is a rare "
     "immunological disorder.\n",
     "Hemophagocytic syndrome secondary"),
    # Round 492, blindtest1862 yls06: a journal line whose fields include the DOI, the journal
    # named for a disease ("Psoriasis: Targets and Therapy"), over a genre label on its next line
    ("Psoriasis: Targets and Therapy 2019:65-72 | doi:10.2147/PTT.S180608 | Published online 9 "
     "August 2019\nREVIEW\n\nAcrodermatitis continua of Hallopeau: clinical perspectives\n\n"
     "Acrodermatitis continua of Hallopeau is a rare pustular eruption of the digits.\n",
     "Acrodermatitis continua"),
])
def test_a_journal_line_and_a_genre_label_above_the_title_are_both_passed(
        tmp_path, text, title_start):
    from cytokg.graph_build import extract
    from cytokg.graph_build.extract_uses import title_views

    paper = tmp_path / "paper.txt"
    paper.write_text(text, encoding="utf-8")
    parsed = parse_document(read_document(paper))
    found = find_mentions(parsed)
    title = title_views(list(extract.sentence_views(parsed, found)), parsed, found)
    assert title and title[0].text.startswith(title_start)


@pytest.mark.parametrize("text, drug, disease, kept", [
    # Round 220, blindtest534 ly01: the graft's immunosuppression, in the title and in a sentence
    # that names the graft
    ("Colchicine myopathy after a gout flare in a kidney graft recipient on tacrolimus\n\nA man "
     "of 62 had a functioning renal allograft and had been stable on an immunosuppressive regimen "
     "built around tacrolimus. When he developed a gouty flare he was prescribed colchicine.\n",
     "tacrolimus", "gout", "colchicine"),
])
def test_a_drug_that_keeps_a_graft_is_not_given_for_the_patients_disease(
        tmp_path, text, drug, disease, kept):
    found = uses(mine(tmp_path, text)[1])
    assert (grounded(drug), grounded(disease)) not in found
    assert (grounded(kept), grounded(disease)) in found


def test_inflammatory_myopathies_are_not_inclusion_body_myositis(tmp_path):
    """Round 220: MONDO lists "inflammatory myopathy" under inclusion body myositis; the lexicon
    blocks it (overrides.tsv), so the group's name grounds to no single myositis."""
    found = mine(tmp_path, "Myositis treatment: a review\n\nThe inflammatory myopathies are "
                 "treated with glucocorticoids.\n")[0]
    assert grounded("inclusion body myositis") not in {m.curie for m in found}


def test_immunoglobulin_g4_related_disease_grounds_to_the_mondo_class(tmp_path):
    """Round 220, blindtest527 lr06: the name spelt out grounds where "IgG4-related disease"
    does (overrides.tsv), not to the MeSH heading no gold file uses."""
    found = mine(tmp_path, "B cell targeted therapy for immunoglobulin G4-related disease\n\n"
                 "Rituximab is used in IgG4-related disease.\n")[0]
    curies = {m.curie for m in found if m.category == "disease"}
    assert curies == {grounded("IgG4-related disease")}


def test_a_disease_after_a_drug_course_in_the_title_is_not_what_the_drug_treated(tmp_path):
    """Round 222, blindtest538 mc01: "Pulmonary aspergillosis after a steroid course for alcoholic
    hepatitis": the steroids were for the hepatitis."""
    found = uses(mine(tmp_path, "Pulmonary aspergillosis after a steroid course for alcoholic "
                      "hepatitis in a cirrhotic patient: case report\n\nA man with cirrhosis was "
                      "given prednisolone.\n")[1])
    assert (grounded("glucocorticoids"), grounded("alcoholic hepatitis")) in found
    assert (grounded("glucocorticoids"), grounded("aspergillosis")) not in found


def test_alcohol_associated_hepatitis_is_alcoholic_hepatitis():
    """Round 222, blindtest538 mc03: the current name (overrides.tsv)."""
    assert grounded("alcohol-associated hepatitis") == grounded("alcoholic hepatitis")


def test_a_class_word_after_sibling_forms_named_class_first_keeps_its_own_id(tmp_path):
    """Round 222, blindtest541 mf06: after "pemphigus vulgaris, pemphigus foliaceus and
    paraneoplastic pemphigus", "pemphigus" is the class, not the last form named."""
    found = mine(tmp_path, "Pemphigus and pemphigoid: a review\n\nThe main forms are pemphigus "
                 "vulgaris, pemphigus foliaceus and paraneoplastic pemphigus. First-line "
                 "treatment of pemphigus is built on systemic corticosteroids.\n")[0]
    last = max((m for m in found if m.text == "pemphigus"), key=lambda m: m.start)
    assert last.curie == grounded("pemphigus")


def test_intravenous_gamma_globulin_is_intravenous_immunoglobulin(tmp_path):
    """Round 312, blindtest89 v404, 143 x604, 204 g905 and 877 zt04: the older name of IVIG
    (overrides.tsv), hyphenated or not."""
    found = mine(tmp_path, "Kawasaki disease: a trial\n\nChildren were given intravenous "
                 "gamma-globulin with aspirin.\n")[0]
    assert grounded("intravenous immunoglobulin") in {m.curie for m in found}


def test_il6_receptor_spelt_short_has_a_lexicon_row(tmp_path):
    """Round 312: "IL-6 receptor", the wording of 81 papers, is a row of its own (overrides.tsv),
    so lookups by name find it as the miner, reading "receptor" after the symbol, already did."""
    assert grounded("IL-6 receptor") == grounded("IL-6R")
    found = mine(tmp_path, "Tocilizumab in arteritis\n\nTocilizumab is an anti-IL-6 receptor "
                 "antibody.\n")[0]
    assert {m.curie for m in found if m.text == "IL-6 receptor"} == {grounded("IL-6R")}


@pytest.mark.parametrize("name", ["hand eczema", "chronic hand eczema", "dyshidrotic eczema"])
def test_eczema_inside_a_named_eczema_without_id_is_not_atopic_eczema(tmp_path, name):
    """Round 312, blindtest864 zg01-zg04, zg06: hand and dyshidrotic eczema have no row; the
    "eczema" inside them is not atopic eczema (text_conventions.yaml unidentified_names)."""
    found = mine(tmp_path, f"Dupilumab for {name}: a case series\n\nThree adults with {name} "
                 "were given dupilumab.\n")[0]
    assert grounded("atopic eczema") not in {m.curie for m in found}


def test_eczema_alone_is_still_atopic_eczema(tmp_path):
    """Round 312, blindtest864 zg05: the guard beside the test above."""
    found = mine(tmp_path, "Ciclosporin for severe eczema\n\nAdults with severe eczema were "
                 "given ciclosporin.\n")[0]
    assert grounded("atopic eczema") in {m.curie for m in found}


@pytest.mark.parametrize("name", ["mitral regurgitation", "mitral insufficiency",
                                  "mitral valve insufficiency"])
def test_mitral_regurgitation_is_the_finding_not_the_congenital_malformation(tmp_path, name):
    """Round 312, blindtest690 so04, 692 sq01, sq04, sq06, 824 xs05, 882 zy02: the release's
    synonyms put the acquired valve leak under congenital mitral valve insufficiency; overrides.tsv
    gives it HPO's finding."""
    found = mine(tmp_path, "Rheumatic carditis in children\n\nOn echocardiography, "
                 f"{name} was found in six children.\n")[0]
    curies = {m.curie for m in found if m.text == name}
    assert curies == {grounded("mitral valve regurgitation")}
    assert grounded("congenital mitral valve insufficiency") not in curies



def test_a_long_form_sharing_only_a_qualifier_does_not_take_the_short_forms_concept(tmp_path):
    """Round 327, blindtest949 zxn01, zxn03, zxn04: "Acquired haemophilia A (AHA)" shares only
    "acquired" with a name of autoimmune haemolytic anaemia, whose synonym AHA is; neither the long
    form nor AHA is that anaemia (text_conventions.yaml qualifier_words)."""
    found, facts = mine(tmp_path, "Rituximab in acquired haemophilia A\n\nAcquired haemophilia A "
                        "(AHA) is a rare autoimmune bleeding disorder. Our patient with AHA was "
                        "given prednisolone and rituximab.\n")
    assert grounded("autoimmune hemolytic anemia") not in {m.curie for m in found}
    assert not uses(facts)


def test_the_anaemia_defined_as_aha_is_still_the_anaemia(tmp_path):
    """Round 327: the guard beside the test above; the long form names the concept itself."""
    found = mine(tmp_path, "Rituximab in warm haemolysis\n\nAutoimmune haemolytic anaemia (AHA) "
                 "is rare in children. Our patient with AHA was given rituximab.\n")[0]
    assert {m.curie for m in found if m.text == "AHA"} == {grounded("autoimmune hemolytic anemia")}


def test_an_alias_given_after_the_short_form_names_a_long_form_the_lexicon_lacks(tmp_path):
    """Round 339, blindtest942 zxg03: "idiopathic orbital inflammation (IOI), also called orbital
    pseudotumour": the long form has no id of its own, its alias has; the short form and the
    defined long form take the alias's concept (mentions._named_by_alias), so the drug given
    "for IOI" is for it."""
    found, facts = mine(tmp_path, "Methylprednisolone in orbital inflammation\n\nWe studied "
                        "adults with severe idiopathic orbital inflammation (IOI), also called "
                        "orbital pseudotumour. Twelve patients with IOI were given intravenous "
                        "methylprednisolone.\n")
    pseudotumour = grounded("orbital inflammatory pseudotumor")
    assert {m.curie for m in found if m.text == "IOI"} == {pseudotumour}
    assert (grounded("methylprednisolone"), pseudotumour) in uses(facts)


def test_an_alias_does_not_replace_a_long_form_the_lexicon_has(tmp_path):
    """Round 339: the guard beside the test above ("giant cell arteritis (GCA), also called
    temporal arteritis": the long form names its own concept, and keeps it)."""
    found = mine(tmp_path, "Tocilizumab in giant cell arteritis\n\nGiant cell arteritis (GCA), "
                 "also called temporal arteritis, affects older adults. Our patients with GCA were "
                 "given tocilizumab.\n")[0]
    assert {m.curie for m in found if m.text == "GCA"} == {grounded("giant cell arteritis")}


def test_an_html_pages_title_element_names_the_genre_its_heading_leaves_out(tmp_path):
    """Round 453, blindtest1696 yfi02: "<title>... - a case series</title>" over an <h1> with no
    genre; the first patient's age had made it a case report of one."""
    text = ("<!DOCTYPE html>\n<html>\n<head>\n<title>Large-vessel stroke in young adults with "
            "Covid-19 &ndash; a case series</title>\n</head>\n<body>\n<h1>Large-vessel stroke "
            "in young adults with Covid-19</h1>\n<p>Five people younger than 50 years came to "
            "our health system with a large-vessel ischemic stroke.</p>\n<p>Patient 1, a "
            "previously healthy 33-year-old woman, had a week of cough.</p>\n<p>Patients 2 to 5 "
            "were men aged 37, 39, 44 and 49 years.</p>\n</body>\n</html>\n")
    found = study(mine(tmp_path, text)[1])
    assert found.value("hasStudyDesign") == "CaseSeriesDesign"


@pytest.mark.parametrize("text, drug, disease, not_disease", [
    # Round 453, blindtest1699 yfl01: what the paper's disease presented as, in a title under a
    # journal line and "CASE REPORT   Open Access"
    ("Parent et al. BMC Musculoskeletal Disorders 2014, 15:388\n\nCASE REPORT"
     "                    Open Access\n\nEOSINOPHILIC GRANULOMATOSIS WITH POLYANGIITIS "
     "PRESENTING AS\nDIFFUSE MYOSITIS\n\nA 74-year-old man came to us with myalgia. A "
     "biopsy showed true myositis. He was treated with prednisone, and he improved.\n",
     "prednisone", "eosinophilic granulomatosis with polyangiitis", "myositis"),
    # ... and in a plain title
    ("Sarcoidosis presenting as acute kidney injury\n\nA 51-year-old man was admitted with acute "
     "kidney injury. His acute kidney injury was severe. A kidney biopsy showed granulomas. He was "
     "treated with prednisone and recovered.\n",
     "prednisone", "sarcoidosis", "acute kidney injury"),
])
def test_a_title_disease_named_as_what_another_presented_as_is_not_the_papers(
        tmp_path, text, drug, disease, not_disease):
    found = uses(mine(tmp_path, text)[1])
    assert (grounded(drug), grounded(disease)) in found
    assert (grounded(drug), grounded(not_disease)) not in found


def test_a_drugs_resistance_is_not_what_a_drug_is_given_for(tmp_path):
    """Round 453, blindtest1696 yfi06: "Aspirin resistance in patients with a recent ischemic
    stroke": the resistance (HPO's refractory drug response) is a process, never an indication."""
    found = uses(mine(tmp_path, "Aspirin resistance in patients with a recent ischemic stroke\n\n"
                      "Aspirin is given to patients after an ischemic stroke, yet some go on to "
                      "have a new stroke while taking it.\n")[1])
    assert not any(disease == grounded("refractory drug response") for _, disease in found)


def test_a_syndrome_secondary_to_an_infection_is_what_its_drugs_treat(tmp_path):
    """Round 455, blindtest1713 yfz06: the title's syndrome "secondary to dengue" is the paper's,
    the infection its trigger, though the paper names dengue more often."""
    found = uses(mine(tmp_path, "Hemophagocytic syndrome secondary to dengue: a serious "
                      "complication\n\nHemophagocytic syndrome is a rare immunological disorder. "
                      "Dengue is common in the tropics, and severe dengue is feared. In dengue, "
                      "the syndrome is an important complication. "
                      "Management combines intensive life support with corticosteroids and "
                      "intravenous immunoglobulin.\n")[1])
    hlh, dengue = grounded("hemophagocytic syndrome"), grounded("dengue")
    ivig = grounded("intravenous immunoglobulin")
    assert (ivig, hlh) in found
    assert (ivig, dengue) not in found


@pytest.mark.parametrize("text, form", [
    # round 455, blindtest1714 yga01: "These findings fitted type 1 autoimmune pancreatitis" under
    # a title that names autoimmune pancreatitis
    ("Autoimmune pancreatitis presenting as a pancreatic head mass\n\nAutoimmune pancreatitis "
     "(AIP) is a steroid-responsive form of chronic pancreatitis. A 45-year-old man came to us "
     "with painless jaundice. These findings fitted type 1 autoimmune pancreatitis. He was started "
     "on oral prednisone, and his jaundice cleared.\n", "type 1 autoimmune pancreatitis"),
    # round 456, blindtest1714 yga02: with no title the most mentioned disease is the paper's, and
    # the form its patients "turned out to have" is taken as under a title
    ("Autoimmune pancreatitis (AIP) is an uncommon, chronic, immune-mediated inflammatory disease "
     "of the pancreas. Here we describe a single-centre series of four children with AIP.\n\nAll "
     "four children turned out to have type 2 AIP. Each child was given prednisone tapered over 8 "
     "weeks, and the response was prompt.\n", "type 2 autoimmune pancreatitis"),
])
def test_the_narrower_form_the_patient_was_found_to_have_is_what_the_drug_was_for(tmp_path, text,
                                                                                   form):
    """The one narrower form of the paper's disease its patients were found to have is what their
    prednisone was for, not the disease itself."""
    found = uses(mine(tmp_path, text)[1])
    prednisone = grounded("prednisone")
    assert (prednisone, grounded(form)) in found
    assert (prednisone, grounded("autoimmune pancreatitis")) not in found


def test_a_bare_class_word_after_its_form_named_under_it_stays_the_class(tmp_path):
    """Round 455, blindtest1717 ygd06: the class named over its form in one sentence ("severe
    influenza, whether avian influenza A(H5N1) or seasonal infection"): a later bare "influenza"
    is the class, not avian influenza."""
    found = mine(tmp_path, "Adjuvant agents for severe influenza\n\nPatients with severe "
                 "influenza, whether avian influenza A(H5N1) or seasonal infection, mount an "
                 "inflammatory response. Naproxen for severe influenza is supported by a single "
                 "study.\n")[0]
    last = max((m for m in found if m.text == "influenza"), key=lambda m: m.start)
    assert last.curie == grounded("influenza")


def test_a_results_whole_has_no_verb_before_its_noun():
    """Round 455's guard: the words round 455 let stand between a result's whole and its noun
    ("1628 of the 33,357 knee osteoarthritis patients", blindtest1710 yfw03) hold no verb, or
    "Eight of the nine PSP were women" (blindtest776 vw04) counts nine women."""
    from cytokg.graph_build.extract import cues, pattern

    whole = pattern(cues()["patient_count"]["whole_of_opening_part"])
    found = whole.search("During the 1-year follow-up, 1628 of the 33,357 knee osteoarthritis "
                         "patients (4.9%) underwent knee replacement.")
    assert found and found.group("n") == "33,357"
    assert not whole.search("Eight of the nine PSP were women, and their median age was 42.")


def test_a_class_word_in_the_sentence_before_a_form_does_not_name_the_class_over_it(tmp_path):
    """Round 456, blindtest649 qj04: "rheumatoid arthritis" (of "juvenile rheumatoid arthritis
    (juvenile idiopathic arthritis ...)") ends its sentence before the polyarticular form's, at an
    HTML sentence end ("...methotrexate.</p>" and "<p><b>Patients and treatment.</b>") that round
    455's regex for sentence breaks missed, so it does not name the class over that form; the
    conclusion's "rheumatoid arthritis" refers back to the form."""
    found = mine(tmp_path, "<!DOCTYPE html>\n<html lang=\"en\">\n<body>\n<h1>Etanercept in "
                 "children with polyarticular juvenile rheumatoid arthritis: a 52-week study</h1>\n"
                 "<p><b>Aim.</b> To follow the effect of etanercept in children with juvenile "
                 "rheumatoid arthritis (juvenile idiopathic arthritis in the current "
                 "classification) that had not been controlled by methotrexate.</p>\n"
                 "<p><b>Patients and treatment.</b> Thirty-five patients with polyarticular "
                 "juvenile rheumatoid arthritis received etanercept twice weekly.</p>\n"
                 "<p><b>Conclusion.</b> Etanercept relieved the signs of juvenile rheumatoid "
                 "arthritis quickly.</p>\n</body>\n</html>\n")[0]
    # (since round 466 the lexicon holds "juvenile rheumatoid arthritis" whole: the class word is
    # that phrase, no longer its last two words)
    form = grounded("polyarticular juvenile rheumatoid arthritis")
    said = [m for m in found if m.text == "juvenile rheumatoid arthritis"]
    assert len(said) == 2 and all(m.curie == form for m in said)



def test_a_group_label_after_a_further_count_needs_its_verb():
    """Round 456's guard: a count with a group label in brackets is a further arm when its verb
    follows ("and another twenty (group II) applied", blindtest1719 ygf04), not a week number
    before the first arm's label ("at weeks 0, 2 and 6 (group A); ten had surgery alone",
    blindtest934 zyy04, which the wide check caught)."""
    from cytokg.graph_build.extract import cues, pattern

    more = pattern(cues()["patient_count"]["arm_more"])
    found = more.match(" (group I) applied tacrolimus 0.1% ointment four times a day, and another "
                       "twenty (group II) applied triamcinolone acetonide 0.1% ointment.")
    assert found and found.group(1) == "twenty"
    week = more.match(" received infliximab alone, 5 mg/kg intravenously at weeks 0, 2 and 6 "
                      "(group A); ten had surgery alone (group B).")
    assert not week or week.group(1) != "6"


def test_symbols_listed_one_after_another_are_no_legend(tmp_path):
    """Round 457, blindtest1733 ygt04: "IFN-γ, IL-10, IL-17, IL-4, IL-6 and IL-8" is a list, not
    a legend defining each symbol as the next ("IL-10, IL-17" read like "ADA, adalimumab" had
    grounded IL-10 to IL17A and IL-4 to IL6); a legend's long form is words."""
    found = mine(tmp_path, "Cytokines after severe burns: a prospective study\n\nIn the first "
                 "week after burn, IFN-γ, IL-10, IL-17, IL-4, IL-6 and IL-8 were higher in "
                 "adults than in children. ADA was given to two of them.\n\nAbbreviations: IFN, "
                 "interferon; ADA, adalimumab.\n")[0]
    said = {m.text: m.curie for m in found}
    assert said["IL-10"] == grounded("IL-10") != grounded("IL-17")
    assert said["IL-17"] == grounded("IL-17")
    assert said["IL-4"] == grounded("IL-4")
    assert said["IL-6"] == grounded("IL-6")
    assert said["ADA"] == grounded("adalimumab")  # a legend's long form in words still defines


def test_a_disease_in_a_patient_on_a_drug_for_another_arose_on_it(tmp_path):
    """Round 457, blindtest1735 ygv01: "Disseminated tuberculosis in a woman with psoriasis on
    adalimumab": the tuberculosis arose on adalimumab, which was begun for the psoriasis ("was to
    begin adalimumab for psoriasis" is a use too); "TB developed under adalimumab" names a harm.
    Not a drug the title says treated the disease ("... in a teenager with COVID-19 treated with
    anakinra", blindtest3 d08, which the wide check caught)."""
    found = uses(mine(tmp_path, "Disseminated tuberculosis in a woman with psoriasis on "
                      "adalimumab: a case report\n\nA woman of twenty-seven was to begin "
                      "adalimumab for psoriasis. After 45 weeks on adalimumab she came with fever "
                      "and back pain. Disseminated tuberculosis was diagnosed. Active, "
                      "disseminated tuberculosis developed under adalimumab.\n")[1])
    assert (grounded("adalimumab"), grounded("psoriasis")) in found
    assert (grounded("adalimumab"), grounded("disseminated tuberculosis")) not in found
    treated = uses(mine(tmp_path, "Secondary haemophagocytic lymphohistiocytosis in a teenager "
                        "with COVID-19 treated with anakinra: a case report\n\nThe patient was "
                        "started on anakinra.\n")[1])
    assert (grounded("anakinra"), grounded("secondary haemophagocytic lymphohistiocytosis")
            ) in treated


def test_an_incidence_is_no_count_and_groups_listed_one_per_line_are(tmp_path, monkeypatch):
    """Round 461 (blindtest1749 yhj04): "affects one to four people per 100,000 each year" gave 4
    patients; the two groups the patients "were placed in", each on its own line with its size,
    are the population (21 + 20)."""
    from cytokg.graph_build import count_model, design_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    monkeypatch.setattr(design_model, "model", lambda: None)
    text = ("Immunoglobulin versus plasma exchange for ventilated Guillain-Barré syndrome\n\n"
            "Guillain-Barré syndrome (GBS) affects one to four people per 100,000 each year. "
            "This was a prospective, single-centre, non-randomised study. Patients were placed in "
            "one of two groups:\n\n- group 1, treated with IVIg at 0.4 g/kg/day for 5 days "
            "(n = 21);\n- group 2, treated with plasma exchange, four exchanges (n = 20).\n\n"
            "Weaning was earlier with IVIg (P = 0.01).\n")
    found = study(mine(tmp_path, text)[1])
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (
        "ProspectiveCohortDesign", 41)


@pytest.mark.parametrize("sentence, drugs, disease", [
    # blindtest973 zwl04: drugs "known to work in" the disease
    ("Intramuscular dexamethasone and oral prednisolone are both known to work in croup.",
     ("dexamethasone", "prednisolone"), "croup"),
    # blindtest461 jd01: a disease the drugs "had not been controlled by"
    ("The patient was a young woman whose adult-onset Still's disease had not been controlled "
     "by corticosteroids or by methotrexate.",
     ("glucocorticoids", "methotrexate"), "adult-onset Still's disease"),
    # blindtest462 je06: "encouraging results with" drugs in the disease
    ("Case reports and small series describe encouraging results with baricitinib, tofacitinib "
     "and ruxolitinib in refractory dermatomyositis.",
     ("baricitinib", "tofacitinib", "ruxolitinib"), "dermatomyositis"),
    # blindtest946 zxk05: a class with a second agent before its verb of giving
    ("Oral glucocorticoids and antibiotics are widely given to patients with chronic "
     "rhinosinusitis.", ("glucocorticoids",), "chronic rhinosinusitis"),
    # blindtest1640 yde06: a class "shown to lower mortality in" the disease
    ("Adjunctive corticosteroids have been shown to lower mortality in tuberculous meningitis.",
     ("glucocorticoids",), "tuberculous meningitis"),
])
def test_round_461_ways_to_say_a_drug_was_used(tmp_path, sentence, drugs, disease):
    facts = mine(tmp_path, f"A report\n\n{sentence}\n")[1]
    assert {(grounded(d), grounded(disease)) for d in drugs} <= uses(facts)


def test_a_drug_of_an_exclusion_criterion_with_the_verb_first_is_not_given(tmp_path):
    """Round 461 (blindtest1749 yhj05): "Excluded were people who had ever received ... rituximab
    in the previous 12 weeks" made rituximab a use in GBS; the trial's own drug still is one."""
    facts = mine(tmp_path, "Eculizumab in Guillain-Barré syndrome: a randomised trial\n\n"
                 "Participants with Guillain-Barré syndrome were randomised to eculizumab or "
                 "placebo. Excluded were people who had ever received a complement modulator, "
                 "rituximab in the previous 12 weeks, or immunosuppressive treatment.\n")[1]
    assert (grounded("eculizumab"), grounded("Guillain-Barré syndrome")) in uses(facts)
    assert (grounded("rituximab"), grounded("Guillain-Barré syndrome")) not in uses(facts)


@pytest.mark.parametrize("sentence, drugs, disease", [
    # blindtest290 co04: guidance in the present tense
    ("Guidelines now advise dexamethasone alongside antibiotics for adults with bacterial "
     "meningitis.", ("dexamethasone",), "bacterial meningitis"),
    # blindtest679 sd03: a class that "controlled the symptoms in" the patients
    ("Steroids controlled the symptoms in most of the children with familial Mediterranean "
     "fever.", ("glucocorticoids",), "familial Mediterranean fever"),
    # blindtest814 xi06: a class listed with others that "have been reported to work in" it
    ("Conventional immunosuppressants, biologic agents and small molecules have also been "
     "reported to work in Sweet syndrome.", ("immunosuppressants",), "Sweet syndrome"),
])
def test_round_462_ways_to_say_a_drug_was_used(tmp_path, sentence, drugs, disease):
    facts = mine(tmp_path, f"A report\n\n{sentence}\n")[1]
    assert {(grounded(d), grounded(disease)) for d in drugs} <= uses(facts)


@pytest.fixture
def no_study_models(monkeypatch):
    """The design and the count as the rules alone read them."""
    from cytokg.graph_build import count_model, design_model

    monkeypatch.setattr(count_model, "model", lambda: None)
    monkeypatch.setattr(design_model, "model", lambda: None)


ROUND_463_STUDIES = [
    # blindtest1752 yhm02: "two dozen" is a count
    ("Biopsy-proven AA amyloidosis from skin popping: a county-hospital series",
     "We reviewed every patient whose kidney biopsy at our hospital showed AA amyloidosis between "
     "1998 and 2013. We describe the clinical features of this group. Two dozen patients met the "
     "criteria.", "CaseSeriesDesign", 24),
    # blindtest1752 yhm03: "A REVIEW OF BIOPSY RECORDS" is a records study, whatever the records
    ("RENAL AMYLOIDOSIS IN INTRAVENOUS\nDRUG USERS: A REVIEW OF BIOPSY\nRECORDS FROM TWO LONDON "
     "HOSPITALS",
     "Methods. We searched the computerized renal biopsy records of two hospitals from 1990 to "
     "2005 and identified the patients retrospectively; clinical information was then taken "
     "from their hospital notes. Results. The search yielded twenty patients with AA "
     "amyloidosis.", "RetrospectiveCohortDesign", 20),
    # blindtest1754 yho05: an arm's line sizes it before a colon and its drug; the arms add up
    ("Intravenous dexamethasone versus intravenous prednisolone in gouty arthritis: a randomized "
     "single-centre trial",
     "This was a randomized clinical trial at a single centre; 78.1% were men. Patients were "
     "randomized into two groups:\n\n- group 1 (n = 36): dexamethasone 0.15 mg/kg "
     "intravenously;\n- group 2 (n = 28): prednisolone 1 mg/kg intravenously.\n\n"
     "Polyarthritis was present in 26 patients (40.6%).", "RandomizedTrialDesign", 64),
]


ROUND_464_STUDIES = [
    # blindtest1758 yhs01: the one patient aged before "was": a case report of one
    ("Sudden weakness during bispecific antibody treatment: neurotoxicity or stroke?",
     "Neurological events are known with this class of drugs. A man aged 61 was on the ward "
     "receiving his second cycle when he lost the use of his left arm. Imaging was normal and "
     "he recovered within a day.", "CaseReportDesign", 1),
    # blindtest1759 yht02: "...: a clinical practice review" names a review
    ("Polymyalgia rheumatica: a clinical practice review",
     "A man of 70 comes to the clinic with stiff shoulders. The evidence behind each way of "
     "managing him is then reviewed, and guidelines are summarised where they exist.",
     "NarrativeReviewDesign", None),
    # blindtest1760 yhu04: the patients given only by what each group received, each drug with
    # its abbreviation, the verb said once
    ("Six immunosuppressive regimens for ocular Behcet disease",
     "In an open, non-randomised study, every regimen followed a standard protocol. Ninety "
     "patients received pulse cyclophosphamide (PCP), 40 oral cyclophosphamide (OCP), 61 weekly "
     "methotrexate (MTX) and 12 cyclosporine A (CYA).", "ProspectiveCohortDesign", 203),
    # ... but a dose after the first group's drug is no group (blindtest920 zyk05)
    ("Interferon and steroids in mixed cryoglobulinaemia: a randomised controlled trial",
     "Forty patients were enrolled and randomised. Twelve patients received interferon alfa, "
     "3 MU three times a week, 14 the same regimen with prednisone, and 14 prednisone alone.",
     "RandomizedTrialDesign", 40),
    # ... and one case of a series aged before "was first seen" leaves it a series (blindtest929
    # zyt02)
    ("Gout at a spa hospital",
     "Our spa clinic, where many patients come for bath treatment, encountered four cases of "
     "gouty arthritis, and we describe them here.\n\nCase 1. A man aged 58 was first seen in "
     "April with pain in the instep.\n\nCase 2. A man aged 52 was first seen in January; his "
     "course, and those of cases 3 and 4, are set out in the full report.",
     "CaseSeriesDesign", 4),
]


@pytest.mark.parametrize("text", [
    # blindtest1762 yhw06: "We present a review of the subject"
    "Unicentric Castleman disease, pitfalls of diagnosis and surgery\n\nBackground: Castleman "
    "disease is a rare lymphoproliferative condition.\n\nMaterials and methods: We present a "
    "review of the subject that draws on our own experience of surgical treatment.\n",
    # blindtest1765 yhz06: an Expert Opinion review's abstract, labelled "Areas covered"
    "Expert Opin Orphan Drugs (2014) | DOI: 10.1517/21678707.2014.939170\n\nMANAGEMENT OF "
    "CAPS\n\nAbstract\n\nIntroduction. CAPS is an autoinflammatory disorder.\n\nAreas covered. "
    "The authors cover its management in detail. The disease usually begins in infancy.\n\n"
    "Expert opinion. Treatment relies on interleukin-1 inhibitors such as anakinra.\n",
])
def test_round_465_a_review_the_authors_present(tmp_path, no_study_models, text):
    assert study(mine(tmp_path, text)[1]).value("hasStudyDesign") == "NarrativeReviewDesign"


ROUND_466_STUDIES = [
    # blindtest1770 yie03: two groups each by what it "had started", the verb said again
    ("Drug retention of tocilizumab versus TNF inhibitors in rheumatoid arthritis: a registry "
     "study",
     "From a national registry we took the records of patients whose first biologic was "
     "tocilizumab or a TNF inhibitor; the review was retrospective. Three hundred and fifteen "
     "patients had started tocilizumab and 578 had started a TNFi.",
     "RetrospectiveCohortDesign", 893),
    # blindtest1772 yig05: those "of these 9" who make up the study group, not the 9
    ("Myocarditis after mRNA vaccination in adolescents: cardiac MRI findings",
     "We describe the cardiac MRI findings of a series of vaccinated adolescents. Of 182,605 "
     "adolescents who were vaccinated, 9 were diagnosed with myocarditis, and 5 of these 9 "
     "(56%) underwent CMR and make up the study group.", "CaseSeriesDesign", 5),
    # blindtest1769 yid04: an earlier retrospective "look" is another study, not this one
    ("Vasopressin loading for refractory septic shock",
     "In an earlier retrospective look at 21 consecutive cases, our group found that a bolus "
     "raised blood pressure. We therefore set up the VALOR study, a prospective observational "
     "study, to test whether loading predicts the response. Ninety-two patients were registered "
     "during the study period.", "ProspectiveCohortDesign", 92),
    # ... but a study group beside its controls is a part of the series (blindtest1531 zbz02)
    ("Topical steroids with cyclosporine in severe dry eye",
     "This retrospective comparative case series covers the ninety-three patients who were "
     "treated with 0.05% CsA for severe DED. Twenty-seven of them (54 eyes) also received "
     "high-potency steroids and form the study group; the other 66 (132 eyes) never did and "
     "serve as controls.", "CaseSeriesDesign", 93),
    # ... and "thirteen of them" with no second count may still reach "these thirteen make up the
    # cohort" (blindtest1748 yhi05)
    ("VEXAS syndrome in a national cohort",
     "We reviewed the records retrospectively. Fifty suspected cases were screened and thirteen "
     "of them proved positive for the UBA1 mutation; these thirteen make up the cohort.",
     "RetrospectiveCohortDesign", 13),
]


def test_juvenile_rheumatoid_arthritis_is_not_the_adult_disease(tmp_path):
    # round 466: MONDO files "juvenile rheumatoid arthritis" only with an "(AQ)" tag, so the phrase
    # fell to adult rheumatoid arthritis; the golds give the childhood arthritis (blindtest1771),
    # and the systemic form is systemic-onset JIA, as MONDO files "systemic onset JRA"
    found, _ = mine(tmp_path, "Cyclosporine in childhood arthritis\n\nTwelve children had "
                              "juvenile rheumatoid arthritis and one had systemic juvenile "
                              "rheumatoid arthritis.\n")
    assert texts_of(found, grounded("rheumatoid arthritis")) == []
    assert texts_of(found, grounded("chronic childhood arthritis")) == [
        "juvenile rheumatoid arthritis"]
    assert texts_of(found, grounded("systemic-onset juvenile idiopathic arthritis")) == [
        "systemic juvenile rheumatoid arthritis"]


ROUND_467_STUDIES = [
    # blindtest1776 yik05: a later clause's share that withdrew leaves the count the population
    # (and "20.1%" holds no count of 20); the design paper's planned 950 is no count either
    ("Allopurinol versus febuxostat in gout",
     "We set up a double-blind noninferiority trial; its design paper had planned to enrol 950 "
     "patients. People with gout were randomly assigned to allopurinol or febuxostat for 72 "
     "weeks.\n\nResults: The trial included 940 participants, and 20.1% withdrew, in similar "
     "proportions in the two arms.", "RandomizedTrialDesign", 940),
    # blindtest1777 yil02: the pool a share is taken of is no population, nor is the sum of a
    # table whose rows nest ("3.52% of HLH", "6 of 8")
    ("Tuberculosis-associated HLH: eight clinical cases",
     "We went back over the patients whose fever of unknown origin turned out to be TB-associated "
     "HLH. In the past ten years, 371 patients admitted with a fever of unknown origin were "
     "diagnosed with TB, and eight of them had TB-HLH. Over the same period 227 patients "
     "fulfilled the diagnostic criteria for HLH, so TB-HLH accounted for 3.52% of them.\n\n"
     "Table 1. Where the eight patients came from\nGroup\tPatients\tShare\nDiagnosed with TB\t"
     "371\t-\nFulfilling HLH criteria\t227\t-\nTB-HLH\t8\t3.52% of HLH\nTB-HLH also treated for "
     "HLH\t6\t6 of 8\n\nConclusion. TB-HLH ran a rapid course.", "CaseSeriesDesign", 8),
    # blindtest1774 yii03: patients who had already been given the treatment, looked back at
    ("Neurofilament light chain after CAR-T cells",
     "Methods: We looked back at thirty-four adults who had received anti-CD19 CAR-T cells for a "
     "B-cell malignancy. Serum NfL had been measured on the day of infusion.",
     "RetrospectiveCohortDesign", 34),
    # blindtest1774 yii05: a planned enrolment with the arms' size between its number and verb
    ("Epcoritamab versus chemotherapy in DLBCL: the phase 3 EPCORE DLBCL-1 trial",
     "Design: A global, open-label, randomised phase 3 trial. Approximately 480 participants, "
     "240 per arm, are to be enrolled. The primary endpoint is overall survival.",
     "RandomizedTrialDesign", None),
    # blindtest1777 yil04: a registered natural history study, each participant seen over the
    # months ahead; its target enrolment is no count
    ("Secondary HLH in adults: a natural history study",
     "This multisite natural history study, registered as NCT06339177, sets out to study sHLH. "
     "Each participant has at least 3 clinical evaluations over 9 to 12 months. Participants are "
     "admitted to the study on the basis of a review of their medical records. The study is "
     "recruiting, with a total enrolment of 300 participants as its target.",
     "ProspectiveCohortDesign", None),
    # blindtest1775 yij06: a chapter of an edited book
    ("In: Gonul M, Kartal SP (eds). Behcet's Disease. IntechOpen, 2017. Open-access "
     "peer-reviewed chapter.",
     "Ocular Manifestations of Behcet's Disease\n\nThe eyes are affected in close to half of all "
     "patients. Biological agents act quickly and give high remission rates.",
     "NarrativeReviewDesign", None),
    # blindtest893 zzj04 and blindtest1245 zmx04: a later clause's part that died or went on
    ("Prednisolone for acute alcoholic hepatitis: a randomised controlled trial",
     "Patients were randomly assigned to prednisolone or placebo. In all, twenty-eight patients "
     "made up the study group, and 39% of them died.", "RandomizedTrialDesign", 28),
    ("Beta-blockers and venom immunotherapy: a prospective cohort",
     "We prospectively enrolled patients with venom allergy. Enrolment reached 1,425 patients, "
     "and 1,342 of them went on to receive VIT.", "ProspectiveCohortDesign", 1425),
    # guards, each broken by the first draft: those excluded before entry leave a pool
    # (blindtest1665 yed05), and a semicolon's clause on relapses is no part that left
    # (blindtest1555 zax04)
    ("Azithromycin and the expansion of small abdominal aortic aneurysms",
     "Methods: Nine vascular centres took part. Patients younger than 80 years with an AAA of "
     "35-49 mm were eligible; 259 patients were invited, of whom ten declined and two were "
     "excluded because of chronic kidney failure, so 247 entered the trial. They were randomly "
     "allocated to azithromycin or to placebo.", "RandomizedTrialDesign", 247),
    ("Ribavirin for Nipah virus encephalitis",
     "A separate follow-up report of the outbreak counted 265 patients and 105 deaths; 24 months "
     "on, twelve survivors of acute encephalitis (7.5%) had relapsed.\n\nMethods\n\nDesign: "
     "open-label and non-randomised, with untreated controls. We prospectively enrolled patients. "
     "One hundred and forty patients with acute Nipah encephalitis received the drug. Fifty-four "
     "patients formed the control group.", "ProspectiveCohortDesign", 194),
]


ROUND_468_STUDIES = [
    # blindtest1782 yiq03: the two groups a 1:1 match gave are summed, and the patients a
    # subgroup analysis took are no population
    ("Cardiovascular risks of hydroxychloroquine versus methotrexate in rheumatoid arthritis",
     "METHODS. This was a cohort study built from Medicare claims covering 2008 to 2016. We "
     "identified patients with rheumatoid arthritis who began either drug, and matched initiators "
     "of the two drugs 1:1 on a propensity score, giving 27,231 hydroxychloroquine initiators and "
     "27,231 methotrexate initiators. We also examined whether a history of heart failure "
     "modified the effect; the subgroup analyses included 6,818 patients with and 47,442 "
     "patients without such a history.", "RetrospectiveCohortDesign", 54462),
    ("Cardiovascular risks of hydroxychloroquine versus methotrexate in rheumatoid arthritis",
     "METHODS. This was a cohort study built from Medicare claims covering 2008 to 2016. We "
     "examined whether a history of heart failure modified the effect; the subgroup analyses "
     "included 6,818 patients with and 47,442 patients without such a history.",
     "RetrospectiveCohortDesign", None),
]


ROUND_469_STUDIES = [
    # blindtest1788 yiw03: a pool the next sentence draws the studied from is their source
    ("Progression of rheumatoid arthritis-associated interstitial lung disease despite abatacept",
     "Methods. A large observational multicentre study holds 526 patients with RA-ILD treated "
     "with abatacept. From it we took every patient with follow-up pulmonary function tests. "
     "Results. FVC follow-up was available for 343 patients. In 80 of them the ILD progressed.",
     "RetrospectiveCohortDesign", 343),
    # guard: a pool no next sentence draws from stays the population
    ("Progression of rheumatoid arthritis-associated interstitial lung disease despite abatacept",
     "Methods. A large observational multicentre study holds 526 patients with RA-ILD treated "
     "with abatacept. We compared those whose ILD progressed with the others.",
     "RetrospectiveCohortDesign", 526),
    # blindtest1789 yix04: the single-arm, open-label study patients were rolled over into is
    # followed forward, whatever double-blind trials they came from
    ("Long-term satralizumab in AQP4-IgG-seropositive neuromyelitis optica spectrum disorder",
     "In two phase 3 trials, satralizumab lowered the risk of relapse compared with placebo "
     "during the double-blind periods. Participants who had finished the double-blind periods "
     "and open-label extensions were rolled over into SAkuraMoon (NCT04660539), a single-arm, "
     "open-label study, and kept receiving satralizumab. One hundred and six adults were "
     "included.", "ProspectiveCohortDesign", 106),
    # blindtest1793 yjb03: the enrolment a registration lists while it is still recruiting is
    # a target, and no one is counted
    ("Secukinumab combined with surgery for hidradenitis suppurativa: a retrospective "
     "real-world study (registration summary)",
     "Methods. Observational, retrospective analysis at one hospital. One group is studied: "
     "patients who received surgery combined with secukinumab. The registration lists an "
     "enrolment of 100 and the study is still recruiting; no results are reported.",
     "RetrospectiveCohortDesign", None),
    # guard: one no longer recruiting is the record's own count
    ("Secukinumab combined with surgery for hidradenitis suppurativa: a retrospective "
     "real-world study (registration summary)",
     "Methods. Observational, retrospective analysis at one hospital. One group is studied: "
     "patients who received surgery combined with secukinumab. The registration lists an "
     "enrolment of 100 and the study is no longer recruiting; no results are reported.",
     "RetrospectiveCohortDesign", 100),
]


ROUND_470_STUDIES = [
    # blindtest1794 yjc03: the study said to be designed as a retrospective one
    ("Evaluation of the effects of anakinra treatment in patients with COVID-19",
     "METHODS. The study was designed as a retrospective one. We analysed every patient who "
     "received anakinra for COVID-19; sixty-six patients were treated in that period.",
     "RetrospectiveCohortDesign", 66),
]


ROUND_471_STUDIES = [
    # blindtest1797 yjf03: a structured abstract's design line opening with "Retrospective review
    # of patients" is the paper's design, over "In this review" in its conclusion and "review" in
    # its title
    ("TOCILIZUMAB FOR STEROID-REFRACTORY TOXICITY OF NIVOLUMAB: A SINGLE-INSTITUTION REVIEW",
     "DESIGN AND SETTING. Retrospective review of patients treated with nivolumab at one "
     "institution between 2015 and 2016.\n\nPATIENTS. Eighty-seven patients received nivolumab "
     "in that period; 34 of them were given tocilizumab.\n\nCONCLUSIONS. In this review, "
     "tocilizumab was often followed by improvement.", "RetrospectiveCohortDesign", 87),
    # guard: a literature review that names a retrospective study of others is still a review
    ("Tocilizumab in giant cell arteritis: a narrative review",
     "In this review we summarise the evidence. A retrospective study of 40 patients by another "
     "group found fewer relapses with tocilizumab.", "NarrativeReviewDesign", None),
    # blindtest1798 yjg06: the journal line's "Comment" field names the genre; the trial
    # subgroup it cites is no cohort of its own
    ("The Lancet | 2021 | Comment | volume and pages not given",
     "Targeting IL-6 in patients at high cardiovascular risk\n\nThe CANTOS trial showed that "
     "canakinumab lowered cardiovascular events. It included a subgroup of 1875 patients with "
     "chronic kidney disease, in whom canakinumab reduced events too.",
     "NarrativeReviewDesign", None),
    # guard: a table's "Comment" column is no genre label
    ("Anakinra in Schnitzler syndrome: a case series",
     "We describe four patients treated with anakinra.\n\n| Patient | Dose | Comment |\n"
     "| 1 | 100 mg | remission |", "CaseSeriesDesign", 4),
]


ROUND_472_STUDIES = [
    # blindtest1800 yji05: the one patient, "one of dizygotic twins", under a "## Case" heading
    # and with no design word: a case report of one, not the twin pair
    ("# Urticaria in infancy: a toddler admitted as Kawasaki disease",
     "## Case\n\nA female infant, one of dizygotic twins, was well until the age of 3 months, "
     "when a rash appeared. At 14 months she had fever for 8 days and was admitted.",
     "CaseReportDesign", 1),
    # guard: twins reported together are still two patients
    ("Systemic JIA in twins", "We report monozygotic twins who developed systemic JIA at the age "
     "of 3 years and were treated with anakinra.", "CaseSeriesDesign", 2),
    # blindtest1800 yji01: a kindred counted by its affected members
    ("MUCKLE-WELLS SYNDROME IN A NEW KINDRED",
     "We report the clinical and genetic findings in a kindred not previously described, in "
     "which all five affected family members had inflammation of several organs, and how the "
     "proband responded to anakinra.", "CaseSeriesDesign", 5),
]


@pytest.mark.parametrize("title, body, design, patients", [
    *ROUND_463_STUDIES, *ROUND_464_STUDIES, *ROUND_466_STUDIES, *ROUND_467_STUDIES,
    *ROUND_468_STUDIES, *ROUND_469_STUDIES, *ROUND_470_STUDIES, *ROUND_471_STUDIES,
    *ROUND_472_STUDIES])
def test_designs_and_counts_of_rounds_463_to_472(tmp_path, no_study_models, title, body, design,
                                                  patients):
    found = paper_study(tmp_path, title, body)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (design, patients)


@pytest.mark.parametrize("title, sentence, written, name", [
    # "diffuse systemic sclerosis" is MONDO's diffuse scleroderma (blindtest1784 yis01)
    ("Interstitial lung disease in systemic sclerosis (SSc)", "Corticosteroids were begun for "
     "diffuse systemic sclerosis.", "diffuse systemic sclerosis",
     "diffuse cutaneous systemic sclerosis"),
    # the golds leave "the diffuse form of SSc" the general disease (blindtest620 pg02)
    ("Rituximab in systemic sclerosis (SSc)", "Two of the patients had the diffuse form of SSc "
     "and lung involvement.", "diffuse form of SSc", "diffuse cutaneous systemic sclerosis"),
])
def test_a_systemic_sclerosis_form_not_named(tmp_path, title, sentence, written, name):
    found, _ = mine(tmp_path, f"{title}\n\n{sentence}\n")
    assert written not in texts_of(found, grounded(name))
    assert not any(m.text.startswith(written) for m in found if m.curie == grounded(name))


@pytest.mark.parametrize("text, given, not_given", [
    # round 473 (blindtest1801 yjj01): the short form spelt two ways ("GVHD" on the keyword line,
    # "GvHD" in the text) is the paper's own either way; and the general disease said to be "an
    # uncommon event" is the class itself, not the title's acute form
    ("Ruxolitinib for acute graft-versus-host disease after solid organ transplantation: three "
     "cases\n\nKeywords: graft-versus-host disease (GVHD) · organ transplantation\n\n"
     "Graft-versus-host disease (GvHD) is an uncommon event after a blood transfusion. We "
     "describe three cases of GvHD that developed after solid organ transplantation and were "
     "treated with ruxolitinib.\n",
     [("ruxolitinib", "graft-versus-host disease"), ("ruxolitinib", "acute graft-versus-host "
                                                      "disease")], []),
    # round 473 (blindtest1801 yjj02): a later clause that calls the drug "the drug" says what
    # else it works for, each form listed; the steroids the disease resisted were given for it,
    # not for the other disease of the sentence
    ("Continuing ruxolitinib through transplantation for myelofibrosis\n\nRuxolitinib is an "
     "approved treatment for myelofibrosis, and the drug has also proved effective against "
     "steroid-resistant acute and chronic graft-versus-host disease (GVHD).\n",
     [("ruxolitinib", "myelofibrosis"), ("ruxolitinib", "acute graft-versus-host disease"),
      ("ruxolitinib", "chronic graft-versus-host disease"),
      ("glucocorticoid", "acute graft-versus-host disease")],
     [("glucocorticoid", "myelofibrosis")]),
    # round 473 (blindtest1801 yjj03): the condition a transplant was done for is not what the
    # drug added to its GVHD prophylaxis treats
    ("Adding ruxolitinib to standard GVHD prophylaxis in allogeneic transplantation for aplastic "
     "anemia: a retrospective comparison\n\nThirty-five patients received ruxolitinib with the "
     "standard GVHD prophylaxis regimen.\n",
     [("ruxolitinib", "graft-versus-host disease")], [("ruxolitinib", "aplastic anemia")]),
])
def test_round_473_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 473 (blindtest1801 yjj06): a case-based review under a "REVIEW ARTICLE" label that
    # describes no patient of its own starts from a teaching scenario: a review
    ("REVIEW ARTICLE\n\nAllogeneic transplant in myelofibrosis in the era of JAK inhibitors: a "
     "case-based review", "Taking a real-life clinical scenario as our starting point, we "
     "examine the key questions of transplantation for myelofibrosis and the data on "
     "ruxolitinib.", "NarrativeReviewDesign", None),
    # guard: with no such label, a case-based review is of the authors' one patient
    ("Macrophage activation syndrome in adult-onset Still's disease: a case-based review",
     "A 34-year-old woman was admitted with fever and was treated with anakinra.",
     "CaseReportDesign", 1),
])
def test_round_473_designs(tmp_path, no_study_models, title, body, design, patients):
    found = paper_study(tmp_path, title, body)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (design, patients)


def test_round_473_a_keyword_list_wrapped_onto_a_second_line_refers_back_to_nothing(tmp_path):
    """blindtest1801 yjj02: the keyword list runs onto a second line; a general disease there is
    named for itself, not the narrower form the text named before."""
    found, _ = mine(tmp_path, "Ruxolitinib in myelofibrosis\n\nTwo patients developed chronic "
                    "graft-versus-host disease.\n\nKey words: Myelofibrosis; Ruxolitinib; "
                    "Allogeneic stem cell\ntransplantation; Graft-versus-host disease; "
                    "Cytokines\n")
    assert "Graft-versus-host disease" in texts_of(found, grounded("graft-versus-host disease"))


@pytest.mark.parametrize("sentence, written, name", [
    # blindtest1801 yjj02: a latent virus woken up is its infection
    ("Cytomegalovirus (CMV) reactivation occurred in 5 patients.",
     "Cytomegalovirus (CMV) reactivation", "cytomegalovirus infection"),
    ("EBV reactivation was seen in two.", "EBV reactivation", "Epstein-Barr virus infection"),
])
def test_round_473_a_virus_reactivation_is_its_infection(tmp_path, sentence, written, name):
    found, _ = mine(tmp_path, f"Ruxolitinib after transplantation\n\n{sentence}\n")
    assert written in texts_of(found, grounded(name))


def test_round_473_an_infection_caught_on_a_drug_is_not_treated_with_it(tmp_path):
    """blindtest1428 zfy03 (met when round 473 named HBV reactivation): the infection the title
    names in patients treated with a drug arose on the drug, which was for their other disease.
    A guard on the code before round 473, which named no HBV reactivation at all."""
    found = uses(mine(tmp_path, "Hepatitis B virus reactivation in rheumatoid arthritis patients "
                                "treated with tofacitinib: a retrospective study\n\nWe followed "
                                "patients with rheumatoid arthritis who took tofacitinib.\n")[1])
    assert (grounded("tofacitinib"), grounded("rheumatoid arthritis")) in found
    assert (grounded("tofacitinib"), grounded("hepatitis B virus infection")) not in found


@pytest.mark.parametrize("text, given, not_given", [
    # round 474 (blindtest1802 yjk05): participants who "take" a class, its drugs in brackets,
    # take them for the paper's disease
    ("SPESOLIMAB FOR ULCERATIVE PYODERMA GANGRENOSUM: A RANDOMISED TRIAL\n\nFor the first 8 "
     "weeks all participants also take an oral corticosteroid (prednisone or prednisolone).\n",
     [("glucocorticoid", "classic pyoderma gangrenosum"),
      ("prednisone", "classic pyoderma gangrenosum"),
      ("prednisolone", "classic pyoderma gangrenosum")], []),
    # round 474 (blindtest1804 yjm01): a graft's complication the drug was given to prevent is
    # its prophylactic use, not an outcome
    ("Daratumumab for immune hemolytic anemia after transplantation: a case report\n\n"
     "Cyclophosphamide was given after the transplant to prevent graft-versus-host disease.\n",
     [("cyclophosphamide", "graft-versus-host disease")], []),
    # guard: a complication of the disease itself that the drug is to prevent stays an outcome
    ("Intravenous immunoglobulin in Kawasaki disease\n\nIntravenous immunoglobulin was given "
     "to prevent coronary artery aneurysm.\n",
     [("intravenous immunoglobulin", "Kawasaki disease")],
     [("intravenous immunoglobulin", "coronary artery aneurysm")]),
])
def test_round_474_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 474 (blindtest1804 yjm05): the first arm named with its route's short form
    ("Cyclophosphamide, mycophenolate mofetil or tacrolimus for lupus nephritis: a randomized "
     "trial", "Twenty-eight patients were randomized to IV CYC, 27 to MMF and 27 to TAC; 94% "
     "were female.", "RandomizedTrialDesign", 82),
    # round 474 (blindtest1803 yjl04): arms named by their dose alone
    ("Zilucoplan in generalized myasthenia gravis: a randomized, placebo-controlled trial",
     "Fifteen patients were allocated to placebo, fifteen to 0.1 mg/kg and fourteen to 0.3 "
     "mg/kg, and all completed the 12-week treatment period.", "RandomizedTrialDesign", 44),
])
def test_round_474_designs(tmp_path, no_study_models, title, body, design, patients):
    found = paper_study(tmp_path, title, body)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (design, patients)


@pytest.mark.parametrize("sentence, written", [
    # round 474 (blindtest1803 yjl03): a disease of the nervous system named by the organ is its
    # neuro- form
    ("We reviewed patients with CNS sarcoidosis.", "CNS sarcoidosis"),
    ("Rituximab for sarcoidosis of the central nervous system.",
     "sarcoidosis of the central nervous system"),
])
def test_round_474_a_disease_of_the_nervous_system_is_its_neuro_form(tmp_path, sentence,
                                                                     written):
    found, _ = mine(tmp_path, f"Rituximab in sarcoidosis\n\n{sentence}\n")
    assert written in texts_of(found, grounded("neurosarcoidosis"))


@pytest.mark.parametrize("text, given, not_given", [
    # round 475 (blindtest1809 yjr06): a review's summary of what therapy "consists of", in the
    # present tense, with the paragraph opening on a narrower form of the title's class of disease
    ("Autoinflammatory syndromes: a short update\n\nBlau syndrome is a rare monogenic disease. It "
     "starts in early childhood with arthritis and rash.\nTherapy consists of systemic steroids, "
     "immunosuppressants and biologic drugs.\n",
     [("glucocorticoid", "Blau syndrome"), ("immunosuppressive agent", "Blau syndrome")],
     [("glucocorticoid", "autoinflammatory syndrome")]),
    # round 475 (blindtest1809 yjr05): a drug's dose raised for the diagnosis a biopsy fitted in
    # the sentence before
    ("A 47-year-old man with ulcerative colitis, maintained on prednisone and azathioprine, had "
     "fever and a skin rash. A skin biopsy showed neutrophilic infiltration of the dermis, "
     "consistent with Sweet syndrome. Both prednisone and azathioprine were increased, and he "
     "improved. Ulcerative colitis is common.\n",
     [("prednisone", "Sweet syndrome"), ("azathioprine", "Sweet syndrome"),
      ("prednisone", "ulcerative colitis")], []),
    # round 475: the paragraph's form, whatever the tense
    ("Autoinflammatory syndromes: a short update\n\nBlau syndrome is a rare monogenic disease. "
     "Therapy consisted of systemic steroids.\n",
     [("glucocorticoid", "Blau syndrome")], [("glucocorticoid", "autoinflammatory syndrome")]),
    # round 475 (blindtest1807 yjp01): the title names a disease by the drug that brought it on;
    # what was begun when that drug was stopped is for that disease, not the main one
    ("Methotrexate pneumonia in early rheumatoid arthritis: a case report\n\nA 66-year-old man "
     "with rheumatoid arthritis, on methotrexate, developed a cough. Methotrexate was stopped and "
     "prednisolone was begun, after which he recovered.\n",
     [("prednisolone", "pneumonia"), ("methotrexate", "rheumatoid arthritis")],
     [("prednisolone", "rheumatoid arthritis"), ("methotrexate", "pneumonia")]),
    # guard: a drug stopped that brought nothing on leaves the next one to the main disease
    ("Tocilizumab in giant cell arteritis: a case report\n\nA 70-year-old woman had giant cell "
     "arteritis. Methotrexate was stopped and prednisolone was begun, after which she recovered."
     "\n", [("prednisolone", "giant cell arteritis")], []),
    # guard (round 475): a form some patients had is no paragraph's subject (blindtest1457 zdc02,
    # met in the wide check; fails on 2081e793)
    ("Rituximab in antiphospholipid syndrome: a case series\n\nWe studied patients with "
     "antiphospholipid syndrome.\n\nThirty-one of the patients had primary antiphospholipid "
     "syndrome. Therapy consisted of azathioprine.\n",
     [("azathioprine", "antiphospholipid syndrome")],
     [("azathioprine", "primary antiphospholipid syndrome")]),
    # guard (round 475): a class a treatment "takes into account" was not taken
    ("Tocilizumab in giant cell arteritis\n\nIn giant cell arteritis, tocilizumab was given. "
     "The treatment of relapses takes into account glucocorticoids.\n",
     [("tocilizumab", "giant cell arteritis")], [("glucocorticoid", "giant cell arteritis")]),
])
def test_round_475_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 475 (blindtest1807 yjp05): three arms, each by what it "was given", the verb said again
    ("Budesonide in COPD exacerbations: a randomized, placebo-controlled trial",
     "From randomization to 72 h, 71 patients were given budesonide 2 mg every 6 h, 62 were given "
     "oral prednisolone 30 mg every 12 h, and 66 were given placebo.", "RandomizedTrialDesign",
     199),
    # round 475 (blindtest1810 yjs02): "we describe" two children under a case report's label is
    # a series of two
    ("Post-streptococcal reactive arthritis in children: two different presentations",
     "*Case report with a review of the literature*\n\n## Case presentations\n\nWe describe two "
     "children whose arthritis took very different forms.\n\n**Child 1.** The first child had "
     "axial disease.\n\n**Child 2.** The second child had knee arthritis.", "CaseSeriesDesign",
     2),
])
def test_round_475_designs(tmp_path, no_study_models, title, body, design, patients):
    found = paper_study(tmp_path, title, body)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (design, patients)


def test_round_475_a_plural_short_forms_singular_is_the_same_short_form(tmp_path):
    """blindtest1811 yjt06: "primary immunodeficiency diseases (PIDs)" defines PIDs; the keyword
    "PID" is the same short form, not the lexicon's pelvic inflammatory disease."""
    found, _ = mine(tmp_path, "Periodontitis in immune deficiency\n\nMany primary "
                    "immunodeficiency diseases (PIDs) affect the gums. Most PIDs are rare.\n\n"
                    "Keywords: periodontitis, PID\n")
    assert "PID" in texts_of(found, grounded("Primary Immunodeficiency Diseases"))
    assert "PID" not in texts_of(found, grounded("pelvic inflammatory disease"))


@pytest.mark.parametrize("text, given, not_given", [
    # round 476 (blindtest1808 yjq06): a class in the list after the approaches treatment rests on
    ("Eosinophilic esophagitis: current concepts\n\nEosinophilic esophagitis is a chronic disease. "
     "Management today rests on three approaches, dietary elimination, proton pump inhibitors and "
     "topical corticosteroids.\n",
     [("glucocorticoid", "eosinophilic esophagitis")], []),
    # guard: approaches it rests on with no list after them name no class
    ("Eosinophilic esophagitis: current concepts\n\nEosinophilic esophagitis is a chronic disease. "
     "Its diagnosis rests on three approaches: endoscopy, biopsy and symptoms. Corticosteroids "
     "can cause candidiasis in asthma.\n", [], [("glucocorticoid", "eosinophilic esophagitis")]),
    # round 476 (blindtest1774 yii01): a complication that settled after the drug
    ("CAR-T therapy for relapsed diffuse large B-cell lymphoma\n\nHe received the CAR-T product. "
     "He then developed cytokine release syndrome of grade 1, which settled after tocilizumab "
     "together with supportive care.\n", [("tocilizumab", "cytokine release syndrome")], []),
    # guard: what resolved after a drug was stopped is no use of it
    ("Etanercept in psoriasis\n\nThe pneumonitis resolved after methotrexate was stopped.\n",
     [], [("methotrexate", "pneumonitis")]),
    # round 476 (blindtest1761 yhv02): the patients recovered with the drugs, the disease the
    # paper's
    ("Paediatric haemophagocytic lymphohistiocytosis: a case series\n\nWe describe six children "
     "with HLH. The child with idiopathic HLH died. The remaining children recovered with "
     "antibiotics, steroids, intravenous immunoglobulin (IVIG) and supportive care.\n",
     [("glucocorticoid", "hemophagocytic lymphohistiocytosis"),
      ("intravenous immunoglobulin", "hemophagocytic lymphohistiocytosis")], []),
])
def test_round_476_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 476 (blindtest1809 yjr04): a pool of patients, the part the title names after "of
    # whom": the paper's own patients
    ("PFAPA syndrome: evaluation of patients in San Diego",
     "Over a 4-year period we collected data on more than 150 children with recurrent fevers, "
     "seventy of whom had PFAPA, to build a prospective cohort.", "ProspectiveCohortDesign", 70),
    # guard: the part "of whom" had what the title does not name is no population
    ("Recurrent fevers in children: a prospective cohort",
     "Over a 4-year period we collected data on 150 children with recurrent fevers, seventy of "
     "whom had PFAPA, to build a prospective cohort.", "ProspectiveCohortDesign", 150),
])
def test_round_476_designs(tmp_path, no_study_models, title, body, design, patients):
    found = paper_study(tmp_path, title, body)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (design, patients)


@pytest.mark.parametrize("text, given, not_given", [
    # round 477 (blindtest1815 yjx01): an infection of several joints the title says came after
    # one infusion of the drug, in a man with another disease: the drugs are that disease's
    ("Pneumococcal septic arthritis of several joints after one infliximab infusion in a man with "
     "rheumatoid arthritis\n\nHe had had rheumatoid arthritis for 5 years and had been treated "
     "with methotrexate. We describe septic arthritis in a patient who had received a single "
     "infusion of infliximab.\n",
     [("methotrexate", "rheumatoid arthritis")], [("infliximab", "septic arthritis")]),
    # guard: the joints alone make no infection a drug's harm
    ("Septic arthritis of several joints in a man with rheumatoid arthritis\n\nThe septic "
     "arthritis was treated with dexamethasone.\n", [("dexamethasone", "septic arthritis")], []),
    # round 477 (blindtest1814 yjw06): "without" in a bracket closed before the drug negates none
    ("Immune checkpoint inhibitor hypophysitis: a review\n\nHypophysitis is common. In grade 2 "
     "(headache without visual disturbance), guidelines advise giving oral prednisone 0.5-1 mg/kg "
     "per day.\n", [("prednisone", "hypophysitis")], []),
    # guard: "without" outside a bracket still does
    ("Immune checkpoint inhibitor hypophysitis: a review\n\nHypophysitis is common. In grade 1 "
     "the patients were treated without prednisone.\n", [], [("prednisone", "hypophysitis")]),
    # round 477 (blindtest1814 yjw03): "given no" right before the drug
    ("Graves orbitopathy after radioiodine\n\nWe studied 60 patients with Graves orbitopathy. "
     "Thirty-five were given no steroid cover.\n", [],
     [("glucocorticoid", "Graves ophthalmopathy")]),
    # guard: a "no" several words before the drug
    ("Graves orbitopathy after radioiodine\n\nTen patients with Graves orbitopathy, who had "
     "received no radioiodine before, took prednisone.\n",
     [("prednisone", "Graves ophthalmopathy")], []),
    # round 477 (blindtest1814 yjw02): the risks a drug "carries" are not what it is given for
    ("Methotrexate in thyroid eye disease\n\nIntravenous corticosteroids are the usual first-line "
     "treatment for thyroid eye disease. Long courses of glucocorticoids carry risks such as "
     "hypertension, infections and gastritis.\n",
     [("glucocorticoid", "Graves ophthalmopathy")],
     [("glucocorticoid", "gastritis"), ("glucocorticoid", "hypertension")]),
    # round 477 (blindtest1817 yjz05): a class and a drug "are both widely used for" a disease
    ("Budesonide in Crohn's disease\n\nGlucocorticoids and mesalamine are both widely used for "
     "Crohn's disease.\n", [("glucocorticoid", "Crohn disease")], []),
    # round 477 (blindtest1817 yjz05): cortisol measured is no drug given
    ("Budesonide in Crohn's disease\n\nWe treated 40 patients with Crohn's disease with "
     "budesonide. The morning plasma cortisol was normal in 67% of budesonide-treated patients.\n",
     [("budesonide", "Crohn disease")], [("hydrocortisone", "Crohn disease")]),
])
def test_round_477_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 477 (blindtest1814 yjw03): groups numbered in brackets split the larger count stated
    # before them
    ("Lower-dose prednisone and Graves' orbitopathy: a retrospective cohort study",
     "We identified 111 patients with Graves' disease who had received radioiodine. Thirty-five "
     "were given no steroid cover. Twenty-eight took low-dose prednisone (group 1) and 48 took "
     "higher doses (group 2).", "RetrospectiveCohortDesign", 111),
    # guard: with no count before them, the numbered groups are the population
    ("Lower-dose prednisone and Graves' orbitopathy: a retrospective cohort study",
     "Twenty-eight took low-dose prednisone (group 1) and 48 took higher doses (group 2).",
     "RetrospectiveCohortDesign", 76),
    # round 477 (blindtest1813 yjv03): a count, then a sentence that only excludes some of them
    ("Corticosteroids versus NSAIDs in subacute thyroiditis: a retrospective cohort study",
     "We went back through the records of 57 patients admitted with subacute thyroiditis. Six "
     "were excluded. Findings were then compared between the groups.",
     "RetrospectiveCohortDesign", 51),
    # round 477 (blindtest1816 yjy02): a trial's non-responders the authors looked at "as a case
    # series" make a series
    ("Open-label BCG for interstitial cystitis after a randomized trial",
     "Participants in the randomized trial of intravesical BCG who had not responded to their "
     "blinded course were allowed a second, open-label course. We looked at the outcomes of this "
     "group as a case series. Twelve subjects chose open-label BCG.", "CaseSeriesDesign", 12),
    # guard: those excluded from one analysis only stay in the population
    ("Corticosteroids versus NSAIDs in subacute thyroiditis: a retrospective cohort study",
     "We went back through the records of 57 patients admitted with subacute thyroiditis. Six "
     "were excluded from the imaging analysis. Findings were then compared between the groups.",
     "RetrospectiveCohortDesign", 57),
])
def test_round_477_designs(tmp_path, no_study_models, title, body, design, patients):
    found = paper_study(tmp_path, title, body)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (design, patients)


def test_round_477_cortisol_is_measured_unless_given(tmp_path):
    """"cortisol" is the hormone measured (a lab measure with hydrocortisone's id), unless a word
    of giving is beside it (blindtest1817 yjz05)."""
    found, _ = mine(tmp_path, "Adrenal crisis\n\nThe serum cortisol was low. A cortisol infusion "
                    "was started.\n")
    cortisol = [m for m in found if m.curie == grounded("hydrocortisone")]
    assert [m.category for m in cortisol] == ["lab_measure", "drug"]


@pytest.mark.parametrize("text, given, not_given", [
    # round 478 (blindtest1816 yjy03): "the response to" a class is the class given
    ("IgG4-related disease: a retrospective study\n\nWe enrolled sixty-five patients with "
     "IgG4-related disease, and the response to immunosuppressants was analysed.\n",
     [("immunosuppressive agents", "IgG4-related disease")], []),
    # round 478 (blindtest1815 yjx06): a review's drugs that "appear safe" for its disease's
    # patients
    ("DMARDs around surgery in patients with rheumatoid arthritis: a review\n\nThe conventional "
     "synthetic DMARDs methotrexate, sulfasalazine, leflunomide and hydroxychloroquine appear "
     "safe during the perioperative period.\n",
     [("sulfasalazine", "rheumatoid arthritis"), ("leflunomide", "rheumatoid arthritis")], []),
    # round 478 (blindtest1818 yka06): "X of pregnancy (XP)" is X, not the lexicon's XP
    ("Pustular psoriasis of pregnancy: a review\n\nPustular psoriasis of pregnancy (PPP) is "
     "rare. In PPP, cyclosporine has been used.\n",
     [("cyclosporine", "pustular psoriasis")],
     [("cyclosporine", "pustulosis palmaris et plantaris")]),
    # round 478 (blindtest1819 ykb03): a paper naming both a form and its "non-" complement
    # speaks of the class when it writes the bare class word
    ("Men at risk of gonococcal urethritis\n\nGuidelines advise that every man presenting with "
     "urethritis be treated with azithromycin. We compared men with gonococcal urethritis with "
     "those with non-gonococcal urethritis.\n",
     [("azithromycin", "urethritis")], [("azithromycin", "gonococcal urethritis")]),
    # round 478 (blindtest1763 yhx05): a regimen "changed to" a class gives the class
    ("Leukocytoclastic vasculitis in a girl\n\nShe had leukocytoclastic vasculitis. She was "
     "started on antibiotics, but the regimen was changed to steroids when leukocytoclastic "
     "vasculitis came to be suspected.\n",
     [("glucocorticoid", "leukocytoclastic vasculitis")], []),
    # round 478 (blindtest1784 yis01): a class that "was begun" for a disease
    ("Scleroderma\n\nOral corticosteroids were begun for diffuse systemic sclerosis.\n",
     [("glucocorticoid", "diffuse systemic sclerosis")], []),
    # guard: with no complement named, the bare word is still the form named before
    ("Men with gonococcal urethritis\n\nGuidelines advise that every man presenting with "
     "urethritis be treated with azithromycin.\n",
     [("azithromycin", "gonococcal urethritis")], [("azithromycin", "urethritis")]),
])
def test_round_478_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 478 (blindtest1818 yka02): "our experience: a cluster of four" cases is a series
    ("Puerperal group A streptococcal infection",
     "We report our recent single-institution experience: a cluster of four serious peripartum "
     "GAS infections seen over a five-year period at one medical centre. Three of the women had "
     "puerperal sepsis and the fourth had a necrotizing cervicitis.", "CaseSeriesDesign", 4),
    # guard: a cluster the paper cites is not its own
    ("Puerperal group A streptococcal infection: a retrospective cohort study",
     "Others reported a cluster of four infections at one centre. In this retrospective study we "
     "reviewed the charts of 120 women admitted after delivery.",
     "RetrospectiveCohortDesign", 120),
])
def test_round_478_designs(tmp_path, no_study_models, title, body, design, patients):
    found = paper_study(tmp_path, title, body)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (design, patients)


@pytest.mark.parametrize("text, given, not_given", [
    # round 479 (blindtest1820 ykc05): a class compared "versus" a drug is given as the drug is
    ("Infliximab versus systemic steroids for uveitis: a randomised trial\n\nWe compared the two "
     "treatments in 40 patients.\n", [("glucocorticoid", "uveitis")], []),
    # round 479 (blindtest1822 yke02): a drug "or other" members of a class
    ("Autoimmune haemolytic anaemia after transplantation\n\nPrednisolone or other "
     "immunosuppressive agents control most episodes of autoimmune haemolytic anaemia.\n",
     [("immunosuppressive agents", "autoimmune hemolytic anemia")], []),
    # round 479 (blindtest1823 ykf03): a sentence that names a drug given and "treatment without"
    # it compares the two; it does not say the drug was not given
    ("Lupus myelitis: a retrospective cohort\n\nWe reviewed the records of ten patients with "
     "myelitis. Treatment comprised pulse methylprednisolone and cyclophosphamide. "
     "Methylprednisolone combined with cyclophosphamide may be associated with a better outcome "
     "than treatment without cyclophosphamide.\n", [("cyclophosphamide", "myelitis")], []),
    # round 479 (blindtest1823 ykf06): the disease whose doses the drugs are likened to
    ("Rituximab in neuromyelitis optica: a review\n\nIn neuromyelitis optica, cyclophosphamide "
     "and rituximab are effective, each at doses close to those used in multiple sclerosis.\n",
     [("rituximab", "neuromyelitis optica")], [("rituximab", "multiple sclerosis")]),
    # round 479 (blindtest1820 ykc06): a class that "has an important place in management"
    ("Acanthamoeba keratitis: a review\n\nAcanthamoeba keratitis is rare. Corticosteroids have "
     "an important place in management and can be given when indicated.\n",
     [("glucocorticoid", "Acanthamoeba keratitis")], []),
    # round 479 (blindtest1822 yke06): agents that "have been used" for the paper's disease
    ("Warm autoimmune haemolytic anaemia: a review\n\nWarm autoimmune haemolytic anaemia is "
     "rare. For relapsed or refractory disease, a number of immunosuppressive agents have been "
     "used.\n", [("immunosuppressive agents", "warm AIHA")], []),
    # round 479 (blindtest1784 yis01): drugs "begun for" a disease, over the diagnosis the
    # sentence confirmed first
    ("Scleroderma in a man\n\nA skin biopsy confirmed the diagnosis of scleroderma, and oral "
     "corticosteroids and mycophenolate mofetil were begun for diffuse systemic sclerosis.\n",
     [("mycophenolate mofetil", "diffuse systemic sclerosis"),
      ("glucocorticoid", "diffuse systemic sclerosis")],
     [("mycophenolate mofetil", "scleroderma")]),
    # guard: a drug only ever named as not given keeps no use from the paper's disease
    ("Transverse myelitis: a case report\n\nShe had transverse myelitis. Treatment comprised "
     "pulse methylprednisolone. She recovered without cyclophosphamide.\n",
     [("methylprednisolone", "transverse myelitis")],
     [("cyclophosphamide", "transverse myelitis")]),
])
def test_round_479_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 479 (blindtest1823 ykf02): a trial the conclusion says "is still needed" is no design
    ("Intravenous cyclophosphamide for myelopathy in Sjögren's syndrome: experience in fourteen "
     "patients",
     "We treated fourteen patients with monthly intravenous cyclophosphamide. Walking distance "
     "rose. Conclusion. A randomized multicenter controlled study is still needed, but monthly "
     "cyclophosphamide appears useful.", "CaseSeriesDesign", 14),
    # round 479 (blindtest1822 yke02): "The first was a nineteen-year-old woman" is the first of a
    # series, no case report's one patient
    ("Daratumumab for autoimmune haemolytic anaemia after transplantation",
     "We looked back at the records of three patients who were given daratumumab for autoimmune "
     "haemolytic anaemia after transplantation. The first was a nineteen-year-old woman with "
     "leukaemia.", "CaseSeriesDesign", 3),
    # round 479 (blindtest361 fh02): a study the treatment "merits" is no design of the paper
    ("Tofacitinib for refractory pyoderma gangrenosum in Crohn's disease: a report of three "
     "patients",
     "The first patient, a 34-year-old woman, had Crohn's disease. All three healed on "
     "tofacitinib. It is a reasonable option that merits prospective study.",
     "CaseSeriesDesign", 3),
    # round 479 (blindtest1823 ykf05): "one control patient" an outcome is told of is no control
    # group added to the population
    ("Prednisolone in the Guillain-Barré syndrome: a randomised trial",
     "Patients were allocated at random to prednisolone or to no steroid treatment. Twenty-one "
     "patients were given prednisolone and nineteen received no steroid. One death occurred in "
     "each group, and one control patient died by suicide during convalescence.",
     "RandomizedTrialDesign", 40),
])
def test_round_479_designs(tmp_path, no_study_models, title, body, design, patients):
    found = paper_study(tmp_path, title, body)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (design, patients)


@pytest.mark.parametrize("text, given, not_given", [
    # round 480 (blindtest1821 ykd01): a class set off by a dash after the treatment it names
    ("Panniculitis in rheumatoid arthritis: a case report\n\nThe nodules appeared while he was "
     "receiving immunosuppressive treatment – steroids and several other drugs – for his "
     "rheumatoid arthritis.\n", [("glucocorticoid", "rheumatoid arthritis")], []),
    # round 480 (blindtest1825 ykh06): a drug "substituted for" another, a drug "replaced with"
    ("Autoimmune hepatitis after liver transplantation: a review\n\nAutoimmune hepatitis may "
     "recur in the graft. In refractory cases, mycophenolate mofetil has been substituted for "
     "azathioprine, and tacrolimus has been replaced with sirolimus.\n",
     [("mycophenolate mofetil", "autoimmune hepatitis"), ("sirolimus", "autoimmune hepatitis")],
     []),
    # round 480 (blindtest1824 ykg01): the class a prophylaxis is against, and the class given its
    # short form, are not the acute form the title names
    ("Mycophenolate for acute graft-versus-host disease: a case report\n\nProphylaxis against "
     "graft-versus-host disease (GVHD) was ciclosporin with methotrexate. He then developed "
     "acute GVHD of the skin, and mycophenolate was added.\n",
     [("methotrexate", "graft-versus-host disease")],
     [("methotrexate", "acute graft versus host disease")]),
    # round 480 (blindtest1824 ykg02): "chronic cutaneous GVHD" is chronic GVHD; a later clause
    # after a participle ("given orally, it has ...") says what "it" works in
    ("Topical tacrolimus in chronic cutaneous graft-vs-host disease\n\nTacrolimus ointment works "
     "in eczema; given orally, it has proved effective in psoriasis. We applied it in six patients "
     "with chronic cutaneous GVHD.\n",
     [("tacrolimus", "chronic graft versus host disease"), ("tacrolimus", "psoriasis")], []),
    # round 480 (blindtest1824 ykg04): each clause's drugs go with that clause's form of the
    # disease, not the main disease named in the other clause
    ("Mycophenolate in acute graft-versus-host disease\n\nGraft-versus-host disease (GVHD) that "
     "fails first-line treatment is hard to treat. The patients with acute GVHD had received "
     "tacrolimus as first-line treatment; for chronic GVHD the first line was cyclophosphamide.\n",
     [("tacrolimus", "acute graft versus host disease"),
      ("cyclophosphamide", "chronic graft versus host disease")],
     [("tacrolimus", "chronic graft versus host disease"),
      ("cyclophosphamide", "acute graft versus host disease")]),
])
def test_round_480_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 480 (blindtest1825 ykh02): children recruited from a clinic who "make up the series"
    ("Autoimmune hepatitis in children",
     "Children with autoimmune hepatitis were recruited from one hepatology clinic and their "
     "response to treatment was analysed. Twelve girls and nine boys make up the series; all were "
     "given prednisone.", "CaseSeriesDesign", 21),
    # round 480 (blindtest1824 ykg05): those enrolled "by which time" a trial stopped, not the
    # intended number
    ("Mycophenolate for acute graft-versus-host disease: a randomised trial",
     "Patients were randomly assigned to mycophenolate or placebo. The trial stopped for futility "
     "at an interim analysis, by which time 150 of the intended 300 patients had been enrolled.",
     "RandomizedTrialDesign", 150),
    # round 480 (blindtest1824 ykg04): those enrolled, counted by form after the verb's colon
    ("Mycophenolate for refractory graft-versus-host disease: a prospective study",
     "Consecutive patients with refractory GVHD were enrolled: eleven with acute GVHD and "
     "fourteen with chronic GVHD. All were given mycophenolate.", "ProspectiveCohortDesign", 25),
])
def test_round_480_designs(tmp_path, no_study_models, title, body, design, patients):
    found = paper_study(tmp_path, title, body)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (design, patients)


@pytest.mark.parametrize("text, given, not_given", [
    # round 481 (blindtest1826 yki02): drugs that "brought" an improvement, for the paper's disease
    ("Rituximab in Graves ophthalmopathy: two cases\n\nA man of 70 was referred to us with Graves "
     "ophthalmopathy. Pulsed methylprednisolone to a total of 4 g brought mild improvement. He "
     "then received rituximab.\n", [("methylprednisolone", "Graves ophthalmopathy")], []),
    # round 481 (blindtest1827 ykj04): the class a list of drugs is "most often used" for, and a
    # bare class word that stays the class where the paper names the form's complement by its
    # short form ("the non-LCH group")
    ("Histiocytosis: a review\n\nHistiocytosis covers several disorders. Langerhans cell "
     "histiocytosis (LCH) is the commonest; the non-LCH group includes Rosai-Dorfman disease. "
     "Steroids, cytarabine and cladribine are the drugs most often used to treat histiocytosis.\n",
     [("glucocorticoid", "histiocytosis")],
     [("glucocorticoid", "Langerhans cell histiocytosis")]),
    # round 481 (blindtest1820 ykc05): a class compared "versus" a drug named with its dosage form
    ("Triamcinolone injection versus oral steroids as prophylaxis against cystoid macular "
     "oedema: a randomised trial\n\nWe randomised 40 patients with uveitis.\n",
     [("glucocorticoid", "cystoid macular edema")], []),
    # round 481 (blindtest1820 ykc03): a class after "treated as follows:" and a count
    ("Flares of uveitis after cataract surgery: a retrospective cohort\n\nThirty eyes had a flare "
     "of uveitis. The flares were treated as follows: 12 eyes with topical steroids alone and 8 "
     "with an injection of triamcinolone.\n", [("glucocorticoid", "uveitis")], []),
])
def test_round_481_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 481 (blindtest1827 ykj05): a title's subtitle naming one case and its treatment
    ("Cutaneous sarcoidosis that persisted after excision: a case treated with methotrexate",
     "A woman had plaques on her arm that came back after they were cut out. Methotrexate cleared "
     "them within six months.", "CaseReportDesign", 1),
])
def test_round_481_designs(tmp_path, no_study_models, title, body, design, patients):
    found = paper_study(tmp_path, title, body)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (design, patients)


def test_round_481_state_of_the_art_review_label(tmp_path, no_study_models):
    # round 481 (blindtest1826 yki06): "State-of-the-Art Review" on the citation line
    text = ("Ann Rheum Dis 2019;4(2):10–20 · State-of-the-Art Review\n\nUveitis: treatment in "
            "the active phase\n\nBackground. Active uveitis is hard to treat. Results. "
            "Corticosteroids have been the mainstay of treatment for fifty years.\n")
    assert study(mine(tmp_path, text)[1]).value("hasStudyDesign") == "NarrativeReviewDesign"


@pytest.mark.parametrize("title, body, design, patients", [
    # round 482 (blindtest1443 zen04): a cohort whose patients were enrolled, with no records,
    # registry or practice data looked back on, was followed forward
    ("Brodalumab for psoriasis of the nails and scalp: a multicentre cohort",
     "Eighty-seven adults starting brodalumab were enrolled at seven centres and seen every "
     "twelve weeks for a year.", "ProspectiveCohortDesign", 87),
    # ... not one whose patients were found in the clinic's records (a guard: read so before)
    ("Brodalumab for psoriasis of the nails and scalp: a multicentre cohort",
     "Eighty-seven adults given brodalumab were enrolled; we reviewed their medical records for a "
     "year.", "RetrospectiveCohortDesign", 87),
    # round 482 (blindtest1549 zar04): the authors following their patients forward ...
    ("Serum cytokines in children with typhoid fever",
     "We followed 38 consecutive children admitted with typhoid fever, and serum cytokines were "
     "measured on admission and on days 3 and 7.", "ProspectiveCohortDesign", 38),
    # ... but a handful followed is a case series (blindtest1425 zfv02; a guard: read so before)
    ("Subcutaneous immunoglobulin in chronic inflammatory demyelinating polyneuropathy",
     "We followed six patients with chronic inflammatory demyelinating polyneuropathy over the "
     "long term on subcutaneous immunoglobulin.", "CaseSeriesDesign", 6),
    # ... and a design given as "prospective" with "design" (blindtest977 zwp04)
    ("Erythema nodosum in hospitalised adults",
     "Erythema nodosum was studied in a descriptive, prospective and longitudinal design; "
     "thirty-four patients admitted with erythema nodosum were given NSAIDs.",
     "ProspectiveCohortDesign", 34),
])
def test_round_482_designs(tmp_path, no_study_models, title, body, design, patients):
    found = paper_study(tmp_path, title, body)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (design, patients)


@pytest.mark.parametrize("label", [
    # round 482: a review label as one item of the citation line ("... · Educational Review ·
    # ...", blindtest680 se06), or another genre of the kind (blindtest769 vp06, blindtest882 zy06)
    "Pediatr Nephrol (2010) 25:2035-2048 · Educational Review · Published online January 2010",
    "Lancet 2006; 367: 241-51 · Seminar · pages not given",
    "Nat Rev Dis Primers 2016 · Primer",
    "Crit Care 2002 Oct;6(5):384-386. Commentary (Review).",
    # ... or on a line of its own, with a kind the earlier label did not take
    "Review chapter",
    "Review (debate: PRO)",
    "Mini‐review",
])
def test_round_482_review_labels(tmp_path, no_study_models, label):
    text = (f"{label}\n\nUveitis: treatment in the active phase\n\nActive uveitis is hard to "
            "treat. Corticosteroids have been the mainstay of treatment for fifty years.\n")
    assert study(mine(tmp_path, text)[1]).value("hasStudyDesign") == "NarrativeReviewDesign"


@pytest.mark.parametrize("text, given, not_given", [
    # round 482 (blindtest1828 ykk01): classes that "had been tried", and what patients "usually
    # receive", for the paper's disease
    ("Vedolizumab for autoimmune enteropathy in an adult\n\nAutoimmune enteropathy is an uncommon "
     "cause of chronic diarrhea. Before the patient described here, the disease had been reported "
     "in only 37 adults, and TNF-alpha inhibitors had been tried with variable success. Patients "
     "usually receive corticosteroids first, such as prednisone or budesonide.\n",
     [("TNF inhibitor", "autoimmune enteropathy"), ("glucocorticoid", "autoimmune enteropathy"),
      ("prednisone", "autoimmune enteropathy"), ("budesonide", "autoimmune enteropathy")], []),
    # round 482 (blindtest1828 ykk05): drugs that "were not enough"
    ("Tacrolimus for autoimmune enteropathy\n\nAutoimmune enteropathy is a rare but severe "
     "disorder. In this patient, budesonide and intravenous steroids were not enough, whereas the "
     "change to tacrolimus was followed by clear clinical improvement.\n",
     [("budesonide", "autoimmune enteropathy"), ("glucocorticoid", "autoimmune enteropathy")], []),
])
def test_round_482_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


def test_round_482_title_in_capitals_is_no_label(tmp_path, no_study_models):
    # round 482 (blindtest1491 zcl02): the last line of a title in capitals is no genre label
    text = ("JAAD Case Reports · 2024\nUPADACITINIB IN THE TREATMENT\nOF VITILIGO: A NEW "
            "THERAPEUTIC\nPERSPECTIVE\n\nWe gathered ten patients with vitiligo who were given "
            "upadacitinib for 12 to 24 weeks.\n")
    assert study(mine(tmp_path, text)[1]).value("hasStudyDesign") == "CaseSeriesDesign"


@pytest.mark.parametrize("text, given, not_given", [
    # round 483 (blindtest1830 ykm06): a class that works "and they remain the standard treatment"
    ("Eosinophilic fasciitis: a review\n\nEosinophilic fasciitis (EF) is an uncommon syndrome. "
     "Corticosteroids work, and they remain the standard treatment for EF.\n",
     [("glucocorticoid", "eosinophilic fasciitis")], []),
    # round 483 (blindtest1830 ykm01): the agents "reported for" a disease "include" the class
    ("Methotrexate for linear scleroderma: a case report\n\nAgents reported for linear "
     "scleroderma include topical steroids, topical tacrolimus and calcipotriol, each with "
     "equivocal results.\n",
     [("glucocorticoid", "linear scleroderma")], []),
    # round 483 (blindtest1831 ykn01): a pemphigoid "after" a checkpoint inhibitor named in the
    # title was caused by it, and treated with another drug
    ("Gingival mucous membrane pemphigoid after pembrolizumab for metastatic melanoma, controlled "
     "with doxycycline: a case report\n\nAn 83-year-old woman had received pembrolizumab for ten "
     "months. Doxycycline controlled the gingival lesions.\n",
     [("doxycycline", "mucous membrane pemphigoid")],
     [("pembrolizumab", "mucous membrane pemphigoid")]),
])
def test_round_483_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 483 (blindtest1830 ykm02): a count broken down by sex after its verb, not three arms
    ("Mycophenolate in juvenile localized scleroderma",
     "We report our experience. Seven children were treated with MMF, three boys and four girls. "
     "By clinical subtype, two had linear scleroderma.", "CaseSeriesDesign", 7),
])
def test_round_483_designs(tmp_path, no_study_models, title, body, design, patients):
    found = paper_study(tmp_path, title, body)
    assert (found.value("hasStudyDesign"), found.value("numberOfPatients")) == (design, patients)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 484 (blindtest1329 zid04): "we followed" groups prospectively
    ("Folic acid in tropical sprue",
     "We followed two groups prospectively for 3 years: twenty patients with acute sprue and "
     "twenty-six whose sprue had lasted longer, forty-six patients in all.",
     "ProspectiveCohortDesign", 46),
    # round 484 (blindtest1123 zqf04): ... or a period of treatment, the groups after it
    ("Prednisolone in giant cell arteritis",
     "We followed the first two months of treatment prospectively in two groups of patients. "
     "Forty patients had giant cell arteritis and thirty-four had polymyalgia rheumatica.",
     "ProspectiveCohortDesign", None),
    # round 484 (blindtest626 pm04): a non-randomised interventional study
    ("Methotrexate in chronic sarcoidosis",
     "Design: a non-randomised interventional study in an outpatient clinic. Fifty patients "
     "took methotrexate for at least two years and make up the study group.",
     "ProspectiveCohortDesign", 50),
    # round 484 (blindtest685 sj04, blindtest264 bo04): patients who "entered the study"
    ("Glucocorticoids in ANCA-associated vasculitis",
     "Forty-nine patients entered the study, and forty-six of them were followed for at least "
     "12 months. Every patient reached remission.", "ProspectiveCohortDesign", 49),
    ("Tocilizumab and carotid atherosclerosis in rheumatoid arthritis",
     "Forty patients with active RA (33 women and 7 men) entered the study after conventional "
     "drugs had failed.", "ProspectiveCohortDesign", 40),
    # round 484 (blindtest1804 yjm04): patients "treated prospectively"
    ("Low-dose rituximab in immune thrombocytopenia",
     "Forty-eight adult patients were treated prospectively with rituximab 100 mg once weekly "
     "for 4 weeks.", "ProspectiveCohortDesign", 48),
    # round 484 (blindtest1812 yju04): a clinical trial before and after treatment
    ("Prednisone in idiopathic anaphylaxis",
     "Fifty-three patients had idiopathic anaphylaxis for at least 6 months. Those with frequent "
     "episodes received prednisone.\n\nDesign: clinical trial before and after treatment, "
     "referral-based allergy clinic.", "ProspectiveCohortDesign", 53),
    # round 484 (blindtest423 hr04): survivors "followed forward"
    ("Corticosteroids for lung disease after COVID-19",
     "Hospital survivors were followed forward under a structured assessment protocol. Thirty "
     "patients with persistent inflammatory lung disease were given prednisolone.",
     "ProspectiveCohortDesign", 30),
    # round 484 (blindtest1806 yjo01): one patient, "a woman of 57"
    ("Ciprofloxacin-induced bullous fixed drug eruption",
     "Our patient, a woman of 57, came to us with tender, pigmented patches spread over her whole "
     "body.", "CaseReportDesign", 1),
    # ... but not one of several (blindtest146 a702)
    ("Tocilizumab in giant cell arteritis with visual loss",
     "We describe five patients with giant cell arteritis and visual loss who were given "
     "tocilizumab. The first patient, a man of 80, lost the sight of his left eye.",
     "CaseSeriesDesign", 5),
    # round 484 (blindtest1065 ztz03): a group described and "a further four" who entered
    ("Sclerosing mesenteritis and mesenteric panniculitis",
     "Patients with idiopathic inflammation of the mesentery were included in this descriptive, "
     "retrospective study. Twenty-seven patients showed the typical radiological changes. A "
     "further four patients entered the study because their disease had been verified "
     "histologically.", "RetrospectiveCohortDesign", 31),
])
def test_round_484_designs(tmp_path, no_study_models, title, body, design, patients):
    assert_study(tmp_path, title, body, design, patients)


@pytest.mark.parametrize("text, given, not_given", [
    # round 484 (blindtest1832 yko02): "without treatment" closed by its clause negates no drug
    ("Eosinophilic gastroenteritis: a case series\n\nSeven patients have been diagnosed with "
     "eosinophilic gastroenteritis at our centre. One patient got better without treatment, and "
     "one received budesonide 9 mg with an elimination diet and improved.\n",
     [("budesonide", "eosinophilic gastroenteritis")], []),
    # ... but still negates a drug within its clause
    ("Eosinophilic gastroenteritis: a case series\n\nSeven patients have been diagnosed with "
     "eosinophilic gastroenteritis at our centre. One patient got better without treatment with "
     "budesonide.\n",
     [], [("budesonide", "eosinophilic gastroenteritis")]),
    # round 484 (blindtest1833 ykp01): a disease that "improved with" a class
    ("Ustekinumab for Crohn disease: a case report\n\nA 40-year-old man had Crohn disease for "
     "years. His Crohn disease improved with corticosteroids.\n",
     [("glucocorticoid", "Crohn disease")], []),
])
def test_round_484_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 485 (blindtest492 ki04): those eligible, after a run-in label, up to a semicolon
    ("Prednisolone for multifocal bone Langerhans cell histiocytosis",
     "Patients and results\nEighty-two children were eligible for analysis; their median "
     "follow-up was 8.0 years.", None, 82),
    # ... but not where the clause after says who took part (blindtest370 fq05)
    ("Methylprednisolone pulses against dexamethasone in COVID-19 pneumonia",
     "Ninety-eight patients were eligible; between October 2021 and October 2022, fifty of them "
     "were randomised. Their mean age was 76 years.", None, 50),
    # ... nor a guard against parts that follow (blindtest229 af04)
    ("Tocilizumab in generalized myasthenia gravis",
     "Thirty-four patients were eligible; 20 received tocilizumab and the other 14 received "
     "conventional immunotherapy.", None, 34),
    # round 485 (blindtest746 us04): a count with its noun left out "in the end"
    ("Abatacept in primary biliary cholangitis",
     "The protocol planned for twenty subjects; in the end sixteen were enrolled, and all of "
     "them received at least one dose of abatacept.", None, 16),
    # round 485 (blindtest1316 zjq03): ... or found first and then all included
    ("Skeletal findings in Gaucher disease",
     "We went back through the files of every patient with Gaucher disease under follow-up in "
     "our unit; twenty were found and all were included.", None, 20),
    # round 485 (blindtest1213 znr05): patients who "went on to randomisation"
    ("Tacrolimus ointment for seborrheic dermatitis",
     "After a two-week induction, patients were randomised to one of three maintenance arms. "
     "Seventy-five patients whose facial disease had stabilised went on to randomisation.",
     None, 75),
    # round 485 (blindtest1315 zjp04): obese women studied; "a before–after study"
    ("Metformin lowers C-reactive protein in obese women with PCOS: a before–after study",
     "Thirty-five obese women with PCOS, aged 20–35 years, with a BMI of 28.2 ± 1.84 kg/m2, were "
     "studied. Each took metformin 850 mg a day.", "ProspectiveCohortDesign", 35),
    # round 485 (blindtest1006 zvs03): a second group that "came to it" later
    ("Dupilumab in severe asthma: a retrospective review",
     "Ten patients received dupilumab as their first biologic, while sixteen came to it after "
     "treatment with other biologics.", None, 26),
])
def test_round_485_counts(tmp_path, no_study_models, title, body, design, patients):
    assert_study(tmp_path, title, body, design, patients)


@pytest.mark.parametrize("title, body, design", [
    # round 486 (blindtest1133 zqp03, blindtest852 yu03): the records of the patients reviewed
    ("Corticosteroids in juvenile dermatomyositis",
     "Sixty-six children with possible dermatomyositis were seen at the children's hospital "
     "between 1960 and 1982. The records of those who met the study criteria were reviewed.",
     "RetrospectiveCohortDesign"),
    # round 486 (blindtest1173 zod04): every case of the disease treated, reviewed
    ("Steroids in Tolosa-Hunt syndrome",
     "We reviewed every case of Tolosa-Hunt syndrome treated at our tertiary teaching hospital "
     "over a 10 year period. Forty-four patients met the criteria.", "RetrospectiveCohortDesign"),
    # round 486 (blindtest1342 ziq01): "This report is a series of clinical observations"
    ("Olokizumab in giant cell arteritis and polymyalgia rheumatica",
     "This report is a series of clinical observations from our practice in which olokizumab "
     "was given to patients with giant cell arteritis.", "CaseSeriesDesign"),
    # round 486 (blindtest411 hf06, blindtest1189 zot06): what the chapter or spotlight does
    ("Corticosteroids for scleritis",
     "Scleritis can threaten sight. This chapter walks through the ways in which corticosteroids "
     "can be delivered to the inflamed sclera.", "NarrativeReviewDesign"),
    ("Three therapies for chronic GVHD",
     "Three drugs are now approved for chronic graft-versus-host disease. In this spotlight we "
     "look at how each of them acts.", "NarrativeReviewDesign"),
    # round 486 (blindtest1821 ykd06, blindtest320 ds06): a "rapid evidence review"
    ("Hidradenitis Suppurativa: Rapid Evidence Review",
     "Hidradenitis suppurativa is a chronic folliculitis. For moderate to severe disease, "
     "adalimumab is effective.", "NarrativeReviewDesign"),
    ("Immunoglobulin A vasculitis",
     "Immunoglobulin A vasculitis is a small-vessel vasculitis. This rapid evidence review "
     "summarises what a family physician needs for diagnosis and management.",
     "NarrativeReviewDesign"),
])
def test_round_486_designs(tmp_path, no_study_models, title, body, design):
    assert paper_study(tmp_path, title, body).value("hasStudyDesign") == design


@pytest.mark.parametrize("text, given, not_given", [
    # round 487 (blindtest1834 ykq06): a class the authors recommend, "as the first line of
    # treatment" for the disease
    ("Autoimmune inner ear disease: a review\n\nThe authors recommend intratympanic steroids as "
     "the first line of treatment for patients with autoimmune inner ear disease.\n",
     [("glucocorticoid", "autoimmune inner ear disease")], []),
    ("Behcet disease: a review\n\nWe recommend systemic glucocorticoids for patients with Behcet "
     "disease and posterior uveitis.\n", [("glucocorticoid", "Behcet disease")], []),
    # ... not a class the authors do not recommend
    ("Behcet disease: a review\n\nWe do not recommend systemic glucocorticoids for patients with "
     "Behcet disease.\n", [], [("glucocorticoid", "Behcet disease")]),
    # round 487 (blindtest1835 ykr01): a relapse "treated again with" a class, in a case report
    ("Autoimmune pancreatitis in a woman of sixty: a case report\n\nA 60-year-old woman had "
     "autoimmune pancreatitis. She was started on prednisone 30 mg a day. The relapse was "
     "treated again with corticosteroids.\n",
     [("prednisone", "autoimmune pancreatitis"), ("glucocorticoid", "autoimmune pancreatitis")],
     []),
    # round 487 (blindtest1835 ykr04): a class that "produced an initial response"
    ("Steroids in autoimmune pancreatitis: a prospective study\n\nWe followed 115 patients with "
     "autoimmune pancreatitis. Steroids produced an initial response in 97% of patients, but "
     "half of them later relapsed.\n", [("glucocorticoid", "autoimmune pancreatitis")], []),
    # round 487 (blindtest1835 ykr06): a clause whose subject is "Both X and Y"
    ("IgG4-related pancreatobiliary disease: a review\n\nBoth autoimmune pancreatitis and "
     "primary sclerosing cholangitis respond to steroids; relapse, however, is frequent.\n",
     [("glucocorticoid", "autoimmune pancreatitis"),
      ("glucocorticoid", "primary sclerosing cholangitis")], []),
    # ... not patients who had both
    ("Autoimmune pancreatitis: a case series\n\nSteroids were given to three patients with both "
     "autoimmune pancreatitis and primary sclerosing cholangitis.\n",
     [("glucocorticoid", "autoimmune pancreatitis")],
     [("glucocorticoid", "primary sclerosing cholangitis")]),
])
def test_round_487_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 487 (blindtest1835 ykr05): those confirmed "after review", of those first identified
    ("Autoimmune pancreatitis: a retrospective cohort study",
     "Sixty-six subjects with features of autoimmune pancreatitis were first identified (50 of "
     "them male); after review, fifty-five were confirmed and evaluated.", None, 55),
])
def test_round_487_counts(tmp_path, no_study_models, title, body, design, patients):
    assert_study(tmp_path, title, body, design, patients)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 487: what the chapter does is a study_design cue now, so a trial it reports does not
    # make it one
    ("Anakinra in gout",
     "This chapter walks through the evidence for anakinra in gout. In the largest trial 165 "
     "patients were randomised to anakinra or triamcinolone.", "NarrativeReviewDesign", None),
    # ... but not an article that "reviews three cases" of its own
    ("Infliximab in Cogan syndrome",
     "This article reviews three cases of Cogan syndrome treated with infliximab at our clinic.",
     "CaseSeriesDesign", 3),
])
def test_round_487_designs(tmp_path, no_study_models, title, body, design, patients):
    assert_study(tmp_path, title, body, design, patients)


@pytest.mark.parametrize("text, given, not_given", [
    # round 488 (blindtest1834 ykq05): a drug paired with the disease before it in its own clause,
    # not with one after "whereas"; a list that opens its clause and "need(s)" a class (the class
    # "need"ed is given), each of its diseases paired
    ("Behcet disease: a review\n\nTreatment follows the manifestation: recurrent oral ulcers are "
     "usually managed with colchicine alone, whereas posterior uveitis, vasculitis and "
     "gastrointestinal disease generally need a high-dose glucocorticoid together with another "
     "immunosuppressive agent.\n",
     [("colchicine", "aphthous stomatitis"), ("glucocorticoid", "posterior uveitis"),
      ("glucocorticoid", "vasculitis"), ("immunosuppressive agents", "posterior uveitis"),
      ("immunosuppressive agents", "vasculitis")],
     [("colchicine", "posterior uveitis")]),
    # ... and "Both X and Y" opening a clause after "and" with no comma (one clause opening for
    # both cues)
    ("Behcet disease: a review\n\nColchicine is given for the oral ulcers and both posterior "
     "uveitis and vasculitis respond to glucocorticoids.\n",
     [("glucocorticoid", "posterior uveitis"), ("glucocorticoid", "vasculitis")], []),
    # ... not a list that is no subject ("patients with" the three: what they had)
    ("Behcet disease: a case series\n\nThree patients with posterior uveitis, vasculitis and "
     "arthritis need glucocorticoids.\n", [], [("glucocorticoid", "posterior uveitis")]),
    # round 488 (blindtest1835 ykr03): a class "switched to" after another class's dose, "or to
    # another"
    ("Leflunomide in IgG4-related disease: a cohort\n\nIn IgG4-related disease, relapsing "
     "patients regained remission when switched to a higher glucocorticoid dose or to another "
     "immunosuppressant.\n",
     [("glucocorticoid", "IgG4-related disease"),
      ("immunosuppressive agents", "IgG4-related disease")], []),
    # round 488: what a class "brought", one list of adjectives for both stages that read it
    # (class_administered_after lacked "transient")
    ("Autoimmune pancreatitis: a case series\n\nGlucocorticoids brought a transient improvement "
     "in the autoimmune pancreatitis of all four patients.\n",
     [("glucocorticoid", "autoimmune pancreatitis")], []),
])
def test_round_488_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("text, given", [
    # round 488 (blindtest1836 yks06): the class "the mainstay of treatment has been", in a
    # sentence that names no disease (the paper's disease)
    ("Vogt-Koyanagi-Harada disease: a review\n\nVogt-Koyanagi-Harada disease is a rare "
     "granulomatous uveitis. The mainstay of treatment has been corticosteroids and, more "
     "recently, steroid-sparing immunomodulators.\n",
     [("glucocorticoid", "Vogt-Koyanagi-Harada disease")]),
])
def test_round_488_uses_without_disease(tmp_path, text, given):
    assert_uses(tmp_path, text, given, [])


@pytest.mark.parametrize("title, body, design, patients", [
    # round 488 (blindtest1836 yks02): a title that counts its cases, read with "we followed"
    ("Sympathetic ophthalmia - long-term follow-up of seventeen cases",
     "We followed seventeen patients with sympathetic ophthalmia for as long as 23 years; their "
     "visual results and relapses are described here.", "CaseSeriesDesign", 17),
    # ... not one the title calls retrospective
    ("Retrospective analysis of 18 cases of Vogt-Koyanagi-Harada disease",
     "We reviewed the charts of 18 patients with Vogt-Koyanagi-Harada disease seen between 2001 "
     "and 2010.", "RetrospectiveCohortDesign", 18),
    # ... nor a national observational study (blindtest48 c304)
    ("TNF blocking agents in adult Still's disease: a national observational study of 20 cases",
     "Data on 20 patients with adult Still's disease treated in 14 centres between 1999 and 2005 "
     "were collected retrospectively from their records.", "RetrospectiveCohortDesign", 20),
])
def test_round_488_designs(tmp_path, no_study_models, title, body, design, patients):
    assert_study(tmp_path, title, body, design, patients)


def test_round_488_a_number_sought_is_no_count(tmp_path, no_study_models):
    # round 488 (blindtest1836 yks04): a registration "recruiting, with 40 participants sought"
    found = paper_study(
        tmp_path, "Early immunosuppression in Vogt-Koyanagi-Harada disease",
        "This prospective, single-arm interventional study will enrol patients with "
        "Vogt-Koyanagi-Harada disease at disease onset. The study is recruiting, with 40 "
        "participants sought and an expected end date of 25 February 2025.")
    assert found.value("numberOfPatients") is None


@pytest.mark.parametrize("text, given, not_given", [
    # round 489: a list that opens its clause and needs a class joins as a title's list does (cue
    # title_disease_joint), so a qualifier before its last disease no longer breaks it
    ("Behcet disease: a review\n\nTreatment follows the manifestation: oral ulcers are usually "
     "managed with colchicine alone, whereas posterior uveitis, vasculitis and severe arthritis "
     "generally need a high-dose glucocorticoid.\n",
     [("glucocorticoid", "posterior uveitis"), ("glucocorticoid", "vasculitis"),
      ("glucocorticoid", "arthritis")], [("colchicine", "posterior uveitis")]),
    # round 489 (blindtest1840 ykw02): the class a disease "resolved on", as one it "improved with"
    ("Stiff-person syndrome with glycine receptor antibodies: a case series\n\nA woman aged 33 "
     "developed gait ataxia. She then developed a typical stiff-person syndrome (SPS), which "
     "resolved on corticosteroids.\n", [("glucocorticoid", "stiff-person syndrome")], []),
    # ... not a class after "this", which names the drug named before it (blindtest710 ti01)
    ("Secondary HLH after pembrolizumab: a case report\n\nA woman aged 32 developed secondary "
     "hemophagocytic lymphohistiocytosis. She was treated with prednisolone alone, and the "
     "syndrome resolved with this steroid.\n",
     [("prednisolone", "secondary hemophagocytic lymphohistiocytosis")],
     [("glucocorticoid", "secondary hemophagocytic lymphohistiocytosis")]),
    # round 489 (blindtest1843 ykz01): a working diagnosis is no diagnosis of the patients that
    # the study drug was given for
    ("Hypersensitivity pneumonitis acquired at home: a case report\n\nA man of 50 had a cough. "
     "The working diagnosis was pneumonia, and antibiotics were begun. Hypersensitivity "
     "pneumonitis was then suspected and prednisone was started. He improved on prednisone.\n",
     [("prednisone", "hypersensitivity pneumonitis")], [("prednisone", "pneumonia")]),
])
def test_round_489_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 489 (blindtest1839 ykv05): the ages of those screened are no population; those
    # randomised are
    ("A gluten-free diet in asymptomatic coeliac disease and type 1 diabetes: a randomised trial",
     "In total 2,387 patients were screened, 1,298 adults and 1,089 children. Of those with "
     "biopsy-confirmed coeliac disease, fifty-one were randomised, 27 to the diet and 24 to a "
     "gluten-containing diet.", "RandomizedTrialDesign", 51),
    # ... but the ages of those included are theirs
    ("A cohort study of coeliac disease",
     "We did a retrospective cohort study. In total 230 patients were included, 130 adults and "
     "100 children.", "RetrospectiveCohortDesign", 230),
    # round 489 (blindtest1836 yks03): a clinic's patients a part is counted "of" are its
    # denominator, not those studied
    ("Vogt-Koyanagi-Harada disease in children in South India",
     "Methods: We reviewed the charts of all patients with Vogt-Koyanagi-Harada disease who were "
     "examined in the uveitis clinic between 1998 and 2007, a retrospective review.\nResults: "
     "Over the ten years, Vogt-Koyanagi-Harada disease was diagnosed in 267 of the 22,959 "
     "patients seen in the clinic (1.2%). Twenty-two of them were children (8.2%), thirteen "
     "girls and nine boys.", "RetrospectiveCohortDesign", 22),
    # ... but the patients seen in a clinic are those studied when no part is counted of them
    ("Uveitis in our clinic: a retrospective study",
     "We reviewed the charts of the 45 patients seen in our clinic with uveitis between 2001 and "
     "2010.", "RetrospectiveCohortDesign", 45),
])
def test_round_489_counts(tmp_path, no_study_models, title, body, design, patients):
    assert_study(tmp_path, title, body, design, patients)


@pytest.mark.parametrize("text, given, not_given", [
    # round 490 (blindtest1842 yky02): a disease the patients' disease was first mistaken for is not
    # what a paper with no title disease is about (cue contrasted_before)
    ("SECUKINUMAB FOR A RARE KERATINISING DERMATOSIS: TWO PATIENTS\n\nA man aged 60 had a "
     "generalised erythema with scale and palmar keratoderma for a year. His rash had first been "
     "misdiagnosed as psoriasis by a physician elsewhere. He was treated with cyclosporine "
     "without effect. Secukinumab was then started, and the erythema cleared by week 8. Biologic "
     "agents licensed for psoriasis may help such patients.\n",
     [], [("cyclosporine", "psoriasis")]),
    # round 490 (blindtest1849 ylf02): the one final diagnosis of a paper with no title, over a
    # finding named more often on the way to it (cue final_diagnosis_before); and not a disease
    # named as what that diagnosis rests on (cue diagnosis_basis_before)
    ("A thirteen-year-old boy was brought to us with vomiting, dizziness and red eyes, and within "
     "days he was found to have a unilateral deafness. The eyes showed an anterior uveitis which "
     "turned out to be an interstitial keratitis. The interstitial keratitis did not respond to "
     "drops. He was started on prednisone, and he responded well. The disease proved "
     "steroid-dependent, so methotrexate was commenced. On methotrexate his deafness resolved. The "
     "final diagnosis was Cogan syndrome, made on the association of audio-vestibular symptoms "
     "with interstitial keratitis. Cogan syndrome is rare.\n",
     [("prednisone", "Cogan syndrome"), ("methotrexate", "Cogan syndrome")],
     [("prednisone", "interstitial keratitis"), ("methotrexate", "interstitial keratitis")]),
])
def test_round_490_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("text, given, not_given", [
    # round 491 (blindtest1851 ylh04): what the authors say they diagnosed is what a paper with no
    # title is about, a finding too, over the disease it was first treated as (cue
    # final_diagnosis_before)
    ("A fourteen-year-old boy came to us with a red right eye. At a local hospital he had been "
     "treated for viral conjunctivitis. B-scan ultrasonography showed thickening of the sclera."
     "\n\nWe diagnosed bilateral posterior scleritis. The boy was started on topical steroids. "
     "Within two weeks his vision had returned.\n\nIn this boy posterior scleritis first "
     "presented as, and was treated as, viral conjunctivitis.\n",
     [("steroids", "scleritis")], [("steroids", "viral conjunctivitis")]),
    # round 491 (blindtest1846 ylc02, blindtest1851 ylh05): a paper with no title that names no
    # disease twice is about the finding it names most, three times or more
    ("Pericardial effusion in patients with uraemia may fail to settle with conservative "
     "treatment. We describe local steroid instillation in this setting.\n\nEach of the patients "
     "described here had a haemodynamically significant pericardial effusion. Triamcinolone "
     "hexacetonide was instilled into the pericardial sac. Drainage combined with intrapericardial "
     "triamcinolone hexacetonide gave prompt and lasting control of uraemic pericardial "
     "effusion.\n",
     [("triamcinolone", "pericardial effusion")], []),
    # round 491 (blindtest1856 ylm03): a disease named as a ratio's outcome in the patients on a
    # drug is no indication of it (cue outcome_before_disease)
    ("Antipsoriatic drugs and cardiovascular risk in psoriasis: a nationwide cohort study\n\nWe "
     "compared patients with psoriasis given methotrexate with those given other drugs. After "
     "adjustment, the hazard ratio for ischemic heart disease-related hospitalization in patients "
     "receiving methotrexate was 0.97.\n",
     [("methotrexate", "psoriasis")], [("methotrexate", "ischemic heart disease")]),
])
def test_round_491_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("text, given, not_given", [
    # round 492 (blindtest1856 ylm05): a disease named as what kept patients out of the trial is
    # not what a paper with no title is about
    ("Chronic heart failure is linked to inflammation. Methotrexate has anti-inflammatory "
     "effects in rheumatoid arthritis. Adults with heart failure were eligible; patients with "
     "rheumatoid arthritis or an infection were excluded. Fifty patients with chronic heart "
     "failure were randomly assigned to methotrexate or placebo. Methotrexate did not change "
     "the walk distance in heart failure.\n",
     [("methotrexate", "heart failure")], [("methotrexate", "rheumatoid arthritis")]),
    # round 492 (blindtest1860 ylq03): the patients split by their form of the disease, a share
    # and "the other" (cue diagnoses_list): the study drug was given for each form
    ("Ocrelizumab in multiple sclerosis: a multicentre observational study\n\nWe identified 210 "
     "patients with multiple sclerosis who had been given ocrelizumab. Twenty-six percent of the "
     "patients had primary progressive multiple sclerosis; the other 74% had relapsing-remitting "
     "multiple sclerosis. The treatment was well tolerated.\n",
     [("ocrelizumab", "primary progressive multiple sclerosis"),
      ("ocrelizumab", "relapsing-remitting multiple sclerosis")], []),
    # round 492 (blindtest1865 ylv02): a disease "was controlled by" a drug is its use
    ("Scleritis in inflammatory bowel disease: a retrospective case series\n\nEleven patients "
     "had scleritis and inflammatory bowel disease. The scleritis was controlled by methotrexate "
     "in three patients and by azathioprine in two.\n",
     [("methotrexate", "scleritis"), ("azathioprine", "scleritis")], []),
])
def test_round_492_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("text, given, not_given", [
    # round 493 (blindtest1868 yly06): a drug that "prevents new painful attacks", in a sentence
    # that names no disease, is used for the paper's disease
    ("Familial Mediterranean fever: a not so unusual cause of abdominal pain\n\nFamilial "
     "Mediterranean fever is an inherited syndrome of recurrent attacks of fever and serositis. "
     "Colchicine prevents new painful attacks in most patients.\n",
     [("colchicine", "familial Mediterranean fever")], []),
])
def test_round_493_uses(tmp_path, text, given, not_given):
    assert_uses(tmp_path, text, given, not_given)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 493 (blindtest1471 zdr04): one arm's size "in each arm" opening its sentence, in a
    # placebo-controlled trial that counts its arms nowhere: two arms (cue each_group_first)
    ("Azithromycin and early graft function after lung transplantation",
     "Methods: We performed a prospective, randomized, double-blind, placebo-controlled trial of "
     "azithromycin. Thirty-four recipients in each arm, all transplanted between October 2013 and "
     "October 2015, were included in the analysis.", "RandomizedTrialDesign", 68),
    # round 493 (blindtest1866 ylw02): two parts by drug after "were given", the second's verb
    # left out (cue gapped_arms) ...
    ("CT-guided corticosteroid injection of the jaw joint in juvenile idiopathic arthritis",
     "Methods. Children with juvenile idiopathic arthritis received injections of corticosteroid. "
     "Sixteen of them were given triamcinolone acetonide and seven triamcinolone hexacetonide. "
     "Fourteen patients had a follow-up MRI.", None, 23),
    # ... but not a time after the first part
    ("CT-guided corticosteroid injection of the jaw joint in juvenile idiopathic arthritis",
     "Methods. Children with juvenile idiopathic arthritis received injections of corticosteroid. "
     "Sixteen were given triamcinolone acetonide and seven days later ten were seen again. "
     "Fourteen patients had a follow-up MRI.", None, 14),
])
def test_round_493_counts(tmp_path, no_study_models, title, body, design, patients):
    assert_study(tmp_path, title, body, design, patients)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 492 (blindtest1856 ylm04): one group's size "in each" dose group is no population;
    # those "dosed" are
    ("Rituximab in acute myocardial infarction: a dose-escalation safety study",
     "This was a prospective, open-label, single-arm phase 1/2a trial. Four escalating doses were "
     "studied, with six patients in each dose group. Twenty-four patients were dosed, and "
     "rituximab appeared to be well tolerated.", "ProspectiveCohortDesign", 24),
    # round 492 (blindtest1846 ylc04): a part of the whole named again as the treated ("and these
    # 84 received") is the population
    ("Intrapericardial triamcinolone for autoreactive pericardial effusion",
     "Two hundred and sixty consecutive patients with pericarditis underwent pericardiocentesis. "
     "Biopsies identified 84 of the 260 patients as having autoreactive pericarditis, and these "
     "84 received intrapericardial triamcinolone.", None, 84),
    # round 492 (blindtest1757 yhr04, blindtest1756 yhq03): a prospective survey, and an aim to
    # follow the disease prospectively, are followed forward
    ("Acute pericarditis in three centres",
     "This prospective survey had several aims: to describe the patients and their work-up. "
     "Between May 2005 and September 2007, 103 patients with acute pericarditis were registered.",
     "ProspectiveCohortDesign", None),
    ("Polymyalgia rheumatica over 26 weeks",
     "Objective. To follow prospectively the course of polymyalgia rheumatica. Methods. "
     "Eighty-five patients with new-onset polymyalgia rheumatica were treated with prednisone "
     "and followed for 26 weeks.", "ProspectiveCohortDesign", None),
    # round 492 (blindtest1863 ylt04): patients "screened prospectively", and two groups each by
    # what it had, each labelled in brackets (cue labelled_had_second)
    ("Troponin screening for myocarditis during checkpoint-inhibitor therapy",
     "Methods. Cancer patients were screened prospectively: troponin was measured at baseline. "
     "Results. One hundred and ninety-six patients had a baseline troponin of 14 ng/l or less "
     "(group A), and eighty-four had a baseline value above 14 ng/l (group B).",
     "ProspectiveCohortDesign", 280),
    # round 492 (blindtest1865 ylv02): the records a case series was picked out of are a pool
    ("Scleritis in inflammatory bowel disease: a retrospective case series",
     "We went through the health records of 500 patients with scleritis seen at two centres and "
     "picked out those who also had inflammatory bowel disease. Eleven of the 500 (2.2%) had "
     "inflammatory bowel disease. There were eight women and three men.", "CaseSeriesDesign", 11),
    # round 492 (blindtest1864 ylu03): a group enrolled "for comparison" is added to the
    # population, not taken for it
    ("Prognostic factors of lupus myelopathy",
     "We looked back at fourteen patients with lupus myelopathy from our centre. For comparison "
     "we also enrolled twenty-three patients whose lupus had other neuropsychiatric features.",
     None, 37),
    # round 492 (blindtest1864 ylu04): the patients of an earlier report seen again years later
    # are followed forward
    ("Neurological involvement in Behcet syndrome over seven years",
     "Forty-six people with Behcet syndrome who had taken part in an earlier report were seen "
     "again 7 years later, and 42 of them could be re-examined neurologically.",
     "ProspectiveCohortDesign", None),
])
def test_round_492_counts(tmp_path, no_study_models, title, body, design, patients):
    assert_study(tmp_path, title, body, design, patients)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 491 (blindtest1861 ylr05): a teen multiplies hundreds ("Eighteen hundred and
    # seventeen"), not a count of seventeen
    ("Xuebijing injection in sepsis: a randomised trial",
     "Eighteen hundred and seventeen patients were randomised, 911 to Xuebijing and 906 to "
     "placebo.", "RandomizedTrialDesign", 1817),
])
def test_round_491_counts(tmp_path, no_study_models, title, body, design, patients):
    assert_study(tmp_path, title, body, design, patients)


@pytest.mark.parametrize("title, body, design, patients", [
    # round 490 (blindtest1844 yla05): "randomly divided" is randomised
    ("Topical glucocorticoid with or without oral prednisone in bullous pemphigoid",
     "Fifty-four patients with bullous pemphigoid admitted between 2009 and 2013 were graded for "
     "severity and then randomly divided into two treatment groups.", "RandomizedTrialDesign", 54),
    # round 490 (blindtest1843 ykz03): every record of a hospital reviewed is a retrospective cohort
    ("Hypersensitivity pneumonitis between primary care and specialists",
     "We reviewed every available clinical record of the Fukujuji Chest Hospital from 1994 to "
     "2005. The remaining study population consisted of fourteen men and fourteen women, with a "
     "mean age of 53.0 years.", "RetrospectiveCohortDesign", 28),
    # round 490 (blindtest1845 ylb03): a count broken down right after by sex into parts that add up
    # to it is the population, over parts of it counted by treatment later (cue whole_then_sexes)
    ("Adult-onset opsoclonus-myoclonus syndrome: two decades at one centre",
     "We reviewed the medical records of the Department of Neurology from 1990 through 2011. "
     "Twenty-one of our own patients had adult-onset opsoclonus-myoclonus syndrome: eleven women "
     "and ten men. Follow-up of at least 1 month was available for 19 patients. Treatment lasted "
     "a median of 6 weeks: 16 patients received immunotherapy together with symptomatic "
     "therapy, 2 received immunotherapy alone and 1 received clonazepam alone.",
     "RetrospectiveCohortDesign", 21),
    # ... not one arm's sexes in brackets, another arm's count following (blindtest1653 ydr03,
    # lost by the first form)
    ("Fexofenadine and famotidine in long COVID: a prospective study",
     "Fourteen patients (9 women, 5 men; mean age 49.5 years) were given fexofenadine 180 mg/day "
     "plus famotidine 40 mg/day, and thirteen others (8 women, 5 men; 47.3 years) remained "
     "untreated as controls.", "ProspectiveCohortDesign", 27),
    # ... not a subgroup's count broken down so
    ("Uveitis in sarcoidosis: a retrospective study",
     "We reviewed the medical records of 40 patients with sarcoidosis seen between 2001 and 2010. "
     "Of the 40 patients, 12 had uveitis: seven women and five men.",
     "RetrospectiveCohortDesign", 40),
    # round 490 (blindtest1847 yld03): the patients in whom the disease "had been confirmed
    # histopathologically", as those in whom it "had been diagnosed"
    ("Kikuchi-Fujimoto disease in children: a retrospective study",
     "A retrospective study of children in whom Kikuchi-Fujimoto disease was diagnosed between "
     "2003 and 2015. The disease had been confirmed histopathologically in eighty-six children. "
     "Enlarged cervical lymph nodes were found in 85 patients (99%); the enlargement was mostly "
     "unilateral (64 patients, 75%).", "RetrospectiveCohortDesign", 86),
])
def test_round_490_counts(tmp_path, no_study_models, title, body, design, patients):
    assert_study(tmp_path, title, body, design, patients)
