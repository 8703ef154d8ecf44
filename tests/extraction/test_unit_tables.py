"""Statistics tables whose unit is a column of its own (民政统计季报): rows, columns, periods."""
from dagster_project.extraction.unit_tables import unit_column_cells

from .helpers import by_text, extract

REPORT = ("2024年三季度某市民政事业统计季报\n"
          "截至2024年9月底，全市共有城乡低保对象10.27万户，1—9月累计支出城乡低保资金9.86亿元。"
          "与二季度末相比，全市低保对象减少412户。\n"
          "附表：2024年1—9月某市民政事业主要统计指标\n"
          "指标名称\t单位\t本期累计\t上年同期\t同比增减(%)\n"
          "城乡低保对象户数\t户\t102,700\t106,420\t-3.5\n"
          "享受高龄津贴人数\t人\t94,380\t89,210\t5.8\n"
          "养老机构床位数\t张\t52,300\t51,800\t1.0\n"
          "城乡低保资金支出\t万元\t98,600\t101,250\t-2.6\n"
          "高龄津贴支出\t万元\t5,662.8\t5,352.6\t5.8\n"
          "注：本表数据为快报数。\n")


def test_each_row_gives_its_figures_in_its_unit_and_the_header_says_which_column_is_last_year_s():
    cells = [(c.label, c.unit, c.value, c.previous) for c in unit_column_cells(
        "指标名称单位本期累计上年同期同比增减(%)\n城乡低保资金支出万元98,600\t101,250\t-2.6\n临时救助人次人次17,400\t15,860\t9.7\n")]
    assert cells == [("城乡低保资金支出", "万元", 986_000_000, False), ("城乡低保资金支出", "万元", 1_012_500_000, True),
                     ("临时救助人次", "人次", 17_400, False), ("临时救助人次", "人次", 15_860, True)]


def test_a_table_with_a_unit_column_stays_in_its_report_and_its_rows_add_up_once():
    facts = extract(REPORT)
    assert len(facts.stories) == 1  # the caption and the header are no headline
    funds, counts = by_text(facts.funds, "amount_text"), by_text(facts.beneficiaries, "quantity_text")
    # this period's cell repeating the text is a restatement; last year's column is another period
    assert (funds["98,600"]["not_countable_reason"], funds["101,250"]["not_countable_reason"]) == ("restatement", "change")
    assert (funds["5,662.8"]["amount_yuan"], funds["5,662.8"]["countable"]) == (56_628_000, True)
    assert (counts["102,700"]["not_countable_reason"], counts["94,380"]["category"]) == ("restatement", "elderly")
    assert "52,300" not in counts  # beds are no people
    assert counts["412户"]["not_countable_reason"] == "change"  # "与二季度末相比…减少"

ANNUAL_REPORT = ("某市慈善总会2024年度工作报告\n"
                 "2024年，本会共接收慈善款物6,382.47万元。其中：货币捐赠4,915.30万元，物资捐赠（折价）1,167.17万元。\n"
                 "货币捐赠中，“慈善一日捐”活动募集1,386.52万元。\n"
                 "2024年，本会共支出慈善款物5,908.36万元，受益困难群众12.7万人次。主要慈善项目支出情况见下表。\n"
                 "表1　2024年主要慈善项目支出情况\n"
                 "序号\t项目名称\t受益对象\t支出金额（万元）\t受益人次\n"
                 "1\t“春风助学”项目\t困难家庭学生\t816.40\t2,041\n"
                 "2\t“大病援助”项目\t大病困难患者\t1,204.75\t1,862\n"
                 "\t合计\t—\t2,021.15\t—\n"
                 "注：表中数据已经审计。\n")


def test_a_table_naming_each_column_s_unit_gives_money_and_people_of_each_row():
    cells = [(c.label[-6:], c.unit, c.value, c.helped) for c in unit_column_cells(
        "序号项目名称受益对象支出金额（万元）受益人次\n1“春风助学”项目困难家庭学生816.40\t2,041\n合计—3,796.29—\n")]
    assert cells == [("困难家庭学生", "万元", 8_164_000, False), ("困难家庭学生", "人次", 2_041, True),
                     ("合计", "万元", 37_962_900, False)]


