"""The extractor's vocabularies, in one place.

The words behind the guidelines' fields and markers live here: money flows,
beneficiary categories, kinds and regular payments, periods (cumulative, change,
other year), parts and wholes, tables and listings, campaign framing.  Adding a
flow verb, a category or a part marker is one line in this module (plus its case
in the tests).  Lists are plain data (``|``-joined alternations or tuples); the
compiled patterns are composed from them once.

A pattern that serves a single rule (a sentence shape one function looks for)
stays beside that function, with the examples it was written from in a comment,
so that the rule reads whole in one place.
"""
from __future__ import annotations

import re

# ---- numbers -----------------------------------------------------------------
CN_DIGITS = "零〇一二两三四五六七八九十百千"
# a day's full date ("2025年1月10日"): when a report was given, a work meeting was held
FULL_DATE_WORDS = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
# words that stand for a round number ("近千名" -> 1000, "上百户" -> 100, "近万人次" -> 10000)
ROUND_NUMBER_WORDS = {"百": 100, "千": 1000, "万": 10000}

# ---- money flows (GUIDELINES: raised / allocated / disbursed) -------------------
# the plain verbs of money raised and of money received, composed wherever a pattern asks "was this
# raised?" ("共募集…", "从募得的善款中…"); none is a prefix of another, so their order in a group is free
RAISED_VERBS = "募集|筹集|募得|筹得"
RECEIVED_VERBS = "收到|接收"
FLOW_WORDS = [
    # (捐赠人: the donor, no flow)
    # (a spending of donations is spending: "捐款支出3369.65万元", "捐赠物资支出6344.41万元")
    ("raised", "筹集|筹募|募捐|募集|捐赠(?!人(?!民币)|者|方|(?:物资|款物|资金|款)?支出)|捐款(?!支出)|捐助|捐献|捐资|捐了|捐出|配捐|筹措|筹资|筹款|募款|劝募|募得|筹得|认捐|链接|争取|汇聚|接收捐|"
               "收到|自筹|接收(?!上级|中央|省级)|(?<=款物|善款|资金|捐赠|募捐|募款|捐款|物品|物资|款项|拨款|会费|本级|红会|折价|项目|活动|实现|财务)总?收入|"
               # a charity's income lines ("投资收入462万元", "增值净收入105.67万元")
               "(?:投资|利息|增值|公益)[等净]?收入|"
               # a charitable trust's property is money given ("初始信托财产1,000万元")
               "信托财产|"
               # a named fund's or a project's pledge ("协议总额1,650万元", "首期注入资金428万元", "签约金额…")
               "协议(?:总)?(?:金)?额|签约(?:总)?(?:金)?额|注入|"
               # a lot sold at a charity auction ("该幅作品拍得60万元", "以200元的价格被…拍下")
               "拍得|拍出|拍下|义拍|义卖"),
    ("allocated", "安排|归集|需资金|需要资金|拨付|拨出|拨款(?!收入)|下拨|预拨|划拨|调拨|投入|统筹|预算|备用金|资金用于|下达|整合|列支|配套|承担|出资|分配"),
    # (折款/折合 value goods; they are no flow of their own: the sentence's verb decides)
    # (救助 right before an amount is paying it, "救助2万元"; 社会救助 is the field a sum is for)
    ("disbursed", "发放|增发|补发|发给|送到|送去|送上|送出|救助支出|支出|减免|补贴到户|发到|资助|兑现|"
                  # (a 补助资金 / 补贴标准 is a thing, not its payment)
                  "(?:补助|补贴)(?!资金|金|款|经费|标准|对象|政策|办法)|"
                  "给予|慰问金送|(?<!社会)救助(?=$|[约近逾超]?[\d,.]+(?:万|亿)?元)|可获|可领取|领取|领到|获得|赠送|送给|先行救助|救助金额|救助总额|支出总额|办理了|准备了"),
]
# a visit with gifts: a rate after it is what each visited household or person is given
VISIT_RE = re.compile(r"慰问")
# a standard being set or stated: no money moves ("低保标准为每人每年7200元")
STANDARD_WORDS = ("提高到|提高至|提标至|调整为|调整到|上调至|上调到|标准为|标准提高|标准是|标准达到|标准由|"
                  "标准分别为|标准分别是|标准分别提高")

# ---- places --------------------------------------------------------------------
# a township's name before its share of a count ("凤凰街道2户9人", "大河镇8户17人"; not "各乡镇", a count of them)
TOWNSHIP_NAME_RE = re.compile(r"(?![各全每本该])[\u4e00-\u9fff]{2,5}(?<![乡镇])(?:街道|镇|乡)")

# ---- givers ----------------------------------------------------------------------
# the words that end a company's name: a giver's gift, a listing's donor, a place name that is a firm's
COMPANY_WORDS = "有限责任公司|有限公司|公司|集团|银行"
# other givers (a sum of gifts is found among their amounts: "…公司捐款50万元、张先生捐款2万元")
GIVER_WORDS = rf"{COMPANY_WORDS}|企业|商会|协会|先生|女士|爱心人士|个人"

# ---- beneficiaries ---------------------------------------------------------------
CATEGORIES = [
    ("veterans_cadres", "老干部|老战士|老党员|老专家|老教师|老模范|离退休干部|退役军人|优抚对象|五老"),
    # (the people a 救助管理站 takes in: 受助人员, 长期滞留人员, 站内/站外救助, those sent home, 护送返乡)
    ("homeless", "流浪乞讨|流浪人员|救助管理站|救助站|流浪者|流浪(?!动物|猫|狗)|露宿|受助人员|滞留人员|站内救助|站外救助|护送返乡|寻亲"),
    ("orphans_children", "孤儿|事实无人抚养|留守儿童|困境儿童|儿童|患儿|学子|学生|未成年人|孩子|同学|资助对象|大学生|新生"),
    ("disabled", "残疾|精神疾病|精神障碍|智障|重度残"),
    ("tekun", "特困|五保"),
    ("elderly", "老年人|老人|空巢|高龄|独居老|养老|长者"),
    ("dibao", "低保(?!边缘)|最低生活保障(?!边缘)"),  # (the families just above the 低保 line are not on it)
    ("needy_general", "低保边缘|困难群众|困难家庭|困难户|贫困户|贫困群众|困难群体|困难对象|弱势家庭|弱势群体|低收入|兜底保障|脱贫户|"
                      "脱贫人口|困难人员|受灾困难群众|受灾家庭|致困|困难职工|困难党员|困难居民|贫困人口|贫困对象|救助对象|"
                      "临时救助|致贫|返贫|陷入困境|因灾(?!死亡|遇难|失踪|受伤)"),
    # those a disaster struck, named so alone ("受灾群众4.6万人"): other, as four of the five sets naming
    # them type them (受灾困难群众, 受灾家庭 are needy_general above)
    ("other", "受灾群众|受灾牧民|受灾农牧民|灾民"),
]
# what a project does, naming whom it helps: a table's row labelled by its project ("“金秋助学”项目")
PROJECT_CATEGORIES = [
    ("orphans_children", "助学|圆梦|春蕾|护苗|童心|儿童|学子"),
    ("disabled", "助残|康复|复明"),
    ("elderly", "助老|敬老|夕阳|银龄|养老|长者|孝老"),
]
CATEGORY_NAMES = tuple(dict.fromkeys([k for k, _ in CATEGORIES] + ["other"]))  # the set of vocabulary.CATEGORIES (tested)

