"""Tables whose figures carry their unit in a column: a unit column, as statistics offices
print them (民政统计季报, 年报)::

    指标名称          单位    本期累计    上年同期    同比增减(%)
    城乡低保对象户数  户      102,700     106,420     -3.5
    城乡低保资金支出  万元    98,600      101,250     -2.6

By the time the extractor reads a body, the spaces between Chinese characters and next to
them are gone ("城乡低保对象户数户102,700\t106,420\t-3.5"): a row is its label, its unit
written right before its first figure, and its figures. The header says which column is
which: a column of last year's (上年同期) is another period's figure; a column of shares or
changes (同比增减, %) is no figure at all.

Or the unit in a column's header, as annual reports print their projects::

    序号  项目名称          受益对象      支出金额（万元）  受益人次
    1     “春风助学”项目    困难家庭学生  816.40            2,041

("1“春风助学”项目困难家庭学生816.40\t2,041" once the spaces are gone): each row's last
figures, one per column the header names with a unit, in the header's order.

Or the units of the columns listed in order on the line above, as county reports print them::

    单位：户、人、万元
    项目        户数      人数      本季度支出
    城市低保    1,318     2,046     412.6
    合计        18,642    —         6,872.4

(the header line may be lost from a page): a row's figures, one per unit; a total row (合计)
makes the other rows its parts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .amounts import parse_number
from .lexicon import TABLE_THING_UNITS, TABLE_UNITS_LIST_WORDS, UNIT_TABLE_PERIOD_COLUMN_WORDS

MONEY_UNITS = {"元": 1, "万元": 10_000, "亿元": 100_000_000}
# a standard's unit: so much a person or household a month or year ("元/人·月", "元/户·年")
RATE_UNIT = r"元/(?:人|户)(?:[·.．/／]?(?:月|年))?"
RATE_UNIT_RE = re.compile(RATE_UNIT)
# (longest first: "人次" before "人", "万元" before "元")
# (a label may open on 其中 for a part of the row above; a cell may be empty, "18,642.3　—")
# (a label may be numbered: "1.社会救助支出", "（1）最低生活保障支出")
_UNIT_COLUMN_ROW = (r"^(?P<label>{label})[ \t\u3000]*(?P<unit>万元|亿元|人次|户次|" + RATE_UNIT + r"|元|户|人|名)[ \t\u3000]*"
                    r"(?P<cells>\d[\d,]*(?:\.\d+)?(?:[ \t\u3000]+[-+－]?\d[\d,]*(?:\.\d+)?%?)*)(?:[ \t\u3000]*[—–－-]{{1,2}})?"
                    r"[ \t\u3000]*$")
UNIT_COLUMN_ROW_RE = re.compile(
    _UNIT_COLUMN_ROW.format(label=r"[ \u3000]*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])?(?:其中[:：])?"
                                  # (a period in brackets may stand in it: "临时救助累计人次（1—9月）")
                                  r"(?:[^\t\n\d，,。；;：:（(]|[（(][^）)\n]{0,12}[）)]){2,30}?"), re.M)
# ... or a row of the label above in another unit: "人12,930　-0.8"
UNIT_ONLY_ROW_RE = re.compile(_UNIT_COLUMN_ROW.format(label=""), re.M)
# a row in another unit (张, 个, 对): none of its figures is money or people, but the table goes on
# (its second cell may be empty: "养老机构　个　46　—")
# (its unit in a column of its own too: "养老机构　个　58　0.0", "结婚登记　对　3,126　-9.8")
OTHER_ROW_RE = re.compile(r"^[^\t\n\d，,。；;：:]{2,32}?(?:[ \t\u3000]+[^\s\d，,。；;：:|]{1,4}[ \t\u3000]+)?"
                          r"\d[\d,]*(?:\.\d+)?(?:[ \t\u3000]+[-+－]?\d[\d,]*(?:\.\d+)?%?"
                          r"|[ \t\u3000]*[—–－-]{1,2})+[ \t\u3000]*$", re.M)
CELL_RE = re.compile(r"[-+－]?\d[\d,]*(?:\.\d+)?%?")
# the header: the columns after 单位, in order
HEADER_RE = re.compile(r"^[^\n]{0,12}单位(?P<columns>[^\n]*)$", re.M)
# (a year's report may name its column by the year: "指标　单位　2024年　比上年增减（%）")
# (or by what it counts: "指标名称　单位　数量　环比（%）")
COLUMN_RE = re.compile(rf"{UNIT_TABLE_PERIOD_COLUMN_WORDS}|同比增减|同比增长|同比|环比|增减|增长率?|比上年"
                       # (or by the months it covers: "1—9月", "全年")
                       r"|全年|(?:\d{1,2}[—–-])?\d{1,2}月份?")
PREVIOUS_COLUMN_RE = re.compile(r"上年|去年")
SHARE_COLUMN_RE = re.compile(r"同比|环比|增减|增长|比上年")
# a section heading inside the table ("一、城乡最低生活保障", "（二）特困人员救助供养"), no figures of its
# own: the table goes on
# (or numbered below them, a markdown table's empty cells after it: "(1)城市低保 | |", "1.最低生活保障 | |")
SECTION_ROW_RE = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])"
                            r"[^\d\n]{1,30}$", re.M)
# a row's label saying what its figure is of the rows around it: a part of the row above ("其中：集中供养
# 人数"), or the year to date in a month's report ("民政事业费累计支出*")
PART_LABEL_RE = re.compile(r"\s*其中[:：]?")
TO_DATE_LABEL_RE = re.compile(r"累计")
# a column of the year to date after the period's own: "1—9月累计", "本年累计" (not a report's only column)
TO_DATE_COLUMN_RE = re.compile(rf"{TO_DATE_LABEL_RE.pattern}|1[—–-]\d{{1,2}}月")
WHOLE_YEAR_REPORT_RE = re.compile(r"1\s*[—–\-－至~～]\s*12\s*月")
FIRST_QUARTER_RE = re.compile(r"第?一季度")
LATER_PERIOD_RE = re.compile(r"[二三四]季度|上半年|前三季度|1\s*[—–\-－至~～]\s*(?:[4-9]|1[0-2])\s*月|(?<![\d—–\-－至~～])(?:[4-9]|1[0-2])月")
HEADER_ROWS_GAP = 2  # lines between the header and the first row (a unit line, a blank)


@dataclass(frozen=True)
class UnitCell:
    start: int
    end: int
    value: float  # in 元 for money, a count for the others
    unit: str  # the row's unit as written (万元, 户, 人次 …)
    label: str  # the row's label ("城乡低保资金支出")
    previous: bool  # in a column of last year's figures
    helped: bool = False  # in a column the header calls a count of those helped (受益人次)
    under_total: bool = False  # in a row of a table that has a total row (合计): a part of it
    column: str = ""  # the header's name of its column, when it names a group ("城乡低保对象")
    to_date: bool = False  # in a column of the year to date beside the period's own ("三季度 | 1—9月累计")
    section: str = ""  # the table's section heading above its row ("（一）城市最低生活保障")
    own_to_date: bool = False  # in a report whose period is the year to date (1—12月, 第一季度): 累计 is its own
    caption: str = ""  # the line over a table under its units listed ("附表：…各县区临时救助情况统计表")

    @property
    def reason(self) -> str | None:
        """Why the cell may not be added to the story's other figures, from where it stands."""
        if self.previous:
            return "change"
        if self.to_date:
            return "cumulative"
        if self.under_total or PART_LABEL_RE.match(self.label):
            return "part"
        return "cumulative" if TO_DATE_LABEL_RE.search(self.label) and not self.own_to_date else None

    @property
    def money(self) -> bool:
        return self.unit in MONEY_UNITS

    @property
    def per(self) -> str | None:
        """Whose a standard's figure is ("元/人·月": a person's), None for a sum."""
        if not RATE_UNIT_RE.fullmatch(self.unit):
            return None
        return "household" if "户" in self.unit else "person"


