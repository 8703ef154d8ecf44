"""Web-page chrome: navigation, share/print widgets, view counters, site names.

Chrome lines are dropped from every story, but the metadata they carry
(``时间:2022-08-18``, ``来源:中国社会报``) is kept for the file.  A site name
printed as its own line at the top of a page (``体球网``) is also removed where
the scraper injected it inside sentences (``牢记体球网总书记``).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from .lexicon import NUMBERED_ITEM_START_RE, TABLE_UNIT_LINE_RE
from .text import bar_table_lines, figure_items
from .years import parse_date, parse_month

# Plain words that mark a chrome line.  Kept as one alternation of literals so the
# regex engine can skip ahead on their first characters (fast on long pages).
CHROME_RE = re.compile(
    r"当前的?位置|您的位置|您现在的位置|扫一扫|分享到|字体|字号|打印本页|关闭窗口|浏览量|浏览次数|阅读量|点击数|"
    r"点击量|访问量|阅读数|文章字数|本篇文章\d+字|读完约|阅读需要约|预计阅读时间|责任编辑|上一篇|下一篇|返回顶部|网站地图|联系我们|版权所有|ICP备|(?:主办|承办)单位\s*[:：]|"
    r"技术支持|手机端|微信扫|二维码|首页>|首页＞|首页»|【打印】|【关闭】|【大中小】|上一页|下一页|"
    # a site's breadcrumb ("東南網 > 泉州頻道 > 民生") and its script switch ("[ 繁體 | 简体 ]　手機版　網站導航")
    r"(?<![^\n])[\u4e00-\u9fff]{2,8}网\s*[>＞»]\s*[\u4e00-\u9fff]{2,8}\s*[>＞»]|[繁简]体版?\s*[|｜]\s*[繁简]体|网站导航|"
    # (or a breadcrumb alone on its line, no site's name: "新闻中心 > 本地新闻")
    r"(?<![^\n])[ \t\u3000]*[\u4e00-\u9fff]{2,8}\s*[>＞»]\s*[\u4e00-\u9fff]{2,8}(?:\s*[>＞»]\s*[\u4e00-\u9fff]{2,8})*[ \t\u3000]*(?![^\n])|"
    # a copier's credit line over a reposted story: "网络整理 2017-05-27 本地信息"
    r"(?<![^\n])[ \t\u3000]*网络整理(?=[\s\d])|"
    # accessibility switches and a search box: "【无障碍】【长者模式】", "请输入关键字　搜索"
    r"【无障碍】|长者模式|请输入关键[字词]|"
    # the page's buttons in square brackets: "[ 大 中 小 ]　　[ 打印 ]　　[ 关闭 ]"
    r"\[\s*(?:大\s*中\s*小|打印|关闭)\s*\]|"
    # a site's greeting and today's date: "欢迎访问雅安市慈善总会官方网站！今天是：　手机版"
    # (or "今天是2024年05月10日 星期五", "汕头市潮阳区公益基金会欢迎您!": the day the page was seen, no day of the story)
    r"(?<![^\n])[ \t\u3000]*欢迎(?:访问|来到|光临)[^\n。]{2,30}?(?:网站|网)[!！]?|今天是[:：]|"
    r"(?<![^\n])[ \t\u3000]*今天是\s*\d{4}\s*年|欢迎您[!！]?[ \t\u3000]*(?![^\n])|"
    # a line of related links: "相关链接：长治市2024年全年累计发放高龄津贴6,512.3万元"
    r"(?<![^\n])[ \t\u3000]*(?:相关链接|相关阅读|相关新闻|相关文章|相关专题|相关报道|相关稿件|延伸阅读|推荐阅读)|"
    # an e-paper's page controls: "◀上一版 下一版▶ 版面概览 往期查询 PDF阅读"
    r"上一版|下一版|版面概览|版面导航|往期查询|往期回顾|PDF阅读|PDF下载|下载次数|通版阅读|展开通版|收缩通版|当前版\s*[:：]\s*[A-Za-z]?\d{1,3}\s*版|"
    # ... and its page's name on a line of its own: "A05版：民生", "第06版：综合新闻"
    r"(?<![^\n])[ \t\u3000]*第?[A-Za-z]?\d{1,3}\s*版\s*[:：]\s*[\u4e00-\u9fff·・]{1,12}[ \t\u3000]*(?![^\n])|"
    # an attachment offered for download above a converted document: "【附件】…报告.pdf（263KB）"
    r"\.(?:pdf|PDF|docx?|wps|xlsx?)\s*[（(]\s*\d+(?:\.\d+)?\s*[KkMm][Bb]|"
    # a repost's note of the headline it first ran under, at its end: "（原标题：“爱满漳州”晚会认捐3268.5万元）"
    r"(?<![^\n])[ \t\u3000]*[（(](?:原标题|原题)[:：]|"
    # a document's distribution line under its signature ("抄送：…"), a platform's disclaimer
    r"(?<![^\n])[ \t\u3000]*(?:抄送|抄报|主送)[:：]|仅提供信息存储服务|Notice:\s*The content|"
    # a site's line of hot links above the page: "热点推荐：全省发放…补贴2.36亿元 | 青海省…部署会召开"
    r"(?<![^\n])[ \t\u3000]*(?:热点推荐|热门推荐|热点新闻|热点关注|热点)[:：][^\n]*[|｜]|"
    # an e-paper's photo item, its caption alone: "【图片新闻】9月11日，北滘镇长者饭堂里，志愿者为老人端上午餐。记者／陈锐　摄"
    # (not a photo story's headline, "【图片新闻】福利院里的冬至饺子", its text under it)
    r"(?<![^\n])[ \t\u3000]*【图片新闻】[^\n]*。[^\n]*摄[ \t\u3000]*(?![^\n])|"
    # a government site's footer: "主办：…人民政府办公室　　承办：…大数据发展中心", "网站标识码：5203280001"
    r"(?<![^\n])[ \t\u3000]*主办[:：][^\n]*承办[:：]|网站标识码|"
    # a document-sharing site's notices above a report: "1、下载文档前请自行甄别文档内容的完整性…",
    # "如文档侵犯您的权益…", an advertisement for its writing tool
    r"下载文档|文档侵犯|仅部分预览|写作神器|"
    # a charity site's head: "我要捐款　　捐赠热线：0352-20xxxxx"
    r"我要捐款|捐赠热线[:：]|"
    # a charity's bank details in its page head: "捐赠账户：…银行…营业部　账号：…"
    r"(?:捐赠|募捐|捐款)账户[:：]|账\s*号[:：]|开户行[:：]|"
    # a breadcrumb trail ending on the article itself: "大连新闻网 > 新闻中心 > 大连新闻 > 正文"
    r"[>＞»][ \t\u3000]*正文[ \t\u3000]*(?=\n|$)|"
    # a breadcrumb of a site's sections with no 首页 nor 网: "罗田县民政局 > 新闻动态 > 工作动态"
    r"(?<![^\n])[ \t\u3000]*[\u4e00-\u9fff]{2,12}(?:[ \t\u3000]*[>＞»][ \t\u3000]*[\u4e00-\u9fff]{2,8}){2,}[ \t\u3000]*(?![^\n])|"
    # a listing's pager: "工作动态（第1页 共12页）"
    r"第\s*\d+\s*页\s*[/／,，]?\s*共\s*\d+\s*页|"
    # a repost's notice, which may name the headline again with its figure ("转载请注明：民政部：…1436.8亿元 - 某某网"),
    # and a prompt to scan for the video or to follow the account ("扫码观看…视频", "欢迎关注…官方微信")
    r"(?<![^\n])[ \t\u3000]*(?:转载请注明|版权声明[:：]|本文来源于|扫码观看|扫码关注|长按(?:识别)?二维码|欢迎关注[^\n。]{0,20}?(?:微信|公众号|视频号|抖音|微博))")
# labels of short credit lines ("编辑：张三 审核：李四")
SHORT_CHROME_RE = re.compile(r"(?:编辑|审核|校对|责编|摄影|供图|图片来源|终审|初审|作者|地址|电话|邮编|传真|邮箱)\s*[:：]"
                             # a press conference's card: "发布会地点：…", "发布人：…", "主持人：…"
                             r"|^(?:发布会)?(?:时间|地点)\s*[:：]|^(?:发布人|主持人|发言人|出席人员?)\s*[:：]"
                             r"|网站标识码|公网安备|ICP|微博|QQ空间|朋友圈|^分享|^【?\s*收藏"
                             # a WeChat post copied to a web page: its account line and buttons
                             r"|点击上方|关注我们|阅读原文|微信号|^-*\s*END\s*-*$|^原创(?:\s|.{0,30}?\d{4}[-年]|[\u4e00-\u9fff]{2,12}$)|^在看|^[▌■●◆▶►▍|]?\s*(?:\d{1,2}|[一二三四五六七八九十])$"
                             # the listen button and a round-up's item numbers ("【1】")
                             r"|^听(?:全文|新闻)$|^[【\[]\s*\d{1,2}\s*[】\]]$"
                             # another page's headline in a bulleted list, with its date: "· 县民政局…312.6万元  2024-01-30"
                             # (its gap gone where the spaces beside Chinese were dropped: "…12.6万元2024-01-30")
                             r"|^[·•]\s*\S.{1,60}?(?:\s+|(?<=[\u4e00-\u9fff]))\d{4}-\d{1,2}-\d{1,2}$"
                             # an image's file name left where the picture was ("图片2.png")
                             r"|^\S{1,40}\.(?:png|jpe?g|gif|bmp|webp|PNG|JPE?G|GIF)$"
                             # a share widget drawn with dashes: "—分享—"
                             r"|^[-—–\s]*分享[-—–\s]*$"
                             # a transcript's speaker turn: "【主持人 王晓东】", "【陕西日报记者】"
                             r"|^[【\[][^】\]]{0,20}?(?:记者|主持人|厅长|局长|会长|处长|主任|书记|部长|市长|县长|区长|"
                             r"秘书长|发言人|发布人|嘉宾|网友|答|问)[^】\]]{0,6}[】\]]$"
                             # ... or by the speaker's name alone: "【林静】"
                             r"|^[【\[][\u4e00-\u9fff]{2,4}[】\]]$")
# a bare date / time line next to the headline: "2024-01-15 10:20:33"
# (a post's time may end on where it was posted from: "2025年01月08日 18:30 上海")
# (or a year and month alone, a bulletin's sign-off under its office: "汉中市民政局" / "2024年4月")
DATE_LINE_RE = re.compile(r"^(?:[•·●▪◆]\s*)?(?:发布)?\s*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\.\d{1,2}\.\d{4}"
                          r"|(?:19|20)\d{2}年\d{1,2}月(?=\s*$))"
                          r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[\u4e00-\u9fff]{2,4})?)?(?:\s*(?:星期|周).)?"
                          # (or its count of views after it: "2023-01-19 1179")
                          r"(?:\s+\d{1,7})?\s*$")
# a site's name with a date of no year and a time: "昆明信息港    10-09 17:26:51"; or a paper's with a full
# date, a time and the font switch: "芜湖日报 2019-08-13 01:36 大字", "海西晨报   2023-07-05 09:41"; or a post's
# account, its time and where it was posted from: "海口民政 2024-09-30 18:20 海南"
SITE_DATE_LINE_RE = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff·•]{1,15}\s+(?:(?:19|20)\d{2}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
                               r"(?:\s*[大中小]字?)*(?:\s*原创)?(?:\s+[\u4e00-\u9fff]{2,3})?$")  # ("…14:45:04原创")
# a trail from the home page to the article, spaced or not: "首页 民生保障 正文"
HOME_TRAIL_RE = re.compile(r"^首页(?:[\s>＞»]+[\u4e00-\u9fff]{2,8}){0,4}[\s>＞»]+正文$")
# a "related articles" block: everything short after it is other pages' headlines
FOOTER_RE = re.compile(r"^[【\[]?(?:相关(?:新闻|链接|阅读|文章|信息|文件|专题|报道|资讯|内容|稿件)|推荐阅读|延伸阅读|热点推荐|热门文章|猜你喜欢|更多新闻|"
                       r"热点新闻|最新新闻|图片新闻|新闻推荐|频道推荐|推荐新闻|往期回顾|往期推荐|往期精彩|热点排行|热门排行|点击排行|阅读排行|排行榜|精彩推荐|"
                       r"热门推荐|相关推荐|本期目录|本期导读|热点专题|热门专题)[】\]]?\s*[:：>》]*\s*$")
LIST_BULLET_RE = re.compile(r"[·•●◆■▪]")
# an e-paper page's index of its stories, each on a bulleted line under it
PAGE_INDEX_RE = re.compile(r"^[【\[]?(?:本版(?:标题)?导航|本版新闻(?:列表)?|标题导航|版面导航|本版目录|本版标题)[】\]]?\s*[:：]?\s*$")
# a bulletin's contents above its items ("【本期要目】" / "1. 怒江州启动…"): its numbered or bulleted lines
# are the headlines of the items below, printed again
CONTENTS_RE = re.compile(r"^[【\[]?(?:本期要目|要目|目\s*录)[】\]]?\s*[:：]?\s*$")
# printed page header: "北京青年报  2024年1月22日  星期一  第A05版：城市"
# (a county paper may be called "依安新闻" or "今日罗田": any name before the date)
# (or dated in figures: "2024-06/18　星期二　第A03版：民生·视点")
PAGE_HEADER_RE = re.compile(r"^(?P<paper>[\u4e00-\u9fff]{2,12})?\s*\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                            r"|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d))"
                            r"\s*(?:星期.|周.)?\s*(?:第\s*[A-Za-z]?\d+\s*版)?")
# a paper's name, or the office editing a bulletin, as a page header prints it before the date ("北京青年报",
# "依安新闻", "今日罗田", "天津市民政局办公室编")
PAPER_NAME_RE = re.compile(r"^今日|(?:报|報|刊|网|網|新闻|新聞|台|社|版|周末|之声|在线|编|室|局|厅|处|中心)$")
# an e-paper's masthead on a line of its own: "今日光山 数字报", "某某日报电子版"
MASTHEAD_RE = re.compile(r"^(?P<paper>[\u4e00-\u9fff]{2,12}?)\s*(?:数字报|电子报|电子版|数字版)$"
                         # or the paper's name alone above its page header: "北海日报"
                         r"|^(?P<bare>[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|商报|都市报))$")
ORG_HEADER_RE = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:民政局|民政厅|民政部|人民政府|政府网|门户网站|网站|官网|信息公开网|政务网)"
                           # (a listing page's may add its section after a space, read where the spaces still are:
                           # "通榆县民政局　工作动态")
                           r"(?:[ \t\u3000]+(?:(?:工作|新闻|政务|民政|基层|部门|图片|县区|乡镇)(?:动态|要闻|信息|新闻|快讯)|通知公告))?$")
# a menu bar spaced out: "首页　政务公开　工作动态　社会救助" (four or more short items)
MENU_BAR_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,6}){3,}$")
# the masthead of a bulletin: "绥化民政工作简报（第3期）", "民政信息 第12期"
# (or a column's issue under its motto: "民政为民 实事惠民——县市区民政动态（2025年第1期）")
ISSUE_HEADER_RE = re.compile(r"^(?:[\u4e00-\u9fff]{2,12}(?:[ \u3000]+[\u4e00-\u9fff]{2,12})?[—–-]{1,2})?"
                             r"[\u4e00-\u9fff]{2,20}(?:简报|快报|专报|信息|通讯|动态)\s*[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*)?"
                             r"第\s*\d{1,4}\s*期\s*[）)]?$")
# ... or its issue line under the name ("2024年第14期（总第236期）　…办公室编　2024年7月26日"): the line
# above it is the bulletin's name ("全省民政动态", "荊楚民政週訊（繁體版）"), no headline
ISSUE_LINE_RE = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,4}\s*期\s*(?:[（(]总第\s*\d{1,5}\s*期[）)])?"
                           r"[^\n。，；]{0,40}$")
BULLETIN_NAME_CHARS = 24
# (or a trail ending on the article itself: "大连新闻网 > 新闻中心 > 大连新闻 > 正文")
# (or a site's breadcrumb: "東南網>泉州頻道>民生")
NAV_RE = re.compile(r"当前的?位置|您的位置|您现在的位置|首页\s*[>＞»]|[>＞»]\s*正文\s*$|"
                    r"^[\u4e00-\u9fff]{2,8}网\s*[>＞»]\s*[\u4e00-\u9fff]{2,8}(?:频道|新闻|[>＞»])")  # (one line at a time)
# whole-line chrome: bare labels, "打印" at the end of a toolbar line
LINE_CHROME_RE = re.compile(
    r"^(?:图片|图|视频|附件|来源|作者|时间|日期|发布时间|发布日期|打印|关闭|分享|举报|收藏|评论|close)\s*[:：]?\s*$|打印\s*$")
META_DATE_RE = re.compile(r"(?:时间|日期|发布时间|发布日期|发表时间|更新时间)\s*[:：]")
# spaces between fields may already be gone, so stop at the next field name too
# (an empty field is no source: "来源: 打印" is the print button)
SOURCE_RE = re.compile(r"(?:来源|稿源|信息来源)\s*[:：|｜]\s*(?!打印|关闭|分享|收藏|字体)([^\s|｜，,。【]{2,30}?)"
                       r"(?=\s|$|[|｜，,。【]|浏览|阅读|点击|作者|编辑|时间|发布|字体|字号|责任)")
# the card of a government information-disclosure page (政府信息公开): "索引号：…", "文号：…"
GOV_CARD_RE = re.compile(r"^(?:索引号|信息分类|主题分类|体裁分类|发布机构|发文机关|所属机构|生成日期|成文日期|"
                         r"文号|发文字号|有效性|名称|公开方式|公开范围|公开时限)\s*[:：]")
FIELD_GOES_ON_RE = re.compile(r"[ \t\u3000]{2,}\S")
PAGE_NUMBER_RE = re.compile(r"^[—–\-－]+\s*\d{1,3}\s*[—–\-－]+$|^第\s*\d{1,3}\s*页(?:\s*[/／,，]?\s*共\s*\d+\s*页)?$")
DOC_NUMBER_LINE_RE = re.compile(r"^[\u4e00-\u9fff]{1,8}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号$")
URL_LINE_RE = re.compile(r"^(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/\S*)?$")
CONTACT_RE = re.compile(r"账户|账号|开户行|银行|电话|地址|邮编|传真|邮箱")
LEAD_IN_RE = re.compile(r"^(?:导读|导语|摘要)\s*[:：]")
# (with its English name after it: "青海慈善网　Qinghai Charity Federation")
OWNER_RE = re.compile(r"(?:主办|主办单位|版权所有)\s*[:：]?\s*(?P<owner>[\u4e00-\u9fff]{4,30}?(?:人民政府|政府|民政局|民政厅|"
                      r"办公室|委员会|局|厅|中心|报社|慈善总会|红十字会))")
OWNER_LOOK_LINES = 15  # a footer is the page's last lines
SITE_LINE_RE = re.compile(r"^[\u4e00-\u9fff·]{2,10}(?:网|网站|在线|新闻|频道|客户端|门户)(?:\s*[A-Za-z][A-Za-z .&'-]{2,60})?$")

# a listing page's link to the whole story, after an item's text ("…新建社区老年助餐点86个。[详细]") or on a line of its own
READ_MORE_TAIL_RE = re.compile(r"(?<=[。！？!?）)”])\s*(?:[\[【(（]\s*(?:详细|詳細|详情|詳情|全文|查看全文|阅读全文|閱讀全文|更多)\s*[\]】)）]"
                               r"|(?:查看全文|阅读全文|閱讀全文|详细|詳細)?\s*(?:>>|》》|>>>))\s*$")
# ("查看详细>>")
READ_MORE_LINE_RE = re.compile(r"[\[【(（]?\s*(?:查看|阅读|閱讀)?(?:详细|詳細|详情|詳情|全文|更多|原文)\s*[\]】)）]?\s*(?:>>|》》|>>>|→)?")
# a listing item's date after its headline on one line ("定襄县提前发放冬季取暖补助　2023-11-15")
LISTED_DATE_TAIL_RE = re.compile(r"(?<![\d.])(?:19|20)\d{2}-\d{1,2}-\d{1,2}$")


@dataclass
class PageMeta:
    published: dt.date | None = None
    source: str | None = None  # 来源: of a web page
    paper: str | None = None  # paper named in a printed page header (for 本报 stories)
    site_names: list[str] = field(default_factory=list)
    # chrome lines of the page head (site, paper, publishing office): where a county
    # paper names its county ("今日罗田", "依安新闻", "吉林省民政厅"); place evidence only
    head_lines: list[str] = field(default_factory=list)
    # the body running the site, from a footer's "主办：北京市通州区人民政府办公室" or "版权所有：…"
    # line: where a page naming only an ambiguous district (通州区) comes from; place evidence only
    owner: str | None = None


def is_meta_line(s: str) -> bool:
    """A page's date or source line ("2024-11-12 15:40 来源：…", "发布时间：2024-08-30")."""
    return bool(DATE_LINE_RE.match(s) or META_DATE_RE.search(s) or SOURCE_RE.search(s)
                or re.match(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}", s))


PROSE_LINE_CHARS = 200
PROSE_SENTENCES = 3


def _running_text(line: str) -> bool:
    """A long line of several sentences: a paragraph, whatever phrase it holds."""
    return len(line) >= PROSE_LINE_CHARS and line.count("。") >= PROSE_SENTENCES


def is_read_more_line(s: str) -> bool:
    return bool(READ_MORE_LINE_RE.fullmatch(s))


def drop_read_more_tail(line: str) -> str:
    """The line without a listing's link to the whole story at its end."""
    return READ_MORE_TAIL_RE.sub("", line)


def is_chrome(simp_line: str) -> bool:
    s = simp_line.strip()
    return bool(CHROME_RE.search(s) or (len(s) <= 12 and LINE_CHROME_RE.search(s))
                or (">" in s and "首页" in s))


def scan(simp_lines: list[str], raw_lines: list[str] | None = None,
         spaced_lines: list[str] | None = None) -> tuple[list[bool], PageMeta]:
    """Flag chrome lines and collect page metadata.

    Rules run on the simplified lines; the source is copied as written from the
    raw lines (same length, char for char). ``spaced_lines``: the same lines
    before the spaces next to Chinese characters were dropped, where a menu bar
    still shows its items apart.
    """
    raw_lines = raw_lines or simp_lines
    spaced_lines = spaced_lines or simp_lines
    meta = PageMeta()
    flags = [False] * len(simp_lines)
    # one pass of the chrome regex over the whole page, mapped back to lines
    text = "\n".join(simp_lines)
    starts, pos = [], 0
    for line in simp_lines:
        starts.append(pos)
        pos += len(line) + 1
    hit = {bisect.bisect_right(starts, m.start()) - 1 for m in CHROME_RE.finditer(text)}
    bar_lines = bar_table_lines(simp_lines)
    # (not a paragraph of running text that a chrome phrase landed in: a document converted
    # with its page footers inline, "…其中新建3所，第 1 页 共 9 页下载后可任意编辑扩建有3所。")
    hit = {i for i in hit if not _running_text(simp_lines[i])}
    hit |= {i for i, line in enumerate(simp_lines)
            if len(line) <= 12 and LINE_CHROME_RE.search(line.strip())}
    hit |= {i for i, line in enumerate(simp_lines) if ">" in line and "首页" in line}
    footer = page_index = contents = False
    seen_text = 0  # lines of text above this one
    for i, line in enumerate(simp_lines):
        t = line.strip()
        if not t:
            continue  # (no rule below flags a blank line, nor does one end the footer)
        seen_text += 1
        if ORIGINAL_TITLE_LINE_RE.match(t) and (seen_text > HEAD_LINES or _retells_a_line_above(t, simp_lines[:i])):
            # a repost's note of the headline it first ran under, past its body ("原标题：…"), or under the
            # headline it shortens ("市慈善总会今年已募集慈善款物5.92亿元" over "原标题: 市慈善总会今年已募集…
            # 各类慈善救助共支出5.37亿元…"): its figures are the body's, told again
            hit.add(i)
            continue
        if page_index and (LIST_BULLET_RE.match(t) or _told_again_below(t, simp_lines, i)):
            # an e-paper page's index, "本版标题导航" then "· 全州下达冬春救助资金1.26亿元": its items
            # (or unbulleted, each a headline the page prints again over its story: "标题导航" then
            # "平江：“情暖平江”把年货送到困难群众家门口")
            hit.add(i)
            continue
        if contents and (LIST_BULLET_RE.match(t) or NUMBERED_ITEM_START_RE.match(t)):
            hit.add(i)
            continue
        contents = bool(CONTENTS_RE.match(t))
        page_index = bool(PAGE_INDEX_RE.match(t))
        if page_index or contents:
            hit.add(i)
            continue
        if footer and (len(t) < 50 or "。" not in t):
            hit.add(i)
        elif footer:
            # running text after the list: the page goes on with one of the listed
            # stories, whose headline is the last short line above it (a date line
            # under the headline stays metadata)
            footer = False
            above = [j for j in range(i - 1, -1, -1) if simp_lines[j].strip()][:2]
            if above and is_meta_line(simp_lines[above[0]].strip()):
                above = above[1:]
            # (not an item of the list itself: "· 牡丹区开展…" is another story's headline)
            if above and not FOOTER_RE.match(simp_lines[above[0]].strip()) \
                    and not LIST_BULLET_RE.match(simp_lines[above[0]].strip()):
                hit.discard(above[0])
        elif FOOTER_RE.match(t):
            footer = True
            hit.add(i)
        elif len(t) <= 40 and SHORT_CHROME_RE.search(t) or GOV_CARD_RE.match(t):
            hit.add(i)
        elif i - 1 in hit and FIELD_GOES_ON_RE.match(spaced_lines[i]) and len(t) <= 30 \
                and not any(c in t for c in "，。；！？"):
            hit.add(i)  # an indented line under a field ("发布人：…" / "　　　　省财政厅…处长 韩立")
        elif PAGE_NUMBER_RE.match(t) or DOC_NUMBER_LINE_RE.match(t) or URL_LINE_RE.match(t):
            # a converted document's page number ("— 1 —", "第2页") or its number ("昌州民报〔2025〕3号");
            # a site's address on a line of its own ("www.jxyongfeng.gov.cn")
            hit.add(i)
        elif LEAD_IN_RE.match(t):
            hit.add(i)  # a WeChat round-up's lead-in ("导读：本周…一起来看") is none of its stories
        elif t.count("|") + t.count("｜") >= 2 and "。" not in t and i not in bar_lines and not figure_items(t):
            # a menu bar: "首页 | 机构概况 | 政务公开" (not a table's row, "城乡低保人数 | 15,186人 | 15,642人",
            # nor its header above it)
            hit.add(i)
        elif (MENU_BAR_RE.match(spaced_lines[i].strip()) and not (i and TABLE_UNIT_LINE_RE.search(simp_lines[i - 1].strip()))) \
                or ISSUE_HEADER_RE.match(t):
            # (not a table's header under its unit line: "单位：万元、人次" / "序号　项目名称　支出金额　受益人次")
            hit.add(i)
        elif ISSUE_LINE_RE.match(t):
            hit.add(i)
            name = next((j for j in range(i - 1, -1, -1) if simp_lines[j].strip()), None)
            if name is not None and len(simp_lines[name].strip()) <= BULLETIN_NAME_CHARS \
                    and not any(c in simp_lines[name] for c in "。，；"):
                hit.add(name)
        elif DATE_LINE_RE.match(t):
            hit.add(i)
            meta.published = meta.published or parse_date(t)
        elif SITE_DATE_LINE_RE.match(spaced_lines[i].strip()) or HOME_TRAIL_RE.match(spaced_lines[i].strip()):
            hit.add(i)
            meta.published = meta.published or parse_date(t)
    # page header: lines above a navigation line near the top (site/organisation name)
    # (the first 15 lines with words: a page's visible text has a blank line between its blocks)
    top = [i for i, line in enumerate(simp_lines[:60]) if line.strip()][:15]
    nav = next((i for i in top if NAV_RE.search(simp_lines[i])), None)
    if nav is not None:
        for i in range(nav):
            head = simp_lines[i].strip()
            if head and len(head) <= 20:
                hit.add(i)
                if SITE_LINE_RE.match(head):
                    meta.site_names.append(head)
    first = next((i for i, line in enumerate(simp_lines) if line.strip() and i not in hit), None)
    if first is not None and (ORG_HEADER_RE.match(simp_lines[first].strip())
                              or ORG_HEADER_RE.match(spaced_lines[first].strip())):
        hit.add(first)  # the publishing body's name above the headline
    for i, line in enumerate(simp_lines[:10]):
        t = line.strip()
        masthead = MASTHEAD_RE.match(t)
        if masthead:
            hit.add(i)
            name = "paper" if masthead.group("paper") else "bare"
            meta.paper = meta.paper or raw_lines[i].strip()[masthead.start(name):masthead.end(name)]
            continue
        h = PAGE_HEADER_RE.match(t)
        # (a listing's item, its headline and its date on one line, is no paper's: "全市民政工作推进会召开　2023-12-28")
        if h and ("星期" in t or "版" in t or (h.end() >= len(t) - 1
                                               and (not h.group("paper") or PAPER_NAME_RE.search(h.group("paper"))))):
            hit.add(i)
            meta.published = meta.published or parse_date(t)
            if h.group("paper"):
                meta.paper = raw_lines[i].strip()[h.start("paper"):h.end("paper")]
    # (a contact line is no name of the publisher: "捐赠账户：中国工商银行西宁分行营业部")
    meta.head_lines = [simp_lines[i].strip() for i in sorted(hit) if i < 15 and simp_lines[i].strip()
                       and not CONTACT_RE.search(simp_lines[i])][:8]
    seen_text = 0
    for i, line in enumerate(simp_lines):
        s = line.strip()
        if not s:
            continue
        chrome = i in hit
        if not chrome and len(s) > 60:
            seen_text += 1
            continue  # running text: metadata lines are short
        src = SOURCE_RE.search(s)
        if src and (chrome or len(s) <= 60):
            meta.source = meta.source or raw_lines[i].strip()[src.start(1):src.end(1)].strip("《》")
            chrome = True
        if (chrome or len(s) <= 60) and (META_DATE_RE.search(s) or (chrome and parse_date(s))):
            # (a posting time may name its month only: "发布时间:2016-05")
            labelled = META_DATE_RE.search(s) is not None
            meta.published = meta.published or parse_date(s, short_year=labelled) or (parse_month(s) if labelled else None)
            chrome = True
        # a bare site name in the page header (first few lines) or footer
        if not chrome and SITE_LINE_RE.match(s) and (seen_text < 4 or i >= len(simp_lines) - 3) \
                and s not in meta.site_names:
            meta.site_names.append(s)
            chrome = True
        flags[i] = chrome
        seen_text += 1
    for line in simp_lines[-OWNER_LOOK_LINES:]:
        if "主办" in line or "版权所有" in line:  # (a cheap look first)
            owner = OWNER_RE.search(line)
            if owner:
                meta.owner = owner.group("owner")
                break
    return flags, meta


def site_name_spans(simp_text: str, names: list[str]) -> list[tuple[int, int]]:
    """Spans of injected site names inside running text."""
    spans = []
    for name in names:
        start = 0
        while True:
            j = simp_text.find(name, start)
            if j < 0:
                break
            spans.append((j, j + len(name)))
            start = j + len(name)
    return sorted(spans)


def remove_spans(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    out, last = [], 0
    for s, e in spans:
        out.append(text[last:s])
        last = e
    out.append(text[last:])
    return "".join(out)


# a repost's note of its first headline on a line of its own (its page's own head may open on one: stories.py reads it)
ORIGINAL_TITLE_LINE_RE = re.compile(r"(?:原标题|原题)[:：]")
HEAD_LINES = 3
RETOLD_HEADLINE_CHARS = 8  # a headline above whose opening the note holds


def _retells_a_line_above(note: str, above: list[str]) -> bool:
    told = ORIGINAL_TITLE_LINE_RE.sub("", note, count=1).replace(" ", "")
    return any(len(line.strip()) >= RETOLD_HEADLINE_CHARS and line.strip()[:RETOLD_HEADLINE_CHARS] in told
               for line in above)


def _told_again_below(line: str, lines: list[str], i: int) -> bool:
    """``line`` stands again, alone on its line, further down the page."""
    return any(other.strip() == line for other in lines[i + 1:])
