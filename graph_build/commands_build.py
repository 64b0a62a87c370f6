"""``cytokg build``: papers of a folder -> a new, validated store version, published atomically."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from cytokg.config import Settings


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--documents", type=Path, help="folder of plain-text papers (*.txt, *.md)")
    parser.add_argument("--store", type=Path, help="store path (a symlink to its current version)")
    parser.add_argument("--jobs", type=int, help="papers processed in parallel (processes)")
    parser.add_argument(
        "--build-time",
        metavar="ISO",
        help="fixed build time, e.g. 2026-01-01T00:00:00Z: same inputs give byte-identical N-Quads",
    )
    parser.add_argument(
        "--emit-nquads", type=Path, metavar="FILE", help="also write the sorted N-Quads here"
    )
    parser.add_argument(
        "--emit",
        nargs=2,
        metavar=("FORMAT", "DIR"),
        help="also write shards for bulk loaders: 'nquads DIR' gives DIR/documents/<doc>.nq, "
        "DIR/ontology.nq, DIR/imports/<graph>.nq and DIR/MANIFEST.tsv",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar, summary only")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from cytokg.graph_build.pipeline import BuildError, build
    from cytokg.graph_build.provenance import normalise_time
    from cytokg.graph_build.report import format_report

    if args.jobs is not None and args.jobs < 1:
        print("cytokg build: --jobs must be at least 1", file=sys.stderr)
        return 2
    try:
        build_time = args.build_time or settings.build_time
        if build_time:
            normalise_time(build_time)
    except ValueError as err:
        print(f"cytokg build: --build-time: {err}", file=sys.stderr)
        return 2
    settings = replace(settings, build_time=build_time)
    emit_shards = None
    if args.emit:
        fmt, folder = args.emit
        if fmt != "nquads":
            print(f"cytokg build: --emit: unknown format {fmt!r} (known: nquads)", file=sys.stderr)
            return 2
        emit_shards = Path(folder)
    store = args.store or settings.store
    try:
        report = build(
            settings,
            documents_dir=args.documents,
            store=store,
            jobs=args.jobs,
            quiet=args.quiet,
            emit_nquads=args.emit_nquads,
            emit_shards=emit_shards,
        )
    except BuildError as err:
        print(f"cytokg build failed; the previous store is unchanged.\n{err}", file=sys.stderr)
        return 1
    print(format_report(report, str(store)))
    return 0
