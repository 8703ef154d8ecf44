"""Split a source file into stories: body, title, source, byline, date.

Two page layouts occur:

* **wide** (web pages, clean newspaper text): one paragraph per line; a line
  that stops mid-sentence was broken by a page/column break and is joined to
  the next one; a short complete sentence squeezed into such a break after
  several blank lines, or a line like ``图为…``, is a photo caption and dropped.
* **narrow** (OCR of newspaper columns): a line every ~14 characters, blank
  lines in between; lines are joined, a paragraph ends on a sentence-final
  line that stops short of the column width.

Titles are short lines without sentence punctuation.  They stand either before
a body or, on OCR pages, *after* the ``（据…）`` attribution that closes the
body.  Title blocks found between two bodies are split between them by word
overlap with each body (a headline repeats its story's words); the layout
(blank lines, the first block closing a title-less story) breaks ties.  In the
middle of a wide page a title group starts a new story only if it looks like a
headline (names a place/organisation, has a kicker line, or is followed by a
byline / ``本报讯``); otherwise it is a section heading and stays in the body.
Chrome is removed first (``chrome.py``); the source is the attribution, else a
byline outlet, else the printed page's paper for ``本报`` stories, else 来源.
"""
from __future__ import annotations

import datetime as dt
import html
import re
import statistics
from dataclasses import dataclass, field

from . import chrome
from .lexicon import (CARD_LABEL_CHARS, FIGURE_CARD_LINE_RE, FULL_DATE_WORDS, LISTING_HEADER_WORDS, LISTING_ROW_WORDS, NUMBERED_HEADING_RE, NUMBERED_ITEM_START_RE,
                      TABLE_CAPTION_WORDS, TABLE_ROW_NOTE_WORDS, TABLE_ROW_WORDS, TABLE_UNIT_LINE_RE, TABLE_UNIT_WORDS,
                      TABLE_UNITS_LIST_WORDS, UNIT_TABLE_PERIOD_COLUMN_WORDS)
from .regions import gazetteer
from .years import parse_date
from .text import MARKDOWN_ROW_RE, clean_spaces, ends_sentence, to_simplified, visual_width

# a person named in a page head's fields (spaces between the fields may be gone: "作者:杨根怀来源:")
PERSON_FIELD_RE = re.compile(r"(?:作者|责任编辑|编辑|责编|记者|通讯员|审核|校对|摄影|撰稿)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}?"
                             r"(?=来源|稿源|时间|日期|发布|浏览|阅读|点击|编辑|审核|字体|打印|\s|$|[|｜，,。【:：])")
# "（据《湖南日报》）", "（来源：民政部网站）", "（湖南省民政厅供稿）"
ATTRIB_RE = re.compile(
    r"[（(]\s*(?:(?:据|来源[:：]|稿源[:：])\s*(?!统计|了解|悉|介绍|报道|测算)([^（）()，。,]{2,30}?)"
    r"|([^（）()，。,\s]{2,24}?)\s*供稿"
    # a line that is only a body's name in brackets: "（陕西省慈善联合会）" under a story,
    # maybe with its writers' names: "（某县民政局 王某某）" (spaces may be gone)
    r"|(?<=^[（(])([\u4e00-\u9fff]{2,20}(?:会|局|厅|部|中心|办|委|报|网|台|社|站))"
    r"(?:[ \t\u3000]*[\u4e00-\u9fff·]{2,4}){0,3}(?=[）)]$))\s*[）)]")
BYLINE_RE = re.compile(
    r"^[■▲●◆□★\s]*(?P<outlet>[^\s，。：:,（(]{0,24}?)(?:本报|特约|见习|实习|融媒体)?"
    r"(?:记者|通讯员|实习生)[\s:：]*(?P<name>[\u4e00-\u9fff·\s]{2,24})$")
ROLE_WORDS = r"(?:常务|专职|执行)?副?(?:会长|秘书长|理事长|主任|局长|厅长|书记|主席|院长|部长)"
ROLE_RE = re.compile(ROLE_WORDS)
REPORT_SPEAKER_RE = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,30}}?{ROLE_WORDS}"
                               r"[ \t\u3000]*(?P<name>[\u4e00-\u9fff](?:[ \t\u3000]?[\u4e00-\u9fff]){1,3})$")
GIVEN_ON_LINE_RE = re.compile(rf"^[（(]\s*{FULL_DATE_WORDS}\s*[）)]$")
LEAD_RE = re.compile(r"^(?:本报讯|本报[\u4e00-\u9fff]{0,8}[\d０-９]{1,2}月[\d０-９]{1,2}日(?:讯|电)|本报记者|记者|通讯员|新华社|中新网|人民网|央广网|[（(]记者)")
# a story's own lead: "本报讯（…）", "本报长春11月19日电", "新华社北京…电"
DATELINE_LEAD_RE = re.compile(r"^(?:本报讯|本报[\u4e00-\u9fff]{0,8}[\d０-９]{1,2}月[\d０-９]{1,2}日(?:讯|电)|新华社[\u4e00-\u9fff]{2,8}[\d０-９]{1,2}月[\d０-９]{1,2}日电)")
SECTION_LABEL_RE = re.compile(r"^[^：:，,]{2,8}[：:]")
WORDY_RE = re.compile(r"[^\W_]")  # a letter, digit or CJK character
ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
CAPTION_RE = re.compile(r"^(?:图为|图片为|▲|△|图：|图:|[（(]图|\[图片\]|【图片】|\[图\])|(?:合影留念|合影|留影)。$|[（(](?:[\u4e00-\u9fff]{2,10}\s*)?(?:摄|供图)[）)]$"
                        # a photographer's credit ending the line: "…物资装车。　记者 周晓燕 摄"
                        r"|(?:\s|记者|通讯员)[\u4e00-\u9fff·]{2,4}\s?摄$")
