"""What may be summed: countable / not_countable_reason and campaign links
(GUIDELINES "Adding up"), one case per rule."""
import pytest

from .helpers import by_text, extract, fund_campaigns


def _rows(text, kind="funds"):
    facts = extract(text)
    rows = facts.funds if kind == "funds" else facts.beneficiaries
    key = "amount_text" if kind == "funds" else "quantity_text"
    names = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    return {r[key]: (r["countable"], r["not_countable_reason"], names.get(r["campaign_id"])) for r in rows}


@pytest.mark.parametrize("text, kind, expected", [
    # a part of a whole given before it: the whole counts, the parts do not
    ("湖南省共走访慰问困难群众50万户，其中老党员近4万户，低保户46万多户。\n", "beneficiaries",
     {"50万户": (True, None), "近4万户": (False, "part"), "46万多户": (False, "part")}),
    # the part opens the next sentence
    ("项目共服务36名空巢老人。社工选取其中6位老人作为个案对象。\n", "beneficiaries",
     {"36名": (True, None), "6位": (False, "part")}),
    # parts with no whole written stay countable
    ("其中低保对象发放1200万元，特困人员发放300万元。\n", "funds",
     {"1200万元": (True, None), "300万元": (True, None)}),
    # several years accumulated
    ("5年来累计募捐慈善款物80多亿元，全年募集慈善款物18亿元。\n", "funds",
     {"80多亿元": (False, "cumulative"), "18亿元": (True, None)}),
    ("自2016年以来，全省累计投入资金12亿元。\n", "funds", {"12亿元": (False, "cumulative")}),
    # a place opened in an earlier year and what it has taken in since
    ("2024年，区慈善超市接收捐赠物资价值83万元。首家慈善超市于2015年开业，目前全区共有慈善超市9家，累计接收捐赠款物"
     "价值超过900万元。\n", "funds", {"83万元": (True, None), "超过900万元": (False, "cumulative")}),
    ("“慈善情暖万家”活动已连续举办十一年，累计筹集款物逾2.8亿元。\n", "funds", {"逾2.8亿元": (False, "cumulative")}),
    # last year's figures beside this year's are the other term of a comparison (no mixing periods)
    ("今年活动共筹集善款3280万元，慰问困难家庭2.6万户。去年该活动共筹集善款3015万元，慰问困难家庭2.4万户，"
     "比上年增长8.8%。\n", "funds", {"3280万元": (True, None), "3015万元": (False, "change")}),
    # ... its same period too ("去年同期", not "比去年同期": the change)
    ("仪式上，爱心企业现场认捐善款共计1,650万元。据了解，去年同期现场认捐金额为1,480万元。\n", "funds",
     {"1,650万元": (True, None), "1,480万元": (False, "change")}),
    ("今年县里为乡镇预拨临时救助备用金180万元。明年将把乡镇备用金总规模提高到300万元。\n", "funds",
     {"180万元": (True, None), "300万元": (False, "change")}),
    # a plan dated after the story's year; "将" alone is often 把, no plan
    ("2025年，全市支出社会救助资金2.1亿元。2026年，市本级计划安排社会救助资金2.4亿元。\n", "funds",
     {"2.1亿元": (True, None), "2.4亿元": (False, "change")}),
    # ... but a review of last year alone keeps them, and 比上年/送去年夜饭 are no time of a figure
    ("去年全市共实施临时救助2.3万人次，支出临时救助资金3100余万元。\n", "funds", {"3100余万元": (True, None)}),
    ("为286名老人送去年夜饭，所需4.8万余元由市慈善总会列支。全年支出慈善款物1.72亿元，比上年多支出1850万元。\n",
     "funds", {"4.8万余元": (True, None), "1.72亿元": (True, None), "1850万元": (False, "change")}),
    # a figure of two campaigns together that adds up what each was given before restates them
    ("“暖心敲门”行动走访困难群众8460户。“博爱送万家”活动慰问困难家庭580户。两项活动共走访慰问困难家庭9000余户。\n",
     "beneficiaries", {"8460户": (True, None), "580户": (True, None), "9000余户": (False, "restatement")}),
    # a 年度 across two years is one winter-spring season, not two years summed
    ("近日，省民政厅下拨2023—2024年度第一批冬春生活救助资金8600万元。\n", "funds", {"8600万元": (True, None)}),
    ("2025年1月，县红十字会启动走访。自2016年起，全县相继建成博爱家园18家，受益群众超2万人次。\n",
     "beneficiaries", {"超2万人次": (False, "cumulative")}),
    ("该助学活动已连续开展12年，累计资助学生3100余名、发放助学金1800余万元。\n", "funds",
     {"1800余万元": (False, "cumulative")}),
    # the poverty battle (2016-2020) reported afterwards; consolidating its results is current work
    ("2022年5月，省民政厅介绍，全省社会组织投身脱贫攻坚，捐赠款物3.2亿元。\n", "funds",
     {"3.2亿元": (False, "cumulative")}),
    ("2022年，全省巩固拓展脱贫攻坚成果，发放救助资金1.1亿元。\n", "funds", {"1.1亿元": (True, None)}),
    # 其中 right before the figure picks out of a whole named in an earlier paragraph
    ("全县登记就餐的老人有900余名。\n县财政对其中240名失能老人每人每餐再补贴2元。\n", "beneficiaries",
     {"900余名": (True, None), "240名": (False, "part")}),
    # a list item after ； that turns to other work is no longer a part
    ("共资助学子300名，其中本科生180名；同时为860人次中小学生发放文具。\n", "beneficiaries",
     {"300名": (True, None), "180名": (False, "part"), "860人次": (True, None)}),
    # the bases of a comparison with earlier years, and both figures of a pair of changes
    ("2023年，全区支出低保资金63.8亿元，2022年和2021年分别为61.2亿元和58.7亿元。\n", "funds",
     {"63.8亿元": (True, None), "61.2亿元": (False, "change"), "58.7亿元": (False, "change")}),
    ("全年安排资金3.2亿元，比上年分别增加2000万元和800万元。\n", "funds",
     {"3.2亿元": (True, None), "2000万元": (False, "change"), "800万元": (False, "change")}),
    # a change named after the figure
    ("今年以来，各地共将23.5万名低收入人口新纳入低保范围。\n", "beneficiaries",
     {"23.5万名": (False, "change")}),
    # people picked out of the households of the same sentence by its 其中 (not past the 其中's own households)
    ("共走访慰问困难群众3,920户，发放慰问金126.4万元，其中慰问分散供养特困人员864人、孤儿118人。\n", "beneficiaries",
     {"3,920户": (True, None), "864人": (False, "part"), "118人": (False, "part")}),
    ("已走访困难群众22.6万户，其中特殊困难老年人6.1万户，对排查发现的1,583名困难群众及时纳入低保。\n", "beneficiaries",
     {"22.6万户": (True, None), "6.1万户": (False, "part"), "1,583名": (True, None)}),
    # so much to each project: a rate, though no person or household is named
    ("资助38个社区公益微创投项目，每个项目资助2万元至5万元。\n", "funds",
     {"2万元": (False, "rate"), "5万元": (False, "rate")}),
    # every item of a list of newcomers
    ("走访困难家庭7,420户，新纳入低保96户、特困供养14人。\n", "beneficiaries",
     {"7,420户": (True, None), "96户": (False, "change"), "14人": (False, "change")}),
    # past a ；the parts go on only with the whole's kind of group
    ("全国共有孤儿15.2万人，其中集中养育孤儿5.4万人；事实无人抚养儿童36.7万人。\n", "beneficiaries",
     {"15.2万人": (True, None), "5.4万人": (False, "part"), "36.7万人": (True, None)}),
    ("全国共有城乡低保对象4021.3万人。其中，城市低保对象1084.5万人；农村低保对象2936.8万人。\n", "beneficiaries",
     {"4021.3万人": (True, None), "1084.5万人": (False, "part"), "2936.8万人": (False, "part")}),
    ("晋江市慈善总会成立于1999年，截至目前已累计接收捐赠款物逾56亿元。\n", "funds",
     {"逾56亿元": (False, "cumulative")}),
    ("据统计，自项目启动以来，已累计发放资助资金612.38万元。\n", "funds",
     {"612.38万元": (False, "cumulative")}),
    ("地震发生以来，全州累计接收社会捐赠款物3.46亿元。\n", "funds",
     {"3.46亿元": (False, "cumulative")}),
    ("今年以来，全市新增备案慈善信托7单，新增财产规模5,240万元；截至目前，全市累计备案慈善信托39单，财产规模2.74亿元。\n",
     "funds", {"5,240万元": (False, "change"), "2.74亿元": (False, "cumulative")}),
    ("「十四五」以來，全縣累計投入資金2.18億元。\n", "funds",
     {"2.18億元": (False, "cumulative")}),
    ("今年共资助困难学子552名，其中本科新生318名，每人资助6000元；专科新生234名，每人资助4000元。\n",
     "beneficiaries", {"552名": (True, None), "318名": (False, "part"), "234名": (False, "part")}),
    # a change, not a level
    ("全年安排资金58.6亿元，比上年增加3.2亿元。\n", "funds",
     {"58.6亿元": (True, None), "3.2亿元": (False, "change")}),
    # a standard per person is a rate
    ("低保标准为每人每年7200元，全年发放低保金3.1亿元。\n", "funds",
     {"7200元": (False, "rate"), "3.1亿元": (True, None)}),
    # the same total said twice
    ("全省筹集资金5000万元。据统计，全省筹集资金5000万元。\n", "funds",
     {"5000万元": (False, "restatement")}),
    # pieces that add up to a total listed before them are its parts, also nested ones
    ("全县筹措慰问款物433.5万元。\n款物分三块。一是财政安排资金251.2万元，其中低保户共计170.4万元，"
     "特困人员共计80.8万元；二是募集善款142.3万元；三是企业捐赠物资折价40万元。\n", "funds",
     {"433.5万元": (True, None), "251.2万元": (False, "part"), "170.4万元": (False, "part"),
      "80.8万元": (False, "part"), "142.3万元": (False, "part"), "40万元": (False, "part")}),
    # a whole leading a report of numbered sections: each section's figure is a piece of it
    ("9月份，全县共支出各类救助资金812.46万元。\n一、低保\n本月发放城乡低保金603.21万元，月人均补差410元。\n"
     "二、特困供养\n本月发放特困人员供养金158.05万元。\n三、临时救助\n实施临时救助212人次，支出资金51.2万元。\n", "funds",
     {"812.46万元": (True, None), "603.21万元": (False, "part"), "158.05万元": (False, "part"),
      "51.2万元": (False, "part"), "410元": (False, "rate")}),
    # ...and a whole whose pieces are listed under a heading and the line introducing them
    ("近日，市民政局统筹下达临时救助资金2,345万元。\n02\n资金分配\n按各县困难群众人数分配，具体为：\n"
     "▶甲县812万元；\n▶乙县733万元；\n▶其余各县合计800万元。\n", "funds",
     {"2,345万元": (True, None), "812万元": (False, "part"), "733万元": (False, "part"),
      "800万元": (False, "part")}),
    # a whole adding up what the paragraphs above told: the batches are its pieces
    ("5月，第一批救助金发放，为126名患儿发放救助金183.4万元。\n9月，第二批救助金发放，共发放救助资金217.9万元。\n"
     "两批合计，今年共发放救助金401.3万元。\n", "funds",
     {"183.4万元": (False, "part"), "217.9万元": (False, "part"), "401.3万元": (True, None)}),
    # ... or a paragraph opening on a total of the money and goods the paragraphs above gave, the exact sum
    ("灾情发生后，县民政局紧急调拨棉被1800床、棉衣1200件，折合资金约38.4万元，由各乡镇发放到受灾群众手中。县财政紧急安排"
     "冬春救助资金260万元，对3126户因灾生活困难群众实施生活救助。\n县民政局同步开展巡访，为困难老人送去“暖冬包”。\n"
     "截至2月26日，全县已发放救灾救助资金和物资折款共计298.4万元。\n", "funds",
     {"约38.4万元": (False, "part"), "260万元": (False, "part"), "298.4万元": (True, None)}),
    # ... or a story's closing total of every kind, the money of paragraphs all down the page
    ("据介绍，今年全市共筹措冬季取暖救助资金518.6万元，按每户1,200元标准发放。\n全市将剩余资金作为冬季临时救助备用金拨付各乡镇。\n"
     "工作人员为困难群众送去“暖心煤”。（市民政局供图）\n市慈善协会联合爱心企业开展“暖心煤进万家”活动，向困难家庭捐赠燃煤720吨，"
     "折合价值约78.4万元。\n“寒冬送温暖”专项救助行动中，救助站开展街面巡查96次。\n12月以来，市领导带队走访慰问困难群众186户，送去"
     "慰问金和米、面、油等物资，折合26.2万元。\n据统计，今冬以来全市已向困难群众发放各类取暖救助款物共计623.2万元。\n", "funds",
     {"518.6万元": (False, "part"), "1,200元": (False, "rate"), "约78.4万元": (False, "part"), "26.2万元": (False, "part"),
      "623.2万元": (True, None)}),
    # ... or the money of every kind the numbered sections above paid (a report's sections, counts beside)
    ("一、社会救助兜底有力\n（一）低保工作。截至6月底，全镇共有农村低保对象1,102户1,688人，上半年发放低保金412.6万元。"
     "严格落实低保“四议两公开”程序，对新申请对象逐户入户调查。\n（二）特困供养。全镇共有特困供养人员286人，其中集中供养41人，"
     "上半年发放特困供养金158.3万元。\n（三）临时救助。对遭遇突发性、紧迫性困难的群众实施临时救助48户次，发放临时救助金17.4万元。\n"
     "上半年，全镇共发放各类救助资金588.3万元，做到按时足额发放到户到人。\n\n二、养老服务持续提升\n", "funds",
     {"412.6万元": (False, "part"), "158.3万元": (False, "part"), "17.4万元": (False, "part"),
      "588.3万元": (True, None)}),
    # the half year to date beside a report of its second quarter is another period
    ("今年第二季度，全县共发放孤儿基本生活费232.2万元。截至6月底，今年上半年全县累计发放儿童基本生活费461.8万元。\n",
     "funds", {"232.2万元": (True, None), "461.8万元": (False, "cumulative")}),
    # the plan section of a work summary: nothing there has happened yet
    ("一、2023年工作开展情况\n全年发放城乡低保金1386.2万元。\n二、2024年工作计划\n计划安排城乡低保资金1420万元。\n",
     "funds", {"1386.2万元": (True, None), "1420万元": (False, "change")}),
    # ... or of a half-year summary
    ("一、社会救助\n上半年发放低保金598.6万元。\n五、下半年工作计划\n（一）投入资金6万元，为45户困难老年人家庭实施适老化改造。\n",
     "funds", {"598.6万元": (True, None), "6万元": (False, "change")}),
    # a comparison with the same period of last year
    ("一季度全县发放高龄津贴286.4万元。与去年同期相比，发放金额增加18.3万元。\n", "funds",
     {"286.4万元": (True, None), "18.3万元": (False, "change")}),
    # round figures add up by chance: 30 + 20 = 50 is no evidence
    ("发放低保金30万元，特困供养金20万元；临时救助支出50万元。\n", "funds",
     {"30万元": (True, None), "20万元": (True, None), "50万元": (True, None)}),
    # a figure said to be inside another one already
    ("募集专项善款186万元。义卖当天筹得善款3.9万元，已计入上述专项善款。\n", "funds",
     {"186万元": (True, None), "3.9万元": (False, "part")}),
    # a figure pointed back at, rounded as the writer recalls it
    ("今年共发放款物568.4万元。\n负责人表示，这近570万元款物将全部公开发放。\n", "funds",
     {"568.4万元": (True, None), "近570万元": (False, "restatement")}),
    # the same exact sum again under another verb is the same money
    ("全年投入救助资金186.4亿元。\n目前，186.4亿元救助资金已全部发放到户。\n", "funds",
     {"186.4亿元": (False, "restatement")}),
    # a paragraph opening on 其中 breaks down the figure the paragraph above ended on
    ("全年全省投入社会救助资金96.2亿元。\n其中，发放低保金61.5亿元；发放特困供养金20.3亿元。\n", "funds",
     {"96.2亿元": (True, None), "61.5亿元": (False, "part"), "20.3亿元": (False, "part")}),
    # 连续第N年 is a run of years
    ("这是该市连续第12年发放春节补贴，累计发放资金3.4亿元。\n", "funds", {"3.4亿元": (False, "cumulative")}),
    # people picked out of visits are a part; visits under a total of people, or households
    # under a total of visits, are summed apart and count
    ("行动期间救助流浪乞讨人员1536人次，其中护送返乡427人。\n", "beneficiaries",
     {"1536人次": (True, None), "427人": (False, "part")}),
    # (not the people a project of a list helped under a year's visits: summed apart, by unit kind)
    ("全年支出2994万元，共救助困难群众4.18万人次。主要项目如下：\n1.“慈善助学”项目。支出380.8万元，资助困难学生1286名。\n"
     "2.“慈善助医”项目。支出612万元，救助大病患者2316人次。\n", "beneficiaries",
     {"4.18万人次": (True, None), "1286名": (True, None), "2316人次": (False, "part")}),
    ("全年保障困难群众210余万人。其中，实施临时救助42.6万人次。\n", "beneficiaries",
     {"210余万人": (True, None), "42.6万人次": (True, None)}),
    # a rate per meal is a rate
    ("县财政对高龄老人每餐补贴4元。\n", "funds", {"4元": (False, "rate")}),
    # a total naming its components: each component's own figure further down is a part
    ("全年全市民政事业费支出18.6亿元（含城乡低保、临时救助和高龄津贴等资金）。\n"
     "全年支出城乡低保资金9.73亿元。\n全年支出临时救助资金4260万元。\n全年发放高龄津贴8120万元。\n"
     "全年接收社会捐赠款物3350万元。\n", "funds",
     {"18.6亿元": (True, None), "9.73亿元": (False, "part"), "4260万元": (False, "part"),
      "8120万元": (False, "part"), "3350万元": (True, None)}),
    # a standard stays a rate when it is per home or institution, not per person, a range too
    ("对全县敬老院按照2000-5000元的标准给予慰问，共发放慰问金36万元。\n", "funds",
     {"2000": (False, "rate"), "5000元": (False, "rate"), "36万元": (True, None)}),
    # a sibling of a 其中 part, in the next sentence, adds up with it to the whole
    ("全市累计接受捐款3268.4万元，其中市慈善总会收到1036.9万元（含600万元基金）。县区慈善总会收到2231.5万元。\n",
     "funds", {"3268.4万元": (True, None), "1036.9万元": (False, "part"), "600万元": (False, "part"),
               "2231.5万元": (False, "part")}),
    # a 其中 list running on past its sentence: its later items climb past their siblings to the whole
    ("一季度共救助困难群众2,187人。其中城市低保对象905人，发放资金160万元；农村低保对象622人，发放资金95万元。"
     "城市特困人员31人；农村特困人员47人；高龄津贴对象582人。\n", "beneficiaries",
     {"2,187人": (True, None), "905人": (False, "part"), "622人": (False, "part"), "31人": (False, "part"),
      "47人": (False, "part"), "582人": (False, "part")}),
    # …but the next section of a report holds no pieces of the last section's whole, whatever they add up to
    ("（一）兜底保障。全年发放各类救助资金2.41亿元。其中，低保金1.73亿元，特困供养金5,270万元。\n"
     "（二）养老服务。争取养老服务项目资金1,530万元，新建站点12个。\n", "funds",
     {"2.41亿元": (True, None), "1.73亿元": (False, "part"), "5,270万元": (False, "part"), "1,530万元": (True, None)}),
    # a total told item by item after 具体为 (no 其中, the items need not add up: one is of another unit)
    ("今冬共为4,310户困难家庭发放取暖补贴402.6万元。具体为：城市低保家庭1,026户，123.1万元；农村低保家庭2,871户，"
     "229.7万元；分散供养特困人员538人，49.8万元。\n", "beneficiaries",
     {"4,310户": (True, None), "1,026户": (False, "part"), "2,871户": (False, "part"), "538人": (True, None)}),
    # a clause opening on those a count above named, by what they receive, picks some of them
    # (past a ；where the parts before already fill the whole)
    ("目前全县享受高龄津贴的80周岁以上老年人共1.93万人，其中80至89周岁1.64万人、90周岁以上2,900人；享受津贴的老人中，城乡低保、"
     "特困老年人1,875人。\n", "beneficiaries",
     {"1.93万人": (True, None), "1.64万人": (False, "part"), "2,900人": (False, "part"), "1,875人": (False, "part")}),
    # the money raised, named as what is put to uses, is the whole its 其中 picks from
    # (paragraphs above: "…共募集善款1,286万元。" … "据介绍，今年募集的善款将重点用于…，其中安排…200万元")
    ("截至11月5日，全市“慈善一日捐”共募集善款1,286万元。\n启动仪式上，多家企业现场捐款。\n据介绍，今年募集的善款将重点用于助困、"
     "助学和助医，其中安排春节慰问资金200万元。\n", "funds", {"1,286万元": (True, None), "200万元": (False, "part")}),
    # the old level a change is told from ("由往年50万元增加到90万元"): the other term, not this period's
    ("此次送温暖行动投入善款由往年50万元增加到90万元，帮扶困难家庭800户。\n", "funds",
     {"50万元": (False, "change"), "90万元": (True, None)}),
    # money paid out of the money raised, its total in the next clause, is part of what was raised
    ("此次行动共筹集款物42.8万元。旗民政局从募集善款中为1126名困境儿童每人发放200元助学慰问金，共计22.52万元。\n", "funds",
     {"42.8万元": (True, None), "200元": (False, "rate"), "22.52万元": (False, "part")}),
    # …not out of a programme's own fund the story gives no figure of: that is new money
    ("全年投入康复救助资金302.4万元。此外，县民政局从临时救助资金中为58名残疾儿童每人发放补助1,200元，共计6.96万元。\n", "funds",
     {"302.4万元": (True, None), "1,200元": (False, "rate"), "6.96万元": (True, None)}),
    # those counted in both counts told before ("同时享受两项补贴的有2106人"): the overlap, a part of each
    ("截至6月底，全县享受困难残疾人生活补贴4372人，享受重度残疾人护理补贴5168人；同时享受两项补贴的有2106人。\n",
     "beneficiaries", {"4372人": (True, None), "5168人": (True, None), "2106人": (False, "part")}),
    # …but a part does not add up with a figure of another sentence to a third one
    ("共接收社会捐赠款物8.4亿元，其中捐赠资金7.3亿元，物资折款1.1亿元。全年筹集福彩公益金15.7亿元。\n", "funds",
     {"8.4亿元": (True, None), "7.3亿元": (False, "part"), "1.1亿元": (False, "part"), "15.7亿元": (True, None)}),
    ("一位老人又捐款1万元，至今他已累计捐款近8万元。\n", "funds",
     {"1万元": (True, None), "近8万元": (False, "cumulative")}),
    # a sentence opening on the whole it breaks down
    ("全年接收捐赠款物2.46亿元。在2.46亿元捐赠款物中，通过网络募捐平台筹集3180万元。\n", "funds",
     {"2.46亿元": (False, "restatement"), "3180万元": (False, "part")}),
    # the items of a list under a paragraph that gives the whole and ends on "："
    ("全年支出慈善款物1.38亿元，主要用于以下方面：\n一是扶贫济困，投入款物2260万元。\n"
     "二是助学，资助大学新生820名，共计410万元。\n全年募集善款1.5亿元。\n", "funds",
     {"1.38亿元": (True, None), "2260万元": (False, "part"), "410万元": (False, "part"), "1.5亿元": (True, None)}),
    # the heads a sum named in the paragraph above goes to, listed after a colon, whatever each head's verb
    ("项目共筹集帮扶款物1536.8万元。\n帮扶资金分别投向产业帮扶、乡村养老和助学三个板块：产业帮扶投入862万元，扶持合作社27个；"
     "乡村养老投入312万元，新建幸福院18个；助学方面，资助困难学生430名，发放助学金172万元。\n", "funds",
     {"1536.8万元": (True, None), "862万元": (False, "part"), "312万元": (False, "part"), "172万元": (False, "part")}),
    # items numbered with a closing bracket alone ("1)"), adding up to the whole over them, past an item's own
    # 其中 list of eight
    ("全年共募集善款1450146.4元。\n1、对口援助项目收入情况:\n共计募集善款41200.6元。\n2、区红十字会救助项目收入情况:\n"
     "共计募集善款1408945.8元;\n1)市红十字会救助项目转入382650元;\n2)网络筹款活动募集6413.1元;\n3)助医项目募集612891.5元;\n"
     "4)区设项目募集240318.9元;\n其中,助学项目募集60000元;助老项目募集50000元;助残项目募集31100元;关爱项目募集29000元;"
     "助医项目募集28000元;暖心项目募集20000元;应急项目募集12218.9元;心愿项目募集10000元。\n5)各类定向捐款募集166672.3元;\n",
     "funds", {"1450146.4元": (True, None), "41200.6元": (False, "part"), "1408945.8元": (False, "part"),
               "382650元": (False, "part"), "6413.1元": (False, "part"), "612891.5元": (False, "part"),
               "240318.9元": (False, "part"), "60000元": (False, "part"), "50000元": (False, "part"), "31100元": (False, "part"),
               "29000元": (False, "part"), "28000元": (False, "part"), "20000元": (False, "part"), "12218.9元": (False, "part"),
               "10000元": (False, "part"), "166672.3元": (False, "part")}),
    # …each ordinal item ending on a ；(the page runs the intro and its first item together)
    ("全年支出慈善救助资金1986.7万元，惠及困难群众3.12万人次，主要用于以下项目：\n一是助学项目，资助学生800名，发放助学金320万元；\n"
     "二是助医项目，救助大病患者600人，支出460万元；\n三是助老项目，发放助老金120万元。\n", "funds",
     {"1986.7万元": (True, None), "320万元": (False, "part"), "460万元": (False, "part"), "120万元": (False, "part")}),
    # …each item opening on a dash ("——"), the first run on after the intro's colon
    ("全年支出慈善款物1.38亿元，主要用于以下方面：\n——“慈善助学”项目。资助困难学生820名，共计410万元。\n"
     "——“慈善助医”项目。救助大病患者1,260人次，支出692.5万元。\n全年募集善款1.5亿元。\n", "funds",
     {"1.38亿元": (True, None), "410万元": (False, "part"), "692.5万元": (False, "part"), "1.5亿元": (True, None)}),
    # an item past a ；that is broken down itself is the next whole of the list
    ("发放农村低保金1342.6万元，其中春节补贴576.6万元；集中供养资金88万元，其中春节补贴21万元。\n", "funds",
     {"1342.6万元": (True, None), "576.6万元": (False, "part"), "88万元": (True, None), "21万元": (False, "part")}),
    # a figure larger than every whole before it is no part of them
    ("共发放资金120万元，其中低保金80万元；为1200名优抚对象发放抚恤金150.6万元。\n", "funds",
     {"120万元": (True, None), "80万元": (False, "part"), "150.6万元": (True, None)}),
    # a fund set up in a past year, its total since then
    ("现场共募得善款2860万元。一位老人2015年在市慈善总会设立了个人冠名基金，累计捐赠已达到126万余元。\n", "funds",
     {"2860万元": (True, None), "126万余元": (False, "cumulative")}),
    # a round count again in another paragraph is another group of the same size
    ("慰问组上午来到东湖镇，看望了20户贫困户。\n下午来到蓼沿乡，又慰问了20户贫困户。\n", "beneficiaries",
     {"20户": (True, None)}),
    # a notice's table of places, with its 合计 restating the total given above
    ("现下达春节慰问资金860.4万元。\n附件：分配表\n1.甲县：486.2万元\n2.乙县：256.8万元\n3.丙县：117.4万元\n"
     "合计：860.4万元\n", "funds",
     {"486.2万元": (False, "part"), "256.8万元": (False, "part"), "117.4万元": (False, "part"),
      "860.4万元": (False, "restatement")}),
    # a part broken down again, by a list after it; a 含 closed in its parenthesis governs no more
    ("共接收捐款6853.6万元。其中，市慈善总会接收1862.4万元（含冠名基金600万元），各县市区接收4991.2万元。"
     "各县市区接收情况为：甲区1386.5万元，乙县1612.7万元（含冠名基金200万元），丙市1992.0万元。\n", "funds",
     {"6853.6万元": (True, None), "1862.4万元": (False, "part"), "600万元": (False, "part"),
      "4991.2万元": (False, "part"), "1386.5万元": (False, "part"), "1612.7万元": (False, "part"),
      "200万元": (False, "part"), "1992.0万元": (False, "part")}),
    # a whole broken down twice: by kind of donor, then by who received it
    ("共募集善款5860万元，其中单位捐款4120万元、个人捐款1740万元。从接收渠道看，市本级接收1240万元，"
     "各县区接收4620万元。\n", "funds",
     {"5860万元": (True, None), "4120万元": (False, "part"), "1740万元": (False, "part"), "1240万元": (False, "part"),
      "4620万元": (False, "part")}),
    # the same exact count under another name is the same count
    ("慰问对象全市共计5.35万户。\n合计：2140万元，慰问53500户\n", "beneficiaries",
     {"5.35万户": (True, None), "53500户": (False, "restatement")}),
    # since a year a quoted name with digits in it
    ("县慈善总会自2019年参与“99公益日”以来，累计筹集善款612万元。\n", "funds", {"612万元": (False, "cumulative")}),
    # a change after a comparison named in the clause before
    ("今年共筹集善款612万元。与上年相比，今年筹集善款增加41.3万元，慰问户数增加380户。\n", "funds",
     {"612万元": (True, None), "41.3万元": (False, "change")}),
    # one campaign season a year, several of them
    ("该行动已连续开展四个冬季，累计入户走访9.6万户次。\n", "beneficiaries", {"9.6万户次": (False, "cumulative")}),
    # brands run for many years
    ("“慈善一日捐”“慈善情暖万家”等品牌活动连续多年开展，累计募集善款2,860万元。\n", "funds",
     {"2,860万元": (False, "cumulative")}),
    # "至今，…累计" reaches back to the start of a charity's work
    ("春节前全市各级慈善会安排善款1260万元。至今，全市慈善会累计用于春节慰问的善款达2.3亿元。\n", "funds",
     {"1260万元": (True, None), "2.3亿元": (False, "cumulative")}),
    # past a ；, a whole its parts before already add up to has no more parts: the next report
    ("去年全州共募集款物980万元，其中款560万元、物资价值420万元；全年支出救助款物870万元，救助2900人次。\n",
     "funds", {"980万元": (True, None), "560万元": (False, "part"), "420万元": (False, "part"),
               "870万元": (True, None)}),
    # ... while a list still short of its whole goes on past the ；
    ("全年投入资金95亿元，其中发放低保金60亿元；发放特困供养金21亿元；支出临时救助资金8亿元。\n", "funds",
     {"95亿元": (True, None), "60亿元": (False, "part"), "21亿元": (False, "part"), "8亿元": (False, "part")}),
    # a paragraph opening on what a whole above is made of breaks it down; a parenthesis after an
    # item only says what that item holds
    ("全年共募集慈善款物1.5亿元，比上年增加1200万元。\n募集款物主要包括：“慈善一日捐”募集善款2600万元；"
     "网络募捐1300万元（含配捐150万元）；接收定向捐赠款物8100万元。\n", "funds",
     {"1.5亿元": (True, None), "1200万元": (False, "change"), "2600万元": (False, "part"), "1300万元": (False, "part"),
      "150万元": (False, "part"), "8100万元": (False, "part")}),
    # ... or names it back by its money, no colon
    ("市红十字会筹集到总价值1300多万元的爱心款物，将全部发放到困难群众手中。\n今年“博爱送万家”活动筹集的爱心款物主要包括"
     "公益基金120万元、某公司捐赠的物资30万元、网络平台筹集善款760万元以及其他爱心款物。\n", "funds",
     {"1300多万元": (True, None), "120万元": (False, "part"), "30万元": (False, "part"), "760万元": (False, "part")}),
    # ... or names the uses of the money raised and what they need in the figure's own sentence
    ("晚会现场共认捐款物2,968.5万元。晚会募集的款物将主要用于“情暖万家”春节慰问活动，计划向全市1万户困难家庭每户发放"
     "慰问金500元，所需资金约500万元；其余部分将用于“慈善助学”项目。\n", "funds",
     {"2,968.5万元": (True, None), "500元": (False, "rate"), "约500万元": (False, "part")}),
    ("活动共筹集善款64.2万元。这笔善款将用于“暖心”助困项目，计划为500名学生每人发放800元助学金，为120户家庭每户发放"
     "2000元救助金，两项共需64万元；剩余资金将结转用于冬季慰问。\n", "funds",
     {"64.2万元": (True, None), "800元": (False, "rate"), "2000元": (False, "rate"), "64万元": (False, "part")}),
    # ... or what is done with it, the money raised named back as its object
    ("县慈善会通过“慈善情暖万家”活动募集社会捐赠款物186.4万元。\n县慈善会将“慈善情暖万家”募集的物资统一采购、分装，"
     "为其中1620户重病重残家庭每户加送价值300元的“年货大礼包”，合计48.6万元。\n", "funds",
     {"186.4万元": (True, None), "300元": (False, "rate"), "48.6万元": (False, "part")}),
    # a running total beside the period's own figure of the kind (not the year's own 全年累计)
    ("截至12月31日，市慈善总会共募集善款3200万元，累计募集善款4.8亿元；救助支出4100万元，受助群众1.5万人次，"
     "累计救助支出3.9亿元，受助群众18万人次。\n", "funds",
     {"3200万元": (True, None), "4.8亿元": (False, "cumulative"), "4100万元": (True, None),
      "3.9亿元": (False, "cumulative")}),
    ("截至12月31日，市慈善总会救助支出4100万元，受助群众1.5万人次，累计救助支出3.9亿元，受助群众18万人次。\n",
     "beneficiaries", {"1.5万人次": (True, None), "18万人次": (False, "cumulative")}),
    ("今年残疾人两项补贴惠及8.3万人，发放补贴3000万元，全年累计发放补贴资金1.1亿元。\n", "funds",
     {"3000万元": (True, None), "1.1亿元": (True, None)}),
    # (of the same measure only: the year's payments after other money are the year's; "累计达到…" sums any)
    ("2022年，区民政局为4家敬老院筹集资金20万元进行改造，累计保障特困供养对象8345人次，发放供养资金658万元；"
     "累计发放高龄津贴54226人次，发放资金140万元。\n", "funds", {"20万元": (True, None), "658万元": (True, None),
                                                     "140万元": (True, None)}),
    ("2022年，区民政局为4家敬老院筹集资金20万元进行改造，累计保障特困供养对象8345人次，发放供养资金658万元；"
     "累计发放高龄津贴54226人次，发放资金140万元。\n", "beneficiaries", {"8345人次": (True, None), "54226人次": (True, None)}),
    ("全年隐名捐款的有250人次，共捐款158万元，累计达到683万元。\n", "funds",
     {"158万元": (True, None), "683万元": (False, "cumulative")}),
    # (goods given out are no running total of goods received: 物资 names both)
    ("今年以来，全市慈善超市共接收捐赠款物386.5万元，其中捐赠资金142.8万元、捐赠物资折价243.7万元；累计向困难群众发放物资价值"
     "298.6万元。\n", "funds", {"386.5万元": (True, None), "142.8万元": (False, "part"), "243.7万元": (False, "part"),
                              "298.6万元": (True, None)}),
    # the years of 近年来 reach a 累计 past a clause or two of the work
    ("近年来，某市通过推进低保扩围增效，全面摸排困难群众并及时纳入保障范围，累计为4.7万名困难群众发放各类救助资金约21.3亿元。\n",
     "funds", {"约21.3亿元": (False, "cumulative")}),
    # since a place that serves opened, summed
    ("爱心超市去年3月运营以来，累计接收社会捐赠款物46.2万元。\n", "funds", {"46.2万元": (False, "cumulative")}),
    # ... a rate given before it is no period's figure
    ("行动为每户独居老人发放价值180元的过冬物资包，累计发放物资价值近46万元。\n", "funds",
     {"180元": (False, "rate"), "近46万元": (True, None)}),
    # the rest of a whole
    ("全市筹集取暖救助资金1280万元。各地已将其中的1163.5万元发放到困难家庭手中，剩余的116.5万元留作备用金。\n",
     "funds", {"1280万元": (True, None), "1163.5万元": (False, "part"), "116.5万元": (False, "part")}),
    # a sentence breaking down a whole given before it, by a dimension: even a selection of it
    ("3月份，全市共实施临时救助2300人次，支出资金350万元。\n从救助对象看，救助低保对象900人次、特困人员140人次。"
     "分县市区看，甲县救助410人次、支出58万元，乙县救助360人次、支出49万元，救助人次居全市前二。\n", "beneficiaries",
     {"2300人次": (True, None), "900人次": (False, "part"), "140人次": (False, "part"), "410人次": (False, "part"),
      "360人次": (False, "part")}),
    # a monthly report's year-to-date figure is another period than the month it reports ...
    ("3月份，全市共实施临时救助2300人次。\n1—3月，全市累计实施临时救助6900人次，完成年度计划的27.6%。\n",
     "beneficiaries", {"2300人次": (True, None), "6900人次": (False, "cumulative")}),
    # ... but a year-to-date figure the story reports for itself counts
    ("1—9月，全省各级救助管理机构共救助流浪乞讨人员1.36万人次，其中护送返乡2870人次。\n", "beneficiaries",
     {"1.36万人次": (True, None), "2870人次": (False, "part")}),
    # an earlier figure a later total says it includes, by what it was
    ("启动仪式上，14家爱心企业现场捐赠款物380万元。\n截至2月2日，活动已筹集款物1120万元（含启动仪式当天捐赠款物）。\n",
     "funds", {"380万元": (False, "part"), "1120万元": (True, None)}),
    # what a recipient may take per period is a rate; what is spent per year is not
    ("今年，区里投入70多万元慈善救助资金设立慈善超市。受助对象每年在慈善超市免费选购所需600元价值的必需品，"
     "每季度领取物品价值不超过150元。全省每年投入近6000万元培训养老从业人员。\n", "funds",
     {"70多万元": (True, None), "600元": (False, "rate"), "不超过150元": (False, "rate"), "近6000万元": (True, None)}),
    # past a ；, money moved another way than both the whole and its first part is the next report
    ("过去一年，全县募集善款4987万元，其中“慈善一日捐”455万元；慈善救助支出3773万元，受益困难群众47160人次。\n",
     "funds", {"4987万元": (True, None), "455万元": (False, "part"), "3773万元": (True, None)}),
    # past a ；, a sibling of a part stays a part of the whole written before ...
    ("8月份，全县共有城乡低保对象15110户28981人。其中：城市低保1236户2051人；农村低保13874户26930人。\n",
     "beneficiaries", {"15110户": (True, None), "28981人": (True, None), "1236户": (False, "part"),
                       "2051人": (False, "part"), "13874户": (False, "part"), "26930人": (False, "part")}),
    # ... but with no whole of its unit written, the parts count (GUIDELINES)
    ("截至年底，全国共有城乡低保对象4021万人。其中，城市低保对象662万户、1085万人；农村低保对象1924万户、2937万人。\n",
     "beneficiaries", {"4021万人": (True, None), "662万户": (True, None), "1085万人": (False, "part"),
                       "1924万户": (True, None), "2937万人": (False, "part")}),
    # a sentence opening on the money named before ("助学资金中，") breaks it down
    ("今年共发放助学资金148.9万元，资助学生353名。\n助学资金中，县内爱心企业定向捐赠50万元，其余由县慈善总会统筹安排。\n",
     "funds", {"148.9万元": (True, None), "50万元": (False, "part")}),
    # a last-year word telling when something else happened: the figure's clause has a time of its own
    ("今年全县发放临时救助金86万元。村民王某去年因病致贫，镇政府当天为其发放临时救助金6000元。\n", "funds",
     {"86万元": (True, None), "6000元": (True, None)}),
    # a batch of a sum just given is a part of it
    ("中央财政共安排冬春生活救助资金52亿元，第一批资金41.6亿元已于近日下拨，剩余资金明年初下拨。\n", "funds",
     {"52亿元": (True, None), "41.6亿元": (False, "part")}),
    # ... or of the households a plan counts, told in a sentence before
    ("县里计划春节前慰问全县困难家庭1500户，每户发放慰问金500元。首批620户困难家庭的慰问金和年货已于1月20日送达。\n",
     "beneficiaries", {"1500户": (True, None), "620户": (False, "part")}),
    # a running total of allocations so far holds the batch told before it, of its own level only
    ("财政部近日紧急预拨中央自然灾害救灾资金3.6亿元，支持甘肃、青海抢险救灾。截至目前，今年已预拨地方防汛抗旱资金12.8亿元。\n",
     "funds", {"3.6亿元": (False, "part"), "12.8亿元": (True, None)}),
    ("县财政局紧急下拨县级救助资金500万元。截至7月17日，省、市两级共下拨救灾资金1260万元。\n", "funds",
     {"500万元": (True, None), "1260万元": (True, None)}),
    # (the receivers between the verb's 共 and the verb: "截至目前，…共向…8个重灾县下拨…900万元")
    ("6月17日，省财政厅、省民政厅再次向5个重灾县下拨省级救灾资金600万元。截至目前，省财政厅、省民政厅共向两州9个重灾县下拨"
     "省级救灾资金1100万元。\n", "funds", {"600万元": (False, "part"), "1100万元": (True, None)}),
    # a running total of payments so far this year holds the batch told before it, money and people
    ("昨日，市慈善总会为48位重病患者发放救助金86万余元。自9月以来，通过该项目发放的救助金已达215万元，惠及520余人。\n",
     "funds", {"86万余元": (False, "part"), "215万元": (True, None)}),
    ("昨日，市慈善总会为48位重病患者发放救助金86万余元。自9月以来，通过该项目发放的救助金已达215万元，惠及520余人。\n",
     "beneficiaries", {"48位": (False, "part"), "520余人": (True, None)}),
    ("11月20日，县慈善会为9名困难学生发放助学金4.5万元。这是今年来该会第六批发放助学金，总金额已达31万元。\n",
     "funds", {"4.5万元": (False, "part"), "31万元": (True, None)}),
    # a round sum told again in a sentence on this event, by another verb, is the same money; a share of it a part
    ("签约仪式上，某船舶涂料出资3000万元设立慈善基金，并计划将基金总额的2% 即60万元捐赠给慈善事业。"
     "此次某船舶涂料公司出资3000万元与市慈善总会签订了为期十年的协议。\n", "funds",
     {"3000万元": (False, "restatement"), "60万元": (False, "part")}),
    # the first batch of a sum said to go out in batches, in the sentence after it
    ("县里下拨冬春生活救助资金450万元，按标准分两批发放。目前，首批资金236.5万元已发放到群众手中。\n", "funds",
     {"450万元": (True, None), "236.5万元": (False, "part")}),
    # those served picked out by a lead naming them
    ("项目全年为1,920名老年人提供上门服务。服务对象中，特困人员418名、低保对象730名。\n", "beneficiaries",
     {"1,920名": (True, None), "418名": (False, "part"), "730名": (False, "part")}),
    # cash past a ；is no piece of a whole of goods the 其中 broke down
    ("企业捐赠轮椅等辅具价值约64.2万元，其中两县分得价值21.5万元的辅具；市慈善总会捐赠助残资金30万元。\n", "funds",
     {"约64.2万元": (True, None), "21.5万元": (False, "part"), "30万元": (True, None)}),
    # a clause dated an earlier year than the story's
    ("2025年9月5日，市慈善总会启动2025年度“慈善一日捐”活动，现场募集善款86.2万元。据介绍，该活动已连续开展18年，"
     "2024年度共募集善款2417.6万元。\n", "funds", {"86.2万元": (True, None), "2417.6万元": (False, "change")}),
    # spent so far of the sum set for the year
    ("今年县财政安排政府购买居家养老服务资金860万元。截至9月底，全县共有2,316名老年人享受服务，已支出服务补贴资金612.8万元。\n",
     "funds", {"860万元": (True, None), "612.8万元": (False, "part")}),
    # the money arrived of a sum pledged
    ("新设冠名基金18个，协议总额达236万元，到位善款为172.5万元。\n", "funds",
     {"236万元": (True, None), "172.5万元": (False, "part")}),
    # a 其中 that reached no count does not make the counts of the ；-items after it parts
    ("实施医疗救助3.7万人次，其中重点救助对象救助比例达74%；为10712名困难残疾人发放生活补贴；为21063名重度残疾人发放护理补贴。\n",
     "beneficiaries", {"3.7万人次": (True, None), "10712名": (True, None), "21063名": (True, None)}),
    # households picked out of the people just counted, by a 其中 opening the next sentence; not a group
    # counted both ways, whose people are the part
    ("此次共发放取暖补贴1363.28万元，惠及困难群众3.2万人。其中，为1.28万户城乡低保家庭按每户1000元发放1280万元。\n",
     "beneficiaries", {"3.2万人": (True, None), "1.28万户": (False, "part")}),
    ("全国共有城乡低保对象4021.3万人。其中，城市低保对象661.8万户、1084.5万人。\n", "beneficiaries",
     {"4021.3万人": (True, None), "661.8万户": (True, None), "1084.5万人": (False, "part")}),
    # the work totalled above, picked out by 在上述…中; the sources of the money named above
    ("1至3月，全市共实施临时救助1,386人次，发放临时救助金412.6万元，次均救助2977元。在上述救助中，春节前后对发现的"
     "96户困难家庭及时实施临时救助，发放资金31.2万元。\n", "funds",
     {"412.6万元": (True, None), "2977元": (False, "rate"), "31.2万元": (False, "part")}),
    ("今年该行动共发放助学金182.4万元。助学资金来源于慈善一日捐募集资金和爱心企业定向捐赠，其中企业定向捐赠95万元。\n",
     "funds", {"182.4万元": (True, None), "95万元": (False, "part")}),
    ("此次活动共惠及儿童642名，发放物资总价值28.9万元。所需资金由旗本级福彩公益金安排20万元，其余由爱心企业捐赠。\n",
     "funds", {"28.9万元": (True, None), "20万元": (False, "part")}),
    # "these ten years"
    ("发布会上介绍，这十年各级财政累计支出基本生活救助资金2.04万亿元。\n", "funds", {"2.04万亿元": (False, "cumulative")}),
    # goods said to be outside the sum above; money carried over from last year spent this year
    ("活动共募集善款1,286.4万元。此外，企业还捐赠了米面油等生活物资，折合人民币36.2万元，未计入上述善款总额。\n", "funds",
     {"1,286.4万元": (True, None), "36.2万元": (True, None)}),
    ("今年以来，市慈善总会统筹上年度结转善款，实施助学助医等救助项目，已支出救助资金612.3万元，惠及困难群众8,600人次。\n",
     "funds", {"612.3万元": (True, None)}),
    # out of the money named above; a running total's sibling in kind is no later gift
    ("县财政下拨救灾资金1,200万元。截至7月20日，上述资金中已向4,210名群众发放应急生活救助资金126.3万元。\n", "funds",
     {"1,200万元": (True, None), "126.3万元": (False, "part")}),
    ("县慈善总会发起救灾募捐活动，截至7月20日共募集善款186.7万元、物资折价42.3万元。\n", "funds",
     {"186.7万元": (True, None), "42.3万元": (True, None)}),
    # a sentence opening on the first batch of a sum to go out in batches
    ("区财政安排消费券资金520万元，按月分批发放。首批共向4,870名老年人发放消费券61.4万元。\n", "funds",
     {"520万元": (True, None), "61.4万元": (False, "part")}),
    # compared with a month before ("与11月份相比，…增加57人次"): a change
    ("12月份，全县实施临时救助612人次。与11月份相比，救助人次增加57人次。\n", "beneficiaries",
     {"612人次": (True, None), "57人次": (False, "change")}),
    # money after a 其中 of counts inside a later ；item is no part of the money of an item before it
    ("今年1至11月，某区累计发放高龄津贴1134万元；全区社区老年食堂累计提供助餐服务21.8万人次，其中为困难老年人提供助餐6.4万人次，"
     "发放助餐补贴96.2万元。\n", "funds", {"1134万元": (True, None), "96.2万元": (True, None)}),
    # (its day between the batch and the figure)
    ("市慈善总会共安排慰问款物1186万元，分两批拨付：第一批于1月6日拨付712万元，重点慰问低保家庭；第二批拨付474万元。\n", "funds",
     {"1186万元": (True, None), "712万元": (False, "part"), "474万元": (False, "part")}),
    # a running total of money raised so far holds the day's gifts told before it
    ("市民政局干部职工一上午募集善款23万余元。下午，市南区举行“慈善一日捐”活动，共募集善款8万多元。\n"
     "截至目前，今年我市“慈善一日捐”活动已募捐善款近260万元。\n", "funds",
     {"23万余元": (False, "part"), "8万多元": (False, "part"), "近260万元": (True, None)}),
    ("当天的捐助仪式上，21家企业捐资486万元。据不完全统计，今年以来，全市已有203家民营企业参与到活动中，捐助资金862余万元。\n",
     "funds", {"486万元": (False, "part"), "862余万元": (True, None)}),
    # the years up to last year's end, and 近年来…累计
    ("至去年底，全市累计免除基本殡葬服务费用2.1万多宗，为群众减负2900多万元。\n", "funds",
     {"2900多万元": (False, "cumulative")}),
    ("近年来，该会累计为“护苗”项目募资8.6万元，今年募资1.2万元。\n", "funds",
     {"8.6万元": (False, "cumulative"), "1.2万元": (True, None)}),
    # a heating season across the new year is one season
    ("9月底，提前下达2024—2025年采暖期城乡低保、特困人员取暖补贴1,366.2万元。\n", "funds", {"1,366.2万元": (True, None)}),
    # a long since-clause, then 累计
    ("游仙区自2022年建立农村留守老年人关爱服务制度以来，已累计探访6.8万人次。\n", "beneficiaries",
     {"6.8万人次": (False, "cumulative")}),
    # the years of a drive said as a span of time or of its run ("9年时间里", "已搞了17年", "9个年头")
    ("9年时间里，济南慈善总会共拨出善款307.6万元，共为9200多户困难家庭送去燃煤。\n", "funds",
     {"307.6万元": (False, "cumulative")}),
    ("资助大学生是市慈善总会的保留项目，至今已搞了17年，共资助贫困学生2481人次，助学金额600多万元。\n", "funds",
     {"600多万元": (False, "cumulative")}),
    ("6年多时间里，两地携手并肩，累计投入帮扶资金2亿余元。\n", "funds", {"2亿余元": (False, "cumulative")}),
    # a paragraph opening on the years up to now goes on with that history, until a sentence names
    # a year, this event or other work
    ("总会成立于2005年，多年来广泛募集善款9600多万元。先后救助困难群众13.2万人次。今年春节前夕，总会慰问困难群众1200人。\n",
     "beneficiaries", {"13.2万人次": (False, "cumulative"), "1200人": (True, None)}),
    ("协会成立8年来累计募集善款1270万元。下一步，县民政局将对全县1.16万低保、特困对象开展排查。\n", "beneficiaries",
     {"1.16万": (True, None)}),
    # a review of five years: a stock now, or those a standard now reached covers, is the present level
    ("“十四五”以来全市民政事业发展综述\n五年来，全市累计发放社会救助资金68.4亿元。\n"
     "全市现有80周岁以上高龄老人6.9万人，全部纳入高龄津贴发放范围。孤儿基本生活费标准达到每人每月1870元，"
     "共保障孤儿和事实无人抚养儿童1236名。\n", "beneficiaries", {"6.9万人": (True, None), "1236名": (True, None)}),
    # out of a sum named back at length ("…提到的1.2亿元养老服务体系建设资金中，…安排了2460万元")
    ("今年，市财政安排养老服务体系建设资金1.2亿元。\n记者：助餐补贴有多少？\n"
     "答：刚才提到的1.2亿元养老服务体系建设资金中，老年助餐补贴资金安排了2460万元。\n", "funds",
     {"1.2亿元": (False, "restatement"), "2460万元": (False, "part")}),  # (the second 1.2亿元, told again)
    # drawn from the sum above with an adverb before the verb; what has gone out so far of a sum named in its clause
    ("各级共下达救灾资金2860万元。首月救助金501.12万元已从上述资金中足额发放到户。"
     "据了解，各级下达的2860万元救灾资金目前已拨付到乡镇1980万元。\n", "funds",
     {"2860万元": (False, "restatement"), "501.12万元": (False, "part"), "1980万元": (False, "part")}),
    # some of a group counted before, picked out by what befell them (not a group no count was given for)
    ("全县紧急转移安置受灾群众3126户11480人。对转移安置群众中因灾无房可住的2416户8352人发放过渡期生活救助。\n",
     "beneficiaries", {"3126户": (True, None), "11480人": (True, None), "2416户": (False, "part"),
                       "8352人": (False, "part")}),
    ("全县走访困难群众5000户。同时，对全市城乡低保家庭中有老年人的3,106户家庭发放冬季生活补助。\n", "beneficiaries",
     {"5000户": (True, None), "3,106户": (True, None)}),
    # a figure card's label reads as the words before its number would; a trust's property told as a stock
    ("数说2024｜这一年的民政账本\n\n2024年，某县民政局坚持以人民为中心，把一件件民生实事办到群众心坎上。\n\n"
     "1.86亿元\n全年发放各类社会救助资金\n\n8.9亿元\n“十四五”以来累计支出社会救助资金\n\n"
     "截至目前，全市在民政部门备案的慈善信托已达27单，信托财产规模3.86亿元。\n", "funds",
     {"1.86亿元": (True, None), "8.9亿元": (False, "cumulative"), "3.86亿元": (False, "cumulative")}),
    # a paragraph opening on 其中 under a card picks out of the card's figure; a card under a numbered heading naming
    # the span ("04｜“十四五”以来") is of those years; a card whose label names so much a meal is a rate
    ("数说2024｜江夏民政这一年\n\n2024年，江夏区民政局在兜底保障、养老服务等方面交出了一份民生答卷。\n\n02｜养老服务\n\n3—5元\n每餐就餐补贴\n\n03｜慈善公益\n\n986万元\n区慈善会全年募集善款善物\n\n"
     "其中“99公益日”网络募捐活动筹款312万元。\n\n04｜“十四五”以来\n\n9.8亿元\n累计发放各类救助资金\n\n28万人次\n困难群众受益\n",
     "funds", {"3": (False, "rate"), "5元": (False, "rate"), "986万元": (True, None), "312万元": (False, "part"), "9.8亿元": (False, "cumulative")}),
    # a 累计 sum of the figures before it in its sentence is their whole, no running total; money given out of the
    # sum above to places listed
    ("灾情发生后，自治区下拨救灾资金2000万元，市本级安排救灾资金1000万元，受灾县（区）共安排1260万元，"
     "各级累计投入救灾资金4260万元。市慈善总会共接收社会各界捐赠款物1386.4万元；目前已从中向藤县、苍梧县等受灾较重地区"
     "拨付款物960万元。\n", "funds",
     {"2000万元": (False, "part"), "1000万元": (False, "part"), "1260万元": (False, "part"), "4260万元": (True, None),
      "1386.4万元": (True, None), "960万元": (False, "part")}),
    # a traditional text's sum of pieces, rounded to its 萬 ("818萬元" is 817.5–818.5萬)
    ("竹山縣民政局對全縣23769名城鄉低保等特困對象開展春節慰問，發放慰問資金818萬元。\n"
     "其中：對18242名城鄉低保對象發放慰問金521.52萬元。對5410名特困供養人員發放慰問金283.46萬元。"
     "對64名孤兒發放慰問金7.2萬元。對53名事實無人撫養兒童發放慰問金5.9萬元。\n", "funds",
     {"818萬元": (True, None), "521.52萬元": (False, "part"), "283.46萬元": (False, "part"), "7.2萬元": (False, "part"),
      "5.9萬元": (False, "part")}),
    # what a raise adds, told after it without 将
    ("城乡低保标准提高到每人每月845元。提标后，全县每月增加低保资金支出约96万元。全年发放低保金1.26亿元。\n", "funds",
     {"845元": (False, "rate"), "约96万元": (False, "change"), "1.26亿元": (True, None)}),
    # (by the year, after a new standard however it is named)
    ("特困人员救助供养标准提高到每人每月1150元。调整后，全区1036名特困人员受益，每年增加支出资金约87万元。\n", "funds",
     {"1150元": (False, "rate"), "约87万元": (False, "change")}),
    # the difference of a standard raised, after its old and new levels
    ("城市低保标准由每人每月760元提高到790元，增加30元，增幅3.9%；农村低保标准由每人每年5400元提高到5760元，增加360元。\n",
     "funds", {"760元": (False, "rate"), "790元": (False, "rate"), "30元": (False, "change"), "5400元": (False, "rate"),
               "5760元": (False, "rate"), "360元": (False, "change")}),
    # those paid picked out after 发放对象中
    ("截至11月20日，全市共为13538户困难家庭发放冬季取暖补贴1008.35万元。\n发放对象中，城市低保家庭1365户，农村低保家庭9782户，"
     "低保边缘特殊困难家庭702户。\n", "beneficiaries",
     {"13538户": (True, None), "1365户": (False, "part"), "9782户": (False, "part"), "702户": (False, "part")}),
    # the edges of the bins givers or charities are counted in move no money
    ("今年全市慈善会系统累计筹款2.61亿元，其中筹款在100万元到500万元之间的慈善会有31家。捐款10万元以上的爱心企业有26家。"
     "现场捐款100万元以上的是3家企业。\n", "funds",
     {"2.61亿元": (True, None), "100万元": (False, "rate"), "500万元": (False, "rate"), "10万元以上": (False, "rate"),
      "100万元以上": (False, "rate")}),
    # since last year, or over editions held in a row, is more than a year
    ("2023年6月30日，我市举行活动。去年以来，我市共接收社会捐赠约4.87亿元。慈善榜已连续六届发布，上榜捐赠总额超56亿元。\n",
     "funds", {"约4.87亿元": (False, "cumulative"), "超56亿元": (False, "cumulative")}),
    # a limit on the cases an office may grant ("对5000元以下的急难型救助可直接审批发放") moves no money
    ("市财政年初向各乡镇预拨临时救助备用金150万元，乡镇对5000元以下的急难型救助可直接审批发放。\n", "funds",
     {"150万元": (True, None), "5000元以下": (False, "rate")}),
    # (however long the group between: "提标后，全市1.06万名低保对象（其中…）和1720名特困人员每月合计增发保障金约52万元")
    ("城市低保标准由每人每月760元提高到每人每月800元。提标后，全市1.06万名低保对象（其中城市低保对象1860名、农村低保对象8740名）"
     "和1720名特困人员每月合计增发保障金约52万元。\n", "funds",
     {"760元": (False, "rate"), "800元": (False, "rate"), "约52万元": (False, "change")}),
    # 其中 after a count of those helped that follows the population picks out of that count, not the population
    ("该县60周岁以上老年人口9.6万人，经逐户摸排，确定独居、空巢老人6842名，全部纳入探访关爱范围，"
     "其中80周岁以上的1236名、失能半失能的418名。\n", "beneficiaries",
     {"6842名": (True, None), "1236名": (False, "part"), "418名": (False, "part")}),
    # a summing-up paragraph ("总的来看，…") adds up the sums of the paragraphs above it
    ("一是兜底保障更加精准。今年1至9月，全市发放城乡低保金3.68亿元、特困人员救助供养金1.92亿元，支出临时救助金1.05亿元。\n"
     "二是养老服务提质扩面。今年，市财政安排养老服务体系建设资金1.2亿元。\n三是儿童关爱更加用心。\n"
     "总的来看，今年前三季度全市支出城乡低保、特困供养和临时救助资金6.65亿元。\n", "funds",
     {"3.68亿元": (False, "part"), "1.92亿元": (False, "part"), "1.05亿元": (False, "part"), "1.2亿元": (True, None),
      "6.65亿元": (True, None)}),
    # an item past a ；giving its own figures before 累计 is the next programme's year, no running total
    ("2020年全县城镇低保8779户20139人，累计保障238673人次，支出低保金3347万元；农村低保17866户53491人，"
     "累计保障628007人次，共支出低保金5120万元。\n", "beneficiaries",
     {"8779户": (True, None), "20139人": (True, None), "238673人次": (True, None), "17866户": (True, None),
      "53491人": (True, None), "628007人次": (True, None)}),
    # a standard raised by so much, the level it reached told next: the raise, no money paid
    ("今年调整城乡低保标准，城镇低保提高60元，达到每人每月565元；全年发放低保金1.2亿元。\n", "funds",
     {"60元": (False, "change"), "565元": (False, "rate"), "1.2亿元": (True, None)}),
    # an average per day is a rate
    ("全市已建成长者饭堂126个，日均用餐约2800人，今年服务老年人32万人次。\n", "beneficiaries",
     {"约2800人": (False, "rate"), "32万人次": (True, None)}),
])
def test_not_countable_reasons(text, kind, expected):
    got = {k: v[:2] for k, v in _rows(text, kind).items()}
    assert got == expected