# a column whose header gives its unit: money ("支出金额（万元）") or a count ("受益人次", "救助户数")
# (a count of those helped says so: "受益人次", "救助户数")
FIGURE_COLUMN_RE = re.compile(r"[（(](?P<money>万元|亿元|元)[）)]"
                              r"|(?P<helped>受益|救助|帮扶|资助|慰问)?(?P<count>人次|户次|人数|户数)(?:[（(][人户次]+[）)])?")
COLUMN_COUNT_UNITS = {"人次": "人次", "户次": "户次", "人数": "人", "户数": "户"}
# a row: its label, then its figures, the first run on to the label; an empty cell is a dash
_NUM, _DASH = r"\d[\d,]*(?:\.\d+)?", r"[—–\-－]{1,2}"
# (a dash is CJK punctuation: the spaces around it are gone, "合计—3,796.29—")
FIGURES_ROW_RE = re.compile(rf"(?P<label>[^\n]*?[^\d\t\n,.—–\-－])[ \u3000]*(?P<cells>(?:{_NUM}|{_DASH})"
                            rf"(?:[ \t\u3000]+{_NUM}|[ \t\u3000]*{_DASH}|(?<=[—–\-－])[ \t\u3000]*{_NUM})*)[ \t\u3000]*")  # (fullmatch)
