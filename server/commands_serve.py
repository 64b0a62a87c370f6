"""`cytokg serve`: the Flask app under waitress (a production WSGI server), read-only over the store
or in front of a remote SPARQL endpoint (--backend)."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path


def configure(parser) -> None:
    parser.add_argument("--store", type=Path, help="store directory (default: Settings.store)")
    parser.add_argument("--host", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default 8000)")
    parser.add_argument("--timeout", type=float, help="query time limit in seconds (default 30)")
    parser.add_argument("--backend", help="URL of a SPARQL endpoint to answer queries instead")
    parser.add_argument(
        "--backend-union",
        action="store_true",
        help="the --backend engine's default graph is already the union of its named graphs "
        "(oxigraph --union-default-graph, QLever, Virtuoso): send no dataset with each query",
    )
    parser.add_argument("--workers", type=int, help="query worker processes (default 2)")
    parser.add_argument("--threads", type=int, default=8, help="HTTP threads (default 8)")
    parser.add_argument(
        "--allow-updates",
        action="store_true",
        help="accept SPARQL Update and Graph Store writes with the token (each write copies the "
        "store and publishes it as a new version: for small operator edits)",
    )
    parser.add_argument("--update-token", help="bearer token required for updates")


def settings_from(args, settings):
    overrides = {
        "store": args.store,
        "host": args.host,
        "port": args.port,
        "query_timeout": args.timeout,
        "backend": args.backend,
        "workers": args.workers,
    }
    settings = replace(settings, **{k: v for k, v in overrides.items() if v is not None})
    if getattr(args, "backend_union", False):
        settings = replace(settings, backend_union=True)
    if args.allow_updates:
        if not args.update_token:
            raise SystemExit("cytokg serve: --allow-updates needs --update-token")
        settings = replace(settings, allow_updates=True, update_token=args.update_token)
    return settings


def run(args, settings) -> int:
    import waitress

    from cytokg.server.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    settings = settings_from(args, settings)
    try:
        app = create_app(settings)
    except FileNotFoundError as err:
        print(f"cytokg serve: {err}")
        return 2
    where = settings.backend or settings.store
    print(f"cytokg: serving {where} on http://{settings.host}:{settings.port}/sparql", flush=True)
    # waitress's default of 100 open connections stalls bursts of short-lived clients for 30 s.
    waitress.serve(
        app,
        host=settings.host,
        port=settings.port,
        threads=args.threads,
        connection_limit=settings.connection_limit,
        ident="cytokg",
    )
    return 0