def test_the_sum_of_a_use_the_sentence_gives_its_money_is_a_part_of_it():
    text = ("县慈善总会募集专项善款142万元，主要用于慰问680户困难家庭，每户1000元，共计68万元，"
            "其余资金留作急难救助备用。\n")
    rows = _rows(text)
    assert rows["142万元"][:2] == (True, None)
    assert rows["68万元"][:2] == (False, "part")


def test_each_count_of_a_chain_shares_the_chain_reason():
    rows = _rows("全年新增低保对象4210户、9876名。\n", "beneficiaries")
    assert {k: v[:2] for k, v in rows.items()} == {"4210户": (False, "change"), "9876名": (False, "change")}


def test_a_sentence_naming_one_campaign_ties_its_facts():
    text = "2024年，省慈善总会开展“情暖江苏”慈善救助项目，安排项目资金1040万元。\n"
    assert _rows(text)["1040万元"][2] == "情暖江苏"


def test_in_a_sentence_of_several_campaigns_a_figure_goes_with_the_one_its_clause_names():
    text = ("全市全年接收捐赠款物2.1亿元，其中“慈善一日捐”活动募集善款5200万元，“99公益日”网络募捐活动"
            "筹款1360万元（含配捐240万元）。\n")
    rows = _rows(text)
    assert (rows["5200万元"][2], rows["1360万元"][2], rows["240万元"][2]) == ("慈善一日捐", "99公益日", "99公益日")
    assert rows["2.1亿元"][2] is None


