"""`cytokg query`: run one SPARQL query against a store (or --backend) and print the answer."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

FORMATS = ("json", "csv", "tsv", "xml", "table", "turtle", "ntriples", "jsonld")


def configure(parser) -> None:
    parser.add_argument("query", nargs="?", help="SPARQL query text")
    parser.add_argument("--file", type=Path, help="read the query from this .rq file")
    parser.add_argument("--store", type=Path, help="store directory (default: Settings.store)")
    parser.add_argument("--backend", help="URL of a SPARQL endpoint to query instead")
    parser.add_argument("--format", choices=FORMATS, default="table")
    parser.add_argument("--timeout", type=float, help="time limit in seconds")


def table(body: bytes) -> str:
    """SPARQL JSON results as an aligned text table (ASK answers print true/false)."""
    data = json.loads(body)
    if "boolean" in data:
        return "true" if data["boolean"] else "false"
    names = data["head"]["vars"]
    rows = [[b.get(n, {}).get("value", "") for n in names] for b in data["results"]["bindings"]]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(line.rstrip() for line in lines) + f"\n({len(rows)} rows)"


def run(args, settings) -> int:
    from cytokg.server import errors
    from cytokg.server.backends import Runtime, open_backend, run_query
    from cytokg.server.service_policy import ServicePolicy
    from cytokg.server.sparql_lexer import result_kind

    if bool(args.query) == bool(args.file):
        print("cytokg query: give either a query or --file F.rq", file=sys.stderr)
        return 2
    text = args.file.read_text(encoding="utf-8") if args.file else args.query
    overrides = {"store": args.store, "backend": args.backend, "workers": 1}
    settings = replace(settings, **{k: v for k, v in overrides.items() if v is not None})
    fmt = args.format
    if fmt == "table":
        fmt = "json" if result_kind(text) == "results" else "turtle"
    try:
        backend = open_backend(settings)
    except FileNotFoundError as err:
        print(f"cytokg query: {err}", file=sys.stderr)
        return 2
    try:
        runtime = Runtime(settings, backend, ServicePolicy.from_settings(settings))
        result = run_query(runtime, text, format=fmt, timeout=args.timeout)
        body = result.read()
    except errors.ApiError as err:
        details = err.details
        where = f" (line {details['line']}, column {details['column']})" if details else ""
        print(f"cytokg query: {err.message}{where}", file=sys.stderr)
        return 1
    finally:
        backend.close()
    if args.format == "table" and result.kind == "results":
        print(table(body))
    else:
        sys.stdout.write(body.decode("utf-8"))
    return 0
