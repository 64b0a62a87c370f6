"""Versioned stores: load adds a file as a new published version; failures leave the old one."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from cytokg.graph_build import store as versions
from cytokg.graph_build.commands_info import summary
from cytokg.graph_build.commands_load import LoadError, default_graph, load
from cytokg.terms import graph

TURTLE = """@prefix ex: <http://example.org/> .
ex:tocilizumab ex:label "tocilizumab" ; ex:blocks ex:IL6R .
"""


def count(store: Path, graph_iri: str) -> int:
    db = versions.open_read_only(store)
    try:
        return len(list(db.quads_for_pattern(None, None, None, NamedNode(graph_iri))))
    finally:
        del db


def test_load_turtle_into_named_graph_and_info(tmp_path: Path):
    store = tmp_path / "store"
    ttl = tmp_path / "drugs.ttl"
    ttl.write_text(TURTLE, encoding="utf-8")
    info = load(ttl, store)
    assert store.is_symlink()
    assert count(store, default_graph(ttl)) == 2
    assert default_graph(ttl) == graph("loaded", "drugs")
    db = versions.open_read_only(store)
    rows = list(db.query(
        "SELECT ?l WHERE { GRAPH ?g { <http://example.org/tocilizumab> "
        "<http://example.org/label> ?l } }"
    ))
    del db
    assert [r["l"].value for r in rows] == ["tocilizumab"]
    first = info["version"]

    nt = tmp_path / "more.nt"
    nt.write_text("<http://example.org/a> <http://example.org/b> \"c\" .\n", encoding="utf-8")
    info = load(nt, store, "http://example.org/graph/more")
    assert info["version"] != first
    # the new version holds both files; the first file's graph was copied over
    assert count(store, default_graph(ttl)) == 2
    assert count(store, "http://example.org/graph/more") == 1
    data = summary(store)
    assert data["version"] == info["version"]
    assert [e["file"] for e in data["loaded"]] == ["drugs.ttl", "more.nt"]
    assert dict(data["graphs"]) == {default_graph(ttl): 2, "http://example.org/graph/more": 1}


def test_bad_files_are_named_and_store_unchanged(tmp_path: Path):
    store = tmp_path / "store"
    good = tmp_path / "good.ttl"
    good.write_text(TURTLE, encoding="utf-8")
    load(good, store)
    before = versions.version_id(store)
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b \n oops .\n")
    with pytest.raises(LoadError, match=r"broken\.ttl.*line 3"):
        load(broken, store)
    unknown = tmp_path / "data.xyz"
    unknown.write_text("x", encoding="utf-8")
    with pytest.raises(LoadError, match=r"data\.xyz.*\.xyz"):
        load(unknown, store)
    with pytest.raises(LoadError, match="not an IRI"):
        load(good, store, "not an iri")
    assert versions.version_id(store) == before
    # no half-built version directory is left behind
    assert not [p for p in versions.versions_dir(store).iterdir() if p.name.startswith("building-")]


def test_publish_is_atomic_swap_and_discard_keeps_old(tmp_path: Path):
    store = tmp_path / "store"
    quad = Quad(NamedNode("http://e/s"), NamedNode("http://e/p"), Literal("1"), NamedNode("http://e/g"))
    first = versions.new_version_dir(store)
    db = Store(str(first))
    db.add(quad)
    db.flush()
    del db
    versions.publish(first, store, {"version": "v1"})
    failed = versions.copy_current(store)
    db = Store(str(failed))
    assert len(db) == 1  # the copy holds the published data
    db.remove(quad)
    db.flush()
    del db
    versions.discard(failed)
    assert not failed.exists()
    assert versions.version_id(store) == "v1"
    assert count(store, "http://e/g") == 1
