"""The per-set quality table (docs/quality.md): each set's blind score, kept as recorded,
beside today's.

A blind score is history (scored once, before any rule was made from the set) and is never
rewritten; the "now" half of each cell is whatever ``evaluate_heldout`` gives at this commit.
Rules and retrained models move the "now" figures, so they are regenerated here instead of typed:
``python -m cytokg.graph_build.quality_table docs/quality.md`` rewrites them, and a test checks
them.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from cytokg.config import DATA_DIR
from cytokg.graph_build.evaluate import Evaluation

# the table lives beside the evaluation log; the README gives its summary
DEFAULT_PATH = Path(__file__).resolve().parents[1] / "docs" / "quality.md"
ARROW = " → "
FOOTNOTES = "¹"  # a footnoted figure is itself history ("¹ with the learned use reading ...")
ROW = re.compile(r"^\| `(?P<set>(?:heldout|blindtest\d*))/` (?P<label>[^|]*)\|(?P<cells>.*)\|$")


@dataclass(frozen=True)
class Row:
    """One table row: the set, its label and the four cells (entities, uses, design, count)."""

    line: int
    name: str
    label: str
    cells: tuple[str, str, str, str]

    @property
    def development_only(self) -> bool:
        """The ``heldout/`` set was never scored blind: its cells hold today's figures alone."""
        return "(development)" in self.label


def read_rows(text: str) -> list[Row]:
    rows = []
    for number, line in enumerate(text.splitlines()):
        match = ROW.match(line)
        if match:
            cells = tuple(c.strip() for c in match["cells"].split("|"))
            if len(cells) == 4:
                rows.append(Row(number, match["set"], match["label"], cells))
    return rows


def f1_text(value: float) -> str:
    """.929, or 1.00: the table's three significant figures."""
    return "1.00" if value >= 0.9995 else f"{value:.3f}".removeprefix("0")


def blind_part(cell: str) -> str:
    """The cell without today's figure: all but its last arrowed part, unless that is footnoted."""
    parts = cell.split(ARROW)
    if len(parts) == 1 or parts[-1].endswith(tuple(FOOTNOTES)):
        return cell
    return ARROW.join(parts[:-1])


def _score_cell(blind: str, now: str) -> str:
    # ".588 (rules alone .788)" or ".618 → .830¹": the last blind score is the one to compare
    last = blind.split(ARROW)[-1].split(" (")[0].rstrip(FOOTNOTES)
    return blind if last == now else f"{blind}{ARROW}{now}"


def _count_cell(blind: str, now: str) -> str:
    return now if blind in (now, now.split("/")[0]) else f"{blind.split('/')[0]}{ARROW}{now}"


def cells_of(result: Evaluation) -> tuple[str, str, str, str]:
    """Entities F1, uses F1, designs right and counts right, as the table writes them."""
    n = result.documents
    # a set whose gold has no use and whose reading finds none has nothing to score: a dash, not
    # the 0 or 1 a convention would print (blindtest521: psychiatric diseases have no id)
    uses = result.uses
    uses_text = "—" if uses.tp + uses.fp + uses.fn == 0 else f1_text(uses.f1)
    return (f1_text(result.entities.f1), uses_text,
            f"{result.design_right}/{n}", f"{result.count_right}/{n}")


def today(name: str) -> tuple[str, str, str, str]:
    from cytokg.graph_build.heldout import evaluate_heldout

    return cells_of(evaluate_heldout(Path(DATA_DIR) / name))


def render(row: Row, now: tuple[str, str, str, str]) -> str:
    if row.development_only:
        cells = now
    else:
        blind = [blind_part(c) for c in row.cells]
        cells = (_score_cell(blind[0], now[0]), _score_cell(blind[1], now[1]),
                 _count_cell(blind[2], now[2]), _count_cell(blind[3], now[3]))
    return f"| `{row.name}/` {row.label}| {' | '.join(cells)} |"


def rewrite(text: str, scores=today) -> str:
    lines = text.splitlines(keepends=True)
    for row in read_rows(text):
        end = "\n" if lines[row.line].endswith("\n") else ""
        lines[row.line] = render(row, scores(row.name)) + end
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    path = Path((argv or sys.argv[1:] or [str(DEFAULT_PATH)])[0])
    text = path.read_text(encoding="utf-8")
    new = rewrite(text)
    path.write_text(new, encoding="utf-8")
    changed = sum(a != b for a, b in zip(text.splitlines(), new.splitlines(), strict=True))
    print(f"{path}: {len(read_rows(text))} set rows, {changed} changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
