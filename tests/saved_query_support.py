"""Helpers for the saved-query tests: the real store built from the bundled papers (pipeline.build,
the same code as `cytokg build`), and running a saved query on it in-process.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from cytokg.config import Settings
from cytokg.graph_build import store as store_mod
from cytokg.server.query_library import default_library
from cytokg.server.query_params import bind


def build_store(root: Path) -> Path:
    from cytokg.graph_build.pipeline import build

    store = root / "store"
    settings = Settings.from_env(store=store, build_time="2026-01-01T00:00:00Z")
    # No validators: SHACL conformance is the build's own tests' business; these tests are about
    # what the queries answer on the graph the pipeline produces.
    build(settings, store=store, jobs=1, quiet=True, validators=[])
    return store


def run_saved(store: Path, name: str, **args) -> list[dict[str, str]] | bool:
    """Rows (variable -> lexical value) of a saved query bound with args (lists for repeats)."""
    saved = default_library()[name]
    values = {k: (v if isinstance(v, list) else [v]) for k, v in args.items()}
    bound = bind(saved, values)
    db = store_mod.open_read_only(store)
    result = db.query(bound.query, substitutions=bound.substitution_map(),
                      use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    names = [v.value for v in result.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in result]
