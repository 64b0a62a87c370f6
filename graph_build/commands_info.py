"""``cytokg info``: what a store holds (graphs, triples, documents) and which build made it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cytokg.config import Settings
from cytokg.graph_build import store as versions

QUERIES = Path(__file__).resolve().parent / "data" / "queries"


def _query(name: str) -> str:
    return (QUERIES / name).read_text(encoding="utf-8")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, help="store path (a symlink to its current version)")


def summary(store: Path) -> dict:
    """Graphs with triple counts, pinned documents, and the build record of the published store."""
    info = versions.build_info(store)
    db = versions.open_read_only(store)
    try:
        graphs = [(r["g"].value, int(r["n"].value)) for r in db.query(_query("graph_counts.rq"))]
        docs = [
            (r["doc"].value, r["sha"].value, r["file"].value if r["file"] else "")
            for r in db.query(_query("documents.rq"), use_default_graph_as_union=True)
        ]
        total = len(db)
    finally:
        del db
    return {
        "store": str(store),
        "path": str(versions.current(store)),
        "version": versions.version_id(store),
        "kind": info.get("kind", "unknown"),
        "build_time": info.get("build_time"),
        "activity": info.get("activity"),
        "quads": total,
        "graphs": graphs,
        "documents": docs,
        "loaded": info.get("loaded", []),
        "problems": info.get("problems", []),
    }


def format_summary(data: dict) -> str:
    lines = [
        f"store:      {data['store']} -> {data['path']}",
        f"version:    {data['version']} ({data['kind']})",
        f"build time: {data['build_time'] or 'unknown'}",
        f"activity:   {data['activity'] or 'unknown'}",
        f"quads:      {data['quads']} in {len(data['graphs'])} named graphs",
    ]
    lines += [f"  {n:>7}  {g}" for g, n in data["graphs"]]
    lines.append(f"documents:  {len(data['documents'])}")
    lines += [f"  {doc}  {file}  sha256 {sha}" for doc, sha, file in data["documents"]]
    for entry in data["loaded"]:
        where = f"<{entry['graph']}> ({entry['quads']} statements)"
        lines.append(f"loaded:     {entry['file']} -> {where}")
    if data["problems"]:
        lines.append(f"build problems: {len(data['problems'])}")
        lines += [f"  {p['doc']}: {p['level']}: {p['message']}" for p in data["problems"]]
    return "\n".join(lines)


def run(args: argparse.Namespace, settings: Settings) -> int:
    store = args.store or settings.store
    try:
        data = summary(store)
    except FileNotFoundError as err:
        print(f"cytokg info: {err}", file=sys.stderr)
        return 1
    print(format_summary(data))
    return 0
