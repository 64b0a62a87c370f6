"""`cytokg ontology`: regenerate cytokg.owl, cytokg.ttl, the HTML docs and the reasoner cache."""

from __future__ import annotations

import argparse
from pathlib import Path

from cytokg.config import ONTOLOGY_DIR, Settings


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=ONTOLOGY_DIR,
                        help="directory for cytokg.owl and cytokg.ttl (default: ontology/)")
    parser.add_argument("--no-docs", action="store_true", help="skip the HTML documentation")
    parser.add_argument("--reason", action="store_true",
                        help="also run HermiT now and refresh ontology/reasoning_cache.json")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from cytokg.ontology.build import write_ontology

    for path in write_ontology(args.out):
        print(f"wrote {path}")
    if not args.no_docs:
        from cytokg.ontology.docs import write_docs

        print(f"wrote {write_docs(args.out / 'docs')}")
    if args.reason:
        from cytokg.ontology.reasoning import reason

        report = reason(refresh=True)
        print(f"{report.message}; unsatisfiable classes: {len(report.unsatisfiable)}; "
              f"inferred class assertions: {len(report.inferred)}")
        return 0 if report.ok else 1
    return 0