def test_the_headline_campaign_owns_the_unnamed_figures_of_a_paragraph_naming_its_projects_too():
    text = ("某县“99公益日”两天筹集善款96.8万元\n"
            "9月7日至8日，县慈善总会上线“助学圆梦”“银龄助餐”2个公益项目，开展2025年“99公益日”网络募捐活动。"
            "两天时间，全县共筹集善款96.8万元。\n")
    assert _rows(text)["96.8万元"][2] == "99公益日"
    together = text.replace("两天时间，全县共筹集", "两项活动共筹集")
    assert _rows(together)["96.8万元"][2] is None


def test_a_top_n_list_is_a_selection_out_of_the_whole_given_before_it():
    text = ("某省“99公益日”筹款8600万元\n"
            "今年“99公益日”期间，全省慈善会系统筹集善款8600万元。\n筹款排名前三的项目分别是：\n"
            "1.“助学圆梦”项目筹款620万元；\n2.“银龄助餐”项目筹款480万元；\n3.“温暖冬衣”项目筹款350万元。\n"
            "加上5月开展的“慈善一日捐”活动募集的3100万元，两项活动共筹集善款1.17亿元。\n")
    rows = _rows(text)
    assert rows["8600万元"][:2] == (True, None)
    assert [rows[k][:2] for k in ("620万元", "480万元", "350万元")] == [(False, "part")] * 3
    assert rows["1.17亿元"][2] is None and rows["3100万元"][2] == "慈善一日捐"


def test_a_figure_for_several_campaigns_together_belongs_to_none():
    text = ("全省打造了“慈善一日捐”“光明行”等慈善品牌，累计募捐80多亿元。\n"
            "开展“夏日送清凉”“寒冬送温暖”服务，2021年救助流浪乞讨人员9万多人次。\n")
    assert _rows(text)["80多亿元"][2] is None
    assert _rows(text, "beneficiaries")["9万多人次"][2] is None


def test_the_headline_campaign_owns_the_story_figures():
    text = ("青海省开展2024年“慈善情暖万家”慰问活动\n\n"
            "1月10日，青海省民政厅、省慈善总会在西宁启动“慈善情暖万家”慰问活动。\n"
            "今年计划投入约480万元，慰问困难群众近15000人次。\n")
    rows = _rows(text)
    assert rows["约480万元"][2] == "慈善情暖万家"


def test_a_paragraph_moving_to_another_city_does_not_inherit_the_campaign():
    text = ("永州市民政局开展“慈善爱老敬老”公益活动，为老人送去慰问品。"
            "醴陵市民政局在春节期间走访慰问1667户特困家庭。\n")
    assert _rows(text, "beneficiaries")["1667户"][2] is None


def test_section_of_a_roundup_campaign_is_not_the_story_campaign():
    text = ("沙河市多措并举保障困难群众过冬\n\n"
            "第一，发放过冬物资，为全市787名特困人员每人发放棉衣一套。\n"
            "第二，开展“慈善暖人心”活动，为困难群众捐赠慰问品200份。\n")
    assert _rows(text, "beneficiaries")["787名"][2] is None


def test_a_back_reference_ties_a_fact_to_the_campaign_named_before():
    text = ("1月8日，县民政局联合县慈善协会开展“慈善暖冬”走访慰问活动。\n"
            "县慈善协会为此次活动筹措资金6.8万元。\n")
    assert _rows(text)["6.8万元"][2] == "慈善暖冬"


def test_regular_payments_and_other_periods_are_no_campaign_s():
    text = ("某县开展“冬春暖心”行动\n\n"
            "1月10日，某县民政局启动“冬春暖心”行动，走访慰问困难群众1200户，发放慰问金36万元。\n"
            "另外，第一季度高龄津贴已发放到位，全县按照每人每月100元的标准发放津贴48万元。\n"
            "去年，全县共实施临时救助2300人次，支出资金310万元。\n")
    rows = _rows(text)
    assert rows["36万元"][2] == "冬春暖心"
    assert rows["48万元"][2] is None and rows["310万元"][2] is None
    # the province's whole social relief budget, named in a campaign's paragraph, is regular work
    text = ("“暖心赣鄱”走访活动已连续开展3年。负责人表示，全年96.2亿元社会救助资金已全部发放到户。\n")
    assert _rows(text)["96.2亿元"][2] is None


def test_a_campaign_named_again_by_its_short_name_is_one_campaign():
    text = ("安庆市去年12月启动“宜城·银龄守护”关爱行动。宿松县将取暖补贴纳入“银龄守护”行动，"
            "共惠及4320名老人。\n")
    facts = extract(text)
    assert [c["name"] for c in facts.campaigns] == ["宜城·银龄守护"]
    assert _rows(text, "beneficiaries")["4320名"][2] == "宜城·银龄守护"
    text = ("从去年12月全市启动“慈善一日捐”活动到目前，捐款总数已达2160万元。此次“一日捐”活动中，"
            "共有12万市民参与捐助。\n")
    assert [c["name"] for c in extract(text).campaigns] == ["慈善一日捐"]
    # quoted again by that short name with no kind word after it, still the same campaign
    text = ("“慈善一日捐”活动5月启动，市慈善总会共收到善款116万元。\n"
            "首笔“一日捐”善款来自两位老人。目前，个人捐款最多的有3万余元。\n九龙湖镇“一日捐”活动共捐善款86万元。\n")
    assert _rows(text)["3万余元"][2] == "慈善一日捐"
    # the short name first, the full name after it: one campaign, under the full name
    text = ("近日，某市红十字会2026年度“博爱送万家”活动正式启动，预计惠及近两千户家庭。\n"
            "今年，市红十字会继续开展“红十字博爱送万家”活动，投入资金32万元。\n")
    assert [c["name"] for c in extract(text).campaigns] == ["红十字博爱送万家"]
    assert _rows(text)["32万元"][2] == "红十字博爱送万家"


def test_the_campaign_framing_a_paragraph_owns_its_unnamed_clauses():
    text = ("把老人的事当作大事来办，在“银龄关爱”行动中，各地入户走访；组织开展“助老课堂”“健康义诊”活动；"
            "为困难老人发放慰问金12万元。\n")
    assert _rows(text)["12万元"][2] == "银龄关爱"


def test_a_result_of_several_means_belongs_to_no_campaign():
    text = ("通过开展“暖心守护”活动、入户排查，掌握实情；通过落实兜底政策，让3.2万名困难群众基本生活得到保障。\n")
    assert _rows(text, "beneficiaries")["3.2万名"][2] is None


def test_a_quoted_name_ending_in_an_event_word_is_the_campaign_without_it():
    facts = extract("县民政局启动“爱心暖冬行动”，为困难群众发放棉被300床。\n")
    assert [(c["name"], c["kind"]) for c in facts.campaigns] == [("爱心暖冬", "行动")]


def test_a_dated_clause_of_a_multi_year_review_is_this_year_s():
    text = ("“十四五”以来全省累计募集慈善款物41.7亿元\n\n"
            "“十四五”以来，全省各级慈善组织累计募集慈善款物41.7亿元。\n"
            "截至8月底，“温暖同行”活动共募集款物3.86亿元。\n")
    rows = _rows(text)
    assert rows["41.7亿元"][:2] == (False, "cumulative") and rows["3.86亿元"][:2] == (True, None)


def test_a_body_opening_on_the_years_it_reviews_is_a_multi_year_review():
    # a term's report with no headline: "五年来，…" opens it, its figures those years' together; a clause
    # naming this year is still this year's
    text = ("五年来，市民政局围绕中心工作，在保民生、促发展中彰显了民政职能。\n"
            "一、积极争取多方支持\n近年来，全市共向上级部门争取到各类民政专项经费约18亿元。"
            "地震后，临时生活救助23.6万人，发放临时生活救助资金2.1亿元。今年，全市发放临时救助资金860万元。\n")
    rows = _rows(text)
    assert rows["约18亿元"][:2] == rows["2.1亿元"][:2] == (False, "cumulative")
    assert rows["860万元"][:2] == (True, None)
    assert _rows(text, "beneficiaries")["23.6万人"][:2] == (False, "cumulative")


def test_money_for_carrying_out_the_action_is_the_campaign_s():
    text = ("某县启动“邻里守望”关爱行动\n\n某县近日启动“邻里守望”关爱行动，组织村级探访员上门探访留守老人。\n\n"
            "县财政统筹资金46万元用于行动开展，为412名探访员发放补贴。\n")
    assert _rows(text)["46万元"][2] == "邻里守望"


def test_a_standard_reached_and_the_standing_relief_fund_are_regular_work():
    text = ("某省开展“冬春关爱”行动\n\n某省近日开展“冬春关爱”行动，走访困难群众2万户。\n\n"
            "目前，全省城乡低保平均标准达到每人每月968元。全县支出临时救助资金412.8万元。\n")
    rows = _rows(text)
    assert rows["968元"][2] is None and rows["412.8万元"][2] is None


def test_quarterly_and_support_funds_are_regular_and_a_project_since_a_year_refers_back():
    text = ("某县“春晖助学”项目为困难学子圆梦\n\n近日，某县“春晖助学”项目助学金发放到位，共资助学子327名。\n"
            "与此同时，县民政局提前下拨第一季度城乡低保、特困供养资金3960万元。\n"
            "项目自2017年实施以来，已累计资助学子2600余人次。\n")
    funds, bens = _rows(text), _rows(text, "beneficiaries")
    assert funds["3960万元"][2] is None
    assert bens["2600余人次"][2] == "春晖助学"


def test_a_facilitys_running_costs_are_no_campaigns():
    text = ("连山：敲门送暖守护特殊困难老人\n\n连日来，县民政局开展“敲门行动”，探访特殊困难老人1286人次。\n\n"
            "80岁以上老人每餐只需支付3元，今年县财政已安排长者饭堂运营补贴资金86万元。\n")
    rows = _rows(text)
    assert rows["86万元"][2] is None and rows["3元"][2] is None


def test_a_winter_action_begun_last_year_owns_its_figures_since_then():
    text = ("针对流浪乞讨人员，民政部门开展“寒冬送温暖”专项行动，引导他们到站接受救助。"
            "自去年入冬以来，全省共救助流浪乞讨人员8200多人次。\n")
    assert _rows(text, "beneficiaries")["8200多人次"][2] == "寒冬送温暖"


def test_after_a_sub_activity_counted_in_the_headline_total_the_next_sentence_is_the_headline_s():
    text = ("第十届“暖冬同行”慈善活动落幕 募集款物1.2亿元\n"
            "本届“暖冬同行”慈善活动期间共募集款物1.2亿元。\n"
            "当天举行的“爱心集市”义卖活动筹得善款36.5万元，已计入上述募集款物。市慈善基金会还为8000户困难家庭"
            "送去新春慰问金，共计400万元。\n")
    rows = _rows(text)
    assert (rows["36.5万元"][2], rows["400万元"][2]) == ("爱心集市", "暖冬同行")


