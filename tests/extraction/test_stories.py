"""Story splitting, titles, sources, chrome, OCR joins, traditional characters."""
import datetime as dt

import pytest

from dagster_project.extraction import campaign_id

from .helpers import extract

WEB_PAGE = """中原网

当前位置：首页 > 新闻中心 > 正文

河南省郑州市民政局开展“暖冬行动”

发布时间：2023-12-05   来源：河南日报   浏览次数：312
【字体：大 中 小】 打印

本报记者 张 三

12月4日，郑州市民政局启动“暖冬行动”，为全市中原网困难群众发放慰问金600万元，走访慰问低保户1.2万户。

扫一扫在手机端打开当前页
"""


def test_web_chrome_is_removed_and_metadata_kept():
    facts = extract(WEB_PAGE)
    assert len(facts.stories) == 1
    s = facts.stories[0]
    assert s["title"] == "河南省郑州市民政局开展“暖冬行动”"
    assert s["source"] == "河南日报"
    assert s["published_date"] == dt.date(2023, 12, 5) and s["year"] == 2023
    assert s["byline"] == "张三"
    assert "中原网" not in s["body"] and "扫一扫" not in s["body"] and "浏览" not in s["body"]
    assert s["body"].startswith("12月4日")
    assert s["province"] == "河南省" and s["city"] == "郑州市"


# OCR newspaper column: a line every ~14 characters, titles printed after the body
OCR_PAGE = """近日，为做好困难群众冬季

生活保障，吉林省长春市民政

局开展“温暖到家”行动，共

走访困难群众 2356户，发放

慰问金 48.5万元。

（据吉林省民政厅）

长春市民政局开展
“温暖到家”行动

甘肃省兰州市启动
2024年“陇原送温暖”活动
1月10日，兰州市民政局启

动 2024年“陇原送温暖”活

动，为困难群众送去米面油

等物资，共惠及 3000余人。

（据《甘肃日报》）
"""


def test_ocr_lines_are_joined_and_titles_after_body_are_assigned():
    facts = extract(OCR_PAGE)
    assert [s["title"] for s in facts.stories] == ["长春市民政局开展“温暖到家”行动",
                                                   "甘肃省兰州市启动2024年“陇原送温暖”活动"]
    assert [s["source"] for s in facts.stories] == ["吉林省民政厅", "甘肃日报"]
    first = facts.stories[0]["body"]
    assert "吉林省长春市民政局开展“温暖到家”行动" in first and "2356户" in first
    assert {f["amount_text"] for f in facts.funds} == {"48.5万元"}
    assert {b["quantity_text"] for b in facts.beneficiaries} == {"2356户", "3000余人"}
    assert facts.stories[1]["province"] == "甘肃省"


WIDE_PAGE = """江苏省南京市开展春节走访慰问

■ 本报记者 李四

1月20日，南京市民政局走访慰问困难群众500户，发放慰问金50万元。活动中，工作人员为老人送去

节日祝福和生活用品。

（据南京市民政局）

基层养老服务持续提升

本报讯（通讯员 王五）近日，苏州市民政局组织召开养老服务工作会议，部署下一阶段工作。
"""


def test_wide_page_split_on_attribution_and_byline_lead():
    facts = extract(WIDE_PAGE)
    assert [s["title"] for s in facts.stories] == ["江苏省南京市开展春节走访慰问", "基层养老服务持续提升"]
    assert facts.stories[0]["source"] == "南京市民政局"
    assert facts.stories[0]["byline"] == "李四"
    assert "工作人员为老人送去节日祝福" in facts.stories[0]["body"]  # page-break fragment joined
    assert facts.stories[1]["body"].startswith("本报讯")


def test_story_without_numbers_gives_no_facts():
    facts = extract("社区治理经验交流\n\n近日，某县民政局召开座谈会，交流社区治理经验，推动工作落实。\n")
    assert len(facts.stories) == 1
    assert facts.funds == [] and facts.beneficiaries == [] and facts.campaigns == []


TRAD = """廣東省民政廳開展“溫暖南粵”慰問活動

2024年1月，廣東省民政廳開展“溫暖南粵”慰問活動，撥付資金1.2億元，走訪慰問困難群眾3萬戶，為孤兒發放補助每人500元。

（據廣東省民政廳）
"""


def test_traditional_text_is_extracted_with_offsets_in_the_original_body():
    facts = extract(TRAD)
    s = facts.stories[0]
    assert s["body"].startswith("2024年1月，廣東省民政廳")  # stored as given
    assert s["province"] == "广东省" and s["year"] == 2024
    funds = {f["amount_text"]: f for f in facts.funds}
    assert funds["1.2億元"]["amount_yuan"] == 120_000_000 and funds["1.2億元"]["flow"] == "allocated"
    assert funds["500元"]["per_unit"] == "person"
    ben = facts.beneficiaries[0]
    assert ben["quantity_text"] == "3萬戶" and ben["quantity"] == 30000 and ben["unit"] == "户"
    for r in facts.funds:
        assert s["body"][r["span_start"]:r["span_end"]] == r["amount_text"]
    camp = facts.campaigns[0]
    assert camp["name"] == "温暖南粤"  # simplified, like province and city (the body keeps the text as written)
    # ...but the id is that of the same campaign written in simplified characters
    assert camp["campaign_id"] == campaign_id("温暖南粤", 2024, "广东省")
    assert s["source"] == "廣東省民政廳"


def test_article_ids_are_deterministic_per_file_and_index():
    a = extract(WIDE_PAGE, "x.txt")
    b = extract(WIDE_PAGE, "x.txt")
    c = extract(WIDE_PAGE, "y.txt")
    assert [s["article_id"] for s in a.stories] == [s["article_id"] for s in b.stories]
    assert a.stories[0]["article_id"] != c.stories[0]["article_id"]
    assert len({s["article_id"] for s in a.stories}) == 2


def test_cut_off_story_keeps_its_body():
    facts = extract("湖南省长沙市民政局近日向困难群众发放慰问金30万元，走访慰问困难群众1000户，并为他们送去")
    assert len(facts.stories) == 1 and facts.stories[0]["title"] is None
    assert [f["amount_text"] for f in facts.funds] == ["30万元"]


# every line blank-separated: only the words tell which headline belongs to which body
AMBIGUOUS_OCR = """近日，安徽省合肥市民政局

开展“暖冬护航”行动，为

困难群众发放棉被 3000条。

（据安徽省民政厅）

合肥市民政局开展

“暖冬护航”行动

浙江省杭州市慈善总会

启动“春风行动”

1月5日，杭州市慈善总会启

动“春风行动”，募集善款

1200万元。

（据浙江省民政厅）
"""


def test_title_blocks_between_stories_follow_their_words():
    facts = extract(AMBIGUOUS_OCR)
    assert [s["title"] for s in facts.stories] == ["合肥市民政局开展“暖冬护航”行动", "浙江省杭州市慈善总会启动“春风行动”"]


def test_an_e_paper_page_s_unbulleted_headline_index_is_no_part_of_the_first_headline():
    text = ("某日报数字报\n\n第03版：民生\n\n标题导航\n平江：“情暖平江”把年货送到困难群众家门口\n临湘“慈善一日捐”募集善款132.8万元\n\n"
            "平江：“情暖平江”把年货送到困难群众家门口\n\n本报讯（记者 易文）1月21日，平江县民政局走访慰问困难群众1.12万户。\n\n"
            "临湘“慈善一日捐”募集善款132.8万元\n\n本报讯（通讯员 李婷）日前，临湘市“慈善一日捐”活动共募集善款132.8万元。\n")
    facts = extract(text)
    assert [s["title"] for s in facts.stories] == ["平江：“情暖平江”把年货送到困难群众家门口", "临湘“慈善一日捐”募集善款132.8万元"]


def test_a_breadcrumb_alone_on_its_line_and_a_copier_s_credit_line_are_chrome():
    facts = extract("新闻中心 > 本地新闻\n\n1.2亿元补助资金拨付地震灾区\n\n网络整理 2017-05-27 本地信息\n\n"
                    "5月26日，财政部、民政部下拨中央财政补助资金1.2亿元，支持灾区做好受灾群众生活救助。\n")
    assert [s["title"] for s in facts.stories] == ["1.2亿元补助资金拨付地震灾区"]


def test_photo_captions_are_not_story_text():
    text = ("湖北省宜昌市开展春节慰问\n\n1月20日，宜昌市民政局走访慰问困难群众500户，发放慰问金50万元。\n\n"
            "图为工作人员为老人送去慰问金1000元。\n\n此次活动覆盖全市各县区。\n")
    facts = extract(text)
    assert "图为" not in facts.stories[0]["body"]
    assert [f["amount_text"] for f in facts.funds] == ["50万元"]


def test_a_line_ending_in_a_photographer_credit_is_a_caption():
    text = ("湖北省宜昌市开展春节慰问\n\n1月20日，宜昌市民政局走访慰问困难群众500户，发放慰问金50万元。\n\n"
            "1月19日，工作人员将价值12.4万元的慰问物资装车。　记者 王小明 摄\n\n此次活动覆盖全市各县区。\n")
    facts = extract(text)
    assert "装车" not in facts.stories[0]["body"]
    assert [f["amount_text"] for f in facts.funds] == ["50万元"]


