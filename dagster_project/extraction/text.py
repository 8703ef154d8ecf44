"""Character-level text helpers shared by every extractor.

* ``to_simplified``: traditional -> simplified, one character for one character,
  so offsets computed on the simplified copy are valid in the original text.
* whitespace cleanup for OCR text (spaces inside Chinese runs are artefacts).
* sentence / clause boundaries used to pick evidence and context windows.
"""
from __future__ import annotations

import bisect
import re
from functools import cached_property, lru_cache

from .lexicon import FIGURE_CARD_LINE_RE, HIGHER_SECTION_RE, numbering_style

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# full-width punctuation counts as "Chinese" when deciding whether a space is an artefact
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·．"

# characters that end a sentence (optionally followed by a closing quote/bracket)
SENT_END = "。！？!?"
TERMINAL = SENT_END + "；;…"
CLOSERS = "”’」』）)】"

_SPACE_RUN_RE = re.compile(r"[ \t\u3000\xa0]+")
# a gap between two cells of a table: two spaces or more, or a full-width one
_CELL_GAP_RE = re.compile(r"[ \t\u3000\xa0]{2,}|\u3000")
_FIGURE_END_RE = re.compile(r"[\d%]")
_FIGURE_START_RE = re.compile(r"[-+－]?\d")
_CJKISH_RE = re.compile(rf"[{CJK}{CJK_PUNCT}]")
# the two characters either side of a space run: a digit then a decimal point and a digit, or a
# digit and a point then a digit
_SPLIT_DECIMAL_RE = re.compile(r".?\d\|\.\d|\d\.\|\d.?")
_SENT_RE = re.compile(rf"[^{SENT_END}\n]*(?:[{SENT_END}]+[{CLOSERS}]*|\n|$)")
# (not the comma of a thousands separator: "由每人每年6,360元提高到6,720元" is one clause)
CLAUSE_BREAK_RE = re.compile(r"[，；;：:。！？!?\n]|(?<!\d),|,(?!\d{3}(?!\d))")
SEMICOLON_RE = re.compile(r"[；;]")  # the break between the items of a list
DIGIT_RE = re.compile(r"\d")  # any figure at all: a line or stretch that holds one


# full-width digits and decimal point (OCR/web pages) read as ASCII: same length, so offsets
# hold; full-width punctuation is kept, the extractors expect it
FULL_WIDTH_DIGITS = {**{0xFF10 + i: str(i) for i in range(10)}, 0xFF0E: "."}


# variant forms of traditional pages that jionlp's list lacks ("陜西希望工程": a Big5 page's 陝 typed as its variant)
VARIANTS_JIONLP_LACKS = {"陜": "陕"}


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """Translation table built from jionlp's traditional->simplified character list.

    jionlp's list also maps a few characters that are standard *simplified*
    characters in their own right (覆 -> 复, 著 -> 着 ...); converting those would
    corrupt simplified text ("覆盖" -> "复盖").  A character that is encodable in
    GB2312 (the simplified character set) is therefore left alone, except for a
    handful of genuinely traditional forms GB2312 happens to contain.
    """
    try:
        from jionlp.dictionary.dictionary_loader import traditional_simplified_loader
        mapping = traditional_simplified_loader("tra2sim_char.txt")
    except Exception:  # pragma: no cover - jionlp layout changed
        return {}
    keep_anyway = set("後於徵摺")
    table: dict[int, str] = {}
    for trad, simp in mapping.items():
        if len(trad) != 1 or len(simp) != 1 or trad == simp:
            continue
        try:
            trad.encode("gb2312")
            if trad not in keep_anyway:
                continue
        except UnicodeEncodeError:
            pass
        table[ord(trad)] = simp
    # jionlp maps 餘 to the rare 馀; 余 is what numbers use (50餘萬元 -> 50余万元)
    table[ord("餘")] = table[ord("馀")] = "余"
    table.update({ord(variant): simp for variant, simp in VARIANTS_JIONLP_LACKS.items()})
    table.update(FULL_WIDTH_DIGITS)
    return table


@lru_cache(maxsize=1)
def _traditional_re() -> re.Pattern:
    return re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(_t2s_table())) + "]")


def has_traditional(text: str) -> bool:
    """Cheap test (one charset scan) before paying for ``str.translate``."""
    return bool(_traditional_re().search(text))


def to_simplified(text: str) -> str:
    """Simplified copy of ``text`` with exactly the same length (char-for-char)."""
    return text.translate(_t2s_table()) if has_traditional(text) else text


