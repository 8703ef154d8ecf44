"""Counts of people/households helped, and counts that are not beneficiaries."""
import pytest

from .helpers import by_text, extract


def test_staff_volunteers_organisations_items_are_not_beneficiaries():
    text = ("广东省民政厅组织500名志愿者、120名社工和30家爱心企业，发放棉被1000条，开展活动20场次，"
            "走访慰问困难老人800人。\n")
    rows = extract(text).beneficiaries
    assert [(r["quantity_text"], r["category"]) for r in rows] == [("800人", "elderly")]


def test_urban_and_rural_recipients_are_no_places():
    rows = extract("本次补贴惠及困难群众9.8万人，其中城市对象3.6万人、农村对象6.2万人。\n").beneficiaries
    assert [r["quantity_text"] for r in rows] == ["9.8万人", "3.6万人", "6.2万人"]


def test_projects_counted_after_a_household_group_are_no_households():
    rows = extract("今年设有援助贫困学生、重病家庭和残疾家庭3个公益项目，将为全区420余名困难人员提供援助。\n").beneficiaries
    assert [r["quantity_text"] for r in rows] == ["420余名"]


def test_workers_placed_in_jobs_are_not_beneficiaries():
    rows = extract("两地共建产业园区12个，帮助我市农村劳动力到广东稳岗就业3.6万人，为800名困境儿童送去冬衣。\n").beneficiaries
    assert [r["quantity_text"] for r in rows] == ["800名"]


def test_a_service_s_registered_users_are_not_beneficiaries():
    rows = extract("全市现有为老服务志愿者4.2万人，“时间银行”注册用户突破9万人，累计提供助餐服务312.4万人次。\n").beneficiaries
    assert [r["quantity_text"] for r in rows] == ["312.4万人次"]


def test_the_members_of_a_team_that_helps_are_not_those_it_helps():
    rows = extract("茅坪镇一个山村组建由23名老党员、网格员组成的“银发守望”互助队，与村里41名独居、空巢老人结成帮扶对子。\n").beneficiaries
    assert [r["quantity_text"] for r in rows] == ["41名"]


def test_those_publicity_or_training_reached_are_not_beneficiaries_but_a_service_named_with_it_is():
    rows = extract("入冬以来，县民政局走访困难群众4456户，宣传社会救助政策5万余人次，培训基层干部300人次；"
                   "开展政策宣传和帮办代办服务2.1万人次。\n").beneficiaries
    assert [r["quantity_text"] for r in rows] == ["4456户", "2.1万人次"]


def test_a_count_of_no_group_in_a_paragraph_on_the_rescue_of_those_adrift_is_theirs():
    rows = extract("此次专项行动从今年11月1日持续至明年3月中旬。市救助管理站加大对街面流浪乞讨人员的巡查力度。"
                   "截至目前，已累计救助22人次。\n").beneficiaries
    assert [(r["quantity_text"], r["category"]) for r in rows] == [("22人次", "homeless")]


def test_patrol_staff_are_not_beneficiaries():
    rows = extract("当晚全市出动巡视车42台次，参加巡视人员136人，发现流浪人员21人。\n").beneficiaries
    assert [r["quantity_text"] for r in rows] == ["21人"]


def test_patrols_of_any_department_are_no_people_helped_but_a_firm_s_needy_workers_are():
    # (巡查…人次 is the patrol's effort whoever patrols; 企业 names the employer of the needy workers helped)
    text = ("寒潮期间共救助433人。公安部门累计巡查7698人次，救助14人。"
            "安排资金9.6万元，救助企业困难职工80人，每人1200元。\n")
    rows = [(b["quantity_text"], b["category"]) for b in extract(text).beneficiaries]
    assert rows == [("433人", "needy_general"), ("14人", "needy_general"), ("80人", "needy_general")]


def test_those_a_monitoring_platform_holds_or_a_roll_put_under_watch_are_no_people_helped():
    text = ("截至10月底，平台共归集全县低收入人口2.36万户6.18万人，其中防止返贫监测对象8960户2.41万人。"
            "将4.8万名低保边缘家庭成员纳入常态化监测。全年为1.27万人次监测对象实施医疗救助。"
            "将安置点内1,386户低保家庭和612名留守儿童全部纳入动态监测，按月足额发放低保金。\n")
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["1.27万人次", "1,386户", "612名"]


def test_a_post_s_figure_cards_count_the_group_their_label_names_on_the_next_line():
    # (the big number alone on its line, its label under it; the group is what the label ends on; a later
    # "城乡低保对象中，…" picks some out of the card's group; "新纳入" after the label is no change of the card's count)
    text = ("数说2024｜这一年的民政账本\n\n2024年，某县民政局坚持以人民为中心，聚焦兜底保障、慈善帮扶、养老服务和儿童关爱，"
            "把一件件民生实事办到群众心坎上。\n\n01\n兜底保障·织密民生安全网\n\n1.86亿元\n全年发放各类社会救助资金\n\n"
            "10246人\n城乡低保对象（共5873户）\n\n2614人次\n临时救助困难群众\n\n"
            "全年新纳入低保、特困等救助对象829人。城乡低保对象中，农村低保对象8931人。\n\n"
            "386名\n县慈善总会“金秋助学”项目资助的困难学子\n\n1156元\n城市低保标准（每人每月）\n\n"
            "100—500元\n高龄长寿补贴每人每月标准\n")
    facts = extract(text)
    rows = [(b["quantity_text"], b["category"], b["not_countable_reason"]) for b in facts.beneficiaries]
    assert rows == [("10246人", "dibao", None), ("5873户", "dibao", None), ("2614人次", "needy_general", None),
                    ("829人", "needy_general", "change"), ("8931人", "dibao", "part"), ("386名", "orphans_children", None)]
    funds = [(f["amount_text"], f["per_unit"], f["not_countable_reason"]) for f in facts.funds]
    assert funds == [("1.86亿元", None, None), ("1156元", "person", "rate"), ("100", "person", "rate"),
                     ("500元", "person", "rate")]


