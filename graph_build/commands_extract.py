"""``cytokg extract PAPER``: run the pipeline on one paper and print what it found (no store)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cytokg.config import Settings


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paper", type=Path, help="a plain-text paper (UTF-8)")
    parser.add_argument(
        "--format", choices=("json", "tsv"), default="json",
        help="json follows docs/extract-schema.json; tsv is one row per entity and fact",
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    from cytokg.graph_build.curation import CurationError
    from cytokg.graph_build.documents import DocumentError
    from cytokg.graph_build.extract_json import to_json, to_tsv
    from cytokg.graph_build.pipeline import process_document

    try:
        result, _ = process_document(args.paper, settings)
    except (DocumentError, CurationError) as err:
        print(f"cytokg extract: {err}", file=sys.stderr)
        return 1
    data = to_json(result)
    if args.format == "tsv":
        sys.stdout.write(to_tsv(data))
    else:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    return 0