# a line giving the units of the columns in order: "单位：户、人、万元"
UNIT_LIST_LINE_RE = re.compile(rf"^[ \t\u3000]*{TABLE_UNITS_LIST_WORDS}[ \t\u3000]*$", re.M)
TOTAL_ROW_RE = re.compile(r"合\s*计|总\s*计|全[省市县区州盟]合计")
UNIT_SPLIT_RE = re.compile(r"\s*[、，,/]\s*")
# (a row of such a table keeps the cell break after its label: "城市低保\t1,318\t2,046\t412.6")
# (or loses it once spaces next to Chinese characters are gone: "特困供养—4,127\t1,428.7")
# (a cell may carry its own unit, the next cell run on to it: "临时救助—1,046人次163.82—")
_CELL = rf"{_NUM}(?:人次|户次)?"
LABELLED_ROW_RE = re.compile(rf"(?P<label>[^\n\t]*?[^\d\t\n,.—–\-－])[ \t\u3000]*(?P<cells>(?:{_CELL}|{_DASH})"
                             rf"(?:[ \t\u3000]+{_CELL}|[ \t\u3000]*{_DASH}|(?<=[—–\-－次])[ \t\u3000]*{_CELL})*)"
                             rf"[ \t\u3000]*")  # (fullmatch)
HEADED_CELL_RE = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit>人次|户次)?|[—–\-－]{1,2}")
OWN_UNIT_COLUMN_RE = re.compile(r"[（(](?:元|人|户|%)[）)]")
DOUBLE_DASHES = ("——", "－－", "--", "––")


# (a subsidy's column counts whom it is paid for, the words between naming how they are placed: "补贴入住人数")
HELPED_IN_HEADER_RE = re.compile(r"(?:受益|救助|帮扶|资助|慰问|(?:补贴|补助)[\u4e00-\u9fff]{0,2})(?:人次|户次|人数|户数)")


@lru_cache(maxsize=8)
def unit_column_cells(text: str) -> tuple[UnitCell, ...]:
    """The figures of every row under a header naming a unit column (``单位``), or naming
    the unit of each column of figures (``支出金额（万元）``). (Cached: the money and the
    counts of a story read the same tables.)"""
    return tuple(_unit_column_rows(text) + _unit_header_rows(text) + _unit_line_rows(text))


