"""Page layout: turn stories into a source file the way crawls and scans look.

Three page kinds, mirroring the seed files:

* ``web``   – one story wrapped in site chrome (当前位置, 时间/浏览量/来源 line,
  字体/打印, photo captions, 扫一扫 footer).  The chrome's date and 来源 are the
  story's year and source.
* ``plain`` – one story, title then body, optionally a 来源/据 line.
* ``paper`` – a newspaper page with 2–4 stories, each closed by （据…）; some
  print the title after the body, and OCR'd pages break lines every ~14
  characters, add blank lines and put spaces between digits and Chinese.

Layout only adds whitespace and chrome, never changes story text, so gold
``text`` values still occur in the file once whitespace is removed.
"""
from __future__ import annotations

import datetime as dt
import random
import re

from . import vocab
from .story import Story, make_story, person_name, pick_place, pick_source

WEEKDAYS = "一二三四五六日"
_DIGIT_EDGE = re.compile(r"(?<=[\u4e00-\u9fff“”，])(?=[0-9０-９])|(?<=[0-9０-９])(?=[\u4e00-\u9fff])")


def _ocr_spaces(text: str, rng: random.Random, p: float) -> str:
    """OCR often puts a space where digits meet Chinese (开展 2024年, 近 15000人次)."""
    return _DIGIT_EDGE.sub(lambda m: " " if rng.random() < p else "", text)


def _wrap(text: str, rng: random.Random, lo: int = 12, hi: int = 16) -> list[str]:
    """Cut a paragraph into newspaper-column lines of lo..hi characters."""
    lines, i = [], 0
    while i < len(text):
        w = rng.randint(lo, hi)
        lines.append(text[i:i + w])
        i += w
    return lines


def _split_title(title: str, rng: random.Random) -> list[str]:
    """Long headlines are printed over two lines, sometimes with a stray space."""
    if len(title) < 18 or rng.random() < 0.4:
        return [title]
    cut = rng.randint(8, len(title) - 6)
    return [title[:cut] + (" " if rng.random() < 0.3 else ""), title[cut:]]


def _source_line(story: Story, rng: random.Random) -> str | None:
    if story.source is None:
        return None
    if story.source_kind == "paper":
        return rng.choice([f"（据《{story.source}》）", f"(据《{story.source}》)", f"（据《{story.source}》）"])
    return rng.choice([f"（据{story.source}）", f"(据{story.source})", f"（据{story.source}）"])


def gold_story(story: Story) -> dict:
    """The GUIDELINES record for one story."""
    body = re.sub(r"\s", "", "".join(story.paragraphs))
    return {
        "title": re.sub(r"\s", "", "".join(story.title_lines)),
        "first_sentence": body[:20],
        "source": story.source,
        "year": story.year,
        "province": story.province,
        "funds": story.funds,
        "beneficiaries": story.beneficiaries,
        "campaigns": story.campaigns,
    }


def _date(year: int, rng: random.Random, month: int | None = None) -> dt.date:
    month = month or rng.randint(1, 12)
    return dt.date(year, month, rng.randint(1, 28))