def test_the_rows_of_a_table_a_sentence_sends_the_reader_to_are_parts_of_that_sentence_s_wholes():
    facts = extract(ANNUAL_REPORT)
    assert len(facts.stories) == 1  # the rows are no headline
    funds, counts = by_text(facts.funds, "amount_text"), by_text(facts.beneficiaries, "quantity_text")
    assert [funds[k]["countable"] for k in ("5,908.36万元", "816.40", "1,204.75", "2,021.15")] == [True, False, False, False]
    assert (counts["12.7万人次"]["countable"], counts["2,041"]["not_countable_reason"]) == (True, "part")
    assert counts["1,862"]["category"] == "other"  # patients: people helped, of no category of their own
    # "货币捐赠中，…": out of the 货币捐赠 given before
    assert funds["1,386.52万元"]["not_countable_reason"] == "part"


def test_a_unit_line_listing_the_columns_units_in_order_gives_each_row_s_figures_and_a_total_row_makes_the_rest_parts():
    table = ("附表：某县社会救助统计表\n单位：户、人、万元\n项目\t户数\t人数\t本季度支出\n城市低保\t926\t1,452\t287.3\n"
             "特困供养\t—\t2,806\t971.5\n合计\t926\t4,258\t1,258.8\n")
    cells = [(c.label, c.unit, c.value, c.reason) for c in unit_column_cells(table)]
    assert cells == [("城市低保", "户", 926, "part"), ("城市低保", "人", 1_452, "part"), ("城市低保", "万元", 2_873_000, "part"),
                     ("特困供养", "人", 2_806, "part"), ("特困供养", "万元", 9_715_000, "part"),
                     ("合计", "户", 926, None), ("合计", "人", 4_258, None), ("合计", "万元", 12_588_000, None)]
    # (a page that lost the header line, and the spaces beside Chinese characters: the unit line still
    # names the columns; with no total row, each row counts)
    cells = [(c.label, c.unit, c.value, c.reason) for c in unit_column_cells(
        "单位：户、人、万元\n城市低保926\t1,452\t287.3\n特困供养—2,806\t971.5\n")]
    assert cells == [("城市低保", "户", 926, None), ("城市低保", "人", 1_452, None), ("城市低保", "万元", 2_873_000, None),
                     ("特困供养", "人", 2_806, None), ("特困供养", "万元", 9_715_000, None)]


def test_the_cells_of_a_quarterly_table_under_its_total_are_not_added_again():
    text = ("某县2025年第三季度社会救助统计季报\n三季度，全县发放城乡低保金1,163.2万元、特困供养金971.5万元，"
            "合计支出社会救助资金2,134.7万元。\n附表：某县第三季度社会救助统计表\n单位：户、人、万元\n"
            "项目\t户数\t人数\t本季度支出\n城市低保\t926\t1,452\t287.3\n农村低保\t4,118\t7,026\t875.9\n"
            "特困供养\t—\t2,806\t971.5\n合计\t5,044\t—\t2,134.7\n")
    funds = by_text(extract(text).funds, "amount_text")
    assert [funds[k]["countable"] for k in ("1,163.2万元", "971.5万元", "2,134.7万元")] == [False, False, True]
    assert {k: funds[k]["not_countable_reason"] for k in ("287.3", "875.9", "971.5", "2,134.7")} == \
        {"287.3": "part", "875.9": "part", "971.5": "part", "2,134.7": "restatement"}


def test_a_donation_list_under_a_unit_ending_a_paragraph_keeps_its_rows_and_they_are_parts_of_the_month_s_total():
    text = ("某市慈善总会2025年1月份接收社会捐赠情况公示\n本月共接收社会捐赠款物21笔，合计84.6万元。主要捐赠明细如下（单位：元）：\n\n"
            "序号　捐赠单位（个人）　　捐赠金额　　备注\n１　　某牧业有限公司　　　３０００００　　现金，定向\n"
            "２　　某乳业有限公司　　　１８６０００　　物资（牛奶８００箱）折价\n　　 其他１９笔捐赠　　　３６００００　　\n\n"
            "捐赠人对以上信息如有异议，请与本会联系。\n")
    facts = extract(text)
    assert len(facts.stories) == 1
    f = {r["amount_text"]: (r["amount_yuan"], r["not_countable_reason"]) for r in facts.funds}
    assert f == {"84.6万元": (846_000, None), "３０００００": (300_000, "part"), "１８６０００": (186_000, "part"),
                 "３６００００": (360_000, "part")}