# the font-size buttons glued to a headline: "…新春慰问活动【大】【中】【小】"
FONT_SIZE_WIDGET_RE = re.compile(r"[【\[]\s*大\s*[】\]]\s*[【\[]\s*中\s*[】\]]\s*[【\[]\s*小\s*[】\]]")
# pinyin a converter left after a character: "發(fā)放", "協(xié)會", "啟動(dòng)"
PINYIN_GLOSS_RE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,6}[）)]")
EDITOR_NOTE_RE = re.compile(r"^(?:编者按|编者的话|编辑按)[:：]")
NOT_BYLINE_RE = re.compile(r"讯|电|获悉|从|日前|近日|表示|介绍|报道")
# "本报合肥2023年12月28日电": the dateline carries the publication date
DATELINE_RE = re.compile(r"^[^，。]{0,12}?(\d{4}年\d{1,2}月\d{1,2}日)[电讯]")
LEAD_CREDIT_RE = re.compile(r"^[^（(]{0,20}[（(](?:本报)?(?:记者|通讯员|特约记者)[\s:：]*([^（）()]{2,30})[）)]")
# a lead naming the site or paper: "今日罗田讯", "邵阳新闻在线讯", "依安新闻消息"
SITE_LEAD_RE = re.compile(r"^(?:本报)?([\u4e00-\u9fff]{2,10}?)(?:讯|消息|电)(?:[（(]|[:：]|\s)"
                          # "今日竹山网消息又是一年…": a site's lead, its space already gone
                          r"|^([\u4e00-\u9fff]{1,10}网)(?:讯|消息)")
ORG_RE = re.compile(r"民政厅|民政局|民政部|慈善总会|慈善会|慈善协会|慈善联合会|红十字会|残联|人民政府|社会组织|福利院|社工站|"
                    r"救助管理站|救助站|"
                    r"^(?:我|全)(?:省|市|县|区|州|旗|盟)")  # a local paper's headline: "我省提高…标准"


@dataclass
class Story:
    title: str | None
    body: str
    source: str | None
    byline: str | None
    published_date: dt.date | None
    place_hint: str = ""  # page-head chrome, site names, the lead's "XX讯": where the page comes from


@dataclass
class _Line:
    orig: str
    simp: str
    blank_before: int
    kind: str = "line"  # 'line' | 'attrib' | 'byline'
    value: str | None = None  # source (attrib) / outlet (byline)
    name: str | None = None  # byline names
    dated: bool = False  # a page's date / source line stood right under it (a headline's)
    date: dt.date | None = None  # the date of that line (a page listing several stories dates each)


@dataclass
class _Draft:
    title: list[_Line] = field(default_factory=list)
    lines: list[_Line] = field(default_factory=list)
    source: str | None = None
    byline: str | None = None
    outlet: str | None = None


def _clean_source(s: str) -> str:
    s = re.sub(r"[》《]", "", s.strip())
    s = re.sub(r"\s*\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?$", "", s)  # "（据民政部网站 2024-01-05）"
    return re.sub(r"(?:消息|报道|報導)$", "", s).strip()


ATTACHMENT_ONLY_RE = re.compile(r"(?:附[件表]\s*\d*\s*[:：][^\n]*\n?)+")  # under the signature of a document
ATTACHMENT_NOTE_RE = re.compile(r"\n附[件表]\s*\d*\s*[:：][^\n]{0,60}$")
# (a table, not another story appended: "附：海口市慈善总会启动…活动" is a story of its own)
APPENDIX_HEADING_RE = re.compile(r"附(?:[件表]\s*\d*)?\s*[:：][^\n]{0,40}?(?:数据|统计|表)"
                                 # ... or a numbered table's caption: "表1　2024年泽州县社会救助及社会福利主要指标"
                                 # (its space may be gone from the page: "表1镇雄县2025年第二季度民政事业主要指标")
                                 r"|表\s*\d{1,2}[\s\u3000:：]?(?=\D)[^\n]{2,40}$"
                                 # ... or a table's title of its own ("湄潭县2024年第三季度社会救助情况统计表")
                                 r"|[^\n]{2,40}(?:统计表|情况表|明细表|分配表|一览表|汇总表)$")
# (with the place it was filed from and its credit: "本报玉树讯（记者才让东周通讯员李青云）")
TITLE_TIME_TAIL_RE = re.compile(r"(?:(?<![\d.亿万])[\u4e00-\u9fff]{2,4}(?:日报|晚报|时报|网))?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
                                r"(?:\d{1,2}:\d{2}(?::\d{2})?)?$")
LEAD_ONLY_RE = re.compile(r"(?:本网|本报|本台|本刊|[\u4e00-\u9fff]{1,8}(?:网|报|台))[\u4e00-\u9fff]{0,6}?(?:讯|消息)"
                          r"(?:[（(][^）)\n]{1,40}[）)])?")
ORIGINAL_TITLE_RE = re.compile(r"^(?:原标题|原標題|原题|標題|标题)[:：]")
OUTLET_RE = re.compile(r"(?:报|報|台|网|網|社|频道|頻道|中心|刊|杂志|雜誌|客户端|新闻|新聞)$")