# ---- adding up (GUIDELINES "Adding up") ---------------------------------------
# a five-year plan's span ("“十四五”以来", "十三五期间")
FIVE_YEAR_PLAN_WORDS = r"[“\"「『]?十[一二三四五]五[”\"」』]?(?:期间|以来|时期)"
# figures accumulated over more than one year
CUMULATIVE_WORDS = (r"(?<![\d年])(?:[2-9]|\d{2}|[二三四五六七八九十两多几]+)年多?(?:来|以来|间|累计)|"
                    # "6年多时间里，…累计投入…", "9年时间里，…共拨出…", "已连续开展9个年头"
                    r"(?<![\d年])(?:[2-9]|\d{2}|[二三四五六七八九十两多几]+)年多?(?:的)?时间(?:里|中|内|来)|"
                    # "“慈善一日捐”…等品牌活动连续多年开展，累计募集善款3,450万元"
                    r"连续多年|"
                    # "承诺5年内注入资金100万元": a pledge spread over the years
                    r"(?<![\d年])(?:[2-9]|\d{2}|[二三四五六七八九十两]+)年内|"
                    r"(?:[2-9]|\d{2}|[二三四五六七八九十两]+一?)个年头|"
                    # (not an edition told as the Nth in a row, "连续第八年开展…活动，共募集…": this year's; unless
                    # summed over them, "这是宁夏连续第17年…发放“饺子费”，累计发放资金5.1亿元")
                    r"(?:近|过去|连续|这|这些)(?:[2-9]|\d{2}|[二三四五六七八九十两]+一?)年|"
                    r"连续第(?:[2-9]|\d{2}|[二三四五六七八九十两]+一?)年[^。；]{0,30}?累计|"
                    # "活动已连续开展14年，累计…", "至今已搞了17年，共资助…"
                    r"(?:开展|举办|实施|坚持|搞|办|走过)了?(?:[2-9]|\d{2}|[二三四五六七八九十两]+一?)(?:个)?年|"
                    # "以往九届义拍义卖慈善会共筹2103.19万元", "历届…": the editions before, one a year
                    r"(?:以往|往届|历届|前)(?:[2-9]|\d{2}|[二三四五六七八九十两]+一?)?届|"
                    # "慈善榜已连续六届发布，上榜捐赠总额超56亿元": the editions, one a year; "去年以来，…共接收社会捐赠约
                    # 4.87亿元": last year and this
                    r"连续(?:[2-9]|\d{2}|[二三四五六七八九十两]+一?)届|(?<!今)(?:去年|上年)以来|"
                    # "已举办16届的慈善年夜饭累计支出…": one a year
                    r"(?:举办|开展)了?(?:[2-9]|\d{2}|[二三四五六七八九十两]+一?)届[^。；]{0,16}?累计|"
                    # "已连续开展三个冬季，累计入户…": one campaign season a year
                    r"(?:[2-9]|\d{2}|[二三四五六七八九十两]+一?)个(?:冬季|冬春|春节|年度)|"
                    # ("自2019年参与“99公益日”以来": a quoted name may hold digits)
                    r"(?P<since>(?:19|20)\d{2})年(?:[^，。；\d“”]|“[^”]{1,12}”){0,12}?(?:以来|至今)|"
                    # "自2015年起，…相继建立…，受益群众超3万人次": from that year to now
                    r"自(?P<started>(?:19|20)\d{2})年(?:起|开始)|"
                    # "自2022年建立农村留守老年人关爱服务制度以来，已累计探访…": a long since-clause, then 累计
                    r"自(?P<long_since>(?:19|20)\d{2})年[^，。；\d]{13,24}?以来[，,]?[^。；]{0,16}?累计|"
                    # "成立于1999年，截至目前已累计…"
                    r"(?:成立|设立|创立|创办|启动|实施)于(?P<founded>(?:19|20)\d{2})年[^。；]{0,20}?累计|"
                    # "2014年在市慈善总会设立了…慈善基金，累计捐赠已达354万余元"
                    r"(?P<set_up>(?:19|20)\d{2})年(?!底|末)[^。；\d]{0,16}?(?:设立|成立|创立|创办|开业|建成|投用|启用)[^。；]{0,30}?累计|"
                    # (a 年度 across two years, "2014—2015年度冬春救助", "2017至2018年冬春期间", "2024—2025年采暖期", is one season)
                    # ("2012年1月至2015年12月": months may be named at both ends)
                    # (a twelve-month year across the new year, "2016年12月至2017年11月", is one year)
                    r"(?P<span_from>(?:19|20)\d{2})年?(?:(?P<from_month>\d{1,2})月(?:份)?)?(?:至|到|—|-|~)"
                    # (its area may come between: "2016—2017年全国冬春期间")
                    r"(?P<span_to>(?:19|20)\d{2})年(?!度|[^，。；\d]{0,4}?(?:冬|春节|采暖|供暖))(?:(?P<to_month>\d{1,2})月)?|"
                    rf"{FIVE_YEAR_PLAN_WORDS}|(?<!创)历年(?!新高|最高|之最|同期)|多年来|先后累计|成立以来|创立以来|设立以来|"
                    # ("积石山6.2级地震发生以来，全州累计接收…": since a disaster a report looks back on; "制度建立以来，全市累计发放…")
                    # ("自运营以来，累计接收社会捐赠款物…": since a place that serves opened)
                    r"(?:开展|启动|实施|发生|建立|运营|运行|开业|投用|建成)以来[，,]?[^，。；]{0,6}累计|"
                    # "至今，全市慈善机构累计用于…的善款为1.65亿元": up to now, since it began
                    # ("截至目前，全市累计备案慈善信托47单，财产规模3.16亿元": the stock of all the years)
                    r"(?:^|[，,])(?:至今|迄今|截[至止]目前)(?:为止)?[，,]?[^。；]{0,30}?累计|"
                    # "近年来，该会累计为…募资8.6万元"; "至去年底，全市累计免除…": the years up to last year's end
                    r"近年来[，,]?[^。；]{0,60}?累计|(?:截[至止]|至)(?:去年|上年)(?:底|末|年底)[，,]?[^。；]{0,30}?累计")
# the poverty battle (脱贫攻坚, 2016-2020): a figure of it reported later sums its years;
# consolidating its results (巩固脱贫攻坚成果) is current work
POVERTY_CAMPAIGN_WORDS = r"(?<!巩固)(?<!拓展)脱贫攻坚(?!成果|同乡村振兴|与乡村振兴)"
POVERTY_CAMPAIGN_END = 2020
# a change, not a level: "比上年增加3.2亿元", "新增低保对象1.2万人"
CHANGE_WORDS = (r"(?:比|较)(?:上年|去年|上一年|同期|上半年|(?:19|20)\d{2}年)[^，。；]{0,8}?(?:增加|增长|减少|下降|提高|多)"
                r"[了]?[^，。；\d]{0,8}$|同比(?:增加|增长|减少|下降)[了]?[^，。；\d]{0,6}$|"
                # (not money newly come in, a level: "1-6月，全市新增慈善资金收入7368.12万元")
                r"(?:新增(?![^，。；\d]{0,10}收入)|新(?:审批|审核)?纳入|新认定)[^，。；\d]{0,16}$|净增[^，。；\d]{0,8}$|"
                r"(?:上年|去年|上年同期)(?:为|是)$|"
                # what went down, not a level: "共减少长期滞留人员6万多人"
                r"(?<![比较])减少[^，。；\d]{0,10}$|"
                # what a new standard will add ("提标后，全市每月将增加低保金…支出约486万元"): the difference, not yet paid
                r"将(?:增加|多)[^，。；\d]{0,20}$|"
                # (or told after the raise, no 将: "提标后，全县每月增加低保资金支出约96万元")
                r"提标后[^。；\d]{0,12}?(?:增加|多)[^，。；\d]{0,20}$|"
                # (or by the year or month, after any new standard: "调整后，…受益，每年增加支出资金约87万元")
                r"(?:每年|每月|年均|月均)(?:增加|多)[^，。；\d]{0,20}$|"
                # a monthly caseload report's changes: "增加保障金额3.8万元", "调出五保对象8人、调入五保对象4人"
                r"(?:增加|减少|调增|调减|核增|核减)(?:保障|救助|供养)(?:金额|资金)$|(?:调出|调入|调进|调整)[^，。；\d]{0,10}$|"
                # "与上年相比，今年筹集善款增加38.7万元", "与二季度末相比，全市低保对象减少412户"
                r"(?:与|和|同|跟)(?:上年|去年|上一年|同期|上年同期|去年同期|(?:19|20)\d{2}年(?:同期)?|"
                r"[一二三四上]季度末?|上月末?|\d{1,2}月份?末?|年初|上一?[^，,。；;\d]{1,6})相比[^。；]{0,30}?(?:增加|增长|减少|下降|提高|多)了?$|"
                # a comparison: the level it is compared with, and the difference
                r"(?:比|较)(?:上年|去年|上一年|同期|(?:19|20)\d{2}年)(?:底|末|同期)?的$|"
                r"(?:比|较)[^。；，,]{0,32}(?:增加|减少|增长|下降|提高)了?$|"
                # the second figure of a pair of changes ("比上年分别提高60元和400元")
                r"(?:增加|减少|增长|下降|提高)了?[\d.]+[万亿]?[元人户名次]+[和、及与]$|"
                # the next item of a list of newcomers ("新纳入低保127户、特困供养19人")
                # (or its people right after its households past a comma: "新增城乡低保231户，365人")
                r"(?:新增|新(?:审批|审核)?纳入|新认定)[^，。；\d]{0,10}[\d.,]+[万]?(?:户|人|名)(?:[、和及与][^，。；\d]{0,10}|[，,])?$")
# a change named after the figure ("将23.5万名…新纳入低保"; past a count in thousands, "1,230户2,872人新纳入…")
# (or those taken off after it: "对…不再符合条件的1046人停发补贴")
# (not inside a parenthesis after the figure: "5.8万人（入冬以来因灾新纳入1260人）" tells its own figure's change)
# (those taken off after their count, "不再符合条件的217人及时停发补贴", are a change of the roll too)
CHANGE_RIGHT_WORDS = (r"(?:[^，。；,;（(\n]|(?<=\d),(?=\d{3})){0,16}?(?:新纳入|新增加|净增)"
                      r"|(?:及时|依规|依法|予以|已|均)?(?:停发|停止发放|退出|清退|注销)")
# the earlier years a level is compared with ("2022年和2021年分别为…")
EARLIER_YEAR_BASE_WORDS = r"(?P<y>(?:19|20)\d{2})年(?:底|末)?(?:[和、及与](?:19|20)\d{2}年(?:底|末)?)*(?:分别)?(?:为|是)(?:[\d.]+[万亿]?[元人户名次]+[和、及与])?$"
# a figure pointed back at: "这近570万元款物", "上述2600余万元" (right before the figure)
BACK_REFERENCE_WORDS = r"(?:这|上述|以上|前述|上列)(?:笔|些|部分)?$"
# the whole a part comes out of, named back ("上述款物中，包含…")
# (or the money raised, named as what is put to uses: "今年募集的善款将重点用于助困、助学…，其中安排…资金200万元")
BACK_REFERENCE_IN_WORDS = rf"(?:上述|以上|前述)[^，。；]{{0,8}}中|(?:{RAISED_VERBS})的(?:善款|款物|资金)[^，。；\d]{{0,6}}?用于"
# a figure said to be inside another one, after it ("…3.62万元，已计入上述186万元专项善款")
# (not one said to be outside it: "186万元（未计入上述慈善款物）")
# ("共拍得186.4万元，全部纳入认捐总额": counted in the sum pledged)
INCLUDED_IN_WORDS = (r"[^。；;]{0,16}?(?:已计入|(?<![未不])计入上述|已包含在|(?<![未不])包含在|已含在|已纳入上述|已统计在|"
                     # (or the year's fund it joins: "所捐的108万元将全部纳入今年的帮困资金")
                     r"(?:全部|均|已)?(?<![未不])(?:纳入|计入)(?:[^，,。；;\d]{0,4}总额|[^，,。；;\d]{0,8}(?:资金|善款|款物)(?=[。；;，,]|$)))")
