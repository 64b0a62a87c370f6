"""A corpus scaler: N realistic papers made by recombining and perturbing the bundled ones.

Deterministic from a seed. Each generated paper takes one seed paper and swaps its drug and
disease names for others of the reference table (consistently within the paper), perturbs its
numbers, and varies its format (markdown title, non-breaking spaces, HTML entities), so build
cost can be measured at scale without copying real papers.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from cytokg.config import PAPERS_DIR
from cytokg.identifiers import reference_rows

_SEED_DRUGS = ("tocilizumab", "anakinra", "TCZ")
_SEED_DISEASES = ("Kawasaki disease", "Takayasu arteritis", "septic shock")
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3})(?![\w.])")


def _labels(category: str) -> list[str]:
    names = {r.label.split(" (")[0] for r in reference_rows() if r.category == category}
    return sorted(n for n in names if 3 < len(n) < 40 and ":" not in n)


def perturb(text: str, rng: random.Random, drugs: list[str], diseases: list[str]) -> str:
    drug = rng.choice(drugs)
    disease = rng.choice(diseases)
    for name in _SEED_DRUGS:
        text = re.sub(re.escape(name), drug, text, flags=re.IGNORECASE)
    for name in _SEED_DISEASES:
        text = re.sub(re.escape(name), disease, text, flags=re.IGNORECASE)
    text = _NUMBER.sub(lambda m: str(max(1, round(int(m.group(1)) * rng.uniform(0.8, 1.2)))), text)
    style = rng.randrange(3)
    if style == 0:
        text = "# Generated paper\n\n" + text
    elif style == 1:
        text = text.replace(" mg", "\u00a0mg").replace(" & ", " &amp; ")
    return text


def generate(n: int, out: Path, seed: int = 42) -> list[Path]:
    """Write n papers into out/ and return their paths (same n and seed: same bytes)."""
    out.mkdir(parents=True, exist_ok=True)
    seeds = sorted(PAPERS_DIR.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    drugs, diseases = _labels("drug"), _labels("disease")
    paths = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        text = perturb(texts[i % len(texts)], rng, drugs, diseases)
        path = out / f"gen{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
