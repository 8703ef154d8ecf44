"""Named campaigns and what is not a campaign."""
import pytest

from dagster_project.extraction import campaign_id

from .helpers import extract, fact_campaigns, fund_campaigns


def names(text):
    return {c["name"]: c for c in extract(text).campaigns}


def test_quoted_name_followed_by_kind_word():
    c = names("2024年，浙江省民政厅在全省开展“情暖夕阳”志愿服务活动，实施《幸福家园》工程。\n")
    assert c["情暖夕阳"]["kind"] == "活动"
    assert c["幸福家园"]["kind"] == "工程"
    assert c["情暖夕阳"]["year"] == 2024 and c["情暖夕阳"]["province"] == "浙江省"


def test_document_titles_systems_and_slogans_are_not_campaigns():
    c = names("2024年，省民政厅印发《关于开展困难群众走访慰问工作的通知》，建立“红黑名单”制度，"
              "以“民生实事”为抓手，确保“两节”期间群众温暖过冬。\n")
    assert c == {}


def test_list_of_quoted_names_shares_the_kind():
    c = names("2024年，安徽省合肥市组织开展“暖冬送温暖”“爱心年夜饭”等关爱行动。\n")
    assert set(c) == {"暖冬送温暖", "爱心年夜饭"}
    assert {x["kind"] for x in c.values()} == {"行动"}


def test_a_list_counted_after_deng_shares_the_kind():
    c = names("多年来，省慈善总会打造了“温情之旅”“复明行”“药箱计划”等60多个慈善品牌项目。\n")
    assert {n: c[n]["kind"] for n in c} == {"温情之旅": "项目", "复明行": "项目", "药箱计划": "计划"}


def test_name_carrying_its_own_kind_word():
    c = names("2024年，贵州省启动“黔爱计划”，并推进“银龄安康”项目。\n")
    assert c["黔爱计划"]["kind"] == "计划"
    assert c["银龄安康"]["kind"] == "项目"


def test_counted_list_inside_one_quote_is_split():
    c = names("2022年，引导社会组织参与“助学行、助医行、助老行”三个专项行动。\n")
    assert set(c) == {"助学行", "助医行", "助老行"}
    assert c["助学行"]["kind"] == "专项行动"


def test_relative_year_of_a_campaign():
    c = names("2024年春节前，河南省民政厅总结工作。自去年12月启动“寒冬送温暖”专项救助行动以来，成效明显。\n")
    assert c["寒冬送温暖"]["year"] == 2023


def test_leading_year_and_spaces_are_removed_from_name():
    c = names("2024年，省慈善总会开展“2024 慈善助学”项目。\n")
    assert "慈善助学" in c


def test_campaign_id_is_stable_across_articles_and_normalises_the_name():
    assert campaign_id("迎新春送温暖", 2024, "湖南省") == campaign_id("“迎新春 送温暖”", 2024, "湖南省")
    assert campaign_id("迎新春送温暖", 2024, "湖南省") != campaign_id("迎新春送温暖", 2023, "湖南省")


def test_fund_in_a_campaign_sentence_carries_its_campaign_id():
    facts = extract("2024年，四川省开展“情暖天府”慰问活动，筹集慰问资金2000万元。\n")
    cid = facts.campaigns[0]["campaign_id"]
    assert facts.funds[0]["campaign_id"] == cid


def test_single_quotes_and_corner_brackets_delimit_names_too():
    c = names("2024年，江苏省开展‘暖冬护航’行动和「銀齡關愛」活動。\n")
    assert set(c) == {"暖冬护航", "银龄关爱"}  # names in simplified characters, as the gold writes them


def test_a_campaign_named_in_the_headline_and_quoted_in_the_body_is_found():
    text = ("晉江市慈善總會「慈善助學」項目資助552名學子\n2024-08-26\n\n"
            "　　8月23日，晉江市慈善總會2024年「慈善助學」助學金發放儀式舉行。今年該項目共發放助學金284.4萬元。\n")
    facts = extract(text)
    assert [(c["name"], c["kind"]) for c in facts.campaigns] == [("慈善助学", "项目")]
    (fund,) = facts.funds
    assert fund["campaign_id"] == facts.campaigns[0]["campaign_id"]


def test_a_headline_shorthand_the_body_never_quotes_is_no_campaign():
    text = ("普安：“暖冬行动”让困难群众安心过冬\n\n"
            "入冬以来，普安县民政局开展“黔暖普安·冬日守护”行动，统筹资金286.4万元。\n")
    assert [c["name"] for c in extract(text).campaigns] == ["黔暖普安·冬日守护"]


def test_a_campaign_named_again_in_next_year_s_plan_keeps_the_year_it_ran():
    text = ("2025年，全市开展“寒冬送温暖”专项救助行动，救助流浪乞讨人员1200人次。\n"
            "2026年，市本级计划安排资金2.4亿元，继续开展“寒冬送温暖”专项救助行动。\n")
    assert names(text)["寒冬送温暖"]["year"] == 2025


def test_a_drive_named_as_where_money_came_from_owns_none_of_it():
    # "全部来源于…“慈善一日捐”活动募集的善款": the drive raised it; the project spends it
    text = ("市慈善总会今年继续实施“希望之翼”圆梦大学项目。\n项目安排专项资金36万元，全部来源于2024年市直单位“慈善一日捐”"
            "活动募集的善款。此次共资助90名符合条件的学生，资助标准为每人4000元。\n")
    facts = extract(text)
    names_by_id = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    assert {f["amount_text"]: names_by_id.get(f["campaign_id"]) for f in facts.funds}["36万元"] != "慈善一日捐"
    assert all(names_by_id.get(r["campaign_id"]) != "慈善一日捐" for r in facts.funds + facts.beneficiaries)


def test_a_drive_named_as_where_the_rest_came_from_owns_not_the_figure_before_it():
    # "…企业定向捐赠45万元，其余由…“慈善一日捐”…统筹解决": the gift is a piece of the ceremony's money
    text = ("兴文县“金秋助学”发放仪式举行\n8月20日，兴文县“金秋助学”活动助学金发放仪式举行，为306名困难学子发放助学金132万元。"
            "助学资金中，一家本地茶企定向捐赠45万元，其余由县慈善会“慈善一日捐”活动募集资金统筹解决。\n")
    assert fund_campaigns(extract(text)) == {"132万元": "金秋助学", "45万元": "金秋助学"}


