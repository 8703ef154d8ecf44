"""Gazetteer resolution and year inference."""
import datetime as dt

import pytest

from dagster_project.extraction.regions import gazetteer, resolve
from dagster_project.extraction.years import parse_date, story_year

from .helpers import by_text, extract


def places(text, province=None):
    return [resolve(m, province) for m in gazetteer().find(text)]


def test_county_level_cities_map_to_prefecture():
    p = places("绥芬河市、沙河市、醴陵市")
    assert [(x.province, x.city) for x in p] == [("黑龙江省", "牡丹江市"), ("河北省", "邢台市"), ("湖南省", "株洲市")]


@pytest.mark.parametrize("text,names", [
    ("古县镇开展特困人员走访", []),  # a township named after an old county seat (永丰, 江西), not 古县 (山西)
    ("古县乡镇干部入户走访", ["古县"]),  # the county's townships
    ("莎车县村民艾某", ["莎车县"]),  # the county's villagers
    ("勉县", ["勉县"]), ("来自湖南", ["湖南"]),  # a name ending the text is read
])
def test_a_county_name_then_a_township_word(text, names):
    assert [m.name for m in gazetteer().find(text)] == names


def test_municipality_has_no_city():
    p = places("上海市浦东新区")
    assert all(x.province == "上海市" and x.city is None for x in p)


def test_ambiguous_district_needs_the_story_province():
    m = gazetteer().find("朝阳区")[0]
    assert resolve(m, None) is None
    assert resolve(m, "北京市").province == "北京市"


def test_a_story_printed_early_in_a_year_launching_that_year_s_drive_is_of_that_year():
    # (not last year's, though it gives a figure of last year: "2024年共发放160.99万元")
    body = "3月5日，北流市民政局联合市妇联启动2025年“童心同行”关爱计划，投入资金68万元。孤儿基本生活费2024年共发放160.99万元。"
    assert story_year("", body, dt.date(2025, 3, 7)) == 2025
    assert story_year("", "2024年，全市共发放孤儿基本生活费160.99万元。", dt.date(2025, 3, 7)) == 2024


def test_a_story_opening_on_its_year_s_place_in_a_plan_is_of_that_year():
    # ("2025年是“十四五”规划收官之年。" before a review naming 2024's output: the story is 2025's)
    body = "2025年是“十四五”规划收官之年。五年来，全市民政系统兜牢民生底线。全市地区生产总值2024年达到1398亿元。"
    assert story_year("", body, None) == 2025


def test_story_year_prefers_printed_date_then_latest_year():
    assert story_year("", "2019年开始……2021年", dt.date(2022, 8, 18)) == 2022
    assert story_year("", "2023年11月发生……按照2024年元旦春节安排", None) == 2024
    assert story_year("", "2023年以来，全省……", None) is None  # "since" is not the report year
    assert parse_date("时间:2022-08-18 浏览量") == dt.date(2022, 8, 18)


def test_year_of_other_stories_on_the_page_fills_a_missing_one():
    text = ("2024年湖南省开展慰问\n\n2024年1月，湖南省民政厅走访慰问困难群众1万户。\n\n（据湖南日报）\n\n"
            "社区养老\n\n本报讯 近日，长沙市民政局召开会议。\n")
    facts = extract(text)
    assert [s["year"] for s in facts.stories] == [2024, 2024]


def test_municipality_story_fact_province():
    facts = extract("上海市民政局近日向困难群众发放慰问金1000万元。\n")
    f = facts.funds[0]
    assert f["province"] == "上海市" and f["city"] is None


def test_fact_year_is_the_year_stated_in_its_sentence():
    text = ("2024年1月，湖南省民政厅发放慰问金1亿元。2021年，全省累计救助流浪乞讨人员9万多人次。"
            "去年共筹集资金2000万元。\n")
    facts = extract(text)
    assert facts.stories[0]["year"] == 2024
    assert [f["year"] for f in facts.funds] == [2024, 2023]  # 去年 relative to the story year
    assert facts.beneficiaries[0]["year"] == 2021


def test_a_dateline_place_is_not_the_story_city_when_the_lead_names_another():
    from .helpers import extract

    text = ("通渭：冬春救助资金直达困难群众\n\n"
            "本报兰州电（记者 马文军）记者从甘肃省定西市通渭县民政局获悉，今冬该县发放冬春救助资金860万元。\n")
    story = extract(text).stories[0]
    assert (story["province"], story["city"]) == ("甘肃省", "定西市")


def test_a_one_character_county_of_another_province_is_not_read_across_words():
    text = ("广东省河源市和平县召开慈善大会\n\n县委、县政府主要领导带头捐款，全县17个镇和县直单位踊跃参与，"
            "共认捐善款1386.5万元。\n")
    (f,) = extract(text).funds
    assert (f["province"], f["city"]) == ("广东省", "河源市")
    # after a bracket the boundary rule reads 和县 (安徽): the story's province rules it out
    text = "陕西省民政厅下达的救助资金已全部分解到各市（区）和县（市、区），共计8.6亿元。\n"
    assert [f["province"] for f in extract(text).funds] == ["陕西省"]


def test_the_page_head_of_a_city_bureau_gives_the_city_of_a_story_naming_its_province():
    text = ("绥化市民政局\n您现在的位置：首页 > 工作动态\n\n全市开展专项救助\n\n"
            "黑龙江省各地近日开展专项救助，全市发放救助金87.5万元。\n")
    (f,) = extract(text).funds
    assert (f["province"], f["city"]) == ("黑龙江省", "绥化市")


def test_inner_mongolia_banners_are_found_by_their_short_names():
    assert [(p.city, p.county) for p in places("科右前旗民政局联合土右旗、鄂前旗开展走访")] == [
        ("兴安盟", "科尔沁右翼前旗"), ("包头市", "土默特右旗"), ("鄂尔多斯市", "鄂托克前旗")]


def test_autonomous_counties_are_found_written_without_their_peoples():
    assert [(p.province, p.city, p.county) for p in places("松桃自治县民政局联合威宁县、沧源自治县开展走访")] == [
        ("贵州省", "铜仁市", "松桃苗族自治县"), ("贵州省", "毕节市", "威宁彝族回族苗族自治县"),
        ("云南省", "临沧市", "沧源佤族自治县")]


def test_where_a_province_s_own_event_was_held_is_no_place_of_its_figures():
    text = ("贵州省2025年“慈善情暖万家”活动在贵阳启动\n"
            "1月15日，由贵州省民政厅、省慈善总会联合主办的2025年“慈善情暖万家”活动启动仪式在贵阳举行。"
            "活动现场，12家爱心企业共捐赠款物1,286万元。\n计划慰问困难家庭2.3万户。\n")
    facts = extract(text)
    assert (facts.stories[0]["province"], facts.stories[0]["city"]) == ("贵州省", None)
    assert [(r["province"], r["city"]) for r in facts.funds + facts.beneficiaries] == [("贵州省", None)] * 2


def test_a_year_in_what_a_sum_was_weighed_by_is_no_year_of_the_sum():
    text = ("关于下达2024—2025年度冬春临时生活困难救助资金的通知\n2024年12月6日\n"
            "结合各县受灾情况、困难群众救助需求和上年度资金使用绩效，经研究，现将冬春救助资金2846万元分配下达给你们。\n")
    (f,) = extract(text).funds
    assert (f["year"], f["countable"]) == (2024, True)


