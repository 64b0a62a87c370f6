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


def _siblings(paper: Path, settings: Settings) -> dict:
    """The other papers of the paper's folder, read only when the paper has a curation file: its
    curated facts may state a conflict with one of them (the schema's output includes curated
    facts). Unreadable siblings are left out; a conflict that needs one then fails by name."""
    from cytokg.graph_build.curation import curation_path
    from cytokg.graph_build.documents import DocumentError, discover, read_document

    try:
        own = read_document(paper, max_bytes=settings.max_document_bytes)
        if curation_path(own.doc_id) is None:
            return {}
        paths = discover(paper.parent)
    except DocumentError:
        return {}  # process_document reports the paper's own problem
    found = {}
    for path in paths:
        try:
            doc = read_document(path, max_bytes=settings.max_document_bytes)
        except DocumentError:
            continue
        found[doc.doc_id] = doc
    return found


def run(args: argparse.Namespace, settings: Settings) -> int:
    from cytokg.graph_build.curation import CurationError
    from cytokg.graph_build.documents import DocumentError
    from cytokg.graph_build.extract_json import to_json, to_tsv
    from cytokg.graph_build.pipeline import process_document

    try:
        result, _ = process_document(args.paper, settings, _siblings(args.paper, settings))
    except (DocumentError, CurationError) as err:
        print(f"cytokg extract: {err}", file=sys.stderr)
        return 1
    data = to_json(result)
    if args.format == "tsv":
        sys.stdout.write(to_tsv(data))
    else:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    return 0
