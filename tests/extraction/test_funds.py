"""Money amounts: value, qualifier, per-unit, flow, in-kind, region."""
import pytest

from .helpers import by_text, extract

ARTICLE = (
    "浙江省民政厅近日下拨资金2.3亿元，用于困难群众基本生活救助。全省共发放临时救助金三千余万元，"
    "惠及困难群众12万余户。各地按每人每月600元的标准发放孤儿基本生活费。杭州市慈善总会募集善款约1200万元左右。"
    "宁波市为困难家庭发放价值300万元的米面油等慰问物资，另发放生活物资折款45.6万元。"
    "对低保家庭给予3000-6000元不等的一次性补助。温州市投入超过1亿元，用于困难群众帮扶。\n"
)


@pytest.fixture(scope="module")
def funds():
    return by_text(extract(ARTICLE).funds, "amount_text")


def test_every_amount_in_yuan_is_a_row(funds):
    assert set(funds) == {"2.3亿元", "三千余万元", "600元", "约1200万元左右", "300万元", "45.6万元",
                          "3000", "6000元", "超过1亿元"}


def test_amount_values_and_qualifiers(funds):
    assert funds["2.3亿元"]["amount_yuan"] == pytest.approx(230_000_000)
    assert funds["2.3亿元"]["qualifier"] == "exact"
    assert funds["三千余万元"]["amount_yuan"] == pytest.approx(30_000_000)
    assert funds["三千余万元"]["qualifier"] == "at_least"
    assert funds["约1200万元左右"]["qualifier"] == "approx"
    assert funds["超过1亿元"]["qualifier"] == "at_least"


def test_range_gives_low_at_least_and_high_at_most(funds):
    assert funds["3000"]["amount_yuan"] == 3000 and funds["3000"]["qualifier"] == "at_least"
    assert funds["6000元"]["amount_yuan"] == 6000 and funds["6000元"]["qualifier"] == "at_most"


def test_flow_comes_from_the_governing_verb(funds):
    assert funds["2.3亿元"]["flow"] == "allocated"       # 下拨
    assert funds["三千余万元"]["flow"] == "disbursed"     # 发放
    assert funds["约1200万元左右"]["flow"] == "raised"    # 募集
    assert funds["600元"]["flow"] == "disbursed"          # 按…标准发放 (verb after the amount)
    assert funds["超过1亿元"]["flow"] == "allocated"      # 投入


def test_rate_per_person(funds):
    assert funds["600元"]["per_unit"] == "person"
    assert funds["2.3亿元"]["per_unit"] is None


def test_value_of_goods_is_in_kind(funds):
    assert funds["300万元"]["in_kind"] is True      # 价值…的慰问物资
    assert funds["45.6万元"]["in_kind"] is True     # 物资折款
    assert funds["2.3亿元"]["in_kind"] is False


def test_region_is_nearest_place_in_sentence(funds):
    assert funds["约1200万元左右"]["city"] == "杭州市"
    assert funds["300万元"]["city"] == "宁波市"
    assert funds["超过1亿元"]["city"] == "温州市"
    assert funds["2.3亿元"]["province"] == "浙江省" and funds["2.3亿元"]["city"] is None


def test_a_sentence_of_parts_takes_the_verb_of_the_whole_before_it():
    f = extract("全市共筹措慰问资金1.2亿元，走访慰问困难群众15万户。其中，市本级900万元，甲区1300万元、乙区800万元。\n").funds
    assert [(r["amount_text"], r["flow"]) for r in f] == [
        ("1.2亿元", "raised"), ("900万元", "raised"), ("1300万元", "raised"), ("800万元", "raised")]


def test_a_standard_raised_keeps_its_unit_past_a_thousands_comma():
    f = extract("农村低保标准由每人每年6,360元提高到6,720元。\n").funds
    assert [(r["amount_text"], r["per_unit"]) for r in f] == [("6,360元", "person"), ("6,720元", "person")]


def test_the_total_paid_by_a_standard_told_before_it_is_no_rate():
    # "按每例3,000元标准资助手术费337.8万元": each case's standard, then the total it paid
    f = extract("“慈善光明行”项目为1,126名白内障患者免费实施复明手术，按每例3,000元标准资助手术费337.8万元。\n").funds
    assert [(r["amount_text"], r["per_unit"], r["countable"]) for r in f] == [
        ("3,000元", "person", False), ("337.8万元", None, True)]


def test_a_charity_s_receipts_are_money_raised_but_a_household_s_income_is_no_fund():
    f = extract("2024年，省慈善总会款物收入为9600万元，款物支出9500万元；全市慈善资金总收入1.2亿元。"
                "全省农村居民人均可支配收入1.8万元。\n").funds
    assert [(r["amount_text"], r["flow"]) for r in f] == [
        ("9600万元", "raised"), ("9500万元", "disbursed"), ("1.2亿元", "raised")]


def test_a_red_cross_report_s_income_lines_of_goods_grants_and_other_are_its_receipts():
    f = extract("2023年，市红十字会接收捐赠款物收入1,286.5万元，其中：捐款收入862.3万元，物资收入424.2万元。"
                "另有财政拨款收入326.8万元，其它收入12.6万元。全市城镇居民人均收入4.2万元。\n").funds
    assert [(r["amount_text"], r["countable"]) for r in f] == [
        ("1,286.5万元", True), ("862.3万元", False), ("424.2万元", False), ("326.8万元", True), ("12.6万元", True)]


def test_prices_marked_on_goods_are_no_funds_and_a_quoted_name_keeps_the_rate_per_person():
    f = extract("义卖区的爱心商品标价从10元到200元不等。市慈善总会对散居孤儿每人发放“新春红包”600元。\n").funds
    assert [(r["amount_text"], r["per_unit"]) for r in f] == [("600元", "person")]


def test_a_disaster_s_economic_loss_is_no_fund():
    f = extract("去年，全省受灾1598.4万人次，直接经济损失达211.4亿元。省民政厅下拨冬春救助资金2.9亿元。\n").funds
    assert [r["amount_text"] for r in f] == ["2.9亿元"]


def test_not_more_than_is_at_most_and_not_less_than_at_least():
    f = extract("对困难老年人家庭给予补贴，每户补贴最高不超过1.5万元。散居孤儿基本生活费标准每人每月不低于600元。\n").funds
    assert [r["qualifier"] for r in f] == ["at_most", "at_least"]