def _unit_line_rows(text: str) -> list[UnitCell]:
    """A table under a line giving its columns' units in order (``单位：户、人、万元``), then a
    header naming the columns (项目 户数 人数 本季度支出): each row's last figures, one per unit."""
    out: list[UnitCell] = []
    for line in UNIT_LIST_LINE_RE.finditer(text):
        units = UNIT_SPLIT_RE.split(line.group("units").strip())
        caption = text[text.rfind("\n", 0, max(0, line.start() - 1)) + 1:line.start()].strip()
        header_start = line.end() + 1
        while text.startswith("\n", header_start):
            header_start += 1  # (a blank line between the units and the header)
        header_end = text.find("\n", header_start)
        header_end = len(text) if header_end < 0 else header_end
        header_text = text[header_start:header_end].strip()
        header = [c for c in re.split(r"[\t\u3000]+| {2,}", header_text) if c]
        if HEADER_RE.fullmatch(text, header_start, header_end):
            continue  # (the header has a unit column of its own: "指标名称 单位 三季度 1—9月累计", read by rows)
        if LABELLED_ROW_RE.fullmatch(text, header_start, header_end):
            header, row_start = [], header_start  # (a page may have lost the header line)
        elif len(header) == 1:
            # (or run its names together, the spaces between them gone: "序号项目名称支出金额受益人次")
            header, row_start = [], header_end + 1
        elif len(header) != len(units) + 1:
            by_name = _units_by_column_name(header[1:], units)
            if by_name is None:
                continue  # (a label column, then one column per unit)
            units, row_start = by_name, header_end + 1
        else:
            row_start = header_end + 1
        columns = header[1:] or [""] * len(units)
        if not header and row_start > header_start and sum(u not in MONEY_UNITS for u in units) == 1:
            # (names run together: the one count column is named somewhere in them, "县（区）城乡低保对象
            # 各类救助资金支出" over 人、万元)
            columns = [header_text if u not in MONEY_UNITS else "" for u in units]
        # (a count of those helped, if the header says so: "受益人次")
        helped = bool(HELPED_IN_HEADER_RE.search(header_text))
        # (columns past the listed units that give their own unit, "3月人均补助（元）": a standard, no figure)
        extra = len(OWN_UNIT_COLUMN_RE.findall(header_text))
        table: list[tuple[int, UnitCell]] = []
        totalled: set[int] = set()  # the columns a total row gives a figure in
        listed = units
        for row, cells, _ in _rows_under(text, row_start, LABELLED_ROW_RE):
            if len(cells) < len(units) and any(c.group() in DOUBLE_DASHES for c in cells):
                # (two empty cells run together once the tabs between them went: "合计——2,115.71")
                cells = [d for c in cells for d in ((c, c) if c.group() in DOUBLE_DASHES else (c,))]
            if not header and len(cells) > len(listed) + extra and COUNT_COLUMN_RE.search(header_text):
                # (names run together over more columns than units, the count's named last: "县（区）中央和省级资金
                # 市级配套资金合计计划救助户数" over 万元、户): the money's columns, then the count's
                units = _units_by_column_name([""] * (len(cells) - 1) + ["户数"], listed) or units
                columns = [""] * len(units)
            if not len(units) <= len(cells) <= len(units) + extra:
                break
            label = row.group("label").strip()
            for k, (unit, column, cell) in enumerate(zip(units, columns, cells)):
                value = parse_number(cell.group("number")) if cell.group()[0].isdigit() else None
                if not value:
                    continue
                if TOTAL_ROW_RE.fullmatch(label):
                    totalled.add(k)
                unit = cell.group("unit") or unit  # (a cell may carry its own: "1,046人次")
                if unit in TABLE_THING_UNITS:
                    continue  # (a column of bodies or beds: "机构数" in 家, no one helped and no money)
                if unit in MONEY_UNITS:
                    value *= MONEY_UNITS[unit]
                table.append((k, UnitCell(cell.start(), cell.end(), value, unit, label,
                                          bool(PREVIOUS_COLUMN_RE.search(column)),
                                          helped=helped and unit not in MONEY_UNITS, column=column,
                                          caption=caption)))
        # (the rows of a table with a total row break that total down, in the columns it totals: "合计 18,642 —
        # 6,872.4" holds the rows' 户 and 万元, not their 人)
        out.extend(replace(c, under_total=True) if k in totalled and not TOTAL_ROW_RE.fullmatch(c.label) else c
                   for k, c in table)
    return out