def test_bom_zero_width_and_html_entities_are_cleaned():
    text = "\ufeff四川省开展慰问\r\n\r\n近日，成都市民政局&nbsp;发放&ldquo;暖冬&rdquo;慰问金\u200b200万元。\r\n"
    facts = extract(text)
    s = facts.stories[0]
    assert s["title"] == "四川省开展慰问"
    assert s["body"] == "近日，成都市民政局发放“暖冬”慰问金200万元。"
    assert facts.funds[0]["amount_yuan"] == 2_000_000


def test_printed_page_header_gives_date_and_paper_of_benbao_stories():
    text = ("北京青年报  2024年1月22日  星期一  第A05版：城市\n\n北京：寒冬救助温暖过冬\n\n"
            "本报讯（记者 刘洋）记者昨日从北京市民政局获悉，全市救助流浪乞讨人员6800余人次。\n")
    s = extract(text).stories[0]
    assert s["title"] == "北京：寒冬救助温暖过冬"
    assert s["published_date"] == dt.date(2024, 1, 22) and s["source"] == "北京青年报"
    assert s["byline"] == "刘洋"


def test_supplied_by_credit_closes_a_story():
    text = ("宁夏银川市开展春节慰问\n\n近日，银川市民政局走访慰问困难群众800户。\n\n（银川市民政局供稿）\n\n"
            "石嘴山市启动“暖冬”行动\n\n本报讯 近日，石嘴山市民政局启动“暖冬”行动。\n")
    facts = extract(text)
    assert [s["source"] for s in facts.stories] == ["银川市民政局", None]
    assert facts.stories[1]["title"] == "石嘴山市启动“暖冬”行动"


def test_bare_date_line_and_footer_lines_are_chrome():
    text = ("青海省西宁市开展冬季救助\n2024-01-15 10:20:33\n作者：王五\n\n"
            "近日，西宁市民政局发放冬季救助资金300万元。\n\n网站标识码：6300000001  青ICP备12345678号\n"
            "地址：西宁市城西区某路1号  电话：0971-1234567\n")
    facts = extract(text)
    (s,) = facts.stories
    assert s["title"] == "青海省西宁市开展冬季救助"
    assert s["published_date"] == dt.date(2024, 1, 15)
    assert s["body"] == "近日，西宁市民政局发放冬季救助资金300万元。"


def test_a_reading_time_line_is_chrome_not_a_headline():
    text = ("本篇文章486字，读完约1分钟\n\n新华社西宁4月2日电 近日，某基金会向困难学生发放助学金30万元。\n")
    (s,) = extract(text).stories
    assert s["title"] is None and s["body"].startswith("新华社西宁")


def test_menu_bar_without_navigation_line_is_chrome():
    text = "首页 | 机构概况 | 政务公开 | 新闻中心\n\n海南省海口市开展春节慰问\n\n近日，海口市民政局走访慰问困难群众600户。\n"
    s = extract(text).stories[0]
    assert s["title"] == "海南省海口市开展春节慰问"


def test_a_separator_line_of_symbols_is_no_story():
    text = ("全省发放救助金1亿元\n\n全省民政部门发放救助金1亿元，惠及困难群众2万人。\n（据某省民政厅）\n\n■\n\n"
            "某市救助困难群众\n\n某市民政局救助困难群众300人。\n")
    stories = extract(text).stories
    assert [s["body"][:4] for s in stories] == ["全省民政", "某市民政"]


def test_spaced_menu_bar_and_bulletin_masthead_are_chrome_and_the_date_line_dates_the_page():
    text = ("某市民政局\n首页　政务公开　工作动态　社会救助　办事服务\n您现在的位置：首页 > 民政简报\n\n"
            "某市民政工作简报（第5期）\n\n某市民政局办公室　　　2024年3月8日\n\n"
            "★ 全市春节慰问取得实效\n\n　　今年春节前，市民政局走访慰问困难群众1500户。\n")
    (s,) = extract(text).stories
    assert s["title"] == "★全市春节慰问取得实效"
    assert s["published_date"] == dt.date(2024, 3, 8)


def test_a_listing_page_s_office_and_section_line_places_its_items_that_name_no_place():
    # ("通榆县民政局　工作动态" over dated items: "县民政局开展…" is the office's county's; two offices issuing a
    # notice together, "天水市民政局　天水市财政局", are a headline's words, no header)
    text = ("通榆县民政局　工作动态\n\n通榆县足额发放一季度城乡低保金　　2025-04-08\n"
            "4月8日，县民政局将一季度城乡低保金1386.4万元足额发放到户。\n\n"
            "县民政局开展走访慰问活动　　2025-01-21\n1月中旬以来，县民政局为全县1420户低保、特困家庭送去慰问品。\n")
    stories = extract(text).stories
    assert [(s["province"], s["city"]) for s in stories] == [("吉林省", "白城市"), ("吉林省", "白城市")]


def test_a_share_widget_drawn_with_dashes_is_not_part_of_the_headline():
    text = "全省慰问活动启动\n\n来源：某日报 2022-01-13\n—分享—\n\n12日，全省慰问活动启动，走访慰问困难群众5200户。\n"
    (s,) = extract(text).stories
    assert s["title"] == "全省慰问活动启动"


def test_an_original_title_label_is_not_part_of_the_headline():
    text = "原标题：全省送温暖活动在长沙举行\n全省送温暖活动昨日举行，现已归集走访慰问资金5.87亿元。\n"
    facts = extract(text)
    assert facts.stories[0]["title"] == "全省送温暖活动在长沙举行"
    assert facts.funds[0]["flow"] == "allocated"  # 归集: money pooled for the campaign


def test_a_repost_notice_and_a_video_prompt_are_chrome():
    # (the notice names the headline again, its figure with it)
    text = ("民政部：前三季度支出低保资金1218.6亿元\n扫码观看发布会视频　制作／某某视频\n"
            "民政部今日通报，前三季度全国累计支出低保资金1218.6亿元。\n"
            "转载请注明：民政部：前三季度支出低保资金1218.6亿元 - 某某网\n欢迎关注某某日报官方微信\n")
    facts = extract(text)
    (s,) = facts.stories
    assert "扫码" not in s["body"] and "转载" not in s["body"] and "欢迎关注" not in s["body"]
    assert [(f["amount_text"], f["countable"]) for f in facts.funds] == [("1218.6亿元", True)]


def test_an_original_title_under_the_headline_it_was_shortened_to_gives_no_rows():
    # the figures of the note are the body's, told first there: the body's own are the countable ones
    text = ("市慈善总会今年募集慈善款物3.46亿元\n某日报　2019-12-20 10:21:05\n"
            "　　原标题：市慈善总会今年募集慈善款物3.46亿元 各类救助支出2.98亿元惠及困难群众26万人次\n"
            "　　12月19日，市慈善总会召开理事会。记者了解到，今年市慈善总会筹募慈善款物3.46亿元，"
            "各类慈善救助共支出款物2.98亿元，惠及困难群众26万人次。\n")
    facts = extract(text)
    assert facts.stories[0]["title"] == "市慈善总会今年募集慈善款物3.46亿元"
    assert "原标题" not in facts.stories[0]["body"]
    assert [(f["amount_text"], f["flow"], f["countable"]) for f in facts.funds] == [
        ("3.46亿元", "raised", True), ("2.98亿元", "disbursed", True)]
    assert [(b["quantity_text"], b["countable"]) for b in facts.beneficiaries] == [("26万人次", True)]


def test_a_press_conference_transcript_is_one_story_without_speaker_or_card_lines():
    text = ("某省春节困难群众保障新闻发布会实录\n\n发布会时间：2026年1月15日上午10时\n"
            "发布人：省民政厅副厅长 张三\n　　　　省财政厅处长 李四\n\n【主持人 王五】\n　　各位记者朋友，大家好。\n\n"
            "【省民政厅副厅长 张三】\n　　全省共走访慰问困难群众38.6万户。\n\n【某日报记者】\n　　请问低保标准有没有调整？\n\n"
            "【省民政厅副厅长 张三】\n　　全省共有城乡低保对象96.8万人。\n")
    (s,) = extract(text).stories
    assert s["title"] == "某省春节困难群众保障新闻发布会实录"
    assert "【" not in s["body"] and "发布人" not in s["body"]


def test_a_disclosure_card_is_chrome_and_a_notice_keeps_its_attachment():
    text = ("某市人民政府信息公开网\n\n索引号：1134/202601-00012　信息分类：民政\n文号：某财社〔2026〕6号\n"
            "名称：某市民政局关于下达2026年春节慰问资金的通知\n\n某市民政局关于下达2026年春节慰问资金的通知\n\n"
            "各县民政局：\n　　现下达你们春节慰问资金860万元（具体分配见附件）。\n\n　　附件：春节慰问资金分配表\n\n"
            "某市民政局\n春节慰问资金分配表\n1.甲县：520万元，慰问13000户\n2.乙县：340万元，慰问8500户\n合计：860万元\n")
    (s,) = extract(text).stories
    assert s["title"] == "某市民政局关于下达2026年春节慰问资金的通知"
    assert "1.甲县：520万元" in s["body"]