# a share of the sum given before, said right after the figure: "认捐1,215万元，约占认捐总额的14.6%"
SHARE_OF_WHOLE_AFTER_WORDS = (r"[，,]\s*(?:约|共)?占[^，,。；;\d]{0,12}(?:总额|总数|总量|总计|合计|总(?:支出|收入|投入|资金)?)的?"
                              r"(?:[\d.]+%|[近约超逾]?[一二三四五六七八九]成|近半|过半|一半|[近约超逾]?[二三四五六七八九十]分之[一二三四五六七八九])")  # ("…的近五成", "…的三分之一")
# ... or before it: "将基金总额的1% 即50万元…捐赠给慈善事业"
SHARE_OF_WHOLE_BEFORE_WORDS = r"(?:总额|总数|总量|总计|合计|规模)的\s*[\d.]+\s*[%％]\s*(?:即|约|为|计)?\s*$"
# money paid out of a pot named after it: "…748.8万元从省级下拨的救灾资金中列支"
# (the verbs taking money out of a sum: "从上述款物中拿出首批135万元")
DRAWN_OUT_VERBS = r"列支|支出|支付|安排|解决|统筹|调剂|拿出|取出|划出|提取|调出|拨付|拨出|发放|动用|使用"
# (not a pot of earlier years' money, which no figure of the story holds: "从往年留存善款中另行安排160万元")
EARLIER_POT = r"(?![^，,。；;中]{0,8}?(?:往年|历年|以前年度|上年|去年|结余|留存))"
# (an adverb may stand before the verb: "首月救助金501.12万元已从上述资金中足额发放到户")
DRAWN_FROM_WORDS = rf"[^，,。；;]{{0,6}}?从{EARLIER_POT}[^，,。；;]{{1,24}}?中[^，,。；;\d]{{0,4}}?(?:{DRAWN_OUT_VERBS})"
# a stretch of the period already reported, singled out: "仅2月份全区就实施临时救助412人次", "仅春节期间就…"
ONLY_PERIOD_WORDS = r"仅(?:(?:19|20)\d{2}年)?(?:\d{1,2}月份?|[一二三四]季度|上半年|下半年|当天|当日|首日|春节期间)[^，。；]{0,12}?就"
# a sum named as the whole the figure is out of: "260万元资金中，已核销148.6万元"
AMOUNT_IN_WORDS = (r"\d(?:万|亿)?(?:名|人|户|位)[\u4e00-\u9fff]{0,6}中[，,：:]"  # ("1.12万名逝者中，有1,874名…")
                   # (money named at length: "提到的1.2亿元养老服务体系建设资金中，老年助餐补贴资金安排了2460万元")
                   r"|\d(?:万|亿)?元[\u4e00-\u9fff]{0,12}中[，,：:]"
                   # ... or those of them so described right before the figure ("5667名农村五保对象中集中供养的5068人")
                   r"|\d(?:万|亿)?(?:名|人|户|位)[\u4e00-\u9fff]{0,8}中[\u4e00-\u9fff]{1,8}的$"
                   # ... or named by its group, its count told before ("全县低保和特困供养对象中共有防止返贫监测对象
                   # 1,296户")
                   r"|(?:对象|人员|家庭|群众)中[，,]?共有[^，,。；;\d]{0,16}$")
# those picked out of a group by what befell them ("对转移安置群众中因灾无房可住、…的2416户8352人"): a part of that
# group's count, if it was given
# (or after a comma: "城乡低保对象中，农村低保对象8931人")
PICKED_OUT_OF_GROUP_RE = re.compile(r"(?P<group>[\u4e00-\u9fff]{2,6}(?:对象|人员|家庭|群众))中(?:[^，,。；;\d]{1,30}的|[，,][^，,。；;\d]{0,16})$")
# a sentence giving an example of the work just totalled: "如，市企业家联合会…投入资金60万元"
EXAMPLE_LEAD_WORDS = r"\s*(?:如|例如|比如|譬如)[，,：:]"
# where the money just given came from: "资金来源方面，全年项目接收定向捐赠272万元，不足部分从…列支"
# (or a sentence saying where the money named above came from: "助学资金来源于…和爱心企业定向捐赠，其中企业…95万元")
# (or who bears the money told above, then one bearer's share: "补贴资金由自治区和市、县（区）财政共同承担，其中自治区补助
# 资金820万元")
FUNDING_SOURCE_LEAD_WORDS = (r"\s*(?:[^，,。；;\d]{0,4}?(?:资金|善款|经费|款物))?来源(?:(?:方面|上|主要有|包括)?[，,：:]|于)"
                             r"|\s*[^，,。；;\d]{0,6}?(?:资金|经费|补贴|款物)由[^，,。；;\d]{1,24}?(?:共同)?(?:承担|负担|分担|筹措|列支)[，,]\s*其中"
                             # "…发放物资总价值28.9万元。所需资金由旗本级福彩公益金安排20万元，其余由爱心企业捐赠"
                             r"|\s*所需(?:的)?(?:资金|经费|款物|费用)由[^，,。；;\d]{1,24}?(?:安排|承担|负担|列支|出资|筹措|解决)")
# a paragraph picking out some of the items funded: "在入选项目中，“银龄食光”助餐项目获得资助8万元。
# “童心守护”…项目获得资助6.5万元", "以…项目为例，…"
# (or one opening on what the money given above goes to: "根据捐赠协议，此次捐赠款物将主要用于两个慈善项目。
# “京蒙助学”项目安排资金300万元…")
PICK_LEAD_WORDS = (r"\s*(?:在各?(?:入选|获选|立项|资助|受助|获资助|获得资助|中标|签约|上线|参与|参赛|实施)的?(?:项目|对象|企业|单位|机构)中[，,]|"
                   # ("认捐名单中，…集团有限公司认捐300万元，…": some of the givers of the total told above)
                   r"(?:认捐|捐赠|捐款)(?:名单|名录|榜单)中[，,]|"
                   r"以[^，,。；;]{2,16}为例[，,]|"
                   # ("在各母项目中，“银发食光”…项目筹款最多，达612.8万元；“春芽助学”项目筹得438.5万元": the
                   # projects of the drive's total told above)
                   r"在各(?:个|母|子)?(?:项目|母项目|子项目|子计划|专项)中[，,]|"
                   r"(?:[^，,。；;]{2,12}[，,])?(?:此次|本次|上述|这批|该批|这些)[^，,。；;]{0,10}(?:款物|资金|善款|物资)"
                   r"[^，,。；;]{0,4}用于)")
# the rest of a whole, right before its figure: "其余善款十五万四千余元", "其余7人"
REST_OF_WORDS = r"(?:其余|剩余|余下|剩下|尚未到账|尚未到位|未到账)(?:的)?[^，,。；;\d]{0,8}$"  # (or a pledge's rest not yet in)
# what of a sum given just before has actually arrived ("共筹集善款293.83万元（实际到账289.71万元）",
# "共接收捐赠款物524.78亿元，实际到账款物510.78亿元"): the same money again, or some of it
ACTUALLY_ARRIVED_WORDS = (r"实际(?:到账|到位|收到|接收|入账)|(?:到位|到账)(?:的)?(?:善款|资金|捐款|款物)|^(?:已|实际)?到位(?:金额)?$"
                          # (a pledging event's money in so far: "截至记者发稿时，本次活动已到账善款416.2万元")
                          r"|已到账")  # (or the clause alone: "基金规模2866万元，到位604万元")
# ... or named before it: "从“慈善一日捐”善款中列支80万元"
# ("从乡镇备用金中拨付临时救助金2,800元": what it pays may be named between)
# (or "截至目前，上述资金中已发放2,316.5万元": out of the money named above)
# (and so is the next outlay of the sentence: "已从募集款物中…发放…310万元的…物资，并安排900万元用于…")
# (those given to may stand between: "从募集款物中向受灾群众发放…")
# ("项目从中发放救助金736.5万元", "已从中向“情暖春城”项目拨付1,200万元": out of the money just named)
# (those given to counted: "从临时救助备用金中为146户次困难搬迁群众支出临时救助金38.6万元")
DRAWN_FROM_BEFORE_WORDS = (rf"从{EARLIER_POT}[^，,。；;]{{1,24}}?中(?:为[^，,。；;]{{1,24}}?)?[^，,。；;\d]{{0,8}}?(?:{DRAWN_OUT_VERBS})"
                           rf"[^，,。；;\d]{{0,8}}$|"
                           # (the places given to may be listed: "目前已从中向藤县、苍梧县等受灾较重地区拨付款物960万元")
                           rf"从中[^，,。；;\d]{{0,20}}?(?:{DRAWN_OUT_VERBS})[^，,。；;\d]{{0,8}}$|"
                           # (and the next outlay of its list: "…；向“助学圆梦”项目拨付680万元")
                           rf"从中[^，,。；;\d]{{0,12}}?(?:{DRAWN_OUT_VERBS})[^。]{{0,60}}?[；;]\s*(?:向[^，,。；;\d]{{0,16}})?"
                           rf"(?:{DRAWN_OUT_VERBS})[^，,。；;\d]{{0,8}}$|"
                           rf"从{EARLIER_POT}[^，,。；;]{{1,24}}?中[^，,。；;\d]{{0,8}}?(?:{DRAWN_OUT_VERBS})[^。；;]{{0,40}}?[，,]\s*(?:并|再|还|另)"
                           rf"(?:{DRAWN_OUT_VERBS})"
                           r"[^，,。；;\d]{0,8}$|"
                           # (or its total, in the next clause: "从募集善款中为1126名困境儿童每人发放200元助学慰问金，共计22.52万元")
                           # (a pot the story raised, not a programme's own fund: "从临时救助资金中为…发放…，共计6.96万元" is new money)
                           rf"从(?:{RAISED_VERBS}|所筹|接收|捐赠|上述|此次|本次)[^，,。；;\d]{{0,10}}?中(?:为[^，,。；;]{{1,24}}?)?"
                           rf"[^，,。；;\d]{{0,8}}?(?:{DRAWN_OUT_VERBS})[^。；;]{{0,30}}?[，,]\s*(?:共计|合计|总计|共)$|"
                           r"(?:上述|以上|这些|该笔|这笔)[^，,。；;\d]{0,6}(?:资金|款物|善款|款项|物资)中[^，,。；;\d]{0,8}$")
