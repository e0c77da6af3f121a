"""The province page, court comparisons, case search and the small-number marks."""

STRINGS = {
    "small.legend": (
        "为保护个人信息，法院层面少于 {n} 的数字显示为“<{n}”，由其计算的比率同样隐藏；“×”为防止由省合计与其他法院相减推算出小数而一并隐藏的数字。",
        "To protect individuals, court-level counts below {n} show as “<{n}”, and so does any rate computed from them; “×” marks "
        "a figure hidden as well, so that a small one cannot be worked out by subtracting the other courts from the province total.",
    ),
    "small.hidden_courts": (
        "{n} 个法院的数字因数量过小而隐藏，未列入图中。",
        "{n} courts' figures are hidden as too small to show and are left out of the chart.",
    ),
    "nav.province": ("省份视图", "Province"),
    "pv.title": ("省份视图：与全国和兄弟省份比较", "A province against the country and its peers"),
    "pv.intro": (
        "为高级人民法院和辖区法院而设：本省各项指标与全国比较及在31个省份中的位次，本省各法院并列比较，并可与另外两个省份对照。",
        "For a high court and the courts of its province: each headline measure beside the national figure and its rank "
        "among the 31 provinces, the province's courts side by side, and up to two peer provinces.",
    ),
    "pv.pick": (
        "请选择一个省份（侧栏省份筛选或点击下方地图），可再选一至两个省份进行比较。",
        "Choose a province (the sidebar's province filter, or a click on the map below); add one or two more to compare.",
    ),
    "pv.too_many": (
        "最多比较三个省份，只显示前三个：{names}。",
        "At most three provinces are compared; showing the first three: {names}.",
    ),
    "pv.map.title": ("各省执行案件收案（每10万常住人口）", "Enforcement cases filed per 100,000 residents"),
    "pv.national": ("全国", "National"),
    "pv.window": (
        "卡片与法院表：{start} 至 {end}（与上年同期比较）；趋势：所选时段全部年份。",
        "Cards and the court table: {start} to {end} (against the same months a year earlier); trends: every year of the period.",
    ),
    "pv.card.caption": ("全国 {national} · 第 {rank}/{of} 位", "National {national} · rank {rank} of {of}"),
    "pv.card.caption_norank": ("全国 {national}", "National {national}"),
    "pv.card.caption_held": (
        "在数据所含的 {of} 个省份中居第 {rank} 位（数据不含全国）",
        "Rank {rank} of the {of} provinces in the data (the data do not hold the whole country)",
    ),
    "pv.card.caption_only": (
        "数据只含本省，无全国或他省可比",
        "The data hold this province only: no national or peer comparison",
    ),
    "pv.rank_note": (
        "位次按数值从高到低排列（第1位为最高），不代表优劣。",
        "Ranks run from the highest value (1) down and are not a verdict: a high refusal rate may mean more defiance or more enforcement.",
    ),
    "pv.section.trend": ("与全国的趋势比较", "The trend against the country"),
    "pv.measure": ("指标", "Measure"),
    "pv.courts.measure": ("法院比较指标", "Courts compared on"),
    "pv.fig.trend.title": ("{province}与全国：{measure}", "{province} and the country: {measure}"),
    "pv.fig.trend.title_alone": ("{province}：{measure}", "{province}: {measure}"),
    "pv.section.trend_alone": (
        "逐年趋势（数据不含全国，无全国比较）",
        "The trend by year (the data do not hold the country: no national comparison)",
    ),
    "pv.fig.peers.title": ("各省与全国：{measure}", "Provinces and the country: {measure}"),
    "pv.fig.peers.title_alone": ("各省：{measure}", "Provinces: {measure}"),
    "pv.fig.court.title": ("{court}与{province}：{measure}", "{court} against {province}: {measure}"),
    "pv.fig.courts.title": ("{province}各法院：{measure}（{period}）", "Courts of {province}: {measure}, {period}"),
    "pv.court.cases": ("查看{court}的案件（{period}立案）", "Open the cases of {court} filed {period}"),
    "pv.section.courts": ("{province}各法院 · {period}", "The courts of {province} · {period}"),
    "pv.courts.intro": (
        "点击表头排序；选中一行查看该法院的趋势。案件类型和被执行人类型筛选不适用于法院（法院汇总表不分这两类）。",
        "Click a heading to sort; select a row to see that court's trends. The case-type and debtor-type filters "
        "do not apply to courts (the court rollups have neither).",
    ),
    "pv.courts.outside": (
        "{province}各法院的数据不在您的角色可查看的范围内。省级汇总数据见上文。",
        "The courts of {province} are outside what your role may see; the province's own figures are above.",
    ),
    "pv.courts.none": ("该省在所选法院层级下没有法院。", "No court of this province at the chosen court levels."),
    "pv.courts.download": ("下载法院表（CSV）", "Download the court table (CSV)"),
    "pv.court.bad": (
        "链接中的 court={value} 不是{province}的法院，已忽略。",
        "court={value} in the link is not a court of {province} and was ignored.",
    ),
    "pv.section.court": ("{court}", "{court}"),
    "pv.court.table": ("{court}逐年指标", "{court} year by year"),
    "pv.court.hidden_column": (
        "该列在法院表中被隐藏，为防推算，逐年数字一并隐藏。",
        "Columns hidden in the court table are hidden here year by year too, so that they cannot be added up.",
    ),
    "pv.section.peers": ("省份比较", "Provinces compared"),
    "pv.peers.table": ("各省与全国（{start} 至 {end}）", "Provinces and the country ({start} to {end})"),
    "pv.unit.share": ("比率", "share"),
    "pv.unit.cases": ("每万件执行案件", "per 10,000 enforcement cases"),
    "pv.unit.residents": ("每10万常住人口", "per 100,000 residents"),
    "pv.col.measure": ("指标", "Measure"),
    "pv.col.rank": ("位次", "Rank"),
    "pv.col.change": ("较上年同期", "Change on a year earlier"),
    "col.court": ("法院", "Court"),
    "col.court_level": ("法院层级", "Court level"),
    "col.n_closed": ("执行结案（件）", "Cases concluded"),
    "col.n_voluntary": ("自动履行（件）", "Performed voluntarily"),
    "col.n_sent": ("交叉执行移出（件）", "Moved out (cross-enforcement)"),
    "col.clearance": ("结案率", "Clearance rate"),
    "col.recovery": ("执行到位率", "Recovery rate"),
    "col.voluntary": ("自动履行率", "Voluntary performance"),
    "col.incidents_per_10k": ("拒执处置（每万件）", "Refusal incidents per 10,000 cases"),
    "col.transferred_per_10k": ("移送公安（每万件）", "Transfers per 10,000 cases"),
    "col.listed_per_10k": ("失信纳入（每万件）", "Dishonest-list entries per 10,000 cases"),
    "col.sent_per_10k": ("交叉执行移出（每万件）", "Moved out per 10,000 cases"),
    "col.filed_per_100k": ("收案（每10万人）", "Cases filed per 100,000 residents"),
    "col.held_per_100k": ("追究刑事责任（每10万人）", "Held liable per 100,000 residents"),
    "col.year": ("年份", "Year"),
    "ind.pv_filed.name": ("执行案件收案", "Enforcement cases filed"),
    "ind.pv_filed.unit": ("件/10万人", "cases per 100,000 residents"),
    "ind.pv_filed.def": (
        "所选时段新收执行案件数 ÷ 常住人口（2023年末）× 100,000。",
        "Enforcement cases filed in the window ÷ year-end 2023 residents × 100,000.",
    ),
    "ind.pv_filed.src": (
        "本看板合成数据，按最高人民法院公布数字校准；各省、各法院数字无公开来源。",
        "The dashboard's synthetic data, calibrated to SPC figures; no published source gives province or court figures.",
    ),
    "ind.pv_clearance.name": ("结案率", "Clearance rate"),
    "ind.pv_clearance.unit": ("%", "%"),
    "ind.pv_clearance.def": (
        "所选时段执行结案数 ÷ 同期新收执行案件数；结案可能来自此前立案的案件，故可超过100%。",
        "Cases concluded in the window ÷ cases filed in it; concluded cases may have been filed earlier, so it can exceed 100%.",
    ),
    "ind.pv_clearance.src": (
        "本看板合成数据，按最高人民法院公布数字校准；各省、各法院数字无公开来源。",
        "The dashboard's synthetic data, calibrated to SPC figures; no published source gives province or court figures.",
    ),
    "ind.pv_recovery.name": ("执行到位率", "Recovery rate"),
    "ind.pv_recovery.unit": ("%", "%"),
    "ind.pv_recovery.def": (
        "所选时段结案案件的执行到位金额 ÷ 其申请执行标的额。",
        "Yuan recovered in cases concluded in the window ÷ the yuan claimed in them.",
    ),
    "ind.pv_recovery.src": (
        "本看板合成数据，按最高人民法院公布数字校准；各省、各法院数字无公开来源。",
        "The dashboard's synthetic data, calibrated to SPC figures; no published source gives province or court figures.",
    ),
    "ind.pv_voluntary.name": ("自动履行率", "Voluntary performance rate"),
    "ind.pv_voluntary.unit": ("%", "%"),
    "ind.pv_voluntary.def": (
        "所选时段结案案件中被执行人自动履行的比例。",
        "Share of the cases concluded in the window where the debtor performed voluntarily.",
    ),
    "ind.pv_voluntary.src": (
        "本看板合成数据，按最高人民法院公布数字校准；各省、各法院数字无公开来源。",
        "The dashboard's synthetic data, calibrated to SPC figures; no published source gives province or court figures.",
    ),
    "ind.pv_incidents.name": ("拒执处置", "Refusal incidents"),
    "ind.pv_incidents.unit": ("次/万件", "per 10,000 cases filed"),
    "ind.pv_incidents.def": (
        "法院对拒执行为采取措施的次数 ÷ 同期新收执行案件 × 10,000。",
        "Refusal incidents courts acted on ÷ enforcement cases filed in the window × 10,000.",
    ),
    "ind.pv_incidents.src": (
        "本看板合成数据，按最高人民法院公布数字校准；各省、各法院数字无公开来源。",
        "The dashboard's synthetic data, calibrated to SPC figures; no published source gives province or court figures.",
    ),
    "ind.pv_transferred.name": ("移送公安", "Transfers to the police"),
    "ind.pv_transferred.unit": ("件/万件", "per 10,000 cases filed"),
    "ind.pv_transferred.def": (
        "移送公安机关的拒执犯罪案件 ÷ 同期新收执行案件 × 10,000。",
        "Refusal cases transferred to the police ÷ enforcement cases filed in the window × 10,000.",
    ),
    "ind.pv_transferred.src": (
        "本看板合成数据，按最高人民法院公布数字校准；各省、各法院数字无公开来源。",
        "The dashboard's synthetic data, calibrated to SPC figures; no published source gives province or court figures.",
    ),
    "ind.pv_held.name": ("追究刑事责任", "Persons held liable"),
    "ind.pv_held.unit": ("人/10万人", "per 100,000 residents"),
    "ind.pv_held.def": (
        "因拒执被追究刑事责任人数 ÷ 常住人口 × 100,000。",
        "Persons held criminally liable for refusal ÷ residents × 100,000.",
    ),
    "ind.pv_held.src": (
        "本看板合成数据，按最高人民法院公布数字校准；各省、各法院数字无公开来源。",
        "The dashboard's synthetic data, calibrated to SPC figures; no published source gives province or court figures.",
    ),
    "ind.pv_listed.name": ("纳入失信名单", "Dishonest-list entries"),
    "ind.pv_listed.unit": ("人次/万件", "per 10,000 cases filed"),
    "ind.pv_listed.def": (
        "新纳入失信被执行人名单人次 ÷ 同期新收执行案件 × 10,000。",
        "New dishonest-list entries (person-times) ÷ enforcement cases filed in the window × 10,000.",
    ),
    "ind.pv_listed.src": (
        "本看板合成数据，按最高人民法院公布数字校准；各省、各法院数字无公开来源。",
        "The dashboard's synthetic data, calibrated to SPC figures; no published source gives province or court figures.",
    ),
    "ind.pv_sent.name": ("交叉执行移出", "Cases moved out (cross-enforcement)"),
    "ind.pv_sent.unit": ("件/万件", "per 10,000 cases filed"),
    "ind.pv_sent.def": (
        "交叉执行改革中移交其他法院执行的案件 ÷ 同期新收执行案件 × 10,000（自2023年10月）。",
        "Cases moved to another court under the cross-enforcement reform ÷ enforcement cases filed in the window × 10,000 (from October 2023).",
    ),
    "ind.pv_sent.src": (
        "本看板合成数据，按最高人民法院公布数字校准；各省、各法院数字无公开来源。",
        "The dashboard's synthetic data, calibrated to SPC figures; no published source gives province or court figures.",
    ),
}