def test_the_cells_of_a_table_under_its_unit_line_are_amounts_of_that_unit():
    text = ("省级财政共安排春节慰问资金3600万元。\n附件：春节慰问资金分配表\n春节慰问资金分配表\n单位：万元\n"
            "序号\t地区\t分配金额\n1\t太原市\t1,500\n2\t大同市\t1,300\n3\t朔州市\t800\n\t合计\t3,600\n")
    f = extract(text).funds
    assert [(r["amount_text"], r["amount_yuan"], r["flow"], r["city"], r["not_countable_reason"]) for r in f] == [
        ("3600万元", 3.6e7, "allocated", None, None),
        ("1,500", 1.5e7, "allocated", "太原市", "part"), ("1,300", 1.3e7, "allocated", "大同市", "part"),
        ("800", 8e6, "allocated", "朔州市", "part"), ("3,600", 3.6e7, "allocated", None, "restatement")]


def test_the_issuing_line_dated_under_a_table_is_no_cell():
    text = ("附表\n2023年全市主要民政资金支出情况\n单位：万元\n序号 项目 支出金额\n1 城乡低保 131,200\n2 临时救助 6,130\n"
            "合计 137,330\n抄送：市人民政府办公室。\n某市民政局办公室　　　　2024年1月18日印发\n")
    assert [r["amount_text"] for r in extract(text).funds] == ["131,200", "6,130", "137,330"]


def test_a_unit_ending_the_caption_and_a_row_opening_on_qizhong_are_read_too():
    text = ("全年募集慈善款物1,286.4万元。\n附表：年度慈善款物收支简表（单位：万元）\n项　目　　金　额\n"
            "募集款物合计　　1,286.4\n　其中：资金　　　1,002.1\n　　　　物资折价　284.3\n")
    f = extract(text).funds
    assert [(r["amount_text"], r["amount_yuan"], r["flow"]) for r in f] == [
        ("1,286.4万元", 12_864_000, "raised"), ("1,286.4", 12_864_000, "raised"),
        ("1,002.1", 10_021_000, "raised"), ("284.3", 2_843_000, "raised")]
    assert [r["countable"] for r in f] == [True, False, False, False]


def test_a_table_row_ending_on_a_note_is_read_and_opens_no_story():
    text = ("全省共发放慰问金和慰问物资671.1万元。\n附表：分市（州）发放情况\n单位：万元\n序号\t市（州）\t发放款物\t备注\n"
            "1\t西宁市\t352.4\t含省级直接发放\n2\t海东市\t318.7\t\n\t合计\t671.1\t\n")
    facts = extract(text)
    assert len(facts.stories) == 1
    assert [(r["amount_text"], r["city"], r["not_countable_reason"]) for r in facts.funds] == [
        ("671.1万元", None, None), ("352.4", "西宁市", "part"), ("318.7", "海东市", "part"), ("671.1", None, "restatement")]


def test_a_value_of_anything_is_in_kind():
    f = extract("市红十字会为每户困难家庭发放价值300元的“博爱暖心包”。\n").funds
    assert [(r["amount_text"], r["in_kind"], r["per_unit"]) for r in f] == [("300元", True, "household")]


def test_the_value_of_goods_counted_in_pieces_or_named_right_before_is_in_kind():
    f = extract("市慈善总会筹集温暖包3920个，价值156万元，向困境儿童发放爱心书包、文具价值4800余元，另发放慰问金12万元。\n").funds
    assert [(r["amount_text"], r["in_kind"]) for r in f] == [("156万元", True), ("4800余元", True), ("12万元", False)]


def test_a_burden_taken_off_is_no_minus_sign_and_a_rate_per_body_is_per_person():
    f = extract("今年全市为群众减负2900多万元，每具遗体可减免费用超过1000元，结余-5万元。\n").funds
    assert [(r["amount_text"], r["amount_yuan"], r["per_unit"]) for r in f] == [
        ("2900多万元", 29_000_000, None), ("超过1000元", 1000, "person"), ("-5万元", -50_000, None)]


def test_mixed_money_and_goods_is_not_in_kind():
    f = extract("湖北省社会各界捐赠款物1.5亿元，全省筹集资金和物资3000万元。\n").funds
    assert [r["in_kind"] for r in f] == [False, False]
    assert [r["flow"] for r in f] == ["raised", "raised"]
    # money named before a list of goods is still money among them; goods bought with money are goods
    f = extract("县残联发放慰问金和米、油、面、糖果等慰问物资18万元。县红十字会用募集的善款采购了价值16万元的米、面、油等慰问物资。"
                "为老党员发放慰问金9.6万、慰问品折款2.4万元。\n").funds
    assert [(r["amount_text"], r["in_kind"]) for r in f] == [
        ("18万元", False), ("16万元", True), ("9.6万", False), ("2.4万元", True)]


def test_per_household_rate_and_restatement():
    text = "山东省按每户800元标准发放慰问金。全省筹集资金5000万元。据统计，全省筹集资金5000万元。\n"
    f = extract(text).funds
    assert f[0]["per_unit"] == "household"
    assert [r["not_countable_reason"] for r in f] == ["rate", None, "restatement"]
    assert [r["countable"] for r in f] == [False, True, False]


def test_spans_point_into_the_stored_body():
    facts = extract(ARTICLE)
    body = facts.stories[0]["body"]
    for r in facts.funds:
        assert body[r["span_start"]:r["span_end"]] == r["amount_text"]
        assert r["amount_text"] in r["evidence"]


def test_yuan_in_words_like_yuandan_is_not_money():
    assert extract("2024年元旦期间，全市开展走访慰问。\n").funds == []


def test_prices_and_incomes_are_not_funds():
    text = ("湖南省民政厅向困难群众发放慰问金800万元。当地农村居民人均可支配收入15000元，"
            "市场上大米售价每斤3元。\n")
    assert [f["amount_text"] for f in extract(text).funds] == ["800万元"]


def test_a_level_told_in_a_clause_of_no_noun_of_its_own_is_the_clause_before_s():
    # ("…地区生产总值年均增长5.8%，2024年达到1398亿元": the output's level, no civil-affairs money)
    text = "五年来，全市地区生产总值年均增长5.8%，2024年达到1398亿元。全年发放社会救助资金12.6亿元，2024年达到历史新高。\n"
    assert [f["amount_text"] for f in extract(text).funds] == ["12.6亿元"]


def test_loans_and_new_jobs_are_no_civil_affairs_money_or_people_helped():
    text = "城镇新增就业45.8万人，发放创业担保贷款286.4亿元。全年发放困难群众救助资金98.6亿元，保障城乡低保对象118.6万人。\n"
    facts = extract(text)
    assert [f["amount_text"] for f in facts.funds] == ["98.6亿元"]
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["118.6万人"]


def test_money_raised_after_a_sales_word_is_a_fund():
    text = "全年全市福利彩票销售额12.6亿元，通过销售福利彩票筹集福彩公益金3.05亿元。\n"
    assert [f["amount_text"] for f in extract(text).funds] == ["3.05亿元"]