COUNT_COLUMN_RE = re.compile(r"(?:户数|人数|人次|户次|名数|(?<=[^\d])户|(?<=[^\d])人)$")


def _units_by_column_name(columns: list[str], units: list[str]) -> list[str] | None:
    """The units of more columns than the line lists, one money unit and one count unit ("单位：万元、户" over
    "中央和省级资金 市级配套资金 合计 计划救助户数"): a column named for a count takes the count's, the others the money's."""
    money = [u for u in units if u in MONEY_UNITS]
    counts = [u for u in units if u not in MONEY_UNITS]
    if len(money) != 1 or len(counts) != 1 or len(columns) <= len(units):
        return None
    return [counts[0] if COUNT_COLUMN_RE.search(c) else money[0] for c in columns]


def _rows_under(text: str, start: int, row_re: re.Pattern):
    """(row, its cells, where its line ends) of each line from ``start`` on that is a row of figures,
    up to the first that is not."""
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        row = row_re.fullmatch(text, start, end)
        if row is None:
            return
        yield row, list(HEADED_CELL_RE.finditer(text, row.start("cells"), end)), end
        start = end + 1


SENTENCE_MARK_RE = re.compile(r"[，。；！？]")  # a header names its columns; it says nothing


def _unit_header_rows(text: str) -> list[UnitCell]:
    out: list[UnitCell] = []
    pos = 0
    while True:
        header = FIGURE_COLUMN_RE.search(text, pos)
        if header is None:
            return out
        line_start = text.rfind("\n", 0, header.start()) + 1
        line_end = text.find("\n", header.start())
        line_end = len(text) if line_end < 0 else line_end
        pos = line_end + 1
        columns = list(FIGURE_COLUMN_RE.finditer(text, line_start, line_end))
        if not any(c.group("money") for c in columns) and len(columns) < 2:
            continue  # ("人次" alone in running text is no header)
        if FIGURES_ROW_RE.fullmatch(text, line_start, line_end):
            continue  # a row's own figures, not a header
        if SENTENCE_MARK_RE.search(text, line_start, line_end):
            continue  # a sentence naming its counts ("…流浪乞讨人员64人次，其中护送返乡19人次，…。"), no header
        if line_start >= 2 and UNIT_LIST_LINE_RE.fullmatch(text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1):
            continue  # the header of a table under its units listed ("单位：户、人、万元"): read by _unit_line_rows
        row_start = line_end + 1
        table: list[UnitCell] = []
        total = False
        for row, cells, end in _rows_under(text, line_end + 1, FIGURES_ROW_RE):
            if len(cells) < len(columns):
                break
            total = total or bool(TOTAL_ROW_RE.fullmatch(row.group("label").strip()))
            for column, cell in zip(columns, cells[-len(columns):]):
                value = parse_number(cell.group("number")) if cell.group()[0].isdigit() else None
                if not value:
                    continue
                if column.group("money"):
                    unit, value = column.group("money"), value * MONEY_UNITS[column.group("money")]
                else:
                    unit = COLUMN_COUNT_UNITS[column.group("count")]
                table.append(UnitCell(cell.start(), cell.end(), value, unit, row.group("label").strip(), False,
                                      helped=bool(column.group("helped"))))
            row_start = end + 1
        # (a total row, "合计　40,354　2,386.42", makes the other rows its parts)
        out.extend(replace(c, under_total=True) if total and not TOTAL_ROW_RE.fullmatch(c.label) else c
                   for c in table)
        pos = max(pos, row_start)


