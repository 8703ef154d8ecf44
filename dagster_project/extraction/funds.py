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

from .amounts import MULT_RE, NUM, PRE, SUF, money_value, qualifier
from .context import Region, StoryContext
from .text import clause_before

_NOT_YUAN = r"(?!旦|宵|月|素|件|首|帅|老|勋|年|气|音|凶|器)"
MONEY_RE = re.compile(
    rf"{PRE}(?P<num>{NUM})(?P<q1>多|余)?(?P<mult>{MULT_RE})?(?P<q2>多|余)?元{_NOT_YUAN}{SUF}")
RANGE_RE = re.compile(
    rf"(?P<n1>{NUM})(?P<m1>{MULT_RE})?(?P<y1>元)?\s*(?:-|－|—|–|~|～|至|到)\s*"
    rf"(?P<n2>{NUM})(?P<m2>{MULT_RE})?元{_NOT_YUAN}")

FLOW_WORDS = [
    ("raised", "筹集|募捐|募集|捐赠|捐款|捐助|捐献|筹措|筹资|募得|认捐|链接|争取|汇聚|接收捐"),
    ("allocated", "安排|拨付|下拨|划拨|投入|统筹|预算|备用金|资金用于|下达|整合|列支|配套"),
    ("disbursed", "发放|送到|送去|送上|送出|救助支出|支出|减免|补贴到户|发到|资助|兑现|补助|补贴|慰问金送|折款|折合"),
]
FLOW_RE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in FLOW_WORDS))
PER_LEFT_RE = re.compile(r"(?:每(?P<u>人|户|名|位|家|个家庭|家庭)|(?P<avg>人均|户均))(?:每[月年季次天]|每人|每户)?"
                         r"(?:补助|补贴|发放|标准|救助|慰问金|为|按)?$")
PER_RIGHT_RE = re.compile(r"^\s*(?:/|／|每)(?P<u>人|户|名|位|家)")
GOODS = r"物资|物品|慰问品|实物|衣物|棉被|大米|食用油|礼包|年货|用品|药品|粮油"
INKIND_LEFT_RE = re.compile(rf"(?:{GOODS})(?:折款|折合|折价|价值|总价值|共计|合计)?(?:约|近|超过|达)?$")
VALUE_LEFT_RE = re.compile(r"价值(?:约|近|超过|达|共计)?$")
MIXED_RE = re.compile(r"资金|现金|善款|款物|慰问金|(?<!折)款")
INKIND_RIGHT_RE = re.compile(rf"^(?:的)?[\u4e00-\u9fff]{{0,8}}?(?:{GOODS})")


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
    right = text[end:end + 16]
    return Fund(start, end, ctx.body[start:end], amount, qual, _per(left, right),
                _flow(ctx, a0, end), _in_kind(left, right), ctx.region_at(start))


def extract_funds(ctx: StoryContext) -> list[Fund]:
    text = ctx.text
    out: list[Fund] = []
    taken: list[tuple[int, int]] = []
    for m in RANGE_RE.finditer(text):
        mult = m.group("m1") or m.group("m2")
        lo_end = m.end("y1") if m.group("y1") else (m.end("m1") if m.group("m1") else m.end("n1"))
        lo = money_value(text[m.start():lo_end] + ("" if m.group("y1") else (m.group("m2") or "") + "元"),
                         m.group("n1"), mult)
        hi = money_value(text[m.start("n2"):m.end()], m.group("n2"), m.group("m2"))
        for row in (_row(ctx, m.start(), lo_end, lo, "at_least"),
                    _row(ctx, m.start("n2"), m.end(), hi, "at_most", amt_start=m.start())):
            if row:
                out.append(row)
        taken.append((m.start(), m.end()))
    for m in MONEY_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if m.start() > 0 and (text[m.start() - 1].isdigit() or text[m.start() - 1] in "第."):
            continue
        amount = money_value(m.group(0), m.group("num"), m.group("mult"))
        qual = qualifier(m.group("pre"), m.group("q1"), m.group("q2"), m.group("suf"))
        row = _row(ctx, m.start(), m.end(), amount, qual, amt_start=m.start("num"))
        if row:
            out.append(row)
    out.sort(key=lambda f: f.start)
    return out