def _physical_lines(text: str) -> tuple[list[_Line], chrome.PageMeta]:
    if "&" in text and ";" in text:  # scraped pages sometimes keep HTML entities (&nbsp; &ldquo;)
        text = html.unescape(text)
    text = ZERO_WIDTH_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    spaced = text.split("\n")  # a menu bar's items stand apart only here
    text = PINYIN_GLOSS_RE.sub("", FONT_SIZE_WIDGET_RE.sub("", clean_spaces(text)))
    simp_text = to_simplified(text)
    raw = text.split("\n")
    simp = simp_text.split("\n") if simp_text is not text else raw
    flags, meta = chrome.scan(simp, raw, spaced if len(spaced) == len(raw) else None)
    out: list[_Line] = []
    blanks = 0
    for o, s, is_chrome in zip(raw, simp, flags):
        if is_chrome or not WORDY_RE.search(s):  # blank, or a separator of symbols only ("■", "***")
            # (a listing's date may stand a blank line under its item's headline: "· 靖西市…送去助学金" / "" / "2024-12-28")
            if is_chrome and out and (blanks == 0 or (blanks == 1 and _title_para_wide(out[-1].simp)
                                                      and not out[-1].dated)) and chrome.is_meta_line(s.strip()):
                out[-1].dated = True  # "湖北利川：…" / "2024-11-12 来源：…": the line above is a headline
                out[-1].date = parse_date(s.strip())
            blanks += 1
            continue
        if meta.site_names:
            spans = chrome.site_name_spans(s, meta.site_names)
            o, s = chrome.remove_spans(o, spans), chrome.remove_spans(s, spans)
            o, s = clean_spaces(o), clean_spaces(s)
        else:
            o, s = o.strip(), s.strip()
        if chrome.is_read_more_line(s):
            blanks += 1  # a listing's link to the whole story on a line of its own ("查看详细>>")
            continue
        o, s = chrome.drop_read_more_tail(o), chrome.drop_read_more_tail(s)
        if not s:
            blanks += 1
            continue
        out.append(_Line(o, s, blanks))
        tail = chrome.LISTED_DATE_TAIL_RE.search(s)
        if tail and tail.start() >= 4 and _title_para_wide(s[:tail.start()]):
            # a listing page's item: its headline and its date on one line ("定襄县提前发放冬季取暖补助　2023-11-15")
            out[-1].dated, out[-1].date = True, parse_date(tail.group())
        blanks = 0
    return out, meta


# a headline's first line naming its place alone ("大方县：" over "残疾人托养服务让困难家庭“松绑”")
PLACE_KICKER_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:省|市|县|区|州|盟|旗|镇|乡|街道)[：:]")


