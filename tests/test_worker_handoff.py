"""The query worker hand-off: a small answer comes back in-band through the worker's pipe, a big
one through a spool file, both byte-identical to serialising in this process; the size limit holds
on either path and nothing is left in the spool. Real worker processes on a real on-disk store."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

from cytokg.server import errors
from cytokg.server.workers import Job, WorkerPool

EX = "http://example.org/"
QUERY = f"SELECT ?s ?o WHERE {{ ?s <{EX}p> ?o }} ORDER BY ?s"
ROWS = 2000


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("handoff") / "store"
    store = ox.Store(str(path))
    store.extend(
        ox.Quad(ox.NamedNode(f"{EX}s{i:05d}"), ox.NamedNode(f"{EX}p"), ox.Literal(f"value {i}"))
        for i in range(ROWS)
    )
    store.flush()
    del store
    return path


@pytest.fixture(scope="module")
def pool():
    pool = WorkerPool(1)
    yield pool
    pool.close()


@pytest.fixture(scope="module")
def expected(store_dir: Path) -> bytes:
    """The same answer serialised here, without any hand-off."""
    store = ox.Store.read_only(str(store_dir))
    out = io.BytesIO()
    store.query(QUERY).serialize(out, ox.QueryResultsFormat.JSON)
    return out.getvalue()


def _job(pool: WorkerPool, store_dir: Path, **changes) -> Job:
    job = Job(
        store_dir=str(store_dir),
        query=QUERY,
        accept="application/sparql-results+json",
        fmt=None,
        substitutions=(),
        default_graphs=None,
        named_graphs=None,
        union_default_graph=False,
        max_bytes=10_000_000,
        out_path=pool.spool_path(),
    )
    return replace(job, **changes)


def _spooled(pool: WorkerPool) -> list[Path]:
    return list(pool.spool.iterdir()) if pool.spool.exists() else []


def test_small_answer_comes_in_band(pool, store_dir, expected):
    result = pool.run(_job(pool, store_dir), timeout=30)
    assert result.path is None and result.data is not None  # no spool file was made
    body = result.read()
    assert body == expected and result.size == len(expected)
    assert len(json.loads(body)["results"]["bindings"]) == ROWS
    assert not pool.spool.exists()  # the spool folder is made only when an answer spills


def test_big_answer_spills_to_a_file_and_streams_the_same_bytes(pool, store_dir, expected):
    job = _job(pool, store_dir, inline_max=len(expected) // 3)
    result = pool.run(job, timeout=30)
    assert result.data is None and result.path == Path(job.out_path) and result.path.exists()
    assert pool.spool.stat().st_mode & 0o777 == 0o700  # private to this user
    assert result.read() == expected and result.size == len(expected)
    assert not Path(job.out_path).exists()  # removed once streamed


@pytest.mark.parametrize("inline_max", [1_000_000_000, 1000])  # in memory / spilled
def test_size_limit_holds_on_both_paths(pool, store_dir, expected, inline_max):
    job = _job(pool, store_dir, max_bytes=len(expected) // 2, inline_max=inline_max)
    with pytest.raises(errors.ContentTooLarge, match=f"larger than {len(expected) // 2} bytes"):
        pool.run(job, timeout=30)
    assert _spooled(pool) == []  # a refused answer leaves nothing behind


def test_worker_still_answers_after_refusals(pool, store_dir, expected):
    assert pool.run(_job(pool, store_dir), timeout=30).read() == expected


def test_closing_removes_the_spool_folder(store_dir, expected):
    pool = WorkerPool(1)
    try:
        job = _job(pool, store_dir, inline_max=100)
        pool.run(job, timeout=30).close()
        assert pool.spool.is_dir()
    finally:
        pool.close()
    assert not pool.spool.exists()