def test_a_year_s_report_names_its_column_by_the_year_and_its_appendix_gives_the_text_s_rounded_figures_exactly():
    text = ("某州2024年民政事业统计年报（摘要）\n为全面反映2024年全州民政事业发展情况，根据民政统计年报数据，现将主要指标"
            "摘要公布如下（数据截至2024年12月31日）：\n一、社会救助\n全年累计保障城乡低保对象5.26万户13.84万人，支出低保资金"
            "6.92亿元，城市低保平均标准达到每人每月786元；全年新增纳入低保0.93万人。\n"
            "二、2025年工作安排\n2025年，全州计划安排民生项目资金1.8亿元，新建改扩建养老服务设施12个。\n\n"
            "附表：2024年某州民政主要统计指标\n\n"
            "指标\t单位\t2024年\t比上年增减（%）\n城乡低保对象户数\t户\t52,614\t-1.6\n城乡低保对象人数\t人\t138,392\t-2.1\n"
            "低保资金支出\t万元\t69,187.4\t3.8\n\n注：表中数据为快报数。\n")
    facts = extract(text)
    assert len(facts.stories) == 1  # the header and the rows are no headline
    funds, counts = by_text(facts.funds, "amount_text"), by_text(facts.beneficiaries, "quantity_text")
    assert funds["1.8亿元"]["not_countable_reason"] == "change"  # the plan
    # (the appendix after the plan is last year's figures again, exactly: restatements)
    assert (funds["69,187.4"]["amount_yuan"], funds["69,187.4"]["not_countable_reason"]) == (691_874_000, "restatement")
    assert [counts[k]["not_countable_reason"] for k in ("52,614", "138,392")] == ["restatement", "restatement"]


def test_a_month_s_table_by_quantity_keeps_its_sections_parts_and_year_to_date_apart():
    cells = [(c.label, c.value, c.reason) for c in unit_column_cells(
        "指标名称\t单位\t数量\t环比（%）\n一、特困人员救助供养\t\t\t\n特困人员人数\t人\t2,964\t-0.3\n"
        "其中：集中供养人数\t人\t812\t0.0\n二、民政事业费\t\t\t\n民政事业费累计支出*\t万元\t15,208.6\t—\n")]
    assert cells == [("特困人员人数", 2_964, None), ("其中：集中供养人数", 812, "part"),
                     ("民政事业费累计支出*", 152_086_000, "cumulative")]


def test_a_quarterly_table_goes_on_past_numbered_sections_standards_and_an_indented_second_part():
    text = ("鹤岗市第三季度社会服务统计\n"
            "9月底，市民政局启动“暖心鹤岗”困难群众冬季关爱行动，走访困难家庭1.2万户。\n"
            "指标名称\t单位\t数量\t同比增减（%）\n一、社会救助\n（一）最低生活保障\n城市低保对象人数\t人\t13,582\t-2.6\n"
            "城市低保平均标准\t元/人·月\t720\t4.3\n（二）特困人员救助供养\n特困人员\t人\t3,106\t0.8\n"
            "　其中：集中供养\t人\t1,274\t1.5\n　　　　分散供养\t人\t1,832\t0.3\n临时救助资金支出\t万元\t436.9\t-5.7\n")
    facts = extract(text)
    names = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    counts = {b["quantity_text"]: (b["countable"], b["not_countable_reason"], names.get(b["campaign_id"]))
              for b in facts.beneficiaries}
    # (the table's rows are the report's regular work, not the drive launched in the text above it)
    assert counts == {"1.2万户": (True, None, "暖心鹤岗"), "13,582": (True, None, None), "3,106": (True, None, None),
                      "1,274": (False, "part", None), "1,832": (False, "part", None)}
    funds = {f["amount_text"]: (f["amount_yuan"], f["per_unit"], f["flow"], f["countable"]) for f in facts.funds}
    assert funds == {"720": (720, "person", "other", False), "436.9": (4_369_000, None, "disbursed", True)}


def test_a_total_row_under_a_header_naming_units_makes_the_other_rows_parts():
    facts = extract("第二季度，全县共发放城乡低保金1,862.27万元。\n附表：社会救助资金发放情况统计表\n"
                    "救助类别\t人数（人）\t发放金额（万元）\n城市低保\t1,736\t208.35\n农村低保\t35,418\t1,653.92\n"
                    "合计\t37,154\t1,862.27\n")
    assert [(f["amount_text"], f["not_countable_reason"]) for f in facts.funds] == [
        ("1,862.27万元", None), ("208.35", "part"), ("1,653.92", "part"), ("1,862.27", "restatement")]