def _join_place_kickers(lines: list[_Line]) -> list[_Line]:
    """A place's name and a colon on a line of their own, the headline right under it: one headline."""
    out: list[_Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and ln.blank_before == 0 and PLACE_KICKER_RE.fullmatch(prev.simp) \
                and _title_para_wide(ln.simp):
            out[-1] = _Line(prev.orig + ln.orig, prev.simp + ln.simp, prev.blank_before)
            continue
        out.append(ln)
    return out


def _is_narrow(lines: list[_Line]) -> bool:
    """OCR column layout: short lines, most of them stopping mid-sentence (a table's rows drawn with bars are
    no column's)."""
    lines = [x for x in lines if not MARKDOWN_ROW_RE.match(x.simp)]
    if len(lines) < 8:
        return False
    open_lines = sum(1 for x in lines if not ends_sentence(x.simp))
    if statistics.median(len(x.simp) for x in lines) > 40 or open_lines < 0.6 * len(lines):
        return False
    # a column has no line much wider than itself; short headline, chrome and footer
    # lines around long paragraphs (a WeChat post) make a low median too
    long_lines = sum(1 for x in lines if len(x.simp) > 60)
    return long_lines < 0.1 * len(lines)


def _body_like(s: str) -> bool:
    """A line that belongs to running text (so a missing full stop means a break); a headline's opening
    exclamation ("寒潮来袭！…") makes none."""
    kicker = KICKER_RE.match(s)
    if kicker and len(s) > kicker.end():
        s = s[kicker.end():]
    return any(c in s for c in "。；！？") or (len(s) >= 40 and s.count("，") + s.count(",") >= 2)


def _join_wide(lines: list[_Line]) -> list[_Line]:
    """Join page-break fragments and drop photo captions inside a broken sentence."""
    out: list[_Line] = []
    i = 0
    # under a table's unit line its header and rows stand on lines of their own; not _table_walk,
    # because a unit line ending a paragraph ("…明细如下（单位：元）：") is one only once joined
    table = unit_column = False
    while i < len(lines):
        cur = lines[i]
        if CAPTION_RE.search(cur.simp) and len(cur.simp) <= 80:
            i += 1  # a photo caption, wherever it stands
            continue
        if out and _table_unit_line(out[-1].simp):
            table = True
        elif table and not (TABLE_ROW_LINE_RE.match(cur.simp) or not re.search(r"\d", cur.simp)):
            table = False
        if out and UNIT_COLUMN_HEADER_RE.match(out[-1].simp):
            unit_column = True  # "指标名称 单位 数量 同比增减（%）": its rows and sections each on a line
        elif unit_column and (len(cur.simp) > UNIT_COLUMN_ROW_CHARS or "。" in cur.simp):
            unit_column = False
        # (a unit line of its own, "单位：万元、人次", opens its table: joined into the sentence above
        # it would take the table's header and rows with it)
        # (nor a numbered heading on a line of its own after a colon, "…公布如下：" / "一、社会救助" / "年末全县…": the
        # report's first section, not the sentence run on)
        if out and not table and not unit_column and not ends_sentence(out[-1].simp) and _body_like(out[-1].simp) \
                and not ATTRIB_RE.search(out[-1].simp) and not _table_unit_line(cur.simp) \
                and not NUMBERED_HEADING_RE.match(cur.simp.strip()) and not NUMBERED_HEADING_RE.match(out[-1].simp.strip()) \
                and not EMOJI_END_RE.search(out[-1].simp) and not EMOJI_START_RE.match(cur.simp):
            # (a post's line ending on an emoji ends its sentence, "…已全部打卡到户✅", and one opening on an emoji
            # bullet opens a section, "📌“寒冬送温暖”专项救助行动")
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if cur.blank_before >= 2 and ends_sentence(cur.simp) and len(cur.simp) <= 80 and nxt is not None:
                i += 1  # caption: skip it, the sentence continues on the next line
                continue
            prev = out[-1]
            out[-1] = _Line(prev.orig + cur.orig, prev.simp + cur.simp, prev.blank_before)
        else:
            out.append(cur)
        i += 1
    return out


def _classify(lines: list[_Line]) -> list[_Line]:
    """Split off attribution lines and mark bylines."""
    out: list[_Line] = []
    for k, ln in enumerate(lines):
        m = ATTRIB_RE.search(ln.simp)
        if m and (m.end() >= len(ln.simp.rstrip()) - 1 or m.start() == 0):
            g = next(i for i in (1, 2, 3) if m.group(i))
            pre_o, pre_s = ln.orig[:m.start()].strip(), ln.simp[:m.start()].strip()
            post_o, post_s = ln.orig[m.end():].strip(), ln.simp[m.end():].strip()
            if pre_s:
                out.append(_Line(pre_o, pre_s, ln.blank_before))
            out.append(_Line(ln.orig[m.start():m.end()], m.group(), 0 if pre_s else ln.blank_before,
                             "attrib", _clean_source(ln.orig[m.start(g):m.end(g)])))
            if post_s:
                out.append(_Line(post_o, post_s, 0))
            continue
        # (the speaker's line is known by the date line under it: its name may have lost its space)
        speaker = REPORT_SPEAKER_RE.match(ln.simp.strip()) if k + 1 < len(lines) \
            and GIVEN_ON_LINE_RE.match(lines[k + 1].simp.strip()) else None
        if speaker or GIVEN_ON_LINE_RE.match(ln.simp.strip()):
            # a work report's speaker and the day it was given, under its headline ("岱山县慈善总会副会长兼秘书长
            # 张景达" / "（2022年4月20日）"): neither headline nor body
            # (the body the speaker serves is the report's source: "岱山县慈善总会")
            ln.kind = "byline"
            ln.value = (ln.simp[:ROLE_RE.search(ln.simp).start()].strip() or None) if speaker else None
            ln.name = re.sub(r"\s+", "", speaker.group("name")) if speaker else None
            out.append(ln)
            continue
        b = BYLINE_RE.match(ln.simp)
        if b and len(ln.simp) <= 40 and not NOT_BYLINE_RE.search(ln.simp):
            outlet = ln.orig[b.start("outlet"):b.end("outlet")].strip()  # as written
            # the part before 记者 is an outlet only if it names one (not "文/图", "本报")
            is_outlet = bool(OUTLET_RE.search(to_simplified(outlet))) and outlet not in ("本报", "本報")
            ln.kind, ln.value, ln.name = "byline", (outlet if is_outlet else None), \
                ln.orig[b.start("name"):b.end("name")].strip()
        out.append(ln)
    return out


# lines of a document's tail that no headline is: its attachment ("附件：…分配表") and the
# numbered rows of a table in it ("1.临泉县：486万元，慰问12150户")
# a table's rows under its unit line (lexicon.TABLE_UNIT_LINE_RE): "1 太原市 1,086", "合计 13,260"
TABLE_ROW_LINE_RE = re.compile(TABLE_ROW_NOTE_WORDS + "$")  # (under a unit line)


def _table_unit_line(line: str) -> bool:
    """A table's unit line, or a paragraph ending on one (a cheap look for 单位 first)."""
    return "单位" in line and TABLE_UNIT_LINE_RE.search(line) is not None
# ... and the rows of a list of givers with their amounts, and its header
LISTING_LINE_RE = re.compile(rf"(?:{LISTING_ROW_WORDS}|{LISTING_HEADER_WORDS}.*)$")
# ... and a table's unit line and rows
# (nor is a report's numbered section heading, "一、送温暖", however short; nor a table's caption,
# "附表：…主要统计指标", or its header naming a unit column, "指标名称单位本期累计上年同期")
UNIT_COLUMN_HEADER_ONLY_WORDS = rf".{{0,12}}单位(?:{UNIT_TABLE_PERIOD_COLUMN_WORDS})"
UNIT_COLUMN_HEADER_WORDS = (UNIT_COLUMN_HEADER_ONLY_WORDS +
                            # (nor a table's row: a label, then figures in cells apart: "1“春风助学”项目…816.40\t2,041")
                            # (a change may be negative: "城乡低保对象户数户68,412\t-1.8")
                            r"|.*\d[\d,]*(?:\.\d+)?(?:[ \t\u3000]*\t[ \t\u3000]*(?:[-+－]?\d[\d,]*(?:\.\d+)?%?|[—–\-－]{1,2}))+\s*$")
# (a table with a unit column keeps its header and rows on lines of their own)
UNIT_COLUMN_LINE_RE = re.compile(UNIT_COLUMN_HEADER_WORDS)
UNIT_COLUMN_HEADER_RE = re.compile(UNIT_COLUMN_HEADER_ONLY_WORDS)
UNIT_COLUMN_ROW_CHARS = 60
# (nor is a report's numbered section heading, "一、送温暖", however short)
# (nor a table's row whose cells carry their units, once its tabs are gone: "80—89周岁87,100人1,306.50万元76.8%"; a cell
# may name what its figure did: "龙驹镇慰问1260户发放68.42万元")
FIGURES_ROW_WORDS = r"[^，,。；;：:！？]{0,12}?(?:(?:慰问|发放|救助|资助|走访|支出|拨付|下达|惠及)?\d[\d,]*(?:\.\d+)?(?:万|亿)?(?:元|人次|户次|人|户|名|%)){2,}$"
# a project's card, field by field: "项目名称：“福暖云冈”困境儿童关爱项目" / "执行机构：…" / "执行周期：…"
PROJECT_CARD_FIELD = r"(?:项目名称|执行机构|实施单位|合作单位|执行周期|实施周期|项目周期|项目地点|受益对象|资助对象|申报单位)[:：]"
# (nor a row of a table written as markdown, "| 城市低保户数 | 户 | 1,208 | -2.1 |", nor a unit column's row of one
# figure, its unit before its figure once the tabs are gone: "城乡低保对象户数户68300")
NOT_A_HEADLINE_RE = re.compile(rf"[|｜].*[|｜]\s*$|[^\d\n，,。；;：:！？]{{2,30}}?(?:万元|亿元|元|户次|人次|户|人|名)\s*\d[\d,]*(?:\.\d+)?\s*$|"
                               rf"{PROJECT_CARD_FIELD}|附[件表]\s*\d*\s*[:：]|{UNIT_COLUMN_HEADER_WORDS}|{FIGURES_ROW_WORDS}|[一二三四五六七八九十]{{1,3}}、|\d{{1,2}}[.．、][^\d\s：:]{{1,20}}[：:].*\d|"
                               rf"{TABLE_CAPTION_WORDS}(?:{TABLE_UNIT_WORDS}|{TABLE_UNITS_LIST_WORDS})$|{TABLE_ROW_WORDS}$|{LISTING_ROW_WORDS}$|{LISTING_HEADER_WORDS}|"
                               # a reporter's question at a press conference ("请问市慈善总会…做了哪些工作？")
                               r"(?:请问|想请问|我想问)")


def _title_line_narrow(s: str) -> bool:
    if NOT_A_HEADLINE_RE.match(s):
        return False
    kicker = KICKER_RE.match(s)
    if kicker and len(s) > kicker.end():
        s = s[kicker.end():]
    if not 2 <= len(s) <= 40 or any(c in s for c in "，,。；;！!？?") or LEAD_RE.match(s):
        return False
    return not s.endswith(("、", "：", ":")) and not s.replace(".", "").isdigit()


# a headline opening on a short exclamation, its figure ("1.15亿元!湛江“6·30”活动助力乡村振兴,…") or a few
# words ("寒潮来袭！县民政局慰问活动暖民心", "好消息！…"): the rest is the headline
KICKER_RE = re.compile(r"^(?:[约超近逾]?\d[\d,.]*\s*(?:万|亿)?(?:元|人次|户|人|名)?|[^\d\s，,。；;：:！!？?“”\"]{2,8})[!！]")


def _title_para_wide(s: str) -> bool:
    if NOT_A_HEADLINE_RE.match(s):
        return False
    kicker = KICKER_RE.match(s)
    if kicker and len(s) > kicker.end():
        s = s[kicker.end():]
    if not 2 <= len(s) <= 50 or any(c in s for c in "。；;"):
        return False
    if s[-1] in "，,、：:" or LEAD_RE.match(s) or s.count("，") + s.count(",") > 1:
        return False
    if any(c in s[:-1] for c in "？！?!"):
        return False
    # a long exclamation is a quoted sentence, unless it has no comma at all (a WeChat
    # headline: "2023年“99公益日”收官丨全省慈善会系统筹款超1.5亿元！")
    return not (s[-1] in "？！?!" and len(s) > 25
                and (s[-1] in "？?" or "，" in s or "," in s or "：" in s or len(s) > 40))


def _looks_like_headline(group: list[_Line], nxt: _Line | None) -> bool:
    if any(g.simp.endswith(("——", "—", "：", ":")) for g in group if g.kind == "line"):
        return False
    if any(g.kind == "byline" for g in group) or (nxt is not None and LEAD_RE.match(nxt.simp)):
        return True
    heads = [g for g in group if g.kind == "line"]
    if heads and heads[-1].dated:
        return True
    if heads and NUMBERED_HEADING_RE.match(heads[0].simp):
        return False  # "五、社会组织和慈善": a numbered section of a report, not a new story
    if any(FIGURE_CARD_LINE_RE.fullmatch(g.simp.strip()) for g in heads):
        return False  # "社区慈善 向善而行" / "13家" / "街道（镇）慈善超市实现全覆盖": a post's figure card
    if len(heads) == 1 and SECTION_LABEL_RE.match(heads[0].simp):
        # "河北：…" sections of a round-up, unless a byline/本报讯 follows, or the line
        # stands apart (two blank lines) and the text under it opens on its place again
        # ("瑞安：独居老人吃上年夜饭" / "1月20日中午，瑞安市…": a page's next story)
        label = heads[0].simp.split("：")[0].split(":")[0]
        places = gazetteer().find_in_hint(label)
        return bool(places and heads[0].blank_before >= 2 and nxt is not None
                    and places[0].name[:2] in nxt.simp[:40])
    if len(heads) >= 2:
        return True
    text = "".join(g.simp for g in heads)
    if ORG_RE.search(text) or gazetteer().find(text):
        return True
    # a county named by its short name ("滦平提高…标准") when the text under it names it again
    places = gazetteer().find_in_hint(text)
    if places and nxt is not None and places[0].name in nxt.simp[:60]:
        return True
    # ... or a township or subdistrict the gazetteer has not ("容桂“医路同行”助医项目…" / "…容桂街道慈善会工作人员…")
    town = text[:2]
    return bool(nxt is not None and len(_CJK_RE.findall(town)) == 2
                and re.search(rf"{town}(?:街道|镇|乡)", nxt.simp[:60]))


_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def _bigrams(text: str) -> set[str]:
    chars = "".join(_CJK_RE.findall(text))
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


def _overlap(block: list[_Line], body: set[str]) -> float:
    grams = _bigrams("".join(x.simp for x in block))
    return len(grams & body) / len(grams) if grams else 0.0


@dataclass
class _Zone:
    """Title lines found between the story ``prev`` and the story ``nxt``."""
    lines: list[_Line]
    prev: _Draft | None
    nxt: _Draft | None
    glued: bool  # the last title line runs straight into the next body (no blank line)
    after_attrib: bool


def _split_zone(z: _Zone) -> int:
    """How many title blocks go to the story before the zone; the rest head the next one.

    A headline repeats the words of its own story, so the split point is the one
    whose blocks overlap most with their story's body.  Layout decides ties: a
    single block separated from the next body by a blank line closes the
    previous story (title printed after the body).
    """
    blocks: list[list[_Line]] = []
    for ln in z.lines:
        if not blocks or ln.blank_before > 0:
            blocks.append([])
        blocks[-1].append(ln)
    # (a story "titled" by its lead alone, "本报玉树讯（记者…）", has no headline yet)
    titled = z.prev is not None and bool(z.prev.title) \
        and not LEAD_ONLY_RE.fullmatch(to_simplified(re.sub(r"\s+", "", "".join(t.orig for t in z.prev.title))))
    if z.prev is None or titled or not blocks or not (z.after_attrib or len(blocks) >= 2):
        return 0  # (a title printed after its body shows after a source line, or as a block of its own)
    if z.nxt is None:
        return len(blocks)
    default = 1 if (len(blocks) >= 2 or not z.glued) else 0
    prev_body = _bigrams("".join(x.simp for x in z.prev.lines))
    next_body = _bigrams("".join(x.simp for x in z.nxt.lines))
    to_prev = [_overlap(b, prev_body) for b in blocks]
    to_next = [_overlap(b, next_body) for b in blocks]
    scores = [sum(to_prev[:k]) + sum(to_next[k:]) for k in range(len(blocks) + 1)]
    top = max(scores)
    if scores[default] >= top - 0.15:  # not clearly worse: keep the layout reading
        return default
    return scores.index(top)


def _apply_zone(z: _Zone, column: float | None) -> None:
    blocks: list[list[_Line]] = []
    for ln in z.lines:
        if not blocks or ln.blank_before > 0:
            blocks.append([])
        blocks[-1].append(ln)
    # OCR column: a lone full-width line right before the next body is that body's
    # first line broken mid-sentence ("…民政局日前发布消" / "息，截至目前…"), not a headline
    if column and z.nxt is not None and len(blocks) >= 2 and len(blocks[-1]) == 1 \
            and visual_width(blocks[-1][0].simp) >= column - 1 and not blocks[-1][0].dated:
        z.nxt.lines.insert(0, blocks[-1][0])
        z.lines = [x for b in blocks[:-1] for x in b]
        blocks = blocks[:-1]
    k = _split_zone(z)
    if k and z.prev is not None:
        z.prev.title = [x for b in blocks[:k] for x in b]
    if z.nxt is not None:
        z.nxt.title = [x for b in blocks[k:] for x in b]
        last = blocks[-1] if blocks else []
        if z.prev is None and len(blocks) - k >= 2 and len(last) == 1 and chrome.LISTED_DATE_TAIL_RE.search(last[0].simp):
            # a listing's first item under the page's section name ("工作动态" / "全市民政工作推进会召开　2023-12-28"):
            # the item's headline, dated on its own line, is the whole of it
            z.nxt.title = last


def _table_walk(lines: list[str]) -> list[str | None]:
    """What each line is to a table under its unit line: "unit", "header" (a line without a
    figure before the first row), "row", or None outside one.  One walk, read by the headline
    finder (no table line is a headline, even a row ending on a note: "1西宁市352.4含省级直接
    发放") and by the paragraph joiner (no table line is joined into a sentence)."""
    out: list[str | None] = []
    on, rows = False, 0
    for s in lines:
        if _table_unit_line(s):
            on, rows = True, 0
            out.append("unit")
        elif on and TABLE_ROW_LINE_RE.match(s):
            rows += 1
            out.append("row")
        elif on and rows == 0 and not re.search(r"\d", s):
            out.append("header")
        else:
            on = False
            out.append(None)
    return out


# a block of this many short lines, this long, under a headline already found, is a post's body
STANZA_LINES, STANZA_CHARS, HEADLINE_CHARS = 4, 30, 15


SUBTITLE_DASHES = ("——", "—")


def _assemble(items: list[_Line], narrow: bool, column: float) -> list[_Draft]:
    drafts: list[_Draft] = []
    cur: _Draft | None = None
    prev: _Draft | None = None
    zone: list[_Line] = []
    bylines: list[_Line] = []
    zones: list[_Zone] = []
    in_zone, after_attrib = True, False
    title_shaped = _title_line_narrow if narrow else _title_para_wide
    table = {k for k, what in enumerate(_table_walk([x.simp for x in items])) if what in ("header", "row")}

    def is_title(k: int) -> bool:
        return k not in table and title_shaped(items[k].simp)

    i = 0
    while i < len(items):
        it = items[i]
        if it.kind == "attrib":
            if cur is not None:
                cur.source = cur.source or it.value
                prev, cur = cur, None
            elif prev is not None and zone == []:
                prev.source = prev.source or it.value
            in_zone, after_attrib, zone = True, True, []
            i += 1
            continue
        if it.kind == "byline":
            if not in_zone and cur is not None and cur.byline is None:
                cur.byline = it.name  # credit printed inside / at the end of the body
                cur.outlet = cur.outlet or it.value
            else:
                bylines.append(it)
            i += 1
            continue
        if in_zone:
            # a post of short lines opens on its headline, which may have a comma, standing
            # apart from lines that run on ("暖心敲门丨寒冬里，这份温暖送到4.36万户家中" / blank /
            # "寒冬腊月，" / "一声声…"); a column printed with a blank after every line has no such line
            opening = narrow and not drafts and not zone and i + 2 < len(items) \
                and items[i + 1].blank_before >= 1 and items[i + 2].blank_before == 0 \
                and _title_para_wide(it.simp)
            # (not a stanza of short lines after the headline, apart from it: a post of short lines
            # without punctuation, "“六一”国际儿童节" / "如约而至" / blank / "为让困境儿童" / …)
            stanza = not drafts and any(len(z.simp) >= HEADLINE_CHARS for z in zone) and it.blank_before >= 1 \
                and i + STANZA_LINES - 1 < len(items) \
                and all(items[k].kind == "line" and items[k].blank_before == 0 for k in range(i + 1, i + STANZA_LINES)) \
                and sum(len(items[k].simp) for k in range(i, i + STANZA_LINES)) >= STANZA_CHARS
            if (is_title(i) or opening) and not stanza:
                zone.append(it)
                i += 1
                continue
            cur = _Draft()
            zones.append(_Zone(zone, prev, cur, it.blank_before == 0, after_attrib))
            if bylines:
                cur.byline = " ".join(b.name or "" for b in bylines).strip() or None
                cur.outlet = next((b.value for b in bylines if b.value), None)
                bylines = []
            drafts.append(cur)
            in_zone, zone = False, []
        elif is_title(i) and not it.simp.startswith(SUBTITLE_DASHES) and (
                not narrow or (cur is not None and cur.lines and ends_sentence(cur.lines[-1].simp))):
            # (a subtitle under a headline, "——市慈善协会领导慰问特困群众", opens no story of its own)
            # narrow pages: only a title group followed by a byline / 本报讯 lead starts a story
            j = i
            group: list[_Line] = []
            while j < len(items) and (items[j].kind == "byline" or
                                      (items[j].kind == "line" and is_title(j))) and len(group) < 5:
                group.append(items[j])
                j += 1
            nxt = items[j] if j < len(items) else None
            # (or a dated headline: a listing's item, "宁武县为困境儿童送去冬衣　2024-11-06")
            headline = _looks_like_headline(group, nxt) if not narrow else (
                nxt is not None and (any(g.kind == "byline" for g in group) or bool(LEAD_RE.match(nxt.simp))
                                     or (group[-1].kind == "line" and group[-1].dated)))
            if nxt is not None and nxt.kind == "line" and headline:
                prev, cur = cur, None
                in_zone, after_attrib = True, False
                zone = [g for g in group if g.kind == "line"]
                bylines = [g for g in group if g.kind == "byline"]
                i = j
                continue
            if cur is not None and any(FIGURE_CARD_LINE_RE.fullmatch(g.simp.strip()) for g in group):
                cur.lines.extend(group)  # a post's figure card and its caption stay in the body, whole
                i = j
                continue
        assert cur is not None
        if cur.lines and it.blank_before >= 1 and DATELINE_LEAD_RE.match(it.simp) \
                and DATELINE_LEAD_RE.match(cur.lines[0].simp):
            # a second 本报讯 in a body opens the next story, its headline printed after it or nowhere
            # ("本报讯（记者…）…" … "本报讯（通讯员…）记者从延边州民政局获悉…" on one e-paper page)
            prev, cur = cur, _Draft()
            zones.append(_Zone([], prev, cur, False, False))
            drafts.append(cur)
        cur.lines.append(it)
        i += 1
    if zone:
        zones.append(_Zone(zone, prev, None, False, after_attrib))
    for z in zones:  # decided once every body is known
        _apply_zone(z, column if narrow else None)
    last = drafts[-1] if drafts else None
    if last is not None and not last.title and len(last.lines) >= 2 and last.lines[-1].blank_before >= 1 \
            and last.lines[-1].kind == "line" and _title_para_wide(last.lines[-1].simp) \
            and DATELINE_LEAD_RE.match(last.lines[0].simp) and ends_sentence(last.lines[-2].simp):
        last.title = [last.lines.pop()]  # its headline printed after it: "…惠及4126人…" then "延边州：…惠及四千余人"
    return drafts


def _paragraphs(lines: list[_Line], narrow: bool, column: float) -> list[str]:
    """Paragraph texts.  In a column layout a paragraph ends on a line that
    ends a sentence *and* stops short of the column width."""
    if not narrow:
        return [x.orig for x in lines]
    paras, buf = [], []
    # a blank line ends a paragraph (a post's groups of short lines: "01" "节日补助" "…每人发放节日补助1000元" / blank /
    # "02" …), unless the page prints one after nearly every line
    # (a post's lines go without the full stop: a column's blank lines may fall anywhere in its sentences)
    blank_ends = sum(x.blank_before >= 1 for x in lines) <= BLANK_AFTER_EVERY_LINE * len(lines) \
        and sum("。" in x.simp for x in lines) <= POST_FULL_STOPS * len(lines)
    unit_column = False  # under a unit-column header ("指标名称 单位 数量 同比增减"): a row per line
    after_card = False  # the line before was a figure card's number
    # a table under its unit line: its header and a row per line, never joined into a sentence
    for ln, in_table in zip(lines, _table_walk([x.simp for x in lines])):
        if UNIT_COLUMN_HEADER_RE.match(ln.simp):
            unit_column = True
        elif unit_column and (len(ln.simp) > UNIT_COLUMN_ROW_CHARS or "。" in ln.simp):
            unit_column = False
        # (a column's line running on over a blank is full width, or the next opens on the sentence's punctuation)
        blank_break = blank_ends and ln.blank_before >= 1 and buf and not RUN_ON_START_RE.match(ln.simp) \
            and visual_width(to_simplified(buf[-1])) <= column - 1.5 and not RUN_ON_END_RE.search(buf[-1].rstrip())
        if buf and (NUMBERED_ITEM_START_RE.match(ln.simp) or blank_break):
            paras.append("".join(buf))  # a converted document's next numbered item: "（二）扩大…"
            buf = []
        # (a post's figure card, its big number on a line and its label on the next, "2614人次" / "临时救助困难群众":
        # two paragraphs, neither run into the sentence after them)
        card = FIGURE_CARD_LINE_RE.fullmatch(ln.simp) is not None and (not buf or ln.blank_before >= 1)
        label = after_card and len(ln.simp) <= CARD_LABEL_CHARS and not ends_sentence(ln.simp)
        after_card = card
        if in_table or unit_column or card or label or EMOJI_HEAD_RE.match(ln.simp) or LISTING_LINE_RE.match(ln.simp) \
                or NUMBERED_HEADING_RE.match(ln.simp) or UNIT_COLUMN_LINE_RE.match(ln.simp):
            # a post's section head led by an emoji ("🎁一份年货包满满都是爱") is a paragraph
            # of its own, not the start of the sentence under it; so is a table or list row
            if buf:
                paras.append("".join(buf))
                buf = []
            paras.append(ln.orig)
            continue
        buf.append(ln.orig)
        if ends_sentence(ln.simp) and visual_width(ln.simp) <= column - 1.5:
            paras.append("".join(buf))
            buf = []
    if buf:
        paras.append("".join(buf))
    return paras


RUN_ON_START_RE = re.compile(r"[，,。；;、：:）)”」』！？!?]")
RUN_ON_END_RE = re.compile(r"[，,、：:；;（(“「『]$")
POST_FULL_STOPS = 0.15  # share of lines holding a full stop under which a page is a post of short lines
BLANK_AFTER_EVERY_LINE = 0.6  # share of a page's lines after a blank one past which blank lines mean nothing
EMOJI_CHARS = "\U0001F300-\U0001FAFF\u2600-\u27BF"
EMOJI_END_RE = re.compile(rf"[{EMOJI_CHARS}]\ufe0f?\s*$")
EMOJI_START_RE = re.compile(rf"\s*[{EMOJI_CHARS}]")
EMOJI_HEAD_RE = re.compile(rf"[{EMOJI_CHARS}]+[^，,。；;：:！？!?]{{1,20}}$")
REPEATED_PARAGRAPH_CHARS = 30  # shorter lines ("图为…", a refrain) may well recur


def _once(paras: list[str]) -> list[str]:
    """The paragraphs with a long one the page prints twice kept once (an e-paper page
    repeating its second paragraph would count every figure of it twice)."""
    seen: set[str] = set()
    out = []
    for p in paras:
        key = re.sub(r"\s+", "", p)
        if len(key) >= REPEATED_PARAGRAPH_CHARS and key in seen:
            continue
        seen.add(key)
        out.append(p)
    return out


def split_stories(text: str) -> tuple[list[Story], chrome.PageMeta]:
    """Stories of one source file, in reading order."""
    lines, meta = _physical_lines(text)
    lines = _join_place_kickers(lines)
    narrow = _is_narrow(lines)
    if not narrow:
        lines = _join_wide(lines)
    column = statistics.median(visual_width(x.simp) for x in lines) if lines else 0.0
    drafts = _assemble(_classify(lines), narrow, column)
    stories = []
    for d in drafts:
        body = "\n".join(_once(_paragraphs(d.lines, narrow, column))).strip()
        if not body or (len(drafts) > 1 and "\n" not in body and EDITOR_NOTE_RE.match(to_simplified(body))):
            continue  # "编者按：…" introducing a round-up's stories is none of them
        title = re.sub(r"\s+", "", "".join(t.orig for t in d.title))
        if stories and (ATTACHMENT_NOTE_RE.search(to_simplified(stories[-1].body))
                        or ATTACHMENT_ONLY_RE.fullmatch(to_simplified(body))
                        or APPENDIX_HEADING_RE.match(to_simplified(title))
                        or (d.title and APPENDIX_HEADING_RE.match(to_simplified(d.title[0].orig.strip())))):
            # the attachment a document announces at its end ("附件：…分配表") is that document's, and so is a
            # table appended under its own heading ("附：2025年第三季度…主要统计数据" over the table's header)
            last = stories[-1]
            heading = "\n".join(t.orig.strip() for t in d.title)
            stories[-1] = Story(last.title, "\n".join(x for x in (last.body, heading, body) if x), last.source,
                                last.byline, last.published_date, last.place_hint)
            continue
        title = ORIGINAL_TITLE_RE.sub("", title) or None  # "原标题：…" on a reposted page
        if title:
            # an outlet's name and the posting time run on after the headline ("…5.92亿元重庆日报2018-12-21
            # 13:39:11")
            title = TITLE_TIME_TAIL_RE.sub("", title) or title
        if title and len(title) % 2 == 0 and title[:len(title) // 2] == title[len(title) // 2:]:
            title = title[:len(title) // 2]  # the page's headline printed twice (its <title> and its <h1>)
        if title and LEAD_ONLY_RE.fullmatch(to_simplified(title)):
            title = None  # "本网讯" on a line of its own: the lead of the story, not its headline
        if d.byline is None:  # "本报讯（通讯员 龙婷）近日，…"
            m = LEAD_CREDIT_RE.search(to_simplified(body[:60]))
            d.byline = body[m.start(1):m.end(1)] if m else None
        simp_head = to_simplified(body[:40])
        paper = meta.paper if simp_head.startswith("本报") else None
        source = d.source or d.outlet or paper or meta.source
        dl = DATELINE_RE.match(simp_head)
        own_date = next((t.date for t in d.title if t.date), None)  # under its own headline
        published = own_date or meta.published or (parse_date(dl.group(1)) if dl else None)
        lead = SITE_LEAD_RE.match(simp_head)
        # (not a person's name in the page head: "作者:杨根怀来源:" names no 怀来县)
        hint = "\n".join([*(PERSON_FIELD_RE.sub("", line) for line in meta.head_lines), *meta.site_names, meta.paper or "", meta.source or "",
                          source or "", (lead.group(1) or lead.group(2)) if lead else "", meta.owner or ""])
        stories.append(Story(title, body, source, d.byline, published, hint))
    return stories, meta
