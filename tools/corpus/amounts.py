"""Render money amounts and head-counts the way Chinese news prints them.

Each renderer returns a :class:`Quantity` holding the text exactly as it will
appear in the article together with the value and qualifier the gold must
carry.  Because the text is produced from the value (never parsed back), the
gold is right by construction.

Forms covered: ``7.48亿元``, ``134237元``, ``100多万元``, ``50余万元``,
``3万余元``, ``46万多户``, ``近3.5亿元``, ``约480万元``, ``480万元左右``,
``超过500万元``, ``500万元以上``, ``逾``/``超``/``不到``/``不足``/``将近``,
Chinese numerals (``两百万元``, ``三千余户``), full-width digits, thousands
separators, and ranges (``3000-6000元``, ``1000至4000元``).
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from decimal import Decimal

CN_DIGITS = "零一二三四五六七八九"
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass(frozen=True)
class Quantity:
    """One printed amount or count and its gold attributes."""

    text: str
    value: int
    qualifier: str  # exact | approx | at_least | at_most
    unit: str = "元"


def _section(n: int) -> str:
    """Chinese numeral for 1..9999, with 零 for inner gaps (1020 → 一千零二十)."""
    out, gap = "", False
    for place, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // place % 10
        if d == 0:
            gap = bool(out)
            continue
        if gap:
            out += "零"
            gap = False
        out += CN_DIGITS[d] + word
    return out


def int_to_cn(n: int, liang: bool = False) -> str:
    """Chinese numeral for a non-negative integer below 10^12.

    ``liang`` writes a leading 二 before 百/千/万/亿 as 两 (两百, 两千), the usual
    spoken form in news copy.
    """
    if n == 0:
        return "零"
    out, pending = "", False
    for group, word in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if group == 0:
            pending = bool(out)
            continue
        if out and (pending or group < 1000):
            out += "零"
        pending = False
        out += _section(group) + word
    if out.startswith("一十"):
        out = out[1:]
    if liang and len(out) > 1 and out[0] == "二" and out[1] in "百千万亿":
        out = "两" + out[1:]
    return out


def _round_sig(x: float, sig: int) -> int:
    """Round to ``sig`` significant digits (473 → 470 with sig=2), at least 1."""
    if x < 1:
        return 1
    p = int(math.floor(math.log10(x))) - sig + 1
    return max(1, int(round(x / 10**p)) * 10**p) if p > 0 else max(1, int(round(x)))


_QUALS = {"exact": 0.55, "approx": 0.12, "at_least": 0.2, "at_most": 0.13}


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def quantity(
    rng: random.Random,
    lo: float,
    hi: float,
    unit: str = "元",
    *,
    quals: dict[str, float] | None = None,
    allow_yi: bool = True,
    fullwidth: bool = False,
    chinese: float = 0.06,
) -> Quantity:
    """A random amount (unit 元) or count (unit 户, 人, 人次 …) in [lo, hi].

    The magnitude is log-uniform so both ``600元`` and ``7.48亿元`` occur.  The
    scale word (万/亿) and the qualifier form are chosen independently; the
    value is computed from the printed mantissa with Decimal so 7.48亿 is
    exactly 748000000.
    """
    v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    if allow_yi and v >= 1e8 and rng.random() < 0.9:
        scale, sw = 10**8, "亿"
    elif v >= 1e4 and rng.random() < (0.8 if v < 1e6 else 0.97):
        scale, sw = 10**4, "万"
    else:
        scale, sw = 1, ""
    m = v / scale
    if scale == 10**4 and m >= 10000 and allow_yi:
        scale, sw, m = 10**8, "亿", m / 10**4
    qual = _pick(rng, quals or _QUALS)

    # Forms where a 多/余 sits next to the number need a round integer.
    if qual == "at_least":
        form = rng.choice(["duo", "yu", "scale_duo", "scale_yu", "chaoguo", "yishang", "yu2", "chao"])
        if form in ("scale_duo", "scale_yu") and not sw:
            form = form[6:]
    else:
        form = qual
    round_int = form in ("duo", "yu", "scale_duo", "scale_yu")

    use_cn = False
    if round_int or (rng.random() < 0.5 and scale > 1) or (scale == 1 and (qual != "exact" or rng.random() < 0.4)):
        n = _round_sig(m, rng.choice([1, 2, 2, 3]) if not round_int else rng.choice([1, 2, 2]))
        if form in ("duo", "yu") and (n < 10 or n % 10):
            # "53多人" / "7余万元" read oddly: 多/余 follow a round tens figure,
            # otherwise the qualifier moves after the scale word (7万余元).
            if sw:
                form = "scale_" + form
            else:
                n = max(10, n // 10 * 10)
        mant = str(n)
        use_cn = rng.random() < chinese and n < 10000 and len(str(n).rstrip("0")) <= 2
    elif scale == 1:
        mant = str(max(1, int(round(m))))
    else:
        dec = rng.choice([1, 1, 2]) if m < 100 else rng.choice([0, 1])
        mant = f"{m:.{dec}f}".rstrip("0").rstrip(".") if dec else str(int(round(m)))
        if Decimal(mant) == 0:
            mant = "1"
    value = int(Decimal(mant) * scale)

    if use_cn:
        num = int_to_cn(int(mant), liang=rng.random() < 0.7)
    else:
        num = mant
        if scale == 1 and len(mant) >= 5 and "." not in mant and rng.random() < 0.08:
            num = f"{int(mant):,}"  # web pages sometimes print 134,237元
        if fullwidth:
            num = num.translate(_FULLWIDTH)

    core = f"{num}{sw}{unit}"
    text = {
        "exact": core,
        "approx": rng.choice([f"约{core}", f"{core}左右", f"大约{core}", f"约{core}"]),
        "duo": f"{num}多{sw}{unit}",
        "yu": f"{num}余{sw}{unit}",
        "scale_duo": f"{num}{sw}多{unit}",
        "scale_yu": f"{num}{sw}余{unit}",
        "chaoguo": f"超过{core}",
        "yishang": f"{core}以上",
        "yu2": f"逾{core}",
        "chao": f"超{core}",
        "at_most": rng.choice([f"近{core}", f"不到{core}", f"不足{core}", f"将近{core}", f"近{core}"]),
    }[form]
    return Quantity(text, value, qual, unit)


def money(rng: random.Random, lo: float, hi: float, **kw) -> Quantity:
    """An amount of money in 元 between lo and hi yuan."""
    return quantity(rng, lo, hi, "元", **kw)


def exact_money(rng: random.Random, lo: int, hi: int, step: int = 10, fullwidth: bool = False) -> Quantity:
    """A rate or standard such as ``600元`` (standards are printed exactly)."""
    n = rng.randrange(lo // step, hi // step + 1) * step
    num = str(n).translate(_FULLWIDTH) if fullwidth else str(n)
    return Quantity(f"{num}元", n, "exact")


def money_range(rng: random.Random, lo: int, hi: int, fullwidth: bool = False) -> tuple[str, Quantity, Quantity]:
    """A printed range and its two gold rows (low end at_least, high end at_most).

    Returns ``(phrase, low, high)``; each row's text is a substring of phrase,
    e.g. ``1000至4000元`` → ``1000`` and ``4000元``.
    """
    step = 100 if hi <= 20000 else 1000
    a = rng.randrange(lo // step, hi // step) * step
    b = a + rng.randrange(1, 6) * step * rng.choice([1, 2, 5])
    fw = (lambda s: s.translate(_FULLWIDTH)) if fullwidth else (lambda s: s)
    if a >= 10000 and a % 10000 == 0 and b % 10000 == 0 and rng.random() < 0.6:
        sa, sb, sw = fw(str(a // 10000)), fw(str(b // 10000)), "万"
    else:
        sa, sb, sw = fw(str(a)), fw(str(b)), ""
    style = rng.choice(["dash", "zhi", "zhi_full"])
    if style == "dash":
        low, high = sa + sw, f"{sb}{sw}元"
        phrase = f"{low}-{high}"
    elif style == "zhi":
        low, high = sa + sw, f"{sb}{sw}元"
        phrase = f"{low}至{high}"
    else:
        low, high = f"{sa}{sw}元", f"{sb}{sw}元"
        phrase = f"{low}至{high}"
    return phrase, Quantity(low, a, "at_least"), Quantity(high, b, "at_most")
