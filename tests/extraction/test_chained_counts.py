"""Counts written in chains, without a unit word, or as round numbers in words."""
import pytest

from .helpers import extract


def _counts(text):
    return [(b["quantity_text"], b["quantity"], b["unit"], b["qualifier"], b["category"])
            for b in extract(text).beneficiaries]


@pytest.mark.parametrize("text, expected", [
    ("为531户、688名低保对象发放补贴。\n",
     [("531户", 531, "户", "exact", "dibao"), ("688名", 688, "名", "exact", "dibao")]),
    ("共保障城乡低保对象12.4万户、20.9万人。\n",
     [("12.4万户", 124000, "户", "exact", "dibao"), ("20.9万人", 209000, "人", "exact", "dibao")]),
    ("全县临时救助困难群众8123户,共计15012人。\n",
     [("8123户", 8123, "户", "exact", "needy_general"), ("15012人", 15012, "人", "exact", "needy_general")]),
    ("城乡低保对象按每户500元的标准发放，共涉及4126户、6357人。\n",
     [("4126户", 4126, "户", "exact", "dibao"), ("6357人", 6357, "人", "exact", "dibao")]),
])
def test_every_count_of_a_chain_is_a_row(text, expected):
    assert _counts(text) == expected


def test_counts_without_a_unit_word_count_people():
    assert _counts("全区为38.6万高龄老人发放高龄津贴。\n") == [("38.6万", 386000, "人", "exact", "elderly")]


def test_round_numbers_in_words():
    got = _counts("近千名困境儿童得到救助，上百户困难家庭受益。\n")
    assert got == [("近千名", 1000, "名", "at_most", "orphans_children"),
                   ("上百户", 100, "户", "at_least", "needy_general")]


def test_a_table_label_ending_on_shu_over_its_unit_is_no_round_number():
    # a table's cells joined, "保障人数" then its unit "万人": 人数万人 holds no 数万人 (数万人 alone is one)
    assert _counts("全国城市居民最低生活保障人数万人2242.3，城市居民最低生活保障户数万户1036.5。\n") == []
    assert _counts("救助困难群众数万人。\n") == [("数万人", 10000, "人", "exact", "needy_general")]


def test_parts_by_area_keep_the_sentence_group():
    got = _counts("共保障城乡低保对象54.37万户，其中：城市21.08万户，农村33.29万户。\n")
    assert [(t, c) for t, _, _, _, c in got] == [("54.37万户", "dibao"), ("21.08万户", "dibao"), ("33.29万户", "dibao")]


@pytest.mark.parametrize("text, expected", [
    # a change of a level the sentence names is a row (not countable)
    ("年末全市共有城乡低保对象16.82万户、30.15万人，比上年减少0.37万人。\n",
     ["16.82万户", "30.15万人", "0.37万人"]),
    # a count in 万 right after its group, with no unit word
    ("全省享受高龄津贴的80周岁以上老年人38.6万，全年发放津贴2.1亿元。\n", ["38.6万"]),
    # parts named by how they are cared for
    ("全省有孤儿5126名，其中机构集中养育812名、社会散居4314名。\n", ["5126名", "812名", "4314名"]),
    # needy workers are helped; patrol staff, volunteers and people leaving a benefit are not
    ("市总工会帮扶困难职工213名，其中为43名因病致困职工发放医疗救助金。\n", ["213名", "43名"]),
    ("累计出动街面巡查人员96.4万人次，30余名志愿者和孩子们一起包饺子，退出低保72户159人。\n", []),
    # "1人户", "每增加1人": household sizes in a rate, not people
    ("1人户每月补助800元、每增加1人增加100元。\n", []),
])
def test_which_counts_are_rows(text, expected):
    assert [c[0] for c in _counts(text)] == expected