def test_a_table_under_its_units_listed_with_a_header_of_those_helped_gives_counts_too():
    text = ("年度报告\n2024年，本会慈善项目支出5,912.36万元，惠及困难群众4.2万人次。主要项目支出情况如下：\n"
            "2024年度慈善项目支出情况表\n单位：万元、人次\n序号\t项目名称\t支出金额\t受益人次\n"
            "1\t“金秋助学”项目\t862.5\t2,415\n2\t其他定向捐赠项目\t1,382.2\t8,435\n\t合计\t2,244.7\t10,850\n")
    facts = extract(text)
    assert {b["quantity_text"]: (b["unit"], b["countable"]) for b in facts.beneficiaries} == {
        "4.2万人次": ("人次", True), "2,415": ("人次", False), "8,435": ("人次", False), "10,850": ("人次", True)}


def test_a_project_row_counts_those_its_work_names():
    text = ("年度报告\n单位：万元、人次\n序号\t项目名称\t支出金额\t受益人次\n1\t“金秋助学”项目\t862.5\t2,415\n"
            "2\t“夕阳红”助老项目\t418.26\t7,460\n3\t“大病救助”项目\t1,436.7\t3,208\n")
    facts = extract(text)
    assert {b["quantity_text"]: b["category"] for b in facts.beneficiaries} == {
        "2,415": "orphans_children", "7,460": "elderly", "3,208": "needy_general"}


def test_a_unit_column_table_with_numbered_labels_a_row_in_a_second_unit_and_dashed_cells_is_read_whole():
    text = ("一季度民政事业统计季报\n一季度，全市民政事业费累计支出2.41亿元。\n"
            "指标名称                              单位          数量        同比增减（%）\n"
            "一、民政事业费累计支出                万元       24,108.6        3.6\n"
            "  1.社会救助支出                      万元        9,862.4        2.1\n"
            "    （1）最低生活保障支出              万元        6,417.3        1.8\n"
            "         其中：城市低保金              万元        2,093.5         —\n"
            "二、社会救助\n"
            "  城乡低保对象                        户            7,846       -1.2\n"
            "                                      人           12,930       -0.8\n"
            "  养老机构                            个               46         —\n"
            "  享受高龄津贴老年人                  人           68,420        6.1\n")
    facts = extract(text)
    assert [f["amount_text"] for f in facts.funds] == ["2.41亿元", "24,108.6", "9,862.4", "6,417.3", "2,093.5"]
    assert [(b["quantity_text"], b["unit"]) for b in facts.beneficiaries] == [
        ("7,846", "户"), ("12,930", "人"), ("68,420", "人")]


def test_a_table_under_its_units_listed_with_a_rate_column_and_a_cell_in_its_own_unit():
    text = ("季报\n一季度，全县共支出各类社会救助资金4,326.57万元。\n单位：户、人、万元\n"
            "项目　　　　　　　户数　　　人数　　　一季度支出　　3月人均补助（元）\n"
            "城市低保　　　　　1,284　　　2,207　　　362.15　　　　547\n"
            "临时救助　　　　　—　　　　1,046人次　163.82　　　　—\n"
            "合计　　　　　　　18,219　　—　　　　4,326.57　　　—\n")
    facts = extract(text)
    assert [f["amount_text"] for f in facts.funds] == ["4,326.57万元", "362.15", "163.82", "4,326.57"]
    assert {b["quantity_text"]: b["unit"] for b in facts.beneficiaries} == {
        "1,284": "户", "2,207": "人", "1,046人次": "人次", "18,219": "户"}


QUARTER_REPORT = ("某市2024年第四季度民政事业统计季报\n"
                  "现将2024年第四季度主要统计数据公布如下。\n"
                  "表1　某市2024年第四季度民政事业主要指标\n"
                  "指标名称\t单位\t第四季度\t同比增减（%）\n"
                  "一、社会救助资金支出\t万元\t16,560\t2.4\n"
                  "　1.城乡低保金\t万元\t15,320\t1.1\n"
                  "　2.临时救助资金\t万元\t1,240\t-3.0\n"
                  "二、社会救助对象\n"
                  "　1.城乡低保对象户数\t户\t52,800\t-0.9\n"
                  "　　其中：农村低保对象户数\t户\t47,100\t-1.0\n"
                  "　　　　　农村低保对象人数\t人\t98,300\t-1.4\n"
                  "　2.冬季取暖补贴发放对象\t户\t61,200\t1.9\n"
                  "说明：\n"
                  "1.2024年全年，全市累计支出社会救助资金8.62亿元。\n")


