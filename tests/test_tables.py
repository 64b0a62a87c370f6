"""graph_build.tables: rows of the seed tables, with cell values from the papers."""

from __future__ import annotations

from functools import cache

from cytokg.config import PAPERS_DIR
from cytokg.graph_build.documents import discover, read_document
from cytokg.graph_build.tables import find_tables


@cache
def scan(doc_id: str):
    path = next(p for p in discover(PAPERS_DIR) if p.name.startswith(doc_id))
    text = read_document(path).text
    return text, find_tables(text)


def rows(doc_id: str, table: str):
    return [r for r in scan(doc_id)[1].rows if r.table == table]


def test_rows_point_into_the_text():
    for doc_id in ("001", "002", "003", "004"):
        text, found = scan(doc_id)
        assert found.rows
        for r in found.rows:
            assert 0 <= r.start < r.end <= len(text)
            assert any(a <= r.start and r.end <= b for a, b in found.regions)
            assert r.cells[0].split()[0] in text[r.start : r.end]


def test_001_anakinra_literature_table():
    table = rows("001", "Table 1")
    assert [r.cells[0] for r in table] == [f"[{n}]" for n in range(12, 21)]
    # "[15] 11 At least 2 IVIG" and "[20] 16 1 or more IVIG": patients per reference
    assert {r.cells[0]: r.cells[1] for r in table}["[15]"] == "11"
    assert table[-1].cells[1] == "16"
    # "[13] 1 1 IVIG Coronary aneurysms 4 mg/kg/day\n2 months Normalization of the Z score"
    assert table[1].cells[2] == (
        "1 IVIG Coronary aneurysms 4 mg/kg/day 2 months Normalization of the Z score"
    )
    assert table[0].header[0] == "Reference Number of patients"


def test_002_tab_separated_tables():
    t1, t2 = rows("002", "Table 1"), rows("002", "Table 2")
    assert t1[0].header == (
        "Study", "Study type", "Nation", "Year", "Patients with IVIG resistance (n)", "Risk factors"
    )
    # "Egami et al. ⁹⁾\tRetrospective\tJapan\t2006\t41\tAge ≤6 mo, CRP ≥8 mg/dL, ..."
    egami = next(r for r in t1 if r.cells[0].startswith("Egami"))
    assert egami.cells[1:5] == ("Retrospective", "Japan", "2006", "41")
    assert len(t1) == 4 and t1[2].cells[4] == "2,745"
    assert t2[0].header == ("Treatment agent", "Description", "Dose")
    assert len(t2) == 8
    anakinra = next(r for r in t2 if r.cells[0].startswith("Anakinra"))
    assert anakinra.cells[1:] == (
        "Recombinant IL-1β receptor antagonist", "2–6 mg/kg/day by subcutaneous injection"
    )


def test_003_table_1_one_row_per_line():
    table = {r.cells[0]: r.cells[1:] for r in rows("003", "Table 1")}
    # "Mortality, n (%) 18 (54.5) 6(19.3) 0.004*"
    assert table["Mortality, n (%)"] == ("18 (54.5)", "6(19.3)", "0.004*")
    # "Shock duration (hours) 240 (120-336) 96 (48-120) <0.001*"
    assert table["Shock duration (hours)"] == ("240 (120-336)", "96 (48-120)", "<0.001*")
    # OCR noise is kept as printed: "Age (years) 122+43 11.1+6.7 0454"
    assert table["Age (years)"] == ("122+43", "11.1+6.7", "0454")
    assert table["Hemodynamics (mean +SD)"] == ()  # a group label row
    assert rows("003", "Table 1")[0].header[1] == "Tocilizumab (n=33) (n=31)"


def test_004_table_1_patient_records_over_several_lines():
    table = rows("004", "Table 1")
    assert [r.cells[0] for r in table] == [str(n) for n in range(1, 8)]
    first = table[0].cells
    # "1 24 101 MTX, MMF, 10 76 10 10 15 < 1 4 5 2 2 Yes 17 Persistence of"
    # + "AZA, IFX TA activity,"
    assert first[:4] == ("1", "24", "101", "MTX, MMF, AZA, IFX")
    assert first[4:10] == ("10", "76", "10", "10", "15", "< 1")
    assert first[-1] == "Persistence of TA activity, vascular progression"
    # patient 7: "... No 12 CR Relapsing" / "MTX, sirolimus, sinusitis and" / "IFX, ADA pneumonia"
    assert table[6].cells[3] == "AZA, CYC, MTX, sirolimus, IFX, ADA"
    assert table[6].cells[-1] == "CR Relapsing sinusitis and pneumonia"


