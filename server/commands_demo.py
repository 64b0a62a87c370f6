"""`cytokg demo federation [--online]`: run every query in queries/federated/ through our endpoint,
against local stand-ins of Ubergraph, UniProt and Wikidata (default) or the real public ones."""

from __future__ import annotations

import tempfile
from pathlib import Path


def configure(parser) -> None:
    parser.add_argument("demo", choices=["federation"], help="which demo to run")
    parser.add_argument("--online", action="store_true",
                        help="use the real public endpoints (needs internet) instead of stand-ins")
    parser.add_argument("--store", type=Path, help="store directory (default: Settings.store)")


def run(args, settings) -> int:
    from cytokg.graph_build import store as store_mod
    from cytokg.server.federation_demo import DemoError, federation, format_table, run_all

    store = Path(args.store or settings.store)
    try:
        store_mod.current(store)
    except FileNotFoundError as err:
        print(f"cytokg demo: {err} (build one first: cytokg build --store {store})")
        return 2
    mode = "online (public endpoints)" if args.online else "offline (local stand-ins)"
    print(f"cytokg demo federation: {mode}", flush=True)
    with tempfile.TemporaryDirectory(prefix="cytokg-federation-") as tmp:
        try:
            with federation(store, Path(tmp), online=args.online) as (our_url, mapping):
                print(f"our endpoint: {our_url}")
                for public, local in mapping.items():
                    print(f"stand-in for {public}: {local}")
                print(flush=True)
                for table in run_all(our_url):
                    print(format_table(table) + "\n", flush=True)
        except DemoError as err:
            print(f"cytokg demo: {err}")
            return 1
    print("all endpoints stopped")
    return 0