def test_workers_counted_then_sent_to_visit_are_no_people_helped():
    # ("社会救助协理员": a worker's title holding a relief word; 走访 after them says what they went to do)
    text = "县民政局组织386名乡镇民政专干、村级社会救助协理员走访低收入家庭1.94万户，帮助其中542户解决实际困难。\n"
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["1.94万户", "542户"]


def test_the_number_workers_reached_is_no_people_helped_whatever_service_they_give_after():
    # "注册慈善志愿者达到2860人，全年开展志愿服务…": the group stands before the level verb, the 服务 after is theirs
    text = "全区新增爱心企业136家，注册慈善志愿者达到2860人，全年开展志愿服务1.2万小时，结对帮扶困难家庭412户。\n"
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["412户"]


def test_villages_items_after_a_township_s_count_are_its_parts_not_counts_of_villages():
    text = ("全镇共走访慰问困难群众520户，按每户400元的标准发放慰问金20.8万元。"
            "沙溪村68户、2.72万元，上坪村46户、1.84万元，东坑村38户、1.52万元，其余14个村共368户、14.72万元。\n")
    rows = [(b["quantity_text"], b["not_countable_reason"]) for b in extract(text).beneficiaries]
    assert rows == [("520户", None), ("68户", "part"), ("46户", "part"), ("38户", "part"), ("368户", "part")]


def test_counts_with_chinese_numerals_and_qualifiers():
    text = "福建省民政厅救助五十余户困难家庭，走访慰问特困人员近2万人，惠及低保对象3.2万多户。\n"
    rows = by_text(extract(text).beneficiaries, "quantity_text")
    assert rows["五十余户"]["quantity"] == 50 and rows["五十余户"]["qualifier"] == "at_least"
    assert rows["近2万人"]["quantity"] == 20000 and rows["近2万人"]["qualifier"] == "at_most"
    assert rows["近2万人"]["category"] == "tekun"
    assert rows["3.2万多户"]["quantity"] == 32000 and rows["3.2万多户"]["category"] == "dibao"


def test_a_count_of_no_group_in_a_sentence_of_medical_aid_counts_the_needy_not_the_paragraph_s_topic():
    text = ("1、城乡最低生活保障。全年城乡低保对象8779户20139人，支出低保金3347万元。"
            "2、城乡医疗救助。全年城乡医疗救助共救助49208人，城镇医疗救助23445人次。\n")
    cats = {b["quantity_text"]: b["category"] for b in extract(text).beneficiaries}
    assert (cats["49208人"], cats["23445人次"]) == ("needy_general", "needy_general")


@pytest.mark.parametrize("sentence,category", [
    ("为120名留守儿童送去学习用品。", "orphans_children"),
    # no group named: the programme they are on
    ("截至目前，全县共有2357户3702人享受城乡低保。", "dibao"),
    # children counted for their disability
    ("截至6月底，全区共为412名0至6岁残疾儿童提供康复训练。", "disabled"),
    ("全市共有重度残疾人3000人享受护理补贴。", "disabled"),
    ("救助流浪乞讨人员260人次。", "homeless"),
    ("当晚巡查中发现露宿街头人员23人。", "homeless"),
    ("走访慰问革命五老人员86人。", "veterans_cadres"),
    ("走访慰问老党员、老战士等120人。", "veterans_cadres"),
    ("为300户困难家庭送去年货。", "needy_general"),
    ("全市80岁以上高龄老人2.5万人领取高龄津贴。", "elderly"),
    # after a list of 低保 groups, "特殊贫困对象" is a group of its own
    ("走访低保户300户，每户500元；领导走访特殊贫困对象40户，每户800元。", "needy_general"),
    # the families just above the 低保 line are not on it
    ("在走访对象中，低保边缘家庭1.2万户。", "needy_general"),
    ("在走访对象中，低保家庭2.3万户。", "dibao"),
    ("第二批救助金为217名大病患儿发放。", "orphans_children"),  # sick children are children
    # the people a 救助管理站 takes in and sends home
    ("在救助的人员中，站内救助1,356人次，站外救助786人次。", "homeless"),
    ("帮助94名长期滞留受助人员寻亲成功，护送返乡873人。", "homeless"),
    # whom a 救助管理站 helps, when the count names no group
    ("其中，市救助管理站在寒潮期间救助1,208人次。", "homeless"),
    # the people a disaster left in need (not the dead or the injured)
    ("已对因灾倒房、无房可住的3,186户发放过渡期生活救助金。", "needy_general"),
])
def test_category_from_group_phrase(sentence, category):
    rows = extract("江西省南昌市民政局开展关爱行动。" + sentence + "\n").beneficiaries
    assert rows and rows[-1]["category"] == category