def _unit_column_rows(text: str) -> list[UnitCell]:
    out: list[UnitCell] = []
    # (a report of the whole year, "四季度（1—12月累计）": its 本年累计支出 is the year's own; so is a first quarter's,
    # "2025年第一季度（1—3月）主要民政统计指标", which tells no later month)
    own_to_date = WHOLE_YEAR_REPORT_RE.search(text) is not None \
        or (FIRST_QUARTER_RE.search(text) is not None and LATER_PERIOD_RE.search(text) is None)
    for header in HEADER_RE.finditer(text):
        columns = COLUMN_RE.findall(header.group("columns"))
        if not columns:
            continue
        pos = header.end() + 1
        gap = 0
        first = len(out)
        section = ""  # (the rows under "（一）城市最低生活保障" count its group: "1.保障户数　户　9,836")
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = UNIT_COLUMN_ROW_RE.fullmatch(text, pos, end)
            same_label = UNIT_ONLY_ROW_RE.fullmatch(text, pos, end) if row is None and out else None
            if same_label is not None:
                # the row above in another unit, its label not printed again ("城乡低保对象 户 7,846" /
                # "人 12,930")
                out.extend(replace(c, label=out[-1].label) for c in _cells(same_label, columns))
                pos = end + 1
                continue
            if row is None and SECTION_ROW_RE.fullmatch(text, pos, end):
                section = text[pos:end].strip()
                pos = end + 1
                continue
            if row is None and OTHER_ROW_RE.fullmatch(text, pos, end):
                pos = end + 1
                continue
            if row is None:
                if out and out[-1].start > header.end() or gap >= HEADER_ROWS_GAP:
                    break  # the table ends at its first line that is no row
                gap += 1
            else:
                out.extend(replace(c, section=section, own_to_date=own_to_date) for c in _cells(row, columns))
            pos = end + 1
        out[first:] = _under_department_total(out[first:])
    return out


# a table's row of the office's whole spending ("民政事业费累计支出 万元 26,934.2"): every programme's money below holds
# in it ("表中各项资金支出均包含在内")
DEPARTMENT_TOTAL_LABEL_RE = re.compile(r"民政事业费[^\t\n]{0,6}支出|各项支出合计|支出(?:总计|合计)")


def _under_department_total(cells: list[UnitCell]) -> list[UnitCell]:
    total = next((c for c in cells if c.money and DEPARTMENT_TOTAL_LABEL_RE.search(c.label)), None)
    if total is None:
        return cells
    return [replace(c, under_total=True) if c.money and c is not total else c for c in cells]


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
                              bool(PREVIOUS_COLUMN_RE.search(column)),
                              to_date=i > 0 and TO_DATE_COLUMN_RE.search(column) is not None))
    return cells


# a table's cells set apart by tabs or bars: "指标名称 | 本期 | 上年同期 | 同比增减（%）"
CELL_SEPARATOR_RE = re.compile(r"\t+|[ \u3000]*[|｜][ \u3000]*")
HEADER_LINES_UP = 12  # rows a table's header may stand above a cell


def column_header(text: str, pos: int) -> tuple[int, list[str]] | None:
    """Which column of its table the cell at ``pos`` is in (past the label's) and the cells of the
    table's header above it; None for a figure outside a table or in its label column."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    if not CELL_SEPARATOR_RE.search(text, ls, le):
        return None
    column = len(CELL_SEPARATOR_RE.findall(text, ls, pos))
    if column == 0:
        return None
    header = _header_above(text, ls)
    return (column, header) if header is not None and column < len(header) else None


def _header_above(text: str, line_start: int) -> list[str] | None:
    """The cells of the nearest line above with cells and no figure: the table's header."""
    end = line_start - 1
    for _ in range(HEADER_LINES_UP):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        cells = CELL_SEPARATOR_RE.split(line.strip())
        if len(cells) >= 3 and not any(c[:1].isdigit() for c in cells):
            return cells
        if len(cells) < 2 and line.strip():
            return None  # (text above: no header)
        end = start - 1
    return None