# ... or said to remain after the figure: "…243.9万元，剩余款物将于除夕前全部发放到位"
REST_AFTER_WORDS = r"[^，,。；;]{0,4}?[，,]\s*(?:剩余|其余|余下|剩下)(?:的)?(?:款物|资金|善款|物资|部分)?(?:将|还将|于|继续|全部)"
# the money left, later in the sentence of an amount: "已发放…１９８５．６万元，惠及…６３２０人，剩余资金作为临时救助备用金"
REST_OF_MONEY_AFTER_WORDS = r"[^。；;]{0,40}?[，,]\s*(?:剩余|其余|余下|剩下)(?:的)?(?:款物|资金|善款)(?:将|还将|继续|全部|作为|用于|留作)"
# a balance, right before its figure: money left, not money moved ("账面余额…", "结余资金…")
# (not money taken out of it: "从一日捐结余资金中拿出75万元开展…项目" spends it)
BALANCE_WORDS = r"(?:余额|结余|结存|滚存|结转)(?![^，,。；;]{0,6}?中(?:拿出|安排|列支|提取|支出|划拨|调剂))[^，,。；;]{0,8}$"
# a total naming its components right after it: "31.45亿元（含城乡低保、特困人员救助供养…等资金）"
COMPONENTS_WORDS = r"\s*[（(](?:含|包括|其中包括)(?P<items>[^）)。]{4,80})[）)]"
COMPONENT_SPLIT_WORDS = r"[、，,]|和|及|与"
COMPONENT_TAIL_WORDS = r"等?(?:各项|各类)?(?:资金|经费|支出)$"
# a part of a whole written just before it
PART_WORDS = (r"其中|包括|包含|内含|含(?!义|量)|剩余的?|"  # (剩余的116.5万元: the rest of a whole)
              # (or the list a total is told item by item in: "…发放取暖补贴855.28万元。具体为：城市低保家庭2108户，…")
              r"具体为|具体是|"
              # (or the heads a sum named before goes to, a list after a colon: "帮扶资金分别投向产业帮扶、乡村
              # 养老和助学三个板块：产业帮扶投入862万元…；乡村养老投入312万元…")
              r"分别(?:投向|用于|投入)[^，。；：:\d]{0,30}[：:]|"
              # a sentence opening on the whole it breaks down: "在1.86亿元捐赠款物中，通过…筹集2360万元",
              # or on the money named before: "助学资金中，某公司定向捐赠50万元，其余由…统筹"
              # (or names it by word: "在全市募集总额中，晋江市…项目募集善款203.5万元")
              r"(?P<lead>(?:^|(?<=[，,]))在[^，。；]{0,24}?\d[^，。；]{0,16}?中(?=[，,])|"
              r"(?:^|(?<=[，,]))在[^，。；\d]{0,12}(?:总额|总数|总量)中(?=[，,])|"
              # (or "全年募集的慈善款物中，…", "在已支出的慈善款物中，…")
              r"^在?[^，。；\d]{0,10}(?:资金|款物|善款|经费|款项)中(?=[，,])|"
              # or on the work totalled above: "在上述救助中，…发放资金31.2万元"
              r"(?:^|(?<=[，,]))在上述[^，。；\d]{0,8}中(?=[，,])|"
              # or on the people named before: "服务对象中，特困人员612名、低保对象885名"
              r"^[^，。；\d]{0,6}(?:服务|救助|受助|帮扶|慰问|受益|资助)(?:对象|群众|人员)中(?=[，,])|"
              # or on those counted in two counts told before, receiving both: "同时享受两项补贴的有2106人"
              r"(?:^|(?<=[，,；;]))同时(?:享受|领取|纳入)[^，。；\d]{1,12}?的(?:有|共有|共)?$|"
              # or on those a count above named, by what they receive: "享受津贴的老人中，城乡低保、特困老年人2140人"
              r"(?:^|(?<=[；;]))(?:享受|领取|获得|纳入)[^，。；\d]{1,10}?的(?:老人|老年人|对象|人员|群众|家庭|儿童|残疾人)中(?=[，,]))")
# a table whose unit is given once above it ("单位：万元"), one amount at the end of each row
# ("1 太原市 1,086", "合计 13,260"): the stories keep its rows apart, the funds read them
# (a caption may end on a colon after it: "主要捐赠明细如下（单位：元）：")
# (or a standard's, so much a person or household a month: "单位：元/人·月", every cell a rate)
TABLE_UNIT_WORDS = (r"[（(]?(?:金额)?单位[:：]\s*(?P<mult>[万亿千]?)元"
                    r"(?:/(?P<per>人|户)(?:[·.．/／]?(?:月|年))?)?[）)]?[:：]?")
# ... or whose unit line lists its columns' units in order ("单位：户、人、万元"): the stories keep its
# rows apart, unit_tables reads them column by column
# the count units a units line may list before its money ("单位：户、人、万元"; a column of bodies or things,
# "单位：家、人、万元", is read past); the warehouse's quality check reads the same line (lib/quality_frames.py)
TABLE_THING_UNITS = ("家", "个", "所", "张", "处")  # bodies, beds, places: no one helped and no money
TABLE_COUNT_UNITS = ("户次", "人次", "户", "人", "名", *TABLE_THING_UNITS)
# (a share column: "单位：万元、%")
TABLE_UNIT_NAMES = rf"(?:万元|亿元|元|{'|'.join(TABLE_COUNT_UNITS)}|%|％)"
TABLE_UNITS_LIST_WORDS = (rf"[（(]?单位[:：]\s*(?P<units>{TABLE_UNIT_NAMES}(?:\s*[、，,/]\s*{TABLE_UNIT_NAMES})+)"
                          r"\s*[）)]?")
# (a cell of four digits or more is written with thousands commas: "阅读2136" is a page's counter)
# ("其中：资金　4,837.16": a row may open on what it is of its whole)
# (a row may name a quoted project: "“春风送暖”新春慰问项目　1,126.40")
# (and a count column before its amount, when the amount has decimals: "1　养老服务类　7　683.2　50.7%")
# (an empty first cell: "特困供养　—　2,806　971.5")
# (a label may count what it sums: "其他34笔捐赠　576300")
# (its label may be numbered: "一、收入合计　4862.37", "1.慈善一日捐　1286.40")
_TABLE_ROW_HEAD = (r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))?\d{0,3}\s*(?:其中[:：]\s*)?(?:[\u4e00-\u9fff（）()“”「」·]|\d+(?=[笔家项个])){2,24}\s*"
                   r"(?:\d{1,5}\s+(?=[\d,]+\.\d))?(?:[—–－-]{1,2}\s*)?")
TABLE_ROW_WORDS = _TABLE_ROW_HEAD + r"(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)"
# ... and a row may end on a note after its figure ("1　西宁市　352.4　含省级直接发放", "…　286000　物资（牛奶
# 1300箱）折价"): under a unit line only (on its own "走访困难群众300户" reads the same), where a
# cell may be written without commas ("500000")
# (or on a column of its own after a gap: "…　1,126.40　2.35万户"; an empty one: "…　449.09　—")
# (not a date: "河池市民政局办公室　　2024年1月18日印发" under the table is its issuing line)
TABLE_ROW_NOTE_WORDS = _TABLE_ROW_HEAD + r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)(?![年月日])" + (
    r"(?:\s*[\u4e00-\u9fff（(][^\n]{0,30}|\s+[^\s\d][^\n]{0,14}|\s+\d[^\n]{0,14}?[\u4e00-\u9fff]|\s*[—–－-]{1,2}"
    r"|\s+\d+(?:\.\d+)?[%％]"
    # (or more figures: "双塔区　86　69　17" under 合计 中央资金 省级资金)
    r"|(?:\s+\d{1,3}(?:,\d{3})*(?:\.\d+)?){1,6})?")
# the unit line may be the end of the table's caption: "附表：2024年度慈善款物收支简表（单位：万元）"
TABLE_CAPTION_WORDS = r"[^\n。；;]{0,40}?"
# the period a unit-column table's first figure column covers, right after 单位 in its header ("指标名称
# 单位 本期累计 上年同期 同比增减（%）", "指标 单位 2024年 …", "指标名称 单位 第四季度 …"): the stories keep the
# header and rows on lines of their own, unit_tables reads which column is which
UNIT_TABLE_PERIOD_COLUMN_WORDS = (r"本期累计|本年累计|本期|本年|本季度?|当季|累计|上年同期|去年同期|上年|去年"
                                  r"|(?:19|20)\d{2}年度?|数量|数值|本月|当月|第?[一二三四1-4]季度|[上下]半年")
