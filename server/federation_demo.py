"""The federation demo: real local SPARQL endpoints stand in for Ubergraph, UniProt and Wikidata
(`oxigraph serve-read-only` over the slices in cytokg/data/federation/), our endpoint (`cytokg
serve`) maps the public endpoint IRIs to them (Settings.service_map), and every query in
queries/federated/ runs unchanged. Online mode skips the stand-ins and the map.

Everything started here is a child process stopped by PID in a finally block (also on Ctrl-C).
"""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests

from cytokg.config import QUERIES_DIR
from cytokg.server.federation_slices import FEDERATION_DIR
from cytokg.server.processes import ProcessError, free_port, oxigraph_binary, running

FEDERATED_DIR = QUERIES_DIR / "federated"
# Public endpoint IRI -> (stand-in slice file, whether its default graph is the union of graphs).
PUBLIC_ENDPOINTS = {
    "https://ubergraph.apps.renci.org/sparql": ("ubergraph-mondo.nq", True),
    "https://sparql.uniprot.org/sparql": ("uniprot.nt", False),
    "https://query.wikidata.org/sparql": ("wikidata.nt", False),
}
# The address into-cytokg.rq names: the default `cytokg serve` endpoint.
OUR_DEFAULT_ENDPOINT = "http://127.0.0.1:8000/sparql"
INTO_QUERY = "into-cytokg"


class DemoError(RuntimeError):
    """A stand-in or our endpoint did not start, or a query failed; the message says which."""


@dataclass(frozen=True)
class Table:
    name: str
    summary: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@contextmanager
def process(args: list[str], ready_url: str, env: dict | None = None):
    """Run args until the block ends (stopped by PID); a failed start is a DemoError."""
    try:
        with running(args, ready_url, env) as proc:
            yield proc
    except ProcessError as err:
        raise DemoError(str(err)) from None


@contextmanager
def stand_in(slice_file: Path, workdir: Path, union: bool):
    """`oxigraph serve-read-only` over one slice on a free port; yields its SPARQL query URL."""
    if not slice_file.is_file():
        raise DemoError(f"stand-in data {slice_file} is missing")
    try:
        binary = oxigraph_binary()
    except ProcessError as err:
        raise DemoError(str(err)) from None
    location = workdir / slice_file.stem
    subprocess.run([binary, "load", "--location", str(location), "--file", str(slice_file)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    port = free_port()
    args = [binary, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    url = f"http://127.0.0.1:{port}/query"
    with process(args + (["--union-default-graph"] if union else []), url):
        yield url


@contextmanager
def our_endpoint(store: Path, service_map: dict[str, str], timeout: float | None = None):
    """`cytokg serve` on a free port, public endpoints allowlisted and mapped; yields its URL."""
    port = free_port()
    env = dict(os.environ)
    env["CYTOKG_SERVICE_ALLOWLIST"] = " ".join(PUBLIC_ENDPOINTS)
    env["CYTOKG_SERVICE_MAP"] = " ".join(f"{a}={b}" for a, b in service_map.items())
    if timeout is not None:
        env["CYTOKG_SERVICE_TIMEOUT"] = str(timeout)
    args = [sys.executable, "-m", "cytokg", "serve", "--store", str(store), "--port", str(port),
            "--workers", "1"]
    url = f"http://127.0.0.1:{port}/sparql"
    with process(args, url, env):
        yield url


@contextmanager
def federation(store: Path, workdir: Path, online: bool = False):
    """Stand-ins (offline) and our endpoint; yields (our URL, {public IRI: stand-in URL})."""
    with ExitStack() as stack:
        mapping: dict[str, str] = {}
        if not online:
            for public, (file_name, union) in PUBLIC_ENDPOINTS.items():
                mapping[public] = stack.enter_context(
                    stand_in(FEDERATION_DIR / file_name, workdir, union))
        yield stack.enter_context(our_endpoint(store, mapping)), mapping


def federated_queries() -> dict:
    from cytokg.server.query_library import load_library

    return load_library(FEDERATED_DIR)


def run_select(endpoint: str, query: str, timeout: float = 60.0) -> Table:
    r = requests.post(endpoint, data={"query": query}, timeout=timeout,
                      headers={"Accept": "application/sparql-results+json"})
    if r.status_code != 200:
        raise DemoError(f"{endpoint} answered {r.status_code}: {r.text[:500]}")
    body = r.json()
    columns = tuple(body["head"]["vars"])
    rows = tuple(tuple(b.get(c, {}).get("value", "") for c in columns)
                 for b in body["results"]["bindings"])
    return Table("", "", columns, rows)


def run_into(our_url: str, query: str) -> Table:
    """into-cytokg.rq on pyoxigraph (an external engine), aimed at the endpoint we started."""
    import pyoxigraph as ox

    text = query.replace(OUR_DEFAULT_ENDPOINT, our_url)
    result = ox.Store().query(text)
    columns = tuple(v.value for v in result.variables)
    rows = tuple(tuple("" if s[c] is None else s[c].value for c in columns) for s in result)
    return Table("", "", columns, rows)


def run_all(our_url: str) -> list[Table]:
    tables = []
    for name, saved in federated_queries().items():
        if name == INTO_QUERY:
            table = run_into(our_url, saved.query)
        else:
            table = run_select(our_url, saved.query)
        tables.append(Table(name, saved.summary, table.columns, table.rows))
    return tables


def short(value: str) -> str:
    for prefix, curie in (("http://purl.obolibrary.org/obo/MONDO_", "MONDO:"),
                          ("http://purl.uniprot.org/uniprot/", "uniprot:"),
                          ("http://identifiers.org/drugbank/", "drugbank:"),
                          ("http://identifiers.org/hgnc/", "HGNC:"),
                          ("http://id.nlm.nih.gov/mesh/", "MESH:")):
        if value.startswith(prefix):
            return curie + value[len(prefix):]
    return value


def format_table(table: Table) -> str:
    cells = [[short(v) for v in row] for row in table.rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(table.columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(table.columns, widths, strict=True))
    out = [f"== {table.name}: {table.summary}", line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    out.append(f"({len(cells)} rows)")
    return "\n".join(out)