def test_a_headline_of_two_topics_gives_its_campaign_only_what_the_body_tells_after_naming_it():
    # the opening paragraph reports the regular subsidy of the headline's first half (no campaign); the drive of
    # its second half owns what is told once the body names it
    text = ("某县居家养老服务补贴惠及1.1万余名老人 “银龄乐享”公益创投项目全部结项\n\n本报讯 记者从县民政局获悉，2024年全县共为"
            "11,268名老年人发放居家养老服务补贴1,326.4万元。\n\n全县全年累计为老年人提供助餐、助洁等上门服务42.6万人次。\n\n"
            "今年，县民政局实施“银龄乐享”公益创投项目，投入资金160万元，资助16家社会组织开展服务。\n")
    facts = extract(text)
    names_by_id = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    tie = {r.get("amount_text") or r.get("quantity_text"): names_by_id.get(r["campaign_id"])
           for r in facts.funds + facts.beneficiaries}
    assert tie == {"1,326.4万元": None, "160万元": "银龄乐享", "11,268名": None, "42.6万人次": None}


def test_an_occasion_an_event_is_held_on_is_no_campaign_of_that_event():
    # "利用“中华慈善日”举办筹募活动": the 活动 is the fundraiser's, held on the day
    text = "9月5日是第5个“中华慈善日”。自治区慈善总会利用“中华慈善日”举办筹募活动，共募集善款236.4万元。\n"
    assert "中华慈善日" not in names(text)


def test_a_year_in_the_next_item_of_a_list_dates_no_campaign_before_it():
    # "…“99公益日”网络募捐活动；…；自2026年起…": the year belongs to its own item
    text = ("2025年上半年工作总结\n\n四、下半年工作打算\n\n一是组织好“99公益日”网络募捐活动；二是推动社区慈善基金覆盖更多"
            "镇街；三是自2026年起“暖心助学”资助标准拟提高至每人6,000元。\n")
    assert names(text)["99公益日"]["year"] == 2025


def test_the_founding_of_the_charity_leading_a_paragraph_is_no_year_of_its_project():
    text = ("2024年，市慈善总会扎实开展各项工作。\n我会自1996年成立以来，累计募集慈善款物6.8亿元。"
            "其中，“椰城助学”项目累计资助困难学生2.1万名。\n")
    assert names(text)["椰城助学"]["year"] == 2024


def test_what_the_work_became_in_quotes_is_no_campaign():
    text = "某县组织开展“敲门行动”，全县入户走访860户，让“敲门行动”变成了“暖心行动”“连心行动”。\n"
    assert [c["name"] for c in extract(text).campaigns] == ["敲门"]



def test_the_whole_region_s_regular_payment_told_in_a_city_s_drive_is_not_the_drive_s():
    text = ("锡林郭勒盟民政局开展“草原暖冬”关爱行动，累计走访受灾牧户4,280户次，为612户特殊困难家庭送去"
            "米面油和取暖物资，价值约24.5万元。同期，自治区民政厅已向全区156.2万名城乡低保对象发放今冬"
            "一次性取暖补贴3.12亿元。\n")
    facts = extract(text)
    assert fund_campaigns(facts) == {"约24.5万元": "草原暖冬", "3.12亿元": None}


def test_a_paragraph_opening_on_the_campaign_owns_its_examples_but_not_the_regular_programmes_it_tells_of():
    text = ("市民政局组织开展“百社联百村”行动，引导社会组织与帮扶村结对。\n"
            "行动中，各社会组织发挥自身优势。如，市企业家联合会为结对村捐建大棚12个，投入资金60万元。\n"
            "活动中，工作人员还宣讲了高龄补贴政策。今年1至9月，全市共发放高龄补贴1,396.4万元。\n")
    facts = extract(text)
    assert fund_campaigns(facts) == {"60万元": "百社联百村", "1,396.4万元": None}


def test_a_campaign_takes_the_event_after_a_service_word_and_the_fuller_kind_of_a_later_mention():
    text = ("区民政局开展“银龄乐享”养老服务消费券发放活动。\n县民政局“幸福敲门”行动进展顺利。全县开展“幸福敲门”专项行动，走访困难群众1,200户。\n")
    kinds = {c["name"]: c["kind"] for c in extract(text).campaigns}
    assert kinds == {"银龄乐享": "活动", "幸福敲门": "专项行动"}


def test_a_figure_of_the_campaign_named_before_it_keeps_it_though_a_part_names_another_after_qizhong():
    text = ("江门市慈善会2024年度公益报告\n9月，江门市慈善会组织开展“99公益日”网络募捐活动，全市共有46个慈善项目上线，"
            "筹得善款1,086.5万元，其中“侨乡暖童”项目筹款312.4万元。\n")
    facts = extract(text)
    assert fund_campaigns(facts) == {
        "1,086.5万元": "99公益日", "312.4万元": "侨乡暖童"}


def test_a_quoted_phrase_before_the_service_it_gets_is_no_campaign():
    text = "深入实施“幸福养老”工程，新增养老床位1,500张，让老年人在“家门口”享受更多养老服务。\n"
    assert [c["name"] for c in extract(text).campaigns] == ["幸福养老"]


def test_a_campaign_of_a_season_across_two_years_runs_in_its_first_year():
    text = ("全省“寒冬送温暖”专项救助行动圆满收官\n发布时间：2025年04月03日\n"
            "由省民政厅部署开展的2024—2025年度“寒冬送温暖”专项救助行动已于3月31日结束。\n")
    assert [(c["name"], c["year"]) for c in extract(text).campaigns] == [("寒冬送温暖", 2024)]


def test_a_drive_the_work_went_along_with_owns_none_of_the_figures_told_before_it():
    text = ("南阳市统筹2860万元开展“两节”走访慰问\n元旦春节临近，南阳市民政局统筹资金2,860万元开展走访慰问，共惠及困难群众18.6万户。"
            "各县（市、区）结合“暖心敲门”行动，同步对独居老人开展入户探访。\n")
    facts = extract(text)
    assert [c["name"] for c in facts.campaigns] == ["暖心敲门"]
    assert [r["campaign_id"] for r in facts.funds + facts.beneficiaries] == [None, None]


def test_the_government_s_own_payment_told_beside_a_charity_drive_is_not_the_drive_s():
    text = ("春节期间，州民政局联合州慈善总会开展“情暖天山”慈善助困活动，州、县两级慈善会募集款物1,372万元，"
            "走访慰问困难群众8,460户。同时，各县市财政向城乡低保对象、特困人员发放一次性生活补贴2,960.4万元。\n")
    facts = extract(text)
    assert fund_campaigns(facts) == {
        "1,372万元": "情暖天山", "2,960.4万元": None}


