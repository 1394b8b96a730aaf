"""Tables in plain-text documents, and the units their headers and row labels give."""

from __future__ import annotations

from fractions import Fraction

from checker import check
from claims import Document, Mention, extract_document, read_document


def _table(text: str) -> list[tuple[str, int, int, int]]:
    doc = read_document("t.txt", text=text)
    assert doc.format == "text"
    return [(text[a:b], t, r, c) for a, b, t, r, c in doc.cells]


def _mention(text: str, written: str, fmt: str = "text") -> Mention:
    doc = read_document("t.txt", text=text, fmt=fmt)
    found = [m for m in extract_document(doc) if m.text == written]
    assert len(found) == 1, [m.text for m in extract_document(doc)]
    return found[0]


PIPES = ("Ward                 | Households | Assessed | Share 2024 (%) | Share 2022 (%)\n"
         "Northgate            |        830 |      612 |           73.7 |           70.2\n"
         "Riverside            |      1,115 |      904 |           81.1 |           77.5\n")

SPACES = ("Station type     Calls    Median wait   Within 2 minutes   Within 2 minutes (%)\n"
          "Rural              418          1:52                233                   55.7\n"
          "All stations     1,906     3 min 05 s              1,412                   74.1\n")

YEARS = ("Indicator                                 | 2021/22 | 2022/23 | Change\n"
         "|---|---|---|---|\n"
         "Letters answered within 20 days (%)       |    61.9 |    66.4 | +4.5 pts\n"
         "Complaints upheld (%)                     |    12.8 |    11.6 | -1.2 pts\n")


def test_pipe_table_found_with_header_rows_and_columns() -> None:
    got = _table("Table 3: assessments by ward\n\n" + PIPES + "\nThe rate rose in every ward.\n")
    assert got[:5] == [("Ward", 0, 0, 0), ("Households", 0, 0, 1), ("Assessed", 0, 0, 2),
                       ("Share 2024 (%)", 0, 0, 3), ("Share 2022 (%)", 0, 0, 4)]
    assert ("Riverside", 0, 2, 0) in got and ("1,115", 0, 2, 1) in got and ("77.5", 0, 2, 4) in got
    assert len(got) == 15


def test_pipe_table_with_outer_pipes_and_a_separator_line() -> None:
    text = "| Area | Fires | Deaths |\n|------|------:|-------:|\n| East | 40 | 1 |\n| West | 55 | 2 |\n"
    got = _table(text)
    assert [(s, r, c) for s, _, r, c in got] == [("Area", 0, 0), ("Fires", 0, 1), ("Deaths", 0, 2), ("East", 1, 0),
                                                 ("40", 1, 1), ("1", 1, 2), ("West", 2, 0), ("55", 2, 1), ("2", 2, 2)]


def test_space_aligned_table_found() -> None:
    got = _table("Calls answered by station type\n" + SPACES)
    assert [s for s, _, r, _ in got if r == 0] == ["Station type", "Calls", "Median wait", "Within 2 minutes",
                                                   "Within 2 minutes (%)"]
    assert [(s, c) for s, _, r, c in got if r == 2] == [("All stations", 0), ("1,906", 1), ("3 min 05 s", 2),
                                                        ("1,412", 3), ("74.1", 4)]


def test_tab_separated_table_and_a_second_table() -> None:
    text = "Age\tMen\tWomen\n16-24\t31.0\t29.4\n25-64\t44.2\t47.9\n\n" + PIPES
    got = _table(text)
    assert ("Women", 0, 0, 2) in got and ("47.9", 0, 2, 2) in got
    assert ("Northgate", 1, 1, 0) in got


def test_year_headed_table_with_separator() -> None:
    got = _table(YEARS)
    assert [s for s, _, r, _ in got if r == 0] == ["Indicator", "2021/22", "2022/23", "Change"]
    assert ("Complaints upheld (%)", 0, 2, 0) in got and ("-1.2 pts", 0, 2, 3) in got


def test_table_with_no_header_counts_rows_from_one() -> None:
    text = "Northgate    830    612\nRiverside  1,115    904\nHillside     402    377\n"
    got = _table(text)
    assert [(s, r, c) for s, _, r, c in got][:3] == [("Northgate", 1, 0), ("830", 1, 1), ("612", 1, 2)]
    assert ("Hillside", 0, 3, 0) in got


def test_offsets_are_exact_with_windows_line_ends() -> None:
    text = SPACES.replace("\n", "\r\n")
    doc = read_document("t.txt", text=text)
    assert [text[a:b] for a, b, *_ in doc.cells if text[a:b] != text[a:b].strip()] == []
    assert [text[a:b] for a, b, _, r, c in doc.cells if c == 4] == ["Within 2 minutes (%)", "55.7", "74.1"]