def test_a_bulletin_s_table_of_contents_is_chrome():
    text = ("某省民政工作简报（2025年第2期）\n\n本期目录\n1. 全省投入社会救助资金186.4亿元\n2. 某县老人吃上暖心饭\n\n"
            "全省投入社会救助资金186.4亿元\n\n　　记者从省民政厅获悉，2024年全省各级民政部门累计投入社会救助资金186.4亿元，"
            "保障困难群众的基本生活。\n")
    (s,) = extract(text).stories
    assert s["title"] == "全省投入社会救助资金186.4亿元"


def test_a_bulletin_s_contents_name_and_issue_line_are_chrome_and_its_first_item_keeps_its_headline():
    # a provincial bulletin: its name, its issue line (editor, date), 【本期要目】 with numbered headlines,
    # a rule, then each item under a ■ headline; the contents repeat the first item's 560万元
    text = ("全省民政动态\n2025年第9期（总第201期）　　某省民政厅办公室编　　2025年5月20日\n\n【本期要目】\n"
            "1. 大理州下拨救灾资金560万元\n2. 保山市开展“暖心护航”关爱活动\n\n────────────\n\n"
            "■ 大理州下拨救灾资金560万元\n\n　　大理州财政局紧急下拨救灾资金560万元，用于受灾群众过渡期生活救助。\n\n"
            "■ 保山市开展“暖心护航”关爱活动\n\n　　保山市民政局开展“暖心护航”关爱活动，走访慰问特殊家庭320户。\n")
    facts = extract(text)
    assert [s["title"] for s in facts.stories] == ["■大理州下拨救灾资金560万元", "■保山市开展“暖心护航”关爱活动"]
    assert [r["amount_text"] for r in facts.funds] == ["560万元"]
    assert facts.stories[0]["published_date"] == dt.date(2025, 5, 20)


def test_a_repost_s_location_line_and_its_closing_original_headline_are_chrome():
    # "您當前的位置" (with 的) is a breadcrumb; "（原標題：…）" at the end repeats the figure of the headline
    text = ("您當前的位置 : 台海網 > 福建新聞 > 漳州新聞\n\n“愛滿漳州”晚會舉行 現場認捐款物2968.5萬元\n\n"
            "本報訊　晚會現場共認捐款物2,968.5萬元，其中現金2,516萬元。\n\n（原標題：“愛滿漳州”晚會認捐2968.5萬元）\n")
    facts = extract(text)
    assert [s["title"] for s in facts.stories] == ["“愛滿漳州”晚會舉行現場認捐款物2968.5萬元"]
    assert [f["amount_text"] for f in facts.funds] == ["2,968.5萬元", "2,516萬元"]


def test_a_table_appended_under_its_own_heading_stays_in_its_report_and_is_read():
    # "附：…统计数据" over the table's header is the report's appendix, not a story headed by it (its cells read
    # by their unit column); "附：某市慈善总会启动…活动" would be another story
    text = ("汉中市2025年第三季度民政统计季报\n\n现将2025年第三季度（7—9月）全市民政主要统计数据公布如下：\n\n"
            "一、社会救助。三季度，全市共支出城乡低保资金8,216.4万元。截至9月底，全市共有城乡低保对象3.46万户6.14万人，"
            "较上年同期减少986人；特困人员0.92万人。三季度共实施临时救助1,986人次。\n\n"
            "二、养老服务。截至9月底，全市享受高龄补贴的80周岁以上老年人5.8万人，三季度发放高龄补贴1,326.2万元。全市共有"
            "养老机构118个、床位14,260张。\n\n附：2025年第三季度汉中市民政事业主要统计数据\n\n指标名称\t单位\t7—9月\t1—9月累计\n"
            "一、城乡最低生活保障\n城乡低保人数\t人\t61,428\t—\n城乡低保资金支出\t万元\t8,216.4\t—\n二、临时救助\n"
            "临时救助资金支出\t万元\t412.6\t1,208.3\n\n注：本表数据来源于全国民政统计信息系统。\n")
    facts = extract(text)
    assert [s["title"] for s in facts.stories] == ["汉中市2025年第三季度民政统计季报"]
    assert [f["amount_text"] for f in facts.funds][-3:] == ["8,216.4", "412.6", "1,208.3"]


def test_a_document_sharing_site_s_notices_are_chrome_not_a_story():
    text = ("民政局2024年救助工作总结\n\n  1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。\n"
            "  2. 2、如文档侵犯您的权益，请联系客服反馈。\n\n民政局2024年救助工作总结\n\n一、社会救助工作扎实有力。全市"
            "12860户23415人享受城乡低保，发放低保金4218万元。\n\nclose\n")
    facts = extract(text)
    assert [s["title"] for s in facts.stories] == ["民政局2024年救助工作总结"]
    assert [f["amount_text"] for f in facts.funds] == ["4218万元"]


def test_an_e_paper_s_news_list_label_is_no_part_of_the_headline():
    text = ("第A02版：要闻\n\n本版新闻列表\n\n市红十字会累计接收捐赠资金1.2亿元\n\n本报讯（记者 张三）截至目前，市红十字会累计"
            "接收捐赠资金1.2亿元。\n")
    assert extract(text).stories[0]["title"] == "市红十字会累计接收捐赠资金1.2亿元"


def test_a_table_titled_on_its_own_line_and_a_government_footer_stay_out_of_new_stories():
    # a notice's table under its own title ("…社会救助情况统计表" over "单位：户、人、万元") is the notice's; the signature,
    # the attachment line and the footer ("主办：…　承办：…", "网站标识码") make no story of their own
    text = ("某县2024年第三季度社会救助工作情况公示\n\n根据省、市关于社会救助信息公开的有关要求，现将我县2024年第三季度社会救助"
            "工作情况公示如下。第三季度，全县共支出各类社会救助资金1,868.4万元，各项目保障情况见下表。\n\n"
            "某县2024年第三季度社会救助情况统计表\n单位：户、人、万元\n\n项目\t保障户数\t保障人数\t本季度支出资金\n"
            "城市低保\t1,026\t1,812\t168.2\n农村低保\t9,104\t16,208\t1,700.2\n合计\t—\t—\t1,868.4\n\n"
            "1—9月，全县累计支出各类社会救助资金5,642.8万元。\n\n某县民政局\n2024年10月15日\n\n"
            "附件：某县2024年第三季度社会救助情况统计表.xlsx\n\n主办：某县人民政府办公室　　承办：某县大数据发展中心\n"
            "网站标识码：5203280001\n")
    facts = extract(text)
    assert [s["title"] for s in facts.stories] == ["某县2024年第三季度社会救助工作情况公示"]
    assert [f["amount_text"] for f in facts.funds][:4] == ["1,868.4万元", "168.2", "1,700.2", "1,868.4"]


def test_an_e_paper_page_s_news_index_photo_caption_and_a_township_headline():
    # "本版新闻" over bulleted headlines is the page's index; a headline opening on a township the text under it names
    # (容桂 / 容桂街道) is the next story's; a photo item's caption with its credit is no story
    text = ("佛山日报数字报\n2024年09月12日　星期四　第A05版：顺德新闻\n\n本版新闻\n· 顺德慈善会三天筹得善款1268万余元\n"
            "· 容桂“医路同行”助医项目为大病患者减负\n\n顺德慈善会三天筹得善款1268万余元\n\n　　本报讯（记者／李嘉欣）9月7日至9日，"
            "顺德区慈善会联合10个镇（街道）慈善会开展网络募捐，三天共筹得善款1268.46万元，参与捐款人次达41.3万。\n\n"
            "容桂“医路同行”助医项目为大病患者减负\n\n　　9月10日，容桂街道慈善会工作人员来到红旗社区居民梁伯家中，将一笔3.2万元的"
            "助医金送到他手中。\n\n【图片新闻】9月11日，北滘镇长者饭堂里，志愿者为老人端上午餐。　　记者／陈锐　摄\n")
    facts = extract(text)
    assert [s["title"] for s in facts.stories] == ["顺德慈善会三天筹得善款1268万余元", "容桂“医路同行”助医项目为大病患者减负"]


def test_a_project_report_s_card_and_a_charity_site_s_donate_line_make_no_story_or_headline():
    text = ("某市慈善总会\n首页 | 关于我们 | 新闻动态 | 项目中心\n\n我要捐款　　捐赠热线：0352-20xxxxx\n\n当前位置：首页 > 信息公开 > 项目报告\n\n"
            "“福暖云冈”困境儿童关爱项目结项报告\n\n发布时间：2025-01-15　　作者：项目部\n\n一、项目基本情况\n\n"
            "项目名称：“福暖云冈”困境儿童关爱项目\n执行机构：某市慈善总会\n执行周期：2024年1月1日至2024年12月31日\n"
            "项目简介：项目面向全市困境儿童，提供助学金、生活物资和心理陪伴服务。\n\n二、资金收支情况\n\n（一）项目收入。2024年项目"
            "共筹集款物236.4万元。\n")
    facts = extract(text)
    assert [s["title"] for s in facts.stories] == ["“福暖云冈”困境儿童关爱项目结项报告"]
    assert [c["name"] for c in facts.campaigns] == ["福暖云冈"]


def test_a_line_of_hot_links_above_the_page_is_chrome():
    text = ("首页 | 机构概况 | 新闻中心\n\n热点推荐：全省发放城乡困难群众冬季取暖补贴2.16亿元 | 全省春节走访慰问工作部署会召开\n\n"
            "城东区老年助餐服务提质\n\n　　今年以来，城东区财政安排老年助餐补贴资金168万元。\n")
    assert [f["amount_text"] for f in extract(text).funds] == ["168万元"]