@pytest.mark.parametrize("sentence,text,value", [
    ("为困难群众发放慰问金十万元。", "十万元", 100_000),
    ("全年共支出救助资金一千二百万元。", "一千二百万元", 12_000_000),
    ("累计发放1.5万余元。", "1.5万余元", 15_000),
    ("共募集善款二十三万六千余元。", "二十三万六千余元", 236_000),  # numerals go on past 万
])
def test_chinese_numeral_amounts(sentence, text, value):
    f = by_text(extract("湖南省民政厅通报，" + sentence + "\n").funds, "amount_text")
    assert f[text]["amount_yuan"] == pytest.approx(value)


def test_goods_converted_to_renminbi_are_in_kind():
    f = extract("河南省慈善总会接收捐赠物资折合人民币30万元，并为低保对象每人每月增发200元。\n").funds
    assert f[0]["in_kind"] is True and f[0]["flow"] == "raised"
    assert f[1]["per_unit"] == "person" and f[1]["flow"] == "disbursed"


@pytest.mark.parametrize("text,in_kind", [
    # goods counted in pieces, then their money value on its own
    ("吉林省向受灾县调拨帐篷500顶、棉衣3200件，已全部发放，折款约96万元。\n", [True]),
    # goods and money together: the value is of both
    ("县慈善会为特困老人送去棉被和慰问金，户均折款约500元。\n", [False]),
    # a total after a per-person value of goods totals the goods
    ("区妇联为留守儿童每人送去价值180元的书包、文具，共计3.6万元。\n", [True, True]),
    # ...but a total after a cash rate is cash
    ("区民政局为困难老人每人发放慰问金500元，共计8万元。\n", [False, False]),
])
def test_goods_valued_in_money_later_in_the_sentence_are_in_kind(text, in_kind):
    assert [f["in_kind"] for f in extract(text).funds] == in_kind