def test_group_after_count_is_trimmed_to_the_head_noun():
    rows = extract("湖南省为257名孤儿和事实无人抚养儿童的新棉袄套装量身定制。\n").beneficiaries
    assert rows[0]["group_text"] == "孤儿和事实无人抚养儿童"


def test_visited_households_without_noun_default_to_needy():
    rows = extract("据统计，全省共走访慰问50万户，发放慰问金1亿元。\n").beneficiaries
    assert rows[0]["quantity"] == 500000 and rows[0]["unit"] == "户"
    assert rows[0]["category"] == "needy_general"


def test_delegation_and_places_are_not_beneficiaries():
    text = "省民政厅副厅长一行5人到湖南考察，覆盖8个乡镇、20个村（社区），全省有社会组织3.7万家。\n"
    assert extract(text).beneficiaries == []


def test_county_level_city_maps_to_prefecture():
    rows = extract("湖南省醴陵市走访慰问1667户特困家庭。\n").beneficiaries
    assert rows[0]["province"] == "湖南省" and rows[0]["city"] == "株洲市" and rows[0]["county"] == "醴陵市"


def test_households_counted_in_jia_or_ge_after_a_household_group():
    text = ("河南省新乡市民政局帮扶困难家庭150家左右，资助低保家庭1844家，"
            "资助困难家庭440个。全市新增养老机构12家、社区食堂30个。\n")
    rows = by_text(extract(text).beneficiaries, "quantity_text")
    assert sorted(rows) == ["150家左右", "1844家", "440个"]
    assert rows["150家左右"]["quantity"] == 150 and rows["150家左右"]["qualifier"] == "approx"
    assert rows["1844家"]["category"] == "dibao"
    assert rows["440个"]["category"] == "needy_general"


def test_workers_trained_are_not_beneficiaries():
    text = ("今年以来，全市培训基层社会救助经办人员600多人次，覆盖城乡特困人员1.11万人。"
            "共动员志愿者81名，培训基层社会救助经办人员2700人次。\n")
    rows = extract(text).beneficiaries
    assert [(r["quantity_text"], r["category"]) for r in rows] == [("1.11万人", "tekun")]


def test_low_income_population_is_helped_and_households_renovated_are_counted():
    text = ("全年共实施临时救助6.93万人次；其中，对低保边缘家庭等低收入人口实施临时救助2.15万人次。\n"
            "全省为17.6万户特殊困难老年人家庭实施居家适老化改造，其中合肥市完成改造1.93万户。\n")
    rows = {b["quantity_text"]: b for b in extract(text).beneficiaries}
    assert set(rows) == {"6.93万人次", "2.15万人次", "17.6万户", "1.93万户"}
    assert rows["1.93万户"]["category"] == "elderly"


def test_a_count_scoped_by_the_whole_county_is_of_households_not_of_places():
    text = "某县开展“敲门行动”。截至目前，全县敲门入户1750户，发放宣传资料2000份，发放棉衣808件。\n"
    assert [r["quantity_text"] for r in extract(text).beneficiaries] == ["1750户"]


def test_the_change_of_a_count_of_donors_is_no_count_of_people_helped():
    text = ("今年项目共筹集善款3260万元，参与人次达86.4万人次，比去年21.5万人次净增64.9万人次。"
            "全市低保对象3.2万户，比上年减少0.3万户。\n")
    rows = by_text(extract(text).beneficiaries, "quantity_text")
    assert set(rows) == {"3.2万户", "0.3万户"}
    assert rows["0.3万户"]["not_countable_reason"] == "change"



def test_a_disaster_s_toll_is_no_one_helped_and_people_fallen_into_hardship_are_needy():
    text = ("强降雨造成8.6万人受灾，3人因灾死亡，紧急转移安置受灾群众1.2万人次。"
            "各地对排查发现的412名生活陷入困境的群众及时给予临时救助。\n")
    rows = [(b["quantity_text"], b["category"]) for b in extract(text).beneficiaries]
    assert ("3人", "other") not in rows and all(q != "3人" for q, _ in rows)
    assert ("412名", "needy_general") in rows


def test_a_toll_told_before_its_number_is_no_one_helped_but_the_injured_given_money_are():
    text = ("暴雨造成受灾人口3.2万人，死亡2人、失踪1人，紧急转移安置1,260人。"
            "县民政局为受伤5人每人发放慰问金1,000元。\n")
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["1,260人", "5人"]


def test_the_houses_a_disaster_brought_down_are_no_one_helped_but_the_families_given_money_are():
    text = ("洪灾造成4个乡镇1.6万人受灾，倒塌房屋218户604间，房屋损坏1,206户，紧急转移安置3,420人。"
            "县民政局为倒塌房屋的218户每户发放重建补助2万元。\n")
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["3,420人", "218户"]


def test_those_a_disaster_struck_and_those_still_to_be_moved_are_no_one_helped_yet():
    text = ("此次地震造成全县成灾9.3万户39.6万人，房屋倒塌756户，急需转移安置8.5万人。民政部门已紧急转移安置受灾群众5.2万人。\n")
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["5.2万人"]