def test_past_issues_and_most_read_lists_are_chrome():
    text = ("全县发放慰问金36万元\n\n　　今年春节前，县民政局发放慰问金36万元。\n\n往期回顾\n"
            "▶ 全县2024年发放高龄津贴1200万元\n\n热点排行\n1. 低保标准提高到每人每月900元\n")
    facts = extract(text)
    assert [r["amount_text"] for r in facts.funds] == ["36万元"]


def test_a_long_spaced_menu_bar_and_a_listing_pager_are_chrome():
    text = ("某市民政局\n首页　机构概况　政务公开　民政业务　公众参与　专题专栏　互动交流\n"
            "首页 > 民政业务 > 工作动态\n\n工作动态（第2页 共9页）\n\n"
            "全市春节慰问取得实效\n\n　　今年春节前，市民政局走访慰问困难群众1500户。\n\n上一页　1　2　3　下一页\n")
    (s,) = extract(text).stories
    assert s["title"] == "全市春节慰问取得实效"
    assert "下一页" not in s["body"]


def test_a_listing_page_of_headlines_dated_on_their_own_line_splits_into_its_items():
    # each item: its headline and its date on one line, a summary ending on a link to the whole story
    text = ("某市民政局\n首页　机构概况　政务公开　工作动态　社会救助\n\n当前位置：首页 > 工作动态\n\n工作动态\n\n"
            "全市养老服务工作会议召开　　2024-12-20\n12月19日，全市养老服务工作会议召开，全年发放高龄津贴1,860万元。[详细]\n\n"
            "宁武县为困境儿童送去冬衣　　2024-11-06\n近日，宁武县民政局为全县208名困境儿童送去冬衣，价值4.16万元。[详细]\n\n"
            "静乐县发放冬季取暖补助　　2023-12-01\n静乐县民政局为全县1,320户城乡低保家庭发放取暖补助，共计105.6万元。[详细]\n\n"
            "共96条记录　每页3条　当前第1/32页\n")
    stories = extract(text).stories
    assert [(s["title"], s["year"]) for s in stories] == [
        ("全市养老服务工作会议召开", 2024), ("宁武县为困境儿童送去冬衣", 2024), ("静乐县发放冬季取暖补助", 2023)]
    assert not any("详细" in s["body"] for s in stories)


def test_a_listing_s_read_more_lines_are_chrome_and_a_date_a_blank_line_under_a_headline_dates_its_item():
    text = ("某市民政局\n首页　机构概况　政务公开　工作动态\n当前位置：首页 > 工作动态 > 县区动态\n\n"
            "· 甲县开展2025年春节走访慰问困难群众活动\n\n2025-01-16\n\n"
            "1月15日，甲县民政局开展春节走访慰问活动，为全县困难群众送去慰问金86万元。\n\n查看详细>>\n\n"
            "· 乙市慈善会“慈善暖冬”项目为312名学子送去助学金\n\n2024-12-28\n\n"
            "12月27日，乙市慈善会“慈善暖冬”助学项目发放仪式举行，共计发放助学金31.2万元。\n\n查看详细>>\n")
    stories = extract(text).stories
    assert [(s["title"], s["year"]) for s in stories] == [
        ("·甲县开展2025年春节走访慰问困难群众活动", 2025), ("·乙市慈善会“慈善暖冬”项目为312名学子送去助学金", 2024)]


def test_a_story_listed_under_related_news_keeps_its_headline():
    text = ("某省启动冬季慈善救助\n\n1月10日，某省慈善联合会启动冬季慈善救助，认捐款物800万元。\n\n"
            "（某省慈善联合会）\n\n【打印本页】　【关闭窗口】\n\n相关新闻\n\n"
            "某市慈善协会助学活动资助120名学子\n2024-08-30\n\n"
            "　　8月28日，某市慈善协会助学金发放仪式在市区举行，今年活动共筹集助学资金60万元，资助考入大学的困难家庭学子120名。\n")
    stories = extract(text).stories
    assert [s["title"] for s in stories] == ["某省启动冬季慈善救助", "某市慈善协会助学活动资助120名学子"]
    assert stories[0]["source"] == "某省慈善联合会"


def test_a_title_printed_after_a_body_ending_in_a_reporter_credit_closes_that_story():
    text = ("今日某县网讯 6月28日，和平县慈善募捐大会举行。全县共认捐善款300万元。（记者 张三 通讯员 李四）\n\n"
            "和平县慈善募捐大会\n认捐善款300万元\n\n\n"
            "连山：敲门送暖守护老人\n\n连日来，县民政局走访特殊困难老人120人次。\n")
    stories = extract(text).stories
    assert [s["title"] for s in stories] == ["和平县慈善募捐大会认捐善款300万元", "连山：敲门送暖守护老人"]


def test_an_e_paper_story_opening_on_its_lead_alone_takes_the_headline_printed_after_its_body():
    lines = ["本报果洛讯（记者 才让 通讯员 李明）", "入冬以来，玛多县多个乡镇出现持续降雪，部分牧户冬春草场被",
             "积雪覆盖。县民政局第一时间调拨棉帐篷86顶、棉被620床，折合资", "金约185万元，为968户受灾牧民解决了燃眉之急。",
             "玛多县多措并举", "保障受灾牧民温暖过冬", "", "助餐服务进社区", "城中区今年新建老年助餐点12个",
             "本报讯（记者 马丽）今年以来，城中区新建老年助餐点12个，累计", "服务老年人3.6万人次，投入资金86.4万元。"]
    stories = extract("\n".join(lines) + "\n").stories
    assert [s["title"] for s in stories] == ["玛多县多措并举保障受灾牧民温暖过冬", "助餐服务进社区城中区今年新建老年助餐点12个"]


def test_an_outlet_and_the_posting_time_run_on_after_a_headline_are_no_part_of_it():
    text = ("市慈善总会今年已募集慈善款物3.86亿元某某日报2019-12-20 10:21:07\n\n"
            "今年以来，市慈善总会共募集慈善款物3.86亿元，支出2.95亿元。\n")
    assert [s["title"] for s in extract(text).stories] == ["市慈善总会今年已募集慈善款物3.86亿元"]


def test_a_headline_printed_twice_on_its_line_is_kept_once():
    text = ("某市民政局2024年度福彩公益金使用情况公告某市民政局2024年度福彩公益金使用情况公告\n\n"
            "2024年，市本级留存福彩公益金共计612.38万元，全部用于扶老、助残、救孤、济困项目。\n")
    assert [s["title"] for s in extract(text).stories] == ["某市民政局2024年度福彩公益金使用情况公告"]


def test_a_wechat_post_of_long_paragraphs_is_split_at_its_numbered_headlines():
    para = "，".join(["县民政局组织干部走访困难群众"] * 5)
    text = ("一周民政｜冬日暖心\n原创 某州民政 2024年12月15日 19:05\n\n点击上方蓝字 关注我们\n\n"
            "编者按：入冬以来，全州民政部门做好兜底保障。\n\n"
            f"▌ 01\n\n凯里市：冬日暖心行动温暖困难群众\n\n　　12月上旬，凯里市民政局发放慰问金12万元。{para}。\n\n"
            f"　　{para}。\n\n（来源：凯里市民政局）\n\n"
            f"▌ 02\n\n从江县：助学项目为困难学子圆梦\n\n　　近日，从江县资助困难家庭学子327名。{para}。\n\n"
            f"　　{para}。\n\n（来源：从江县民政局）\n\n"
            "- END -\n\n往期推荐\n▶ 全州第三季度民政统计数据发布\n\n阅读 3216　　赞 48　　在看 12\n")
    titles = [s["title"] for s in extract(text).stories]
    assert "凯里市：冬日暖心行动温暖困难群众" in titles and "从江县：助学项目为困难学子圆梦" in titles


def test_a_wechat_round_up_with_a_lead_in_bracketed_numbers_and_a_listen_button():
    text = ("民政周报｜冬日送暖\n原创 某市民政 某市民政 2024年12月13日 18:30 甘肃\n\n听全文\n\n"
            "导读：本周全市遭遇寒潮，各县区民政部门迅速行动。一起来看👇\n\n【1】\n"
            "略阳县：寒冬救助守护临时遇困人员\n\n　　入冬以来，略阳县救助管理站联合公安、城管等部门开展街面巡查，"
            "累计巡查126次，救助流浪乞讨人员36人次，护送返乡9人，为受助人员发放棉衣棉被等御寒物资。\n\n"
            "来源｜略阳县民政局\n\n"
            "【2】\n宁强县：临时救助应救尽救\n\n　　今年以来，宁强县民政局对遭遇急难的家庭及时给予救助，"
            "累计实施临时救助812人次，支出临时救助资金96.3万元，确保困难群众基本生活。\n\n来源｜宁强县民政局\n")
    stories = extract(text).stories
    assert len(stories) == 2
    assert stories[0]["body"].startswith("入冬以来") and stories[1]["title"] == "宁强县：临时救助应救尽救"
    assert not any("导读" in s["body"] or "来源" in s["body"] or "【" in (s["title"] or "") for s in stories)


