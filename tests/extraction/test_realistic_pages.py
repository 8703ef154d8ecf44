"""Whole pages in layouts the seeds do not show: traditional OCR, a web page from
another province, a cut-off newspaper page, a multi-province round-up."""
from pathlib import Path

import pytest

from .helpers import by_text, extract

DATA = Path(__file__).parent / "data"


def page(name):
    return extract((DATA / name).read_text(encoding="utf-8"), name)


def test_traditional_ocr_page():
    facts = page("trad_ocr_fujian.txt")
    (story,) = facts.stories
    assert story["title"] == "廈門市民政局開展“冬日送暖”專項行動"
    assert story["source"] == "福建省民政廳"
    assert story["province"] == "福建省" and story["city"] == "厦门市"
    funds = by_text(facts.funds, "amount_text")
    assert funds["312.6萬元"]["amount_yuan"] == pytest.approx(3_126_000)
    assert funds["312.6萬元"]["flow"] == "disbursed" and funds["312.6萬元"]["in_kind"] is False
    assert funds["約86萬元"]["qualifier"] == "approx" and funds["約86萬元"]["in_kind"] is True
    (ben,) = facts.beneficiaries  # the 1200 volunteers are not beneficiaries
    assert ben["quantity"] == 5862 and ben["unit"] == "户" and ben["category"] == "needy_general"
    assert ben["group_text"] == "低保對象、特困人員等困難群眾"
    assert [c["kind"] for c in facts.campaigns] == ["专项行动"]


def test_web_page_from_another_province():
    facts = page("web_shaanxi.txt")
    (story,) = facts.stories
    assert story["source"] == "西安日报" and story["year"] == 2024
    assert "责任编辑" not in story["body"] and "打印" not in story["body"]
    funds = by_text(facts.funds, "amount_text")
    assert funds["1200余万元"]["qualifier"] == "at_least" and funds["1200余万元"]["flow"] == "raised"
    assert funds["300元"]["per_unit"] == "person"
    assert funds["150万元"]["in_kind"] is True
    ben = by_text(facts.beneficiaries, "quantity_text")
    assert ben["2.3万户"]["category"] == "dibao" and ben["2.3万户"]["group_text"] == "低保家庭"
    assert ben["1.1万名"]["category"] == "tekun"
    assert all(b["city"] == "西安市" for b in facts.beneficiaries)


def test_cut_off_page_keeps_both_stories():
    facts = page("wide_guangxi_cut_off.txt")
    assert [s["title"] for s in facts.stories] == ["广西：兜底保障温暖困难群众过冬", "柳州市创新“社会救助+慈善”模式"]
    assert facts.stories[0]["province"] == "广西壮族自治区"
    ben = by_text(facts.beneficiaries, "quantity_text")
    assert set(ben) == {"42万户", "8.6万名", "1.2万人次"}  # 志愿者2000余名 excluded
    assert ben["42万户"]["city"] is None  # 全区: the whole autonomous region
    assert {c["name"] for c in facts.campaigns} == {"邻里守望", "爱心暖冬"}


def test_round_up_assigns_each_amount_to_its_province():
    facts = page("roundup.txt")
    assert len(facts.stories) == 1
    funds = by_text(facts.funds, "amount_text")
    assert funds["5.2亿元"]["province"] == "河北省"
    assert funds["500元"]["province"] == "山西省" and funds["500元"]["city"] == "太原市"
    assert funds["500元"]["per_unit"] == "household"
    assert funds["1.8亿元"]["province"] == "内蒙古自治区"


def test_ministry_web_page_header_and_rates():
    facts = page("web_ministry_shandong.txt")
    (story,) = facts.stories
    assert story["title"] == "山东：多措并举保障困难群众温暖过冬"  # site header above 首页> dropped
    assert story["source"] == "山东省民政厅" and story["published_date"].isoformat() == "2023-12-28"
    funds = by_text(facts.funds, "amount_text")
    assert funds["985元"]["per_unit"] == "person"        # 每人每月985元
    assert funds["4.3亿元"]["flow"] == "disbursed"        # 支出
    assert funds["1.2亿元"]["in_kind"] is False           # 慰问金物: money and goods
    assert (funds["300"]["qualifier"], funds["500元"]["qualifier"]) == ("at_least", "at_most")
    assert funds["300"]["city"] == "济南市"
    ben = by_text(facts.beneficiaries, "quantity_text")
    assert ben["5800余人次"]["category"] == "homeless"
    assert "2.1万次" not in ben  # patrols are not people


def test_related_links_and_credit_lines_are_chrome():
    facts = page("web_jiangxi_related_links.txt")
    (story,) = facts.stories
    assert story["title"] == "南昌市开展“情暖洪城”春节慰问活动"
    assert "编辑" not in story["body"] and "九江" not in story["body"]
    assert [f["amount_text"] for f in facts.funds] == ["2860万元"]  # not the 1亿元 of a linked headline
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["9.6万人"]


def test_traditional_web_page_with_banners_and_staff_visits():
    facts = page("trad_web_inner_mongolia.txt")
    (story,) = facts.stories
    assert story["title"] == "鄂爾多斯市多措並舉做好困難群眾冬春救助工作"
    assert story["province"] == "内蒙古自治区" and story["city"] == "鄂尔多斯市"
    ben = by_text(facts.beneficiaries, "quantity_text")
    assert "2100餘人次" not in ben  # cadres and volunteers making visits
    assert ben["1.2萬戶"]["category"] == "dibao" and ben["3100名"]["category"] == "tekun"
    funds = by_text(facts.funds, "amount_text")
    assert funds["800元"]["per_unit"] == "household" and funds["約120萬元"]["in_kind"] is True
    assert facts.campaigns[0]["kind"] == "专项行动"


def test_publishing_body_name_above_headline_is_not_part_of_the_title():
    facts = page("org_header_xinjiang.txt")
    (story,) = facts.stories
    assert story["title"] == "疏附县：“冬暖行动”温暖万家"
    assert story["city"] == "喀什地区"  # county -> its prefecture-level 地区
    assert by_text(facts.funds, "amount_text")["186万元"]["in_kind"] is True