def clean_spaces(line: str) -> str:
    """Drop spaces next to Chinese characters (OCR artefacts: ``53.6 万户``).

    Spaces between two non-Chinese tokens ("COVID 19") stay.  (A callback per
    space run is much faster than a lookbehind tried at every position.)
    """
    def repl(m: re.Match) -> str:
        a, b = m.start(), m.end()
        if (a and _CJKISH_RE.match(line, a - 1)) or (b < len(line) and _CJKISH_RE.match(line, b)):
            return ""
        if a and _SPLIT_DECIMAL_RE.fullmatch(line[max(0, a - 2):a] + "|" + line[b:b + 2]):
            return ""  # a decimal point split off its number in a converted document: "7705 .01万元"
        if a and b < len(line) and _CELL_GAP_RE.fullmatch(m.group()) and _FIGURE_END_RE.match(line, a - 1) \
                and _FIGURE_START_RE.match(line, b):
            return "\t"  # a table's cells set apart by spaces: "58,216　　　　-2.0" reads as "58,216\t-2.0"
        return m.group()

    return _SPACE_RUN_RE.sub(repl, line).strip(" \t\u3000\xa0")


def ends_sentence(s: str) -> bool:
    """True when ``s`` ends with sentence-final punctuation (maybe plus a closer)."""
    s = s.rstrip()
    if not s:
        return True
    if s[-1] in TERMINAL:
        return True
    if len(s) >= 2 and s[-1] in CLOSERS and s[-2] in TERMINAL:
        return True
    # a credit in brackets after the last sentence: "…捐款热线：…。（记者 黄志坚 通讯员 叶晓敏）"
    return bool(TRAILING_CREDIT_RE.search(s))


TRAILING_CREDIT_RE = re.compile(r"[。！？!?][（(][^（）()。]{2,40}[）)]$")


def visual_width(s: str) -> float:
    """Width of a line in CJK cells: ASCII counts half (C-speed: no per-char loop)."""
    return len(s) - 0.5 * len(s.encode("ascii", "ignore"))


class Segmenter:
    """Sentence and paragraph boundaries of one body, with O(log n) lookups."""

    def __init__(self, body: str):
        self.body = body
        self.sent_starts: list[int] = []
        self.sent_ends: list[int] = []
        for m in _SENT_RE.finditer(body):
            if m.end() > m.start():
                self.sent_starts.append(m.start())
                self.sent_ends.append(m.end())
        self.para_starts = [0] + [m.end() for m in re.finditer("\n", body)]

    @cached_property
    def top_section_starts(self) -> tuple[int, ...]:
        """Where the paragraphs opening a top-level section ("二、…") start, in order: found once per body,
        not by a walk back from every figure (that walk made a story of thousands of figures quadratic)."""
        return tuple(s for s in self.para_starts
                     if HIGHER_SECTION_RE.match(self.body, s) and numbering_style(self.body, s) == "c、")

    def sentence(self, pos: int) -> tuple[int, int]:
        i = max(bisect.bisect_right(self.sent_starts, pos) - 1, 0)
        if not self.sent_starts:
            return 0, len(self.body)
        return self.sent_starts[i], self.sent_ends[i]

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.para_starts, pos) - 1
        start = self.para_starts[i]
        end = self.para_starts[i + 1] - 1 if i + 1 < len(self.para_starts) else len(self.body)
        return start, end

    def first_sentence_of_paragraph(self, pos: int) -> tuple[int, int]:
        return self.sentence(self.paragraph(pos)[0])

    def evidence(self, pos: int) -> str:
        s, e = self.sentence(pos)
        return self.body[s:e].strip()


def bigrams(words: str) -> set[str]:
    """The two-character words of `words`, overlapping ("募集善款" -> 募集, 集善, 善款): two figures
    whose words right before them share one measure the same thing."""
    return {words[i:i + 2] for i in range(len(words) - 1)}


def clause_before(text: str, pos: int, limit: int = 60) -> str:
    """Text from the last clause break before ``pos`` up to ``pos``."""
    lo = max(0, pos - limit)
    chunk = text[lo:pos]
    last = None
    for last in CLAUSE_BREAK_RE.finditer(chunk):
        pass
    return chunk[last.end():] if last else chunk


def clause_after(text: str, pos: int, limit: int = 40) -> str:
    """Text from ``pos`` to the next clause break."""
    chunk = text[pos:pos + limit]
    m = CLAUSE_BREAK_RE.search(chunk)
    return chunk[:m.start()] if m else chunk