def test_a_campaign_started_years_ago_runs_in_the_story_year():
    text = ("平昌：“冬日暖阳”行动温暖困难群众\n发布日期：2025-01-22\n\n"
            "岁末年初，平昌县民政局开展“冬日暖阳”行动，发放慰问金80万元。\n"
            "据了解，“冬日暖阳”行动自2021年启动以来已连续开展四年。\n")
    (c,) = extract(text).campaigns
    assert (c["name"], c["year"]) == ("冬日暖阳", 2025)


def test_each_story_of_a_listing_page_is_dated_by_the_line_under_its_headline():
    body = "，".join(["民政干部入户走访困难群众"] * 3)
    text = ("重庆綦江：新春慰问困难群众\n2025-02-05 10:12　来源：綦江区民政局\n\n"
            f"　　春节前夕，綦江区民政局走访慰问困难群众3200户。{body}。\n\n"
            "湖北利川：惠民殡葬政策为困难家庭减负\n2024-11-12 15:40　来源：湖北省民政厅\n\n"
            f"　　今年以来，湖北省利川市为困难群众减免殡葬费用212万元。{body}。\n")
    stories = extract(text).stories
    assert [(s["published_date"].isoformat(), s["year"]) for s in stories] == [("2025-02-05", 2025), ("2024-11-12", 2024)]


def test_the_levels_a_fund_draws_on_are_not_where_it_is_spent():
    text = ("平昌：冬日暖阳行动温暖困难群众\n\n四川省巴中市平昌县民政局近日开展走访慰问。\n"
            "今年县里共统筹中央、省级困难群众救助补助资金和县级财政资金412.6万元。\n")
    (f,) = extract(text).funds
    assert (f["province"], f["city"]) == ("四川省", "巴中市")


def test_the_year_a_fund_was_set_up_told_in_passing_is_not_the_story_s():
    assert story_year("", "昨天，第20届慈善一日捐活动启动。一位老人2014年在市慈善总会设立了冠名慈善基金。", None) is None
    # (nor the year a drive was launched, "于1999年发起")
    assert story_year("", "近日，“红十字博爱送万家”活动在某乡举行。该活动由中国红十字会于1999年发起。", None) is None
    assert story_year("", "珠海市长者饭堂建设自2018年启动，目前全市日均用餐约2800人。", None) is None


def test_a_site_lead_whose_space_was_lost_names_the_county_of_the_page():
    # "某某网消息" with the space before the lead gone: the site's county short name is the place
    facts = extract("今日竹山网消息 1月20日，县民政局走访慰问困难群众，发放慰问金32.6万元。\n")
    assert (facts.stories[0]["province"], facts.stories[0]["city"]) == ("湖北省", "十堰市")


def test_a_one_character_county_is_not_read_across_two_words():
    # "责成县民政局": 责成 + 县民政局, not 成县 (甘肃); after a boundary the county is read
    names = [m.name for m in gazetteer().find("主要领导责成县民政局走访慰问，资金和县级配套一并拨付。")]
    assert "成县" not in names and "和县" not in names
    assert [m.name for m in gazetteer().find("慰问组赴成县、徽县走访。")] == ["成县", "徽县"]


def test_a_national_sum_told_in_a_province_s_story_is_no_province_s():
    # the whole country's money (its share for the province picked out after 其中) is not the province's; a
    # national sum sent to a place, or one giver's share of a local drive, is that place's
    facts = extract("12月6日，记者从省民政厅获悉，财政部、民政部已向河南下拨1.76亿元中央冬春救灾资金。\n据了解，财政部、民政部"
                    "安排62亿元中央冬春救灾资金。12月4日，财政部、民政部下拨第一批中央冬春救灾资金48.6亿元，其中，向河南下拨"
                    "1.76亿元。\n")
    assert [(f["amount_text"], f["province"]) for f in facts.funds] == [
        ("1.76亿元", "河南省"), ("62亿元", None), ("48.6亿元", None), ("1.76亿元", "河南省")]
    sent = extract("2月14日，陇南市文县发生5.1级地震。2月16日，财政部、应急管理部下达中央自然灾害救灾资金6,000万元，"
                   "支持陇南地震灾区做好受灾群众生活救助工作。\n")
    assert sent.funds[0]["province"] == "甘肃省"


def test_the_whole_country_s_count_quoted_in_a_local_story_is_no_province_s_but_a_national_title_or_site_places_nothing():
    # (real page: a round-up from Beijing's 通州 quoting the country's 低保 caseload)
    text = ("2026年1月，在北京通州，救助管家上门看望独居老人。全国民政系统截至2025年10月已保障低保对象3910万人。"
            "通州区民政局获评全国民政系统先进集体，今冬通过全国救助寻亲网为19名受助人员找到家人。\n")
    assert [(b["quantity_text"], b["province"]) for b in extract(text).beneficiaries] == [
        ("3910万人", None), ("19名", "北京市")]


def test_a_national_story_filed_from_beijing_is_about_no_province():
    facts = extract("中新网北京1月22日电 民政部22日表示，去年入冬以来，全国民政部门救助临时遇困人员10.3万余人次。\n")
    assert facts.stories[0]["province"] is None
    # a local story filed from its own city keeps it
    local = extract("中新网沈阳1月10日电 市民政局表示，全市共发放两节救助金3360余万元。\n")
    assert local.stories[0]["province"] == "辽宁省"
    # (the outlet named in full before the place)
    facts = extract("中央财政预拨资金保障冬春困难群众生活\n人民日报海外版北京1月23日电 民政部副部长表示，中央财政已预拨"
                    "826.5亿元。据统计，湖北、四川等24个省安排下拨了本级冬春救灾资金共6.98亿元。\n")
    assert facts.stories[0]["province"] is None


def test_a_county_level_city_under_no_prefecture_is_its_own_city():
    (place,) = gazetteer().find("仙桃市")[0].candidates
    assert (place.province, place.city, place.county) == ("湖北省", "仙桃市", "仙桃市")


def test_a_lead_on_a_line_of_its_own_is_no_headline():
    facts = extract("本网讯\n1月18日，县慈善总会慰问重大疾病困难户，共发放救助金17.73万元。\n")
    assert facts.stories[0]["title"] is None
    facts = extract("晚报讯\n记者从市慈善总会了解到，捐款总数已达1260万元。\n")
    assert facts.stories[0]["title"] is None


def test_a_headline_naming_the_publication_year_dates_the_story():
    published = dt.date(2026, 1, 15)
    # printed in January, the body's figures of 2025 would date it 2025; the headline says 2026
    assert story_year("某省2026年元旦春节期间困难群众保障新闻发布会", "2025年全年支出低保资金58.3亿元。", published) == 2026
    # a plan for the new year in a headline is no event year
    assert story_year("某市民政局2025年工作总结和2026年工作打算", "2025年全年支出低保资金9.3亿元。", published) == 2025


def test_a_report_of_last_year_s_accounts_and_this_year_s_budget_is_last_year_s_and_a_budget_alone_its_own_year_s():
    # (blind set heldout91)
    accounts = "关于2024年度慈善资金收支情况和2025年度预算安排的报告——2025年3月12日在理事会会议上"
    assert story_year(accounts, "2024年，总会全年慈善资金收入1846.73万元。2025年，计划募集1800万元。", None) == 2024
    assert story_year("某县民政局2025年部门预算公开说明", "2025年部门收入预算合计18,642.36万元。", None) == 2025


