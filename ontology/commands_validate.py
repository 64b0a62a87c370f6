"""`cytokg validate`: HermiT consistency of the ontology, SHACL shapes over a store or RDF files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cytokg.config import Settings


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", type=Path,
                        help="RDF files (.ttl, .nt, .nq, .trig) to validate instead of a store")
    parser.add_argument("--store", type=Path, default=None,
                        help="store directory (default: the configured store, var/store)")
    parser.add_argument("--no-reasoner", action="store_true", help="skip the HermiT check")
    parser.add_argument("--no-shacl", action="store_true", help="skip the SHACL shapes")
    parser.add_argument("--refresh", action="store_true",
                        help="run HermiT even when ontology/reasoning_cache.json is current")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from cytokg.ontology import validate

    failed = False
    if not args.no_reasoner:
        report = validate.check_reasoner(refresh=args.refresh)
        print(f"{report.message}; unsatisfiable classes: {len(report.unsatisfiable)}; "
              f"inferred class assertions: {len(report.inferred)}")
        for iri in report.unsatisfiable:
            print(f"  unsatisfiable: {validate.short(validate.rdflib.URIRef(iri))}")
        failed |= not report.ok
    if not args.no_shacl:
        try:
            if args.files:
                missing = [str(p) for p in args.files if not p.is_file()]
                if missing:
                    print(f"error: no such file: {', '.join(missing)}", file=sys.stderr)
                    return 2
                data = validate.load_files(args.files)
            else:
                from cytokg.graph_build.store import current

                data = validate.store_union(current(args.store or settings.store))
        except (OSError, ValueError, SyntaxError) as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        shacl = validate.validate_graph(data)
        print(shacl.text())
        failed |= not shacl.conforms
    return 1 if failed else 0
