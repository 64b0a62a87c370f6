"""The real build of the seeds: named graphs, quotes at their offsets, reproducible bytes, bad
input, and a failed build that leaves the published store alone."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from seed_support import BUILD_TIME, SEED_IDS, seed_settings

from cytokg.config import PAPERS_DIR, Settings
from cytokg.graph_build import store as versions
from cytokg.graph_build.pipeline import BuildError, build
from cytokg.identifiers import expand
from cytokg.terms import CY, graph, resource

PAPERS = {p.name: p for p in PAPERS_DIR.glob("*.txt")}


def test_each_seed_has_its_named_graphs(seed_query, seed_build):
    rows = seed_query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    names = {r["g"].value for r in rows}
    for doc in SEED_IDS:
        for part in ("head", "assertion", "provenance", "pubinfo"):
            assert graph(doc, part) in names
    assert seed_build.report.documents == SEED_IDS
    assert not seed_build.report.errors


def test_every_evidence_span_quotes_its_document(seed_query):
    rows = seed_query(
        "SELECT ?file ?sha ?q ?s ?e WHERE { ?f cy:hasEvidence ?ev . ?ev cy:derivedFrom ?span ."
        " ?span cy:inDocument ?doc ; cy:quote ?q ; cy:startOffset ?s ; cy:endOffset ?e ."
        " ?doc cy:sha256 ?sha ; dcterms:source ?file }"
    )
    assert len(rows) > 300
    texts = {name: path.read_text(encoding="utf-8") for name, path in PAPERS.items()}
    for row in rows:
        path = PAPERS[row["file"].value]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == row["sha"].value
        start, end = int(row["s"].value), int(row["e"].value)
        assert texts[path.name][start:end] == row["q"].value


def test_003_mortality_comparison_with_evidence(seed_query):
    # 003 Table 1: "Mortality, n (%) 18 (54.5) 6(19.3) 0.004*"
    comparison = resource("003", "comparison", "mortality-comparison")
    rows = seed_query(
        f"SELECT ?p ?code ?agent WHERE {{ <{comparison}> a cy:Comparison, cy:Fact ; cy:pValue ?p ;"
        " cy:hasEvidence ?ev . ?ev cy:evidenceCode ?code ; cy:agentType ?agent }"
    )
    assert [r["p"].value for r in rows] == ["0.004"]
    assert rows[0]["code"].value == expand("ECO:0007121")
    assert rows[0]["agent"].value == CY.ManualCuration
    # 003 is a retrospective cohort of tocilizumab in septic shock (MeSH D012772, no MONDO class)
    assert seed_query(f"ASK {{ <{resource('003', 'publication')}> a cy:CohortStudy }}")
    assert seed_query(
        f"ASK {{ GRAPH <{graph('003', 'assertion')}> {{ <{expand('DRUGBANK:DB06273')}> "
        f"cy:appliedToTreat <{expand('MESH:D012772')}> }} }}"
    )


def test_curated_and_mined_side_by_side(seed_query):
    rows = seed_query(
        "SELECT ?agent (COUNT(?ev) AS ?n) WHERE { ?ev a cy:Evidence ; cy:agentType ?agent }"
        " GROUP BY ?agent"
    )
    counts = {r["agent"].value: int(r["n"].value) for r in rows}
    assert counts[CY.ManualCuration] > 0 and counts[CY.TextMining] > 0


def test_build_activity_is_fixed_by_build_time(seed_query, seed_build):
    rows = seed_query(
        "SELECT DISTINCT ?a ?t ?v WHERE { ?a a cy:BuildActivity, prov:Activity ;"
        " prov:startedAtTime ?t ; cy:toolVersion ?v }"
    )
    found = [(r["a"].value, r["t"].value) for r in rows]
    assert found == [(seed_build.report.activity, BUILD_TIME)]


@pytest.mark.slow
def test_same_inputs_give_identical_bytes_with_two_jobs(seed_build, tmp_path: Path):
    store = tmp_path / "store"
    nquads = tmp_path / "again.nq"
    build(seed_settings(store), PAPERS_DIR, store, 2, quiet=True, emit_nquads=nquads)
    assert nquads.read_bytes() == seed_build.nquads.read_bytes()


def test_bad_inputs_are_named_while_others_build(tmp_path: Path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for name in ("001_f5d8e0c700744777.txt", "004_dc994b4f864f4277.txt"):
        shutil.copy(PAPERS_DIR / name, folder / name)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "latin1.txt").write_bytes("Patients treated with anakinra à Paris".encode("latin-1"))
    (folder / "huge.txt").write_text("Kawasaki disease. " * 20_000)  # 360,000 bytes
    (folder / "nothing.txt").write_text("The weather was pleasant and the walk was long.\n")
    settings = replace(Settings(), build_time=BUILD_TIME, max_document_bytes=300_000)
    store = tmp_path / "store"
    report = build(settings, folder, store, 1, quiet=True)
    # the two real papers (outside the bundled folder: ids are their file stems) are built, and
    # so is the paper without entities (with a warning); the unreadable four are named errors
    assert report.documents == ("001_f5d8e0c700744777", "004_dc994b4f864f4277", "nothing")
    messages = {p.doc: p.message for p in report.problems if p.level == "error"}
    assert set(messages) == {"empty.txt", "binary.txt", "latin1.txt", "huge.txt"}
    assert "empty" in messages["empty.txt"]
    assert "binary" in messages["binary.txt"]
    assert "UTF-8" in messages["latin1.txt"]
    assert "too large" in messages["huge.txt"]
    assert any(p.doc == "nothing.txt" and "no recognisable entities" in p.message
               for p in report.problems)
    assert versions.build_info(store)["problems"]  # the report is kept beside the store


def _documents(store: Path) -> set[str]:
    db = versions.open_read_only(store)
    try:
        rows = db.query(f"SELECT ?d WHERE {{ GRAPH ?g {{ ?d a <{CY.Document}> }} }}")
        return {r["d"].value for r in rows}
    finally:
        del db


def test_failed_build_keeps_the_published_store(tmp_path: Path, monkeypatch):
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(PAPERS_DIR / "001_f5d8e0c700744777.txt", folder / "first.txt")
    store = tmp_path / "store"
    settings = replace(Settings(), build_time=BUILD_TIME)
    build(settings, folder, store, 1, quiet=True)
    good = versions.version_id(store)
    assert _documents(store) == {resource("first")}

    # a second paper, but validation fails: nothing is published
    shutil.copy(PAPERS_DIR / "004_dc994b4f864f4277.txt", folder / "second.txt")

    def every_document_has_a_title(path: Path) -> list[str]:
        return ["second: publication has no cy:title"]  # what a failing SHACL report returns

    with pytest.raises(BuildError, match="(?s)validation failed.*second"):
        build(settings, folder, store, 1, quiet=True, validators=[every_document_has_a_title])
    assert versions.version_id(store) == good
    assert _documents(store) == {resource("first")}

    # a broken curation file fails the build naming file and line; the old store still answers
    curation = tmp_path / "curation"
    curation.mkdir()
    (curation / "second.yaml").write_text(
        "facts:\n  - key: x\n    kind: AuthorClaim\n    quote: \"not in the paper at all\"\n"
    )
    monkeypatch.setattr("cytokg.graph_build.curation.CURATION_DIR", curation)
    with pytest.raises(BuildError, match=r"second\.yaml:\d+"):
        build(settings, folder, store, 1, quiet=True)
    assert versions.version_id(store) == good
    assert _documents(store) == {resource("first")}
    leftovers = [p for p in versions.versions_dir(store).iterdir() if p.name.startswith("building")]
    assert leftovers == []


def test_a_50_mb_paper_is_refused_by_name_without_reading_it(tmp_path: Path):
    from cytokg.graph_build.pipeline import read_all

    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50_000_000)  # sparse: 50 MB on paper, no disk written
    documents, problems = read_all([huge, PAPERS_DIR / "001_f5d8e0c700744777.txt"], Settings())
    assert list(documents) == ["001"]
    assert [(p.doc, p.level) for p in problems] == [("huge.txt", "error")]
    assert "too large: 50,000,000 bytes" in problems[0].message