def test_a_standard_starting_this_year_dates_a_january_story_this_year_and_last_year_s_figure_is_not_summed():
    published = dt.date(2024, 1, 12)
    body = ("自2024年1月1日起，全区困难残疾人生活补贴标准由每人每月100元提高到120元。"
            "2023年，全区共发放残疾人两项补贴资金4.46亿元。")
    assert story_year("自治区提高残疾人两项补贴标准", body, published) == 2024
    # ...while a January review of last year alone is last year's
    assert story_year("全区残疾人两项补贴工作综述", "2023年，全区共发放残疾人两项补贴资金4.46亿元。", published) == 2023
    # ...and a story of figures up to a day of this year, or of a drive launched this year, is this year's
    drive = "截至1月10日，已走访慰问困难群众1865户。2023年，全区累计发放城乡低保金4.1亿元。"
    assert story_year("冬春救助活动稳步推进", drive, published) == 2024
    drive = "1月5日启动的冬春救助活动进展顺利。2023年，全区累计发放城乡低保金4.1亿元。"
    assert story_year("冬春救助活动稳步推进", drive, published) == 2024
    # ...or of this month's payments ("1月份，…共发放城乡低保金…"), not last December's
    month = "1月份，全县共发放城乡低保金423.6万元。据了解，2023年全年，全县累计发放各类社会救助资金7386万元。"
    assert story_year("县救助资金提前发放", month, published) == 2024
    assert story_year("县救助资金提前发放", month.replace("1月份", "12月份"), published) == 2023
    # ...or of figures since a month of this year ("今年1月以来，…412人次"; blind set heldout89)
    since = "今年1月以来，全县实施临时救助412人次。2023年全年，全县累计实施临时救助3860人次。"
    assert story_year("县临时救助工作", since, published) == 2024
    # (not a bare day: the day last year's report was given)
    review = "1月8日，区慈善总会召开理事会。2023年，总会共募集善款1.36亿元。"
    assert story_year("区慈善总会去年募集善款1.36亿元", review, published) == 2023
    page = ("自治区提高残疾人两项补贴标准\n发布日期：2024-01-12\n\n" + body + "\n")
    f = by_text(extract(page).funds, "amount_text")
    assert (f["4.46亿元"]["countable"], f["4.46亿元"]["not_countable_reason"]) == (False, "change")
    # ...also after a lead-in ("据统计，2023年全年，…")
    page = ("全市发放三季度高龄津贴\n发布日期：2024-10-12\n\n三季度，全市发放高龄津贴1483.2万元。"
            "据统计，2023年全年，全市共发放高龄津贴5716万元。\n")
    f = by_text(extract(page).funds, "amount_text")
    assert [f[k]["not_countable_reason"] for k in ("1483.2万元", "5716万元")] == [None, "change"]


def test_a_headline_naming_an_earlier_year_dates_the_story_whenever_it_was_printed():
    # a year's statistics bulletin is printed in spring or later, after the month rule stops
    published = dt.date(2025, 5, 20)
    assert story_year("某市2024年民政事业发展统计公报", "全年支出城乡低保资金3.1亿元。", published) == 2024
    assert story_year("某市开展春节走访慰问", "全年支出城乡低保资金3.1亿元。", published) == 2025