def test_a_quarter_s_column_and_its_numbered_indented_rows_are_read_and_the_year_is_another_period():
    facts = extract(QUARTER_REPORT)
    assert len(facts.stories) == 1
    funds, counts = by_text(facts.funds, "amount_text"), by_text(facts.beneficiaries, "quantity_text")
    assert (funds["16,560"]["amount_yuan"], funds["16,560"]["countable"]) == (165_600_000, True)
    assert funds["15,320"]["not_countable_reason"] == "part"
    # the part's row in its second unit is a part too; those a payment goes to are people helped
    assert (counts["47,100"]["not_countable_reason"], counts["98,300"]["not_countable_reason"]) == ("part", "part")
    assert (counts["61,200"]["countable"], counts["61,200"]["category"]) == (True, "needy_general")
    # the whole year, in a report of its fourth quarter, holds the quarter
    assert funds["8.62亿元"]["not_countable_reason"] == "cumulative"


def test_a_county_table_counts_the_group_its_header_names_for_its_one_count_column():
    facts = extract("某市2025年第三季度社会救助工作运行情况\n"
                    "截至9月底，全市共有城乡低保对象6.52万人。第三季度发放城乡低保金1.86亿元。\n"
                    "附表：社会救助主要数据统计表\n"
                    "单位：人、万元\n"
                    "县（区）\t城乡低保对象\t各类救助资金支出\n"
                    "甲区\t24,120\t6,310\n"
                    "乙县\t41,080\t12,290\n"
                    "合计\t65,200\t18,600\n")
    counts = by_text(facts.beneficiaries, "quantity_text")
    assert (counts["24,120"]["category"], counts["24,120"]["not_countable_reason"]) == ("dibao", "part")
    assert counts["65,200"]["not_countable_reason"] == "restatement"


def test_a_row_label_may_carry_its_period_in_brackets_and_the_table_goes_on_after_it():
    cells = [(c.label, c.value) for c in unit_column_cells(
        "指标名称单位数量同比增减（%）\n临时救助累计人次（1—9月）人次15,862\t+8.9\n享受高龄津贴人数人96,420\t+5.6\n")]
    assert cells == [("临时救助累计人次（1—9月）", 15_862), ("享受高龄津贴人数", 96_420)]


def test_a_units_line_over_a_header_with_its_own_unit_column_is_read_by_rows_and_the_year_to_date_column_is_cumulative():
    facts = extract("某县2025年第三季度民政业务数据\n三季度发放城乡低保金3,126.4万元。\n附表：主要业务数据统计表\n单位：万元、人次\n"
                    "指标名称\t单位\t三季度\t1—9月累计\n城乡低保金支出\t万元\t3,126.4\t9,402.8\n临时救助\t人次\t1,208\t3,517\n")
    funds, counts = by_text(facts.funds, "amount_text"), by_text(facts.beneficiaries, "quantity_text")
    assert (funds["9,402.8"]["amount_yuan"], funds["9,402.8"]["not_countable_reason"]) == (94_028_000, "cumulative")
    assert (counts["1,208"]["unit"], counts["3,517"]["not_countable_reason"]) == ("人次", "cumulative")


def test_rows_under_a_section_heading_count_its_group_and_a_whole_year_s_to_date_is_the_year():
    facts = extract("某市2024年四季度社会服务统计数据\n现将2024年四季度（1—12月累计）全市主要统计数据公布如下。\n"
                    "指标名称\t计量单位\t数量\t同比增减（%）\n一、社会救助\n（一）城市最低生活保障\n"
                    "　1.保障户数\t户\t6,214\t-3.7\n　2.保障人数\t人\t9,803\t-4.5\n"
                    "二、社会福利\n　1.本年累计支出残疾人两项补贴资金\t万元\t4,218.6\t2.4\n")
    counts, funds = by_text(facts.beneficiaries, "quantity_text"), by_text(facts.funds, "amount_text")
    assert (counts["6,214"]["category"], counts["6,214"]["unit"], counts["9,803"]["category"]) == ("dibao", "户", "dibao")
    assert (funds["4,218.6"]["amount_yuan"], funds["4,218.6"]["countable"]) == (42_186_000, True)