@pytest.mark.parametrize("sentence", [
    "2025年将把资助规模提高到450万元，重点向“一老一小”和社区嵌入式服务倾斜。",  # the service is the other noun's
    "全区社工站聚焦“一老一小一困”群体开展专业服务。",  # a group the service is given to
    "市民政局持续做好“一老一小”服务关爱，投入资金1215万元。",  # the policy phrase, no drive of its own
    "她的“时间账户”里已存储服务时长310小时。",  # an account that stores the service, no drive
])
def test_a_quoted_group_before_a_service_of_another_noun_is_no_campaign(sentence):
    assert extract("测试\n" + sentence + "\n").campaigns == []


def test_the_projects_a_campaign_selected_are_no_stock_of_recipients():
    # "共有46个项目入选": 共有 counts projects, not people on a register; the money is the campaign's
    facts = extract("徐汇公益创投\n2024年徐汇区“汇爱益家”社区公益创投活动项目签约仪式举行。本届活动共有46个项目入选，"
                    "获得区福利彩票公益金资助资金共计386万元。\n")
    assert fund_campaigns(facts) == {"386万元": "汇爱益家"}


def test_a_nationwide_drive_named_without_quotes_is_a_campaign():
    facts = extract("99公益日，省残基会如期实现筹款目标\n今年99公益日，省残疾人福利基金会共募集资金310.73万元，"
                    "其中线上筹款120.33万元。\n")
    assert [(c["name"], c["kind"]) for c in facts.campaigns] == [("99公益日", "活动")]
    assert fund_campaigns(facts) == {"310.73万元": "99公益日", "120.33万元": "99公益日"}


def test_a_nationwide_drive_quoted_as_a_day_stays_no_campaign():
    # the quoted name's own rules decide: "第九个“中华慈善日”", "在“99公益日”期间" name a day
    assert extract("9月5日是第九个“99公益日”。市慈善总会当天募集善款12万元。\n").campaigns == []


def test_a_paragraph_framed_by_the_event_that_launches_a_drive_of_its_own_reports_that_drive():
    facts = extract("中华慈善日活动\n9月5日，市民政局举行2024年“中华慈善日”主题活动，23家企业共捐赠款物186.5万元。\n"
                    "活动中，市民政局同步启动“善满锡城”慈善超市惠民行动。各慈善超市将为3,000户困难家庭每户发放一张"
                    "价值150元的礼包卡，所需资金45万元由市慈善总会统筹安排。\n")
    assert fund_campaigns(facts) == {"186.5万元": "中华慈善日", "150元": "善满锡城", "45万元": "善满锡城"}


def test_a_campaign_named_in_a_numbered_section_of_a_report_owns_no_other_section():
    text = ("2024年江西省民政事业发展统计公报\n（四）走访慰问。元旦春节期间，全省组织开展“情暖赣鄱”迎新春送温暖活动，"
            "各级共筹集慰问款物4.12亿元。\n（五）慈善事业。全年各级慈善组织共接收社会捐赠款物18.7亿元。\n")
    assert fund_campaigns(extract(text)) == {"4.12亿元": "情暖赣鄱", "18.7亿元": None}


def test_a_campaign_named_in_a_parenthesis_owns_only_the_figure_inside_it():
    text = ("福彩公益金使用情况\n2024年，全县共使用福彩公益金295.2万元，主要用于：养老服务设施运营补贴146.1万元（含“银龄安居”"
            "项目资金19.6万元），困难群众临时救助149.1万元。通过上述资助，173名困难老人入住养老机构。"
            "此外，“银龄安居”项目为64户独居老人家庭实施适老化改造。\n")
    facts = extract(text)
    assert fund_campaigns(facts) == {"295.2万元": None, "146.1万元": None, "19.6万元": "银龄安居", "149.1万元": None}
    names = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    assert {b["quantity_text"]: names.get(b["campaign_id"]) for b in facts.beneficiaries} == \
        {"173名": None, "64户": "银龄安居"}


def test_a_drive_launched_in_a_later_clause_owns_what_follows_and_the_headline_s_campaign_what_came_before():
    text = ("桐乡举行2024年“中华慈善日”主题活动\n9月5日，2024年桐乡市“中华慈善日”主题活动在市民广场举行。\n"
            "活动现场，38家爱心企业共认捐善款和物资1,184.2万元。市慈善总会还为26户困难家庭每户发放慰问金2,000元，"
            "并启动2024年“凤鸣助学”项目，首批拨付助学资金86万元。\n")
    assert fund_campaigns(extract(text)) == {"1,184.2万元": "中华慈善日", "2,000元": "中华慈善日",
                                             "86万元": "凤鸣助学"}


def test_a_campaign_quoted_in_the_headline_and_written_bare_in_the_body_is_found_there():
    text = ("某省启动2023年“迎新春送温暖”慰问活动\n1月10日，某省启动2023年迎新春送温暖慰问活动，"
            "全省将发放慰问金近2.6亿元，走访慰问困难群众41万户。\n")
    facts = extract(text)
    assert [c["name"] for c in facts.campaigns] == ["迎新春送温暖"]
    assert fund_campaigns(facts) == {"近2.6亿元": "迎新春送温暖"}


def test_a_quoted_gift_among_goods_is_no_campaign_and_a_quoted_name_ending_in_gongcheng_keeps_it_and_is_typed_by_it():
    # (four of five annotators keep 工程 inside the quotes in the name: "福彩圆梦·孤儿助学工程", "善居工程"; 行动 and 活动
    # inside the quotes are dropped, "“慈善暖心行动”" is 慈善暖心)
    facts = extract("崇川区红十字会启动“红十字博爱送万家”活动，筹集米、面、油及“博爱温暖包”等慰问物资，价值42.8万元。"
                    "通过“福康工程”为320名困难残疾人适配辅助器具。\n")
    assert sorted((c["name"], c["kind"]) for c in facts.campaigns) == [("福康工程", "工程"), ("红十字博爱送万家", "活动")]


def test_a_quoted_slogan_of_someone_in_action_keeps_its_zai_xingdong():
    # (行动 after 在 is the verb of "…in action", not the drive's kind word dropped from inside the quotes)
    facts = extract("省民政厅部署开展“防汛救灾·民政在行动”专项行动，为受灾群众发放救助金1,260万元。\n")
    assert [(c["name"], c["kind"]) for c in facts.campaigns] == [("防汛救灾·民政在行动", "行动")]