def test_a_figure_before_the_campaign_is_first_named_is_not_its_own():
    text = ("2024年全省投入社会救助资金92.7亿元，保障困难群众150余万人。\n"
            "春节期间，全省民政系统组织开展“暖冬行动”走访慰问活动，发放慰问款物1.6亿元。\n")
    rows = _rows(text)
    assert rows["92.7亿元"][2] is None
    assert rows["1.6亿元"][2] == "暖冬"  # (行动 is the kind word)


def test_the_headline_campaign_named_after_the_fact_in_its_paragraph_still_owns_it():
    text = ("都昌县“幸福食堂”让老人吃得好\n"
            "县财政对高龄老人每餐补贴4元，全年安排补贴资金96万元。“幸福食堂”项目还获捐物资折款8万元。\n")
    assert _rows(text)["96万元"][2] == "幸福食堂"


def test_the_only_campaign_named_at_the_end_of_the_lead_owns_the_lead_s_figures_unless_it_is_a_plan():
    text = ("县慈善总会走访困难家庭\n"
            "昨日，县慈善总会分3组走访了12户困难家庭。县慈善总会还拨出8万元，委托各镇慰问困难群众。"
            "至此，全县“慈善暖冬”活动拉开序幕。\n")
    rows = _rows(text)
    assert rows["8万元"][2] == "慈善暖冬"
    planned = ("区老年助餐服务见成效\n"
               "全区已建成长者食堂16家，每年投入助餐补贴资金近700万元。今年，全区将实施“暖心助餐”提升工程。\n")
    assert _rows(planned)["近700万元"][2] is None


def test_a_campaign_quoted_again_without_its_kind_word_is_still_named_there():
    text = ("今年5月启动的全市“慈善一日捐”活动已收官。\n"
            "另一件事也值得一提。“慈善一日捐”自2003年发起以来已连续开展22年，累计收到善款1.9亿元。\n")
    assert _rows(text)["1.9亿元"] == (False, "cumulative", "慈善一日捐")


def test_a_round_up_paragraph_on_another_county_is_not_the_first_county_s_campaign():
    text = ("本报讯 记者从宜宾市民政局获悉，春节期间各区县推出了不少暖心举措。\n"
            "筠连在全县15个乡镇同步开展“冬日敲门”行动，为1210户困难群众送去慰问金共计60.5万元。\n"
            "屏山将春节慰问与取暖救助结合起来，向全县低保户发放一次性生活补贴，惠及4120户。\n")
    rows = _rows(text, "beneficiaries")
    assert rows["1210户"][2] == "冬日敲门"
    assert rows["4120户"][2] is None


def test_an_unnamed_item_of_a_list_whose_other_items_name_their_campaigns_belongs_to_none():
    text = ("全年共募集款物1.2亿元。\n募集款物主要来自：“慈善一日捐”活动募集善款2100万元；“99公益日”活动期间，"
            "网络募捐980万元；接收社会各界定向捐赠款物6300万元。\n")
    rows = _rows(text)
    assert (rows["2100万元"][2], rows["980万元"][2], rows["6300万元"][2]) == ("慈善一日捐", "99公益日", None)


def test_a_comparison_with_last_year_keeps_the_campaign_of_the_sentence():
    text = ("某市开展“雪域送暖”活动\n今年“雪域送暖”活动中，全市共安排慰问资金8600万元，较去年的7900万元增加700万元，"
            "计划走访慰问困难群众4万户。\n")
    rows = _rows(text)
    assert rows["8600万元"] == (True, None, "雪域送暖")
    assert rows["7900万元"][2] == "雪域送暖" and rows["7900万元"][0] is False
    assert _rows(text, "beneficiaries")["4万户"] == (True, None, "雪域送暖")


def test_an_emoji_section_head_of_a_post_does_not_hide_the_aside_word_of_the_paragraph_under_it():
    page = ("暖心敲门丨这份温暖送到1.2万户家中\n\n原创 某市民政局 2024年01月20日 18:05\n\n寒冬腊月，\n一声声问候\n暖到人心\n\n"
            "2024年春节期间，\n某市民政局\n在全市开展“暖心敲门”行动，\n走访困难群众1.2万户，\n发放慰问金360万元。\n\n"
            "📢节日补贴已到账\n另外，经市政府同意，\n全市向低保对象发放\n一次性春节补贴，\n共计1800万元。\n")
    rows = _rows(page)
    assert rows["360万元"][2] == "暖心敲门"
    assert rows["1800万元"][2] is None


def test_a_campaign_named_as_the_date_a_span_starts_is_no_owner_unless_the_span_is_of_taking_part():
    as_date = ("9月5日，某县举行“中华慈善日”主题活动，共认捐善款1380万元。\n"
               "2016年首个“中华慈善日”以来，全县慈善组织累计募集款物5.12亿元。\n")
    assert _rows(as_date)["5.12亿元"] == (False, "cumulative", None)
    taking_part = ("今年“99公益日”网络募捐活动中，某县慈善总会筹款86万元。\n"
                   "该县自2019年参与“99公益日”以来，累计筹集善款612万元。\n")
    assert _rows(taking_part)["612万元"] == (False, "cumulative", "99公益日")


def test_a_stock_of_children_told_as_now_is_no_campaign_s_result():
    text = ("今年以来，市民政局开展“童伴成长”关爱行动，累计探访留守儿童4.2万人次。目前，全市有农村留守儿童12.6万名，"
            "均已建立档案。\n")
    rows = _rows(text, "beneficiaries")
    assert rows["4.2万人次"][2] == "童伴成长" and rows["12.6万名"][2] is None


def test_a_figure_whose_sentence_gives_the_campaign_s_share_after_qizhong_is_not_the_campaign_s():
    text = ("2023年，区民政局深化“暖心敲门”专项行动。\n全年实施临时救助3847人次，发放临时救助金1026.3万元，"
            "其中通过“暖心敲门”主动发现并实施救助1215人次、316.8万元。\n")
    funds, counts = _rows(text), _rows(text, "beneficiaries")
    assert funds["1026.3万元"] == (True, None, None) and counts["3847人次"] == (True, None, None)
    assert funds["316.8万元"] == (False, "part", "暖心敲门") and counts["1215人次"] == (False, "part", "暖心敲门")