def test_places_that_serve_counted_by_ge_or_jia_are_no_one_helped_however_their_users_are_named_first():
    text = "提供居家养老服务954人；3个老年人日间照料中心在建，2家农村幸福院投入运营。全县为1,260个困难家庭送去慰问品。\n"
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["954人", "1,260个"]
    # (or the points where help is given: real page, "在全县15个临时救助点…")
    text = "县民政局在全县15个临时救助点开展巡回救助，救助生活无着人员20余人。\n"
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["20余人"]


def test_a_post_s_parts_listed_between_bars_are_counts_and_a_card_line_of_those_who_served_is_none():
    text = ("拉萨市城关区开展双节送温暖慰问活动\n1月20日起，城关区民政局走进辖区各街道开展慰问活动。\n"
            "共走访慰问困难群众3,416户\n其中👉低保家庭2,685户｜特困人员526户｜困境儿童家庭205户\n"
            "🏠走访慰问：3,416户👥参与干部职工：260人\n")
    rows = [(b["quantity_text"], b["category"], b["not_countable_reason"]) for b in extract(text).beneficiaries]
    assert rows == [("3,416户", "needy_general", None), ("2,685户", "dibao", "part"), ("526户", "tekun", "part"),
                    ("205户", "orphans_children", "part"), ("3,416户", "needy_general", "restatement")]


def test_people_hit_by_a_disaster_are_no_one_helped_and_a_repost_s_first_headline_adds_no_row():
    text = ("某市慈善总会去年募集善款886万多元\n2月6日，记者从某市慈善总会了解到，该总会全年接收捐赠886万多元。"
            "去年共发放款物600多万元，受助困难市民超过2000人次。\n另据统计，洪涝灾害已造成全省131.9万人次受灾。\n"
            "该总会负责人表示，将进一步提升公信力。\n原标题：某市慈善总会去年募集善款886万多元 受助困难市民超过2000人次\n")
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["超过2000人次"]


def test_people_at_a_ceremony_are_no_one_helped_but_those_given_money_are():
    text = ("某县举行春节慰问金发放仪式\n1月20日，松桃自治县民政局举行春节慰问金发放仪式，二百多名群众参加了发放仪式。"
            "县民政局为320户困难家庭发放慰问金16万元。\n")
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["320户"]


def test_a_place_s_share_of_a_count_is_a_part_and_months_are_no_count():
    text = ("全市实施临时救助2,174人次，其中宽甸县1,106人次，东港市721人次，振安区347人次。"
            "对412户低保家庭一次性增发3个月低保金。\n")
    rows = [(b["quantity_text"], b["not_countable_reason"]) for b in extract(text).beneficiaries]
    assert rows == [("2,174人次", None), ("1,106人次", "part"), ("721人次", "part"), ("347人次", "part"), ("412户", None)]


def test_the_old_of_an_area_by_age_are_its_population_and_those_of_them_paid_are_helped():
    for text in ("全县80周岁以上老年人4.2万人，为其中符合条件的2.63万名高龄老人发放高龄津贴1198.6万元。\n",
                 "年末全省共有80周岁及以上老年人168.2万人，全年为其中154.6万人发放高龄津贴。\n"):
        rows = [(b["quantity_text"], b["countable"]) for b in extract(text).beneficiaries]
        assert len(rows) == 1 and rows[0][1] is True


def test_townships_shares_listed_after_a_whole_are_its_parts_across_the_list():
    text = ("12月份实施临时救助24户77人，其中保华镇2户10人，救助资金8000元；大河镇8户17人，救助资金2.3万元；"
            "凤凰街道2户9人，救助资金8000元；金盆乡3户14人，救助资金1.2万元。\n")
    rows = [(b["quantity_text"], b["group_text"], b["countable"]) for b in extract(text).beneficiaries]
    assert [r for r in rows if r[2]] == [("24户", None, True), ("77人", None, True)]
    assert {r[1] for r in rows if not r[2]} == {"保华镇", "大河镇", "凤凰街道", "金盆乡"}


def test_applications_received_and_checks_run_are_no_one_helped():
    text = "城市低保新申请及复查发起核对2,815人次；全年受理低保申请960户。临时救助2,406人次。\n"
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["2,406人次"]


def test_a_registered_population_and_its_parts_are_no_one_helped():
    text = ("目前，全市60周岁以上户籍老年人达31.2万人，其中80周岁以上老年人5.1万人。"
            "全年为2.3万名高龄老人发放高龄津贴；救助非本地户籍对象1.2万人次。\n")
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["2.3万名", "1.2万人次"]
    # (those holding a disability card are a population; those paid an allowance are helped)
    text = "目前，全县共有持证残疾人2.41万人。上半年为6120名困难残疾人发放生活补贴，为辖区864名持证残疾人免费适配辅具。\n"
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["6120名", "864名"]
    # (the old by age counted as a stock are a population, unless the sentence says they are covered)
    text = ("全区现有60周岁以上老年人6.4万人，建成社区养老服务站18个。全市共有80周岁以上老年人5.36万人，"
            "已全部纳入高龄津贴发放范围。\n")
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["5.36万人"]
    # (not covered by a later figure's words: "…共比对数据2.1万条，新纳入补贴对象327人")
    text = "全县现有持证残疾人2.46万人，民政干部136人参与核查，共比对数据2.1万条，新纳入补贴对象327人。\n"
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["327人"]