def test_slogans_ways_of_service_and_publications_are_no_campaigns():
    facts = extract("县里坚持“钱到、人到、心到”的助学行动准则，推行“一站式”网上服务，《中国慈善家》记者走访了“红色兰考”项目。"
                    "市民政局启动《成长守护》关爱项目，投入福彩公益金80万元。\n")
    assert sorted(c["name"] for c in facts.campaigns) == ["成长守护", "红色兰考"]


def test_a_relief_procedure_in_quotes_is_no_campaign():
    facts = extract("荔浦市民政局全面推行临时救助“先行救助”机制，市财政统筹拨付乡镇临时救助备用金130万元。\n")
    assert facts.campaigns == []


def test_a_drive_run_alongside_the_work_told_before_owns_only_its_own_figures():
    facts = extract("于都县统筹款物1286万元慰问困难群众\n1月中旬以来，于都县统筹县级财政资金和社会捐赠款物1,286万元，走访慰问困难群众"
                    "3.42万户。春节期间，县民政局同步开展“暖心敲门”行动，入户探访独居、空巢老人1,840户。\n")
    names = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    assert [names.get(f["campaign_id"]) for f in facts.funds] == [None]
    assert [(b["quantity_text"], names.get(b["campaign_id"])) for b in facts.beneficiaries] == [
        ("3.42万户", None), ("1,840户", "暖心敲门")]


def test_a_headline_naming_the_campaign_by_what_it_is_makes_it_the_story_s_and_a_way_of_choosing_is_none():
    facts = extract("张店区投入260万元启动第三届社区公益创投\n4月15日，张店区第三届“益暖张店”社区公益创投活动项目签约仪式举行。"
                    "据了解，本届创投统筹资金共260万元。项目由社会组织“揭榜”设计项目。\n")
    assert [c["name"] for c in facts.campaigns] == ["益暖张店"]
    assert fund_campaigns(facts) == {"260万元": "益暖张店"}


def test_the_visit_s_time_ties_its_figures_and_a_drive_run_besides_is_not_the_story_s():
    facts = extract("城关区开展走访慰问活动\n城关区民政局在全区开展“暖心雪域”走访慰问活动。\n\n"
                    "慰问期间，区慈善协会组织爱心企业捐赠物资，折合价值68.5万元。\n")
    assert fund_campaigns(facts) == {"68.5万元": "暖心雪域"}
    facts = extract("西宁下拨临时救助备用金\n近日，西宁市民政局向各区县下拨临时救助备用金630万元。今年1月以来，全市已支出资金318.5万元。"
                    "春节前后，市民政局还组织开展“寒冬送温暖”专项救助行动，救助流浪乞讨人员126人次。\n")
    assert fund_campaigns(facts) == {"630万元": None, "318.5万元": None}


def test_a_quoted_phrase_describing_a_service_is_no_campaign():
    facts = extract("便民服务\n街道持续为社区居民提供“看得见摸得着”的实惠便民服务，全年发放物资价值81293元。\n")
    assert facts.campaigns == []


def test_a_project_named_in_passing_far_down_a_one_paragraph_page_leads_nothing():
    facts = extract("对口地区帮扶\n2019年，区红十字会为云南、贵州、西藏等地区募集爱心款物183.16万余元。其中援助云南昆明款物共计178万元。"
                    "援助西藏日喀则款物2.73万元。援助贵州省“习水县贫困学生”项目捐款2.4万余元。\n")
    assert fund_campaigns(facts)["183.16万余元"] is None


def test_a_quoted_name_with_a_long_descriptor_before_its_kind_word_is_a_campaign():
    c = names("近日，鹤壁市民政局启动“暖心相伴”农村留守老人冬季关爱探访行动，探访留守老人1.2万人次。\n")
    assert set(c) == {"暖心相伴"} and c["暖心相伴"]["kind"] == "行动"


def test_a_day_s_theme_is_no_campaign():
    assert names("当天，市民政局举行以“科技助残 共享美好”为主题的助残日活动，为残疾人送去辅具。\n") == {}


def test_quoted_words_naming_the_group_a_drive_is_for_are_no_campaign():
    assert names("近日，县民政局组织开展“三留守”人员的关爱行动，走访留守老人120名。\n") == {}
    # (nor one of the groups listed before the visit: the drive's figure keeps the drive named before)
    text = ("今年全省“迎新春送温暖献爱心”活动启动，全省将面向城乡低保、特困人员以及“三留守”困难家庭等进行重点走访慰问，"
            "现已归集走访慰问资金4.62亿元。\n")
    assert set(names(text)) == {"迎新春送温暖献爱心"}
    assert fund_campaigns(extract(text))["4.62亿元"] == "迎新春送温暖献爱心"


def test_a_way_of_serving_someone_is_no_campaign():
    assert names("驻站社工为126名独居、失能老人提供“一对一”个案服务，建立“一人一档”。\n") == {}


def test_a_holiday_is_no_campaign():
    facts = extract("县慈善总会与县老年人协会联合举办“老年节”五项活动，出资3万元慰问老人。\n")
    assert facts.campaigns == []


def test_this_event_pointed_back_at_is_the_last_campaign_of_that_kind_not_the_last_named():
    facts = extract("9月7日至9日，全州32家慈善组织参与“99公益日”网络募捐活动，共上线“苗岭暖心”“侗乡助学”等慈善项目42个。"
                    "活动期间，全州共筹集善款1,026.8万元。\n")
    assert fund_campaigns(facts) == {"1,026.8万元": "99公益日"}


def test_a_kind_of_project_quoted_is_no_campaign():
    facts = extract("资助大学生是绍兴市慈善总会的“保留项目”，今年共资助90名新生，发放助学金45万元。\n")
    assert facts.campaigns == []


def test_a_closing_sentence_saying_what_the_event_was_ties_its_figures_to_that_campaign():
    facts = extract("本报讯 1月17日，价值约10万元的红十字物资发往各县（市）区。\n"
                    "这是市红十字会举行的第13次“博爱送万家”爱心物资发放活动。\n")
    assert fund_campaigns(facts) == {"约10万元": "博爱送万家"}


def test_the_year_a_campaign_was_founded_is_not_its_year():
    facts = extract("“红十字博爱送万家”活动是中国红十字会于1999年发起的一项品牌公益活动。2024年1月，市红十字会向困难群众发放暖包200套。\n")
    assert {c["name"]: c["year"] for c in facts.campaigns} == {"红十字博爱送万家": 2024}