def test_a_first_quarter_s_to_date_is_the_quarter_and_rows_in_other_units_go_on_with_the_table():
    # a quarterly report of 1—3月: its 累计 rows are its own period; "养老机构 个 58" is no row of ours but no end of the
    # table either; the note under it rounds the table's total ("2.69亿元" after "26,934.2" in 万元): the same money
    text = ("某市2025年第一季度民政统计季报\n现将2025年第一季度（1—3月）主要民政统计指标公布如下。\n"
            "| 指标名称 | 计量单位 | 本期数 | 同比增减（%） |\n| 民政事业费累计支出 | 万元 | 26,934.2 | 3.9 |\n"
            "| 低保资金累计支出 | 万元 | 12,846.3 | 1.8 |\n"
            "| 养老机构 | 个 | 58 | 0.0 |\n| 享受高龄津贴老年人 | 人 | 61,375 | 4.1 |\n\n"
            "说明：一季度，全市民政事业费累计支出2.69亿元，同比增长3.9%。\n")
    facts = extract(text)
    # (the office's whole spending holds every programme's money below it)
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {
        "26,934.2": None, "12,846.3": "part", "2.69亿元": "restatement"}
    assert [(b["quantity_text"], b["countable"]) for b in facts.beneficiaries] == [("61,375", True)]


def test_a_units_line_naming_a_share_column_keeps_the_money_column_s_cells():
    facts = extract("周口市医疗救助情况\n\n三季度，全市医疗救助支出1.042亿元。\n\n附表：医疗救助支出构成\n单位：万元、%\n"
                    "救助类别　　　　　　支出金额　　　占比\n住院救助　　　　　　7,316.8　　　70.2\n"
                    "门诊慢特病救助　　　2,284.6　　　21.9\n合计　　　　　　　　10,420.0　　　100.0\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {
        "1.042亿元": True, "7,316.8": False, "2,284.6": False, "10,420.0": False}


def test_a_total_row_with_empty_count_cells_totals_only_its_money_and_two_dashes_are_two_cells():
    # "合计——2,115.71" (its tabs gone): two empty cells then the money; the count columns it leaves empty hold
    # no parts of it (the counts stand), unless the text gave them (a 人数 column holding the 人次 told above)
    text = ("某县2024年第三季度社会救助工作情况公示\n第三季度，全县共支出各类社会救助资金1,732.6万元，共实施临时救助1,036人次。\n"
            "单位：户、人、万元\n项目\t保障户数\t保障人数\t本季度支出资金\n城市低保\t1,026\t1,812\t168.2\n"
            "农村低保\t9,104\t16,208\t1,306.9\n临时救助\t—\t1,036\t257.5\n合计——1,732.6\n")
    facts = extract(text)
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {
        "1,732.6万元": True, "168.2": False, "1,306.9": False, "257.5": False, "1,732.6": False}
    assert {b["quantity_text"]: b["countable"] for b in facts.beneficiaries} == {
        "1,036人次": True, "1,026": True, "1,812": True, "9,104": True, "16,208": True, "1,036": False}


def test_a_table_s_cells_further_on_adding_up_to_a_count_of_the_text_are_its_parts():
    text = ("某县2025年第一季度社会救助工作情况\n一、总体情况\n截至3月底，全县共有特困人员3,613人。\n\n全县户籍人口约64.2万人。"
            "全县23个乡镇均配备了社会救助协理员。\n\n二、分项统计\n单位：户、人、万元\n项目\t户数\t人数\t一季度支出\n"
            "特困供养（集中）\t—\t486\t241.86\n特困供养（分散）\t—\t3,127\t712.44\n合计\t—\t—\t954.30\n")
    counts = {b["quantity_text"]: b["countable"] for b in extract(text).beneficiaries}
    assert counts == {"3,613人": True, "486": False, "3,127": False}



