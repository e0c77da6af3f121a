"""The national overview page."""

STRINGS = {
    "ov.title": ("全国法院执行概览", "National overview of court enforcement"),
    "ov.title.scoped": ("{scope}法院执行概览", "{scope}: overview of court enforcement"),
    "ov.intro": (
        "拒不执行判决裁定、失信被执行人名单、交叉执行与执行案件的关键指标。卡片为截至所选时段末的近12个月数值及同比变化。",
        "Key figures on refusal to comply, the dishonest list, cross-enforcement and the enforcement caseload. "
        "Cards show the 12 months to the end of the selected period and the change on the year before.",
    ),
    "ov.kpi.window": ("近12个月：{start} 至 {end}", "12 months: {start} to {end}"),
    "ov.kpi.window_short": (
        "所选时段：{start} 至 {end}（不足12个月）",
        "The selected period: {start} to {end} (less than 12 months)",
    ),
    "ov.kpi.quarter": (
        "{quarter} 新增，与上年同季比较",
        "{quarter} new entries, against the same quarter a year before",
    ),
    "ov.kpi.stock_at": ("{month} 末在册", "On the list at the end of {month}"),
    "ov.kpi.no_prior": ("所选时段不足以计算同比", "The period is too short for a year-on-year change"),
    "ov.kpi.nc_transferred": ("移送拒执案件", "Transferred to police"),
    "ov.kpi.nc_held_liable": ("追究刑事责任", "Held criminally liable"),
    "ov.kpi.dl_on_list": ("失信名单在册", "On the dishonest list"),
    "ov.kpi.dl_new": ("新增失信 {quarter}", "New listings {quarter}"),
    "ov.kpi.ce_assigned": ("交叉执行案件", "Cross-enforced cases"),
    "ov.kpi.ce_recovered": ("交叉执行到位", "Recovered, moved cases"),
    "ov.kpi.cases_closed": ("执结案件", "Cases concluded"),
    "ov.kpi.cases_recovered": ("执行到位金额", "Amount recovered"),
    "ov.headlines": ("数据要点", "What the data say"),
    "ov.head.first_fall": (
        "{year}年：失信名单在册人数{years}年来首次下降（{pct}）",
        "{year}: the number on the dishonest list fell for the first time in {years} years ({pct})",
    ),
    "ov.head.fell_again": ("，{year}年再降（{pct}）。", "; it fell again in {year} ({pct})."),
    "ov.head.removals_exceed": (
        "截至{quarter}，失信名单删除数已连续{n}个季度超过新增数。",
        "Removals from the list have exceeded new entries for {n} quarters in a row to {quarter}.",
    ),
    "ov.head.liable_up": (
        "{year}年追究刑事责任{n}人，比上年增加{pct}。",
        "{year}: {n} persons held criminally liable, {pct} on the year before.",
    ),
    "ov.head.liable_down": (
        "{year}年追究刑事责任{n}人，比上年减少{pct}。",
        "{year}: {n} persons held criminally liable, {pct} on the year before.",
    ),
    "ov.head.none": ("当前筛选条件下没有可报告的要点。", "No headline stands out for the current filters."),
    "ov.fig.nc.title": ("拒执犯罪移送与追责", "Refusal crimes: transfers and convictions"),
    "ov.fig.nc.sub": (
        "移送公安案件（件）与追究刑事责任人数（人），按年",
        "Transferred to the police (cases), held criminally liable (persons)",
    ),
    "ov.fig.nc.unit": ("件 / 人", "cases / persons"),
    "ov.fig.dl.title": ("失信名单进出与在册", "Dishonest list: in, out and on it"),
    "ov.fig.dl.sub": ("新增、删除与年末在册（人次），按年", "New entries, removals and year-end stock (person-times)"),
    "ov.article.heading": ("报道中的十年：2015年4月至2025年3月", "The article's decade: April 2015 to March 2025"),
    "ov.article.intro": (
        "最高人民法院2025年4月7日发布会的数字与本看板数据在同一时间窗口内的对比。",
        "The figures of the SPC press conference of 7 April 2025 beside this data over the same window.",
    ),
    "ov.article.filtered": (
        "注意：当前省份或类型筛选已应用于“本数据”一列；公布数字为全国口径。",
        "Note: the current province or type filters apply to the “this data” column; the published figures are national.",
    ),
    "ov.article.apply": ("在图表中使用该时段", "Use this window on the charts"),
    "ov.article.measure": ("指标", "Measure"),
    "ov.article.window": ("时间窗口", "Window"),
    "ov.article.ours": ("本数据", "This data"),
    "ov.article.published": ("公布数字", "Published"),
    "ov.article.ce_note": (
        "交叉执行：官方口径为“取得实质进展或执结”约15万件、执行到位约1600亿元；《中国日报》英文报道写作“近30万件已解决”“1600亿元付款令”，与官方口径不同。",
        "Cross-enforcement: the official definition is about 150,000 cases “with substantive progress or concluded” "
        "and about 160 billion yuan recovered; China Daily's English wrote “nearly 300,000 cases resolved” and "
        "“160 billion yuan in payments ordered”, which is not the official definition.",
    ),
    "ov.published.nc_transferred": ("12.1万余件", "over 121,000"),
    "ov.published.nc_held_liable": ("3.7万余人", "over 37,000"),
    "ov.published.ce_assigned": ("约30万件", "about 300,000"),
    "ov.published.ce_resolved": ("约15万件", "about 150,000"),
    "ov.published.ce_recovered": ("约1600亿元", "about 160 billion yuan"),
}
