"""The per-set quality table's cells (docs/quality.md): the blind score stays as recorded,
today's figure is replaced."""

from cytokg.graph_build.evaluate import Evaluation, Score
from cytokg.graph_build.quality_table import (
    blind_part,
    cells_of,
    f1_text,
    read_rows,
    render,
    rewrite,
)

TABLE = """| set | entities F1, blind → now | uses F1, blind → now | design | patients |
| --- | --- | --- | --- | --- |
| `heldout/` (development) | .946 | .976 | 10/10 | 10/10 |
| `blindtest2/` | .939 → .974 | .634 → .857 | 8 → 10/10 | 7 → 10/10 |
| `blindtest118/` (six) | .966 | .618 → .830¹ | 6/6 | 5/6 |
| `blindtest168/` (six, held out) | .925 | .588 (rules alone .788) | 6/6 | 5/6 |
"""


def test_blind_part_keeps_history_and_drops_todays_figure():
    assert blind_part(".939 → .974") == ".939"
    assert blind_part(".618 → .830¹") == ".618 → .830¹"  # footnoted: a blind model score
    assert blind_part(".618 → .830¹ → .840") == ".618 → .830¹"
    assert blind_part("8 → 10/10") == "8"


def test_f1_is_written_as_the_readme_writes_it():
    assert (f1_text(0.9294), f1_text(1.0), f1_text(0.05)) == (".929", "1.00", ".050")


def test_a_set_with_no_use_to_score_gets_a_dash_until_a_use_is_read():
    """No gold use and none read is not a perfect score nor a zero (blindtest521); one false
    pair read makes it .000."""
    empty = Evaluation(entities=Score(tp=9, fn=1), documents=6, design_right=6, count_right=4)
    assert cells_of(empty) == (".947", "—", "6/6", "4/6")
    one_false = Evaluation(entities=Score(tp=9, fn=1), uses=Score(fp=1), documents=6)
    assert cells_of(one_false)[1] == ".000"


def test_rows_are_rewritten_with_todays_figures_only():
    today = {"heldout": (".946", ".930", "10/10", "10/10"),
             "blindtest2": (".974", ".760", "10/10", "9/10"),
             "blindtest118": (".966", ".840", "6/6", "6/6"),
             "blindtest168": (".925", ".588", "6/6", "5/6")}
    lines = rewrite(TABLE, today.__getitem__).splitlines()
    assert lines[2] == "| `heldout/` (development) | .946 | .930 | 10/10 | 10/10 |"
    assert lines[3] == "| `blindtest2/` | .939 → .974 | .634 → .760 | 8 → 10/10 | 7 → 9/10 |"
    assert lines[4] == "| `blindtest118/` (six) | .966 | .618 → .830¹ → .840 | 6/6 | 5 → 6/6 |"
    # unchanged since the blind run: the cells stay as recorded
    assert lines[5] == TABLE.splitlines()[5]
    assert rewrite("\n".join(lines), today.__getitem__).splitlines() == lines  # a fixed point


def test_header_and_other_lines_are_left_alone():
    rows = read_rows(TABLE)
    assert [r.name for r in rows] == ["heldout", "blindtest2", "blindtest118", "blindtest168"]
    assert render(rows[0], (".9", ".9", "1/1", "1/1")).startswith("| `heldout/` (development) |")