def test_prose_and_lists_are_not_tables() -> None:
    texts = [
        # prose with double spaces after full stops, hard wrapped
        ("The service answered 1,906 calls.  Of these, 1,412 were answered within two\n"
         "minutes.  That is 74.1% of calls, up from 70.2% last year.  Rural stations\n"
         "were slower.  Only 55.7% of their 418 calls were answered in time.\n"),
        # a list of figures
        "Key figures:\n- 1,906 calls  (up 4%)\n- 1,412 answered  within two minutes\n- 74.1%  of all calls\n",
        "Key figures\n•  1,906  calls\n•  1,412  answered\n•  74.1%  of all calls\n",
        # a dateline
        "LONDON  12 March 2024\nBy Sam Green  Health reporter\nPublished  13 March 2024  Updated  14 March\n",
        # a two-line run
        "Area    Calls   Share (%)\nRural     418        55.7\n\nThe rest were urban.\n",
        # a paragraph of numbers
        ("In 2023 the service took 1,906 calls  and answered 1,412 within two minutes,\n"
         "against 1,655 calls  and 1,180 answers in 2022, and 1,540 calls  and 1,020\n"
         "answers in 2021, when the target of 75% was  first set by the council.\n"),
        # lines of prose that share a pipe count
        ("Northgate | the ward with most households, 830 of them, had the fewest assessed.\n"
         "Riverside | the largest ward, 1,115 households, had the most assessed in the year.\n"
         "Hillside | the smallest ward, with 402 households, saw 377 of them assessed.\n"),
    ]
    for text in texts:
        assert read_document("t.txt", text=text).cells == (), text


def test_rows_of_words_end_a_space_aligned_table() -> None:
    text = SPACES + "Source:   Fire service   returns\nNote:     figures   provisional\n"
    got = _table(text)
    assert max(r for _, _, r, _ in got) == 2 and "Source:" not in [s for s, *_ in got]


def test_sentences_cut_at_text_table_cells() -> None:
    result = check(PIPES, text=True)
    cells = {(a, b) for a, b, *_ in result.document.cells}
    assert any(m.text == "81.1" for m in result.mentions)
    assert all(any(a <= m.start and m.end <= b for a, b in cells) for m in result.mentions)


def test_header_percent_makes_cells_percent() -> None:
    share = _mention(PIPES, "81.1")
    assert (share.kind, share.value, share.precision) == ("percent", Fraction(811, 10), Fraction(1, 10))
    assert (share.interval.low, share.interval.high) == (Fraction(8105, 100), Fraction(8115, 100))
    assert _mention(PIPES, "1,115").kind == "count"  # 'Households' gives no unit
    whole = _mention(SPACES.replace("74.1", "  74"), "74")  # a whole number under (%) is one to the nearest point
    assert (whole.kind, whole.interval.low, whole.interval.high) == ("percent", Fraction(147, 2), Fraction(149, 2))


def test_header_money_scales_the_cell() -> None:
    text = "Service          Budget (£m)   Spent (£000)   Per head (£)\nLibraries               4.2          3,870             41\nParks                  12.5         11,906            128\n"
    budget = _mention(text, "12.5")
    assert (budget.kind, budget.unit, budget.scale, budget.value) == ("money", "GBP", 1_000_000, 12_500_000)
    assert budget.precision == 100_000 and (budget.interval.low, budget.interval.high) == (12_450_000, 12_550_000)
    assert budget.text == "12.5"
    spent = _mention(text, "3,870")
    assert (spent.kind, spent.scale, spent.value) == ("money", 1000, 3_870_000)
    assert (spent.interval.low, spent.interval.high) == (3_869_500, 3_870_500)
    head = _mention(text, "128")
    assert (head.kind, head.scale, head.value) == ("money", 1, 128)


def test_per_base_header_and_row_label_make_rates() -> None:
    text = "Trust        Births   Stillbirths per 1,000\nNorth         4,102                     3.9\nSouth         3,377                     4.4\n"
    rate = _mention(text, "4.4")
    assert (rate.kind, rate.get("base"), rate.value) == ("rate", 1000, Fraction(44, 10))
    assert _mention(text, "3,377").kind == "count"
    label = _mention(YEARS.replace("Complaints upheld (%)", "Referrals per 1,000 pupils"), "11.6")
    assert (label.kind, label.get("base")) == ("rate", 1000)


def test_row_label_gives_the_unit() -> None:
    assert _mention(YEARS, "66.4").kind == "percent"
    assert _mention(YEARS, "12.8").kind == "percent"
    assert _mention(YEARS, "4.5 pts").kind == "points"  # a change column: its own unit, none given


