"""The text conventions the parser relies on, read once from data/text_conventions.yaml."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

CONVENTIONS_FILE = Path(__file__).resolve().parent / "data" / "text_conventions.yaml"


@cache
def conventions() -> dict[str, frozenset[str]]:
    """Each list of the file as a frozenset of lower-case strings."""
    raw = yaml.safe_load(CONVENTIONS_FILE.read_text(encoding="utf-8"))
    return {key: frozenset(str(v).lower() for v in values) for key, values in raw.items()}
