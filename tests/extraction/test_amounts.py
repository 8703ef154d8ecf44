"""Numbers, multipliers and qualifiers."""
import pytest

from dagster_project.extraction.amounts import money_value, parse_number, qualifier, scaled, valid_number

from .helpers import extract


@pytest.mark.parametrize("text,value", [
    ("134237", 134237), ("1,200", 1200), ("3.5", 3.5), ("两百", 200), ("三千", 3000),
    ("五十", 50), ("一千二百", 1200),
])
def test_parse_number_reads_arabic_and_chinese_numerals(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("span,num,mult,value", [
    ("7.48亿元", "7.48", "亿", 748_000_000), ("100多万元", "100", "万", 1_000_000),
    ("5200余元", "5200", None, 5200), ("两百万元", "两百", "万", 2_000_000),
    ("13亿多元", "13", "亿", 1_300_000_000), ("近3.5亿元", "3.5", "亿", 350_000_000),
])
def test_money_value_is_lower_bound_in_yuan(span, num, mult, value):
    assert money_value(span, num, mult) == pytest.approx(value)


def test_scaled_applies_wan_multiplier():
    assert scaled("53.6", "万") == pytest.approx(536_000)


@pytest.mark.parametrize("markers,expected", [
    (("约",), "approx"), ((None, None, "左右"), "approx"), (("近",), "at_most"), (("不足",), "at_most"),
    ((None, "多"), "at_least"), ((None, "余"), "at_least"), (("超过",), "at_least"), ((None, "以上"), "at_least"),
    ((None, None), "exact"),
])
def test_qualifier_words_map_to_guideline_values(markers, expected):
    assert qualifier(*markers) == expected


def test_lone_chinese_digit_is_not_a_number():
    assert not valid_number("一")
    assert valid_number("三千")
    assert not valid_number("1.2.3")


def test_a_decimal_point_split_off_its_number_in_a_converted_document_is_joined_back():
    rows = extract("2015年，市慈善总会募集善款7705 .01万元，支出6259 .6万元。\n").funds
    assert [(r["amount_text"], r["amount_yuan"]) for r in rows] == [("7705.01万元", 77_050_100), ("6259.6万元", 62_596_000)]


@pytest.mark.parametrize("num,ok", [("五六", False), ("三四十", False), ("两三", False), ("二十三", True), ("三千四百", True)])
def test_two_neighbouring_digits_are_an_estimate_not_a_figure(num, ok):
    assert valid_number(num, "万") is ok


def test_a_lone_yi_before_a_large_multiplier_is_a_figure():
    funds = extract("浙江省向广元市红十字会拨付一亿元，支持灾区重建。\n").funds
    assert [(f["amount_text"], f["amount_yuan"]) for f in funds] == [("一亿元", 100_000_000)]