# a table's unit line, alone or ending its caption or paragraph ("单位：万元", "…明细如下（单位：元）："):
# the stories keep the rows under it apart, and the chrome takes no header row under it for a menu bar
TABLE_UNIT_LINE_RE = re.compile(rf"(?:^|(?<=[。；;])){TABLE_CAPTION_WORDS}(?:{TABLE_UNIT_WORDS}|{TABLE_UNITS_LIST_WORDS})$")
# a list of givers, one per line, each with its amount in 元 ("1　某某集团有限公司　500,000.00元",
# "某商会3.68万元（物资折价）"; the spaces next to Chinese are gone by then; a giver by a body's
# name, since a short headline reads like a person's name and an amount: "认捐善款1386.5万元"), under a
# header ("序号　单位名称　捐赠金额")
LISTING_GIVER_WORDS = r"公司|集团|协会|商会|医院|银行|学校|基金会?|中心|委员会|局|会|店|厂|社|所|院|站|行|馆|企业|单位|个人|村|社区"
LISTING_ROW_WORDS = (rf"\d{{0,3}}\s*[^\s，,。；;：:！？\d]{{1,28}}(?:{LISTING_GIVER_WORDS})"
                     r"\s*\d[\d,，]*(?:\.\d+)?\s*[万亿]?元(?:\s*[（(][^（）()\n]{1,12}[）)])?")
LISTING_HEADER_WORDS = r"序号(?=[\u4e00-\u9fff])"
# a sentence breaking down a whole given before it, by a dimension: "从救助对象看，…", "分县市区看，…"
BREAKDOWN_LEAD_RE = re.compile(r"(?:从|分|按)[^，,。；;\d]{1,8}(?:看|来看|分)[，,：:]")
# a campaign named as a date that starts a span ("2016年首个“中华慈善日”以来"): a time, not the
# figure's owner; unless the span is of taking part in it ("自2019年参与“99公益日”以来": its money)
CAMPAIGN_AS_TIME_RE = re.compile(r"[”」』\"]?(?:活动|行动|项目)?(?:开展|举办|设立|实施|启动)?以来")
TAKING_PART_RE = re.compile(r"(?:参与|参加|加入|开展|举办|实施|启动|发起|上线)[^，。；]{0,4}$")
# a figure from January to the report's month ("1—3月，全市累计…"): the year so far, not the month
# (it is only beside a report of that month: "3月份，全市…" then "1—3月，全市累计…")
def months_so_far(month: str = r"(?P<month>[2-9]|1[0-2])") -> str:
    """January to a month ("1—10月", "1至9月"): the year so far, in a report's text or its headline."""
    return rf"(?<!\d)1\s*(?:—|-|－|~|～|至|到)\s*{month}\s*月"


YEAR_TO_DATE_RE = re.compile(months_so_far() + r"(?:份)?(?:[，,]|累计|共)"
                             # "今年上半年全县累计…" in a report of the second quarter; "前三季度累计…"
                             # ("今年前三季度，全县累计发放…": a comma may stand between)
                             r"|(?P<half>上半年)[，,]?[^，。；]{0,8}?累计|(?P<three>前三季度)[，,]?[^，。；]{0,8}?累计"
                             # "2024年全年，全市累计支出…" in a report of the fourth quarter or of December;
                             # "今年以来，全县累计发放…" after the quarter's own payment
                             r"|(?P<year>全年|今年以来|年初以来)[，,]?[^，。；]{0,8}?累计")
# the period a report of a month or quarter gives its own figures for, by the period-to-date above
PERIOD_REPORTED = {"half": r"第?二季度|6月份", "three": r"第?三季度|9月份"}
# a headline naming the quarter or month its report gives figures for ("…2024年第四季度…统计季报")
# (or telling a month's own figure: "会泽县12月份实施临时救助612人次…")
PERIOD_HEADLINE_RE = re.compile(r"第?[一二三四1-4]季度|(?<![—\-－~～至到\d])\d{1,2}月份?(?:民政|社会救助|统计|[^日\d]{0,12}(?:报|情况))"
                                r"|(?<![—\-－~～至到\d])\d{1,2}月份[^日\d，,。]{0,12}?\d")
# a headline naming a whole year's report ("2022年工作总结及2023年工作计划", "…2024年度工作报告"): the year
# so far within it (1—9月累计…) is its own period, a month's figure a part of it
YEAR_REPORT_HEADLINE_RE = re.compile(r"(?:19|20)\d{2}年度?(?![^，。]{0,8}?(?:上半年|下半年|季度|\d{1,2}\s*月))"
                                     r"[^，。\d]{0,12}?(?:工作)?(?:总结|报告|年报)")
# a clause giving what a recipient may take per period ("每年在慈善超市免费选购所需600元价值的必需品",
# "每个季度只能使用250元"): a rate; not what is spent per year ("全省每年投入近6000万元")
PER_PERIOD_RE = re.compile(r"每个?(?:年|月|季度?|周|天)[^，,。；;]{0,16}?(?:可|能|选购|领取|使用|享受)")
# an average per day ("长者饭堂日均用餐约2800人"): a rate, no period's figure
# (not a month's: "月均保障低保对象612户" is the level of the year's caseload)
AVERAGE_RE = re.compile(r"(?:日均|平均每(?:天|日))[^，,。；;\d]{0,8}?(?:约|近|达|超过|逾)?$")
PERIOD_TOTAL_RE = re.compile(r"共|合计|总计|累计|全年|总额|总量")
# a clause giving the running total ("…共募集善款3536.1万元，累计募集善款5.53亿元")
RUNNING_TOTAL_RE = re.compile(r"^[^\d，,。；;]{0,12}?累计")
# a paragraph opening on what a whole above is made of: "募集款物主要包括：…", "资金来源为："
PARAGRAPH_BREAKDOWN_RE = re.compile(r"[^，。；：:\d]{0,12}?(?:主要)?(?:包括|包含|来源(?:于|为|有)?|构成(?:为|如下)?)[：:]"
                                    # ... or names it back by its money, no colon: "今年“…”活动筹集的爱心款物主要包括
                                    # …基金100万元、…895万元" (the whole, 1400多万元, in the paragraph above)
                                    r"|[^，。；：:\d]{0,30}?(?:款物|善款|资金|物资)(?:主要)?(?:包括|包含|构成为)"
                                    # ... or sends it to its heads ("帮扶资金分别投向…三个板块：…")
                                    r"|[^，。；：:\d]{0,30}?(?:款物|善款|资金|物资)(?:主要)?分别(?:投向|用于|投入)[^，。；：:\d]{0,30}[：:]")
# the items of a list ("一是…", "（二）…", "3. …") under a paragraph that ends on "：" after a whole
# (or a dash before each item: "——“慈善助学”项目。…共计512.6万元")
# the ordinal of a run-on list item: "一是", "二是"
ORDINAL_WORD = r"[一二三四五六七八九十]+是"
ORDINAL_ITEM_RE = re.compile(r"(?:^|(?<=[，,。；;：:\s]))" + ORDINAL_WORD)  # an item run on after the one before: "。二是…"
LIST_ITEM_RE = re.compile(r"\s*(?:" + ORDINAL_WORD + r"|第[一二三四五六七八九十]+[，,、是]|[（(][一二三四五六七八九十\d]{1,2}[）)]"
                          r"|\d{1,2}[.、．](?!\d)|——)")
# a list item after a semicolon that turns to other work ends the parts ("其中…；同时为…"),
# and so does the next numbered item ("一是…其中…；二是…")
PART_CLOSED_WORDS = r"[；;]\s*(?:同时|此外|另外|另|还|[二三四五六七八九十]是|第[二三四五六七八九十])"
# the summary sentence of a story ("据统计，全省…共…")
SUMMARY_WORDS = r"全省|全市|全区|全县|全州|全盟|据统计|共计|合计|累计|共(?!同|建|享|产)|总计|活动期间|此次|本次"
# a campaign launched across the whole area (the story's own campaign)
WIDE_LAUNCH_WORDS = r"(?:全省|全市|全区|全县|全州|全国|全盟)[^。；]{0,12}(?:开展|启动|组织|实施)|(?:开展|启动)[^。；]{0,4}全省"
# a sentence closing a paragraph on the drive's total: "活动共发放慰问金和慰问品折款11.18万元"
CLOSING_TOTAL_RE = re.compile(r"\s*(?:此次|本次|这次)?(?:活动|行动)(?:共|共计|合计|总计)"
                              # "本次助残日活动中，全区合计发放慰问金和辅具价值25.6万元"
                              r"|\s*(?:此次|本次|这次)[^，,。；;]{0,8}(?:活动|行动)(?:中|期间)[，,][^，,。；;]{0,8}?(?:共计|合计|总计|共)"
                              # a drive's running total after the gifts of the day ("…捐赠100万元，…捐赠10万元。
                              # 截至8月3日上午10时，市慈善总会共计接收社会各界捐赠…264.48万余元")
                              r"|\s*截至[^，,。；;]{0,16}[，,][^，,。；;]{0,24}?(?:共计|共|合计|总计|累计)"
                              rf"(?:{RECEIVED_VERBS}|{RAISED_VERBS})"
                              # the year's total after its programmes ("…；残疾困境儿童累计救助2837人次86.61万元。…
                              # 全年累计救助18万余人次6000余万元")
                              r"|\s*全年(?:累计|共计|合计|总计|共)(?:救助|保障|发放|支出)")