def web_page(rng: random.Random, provinces, year: int | None) -> tuple[str, list[Story]]:
    """One story in web chrome; the chrome's date supplies the year."""
    used: set[str] = set()
    place = pick_place(rng, provinces)
    dated = year is not None and rng.random() < 0.8
    src = pick_source(rng, place)
    story = make_story(rng, provinces, year=year, used_names=used, size=rng.choice(["medium", "long", "long"]),
                       year_from_page=dated, fullwidth=rng.random() < 0.04, source=src, place=place)
    site = rng.choice([place.province.affairs_bureau, place.province.alias + "新闻网", place.province.alias + "民政网",
                       "民生在线", "中国社会救助网"])
    out = [site, ""]
    if rng.random() < 0.5:
        out += ["图片", ""]
    section = rng.choice(["新闻中心 > 媒体报道", "工作动态", "民政要闻 > 基层动态", "新闻动态 > 市县动态"])
    out.append(rng.choice(["当前位置: 首页  >  ", "您现在的位置：首页 > ", "当前位置：首页 > "]) + section + " > 正文")
    out.append("")
    out.append("".join(story.title_lines))
    out.append("")
    meta = []
    if dated:
        # Published a few days after the events the story reports.
        d = dt.date(year, story.month, story.day) + dt.timedelta(days=rng.randint(0, 3))
        d = d if d.year == year else dt.date(year, 12, 31)
        meta.append(rng.choice([f"时间:{d:%Y-%m-%d}", f"发布时间：{d.year}年{d.month:02d}月{d.day:02d}日",
                                f"{d:%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"]))
    meta.append(rng.choice([f"浏览量:{rng.randint(20, 9000)} 次", f"浏览次数：{rng.randint(20, 9000)}", ""]))
    if story.source is not None:
        meta.append(rng.choice(["来源:", "来源：", "信息来源："]) + story.source)
    out.append("   ".join(m for m in meta if m))
    out.append(rng.choice(["【字体:    打印", "【字体：大 中 小】【打印】", "字号：大 中 小  打印本页"]))
    out.append("")
    if story.source_kind == "paper" and rng.random() < 0.4:
        n = person_name(rng)
        out += [f"本报记者 {' '.join(n) if len(n) == 2 else n}", ""]
    for i, p in enumerate(story.paragraphs):
        out += [p, ""]
        if i == 1 and rng.random() < 0.3:
            out += [rng.choice(vocab.CAPTIONS), ""]
    out.append(rng.choice(["扫一扫在手机端打开当前页", "扫一扫在手机打开当前页", "【关闭窗口】  扫一扫分享"]))
    return "\n".join(out), [story]


def plain_page(rng: random.Random, provinces, year: int | None) -> tuple[str, list[Story]]:
    """Title, body and maybe a 来源/据 line; no chrome."""
    story = make_story(rng, provinces, year=year, used_names=set(), size=rng.choice(["medium", "long"]),
                       fullwidth=rng.random() < 0.04)
    out = list(story.title_lines) + [""]
    for p in story.paragraphs:
        out += [("　　" if rng.random() < 0.3 else "") + p, ""]
    line = _source_line(story, rng)
    if line and rng.random() < 0.3:
        line = rng.choice(["来源：", "来源:"]) + story.source
    if line:
        out.append(line)
    return "\n".join(out), [story]


def paper_page(rng: random.Random, provinces, year: int) -> tuple[str, list[Story]]:
    """2–4 stories as a newspaper page, OCR'd or clean, some titles after bodies."""
    used: set[str] = set()
    n = rng.choices([2, 3, 4], [4, 4, 2])[0]
    ocr = rng.random() < 0.6
    blank_p = rng.choice([0.0, 0.3, 0.9]) if ocr else 0.0
    space_p = rng.choice([0.3, 0.7]) if ocr else 0.0
    stories = [make_story(rng, provinces, year=year, used_names=used, size=rng.choice(["short", "short", "medium"]),
                          fullwidth=rng.random() < 0.04) for _ in range(n)]
    out: list[str] = []
    if rng.random() < 0.3:
        d = _date(year, rng)
        out += [f"{d.year}年{d.month}月{d.day}日  星期{WEEKDAYS[d.weekday()]}", ""]
    for s in stories:
        title_after = rng.random() < 0.3
        title = [t for line in s.title_lines for t in (_split_title(line, rng) if ocr else [line])]
        body: list[str] = []
        for p in s.paragraphs:
            p = _ocr_spaces(p, rng, space_p) if ocr else p
            for line in (_wrap(p, rng) if ocr else [p]):
                body.append(line)
                if rng.random() < blank_p:
                    body.append("")
            body.append("")
        src = _source_line(s, rng)
        if src:
            if rng.random() < 0.2 and body:
                while body and body[-1] == "":
                    body.pop()
                body[-1] += " " + src  # printed at the end of the last line
                body.append("")
            else:
                body += [src, ""]
        if title_after:
            out += body + title + ["", ""]
        else:
            out += title + body + [""]
    return "\n".join(out), stories


def make_page(rng: random.Random, provinces) -> tuple[str, list[dict]]:
    """A random page and its gold stories."""
    year = rng.randint(2019, 2025)
    r = rng.random()
    if r < 0.35:
        text, stories = web_page(rng, provinces, None if rng.random() < 0.05 else year)
    elif r < 0.55:
        text, stories = plain_page(rng, provinces, None if rng.random() < 0.05 else year)
    else:
        text, stories = paper_page(rng, provinces, year)
    return text.rstrip("\n") + "\n", [gold_story(s) for s in stories]