def test_004_table_2_medians_with_iqr():
    table = {r.cells[0]: r.cells[1:] for r in rows("004", "Table 2")}
    assert len(table) == 20
    # "ESR (mm/h) 34 (31–40) 4.0 (2.0–15) 0.028"
    assert table["ESR (mm/h)"] == ("34 (31–40)", "4.0 (2.0–15)", "0.028")
    assert table["CRP (mg/l)"] == ("13 (12–14)", "2.0 (1.0–6.0)", "0.043")
    assert table["Platelets (× 109/l)"][2] == "0.018"


def test_tab_table_in_a_new_paper():
    text = "Table 3. Doses\n\nDrug\tDose\nAnakinra\t2 mg/kg\nCanakinumab\t4 mg/kg\n"
    found = find_tables(text)
    assert [(r.table, r.row, r.cells) for r in found.rows] == [
        ("Table 3", 1, ("Anakinra", "2 mg/kg")),
        ("Table 3", 2, ("Canakinumab", "4 mg/kg")),
    ]


def test_columns_aligned_with_spaces_without_a_caption():
    # PDF text laid out like the page: a header of arms over rows of values, no "Table N"
    text = ("Results\n"
            "                          Sarilumab      Placebo\n"
            "Patients randomised       60             58\n"
            "Sustained remission, %    28.3           10.3\n"
            "\nIn this trial the two arms were compared.\n")
    found = find_tables(text)
    assert [(r.row, r.cells, r.header) for r in found.rows] == [
        (1, ("Patients randomised", "60", "58"), ("Sarilumab", "Placebo")),
        (2, ("Sustained remission, %", "28.3", "10.3"), ("Sarilumab", "Placebo")),
    ]


def test_a_spaced_header_over_two_lines():
    # the arm names, then their sizes, then rows of values
    text = ("                Control      Colchicine\n"
            "                (n = 50)     (n = 55)\n"
            "Deaths, n       7            1\n"
            "ICU stay, d     9.5          7.0\n")
    found = find_tables(text)
    assert [r.cells for r in found.rows] == [("Deaths, n", "7", "1"), ("ICU stay, d", "9.5", "7.0")]
    assert found.rows[0].header == ("Control", "Colchicine", "(n = 50)", "(n = 55)")


def test_a_spaced_running_head_is_no_table():
    # one line with a wide gap (a running head and its page number), then prose
    text = ("TOCILIZUMAB IN TAKAYASU ARTERITIS            2\n"
            "Relapse occurred in eight patients   given tocilizumab.\n\nMore prose.\n")
    assert find_tables(text).rows == ()


def test_prose_has_no_tables():
    assert scan("000")[1].rows == ()


def test_prose_with_semicolons_after_a_table_is_no_legend():
    # a legend is "SOC, standard of care; HR, hazard ratio; ..."; a paragraph of sentences that
    # holds two semicolons is prose, and stays outside the table's region
    text = ("Arm\tPatients\nControl\t39\nSarilumab\t37\n\n"
            "At baseline 70 patients were receiving corticosteroids. The hazard ratio was 0.41 "
            "(95% CI 0.14-1.18; P = 0.09). Seven died; none in the sarilumab arm.\n")
    regions = find_tables(text).regions
    prose = text.index("At baseline")
    assert regions and all(not (s <= prose < e) for s, e in regions)
    legend = ("Arm\tPatients\nControl\t39\nSarilumab\t37\n\n"
              "SOC, standard of care; HR, hazard ratio; CI, confidence interval\n")
    assert find_tables(legend).regions[0][1] == len(legend) - 1  # guard: a legend stays in


def test_html_rows_one_per_line():
    # "<tr><th>…</th></tr>" is the header, each "<tr><td>…</td></tr>" line a row of cells
    text = ("<p>Results</p>\n<table>\n<tr><th>Arm</th><th>Patients</th></tr>\n"
            "<tr><td>Anakinra</td><td>16</td></tr>\n<tr><td><i>Placebo</i></td><td>15</td></tr>\n"
            "</table>\n")
    found = find_tables(text)
    assert [(r.cells, r.header) for r in found.rows] == [
        (("Anakinra", "16"), ("Arm", "Patients")), (("Placebo", "15"), ("Arm", "Patients"))]


def test_a_markdown_pipe_table():
    # header, a "| --- |" rule (neither header nor row), then the rows
    text = ("| Diagnostic group | Patients treated with anakinra |\n| --- | --- |\n"
            "| Systemic JIA | 61 |\n| Adult-onset Still's disease | 76 |\n\nProse follows.\n")
    found = find_tables(text)
    assert [r.cells for r in found.rows] == [("Systemic JIA", "61"),
                                              ("Adult-onset Still's disease", "76")]
    assert found.rows[0].header == ("Diagnostic group", "Patients treated with anakinra")