def test_the_next_step_section_of_a_notice_plans_and_its_figures_are_not_summed():
    text = ("固原市民政局关于2024年度福彩公益金使用情况的公告\n2024年，我局共使用市本级福彩公益金1,346.8万元。\n三、下一步工作\n"
            "2025年，市本级福彩公益金预算安排1,420万元，继续向农村养老服务倾斜。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["1,346.8万元"]["countable"], f["1,420万元"]["countable"]) == (True, False)


def test_the_year_to_date_beside_a_quarter_s_own_figure_is_another_period_but_a_quarterly_bulletin_s_are_not():
    quarter = ("三季度，市民政局发放两项补贴资金654.8万元，比二季度增加71.6万元。"
               "1至9月，全市累计发放两项补贴资金1,872.9万元。\n")
    f = by_text(extract(quarter).funds, "amount_text")
    assert (f["654.8万元"]["countable"], f["1,872.9万元"]["not_countable_reason"]) == (True, "cumulative")
    bulletin = ("2024年第三季度，全省各级民政部门认真落实各项政策。现将主要数据公布如下：\n"
                "1—9月，全省累计支出临时救助资金4.18亿元。\n1—9月发放孤儿基本生活费3.62亿元。\n")
    assert [r["countable"] for r in extract(bulletin).funds] == [True, True]


def test_the_year_so_far_after_a_quarter_s_payment_in_its_report_is_another_period():
    # a quarter's report, its headline naming the quarter: "今年以来…累计" holds the quarter's own payment
    text = ("某县第四季度残疾人两项补贴发放到位\n近日，某县第四季度两项补贴已足额发放，共发放资金328.31万元，"
            "惠及5,318人。今年以来，全县累计发放残疾人两项补贴1,302.6万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["328.31万元"]["countable"], f["1,302.6万元"]["not_countable_reason"]) == (True, "cumulative")
    # a story not of one quarter or month keeps its year so far
    year = ("某县残疾人两项补贴发放到位\n近日，某县两项补贴已足额发放，共发放资金328.31万元。"
            "今年以来，全县累计发放残疾人两项补贴1,302.6万元。\n")
    assert by_text(extract(year).funds, "amount_text")["1,302.6万元"]["countable"] is True


def test_a_report_of_the_year_so_far_keeps_its_year_to_date_and_counts_the_month_inside_it():
    # the headline names 1—10月: the report's own period; October's figures are parts of it
    text = ("关于2025年1—10月全市民政重点工作推进情况的报告\n"
            "（一）城乡低保。10月份，全市共有城乡低保对象4.12万户，当月发放低保金4,236.8万元；"
            "1—10月累计发放低保金4.18亿元。\n（三）临时救助。10月份，全市实施临时救助1,247人次，支出资金273.9万元；"
            "1—10月累计实施临时救助1.18万人次，支出资金2,641.5万元。\n")
    facts = extract(text)
    f = {r["amount_text"]: r["not_countable_reason"] for r in facts.funds}
    b = {r["quantity_text"]: r["not_countable_reason"] for r in facts.beneficiaries}
    assert f == {"4,236.8万元": "part", "4.18亿元": None, "273.9万元": "part", "2,641.5万元": None}
    assert b == {"4.12万户": None, "1,247人次": "part", "1.18万人次": None}
    # a report of the month keeps the month's and leaves the year to date out
    month = text.replace("关于2025年1—10月全市民政重点工作推进情况的报告", "2025年10月全市民政工作情况")
    f = {r["amount_text"]: r["not_countable_reason"] for r in extract(month).funds}
    assert (f["4,236.8万元"], f["4.18亿元"]) == (None, "cumulative")
    # a year's work summary telling its months so far keeps the year to date, the month's figure inside it
    year = ("某县民政局2022年工作总结及2023年工作计划\n一、2022年工作总结\n9月份，全县城乡低保在册6,812户9,035人，"
            "当月共发放低保金436.2万元，1-9月累计发放低保金3,918.7万元。\n")
    f = {r["amount_text"]: r["not_countable_reason"] for r in extract(year).funds}
    assert f == {"436.2万元": "part", "3,918.7万元": None}


def test_an_edition_told_as_the_nth_in_a_row_new_income_and_a_stock_reached_are_read_by_what_they_are():
    text = ("今年四五月份，我市连续第八年在市区开展了“慈善一日捐”活动，市区共募集资金1739.59万元。\n"
            "据统计，截至6月底，全市慈善资金总规模（含认捐）已达95949.47万元；1-6月，全市新增慈善资金收入7368.12万元。\n"
            "这是宁夏连续第17年在春节前发放“饺子费”，累计发放资金5.1亿元。\n")
    f = {r["amount_text"]: r["not_countable_reason"] for r in extract(text).funds}
    assert f == {"1739.59万元": None, "95949.47万元": "cumulative", "7368.12万元": None, "5.1亿元": "cumulative"}


def test_matching_money_told_as_more_is_beside_a_share_and_those_picked_by_a_description_are_a_part():
    text = ("自治区下达困难群众救助补助资金4.86亿元。其中，吴忠市获得8632万元，市本级另配套安排资金1260万元。\n"
            "全市共有孤儿和事实无人抚养儿童412名。对其中身患重病或重度残疾的23名儿童，每人每月再增发护理补贴200元。\n")
    facts = extract(text)
    f = {r["amount_text"]: r["not_countable_reason"] for r in facts.funds}
    assert (f["8632万元"], f["1260万元"]) == ("part", None)
    b = {r["quantity_text"]: r["not_countable_reason"] for r in facts.beneficiaries}
    assert b == {"412名": None, "23名": "part"}


def test_an_amount_pointed_back_at_is_a_rate_given_again():
    text = ("新生每人一次性资助4,000元，共发放助学金126.87万元。"
            "“这4000元正好能交上第一年的住宿费。”小李说。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["4000元"]["countable"], f["4000元"]["not_countable_reason"]) == (False, "restatement")


def test_a_balance_left_is_not_summed_with_the_money_moved():
    text = ("上半年，总会共接收捐赠款物3,862.47万元，支出慈善款物3,215.86万元。"
            "截至6月30日，总会慈善资金账面余额2,947.3万元。活动结余资金83.7万元全部结转下一年度。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert [f[t]["countable"] for t in ("3,862.47万元", "3,215.86万元", "2,947.3万元", "83.7万元")] == [
        True, True, False, False]
    # …but money taken out of a balance is spent now
    text = "9月，市慈善总会从一日捐结余资金中拿出75万元开展“金秋助学”项目，资助困难大学新生150名。\n"
    assert by_text(extract(text).funds, "amount_text")["75万元"]["countable"] is True


def test_what_is_spent_so_far_of_the_money_its_sentence_put_in_is_part_of_it():
    text = "今年以来，区里投入未成年人保护资金48万元，目前，支出12.58万元，救助服务儿童232名。\n"
    assert {f["amount_text"]: f["not_countable_reason"] for f in extract(text).funds} == {"48万元": None, "12.58万元": "part"}
    # (only the money of its own sentence: another sentence's allocation is another sum)
    text = "今年以来，区里投入未成年人保护资金48万元。目前，各镇已支出临时救助金12.58万元。\n"
    assert {f["amount_text"]: f["not_countable_reason"] for f in extract(text).funds} == {"48万元": None, "12.58万元": None}


def test_money_paid_out_of_a_sum_given_above_is_part_of_it():
    text = ("省财政厅紧急下拨省级救灾资金2,000万元。对4,160名无房可住的受灾群众实施过渡期生活救助，"
            "所需资金748.8万元从省级下拨的救灾资金中列支。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["2,000万元"]["countable"], f["748.8万元"]["not_countable_reason"]) == (True, "part")


def test_a_monthly_report_s_year_to_date_figures_are_another_period_and_its_sections_own_no_campaign():
    text = ("某县2024年10月社会救助资金发放情况\n一、送温暖\n2024年1月，县级为4120户困难家庭发放春节“送温暖”慰问金9320000元。\n"
            "二、城乡最低生活保障\n2024年10月，全县共有低保对象3810户5122人，本月发放低保金5630250元。"
            "1-10月份累计发放低保金55108400元。\n三、水电气补贴\n2024年10月，发放水电气补贴184320元。\n"
            "四、残疾人两项补贴\n2024年10月，全县有生活补贴对象3306人，发放补贴1301420.5元，1-10月份累计发放补贴"
            "12905310.5元；有护理补贴对象5921人，发放补贴1265300元，1-10月份累计发放补贴12310800元。\n")
    facts = extract(text)
    assert facts.stories[0]["title"] == "某县2024年10月社会救助资金发放情况"
    camp = {c["campaign_id"]: c["name"] for c in facts.campaigns}
    f = {r["amount_text"]: (r["countable"], camp.get(r["campaign_id"])) for r in facts.funds}
    # (past a ；the month's own figures go on: the second allowance's month is countable)
    assert f == {"9320000元": (True, "送温暖"), "5630250元": (True, None), "55108400元": (False, None),
                 "184320元": (True, None), "1301420.5元": (True, None), "12905310.5元": (False, None),
                 "1265300元": (True, None), "12310800元": (False, None)}
    b = {r["quantity"]: r["countable"] for r in facts.beneficiaries}
    assert (b[3306], b[5921]) == (True, True)


def test_one_month_singled_out_of_the_quarter_is_part_of_its_figure():
    text = ("一季度，全区共实施临时救助1,136人次，发放资金215.4万元。春节前后是求助高峰，"
            "仅2月份全区就实施临时救助412人次、发放资金79.3万元。\n")
    facts = extract(text)
    f = by_text(facts.funds, "amount_text")
    b = by_text(facts.beneficiaries, "quantity_text")
    assert (f["215.4万元"]["countable"], f["79.3万元"]["not_countable_reason"]) == (True, "part")
    assert (b["1,136人次"]["countable"], b["412人次"]["not_countable_reason"]) == (True, "part")


def test_one_month_of_a_regular_payment_is_no_part_of_another_programme_s_fund_told_above():
    # (December's 低保金 singled out, "仅12月份就发放", after a winter relief fund: no whole of its programme is given)
    text = ("今年冬春期间，全市共下拨冬春临时生活困难救助资金6850万元，计划救助受灾群众4.6万户。"
            "与此同时，全市5.8万户城乡低保对象的低保金和特困供养金按月足额发放，仅12月份就发放4120万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["6850万元"]["countable"], f["4120万元"]["countable"]) == (True, True)


def test_the_rest_of_a_whole_and_a_share_drawn_from_a_named_pot_are_its_parts():
    text = ("年货节共筹集善款31.2万元，为412户困难家庭发放年货礼包，支出15.8万元；"
            "其余善款十五万四千余元存入专项基金，用于春节后的急难救助。"
            "项目总需资金124.8万元，由市慈善总会从“慈善一日捐”善款中列支80万元，其余44.8万元由各县配套。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert f["十五万四千余元"]["not_countable_reason"] == "part"
    assert (f["80万元"]["not_countable_reason"], f["44.8万元"]["not_countable_reason"]) == ("part", "part")
    text = ("募捐\n截至8月2日，县慈善会共接收捐赠款物198.6万元。县慈善会从上述款物中拿出首批92万元分配到7个受灾乡镇。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["198.6万元"]["countable"], f["92万元"]["not_countable_reason"]) == (True, "part")


def test_a_figure_out_of_a_sum_just_named_and_an_example_of_a_totalled_work_are_parts():
    text = ("区财政统筹安排消费券资金260万元。截至11月20日，260万元资金中，已核销148.6万元。"
            "参与行动的社会组织今年累计投入帮扶资金1,236.8万元。如，市企业家联合会为结对村捐建大棚12个，投入资金60万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["148.6万元"]["not_countable_reason"], f["60万元"]["not_countable_reason"]) == ("part", "part")
    assert f["1,236.8万元"]["countable"]


def test_a_handout_whose_rest_is_still_to_come_is_part_of_the_sum_raised():
    text = ("县民政局开展迎新春送温暖活动，多方筹集慰问款物268.4万元。截至1月23日，全县已走访慰问困难群众5,874户，"
            "发放慰问款物243.9万元，剩余款物将于除夕前全部发放到位。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["268.4万元"]["countable"], f["243.9万元"]["not_countable_reason"]) == (True, "part")


def test_last_year_s_figure_leading_on_its_area_and_a_span_since_last_year_are_not_this_year_s():
    text = ("曲靖市民政局关于第126号建议的答复\n发布时间：2024-06-18\n"
            "2023年全市累计探访农村留守老年人近12.6万人次；今年1至5月，已探访农村留守老年人5.8万人次。"
            "市慈善总会设立专项基金，2023年以来累计募集敬老助老款物1,026万元。\n")
    facts = extract(text)
    b = by_text(facts.beneficiaries, "quantity_text")
    assert (b["近12.6万人次"]["countable"], b["5.8万人次"]["countable"]) == (False, True)
    assert by_text(facts.funds, "amount_text")["1,026万元"]["not_countable_reason"] == "cumulative"


def test_a_sentence_opening_on_qizhong_breaks_down_the_sentence_before_not_a_whole_further_up():
    # the sentence before has no count: 1.87万户 is no part of the 2.46万户 of the paragraph above
    text = ("市民政局计划走访慰问困难群众2.46万户。\n"
            "与此同时，全市低保金和冬季取暖补助已足额发放到位。其中，向1.87万户低保家庭发放冬季取暖补助2992万元。\n")
    rows = by_text(extract(text).beneficiaries, "quantity_text")
    assert rows["1.87万户"]["countable"] is True
    # right before the figure, 其中 still picks out of a whole further up
    rows = by_text(extract("全市走访慰问困难群众2.46万户。\n工作人员为其中386户困难家庭送去了棉被。\n").beneficiaries,
                   "quantity_text")
    assert rows["386户"]["not_countable_reason"] == "part"


def test_qizhong_picking_out_households_makes_no_later_amount_a_part():
    text = ("已发放冬春生活救助资金196.4万元，并为其中1,120户特别困难家庭每户送去面粉50斤和棉被1床，"
            "物资折合人民币约33.6万元。\n")
    facts = extract(text)
    assert by_text(facts.funds, "amount_text")["约33.6万元"]["countable"] is True
    assert by_text(facts.beneficiaries, "quantity_text")["1,120户"]["countable"] is True
    # (nor when 其中 takes them with a preposition: "其中为62户…每户加发慰问金800元，共计4.96万元")
    text = ("将价值21.4万元的慰问物资送到边境乡镇，共惠及困难群众586户，其中为48户分散供养特困人员每户加发慰问金800元，"
            "共计3.84万元。\n")
    assert by_text(extract(text).funds, "amount_text")["3.84万元"]["countable"] is True
    # (nor through the words that pick them: "对其中生活特别困难的438户发放棉被…，价值约31.5万元")
    text = ("该县为1.26万户低保、特困家庭每户发放取暖补贴200元，共计252万元；同时开展入户排查，对其中生活特别困难的438户"
            "发放棉被、棉衣等物资，价值约31.5万元。\n")
    assert by_text(extract(text).funds, "amount_text")["约31.5万元"]["countable"] is True
    # ... while out of money that held cash, the cash to those picked out is some of it
    text = ("春节前夕，区退役军人服务站走访慰问重点优抚对象1,820人，发放慰问金和慰问品折合176.4万元。其中，为64名在乡"
            "老复员军人每人送去慰问金1,500元，共计9.6万元。\n")
    assert by_text(extract(text).funds, "amount_text")["9.6万元"]["not_countable_reason"] == "part"


def test_next_year_s_figure_after_will_and_last_year_s_edition_are_other_periods():
    text = ("2024年6月14日，徐汇区公益创投项目签约，本届46个项目获得资助资金共计386万元，预计服务居民超过4.2万人次。"
            "据介绍，2023年度公益创投活动资助的38个项目已全部结项，累计服务居民3.6万人次。"
            "区民政局表示，2025年将把公益创投资助规模提高到450万元。\n")
    facts = extract(text)
    funds, counts = by_text(facts.funds, "amount_text"), by_text(facts.beneficiaries, "quantity_text")
    assert (funds["386万元"]["countable"], funds["450万元"]["not_countable_reason"]) == (True, "change")
    assert (counts["超过4.2万人次"]["countable"], counts["3.6万人次"]["not_countable_reason"]) == (True, "change")


def test_a_work_report_given_at_a_session_is_of_the_year_before_and_its_jinnian_plans_are_other_periods():
    # ("——2025年1月14日在…大会…上" over "过去一年，…": the figures are 2024's; "今年，我们将…" is 2025's plan)
    text = ("政府工作报告\n——2025年1月14日在某省第十四届人民代表大会第三次会议上\n各位代表：\n"
            "过去一年，全省民生保障更加有力。全年发放困难群众救助资金98.6亿元，保障城乡低保对象118.6万人。\n"
            "今年，我们将持续提升民生保障水平，省级财政安排困难群众救助补助资金76.8亿元，为2万户特殊困难老年人家庭实施适老化改造。\n")
    facts = extract(text, "report.txt")
    assert [s["year"] for s in facts.stories] == [2024]
    funds, counts = by_text(facts.funds, "amount_text"), by_text(facts.beneficiaries, "quantity_text")
    assert (funds["98.6亿元"]["countable"], funds["76.8亿元"]["not_countable_reason"]) == (True, "change")
    assert (counts["118.6万人"]["countable"], counts["2万户"]["not_countable_reason"]) == (True, "change")


def test_last_year_s_leftover_money_spent_now_is_this_year_s_figure():
    text = ("今年“慈善一日捐”共募集善款612.8万元。今年上半年，县慈善会已从上年度一日捐结余资金中安排“慈善助医”救助资金"
            "124万元，救助困难大病患者268人。\n")
    facts = extract(text, "2024_a.txt")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"612.8万元": True, "124万元": True}
    assert {b["quantity_text"]: b["countable"] for b in facts.beneficiaries} == {"268人": True}


def test_last_year_s_money_used_up_this_year_helps_this_year_s_people():
    # the 去年 names the money; the people are helped by this year's date
    text = ("今年“99公益日”期间，全市慈善会系统共筹款2460万元。"
            "截至今年7月底，去年“99公益日”所筹善款已全部执行完毕，共资助困难学生1,420名，为2,650名困难老人提供助餐服务。\n")
    counts = by_text(extract(text, "2024_a.txt").beneficiaries, "quantity_text")
    assert (counts["1,420名"]["countable"], counts["2,650名"]["countable"]) == (True, True)
    # told as used, with no date of this year: last year's work
    text = ("今年“99公益日”期间，全市慈善会系统共筹款2460万元。"
            "据介绍，去年募集的善款已全部投入使用，共救助困难群众1.6万人次。\n")
    assert by_text(extract(text, "2024_a.txt").beneficiaries, "quantity_text")["1.6万人次"]["not_countable_reason"] == "change"
    # (the verb of use before last year's money: "已使用上年度“慈善一日捐”善款救助…")
    text = ("今年“慈善一日捐”活动共募集善款1,286万元。今年以来，市慈善总会已使用上年度“慈善一日捐”善款救助大病患者312人次，"
            "支出89.4万元。\n")
    facts = extract(text, "2024_a.txt")
    assert by_text(facts.funds, "amount_text")["89.4万元"]["countable"] is True
    assert by_text(facts.beneficiaries, "quantity_text")["312人次"]["countable"] is True


def test_jiang_before_the_year_or_far_after_it_is_ba_not_a_plan():
    # "将2025年1月、2月的低保金…提前发放": paid now, for the months ahead
    text = ("2024年12月，柳州市民政局近日将2025年1月、2月两个月的城乡低保金合并提前发放，共计发放资金1.36亿元。"
            "全市今年共发放低保金7.9亿元。\n")
    assert by_text(extract(text).funds, "amount_text")["1.36亿元"]["countable"] is True


@pytest.mark.parametrize("sentence,whole,arrived", [
    ("截至8月10日，共筹集善款293.83万元（实际到账289.71万元），拨付资金213.65万元。", "293.83万元", "289.71万元"),
    ("全国共接收国内外社会各界捐赠款物524.78亿元，实际到账款物510.78亿元。", "524.78亿元", "510.78亿元"),
])
def test_what_of_a_sum_has_actually_arrived_is_no_second_sum(sentence, whole, arrived):
    f = by_text(extract(sentence + "\n").funds, "amount_text")
    assert (f[whole]["countable"], f[arrived]["not_countable_reason"]) == (True, "part")


def test_the_gifts_of_the_day_are_parts_of_the_running_total_told_after_them():
    text = ("8月3日上午，“抗洪救灾 驰援河南”捐赠仪式在珠海市慈善总会举行。爱心企业捐赠100万元，爱心组织捐赠10万元。"
            "截至8月3日上午10时，珠海市慈善总会共计接收社会各界捐赠的专项善款264.48万余元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert [f[k]["countable"] for k in ("100万元", "10万元", "264.48万余元")] == [False, False, True]


def test_a_winter_and_spring_across_two_years_is_one_season_not_several_years():
    text = "据统计，2017至2018年冬春期间，云南省需要政府救助人数达399.2万人，其中需衣被救助的89.8万人。\n"
    rows = by_text(extract(text).beneficiaries, "quantity_text")
    assert (rows["399.2万人"]["countable"], rows["89.8万人"]["not_countable_reason"]) == (True, "part")
    # (its area may come between the years and the season)
    text = "民政部介绍，2016—2017年全国冬春期间需救助受灾群众4830万人，其中口粮救助1620万人。\n"
    rows = by_text(extract(text).beneficiaries, "quantity_text")
    assert (rows["4830万人"]["countable"], rows["1620万人"]["not_countable_reason"]) == (True, "part")


def test_items_numbered_under_an_intro_that_is_itself_an_item_are_parts_even_when_the_first_runs_on():
    text = ("一、2021年度慈善资金收支情况\n（一）全年慈善资金收入1362.70万元。其中：\n"
            "1.机关企事业单位“慈善一日捐”募集资金220.85万元；\n2.爱心企业定向捐赠357.15万元；\n"
            "3.乡镇慈善分会募集资金132.34万元。\n（二）全年慈善资金支出1320.44万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert [f[k]["countable"] for k in ("1362.70万元", "220.85万元", "357.15万元", "132.34万元", "1320.44万元")] \
        == [True, False, False, False, True]


def test_a_span_of_years_named_to_the_month_is_several_years_unless_it_lasts_twelve_months():
    text = "2012年1月至2015年12月，市慈善会共募集善款7705.01万元。\n"
    assert extract(text).funds[0]["not_countable_reason"] == "cumulative"
    text = "2018年12月至2019年11月，市本级留存福彩公益金共计612.38万元。\n"
    assert extract(text).funds[0]["countable"]


def test_the_season_before_is_another_period():
    text = ("寒冬送温暖\n2024年11月，省民政厅启动寒冬送温暖专项救助行动。上一个冬季（2023年11月至2024年3月）专项行动期间，"
            "全省共救助临时遇困人员1.37万人次。行动启动以来，已救助临时遇困人员2,860人次。\n")
    b = {r["quantity_text"]: r["countable"] for r in extract(text).beneficiaries}
    assert b == {"1.37万人次": False, "2,860人次": True}


def test_the_gifts_before_an_ellipsis_are_parts_of_the_running_total_after_it():
    text = ("某集团有限公司捐赠资金500万元，某乳业有限公司捐赠价值120万元的牛奶，还有许多爱心人士默默捐款……"
            "截至12月27日18时，省慈善联合总会共接收社会捐赠款物2.36亿元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert [f[k]["countable"] for k in ("500万元", "120万元", "2.36亿元")] == [False, False, True]


def test_an_instalment_that_has_actually_arrived_is_some_of_the_sum_named_before_it():
    text = "该慈善信托规模1,000万元，分两期交付，首期600万元已于9月3日实际到账。去年筹集的1160万元善款已全部落实到位。\n"
    f = by_text(extract(text).funds, "amount_text")
    assert (f["1,000万元"]["countable"], f["600万元"]["not_countable_reason"]) == (True, "part")
    assert f["1160万元"]["not_countable_reason"] != "part"  # 落实到位: carried out, no instalment


def test_matching_money_past_a_semicolon_is_added_to_a_grant_but_in_the_list_of_a_whole_is_its_part():
    text = ("资金保障上，省级财政今年安排全省老年助餐补助资金1.2亿元，其中下达我市830万元；市县两级财政配套安排960万元。"
            "本次活动共投入慰问款物736.8万元，其中市慈善总会拨付善款420万元，各县慈善会配套资金248.5万元。\n")
    f = by_text(extract("常德市老年助餐\n" + text).funds, "amount_text")
    assert [f[k]["countable"] for k in ("830万元", "960万元", "420万元", "248.5万元")] == [False, True, False, False]
    assert f["830万元"]["city"] == "常德市"  # 我市, though 市县两级 follows in the next clause


def test_what_is_done_so_far_of_a_planned_whole_is_its_part_and_a_project_s_run_since_set_up_is_several_years():
    text = ("今年为2,150户特殊困难老年人家庭实施居家适老化改造，共投入资金645万元，目前已完工1,968户。"
            "市慈善总会2022年设立了“银发守护”项目。项目设立以来，累计投入慈善资金412万元。\n")
    facts = extract("2024年常德市养老服务\n" + text)
    counts, funds = by_text(facts.beneficiaries, "quantity_text"), by_text(facts.funds, "amount_text")
    assert (counts["2,150户"]["countable"], counts["1,968户"]["not_countable_reason"]) == (True, "part")
    assert funds["412万元"]["not_countable_reason"] == "cumulative"


def test_a_round_mark_a_figure_given_before_has_passed_is_that_figure_again():
    text = ("省残基会共募集资金310.73万元，其中线上筹款120.33万元，线下筹款190.39万元。"
            "今年募集资金总额持续提升，线上筹款首次突破100万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert f["突破100万元"]["not_countable_reason"] == "restatement"


def test_the_year_to_date_beside_the_quarter_in_one_sentence_and_the_main_givers_of_a_sum():
    text = ("三季度共发放城乡低保金2,083.4万元，1至9月累计发放城乡低保金6,212.9万元。"
            "今年活动共筹集慰问款物428.6万元。主要捐赠单位有：某陶瓷有限公司捐款50万元，某食品有限公司捐款30万元。\n")
    f = by_text(extract(text).funds, "amount_text")
    assert (f["2,083.4万元"]["countable"], f["6,212.9万元"]["not_countable_reason"]) == (True, "cumulative")
    assert [f[k]["not_countable_reason"] for k in ("50万元", "30万元")] == ["part", "part"]


def test_the_townships_of_a_round_up_are_parts_of_the_county_s_total_told_after_them():
    text = ("春节临近，巫溪县开展“情暖巫溪”迎新春送温暖活动。\n"
            "【宁河街道】走访慰问辖区低保户、特困户286户，共发放款物12.4万元。\n"
            "【上磺镇】逐户走访低保户、五保户417户，共计发放慰问金21.6万元。\n"
            "据县民政局统计，全县32个乡镇（街道）在活动中共走访慰问困难群众1.26万户，发放慰问款物486.7万元。\n")
    facts = extract(text)
    f, b = by_text(facts.funds, "amount_text"), by_text(facts.beneficiaries, "quantity_text")
    assert [f[k]["countable"] for k in ("12.4万元", "21.6万元", "486.7万元")] == [False, False, True]
    assert [b[k]["countable"] for k in ("286户", "417户", "1.26万户")] == [False, False, True]


def test_a_round_gift_given_again_in_the_same_sentence_is_another_gift_not_a_restatement():
    text = "物产中大集团捐款400万元，杭州城投集团捐款400万元，旅游集团捐款220万元，捐赠合计达1020万元。\n"
    f = extract(text).funds
    assert [(r["amount_text"], r["not_countable_reason"]) for r in f] == [
        ("400万元", "part"), ("400万元", "part"), ("220万元", "part"), ("1020万元", None)]


def test_a_running_total_up_to_an_earlier_year_s_end_spans_every_year_up_to_then():
    text = ("2023年，市慈善总会继续开展活动。截至2022年底，活动累计支出善款1063.04万元，惠及困难群众4.65万人。"
            "今年我市安排善款75万元。截至2023年底，全年累计发放善款80万元。\n")
    facts = extract(text)
    f, b = by_text(facts.funds, "amount_text"), by_text(facts.beneficiaries, "quantity_text")
    assert [f[k]["not_countable_reason"] for k in ("1063.04万元", "75万元", "80万元")] == ["cumulative", None, None]
    assert b["4.65万人"]["not_countable_reason"] == "cumulative"


def test_past_a_semicolon_an_item_is_its_own_whole_after_an_item_broken_down_or_a_running_count():
    text = ("一季度救助资金发放\n县民政局发放一季度城市低保金256.3万元，累计保障14020人次；农村低保金1108.4万元，"
            "其中春节补贴452.1万元，电费补贴10.6万元；分散供养特困人员供养资金143余万元，其中春节补贴48.2万元；"
            "为3911名优抚对象发放抚恤补助金268.75万元。\n")
    f = {r["amount_text"]: (r["countable"], r["not_countable_reason"]) for r in extract(text).funds}
    assert f == {"256.3万元": (True, None), "1108.4万元": (True, None), "452.1万元": (False, "part"),
                 "10.6万元": (False, "part"), "143余万元": (True, None), "48.2万元": (False, "part"),
                 "268.75万元": (True, None)}


def test_gifts_told_after_a_running_total_up_to_a_date_are_its_parts_but_money_told_as_more_is_not():
    text = ("截至6月30日，县慈善总会今年已收到“慈善一日捐”善款268万余元。“慈善一日捐”活动启动当天，县领导带头捐款4.2万元；"
            "某服饰公司组织职工开展“一日捐”，当场募捐28461.5元；某中学师生举行“学雷锋献爱心暨慈善一日捐”活动，"
            "募得善款8.6万元。\n另有12家企业认捐善款150万元（不含在上述善款中）。\n")
    facts = extract(text)
    f = {r["amount_text"]: r["not_countable_reason"] for r in facts.funds}
    assert f == {"268万余元": None, "4.2万元": "part", "28461.5元": "part", "8.6万元": "part", "150万元": None}
    # (the school's joined event is a campaign of its own, not the drive's full name)
    assert {c["name"] for c in facts.campaigns} == {"慈善一日捐", "学雷锋献爱心暨慈善一日捐"}


def test_named_givers_gifts_after_what_an_event_raised_are_its_parts_but_another_event_s_sum_is_not():
    text = ("赈灾义演\n8月2日晚，赈灾义演晚会在市民广场举行，晚会现场募集善款1.2816亿元。\n"
            "晚会开通了爱心热线，各界人士踊跃捐款。其中，某航空集团捐款2000万元，某银行等捐款超过800万元。"
            "此外，某能源公司捐款450万元。\n8月5日，市红十字会举行专场募捐活动，筹得善款3200万元。\n")
    f = {r["amount_text"]: r["not_countable_reason"] for r in extract(text).funds}
    assert f == {"1.2816亿元": None, "2000万元": "part", "超过800万元": "part", "450万元": "part", "3200万元": None}


def test_a_sentence_s_last_clause_totalling_the_gifts_it_listed_makes_them_its_parts():
    text = ("水灾捐款\n自9月3日以来，市红十字会接收到省红十字会15万元捐款，某科技公司8万元，某商会26800元，"
            "共接收318600元。\n")
    f = {r["amount_text"]: r["not_countable_reason"] for r in extract(text).funds}
    assert f == {"15万元": "part", "8万元": "part", "26800元": "part", "318600元": None}
    # (or the households the sentence's givers reached, every figure round)
    text = ("春节慰问\n今年春节，省慈善会分配我市慰问名额600户，市慈善协会自筹资金慰问300户，各县区慈善协会自筹慰问100户，"
            "全市共计慰问困难家庭1000户。\n")
    b = {r["quantity_text"]: r["not_countable_reason"] for r in extract(text).beneficiaries}
    assert b == {"600户": "part", "300户": "part", "100户": "part", "1000户": None}


def test_what_a_report_says_was_used_of_the_money_it_received_is_that_money_again():
    text = ("博爱送万家款物公示\n一、款物接收情况\n活动期间，市红十字会共接收社会捐赠款物86.4万元。另接收省红十字会下拨的"
            "慰问物资一批，价值18.2万元。\n二、款物使用情况\n截至1月25日，已使用款物98.7万元，全部用于走访慰问困难群众。\n")
    f = {r["amount_text"]: r["not_countable_reason"] for r in extract(text).funds}
    assert f == {"86.4万元": None, "18.2万元": None, "98.7万元": "part"}


def test_a_numbered_section_headed_by_an_item_of_a_breakdown_above_breaks_that_item_down():
    text = ("2023年，市本级安排使用福彩公益金3,905.2万元，其中养老服务1,860万元、儿童福利612.5万元。\n"
            "（一）养老服务。资助建设社区长者饭堂38个。其中，“福彩暖心”项目使用福彩公益金1,020万元，全年补贴就餐52.3万人次。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "3,905.2万元": (True, None), "1,860万元": (False, "part"), "612.5万元": (False, "part"),
        "1,020万元": (False, "part")}


def test_a_section_headed_by_its_campaign_owns_its_unnamed_figures_and_a_topic_paragraph_is_not_the_headline_s():
    text = ("街道开展“帮困送温暖”活动\n“帮困送温暖”活动为1,046户困难家庭送去款物156.9万元。\n"
            "（三）“老伙伴”计划。街道安排项目经费36万元，由志愿者与1,200名独居老人结对。全年通过“帮困送温暖”活动、"
            "“老伙伴”计划等项目累计服务困难群众6.8万余人次。\n"
            "在兜底保障方面，区财政下拨临时救助备用金400万元。今冬，区里还为6,215户低保家庭发放取暖补贴，共计621.5万元。\n")
    funds = {k: v[2] for k, v in _rows(text).items()}
    assert funds == {"156.9万元": "帮困送温暖", "36万元": "老伙伴", "400万元": None, "621.5万元": None}
    people = {k: v[2] for k, v in _rows(text, "beneficiaries").items()}
    assert people == {"1,046户": "帮困送温暖", "1,200名": "老伙伴", "6.8万余人次": None, "6,215户": None}


def test_a_charity_s_receipts_by_source_are_money_raised_and_a_fund_s_quota_is_no_rate():
    text = ("2023年，福彩公益金控制使用额度为14302万元。全市慈善系统募捐总收入达到2.8亿元，其中扶贫济困日活动收入3467.19万元、"
            "项目收入1842.76万元。\n")
    facts = extract(text)
    assert [(f["amount_text"], f["per_unit"], f["flow"], f["not_countable_reason"]) for f in facts.funds] == [
        ("14302万元", None, "disbursed", None), ("2.8亿元", None, "raised", None),
        ("3467.19万元", None, "raised", "part"), ("1842.76万元", None, "raised", "part")]


@pytest.mark.parametrize("text, expected", [
    # up to now, within this year
    ("今年上半年，全市慈善组织开展募捐活动，截至目前累计募捐款物5517.73万元。\n", {"5517.73万元": (True, None)}),
    # an event held once a year for sixteen years
    ("已举办16届的慈善年夜饭累计支出款物130万元。\n", {"130万元": (False, "cumulative")}),
    # so much a school year after a slash
    ("孤儿每人每月740元/月+10000元/每学年助学资金。\n", {"740元": (False, "rate"), "10000元": (False, "rate")}),
])
def test_up_to_now_this_year_is_countable_and_yearly_events_add_up_years(text, expected):
    assert {k: v[:2] for k, v in _rows(text).items()} == expected


def test_a_caseload_report_s_changes_caps_and_standards_after_a_division_slash_are_not_added():
    text = ("本月增加保障金额3.8万元，减少保障金额14.15万元。今年以来共调出五保对象8人、调入五保对象4人。"
            "年度医疗救助封顶线达40000元。A类162元∕人、月。低保标准提高到每人每月640元（城市）和440元（农村）。"
            "全年共筹募善款1156.07万元，定向捐赠支出32.72万元。\n")
    facts = extract(text)
    assert [(f["amount_text"], f["flow"], f["not_countable_reason"]) for f in facts.funds] == [
        ("3.8万元", "disbursed", "change"), ("14.15万元", "disbursed", "change"), ("40000元", "other", "rate"),
        ("162元", "other", "rate"), ("640元", "other", "rate"), ("440元", "other", "rate"),
        ("1156.07万元", "raised", None), ("32.72万元", "disbursed", None)]
    assert [(b["quantity_text"], b["not_countable_reason"]) for b in facts.beneficiaries] == [
        ("8人", "change"), ("4人", "change")]
    # (and the caseload adjusted: "共调整农村低保对象126人", beside the stock)
    facts = extract("上半年，全县共调整农村低保对象118人。全县现有农村低保对象8,612人。\n")
    assert [(b["quantity_text"], b["not_countable_reason"]) for b in facts.beneficiaries] == [
        ("118人", "change"), ("8,612人", None)]


def test_the_year_s_items_of_a_list_are_no_running_total_of_the_item_before():
    text = "城市低保累计保障11402人次389.71万元；农村低保累计保障121534人次3119.21万元。\n"
    assert {k: v[:2] for k, v in _rows(text).items()} == {"389.71万元": (True, None), "3119.21万元": (True, None)}


def test_a_target_for_a_later_year_a_sum_said_to_be_outside_and_the_year_to_date_after_a_comma_are_not_added():
    text = ("2024年，全市募集慈善款物3,260万元。受市民政局委托，使用财政专项资金186万元（未计入上述慈善款物）。"
            "力争到2029年，年募集慈善款物突破5,000万元。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "3,260万元": (True, None), "186万元": (True, None), "突破5,000万元": (False, "change")}
    text = ("第三季度，全县共发放两项补贴652.72万元。\n据了解，今年前三季度，全县累计发放两项补贴1,948.6万元。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {"652.72万元": (True, None), "1,948.6万元": (False, "cumulative")}


def test_full_width_figures_add_up_to_their_written_precision_across_a_paragraph_opening_on_the_whole():
    text = ("近日，县民政局对城乡低保对象、特困人员进行了一次性补发，共补发差额资金６８６．２万元，惠及困难群众５．０３万人。\n"
            "调整后，城市低保标准由每人每月７６５元提高到８０５元。\n"
            "此次补发资金中，补发城乡低保金６１２．８万元，涉及低保对象４．６８万人；补发特困人员救助供养金７３．４万元，"
            "涉及特困人员３５０９人。\n")
    assert {k: v[:2] for k, v in _rows(text, "beneficiaries").items()} == {
        "５．０３万人": (True, None), "４．６８万人": (False, "part"), "３５０９人": (False, "part")}


def test_a_plan_beside_what_came_of_it_and_a_payment_drawn_from_a_reserve_are_not_added_again():
    text = ("项目计划募集资金40万元，实际募集资金43.26万元。市财政统筹拨付乡镇临时救助备用金130万元。"
            "某户突发火灾，乡民政办从乡镇备用金中拨付临时救助金2,800元。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "40万元": (False, "change"), "43.26万元": (True, None), "130万元": (True, None), "2,800元": (False, "part")}
    # ... those it is paid to counted between
    text = ("县财政安排100万元设立安置社区临时救助备用金。今年以来，从临时救助备用金中为118户次困难搬迁群众支出临时救助金"
            "26.4万元。\n")
    assert _rows(text)["26.4万元"][:2] == (False, "part")


def test_the_whole_of_a_list_of_uses_naming_several_campaigns_belongs_to_none():
    text = ("全年支出捐赠款物301.62万元，主要用于：开展“博爱送万家”活动，走访慰问困难家庭1,260户，支出款物63.00万元；"
            "开展“红十字助学”行动，资助困难学生150名，支出30.00万元。\n")
    assert {k: v[2] for k, v in _rows(text).items()} == {
        "301.62万元": None, "63.00万元": "博爱送万家", "30.00万元": "红十字助学"}
    # ... or a numbered list of them, each item several sentences, after the count of those helped
    text = ("（二）慈善救助精准有力\n全年支出慈善救助资金1,624.3万元，惠及困难群众2.86万人次，主要用于以下项目：\n"
            "1.“慈善助学”项目。资助困难家庭学生946名，发放助学金284.2万元。\n2.“慈善助医”项目。救助大病患者412人，"
            "发放助医金356.8万元。\n3.“慈善情暖万家”活动。元旦春节期间走访慰问困难家庭5,200户，发放慰问款物折合260万元。\n")
    assert _rows(text)["1,624.3万元"][2] is None and _rows(text, "beneficiaries")["2.86万人次"][2] is None
    assert _rows(text)["284.2万元"][2] == "慈善助学"
    joined = text.replace("：\n", "：").replace("。\n", "。")  # (a page whose lines were run together)
    assert _rows(joined)["1,624.3万元"][2] is None


def test_a_threshold_s_edge_is_no_money_and_a_reduction_is_no_level():
    text = ("全县共募集善款860万元。其中，捐赠10万元以上的单位有12家。救助站全年共减少长期滞留人员60多人，救助流浪人员1,220人次。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {"860万元": (True, None), "10万元以上": (False, "rate")}
    assert {k: v[:2] for k, v in _rows(text, "beneficiaries").items()} == {
        "60多人": (False, "change"), "1,220人次": (True, None)}


def test_a_record_over_the_years_is_no_multi_year_figure_and_a_sum_named_by_word_holds_its_part():
    text = ("泉州“99公益日”募集善款1862.4万元创历年新高\n记者从泉州市慈善总会获悉，今年“99公益日”共募集善款1,862.4万元。"
            "从项目看，“刺桐助学”项目募集善款426.7万元，将资助1,200名困难家庭学生。\n"
            "在全市募集总额中，晋江市慈善总会上线的“晋善晋美”项目募集善款203.5万元。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "1,862.4万元": (True, None), "426.7万元": (False, "part"), "203.5万元": (False, "part")}
    assert {k: v[:2] for k, v in _rows(text, "beneficiaries").items()} == {"1,200名": (True, None)}


def test_the_next_step_section_of_a_post_plans_ahead():
    text = ("上半年，全市社会组织投入帮扶资金605.4万元。\n✨ 下一步\n下半年，市民政局将推动结对范围向2,000户困难家庭拓展，"
            "计划再投入帮扶资金500万元。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {"605.4万元": (True, None), "500万元": (False, "change")}


def test_a_paragraph_picking_out_funded_items_or_saying_where_the_money_goes_holds_parts_of_the_sum_above():
    text = ("公益创投\n本届创投统筹资金共260万元，资助项目42个。\n\n在入选项目中，“银龄食光”助餐项目获得资助8万元。"
            "“童心守护”困境儿童陪伴项目获得资助6.5万元。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "260万元": (True, None), "8万元": (False, "part"), "6.5万元": (False, "part")}
    text = ("京蒙携手\n北京市慈善协会联合27家爱心企业向兴安盟慈善总会捐赠款物共计1,268万元。某医疗科技有限公司捐赠的价值"
            "236万元医疗设备将配置到乡镇卫生院。\n\n根据捐赠协议，此次捐赠款物将主要用于两个慈善项目。“京蒙助学”项目安排资金"
            "300万元，对600名困难家庭学生每人资助5,000元。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "1,268万元": (True, None), "236万元": (False, "part"), "300万元": (False, "part"), "5,000元": (False, "rate")}


def test_where_the_money_came_from_and_what_was_spent_before_the_rest_was_kept_are_parts():
    text = ("慈心助医\n2024年，该项目发放救助金386.5万元。资金来源方面，全年项目接收定向捐赠272万元，不足部分从非定向资金中列支。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {"386.5万元": (True, None), "272万元": (False, "part")}
    text = ("冬令救助\n全市统筹冬令救助资金2360万元。截至12月20日，全市已发放冬令救助资金1985.6万元，惠及低保家庭2.96万户，"
            "剩余资金作为临时救助备用金。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {"2360万元": (True, None), "1985.6万元": (False, "part")}
    # (a count is no money: "其余资金" says nothing of the children helped)
    text = "慰问\n县慈善总会募集专项善款186万元，为260名困境儿童送上新年礼包，其余资金留作急难救助备用。\n"
    assert _rows(text, "beneficiaries")["260名"][:2] == (True, None)


def test_an_increase_named_well_before_its_figure_is_a_change():
    text = "提标\n提标后，预计全年新增城乡低保和特困供养资金支出约906万元。\n"
    assert _rows(text)["约906万元"][:2] == (False, "change")


def test_a_total_standing_alone_after_the_sections_it_totals_holds_their_figures():
    text = ("助残日\n📌 入户慰问\n活动期间，走访慰问困难残疾人家庭320户，每户送上慰问金500元。\n📌 辅具适配\n"
            "助残日活动期间，为45名残疾人免费适配辅助器具182件，价值9.6万元。\n本次助残日活动中，全区合计发放慰问金和辅具价值25.6万元。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "500元": (False, "rate"), "9.6万元": (False, "part"), "25.6万元": (True, None)}


def test_a_first_batch_of_the_donations_told_above_is_a_part_of_them():
    text = ("捐赠仪式\n全县爱心企业共捐赠款物318.6万元。\n\n仪式上，县慈善协会首批拨付捐赠资金80万元，启动助老行动。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {"318.6万元": (True, None), "80万元": (False, "part")}


def test_a_table_drawn_with_bars_is_read_and_its_last_year_column_is_the_other_period():
    text = ("一季度民政统计\n一季度，全县共有特困人员2,418人。\n附表：主要指标\n指标名称 | 本期 | 上年同期 | 同比增减（%）\n"
            "民政事业费累计支出 | 4,862.7万元 | 4,578.9万元 | 6.2\n临时救助人次 | 1,146人次 | 1,087人次 | 5.4\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {"4,862.7万元": (True, None), "4,578.9万元": (False, "change")}
    assert _rows(text, "beneficiaries")["1,087人次"][:2] == (False, "change")


def test_money_paid_out_of_the_sum_named_above_is_a_part_of_it():
    text = ("救灾\n省、州两级共下拨救助资金3,260万元。首月已从上述资金中发放187.56万元。\n"
            "截至目前，上述资金中已发放2,316.5万元，救助受灾困难家庭1.12万户。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "3,260万元": (True, None), "187.56万元": (False, "part"), "2,316.5万元": (False, "part")}


def test_a_charity_s_total_since_it_was_founded_up_to_the_year_s_end_is_cumulative():
    text = "年度报告\n2024年，本会接收捐赠款物6,386.52万元。截至2024年底，本会成立以来累计接收慈善款物7.86亿元。\n"
    assert {k: v[:2] for k, v in _rows(text).items()} == {"6,386.52万元": (True, None), "7.86亿元": (False, "cumulative")}


def test_so_much_to_each_project_of_a_kind_and_a_running_total_s_later_gifts():
    text = "公益创投\n大赛评选出16个优秀项目，给予总资助资金100万元，对每个获奖项目分别给予落地实施经费1万~10万元的项目资助金。\n"
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "100万元": (True, None), "1万": (False, "rate"), "10万元": (False, "rate")}
    text = ("春风行动\n截至1月17日中午12点，首周累计募集捐款总额已达2470.4363万元。\n\n参与春风行动，是许多企业践行社会责任的体现。\n\n"
            "某某集团有限公司今年继续出资1000万元，某某实业有限公司捐款500万元。\n\n市民俞先生今年捐了2万元。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "2470.4363万元": (True, None), "1000万元": (False, "part"), "500万元": (False, "part"), "2万元": (False, "part")}


def test_a_trust_s_property_is_given_money_and_the_stock_of_all_trusts_up_to_now_is_cumulative():
    text = ("慈善信托\n当天发布的慈善信托初始信托财产1,000万元。截至目前，全区在民政部门备案的慈善信托共9单，信托财产总规模1.36亿元。\n"
            "今年以来，市民政局共办理慈善信托备案3单，信托财产总规模2,300万元。\n")
    facts = extract(text)
    assert {f["amount_text"]: (f["flow"], f["countable"]) for f in facts.funds} == {
        "1,000万元": ("raised", True), "1.36亿元": ("raised", False), "2,300万元": ("raised", True)}
    # (the stock up to a day, summed: "截至2024年9月30日，我局累计备案慈善信托52单，信托财产总规模4.86亿元"; and a trust's
    # settlor's capital is no money given: "委托人：…有限公司（注册资本5000万元）")
    text = ("慈善信托备案情况的公告\n一、某某慈善信托（一）委托人：广州某农业发展有限公司（注册资本5000万元）（二）信托财产初始规模："
            "500万元。\n截至2024年9月30日，我局累计备案慈善信托52单，信托财产总规模4.86亿元；本季度新增备案3单，新增信托财产1800万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in extract(text).funds if f["amount_text"] != "1800万元"} == {
        "500万元": None, "4.86亿元": "cumulative"}


def test_progress_so_far_on_a_plan_is_a_part_of_it():
    text = ("春风送暖\n春节前夕，区委、区政府安排专项资金1,860万元，开展“春风送暖”走访慰问活动，计划走访慰问困难群众3.1万户。"
            "截至1月22日，已走访慰问困难群众2.46万户，发放慰问款物1,512.3万元。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {"1,860万元": (True, None), "1,512.3万元": (False, "part")}
    assert {k: v[:2] for k, v in _rows(text, "beneficiaries").items()} == {"3.1万户": (True, None), "2.46万户": (False, "part")}


def test_money_paid_in_a_paragraph_that_says_it_spends_what_came_in_is_a_part_of_it():
    text = ("捐赠公告\n本期共接收救灾捐赠款物1,036.78万元。截至8月15日，累计接收救灾捐赠款物2,415.6万元。\n"
            "截至8月15日，市慈善总会已使用本次募集的捐赠款物，向灾区拨付救灾资金1,200万元，发放救灾物资折价186.5万元。"
            "其中，为1,850户家庭每户发放过渡期生活救助金2,000元，共计370万元。\n")
    rows = {k: v[:2] for k, v in _rows(text).items()}
    assert (rows["2,415.6万元"], rows["1,200万元"], rows["186.5万元"], rows["370万元"]) == (
        (True, None), (False, "part"), (False, "part"), (False, "part"))


def test_the_project_that_raised_most_is_a_pick_out_of_the_drive_s_total_and_participants_are_no_stock():
    text = ("温州市2024年“99公益日”募捐结果出炉\n9月7日至9日，温州市慈善总会参与2024年“99公益日”网络募捐活动。"
            "3天内全市共有41.6万人次参与捐款，募集善款2,873.4万元。在上线项目中，“阳光助学”项目筹款最多，募得312.6万元。\n")
    rows = _rows(text)
    assert (rows["2,873.4万元"], rows["312.6万元"]) == ((True, None, "99公益日"), (False, "part", "阳光助学"))


def test_a_share_of_the_pledged_sum_what_went_into_it_and_a_single_fund_s_size_are_not_counted_again():
    text = ("慈善义演\n142家爱心企业踊跃认捐，共认捐款物8,326.5万元。海外侨胞和港澳台同胞认捐1,215万元，约占认捐总额的14.6%。\n\n"
            "义演中场举行的慈善拍卖会上，12件书画作品和潮州木雕等非遗作品共拍得186.4万元，全部纳入认捐总额。\n\n"
            "首批基金共募集资金428万元，单支基金规模在10万元至60万元之间。\n")
    rows = {k: v[:2] for k, v in _rows(text).items()}
    assert (rows["1,215万元"], rows["186.4万元"], rows["10万元"], rows["60万元"]) == (
        (False, "part"), (False, "part"), (False, "rate"), (False, "rate"))
    assert {f["city"] for f in extract(text).funds} == {None}  # (潮州木雕 is a craft, no place)


def test_the_items_of_an_unnumbered_list_of_uses_are_parts_of_the_sum_and_it_belongs_to_none_of_them():
    text = ("慈善会工作报告\n发布时间：2024-12-30\n2024年以来，县慈善会支出慈善款物1,352.7万元，主要用于以下项目：\n"
            "“慈善助学”项目资助考入大学的困难学生612名，发放助学金183.6万元；\n"
            "“慈善医疗救助”项目救助大病患者437人，发放救助金262.2万元；\n"
            "“情暖万家”项目走访慰问困难家庭9,860户，发放慰问款物296万元。\n")
    rows = _rows(text)
    assert (rows["1,352.7万元"], rows["183.6万元"][:2], rows["262.2万元"][:2], rows["296万元"][:2]) == (
        (True, None, None), (False, "part"), (False, "part"), (False, "part"))


def test_a_comparison_with_last_season_a_second_outlay_from_the_pot_and_the_next_step_s_forecast():
    text = ("取暖补贴\n今冬共发放取暖补贴842万元。与上一采暖季相比，补贴总额增加97.3万元。\n")
    assert _rows(text)["97.3万元"][:2] == (False, "change")
    text = ("驰援家园\n截至8月10日共募集社会捐赠款物1860余万元。目前，已从募集款物中向受灾群众发放价值310万元的生活物资，"
            "并安排900万元用于灾后重建。下一步，我市将开展冬春生活救助，预计需要救助资金1200万元，惠及1.5万人。\n")
    rows = {k: v[:2] for k, v in _rows(text).items()}
    assert (rows["310万元"], rows["900万元"], rows["1200万元"]) == ((False, "part"), (False, "part"), (False, "change"))
    assert _rows(text, "beneficiaries")["1.5万人"][:2] == (False, "change")


def test_a_later_total_said_to_hold_this_event_s_gifts_holds_them():
    text = ("福利院\n活动现场，6家爱心企业为福利院捐赠物资，价值共计23.6万元，另捐赠现金8万元。目前，福利院集中养育孤儿112名。\n\n"
            "据介绍，今年以来，市儿童福利院已接收社会各界捐赠款物56.3万元（含本次捐赠）。\n")
    rows = {k: v[:2] for k, v in _rows(text).items()}
    assert (rows["23.6万元"], rows["8万元"], rows["56.3万元"]) == ((False, "part"), (False, "part"), (True, None))


def test_a_sum_broken_down_after_its_colon_and_a_value_that_times_a_count_gives_the_total_is_a_rate():
    text = ("一日捐\n今年1至4月，市慈善会使用一日捐善款支出1,043万元：“慈善助学”项目资助困难家庭在校大学生412名，每人5,000元，"
            "共206万元；“银龄暖心”项目为1,860名高龄困难老人送去价值300元的慰问包，折合55.8万元；其余资金用于大病救助。\n")
    rows = {k: v[:2] for k, v in _rows(text).items()}
    assert (rows["1,043万元"], rows["206万元"], rows["300元"], rows["55.8万元"]) == (
        (True, None), (False, "part"), (False, "rate"), (False, "part"))


def test_a_table_after_its_attachment_note_is_the_report_s_and_its_rows_add_up_to_its_total():
    text = ("社会救助统计公报\n一季度，全县共发放各类社会救助资金1,776.3万元。一季度发放特困人员救助供养金498.62万元。"
            "支出临时救助资金71.2万元。\n附表：\n陇县2025年第一季度社会救助资金支出统计表\n单位：万元\n类别　　　　　支出金额\n"
            "城市低保金　　236.15\n农村低保金　　970.33\n特困供养金　　498.62\n临时救助金　　71.20\n合　　计　　　1,776.30\n")
    facts = extract(text)
    assert len(facts.stories) == 1
    assert [f["amount_text"] for f in facts.funds if f["countable"]] == ["1,776.3万元"]


def test_last_year_named_as_the_basis_of_this_year_s_figure_does_not_date_it():
    text = ("临时救助\n2024年，县财政按上年度临时救助支出的30%向乡镇预拨备用金，全年共预拨备用金210万元。"
            "2023年全县共发放临时救助金520万元。\n")
    assert _rows(text)["210万元"][:2] == (True, None)


def test_a_closing_total_of_a_list_longer_than_the_candidates_searched_makes_every_item_a_part():
    items = [("养老服务补贴", "52.4"), ("高龄津贴", "118.6"), ("孤儿基本生活费", "9.72"), ("临时救助", "206.35"),
             ("残疾人两项补贴", "87.9"), ("社工站运行", "30"), ("殡葬惠民", "12.15"), ("福利院运行", "44.8"),
             ("救助站运行", "21.3"), ("婚姻登记", "3.6"), ("慈善项目", "15"), ("养老机构改造", "160.28"),
             ("困境儿童保障", "7.44"), ("流浪乞讨救助", "8.5")]
    total = sum(round(float(v) * 100) for _, v in items) / 100
    text = "2025年，县财政下达" + "；".join(f"{name}资金{v}万元" for name, v in items) + f"。共计下达民政资金{total:g}万元。\n"
    rows = _rows(text)
    assert rows.pop(f"{total:g}万元")[:2] == (True, None)
    assert {v[:2] for v in rows.values()} == {(False, "part")} and len(rows) == len(items)


def test_a_whole_leading_paragraphs_on_its_topics_is_summed_by_their_figures():
    text = ("近日，某区民政局完成年度各项补贴发放，全区共发放各类补贴913.7万元。\n"
            "高龄津贴方面，为3,120名80周岁以上老年人发放高龄津贴402.5万元。\n"
            "残疾人两项补贴方面，全年发放两项补贴318.9万元。\n"
            "孤儿保障方面，为126名孤儿和事实无人抚养儿童发放基本生活费192.3万元。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "913.7万元": (True, None), "402.5万元": (False, "part"), "318.9万元": (False, "part"), "192.3万元": (False, "part")}


def test_a_whole_whose_colon_runs_on_into_its_first_numbered_section_is_summed_by_every_section():
    text = ("2024年，全市一般公共预算支出96.2亿元，市民政系统共投入民生实事资金8,640万元。具体完成情况如下：\n"
            "一、提高低保标准。全年发放城乡低保金5,120万元。\n"
            "二、落实特困供养。全年发放特困人员救助供养金1,386万元。\n"
            "三、实施适老化改造。投入资金734万元。\n"
            "四、落实残疾人两项补贴。全年发放两项补贴1,400万元。\n")
    rows = {k: v[:2] for k, v in _rows(text).items()}
    # the whole government's budget is no civil-affairs money
    assert rows == {"8,640万元": (True, None), "5,120万元": (False, "part"), "1,386万元": (False, "part"),
                    "734万元": (False, "part"), "1,400万元": (False, "part")}


def test_a_sum_recalled_cut_to_its_last_digit_with_yu_is_a_restatement():
    rows = _rows("今年“99公益日”期间，市慈善总会共筹得善款2,417.36万元。今年筹得的2,417万余元善款将按项目计划使用。\n")
    assert {k: v[:2] for k, v in rows.items()} == {"2,417.36万元": (True, None), "2,417万余元": (False, "restatement")}


def test_items_named_as_the_total_names_itself_are_its_parts():
    rows = _rows("仪式上，6家企业与县慈善会签订冠名基金协议，协议总额980万元。某建材公司设立“助学基金”，协议金额400万元；"
                 "某电机公司设立“助老基金”，协议金额260万元。\n")
    assert {k: v[:2] for k, v in rows.items()} == {
        "980万元": (True, None), "400万元": (False, "part"), "260万元": (False, "part")}


def test_a_paragraph_picking_out_of_a_total_above_makes_its_figures_parts_of_that_total_not_of_each_other():
    text = ("今年“99公益日”期间，市慈善总会共筹得善款826.4万元，惠及困难群众3,600名。\n"
            "在上线项目中，“暖心食堂”项目筹得善款186.2万元，为1,150名老年人提供助餐补贴；"
            "“护苗成长”项目筹得善款132.5万元，将资助困境儿童640名。\n")
    assert {k: v[:2] for k, v in _rows(text, "beneficiaries").items()} == {
        "3,600名": (True, None), "1,150名": (False, "part"), "640名": (False, "part")}
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "826.4万元": (True, None), "186.2万元": (False, "part"), "132.5万元": (False, "part")}


def test_a_sentence_picking_out_of_each_project_makes_its_money_parts_not_one_count_of_another():
    # "在各上线项目中，" inside the total's paragraph: the projects' money is some of the total; one project's
    # 826名 is no part of another's 2,600名
    text = ("9月7日至9日，区慈善会共筹得善款1,184.6万元，参与捐款41.3万人次。在各上线项目中，“长者饭堂”助餐项目筹得善款"
            "286.4万元，将为2,600名高龄长者提供助餐补贴；“德善助学”项目筹得193.2万元，计划资助大学新生826名。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "1,184.6万元": (True, None), "286.4万元": (False, "part"), "193.2万元": (False, "part")}
    counts = _rows(text, "beneficiaries")
    assert counts["2,600名"][:2] == counts["826名"][:2] == (True, None)


def test_the_money_a_project_just_raised_as_the_next_sentence_s_subject_ties_it_to_that_project():
    text = ("在上线项目中，“暖心食堂”项目筹得善款186.2万元。所筹资金将为1,150名老年人提供每人每餐5元的用餐补贴。"
            "“护苗成长”项目筹得善款132.5万元。\n")
    assert _rows(text, "beneficiaries")["1,150名"][2] == "暖心食堂"


def test_a_total_of_several_drives_is_summed_by_the_paragraphs_reporting_each():
    text = ("据统计，三项行动共投入资金及物资862.4万元，走访慰问困难群众3.05万户。\n"
            "在“迎新春送温暖”慰问活动中，筹集慰问款物731.5万元，为1.86万户困难群众送去慰问金。\n"
            "“寒冬送温暖”专项救助行动中，发放御寒物资折合42.6万元。\n"
            "“暖心敲门”行动中，入户走访独居老人1.19万户，发放临时救助金88.3万元。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "862.4万元": (True, None), "731.5万元": (False, "part"), "42.6万元": (False, "part"), "88.3万元": (False, "part")}
    assert {k: v[:2] for k, v in _rows(text, "beneficiaries").items()} == {
        "3.05万户": (True, None), "1.86万户": (False, "part"), "1.19万户": (False, "part")}


def test_a_later_statistics_paragraph_may_hold_the_pieces_of_a_whole_told_in_the_lead():
    text = ("入冬以来，全省开展“寒冬送温暖”专项救助行动，实施流浪乞讨人员救助3860多人次。\n"
            "各地救助管理机构加强街面巡查，及时发放衣物棉被。\n"
            "省民政厅要求各地落实首问负责制。\n"
            "据统计，去年11月以来，全省共实施街头现场救助3120人次，护送到救助管理机构接受救助742人次。\n")
    assert {k: v[:2] for k, v in _rows(text, "beneficiaries").items()} == {
        "3860多人次": (True, None), "3120人次": (False, "part"), "742人次": (False, "part")}


def test_an_item_s_own_inner_list_does_not_make_it_the_whole_of_the_items_after_it():
    facts = extract("县慈善总会开展敬老月活动\n（一）县慈善总会出资3万元，举办五项活动：（1）慰问老人20名；（2）送戏下乡44场。\n"
                    "（二）10月9日，县慈善总会出资1.12万元在鹤盛镇举办“重阳慈善宴”。\n（三）10月13日，县慈善总会出资1.19万元举办“重阳慈善宴”。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"3万元": True, "1.12万元": True, "1.19万元": True}


def test_what_a_county_has_paid_so_far_of_the_sum_set_is_part_of_it():
    facts = extract("县民政局统筹冬春救助资金1,126万元。\n\n截至1月15日，全县已发放冬春救助资金1,018.6万元，发放率达90.5%。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"1,126万元": True, "1,018.6万元": False}


def test_the_uses_of_the_money_raised_named_back_without_its_figure_are_its_parts():
    facts = extract("本次活动共募集善款物1,286.4万元。\n募集款物将主要用于春节慰问和“慈善助医”项目。其中，春节慰问安排资金380万元；"
                    "安排“慈善助医”项目资金300万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"1,286.4万元": True, "380万元": False, "300万元": False}


def test_named_givers_pledges_told_before_what_the_event_raised_are_in_it():
    facts = extract("活动现场，42家爱心企业当场认捐。其中，浙江澄昱新材料有限公司认捐200万元，德清县翰林竹业有限公司认捐120万元。\n"
                    "据统计，截至1月20日，本次活动共募集善款物1,286.4万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"200万元": False, "120万元": False, "1,286.4万元": True}


def test_so_much_to_each_project_is_a_standard_not_a_total():
    facts = extract("大赛安排福彩公益金120万元，一等奖项目每个资助10万元，二等奖每个资助7万元。\n")
    assert {f["amount_text"]: (f["countable"], f["per_unit"]) for f in facts.funds} == {
        "120万元": (True, None), "10万元": (False, None), "7万元": (False, None)}


def test_topic_paragraphs_naming_the_whole_s_money_again_are_its_pieces():
    facts = extract("今年以来，共落实民政领域协作帮扶资金3,860万元，实施协作项目19个。\n"
                    "养老服务方面，投入协作资金1,450万元，新建养老服务设施32个。\n儿童关爱方面，安排协作资金680万元，支持儿童福利院建设。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"3,860万元": True, "1,450万元": False, "680万元": False}


def test_a_topic_paragraph_spending_another_programme_s_money_is_no_piece_of_the_last_programme_s_sum():
    # the two clauses share their verb (共支出) and the word every relief shares (救助), not their money
    facts = extract("全年各级财政共支出城市低保资金38.6亿元；共支出农村特困人员救助供养资金12.4亿元。\n"
                    "在临时救助方面，全年救助52.3万人次，各级财政共支出临时救助资金6.1亿元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"38.6亿元": True, "12.4亿元": True, "6.1亿元": True}


def test_money_kept_from_earlier_years_is_no_part_of_this_year_s_sum():
    facts = extract("6月28日，全市现场认捐善款物2186.5万元。\n此外，市慈善会从往年留存善款中另行安排160万元，实施“助学圆梦”项目。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"2186.5万元": True, "160万元": True}


def test_next_year_s_budget_in_a_report_of_last_year_s_figures_is_another_period():
    facts = extract("市民政局日前发布的《2024年民政事业发展统计公报》显示，2024年，全市累计支出社会救助资金12.68亿元。\n"
                    "据悉，2025年市级财政预算安排社会救助资金13.2亿元，将继续提高城乡低保标准。\n", name="2025-07-02_x.txt")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"12.68亿元": True, "13.2亿元": False}


def test_money_the_next_step_will_set_aside_has_not_happened_but_those_it_will_reach_are_counted_now():
    facts = extract("截至12月14日，全县发放过渡期生活救助资金3,408.3万元。下一步，县民政局将对已发放的3,408.3万元资金开展“回头看”，"
                    "并在2023年春节前安排临时救助备用金150万元。\n下一步，县民政局将对全县1.16万低保、特困对象开展动态排查。\n")
    assert {(f["amount_text"], f["countable"]) for f in facts.funds} == {
        ("3,408.3万元", True), ("3,408.3万元", False), ("150万元", False)}
    assert {b["quantity_text"]: b["countable"] for b in facts.beneficiaries} == {"1.16万": True}


def test_a_sentence_naming_the_whole_s_money_again_past_a_topic_lead_breaks_it_down():
    facts = extract("截至12月14日，累计向6,482户受灾群众发放过渡期生活救助资金3,408.3万元。\n"
                    "在资金保障上，全县过渡期生活救助资金中，中央自然灾害救灾资金2,100万元，省级配套资金980万元，州、县两级统筹328.3万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {
        "3,408.3万元": True, "2,100万元": False, "980万元": False, "328.3万元": False}


def test_the_projects_an_event_listed_raised_their_sums_inside_its_total():
    facts = extract("9月7日至9日，全州32家慈善组织参与“99公益日”网络募捐活动，共上线“苗岭暖心”“侗乡助学”等慈善项目42个。"
                    "活动期间，全州共筹集善款1,026.8万元。州慈善总会发起的“苗岭暖心”项目筹款396.4万元，将为2,400户家庭送去取暖物资；"
                    "“侗乡助学”项目筹款218万元，计划资助困难学生1,090名。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"1,026.8万元": True, "396.4万元": False, "218万元": False}


def test_an_appeal_s_total_since_the_disaster_is_no_stock_of_years_and_its_categories_are_parts():
    # weeks after a flood: "截至目前…累计接收" is the appeal's total so far; the goods listed by category after the
    # goods' total are a breakdown of it
    text = ("本报讯 我市遭遇特大暴雨灾害以来，社会各界纷纷捐款捐物。截至目前，市红十字会累计接收捐赠资金12680.4万元。"
            "经市防汛抗旱指挥部审批，累计安排拨付资金8416.2万元，资金结余4264.2万元。接收物资价值9862.35万元，发放物资价值"
            "9862万元。\n截至目前，市红十字会共接收发放救援类物资价值约236万元、食品生活类物资价值约7412万元、"
            "消杀药品类物资价值约1208万元。\n")
    assert {k: v[:2] for k, v in _rows(text).items()} == {
        "12680.4万元": (True, None), "8416.2万元": (True, None), "4264.2万元": (False, "cumulative"),
        "9862.35万元": (True, None), "9862万元": (True, None), "约236万元": (False, "part"),
        "约7412万元": (False, "part"), "约1208万元": (False, "part")}


def test_each_giver_s_share_before_their_total_and_the_uses_of_a_named_sum_are_its_parts():
    text = ("事故发生后，省红十字会、市红十字会和市慈善总会各拨款12万元，共计36万元用于伤者及遇难者家属慰问。同时明确36万元救助金的"
            "使用范围：18万元用于遇难者家属慰问、8万元用于住院伤者慰问、10万元用于伤残人员后续救助。\n")
    rows = _rows(text)
    assert [(k, v[:2]) for k, v in rows.items() if k != "36万元"] == [
        ("12万元", (False, "part")), ("18万元", (False, "part")), ("8万元", (False, "part")), ("10万元", (False, "part"))]


def test_students_of_every_kind_go_on_a_list_of_parts_past_its_semicolons():
    text = ("市慈善总会从中安排助学金318.6万元，资助困难家庭学生872名。其中，资助本科新生366名，每人5000元；专科（高职）新生"
            "342名，每人3000元；在读高中生164名，每人2000元。\n")
    assert {k: v[:2] for k, v in _rows(text, "beneficiaries").items()} == {
        "872名": (True, None), "366名": (False, "part"), "342名": (False, "part"), "164名": (False, "part")}


def test_items_opening_on_their_money_go_on_a_list_of_parts_whatever_their_group():
    text = ("全年慈善款物支出1,986.4万元，惠及困难群众5.62万人次。其中，助学支出342.6万元，资助困难学生1,286名；助医支出"
            "586.2万元，救助大病患者1,842人次；“崇军暖万家”活动支出38万元。\n")
    assert {k: v[:2] for k, v in _rows(text, "beneficiaries").items()} == {
        "5.62万人次": (True, None), "1,286名": (False, "part"), "1,842人次": (False, "part")}


def test_some_of_a_count_named_with_its_figure_is_part_of_it():
    facts = extract("1至10月，全市共为1.12万名逝者减免基本殡葬服务费用1,863.7万元；1.12万名逝者中，有1,874名为困难群众。\n")
    assert {(b["quantity_text"], b["countable"]) for b in facts.beneficiaries} == {
        ("1.12万名", True), ("1.12万名", False), ("1,874名", False)}
    # ... or those of them described right before the figure
    facts = extract("全市年底有农村敬老院128所，4826名农村五保对象中集中供养的4312人，集中供养率89.3%。\n")
    assert {(b["quantity_text"], b["countable"]) for b in facts.beneficiaries} == {("4826名", True), ("4312人", False)}
    # ... or named by its group, its count told before ("…对象中共有…"; not "家庭中有…的3,106户": some households
    # of a kind, none counted before)
    facts = extract("年末全县共有城乡低保和特困供养对象16,820户29,416人。截至12月底，全县低保和特困供养对象中共有防止返贫"
                    "监测对象1,182户2,106人，做到应保尽保。\n")
    assert {(b["quantity_text"], b["countable"]) for b in facts.beneficiaries} == {
        ("16,820户", True), ("29,416人", True), ("1,182户", False), ("2,106人", False)}


def test_one_of_those_helped_quoted_on_the_share_each_got_is_that_rate_again():
    facts = extract("今年共资助困难大学新生1,260名，考入本科院校的每人资助4,000元，共发放助学金438.6万元。"
                    "“拿到4,000元助学金，第一学期的学费就不用愁了。”受助学生小杨说。\n")
    assert {(f["amount_text"], f["countable"]) for f in facts.funds} == {
        ("4,000元", False), ("438.6万元", True)}


def test_a_year_to_date_total_before_a_quarter_s_own_figure_in_its_sentence_is_the_report_s_own():
    facts = extract("定西市2025年第三季度民政事业统计数据公布\n\n1—9月，全市累计支出城乡低保资金6.84亿元；累计实施临时救助9,634人次，"
                    "其中三季度实施临时救助3,218人次。\n四、民政事业费\n1—9月，全市民政事业费累计支出11.86亿元，同比增长4.3%。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"6.84亿元": True, "11.86亿元": True}


def test_a_section_s_campaign_leads_no_other_section():
    facts = extract("定西市2025年第三季度民政事业统计数据公布\n\n根据民政统计报表制度，现将主要统计数据公布如下：\n三、探访关爱\n"
                    "三季度，全市持续开展“陇原暖心”探访关爱行动，入户探访老年人2.84万人次。\n四、民政事业费\n"
                    "1—9月，全市民政事业费累计支出11.86亿元。\n")
    assert fund_campaigns(facts) == {"11.86亿元": None}


def test_townships_at_large_open_no_township_s_figure():
    facts = extract("1—10月，全市累计发放城乡低保金3.68亿元。\n四是开展“六盘暖心”走访行动。组织乡镇（街道）干部4,600余人入户走访，"
                    "协调市慈善总会发放慈善救助金162.5万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"3.68亿元": True, "162.5万元": True}


def test_qizhong_after_a_sentence_of_counts_picks_out_of_the_last_sum_told():
    facts = extract("今年的活动共筹集款物价值326.8万元，采购“温暖包”物资价值约232.3万元。\n"
                    "活动预计惠及困难家庭4,200户。其中，向仲巴县、萨嘎县倾斜安排物资价值约98.6万元，惠及牧民家庭1,380户。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds}["约98.6万元"] is False


def test_what_of_a_fund_s_size_has_arrived_is_part_of_it():
    facts = extract("2014年，新增或扩大企业冠名基金16家，基金规模2866万元，到位604万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"2866万元": True, "604万元": False}


def test_a_running_total_of_allocations_this_year_holds_the_batch_told_before_it():
    facts = extract("财政部、民政部20日下拨7.77亿元中央自然灾害生活补助资金。\n据统计，今年以来，财政部、民政部已累计下拨32.45亿元中央自然灾害生活补助资金。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"7.77亿元": False, "32.45亿元": True}


def test_money_paid_from_the_sum_just_named_is_part_of_it():
    facts = extract("截至10月底，项目共筹集资金860万元。项目从中发放救助金736.5万元，累计资助困难家庭大病患者1,126人次。\n"
                    "本届慈善周募集款物3,120万元。目前，已从中向“情暖春城”项目拨付1,200万元；向“助学圆梦”项目拨付680万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {
        "860万元": True, "736.5万元": False, "3,120万元": True, "1,200万元": False, "680万元": False}


def test_a_part_naming_components_told_further_on_is_their_whole():
    facts = extract("全年全市民政事业费支出14.62亿元。其中：社会福利支出2.18亿元（含下述高龄津贴和残疾人两项补贴资金）。\n"
                    "全市享受高龄津贴的老年人6.84万人，全年发放高龄津贴4,105万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"14.62亿元": True, "2.18亿元": False, "4,105万元": False}


def test_one_giver_s_gift_after_the_group_s_total_given_after_the_verb_is_in_it():
    facts = extract("活动现场，6家爱心企业和2家社会组织向区残疾人福利基金会捐赠款物共计126.8万元。"
                    "北京瑞康达医疗器械有限公司一次捐赠电动轮椅和护理床186件，价值42万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"126.8万元": True, "42万元": False}


def test_one_firm_s_matching_gift_is_in_the_firms_matching_total_itself_a_part_of_the_drive_s():
    facts = extract("今年“99公益日”活动期间，全市累计募集善款2856.3万元。从筹款构成看，公众捐款1968.4万元，"
                    "平台配捐312.6万元，全市23家爱心企业提供企业配捐575.3万元。某智能装备有限公司今年首次参与企业配捐，"
                    "一次性出资80万元。\n")
    rows = {f["amount_text"]: f for f in facts.funds}
    assert (rows["80万元"]["flow"], rows["80万元"]["not_countable_reason"]) == ("raised", "part")
    assert [f["amount_text"] for f in facts.funds if f["countable"]] == ["2856.3万元"]


def test_each_project_of_a_drive_s_total_picked_out_after_in_each_project_is_its_part():
    facts = extract("今年“99公益日”活动期间，全市累计募集善款2856.3万元。\n"
                    "在各母项目中，“银发食光”老年助餐项目筹款最多，达612.8万元；“春芽助学”项目筹得438.5万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {
        "2856.3万元": True, "612.8万元": False, "438.5万元": False}


def test_the_year_s_total_after_its_programmes_holds_them():
    facts = extract("城市低保累计保障11402人次389.71万元；农村低保累计保障121534人次3119.21万元；临时救助2042人次180.64万元。"
                    "全年累计救助18万余人次6000余万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {
        "389.71万元": False, "3119.21万元": False, "180.64万元": False, "6000余万元": True}
    assert {b["quantity_text"]: b["countable"] for b in facts.beneficiaries} == {
        "11402人次": False, "121534人次": False, "2042人次": False, "18万余人次": True}


def test_lots_sold_at_a_gala_are_money_raised_inside_what_it_raised():
    facts = extract("7月29日晚，湖北省希望工程第四届慈善晚会在汉举行，现场共募集善款4088万元。\n众明星倾力加盟，共献公益爱心。\n"
                    "某艺术家专门为本次慈善晚会提笔写下书法作品参与竞拍，最终，该幅作品拍得60万元。压轴拍品拍得158万元。\n")
    assert {f["amount_text"]: (f["flow"], f["countable"]) for f in facts.funds} == {
        "4088万元": ("raised", True), "60万元": ("raised", False), "158万元": ("raised", False)}


def test_a_year_s_total_to_its_last_day_holds_no_later_sum_of_the_bulletin():
    facts = extract("民政部公布的统计公报显示，截至2016年底，全国共接收社会捐赠款827亿元。\n"
                    "公报显示，全年筹集福利彩票公益金591.5亿元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"827亿元": True, "591.5亿元": True}


def test_the_editions_before_this_one_are_several_years():
    facts = extract("第十届义拍义卖慈善会昨晚举行，现场筹得善款320万元。据统计，以往九届义拍义卖慈善会共筹2103.19万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"320万元": None, "2103.19万元": "cumulative"}


def test_what_the_months_so_far_used_of_a_sum_set_is_part_of_it():
    facts = extract("市财政安排“幸福到家”项目补贴资金1,200万元。\n1至9月，项目累计提供上门服务11.6万人次，已使用补贴资金946.5万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"1,200万元": True, "946.5万元": False}


def test_money_drawn_from_the_sum_above_leaves_those_it_helped_countable():
    # "上述资金中" picks the money out of the money named above; the people it helped are no part of the
    # people evacuated that paragraph counted
    facts = extract("紧急转移安置群众1.27万人。\n截至7月15日，全县已从上述资金中发放过渡期生活救助资金486.2万元，"
                    "对8,620名无房可住的群众给予生活救助。\n")
    assert {b["quantity_text"]: b["countable"] for b in facts.beneficiaries} == {"1.27万人": True, "8,620名": True}


def test_an_item_past_a_semicolon_opening_on_a_running_total_is_multi_year_again():
    # the five-year plan's span opens the paragraph; 2024's part closes it for its own clause only
    facts = extract("“十四五”以来，全市累计发放各类社会救助资金8.97亿元，其中2024年发放1.86亿元；"
                    "累计救助困难群众42.3万人次，改造提升养老服务设施86个。\n")
    assert {b["quantity_text"]: b["not_countable_reason"] for b in facts.beneficiaries} == {"42.3万人次": "cumulative"}


def test_a_five_year_plan_opening_a_paragraph_governs_its_later_sentences():
    facts = extract("“十四五”以来，全县养老服务体系不断完善。累计发放高龄津贴3,420万元，惠及老年人1.6万人。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"3,420万元": "cumulative"}


def test_some_of_those_counted_picked_out_leave_the_money_after_them_whole():
    # "其中的312名" takes some of the children, even when cash was given earlier in the paragraph
    facts = extract("发放孤儿基本生活费318.6万元，保障对象216名。开展“护苗成长”关爱行动，为全市1,842名留守儿童建立档案，"
                    "组织186名志愿者结对帮扶其中的312名，发放学习用品、冬衣等物资价值18.7万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"318.6万元": True, "18.7万元": True}


def test_a_list_holding_its_own_sub_list_is_not_filled_by_it():
    # the items before 农村低保 add to more than the whole (城市低保 is inside 社会救助): the list goes on
    facts = extract("1-7月，民政事业费累计支出77164.7万元。其中，社会福利支出10642.1万元，同比增长38.26%；社会救助支出62036.4万元："
                    "城市低保累计支出7912.1万元，同比增长63.74%；农村低保累计支出39260.3万元，同比增长82.43%；"
                    "民政管理事务支出2669.4万元。\n")
    assert [f["amount_text"] for f in facts.funds if f["countable"]] == ["77164.7万元"]


def test_a_stock_told_as_of_now_after_a_start_year_is_no_running_total():
    # those on the allowance now, beside what it has paid since the scheme was set up
    facts = extract("枝江市自2012年起建立高龄津贴制度，目前全市享受高龄津贴的80周岁以上老年人共2.17万人。"
                    "制度建立以来，全市累计发放高龄津贴1.86亿元。\n")
    assert {b["quantity_text"]: b["countable"] for b in facts.beneficiaries} == {"2.17万人": True}
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"1.86亿元": "cumulative"}


def test_numbered_items_right_after_a_whole_add_up_to_it_rounded():
    # 2.31亿 + 4,386.5万 + 1,046.3万 = 2.853亿, the whole rounded to 2.85亿; a later 1,012.6万 would fit too
    facts = extract("全年发放城乡低保金、特困人员供养金和临时救助金共计2.85亿元。\n"
                    "1.城乡低保提标扩面。全年累计发放低保金2.31亿元。\n"
                    "2.特困供养规范落实。全年发放特困人员基本生活费4,386.5万元。\n"
                    "3.临时救助及时高效。全年发放临时救助金1,046.3万元。\n"
                    "4.老年福利。发放高龄津贴642万元。\n"
                    "5.残疾人福利。全年发放残疾人两项补贴资金1,012.6万元。\n")
    assert [f["amount_text"] for f in facts.funds if f["countable"]] == ["2.85亿元", "642万元", "1,012.6万元"]


def test_years_given_one_to_each_figure_date_them_in_turn():
    facts = extract("2024年，县民政局全年发放高龄津贴642万元。居家养老服务补贴2023年、2024年分别投入380万元、426万元，"
                    "今年为2,680名失能老年人提供助餐服务。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {
        "642万元": None, "380万元": "change", "426万元": None}
    assert [b["countable"] for b in facts.beneficiaries] == [True]
    # (figures written with thousands separators too: the separator ends no clause)
    facts = extract("2024年，县民政局全年发放高龄津贴4,642万元。高龄津贴2022年、2023年、2024年分别发放3,862万元、4,215万元、"
                    "4,642万元。\n")
    assert [f["not_countable_reason"] for f in facts.funds] == [None, "change", "change", "restatement"]


def test_what_a_new_standard_will_add_each_month_is_a_change():
    facts = extract("今年全市城乡低保标准每人每月提高40元。提标后，全市每月将增加低保金和特困人员救助供养金支出约486万元。"
                    "上半年全市发放低保金2.1亿元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {
        "40元": "rate", "约486万元": "change", "2.1亿元": None}


def test_those_taken_off_the_roll_told_after_their_count_are_a_change():
    facts = extract("全年新增纳入两项补贴对象1034人，对死亡、户籍迁出和不再符合条件的217人及时停发补贴。全年共发放补贴2664.66万元，"
                    "惠及残疾人1.78万人。\n")
    assert {b["quantity_text"]: b["not_countable_reason"] for b in facts.beneficiaries} == {
        "1034人": "change", "217人": "change", "1.78万人": None}


def test_households_newly_taken_on_before_their_people_in_thousands_are_a_change():
    facts = extract("将监测对象中符合条件的1,230户2,872人新纳入低保或特困供养范围。\n")
    assert {b["quantity_text"]: b["not_countable_reason"] for b in facts.beneficiaries} == {
        "1,230户": "change", "2,872人": "change"}


def test_a_pledge_over_years_is_several_years_and_its_first_instalment_this_year_s():
    facts = extract("仪式上，某物业服务有限公司在区慈善会设立“鸿泰暖心”冠名慈善基金，承诺5年内注入资金100万元，首期注入20万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"100万元": "cumulative", "20万元": None}
    # (or told after it: "…，按协议分5年到位")
    facts = extract("2024年，全市新设立冠名慈善基金38个，认捐总额3.2亿元，按协议分5年到位，当年到账6400万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"3.2亿元": "cumulative", "6400万元": None}


def test_a_newly_approved_caseload_is_a_change():
    facts = extract("截至3月底，全县共有城乡低保对象11,083户18,366人。一季度新审批纳入低保97户152人。\n")
    assert {b["quantity_text"]: b["not_countable_reason"] for b in facts.beneficiaries} == {
        "11,083户": None, "18,366人": None, "97户": "change", "152人": "change"}
    # (its people right after its households past a comma: real page)
    facts = extract("第四季度，新增城乡低保231户，365人，全年累计发放城乡低保金4267万元。\n")
    assert {b["quantity_text"]: b["not_countable_reason"] for b in facts.beneficiaries} == {"231户": "change", "365人": "change"}


def test_donations_passed_on_by_name_are_some_of_those_received():
    facts = extract("省慈善总会发起募捐活动，截至9月30日共接收社会捐赠款物6,852.4万元，其中物资折价1,936.7万元；"
                    "已向受灾市县拨付捐赠款物4,120万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {
        "6,852.4万元": True, "1,936.7万元": False, "4,120万元": False}
    # (its first batch too: "目前已拨付首批善款579万元")
    facts = extract("市慈善总会发起募捐活动，共接收社会捐赠款物1,536万元，其中资金1,128万元、物资折款408万元。"
                    "目前已拨付首批善款579万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {
        "1,536万元": True, "1,128万元": False, "408万元": False, "579万元": False}


def test_the_trusts_on_record_so_far_are_the_stock_of_all_the_years():
    facts = extract("德清县设立慈善信托，信托财产规模1,000万元。至此，德清县已累计备案慈善信托12单，财产总规模3,860万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"1,000万元": None, "3,860万元": "cumulative"}


def test_this_year_s_money_below_a_multi_year_total_is_no_part_of_it():
    # the project's years together are not countable; this year's money raised, its funding told after, is
    facts = extract("“慈善光明行”项目自2022年启动以来，已累计投入慈善资金318.6万元。项目资金来源于网络募捐和爱心企业定向捐赠："
                    "今年共筹集136.5万元，其中通过腾讯公益平台网络募捐52.8万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {
        "318.6万元": "cumulative", "136.5万元": None, "52.8万元": "part"}


def test_the_total_of_two_projects_told_above_is_tied_to_neither():
    facts = extract("“慈善光明行”项目今年共支出手术补助资金128.4万元。县慈善总会还实施“慈善助医”项目，支出救助资金247.3万元。"
                    "据统计，今年县慈善总会两个医疗类慈善项目共支出375.7万元。\n")
    rows = {f["amount_text"]: f for f in facts.funds}
    assert rows["375.7万元"]["campaign_id"] is None and rows["375.7万元"]["countable"] is False
    assert rows["128.4万元"]["countable"] and rows["247.3万元"]["countable"]


def test_a_drive_begun_this_year_counts_its_running_total_as_this_year_s():
    facts = extract("吴堡县自今年8月28日起，在全县范围启动慈善“一日捐”活动。截至目前，全县累计募集善款5.8万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"5.8万元": True}


def test_a_drive_run_from_a_day_of_this_year_owns_and_counts_what_it_did_so_far():
    facts = extract("近日，某市启动“寒冬送温暖”专项救助行动。\n"
                    "此次专项行动从今年11月1日持续至明年3月中旬。市救助管理站坚持每日开展街面巡查。"
                    "截至目前，已累计救助生活无着人员22人次。\n")
    (b,) = facts.beneficiaries
    (c,) = facts.campaigns
    assert (b["quantity"], b["countable"], b["campaign_id"]) == (22, True, c["campaign_id"])


def test_money_spent_that_leaves_the_stated_balance_of_the_money_received_is_the_same_money():
    facts = extract("（一）项目收入。2024年项目共筹集款物286.74万元。\n（二）项目支出。全年项目支出271.3万元。\n"
                    "（三）结余情况。项目结余15.44万元，将全部结转至2025年度。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {
        "286.74万元": None, "271.3万元": "part", "15.44万元": "cumulative"}



def test_the_sums_one_later_sentence_pays_out_adding_up_exactly_to_the_money_raised_are_that_money_handed_out():
    # (blind set heldout95: two drives named in the first paragraph, so no campaign ties the money paid to the drive)
    text = ("某市春节走访慰问行动全部完成\n\n今年的「暖冬」行动于2024年12月18日启动，共筹集慰问资金和物资362.48万元。其中，"
            "市财政安排专项资金200万元，市慈善会从「慈善一日捐」活动善款中列支120万元，爱心企业捐赠款物42.48万元（含物资折价"
            "20.6万元）。\n\n在慰问标准上，对特困人员每人发放慰问金300元，对低保对象每人发放150元，并为每户困难家庭配送年货一份。"
            "\n\n截至2月6日，全市共走访慰问困难群众15260人，其中市级领导带队走访280人，各镇走访14980人；累计发放慰问金"
            "268.3万元、棉被1800床，米、油等年货折合94.18万元。\n")
    paid = {f["amount_text"]: f["not_countable_reason"] for f in extract(text).funds}
    assert (paid["362.48万元"], paid["268.3万元"], paid["94.18万元"]) == (None, "part", "part")
    # (sums that miss the whole are other money)
    paid = {f["amount_text"]: f["not_countable_reason"] for f in extract(text.replace("94.18万元", "90.18万元")).funds}
    assert (paid["362.48万元"], paid["268.3万元"], paid["90.18万元"]) == (None, None, None)


def test_what_a_project_has_paid_so_far_of_the_money_it_raised_in_the_sentence_is_some_of_it():
    facts = extract("区慈善协会同步实施“暖心饭桌”慈善助餐项目，联合12家爱心企业募集资金80万元，为辖区1,350名高龄老年人"
                    "每人每月发放50元助餐券，已累计发放助餐券价值72.9万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {
        "80万元": None, "50元": "rate", "72.9万元": "part"}


def test_givers_named_after_the_paragraph_s_total_are_some_of_those_who_gave_it():
    facts = extract("现场，县直机关单位、驻县企业和爱心人士踊跃捐款捐物，共认捐善款物资861.35万元，其中现金认捐703.8万元，"
                    "捐赠物资折价157.55万元。山东某食品有限公司认捐100万元，某农资有限公司认捐50万元。\n"
                    "县慈善会还协调某食品有限公司等爱心企业捐赠大米、棉被等物资，折合价值9.6万元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {
        "861.35万元": True, "703.8万元": False, "157.55万元": False, "100万元": False, "50万元": False, "9.6万元": True}


def test_a_year_s_target_beside_how_much_of_it_is_done_is_a_plan():
    facts = extract("截至6月底，全区共为412名残疾儿童提供康复训练。全年计划救助残疾儿童480名，目前完成率85.8%。\n")
    assert {b["quantity_text"]: b["not_countable_reason"] for b in facts.beneficiaries} == {"412名": None, "480名": "change"}


def test_a_share_of_the_total_spending_is_part_of_it():
    facts = extract("全年总支出8.71亿元。用于乡村振兴款物达7.35亿元，占同期总支出的85%以上。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"8.71亿元": True, "7.35亿元": False}


def test_two_kinds_of_money_summed_back_with_their_kind_named_between():
    facts = extract("全市下达冬春临时生活困难救助资金2180万元。\n为全市6.84万户困难家庭发放一次性取暖补贴8360万元。\n"
                    "两项资金合计1.054亿元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {
        "2180万元": False, "8360万元": False, "1.054亿元": True}


def test_a_sentence_opening_on_the_money_named_before_picks_out_of_it_and_a_share_in_tenths_is_a_part():
    facts = extract("2024年，全市各级慈善组织共募集慈善款物3.86亿元，已支出其中的3.41亿元。全年募集的慈善款物中，"
                    "“慈善一日捐”活动募集4,215.6万元。在已支出的慈善款物中，“慈善助医”项目发放救助金683.5万元。"
                    "上榜单位和个人年度合计捐赠1.92亿元，占全市募集总额的近五成。\n")
    assert [f["amount_text"] for f in facts.funds if f["countable"]] == ["3.86亿元"]


def test_up_to_now_then_this_year_s_running_total_is_this_year_s_and_a_stock_up_to_now_is_not():
    facts = extract("截至目前，全市共有孤儿和事实无人抚养儿童212名，今年以来累计发放基本生活费301.4万元。\n", "2024_a.txt")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"301.4万元": None}
    facts = extract("截至目前，全市累计发放孤儿基本生活费2,301.4万元。\n", "2024_a.txt")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"2,301.4万元": "cumulative"}
    # (the ones who gave it named between 今年以来 and 累计: still this year's so far)
    facts = extract("截至目前，今年以来财政部、民政部累计下拨中央自然灾害生活补助资金39.1亿元。\n", "2024_a.txt")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"39.1亿元": None}


def test_in_a_review_of_the_plan_s_years_a_stock_dated_now_and_a_paragraph_opening_on_this_year_are_not_the_years():
    text = ("全省“十四五”以来累计发放救助资金超300亿元\n"
            "“十四五”以来，全省累计发放城乡低保金、特困人员救助供养金等救助资金316.2亿元。截至10月底，全省共有城乡低保对象"
            "98.6万人、特困人员9.4万人。\n今年，全省共安排困难群众救助补助资金32.6亿元。全省8,620名孤儿基本生活费按月足额发放。\n")
    counts = {b["quantity_text"]: b["not_countable_reason"] for b in extract(text, "2025_a.txt").beneficiaries}
    assert counts == {"98.6万人": None, "9.4万人": None, "8,620名": None}
    funds = {f["amount_text"]: f["not_countable_reason"] for f in extract(text, "2025_a.txt").funds}
    assert (funds["316.2亿元"], funds["32.6亿元"]) == ("cumulative", None)


def test_a_sentence_opening_on_qizhong_past_a_sentence_of_rates_breaks_down_the_people_and_the_money_above():
    text = ("县慈善总会为全县148名因病致困群众发放救助金共计66.2万元。本次救助按患者自付费用分档确定，每人3000元至8000元不等。"
            "其中，低保、特困人员52名，获得救助金27.4万元。\n")
    facts = extract(text)
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds if f["per_unit"] is None} == {
        "66.2万元": None, "27.4万元": "part"}
    assert {b["quantity_text"]: b["not_countable_reason"] for b in facts.beneficiaries} == {"148名": None, "52名": "part"}


def test_money_carried_over_from_last_year_is_a_balance_not_this_year_s_money():
    facts = extract("2024年初，本会上年结转慈善资金1865.4万元。全年接收捐赠款物2316.8万元。\n", "2024_a.txt")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"1865.4万元": False, "2316.8万元": True}


def test_goods_given_to_some_of_those_a_cash_payment_reached_are_more_help_not_a_piece_of_it():
    text = ("县民政局为全县城乡低保、特困等困难家庭1,986户发放冬季取暖救助金297.9万元，按每户1500元的标准打卡发放。"
            "其中，为264户分散供养特困人员家庭另外送去棉衣、棉被等御寒物资，折合价值7.92万元。"
            "县慈善协会还为其中98户每户送去1吨煤炭，价值5.9万元。\n")
    facts = extract(text)
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds if f["per_unit"] is None} == {
        "297.9万元": None, "7.92万元": None, "5.9万元": None}


def test_a_change_told_in_a_parenthesis_after_a_level_is_the_parenthesis_s_own():
    facts = extract("目前全州共有城乡低保对象4.6万人（入冬以来因灾新纳入980人）、特困人员1860人。\n")
    assert {b["quantity_text"]: b["not_countable_reason"] for b in facts.beneficiaries} == {
        "4.6万人": None, "980人": "change", "1860人": None}


def test_a_sentence_opening_on_those_just_helped_picks_some_of_them():
    facts = extract("区民政局为312名考入大学的困难家庭学子发放助学金84.6万元。受助学子中，有孤儿和事实无人抚养儿童9名。\n")
    assert {b["quantity_text"]: b["not_countable_reason"] for b in facts.beneficiaries} == {"312名": None, "9名": "part"}


def test_the_givers_of_a_pledge_list_told_after_the_total_are_its_parts():
    text = ("当晚共有48家爱心企业参与认捐，认捐善款物资总额1,862.4万元。\n"
            "认捐名单中，某实业集团有限公司认捐260万元，某建设工程有限公司认捐180万元，某同乡商会认捐90万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in extract(text).funds} == {
        "1,862.4万元": None, "260万元": "part", "180万元": "part", "90万元": "part"}


def test_gifts_said_to_join_the_year_s_fund_told_above_are_a_part_of_it():
    text = ("今年市、区红十字会将筹集帮困资金980万余元。启动仪式上，多家爱心企业现场捐赠，所捐的86万元将全部纳入今年的帮困资金。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in extract(text).funds} == {"980万余元": None, "86万元": "part"}


def test_since_a_day_of_this_year_is_no_run_of_years():
    facts = extract("自11月1日行动启动以来，累计开展街面巡查186次，救助流浪乞讨人员213人次。\n")
    assert {b["quantity_text"]: b["countable"] for b in facts.beneficiaries} == {"213人次": True}


def test_a_total_so_far_after_this_winter_s_work_in_its_paragraph_is_this_winter_s():
    text = ("各地已按每户每年800元至1000元的标准，为城乡困难群众发放2024年冬季取暖救助。截至目前，累计为全省12.3万户城乡困难家庭"
            "发放取暖救助资金1.06亿元。\n")
    facts = extract(text, "2024-12-20_x.txt")
    assert by_text(facts.funds, "amount_text")["1.06亿元"]["countable"] is True
    assert by_text(facts.beneficiaries, "quantity_text")["12.3万户"]["countable"] is True


def test_a_plan_over_years_to_come_is_no_money_moved():
    facts = extract("市慈善总会还出台了今后五年助力乡村振兴实施意见，计划围绕4个重点帮扶县，5年捐赠投入30亿元以上帮扶资金。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"30亿元以上": "change"}


def test_the_parts_of_a_sum_over_several_years_are_over_those_years_too_unless_they_name_their_own():
    facts = extract("2019年1月至2022年12月，县慈善会资金总收入为人民币2846.3万元，各项救助支出2417.9万元。\n"
                    "收入方面，其中募集善款收入2608.5万元，利息收入237.8万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {
        "2846.3万元": "cumulative", "2417.9万元": "cumulative", "2608.5万元": "cumulative", "237.8万元": "cumulative"}
    facts = extract("2019年以来，县慈善会累计募集善款2846.3万元。\n其中，2024年募集善款612.4万元。\n", "2024_x.txt")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {
        "2846.3万元": "cumulative", "612.4万元": None}


def test_a_paragraph_opening_on_its_side_of_the_figure_then_qizhong_breaks_down_the_figure_above():
    facts = extract("2024年，县慈善会资金总收入为1386.4万元。\n收入方面，其中募集善款收入1214.7万元，利息收入160.2万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {
        "1386.4万元": None, "1214.7万元": "part", "160.2万元": "part"}


def test_a_count_given_again_with_no_group_named_is_a_restatement():
    # the category of a count with no group is only guessed: the same count later is the same, its category aside
    facts = extract("近年来，县民政局实施“银龄暖胃”工程。今年累计提供助餐服务9.6万人次。\n"
                    "目前全县60周岁以上老年人3.2万人，占总人口的22.8%。今年以来，全县助餐服务已达9.6万人次。\n")
    assert [(b["quantity_text"], b["not_countable_reason"]) for b in facts.beneficiaries] == [
        ("9.6万人次", None), ("9.6万人次", "restatement")]


def test_the_years_summed_after_a_stock_now_are_cumulative():
    # "自2022年起…目前已有47个村设立公益基金，累计募集资金…": the stock now, then the sum of the years since
    facts = extract("2024年，上庄村乡贤公益基金共接收捐赠86.37万元。绩溪县自2022年起推行村（社区）公益基金，目前已有47个村"
                    "（社区）设立公益基金，累计募集资金1530万元，惠及困难群众2.1万余人次。\n")
    assert {r.get("amount_text") or r.get("quantity_text"): r["not_countable_reason"]
            for r in facts.funds + facts.beneficiaries} == {
        "86.37万元": None, "1530万元": "cumulative", "2.1万余人次": "cumulative"}


def test_one_bearer_s_share_of_money_told_above_is_a_part():
    facts = extract("今年全市共发放冬季取暖补贴1090.94万元。\n从发放情况看，全市向1312户城市低保家庭发放262.4万元，向4102户"
                    "农村低保家庭发放738.36万元，向399户分散供养特困人员发放71.82万元。补贴资金由自治区和市、县（区）财政共同承担，"
                    "其中自治区补助资金820万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds}["820万元"] == "part"


def test_the_money_in_so_far_of_a_pledging_event_is_a_part_of_its_pledges():
    facts = extract("仪式现场，32家爱心企业和个人共认捐善款786.5万元。截至记者发稿时，本次活动已到账善款416.2万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"786.5万元": None, "416.2万元": "part"}


def test_an_earlier_year_s_figures_told_past_a_colon_are_that_year_s():
    facts = extract("韶关市2023年扶贫济困日活动认捐款物3.12亿元\n2023年扶贫济困日活动现场共认捐款物3.12亿元。会上通报了2022年度活动情况："
                    "2022年度全市扶贫济困日活动共认捐款物2.63亿元，共帮扶困难群众4.1万人次。\n")
    assert {r.get("amount_text") or r.get("quantity_text"): r["not_countable_reason"]
            for r in facts.funds + facts.beneficiaries} == {"3.12亿元": None, "2.63亿元": "change", "4.1万人次": "change"}


def test_goods_sent_for_the_new_year_are_no_last_year_closing_a_span_of_years():
    # ("送去年货" is 送去 + 年货: no 去年 to make the running total one year's)
    facts = extract("2025年1月，某市“暖冬集市”开市。据悉，该活动自2019年举办以来，已累计为困难家庭送去年货价值近400万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"近400万元": "cumulative"}


def test_the_year_s_total_in_a_story_headlined_on_a_month_s_figure_holds_that_month():
    # (blind set heldout90: the headline tells December's figure, the story the year's too)
    facts = extract("某县12月份实施临时救助612人次\n2025年1月5日，记者从县民政局获悉，12月份，全县共实施临时救助612人次，"
                    "发放临时救助金98.7万元。据统计，2024年全年，全县累计实施临时救助6318人次，支出临时救助资金1036.8万元。\n")
    assert {r.get("amount_text") or r.get("quantity_text"): r["not_countable_reason"]
            for r in facts.funds + facts.beneficiaries} == {
        "98.7万元": None, "1036.8万元": "cumulative", "612人次": None, "6318人次": "cumulative"}


def test_an_earlier_year_s_sentence_naming_its_place_right_after_the_year_is_that_year_s():
    # (blind set heldout91: "2023年桦甸市累计发放…" in a 2024 story)
    facts = extract("2024年1月，某市民政局为6243户困难家庭发放取暖补贴。据了解，2023年桦甸市累计发放各类社会救助资金6986万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {"6986万元": "change"}


def test_each_item_of_a_list_of_earlier_years_is_that_year_s():
    # (real page: a county's 99公益日 story listing the years since 2018 after 其中：, one item a ；)
    facts = extract("2021年9月，某县开展“99公益日”活动。2018年以来，全县共捐款35.6万元。其中：2018年，募集善款3.1万元，建设图书角；"
                    "2019年募集善款0.9万元，开展支教；2020年募集善款31.6万元，捐赠设备17套。今年全县共筹集捐款41.4万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {
        "35.6万元": "cumulative", "3.1万元": "change", "0.9万元": "change", "31.6万元": "change", "41.4万元": None}


def test_a_closing_total_s_items_hold_the_sums_told_above_named_again_or_added_up():
    facts = extract("老年助餐方面，上半年共发放就餐补贴116.2万元。\n"
                    "机构养老方面，上半年共拨付运营补贴186.5万元；对新增的412张护理型床位，按每张床位3000元给予一次性建设补贴，"
                    "计123.6万元。\n"
                    "县民政局负责人介绍，上半年全县各级财政共投入养老服务资金2865.4万元，其中老年助餐补贴116.2万元、"
                    "养老机构运营和建设补贴310.1万元。\n")
    assert [(f["amount_text"], f["not_countable_reason"]) for f in facts.funds] == [
        ("116.2万元", "part"), ("186.5万元", "part"), ("3000元", "rate"), ("123.6万元", "part"),
        ("2865.4万元", None), ("116.2万元", "part"), ("310.1万元", "part")]


def test_an_item_past_a_semicolon_opening_on_the_whole_s_verb_is_the_next_thing_done_not_a_part():
    facts = extract("市财政统筹安排困难群众救助补助资金4.86亿元，较上年同期增长6.3%，其中中央和省级补助资金1.92亿元；"
                    "安排养老服务体系建设资金1.35亿元。县财政共安排资金900万元，其中：安排甲项目资金500万元；安排乙项目资金400万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {
        "4.86亿元": None, "1.92亿元": "part", "1.35亿元": None, "900万元": None, "500万元": "part", "400万元": "part"}


def test_the_projects_picked_out_of_the_spending_are_parts_of_its_money_not_of_earlier_counts():
    facts = extract("截至6月底，全市共有城乡低保对象3.26万人。今年以来，市慈善总会共募集善款物1.28亿元，支出善款物9860万元。"
                    "在支出中，“慈善助医”项目为1860名因病致困群众发放救助金1120万元；“慈善助学”项目资助困难学生2390名，"
                    "发放助学金956万元。\n")
    rows = {r.get("amount_text") or r.get("quantity_text"): r["not_countable_reason"] for r in facts.funds + facts.beneficiaries}
    assert (rows["1120万元"], rows["956万元"], rows["1860名"], rows["2390名"]) == ("part", "part", None, None)


def test_a_drive_s_later_pledges_and_the_uses_of_its_money_are_in_its_total():
    facts = extract("在2025年“广东扶贫济困日”活动中，全县各界踊跃参与，共认捐款物3862.5万元。\n"
                    "主会场认捐仪式上，63家企业代表先后上台认捐，现场认捐金额1265万元，约占全县认捐总额的三分之一。"
                    "在外乡贤也通过线上平台共认捐214.6万元；全县19个镇同步设立募捐点，共收到群众小额捐款37.9万元。\n"
                    "截至7月1日，全县实际到账款物2946.8万元；尚未到账的915.7万元，力争9月底前全部到位。\n"
                    "今年所筹善款将统筹用于三个方面：安排1500万元支持乡村振兴项目，安排980万元用于困难群众医疗、助学和临时救助。\n")
    assert [f["amount_text"] for f in facts.funds if f["countable"]] == ["3862.5万元"]


def test_another_channel_or_goods_on_top_of_a_venue_s_cash_total_count_beside_it():
    facts = extract("在“慈善情暖万家”活动中，晚会现场共认捐款物3268.5万元。当晚共有4830人次在线捐贈，筹得善款63.27万元。\n"
                    "在“善城善集”活动中，集市当天共募得善款47.3万元。现场还收到爱心人士捐赠的衣物、文具等物资，价值约3.4万元。\n")
    assert [f["amount_text"] for f in facts.funds if f["countable"]] == ["3268.5万元", "63.27万元", "47.3万元", "约3.4万元"]


def test_money_handed_on_in_the_sentence_of_the_sum_raised_and_a_county_s_handout_are_in_the_drive_s_total():
    facts = extract("全省“慈善情暖万家”活动筹集款物1.38亿元\n"
                    "甘肃省开展“慈善情暖万家”活动，全省各级慈善组织共筹集款物1.38亿元。\n"
                    "省慈善联合总会本级共筹集款物3260万元，向14个市州下拨慰问资金1150万元，调拨米面油、棉衣被等物资价值1470万元。\n"
                    "甘南州夏河县为牧区1870户困难牧民发放酥油、砖茶和棉衣棉被，价值93.5万元。\n")
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {
        "1.38亿元": None, "3260万元": "part", "1150万元": "part", "1470万元": "part", "93.5万元": "part"}


def test_a_whole_s_list_of_places_in_one_sentence_are_its_pieces_not_the_fewest_figures_meeting_its_sum():
    facts = extract("近日，市应急管理局、市财政局联合下拨冬春救助资金6870万元，同时调拨救灾口粮、棉衣棉被等物资。\n"
                    "资金按照各县区受灾程度分配：安定区812万元、通渭县1236万元、陇西县904万元、渭源县968万元、临洮县1057万元、"
                    "漳县786万元、岷县1107万元。\n此次共调拨救灾口粮186万公斤，调拨棉衣2.3万件、棉被1.8万床，物资折合金额2864万元。\n")
    assert [f["amount_text"] for f in facts.funds if f["countable"]] == ["6870万元", "2864万元"]


def test_a_disclosure_s_sources_listed_under_their_intro_are_parts_and_interest_told_as_more_counts():
    facts = extract("某市慈善总会2024年度慈善款物收支情况公示\n\n一、收入情况\n\n"
                    "2024年度，我会共接收慈善款物3286.47万元，其中货币资金2745.19万元、物资折价541.28万元。\n\n"
                    "货币资金按来源分：\n1.“慈善一日捐”活动收入862.35万元；\n"
                    "2.“99公益日”网络募捐收入318.62万元（含腾讯公益配捐41.7万元）；\n3.定向捐赠收入1264.08万元；\n"
                    "4.非定向捐赠收入245.96万元；\n5.上级慈善组织拨入资金54.18万元。\n\n"
                    "另，全年慈善资金存款利息收入36.52万元。\n")
    assert [f["amount_text"] for f in facts.funds if f["countable"]] == ["3286.47万元", "36.52万元"]
    assert {c["name"] for c in facts.campaigns} == {"慈善一日捐", "99公益日"}


def test_a_bulletin_dated_by_year_and_month_under_its_office_is_its_headline_s_year_and_one_spending_line_is_its_section_s():
    facts = extract("2023年某市民政事业发展统计公报（节选）\n\n某市民政局\n2024年4月\n\n"
                    "2023年，全市民政系统坚持以人民为中心的发展思想，各项民政事业取得新进展。\n\n一、民政事业费支出\n\n"
                    "全年全市民政事业费支出21.36亿元。其中，社会救助支出14.08亿元；儿童福利支出0.86亿元。\n\n三、儿童福利\n\n"
                    "年末全市共有孤儿462名。全年发放孤儿和事实无人抚养儿童基本生活费5214.6万元。\n")
    assert facts.stories[0]["year"] == 2023
    assert {f["amount_text"]: f["not_countable_reason"] for f in facts.funds} == {
        "21.36亿元": None, "14.08亿元": "part", "0.86亿元": "part", "5214.6万元": "part"}


def test_an_item_opening_on_a_figure_s_label_picks_out_of_it_and_a_paragraph_picking_people_leaves_its_money_alone():
    facts = extract("入冬以来，全市共救助流浪乞讨和临时遇困人员1126人次，其中站内救助683人次、站外救助443人次；"
                    "站外救助中，在临时避寒点接受救助的有297人次。市级统筹安排专项救助资金86万元。\n"
                    "救助对象中，有疑似精神障碍和危重病流浪人员74人次。各地为无力支付的危重病人垫付救治费用12.8万元。\n")
    rows = {r.get("amount_text") or r.get("quantity_text"): r["not_countable_reason"] for r in facts.funds + facts.beneficiaries}
    assert (rows["297人次"], rows["74人次"], rows["86万元"], rows["12.8万元"]) == ("part", "part", None, None)


def test_named_givers_pledges_before_the_evening_s_total_are_in_it():
    facts = extract("现场捐赠仪式环节，爱心企业和爱心人士纷纷慷慨解囊。其中，某石场有限公司认捐2000万元，关某、吴某伉俪认捐1000万元。"
                    "据悉，本次活动开启线上线下爱心捐款，截至当晚，共筹集慈善捐款1.193亿元。\n")
    assert {f["amount_text"]: f["countable"] for f in facts.funds} == {"2000万元": False, "1000万元": False, "1.193亿元": True}


def test_figures_in_a_report_s_section_on_a_later_year_s_work_are_plans_not_this_year_s_levels():
    text = ("青州市政府工作报告（摘要）\n\n一、2024年工作回顾\n\n全年发放各类社会救助资金2.05亿元，为1.21万名高龄老人发放津贴。\n\n"
            "二、2025年重点工作\n\n（五）增进民生福祉。新建区域性养老服务中心2处，计划投资3600万元；为500户特殊困难老年人家庭实施适老化改造。\n")
    facts = extract(text)
    assert [(f["amount_text"], f["countable"], f["not_countable_reason"]) for f in facts.funds] == [
        ("2.05亿元", True, None), ("3600万元", False, "change")]
    assert [(b["quantity_text"], b["countable"]) for b in facts.beneficiaries] == [("1.21万名", True), ("500户", False)]
    # (or in the paragraph under a heading line of no number announcing it)
    text = ("2024年度民政工作盘点\n\n全年发放各类社会救助资金2.05亿元，为1.21万名高龄老人发放津贴。\n\n🎯 2025年，我们将……\n\n"
            "计划投入资金3600万元建设区级综合养老服务中心1处，力争全年救助困难群众1.4万人次以上。\n")
    facts = extract(text)
    assert [(f["amount_text"], f["countable"]) for f in facts.funds] == [("2.05亿元", True), ("3600万元", False)]
    assert [(b["quantity_text"], b["countable"]) for b in facts.beneficiaries] == [("1.21万名", True), ("1.4万人次以上", False)]


def test_a_household_total_s_pieces_counted_by_household_or_by_person_are_its_parts_when_they_add_up_to_it():
    text = ("今年共走访慰问困难群众1.82万户。其中对城乡低保家庭共慰问11246户；对分散供养特困人员共慰问3652人；"
            "对低保边缘家庭共慰问2874户；对孤儿共慰问428人。\n")
    rows = [(b["quantity_text"], b["countable"]) for b in extract(text).beneficiaries]
    assert rows == [("1.82万户", True), ("11246户", False), ("3652人", False), ("2874户", False), ("428人", False)]
    # (pieces that do not add up to it are other counts)
    text = "今年共走访慰问困难群众1.82万户。另为分散供养特困人员3652人、孤儿428人发放生活补贴，为低保边缘家庭2874户送去年货。\n"
    rows = [(b["quantity_text"], b["countable"]) for b in extract(text).beneficiaries]
    assert rows == [("1.82万户", True), ("3652人", True), ("428人", True), ("2874户", True)]


def test_a_sentence_opening_on_the_money_named_above_shared_out_or_broken_down_holds_its_parts():
    text = ("市里近日下达第二批冬春救助资金1416万元。此次下达的第二批资金分配到14个县（市、区），繁峙县、代县分别安排186万元、"
            "172万元，其余资金按照受灾程度分配。\n")
    assert [(f["amount_text"], f["countable"]) for f in extract(text).funds] == [
        ("1416万元", True), ("186万元", False), ("172万元", False)]
    text = ("省财政厅联合省应急管理厅下达6000万元省级救灾资金。据介绍，山西省此次下达的资金，主要包括防灾减灾资金3400万元、"
            "农业救灾资金1600万元、水利救灾资金1000万元。\n")
    assert [(f["amount_text"], f["countable"]) for f in extract(text).funds] == [
        ("6000万元", True), ("3400万元", False), ("1600万元", False), ("1000万元", False)]
