"""Strings of the cross-enforcement page and the definitions (口径) of its own indicators."""

STRINGS = {
    "ce.title": ("交叉执行", "Cross-enforcement"),
    "ce.intro": (
        "交叉执行改革把执行难、受干扰的案件交由其他法院执行，以排除地方保护和人情干扰：2023年10月起在19个省级地区试点，2024年起在全国推行。",
        "The cross-enforcement reform moves hard or interfered-with enforcement cases to another court, to keep local protectionism and "
        "favours out of enforcement: piloted in 19 provincial-level regions from October 2023, nationwide from 2024.",
    ),
    "ce.province_rule": (
        "省份、法院层级筛选按原执行法院（案件移出的法院）计；接收法院可以在其他省份。",
        "The province and court-level filters count a moved case where it came from (the originating court); the receiving court may be elsewhere.",
    ),
    "ce.province_rule.help": (
        "这样，一个省的数字回答“本省有多少案件交由其他法院执行”，与最高人民法院按原执行法院统计的做法一致。",
        "So a province's figures answer “how many of this province's cases were handed to other courts”, as the SPC counts them by originating court.",
    ),
    "ce.empty": (
        "当前筛选条件下没有交叉执行案件。交叉执行自2023年10月起试点。",
        "No cross-enforcement cases for the current filters. The reform began with a pilot in October 2023.",
    ),
    "ce.tab.trend": ("按月、按方式", "By month"),
    "ce.tab.article": ("与公布数字对照", "Published figures"),
    "ce.tab.flows": ("案件去向", "Where cases go"),
    "ce.tab.creditors": ("多个申请人", "Several creditors"),
    "ce.tab.compare": ("移送与未移送", "Moved or not"),
    "ce.sec.trend": ("交叉执行案件：按月、按方式", "Cases moved, by month and by method"),
    "ce.method.share": ("占期内交叉执行案件的{pct}。", "{pct} of the cases moved in the period."),
    "ce.method.def.designated": (
        "指令（指定）执行：上级法院指令辖区内另一法院执行。",
        "Designated (指令/指定执行): a higher court instructs another court in its area to enforce.",
    ),
    "ce.method.def.elevated": (
        "提级执行：由上级法院直接执行。",
        "Elevated (提级执行): the higher court enforces the case itself.",
    ),
    "ce.method.def.collaborative": (
        "协同执行：多个法院协作执行。",
        "Collaborative (协同执行): several courts enforce together.",
    ),
    "ce.method.def.supervised": (
        "督促执行：上级法院督促原法院限期执行。",
        "Supervised (督促执行): a higher court sets the original court deadlines and follows them up.",
    ),
    "ce.method.def.centralised": (
        "集中执行：对一批案件集中力量统一执行。",
        "Centralised (集中执行): a batch of cases enforced together by a designated team.",
    ),
    "ce.marker.pilot": ("2023-10 试点", "2023-10 pilot"),
    "ce.marker.nationwide": ("2024-01 全国推行", "2024-01 nationwide"),
    "ce.fig.methods.title": ("每月交叉执行案件，按方式", "Cases moved each month, by method"),
    "ce.fig.cumulative.title": (
        "试点以来累计：交叉执行案件、取得实质进展或执结案件与执行到位金额",
        "Since the pilot: cases moved, cases with substantive progress or concluded, and yuan recovered",
    ),
    "ce.cum.assigned": ("累计交叉执行案件", "Cases moved (cumulative)"),
    "ce.cum.resolved": ("累计取得实质进展或执结", "With substantive progress or concluded (cumulative)"),
    "ce.cum.recovered": ("累计执行到位金额（{unit}，右轴）", "Yuan recovered (cumulative, {unit}, right axis)"),
    "ce.sec.article": ("与公布数字对照", "Our figures beside the published ones"),
    "ce.fig.article.title": (
        "2024年1月–2025年3月：本数据与公布数字",
        "Jan 2024–Mar 2025: these data beside the published figures",
    ),
    "ce.ours": ("本数据", "These data"),
    "ce.short.ce_assigned": ("交叉执行案件", "Cases moved"),
    "ce.short.ce_resolved": ("实质进展或执结", "Progress or concluded"),
    "ce.short.ce_recovered": ("执行到位金额", "Yuan recovered"),
    "ce.published": ("公布数字", "Published"),
    "ce.over": ("{value}以上", "over {value}"),
    "ce.table.window": ("时间段", "Window"),
    "ce.table.measure": ("指标", "Measure"),
    "ce.table.ours": ("本数据", "These data"),
    "ce.table.published": ("公布数字", "Published"),
    "ce.table.ratio": ("本数据/公布数字", "These data / published"),
    "ce.table.source": ("来源", "Source"),
    "ce.src.2024_07": ("最高人民法院，截至2024-07-03", "SPC, to 2024-07-03"),
    "ce.src.2024": ("最高人民法院，2024年全年", "SPC, all of 2024"),
    "ce.src.2025_04": ("最高人民法院新闻发布会（2025-04-07）", "SPC press conference (2025-04-07)"),
    "ce.article.filtered": (
        "当前有筛选条件：“本数据”只计筛选范围内的案件，而公布数字是全国数字。",
        "Filters are set: “these data” count only the cases within them, while the published figures are national.",
    ),
    "ce.article.definitions": (
        "**口径说明。** 最高人民法院的表述是：2024年1月至2025年3月，交叉执行案件约30万件，其中“取得实质进展或执结”约15万件，"
        "“执行到位”金额约1600亿元。《中国日报》英文报道写作“nearly 300,000 cases resolved and 160 billion yuan in payments ordered”："
        "30万是交叉执行的案件总数，而非已解决的案件；取得实质进展或执结的约为其一半，且“实质进展”不等于结案；"
        "“执行到位”是实际交付申请人的金额，而不是“被责令支付”的金额。本页按官方口径计：案件按交办日期计入，"
        "取得实质进展或执结的案件及其执行到位金额按进展或执结日期计入，且只计同一时间段内交办的案件。",
        "**On definitions.** The SPC said that from January 2024 to March 2025 about 300,000 cases were moved, of which about 150,000 "
        "“achieved substantive progress or were concluded” (取得实质进展或执结), and about 160 billion yuan was “recovered” (执行到位). "
        "China Daily reported “nearly 300,000 cases resolved and 160 billion yuan in payments ordered”: but 300,000 is the number of cases moved, "
        "not resolved; about half had substantive progress or were concluded, and substantive progress is not conclusion; and "
        "执行到位 is money actually delivered to creditors, not payments ordered. This page follows the official definitions: cases count on "
        "the day they were assigned; progress or conclusion and the yuan recovered count on the day it happened, for cases assigned in the same window.",
    ),
    "ce.sec.flows": ("案件去向", "Where the cases go"),
    "ce.flows.same_province": (
        "期内交叉执行案件中，{pct}由本省（区、市）内的其他法院接收。",
        "{pct} of the cases moved in the period went to another court in the same province.",
    ),
    "ce.fig.sankey.title": ("按法院层级：原执行法院 → 接收法院", "By court level: originating court → receiving court"),
    "ce.sankey.from": ("原：{level}（{pct}）", "From: {level} ({pct})"),
    "ce.sankey.to": ("至：{level}（{pct}）", "To: {level} ({pct})"),
    "ce.fig.provinces.title": (
        "按原执行法院所在省份：接收法院的层级与省份",
        "By originating province: the level and province of the receiving court",
    ),
    "ce.to_level_same_province": ("本省{level}", "{level}, same province"),
    "ce.other_province": ("外省法院接收", "Received in another province"),
    "ce.fig.receivers.title": ("接收交叉执行案件最多的{n}家法院", "The {n} courts that received the most moved cases"),
    "ce.received": ("接收案件", "Cases received"),
    "ce.sec.creditors": ("多个申请人针对同一被执行人", "Several creditors against one debtor"),
    "ce.creditors.several_cases": ("有多个申请执行人的交叉执行案件", "Moved cases with several creditors"),
    "ce.creditors.share": ("占期内交叉执行案件的{pct}。", "{pct} of the cases moved in the period."),
    "ce.creditors.single": ("单一申请人", "Single creditor"),
    "ce.creditors.several": ("多个申请人", "Several creditors"),
    "ce.creditors.one": ("1个申请人", "1 creditor"),
    "ce.creditors.n": ("{n}个申请人", "{n} creditors"),
    "ce.creditors.cap": ("{n}个及以上", "{n} or more"),
    "ce.creditors.single_rate": ("单一申请人案件：{pct}。", "Single-creditor cases: {pct}."),
    "ce.creditors.single_median": ("单一申请人案件：{months}个月。", "Single-creditor cases: {months} months."),
    "ce.recovery_rate": ("执行到位率", "Recovery rate"),
    "ce.mean_days": ("平均用时（天，右轴）", "Mean days to resolution (right axis)"),
    "ce.median_months": ("办理用时中位数", "Median time to resolution"),
    "ce.median.months": ("{months}个月", "{months} months"),
    "ce.median.short": ("中位数{months}个月", "median {months} months"),
    "ce.median.not_reached": ("未达到（过半未取得进展）", "not reached (over half still open)"),
    "ce.fig.creditors.title": (
        "按申请人数：执行到位率与平均用时",
        "By number of creditors: recovery rate and mean days",
    ),
    "ce.fig.open.title": ("尚未取得进展的比例：单一与多个申请人", "Still open: single against several creditors"),
    "ce.unit.recovery_rate": ("执行到位金额/申请标的", "recovered / claimed"),
    "ce.unit.days": ("天", "days"),
    "ce.unit.share_open": ("尚未取得进展的比例", "share still open"),
    "ce.axis.months_since_assigned": (
        "交办后月数（Kaplan–Meier估计）",
        "Months since assignment (Kaplan–Meier estimate)",
    ),
    "ce.creditors.note": (
        "对象：期内交办的交叉执行案件，观察至数据截止日；尚未取得进展的案件作删失处理。执行到位率和平均用时只计已取得实质进展或执结的案件。",
        "Cases assigned in the period, followed to the data's as-of date; cases still open are censored. Recovery rate and mean days count only "
        "cases with substantive progress or concluded.",
    ),
    "ce.sec.compare": (
        "交叉执行案件与未交叉执行的可比案件",
        "Moved cases against comparable cases that were not moved",
    ),
    "ce.days": ("{n}天", "{n} days"),
    "ce.compare.days_moved": ("交叉执行：立案起", "Moved: from filing"),
    "ce.compare.days_moved.help": (
        "交叉执行案件从立案到取得实质进展或执结的平均天数。",
        "Moved cases: mean days from filing to substantive progress or conclusion.",
    ),
    "ce.compare.days_after_move": ("交叉执行：交办起", "Moved: from the move"),
    "ce.compare.days_after_move.help": (
        "交叉执行案件从交办到取得实质进展或执结的平均天数。",
        "Moved cases: mean days from assignment to substantive progress or conclusion.",
    ),
    "ce.compare.days_base": ("未交叉执行：立案起", "Not moved: from filing"),
    "ce.compare.days_base.help": (
        "同案由、同层级、同年份结案且未被交叉执行的案件从立案到结案的平均天数，按交叉执行案件的层级和年份构成加权。",
        "Cases of the same type, court level and year that closed without being moved: mean days from filing to closing, "
        "weighted to the moved cases' mix of levels and years.",
    ),
    "ce.compare.rate_pair": ("到位率：交叉执行", "Recovery rate, moved"),
    "ce.compare.rate_gap": ("{pts} 个百分点（未交叉 {base}）", "{pts} pts (not moved {base})"),
    "ce.compare.rate_pair.help": (
        "执行到位金额除以申请标的额：交叉执行案件计已取得进展或执结的，未交叉执行案件计已结案的（按标的额加权到同一构成）。",
        "Yuan recovered over yuan claimed: moved cases with progress or concluded, against closed cases not moved (weighted by claims to the same mix).",
    ),
    "ce.fig.compare.title": (
        "按案由：交叉执行案件与可比未交叉执行案件",
        "By case type: moved cases against comparable cases not moved",
    ),
    "ce.compare.days": ("平均天数", "Mean days to resolution"),
    "ce.compare.rate": ("执行到位率", "Recovery rate"),
    "ce.moved": ("交叉执行", "Moved"),
    "ce.moved.since_filing": ("交叉执行：立案起", "Moved: from filing"),
    "ce.moved.since_assigned": ("交叉执行：交办起", "Moved: from the move"),
    "ce.not_moved": ("可比未交叉执行（按层级、年份加权）", "Not moved, comparable (weighted by level and year)"),
    "ce.compare.unmatched": (
        "另有{n}件交叉执行案件在同案由、同层级、同年份中找不到未交叉执行的结案案件，未纳入比较。",
        "{n} moved cases have no closed, not-moved case of the same type, court level and year, and are left out of the comparison.",
    ),
    "ce.compare.limits": (
        "**比较的局限。** 可比案件是同案由、同一原执行法院层级、同一年份结案且未被交叉执行的案件，按交叉执行案件的层级和年份构成加权。"
        "但被交叉执行的案件本来就不一般：它们多是久执未结、受到干扰或财产难查的案件，因此用时更长、到位率不同，未必是改革造成的。"
        "交叉执行案件以“取得实质进展或执结”为办结，而可比案件以结案为准；可比案件只计已结案件，尚未结案的不计。"
        "这些差异说明的是两类案件的不同，不能证明交叉执行更快或更慢；要衡量改革的效果，需要比较同类难案在移送与不移送时的结果。",
        "**Limits of the comparison.** The comparable cases are cases of the same type, the same originating court level and the same year that closed "
        "without being moved, weighted to the moved cases' mix of levels and years. But moved cases are not ordinary: they are mostly long-stalled, "
        "interfered-with or hard-to-trace cases, so they take longer and recover differently whatever the reform does. A moved case counts as done at "
        "“substantive progress or concluded”, a comparable case at closing; and only closed comparable cases count, not those still pending. "
        "The gap describes two different kinds of case; it does not show that moving cases is faster or slower. Measuring the reform's effect would "
        "need like-for-like hard cases, moved and not moved.",
    ),
    # Indicators of this page (口径)
    "ind.ce_method.name": ("交叉执行方式", "Method of cross-enforcement"),
    "ind.ce_method.unit": ("件", "cases"),
    "ind.ce_method.def": (
        "指令（指定）执行、提级执行、协同执行、督促执行、集中执行；每件案件按交办时的方式计一次。",
        "Designated, elevated, collaborative, supervised or centralised; each case counts once, under the method it was assigned with.",
    ),
    "ind.ce_method.src": (
        "方式为公布的分类；各方式占比为估计值（指令45%、提级20%、协同15%、督促12%、集中8%）。",
        "The methods are the published ones; the split between them is estimated (designated 45%, elevated 20%, collaborative 15%, supervised 12%, centralised 8%).",
    ),
    "ind.ce_flow.name": ("案件去向", "Where moved cases go"),
    "ind.ce_flow.unit": ("件", "cases"),
    "ind.ce_flow.def": (
        "期内交办的交叉执行案件，按原执行法院与接收法院的层级、所在省份计。",
        "Cases moved in the period, by the level and province of the originating and the receiving court.",
    ),
    "ind.ce_flow.src": (
        "无公开数字；由交叉执行案件记录计算。",
        "No published figure; computed from the moved-case records.",
    ),
    "ind.ce_received.name": ("接收交叉执行案件", "Moved cases received"),
    "ind.ce_received.unit": ("件", "cases"),
    "ind.ce_received.def": (
        "期内交办给该法院执行的案件数；“取得实质进展或执结”计截至数据截止日的情况。",
        "Cases moved to the court in the period; “with substantive progress or concluded” counts those that got there by the data's as-of date.",
    ),
    "ind.ce_received.src": (
        "无公开数字；由交叉执行案件记录计算。",
        "No published figure; computed from the moved-case records.",
    ),
    "ind.ce_time_to_resolve.name": ("办理用时", "Time to resolution"),
    "ind.ce_time_to_resolve.unit": ("天 / 月", "days / months"),
    "ind.ce_time_to_resolve.def": (
        "交叉执行案件：从交办（或立案）到取得实质进展或执结的天数；未交叉执行案件：从立案到结案的天数。生存曲线按整月计，未办结的作删失处理。",
        "Moved cases: days from assignment (or filing) to substantive progress or conclusion. Cases not moved: days from filing to closing. "
        "Survival curves use whole months and censor cases still open.",
    ),
    "ind.ce_time_to_resolve.src": ("无公开数字；由案件记录计算。", "No published figure; computed from case records."),
    "ind.ce_creditors.name": ("申请执行人数", "Number of creditors"),
    "ind.ce_creditors.unit": ("人", "creditors"),
    "ind.ce_creditors.def": (
        "同一被执行人的执行案件中申请执行人的人数；5人及以上合并为一组。",
        "Creditors (applicants) in the enforcement case against the debtor; five or more are grouped together.",
    ),
    "ind.ce_creditors.src": (
        "无公开数字；由交叉执行案件记录计算。",
        "No published figure; computed from the moved-case records.",
    ),
    "ind.ce_recovery_rate.name": ("执行到位率", "Recovery rate"),
    "ind.ce_recovery_rate.unit": ("%", "%"),
    "ind.ce_recovery_rate.def": (
        "执行到位金额除以申请执行标的额：交叉执行案件计已取得实质进展或执结的案件，未交叉执行案件计已结案件。",
        "Yuan recovered divided by the amount claimed: for moved cases, those with substantive progress or concluded; for cases not moved, those closed.",
    ),
    "ind.ce_recovery_rate.src": (
        "无公开对应数字；全国执行到位率口径不同。",
        "No matching published figure; national recovery rates use other definitions.",
    ),
}