def test_the_head_of_a_two_part_name_is_that_campaign_named_again():
    facts = extract("“慈善助医 滨城同心”项目为大病困难患者减负，今年共资助1,126人次。\n患者王先生拿到“慈善助医”项目资助的1.5万元救助金。\n")
    assert [c["name"] for c in facts.campaigns] == ["慈善助医滨城同心"]


def test_a_joint_launch_names_two_campaigns_and_their_money_together_is_neither_s():
    facts = extract("1月10日，长沙市2025年“慈善一日捐”暨“迎新春送温暖”活动启动仪式举行。仪式现场，37家爱心企业认捐款物1,268万元。"
                    "市领导带头参加“慈善一日捐”，现场捐款3.85万元。\n")
    assert {c["name"] for c in facts.campaigns} == {"慈善一日捐", "迎新春送温暖"}
    assert fund_campaigns(facts) == {"1,268万元": None, "3.85万元": "慈善一日捐"}


def test_the_doorstep_is_no_campaign():
    facts = extract("“家门口”养老服务暖心又贴心\n\n今年投入的1,168万元居家社区养老服务资金，正让越来越多老年人在“家门口”享受到专业服务。\n")
    assert facts.campaigns == []


def test_a_report_section_headed_by_a_campaign_is_the_campaign_s_standards_too():
    facts = extract("某县民政局2025年部门预算公开说明\n\n（四）“幸福渭南·银龄安康”居家养老服务项目。为1,850名经济困难的失能老年人提供上门服务，"
                    "服务补贴标准为每人每月220元。\n")
    assert fund_campaigns(facts) == {"220元": "幸福渭南·银龄安康"}


def test_a_campaign_s_paragraph_counting_those_who_took_part_still_reports_it():
    facts = extract("12月1日起，市慈善总会发起“一元捐”爱心行动。截至12月15日，共有1.2万余人次参与捐款，募集善款38.7万元。\n")
    assert fund_campaigns(facts) == {"38.7万元": "一元捐"}


def test_the_work_a_campaign_was_described_as_named_again_is_its_own():
    facts = extract("三亚：重度残疾人“托得住、养得好”\n\n今年3月，三亚市民政局全面推开“鹿城安护”重度残疾人集中照护项目，入住重度残疾人412名。\n\n"
                    "今年1至11月，市、区两级共投入集中照护资金1186.4万元。\n")
    assert fund_campaigns(facts) == {"1186.4万元": "鹿城安护"}


def test_a_campaign_listed_as_one_channel_of_several_leads_no_story():
    page = ("2013年，宁波市两级慈善机构的募捐渠道有4个：抗震救灾专项募集、企业冠名基金、“慈善一日捐”，以及社会爱心人士隐名捐款。\n"
            "新建企业冠名基金18家，实际到位资金367万元。\n"
            "在“慈善一日捐”活动中，市慈善总会共收到捐款944.28万元。\n")
    facts = extract(page)
    names = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    assert {f["amount_text"]: names.get(f["campaign_id"]) for f in facts.funds} == {
        "367万元": None, "944.28万元": "慈善一日捐"}


def test_a_campaign_named_as_a_part_of_a_whole_owns_nothing_after_its_item():
    facts = extract("2025年，我县全年募集善款4987.31万元，其中“慈善一日捐”活动募集455.31万元；慈善救助支出3772.96万元，"
                    "受益困难群众47160人次。\n")
    names = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    assert {f["amount_text"]: names.get(f["campaign_id"]) for f in facts.funds} == {
        "4987.31万元": None, "455.31万元": "慈善一日捐", "3772.96万元": None}
    assert [b["campaign_id"] for b in facts.beneficiaries] == [None]


def test_a_body_s_short_name_in_quotes_is_no_campaign():
    facts = extract("中华思源工程基金会（简称“思源工程”）2022年共募集善款3.2亿元，救助困难群众12万人次。\n")
    assert facts.campaigns == [] and [f["campaign_id"] for f in facts.funds] == [None]


def test_a_campaign_named_in_one_item_of_a_breakdown_is_that_item_s_source_only():
    by_source = extract("2024年，总会接收捐赠款物4,268万元。\n捐赠资金按来源分：企业捐赠2,015万元，个人捐赠386万元，"
                        "“慈善一日捐”活动募集482万元，互联网平台募集222万元。\n")
    assert fund_campaigns(by_source) == {"4,268万元": None, "2,015万元": None, "386万元": None,
                                         "482万元": "慈善一日捐", "222万元": None}
    # a ；-item opening on its campaign owns its clauses
    by_project = extract("从项目看，“刺桐助学”项目募集善款426万元，将资助1,200名困难家庭学生；"
                         "“银龄暖餐”项目募集善款318万元。\n")
    assert fund_campaigns(by_project) == {"426万元": "刺桐助学", "318万元": "银龄暖餐"}


def test_a_campaign_named_as_what_goes_on_beside_owns_none_of_the_other_work_told_after_it():
    text = ("某市扎实开展“暖心敲门”行动\n入冬以来，市民政局组织开展“暖心敲门”行动，走访困难群众1.26万户。\n"
            "在做好“暖心敲门”的同时，全市同步落实各项常规救助政策。市财政安排冬季取暖补贴资金150万元。\n"
            "在做好“光明行”项目的同时，县慈善总会今年还实施“慈善助医”项目，每人最高不超过2万元。\n")
    assert fund_campaigns(extract(text)) == {"150万元": None, "不超过2万元": "慈善助医"}


def test_a_five_year_plan_s_span_in_quotes_is_no_campaign():
    facts = extract("“十四五”时期全区养老服务工作成效明显\n“十四五”以来，全区为3.6万名独居老年人提供探访关爱服务。\n")
    assert facts.campaigns == []


def test_the_parts_of_a_sum_named_back_take_that_sum_s_campaign_or_none():
    text = ("入冬以来，县民政局启动“暖冬护航”专项行动，走访困难群众1.26万户，发放御寒物资折合约71.5万元。\n"
            "兜底保障同步加力。县民政局提前发放城乡低保金、特困人员救助供养金共计1268万元。这笔资金中，自治区和市级下拨1082万元，"
            "县级配套186万元。\n")
    assert fund_campaigns(extract(text)) == {"约71.5万元": "暖冬护航", "1268万元": None, "1082万元": None, "186万元": None}


