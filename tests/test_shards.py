"""`cytokg build --emit nquads DIR`: per-document N-Quads shards for bulk loaders.

Real builds of the seed papers through the CLI, the real `oxigraph load` (PyPI `oxigraph`) and
pyoxigraph stores on disk. Builds: the five seeds (shared per module), again with --jobs 2, two
halves of the corpus (shared), and two papers that must fail.
"""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pyoxigraph
import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat
from seed_support import BUILD_TIME, SEED_IDS

from cytokg.cli import main
from cytokg.config import PAPERS_DIR
from cytokg.graph_build import shards
from cytokg.graph_build.sink import nquads_lines
from cytokg.graph_build.store import current
from cytokg.terms import GRAPH, RESOURCE

OXIGRAPH = Path(sys.executable).parent / "oxigraph"
ACTIVITY = re.compile(rb"<" + re.escape(RESOURCE.encode()) + rb"build/[0-9a-f]{16}>")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
BLANKS = "SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { GRAPH ?g { ?b ?p ?o } FILTER isBlank(?b) }"
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
# 003, Table 1: "Mortality, n (%) 18 (54.5) 6(19.3) 0.004*"
P_MORTALITY_003 = f"""SELECT ?p WHERE {{ GRAPH <{GRAPH}003/assertion> {{
  <{RESOURCE}003/comparison/mortality-comparison> <https://w3id.org/cytokg/pValue> ?p }} }}"""


def _build(root: Path, papers: Path, *extra: str) -> SimpleNamespace:
    """One `cytokg build` through the CLI entry point, shards in root/shards."""
    out = io.StringIO()
    args = ["build", "--documents", str(papers), "--store", str(root / "store"),
            "--build-time", BUILD_TIME, "--emit", "nquads", str(root / "shards"), "--quiet", *extra]
    with contextlib.redirect_stdout(out):
        assert main(args) == 0
    return SimpleNamespace(store=root / "store", shards=root / "shards", summary=out.getvalue())


def _papers(root: Path, ids: tuple[str, ...]) -> Path:
    """A folder of symlinks to some bundled papers (a machine's share of the corpus; the links
    resolve into the bundled folder, so ids and manifest metadata are those of the bundle)."""
    folder = root / "papers"
    folder.mkdir(parents=True)
    for path in sorted(PAPERS_DIR.glob("*.txt")):
        if path.name.split("_")[0] in ids:
            (folder / path.name).symlink_to(path)
    assert len(list(folder.iterdir())) == len(ids)
    return folder


