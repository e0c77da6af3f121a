"""The campaigns page: the timeline, the comparison of a campaign's province with the rest, and the effect estimate."""

STRINGS = {
    "cp.title": ("专项行动及其效果", "Campaigns against refusal to comply and their effects"),
    "cp.intro": (
        "全国和各省打击拒执、执行攻坚专项行动一览；选择一项省级行动，比较该省与同期没有专项行动的省份在行动前、中、后的变化，"
        "并以双重差分估计效果及95%区间。",
        "Every national and provincial campaign against refusal or for enforcement. Pick a provincial one to compare its "
        "province with provinces that had no campaign at the time, before, during and after, with a "
        "difference-in-differences estimate and its 95% interval.",
    ),
    "cp.none": ("数据中没有专项行动。", "The data hold no campaigns."),
    "cp.section.timeline": ("全部专项行动", "All campaigns"),
    "cp.section.effect": ("一项行动的效果", "One campaign's effect"),
    "cp.filter.scope": ("范围", "Scope"),
    "cp.filter.focus": ("重点", "Focus"),
    "cp.scope.all": ("全部", "All"),
    "cp.scope.national": ("全国", "National"),
    "cp.scope.provincial": ("省级", "Provincial"),
    "cp.fig.timeline.title": ("专项行动时间线（按重点着色）", "Campaigns over time, coloured by focus"),
    "cp.timeline.note": (
        "显示 {n} / {total} 项：与所选时段重叠、符合范围与重点筛选；选择省份时只显示全国行动和这些省份的行动。数据表含行动期间记录的拒执事件。",
        "Showing {n} of {total}: those overlapping the selected period and matching scope and focus; with provinces "
        "selected, only national campaigns and theirs. The data table includes the incidents recorded under each campaign.",
    ),
    "cp.url.dropped": (
        "链接中的专项行动“{id}”不存在，已忽略。",
        "The campaign “{id}” in the link does not exist and was ignored.",
    ),
    "cp.button": ("{province} {year}", "{province} {year}"),
    "cp.choose": ("选择专项行动", "Choose a campaign"),
    "cp.chosen": (
        "**{name}** · {province} · {start} 至 {end} · 重点：{focus}",
        "**{name}** · {province} · {start} to {end} · focus: {focus}",
    ),
    "cp.national_no_comparison": (
        "全国性行动覆盖所有省份，没有未开展行动的省份可作对照，因此不作效果估计；全国趋势见“拒执趋势”页（行动时段已以阴影标出）。",
        "A national campaign covers every province, so there is no province without it to compare with and no effect "
        "is estimated; see the national trend on the refusal page, where its window is shaded.",
    ),
    "cp.per": ("比率", "Rate"),
    "cp.per.cases": ("每万件执行案件", "per 10,000 enforcement cases"),
    "cp.per.residents": ("每十万常住人口", "per 100,000 residents"),
    "cp.span": ("行动前后各取", "Months before and after"),
    "cp.span.months": ("{n}个月", "{n} months"),
    "cp.unit.cases": ("每月每万件执行案件", "a month per 10,000 enforcement cases"),
    "cp.unit.residents": ("每月每十万常住人口", "a month per 100,000 residents"),
    "cp.estimating": ("正在估计（含安慰剂检验）…", "Estimating (with placebo runs)…"),
    "cp.no_controls": (
        "该时段内所有其他省份都有自己的专项行动，没有可对照的省份。",
        "Every other province had a campaign of its own in this window: there is no province to compare with.",
    ),
    "cp.design": (
        "比较时段 {first} 至 {last}（数据截至的最后完整月份为止）。对照组：该时段内没有省级专项行动的 {n} 个省份（{controls}）。"
        "全国性行动同时影响所有省份，由月份固定效应吸收。",
        "Comparison window {first} to {last} (cut at the last complete month of data). Comparison group: the {n} provinces "
        "with no provincial campaign in that window ({controls}). National campaigns touch every province alike and are "
        "absorbed by the month effects.",
    ),
    "cp.overlap": (
        "同一省份在比较时段内还有另一项行动：{name}（{start} 至 {end}），其影响会混入行动前、中、后的比较。",
        "The same province ran another campaign within the comparison window: {name} ({start} to {end}); its effect "
        "mixes into the before, during and after comparison.",
    ),
    "cp.province_filter_note": (
        "侧栏的省份筛选不影响此处：行动省份由行动决定，对照省份由上述规则决定；法院层级、案件类型和被执行人类型筛选照常适用。",
        "The sidebar's province filter does not apply here: the campaign decides the province and the rule above the "
        "comparison group; the court level, case type and debtor type filters do apply.",
    ),
    "cp.metric.n_transferred.during": (
        "行动期间：移送公安的变化",
        "During the campaign: change in transfers to the police",
    ),
    "cp.metric.n_incidents.after": (
        "行动之后：新发拒执事件的变化",
        "After the campaign: change in new refusal incidents",
    ),
    "cp.interval": ("95%区间 [{low}, {high}]", "95% interval [{low}, {high}]"),
    "cp.too_short": ("{phase}月份不足，无法估计。", "Too few months {phase} to estimate."),
    "cp.more": ("多", "more"),
    "cp.fewer": ("少", "fewer"),
    "cp.sentence.relative": ("，相当于行动前水平的{pct}", ", {pct} of its level before the campaign"),
    "cp.sentence.n_transferred.during": (
        "行动期间，{province}{unit}移送公安的案件比对照省份的同期变化所预示的{direction} {value} 件{relative}（95%区间 {low} 至 {high}）。",
        "During the campaign, {province} transferred {value} {direction} cases to the police {unit} than the comparison "
        "provinces' change would predict{relative} (95% interval {low} to {high}).",
    ),
    "cp.sentence.n_transferred.after": (
        "行动结束后，{province}{unit}移送公安的案件比对照省份所预示的{direction} {value} 件{relative}（95%区间 {low} 至 {high}）。",
        "After the campaign, {province} transferred {value} {direction} cases to the police {unit} than the comparison "
        "provinces would predict{relative} (95% interval {low} to {high}).",
    ),
    "cp.sentence.n_incidents.during": (
        "行动期间，{province}{unit}的拒执事件比对照省份所预示的{direction} {value} 次{relative}（95%区间 {low} 至 {high}）。",
        "During the campaign, {province} recorded {value} {direction} refusal incidents {unit} than the comparison "
        "provinces would predict{relative} (95% interval {low} to {high}).",
    ),
    "cp.sentence.n_incidents.after": (
        "行动结束后，{province}{unit}新发拒执事件比对照省份的同期变化所预示的{direction} {value} 次{relative}（95%区间 {low} 至 {high}）。",
        "After the campaign, {province} recorded {value} {direction} new refusal incidents {unit} than the comparison "
        "provinces' change would predict{relative} (95% interval {low} to {high}).",
    ),
    "cp.sentence.excludes": (
        "区间不含零：这一差异难以用偶然波动解释。",
        "The interval excludes zero: chance variation alone is an unlikely explanation.",
    ),
    "cp.sentence.includes": (
        "区间包含零：数据无法把这一差异与偶然波动区分开。",
        "The interval includes zero: the data cannot tell this difference from chance.",
    ),
    "cp.caveat": (
        "这一估计不能证明专项行动“有效遏制”了拒执。行动并非随机分配：省份可能正因拒执上升（或将要下降）才发起行动；"
        "同期的其他政策（如2024年12月施行的司法解释）、统计口径或录入方式的变化也会改变数字；估计还假定若无行动，该省会与对照省份平行变化"
        "——请查看图中行动前的走势是否平行。",
        "This estimate does not prove that the campaign “effectively curbed” defiance. Campaigns were not assigned at "
        "random: a province may have launched one because refusals were rising (or about to fall); other policies at the "
        "same time (such as the judicial interpretation of December 2024) and changes in what is recorded and how can move "
        "the numbers; and the estimate assumes the province would otherwise have moved in parallel with the comparison "
        "provinces — check in the charts whether they did before the campaign.",
    ),
    "cp.comparison": ("对照省份平均", "Comparison provinces (mean)"),
    "cp.outcome.n_transferred": ("移送公安", "Transfers to the police"),
    "cp.outcome.n_incidents": ("拒执事件", "Refusal incidents"),
    "cp.phase.before": ("行动前", "before"),
    "cp.phase.during": ("行动期间", "during"),
    "cp.phase.after": ("行动后", "after"),
    "cp.fig.before_after.title": ("{measure}：{province}与对照省份", "{measure}: {province} against the comparison"),
    "cp.fig.before_after.subtitle": ("月度比率，{unit}；阴影为行动期间", "Monthly rate, {unit}; the campaign shaded"),
    "cp.fig.effects.title": ("双重差分估计及95%区间", "Difference-in-differences estimates with 95% intervals"),
    "cp.phases.heading": ("行动前、中、后的月均比率", "Mean monthly rate before, during and after"),
    "cp.phases.unit": ("单位：{unit}。", "Unit: {unit}."),
    "cp.col.outcome": ("指标", "Measure"),
    "cp.col.phase": ("阶段", "Phase"),
    "cp.col.months": ("月数", "Months"),
    "cp.method.heading": ("方法与稳健性", "Method and robustness"),
    "cp.method.body": (
        "**估计量**：双重差分。对每个月计算行动省份比率与对照省份平均比率之差，估计值 = 行动期间（或之后）该差值的均值减去行动前的均值；"
        "在平衡面板上与含省份和月份固定效应的OLS系数相同（statsmodels）。\n\n"
        "**区间**：只有一个省份接受“处理”时，按省份聚类的标准误严重偏窄（模拟中95%区间只覆盖真值约三分之一）。因此依次把每个对照省份当作"
        "“假装开展了行动”的省份重做估计（安慰剂），用这些安慰剂的t统计量（各自除以本省的标准误，以适应各省波动大小不同）的分布校准区间"
        "（Conley–Taber、Ferman–Pinto思路）；月份之间的自相关由安慰剂分布本身反映。需至少19个对照省份；不足时改用Newey–West t区间，并在下方提示。\n\n"
        "**安慰剂p值**：安慰剂中|t|不小于实际|t|的比例（含实际值本身）。",
        "**Estimator**: difference-in-differences. Each month, take the gap between the campaign province's rate and the "
        "mean rate of the comparison provinces; the estimate is the mean gap during (or after) the campaign minus the mean "
        "gap before it. On a balanced panel this equals the OLS coefficient with province and month fixed effects (statsmodels).\n\n"
        "**Interval**: with a single treated province, standard errors clustered by province are far too narrow (in "
        "simulations their 95% interval covers the truth about a third of the time). Instead each comparison province in "
        "turn is treated as if it had had the campaign (a placebo), and the spread of those placebo t-statistics (each "
        "divided by its own province's standard error, since some provinces' rates are noisier) calibrates the interval, "
        "after Conley–Taber and Ferman–Pinto; the placebos also carry the months' correlation with one another. This needs "
        "at least 19 comparison provinces; with fewer, the Newey–West t-interval is used and flagged below.\n\n"
        "**Placebo p-value**: the share of placebos whose |t| is at least the real one's (counting the real one).",
    ),
    "cp.method.few_controls": (
        "对照省份只有 {n} 个，不足以用安慰剂校准95%区间；以下区间为Newey–West近似，可能偏窄。",
        "Only {n} comparison provinces: too few to calibrate a 95% interval on placebos; the intervals below are "
        "Newey–West approximations and may be too narrow.",
    ),
    "cp.method.row": (
        "- {outcome} · {phase}：估计 {estimate}，95%区间 [{low}, {high}]；安慰剂p值 {p}（{n} 个安慰剂）；省份聚类区间（仅供对照）{cluster}",
        "- {outcome} · {phase}: estimate {estimate}, 95% interval [{low}, {high}]; placebo p-value {p} ({n} placebos); "
        "province-clustered interval (for comparison only) {cluster}",
    ),
    # Indicators (口径)
    "ind.cp_campaign.name": ("专项行动", "Campaign"),
    "ind.cp_campaign.unit": ("起止日期", "start and end dates"),
    "ind.cp_campaign.def": (
        "全国或省级法院部署的打击拒执、执行攻坚等专项行动，按公开报道的起止时间。部分省级行动无公开名称，以通用名称标注。",
        "National or provincial campaigns against refusal or for enforcement, with their dates as reported. Provincial "
        "campaigns without a public name carry a generic label.",
    ),
    "ind.cp_campaign.src": (
        "最高人民法院新闻发布会（2025-04-07）：黑龙江、江苏、云南2024年开展专项行动；陕西、江苏、浙江、黑龙江的行动见各省法院发布。",
        "SPC press conference, 2025-04-07 (Heilongjiang, Jiangsu and Yunnan in 2024); provincial courts' releases for "
        "Shaanxi, Jiangsu, Zhejiang and Heilongjiang.",
    ),
    "ind.cp_tagged.name": ("行动中记录的拒执事件", "Incidents recorded under a campaign"),
    "ind.cp_tagged.unit": ("次", "incidents"),
    "ind.cp_tagged.def": (
        "数据中标注为在该专项行动中处置的拒执事件、移送数和追究刑责人数。",
        "Refusal incidents the data tag as handled under the campaign, with their transfers and persons held liable.",
    ),
    "ind.cp_tagged.src": (
        "本看板按公开数字校准的合成数据。",
        "The dashboard's synthetic data, calibrated to the published figures.",
    ),
    "ind.cp_rate_transferred.name": ("每月移送公安比率", "Monthly rate of transfers to the police"),
    "ind.cp_rate_transferred.unit": (
        "件/万件执行案件或件/十万人",
        "cases per 10,000 enforcement cases, or per 100,000 residents",
    ),
    "ind.cp_rate_transferred.def": (
        "某省某月移送公安的拒执案件数 ÷ 该省当月新收执行案件数 × 10,000；或 ÷ 该省2023年末常住人口 × 100,000。当月无新收案件时不计比率。",
        "A province's transfers to the police in a month ÷ its enforcement cases filed that month × 10,000, or ÷ its "
        "resident population at the end of 2023 × 100,000. A month with no case filed has no rate.",
    ),
    "ind.cp_rate_transferred.src": (
        "本看板按公开数字校准的合成数据。",
        "The dashboard's synthetic data, calibrated to the published figures.",
    ),
    "ind.cp_rate_incidents.name": ("每月拒执事件比率", "Monthly rate of refusal incidents"),
    "ind.cp_rate_incidents.unit": (
        "次/万件执行案件或次/十万人",
        "incidents per 10,000 enforcement cases, or per 100,000 residents",
    ),
    "ind.cp_rate_incidents.def": (
        "某省某月法院处置的拒执事件数 ÷ 该省当月新收执行案件数 × 10,000；或 ÷ 常住人口 × 100,000。",
        "A province's refusal incidents acted on in a month ÷ its enforcement cases filed that month × 10,000, or ÷ its "
        "residents × 100,000.",
    ),
    "ind.cp_rate_incidents.src": (
        "本看板按公开数字校准的合成数据。",
        "The dashboard's synthetic data, calibrated to the published figures.",
    ),
    "ind.cp_comparison.name": ("对照省份", "Comparison provinces"),
    "ind.cp_comparison.unit": ("同上", "as above"),
    "ind.cp_comparison.def": (
        "比较时段内（行动前至行动后）没有任何省级专项行动的省份，各月比率取简单平均（每省权重相同）。",
        "Provinces with no provincial campaign at any time in the comparison window (before to after); each month, the "
        "simple mean of their rates (each province weighs the same).",
    ),
    "ind.cp_comparison.src": (
        "本看板按公开数字校准的合成数据。",
        "The dashboard's synthetic data, calibrated to the published figures.",
    ),
    "ind.cp_did.name": ("双重差分效果估计", "Difference-in-differences effect"),
    "ind.cp_did.unit": ("与比率同单位", "the rate's unit"),
    "ind.cp_did.def": (
        "行动省份与对照省份月比率之差，在行动期间（或之后）的均值减去行动前的均值。正值表示该省比对照省份的同期变化多出的部分。"
        "95%区间由安慰剂t统计量校准（见“方法与稳健性”）。",
        "The gap between the campaign province's monthly rate and the comparison provinces' mean, averaged during (or "
        "after) the campaign, minus its average before. A positive value is how much more the province moved than the "
        "comparison provinces. The 95% interval is calibrated on placebo t-statistics (see “Method and robustness”).",
    ),
    "ind.cp_did.src": ("本看板计算（statsmodels）。", "Computed by the dashboard (statsmodels)."),
}