def test_a_headline_with_the_page_date_and_source_under_it_starts_a_story():
    text = ("重庆綦江：新春慰问困难群众\n\n　　春节前夕，綦江区民政局走访慰问困难群众3200户，发放慰问金96万元。\n\n"
            "湖北利川：惠民殡葬政策为困难家庭减负\n2024-11-12 15:40　来源：湖北省民政厅　　【大 中 小】\n\n"
            "　　今年以来，湖北省利川市为困难群众免除基本殡葬服务费用，共减免费用212万元。\n")
    titles = [s["title"] for s in extract(text).stories]
    assert titles == ["重庆綦江：新春慰问困难群众", "湖北利川：惠民殡葬政策为困难家庭减负"]


def test_an_editors_note_and_a_photo_caption_are_no_story_text():
    body = "，".join(["社区干部入户走访困难老人"] * 4)
    text = ("一周民政\n\n编者按：入冬以来，全州民政部门做好兜底保障。\n\n"
            f"▌ 01\n\n高密：长者食堂开到家门口\n\n　　本报讯 今年以来，高密市建成长者食堂46处，安排补贴资金180万元。{body}。\n\n"
            "[图片]　　康城社区长者食堂里，老人们在用午餐。　　通讯员 张振 摄\n\n"
            "昌乐：高龄老人按月领津贴\n\n　　本报讯 近日，昌乐县第三季度高龄津贴已全部发放，共计380万元。\n")
    stories = extract(text).stories
    assert [s["title"] for s in stories] == ["高密：长者食堂开到家门口", "昌乐：高龄老人按月领津贴"]
    assert "图片" not in stories[0]["body"]


def test_a_long_paragraph_a_page_prints_twice_is_kept_once():
    para = "市红十字会共划拨棉衣、棉被、大米等共计价值38.6万元的物资用于开展活动，共计惠及全市1800多个家庭。"
    page = "市红十字会启动“博爱送万家”活动\n文章字数:286\n本报讯 1月16日，市红十字会启动慰问活动。\n" + para + "\n" + para + "\n"
    (story,) = extract(page).stories
    assert story["title"] == "市红十字会启动“博爱送万家”活动"  # (the e-paper's word count is chrome)
    assert story["body"].count("38.6万元") == 1


def test_an_image_file_name_left_under_the_headline_is_chrome():
    page = "某县开展“敲门行动”\n\n日期: 2024-01-05 16:13\n听新闻\n\n图片2.png\n\n某县民政局组织干部入户走访分散特困老人，共走访860户。\n"
    (story,) = extract(page).stories
    assert story["title"] == "某县开展“敲门行动”"


def test_a_wechat_headline_ending_on_an_exclamation_mark_is_the_headline():
    page = ("2024年“99公益日”收官丨全市慈善会系统筹款超3000万元！\n\n原创　某市慈善总会　2024-09-11 18:36\n\n"
            "9月7日至9日，一年一度的“99公益日”活动落下帷幕，全市慈善会系统筹集善款3126万元。\n")
    (story,) = extract(page).stories
    assert story["title"] == "2024年“99公益日”收官丨全市慈善会系统筹款超3000万元！"


def test_a_post_of_short_lines_opens_on_its_headline_even_with_a_comma_in_it():
    page = ("敲门行动丨寒冬里，这份温暖送到1.2万户困难群众家中\n\n原创 某市民政局 某市民政局 2024年01月20日 18:05\n\n"
            "点击上方蓝字 关注我们\n\n寒冬腊月，\n一声声问候\n暖到人心\n\n2024年元旦春节期间，\n某市民政局\n"
            "在全市开展“暖心敲门”行动，\n走访困难群众1.2万户，\n发放慰问金360万元。\n\n入户时，\n工作人员\n"
            "逐户核实情况，\n登记困难诉求。\n")
    (story,) = extract(page).stories
    assert story["title"] == "敲门行动丨寒冬里，这份温暖送到1.2万户困难群众家中"
    assert story["body"].startswith("寒冬腊月，")


def test_a_bracketed_related_news_label_and_a_trail_ending_on_the_article_are_chrome():
    page = ("某市新闻网\n某市新闻网 > 新闻中心 > 本地新闻 > 正文\n\n全市走访慰问困难群众\n\n"
            "春节前，全市走访慰问困难群众2.1万户，发放慰问金1260万元。\n\n【相关新闻】\n"
            "· 我市提高城乡低保标准 城市低保每人每月提至1,050元\n· 市慈善总会“慈善情暖万家”活动启动\n")
    (story,) = extract(page).stories
    assert story["title"] == "全市走访慰问困难群众"
    assert [r["amount_text"] for r in extract(page).funds] == ["1260万元"]


def test_a_bracketed_office_with_its_writer_s_name_under_a_story_is_its_source_and_place():
    page = ("春节前，县民政局工作人员进村入户，为全县困难群众共180户每户发放慰问金500元，共计9万元。\n"
            "(通山县民政局 李某某)\n")
    (story,) = extract(page).stories
    assert (story["source"], story["city"], story["county"]) == ("通山县民政局", "咸宁市", "通山县")
    assert [(r["amount_text"], r["city"]) for r in extract(page).funds] == [("500元", "咸宁市"), ("9万元", "咸宁市")]


def test_an_e_paper_masthead_on_its_own_line_is_chrome_and_names_the_place():
    page = ("今日光山 数字报\n2022年1月27日　星期四　第2版：民生\n\n县领导走访慰问困难群众\n\n"
            "本报讯（记者 某某）1月25日，县领导深入砖桥镇走访慰问困难群众5户，送去慰问金5000元。\n")
    (story,) = extract(page).stories
    assert story["title"] == "县领导走访慰问困难群众"
    assert (story["province"], story["city"], story["county"]) == ("河南省", "信阳市", "光山县")
    assert story["source"] == "今日光山"


def test_a_spaced_home_trail_and_a_site_line_with_a_yearless_date_are_chrome():
    page = ("首页 民生保障 正文\n官渡：区级领导走访慰问高龄老人\n某某信息港    10-09 17:26:51\n\n"
            "    10月8日，官渡区区级领导看望慰问了4位90岁以上的高龄老人，每人发放600元慰问金。\n")
    (story,) = extract(page).stories
    assert story["title"] == "官渡：区级领导走访慰问高龄老人"


def test_a_list_of_givers_with_their_amounts_is_part_of_the_notice_and_each_row_is_read():
    page = ("某市慈善总会关于“慈善一日捐”接收捐赠情况的公示\n\n发布日期：2024年10月8日\n\n"
            "活动期间，我会共接收捐赠款物436.2万元。\n\n二、部分捐赠单位名单\n序号　单位名称　捐赠金额\n"
            "1　某某能源集团有限公司　300,000.00元\n2　某某乳业股份有限公司　120,000.00元（物资折价）\n"
            "3　某某区个体私营企业协会　16,500.00元\n以上3家单位合计捐赠43.65万元。\n")
    facts = extract(page)
    (story,) = facts.stories
    assert story["title"] == "某市慈善总会关于“慈善一日捐”接收捐赠情况的公示"
    rows = [(r["amount_text"], r["flow"], r["in_kind"]) for r in facts.funds]
    assert rows == [("436.2万元", "raised", False), ("300,000.00元", "raised", False),
                    ("120,000.00元", "raised", True), ("16,500.00元", "raised", False),
                    ("43.65万元", "raised", False)]
    # the rows add up to the sum written under them
    assert [r["not_countable_reason"] for r in facts.funds][1:4] == ["part"] * 3


@pytest.mark.parametrize("label", ["相关信息：", "相关专题：", "相关报道"])
def test_a_related_information_block_and_bulleted_headlines_with_dates_are_chrome(label):
    page = ("县民政局开展走访慰问\n\n春节前，县民政局走访慰问困难群众860户，发放慰问金43万元。\n\n"
            f"{label}\n· 县民政局提前发放一季度高龄津贴312.6万元  2024-01-30\n"
            "· 县慈善总会“慈心一日捐”活动募集善款486万元  2023-09-15\n")
    facts = extract(page)
    assert [r["amount_text"] for r in facts.funds] == ["43万元"] and facts.campaigns == []


def test_bulleted_headlines_whose_date_abuts_the_headline_are_chrome_too():
    # (a full-width gap between headline and date is dropped with the spaces beside Chinese: "…12.6万元2024-01-30")
    page = ("县民政局开展走访慰问\n\n春节前，县民政局走访慰问困难群众860户，发放慰问金43万元。\n\n"
            "· 藤田镇为困难群众发放春节慰问金12.6万元　2024-01-30\n· 古县镇开展特困人员供养服务机构安全大检查　2024-01-15\n")
    assert [r["amount_text"] for r in extract(page).funds] == ["43万元"]


def test_a_speaker_named_alone_in_brackets_is_a_turn_of_the_transcript_not_a_headline():
    page = ("某省2024年社会救助工作情况新闻发布会实录\n来源：省政府新闻办　发布时间：2025-01-17 15:20\n\n"
            "1月16日，省政府新闻办举行新闻发布会，介绍2024年全省社会救助工作情况。\n"
            "【主持人　何亮】\n各位记者朋友，大家上午好！\n【赵明】\n"
            "2024年，全省共实施临时救助128.4万人次，支出资金21.96亿元。\n【四川日报记者】\n"
            "春节临近，困难群众的节日生活保障有哪些安排？\n【林静】\n谢谢您的提问。春节前，全省发放一次性生活补贴。\n")
    assert [s["title"] for s in extract(page).stories] == ["某省2024年社会救助工作情况新闻发布会实录"]


