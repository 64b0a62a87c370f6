"""Constants and helpers for building the seed papers in tests (fixtures are in conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from cytokg.config import PAPERS_DIR, Settings

BUILD_TIME = "2026-01-01T00:00:00Z"
SEED_IDS = ("000", "001", "002", "003", "004")


@dataclass(frozen=True)
class SeedBuild:
    store: Path  # published store (symlink)
    nquads: Path  # the sorted N-Quads the store was loaded from
    report: object  # graph_build.report.BuildReport


def seed_settings(store: Path) -> Settings:
    """Settings for a reproducible build of the bundled papers into ``store``."""
    return replace(Settings(), store=store, documents=PAPERS_DIR, build_time=BUILD_TIME, jobs=1)
