"""Money amounts (元/万元/亿元) with qualifier, per-unit, flow and in-kind flag.

Every amount in 元 in the body is a row; a range (``3000-6000元``) gives two
rows, the low end ``at_least`` and the high end ``at_most``.  Flow is decided
by the first flow verb in the clause before the amount (the clause's main
verb: ``统筹整合…社会捐赠款物近3.5亿元`` is *allocated*), else the first one in
the rest of the sentence (``按每人200元的标准，发放…`` is *disbursed*).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .amounts import MULT_RE, NUM, NUM_FAST, money_value, prefix_before, qualifier, valid_number
from .context import Region, StoryContext
from .text import clause_before

_NOT_YUAN = r"(?!旦|宵|月|素|件|首|帅|老|勋|年|气|音|凶|器)"
MONEY_RE = re.compile(
    rf"(?P<num>{NUM_FAST})(?P<q1>多|余)?(?P<mult>{MULT_RE})?(?P<q2>多|余)?元{_NOT_YUAN}(?P<suf>左右|以上|以下|以内)?")
# the low end of a range, read backwards from a money match: 3000-6000元, 1000元至4000元
RANGE_LEFT_RE = re.compile(rf"(?P<n1>{NUM})(?P<m1>{MULT_RE})?(?P<y1>元)?\s*(?:-|－|—|–|~|～|至|到)\s*$")

FLOW_WORDS = [
    ("raised", "筹集|募捐|募集|捐赠|捐款|捐助|捐献|筹措|筹资|募得|认捐|链接|争取|汇聚|接收捐"),
    ("allocated", "安排|拨付|下拨|划拨|投入|统筹|预算|备用金|资金用于|下达|整合|列支|配套"),
    ("disbursed", "发放|增发|补发|发给|送到|送去|送上|送出|救助支出|支出|减免|补贴到户|发到|资助|兑现|补助|补贴|慰问金送|折款|折合"),
]
FLOW_RE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in FLOW_WORDS))
# 每人200元, 每户每月600元, 每人发放慰问金500元, 人均300元 (a few words may sit between)
PER_LEFT_RE = re.compile(r"(?:每(?P<u>人|户|名|位|家|个家庭|家庭)|(?P<avg>人均|户均))(?:每[月年季次天])?"
                         r"[\u4e00-\u9fff]{0,5}$")
PER_RIGHT_RE = re.compile(r"^\s*(?:/|／|每)(?P<u>人|户|名|位|家)")
GOODS = r"物资|物品|慰问品|实物|衣物|棉被|大米|食用油|礼包|年货|用品|药品|粮油"
INKIND_LEFT_RE = re.compile(rf"(?:{GOODS})(?:折款|折合|折价|价值|总价值|共计|合计)?(?:人民币)?(?:约|近|超过|达)?$")
VALUE_LEFT_RE = re.compile(r"价值(?:约|近|超过|达|共计)?$")
UNRELATED_RE = re.compile(r"收入|工资|薪酬|生产总值|GDP|营业|销售|售价|价格|单价|票价|房价|租金|利润|产值|市值|"
                          r"每斤|每公斤|一斤")
MIXED_RE = re.compile(r"资金|现金|善款|款物|慰问金|(?<!折)款")
INKIND_RIGHT_RE = re.compile(rf"^(?:的)?[^。；;，,\n]{{0,14}}?(?:{GOODS})")


@dataclass
class Fund:
    start: int
    end: int
    text: str
    amount: float
    qualifier: str
    per: str | None
    flow: str
    in_kind: bool
    region: Region


def _flow(ctx: StoryContext, start: int, end: int) -> str:
    text = ctx.text
    left = clause_before(text, start)
    m = FLOW_RE.search(left)
    if not m:
        _, s_end = ctx.seg.sentence(start)
        m = FLOW_RE.search(text, end, s_end)
    if not m:
        return "other"
    return m.lastgroup or "other"


def _per(left: str, right: str) -> str | None:
    m = PER_LEFT_RE.search(left[-12:])
    u = None
    if m:
        u = m.group("u") or ("人" if m.group("avg") == "人均" else "户")
    else:
        r = PER_RIGHT_RE.match(right)
        u = r.group("u") if r else None
    if u is None:
        return None
    return "household" if u in ("户", "家", "个家庭", "家庭") else "person"


def _in_kind(left: str, right: str) -> bool:
    left = left.rstrip()
    if MIXED_RE.search(left):
        return False  # money and goods together (款物, 资金和物资) is not in-kind
    if INKIND_LEFT_RE.search(left[-12:]):
        return True
    return bool(VALUE_LEFT_RE.search(left[-6:]) and INKIND_RIGHT_RE.match(right))


def _row(ctx: StoryContext, start: int, end: int, amount: float | None, qual: str,
         amt_start: int | None = None) -> Fund | None:
    if amount is None or amount <= 0:
        return None
    text = ctx.text
    a0 = start if amt_start is None else amt_start
    left = clause_before(text, a0, 30)
    if UNRELATED_RE.search(left):
        return None  # prices, incomes, output: not civil-affairs money
    right = text[end:end + 16]
    return Fund(start, end, ctx.body[start:end], amount, qual, _per(left, right),
                _flow(ctx, a0, end), _in_kind(left, right), ctx.region_at(start))


def extract_funds(ctx: StoryContext) -> list[Fund]:
    text = ctx.text
    out: list[Fund] = []
    for m in MONEY_RE.finditer(text):
        num = m.group("num")
        if not valid_number(num, m.group("mult")):
            continue
        start = m.start()
        if start > 0 and text[start - 1] in "第":
            continue
        window = max(0, start - 24)
        left = RANGE_LEFT_RE.search(text, window, start)
        if left:
            # a range: low end at_least (inherits the multiplier), high end at_most
            lo_start = left.start()
            lo_end = left.end("y1" if left.group("y1") else ("m1" if left.group("m1") else "n1"))
            mult = left.group("m1") or m.group("mult")
            lo = money_value(left.group("n1") + (mult or "") + "元", left.group("n1"), mult)
            if out and out[-1].start == lo_start:
                out.pop()  # the low end (written with 元) was already read as a single amount
            for row in (_row(ctx, lo_start, lo_end, lo, "at_least", amt_start=lo_start),
                        _row(ctx, start, m.end(), money_value(m.group(), num, m.group("mult")), "at_most",
                             amt_start=lo_start)):
                if row:
                    out.append(row)
            continue
        pre = prefix_before(text, start)
        span_start = start - len(pre) if pre else start
        amount = money_value(text[span_start:m.end()], num, m.group("mult"))
        qual = qualifier(pre, m.group("q1"), m.group("q2"), m.group("suf"))
        row = _row(ctx, span_start, m.end(), amount, qual, amt_start=start)
        if row:
            out.append(row)
    return out