def test_a_report_converted_from_a_pdf_keeps_its_title_numbered_items_and_sentences_across_page_numbers():
    text = ("【附件】2024年工作总结.pdf（263KB）　　下载次数：57\n\n昌吉回族自治州民政局\n\n昌州民报〔2025〕3号\n\n"
            "昌吉回族自治州民政局\n关于2024年工作总结和2025年工作计划的报告\n\n州人民政府：\n"
            "2024年，州民政局坚持以人民为中心的发展思想，扎实推进\n各项民政工作。现将有关情况报告如下：\n"
            "  一、2024年工作开展情况\n  （一）兜牢兜实基本民生保障底线\n"
            "  1.临时救助。全年实施临时救助1.02万人次，支出临时\n救助资金2,056.3万元，其中乡镇（街道）小额先行救助\n\n"
            "              — 1 —\n\n2,874人次、支出386.5万元，急难型救助平均办结时间\n缩短至2天。\n"
            "  （二）加强儿童福利保障\n  全年发放孤儿和事实无人抚养儿童基本生活费1,893.6万元\n，惠及孤儿312名。\n"
            "  三、2025年工作计划\n  （一）扩大养老服务消费券试点范围，拟安排消费券资金\n800万元，力争惠及失能老年人4,000人。\n")
    facts = extract(text)
    story = facts.stories[0]
    assert story["title"] == "昌吉回族自治州民政局关于2024年工作总结和2025年工作计划的报告"
    assert "小额先行救助2,874人次" in story["body"] and "\n三、2025年工作计划\n" in story["body"]
    b = {r["quantity_text"]: r["countable"] for r in facts.beneficiaries}
    f = {r["amount_text"]: r["countable"] for r in facts.funds}
    assert b["2,874人次"] is False and f["800万元"] is False and f["2,056.3万元"] is True


def test_a_site_s_address_on_a_line_of_its_own_is_no_part_of_the_headline():
    text = ("永丰县人民政府\nwww.jxyongfeng.gov.cn\n首页 | 走进永丰 | 新闻中心 | 政务公开\n\n"
            "永丰县2025年第一季度临时救助工作开展情况\n\n全县共实施临时救助1,463人次，支出临时救助资金218.46万元。\n")
    assert extract(text).stories[0]["title"] == "永丰县2025年第一季度临时救助工作开展情况"


def test_a_document_s_signature_and_distribution_line_and_a_platform_s_disclaimer_start_no_story():
    text = ("曲靖市民政局关于第126号建议的答复\n\n张丽华代表：\n今年1至5月共发放养老服务补贴386.5万元，惠及7,730人。\n"
            "感谢您对民政工作的关心和支持。\n\n曲靖市民政局\n2024年6月18日\n\n（联系人：王建明；联系电话：0874-3125xxx）\n\n"
            "抄送：市人大常委会代表工作委员会，市人民政府督查室。\n\n举报\n"
            "特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。\n")
    stories = extract(text).stories
    assert [s["title"] for s in stories] == ["曲靖市民政局关于第126号建议的答复"]


def test_a_page_footer_left_inside_a_converted_document_s_paragraph_keeps_the_paragraph():
    # a document saved from a download site: one long line, with the site's page footer inline
    body = ("民政局上半年工作总结。全县城市低保6639户、13228人。上半年共发放城乡低保金3800万元。继续落实五保供养制度。"
            "上半年发放五保供养资金1150万元。今年乡镇敬老院建设涉及6个乡镇，其中新建3所，第 1 页 共 9 页下载后可任意编辑"
            "扩建有3所。通过积极争取，敬老院建设补助资金达到1.66万元/床位。目前，已有3所敬老院动工建设，其余正在招投标。"
            "下半年将继续做好城乡低保动态管理，确保应保尽保、应退尽退，进一步提高困难群众的获得感和幸福感。")
    facts = extract(body + "\n")
    assert [r["amount_text"] for r in facts.funds if r["countable"]] == ["3800万元", "1150万元"]


def test_a_post_of_short_unpunctuated_lines_keeps_its_body_out_of_its_headline():
    post = ("六一｜某县民政局为326名困境儿童送去节日“大礼包”\n\n原创 某县民政 2024年05月31日 18:02 四川\n\n"
            "为让困境儿童\n度过一个快乐、温暖的节日\n5月29日至30日\n某县民政局联合某县慈善会\n开展关爱困境儿童慰问活动\n\n"
            "本次活动\n共走访慰问困境儿童326名\n共计发放慰问款物16.3万元\n")
    facts = extract(post)
    assert facts.stories[0]["title"] == "六一｜某县民政局为326名困境儿童送去节日“大礼包”"
    assert [r["amount_text"] for r in facts.funds] == ["16.3万元"]


def test_a_page_s_navigation_lines_between_blank_lines_stay_out_of_the_headline_and_its_footer_places_the_district():
    # (通州区 is a district of Beijing and of Nantong: the footer's 主办 line says which)
    text = ("无障碍 | 长者模式\n\n搜索\n\n首页\n\n政务公开\n\n政务服务\n\n互动交流\n\n走进通州\n\n专题专栏\n\n"
            "当前位置：首页 > 政务公开 > 部门动态\n\n通州区民政局开展冬季专项救助行动\n\n发布时间：2024-12-20 15:42\n\n"
            "通州区民政局为困难群众发放临时救助金18.6万元。\n\n网站地图 | 联系我们\n\n"
            "主办：北京市通州区人民政府办公室　承办：北京市通州区政务服务和数据管理局\n")
    facts = extract(text)
    assert facts.stories[0]["title"] == "通州区民政局开展冬季专项救助行动"
    assert (facts.stories[0]["province"], facts.funds[0]["province"]) == ("北京市", "北京市")


def test_a_site_s_breadcrumb_and_its_script_switch_stay_out_of_the_headline():
    text = ("東南網 > 泉州頻道 > 民生\n[ 繁體 | 简体 ]　　手機版　　客戶端　　網站導航\n\n泉州“99公益日”募集善款1862.4萬元\n\n"
            "記者12日從泉州市慈善總會獲悉，今年“99公益日”共募集善款1,862.4萬元。\n")
    assert extract(text).stories[0]["title"] == "泉州“99公益日”募集善款1862.4萬元"


def test_a_table_s_rows_with_units_in_their_cells_an_accessibility_bar_and_related_links_start_no_story():
    text = ("【无障碍】【长者模式】【简体|繁体】　　请输入关键字　搜索\n长治市第二季度高龄津贴发放情况\n"
            "第二季度，全市共发放高龄津贴1,701.18万元。\n附表：分年龄段发放情况\n年龄段\t享受人数\t本季度发放金额\t占比\n"
            "80—89周岁\t87,100人\t1,306.50万元\t76.8%\n90—99周岁\t11,200人\t336.00万元\t19.8%\n"
            "100周岁以上\t326人\t58.68万元\t3.4%\n相关链接：长治市2024年全年累计发放高龄津贴6,512.3万元\n")
    facts = extract(text)
    assert [s["title"] for s in facts.stories] == ["长治市第二季度高龄津贴发放情况"]
    assert [f["amount_text"] for f in facts.funds] == ["1,701.18万元", "1,306.50万元", "336.00万元", "58.68万元"]


def test_a_site_s_script_switch_and_a_line_of_related_topics_are_chrome():
    page = ("中国网 china.com.cn　　繁體版 | 簡體版\n京蒙携手送温暖 1268万元爱心款物落地兴安盟\n"
            "11月26日，北京市慈善协会向兴安盟慈善总会捐赠款物共计1,268万元。\n"
            "相关专题：· 全区困难群众一次性生活补贴发放情况（惠及89.6万人）\n")
    facts = extract(page)
    assert [s["title"] for s in facts.stories] == ["京蒙携手送温暖1268万元爱心款物落地兴安盟"]
    assert [b["quantity_text"] for b in facts.beneficiaries] == []


def test_a_paper_s_date_line_and_a_posting_month_date_the_story():
    facts = extract("第五届社会组织公益创投项目开始征集\n\n芜湖日报 2019-08-13 01:36 大字\n\n本报讯 记者日前从市民政局获悉，"
                    "本届创投安排资金100万元。\n")
    assert [(s["title"], s["year"]) for s in facts.stories] == [("第五届社会组织公益创投项目开始征集", 2019)]
    facts = extract("南山百万元资助社会组织公益创新项目\n来源:\n发布时间:2016-05\n近日，南山区民政局给予总资助资金100万元。\n")
    assert facts.stories[0]["year"] == 2016
    # (a post's account, its time and where it was posted from, on one line: "海口民政 2024-09-30 18:20 海南")
    facts = extract("海口民政 2024-09-30 18:20 海南\n\n点击蓝字 关注我们\n\n灾后救助不停歇 “温暖到家”兜牢受灾群众基本生活\n\n"
                    "台风过境后，海口市民政局统筹救灾救助资金1.36亿元。\n")
    assert [(s["title"], s["year"]) for s in facts.stories] == [("灾后救助不停歇“温暖到家”兜牢受灾群众基本生活", 2024)]
    # (a bulleted time and a four-character channel or paper; a posting time printing its year in two digits)
    facts = extract("某县慈善会开展春节慰问\n\n  • 2022-12-30 18:00:18 健康一线\n\n本报讯 县慈善会共发放慰问金36万元。\n")
    assert [(s["title"], s["published_date"].year) for s in facts.stories] == [("某县慈善会开展春节慰问", 2022)]
    facts = extract("某县慈善会开展春节慰问\n\n发布时间:24年02月08日 信息来源: 编辑:县民政局\n\n县慈善会共发放慰问金36万元。\n")
    assert [(s["title"], s["year"]) for s in facts.stories] == [("某县慈善会开展春节慰问", 2024)]
    # (or a date with the page's count of views after it)
    facts = extract("某市慈善总会开展春节慰问活动\n\n2023-01-19 1179\n\n市慈善总会共发放慰问金36万元。\n")
    assert [(s["title"], s["year"]) for s in facts.stories] == [("某市慈善总会开展春节慰问活动", 2023)]