def test_a_drive_joined_by_ji_to_the_season_s_event_is_a_campaign():
    facts = extract("1月15日，县民政局启动“寒冬送温暖”暨2026年元旦春节慰问活动，共走访慰问困难群众860户，发放慰问金25.8万元。\n")
    assert [(c["name"], c["kind"]) for c in facts.campaigns] == [("寒冬送温暖", "活动")]
    assert fund_campaigns(facts) == {"25.8万元": "寒冬送温暖"}


def test_the_campaign_whose_lead_sentence_gives_the_headline_s_total_owns_the_story_beside_a_project_named_later():
    text = ("某县发放春节慰问金物资862万元温暖2.1万户困难群众\n"
            "新春佳节来临之际，县民政局开展2025年“迎新春 送温暖”走访慰问活动，统筹各级资金和社会捐赠款物共计862万元。\n"
            "此次慰问款物主要由两部分构成：上级下达的春节一次性慰问补贴资金508万元，县级财政安排的走访慰问资金354万元。\n"
            "一次性慰问补贴按照每人150元的标准发放。截至1月20日，全县共向2.96万名城乡低保对象发放一次性慰问补贴444万元。\n"
            "县慈善会还通过“慈善年货大礼包”项目，向1,860户困难家庭每户发放价值200元的年货礼包。\n")
    facts = extract(text)
    campaigns = fund_campaigns(facts)
    assert (campaigns["508万元"], campaigns["444万元"]) == ("迎新春送温暖", "迎新春送温暖")
    names = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    assert {b["quantity_text"]: names.get(b["campaign_id"]) for b in facts.beneficiaries}["2.96万名"] == "迎新春送温暖"


def test_the_parts_of_a_drive_s_total_take_its_campaign_and_its_period_is_not_last_year_s_source_drive():
    text = ("为让困难群众过一个欢乐祥和的春节，市民政局联合市慈善总会开展“慈心暖万家”新春慰问活动。\n"
            "今年的“慈心暖万家”新春慰问活动共筹集善款和物资286.5万元。其中，爱心企业捐赠现金158万元，捐赠米、面、油等物资"
            "折合人民币76.3万元；市慈善总会从去年“慈善一日捐”活动募集资金中统筹52.2万元。\n"
            "活动期间，市、镇两级民政干部深入各镇街区，走访慰问困难群众5,216户，发放慰问金104.3万元。\n")
    campaigns = fund_campaigns(extract(text))
    assert (campaigns["158万元"], campaigns["76.3万元"], campaigns["104.3万元"]) == ("慈心暖万家",) * 3


def test_the_period_of_two_drives_held_as_one_event_owns_neither_drive_s_figure():
    text = ("某市“99公益日”暨“慈善一日捐”活动收官\n"
            "9月13日，记者从市慈善总会获悉，2024年“99公益日”暨全市“慈善一日捐”活动日前圆满收官。"
            "活动期间，全市慈善会系统共募集善款3216.3万元，比上年增加412.8万元。\n")
    assert fund_campaigns(extract(text)) == {"3216.3万元": None, "412.8万元": None}


def test_a_paragraph_opening_on_the_regular_payments_made_on_time_is_no_drive_s():
    text = ("某县“冬暖某城”走访慰问活动让困难群众暖心过节\n"
            "1月上旬起，县民政局在全县开展“冬暖某城”走访慰问活动，走访慰问困难群众2.1万户，发放慰问金630万元。\n"
            "节日期间，各类救助资金按时足额发放。两节期间，全县共对986人次困难群众实施临时救助，支出临时救助金286.4万元。\n")
    assert fund_campaigns(extract(text)) == {"630万元": "冬暖某城", "286.4万元": None}


def test_a_topic_paragraph_that_launches_a_drive_is_that_drive_s():
    text = ("某市全力做好防汛救灾工作\n资金方面，市财政安排市级救灾应急资金800万元。\n"
            "社会力量方面，市慈善总会发起“携手同心·重建家园”慈善募捐活动。截至8月5日，共接收社会捐赠款物1,863.7万元。\n")
    assert fund_campaigns(extract(text)) == {"800万元": None, "1,863.7万元": "携手同心·重建家园"}


def test_a_prize_named_in_quotes_is_no_campaign():
    facts = extract("公益创投大赛颁奖\n本次大赛评出“最聚人气奖”等22个项目，资助金额共计120万元。\n")
    assert facts.campaigns == [] and fund_campaigns(facts) == {"120万元": None}


def test_a_drive_named_only_in_the_headline_of_a_body_naming_none_is_the_story_s():
    text = ("“暖冬行动”为万户困难家庭送去温暖\n入冬以来，诸城市民政局为10,436户低保、特困家庭发放一次性取暖补贴521.8万元。\n"
            "与此同时，全市城乡低保金按时足额发放，今年以来累计发放城乡低保金1.86亿元。\n")
    facts = extract(text)
    assert [(c["name"], c["kind"], c["span_start"]) for c in facts.campaigns] == [("暖冬", "行动", None)]
    assert fund_campaigns(facts)["521.8万元"] == "暖冬"


def test_a_campaign_s_figures_in_the_place_its_sentence_says_it_runs_are_its_own():
    # money raised in one city, spent in another the campaign's sentence names: the spending is the campaign's
    text = ("苏州市慈善总会“苏铜同心”东西部协作慈善基金2024年度使用情况报告\n"
            "2024年，苏州市慈善总会依托“苏铜同心”慈善帮扶项目，在贵州省铜仁市6个区县实施助学、助老等慈善帮扶。\n"
            "一、资金募集情况\n2024年，“苏铜同心”项目共募集善款1862.4万元。\n"
            "二、资金使用情况\n全年向铜仁市拨付项目资金1706.8万元，资助困难学生1904名。\n")
    assert fact_campaigns(extract(text)) == {"1862.4万元": "苏铜同心", "1706.8万元": "苏铜同心", "1904名": "苏铜同心"}


def test_the_year_s_work_so_far_of_the_body_running_a_drive_is_not_the_drive_s():
    text = ("“善行临泽·情暖万家”慈善募捐活动启动 现场认捐786.5万元\n"
            "9月5日，临泽县2024年“善行临泽·情暖万家”慈善募捐活动启动仪式举行。\n"
            "启动仪式上，县慈善总会通报了今年以来的工作情况。今年1至8月，县慈善总会共募集款物1,326.4万元，"
            "支出救助款物1,142.8万元，受益群众2.31万人次。\n"
            "随后，爱心企业和个人代表依次登台认捐。仪式现场，32家爱心企业和个人共认捐善款786.5万元。\n")
    assert fact_campaigns(extract(text)) == {
        "1,326.4万元": None, "1,142.8万元": None, "2.31万人次": None, "786.5万元": "善行临泽·情暖万家"}


