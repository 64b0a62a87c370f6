"""The benchmark at tiny sizes, so it never rots: `python -m bench --quick` runs the real build,
load and the three real servers on 127.0.0.1, and writes its results. No timing is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # bench/ is a folder of the repository, not of the installed package

from bench.build_bench import growth_exponents  # noqa: E402
from bench.scale import replicate  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def quick_results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bench-out")
    work = tmp_path_factory.mktemp("bench-work")
    argv = [sys.executable, "-m", "bench", "--quick", "--out", str(out), "--work", str(work)]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=900,
                          cwd=ROOT)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return out


def test_results_files_written(quick_results: Path) -> None:
    assert (quick_results / "results.md").read_text(encoding="utf-8").startswith("# cytokg bench")
    png = (quick_results / "throughput.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_build_rows_have_sizes_jobs_and_stages(quick_results: Path) -> None:
    results = json.loads((quick_results / "results.json").read_text(encoding="utf-8"))
    rows = results["build"]["rows"]
    assert {(r["papers"], r["jobs"]) for r in rows} == {(2, 1), (2, 2), (4, 1), (4, 2)}
    for r in rows:
        assert r["triples"] > 0 and r["papers_per_second"] > 0 and r["peak_rss_mb"] > 0
        assert {"parse", "mentions", "rdf", "load"} <= set(r["stage_seconds"])
    assert len(results["build"]["growth_exponents"]) == 2  # 2 -> 4, for each jobs setting


def test_load_compares_ours_with_raw_on_same_file(quick_results: Path) -> None:
    load = json.loads((quick_results / "results.json").read_text(encoding="utf-8"))["load"]
    assert load["quads"] >= 20_000  # the quick plan's replicated graph
    assert load["ours_seconds"] > 0 and load["raw_seconds"] > 0
    assert load["ratio"] == pytest.approx(load["raw_seconds"] / load["ours_seconds"])


def test_query_rows_cover_every_server_kind_and_concurrency(quick_results: Path) -> None:
    query = json.loads((quick_results / "results.json").read_text(encoding="utf-8"))["query"]
    assert [g["label"] for g in query["graphs"]] == ["seed", "large"]
    # ours twice: on its own store, and in front of the oxigraph server (--backend)
    servers = {"cytokg", "cytokg-remote", "oxigraph", "rdflib-endpoint"}
    seed, large = query["graphs"]
    main = {(s, k, n) for s in servers for k in ("saved", "adhoc") for n in (1, 2)}
    assert {(r["server"], r["kind"], r["clients"]) for r in seed["rows"]} == main
    # On the large graph rdflib-endpoint is measured apart, on the subset it answers, at 1 client
    side = {(s, f"{k}∩rdflib", 1) for s in servers - {"cytokg-remote"} for k in ("saved", "adhoc")}
    main_large = {m for m in main if m[0] != "rdflib-endpoint"}
    assert {(r["server"], r["kind"], r["clients"]) for r in large["rows"]} == main_large | side
    for graph in query["graphs"]:
        for r in graph["rows"]:
            assert r["queries"] > 0 and r["requests"] > 0 and r["errors"] == 0, r
            assert r["p50_ms"] <= r["p95_ms"] <= r["p99_ms"]
        ours = [r for r in graph["rows"] if r["server"] == "cytokg"]
        assert all("ratio_to_oxigraph" in r for r in ours)
        remote = [r for r in graph["rows"] if r["server"] == "cytokg-remote"]
        assert remote and all("ratio_to_oxigraph" in r for r in remote)
        assert all("ratio_to_rdflib-endpoint" in r for r in ours
                   if graph is seed or r["kind"].endswith("∩rdflib"))  # fmt: skip
    # saved:fact-provenance needs a fact IRI: the bench picks one from the graph, so it is measured
    for graph in query["graphs"]:
        assert graph["picked"]["fact-provenance"]["fact"].startswith("https://w3id.org/cytokg/")
        assert "saved:fact-provenance" not in graph["excluded"]
    assert query["client_ceiling"]["qps"] > 0


def test_replicate_renames_documents_and_keeps_shared_graphs(tmp_path: Path) -> None:
    source = tmp_path / "in.nq"
    source.write_text(
        "<https://w3id.org/cytokg/resource/d1/x> <http://p> \"v\" "
        "<https://w3id.org/cytokg/graph/d1/assertion> .\n"
        "<http://a> <http://p> <http://b> <https://w3id.org/cytokg/graph/ontology> .\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.nq"
    assert replicate(source, out, 4) == (3, 4)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert sum("graph/ontology" in line for line in lines) == 1
    assert "<https://w3id.org/cytokg/resource/d1x2/x>" in lines[-1]
    assert lines[-1].endswith("<https://w3id.org/cytokg/graph/d1x2/assertion> .")


def test_growth_exponent_is_the_log_log_slope() -> None:
    rows = [{"jobs": 1, "papers": 10, "wall_seconds": 1.0},
            {"jobs": 1, "papers": 100, "wall_seconds": 100.0}]  # fmt: skip
    assert growth_exponents(rows) == [{"jobs": 1, "from": 10, "to": 100, "exponent": 2.0}]


def test_equal_mix_weights_each_query_equally() -> None:
    """Single-query runs combine as a round-robin mix would measure them at one client."""
    from bench.loadgen import RunResult, equal_mix

    fast = RunResult(1, 1.0, (0.01,) * 100, 0, 0.1, (("fast", 0.01),))
    slow = RunResult(1, 1.0, (0.5, 0.5), 0, 0.02, (("slow", 0.5),))
    mix = equal_mix([fast, slow])
    assert mix.latencies == (0.01, 0.01, 0.5, 0.5)  # two of each
    assert abs(mix.qps - 4 / 1.02) < 1e-9
    assert dict(mix.per_query) == {"fast": 0.01, "slow": 0.5}
    with pytest.raises(ValueError):
        equal_mix([fast, RunResult(1, 1.0, (), 1, 0.0, ())])