def test_a_post_s_account_line_its_time_and_place_and_its_figure_cards_make_no_stories():
    page = ("原创 徐汇民政 徐汇民政\n2025年01月08日 18:30 上海\n\n数说2024 | 徐汇民政这一年，温暖有“数”\n\n"
            "点击上方蓝字 关注我们\n\n2024年，徐汇区民政局坚持以人民为中心的发展思想，聚焦重点群体，持续织密民生兜底保障网。"
            "这一年，我们交出了怎样的民生答卷？\n\n01\n兜底保障 应保尽保\n\n2.86亿元\n全年发放各类社会救助资金\n\n"
            "其中，发放最低生活保障金1.73亿元。\n\n02\n社区慈善 向善而行\n\n13家\n街道（镇）慈善超市实现全覆盖\n\n"
            "全区慈善超市全年接收社会捐赠物资4.6万件，折合价值218.7万元。\n")
    facts = extract(page)
    assert [(s["title"], s["year"]) for s in facts.stories] == [("数说2024|徐汇民政这一年，温暖有“数”", 2024)]


def test_an_e_paper_s_page_name_and_its_page_index_are_chrome():
    text = ("某某日报数字报\n2024年08月16日　星期五\nA05版：民生\n上一版　下一版\n\n本版导航：\n· 全省公布福彩公益金使用情况\n"
            "· 某市签约慈善项目\n\n全省公布福彩公益金使用情况\n\n本报讯（记者 王某）省民政厅日前公布2023年度本级福利彩票公益金使用情况，"
            "全年共使用福彩公益金1.2亿元，重点资助养老服务和社会救助项目。\n")
    stories = extract(text).stories
    assert [s["title"] for s in stories] == ["全省公布福彩公益金使用情况"]


def test_a_dateline_naming_the_city_and_day_opens_a_story_under_its_headline():
    text = ("某某日报\n2024年8月7日　星期三\n\n兴安盟全力保障洪涝灾区群众基本生活\n\n"
            "本报乌兰浩特8月6日讯（记者 巴图）7月下旬以来，兴安盟多地遭受洪涝灾害，自治区下拨救灾资金3200万元，"
            "盟本级安排500万元，全力保障受灾群众基本生活。\n\n"
            "“夏季送清凉”温暖流浪人员\n\n"
            "本报呼和浩特8月6日讯（记者 苏日娜）入伏以来，呼和浩特市救助管理站开展“夏季送清凉”专项救助行动，"
            "累计救助流浪乞讨人员326人次，发放防暑物资折合4.2万元。\n")
    assert [s["title"] for s in extract(text).stories] == ["兴安盟全力保障洪涝灾区群众基本生活", "“夏季送清凉”温暖流浪人员"]


def test_a_page_s_hot_topics_block_is_no_part_of_the_story():
    facts = extract("遵义市“金秋助学”活动资助1260名困难大学新生\n\n8月28日，遵义市慈善总会共发放助学金438.6万元。\n\n"
                    "共4条　首页　上一页　1　下一页　尾页\n\n热点专题：\n· 全省“暖心敲门”行动累计走访困难群众186万户次\n")
    assert [f["amount_text"] for f in facts.funds] == ["438.6万元"]
    assert facts.beneficiaries == []


def test_a_table_s_cells_set_apart_by_full_width_spaces_stay_one_table_under_its_story():
    facts = extract("定西市2025年第三季度民政事业统计数据公布\n\n截至9月底，全市共有城乡低保对象5.82万户。\n\n附表：主要指标\n"
                    "指标名称　　　　　　　　单位　　　数量　　　　同比增减（%）\n城乡低保户数　　　　　　户　　　　58,216　　　　-2.0\n"
                    "城乡低保人数　　　　　　人　　　　142,863　　　 -2.2\n")
    assert len(facts.stories) == 1
    assert {b["quantity_text"] for b in facts.beneficiaries} >= {"5.82万户", "58,216", "142,863"}


def test_a_second_dateline_lead_in_a_body_opens_the_next_story_its_headline_printed_under_it():
    facts = extract("吉林日报 数字报\n\n“十四五”以来\n长春民政兜底保障网越织越密\n\n本报讯（记者 赵雪松）“十四五”以来，长春市累计投入社会救助资金103.6亿元。\n\n"
                    "目前，全市共有城乡低保对象6.42万户。\n\n本报讯（通讯员 金美兰）今年以来，延边州持续推进康复辅助器具社区租赁服务。\n\n"
                    "1至10月，全州共发放辅具租赁补贴128.6万元，惠及4126人。\n\n延边州：康复辅具租赁服务惠及四千余人\n")
    assert [s["title"] for s in facts.stories] == ["“十四五”以来长春民政兜底保障网越织越密", "延边州：康复辅具租赁服务惠及四千余人"]
    assert {b["quantity_text"]: b["countable"] for b in facts.beneficiaries} == {"6.42万户": True, "4126人": True}



def test_a_place_kicker_over_a_headline_is_the_headline_s_first_line():
    page = ("大方县：\n残疾人托养服务让困难家庭“松绑”\n\n"
            "本报讯（通讯员 张丽）今年，大方县财政安排残疾人托养服务补贴资金320万元。\n")
    assert [s["title"] for s in extract(page).stories] == ["大方县：残疾人托养服务让困难家庭“松绑”"]


def test_a_headline_s_giver_is_not_the_place_of_the_story():
    page = ("广州慈善力量助力毕节困难群众温暖过冬\n\n"
            "本报讯 今冬，广州市慈善会实施“穗黔同心·暖冬”行动，为困难群众送去过冬物资。\n")
    assert [(s["province"], s["city"]) for s in extract(page).stories] == [("贵州省", "毕节市")]


def test_a_photo_credited_to_an_office_between_paragraphs_is_a_caption_not_a_headline():
    page = ("沭阳“慈善光明行”让428名白内障患者重见光明\n\n本网讯 今年共支出手术补助资金128.4万元。\n\n"
            "医护人员为患者检查术后恢复情况（沭阳县民政局供图）\n\n“做完手术第二天，眼前一下子就亮了。”陈桂兰说。\n")
    stories = extract(page).stories
    assert len(stories) == 1 and "供图" not in stories[0]["body"]


def test_a_site_s_greeting_and_date_are_chrome_above_the_headline():
    page = ("欢迎访问雅安市慈善总会官方网站！今天是：　手机版\n当前位置：首页 > 信息公开 > 捐赠公示\n"
            "雅安市慈善总会关于宝兴地震社会捐赠款物接收和使用情况的公示\n"
            "发布时间：2025-03-11 09:30　　来源：雅安市慈善总会\n"
            "截至3月10日18时，市慈善总会累计接收社会捐赠款物1,386.42万元。\n")
    stories = extract(page).stories
    assert [s["title"] for s in stories] == ["雅安市慈善总会关于宝兴地震社会捐赠款物接收和使用情况的公示"]


def test_an_e_paper_s_page_switches_are_chrome():
    page = ("通版阅读请点击:\n展开通版\n收缩通版\n当前版:03版\n吴堡县慈善“一日捐”活动累计捐款5.8万元\n"
            "近日，吴堡县举行慈善“一日捐”现场捐赠活动，当天募集善款2.6万元。\n")
    assert [s["title"] for s in extract(page).stories] == ["吴堡县慈善“一日捐”活动累计捐款5.8万元"]


def test_a_numbered_table_s_caption_run_into_its_title_stays_in_the_report():
    page = ("镇雄县2025年第二季度民政事业统计季报\n\n现将镇雄县2025年第二季度民政事业主要统计数据公布如下。\n一、主要统计指标\n\n"
            "表1　镇雄县2025年第二季度民政事业主要指标\n\n指标名称\t单位\t本季度\n城乡低保对象户数\t户\t21,486\n")
    assert [s["title"] for s in extract(page).stories] == ["镇雄县2025年第二季度民政事业统计季报"]


def test_a_unit_column_s_rows_of_one_figure_and_a_page_s_bracketed_buttons_are_no_headline():
    page = ("晋中市2025年第三季度社会救助工作运行情况\n\n发布时间：2025-10-15 09:40　　来源：晋中市民政局\n"
            "[ 大 中 小 ]　　[ 打印 ]　　[ 关闭 ]\n\n截至9月底，全市共有城乡低保对象68300户112600人。\n\n"
            "附表：晋中市2025年第三季度社会救助主要指标\n\n指标名称\t单位\t三季度\n城乡低保对象户数\t户\t68300\n"
            "城乡低保对象人数\t人\t112600\n临时救助\t人次\t4127\n\n注：本表数据来源于全国社会救助信息系统。\n")
    assert [s["title"] for s in extract(page).stories] == ["晋中市2025年第三季度社会救助工作运行情况"]