def test_a_campaign_opening_a_later_clause_with_its_own_figure_owns_not_the_figure_before():
    text = ("全省困难群众冬春保障新闻发布会\n今年10月起，省民政厅在全省部署开展“三秦暖冬”专项行动，已走访困难群众41.2万户。\n"
            "今年以来，全省各类救助资金支出68.5亿元，“三秦暖冬”专项行动发放临时救助金3960万元。\n")
    assert fund_campaigns(extract(text)) == {"68.5亿元": None, "3960万元": "三秦暖冬"}


def test_the_year_so_far_after_the_drive_named_in_its_own_sentence_is_the_drive_s():
    # (past the clause naming it: "今年以来，…已使用“慈善一日捐”善款救助…；为67户…发放…，共20.1万元")
    text = ("全市“慈善一日捐”募集善款1,286万元\n日前，全市“慈善一日捐”活动共募集善款1,286万元。\n"
            "今年以来，市慈善总会已使用“慈善一日捐”善款救助大病患者312人次，支出89.4万元；为67户因灾受损家庭每户发放重建补助"
            "3000元，共20.1万元。\n")
    assert fund_campaigns(extract(text))["20.1万元"] == "慈善一日捐"


def test_a_year_s_area_wide_total_after_a_campaign_named_mid_paragraph_is_no_campaign_s():
    # (the paragraph reports the fund's results, one campaign among them; "2023年，全市共筹集…" is the fund's year)
    text = ("福彩公益金的投入，有效改善了我市养老和儿童福利设施条件。“福彩圆梦·孤儿助学”工程今年资助孤儿大学生61人，"
            "发放助学金30.5万元。2023年，全市共筹集福彩公益金2.87亿元，将用于支持社会福利和公益事业发展。\n")
    assert fund_campaigns(extract(text)) == {"30.5万元": "福彩圆梦·孤儿助学", "2.87亿元": None}


def test_the_year_s_area_wide_spending_in_a_topic_paragraph_opening_on_a_campaign_is_no_campaign_s():
    text = ("某市2023年国民经济和社会发展统计公报（节选）\n社会事务方面，全年办理结婚登记1.52万对。\n"
            "慈善事业方面，全市在2023年“广东扶贫济困日”活动中认捐款物1.46亿元。全年全市慈善组织支出慈善款物1.18亿元，受益困难群众"
            "21.3万人次。\n")
    assert fund_campaigns(extract(text)) == {"1.46亿元": "广东扶贫济困日", "1.18亿元": None}


def test_a_campaign_cited_as_the_policy_the_work_follows_owns_none_of_its_figures():
    # ("按照“十个全覆盖”工程要求": the regular allowance answers to it; the disaster money after it is no one's)
    text = ("按照“十个全覆盖”工程要求，将80周岁以上老人纳入高龄津贴范围，全年发放高龄津贴2786万元。"
            "针对全市各地区受灾情况，共下拨救灾资金3581万元。\n")
    assert fund_campaigns(extract(text)) == {"2786万元": None, "3581万元": None}


def test_a_paragraph_opening_on_the_standing_work_s_history_holds_none_of_the_drive_s_figures():
    facts = extract("谷城县“暖心敲门”行动走进3800余户独居空巢老人家\n"
                    "1月2日起，谷城县民政局开展“暖心敲门”行动，共走访探视特殊困难老年人3826户。\n"
                    "据了解，谷城县自2021年建立特殊困难老年人探访关爱制度以来，累计探访服务老年人12.6万人次。目前，全县纳入"
                    "探访关爱名录的特殊困难老年人共5127人，县财政每年安排探访关爱专项经费60万元。今年新增经费10万元。\n")
    (c,) = facts.campaigns
    owner = {r.get("amount_text") or r.get("quantity_text"): r["campaign_id"] for r in facts.funds + facts.beneficiaries}
    assert owner == {"3826户": c["campaign_id"], "12.6万人次": None, "5127人": None, "60万元": None,
                     "10万元": c["campaign_id"]}


def test_a_figure_card_belongs_to_the_campaign_its_label_names():
    facts = extract("数说2024｜江夏民政这一年\n\n2024年，江夏区民政局在养老服务等方面交出了一份民生答卷。\n\n41.2万人次\n“银龄饭桌”助餐工程全年服务老年人\n\n2246万元\n全年发放高龄津贴\n")
    (c,) = facts.campaigns
    owner = {r.get("amount_text") or r.get("quantity_text"): r["campaign_id"] for r in facts.funds + facts.beneficiaries}
    assert (c["name"], owner) == ("银龄饭桌", {"41.2万人次": c["campaign_id"], "2246万元": None})


def test_a_paragraph_opening_on_work_done_alongside_the_drive_holds_none_of_its_figures():
    facts = extract("全省“慈善情暖万家”活动筹集款物1.38亿元\n"
                    "2024年元旦春节期间，全省组织开展“慈善情暖万家”活动，共筹集款物1.38亿元。\n"
                    "在开展慈善慰问的同时，全省民政部门提前足额发放1月份城乡低保金8.74亿元；春节前对遭遇突发困难的家庭实施临时救助"
                    "3.1万人次，支出资金5260万元。省民政厅负责人表示，此次筹集的1.38亿元款物已全部发放到位。\n")
    (c,) = facts.campaigns
    owner = [(r.get("amount_text") or r.get("quantity_text"), r["campaign_id"] == c["campaign_id"])
             for r in facts.funds + facts.beneficiaries]
    assert owner == [("1.38亿元", True), ("8.74亿元", False), ("5260万元", False), ("1.38亿元", True), ("3.1万人次", False)]


def test_the_year_so_far_in_a_paragraph_of_work_done_alongside_the_drive_is_no_drive_s():
    facts = extract("我市“99公益日”募得善款1,120万元\n9月10日，记者获悉，今年我市“99公益日”网络募捐活动共募集善款1,120万元。\n"
                    "在做好网络募捐的同时，市慈善总会常态化开展慈善救助。今年1至8月，通过日常救助渠道共支出慈善救助资金1,406.3万元，"
                    "救助困难群众9,820人次。\n")
    (c,) = facts.campaigns
    owner = [(r.get("amount_text") or r.get("quantity_text"), r["campaign_id"] == c["campaign_id"])
             for r in facts.funds + facts.beneficiaries]
    assert owner == [("1,120万元", True), ("1,406.3万元", False), ("9,820人次", False)]