def test_a_province_in_a_city_drives_name_leaves_its_figures_in_the_city():
    text = ("甘肃省白银市民政局\n\n全年全市接收社会捐赠款物1800万元，其中包括全市慈善组织开展“情暖陇原”"
            "助困活动募集的款物420万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["420万元"]["province"], f["420万元"]["city"]) == ("甘肃省", "白银市")


def test_money_from_the_centre_and_the_province_stays_in_the_county_that_spends_it():
    text = ("甘肃省陇南市成县民政局近日获悉，今冬明春期间，全县统筹中央和省级下拨的冬春救助资金960万元，"
            "对全县困难群众发放生活救助。\n")
    f = next(r for r in extract(text).funds if r["amount_text"] == "960万元")
    assert (f["province"], f["city"]) == ("甘肃省", "陇南市")


def test_a_day_first_date_line_under_the_headline_is_the_publication_date():
    (story,) = extract("某区下拨冬春救助资金860万元\n\n24.01.2015  11:00\n\n近日，区民政局下拨冬春救助资金860万元。\n").stories
    assert story["title"] == "某区下拨冬春救助资金860万元"
    assert story["published_date"] == dt.date(2015, 1, 24)


def test_a_measure_word_after_a_count_opens_no_place_name():
    # "4万名山区留守儿童": 名 counts the children; 名山区 (四川雅安) is not named
    names = [m.name for m in gazetteer().find("将为4万名山区留守儿童每人送去冬衣，3个旧房改造点同时开工。")]
    assert "名山区" not in names and "个旧市" not in names and "个旧" not in names


def test_xiangxian_and_xiangqin_are_people_not_xinxiang():
    names = [m.name for m in gazetteer().find("侨胞乡贤踊跃捐资，旅新乡亲捐资1460万元，新乡贤代表出席。")]
    assert "新乡" not in names and "新乡市" not in names


def test_the_sum_line_of_a_table_of_cities_belongs_to_the_province_not_its_last_row():
    text = ("内蒙古自治区民政厅下达冬春救助资金，各盟市分配如下：\n呼和浩特市　　4,120万元\n包头市　　3,260万元\n"
            "阿拉善盟　　1,650万元\n合计　　9,030万元\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["9,030万元"]["province"], f["9,030万元"]["city"]) == ("内蒙古自治区", None)
    assert f["1,650万元"]["city"] == "阿拉善盟"



def test_the_province_in_a_company_s_name_is_no_place_of_its_gift():
    text = ("9月5日，安吉县举行“中华慈善日”主题活动，共认捐善款1380万元。浙江竹语科技集团有限公司认捐500万元，"
            "县个体劳动者协会认捐30万元。\n")
    funds = {r["amount_text"]: r for r in extract(text).funds}
    assert [(funds[k]["province"], funds[k]["city"]) for k in ("1380万元", "500万元", "30万元")] == \
        [("浙江省", "湖州市")] * 3
    # a company named after another province's nickname gives where the story is, too
    text = "乌鲁木齐市慈善总会共接收捐赠款物86万元，其中新疆雪域乳业股份有限公司捐赠20万元。\n"
    assert [(r["province"], r["city"]) for r in extract(text).funds] == [("新疆维吾尔自治区", "乌鲁木齐市")] * 2


def test_huitong_after_an_office_is_the_verb_jointly_not_a_county_of_hunan():
    text = "涞水县应急管理局会同县民政局制定救助方案，全县发放冬春救助资金1860万元。\n"
    (story,) = extract(text).stories
    assert (story["province"], story["city"]) == ("河北省", "保定市")
    assert [m.name for m in gazetteer().find("会同县民政局")] == ["会同县"]  # at a boundary it is the county


def test_quan_qu_in_a_story_of_a_district_of_an_autonomous_region_is_the_district():
    text = ("柳州市柳江区民政局2023年工作总结\n\n2023年，区民政局扎实推进各项工作。"
            "截至12月底，全区共保障城乡低保对象11236户，全年发放低保金1386.2万元。\n")
    f = extract(text).funds
    assert [(r["province"], r["city"]) for r in f] == [("广西壮族自治区", "柳州市")]
    # ...while in a story of the region itself 全区 is the autonomous region
    text = "广西壮族自治区民政厅召开会议。2023年，全区共发放城乡低保金86.4亿元。\n"
    f = extract(text).funds
    assert [(r["province"], r["city"]) for r in f] == [("广西壮族自治区", None)]


def test_the_year_written_before_a_figure_dates_it_not_a_base_year_after_it():
    text = ("2024年，全市投入福彩公益金1860万元用于养老设施建设，较2023年增加215万元，"
            "占2023年筹集总额的41%。截至2024年底，全市共有农村低保对象3.6万人，比上年减少0.2万人。\n")
    facts = extract(text)
    f = by_text(facts.funds, "amount_text")
    assert (f["1860万元"]["year"], f["215万元"]["year"]) == (2024, 2024)
    b = by_text(facts.beneficiaries, "quantity_text")
    assert b["3.6万人"]["year"] == 2024


def test_an_e_paper_named_by_a_city_alias_too_common_for_running_text_places_its_we_city_stories():
    text = ("北海日报\n2024年10月12日 星期六　第A03版：民生新闻\n◀上一版　下一版▶　　版面概览　　往期查询\n\n"
            "我市发放过渡期生活救助金\n\n本报讯 记者昨日从市民政局获悉，我市已为受灾群众发放过渡期生活救助金1,611.72万元。\n")
    facts = extract(text)
    story = facts.stories[0]
    assert (story["title"], story["source"]) == ("我市发放过渡期生活救助金", "北海日报")
    assert (story["province"], story["city"]) == ("广西壮族自治区", "北海市")


def test_a_literary_name_of_another_province_in_a_quoted_project_is_the_story_s_province_wide_work():
    text = ("青海省慈善总会通报上半年工作。西宁市慈善会接收捐款120万元。"
            "实施“雪域春蕾”助学项目，资助困难家庭学生1,860名，支出助学金271.2万元。\n")
    facts = extract(text)
    f = by_text(facts.funds, "amount_text")
    assert (f["271.2万元"]["province"], f["271.2万元"]["city"]) == ("青海省", None)


def test_a_charity_s_bank_details_and_the_law_it_cites_place_none_of_its_stories():
    text = ("青海慈善网　Qinghai Charity Federation\n捐赠账户：中国工商银行西宁分行营业部　账号：2801 0000 0000 000\n"
            "当前位置：首页 > 信息公开\n\n青海省慈善总会上半年款物收支情况公示\n\n"
            "根据《中华人民共和国慈善法》有关规定，现将收支情况公示如下：上半年，总会共接收社会捐赠款物3,862.47万元。\n")
    story = extract(text).stories[0]
    assert story["title"] == "青海省慈善总会上半年款物收支情况公示"
    assert (story["province"], story["city"], story["county"]) == ("青海省", None, None)


def test_what_a_province_s_body_hands_down_in_a_county_s_story_is_the_county_s():
    text = ("文县5.1级地震灾区受灾群众基本生活得到保障\n2月14日，陇南市文县发生5.1级地震。当天，省财政厅、省应急管理厅"
            "紧急下拨省级救灾资金2,000万元。全省今年共安排冬春救助资金5.2亿元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["2,000万元"]["province"], f["2,000万元"]["city"]) == ("甘肃省", "陇南市")
    assert (f["5.2亿元"]["province"], f["5.2亿元"]["city"]) == ("甘肃省", None)


def test_the_day_a_span_began_does_not_date_what_it_did_by_the_report():
    text = ("全省“寒冬送温暖”专项救助行动圆满收官\n发布时间：2025年04月03日\n"
            "行动自2024年12月1日启动，为期4个月，全省共救助生活无着人员18,642人次。\n")
    facts = extract(text)
    assert facts.beneficiaries[0]["year"] == 2025


def test_a_province_named_in_a_law_s_title_places_nothing_that_follows():
    text = ("永丰县2025年第一季度临时救助工作开展情况\n根据《江西省临时救助办法》有关规定，现将我县一季度临时救助工作通报如下：\n"
            "一、总体情况\n全县共实施临时救助1,463人次，支出临时救助资金218.46万元。\n")
    f = extract(text).funds[0]
    assert (f["province"], f["city"]) == ("江西省", "吉安市")


def test_a_province_s_story_filed_from_its_capital_has_no_city():
    text = ("我省2024年支出社会救助资金41.6亿元\n本报海口1月15日讯（记者 陈某）记者从省民政厅获悉，2024年，全省支出社会救助资金"
            "41.6亿元。\n此外，全年为14.6万名困难残疾人发放残疾人两项补贴4.05亿元。\n")
    facts = extract(text)
    assert (facts.stories[0]["province"], facts.stories[0]["city"]) == ("海南省", None)
    assert {(r["province"], r["city"]) for r in facts.funds + facts.beneficiaries} == {("海南省", None)}


def test_a_place_in_the_words_a_story_opens_on_is_not_the_story_s_city():
    text = ("米脂“救急难”备用金沉到镇街\n本报讯　“孩子半夜突发急病转到西安住院，家里一下子凑不齐钱，镇上第二天就把3000元"
            "救助金打到了卡上。”8月15日，村民李某说。\n今年以来，米脂县民政局共实施临时救助1233人次，支出救助资金298.1万元。\n")
    (s,) = extract(text).stories
    assert (s["province"], s["city"]) == ("陕西省", "榆林市")


def test_the_other_stories_of_an_e_paper_page_pick_which_province_a_district_name_means():
    # 普陀区 is Shanghai's and Zhoushan's; the page's 长宁区 is Shanghai's alone; the paper's name (新民晚报) holds
    # a county's short name (新民市, Liaoning) that no story names
    text = ("新民晚报\n2025年1月10日　第A05版：社区\n\n普陀区慈善超市去年接收捐赠款物912万元\n"
            "记者从普陀区民政局获悉，全区慈善超市去年接收捐赠款物912万元，向困难家庭发放物资价值594万元。\n\n"
            "长宁区慈善信托去年为老服务支出212万元\n长宁区民政局备案的一单慈善信托去年支出212万元，服务老人1.2万人次。\n")
    facts = extract(text)
    assert [(s["province"], s["county"]) for s in facts.stories] == [("上海市", "普陀区"), ("上海市", "长宁区")]
    assert {f["province"] for f in facts.funds} == {"上海市"}


def test_an_e_paper_page_header_dated_in_figures_dates_its_stories():
    text = ("长治日报数字报\n2024-06/18　星期二　　第A03版：民生·视点\n\n沁源县高龄津贴上半年发放到位\n\n"
            "本报讯 上半年，沁源县为2,146名高龄老人发放高龄津贴。自2016年建立高龄津贴制度以来，该县累计发放津贴1,120余万元。\n")
    facts = extract(text)
    story = facts.stories[0]
    assert (story["title"], story["year"], str(story["published_date"])) == ("沁源县高龄津贴上半年发放到位", 2024, "2024-06-18")
    assert facts.funds[0]["not_countable_reason"] == "cumulative"


def test_a_region_s_former_name_resolves_to_the_region_it_became():
    # jionlp's list of changes: 襄樊市 became 襄阳市 (2010), 济阳县 became 济南市济阳区 (2018)
    p = places("襄樊市慈善总会、济阳县民政局")
    assert [(x.province, x.city, x.county) for x in p] == [
        ("湖北省", "襄阳市", None), ("山东省", "济南市", "济阳区")]


def test_a_county_moved_to_another_prefecture_leaves_its_old_prefecture_s_name_alone():
    # 公主岭市 went from 四平市 to 长春市 (2020): "四平" is still 四平市, not 长春市
    assert all(p.city != "长春市" for p in gazetteer().names.get("四平", ()))
    facts = extract("四平市慈善总会2024年工作报告\n“情暖四平”春节慰问活动走访慰问全市困难家庭4200户，共计支出款物210万元。\n")
    assert {(f["province"], f["city"]) for f in facts.funds} == {("吉林省", "四平市")}


def test_a_whole_told_before_its_places_shares_is_no_one_place_s():
    text = ("海南省民政厅开展新春走访慰问活动\n元旦春节期间，省民政厅在全省开展新春走访慰问活动。"
            "活动计划走访慰问困难群众4.6万户，目前已走访2.9万户，其中海口市8800户、三亚市3400户。\n")
    rows = {b["quantity_text"]: (b["province"], b["city"]) for b in extract(text).beneficiaries}
    assert rows == {"4.6万户": ("海南省", None), "2.9万户": ("海南省", None),
                    "8800户": ("海南省", "海口市"), "3400户": ("海南省", "三亚市")}


def test_a_mountain_area_is_not_the_prefecture_whose_name_ends_its_first_word():
    # "高寒冷凉山区": 冷凉 (cold) + 山区 (mountain area), not 凉山 (四川)
    assert [x.province for x in places("向云南省高寒冷凉山区调拨物资")] == ["云南省"]
    assert [x.city for x in places("凉山州、黄山区")] == ["凉山彝族自治州", "黄山市"]


@pytest.mark.parametrize("page,province,city", [
    ("汉阴民政部门筹资77.6万元走访慰问困难群众\n春节前，县民政局筹措资金77.6万元，慰问困难群众5100余户。\n",
     "陕西省", "安康市"),
    ("冬春救助资金发放到位\n云上嘉鱼报道（通讯员陈刚）县应急管理局向全县8个镇发放冬春救助资金290万元。\n",
     "湖北省", "咸宁市"),
])
def test_a_county_short_name_before_its_office_or_media_places_a_story_naming_no_province(page, province, city):
    facts = extract(page)
    assert (facts.stories[0]["province"], facts.stories[0]["city"]) == (province, city)
    assert {(r["province"], r["city"]) for r in facts.funds} == {(province, city)}


def test_a_county_short_name_that_is_an_everyday_word_places_nothing():
    # 和平 is a county (广东) but here the word "peace", before no office of its own
    facts = extract("和平年代的慈善\n县民政局筹措资金12万元，慰问困难群众300户。\n")
    assert facts.stories[0]["province"] is None
    # 爱民 is a district (牡丹江) but here the close of a slogan, its "民政" no office: "民政爱民 民政为民"
    facts = extract("入冬以来，市民政局践行“民政爱民 民政为民”的宗旨，开展寒冬送温暖行动，救助困难群众64人次。\n")
    assert (facts.stories[0]["province"], facts.stories[0]["city"]) == (None, None)


def test_a_photo_caption_above_the_lead_does_not_hide_the_lead_s_city():
    page = ("“迎新春送温暖”活动启动\n启动仪式现场。\n红网时刻益阳1月26日讯 1月25日，由赫山区民政局举办的慰问活动启动，"
            "共计安排慰问资金近140万元。\n")
    story = extract(page).stories[0]
    assert (story["province"], story["city"]) == ("湖南省", "益阳市")


def test_a_province_named_in_a_drive_s_quoted_name_is_where_the_money_goes_not_where_it_is_raised():
    page = ("珠海市慈善总会为河南水灾募集善款\n8月3日，“抗洪救灾驰援河南”捐赠仪式在珠海市慈善总会举行。截至当日，"
            "珠海市慈善总会共计接收“抗洪救灾驰援河南”专项善款264.48万余元。\n")
    (fund,) = extract(page).funds
    assert (fund["province"], fund["city"]) == ("广东省", "珠海市")


@pytest.mark.parametrize("text", ["民政部社会事务司司长王金华在会上公布了上述数据", "王金华称，全国共救助102.6万人次",
                                  "市民政局局长李长春表示"])
def test_a_person_whose_given_name_is_a_city_s_short_name_is_no_place(text):
    assert places(text) == []


def test_a_city_s_short_name_after_a_preposition_is_still_the_city():
    assert [x.city for x in places("向金华捐赠物资，在长春举行")] == ["金华市", "长春市"]


def test_a_chamber_of_commerce_named_for_its_members_hometown_is_no_place_of_the_story():
    assert [x.city for x in places("佛山市汕尾商会向市慈善会捐赠")] == ["佛山市"]
    # a district's own chamber keeps its district
    assert [x.county for x in places("乌鲁木齐市沙依巴克区友好商会")] == [None, "沙依巴克区"]


def test_a_city_in_a_donor_company_s_name_is_no_place_of_its_gift():
    page = ("全省慈善力量驰援灾区\n甘肃省民政厅指导省慈善联合总会开展救灾募捐。兰州祁连乳业有限公司捐赠价值120万元的牛奶。\n")
    (fund,) = extract(page).funds
    assert (fund["province"], fund["city"]) == ("甘肃省", None)


def test_the_level_a_county_s_money_comes_from_is_no_place_of_it():
    page = ("蔚县：186名残疾儿童获康复救助\n2024年，蔚县民政局实施残疾儿童救助项目。全年投入康复救助资金302.4万元，"
            "其中省级补助资金160万元，县级财政配套142.4万元。\n")
    assert {(r["province"], r["city"]) for r in extract(page).funds} == {("河北省", "张家口市")}


def test_a_place_in_a_parenthesis_after_a_figure_places_its_part_not_the_figure():
    page = ("岱山县慈善总会2021年收支情况\n岱山县慈善总会全年收入1362.70万元。县财政资助130万元（其中100万元为结对四川省宣汉县扶贫专款）。"
            "\n深圳企业家晴娃娃基金救助支出6.2万元。\n")
    f = by_text(extract(page).funds, "amount_text")
    assert (f["130万元"]["province"], f["100万元"]["province"]) == ("浙江省", "四川省")
    assert (f["6.2万元"]["province"], f["6.2万元"]["city"]) == ("浙江省", "舟山市")  # a fund named for its donors' city


def test_a_city_alias_ending_an_everyday_word_s_first_character_is_no_place():
    assert places("老人家中卫生一直没有打扫") == []  # 卫生 (hygiene), no 中卫 (宁夏)
    assert [x.city for x in places("中卫市民政局")] == ["中卫市"]


def test_a_list_of_provinces_or_the_one_place_a_sentence_leaves_out_places_nothing():
    facts = extract("冬春救灾资金下拨\n财政部、应急管理部向湖北、四川等24个省（区、市）下拨中央冬春救灾资金共7.89亿元。\n")
    assert facts.funds[0]["province"] is None
    facts = extract("两项补贴\n北京1月23日电 民政部介绍，除新疆生产建设兵团外，两项补贴发放实现全覆盖，全年共发放约133亿元。\n")
    assert (facts.stories[0]["province"], facts.funds[0]["province"]) == (None, None)


def test_a_national_sum_sent_to_a_list_of_provinces_named_after_it_places_neither_sum_nor_story():
    # (a sum told before the provinces it goes to, one the gazetteer misses in the list; a
    # news agency's Beijing dateline; a province's landform)
    facts = extract("水利救灾资金下达\n8月6日，财政部会同水利部下达中央财政水利救灾资金5.2亿元，支持吉林、安徽、"
                    "陜西、甘肃等9省开展水毁修复。\n")
    assert (facts.stories[0]["province"], facts.funds[0]["province"]) == (None, None)
    facts = extract("预拨救灾资金\n中新社北京7月8日电 财政部、应急管理部8日预拨2.1亿元中央自然灾害救灾资金，"
                    "支援湖南、江西等11个省份。\n")
    assert (facts.stories[0]["province"], facts.funds[0]["province"]) == (None, None)
    facts = extract("再次预拨\n受四川盆地持续降雨影响，财政部再次预拨1.6亿元，支持四川、重庆、贵州3省市救灾。\n")
    assert (facts.stories[0]["province"], facts.funds[0]["province"]) == (None, None)
    # (two cities named after a province's sum: the province's, not the first city's)
    facts = extract("取暖补贴\n陕西省级财政另行安排取暖补贴资金6200万元，对延安、榆林两市的低保家庭发放。\n")
    assert (facts.funds[0]["province"], facts.funds[0]["city"]) == ("陕西省", None)
    # (nor a later sentence of the paragraph, where the list's last place was the nearest)
    facts = extract("预拨资金\n财政部紧急预拨中央自然灾害救灾资金3.6亿元，支持甘肃、青海抢险救灾。截至目前，今年已预拨地方"
                    "防汛抗旱资金12.8亿元。\n")
    assert [f["province"] for f in facts.funds] == [None, None]


def test_an_old_town_is_no_district_of_luoyang():
    text = ("拉萨市冬季取暖补贴发放到户\n拉萨市民政局向城乡低保、特困等困难家庭3268户发放冬季取暖补贴1346.7万元，"
            "部分居住在老城区、未接入集中供暖的低保户另行发放燃料补贴15.8万元。\n")
    assert {(f["province"], f["city"]) for f in extract(text).funds} == {("西藏自治区", "拉萨市")}


def test_where_a_giver_is_from_places_nothing_of_what_it_gives():
    # (a person named after a place by an honorific; a foundation of another province)
    text = ("平凉市“爱心班”开班\n近日，由浙江某爱心教育基金会投资的助学项目在平凉市落地，每名学生每年资助3000元。"
            "该基金会由台湾陈某某先生于2008年创办，项目支出超过3.2亿元。\n")
    f = {r["amount_text"]: (r["province"], r["city"]) for r in extract(text).funds}
    assert f == {"3000元": ("甘肃省", "平凉市"), "超过3.2亿元": ("甘肃省", "平凉市")}
    # (a chamber of commerce of townsmen abroad gives to their home town's charity: the home town's money)
    text = ("开平市长者饭堂善款到位\n开平市慈善会今年收到“长者饭堂”专项捐款412万元，其中澳门开平同乡会会员捐款96万元。\n")
    f = {r["amount_text"]: (r["province"], r["city"]) for r in extract(text).funds}
    assert f == {"412万元": ("广东省", "江门市"), "96万元": ("广东省", "江门市")}
    # (a giver told by where he works away: "在杭州创业的…" in a village's story; nor do the figures after it move)
    text = ("绩溪县上庄村乡贤公益基金年度报告\n2024年度，基金共接收捐赠86.37万元。其中，在外乡贤21人捐赠52.6万元，"
            "在杭州创业的汪某捐赠8万元；本村企业14家捐赠18.8万元。\n")
    assert {(r["province"], r["city"]) for r in extract(text).funds} == {("安徽省", "宣城市")}


def test_a_place_of_another_province_in_an_earlier_sentence_places_nothing_after_it():
    text = ("天津救助站春运救助\n天津市救助管理站在春运期间开展专项救助。工作人员在候车室发现一名老人，老人来自河南周口，"
            "已在车站滞留两天。专项行动中，站里累计发放御寒物资价值1.8万元。\n")
    (f,) = extract(text).funds
    assert (f["province"], f["city"]) == ("天津市", None)


def test_a_national_meeting_s_venue_and_those_joining_it_from_afar_place_nothing():
    facts = extract("中华慈善总会会员代表大会召开\n中华慈善总会会员代表大会近日在河南郑州举行。会议报告，2023年全国慈善系统募集款物"
                    "213亿元。新疆生产建设兵团民政局以视频会方式参会。\n")
    assert (facts.stories[0]["province"], facts.funds[0]["province"]) == (None, None)
    # (a local launch's venue stays its place)
    facts = extract("柳州启动慈善情暖万家\n柳州市“慈善情暖万家”活动启动仪式在柳北区雀儿山街道举行，募集善款120万元。\n")
    assert (facts.stories[0]["province"], facts.stories[0]["city"]) == ("广西壮族自治区", "柳州市")


def test_a_work_report_s_figures_are_of_the_year_it_looks_back_on_not_the_year_it_was_approved():
    assert story_year("", "（经2024年3月28日县慈善总会理事会审议通过）\n一、2023年工作回顾\n全年共筹募善款1156.07万元。", None) == 2023
    assert story_year("", "一、2024年工作回顾\n全年共救助困难群众1.2万人次。", dt.date(2025, 5, 8)) == 2024
    # the day it was given, in its headline ("（2025年3月20日在…理事会第六次会议上）"), is no year of its figures
    assert story_year("某市慈善总会2024年度工作报告（2025年3月20日在市慈善总会第四届理事会第六次会议上）",
                      "2024年，总会全年接收社会捐赠款物共计4,268万元。", None) == 2024


def test_a_chronicle_s_entry_posted_years_on_is_of_the_year_it_tells():
    facts = extract("对口地区帮扶\n时间：2021-01-20　来源：区地方志办公室\n2019年，区红十字会为云南、贵州等地区募集爱心款物"
                    "183.16万余元。其中援助云南昆明款物共计178万元。\n")
    assert facts.stories[0]["year"] == 2019
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"183.16万余元": True, "178万元": False}


def test_a_story_telling_of_last_year_only_is_of_that_year_and_its_figures_count():
    facts = extract("某区临时救助推行“先行救助”\n时间：2025-02-11　来源：某日报\n本报讯（通讯员 李青）去年，某区共对困难群众实施临时救助"
                    "1,208人次，支出资金486.5万元，其中先行救助357人次、支出131.2万元。\n")
    assert facts.stories[0]["year"] == 2024
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"486.5万元": True, "131.2万元": False}
    # …but not one going on to now
    facts = extract("某区临时救助推行“先行救助”\n时间：2025-02-11　来源：某日报\n本报讯（通讯员 李青）去年，某区共实施临时救助"
                    "1,208人次。今年以来，已实施临时救助96人次。\n")
    assert facts.stories[0]["year"] == 2025


def test_the_year_a_programme_started_dates_no_story():
    facts = extract("慈善情暖万家\n“慈善情暖万家”项目启动于2002年，项目于每年元旦春节期间举行。各地慈善会共筹集款物3亿多元。\n")
    assert facts.stories[0]["year"] is None


def test_a_year_saying_who_the_people_are_dates_nothing():
    facts = extract("2025年1月，区委组织部开展春节走访慰问。慰问标准为：生活困难党员每人1000元，1949年以前入党的老党员每人2000元。\n")
    assert {f["amount_text"]: f["year"] for f in facts.funds} == {"1000元": 2025, "2000元": 2025}


def test_the_past_year_dates_a_figure_to_the_year_before():
    facts = extract("2026年2月26日，县“慈善一日捐”活动启动。据悉，过去一年，全县共募集善款4987.31万元。\n")
    assert {f["amount_text"]: f["year"] for f in facts.funds} == {"4987.31万元": 2025}


def test_money_carried_over_from_last_year_dates_nothing():
    facts = extract("2024年7月，邢台市慈善总会介绍，今年以来统筹上年度结转善款，实施“金秋助学”等救助项目，已支出救助资金968.3万元。\n")
    assert {f["amount_text"]: f["year"] for f in facts.funds} == {"968.3万元": 2024}
    assert {c["name"]: c["year"] for c in facts.campaigns} == {"金秋助学": 2024}


def test_a_national_story_in_a_city_paper_names_no_province():
    facts = extract("民政部部长：6600万人纳入低收入动态监测\n北京青年报客户端 2024-03-08 11:13\n\n3月8日，十四届全国人大二次会议举行"
                    "第二场“部长通道”。民政部部长表示，去年享受低保的人口为4063万人，特困人员472万人。\n")
    assert {s["province"] for s in facts.stories} == {None}


def test_a_story_opening_on_a_year_s_report_just_published_is_of_that_year():
    body = "民政部近日发布《2017年社会服务发展统计公报》。2017年，全年各级财政共支出城市低保资金640.5亿元。"
    assert story_year("", body, dt.date(2018, 8, 3)) == 2017
    assert story_year("", body, None) == 2017


def test_a_sum_sent_to_provinces_counted_and_one_named_places_nothing():
    facts = extract("冬春救助资金发放到位\n（资料图片仅供参考）\n本报北京1月30日电 记者从应急管理部获悉：财政部、应急管理部向24个省（区、市）"
                    "和新疆生产建设兵团下拨冬春救助资金54.76亿元，帮助3200万名受灾困难群众。\n")
    assert {s["province"] for s in facts.stories} == {None}
    assert {f["amount_text"]: f["province"] for f in facts.funds} == {"54.76亿元": None}


def test_a_chamber_named_for_its_members_hometown_places_nothing():
    facts = extract("本报讯 1月19日，襄阳市助老会与市福建商会签订协议，向百岁老人每人发放慰问金500元，共发放6.15万元。\n")
    assert {s["province"] for s in facts.stories} == {"湖北省"}


def test_a_township_sharing_a_province_s_literary_name_is_no_province():
    assert places("分别在云岭乡山南村举办") == [resolve(m, None) for m in gazetteer().find("山南村")]


def test_a_year_written_in_numerals_is_read():
    assert story_year("", "普陀区民政局\n二○○七年五月二十八日", None) == 2007
    assert story_year("", "二〇二四年一月，区民政局发放慰问金。", None) == 2024


def test_a_sum_sent_to_provinces_counted_with_a_bracket_and_one_named_places_nothing():
    facts = extract("财政部、民政部20日向内蒙古、江西、云南、新疆等10省(自治区、直辖市)和新疆生产建设兵团下拨7.77亿元中央自然灾害生活补助资金。\n")
    assert {f["amount_text"]: f["province"] for f in facts.funds} == {"7.77亿元": None}
    assert {s["province"] for s in facts.stories} == {None}


def test_a_class_named_for_a_province_and_a_firm_named_for_its_home_place_nothing():
    facts = extract("助学金颁发\n\n今年助学金颁发总人数163人，其中普通班学生52人，西藏班学生111人，人均1500元。\n")
    assert {s["province"] for s in facts.stories} == {None}
    facts = extract("郴州慈善\n\n广东企业捐330万元，成为郴州2012年度最高慈善捐助者。郴州市慈善总会全年募集善款1200万元。\n")
    assert {f["amount_text"]: f["province"] for f in facts.funds} == {"330万元": "湖南省", "1200万元": "湖南省"}


def test_deng_ending_a_list_of_counties_makes_no_county_of_the_last_name():
    assert places("旺苍、青川、朝天等县区部分乡镇发生洪涝灾害") == []  # (short names are not scanned in running text)
    assert [(p.province, p.county) for p in places("崇左市天等县民政局")][-1] == ("广西壮族自治区", "天等县")


def test_a_story_telling_its_year_as_over_was_printed_the_year_after():
    # no print date; "2017年…全年" says 2017 is over, so its 去年 is 2017 itself: the year's own figures
    facts = extract("马鞍山市慈善总会\n2月6日下午，记者从马鞍山市慈善总会了解到，2017年该总会全年累计接收各类款物捐赠886万多元。\n"
                    "去年，该市慈善总会通过开展助学、助医等各类项目救助活动，共计发放款物达600多万元，受助困难市民超过2000人次。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"886万多元": True, "600多万元": True}
    assert [(b["quantity_text"], b["countable"]) for b in facts.beneficiaries] == [("超过2000人次", True)]
    assert {s["year"] for s in facts.stories} == {2017}


def test_a_place_and_others_unnamed_is_no_one_province():
    # "湖南等地": the first of several provinces; the national sum and the story belong to none of them
    facts = extract("中新网7月6日电 据财政部网站消息，财政部、应急管理部紧急预拨5.4亿元中央自然灾害救灾资金，支持湖南等地做好"
                    "洪涝、地质灾害救灾工作。\n")
    assert [(f["amount_text"], f["province"]) for f in facts.funds] == [("5.4亿元", None)]
    assert facts.stories[0]["province"] is None


def test_our_city_is_the_paper_s_own_whoever_was_named_before():
    # Bijie's paper: Guangzhou gives, 我市 receives; the money is Bijie's
    facts = extract("毕节日报\n本报讯 记者从毕节市民政局获悉，2025年以来，广州市各级慈善组织通过东西部协作渠道向我市捐赠资金和物资"
                    "共计1亿3260万元。\n")
    assert [(f["amount_text"], f["province"], f["city"]) for f in facts.funds] == [("1亿3260万元", "贵州省", "毕节市")]


def test_money_sent_to_our_city_by_the_province_is_the_city_s():
    facts = extract("绵阳日报\n本报讯 记者从绵阳市应急管理局获悉，此前，省财政厅、省应急管理厅已向我市预拨中央和省级救灾资金1亿2300万元。\n")
    assert [(f["province"], f["city"]) for f in facts.funds] == [("四川省", "绵阳市")]


def test_a_year_named_only_as_ended_in_a_story_of_this_year_s_work_is_the_year_before():
    facts = extract("宝鸡新闻网\n1月12日，记者从宝鸡市慈善总会获悉，今年我市安排善款75万元，走访慰问困难户1500户。\n"
                    "近年来，“情暖万家”慈善救助活动成为品牌活动之一。截至2022年底，活动累计支出善款1063.04万元。\n")
    assert facts.stories[0]["year"] == 2023
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"75万元": None, "1063.04万元": "cumulative"}


def test_together_with_a_county_body_is_no_place_of_hunan_in_a_shaanxi_story():
    facts = extract("城固县民政局\n元旦春节期间，城固县民政局会同县慈善协会开展“迎新春送温暖”活动，筹集款物326.5万元。\n"
                    "元旦春节期间，会同县慈善协会开展走访，慰问困难群众5680户。\n")
    assert {(f["province"], f["city"]) for f in facts.funds} == {("陕西省", "汉中市")}
    assert {(b["province"], b["city"]) for b in facts.beneficiaries} == {("陕西省", "汉中市")}


def test_huitong_county_itself_is_still_a_place():
    facts = extract("会同县民政局\n今年以来，会同县民政局累计发放临时救助金186万元。\n")
    assert [(f["province"], f["city"]) for f in facts.funds] == [("湖南省", "怀化市")]


def test_a_township_named_like_a_province_is_no_province():
    facts = extract("房山区民政局\n8月以来，我区河北镇、佛子庄乡等山区乡镇受灾，区民政局紧急下拨救灾资金1860万元。\n")
    assert facts.stories[0]["province"] == "北京市"
    assert [f["province"] for f in facts.funds] == ["北京市"]


def test_the_day_a_report_was_approved_is_not_its_year():
    facts = extract("普陀区红十字会\n（经2024年3月28日普陀区红十字会第七届理事会第二次全体会议审议通过）\n"
                    "2023年，普陀区红十字会共募集人道救助款物合计达2365236.98元。\n")
    assert {s["year"] for s in facts.stories} == {2023}
    assert [f["countable"] for f in facts.funds] == [True]


def test_huitong_after_a_comma_before_a_county_body_is_the_verb_jointly():
    text = ("沭阳“情暖沭城”走访慰问\n元旦春节期间，沭阳县民政局牵头，会同县总工会、县慈善总会开展走访慰问，发放慰问金562万元。\n"
            "记者从省民政厅获悉，“两节”期间，全省统筹各级财政资金和社会捐赠款物7.2亿元。\n")
    assert {f["province"] for f in extract(text).funds} == {"江苏省"}
    # (the county itself still: "湖南省会同县民政局…")
    (s,) = extract("会同县发放慰问金\n湖南省会同县民政局发放慰问金86万元。\n").stories
    assert (s["province"], s["county"]) == ("湖南省", "会同县")


def test_a_story_of_one_province_s_aid_to_another_is_its_publisher_s():
    # the giver's places outnumber the receiver's; the page is the receiving county's (its site, its source line)
    page = ("策勒县人民政府网\n首页 | 走进策勒 | 政务公开\n当前位置：首页 > 政务公开 > 部门动态\n\n"
            "援疆慈善资金助力策勒困难群众温暖过冬\n\n发布时间：2024-11-26 10:32　来源：策勒县民政局\n\n"
            "11月22日，天津市民政局、天津市慈善协会援疆慈善资金捐赠仪式在策勒县举行。天津市民政局、天津市援疆前方指挥部有关"
            "负责同志出席。仪式上，天津市慈善协会向策勒县捐赠援疆慈善资金386万元。天津对口支援策勒县以来，天津市民政系统"
            "累计向和田地区捐赠慈善款物1.2亿元。\n")
    (s,) = extract(page).stories
    assert s["province"] == "新疆维吾尔自治区"


def test_money_carried_over_into_the_new_year_does_not_date_a_january_review():
    from dagster_project.extraction.years import story_year
    body = ("2024年初，县民政局向全县12个乡镇预拨临时救助备用金360万元。截至12月底，乡镇备用金结余92.3万元，全部结转2025年继续"
            "使用。2024年，全县共实施临时救助3826人次。")
    assert story_year("罗田：临时救助备用金下沉乡镇", body, dt.date(2025, 1, 9)) == 2024


def test_caizheng_then_a_county_level_is_no_zhenghe_county():
    text = ("平罗县为1260户困难家庭送去取暖煤\n平罗县民政局为全县1260户困难家庭每户送去取暖煤1.5吨。所需资金75.6万元由县财政和县慈善协会"
            "共同承担。\n")
    assert {(f["province"], f["city"]) for f in extract(text).funds} == {("宁夏回族自治区", "石嘴山市")}


def test_qizhong_then_a_county_level_city_is_no_zhongwei():
    text = ("新乡市下达洪涝灾害临时救助资金\n全市需给予临时救助的受灾困难家庭3,120户，其中卫辉市860户、辉县市740户。\n")
    assert {(b["quantity_text"], b["province"], b["city"]) for b in extract(text).beneficiaries} == {
        ("3,120户", "河南省", "新乡市"), ("860户", "河南省", "新乡市"), ("740户", "河南省", "新乡市")}


def test_figures_counted_from_a_drive_s_launch_day_last_year_are_the_report_s_year():
    text = ("寒潮来袭，上海市民政局持续做好生活无着人员救助工作\n发布时间：2023-01-28\n\n"
            "自2022年11月29日启动“寒冬送温暖”专项救助行动以来，市、区救助管理机构共救助流浪乞讨人员1002人次。\n")
    (b,) = extract(text).beneficiaries
    assert (b["year"], b["countable"]) == (2023, True)


def test_a_person_named_in_the_page_head_names_no_place_and_an_empty_source_field_is_no_source():
    # "作者:杨根怀 来源: 打印": 怀 then 来源 is no 怀来县, and 打印 is the print button
    page = ("我县下拨冬春救济口粮20万公斤救助灾民\n发布日期:2017年02月10日 17:23 浏览:[] 作者:杨根怀 来源: 打印\n\n"
            "为确保冬春灾民的基本生活，县民政局及时筹集救灾资金90万元，将救济受灾群众3.2万人。\n")
    story = extract(page).stories[0]
    assert (story["province"], story["city"], story["source"]) == (None, None, None)


def test_a_lead_naming_the_story_s_area_as_our_county_takes_the_county_a_later_sentence_names_by_its_office():
    # a county site: "…深入我县各乡镇慰问…" then "近年来，政和县慈善总会…" (the county is 南平's)
    text = ("1月18日，县慈善总会一行深入我县各乡镇慰问重大疾病困难户，此次慰问共发放救助金17.73万元。\n"
            "近年来，政和县慈善总会积极弘扬慈善文化，社会各界热情参与。\n")
    facts = extract(text)
    (story,) = facts.stories
    assert (story["province"], story["city"], story["county"]) == ("福建省", "南平市", "政和县")
    assert [(r["amount_text"], r["city"]) for r in facts.funds] == [("17.73万元", "南平市")]


def test_a_district_name_before_域_is_the_word_区域_not_the_district():
    # "新建区域性养老服务中心": 新建 (build) then 区域 (regional), no 新建区 of 南昌
    text = ("青州市政府工作报告（摘要）\n\n"
            "青州市将健全分层分类社会救助体系。新建区域性养老服务中心2处，计划投资3600万元。\n")
    (f,) = extract(text).funds
    assert (f["province"], f["city"]) == ("山东省", "潍坊市")


def test_a_city_s_report_naming_its_area_by_level_takes_the_one_city_it_names_in_a_document_s_name():
    # "按照《石家庄市民政局关于…的通知》…保障全市困难群众…": 全市 is 石家庄; a province's story quoting 全市 further on is not
    text = ("岁末年初，市民政局专门召开局务会研究部署。按照《石家庄市民政局关于做好元旦春节期间困难群众生活保障工作的通知》要求，"
            "为保障全市困难群众温暖过节，共发放各类救助资金3760.22万元。\n")
    facts = extract(text)
    assert (facts.stories[0]["province"], facts.stories[0]["city"]) == ("河北省", "石家庄市")
    assert [f["city"] for f in facts.funds] == ["石家庄市"]
    text = ("全省多措并举关爱困难群众。今年，全省共发放救助资金12.6亿元。\n"
            "在石家庄市，全市共走访慰问困难群众1.2万户。\n")
    assert extract(text).stories[0]["city"] is None


def test_a_drive_s_edition_year_written_right_before_its_quoted_name_dates_the_story():
    # "市慈善总会2019“慈善情暖万家”活动在浮山县举行" over a sentence of 2018's disasters: the edition is 2019's
    text = ("1月24日，市慈善总会2019“慈善情暖万家”活动在浮山县举行，此次救助活动共发放救助款30万元。"
            "2018年，浮山县受风暴、干旱等灾害影响，部分群众生活困难。\n")
    facts = extract(text)
    assert facts.stories[0]["year"] == 2019
    assert [c["year"] for c in facts.campaigns] == [2019]


def test_a_person_s_name_in_a_list_of_those_visited_is_no_place():
    # (王金华: 金华 is a city of Zhejiang; here a man the county's office visited)
    facts = extract("某县开展春节慰问\n\n1月20日，县民政局负责人慰问了困难群众王金华、张志龙、李某等3人，送去了慰问金。\n")
    assert [(b["quantity_text"], b["province"], b["city"]) for b in facts.beneficiaries] == [("3人", None, None)]