def test_a_work_report_s_speaker_and_the_day_it_was_given_are_neither_headline_nor_year():
    text = ("县总会:2021年慈善资金收支执行情况\n岱山县慈善总会副会长兼秘书长 张景达\n(2022年4月20日)\n各位理事:\n"
            "我受会长办公会议委托，向各理事报告2021年慈善资金收支执行情况。\n全年慈善资金收入1362.70万元。\n")
    story = extract(text).stories[0]
    assert (story["title"], story["byline"], story["source"], story["year"]) == (
        "县总会:2021年慈善资金收支执行情况", "张景达", "岱山县慈善总会", 2021)
    assert (story["province"], story["city"]) == ("浙江省", "舟山市")


def test_a_post_of_short_lines_keeps_its_blank_line_groups_apart():
    lines = ["某区元旦春节帮困送温暖活动启动啦", "", "近日", "某区召开2025年元旦春节", "“帮困送温暖”活动部署会",
             "今年的活动由区民政局牵头", "支出帮困资金约4180万元", "", "01", "节日补助", "低保家庭成员、特困供养人员",
             "每人发放节日补助1000元", "约1.32万人受益", "", "02", "御寒物资", "为1800余户御寒困难家庭", "送去羽绒被、电暖器",
             "物资价值约72万元", "", "此外", "1月份", "全区已按时发放低保金2268万元", ""]
    body = extract("\n".join(lines)).stories[0]["body"]
    # (the first group runs on into the next: the "01" line between them goes as a page number, its blank with it)
    assert "约1.32万人受益\n御寒物资" in body and "物资价值约72万元\n此外" in body


def test_a_breadcrumb_of_a_site_s_sections_is_chrome():
    facts = extract("罗田县民政局 > 新闻动态 > 工作动态\n\n罗田：临时救助备用金下沉乡镇\n\n发布时间：2025-01-09 16:20　来源：罗田县民政局\n\n"
                    "2024年初，县民政局向全县12个乡镇预拨临时救助备用金360万元。\n")
    assert facts.stories[0]["title"] == "罗田：临时救助备用金下沉乡镇"


def test_a_column_s_issue_header_under_its_motto_is_chrome():
    # "民政为民 实事惠民——县市区民政动态（2025年第1期）" above a listing: no part of its first item's headline, nor its year
    facts = extract("民政为民 实事惠民——县市区民政动态（2025年第1期）\n\n■ 平江县红十字会公示2024年度捐赠款物收支情况\n[2025-01-16]　来源：平江县红十字会　　浏览：412\n\n"
                    "2024年，县红十字会共接收社会捐赠款物326.85万元。\n")
    assert [(s["title"], s["year"]) for s in facts.stories] == [("■平江县红十字会公示2024年度捐赠款物收支情况", 2024)]
    assert facts.funds[0]["countable"] is True


def test_a_reporter_s_question_at_a_press_conference_is_no_headline():
    text = ("某市召开上半年民生保障工作新闻发布会\n\n"
            "【顾某某】\n上半年，全市共有城乡低保对象3.26万人，累计发放低保金1.52亿元。\n\n"
            "【新华日报记者】\n请问市慈善总会在参与社会救助方面做了哪些工作？\n\n"
            "【陆某某】\n今年以来，市慈善总会共募集善款物1.28亿元。上半年，全市3.26万名低保对象的保障金全部按月足额发放。\n")
    facts = extract(text)
    assert [s["title"] for s in facts.stories] == ["某市召开上半年民生保障工作新闻发布会"]
    assert [(b["quantity_text"], b["not_countable_reason"]) for b in facts.beneficiaries] == [
        ("3.26万人", None), ("3.26万名", "restatement")]


def test_a_post_s_numbered_items_headed_by_a_rescue_station_s_work_are_stories_of_their_own():
    body = "，".join(["民政干部入户走访困难群众"] * 3)
    text = ("宁河民政\n2025年01月24日 17:46 天津\n\n01\n宁河区启动2025年“迎新春送温暖”活动\n\n"
            f"1月22日，宁河区民政局启动2025年“迎新春送温暖”活动，现场捐赠款物83.6万元。{body}。\n\n"
            "02\n区救助管理站开展“寒冬送温暖”专项救助行动\n\n"
            f"入冬以来，宁河区救助管理站开展“寒冬送温暖”专项救助行动，累计救助流浪乞讨人员97人次。{body}。\n")
    assert [s["title"][-20:] for s in extract(text).stories] == ["宁河区启动2025年“迎新春送温暖”活动"[-20:],
                                                                 "区救助管理站开展“寒冬送温暖”专项救助行动"[-20:]]


def test_a_site_s_today_banner_and_greeting_are_chrome_not_the_headline():
    text = ("今天是2024年05月10日 星期五\n\n汕头市潮阳区公益基金会欢迎您!\n\n我市举行“6·30”助力乡村振兴活动仪式\n"
            "发布时间:2023-07-05 16:17:17\n\n6月30日上午，我市举行“6·30”助力乡村振兴活动仪式，认捐金额高达9.16亿元。\n")
    (story,) = extract(text).stories
    assert (story["title"], story["year"]) == ("我市举行“6·30”助力乡村振兴活动仪式", 2023)


def test_a_post_s_headline_opening_on_its_figure_and_an_exclamation_is_a_headline_whose_figures_are_no_rows():
    text = ("1.15亿元!湛江“6·30”活动助力乡村振兴,现场捐款100万元以上的是\n\n"
            "7月2日，湛江市2025年“6·30”助力乡村振兴活动在湛江国际会展中心举行，广泛动员各方力量参与乡村振兴。\n")
    facts = extract(text)
    assert facts.stories[0]["title"].startswith("1.15亿元!湛江") and facts.funds == []


def test_a_headline_opening_on_a_few_words_and_an_exclamation_is_no_body_line_run_into_the_lead():
    # a local page's headline: "寒潮来袭!民政慰问活动暖民心" over a dated lead; its "!" is no sentence's end
    text = ("寒潮来袭！竹山县民政局慰问活动暖民心\n\n"
            "1月8日，受寒潮影响，全县气温骤降。竹山县民政局组织工作人员走访慰问困难群众320户，发放慰问金16万元。\n")
    (story,) = extract(text).stories
    assert story["title"] == "寒潮来袭！竹山县民政局慰问活动暖民心"
    assert [r["amount_text"] for r in extract(text).funds] == ["16万元"]


def test_a_post_s_line_ending_on_an_emoji_ends_its_sentence_and_an_emoji_bullet_opens_a_section():
    # "…已全部打卡到户✅" then "📌“寒冬送温暖”专项救助行动": the money before is no part of the drive after
    text = ("横州民政这样守护困难群众温暖过冬\n\n"
            "📌 救助资金提前发\n\n"
            "按照每人300元的标准，为全市城乡低保对象发放一次性生活补贴，共计960.36万元，目前已全部打卡到户✅\n\n"
            "📌 “寒冬送温暖”专项救助行动\n\n"
            "市救助管理站开展“寒冬送温暖”专项救助行动，救助流浪乞讨人员37人次，发放御寒物资价值1.2万元。\n")
    facts = extract(text)
    assert "✅\n📌" in facts.stories[0]["body"]
    camp = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    assert [(f["amount_text"], camp.get(f["campaign_id"])) for f in facts.funds] == [
        ("300元", None), ("960.36万元", None), ("1.2万元", "寒冬送温暖")]


def test_an_outlet_s_name_with_a_middle_dot_and_its_posting_time_is_a_date_line_not_the_headline_s_tail():
    text = ("481.7亿元！民生托底，共享改革发展成果\n\n  湖南日报·新湖南客户端   2024-12-18 00:15:17\n\n"
            "12月17日上午，省政府新闻办举行“湖南民政这五年”新闻发布会。五年来，全省累计支出社会救助资金481.7亿元。\n")
    (story,) = extract(text).stories
    assert (story["title"], story["year"]) == ("481.7亿元！民生托底，共享改革发展成果", 2024)
    # (its time may end on 原创 with no space: real page)
    text = ("社区党支部为独居老人送上冬日暖阳\n大众新闻·海报新闻 2026-01-21 14:45:04原创\n"
            "近日，某社区开展独居老人入户安全排查行动，共走访独居老人23户。\n")
    (story,) = extract(text).stories
    assert (story["title"], story["year"]) == ("社区党支部为独居老人送上冬日暖阳", 2026)


def test_a_subtitle_under_a_repeated_headline_opens_no_story_of_its_own():
    # (a page printing its headline twice, the second with a subtitle under it: one story)
    facts = extract("某市春节慈善情暖万家活动正式启动\n\n某市春节“慈善情暖万家”活动正式启动\n——市慈善协会领导慰问特困群众\n"
                    "1月13日上午，市慈善协会会长一行走访慰问特困群众，送去慰问金共计3万元。\n此次活动共慰问特困群众60户。\n")
    assert [s["title"] for s in facts.stories] == ["某市春节慈善情暖万家活动正式启动"]
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["60户"]
