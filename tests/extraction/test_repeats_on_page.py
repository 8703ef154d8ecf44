"""A story a page carries twice is counted once (extraction/duplicates.repeats_on_page)."""
from .helpers import extract

STORY = ("1月10日，某市民政局联合市慈善总会启动“暖冬护苗”关爱行动，为全市困境儿童送上新春关爱。\n"
         "本次行动共筹集关爱资金186.4万元，其中福彩公益金安排120万元，社会捐款66.4万元，为全市4660名儿童"
         "每人发放400元关爱金。\n"
         "行动期间，各县区民政部门将组织儿童主任入户探访，计划探访困境儿童家庭3200户次。\n"
         "该行动已连续开展3年，累计发放关爱金520余万元。\n")


def _page(second: str) -> str:
    return ("■某市启动“暖冬护苗”关爱行动\n发布时间：2025-01-11\n\n" + STORY +
            "\n■其他县发放低保金\n发布时间：2025-01-12\n\n某县民政局近日提前发放1月份低保金，共计发放资金3120万元。\n"
            "\n■186.4万元关爱金温暖4660名儿童\n发布时间：2025-01-12\n\n" + second)


def test_a_shortened_copy_from_another_outlet_on_the_same_page_is_counted_once():
    # the copy has its own dateline and credit and leaves the last paragraph out
    copy = "本报某市1月11日讯　" + "\n".join(STORY.split("\n")[:3]) + "（记者 某某）\n"
    facts = extract(_page(copy))
    first, other, again = facts.stories
    assert (first["duplicate_of"], other["duplicate_of"], again["duplicate_of"]) == (None, None, first["article_id"])
    copied = [r for r in facts.funds + facts.beneficiaries if r["article_id"] == again["article_id"]]
    assert copied and all(r["not_countable_reason"] == "duplicate" for r in copied)
    assert any(r["countable"] for r in facts.funds if r["article_id"] == first["article_id"])


def test_the_same_words_with_other_figures_are_another_story():
    # a template filled in again: its words agree, its figures do not
    other_figures = STORY.replace("186.4万元", "97.2万元").replace("66.4万元", "37.2万元").replace("120万元", "60万元")
    facts = extract(_page(other_figures))
    assert all(s["duplicate_of"] is None for s in facts.stories)