# a whole that adds up what the paragraphs above told ("两批合计，…", "以上三项共计…")
EVERY_KIND_WORDS = r"各(?:类|项)"  # money of every kind ("各类救助资金", "各项补助")
# ("两项资金合计1.054亿元": the kind of money may stand between)
SUM_BACK_RE = re.compile(r"(?:以上|上述|[两二三四五六七八九十]+(?:批|项|次|笔|类|部分))[^，,。；;\d]{0,4}?(?:共计|合计|总计|累计|共)"
                         # ... or the money of every kind the sections above paid ("上半年，全镇共发放各类救助资金
                         # 837.9万元" after 低保金, 特困供养金, 临时救助金)
                         rf"|(?:共|共计|合计|累计)[^，,。；;\d]{{0,4}}?{EVERY_KIND_WORDS}")
# the number opening an item of a report or a table's row label ("一、", "（二）", "3．"; not "1.5万")
# (or a post's section number, "04｜“十四五”以来")
# (or a closing bracket alone: "1)市红十字会人道救助项目转入474491元;")
NUMBERED_ITEM_START_RE = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|\d{1,2}\s*[｜|](?!\d)"
                                    r"|\d{1,2}[)）](?!\d))")
# a section of a report, above its numbered items (（一）, 一、)
HIGHER_SECTION_RE = re.compile(r"\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")
NUMBERING_MARK_RE = re.compile(rf"\s*(?P<mark>{NUMBERED_ITEM_START_RE.pattern})")


def numbering_style(text: str, at: int) -> str | None:
    """How the numbered section or item a paragraph opens is numbered, as a shape: "（c）" for （一）, "c、" for 一、,
    "d、" for 1、, "d." for 1.; None when it opens none. Items of one style are siblings; another style nests."""
    m = NUMBERING_MARK_RE.match(text, at)
    if m is None:
        return None
    mark = m.group("mark").replace("(", "（").replace(")", "）").replace("．", ".")
    return re.sub(r"\d+", "d", re.sub(r"[一二三四五六七八九十]+", "c", mark))


# a numbered heading on a line of its own ("五、社会组织和慈善", "（二）扩大救助范围"): a section of a
# report (converted from a PDF), neither a new story's headline nor the start of the sentence under it
NUMBERED_HEADING_RE = re.compile(rf"{NUMBERED_ITEM_START_RE.pattern}[^，,。；;：:！？!?]{{1,24}}$")
# the first numbered section heading of a report ("一、城乡最低生活保障")
FIRST_SECTION_RE = re.compile(r"\s*[（(]?一[、）)]")
# a paragraph opening on its topic: "养老机构运营补贴方面，", "在兜底保障方面，" (not a quoted name's: the
# campaign's own paragraph)
TOPIC_LEAD_RE = re.compile(r"\s*在?[^，,。；;\d\n“”]{2,16}方面[，,：:]")
# what a campaign is, right after its name: "“益暖张店”社区公益创投活动" is a 社区公益创投
DESCRIPTOR_AFTER_RE = re.compile(r"[”\"」』]?(?P<desc>[\u4e00-\u9fff]{5,10}?)(?:活动|行动|项目|计划|工程|大赛)")
# a numbered section of a round-up ("二是…", "第三，…", "（二）")
SECTION_WORDS = r"\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|[（(][一二三四五六七八九十]+[）)])"

# regular payments and standards: no campaign's money ("低保金", "高龄津贴", "基本生活费")
REGULAR_WORDS = (r"低保金|低保资金|低保标准|保障标准|供养标准|救助标准|基本生活费|基本生活保障金|"
                 r"高龄津贴|高龄补贴|长寿补贴|补贴标准|护理补贴|两项补贴|养老服务补贴|"
                 r"困难残疾人生活补贴|救助供养(?:补助)?资金|按月|常态化|补助资金|提高到|提标|冬春(?:生活)?救助|"
                 # a stock of recipients, not what a campaign did ("全县共有农村低保对象8632户",
                 # "目前，全市有农村留守儿童12.6万名"; not "本届活动共有46个项目入选": projects)
                 r"(?:共有|现有)(?![\d,]+[个项家所]|[\d,.]+万?[余多]?(?:人次|户次))|在册|在保|集中养育|目前[，,]?全[省市县区州盟旗]有|(?:低保|保障|供养|养育|抚养|生活费)[^，。；]{0,4}标准(?:达到|为|提高|由)|"
                 # the standing programme's own fund ("全县支出临时救助资金412.8万元")
                 r"临时救助资金|社会救助资金|供养资金|供养金|第[一二三四]季度|"
                 # a facility's running costs ("长者饭堂运营补贴资金86万元")
                 r"运营补贴|运营经费")
# another period than the campaign's ("去年全市…", "上年")
# ("去年入冬以来", "去年12月以来": the season running now, begun last year)
# last year, told as the time of a figure ("去年该活动共筹集…"), not as the start of a span
# ("去年入冬以来", "去年12月以来": the current season), nor the other term of a comparison
# ("比上年增长", "较去年的7920万元增加…"), nor "送去年夜饭"
# (not last year's money left over, spent now: "从上年度一日捐结余资金中安排…186万元")
LAST_YEAR_WORDS = (r"(?<![比较与同送])(?:去年|上年|上一年度?|前年)"
                   r"(?!夜饭|货|入冬|冬|底|年底|1[012]月|度?[^，。；,;\d]{0,6}?(?:结转|结余))")
# (a year-to-date total is the regular work's)
OTHER_PERIOD_WORDS = rf"{LAST_YEAR_WORDS}|往年|今年以来|年初以来"
# a sentence turning to other work ("另外，…", "此外，…", "下一步，…")
# another programme: "冬春生活救助方面，…"; the government's own money beside a charity's drive,
# "同时，各县市财政向城乡低保对象…发放一次性生活补贴…"
# (not where the money came from: "资金来源方面，全年项目接收定向捐赠272万元" is the project's own)
ASIDE_WORDS = r"\s*(?:另外|此外|下一步|今后|(?![^，。；]{0,4}来源方面)[^，。；]{2,12}方面[，,]|同时[，,][^，。；]{0,8}财政)"
# a back reference to the campaign just named ("此次活动", "活动中", "该项目")
ANAPHORA_WORDS = (r"(?:此次|本次|这次|该|这项|此项)(?:专项)?(?:活动|行动|项目|慰问)|(?:活动|行动|慰问)(?:中|期间|现场|当天)|"
                  # "资金46万元用于行动开展", "今年的行动共统筹…": the campaign's own money
                  r"用于(?:活动|行动|项目)(?:开展|实施)|(?:今年|本年|本届)的(?:活动|行动|项目)|"
                  r"(?:项目|活动|行动)自?(?:(?:19|20)\d{2}年)?(?:实施|启动|开展)以来|"
                  # the campaign as the subject of the sentence ("活动共募集…", "项目将为…")
                  r"(?:^|(?<=[，,：:。；;！？\n]))(?:活动|行动|项目)(?:共|累计|将|已|还)|"
                  # the money it just raised as the subject ("…项目筹得善款215.6万元。所筹资金将用于…")
                  r"(?:^|(?<=[，,：:。；;！？\n]))所筹(?:集的)?(?:资金|善款|款物|款项)")

# a paragraph opening on the campaign it reports: "在“我为群众办实事”实践活动中，…", "围绕“X”行动，…"
FRAME_WORDS = r"(?:^|(?<=[，,\n]))\s*(?:在|围绕|聚焦|通过|借助|依托|以)(?P<name>[“\"「『][^”\"」』]{2,24}[”\"」』])[^，。；,;]{0,10}?(?:中|期间|为抓手|为载体)?[，,]"
# a means of achieving a result, listed ("通过开展…；通过坚持…，让…")
MEANS_WORDS = r"通过"

CUMULATIVE_RE = re.compile(CUMULATIVE_WORDS)
UP_TO_NOW_WORDS = r"至今|迄今|截[至止]目前"
UP_TO_NOW_RE = re.compile(UP_TO_NOW_WORDS)
# words every kind of relief money shares: "特困人员救助供养资金" and "临时救助资金" are two programmes' money
SHARED_MONEY_WORDS = frozenset({"救助", "补贴", "补助", "慰问", "帮扶", "保障", "生活", "专项"})
# a drive begun this year (or run from a day of it: "此次专项行动从今年11月1日持续至明年3月中旬")
THIS_YEAR_LAUNCH_RE = re.compile(r"(?:自|从)?今年\d{0,2}月?(?:\d{1,2}日)?[^。；;]{0,16}?(?:起|启动|开展|发起)|"
                                 r"(?:自|从)今年\d{1,2}月(?:\d{1,2}日)?(?:起)?(?:持续)?(?:至|到)")
DISASTER_SINCE_RE = re.compile(r"(?:灾害|灾情|暴雨|洪灾|洪涝|水灾|地震|台风|疫情|雪灾|火灾)(?:发生)?以来")


def so_far_since_recent_start(text: str, paragraph_start: int, sentence_start: int, cum: re.Match) -> bool:
    """A CUMULATIVE_RE match ``cum`` (found in the sentence from ``sentence_start``) that sums up to now
    since a start its paragraph told this year: a drive begun this year ("吴堡县自今年8月28日起…启动慈善
    “一日捐”活动…。截至目前，全县累计募集善款5.8万元") or a disaster weeks ago ("我市遭遇特大暴雨灾害以来，…。
    截至目前，市红十字会累计接收捐赠资金16230.61万元"): that drive's or appeal's figure so far, no stock of years
    (so countable, and still the campaign's)."""
    if not UP_TO_NOW_RE.search(cum.group()):
        return False
    at = sentence_start + cum.start()
    return bool(THIS_YEAR_LAUNCH_RE.search(text, paragraph_start, at) or DISASTER_SINCE_RE.search(text, paragraph_start, at))