def test_age_brackets_of_the_old_are_elderly_and_a_breakdown_by_month_is_of_the_count_before():
    text = ("县民政局发放高龄津贴共计272.76万元，惠及全县80周岁以上老年人1.93万人。其中，80至89周岁1.64万人，"
            "每人每月60元；100周岁及以上63人，每人每月600元。\n今年一季度，全县共实施临时救助683人次。"
            "分月看，1月份271人次，2月份238人次，3月份174人次。\n")
    rows = {b["quantity_text"]: (b["category"], b["not_countable_reason"]) for b in extract(text).beneficiaries}
    assert rows["1.64万人"] == ("elderly", "part") and rows["63人"] == ("elderly", "part")
    assert [rows[k][1] for k in ("683人次", "271人次", "238人次", "174人次")] == [None, "part", "part", "part"]


def test_parts_told_by_a_relative_clause_with_no_noun_are_counts_of_the_whole_s_group():
    text = ("今年助学项目共资助困难家庭学生353名，其中考入本科院校的215名、考入高职（专科）院校的138名，"
            "每人分别资助5000元和3000元。\n")
    rows = [(b["quantity_text"], b["category"], b["not_countable_reason"]) for b in extract(text).beneficiaries]
    assert rows == [("353名", "orphans_children", None), ("215名", "orphans_children", "part"),
                    ("138名", "orphans_children", "part")]


def test_a_part_of_a_count_told_by_its_place_alone_is_of_the_whole_s_group():
    rows = extract("广西北海市民政局开展重阳慰问。目前，我市共有百岁老人147位，其中合浦县96位。"
                   "全市共有孤儿520名，其中城区210名。全市共有养老机构52个，其中城区20个。\n").beneficiaries
    assert [(r["quantity_text"], r["category"], r["countable"]) for r in rows] == [
        ("147位", "elderly", True), ("96位", "elderly", False),
        ("520名", "orphans_children", True), ("210名", "orphans_children", False)]


def test_the_shares_of_a_count_told_by_counties_short_names_are_every_one_parts():
    # (a county's short name ends on 州 or 区 as a count of places does: "润州122人" is still its share)
    rows = extract("镇江慈善助学\n今年确定首批救助对象355人，其中京口169人，润州122人，丹徒64人。\n").beneficiaries
    assert [(r["quantity_text"], r["category"], r["countable"]) for r in rows] == [
        ("355人", "needy_general", True), ("169人", "needy_general", False), ("122人", "needy_general", False),
        ("64人", "needy_general", False)]


def test_the_visits_staff_make_count_those_visited_not_the_staff():
    rows = extract("县民政局依托儿童主任定期对孤儿、事实无人抚养儿童开展探访。二季度，儿童主任累计入户走访1260人次。\n").beneficiaries
    assert [(r["quantity_text"], r["category"]) for r in rows] == [("1260人次", "orphans_children")]


def test_people_in_need_of_relief_are_counted_though_no_one_helped_them_yet():
    rows = extract("西藏自治区应急管理厅通报，今年全区遭受雪灾，冬春期间需救助人口约18.4万人。"
                   "其中，那曲市需救助人口5.62万人。\n").beneficiaries
    assert [(r["quantity_text"], r["countable"]) for r in rows] == [("约18.4万人", True), ("5.62万人", False)]


def test_a_breakdown_by_month_counts_the_group_of_the_whole_before_it():
    rows = extract("1至5月，全市新纳入城乡低保4,218户。\n分月份看，1月新纳入612户、2月548户、3月903户。\n").beneficiaries
    assert [(r["quantity_text"], r["category"]) for r in rows] == [
        ("4,218户", "dibao"), ("612户", "dibao"), ("548户", "dibao"), ("903户", "dibao")]


def test_a_sentence_naming_the_organisers_is_read_and_the_people_at_an_event_are_not_helped():
    text = ("县直有关部门负责人以及爱心企业代表、残疾人朋友300余人参加活动。"
            "随后，主办单位为50名生活困难的重度残疾人每人发放慰问金500元。\n")
    facts = extract(text)
    assert [r["quantity_text"] for r in facts.beneficiaries] == ["50名"]
    assert [(r["amount_text"], r["per_unit"]) for r in facts.funds] == [("500元", "person")]


@pytest.mark.parametrize("part", ["其中农村留守老年人4.86万人", "其中80周岁以上高龄老年人4.86万人"])  # (a long group)
def test_a_count_given_as_a_share_of_the_population_is_a_population_and_so_are_its_parts(part):
    rows = extract(f"截至2024年5月底，全市60周岁以上老年人101.3万人，占户籍总人口的17.4%，{part}。"
                   "今年1至5月，已探访农村留守老年人5.8万人次。\n").beneficiaries
    assert [r["quantity_text"] for r in rows] == ["5.8万人次"]


def test_a_programme_s_roll_told_as_a_share_of_the_population_is_still_those_it_helps():
    rows = extract("截至6月底，全县共有城乡低保对象1.46万户2.38万人，占户籍人口的3.1%。其中，城市低保对象2,810人，"
                   "农村低保对象2.1万人。\n").beneficiaries
    assert {r["quantity_text"]: r["not_countable_reason"] for r in rows} == {
        "1.46万户": None, "2.38万人": None, "2,810人": "part", "2.1万人": "part"}