def test_standards_being_set_have_flow_other_and_list_items_share_the_unit():
    text = ("云南省困难残疾人生活补贴和重度残疾人护理补贴分别提高到每人每月90元和100元，"
            "全年累计发放两项补贴资金12.6亿元。照料护理标准分别按每人每月200元、600元、1200元执行。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["90元"]["flow"], f["100元"]["flow"]) == ("other", "other")
    assert f["100元"]["per_unit"] == "person" and f["1200元"]["per_unit"] == "person"
    assert f["12.6亿元"]["flow"] == "disbursed"


def test_a_one_off_handout_rate_is_paid_out_and_a_monthly_standard_is_not():
    text = ("市民政局为全市低保对象发放春节一次性生活补贴，标准为每人300元，共发放资金2130万元。"
            "全市城市低保平均标准为812.5元/人·月。两项补贴标准分别为每人每月80元和110元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert f["300元"]["flow"] == "disbursed"
    assert (f["812.5元"]["flow"], f["80元"]["flow"], f["110元"]["flow"]) == ("other", "other", "other")


def test_money_received_shared_out_and_raised_at_a_sale_has_its_flow():
    text = ("截至6月底，市慈善总会共收到一日捐善款865.2万元。义卖当天筹得善款2.7万元。"
            "资金按各县困难群众数量分配，其中甲县120万元、乙县95万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["865.2万元"]["flow"], f["2.7万元"]["flow"]) == ("raised", "raised")
    assert (f["120万元"]["flow"], f["95万元"]["flow"]) == ("allocated", "allocated")


def test_gifts_prepared_for_the_people_visited_are_handed_out():
    f = extract("社区还为每位高龄老人准备了价值150元的米面油等慰问品。\n").funds
    assert [(r["amount_text"], r["flow"], r["per_unit"], r["in_kind"]) for r in f] == [
        ("150元", "disbursed", "person", True)]


def test_the_standard_of_a_visit_s_gift_is_handed_out_and_a_varying_range_is_each_recipient_s():
    text = ("慰问标准为：低保家庭每户600元，困境儿童每人200元；对因病致困的家庭，视情给予800元至2000元不等的"
            "一次性慰问。\n")
    f = extract(text).funds
    assert [(r["amount_text"], r["flow"], r["per_unit"], r["countable"]) for r in f] == [
        ("600元", "disbursed", "household", False), ("200元", "disbursed", "person", False),
        ("800元", "disbursed", "household", False), ("2000元", "disbursed", "household", False)]
    # a standard being set stays "other"; a range with no recipient before it is no rate
    f = extract("城市低保标准调整为每人每月820元。全年支出救助资金3000元至5000元不等。\n").funds
    assert [(r["flow"], r["per_unit"]) for r in f] == [("other", "person"), ("disbursed", None), ("disbursed", None)]
    # what one may be given is each one's too, a range or a cap (blind sets heldout91, 93)
    f = extract("对遭遇火灾、突发重病等导致基本生活陷入困境的家庭，可先行给予1000元至5000元的救助。全年先行救助支出31.4万元。\n").funds
    assert [(r["amount_text"], r["per_unit"], r["countable"]) for r in f] == [
        ("1000元", "household", False), ("5000元", "household", False), ("31.4万元", None, True)]


def test_short_items_under_a_line_introducing_them_take_its_verb():
    text = ("近日，市应急管理局统筹下达冬春救助资金2,345万元。\n此次资金按各县受灾人数测算分配，具体为：\n"
            "▶甲县812万元；\n▶乙县733万元；\n▶其余各县合计800万元。\n")
    assert [r["flow"] for r in extract(text).funds] == ["allocated"] * 4


def test_the_value_of_goods_listed_before_it_takes_the_verb_that_moved_them():
    text = "市级储备库向各县调拨棉被3000床、棉大衣2000件，价值约158万元，确保春节前全部发放到位。\n"
    assert [(r["flow"], r["in_kind"]) for r in extract(text).funds] == [("allocated", True)]


def test_a_clause_that_only_gives_the_figure_takes_the_verb_of_the_clause_before():
    text = "其中，“守护银龄”助老项目筹款最多，达612.4万元，将为3000名失能老人提供每人每月200元的居家服务。\n"
    f = by_text(extract(text).funds, "amount_text")
    assert f["612.4万元"]["flow"] == "raised"


@pytest.mark.parametrize("text,per", [
    ("县民政局将单户单次5000元以内的临时救助审批权限下放至乡镇。\n", "household"),
    ("对同一家庭单次救助金额原则上不超过1.2万元。\n", "household"),
    ("实施助医项目，单人最高救助2万元。\n", "person"),
    ("急难型救助对象单次救助金额不超过3000元。\n", "person"),
    ("征集困境儿童的新年心愿，每个心愿价值不超过200元。\n", "person"),  # one wish is one child's
])
def test_a_cap_on_one_payment_is_a_rate_of_whom_it_names(text, per):
    (f,) = extract(text).funds
    assert (f["per_unit"], f["countable"]) == (per, False)


def test_a_cap_word_in_the_clause_makes_the_amount_at_most_and_a_superlative_does_not():
    f = by_text(extract("实施助医项目，发放救助金438.6万元，单人最高救助2万元。"
                        "其中“守护银龄”项目筹款最多，达612.4万元。\n").funds, "amount_text")
    assert (f["2万元"]["qualifier"], f["612.4万元"]["qualifier"]) == ("at_most", "exact")


def test_goods_converted_to_money_in_a_list_under_a_whole_of_both_are_in_kind():
    f = by_text(extract("活动期间，共接收捐赠款物1,286.45万元，其中货币捐赠1,102.30万元，物资捐赠折价184.15万元。\n").funds,
                "amount_text")
    assert [f[k]["in_kind"] for k in ("1,286.45万元", "1,102.30万元", "184.15万元")] == [False, False, True]


def test_money_a_charity_sets_aside_is_allocated_whoever_gave_it():
    text = "市慈善总会拨出8万元善款（其中5万元由一家企业捐赠），用于慰问160户困难家庭。\n"
    f = by_text(extract(text).funds, "amount_text")
    assert f["8万元"]["flow"] == "allocated"


def test_subsidy_money_named_as_a_thing_takes_the_verb_that_moves_it():
    f = by_text(extract("目前，2160万元市级财政补助资金已全部下拨到位。\n").funds, "amount_text")
    assert f["2160万元"]["flow"] == "allocated"


def test_money_a_handout_needs_is_allocated_and_money_a_charity_finds_itself_is_raised():
    text = ("补贴标准为每人200元，全省共需资金1.86亿元。今年活动共筹集善款320万元，其中省慈善总会下拨80万元，"
            "市慈善总会自筹160万元，企业捐赠80万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["1.86亿元"]["flow"], f["160万元"]["flow"]) == ("allocated", "raised")


def test_an_arabic_number_before_qian_is_thousands():
    f = extract("为每户困难家庭送上2千元红包，共发放慰问金36万元。\n").funds
    assert [(r["amount_text"], r["amount_yuan"]) for r in f] == [("2千元", 2000.0), ("36万元", 360000.0)]


def test_donations_a_charity_receives_are_raised_and_table_rows_take_their_total_s_verb():
    text = ("市慈善总会本级接收680万元，各县区慈善总会接收1520万元。\n现下达春节慰问资金860万元。\n"
            "1.甲县：520万元，慰问13000户\n2.乙县：340万元，慰问8500户\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["680万元"]["flow"], f["1520万元"]["flow"]) == ("raised", "raised")
    assert (f["520万元"]["flow"], f["340万元"]["flow"]) == ("allocated", "allocated")


def test_increase_follows_the_allocation_of_its_sentence():
    f = by_text(extract("今年，省级财政安排救助资金约58.6亿元，比上年增加3.2亿元。\n").funds, "amount_text")
    assert f["3.2亿元"]["flow"] == "allocated"


def test_value_after_listed_goods_is_in_kind():
    f = extract("甘肃省向积石山县受灾群众调拨棉被2000条、棉衣3500件，价值逾600万元。\n").funds
    assert f[0]["in_kind"] is True and f[0]["flow"] == "allocated" and f[0]["qualifier"] == "at_least"


def test_amount_for_a_list_of_cities_is_province_level():
    f = extract("陕西省慈善协会向榆林、延安等地困难群众发放价值约800万元的棉衣。\n").funds
    assert f[0]["province"] == "陕西省" and f[0]["city"] is None


def test_the_low_end_of_a_range_written_with_its_own_unit_keeps_it():
    funds = by_text(extract("“爱心助医”项目将为因大病致困的家庭每户提供2000元至1万元的医疗救助。\n").funds, "amount_text")
    assert (funds["2000元"]["amount_yuan"], funds["1万元"]["amount_yuan"]) == (2000, 10000)


def test_a_converters_pinyin_gloss_does_not_hide_a_rate():
    funds = by_text(extract("活動期間，共慰問困難家庭1.18萬戶，每戶發(fā)放慰問金500元。\n").funds, "amount_text")
    assert funds["500元"]["per_unit"] == "household"


def test_the_change_of_a_rate_is_a_rate_too():
    funds = by_text(extract("全市城市低保平均标准为每人每月812元，比上年提高36元。\n").funds, "amount_text")
    assert funds["36元"]["per_unit"] == "person" and funds["36元"]["countable"] is False


def test_a_deficit_keeps_its_minus_sign_and_a_range_dash_is_no_sign():
    funds = by_text(extract("临时救助资金支出125万元，结余-5万元；按每户3000-6000元标准发放。\n").funds, "amount_text")
    assert funds["-5万元"]["amount_yuan"] == -50000
    assert (funds["3000"]["amount_yuan"], funds["6000元"]["amount_yuan"]) == (3000, 6000)


def test_a_sum_with_no_verb_anywhere_is_money_handed_out():
    text = ("今年全县入户看望低保户1200户，每户800元。看望乡镇敬老院，慰问金合计6万元。"
            "春节期间，另有临时救助困难户50万元资金。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["6万元"]["flow"], f["50万元"]["flow"]) == ("disbursed", "disbursed")
    assert f["800元"]["per_unit"] == "household"


def test_a_rate_after_a_visit_is_what_each_visited_household_is_given():
    text = "市慈善总会安排280万元，用于慰问市区困难家庭3500户，每户800元。\n"
    f = by_text(extract(text).funds, "amount_text")
    assert (f["280万元"]["flow"], f["800元"]["flow"], f["800元"]["per_unit"]) == ("allocated", "disbursed", "household")


def test_the_verb_of_a_relative_clause_before_the_amount_is_its_own():
    # 资助 (a paying verb) comes first in the clause, but the money is what was raised
    text = "全省各级红十字会通过政府资助、社会捐赠等渠道募集的300多万元爱心款物，将陆续发往各地。\n"
    assert by_text(extract(text).funds, "amount_text")["300多万元"]["flow"] == "raised"


def test_an_amount_after_a_money_noun_may_leave_yuan_out():
    text = "此次活动共发放慰问金28.6万、棉被800床，另筹集善款3万余，惠及困难群众1200多户、资金1.2万户。\n"
    f = by_text(extract(text).funds, "amount_text")
    assert (f["28.6万"]["amount_yuan"], f["3万余"]["amount_yuan"]) == (286000, 30000)
    assert set(f) == {"28.6万", "3万余"}  # 1.2万户 counts households, not yuan


def test_a_standard_named_with_no_unit_is_a_person_s_rate():
    text = ("农村低保标准从年标准1680元提高到2760元。五保供养标准为人年6240元。"
            "春节期间为13690户发放一次性生活补贴629万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert [f[k]["per_unit"] for k in ("1680元", "2760元", "6240元")] == ["person"] * 3
    assert f["629万元"]["per_unit"] is None and f["629万元"]["countable"]


def test_the_items_of_a_whole_after_qizhong_take_its_flow_and_name_their_own_kind():
    text = ("县红十字会争取上级下拨款物和爱心企业捐赠共计46.8万元，其中现金28万元、物资折款18.8万元，"
            "用于为困难家庭发放慰问金和年货。行动中共发放慰问金12.6万、慰问品折款3.2万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert [f[k]["flow"] for k in ("46.8万元", "28万元", "18.8万元")] == ["raised"] * 3
    assert (f["28万元"]["in_kind"], f["18.8万元"]["in_kind"], f["3.2万元"]["in_kind"]) == (False, True, True)


def test_the_items_after_a_rate_in_a_list_are_rates_of_their_own_groups():
    text = ("区慈善会今年资助困难家庭学生326名，其中义务教育阶段学生可获800元助学金、"
            "高中生1500元、本科生3000元，共发放助学金41.2万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert [f[t]["per_unit"] for t in ("800元", "1500元", "3000元")] == ["person"] * 3
    assert [f[t]["countable"] for t in ("800元", "1500元", "3000元", "41.2万元")] == [False, False, False, True]


def test_lottery_sales_are_no_fund_but_the_welfare_money_they_raise_is():
    text = ("去年全州彩票销量6.12亿元，其中福利彩票销量2.9亿元，体育彩票销量3.22亿元，"
            "共筹集彩票公益金1.7亿元。\n")
    assert [(r["amount_text"], r["countable"]) for r in extract(text).funds] == [("1.7亿元", True)]


def test_a_table_row_may_name_a_quoted_project_and_end_on_a_count_or_an_empty_cell():
    text = ("上半年共支出慈善款物1,650万元。\n附表：支出明细表\n单位：万元\n项目名称\t支出金额\t受益对象\n"
            "“春风送暖”慰问项目\t1,200.50\t2.1万户\n定向捐赠项目\t449.50\t—\n合计\t1,650.00\t—\n")
    f = extract(text).funds
    assert [(r["amount_text"], r["amount_yuan"]) for r in f] == [
        ("1,650万元", 16_500_000), ("1,200.50", 12_005_000), ("449.50", 4_495_000), ("1,650.00", 16_500_000)]
    assert [r["countable"] for r in f] == [True, False, False, False]


def test_the_verb_that_moves_goods_or_money_is_the_flow_not_the_word_naming_them():
    text = ("按照捐赠人意愿拨付定向捐赠款物449.09万元。向玉树州牧区拨付棉衣、棉被等捐赠物资，折价1,102.9万元。"
            "对因病致困的患者实施医疗救助613人次，每人次救助2,000元至10,000元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["449.09万元"]["flow"], f["1,102.9万元"]["flow"]) == ("allocated", "allocated")
    assert f["1,102.9万元"]["in_kind"]
    assert (f["2,000元"]["flow"], f["2,000元"]["per_unit"]) == ("disbursed", "person")


def test_a_shop_s_price_is_no_fund_but_a_charity_sale_s_takings_are():
    text = ("小欣说：“这个书包比文具店卖60元的那种还好看！”当天义卖所得1.2万元全部捐给困境儿童。\n")
    assert [r["amount_text"] for r in extract(text).funds] == ["1.2万元"]


def test_a_table_row_may_carry_a_count_column_before_its_amount_and_a_share_after_it():
    text = ("2024年共使用福彩公益金1,346.8万元。\n附件\n福彩公益金使用情况表\n单位：万元\n"
            "序号\t项目类别\t项目个数\t使用金额\t占比\n1\t养老服务类\t7\t683.2\t50.7%\n2\t儿童福利类\t6\t663.6\t49.3%\n"
            "合计\t\t13\t1,346.8\t100%\n")
    f = extract(text).funds
    assert [(r["amount_text"], r["amount_yuan"]) for r in f] == [
        ("1,346.8万元", 13_468_000), ("683.2", 6_832_000), ("663.6", 6_636_000), ("1,346.8", 13_468_000)]
    assert [r["countable"] for r in f] == [True, False, False, False]


def test_a_row_whose_first_figure_sums_the_others_gives_every_figure_and_stays_in_its_story():
    text = ("朝阳市关于下达冬春救助资金的通知\n现将冬春救助资金198万元下达你们，具体分配见附件。\n附件\n资金分配表\n单位：万元\n"
            "地区\t合计\t中央资金\t省级资金\n双塔区\t86\t69\t17\n龙城区\t112\t90\t22\n合计\t198\t159\t39\n"
            "1\t养老服务类\t7\t683.2\t50.7%\n")
    facts = extract(text)
    assert len(facts.stories) == 1
    cells = [r["amount_text"] for r in facts.funds][1:]
    assert cells == ["86", "69", "17", "112", "90", "22", "198", "159", "39", "683.2"]


def test_rates_per_household_visit_per_limit_and_per_household_of_goods_valued():
    text = ("10月份，全县支出临时救助资金51.84万元，户次均救助1,590元。先行救助额度由1,000元提高到2,000元。"
            "为187户特殊困难家庭免费配送取暖煤每户2吨、价值1,860元，共计价值约34.8万元。"
            "按照城乡低保户每户600元、特困供养人员每人600元、低保边缘家庭每户300元的标准发放。\n")
    f = extract(text).funds
    per = [(r["amount_text"], r["per_unit"]) for r in f]
    assert per == [("51.84万元", None), ("1,590元", "household"), ("1,000元", "person"), ("2,000元", "person"),
                   ("1,860元", "household"), ("约34.8万元", None), ("600元", "household"), ("600元", "person"),
                   ("300元", "household")]
    # a year's sum called a quota (每年的额度) is no one's standard; the standard by person after it is
    f = extract("该基金会设立专项助学金，每年的额度拟定为160万元，按照每人每学年2000元的标准资助贫困大学生。\n").funds
    assert [(r["amount_text"], r["per_unit"]) for r in f] == [("160万元", None), ("2000元", "person")]


def test_a_market_price_per_ton_is_no_fund():
    text = "为187户困难家庭配送取暖煤，共计价值约34.8万元。当前散煤市场价每吨930元左右。\n"
    assert [r["amount_text"] for r in extract(text).funds] == ["约34.8万元"]
    # ... nor what a diner pays at a canteen (the subsidy is)
    text = "社区助餐点对老人用餐给予补贴，共发放助餐补贴12.6万元。60-69岁的老人用餐费是12元，80岁以上的老人用餐费是9元。\n"
    assert [r["amount_text"] for r in extract(text).funds] == ["12.6万元"]
    # ... nor what a thing costs in the shops, quoted
    text = "为120名重度残疾人送去轮椅等辅具，价值约9.6万元。“一台电动轮椅在市面上要3000元左右，这回免费送到家。”\n"
    assert [r["amount_text"] for r in extract(text).funds] == ["约9.6万元"]


def test_all_kinds_of_funds_are_no_rate_of_each():
    text = "全年发放城乡低保金、特困人员救助供养金等各类救助资金13.46亿元，惠及困难群众32.8万人。\n"
    f = extract(text).funds[0]
    assert (f["per_unit"], f["countable"]) == (None, True)


def test_a_total_paid_by_a_standard_is_no_rate():
    # "按…的标准发放…2,992万元": the standard is the rate, the amount after the verb the total
    rows = by_text(extract("向1.87万户低保家庭按每户每年1,600元的标准发放冬季取暖补助2,992万元。\n").funds, "amount_text")
    assert (rows["1,600元"]["per_unit"], rows["1,600元"]["countable"]) == ("household", False)
    assert (rows["2,992万元"]["per_unit"], rows["2,992万元"]["countable"]) == (None, True)


@pytest.mark.parametrize("sentence,rates", [
    ("县民政局走访慰问了12户困难家庭，为他们分别送上1000元慰问金。", {"1000元": "household"}),
    ("300名高中生分别获2000元、3000元、5000元、10000元不等额度助学金。",
     {"2000元": "person", "3000元": "person", "5000元": "person", "10000元": "person"}),
    ("两家企业分别捐赠100万元和50万元。", {"100万元": None, "50万元": None}),  # a list of sums, one each
    ("为37名百岁老人和412名特困老人分别送上慰问金1000元和300元。", {"1000元": "person", "300元": "person"}),
])
def test_one_amount_to_each_or_a_list_of_amounts_that_varies_is_a_rate(sentence, rates):
    f = by_text(extract(sentence + "\n").funds, "amount_text")
    assert {k: f[k]["per_unit"] for k in rates} == rates


@pytest.mark.parametrize("sentence,text,flow,in_kind", [
    ("李汉平捐资9万元，为村里老人发放米、油等慰问品。", "9万元", "raised", False),
    ("腾讯公益配捐286486元。", "286486元", "raised", False),
    ("发放米、面、油等慰问品累计达8000余元。", "8000余元", "disbursed", True),
])
def test_money_given_by_a_donor_and_goods_totalled_after_their_noun(sentence, text, flow, in_kind):
    f = by_text(extract(sentence + "\n").funds, "amount_text")[text]
    assert (f["flow"], f["in_kind"]) == (flow, in_kind)


@pytest.mark.parametrize("sentence,text,in_kind", [
    ("发放1080万元冬令物资。", "1080万元", True),  # the goods right after the sum
    ("送去各类生活物资和慰问品，共计60余万元。", "60余万元", True),  # a total alone after the goods
    ("发放慰问金和慰问品，共计8万元。", "8万元", False),  # money and goods together
    ("为特殊困难老年人每人发放500元取暖补贴。", "500元", False),  # money for heating
    ("对因灾倒房重建户另按每户1,000元至3,000元发放取暖补助。", "3,000元", False),
])
def test_goods_named_right_after_a_sum_or_before_a_total_alone_are_in_kind(sentence, text, in_kind):
    assert by_text(extract(sentence + "\n").funds, "amount_text")[text]["in_kind"] is in_kind


def test_money_paid_ahead_by_the_centre_is_allocated():
    assert extract("中央财政已预拨917.8亿元。\n").funds[0]["flow"] == "allocated"


def test_low_income_families_are_a_group_not_income_and_goods_converted_by_zhehe_are_in_kind():
    text = ("取暖补贴按照低保家庭每户1,500元，低收入家庭每户720元的标准发放。市红十字会下拨“博爱温暖包”1,200个，"
            "折合价值33.6万元。全市人均可支配收入4.2万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["720元"]["per_unit"], f["33.6万元"]["in_kind"]) == ("household", True)
    assert "4.2万元" not in f  # an income is no civil-affairs money


@pytest.mark.parametrize("written, yuan", [
    ("1亿3200万元", 132_000_000),    # (jionlp reads 232,050,000)
    ("约１亿３２００万元", 132_000_000),  # full-width digits
    ("2亿零500万元", 205_000_000),
    ("3亿5千万元", 350_000_000),
    # a full figure down to the yuan (Taiwan and Hong Kong pages): the 万 and 亿 before its last part
    ("9166万7040元", 91_667_040),
    ("3亿5280万5962元", 352_805_962),
    ("5万3千元", 53_000),
    # a Chinese numeral holding 亿 before 万: 3亿 and 876万
    ("三亿八百七十六万元", 308_760_000),
])
def test_an_amount_written_in_yi_and_wan_is_one_amount(written, yuan):
    f = extract(f"投入\n全市共投入救助资金{written}，用于困难群众救助。\n").funds
    assert [(r["amount_text"], r["amount_yuan"]) for r in f] == [(written, yuan)]


def test_so_much_a_month_or_a_year_with_no_one_named_is_a_person_s_standard():
    f = extract("提标\n特困人员基本生活费分别提高到1,040元/月、688元/月；集中供养儿童2,050元/月。\n").funds
    assert [(r["amount_text"], r["per_unit"], r["countable"]) for r in f] == [
        ("1,040元", "person", False), ("688元", "person", False), ("2,050元", "person", False)]


def test_what_each_of_a_group_named_with_no_count_receives_is_a_person_s_rate():
    text = ("过年红包\n其中，城市低保、特困人员救助对象将领到年终一次性生活补贴700元；困难群体还将领到100元的春节过节费。"
            "全市低保对象共领取补贴资金2,316万元。\n")
    f = {r["amount_text"]: (r["per_unit"], r["flow"], r["countable"]) for r in extract(text).funds}
    assert f == {"700元": ("person", "disbursed", False), "100元": ("person", "disbursed", False),
                 "2,316万元": (None, "disbursed", True)}


def test_the_items_of_a_breakdown_take_the_whole_s_flow_not_a_field_s_name_and_a_device_s_value_is_its_recipient_s():
    f = extract("市级安排使用福彩公益金3,905.2万元，其中养老服务1,860万元、社会救助526.7万元。"
                "紧急调拨救助资金1260万元，其中用于应急期生活救助860万元、过渡期生活救助400万元。"
                "为其中312户高龄老人家庭安装报警器，每套价值约260元。\n").funds
    assert [(r["amount_text"], r["flow"], r["per_unit"]) for r in f] == [
        ("3,905.2万元", "allocated", None), ("1,860万元", "allocated", None), ("526.7万元", "allocated", None),
        ("1260万元", "allocated", None), ("860万元", "allocated", None), ("400万元", "allocated", None),
        ("约260元", "other", "household")]


def test_the_worth_of_goods_given_to_each_with_a_rate_or_one_to_each_is_each_one_s():
    # (blind set heldout88: "…慰问金1000元和价值300元的年货礼包" and "每户一份，价值260元" were counted as totals)
    f = extract("区领导为每户困难群众送上慰问金1000元和价值300元的年货礼包。"
                "县民政局将年货包送到1500户低保家庭手中，每户一份，价值260元。"
                "总会为8572户困难家庭每户发放慰问金300元，并送去价值200元的米、面、油。\n").funds
    assert [(r["amount_text"], r["per_unit"], r["not_countable_reason"]) for r in f] == [
        ("1000元", "household", "rate"), ("300元", "household", "rate"), ("260元", "household", "rate"),
        ("300元", "household", "rate"), ("200元", "household", "rate")]


def test_a_charity_s_income_lines_are_money_it_received_not_anyone_s_earnings():
    text = ("工作报告\n2020年，总会实现总收入5368.98万元，总支出4780.72万元。其中投资收入462万元，增值净收入105.67万元。"
            "全市居民人均可支配收入3.2万元。\n")
    f = {r["amount_text"]: r["flow"] for r in extract(text).funds}
    assert f == {"5368.98万元": "raised", "4780.72万元": "disbursed", "462万元": "raised", "105.67万元": "raised"}


def test_so_much_a_case_is_a_person_s_rate():
    f = extract("复明项目\n项目总投入21.5万元，为86名患者免费实施复明手术，每例手术补助最高不超过3,000元。\n").funds
    assert {r["amount_text"]: (r["per_unit"], r["countable"]) for r in f} == {
        "21.5万元": (None, True), "不超过3,000元": ("person", False)}


def test_a_single_project_s_cap_and_what_one_may_receive_are_rates_and_a_firm_s_outlay_is_a_gift():
    f = extract("公益创投\n单个项目经费不超过10万元。百岁以上老人可领寿星红包5000元。某某集团有限公司出资200万元设立专项基金。\n").funds
    assert {r["amount_text"]: (r["per_unit"], r["flow"]) for r in f} == {
        "不超过10万元": ("person", "other"), "5000元": ("person", "other"), "200万元": (None, "raised")}


def test_a_relief_total_is_money_paid_whatever_the_sentence_began_with():
    f = extract("慈善\n在善款募集取得成绩的同时，全市慈善救助覆盖面进一步扩大，慈善救助总额达3287.68万元。\n").funds
    assert [(r["amount_text"], r["flow"]) for r in f] == [("3287.68万元", "disbursed")]


def test_a_named_fund_s_or_a_project_s_pledge_is_money_raised():
    funds = by_text(extract("现场签订冠名慈善基金协议，协议总额860万元，首期注入资金215万元；签约帮扶项目9个，签约金额420万元。\n").funds,
                    "amount_text")
    assert {k: v["flow"] for k, v in funds.items()} == {"860万元": "raised", "215万元": "raised", "420万元": "raised"}


def test_a_lottery_fund_s_use_is_money_allocated():
    funds = by_text(extract("2024年，市本级共使用福彩公益金6,420万元。其中，用于养老服务体系建设3,150万元；"
                            "用于儿童福利1,280万元。\n").funds, "amount_text")
    assert {v["flow"] for v in funds.values()} == {"allocated"}


@pytest.mark.parametrize("text, amount, flow", [
    # 捐赠人民币: a gift, not its giver
    ("两家公司分别向市慈善基金会捐赠人民币300万元和50万元。\n", "300万元", "raised"),
    # a charity getting gifts is money raised, a student getting a grant money paid
    ("项目获得腾讯公益配捐2700多万元。\n", "2700多万元", "raised"),
    ("52名大学新生获得助学金24.8万元。\n", "24.8万元", "disbursed"),
    # an organisation's income
    ("2024年全年财务总收入为2049.78万元。\n", "2049.78万元", "raised"),
])
def test_gifts_received_and_given_take_their_flow(text, amount, flow):
    assert by_text(extract(text).funds, "amount_text")[amount]["flow"] == flow


@pytest.mark.parametrize("text, amount, per", [
    ("殡葬基本服务费用由财政按照不高于1780元/具据实补贴。\n", "不高于1780元", "person"),
    ("今年资助52名大学新生，其中，获5000元助学金的有40人、获4000元助学金的有12人。\n", "5000元", "person"),
])
def test_so_much_a_body_or_to_each_of_those_counted_after_it_is_a_rate(text, amount, per):
    row = by_text(extract(text).funds, "amount_text")[amount]
    assert (row["per_unit"], row["countable"]) == (per, False)


def test_so_much_a_student_a_year_is_a_person_s_rate():
    row = by_text(extract("光彩助学活动每年每生资助4000元，今年资助学生120名。\n").funds, "amount_text")["4000元"]
    assert (row["per_unit"], row["countable"]) == ("person", False)


def test_a_sum_paid_by_is_what_each_one_gets():
    facts = extract("对每位因灾遇难人员，对其家属按10000元发放抚慰金。\n")
    assert {f["amount_text"]: (f["per_unit"], f["countable"]) for f in facts.funds} == {"10000元": ("person", False)}


def test_money_named_for_the_goods_it_pays_for_is_cash_and_goods_valued_with_money_are_mixed():
    facts = extract("我市为31448户低保对象发放了1459万元取暖救助金。各地送去价值120多万元的慰问品和慰问金。\n")
    assert {f["amount_text"]: f["in_kind"] for f in facts.funds} == {"1459万元": False, "120多万元": False}


def test_a_standard_raised_to_a_new_level_is_a_rate_at_both_levels():
    facts = extract("互助县自2024年1月1日起提高城乡低保标准：农村低保标准由每人每年6,000元提高到6,360元。\n")
    assert {f["amount_text"]: (f["per_unit"], f["countable"]) for f in facts.funds} == {
        "6,000元": ("person", False), "6,360元": ("person", False)}
    # (a floor raised to a new floor: "月人均救助水平由不低于175元提高到不低于196元")
    facts = extract("今年，全县农村低保月人均救助水平由不低于175元提高到不低于196元。\n")
    assert {f["amount_text"]: (f["per_unit"], f["countable"]) for f in facts.funds} == {
        "不低于175元": ("person", False), "不低于196元": ("person", False)}


def test_a_spending_of_donations_is_spending():
    facts = extract("截至目前，县红十字会共接收捐款1.2亿元，捐款支出3369.65万元，捐赠物资支出6344.41万元。\n")
    assert {f["amount_text"]: f["flow"] for f in facts.funds} == {
        "1.2亿元": "raised", "3369.65万元": "disbursed", "6344.41万元": "disbursed"}


def test_goods_spent_and_goods_converted_at_their_value_are_in_kind():
    facts = extract("协助完成通关手续5笔，折合人民币价值114.86万元。捐赠物资支出6344.41万元，捐款支出3369.65万元。\n")
    assert {f["amount_text"]: f["in_kind"] for f in facts.funds} == {
        "114.86万元": True, "6344.41万元": True, "3369.65万元": False}


def test_a_verbless_amount_listed_under_its_side_of_the_books_takes_that_flow():
    facts = extract("下面将总会2020年财务收支情况报告如下：\n（一）收入情况\n2020年，总会全年共募集慈善资金5368.98万元。具体收入如下：\n"
                    "1、接收社会各界捐赠资金4220.28万元。\n(3)合作项目资金274.61万元。\n")
    assert {f["amount_text"]: f["flow"] for f in facts.funds}["274.61万元"] == "raised"


def test_a_giver_s_business_figures_are_no_civil_affairs_money_but_its_gift_is():
    facts = extract("县内一家竹木制品企业向县慈善总会捐赠价值46万元的棉被和羽绒服。企业负责人表示，今年企业外贸订单超过2800万元，"
                    "年产值1.6亿元，去年纳税超过3000万元。\n")
    assert [f["amount_text"] for f in facts.funds] == ["46万元"]


def test_wages_a_job_fair_offers_are_no_civil_affairs_money():
    facts = extract("县民政局为320户困难残疾人家庭送去物资，价值共计6.4万元。县残联同期举办专场招聘会，23家企业提供月薪3000元至5000元的岗位。\n")
    assert [f["amount_text"] for f in facts.funds] == ["6.4万元"]


def test_what_shoppers_spend_is_no_civil_affairs_money_but_a_charity_auction_s_takings_are():
    facts = extract("1月份，全市发放城乡低保金1368.2万元。春节期间，市里还将举办年货大集，预计带动消费超过5000万元。\n")
    assert [f["amount_text"] for f in facts.funds] == ["1368.2万元"]
    # (nor a work report's retail sales, nor a price monitor's retail price)
    facts = extract("全年社会消费品零售总额完成312.4亿元，增长6.3%。全年发放各类救助资金1.92亿元。\n")
    assert [f["amount_text"] for f in facts.funds] == ["1.92亿元"]
    facts = extract("据价格监测，11月份猪肉零售均价为每500克18.4元。各街道要及时发放价格临时补贴46.2万元。\n")
    assert [f["amount_text"] for f in facts.funds] == ["46.2万元"]
    facts = extract("晚会共募得善款506万元；慈善拍卖共拍出作品23件，成交额58.6万元，已全部计入善款总额。\n")
    assert [f["amount_text"] for f in facts.funds] == ["506万元", "58.6万元"]


def test_a_work_report_s_project_investment_and_school_building_are_no_civil_affairs_money_but_an_elderly_centre_is():
    # a 政府工作报告: the projects' investment and new schools are other departments' money; a care centre is civil affairs'
    facts = extract("新开工过亿元项目68个，完成投资312亿元。投资5.2亿元新建改扩建中小学、幼儿园11所。"
                    "全年发放各类社会救助资金2.05亿元。新建区域性养老服务中心2处，投资3600万元。\n")
    assert [f["amount_text"] for f in facts.funds] == ["2.05亿元", "3600万元"]


def test_what_each_household_named_after_meige_gets_a_month_is_a_rate():
    facts = extract("今冬起，市民政局为每个城市低保家庭在取暖季节每月加发取暖费60元，为每个困难老人送去慰问金500元。\n")
    assert [(f["amount_text"], f["per_unit"], f["countable"]) for f in facts.funds] == [
        ("60元", "household", False), ("500元", "person", False)]


def test_someone_s_earnings_told_after_the_figure_are_no_civil_affairs_money():
    facts = extract("社区帮她申请了低保，每月发放低保金680元。如今她在社区车间上班，每月能有1800元左右的收入。\n")
    assert [f["amount_text"] for f in facts.funds] == ["680元"]


def test_a_ticket_s_price_is_no_civil_affairs_money_but_money_spent_on_tickets_is():
    facts = extract("“从县城到学校的火车硬座票是89元，剩下的够交住宿费了。”"
                    "救助站为126名受助人员购买返乡车票，支出车票款3.86万元。\n")
    assert [f["amount_text"] for f in facts.funds] == ["3.86万元"]


def test_a_budget_s_heads_other_than_social_security_are_no_civil_affairs_money():
    facts = extract("全年民生支出486.2亿元，其中社会保障和就业支出78.4亿元、教育支出116.3亿元、卫生健康支出52.7亿元。\n")
    assert [f["amount_text"] for f in facts.funds] == ["486.2亿元", "78.4亿元"]


def test_a_post_s_rate_then_its_total_on_lines_joined_unpunctuated():
    # "标准为每户300元" / "共计412.65万元" on lines of their own: the rate, then the total it paid
    f = extract("温暖过冬丨某县民政这份“暖冬清单”请查收！\n\n寒潮来袭\n困难群众的冬天过得怎么样？\n民政人一直在行动\n\n01\n"
                "一次性生活补助\n发放到户\n\n1月10日前\n全县为城乡低保、特困\n等困难家庭\n发放一次性生活补助\n标准为每户300元\n"
                "共计412.65万元\n惠及13755户\n").funds
    assert [(r["amount_text"], r["per_unit"], r["countable"]) for r in f] == [
        ("300元", "household", False), ("412.65万元", None, True)]


def test_a_standard_per_heating_season_keeps_its_unit_and_the_total_paid_by_it_counts():
    # (unread, the rates were no rates to the running-total rule, and the season's payout was taken for
    # a running total of them)
    text = ("近日，某市民政局按照城市低保对象每人每个采暖期360元、城市特困供养对象每户每个采暖期1860元的标准，"
            "累计为6240人（户）困难群众发放取暖补贴资金249.3万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["360元"]["per_unit"], f["1860元"]["per_unit"]) == ("person", "household")
    assert (f["249.3万元"]["countable"], f["249.3万元"]["not_countable_reason"]) == (True, None)



def test_a_small_sum_paid_to_a_group_and_given_elsewhere_as_each_one_s_rate_is_that_rate():
    text = ("每人200元 我市困难群众取暖有补贴\n记者昨日从市民政局获悉，郑州将为全市城乡低保对象、特困人员发放冬季取暖补贴200元。"
            "本次将按照每人200元的标准发放冬季取暖补贴。市财政已经下拨市级困难群众取暖补贴资金537.7万元。\n")
    assert [(r["amount_text"], r["per_unit"], r["countable"]) for r in extract(text).funds] == [
        ("200元", "person", False), ("200元", "person", False), ("537.7万元", None, True)]