def test_conflicting_units_and_own_units_leave_the_cell() -> None:
    text = ("Measure                    | Spend (£m) | Share (%)\n"
            "Repairs (%)                |       12.5 |      41.0\n"
            "Staff                      |     £17.3m |     33.0%\n"
            "Other                      |        4.1 |      26.0\n")
    assert _mention(text, "12.5").kind == "decimal"  # the row says %, the column £m
    assert _mention(text, "41.0").kind == "percent"  # both say %
    mine = _mention(text, "£17.3m")
    assert (mine.kind, mine.value) == ("money", 17_300_000)
    assert _mention(text, "33.0%").value == 33
    assert _mention(text, "4.1").kind == "money"
    change = "Area    Rate (%)   Change (%)\nNorth       41.2         +1.3\nSouth       38.9          2.0\n"
    assert _mention(change, "2.0").kind == "decimal"  # a column of changes gives no unit
    two = "Area    Count (%)\nNorth   1,011 (37.7)\nSouth   1,340 (49.9)\n"
    assert {m.kind for m in extract_document(read_document("t.txt", text=two)) if m.text in ("1,011", "37.7")} <= {"count", "decimal"}


def test_markdown_tables_still_read_and_get_units() -> None:
    text = "| Type | Number | Share (%) |\n|---|---:|---:|\n| A | 2 | 40 |\n| B | 3 | 60 |\n| Total | 5 | 100 |\n"
    doc = read_document("t.md", text=text)
    assert doc.format == "markdown"
    assert [(text[a:b], r, c) for a, b, _, r, c in doc.cells][:4] == [("Type", 0, 0), ("Number", 0, 1),
                                                                    ("Share (%)", 0, 2), ("A", 1, 0)]
    assert _mention(text, "40", fmt="markdown").kind == "percent"
    result = check(text, text=True, fmt="markdown")
    assert {(c.rule, c.verdict) for c in result.checks} >= {("FC204", "verified")}
    assert all(c.verdict != "inconsistent" for c in result.checks)


def test_text_table_sums_checked() -> None:
    text = "Type          Number   Share (%)\nCars              20        40.0\nVans              30        60.0\nTotal             51       100.0\n"
    result = check(text, text=True)
    assert ("FC204", "inconsistent") in [(c.rule, c.verdict) for c in result.checks]


def test_extract_document_without_cells_is_extract() -> None:
    doc = Document("t.txt", "text", "About 83.4 of 100 and 12%")
    assert [m.kind for m in extract_document(doc)] == ["decimal", "count", "percent"]


def test_a_long_run_that_is_no_table_is_read_once() -> None:
    import time

    pair = "Area    Fires   Share (%)\nNorth     120        40.0\n"  # a header after every row: no table
    text = pair * 20_000
    began = time.perf_counter()
    assert read_document("t.txt", text=text).cells == ()
    assert time.perf_counter() - began < 5


def test_a_title_of_percentages_makes_bare_cells_percent() -> None:
    """'Table 2: Percentage of patients given each check' above a table whose headers are
    years and whose cells are all 100 or less: the cells are percentages. Not when a cell
    is over 100 (a count), nor with no title line saying so."""
    table = ("| Check          | 2023/24 | 2024/25 |\n"
             "| Blood pressure | 90.2    | 92.6    |\n"
             "| Foot check     | 71.5    | 76.2    |\n")
    titled = "Table 2: Percentage of patients given each check\n\n" + table
    assert _mention(titled, "76.2").kind == "percent"
    assert _mention(table, "76.2").kind == "decimal"
    assert _mention(titled.replace("71.5", "171"), "76.2").kind == "decimal"


def test_a_short_total_row_stands_under_its_columns() -> None:
    # a Total row that leaves the fee columns empty is still a row of the table, its figures
    # under the columns they stand beneath (it once ended the table, and the total was lost)
    text = ("Zone                 Licences 2024   Licences 2025   Fee 2024   Fee 2025\n"
            "Zone A - Old Market  168             181             £2,800     £2,940\n"
            "Zone B - Riverside   94              108             £1,780     £1,860\n"
            "Total                262             289\n")
    got = _table(text)
    assert ("262", 0, 3, 1) in got and ("289", 0, 3, 2) in got and ("Total", 0, 3, 0) in got
    assert not [cell for cell in got if cell[2] == 3 and cell[3] > 2]
    # a line whose fields stand under no column of the table ends it
    assert not [cell for cell in _table(text.replace("Total                262             289",
                                                     "Note  see    below")) if cell[2] == 3]