def test_those_a_social_insurance_covers_and_its_fund_are_not_civil_affairs_but_those_helped_to_join_are():
    text = ("年末全市城镇职工基本养老保险参保人数52.6万人，比上年末增加1.1万人；城乡居民基本养老保险参保人数118.3万人，"
            "全年城乡居民基本养老保险基金支出16.4亿元。全年资助困难群众参保3.2万人，支出资助参保资金1,024万元。\n")
    facts = extract(text)
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["3.2万人"]
    assert [f["amount_text"] for f in facts.funds] == ["1,024万元"]
    # (a bulletin's long label: "年末全市参加城镇职工基本养老保险人数15.84万人")
    facts = extract("年末全市参加城镇职工基本养老保险人数15.84万人，参加城乡居民基本养老保险人数52.37万人。"
                    "全年资助困难群众参保3.2万人。\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["3.2万人"]


def test_those_an_office_organised_to_do_the_visits_are_its_workers():
    text = ("县民政局组织乡镇民政助理员、村（社区）干部、网格员和志愿者共520余人，对低保、特困等困难群众逐户走访，"
            "共走访困难群众6,820户。\n")
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["6,820户"]


def test_those_a_new_service_point_can_serve_are_no_one_helped_yet_but_those_it_feeds_are():
    text = ("服务点建成后可为1200余名农村留守、独居老人提供助餐服务。目前，已有460名老人在服务点固定就餐。\n")
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["460名"]


def test_an_area_s_resident_old_and_its_meal_service_staff_are_no_one_helped():
    text = ("据介绍，全区现有60周岁及以上常住老年人38.6万人，全区持证上岗的助餐服务人员960余名。"
            "今年以来，全区助餐点累计为2.4万名老年人提供助餐服务。\n")
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["2.4万名"]


def test_those_who_gave_told_before_their_giving_are_no_one_helped_but_those_given_for_are():
    text = ("活动期间，1.2万余人次通过网络平台捐款，共有21.6万人次爱心人士参与捐赠。爱心企业为1500名困难学生捐款60万元。\n")
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["1500名"]


def test_an_insurance_payout_is_no_civil_affairs_money():
    facts = extract("市民政局已下拨过渡期生活救助资金860万元。此外，我市政策性农业保险已向受灾农户预赔付理赔款1.6亿元。\n")
    assert [f["amount_text"] for f in facts.funds] == ["860万元"]
    # (the payout's verb further from its insurance: "…农房保险已向受灾农户预赔付1.1亿元")
    facts = extract("市民政局已下拨过渡期生活救助资金860万元。据悉，全市政策性农房保险已向受灾农户预赔付1.1亿元。\n")
    assert [f["amount_text"] for f in facts.funds] == ["860万元"]


def test_some_of_the_workers_picked_out_of_them_are_no_one_helped():
    facts = extract("试点项目已为312户困难家庭提供上门服务1,560人次。全区260名持证社会工作者中，有48名参与试点服务。\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["312户", "1,560人次"]


def test_business_investment_is_no_civil_affairs_money():
    facts = extract("今年上半年全市已投入养老服务资金7.3亿元。此外，社会资本参与投资建设的养老服务项目总投资达56亿元。"
                    "援助工作队还协调引进东部产业项目12个、到位投资2.6亿元。\n")
    assert [f["amount_text"] for f in facts.funds] == ["7.3亿元"]


def test_an_area_s_old_population_told_after_its_verb_is_no_one_helped():
    facts = extract("截至目前，全区60周岁及以上老年人口达到412万人，今年为2.6万名独居老年人提供探访关爱服务。\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["2.6万名"]


def test_parts_of_a_whole_listed_without_a_group_are_read_without_failing():
    # the whole's counts follow 共有 with no group before them; the parts' relative clause
    # ("需口粮救助的") takes the whole's group, which is none
    rows = extract("据统计，全市共有4.86万户、13.2万人纳入冬春生活救助范围，其中需口粮救助的2.1万人、"
                   "需衣被救助的1.65万人。\n").beneficiaries
    assert [(r["quantity_text"], r["countable"]) for r in rows] == [
        ("4.86万户", True), ("13.2万人", True), ("2.1万人", False), ("1.65万人", False)]


def test_people_taken_off_a_benefit_under_a_long_group_are_not_helped():
    rows = extract("全旗共发放两项补贴1,368.7万元，惠及困难残疾人6,842人；通过数据比对，及时停发死亡、服刑等不符合条件"
                   "人员213人，新增纳入补贴范围的残疾人486人。\n").beneficiaries
    assert [r["quantity_text"] for r in rows] == ["6,842人", "486人"]


def test_people_or_families_each_time_helped_are_visits_and_their_parts_are_parts():
    text = "全年用于各类救助支出986.2万元，受益4318人(家)次。其中：恤病受益1725人次，助学受益906人次。\n"
    rows = {b["quantity_text"]: (b["unit"], b["not_countable_reason"]) for b in extract(text).beneficiaries}
    assert rows == {"4318人(家)次": ("人次", None), "1725人次": ("人次", "part"), "906人次": ("人次", "part")}


def test_those_living_in_a_community_are_people_but_the_community_is_no_one():
    text = ("走访慰问社区困难群众286户，累计服务社区居民2.4万人次，其中独居老人6120人次；动员社区工作者48名，覆盖15个社区。"
            "对不再符合条件的873人停发补贴。\n")
    rows = {b["quantity_text"]: b["not_countable_reason"] for b in extract(text).beneficiaries}
    assert rows == {"286户": None, "2.4万人次": None, "6120人次": "part", "873人": "change"}


def test_people_stranded_in_a_station_are_people_not_the_station():
    text = "救助点为215名滞留站内、无力返乡的生活无着人员购买返乡车票，支出车票款5.16万元。\n"
    assert [b["quantity_text"] for b in extract(text).beneficiaries] == ["215名"]


def test_a_town_whose_name_holds_cun_is_a_place_of_a_part_not_a_village_count():
    facts = extract("全市确定冬春生活救助对象13800人，其中姚村镇1926人、任村镇1804人。\n")
    assert [(b["quantity_text"], b["not_countable_reason"]) for b in facts.beneficiaries] == [
        ("13800人", None), ("1926人", "part"), ("1804人", "part")]


def test_bodies_counted_in_jia_are_no_families():
    facts = extract("双辽市委托3家专业养老服务机构为6,800余名老年人提供上门服务，走访困难家庭120家。\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["6,800余名", "120家"]


def test_those_a_disaster_struck_named_alone_are_other_and_the_needy_among_them_needy_general():
    facts = extract("首批已覆盖积石山县受灾群众4.6万人，为2,340户受灾困难家庭发放临时救助金。\n")
    assert [(b["quantity_text"], b["category"]) for b in facts.beneficiaries] == [
        ("4.6万人", "other"), ("2,340户", "needy_general")]


def test_the_old_on_tekun_support_are_tekun_first():
    facts = extract("送温暖\n为全盟1,200名农村分散供养特困老人送去棉衣。为500名高龄老人送去慰问品。\n")
    assert {b["quantity_text"]: b["category"] for b in facts.beneficiaries} == {"1,200名": "tekun", "500名": "elderly"}


def test_a_hotline_s_number_is_no_count_and_vulnerable_families_are_needy():
    facts = extract("关爱\n开通“999人道救助热线”。今年共关怀400户弱势家庭。\n")
    assert {b["quantity_text"]: b["category"] for b in facts.beneficiaries} == {"400户": "needy_general"}


def test_those_who_gave_are_no_count_of_people_helped():
    facts = extract("社区慈善基金\n首期共募集资金386.5万元，参与捐赠的居民达6,300余人次。全年惠及困难群众3.2万人次。\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["3.2万人次"]
    facts = extract("积极参与“99公益日”网络募捐活动，发动爱心网友3.8万人次参与，筹集善款216.4万元，惠及困难群众5,200人。\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["5,200人"]
    # ... nor are those sitting an exam (those helped who sit one are)
    facts = extract("据了解，玉林市“金秋助学”活动已资助困难学子1,260名。今年全市共有5.8万名考生参加高考，市慈善总会将继续跟踪受助学生"
                    "的学习生活情况。协调爱心企业为26名今年参加中考的困境儿童每人资助2000元助学金。\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["1,260名", "26名"]
    # ... nor a resettlement site's population (those on 低保 among them are)
    facts = extract("全县11个集中安置点共安置搬迁群众4,826户19,312人。目前，安置社区有低保对象768户1,842人。\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["768户", "1,842人"]
    # ... nor the parts picked out of that population, nor those it found jobs for
    facts = extract("安置点共安置来自全市12个乡镇的搬迁群众4216户18735人，其中脱贫人口3580户15962人。帮扶车间今年吸纳860名搬迁群众"
                    "就近就业。春节前夕，市慈善总会为安置区困难家庭送去物资，惠及420户。\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["420户"]


def test_places_counted_by_ge_are_no_people_whoever_they_serve():
    facts = extract("全县共建成12个长者饭堂，为860名高龄老人提供助餐服务。\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["860名"]


def test_the_district_as_scope_and_a_part_of_a_population_are_read_as_such():
    facts = extract("全年为辖区68户遭遇突发困难的家庭发放应急帮扶金31.5万元。"
                    "街道常住人口约9.8万人，其中60岁以上老年人2.6万人。\n")
    assert [(b["quantity_text"], b["category"]) for b in facts.beneficiaries] == [("68户", "needy_general")]


@pytest.mark.parametrize("text", [
    "项目由4家企业承接，共配备服务人员136名。\n",
    "全市社工站实现全覆盖，配备专职社会工作者586名。\n",
    "全年培训居家养老服务人员360人次。\n",
])
def test_staff_hired_or_trained_are_no_people_helped(text):
    assert extract(text).beneficiaries == []


def test_a_country_s_population_is_no_people_helped_but_its_covered_stock_is():
    assert extract("据统计，我国有8500多万残疾人，是特殊困难的群体。\n").beneficiaries == []
    counts = extract("全国共有1168.4万困难残疾人享受生活补贴。\n").beneficiaries
    assert [b["quantity_text"] for b in counts] == ["1168.4万"]


def test_volunteers_serving_are_not_people_helped():
    facts = extract("全年有931万人次在社会服务领域提供了2522.6万小时的志愿服务，全年救助困难群众43.1万人次。\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["43.1万人次"]


def test_a_thousand_odd_households_written_in_words_are_counted():
    facts = extract("发放对象主要为贫困户、大病患者家庭等千余户家庭。\n")
    assert {(b["quantity"], b["unit"], b["qualifier"]) for b in facts.beneficiaries} == {(1000, "户", "at_least")}


def test_ten_thousand_odd_written_in_numerals_is_a_count():
    facts = extract("今年，区民政局为全区一万多名八十岁以上的老人每人每月发放高龄津贴100元。\n")
    assert {(b["quantity"], b["qualifier"]) for b in facts.beneficiaries} == {(10000, "at_least")}


def test_card_holders_listed_in_a_stock_of_the_city_are_a_population():
    facts = extract("截至11月底，全市共为1,126名残疾儿童提供康复救助。目前，全市共有定点康复机构18家，持证残疾儿童2,840名。\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["1,126名"]


def test_the_families_of_the_dead_are_helped_and_staff_named_after_their_count_are_not():
    facts = extract("县民政局按每名遇难人员2万元的标准，共向93户遇难人员家庭发放抚慰金186万元。\n"
                    "依托全县286名村（居）儿童主任和23名乡镇儿童督导员，为327名困境儿童提供心理疏导服务。\n"
                    "县民政局核定编制58名，实有在职人员52人。\n")
    assert [b["quantity_text"] for b in facts.beneficiaries] == ["93户", "327名"]


def test_a_one_stop_service_is_no_station():
    # "一站式" names how medical aid is settled, not a station's staff: its 人次 are people helped
    rows = extract("一季度临时救助困难群众1,318人次，困难群众医疗救助“一站式”结算2.04万人次。\n").beneficiaries
    assert [(r["quantity_text"], r["quantity"]) for r in rows] == [("1,318人次", 1318), ("2.04万人次", 20400)]


def test_patients_given_free_operations_are_helped():
    rows = extract("“慈善光明行”项目已累计为全县1,286名贫困白内障患者免费实施复明手术。今年为428名患者实施手术。\n").beneficiaries
    assert [(r["quantity_text"], r["group_text"]) for r in rows] == [("1,286名", "贫困白内障患者"), ("428名", "患者")]


def test_the_injured_given_money_are_helped_the_dead_are_not():
    rows = extract("地震造成12人受伤。市慈善总会为213名因灾受伤群众每人发放慰问金1,000元，共计21.3万元。\n").beneficiaries
    assert [r["quantity_text"] for r in rows] == ["213名"]


def test_those_giving_on_the_spot_are_donors_not_people_helped():
    rows = extract("重阳节当天，80余名老人当场募捐了10620元。200名职工现场捐款78.1万元。为300名困难老人送去慰问金。\n").beneficiaries
    assert [r["quantity_text"] for r in rows] == ["300名"]


def test_groups_listed_under_a_generic_head_are_helped_whoever_is_listed_last():
    rows = extract("此次活动将重点走访慰问因灾因病致困家庭、困难红十字会员和志愿者等群体约5200户，每户发放慰问品。\n").beneficiaries
    assert [(r["quantity_text"], r["quantity"]) for r in rows] == [("约5200户", 5200)]


def test_a_count_in_thousands_written_with_a_digit_and_qian_is_read():
    rows = extract("活动连续开展8年，累计救助困难群众达7千多户；今年慰问困难家庭1.2千户。\n").beneficiaries
    assert [(b["quantity_text"], b["quantity"], b["qualifier"]) for b in rows] == [
        ("7千多户", 7000, "at_least"), ("1.2千户", 1200, "exact")]


def test_a_count_in_wan_before_a_group_of_two_joined_words_and_no_unit_counts_people():
    # "1700多万困难和重度残疾人", "62万孤残困境儿童": the group's words stand in for 人
    facts = extract("去年为1700多万困难和重度残疾人发放生活或护理补贴。全省救助62万孤残困境儿童。\n")
    assert {(b["quantity_text"], b["unit"], b["quantity"]) for b in facts.beneficiaries} == {
        ("1700多万", "人", 17_000_000), ("62万", "人", 620_000)}


def test_a_group_described_by_what_it_has_存在_is_not_cut_at_its_在():
    # "对其中46名存在心理困扰的儿童…": 存在 (having) is no 在 (at) ending the group
    facts = extract("全区218名困境儿童获得帮扶。项目对46名存在心理困扰的儿童开展心理疏导，排查出42户存在用电安全隐患的老人家庭。\n")
    assert [(b["quantity_text"], b["group_text"], b["category"]) for b in facts.beneficiaries] == [
        ("218名", "困境儿童", "orphans_children"), ("46名", "存在心理困扰的儿童", "orphans_children"),
        ("42户", "存在用电安全隐患的老人家庭", "elderly")]


def test_an_administrative_level_s_own_part_after_qizhong_is_a_part_of_the_whole_of_its_unit_kind():
    # "…33087户57374人，其中市本级23502户41878人": the city's own level, households and people each out of their whole
    facts = extract("全市城市低保对象33087户57374人，其中市本级23502户41878人。\n")
    assert [(b["quantity_text"], b["countable"], b["category"]) for b in facts.beneficiaries] == [
        ("33087户", True, "dibao"), ("57374人", True, "dibao"), ("23502户", False, "dibao"), ("41878人", False, "dibao")]