POVERTY_CAMPAIGN_RE = re.compile(POVERTY_CAMPAIGN_WORDS)
FRAME_RE = re.compile(FRAME_WORDS)
MEANS_RE = re.compile(MEANS_WORDS)
REGULAR_RE = re.compile(REGULAR_WORDS)
# the province's own area by its words ("全省", "我省"), and with the offices that speak for it: the
# whole province's (or region's) figure, in a story of one of its cities
PROVINCE_AREA_WORDS = r"全省|我省|本省|全自治区"
PROVINCE_OFFICE_WORDS = r"(?:省|自治区)(?:民政厅|财政厅|人民政府|政府)"  # the province's own offices
PROVINCE_WIDE_RE = re.compile(rf"{PROVINCE_AREA_WORDS}|全区|{PROVINCE_OFFICE_WORDS}")
OTHER_PERIOD_RE = re.compile(OTHER_PERIOD_WORDS)
ASIDE_RE = re.compile(ASIDE_WORDS)
ANAPHORA_RE = re.compile(ANAPHORA_WORDS)
CHANGE_LEFT_RE = re.compile(CHANGE_WORDS)
CHANGE_RIGHT_RE = re.compile(CHANGE_RIGHT_WORDS)
# a post's figure card: its big number (or range) alone on a line, its label on the next ("13家", "38.6万人", "2,400元",
# "2614人次" / "临时救助困难群众", "100—500元" / "高龄长寿补贴每人每月标准")
CARD_LABEL_CHARS = 30  # a figure card's label is short
_CARD_UNITS = r"(?:元|人次|户次|人|户|名|家|个|张|所|项|支|件|次|%)"
FIGURE_CARD_LINE_RE = re.compile(rf"\s*(?:[约近超逾]|超过)?\d[\d,.]*\s*(?:万|亿)?{_CARD_UNITS}?"
                                 rf"(?:\s*[—–\-~～至]\s*\d[\d,.]*)?\s*(?:万|亿)?{_CARD_UNITS}[+＋]?\s*")
# a standard raised by so much, the level it reached told next ("城镇低保累计提高60元，达到每人每月565元"): the raise
RAISED_BY_RE = re.compile(r"(?:提高|上调|提升|增加)了?$")
# the old level of a change told from it to the new ("投入善款由往年50万元增加到90万元", "低保对象由2.1万人减少到1.9万人"):
# the other term of the comparison, not this period's
OLD_LEVEL_LEFT_RE = re.compile(r"由(?:往年|去年|上年|上一年度?|原来|原)?(?:的)?$")
NEW_LEVEL_AFTER_RE = re.compile(r"\s*(?:增加|提高|减少|下降|增长|上升|扩大|提升|调整|降低|压缩|降|增)(?:到|至|为)")
RAISED_TO_LEVEL_RE = re.compile(r"[，,]?\s*(?:达到|提高到|提高至|增至|上调至|调整为)每(?:人|户)")
EARLIER_YEAR_BASE_RE = re.compile(EARLIER_YEAR_BASE_WORDS)
PART_RE = re.compile(PART_WORDS)
COMPONENTS_RE = re.compile(COMPONENTS_WORDS)
COMPONENT_SPLIT_RE = re.compile(COMPONENT_SPLIT_WORDS)
COMPONENT_TAIL_RE = re.compile(COMPONENT_TAIL_WORDS)
BACK_REFERENCE_RE = re.compile(BACK_REFERENCE_WORDS)
BACK_REFERENCE_IN_RE = re.compile(BACK_REFERENCE_IN_WORDS)
INCLUDED_IN_RE = re.compile(INCLUDED_IN_WORDS)
SHARE_OF_WHOLE_AFTER_RE = re.compile(SHARE_OF_WHOLE_AFTER_WORDS)
SHARE_OF_WHOLE_BEFORE_RE = re.compile(SHARE_OF_WHOLE_BEFORE_WORDS)
DRAWN_FROM_RE = re.compile(DRAWN_FROM_WORDS)
DRAWN_FROM_BEFORE_RE = re.compile(DRAWN_FROM_BEFORE_WORDS)
ONLY_PERIOD_RE = re.compile(ONLY_PERIOD_WORDS)
# a stock now or a standard now reached, in a review of several years: the present level, not the years' sum
# ("全市现有80周岁以上高龄老人6.9万人", "…标准达到每人每月1870元，…共保障孤儿…1236名")
STOCK_NOW_RE = re.compile(r"现有|目前[，,]?全[省市县区州盟旗]有|在册|在保|标准(?:已)?达到")
# a regular programme a figure or a whole may name
PROGRAMME_RE = re.compile(r"低保|特困|临时救助|高龄|孤儿|残疾|医疗救助|取暖|优抚")
REST_OF_RE = re.compile(REST_OF_WORDS)
ACTUALLY_ARRIVED_RE = re.compile(ACTUALLY_ARRIVED_WORDS)
# what was actually spent of a budget given before it in the sentence ("预算安排1.86亿元，全年实际支出1.7342亿元"):
# some of the sum set, as money paid so far of it is
SPENT_OF_BUDGET_RE = re.compile(r"预算[^。；;]{0,20}?元[，,]\s*(?:全年|当年|年度)?实际(?:支出|使用|执行|发放|拨付)[^，,。；;\d]{0,8}$")
# ... and what has gone out so far of a sum named in the same clause ("各级下达的2860万元救灾资金目前已拨付到乡镇1980万元")
PAID_SO_FAR_OF_RE = re.compile(r"\d(?:万|亿)?元[^，,。；;\d]{0,12}?(?:目前|现|截至目前)[，,]?已(?:拨付|发放|下拨|支出|使用|到位)"
                               r"[^，,。；;\d]{0,8}$")
# how much of a planned whole is done so far ("为2,150户…实施改造…，目前已完工1,968户")
DONE_SO_FAR_RE = re.compile(r"已(?:完工|竣工|完成改造|完成建设)[^，,。；;\d]{0,4}$")
MATCHING_FUNDS_RE = re.compile(r"配套")  # money a level of government adds to a grant
# the main givers of a sum raised, listed after it ("主要捐赠单位有：某公司捐款50万元，…")
MAIN_GIVERS_RE = re.compile(r"主要(?:捐赠|捐款|爱心)(?:单位|企业|者|人|方)?(?:有|包括|为|是)[：:]")
# a round mark passed (突破/超过 may be read as the figure's own qualifier, left of it then: "首次")
MILESTONE_BEFORE_RE = re.compile(r"(?:首次|首度)(?:突破|跨越|迈上|超过)?$")
REST_AFTER_RE = re.compile(REST_AFTER_WORDS)
REST_OF_MONEY_AFTER_RE = re.compile(REST_OF_MONEY_AFTER_WORDS)
AMOUNT_IN_RE = re.compile(AMOUNT_IN_WORDS)
# the sum just told, named back: "上述资金中，…", "这笔资金中，自治区和柳州市下拨1082万元" (its parts, and its campaign's)
MONEY_NAMED_ABOVE_IN_RE = re.compile(r"(?:上述|以上|前述|这笔|该笔|此笔|这些)[^，,。；;\d]{0,6}?(?:资金|款物|善款|经费|款项)中")
EXAMPLE_LEAD_RE = re.compile(EXAMPLE_LEAD_WORDS)
FUNDING_SOURCE_LEAD_RE = re.compile(FUNDING_SOURCE_LEAD_WORDS)
PICK_LEAD_RE = re.compile(PICK_LEAD_WORDS)
# the same for money only: "…支出善款物9860万元。在支出中，“慈善助医”项目…发放救助金1120万元" (the spending told
# above; the people its projects helped are no part of anyone counted before)
# ... and for counts only: "受助学子中，有孤儿和事实无人抚养儿童7名" (some of those just helped), "发放对象中，城市低保家庭1365户，
# 农村低保家庭9782户…" (those paid, told above); the money of such a paragraph ("救助对象中，有…危重病流浪人员74人次。…
# 垫付救治费用12.8万元") is no part of the money before
COUNT_PICK_LEAD_RE = re.compile(r"\s*(?:(?:受助|获助|获资助|受资助|受益|救助)的?[\u4e00-\u9fff]{1,6}中[，,]"
                                r"|(?:发放|补贴|慰问|保障|资助)对象中[，,])")
MONEY_PICK_LEAD_RE = re.compile(r"\s*在(?:上述|各项|全部)?(?:支出|收入|募集款物|募集善款)中[，,]")
BALANCE_RE = re.compile(BALANCE_WORDS)
# a figure that is a standard, whatever it is per ("按照3000-6000元的标准进行慰问" a home)
# (the low end of a range reads past the high end: "3000-6000元的标准")
STANDARD_AFTER_RE = re.compile(r"(?:\s*(?:-|－|—|–|~|～|至|到)\s*[\d.]+[万亿千百]?元?)?(?:/[^\d，。；]{1,3})?"
                               r"的?(?:标准|定额)(?!化)")
