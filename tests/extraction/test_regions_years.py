"""Gazetteer resolution and year inference."""
import datetime as dt

from dagster_project.extraction.regions import gazetteer, resolve
from dagster_project.extraction.years import parse_date, story_year

from .helpers import extract


def places(text, province=None):
    return [resolve(m, province) for m in gazetteer().find(text)]


def test_county_level_cities_map_to_prefecture():
    p = places("绥芬河市、沙河市、醴陵市")
    assert [(x.province, x.city) for x in p] == [("黑龙江省", "牡丹江市"), ("河北省", "邢台市"), ("湖南省", "株洲市")]


def test_municipality_has_no_city():
    p = places("上海市浦东新区")
    assert all(x.province == "上海市" and x.city is None for x in p)


def test_ambiguous_district_needs_the_story_province():
    m = gazetteer().find("朝阳区")[0]
    assert resolve(m, None) is None
    assert resolve(m, "北京市").province == "北京市"


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


def test_the_page_head_of_a_city_bureau_gives_the_city_of_a_story_naming_its_province():
    text = ("绥化市民政局\n您现在的位置：首页 > 工作动态\n\n全市开展专项救助\n\n"
            "黑龙江省各地近日开展专项救助，全市发放救助金87.5万元。\n")
    (f,) = extract(text).funds
    assert (f["province"], f["city"]) == ("黑龙江省", "绥化市")


def test_inner_mongolia_banners_are_found_by_their_short_names():
    assert [(p.city, p.county) for p in places("科右前旗民政局联合土右旗、鄂前旗开展走访")] == [
        ("兴安盟", "科尔沁右翼前旗"), ("包头市", "土默特右旗"), ("鄂尔多斯市", "鄂托克前旗")]