@pytest.fixture(scope="module")
def five(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    """The five seeds, --jobs 1, with both the one-file N-Quads and the shards."""
    root = tmp_path_factory.mktemp("shards-five")
    built = _build(root, PAPERS_DIR, "--jobs", "1", "--emit-nquads", str(root / "all.nq"))
    built.nquads = root / "all.nq"
    return built


@pytest.fixture(scope="module")
def halves(tmp_path_factory: pytest.TempPathFactory) -> tuple[SimpleNamespace, SimpleNamespace]:
    """Two builds as on two machines. 001's curation quotes 002 (a cross-paper conflict), so
    001 and 002 go to the same machine: {000, 001, 002} and {003, 004}."""
    root = tmp_path_factory.mktemp("shards-halves")
    first, second = root / "a", root / "b"
    return (_build(first, _papers(first, ("000", "001", "002"))),
            _build(second, _papers(second, ("003", "004"))))


def _files(directory: Path) -> dict[str, bytes]:
    return {s.file: (directory / s.file).read_bytes() for s in shards.read_manifest(directory)}


def _store_quads(store: Path) -> bytes:
    db = pyoxigraph.Store.read_only(str(current(store)))
    try:
        return db.dump(format=RdfFormat.N_QUADS)
    finally:
        del db


def _canonical(data: bytes) -> set[bytes]:
    """The quads of N-Quads bytes with blank nodes relabelled canonically: equal sets mean
    isomorphic datasets."""
    return set(nquads_lines(pyoxigraph.parse(data, format=RdfFormat.N_QUADS)))


def _ask(store_dir: Path, query: str) -> list:
    db = pyoxigraph.Store.read_only(str(store_dir))
    try:
        return [tuple(t.value for t in row) for row in db.query(query)]
    finally:
        del db


def _oxigraph_load(store_dir: Path, *files: Path) -> None:
    done = subprocess.run([str(OXIGRAPH), "load", "--location", str(store_dir), "--file",
                           *map(str, files)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


# --- the layout -----------------------------------------------------------------------------------


def test_layout_and_manifest(five):
    listed = shards.read_manifest(five.shards)  # also checks every sha256 and count
    names = [s.file for s in listed]
    assert names == sorted(names)
    assert [n for n in names if n.startswith("documents/")] == [
        f"documents/{d}.nq" for d in SEED_IDS]
    assert {"ontology.nq", "imports/mondo-slice.nq", "imports/xrefs.nq", "imports/inferred.nq",
            "imports/examples.nq"} <= set(names)
    assert "N-Quads shards: " in five.summary
    # every quad of a document shard is in one of that document's graphs
    for doc in SEED_IDS:
        graphs = {line.rsplit(b" ", 2)[-2] for line in
                  (five.shards / f"documents/{doc}.nq").read_bytes().splitlines()}
        assert graphs == {f"<{GRAPH}{doc}/{g}>".encode() for g in
                          ("head", "assertion", "provenance", "pubinfo")}
    # 003, Table 1: "Mortality, n (%) 18 (54.5) 6(19.3) 0.004*" is in 003's shard, not elsewhere
    needle = f"<{RESOURCE}003/comparison/mortality-comparison> <https://w3id.org/cytokg/pValue>"
    holders = [n for n, data in _files(five.shards).items() if needle.encode() in data]
    assert holders == ["documents/003.nq"]


# --- (a) the shards are the store --------------------------------------------------------------


def test_union_of_shards_is_the_built_store(five):
    union = b"".join(_files(five.shards).values())
    lines = union.splitlines(keepends=True)
    assert len(lines) == len(set(lines))  # no quad in two shards
    # IRI/literal-only quads: byte for byte the lines of the one-file N-Quads of the same build
    plain = {x for x in lines if b"_:" not in x}
    assert plain == {x for x in five.nquads.read_bytes().splitlines(keepends=True)
                     if b"_:" not in x}
    assert any(b"_:" in x for x in lines)  # the ontology's OWL restrictions
    # all quads, blank nodes included: loaded into a store, the same dataset as the published
    # store (both dumped from a store: Oxigraph writes e.g. xsd:decimal "1.0" as "1")
    db = pyoxigraph.Store()
    db.load(union, format=RdfFormat.N_QUADS)
    assert _canonical(db.dump(format=RdfFormat.N_QUADS)) == _canonical(_store_quads(five.store))


# --- (b) bulk loading with the oxigraph CLI ----------------------------------------------------


def test_oxigraph_load_shard_by_shard_and_concatenated(five, tmp_path: Path):
    built = _ask(current(five.store), COUNT)
    files = [five.shards / s.file for s in shards.read_manifest(five.shards)]
    by_shard = tmp_path / "by-shard"
    for path in files:  # each shard loads on its own, into the same store
        _oxigraph_load(by_shard, path)
    joined = tmp_path / "all-shards.nq"
    joined.write_bytes(b"".join(p.read_bytes() for p in files))
    concatenated = tmp_path / "concatenated"
    _oxigraph_load(concatenated, joined)
    assert int(built[0][0]) == five.nquads.read_bytes().count(b"\n")  # every quad of the build
    for loaded in (by_shard, concatenated):
        assert _ask(loaded, COUNT) == built
        assert sorted(_ask(loaded, PER_GRAPH)) == sorted(_ask(current(five.store), PER_GRAPH))
        # blank nodes stay distinct: none merged across shards
        assert _ask(loaded, BLANKS) == _ask(current(five.store), BLANKS)
        assert _ask(loaded, P_MORTALITY_003) == [("0.004",)]


# --- (c) a corpus split across two machines ----------------------------------------------------


def _normalised(data: bytes) -> set[bytes]:
    """Lines with the build activity IRI replaced: it is a digest of each build's inputs, so by
    design it differs between a build of all papers and a build of some."""
    return set(ACTIVITY.sub(b"<build-activity>", data).splitlines(keepends=True))


def test_split_builds_concatenate_to_the_whole(five, halves):
    whole = _files(five.shards)
    parts = [_files(h.shards) for h in halves]
    # ontology and imports do not depend on the papers: byte-identical on every machine
    for part in parts:
        for name, data in part.items():
            if not name.startswith("documents/"):
                assert data == whole[name], name
    assert sorted(n for p in parts for n in p if n.startswith("documents/")) == sorted(
        n for n in whole if n.startswith("documents/"))
    # each document's shard is the same, but for the activity IRI, whichever machine built it
    activities = set()
    for part in parts:
        for name, data in part.items():
            if name.startswith("documents/"):
                assert _normalised(data) == _normalised(whole[name]), name
                activities |= set(ACTIVITY.findall(data))
    whole_activity = set(ACTIVITY.findall(b"".join(whole.values())))
    assert len(activities) == 2 and len(whole_activity) == 1 and not activities & whole_activity
    # concatenated: document shards of both machines + one copy of ontology and imports
    joined = b"".join(d for n, d in parts[0].items() if not n.startswith("documents/"))
    joined += b"".join(d for p in parts for n, d in p.items() if n.startswith("documents/"))
    assert _normalised(joined) == _normalised(b"".join(whole.values()))
    db = pyoxigraph.Store()
    db.load(joined, format=RdfFormat.N_QUADS)
    assert len(db) == sum(s.quads for s in shards.read_manifest(five.shards))


def test_a_paper_whose_curation_quotes_a_missing_paper_fails_by_name(tmp_path: Path, capsys):
    papers = _papers(tmp_path, ("000", "001"))  # 001 quotes 002 (conflictsWithDocument)
    args = ["build", "--documents", str(papers), "--store", str(tmp_path / "store"),
            "--build-time", BUILD_TIME, "--emit", "nquads", str(tmp_path / "shards"), "--quiet"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "001_f5d8e0c700744777.txt" in err and "'002'" in err
    assert not (tmp_path / "shards").exists()


# --- (d, e) reproducible: a rebuild, with --jobs 2, gives the same bytes -----------------------


@pytest.mark.slow
def test_rebuild_with_two_jobs_gives_identical_shards(five, tmp_path: Path):
    again = _build(tmp_path, PAPERS_DIR, "--jobs", "2")
    assert (again.shards / shards.MANIFEST).read_bytes() == (
        five.shards / shards.MANIFEST).read_bytes()
    assert _files(again.shards) == _files(five.shards)


# --- blank nodes, replacing a previous set, bad targets (small inputs, real files) -------------

EX = "http://example.org/"


def _restriction(doc: str, value: str) -> list[Quad]:
    """A blank node of one document (a fresh one, as a parser makes)."""
    g, b = NamedNode(f"{EX}graph/{doc}"), BlankNode()
    return [Quad(NamedNode(f"{EX}{doc}"), NamedNode(f"{EX}has"), b, g),
            Quad(b, NamedNode(f"{EX}value"), Literal(value), g)]


def test_concatenated_shards_keep_blank_nodes_of_documents_apart(tmp_path: Path):
    docs = {"x": _restriction("x", "1"), "y": _restriction("y", "2")}
    # the hazard: each document serialised canonically on its own gets the same labels
    naive = b"".join(b"".join(nquads_lines(q)) for q in docs.values())
    merged = pyoxigraph.Store()
    merged.load(naive, format=RdfFormat.N_QUADS)
    assert next(iter(merged.query(BLANKS)))["n"].value == "1"  # two restrictions became one
    # the shards: labels prefixed by a digest of shard name and content
    shards.write_shards(tmp_path / "out", [], docs)
    joined = b"".join((tmp_path / "out" / f"documents/{d}.nq").read_bytes() for d in docs)
    db = pyoxigraph.Store()
    db.load(joined, format=RdfFormat.N_QUADS)
    assert next(iter(db.query(BLANKS)))["n"].value == "2"
    # the same content under another document id still gets its own label
    assert shards.shard_lines("documents/x.nq", docs["x"]) != shards.shard_lines(
        "documents/z.nq", docs["x"])
    assert shards.shard_lines("documents/x.nq", docs["x"]) == shards.shard_lines(
        "documents/x.nq", list(reversed(docs["x"])))


def test_a_blank_node_shared_by_two_shards_is_refused(tmp_path: Path):
    shared = BlankNode("r")
    imports = [Quad(shared, NamedNode(f"{EX}p"), Literal("1"), NamedNode(GRAPH + "xrefs")),
               Quad(shared, NamedNode(f"{EX}p"), Literal("2"), NamedNode(GRAPH + "inferred"))]
    with pytest.raises(shards.ShardError, match=r"_:r is used in imports/\w+\.nq and imports/"):
        shards.write_shards(tmp_path / "out", imports, {})
    assert not (tmp_path / "out").exists()


def test_a_previous_set_is_replaced_whole(tmp_path: Path):
    out = tmp_path / "out"
    shards.write_shards(out, [], {"x": _restriction("x", "1"), "y": _restriction("y", "2")})
    shards.write_shards(out, [], {"x": _restriction("x", "1")})
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "MANIFEST.tsv", "documents/x.nq"]
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no temporary folder left


def test_a_changed_shard_is_named_by_the_manifest_check(tmp_path: Path):
    out = tmp_path / "out"
    shards.write_shards(out, [], {"x": _restriction("x", "1")})
    shard = out / "documents/x.nq"
    shard.write_bytes(shard.read_bytes().replace(b'"1"', b'"7"'))
    with pytest.raises(shards.ShardError, match=r"MANIFEST.tsv:2: documents/x.nq does not match"):
        shards.read_manifest(out)


def test_bad_targets_and_formats_fail_before_building(tmp_path: Path, capsys):
    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("mine", encoding="utf-8")
    base = ["build", "--store", str(tmp_path / "store"), "--quiet"]
    assert main([*base, "--emit", "nquads", str(foreign)]) == 1
    assert f"{foreign} is not empty and holds no MANIFEST.tsv" in capsys.readouterr().err
    assert (foreign / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert main([*base, "--emit", "turtle", str(tmp_path / "x")]) == 2
    assert "--emit: unknown format 'turtle' (known: nquads)" in capsys.readouterr().err
    assert not (tmp_path / "store").exists()