def test_counts_a_sentence_opening_on_qizhong_picks_out_take_the_campaign_of_their_whole_as_money_does():
    facts = extract("近日，某市民政局在全市部署开展“暖冬护航”专项行动。市慈善总会同步开展“慈善送温暖”活动。\n"
                    "截至1月22日，全市已走访慰问困难群众2.76万户，发放慰问金1614万元。其中，利通区走访5180户、发放慰问金287.3万元。\n")
    camp = {c["name"]: c["campaign_id"] for c in facts.campaigns}
    owner = {r.get("amount_text") or r.get("quantity_text"): r["campaign_id"] for r in facts.funds + facts.beneficiaries}
    assert owner["5180户"] == owner["287.3万元"] == camp["暖冬护航"]


def test_those_a_programme_holds_now_belong_to_no_drive_of_the_headline():
    facts = extract("某县“童心守护”暑期关爱行动惠及留守困境儿童3826名\n"
                    "今年暑假，某县民政局开展“童心守护”暑期关爱行动，共走访关爱留守儿童和困境儿童3826名。\n"
                    "目前，全县纳入保障的孤儿68名、事实无人抚养儿童412名。\n")
    (c,) = facts.campaigns
    owner = {r["quantity_text"]: r["campaign_id"] for r in facts.beneficiaries}
    assert owner == {"3826名": c["campaign_id"], "68名": None, "412名": None}


def test_a_drive_named_by_its_day_is_a_campaign_and_a_disaster_named_by_its_day_is_not():
    facts = extract("江门市举行2025年“6·30”助力乡村振兴活动\n6月30日，江门市举行2025年“6·30”助力乡村振兴活动，现场认捐款物1.2亿元。"
                    "今年遭受“7·25”暴洪灾害的群众已全部得到妥善安置。\n")
    (c,) = facts.campaigns
    assert (c["name"], c["kind"]) == ("6·30", "活动")
    assert [f["campaign_id"] for f in facts.funds] == [c["campaign_id"]]


def test_a_quoted_canteen_serving_meals_is_a_place_not_a_campaign_but_a_canteen_project_is_one():
    text = ("河北区“老人家食堂”今年助餐服务超43万人次\n\n"
            "今年1至11月，河北区58个老人家食堂累计为辖区老年人提供助餐服务43.6万人次，发放老年人助餐补贴218万元。\n")
    assert extract(text).campaigns == []
    text = "都昌县实施“幸福食堂”工程，全年安排补贴资金96万元。\n"
    assert [(c["name"], c["kind"]) for c in extract(text).campaigns] == [("幸福食堂", "工程")]


def test_a_quoted_scheme_that_serves_people_is_no_service_campaign():
    # "让“爱心积分”更好地服务困难群众": 服务 is the verb, its object the people served
    text = ("海口慈善超市“爱心积分”兑出民生温度\n\n今年以来，全市慈善超市向困难群众发放物资价值298.6万元。"
            "下一步，将让“爱心积分”更好地服务困难群众。\n")
    assert extract(text).campaigns == []


def test_a_prize_named_in_quotes_is_no_campaign_but_a_project_that_won_one_is():
    text = "2020年，省慈善总会荣获“中华慈善品牌项目”奖，全年支出款物9623.5万元。\n"
    assert extract(text).campaigns == []
    text = "获得一等奖的“银龄守望”独居老人关爱项目，将为城区260名独居老人提供上门探访服务。\n"
    assert [c["name"] for c in extract(text).campaigns] == ["银龄守望"]


def test_a_campaign_opening_a_later_clause_after_its_launch_verb_with_a_figure_of_its_own_takes_none_before_it():
    text = ("市民政局救助流浪乞讨人员2万人次，健全残疾人两项补贴调整机制，发放补贴1.86亿元，"
            "开展“精康融合行动”提供康复服务1344人次。\n")
    facts = extract(text)
    camp = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    assert [(b["quantity_text"], camp.get(b["campaign_id"])) for b in facts.beneficiaries] == [
        ("2万人次", None), ("1344人次", "精康融合")]
    assert [camp.get(f["campaign_id"]) for f in facts.funds] == [None]


def test_a_campaign_named_in_an_earlier_run_on_item_is_not_a_later_item_s():
    # (real page: 一是 the drive, 二是 the standing 临时救助, its money had been linked to the drive)
    text = ("2024年，某县民政局采取三项措施保障困难群众温暖过冬。一是开展“寒冬送温暖”专项救助活动，发放御寒物资价值3.2万元。"
            "二是启动主动发现机制，全年累计发放城乡低保金4267万元；新申请临时救助390户，发放临时救助金52.1万元。\n")
    assert fund_campaigns(extract(text)) == {"3.2万元": "寒冬送温暖", "4267万元": None, "52.1万元": None}
    # (one named before the first item frames them all)
    text = ("“寒冬送温暖”专项救助行动中，一是加强街面巡查，发放御寒物资价值3.2万元；二是落实临时救助，发放临时救助金52.1万元。\n")
    assert fund_campaigns(extract(text)) == {"3.2万元": "寒冬送温暖", "52.1万元": "寒冬送温暖"}


def test_a_local_story_quoting_the_province_s_office_for_the_whole_province_s_figure_ties_it_to_no_campaign():
    # (GUIDELINES: a province-wide total belongs to none; four blind sets agree)
    text = ("廉江市“迎新春送温暖”活动温暖万家\n\n今年春节前，廉江市开展“迎新春送温暖”活动，共筹集慰问款物812.6万元，"
            "走访慰问困难群众1.62万户。\n\n据省民政厅通报，今年春节前全省各级民政部门共筹集慰问款物6.2亿元，"
            "走访慰问困难群众108万户。\n")
    facts = extract(text)
    assert fund_campaigns(facts) == {"812.6万元": "迎新春送温暖", "6.2亿元": None}
    # (the province's own story keeps its drive)
    text = ("全省“迎新春送温暖”活动启动\n\n今年春节前，全省开展“迎新春送温暖”活动，各级民政部门共筹集慰问款物6.2亿元。\n")
    assert fund_campaigns(extract(text)) == {"6.2亿元": "迎新春送温暖"}