# a table row drawn with bars, a figure and its unit in a cell: "城乡低保人数| 15,186人| 15,642人| -2.9"
BAR_FIGURE_CELL_RE = re.compile(r"[|｜]\s*[\d,.]+\s*(?:万|亿)?(?:元|人次|户次|人|户|名)\s*(?=[|｜]|$)")
BAR_RE = re.compile(r"[|｜]([ \u3000]*)")
LEADING_BAR_RE = re.compile(r"([ \t\u3000]*)[|｜]")
MARKDOWN_ROW_RE = re.compile(r"[ \t\u3000]*[|｜].*[|｜][ \t\u3000]*$")
BARE_FIGURE_CELL_RE = re.compile(r"[|｜][ \u3000]*[-+－]?\d[\d,]*(?:\.\d+)?%?[ \u3000]*(?=[|｜])")


def bar_table_lines(lines: list[str]) -> set[int]:
    """The lines of a table drawn with bars: its rows (a figure and its unit in a cell) and the header
    row above them; a menu bar ("首页 | 政务公开") has no figure cells and is none."""
    rows = {i for i, line in enumerate(lines) if ("|" in line or "｜" in line) and BAR_FIGURE_CELL_RE.search(line)}
    # a table written as a page's markdown ("| 城市低保人数 | 人 | 1,946 | -3.4 |"): each line opens and closes on a
    # bar, and a block of them holding a cell of a bare figure is a table, its header and section rows too
    block: list[int] = []
    for i, line in enumerate(lines + [""]):
        if MARKDOWN_ROW_RE.match(line):
            block.append(i)
            continue
        if any(BARE_FIGURE_CELL_RE.search(lines[k]) for k in block):
            rows.update(block)
        block = []
    return rows | {i - 1 for i in rows if i > 0 and BAR_RE.search(lines[i - 1])}


BAR_ITEM_SPLIT_RE = re.compile(r"[|｜]")
COUNTED_ITEM_RE = re.compile(r"\d(?:万|亿)?(?:元|户次|人次|户|人|名|位)$")
COUNTED_ITEM_CHARS = 16


def figure_items(line: str) -> bool:
    """A line of short items each ending on its figure ("其中低保家庭2,685户｜特困人员526户｜困境儿童家庭205户", a post's
    way of listing parts): a list, neither a menu bar nor a table's row."""
    items = [x.strip() for x in BAR_ITEM_SPLIT_RE.split(line)]
    return len(items) >= 2 and all(x and len(x) <= COUNTED_ITEM_CHARS and COUNTED_ITEM_RE.search(x) for x in items)


def bars_as_tabs(text: str) -> str:
    """The bars of a table drawn with them read as the tabs of a table, and those between a line's
    counted items as the 、 of a list (same length, so offsets hold)."""
    if "|" not in text and "｜" not in text:
        return text
    lines = text.split("\n")
    table = bar_table_lines(lines)
    for i, line in enumerate(lines):
        if i not in table and figure_items(line):
            lines[i] = BAR_ITEM_SPLIT_RE.sub("、", line)  # (read as the list it is)
    for i in table:
        # (the spaces after a bar go before its tab: a cell opens on its figure; a bar opening the line, as
        # markdown draws a row, is no cell before the label)
        lead = LEADING_BAR_RE.match(lines[i])
        row = lines[i] if lead is None else lead.group(1) + " " + lines[i][lead.end():]
        lines[i] = BAR_RE.sub(lambda m: m.group(1) + "\t", row)
    return "\n".join(lines)


QUOTATION_REACH = 80  # how far back a speaker's opening quote may stand


def in_quotation(text: str, pos: int) -> bool:
    """``pos`` lies inside a quotation (an opening “ not closed before it): someone speaking."""
    opening = text.rfind("“", max(0, pos - QUOTATION_REACH), pos)
    return opening >= 0 and text.find("”", opening, pos) < 0


def card_label(text: str, at: int, line_start: int | None = None, line_end: int | None = None) -> tuple[int, int] | None:
    """Where the label of a post's figure card lies (the next line with words, past blank ones: "2614人次" / "临时救助困难
    群众"), when the figure at ``at`` stands alone on its line; None when it is no card. The line may be given (a count's
    chain, "2.36万户6.18万人", is read as its own line by the caller)."""
    if line_start is None:
        line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        if line_end < 0 or not FIGURE_CARD_LINE_RE.fullmatch(text, line_start, line_end):
            return None
    label_start = line_end + 1
    while text.startswith("\n", label_start):
        label_start += 1
    label_end = text.find("\n", label_start)
    return label_start, label_end if label_end >= 0 else len(text)


def card_above_label(text: str, label_start: int) -> int | None:
    """Where the figure card stands whose label is the line starting at ``label_start`` (the card's number alone on the
    line above it, past blank ones: "986万元" / "区慈善会全年募集善款善物"); None when that line is no card."""
    end = label_start - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    if end <= 0 or text[end:end + 1] != "\n":
        return None
    start = text.rfind("\n", 0, end) + 1
    return start if FIGURE_CARD_LINE_RE.fullmatch(text, start, end) else None
