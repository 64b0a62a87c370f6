"""Tables turned into rows, for the layouts papers actually arrive in.

Four layouts are recognised, each tied to a "Table N" caption where one is near:
tab-separated lines (markdown exports), markdown pipe tables ("| a | b |" over a "| --- |" rule),
HTML rows one per line ("<tr><td>a</td><td>b</td></tr>") or lines aligned in columns with runs of
spaces; one row per line with the values at the end of the line ("Mortality, n (%) 18 (54.5)
6(19.3) 0.004*", PDF text); numbered records spread over several lines (PDF text of a patient
table); literature rows opened by a reference ("[12] 1 1 IVIG ...").
Cells are cleaned text (normalize.clean_view); each row keeps the exact span it was read from.
Regions (header, rows and legend) are returned too, so prose stages can leave them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cytokg.graph_build.normalize import clean_view
from cytokg.graph_build.records import TableRow

_CAPTION = re.compile(r"[ \t]*Table[ \t]+(\d+)\b[.:]?", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
_NUMBERED = re.compile(r"[ \t]*(\d{1,3})[ \t]+\d")
_REFERENCED = re.compile(r"[ \t]*\[(\d+)\][ \t]+(\d+)\b")
_NUMBER = re.compile(r"[<>≤≥]?\d[\d.,]*%?")
_ALIGNED = re.compile(r" {3,}")  # a column gap in PDF text laid out like the page
_GROUP_SIZE = re.compile(r"\(\s*n\s*=\s*\d+\s*\)")  # "(n = 126)"
_HEADING_CELL = re.compile(r"[^\d]*|" + _GROUP_SIZE.pattern)  # words, or a group size
_PIPE_ROW = re.compile(r"\s*\|.*\|\s*")  # "| Adult-onset Still's disease | 76 |"
_PIPE_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*")  # "| --- | --- |"
_HTML_ROW = re.compile(r"\s*<tr\b[^>]*>.*</tr>\s*", re.IGNORECASE)  # "<tr><td>16</td>...</tr>"
_HTML_CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class TableScan:
    rows: tuple[TableRow, ...]
    regions: tuple[tuple[int, int], ...]  # text spans that are table, not prose


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return spans


def _cell(text: str) -> str:
    return clean_view(text).text.strip()


_SENTENCE_BREAK = re.compile(r"[a-z0-9)%]\.\s+[A-Z][a-z]")


def _is_value(token: str) -> bool:
    """A number-like value: a digit and no Latin letter ("0.004*", "(9,600", "6(19.3)")."""
    return any(c.isdigit() for c in token) and not re.search(r"[A-Za-z]", token)


def _is_legend(line: str) -> bool:
    """A table's legend ("SOC, standard of care; HR, hazard ratio; ..."), not a paragraph of
    prose that happens to hold semicolons (it has sentences: "... corticosteroids. For ...")."""
    if line.lstrip().startswith("*"):
        return True
    return line.count(";") >= 2 and not _SENTENCE_BREAK.search(line)


def _caption_at(text: str, lines, i: int, window: int = 60, before: int = 8) -> int | None:
    """Line index of the nearest caption from line ``i`` on (``window`` lines), else just above."""
    order = list(range(max(i, 0), min(len(lines), i + window)))
    order += list(range(min(i, len(lines)) - 1, max(-1, i - before - 1), -1))
    for j in order:
        if _CAPTION.match(text, *lines[j]):
            return j
    return None


def _caption_name(text: str, lines, i: int, window: int = 60, before: int = 8) -> str | None:
    j = _caption_at(text, lines, i, window, before)
    return None if j is None else "Table " + _CAPTION.match(text, *lines[j]).group(1)


def _legend_end(text: str, lines, i: int) -> int:
    """Index past the legend paragraphs that follow line ``i`` (or ``i`` when there are none)."""
    j = i
    while j < len(lines) and not text[slice(*lines[j])].strip():
        j += 1
    if j >= len(lines) or not _is_legend(text[slice(*lines[j])]):
        return i
    while j < len(lines):
        line = text[slice(*lines[j])]
        if line.strip():
            before = text[slice(*lines[j - 1])].rstrip()
            if before and before.endswith(".") and not _is_legend(line):
                break  # prose resumes right under the legend
            j += 1
            continue
        k = j
        while k < len(lines) and not text[slice(*lines[k])].strip():
            k += 1
        unfinished = not text[slice(*lines[j - 1])].rstrip().endswith(".")
        follow = text[slice(*lines[k])].lstrip() if k < len(lines) else ""
        if unfinished and follow[:1].islower() and ";" in follow:
            j = k
            continue
        break
    return j


def _columns(line: str) -> list[str] | None:
    """The cells of a line laid out in columns: tab-separated, or aligned with runs of spaces
    (PDF text extracted with its layout), else None."""
    if "\t" in line:
        return line.split("\t")
    if _HTML_ROW.fullmatch(line):
        cells = [_TAG.sub("", c) for c in _HTML_CELL.findall(line)]
        return cells if len(cells) >= 2 else None
    if _PIPE_ROW.fullmatch(line):
        cells = line.strip()[1:-1].split("|")
        return cells if len(cells) >= 2 else None
    cells = _ALIGNED.split(line.strip())
    return cells if len(cells) >= 2 else None


def _tab_tables(text: str, lines, used: set[int]) -> tuple[list[TableRow], list[tuple[int, int]]]:
    """Runs of lines in columns, the first line the header; a run aligned with spaces only
    needs two rows with a number, as a running head or a spaced title is one line."""
    rows, regions, i = [], [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and _columns(text[slice(*lines[j])]) is not None:
            j += 1
        block = [_columns(text[slice(*lines[k])]) for k in range(i, j)]
        tabbed = any("\t" in text[slice(*lines[k])] or _PIPE_ROW.fullmatch(text[slice(*lines[k])])
                     or _HTML_ROW.fullmatch(text[slice(*lines[k])]) for k in range(i, j))
        # a markdown rule under the header is neither header nor row
        rule = int(j - i > 2 and bool(_PIPE_RULE.fullmatch(text[slice(*lines[i + 1])])))
        valued = sum(any(_is_value(c.strip()) for c in cells) for cells in block[1:])
        if j - i >= 2 and (tabbed or (j - i >= 3 and valued >= 2)):
            name = _caption_name(text, lines, i - 1, window=1) or _caption_name(text, lines, i)
            head = 1  # a spaced header may run over lines without values ("Control" / "(n = 50)")
            while not tabbed and head < j - i - 1 and all(
                    _HEADING_CELL.fullmatch(c.strip()) for c in block[head]):
                head += 1
            header = tuple(_cell(c) for cells in block[:head] for c in cells)
            for n, k in enumerate(range(i + head + rule, j), start=1):
                s, e = lines[k]
                cells = tuple(_cell(c) for c in block[k - i])
                rows.append(TableRow(name or "Table", n, cells, s, e, header))
            end = _legend_end(text, lines, j)
            regions.append((lines[i][0], lines[end - 1][1] if end > j else lines[j - 1][1]))
            used.update(range(max(0, i - 3), end))
            i = j
        else:
            i = j + 1
    return rows, regions


def _line_values(text: str, s: int, e: int) -> tuple[str, ...] | None:
    """(label, value, ...) of a one-row-per-line table line, or None if it has no values."""
    tokens = list(_TOKEN.finditer(text, s, e))
    k = len(tokens)
    while k > 1 and _is_value(tokens[k - 1].group()):
        k -= 1
    if k == len(tokens) or k == 0:
        return None
    values: list[str] = []
    depth = 0
    for tok in tokens[k:]:
        t = tok.group()
        if values and (depth > 0 or t.startswith(("(", "-", "—", "–", "+"))):
            values[-1] += " " + t
        else:
            values.append(t)
        depth = max(0, depth + t.count("(") - t.count(")"))
    label = text[tokens[0].start() : tokens[k - 1].end()]
    return (_cell(label), *values)


def _line_tables(text: str, lines, used: set[int]):
    rows, regions = [], []
    for i, (s, e) in enumerate(lines):
        m = _CAPTION.match(text, s, e)
        if not m or i in used:
            continue
        j = i
        while j < len(lines) and text[slice(*lines[j])].strip():  # the caption paragraph
            j += 1
        header: list[str] = []
        found: list[TableRow] = []
        last = None
        for k in range(j, min(len(lines), j + 400)):
            ls, le = lines[k]
            line = text[ls:le]
            if not line.strip():
                if found:
                    break
                continue
            sizes = _GROUP_SIZE.findall(line)
            if not found and len(sizes) >= 2 and not _GROUP_SIZE.sub("", line).strip():
                # the arms' sizes on a line of their own under their names ("(n = 126)  (n = 125)"):
                # header cells, one per arm, not a row labelled "(n = 126) (n ="
                header.extend(_cell(c) for c in sizes)
                continue
            cells = _line_values(text, ls, le)
            if cells is None and not found:
                header.append(_cell(line))
                if len(header) > 6:
                    break
                continue
            row_cells = cells if cells is not None else (_cell(line),)
            lead = len(line) - len(line.lstrip())
            found.append(TableRow(f"Table {m.group(1)}", len(found) + 1, row_cells, ls + lead, le))
            last = k
        if sum(len(r.cells) > 2 for r in found) >= 2 and last is not None:
            rows.extend(
                TableRow(r.table, r.row, r.cells, r.start, r.end, tuple(header)) for r in found
            )
            end = _legend_end(text, lines, last + 1)
            regions.append((lines[j][0], lines[max(end, last + 1) - 1][1]))
            used.update(range(i, max(end, last + 1)))
    return rows, regions


def _record_cells(first: str, continuation: list[str]) -> tuple[str, ...]:
    """Cells of a numbered record: numbers one by one, word runs joined; wrapped lists rejoined."""
    cells: list[str] = []
    text_cells: list[int] = []
    tokens = first.split()
    for n, tok in enumerate(tokens):
        prev_is_cmp = bool(cells) and cells[-1] in {"<", ">", "≤", "≥"}
        if _NUMBER.fullmatch(tok) or tok in {"<", ">", "≤", "≥"}:
            if prev_is_cmp:
                cells[-1] += " " + tok
            else:
                cells.append(tok)
        elif text_cells and text_cells[-1] == len(cells) - 1 and n and not _is_value(tokens[n - 1]):
            cells[-1] += " " + tok
        else:
            cells.append(tok)
            text_cells.append(len(cells) - 1)
    if not text_cells:
        return tuple(cells)
    list_cell, last_cell = text_cells[0], text_cells[-1]
    open_list = cells[list_cell].endswith(",")
    for line in continuation:
        words = line.split()
        taken: list[str] = []
        for w, word in enumerate(words):
            caps = word.rstrip(",").isupper() and len(word.rstrip(",")) >= 2
            if open_list and (w == 0 or word.endswith(",") or caps):
                taken.append(word)
                open_list = word.endswith(",")
            else:
                break
        if taken:
            cells[list_cell] += " " + " ".join(taken)
        rest = words[len(taken) :]
        if rest and last_cell != list_cell:
            cells[last_cell] += " " + " ".join(rest)
    return tuple(_cell(c) for c in cells)


def _record_tables(text: str, lines, used: set[int], pattern: re.Pattern, sequential: bool):
    rows, regions, i = [], [], 0
    while i < len(lines):
        m = pattern.match(text, *lines[i])
        if not m or i in used or (sequential and m.group(1) != "1"):
            i += 1
            continue
        starts = [i]
        k = i + 1
        while k < len(lines):
            line = text[slice(*lines[k])]
            if _CAPTION.match(line) or _is_legend(line):
                break
            n = pattern.match(text, *lines[k])
            if n and (not sequential or int(n.group(1)) == len(starts) + 1):
                starts.append(k)
            k += 1
        if len(starts) < 2:
            i += 1
            continue
        bounds = starts[1:] + [k]
        above = _caption_at(text, lines, i, window=0, before=30) if sequential else None
        if above is not None:  # a numbered table under its caption: all lines between are header
            name = "Table " + _CAPTION.match(text, *lines[above]).group(1)
            head = [x for x in range(above + 1, i) if text[slice(*lines[x])].strip()]
            while head and text[slice(*lines[head[0] - 1])].strip() and not text[
                slice(*lines[head[0] - 1])
            ].rstrip().endswith("."):
                head.pop(0)  # the rest of a caption paragraph
            header = tuple(_cell(text[slice(*lines[x])]) for x in head)
        else:
            name = _caption_name(text, lines, k) or _caption_name(text, lines, i)
            header = _header_before(text, lines, i)
        for n, (a, b) in enumerate(zip(starts, bounds, strict=True), start=1):
            while b > a + 1 and not text[slice(*lines[b - 1])].strip():
                b -= 1
            body = [text[slice(*lines[x])] for x in range(a + 1, b)]
            body = [line for line in body if line.strip()]
            first = text[slice(*lines[a])]
            s = lines[a][0] + len(first) - len(first.lstrip())
            if sequential:
                cells = _record_cells(first, body)
            else:
                ref = pattern.match(first)
                rest = " ".join([first[ref.end() :], *body])
                cells = (f"[{ref.group(1)}]", ref.group(2), _cell(rest))
            rows.append(TableRow(name or "Table", n, cells, s, lines[b - 1][1], header))
        head_start = i - _header_lines(text, lines, i) if above is None else above + 1
        end = _legend_end(text, lines, k)
        regions.append((lines[head_start][0], lines[max(end, k) - 1][1]))
        used.update(range(head_start, max(end, k)))
        i = k
    return rows, regions


def _header_lines(text: str, lines, i: int) -> int:
    """How many lines above ``i`` are the table's header: short lines in short paragraphs."""
    j, paragraph = i, 0
    while j > 0:
        line = text[slice(*lines[j - 1])]
        if not line.strip():
            paragraph = 0
            j -= 1
            continue
        paragraph += 1
        if _CAPTION.match(line) or paragraph > 3 or len(line.strip()) > 60:
            break
        j -= 1
    while j < i and not text[slice(*lines[j])].strip():
        j += 1
    return i - j


def _header_before(text: str, lines, i: int) -> tuple[str, ...]:
    """Header cells above row line ``i``: one per blank-separated paragraph."""
    n = _header_lines(text, lines, i)
    block = "\n".join(text[slice(*lines[x])] for x in range(i - n, i))
    return tuple(_cell(p) for p in re.split(r"\n[ \t]*\n", block) if p.strip())


def find_tables(text: str) -> TableScan:
    """Every table row found in ``text``, in document order, and the table regions."""
    lines = _lines(text)
    used: set[int] = set()
    rows, regions = _tab_tables(text, lines, used)
    for finder in (
        lambda: _line_tables(text, lines, used),
        lambda: _record_tables(text, lines, used, _NUMBERED, sequential=True),
        lambda: _record_tables(text, lines, used, _REFERENCED, sequential=False),
    ):
        more_rows, more_regions = finder()
        rows += more_rows
        regions += more_regions
    rows.sort(key=lambda r: (r.start, r.row))
    return TableScan(tuple(rows), tuple(sorted(regions)))
