"""Statistics tables whose unit is a column of its own, as statistics offices print them
(民政统计季报, 年报)::

    指标名称          单位    本期累计    上年同期    同比增减(%)
    城乡低保对象户数  户      102,700     106,420     -3.5
    城乡低保资金支出  万元    98,600      101,250     -2.6

By the time the extractor reads a body, the spaces between Chinese characters and next to
them are gone ("城乡低保对象户数户102,700\t106,420\t-3.5"): a row is its label, its unit
written right before its first figure, and its figures. The header says which column is
which: a column of last year's (上年同期) is another period's figure; a column of shares or
changes (同比增减, %) is no figure at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .amounts import parse_number

MONEY_UNITS = {"元": 1, "万元": 10_000, "亿元": 100_000_000}
COUNT_UNITS = ("人次", "户次", "户", "人", "名")
# (longest first: "人次" before "人", "万元" before "元")
UNIT_COLUMN_ROW_RE = re.compile(
    r"^(?P<label>[^\t\n\d，,。；;：:]{2,30}?)[ \t\u3000]*(?P<unit>万元|亿元|人次|户次|元|户|人|名)[ \t\u3000]*"
    r"(?P<cells>\d[\d,]*(?:\.\d+)?(?:[ \t\u3000]+[-+－]?\d[\d,]*(?:\.\d+)?%?)*)[ \t\u3000]*$", re.M)
# a row in another unit (张, 个, 对): none of its figures is money or people, but the table goes on
OTHER_ROW_RE = re.compile(r"^[^\t\n\d，,。；;：:]{2,32}?\d[\d,]*(?:\.\d+)?(?:[ \t\u3000]+[-+－]?\d[\d,]*(?:\.\d+)?%?)+[ \t\u3000]*$",
                          re.M)
CELL_RE = re.compile(r"[-+－]?\d[\d,]*(?:\.\d+)?%?")
# the header: the columns after 单位, in order
HEADER_RE = re.compile(r"^[^\n]{0,12}单位(?P<columns>[^\n]*)$", re.M)
COLUMN_RE = re.compile(r"本期累计|本年累计|本期|本年|本季度?|当季|累计|上年同期|去年同期|上年|去年|同比增减|同比增长|同比|增减|增长率?|比上年")
PREVIOUS_COLUMN_RE = re.compile(r"上年|去年")
SHARE_COLUMN_RE = re.compile(r"同比|增减|增长|比上年")
HEADER_ROWS_GAP = 2  # lines between the header and the first row (a unit line, a blank)


@dataclass(frozen=True)
class UnitCell:
    start: int
    end: int
    value: float  # in 元 for money, a count for the others
    unit: str  # the row's unit as written (万元, 户, 人次 …)
    label: str  # the row's label ("城乡低保资金支出")
    previous: bool  # in a column of last year's figures

    @property
    def money(self) -> bool:
        return self.unit in MONEY_UNITS


def unit_column_cells(text: str) -> list[UnitCell]:
    """The figures of every row under a header naming a unit column (``单位``)."""
    out: list[UnitCell] = []
    for header in HEADER_RE.finditer(text):
        columns = COLUMN_RE.findall(header.group("columns"))
        if not columns:
            continue
        pos = header.end() + 1
        gap = 0
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = UNIT_COLUMN_ROW_RE.fullmatch(text, pos, end)
            if row is None and OTHER_ROW_RE.fullmatch(text, pos, end):
                pos = end + 1
                continue
            if row is None:
                if out and out[-1].start > header.end() or gap >= HEADER_ROWS_GAP:
                    break  # the table ends at its first line that is no row
                gap += 1
            else:
                out.extend(_cells(row, columns))
            pos = end + 1
    return out


def _cells(row: re.Match, columns: list[str]) -> list[UnitCell]:
    unit, label = row.group("unit"), row.group("label").strip()
    cells = []
    for i, cell in enumerate(CELL_RE.finditer(row.group("cells"))):
        column = columns[i] if i < len(columns) else ""
        if cell.group().endswith("%") or SHARE_COLUMN_RE.search(column) or i >= len(columns):
            continue  # a share or a change, or a column the header does not name
        value = parse_number(cell.group().replace("－", "-"))
        if value is None or value <= 0:
            continue
        start = row.start("cells") + cell.start()
        if unit in MONEY_UNITS:
            value *= MONEY_UNITS[unit]
        cells.append(UnitCell(start, start + len(cell.group()), value, unit, label,
                              bool(PREVIOUS_COLUMN_RE.search(column))))
    return cells
