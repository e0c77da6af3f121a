"""Strings of the dishonest-list page and the definitions (口径) of its own indicators."""

STRINGS = {
    "dl.title": ("失信被执行人名单", "The dishonest judgment debtors list"),
    "dl.intro": (
        "失信被执行人名单（2013年10月上线）的在册数、新增与屏蔽（删除）、在册时长及各省情况。计数单位为人次：同一人因多案被纳入计为多人次。",
        "The dishonest judgment debtors list (online since October 2013): the number on it, new entries and removals, "
        "how long debtors stay listed, and the provinces. Counts are person-times: a person listed in several cases counts once per listing.",
    ),
    "dl.tab.stock": ("在册人数", "On the list"),
    "dl.tab.quarters": ("按季度", "By quarter"),
    "dl.tab.durations": ("在册时长", "Time on the list"),
    "dl.tab.provinces": ("各省", "Provinces"),
    "dl.sec.stock": ("在册人数与增减", "The number on the list, new entries and removals"),
    "dl.grain": ("时间粒度", "Grain"),
    "dl.net": ("净增减", "Net change"),
    "dl.partial": (
        "标 * 的期间被筛选的起止月份截断，只含部分月份；其在册数为筛选截止日的数字。",
        "Periods marked * are cut by the filter's first or last month and hold only part of their months; their stock is the one at the filter's end.",
    ),
    "dl.fig.stock.title": ("失信名单在册人数（期末）", "On the dishonest list at the end of each period"),
    "dl.fig.stock.first_fall": (
        "{year}年末：连续{years}年上升后首次下降（{pct}）",
        "End {year}: first fall after {years} years of rises ({pct})",
    ),
    "dl.fig.stock.first_fall_one": (
        "{year}年末：上年上升后下降（{pct}）",
        "End {year}: fell after a year of rise ({pct})",
    ),
    "dl.fig.stock.fell": ("{year}年末：下降（{pct}）", "End {year}: fell ({pct})"),
    "dl.fig.stock.fell_again": ("{year}年末：再次下降（{pct}）", "End {year}: fell again ({pct})"),
    "dl.marker.policy": ("2024 失信/失能区分、分级惩戒", "2024: won't pay vs can't pay, graded"),
    "dl.policy.heading": ("**2024年政策调整**", "**The 2024 policy change**"),
    "dl.policy.note": (
        "自2024年起，法院区分“失信”（有能力履行而拒不履行）与“失能”（确无履行能力），对后者不作失信惩戒；"
        "对失信行为按轻微、一般、严重分级惩戒，并在纳入名单前给予宽限期。图中虚线标出这一变化：此后新增纳入的减少，"
        "可能部分源于纳入标准收紧，而不只是失信行为减少。2024年前的条目没有严重程度分级。",
        "From 2024 courts separate debtors who won't pay (失信) from those who can't (失能), and do not punish the latter as dishonest; "
        "dishonesty is graded as minor, general or serious, with a grace period before listing. The dotted line marks the change: "
        "fewer new entries since then may partly reflect the narrower rule, not only less dishonesty. Entries before 2024 carry no severity.",
    ),
    "dl.fig.flows.title": ("新增纳入、屏蔽（删除）与净增减", "New entries, removals and the net change"),
    "dl.sec.quarters": ("按季度：新增同比与屏蔽原因", "By quarter: new entries year on year, and removals by reason"),
    "dl.fig.yoy.title": (
        "新增纳入失信名单同比变化（按季度）",
        "New entries on the list, change on the same quarter a year earlier",
    ),
    "dl.yoy": ("同比", "Year on year"),
    "dl.fig.removals.title": (
        "按原因分的屏蔽（删除）与新增纳入（按季度）",
        "Removals by reason against new entries, by quarter",
    ),
    "dl.exceed.legend": ("删除数超过新增数的季度", "Quarters when removals exceeded new entries"),
    "dl.exceed.summary": (
        "所示{total}个完整季度中，有{quarters}个季度删除数超过新增数（阴影）；最近一段为{first}至{last}，连续{n}个季度。",
        "In {quarters} of the {total} complete quarters shown, removals exceeded new entries (shaded); the latest run is {first} to {last}, {n} quarters in a row.",
    ),
    "dl.exceed.none": (
        "所示季度中没有删除数超过新增数的季度。",
        "In no quarter shown did removals exceed new entries.",
    ),
    "dl.fig.severity.title": ("按失信程度分的新增纳入（2024年起分级）", "New entries by severity (graded from 2024)"),
    "dl.sec.durations": ("在册时长", "How long debtors stay on the list"),
    "dl.durations.cohort": (
        "对象：{first}–{last}年纳入名单的条目，观察至数据截止日。仍在册的条目在截止日“删失”：生存曲线（Kaplan–Meier）计入它们已在册的时间，"
        "而不把它们当作已删除，也不丢弃。时长按整月计。",
        "Entries listed in {first}–{last}, followed to the data's as-of date. Entries still listed are censored at that date: the survival "
        "curve (Kaplan–Meier) counts the time they have been listed so far without treating them as removed or dropping them. Durations are in whole months.",
    ),
    "dl.table.group": ("分组", "Group"),
    "dl.table.all": ("全部", "All"),
    "dl.table.entries": ("纳入条目", "Entries"),
    "dl.table.still_listed": ("截止日仍在册", "Still listed at the as-of date"),
    "dl.table.median": ("在册时长中位数", "Median time on the list"),
    "dl.median.months": ("{months}个月", "{months} months"),
    "dl.median.one_month": ("1个月", "1 month"),
    "dl.median.short": ("中位数{months}个月", "median {months} months"),
    "dl.median.not_reached": ("未达到（过半仍在册）", "not reached (over half still listed)"),
    "dl.median.note": (
        "中位数取自生存曲线：半数条目被删除所需的整月数。两年后时长按季度、五年后按年归组，中位数取所在组的上限。严重程度自2024年起分级，观察期较短。",
        "Medians are read from the survival curve: the whole months by which half the entries had been removed. After two years durations are grouped "
        "by quarter and after five by year; a median there is the upper end of its group. Severity is graded from 2024, so its follow-up is short.",
    ),
    "dl.fig.km_debtor.title": ("仍在册比例：按被执行人类型", "Still on the list, by debtor type"),
    "dl.fig.km_severity.title": ("仍在册比例：按失信程度（2024年起）", "Still on the list, by severity (from 2024)"),
    "dl.fig.distribution.title": (
        "占纳入条目的比例：已删除条目的在册时长，及仍在册",
        "Share of entries: time on the list of those removed, and those still listed",
    ),
    "dl.axis.months_listed": ("纳入后月数（Kaplan–Meier估计）", "Months since listing (Kaplan–Meier estimate)"),
    "dl.unit.months": ("个月", "months"),
    "dl.unit.share_listed": ("仍在册比例", "share still listed"),
    "dl.unit.share_on_list": ("占在册人次比例", "share of those on the list"),
    "dl.unit.per_100k": ("人次/10万常住人口", "per 100,000 residents"),
    "dl.class.still_listed": ("仍在册", "Still listed"),
    "dl.class.months": ("{lo}–{hi}个月", "{lo}–{hi} months"),
    "dl.class.years": ("{lo}–{hi}年", "{lo}–{hi} years"),
    "dl.class.over": ("{years}年以上", "Over {years} years"),
    "dl.sec.provinces": ("各省：{date}在册情况", "Provinces: on the list at {date}"),
    "dl.fig.map.title": (
        "每10万常住人口失信名单在册人次（{date}）",
        "On the dishonest list per 100,000 residents ({date})",
    ),
    "dl.fig.ranking.title": (
        "各省每10万常住人口在册人次排名",
        "Provinces ranked by those on the list per 100,000 residents",
    ),
    "dl.fig.mix.title": (
        "各省在册人次中自然人与企业的比例",
        "Individuals against companies among those on the list, by province",
    ),
    "dl.provinces.note": (
        "按作出纳入决定的法院所在省份计；常住人口为2023年末数。企业和其他组织也计入每10万人口的在册数，以便各省可比。",
        "Counted in the province of the court that listed the debtor; residents are the year-end 2023 population. Companies and other "
        "organisations count in the per-100,000 figure too, so that provinces compare on one base.",
    ),
    # Indicators of this page (口径)
    "ind.dl_net.name": ("净增减", "Net change of the list"),
    "ind.dl_net.unit": ("人次", "person-times"),
    "ind.dl_net.def": (
        "期内新增纳入减去屏蔽（删除）的人次；为负即在册数下降。",
        "New entries minus removals in the period; negative when the number on the list fell.",
    ),
    "ind.dl_net.src": ("由新增与删除数计算。", "Computed from new entries and removals."),
    "ind.dl_new_yoy.name": ("新增纳入同比", "New entries, year on year"),
    "ind.dl_new_yoy.unit": ("%", "%"),
    "ind.dl_new_yoy.def": (
        "某季度新增纳入人次与上年同季度相比的变化；只比较完整季度。",
        "New entries in a quarter against the same quarter a year earlier; complete quarters only.",
    ),
    "ind.dl_new_yoy.src": (
        "最高人民法院：2025年一季度新增39.42万人次，同比下降9%。",
        "SPC: 394,200 new entries in Q1 2025, 9% fewer than a year earlier.",
    ),
    "ind.dl_severity.name": ("失信程度", "Severity of dishonesty"),
    "ind.dl_severity.unit": ("人次", "person-times"),
    "ind.dl_severity.def": (
        "自2024年起，纳入失信名单时按情节分为轻微、一般、严重，并适用宽限期；此前的条目未分级。",
        "From 2024 a listing is graded minor, general or serious, with a grace period before listing; earlier entries are ungraded.",
    ),
    "ind.dl_severity.src": (
        "最高人民法院关于失信与失能区分、分级惩戒的规定（2024）。",
        "SPC rules separating won't pay from can't pay and grading dishonesty (2024).",
    ),
    "ind.dl_time_on_list.name": ("在册时长", "Time on the list"),
    "ind.dl_time_on_list.unit": ("月", "months"),
    "ind.dl_time_on_list.def": (
        "从纳入到屏蔽（删除）的整月数；仍在册的条目计至数据截止日并作删失处理（Kaplan–Meier估计）。",
        "Whole months from listing to removal; entries still listed count up to the data's as-of date and are censored (Kaplan–Meier estimate).",
    ),
    "ind.dl_time_on_list.src": (
        "由名单条目的纳入与删除日期计算；无公开数字可对照。",
        "Computed from listing and removal dates; no published figure to compare.",
    ),
    "ind.dl_per_100k.name": ("每10万人口在册人次", "On the list per 100,000 residents"),
    "ind.dl_per_100k.unit": ("人次/10万人", "person-times per 100,000 residents"),
    "ind.dl_per_100k.def": (
        "期末在册人次除以该省2023年末常住人口（以10万人计）；按作出纳入决定的法院所在省份计。",
        "Entries on the list at the period end divided by the province's year-end 2023 residents (in 100,000s), by the province of the listing court.",
    ),
    "ind.dl_per_100k.src": (
        "常住人口：各省统计公报（2023）；在册数为估计值。",
        "Residents: provincial statistical communiqués (2023); stocks are estimates.",
    ),
}