PART_CLOSED_RE = re.compile(PART_CLOSED_WORDS)
SUMMARY_RE = re.compile(SUMMARY_WORDS)
WIDE_LAUNCH_RE = re.compile(WIDE_LAUNCH_WORDS)
SECTION_RE = re.compile(SECTION_WORDS)
# the sum of a use a sentence gives its money ("…用于慰问930户，每户1000元，共计93万元")
USED_FOR_RE = re.compile(r"用于")
USE_SUM_RE = re.compile(r"(?:共计|合计|总计)$")
# last year's or next year's figures beside this period's ("明年将把备用金提高到300万元")
# (and the season before: "上一个冬季（2023年11月至2024年3月）…共救助…1.52万人次" in a story of this winter)
PREVIOUS_YEAR_RE = re.compile(rf"{LAST_YEAR_WORDS}|(?<![比较与同])(?:明年|来年|下一年度?)|上一?个?(?:冬季|冬春)")
SINCE_WORDS = r"以来|至今"  # the end of a span begun at a time ("自2019年以来")
SINCE_RE = re.compile(rf"{SINCE_WORDS}|起")
# a time of its own in the figure's clause: the last-year word before it told when something
# else happened ("艾某去年因车祸致家庭困难，乡政府当天为其发放临时救助金8000元")
OWN_TIME_RE = re.compile(r"[，,][^，,。；]*(?:当天|当日|今年|本次|此次|日前|近日|如今|目前|现已|全年|本年)[^，,。；]*$")
# a plan (not 将, which as often means 把: "近日将1月、2月的低保金提前发放")
PLAN_WORDS = r"计划|预计|拟|打算|力争|规划"
PLAN_RE = re.compile(PLAN_WORDS)
# what is yet to come, after a year ("2025年将…", "2025年目标…"): 将 counts once a year is named
FUTURE_RE = re.compile(rf"将|争取|目标|{PLAN_WORDS}")
# a campaign named in a plan ("2026年…继续开展“X”", "明年将…"): not when it ran
CAMPAIGN_PLAN_RE = re.compile(rf"将|继续|明年|{PLAN_WORDS}")
# a list of the top N out of a whole given before ("筹款排名前五的项目分别是：")
TOP_N_RE = re.compile(r"前[一二三四五六七八九十两\d]+(?:名|位|个|项|家|大)?(?:的|项目|个项目)")
# a figure of several campaigns together ("两项活动共入户走访…", "上述活动累计…")
SEVERAL_CAMPAIGNS_RE = re.compile(r"(?:[两二三四五六七八九几多各]|上述)(?:项|个|大)?(?:活动|行动|项目)"
                                  r"|[两二三四五六七八九]个[^，,。；;\d]{1,6}?(?:活动|行动|项目)")  # ("两个医疗类慈善项目")
# a date inside the current year ("截至8月底"), or now ("目前，全市共有城乡低保对象6.42万户"): in a review of
# several years, that clause is this year's
IN_YEAR_DATE_RE = re.compile(r"截至\d{1,2}月(?:底|末|\d{1,2}日)|目前|当前|截至目前")
# a single year named in a clause: its figures are that year's
# a sentence or paragraph opening on 其中 and a pause: what follows breaks down the figures before it
OPENING_PART_RE = re.compile(r"\s*(?P<mark>其中|具体为|具体是)[，,：:]")
# a verb ending on 去/过/回… before 年货 or 年夜饭 ("送去年货", "带去年夜饭"): no year word after it
NO_YEAR_WORD_AFTER = r"(?<![送过回拿带捎寄])"
YEAR_MARK_RE = re.compile(rf"(?:19|20)\d{{2}}年(?!以来|至今)|今年|{NO_YEAR_WORD_AFTER}去年(?!货|夜饭)|当年|上年|全年|本年")

# ---- who is counted (beneficiaries.py) ---------------------------------------------
# a time standing where a group would ("1月", "二季度")
TIME_LABEL_RE = re.compile(r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月份?|[一二三四]季度|上半年|下半年)(?:新纳入|新增)?")
# people in need of relief, counted before any is helped ("需救助人口", "需冬春生活救助人口")
NEED_RELIEF_RE = re.compile(r"需要?[\u4e00-\u9fff]{0,6}?(?:救助|救济)(?:的)?(?:人口|人员|群众)$")
ATTENDING_AFTER_RE = re.compile(r"(?:参加|出席|列席|到场|观看|参与捐|次参与捐)"  # those at an event, or giving
                                # or serving as volunteers: "有931万人次在社会服务领域提供了…志愿服务"
                                r"|[^。；;]{0,16}?提供了?[^，,。；;\d]{0,4}[\d.]*万?小?时?[^，,。；;\d]{0,4}志愿服务"
                                r"|(?:参与|参加)了?志愿服务"
                                # or sitting an exam: "今年全市共有6.2万名考生参加高考"
                                # (not those helped who sit one: "为28名今年参加中考的困境儿童每人资助…")
                                r"|[\u4e00-\u9fff]{0,4}?考生参加(?:高考|中考|考试)"
                                # or at a ceremony, the group named first: "二百多名群众参加了发放仪式"
                                r"|[^，,。；;\d]{1,8}?(?:参加|出席|观看)了?[^，,。；;\d]{0,10}?(?:仪式|大会|典礼|晚会|座谈会|启动会)"
                                # or giving on the spot: "80余名老人当场募捐了10620元", "200名职工现场捐款78.1万元"
                                r"|[\u4e00-\u9fff]{0,4}?(?:当场|现场|纷纷|踊跃|自发|主动)(?:募捐|捐款|捐赠|捐出|认捐|解囊)")
# a resettlement site's population: "全县11个集中安置点共安置搬迁群众5,682户23,415人"
RESETTLED_BEFORE_RE = re.compile(r"搬迁(?:群众|户|人口|移民)[^，,。；;\d]{0,2}$")
# those who gave, not those helped: "参与捐赠的居民达6,300余人次", "爱心人士捐款1200人次"
# (or the online givers a drive roused: "发动爱心网友4.6万人次参与")
DONORS_BEFORE_RE = re.compile(r"(?:参与|参加)(?:捐赠|捐款|募捐|捐助|认捐)[^，,。；;\d]{0,8}$|(?:网友|捐赠人|捐款人|捐赠者)[^，,。；;\d]{0,2}$")

# ---- campaigns (campaigns.py, campaign_links.py) -------------------------------------
LAUNCH_RE = re.compile(r"启动|推出|发起|开展")  # a paragraph launching a drive of its own
# a later clause of the sentence launching a drive ("…每户发放慰问金3,000元，并启动“潮城助学”项目"):
# the figures before it are not the new drive's
LAUNCHED_AFTER_RE = re.compile(r"[，,；;]\s*(?:并|还|同时|随后|又)(?:正式)?(?:启动|推出|发起|开启)")
# a drive named as what other work went along with
# ("春节期间，县民政局同步开展“暖心敲门”行动，…": run beside the work told before)
# (or one run besides: "春节前后，市民政局还组织开展“寒冬送温暖”专项救助行动")
ALONGSIDE_BEFORE_RE = re.compile(r"(?:结合|配合)[^，,。；;]{0,5}$|(?:同步|同时|一并)(?:开展|启动|实施)[^，,。；;]{0,2}$|"
                                 r"还(?:组织|联合[^，,。；;“”]{0,12})?(?:开展|启动|实施)了?[^，,。；;]{0,2}$")
# a season across two years right before the name: "2024—2025年度“寒冬送温暖”专项救助行动"
SEASON_BEFORE_RE = re.compile(r"((?:19|20)\d{2})\s*(?:年\s*)?[—–\-－~～至到]\s*(?:19|20)\d{2}\s*年度?[^，,。；;“”]{0,6}$")
# a verb between a quoted phrase and a service word: the phrase names no service
# (or stores or swaps it: "“时间账户”里已存储服务时长310小时")
SERVICE_GAP_RE = re.compile(r"享受|提供|获得|得到|接受|开展|存储|存入|兑换|里|中|^的")  # ("“看得见摸得着”的实惠便民服务": a phrase describing it)
# a conjunction right after a quoted phrase: the kind word after it is another noun's
JOINED_NOUN_CHARS = set("和与及、")

# drives run under one name across the country, written without quotes as often as with them
# ("今年99公益日，该基金会…"): named so, they are the campaign, as a quoted name would be
NATIONAL_CAMPAIGNS = ("99公益日", "慈善一日捐", "慈善情暖万家", "暖心敲门", "博爱送万家")
NATIONAL_CAMPAIGN_RE = re.compile("|".join(NATIONAL_CAMPAIGNS))
DEFAULT_CAMPAIGN_KIND = "活动"

# ---- places (context.py) ---------------------------------------------------------------
# a person whose given name is a city's short name ("司长王金华在会上…", "王金华称"): the commonest
# surnames (not 向, 于, 万: as often a preposition or a figure), the titles written before a name
# and the verbs of speech after one
SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
               "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤")
PERSON_TITLE_BEFORE_RE = re.compile(r"(?:长|主任|书记|记者|通讯员|委员|代表|主席|经理|会长|部长|处长|科长|干部|老人)$")
# a hometown association's name right after a place ("佛山市汕尾商会"): where its members come from,
# not where the story is ("沙依巴克区友好商会" is the district's own)
HOMETOWN_ASSOCIATION_RE = re.compile(r"商会|同乡会|老乡会")
# a person named right after a place, by an honorific: where the person is from ("台湾王建煊先生")
HONORIFIC_RE = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:先生|女士|夫妇)")
PERSON_AFTER_RE = re.compile(r"称|说|表示|介绍|指出|强调|告诉|同志|老人|一行|在会上")
# what follows a place's short name when it names the place's own office or media ("汉阴民政部门",
# "云上嘉鱼报道", "罗田县委"): the short name is the place, not an everyday word
OFFICE_AFTER_RE = re.compile(r"民政(?:局|部门|系统|工作|干部|所|办|服务|事业)|慈善|融媒|报道|讯|新闻|县委|县政府|人民政府|残联|红十字|应急管理|财政局")
# money or goods handed down to a place: the place receives, it does not report
HANDED_DOWN_VERBS = "下拨|下达|拨付|划拨|调拨|调运"
# the body's own verb, in its clause ("省财政厅、省应急管理厅紧急下拨…")
HANDED_DOWN_RE = re.compile(rf"[^，,。；;：:]{{0,14}}?(?:{HANDED_DOWN_VERBS})")
HANDED_DOWN_BEFORE_RE = re.compile(rf"(?:{HANDED_DOWN_VERBS})[^，,。；;：:]{{0,6}}$")
