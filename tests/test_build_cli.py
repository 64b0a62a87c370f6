"""The build, load, info and extract commands through the real CLI entry point (cytokg.cli.main)."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from pyoxigraph import NamedNode
from seed_support import BUILD_TIME

from cytokg.cli import main
from cytokg.config import PAPERS_DIR
from cytokg.graph_build import store as versions
from cytokg.graph_build.extract_json import SCHEMA_FILE

NEW_PAPER = Path(__file__).parent / "fixtures" / "extract" / "canakinumab_still.txt"


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two seed papers copied under new names (so text-mined only), built through the CLI."""
    root = tmp_path_factory.mktemp("cli")
    folder = root / "papers"
    folder.mkdir()
    shutil.copy(PAPERS_DIR / "000_a647327dfe4db4af.txt", folder / "kawasaki.txt")
    shutil.copy(PAPERS_DIR / "001_f5d8e0c700744777.txt", folder / "anakinra.txt")
    store = root / "store"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        rc = main(["build", "--documents", str(folder), "--store", str(store),
                   "--build-time", BUILD_TIME, "--emit-nquads", str(root / "out.nq"), "--quiet"])
    assert rc == 0
    (root / "summary.txt").write_text(printed.getvalue(), encoding="utf-8")
    return store


def test_build_prints_summary(small_store: Path):
    summary = (small_store.parent / "summary.txt").read_text(encoding="utf-8")
    assert "documents: 2 built (anakinra, kawasaki)" in summary
    assert "DrugDiseaseUse" in summary and "triples:" in summary and "problems:" in summary
    out = (small_store.parent / "out.nq").read_bytes()
    assert out.endswith(b" .\n") and out.count(b"\n") > 100
    info = versions.build_info(small_store)
    assert info["documents"] == ["anakinra", "kawasaki"]
    assert info["build_time"] == BUILD_TIME


def test_info_lists_documents_and_graphs(small_store: Path, capsys):
    assert main(["info", "--store", str(small_store)]) == 0
    out = capsys.readouterr().out
    assert "documents:  2" in out
    assert "https://w3id.org/cytokg/graph/kawasaki/assertion" in out
    assert f"build time: {BUILD_TIME}" in out


def test_load_turtle_makes_triples_queryable(small_store: Path, tmp_path: Path, capsys):
    ttl = tmp_path / "note.ttl"
    ttl.write_text(
        "@prefix ex: <http://example.org/> .\nex:note ex:says \"anakinra from day 24\" .\n",
        encoding="utf-8",
    )
    before = versions.version_id(small_store)
    assert main(["load", str(ttl), "--store", str(small_store),
                 "--graph", "http://example.org/graph/notes"]) == 0
    assert "loaded 1 statements" in capsys.readouterr().out
    assert versions.version_id(small_store) != before
    db = versions.open_read_only(small_store)
    try:
        rows = list(db.query("SELECT ?o WHERE { GRAPH <http://example.org/graph/notes> "
                             "{ <http://example.org/note> ?p ?o } }"))
        # the built documents are still there beside the loaded graph
        assert db.contains_named_graph(NamedNode("https://w3id.org/cytokg/graph/kawasaki/pubinfo"))
    finally:
        del db
    assert [r["o"].value for r in rows] == ["anakinra from day 24"]


def test_bad_arguments_exit_nonzero(tmp_path: Path, capsys):
    assert main(["build", "--build-time", "yesterday", "--store", str(tmp_path / "s")]) == 2
    assert "yesterday" in capsys.readouterr().err
    latin = tmp_path / "latin.txt"
    latin.write_bytes("anakinra à Paris".encode("latin-1"))
    assert main(["extract", str(latin)]) == 1
    assert "latin.txt" in capsys.readouterr().err
    assert main(["load", str(tmp_path / "missing.ttl"), "--store", str(tmp_path / "s")]) == 1
    assert "missing.ttl" in capsys.readouterr().err


def test_extract_new_paper_follows_schema(capsys):
    assert main(["extract", str(NEW_PAPER), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    text = NEW_PAPER.read_text(encoding="utf-8")
    ids = {e["id"] for e in data["entities"]}
    # fixture: "Canakinumab, a monoclonal antibody against interleukin-1 beta" in
    # "adult-onset Still's disease"; ids from identifiers.tsv (canakinumab) and the lexicon (MONDO)
    assert {"DRUGBANK:DB06168", "MONDO:0019355"} <= ids
    assert data["study"]["design"] == "CaseReportDesign"  # "... : a case report"
    assert data["study"]["number_of_patients"] == 1  # "We report a 34-year-old woman"
    uses = {(u["drug"]["id"], u["forDisease"]["id"]) for u in data["drug_disease_uses"]}
    assert ("DRUGBANK:DB06168", "MONDO:0019355") in uses
    for entity in data["entities"]:
        for m in entity["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for section in ("drug_disease_uses", "outcomes", "adverse_events", "other_facts"):
        for fact in data[section]:
            assert fact["agent"] == "TextMining"  # no curation file for a new paper
            assert fact["reading"] in {"RuleReading", "ModelRescoredReading", "ModelReading"}
            for q in fact["quotes"]:
                assert text[q["start"]:q["end"]] == q["text"]


def test_extract_tsv(capsys):
    assert main(["extract", str(NEW_PAPER), "--format", "tsv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:3] == ["section", "kind", "id_or_key"]
    assert any(line.startswith("entity\tdrug\tDRUGBANK:DB06168\t") for line in lines)
    assert all(len(line.split("\t")) == 8 for line in lines)
