"""Chinese numbers, multipliers and approximation qualifiers.

``7.48亿元`` -> 748000000, ``46万多户`` -> 460000 (lower bound), ``两百万元``,
``三千余户``.  Money values go through ``jionlp.parse_money`` (cached: it is
only ever called on a short matched span); counts and the fallback use
``cn2an`` for Chinese numerals.
"""
from __future__ import annotations

import re
from functools import lru_cache

import cn2an

CN_DIGITS = "零〇一二两三四五六七八九十百千"
# a number: arabic (with thousands separators / decimals) or Chinese numerals
NUM = rf"(?:\d+(?:[,，]\d{{3}})*(?:\.\d+)?|[{CN_DIGITS}]{{2,}}(?:点[{CN_DIGITS}]+)?)"
PRE = r"(?P<pre>大约|约|将近|接近|近|不到|不足|超过|逾|超)?"
# Speed: a pattern that *starts* with a character set lets the regex engine skip
# non-candidate positions quickly (~6x faster than an optional-prefix
# alternation).  Matches of NUM_FAST are validated with ``valid_number`` and the
# qualifier in front is read with ``prefix_before``.
# (an arabic number stops at a Chinese numeral: "2千元" is 2 x 千, as "2万元" is 2 x 万)
# (a Chinese numeral goes on past 万/亿 when more numerals follow: "二十三万六千余元")
NUM_FAST = (rf"[\d{CN_DIGITS}](?:(?<=[\d,，.])[\d,，.]|(?<=[{CN_DIGITS}点万亿])[\d,，.{CN_DIGITS}点]"
            rf"|(?<=[{CN_DIGITS}])[万亿](?=[{CN_DIGITS}]))*")
_PRE_RE = re.compile(r"(?:大约|约|将近|接近|近|不到|不足|不超过|不高于|最多|不低于|不少于|超过|逾|超|突破)$")  # (不超过 before 超过)
SUF = r"(?P<suf>左右|以上|以下|以内)?"
MULT = {"": 1, "十": 10, "百": 100, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7,
        "亿": 1e8, "万亿": 1e12}
MULT_RE = r"(?:千万|百万|十万|万亿|万|亿|千)"

AT_LEAST = {"多", "余", "超过", "超", "逾", "以上", "不低于", "不少于", "突破"}
AT_MOST = {"近", "将近", "接近", "不到", "不足", "不超过", "不高于", "最多", "以下", "以内"}
APPROX = {"约", "大约", "左右"}


# two neighbouring digits in a row: "五六万" is five or six 万, "三四十" thirty or forty
VAGUE_RE = re.compile(r"一两|两三|二三|三四|四五|五六|六七|七八|八九")


def valid_number(num: str, mult: str | None = None) -> bool:
    """Reject matches that are not a plain number (mixed garbage, a lone 一 or 十).

    A single Chinese numeral counts only before a multiplier (十万元, 两万户):
    on its own it is usually a word (一户一策, 十分).
    """
    if num[0].isdigit():
        return bool(re.fullmatch(r"\d+(?:[,，]\d{3})*(?:\.\d+)?", num))
    if any(c.isdigit() or c in ",，." for c in num):
        return False
    if VAGUE_RE.match(num):
        return False  # "五六万元", "三四十户": an estimate between two figures, no figure
    # (一 alone only before a large multiplier, "拨付一亿元": "一万" may be 万一's or a word's)
    return len(num) >= 2 or (bool(mult) and (num != "一" or mult in ("亿", "千万", "百万")))


def prefix_before(text: str, start: int) -> str | None:
    """Qualifier word (约, 近, 超过 …) written right before ``start``."""
    m = _PRE_RE.search(text[max(0, start - 3):start])
    return m.group() if m else None


def qualifier(*markers: str | None) -> str:
    """Map the qualifier words found around a number to the GUIDELINES value."""
    words = {m for m in markers if m}
    if words & APPROX:
        return "approx"
    if words & AT_MOST:
        return "at_most"
    if words & AT_LEAST:
        return "at_least"
    return "exact"


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """Value of an arabic or Chinese-numeral number string (no unit)."""
    t = text.replace(",", "").replace("，", "").strip()
    if not t:
        return None
    try:
        return float(t)
    except ValueError:
        pass
    try:
        return float(cn2an.cn2an(t.replace("两", "二").replace("〇", "零"), "smart"))
    except Exception:
        return None


def scaled(num: str, mult: str | None) -> float | None:
    value = parse_number(num)
    if value is None:
        return None
    return value * MULT.get(mult or "", 1)


@lru_cache(maxsize=4096)
def money_value(span: str, num: str, mult: str | None) -> float | None:
    """Yuan value of a money span; lower bound for ``多/余`` forms.

    jionlp parses the whole span (it understands 多/余/约 and Chinese numerals);
    if it refuses, fall back to our own number * multiplier.
    """
    try:
        import jionlp as jio

        res = jio.parse_money(re.sub(r"\s", "", span))
        val = res["num"][0] if isinstance(res["num"], list) else res["num"]
        value = float(val)
        own = scaled(num, mult)
        # trust jionlp only when it agrees with the plain reading (guards odd parses)
        if own is None or abs(value - own) <= 0.01 * max(own, 1):
            return value
        return own
    except Exception:
        return scaled(num, mult)