def test_a_table_written_as_markdown_is_read_and_its_cells_add_up_to_the_exact_count_first():
    # (a menu bar has bars too; a block of rows opening and closing on bars, a bare figure in a cell, is a table)
    facts = extract("截至3月底，全县共有城乡低保对象11,083户18,366人；资助困难群众参保2.14万人。\n"
                    "| 指标名称 | 单位 | 本季度 | 同比增减（%） |\n"
                    "| 一、城乡最低生活保障 | | | |\n"
                    "| 城市低保户数 | 户 | 1,208 | -2.1 |\n"
                    "| 城市低保人数 | 人 | 1,946 | -3.4 |\n"
                    "| 农村低保户数 | 户 | 9,875 | 0.8 |\n"
                    "| 农村低保人数 | 人 | 16,420 | 0.5 |\n"
                    "| 享受高龄津贴人数 | 人 | 4,975 | 3.1 |\n"
                    "| 高龄津贴资金支出 | 万元 | 149.25 | 3.1 |\n")
    counts = {b["quantity_text"]: b["countable"] for b in facts.beneficiaries}
    assert counts == {"11,083户": True, "18,366人": True, "2.14万人": True, "1,208": False, "1,946": False,
                      "9,875": False, "16,420": False, "4,975": True}
    assert [(f["amount_text"], f["amount_yuan"]) for f in facts.funds] == [("149.25", 1_492_500)]
    # (its sub-sections numbered below the sections, empty cells after them, go on the table: a real 统计月报表)
    facts = extract("| 民政事业统计月报表 | ||\n| 2020年度 1月 | ||\n| 指标名称 | 单位 | 数量 |\n| 1.孤儿数 | 人 | 10,374 |\n"
                    "| (1)城市低保 | ||\n| A 城市低保人数 | 人 | 431,185 |\n| 2.特困人员救助供养 | ||\n"
                    "| B 农村特困人员救助供养人数 | 人 | 113,575 |\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["10,374", "431,185", "113,575"]


def test_a_table_cell_taken_as_a_piece_takes_the_same_figure_told_in_the_text_with_it():
    facts = extract("一季度，全区共发放各类社会救助资金1,556.52万元。\n发放城乡低保金911.06万元。\n"
                    "为9,864名老年人发放高龄津贴295.92万元。发放孤儿基本生活费24.47万元。\n"
                    "附表（单位：万元）\n项目\t金额\n城乡低保金\t911.06\n特困供养金\t186.42\n临时救助金\t138.65\n"
                    "高龄津贴\t295.92\n孤儿基本生活费\t24.47\n合计\t1,556.52\n")
    assert [f["amount_text"] for f in facts.funds if f["countable"]] == ["1,556.52万元"]


def test_a_place_s_row_under_a_column_of_those_helped_counts_the_group_its_caption_names():
    text = ("9月份，全市共实施临时救助1,963人次，支出临时救助资金392.6万元。\n"
            "附表：2025年9月份各县区临时救助情况统计表\n单位：人次、万元\n县区\t救助人次\t支出金额\n"
            "桥东区\t96\t28.7\n万全区\t97\t18.2\n合计\t193\t46.9\n")
    rows = [(b["quantity_text"], b["category"], b["not_countable_reason"]) for b in extract(text).beneficiaries]
    assert rows == [("1,963人次", "needy_general", None), ("96", "needy_general", "part"),
                    ("97", "needy_general", "part"), ("193", "needy_general", None)]


def test_a_township_s_row_under_a_column_of_those_helped_counts_the_group_its_caption_names_too():
    text = ("10月份，全县共实施临时救助412人次，支出临时救助资金86.3万元。\n"
            "附表：2025年10月份各乡镇临时救助情况统计表\n单位：人次、万元\n乡镇\t救助人次\t支出金额\n"
            "城关镇\t58\t12.4\n凤凰街道\t41\t9.6\n合计\t99\t22.0\n")
    rows = [(b["quantity_text"], b["category"], b["not_countable_reason"]) for b in extract(text).beneficiaries]
    assert rows == [("412人次", "needy_general", None), ("58", "needy_general", "part"),
                    ("41", "needy_general", "part"), ("99", "needy_general", None)]


def test_a_table_of_more_columns_than_its_listed_units_reads_money_then_the_count_named_last():
    text = ("现将冬春救助资金2846万元分配下达，市级配套资金320万元一并下达，合计3166万元。\n"
            "附件\n冬春临时生活困难救助资金分配表\n单位：万元、户\n县（区）\t中央和省级资金\t市级配套资金\t合计\t计划救助户数\n"
            "安定区\t412\t46\t458\t6120\n通渭县\t468\t53\t521\t7035\n合计\t880\t99\t979\t13155\n")
    facts = extract(text)
    assert [(f["amount_text"], f["amount_yuan"]) for f in facts.funds][3:6] == [("412", 4120000), ("46", 460000), ("458", 4580000)]
    assert [(b["quantity_text"], b["unit"]) for b in facts.beneficiaries] == [("6120", "户"), ("7035", "户"), ("13155", "户")]


def test_a_table_of_standards_under_a_rate_unit_gives_each_cell_as_a_rate():
    text = ("自2024年7月1日起调整全市城乡居民最低生活保障标准，全市平均标准为每人每月1084元。\n"
            "附件\n某市2024年城乡居民最低生活保障标准调整表\n单位：元/人·月\n县（市、区）\t调整前标准\t调整后标准\n"
            "东城区\t1026\t1090\n西城区\t1010\t1080\n")
    rows = [(f["amount_text"], f["per_unit"], f["flow"], f["countable"]) for f in extract(text).funds]
    assert rows == [("1084元", "person", "other", False), ("1026", "person", "other", False),
                    ("1090", "person", "other", False), ("1010", "person", "other", False),
                    ("1080", "person", "other", False)]
    # (its rows numbered, "序号　地区　调整前标准　调整后标准": blind set heldout91)
    numbered = text.replace("县（市、区）", "序号\t地区").replace("东城区", "1\t东城区").replace("西城区", "2\t西城区")
    assert [f["amount_text"] for f in extract(numbered).funds] == ["1084元", "1026", "1090", "1010", "1080"]


def test_a_table_s_numbered_labels_under_its_unit_line_are_rows():
    text = ("某市慈善总会2023年度工作报告\n\n全年募集的款物中，现金收入3905.12万元，物资捐赠折价957.25万元。\n\n"
            "2023年度慈善款物收支情况表\n（单位：万元）\n项　　目\t金　　额\n一、收入合计\t4862.37\n1.慈善一日捐\t1286.40\n"
            "2.网络募捐\t412.83\n二、支出合计\t4418.06\n1.助学项目\t335.60\n")
    amounts = [f["amount_text"] for f in extract(text).funds]
    assert amounts[:2] == ["3905.12万元", "957.25万元"]  # (the cash of the money raised is no household's income)
    assert {"1286.40", "412.83", "4418.06", "335.60"} <= set(amounts)


def test_a_units_line_listing_a_column_of_bodies_and_a_blank_line_before_the_header():
    # "单位：家、人、万元" over "机构数 补贴入住人数 补贴资金": the 家 column is read past, the money column read
    text = ("银川市下达养老机构运营补贴\n\n全市共下达养老机构运营补贴1,102.8万元。\n\n附件\n\n2024年度养老机构运营补贴资金分配表\n\n"
            "单位：家、人、万元\n\n县（市）区　　机构数　　补贴入住人数　　补贴资金\n兴庆区　　9　　1,036　　312.6\n"
            "金凤区　　7　　842　　256.8\n合计　　16　　1,878　　569.4\n")
    amounts = [f["amount_text"] for f in extract(text).funds]
    assert amounts[:1] == ["1,102.8万元"] and {"312.6", "256.8", "569.4"} <= set(amounts)
    assert not {"9", "7", "16"} & {b["quantity_text"] for b in extract(text).beneficiaries}


def test_a_subsidy_s_count_column_counts_whom_it_pays_for_as_parts_of_its_total_row():
    # "补贴入住人数" (those a care-home subsidy is paid for): the caption names them (养老机构: the elderly), the
    # rows are parts of the total row
    text = ("某市下达养老机构运营补贴\n\n全市共下达养老机构运营补贴569.4万元。\n\n附件\n\n2024年度养老机构运营补贴资金分配表\n\n"
            "单位：家、人、万元\n\n县（市）区　　机构数　　补贴入住人数　　补贴资金\n兴庆区　　9　　1,036　　312.6\n"
            "金凤区　　7　　842　　256.8\n合计　　16　　1,878　　569.4\n")
    rows = [(b["quantity_text"], b["unit"], b["category"], b["not_countable_reason"]) for b in extract(text).beneficiaries]
    assert rows == [("1,036", "人", "elderly", "part"), ("842", "人", "elderly", "part"), ("1,878", "人", "elderly", None)]


def test_a_sentence_naming_two_counts_is_no_header_over_the_phone_number_below_it():
    text = ("入冬以来，主动救助流浪乞讨人员58人次，其中护送返乡16人次。\n"
            "🔹发现流浪乞讨人员怎么办？请拨打救助热线：0771-5523110\n")
    assert unit_column_cells(text) == ()
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["58人次", "16人次"]
