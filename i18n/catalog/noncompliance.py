"""The refusal-to-comply page, its indicators (口径) and the legal milestones marked on its trends."""

_SYNTH_SRC = (
    "本看板按公开数字校准的合成数据；无对应公开序列。",
    "The dashboard's synthetic data, calibrated to the published figures; no public series exists for this measure.",
)

STRINGS = {
    "nc.title": ("拒不执行判决裁定：趋势与处置", "Refusal to comply with judgments: trends and measures"),
    "nc.intro": (
        "法院对拒不履行行为采取的措施、移送公安和追究刑事责任的趋势，附每万件执行案件的比率；标注法律节点与专项行动时段。"
        "全部图表随侧栏筛选变化。",
        "Refusal incidents courts acted on, transfers to the police and persons held criminally liable, with rates per "
        "10,000 enforcement cases; legal milestones and campaign windows are marked. Every chart follows the sidebar filters.",
    ),
    "nc.grain": ("时间粒度", "Time grain"),
    "nc.kpi.period": ("所选时段合计：{start} 至 {end}", "Totals for the selected period: {start} to {end}"),
    "nc.tab.trends": ("趋势与处置", "Trends and measures"),
    "nc.tab.serious": ("暴力与严重后果", "Violence"),
    "nc.tab.debtors": ("自然人与单位", "Debtors"),
    "nc.tab.provinces": ("各省与法院", "Provinces"),
    "nc.section.trends": ("趋势", "Trends"),
    "nc.section.conduct": ("被执行人做了什么，法院如何处置", "What debtors did and how courts escalated"),
    "nc.section.serious": ("暴力抗拒执行与严重后果", "Violent resistance and serious consequences"),
    "nc.section.debtors": ("自然人与单位", "Individuals and organisations"),
    "nc.section.provinces": ("各省比较", "Provinces compared"),
    "nc.serious.intro": (
        "最高人民法院特别点名暴力抗拒执行、围攻执行人员，以及致使当事人自伤、自杀或执行人员受伤的情形"
        "（法释〔2024〕13号将其列为“情节特别严重”），故单独列示。",
        "The SPC singled out violent resistance, besieging officers, and cases where a party self-harmed or died by "
        "suicide or officers were injured (Fa Shi [2024] No. 13 makes them “extremely serious”), so they are shown on their own.",
    ),
    "nc.milestones.heading": ("图中标注的法律节点与专项行动", "Milestones and campaign windows marked on the charts"),
    "nc.milestones.windows": (
        "阴影：全国专项行动时段（始终显示）；选择省份时，另以阴影标出该省的专项行动。未选省份（全国）时，各省专项行动以图底部的橙色细条表示，"
        "以免多个重叠阴影遮住全国趋势；详见“专项行动”页。",
        "Shaded: national campaign windows (always). With provinces selected, those provinces' campaigns are shaded too. "
        "With no province selected, provincial campaigns appear as a thin orange strip along the bottom of the chart, so that "
        "overlapping windows do not hide the national series; see the campaigns page for each one.",
    ),
    "nc.fig.trend.title": (
        "{measure}：数量与每万件执行案件比率（按{grain}）",
        "{measure}: count and rate per 10,000 enforcement cases, by {grain}",
    ),
    "nc.fig.conduct.title": (
        "拒执行为构成（按{grain}，占比）",
        "What debtors did: share of incidents by conduct, by {grain}",
    ),
    "nc.fig.ladder.title": (
        "处置阶梯：训诫→罚款→拘留→移送→追究刑责",
        "The ladder: warning → fine → detention → transfer → held liable",
    ),
    "nc.fig.ladder.complied": ("止于此级者{pct}履行", "{pct} of those ending here complied"),
    "nc.fig.ladder.subtitle": ("到达各级的事件数（占全部事件%）", "Incidents reaching each rung (% of all incidents)"),
    "nc.fig.ladder.hover": (
        "%{y}<br>到达：%{x:,}<br>止于此级：%{customdata[0]:,}，其中履行：%{customdata[1]:,}",
        "%{y}<br>reached: %{x:,}<br>ended here: %{customdata[0]:,}, of which complied: %{customdata[1]:,}",
    ),
    "nc.fig.timing.title": ("各级措施后多久履行", "How soon debtors complied after each measure"),
    "nc.fig.timing.mean": ("（平均{days}天）", " (mean {days} days)"),
    "nc.fig.resistance.title": (
        "暴力抗拒执行与围攻执行人员（按{grain}）",
        "Violent resistance and besieging officers, by {grain}",
    ),
    "nc.fig.serious.title": ("造成严重后果的拒执事件（按{grain}）", "Incidents with serious consequences, by {grain}"),
    "nc.fig.debtor.title": (
        "每万件执行案件的拒执事件：自然人与单位（按{grain}）",
        "Refusal incidents per 10,000 enforcement cases, by type of debtor and {grain}",
    ),
    "nc.fig.map.title": ("各省{measure}（{unit}）", "{measure} by province ({unit})"),
    "nc.fig.rank.title": ("各省排名：{measure}（{unit}）", "Provinces ranked: {measure} {unit}"),
    "nc.fig.courts.title": ("{province}各法院：{measure}", "Courts of {province}: {measure}"),
    "nc.fig.courts.top": ("（前{n}名）", " (highest {n})"),
    "nc.step.warning": ("训诫警告", "Warning"),
    "nc.step.fine": ("罚款", "Fine"),
    "nc.step.detention": ("司法拘留", "Detention"),
    "nc.step.criminal": ("移送公安/自诉", "Transferred / prosecuted"),
    "nc.step.convicted": ("追究刑事责任", "Held criminally liable"),
    "nc.bucket.d0_7": ("7天内", "≤ 7 days"),
    "nc.bucket.d8_30": ("8–30天", "8–30 days"),
    "nc.bucket.d31_90": ("31–90天", "31–90 days"),
    "nc.bucket.d91_180": ("91–180天", "91–180 days"),
    "nc.bucket.d181_plus": ("180天以上", "> 180 days"),
    "nc.bucket.not_complied": ("未履行", "Not complied"),
    "nc.unit.share": ("占比（%）", "share (%)"),
    "nc.unit.share_ended": (
        "以该级为最严厉措施的事件中的占比（%）",
        "Share of the incidents whose strongest measure it was (%)",
    ),
    "nc.provinces.intro": (
        "排名比较全部省份，不受侧栏省份筛选影响（已选省份以红色标出）；其他筛选条件照常适用。点击地图方块可按该省筛选。",
        "The ranking compares every province whatever the province filter (selected ones are in red); the other filters "
        "apply. Click a square on the map to filter to that province.",
    ),
    "nc.rank.measure": ("指标", "Measure"),
    "nc.rank.per": ("比率基数", "Rate per"),
    "nc.rank.per.cases": ("每万件执行案件", "10,000 enforcement cases"),
    "nc.rank.per.residents": ("每十万常住人口·年", "100,000 residents a year"),
    "nc.rank.unit.cases": ("每万件执行案件", "per 10,000 enforcement cases"),
    "nc.rank.unit.residents": ("每十万人·年", "per 100,000 residents a year"),
    "nc.courts.heading": ("{province}各法院排名", "Courts of {province} ranked"),
    "nc.courts.left_out": (
        "{n} 个法院所选时段立案少于 {min} 件，比率会因个别事件大幅波动，未列入排名。",
        "{n} courts with fewer than {min} cases filed in the period are left out: their rates would swing on a single incident.",
    ),
    "nc.courts.all_small": (
        "所有法院立案均少于 {n} 件，比率波动大，仅供参考。",
        "Every court filed fewer than {n} cases in the period; treat these rates with caution.",
    ),
    "nc.courts.per_cases_only": (
        "法院排名按每万件执行案件计算（法院没有常住人口口径）。",
        "Courts are ranked per 10,000 enforcement cases (a court has no resident population).",
    ),
    "nc.courts.case_type_note": (
        "法院排名的分母为该法院所有案件类型的立案数（按法院的汇总表不区分案件类型），分子只计所选案件类型的拒执事件。",
        "For courts the denominator counts cases of every type filed there (the per-court rollup has no case type), "
        "while the incidents count only the selected case types.",
    ),
    "nc.courts.pick_one": ("只选一个省份时显示该省各法院的排名。", "Select exactly one province to rank its courts."),
    # Legal milestones (calibration.md §1, all published)
    "ms.campaign_2014.short": ("全国集中打击拒执", "National crackdown"),
    "ms.campaign_2014.note": (
        "最高人民法院、最高人民检察院、公安部部署全国集中打击拒不执行判决裁定等犯罪专项行动（2014年11月至2015年3月）。",
        "SPC, SPP and MPS notice: national concentrated campaign against refusal crimes (Nov 2014 to Mar 2015).",
    ),
    "ms.fashi_2015.short": ("法释〔2015〕16号", "Fa Shi [2015] 16"),
    "ms.fashi_2015.note": (
        "最高人民法院拒执罪司法解释施行，申请执行人可以依法提起自诉。",
        "SPC judicial interpretation on refusal crimes takes effect; creditors may prosecute privately.",
    ),
    "ms.amendment_ix.short": ("刑法修正案（九）", "Amendment IX"),
    "ms.amendment_ix.note": (
        "刑法修正案（九）施行，拒执罪法定最高刑提高至七年有期徒刑。",
        "Criminal Law Amendment IX takes effect: the maximum sentence for refusal rises to 7 years.",
    ),
    "ms.basic_solve.short": ("基本解决执行难", "Solve enforcement difficulties"),
    "ms.basic_solve.note": (
        "最高人民法院提出“用两到三年时间基本解决执行难”，开展全国攻坚（2016年3月至2018年底）。",
        "SPC national drive to “basically solve enforcement difficulties in two to three years” (Mar 2016 to end 2018).",
    ),
    "ms.fashi_2024.short": ("法释〔2024〕13号", "Fa Shi [2024] 13"),
    "ms.fashi_2024.note": (
        "“两高”拒执罪司法解释施行：列明10种“情节严重”情形，暴力抗拒执行、致使申请执行人自杀自伤等属“情节特别严重”。",
        "SPC and SPP interpretation takes effect: 10 “serious” situations; violent resistance and causing a winning party's "
        "suicide or self-harm count as “extremely serious”.",
    ),
    "ms.joint_opinions_2025.short": ("三部门联合意见", "Joint opinions"),
    "ms.joint_opinions_2025.note": (
        "最高人民法院、最高人民检察院、公安部办理拒执案件的联合意见施行：公安机关应在7日内作出是否立案的决定。",
        "SPC, SPP and MPS joint opinions on refusal cases take effect: the police must decide within 7 days whether to open a case.",
    ),
    "ms.window.national": ("全国专项", "National campaign"),
    "ms.strip.legend": ("各省专项行动（底部细条）", "Provincial campaigns (bottom strip)"),
    # Indicators (口径)
    "ind.nc_rate_incidents.name": ("每万件执行案件拒执事件数", "Refusal incidents per 10,000 enforcement cases"),
    "ind.nc_rate_incidents.unit": ("次/万件", "incidents per 10,000 cases"),
    "ind.nc_rate_incidents.def": (
        "期内法院处置的拒执事件数 ÷ 同期新收执行案件数 × 10,000。分母为同一筛选条件（省份、法院层级、案件类型、被执行人类型）下同期立案的执行案件，"
        "事件按采取措施之日计，案件按立案日计，二者并非同一批案件。",
        "Refusal incidents acted on in the period ÷ enforcement cases filed in the same period × 10,000. The denominator is "
        "the enforcement cases filed under the same filters (province, court level, case type, debtor type); incidents count "
        "on the day the court acted and cases on the day filed, so they are not the same cases.",
    ),
    "ind.nc_rate_incidents.src": _SYNTH_SRC,
    "ind.nc_rate_transferred.name": ("每万件执行案件移送数", "Transfers per 10,000 enforcement cases"),
    "ind.nc_rate_transferred.unit": ("件/万件", "cases per 10,000 cases"),
    "ind.nc_rate_transferred.def": (
        "期内移送公安的拒执案件数 ÷ 同期新收执行案件数 × 10,000（分母口径同上）。",
        "Cases transferred to the police in the period ÷ enforcement cases filed in the same period × 10,000 (same denominator as above).",
    ),
    "ind.nc_rate_transferred.src": (
        "分子校准至最高人民法院公布的十年移送12.1万余件；分母校准至公布的执行收案数。",
        "Numerator calibrated to the SPC's 121,000 transfers over the decade; denominator to the published caseload.",
    ),
    "ind.nc_rate_held_liable.name": ("每万件执行案件追究刑责人数", "Persons held liable per 10,000 enforcement cases"),
    "ind.nc_rate_held_liable.unit": ("人/万件", "persons per 10,000 cases"),
    "ind.nc_rate_held_liable.def": (
        "期内被追究刑事责任的人数（计入其执行措施发生时间）÷ 同期新收执行案件数 × 10,000。",
        "Persons held criminally liable (dated by the enforcement action that led to it) ÷ enforcement cases filed in the "
        "same period × 10,000.",
    ),
    "ind.nc_rate_held_liable.src": (
        "分子校准至最高人民法院公布的十年追究刑责3.7万余人及2022、2023、2025年数字。",
        "Numerator calibrated to the SPC's 37,000 persons over the decade and the 2022, 2023 and 2025 figures.",
    ),
    "ind.nc_conduct_share.name": ("拒执行为构成", "Conduct mix"),
    "ind.nc_conduct_share.unit": ("%", "% of incidents"),
    "ind.nc_conduct_share.def": (
        "各类拒执行为（隐匿、转移财产，虚假报告财产，毁损证据，阻碍、暴力抗拒、围攻执行人员）占期内处置事件的比例；每个事件按其主要行为计一次。",
        "Each kind of conduct (concealing or transferring assets, false asset reports, destroying evidence, obstructing, "
        "violently resisting or besieging officers) as a share of the period's incidents; each incident counts once, by its main conduct.",
    ),
    "ind.nc_conduct_share.src": _SYNTH_SRC,
    "ind.nc_ladder.name": ("处置阶梯到达数", "Incidents reaching each rung"),
    "ind.nc_ladder.unit": ("次", "incidents"),
    "ind.nc_ladder.def": (
        "数据记录每个事件所采取的最严厉措施。到达某一级 = 最严厉措施为该级或更严厉。“移送/自诉”含移送公安和申请执行人自诉；"
        "“追究刑事责任”为其中至少一人被追究刑事责任的事件。假定措施逐级升级，实际可能越级。"
        "阶梯按事件计数，卡片计移送公安的事件数和被追究刑事责任的人数，故后两级与卡片不同（含自诉；一个事件可涉及多人）。",
        "The data record each incident's strongest measure. Reaching a rung = the strongest measure was that rung or a harsher "
        "one. “Transferred / prosecuted” covers transfers to the police and creditors' private prosecutions; “held liable” "
        "those where at least one person was held criminally liable. This assumes escalation step by step; courts may skip rungs. "
        "The ladder counts incidents; the cards count transfers to the police and persons held liable, so its last two rungs "
        "differ from them (private prosecutions; several persons in one incident).",
    ),
    "ind.nc_ladder.src": _SYNTH_SRC,
    "nc.ladder.beside": (
        "阶梯按事件计数（每个事件计其最严厉措施）：“移送/自诉”一级的 {criminal} 个事件＝移送公安的 {transferred} 件（即上方卡片的移送数）"
        "加申请执行人自诉的 {private} 件；最后一级的 {convicted} 个事件为至少一人被追究刑事责任的事件，而卡片计的是被追究刑事责任的"
        "人数（{persons} 人；一个事件可涉及多人）。",
        "The ladder counts incidents, each at its strongest measure: its “transferred / prosecuted” rung, {criminal}, is the "
        "{transferred} transfers to the police (the card above) plus {private} private prosecutions by creditors; its last "
        "rung, {convicted}, counts incidents in which anyone was held liable, while the card counts the persons held liable "
        "({persons}; one incident can bring several to trial).",
    ),
    "nc.ladder.beside_other": (
        "阶梯按事件计数（每个事件计其最严厉措施）：“移送/自诉”一级的 {criminal} 个事件含最严厉措施为移送公安的 {transferred} 件"
        "和申请执行人自诉的 {private} 件；上方卡片计所有曾移送公安的事件（{cards_transferred} 件）。最后一级的 {convicted} 个事件为"
        "至少一人被追究刑事责任的事件，而卡片计的是人数（{persons} 人；一个事件可涉及多人）。",
        "The ladder counts incidents, each at its strongest measure: its “transferred / prosecuted” rung, {criminal}, holds "
        "{transferred} incidents whose strongest measure was a transfer to the police and {private} private prosecutions; the "
        "card above counts every incident transferred ({cards_transferred}). Its last rung, {convicted}, counts incidents in "
        "which anyone was held liable, while the card counts the persons held liable ({persons}; one incident can bring "
        "several to trial).",
    ),
    "ind.nc_complied.name": ("止于该级并履行", "Complied after this rung"),
    "ind.nc_complied.unit": ("次；%", "incidents; %"),
    "ind.nc_complied.def": (
        "以该级为最严厉措施、且被执行人其后履行的事件数，及其占以该级为最严厉措施事件的比例。",
        "Incidents whose strongest measure was this rung and whose debtor then complied, and their share of all incidents "
        "whose strongest measure was this rung.",
    ),
    "ind.nc_complied.src": _SYNTH_SRC,
    "ind.nc_days_to_comply.name": ("措施后至履行天数", "Days from the measure to compliance"),
    "ind.nc_days_to_comply.unit": ("天；%", "days; %"),
    "ind.nc_days_to_comply.def": (
        "自采取该级措施之日至履行之日的天数，按区间统计占比；平均天数仅计已履行的事件。",
        "Days from the day the court took the measure to the day the debtor complied, in bands; the mean counts only "
        "incidents that ended in compliance.",
    ),
    "ind.nc_days_to_comply.src": _SYNTH_SRC,
    "ind.nc_violent.name": ("暴力抗拒与围攻执行人员", "Violent resistance and besieging officers"),
    "ind.nc_violent.unit": ("次", "incidents"),
    "ind.nc_violent.def": (
        "主要行为为暴力抗拒执行或聚众围攻执行人员的拒执事件数，按法院采取措施之日计。",
        "Refusal incidents whose main conduct was violent resistance or besieging enforcement officers, on the day the court acted.",
    ),
    "ind.nc_violent.src": _SYNTH_SRC,
    "ind.nc_serious.name": ("严重后果", "Serious consequences"),
    "ind.nc_serious.unit": ("次", "incidents"),
    "ind.nc_serious.def": (
        "造成当事人自伤、自杀或执行人员受伤的拒执事件数；每个事件按其最严重后果计一次。",
        "Refusal incidents in which a party self-harmed or died by suicide, or officers were injured; each incident counts "
        "once, by its gravest consequence.",
    ),
    "ind.nc_serious.src": _SYNTH_SRC,
    "ind.nc_debtor_rate.name": ("分被执行人类型的拒执比率", "Refusal rate by type of debtor"),
    "ind.nc_debtor_rate.unit": ("次/万件", "incidents per 10,000 cases"),
    "ind.nc_debtor_rate.def": (
        "某类被执行人（自然人、企业、其他组织）的拒执事件数 ÷ 同期以该类主体为被执行人的新收执行案件数 × 10,000。",
        "Refusal incidents by one type of debtor (individuals, companies, other organisations) ÷ enforcement cases filed "
        "against that type in the same period × 10,000.",
    ),
    "ind.nc_debtor_rate.src": _SYNTH_SRC,
    "ind.nc_rate_per_cases.name": ("每万件执行案件比率", "Rate per 10,000 enforcement cases"),
    "ind.nc_rate_per_cases.unit": ("每万件", "per 10,000 cases"),
    "ind.nc_rate_per_cases.def": (
        "所选指标 ÷ 同一地区（或法院）同期新收执行案件数 × 10,000。",
        "The chosen measure ÷ enforcement cases filed in the same province (or court) and period × 10,000.",
    ),
    "ind.nc_rate_per_cases.src": _SYNTH_SRC,
    "ind.nc_rate_per_residents.name": ("每十万常住人口年均比率", "Rate per 100,000 residents a year"),
    "ind.nc_rate_per_residents.unit": ("每十万人·年", "per 100,000 residents a year"),
    "ind.nc_rate_per_residents.def": (
        "所选指标 ÷ 该省2023年末常住人口 × 100,000，再除以所选时段的年数（年均值），使不同长度的时段可比。",
        "The chosen measure ÷ the province's resident population at the end of 2023 × 100,000, divided by the number of "
        "years in the period (a yearly average), so that periods of different length compare.",
    ),
    "ind.nc_rate_per_residents.src": (
        "常住人口：各省2023年统计公报（山东、河南、广东、西藏、青海为公布数，其余为估计）。",
        "Population: provincial 2023 statistical communiqués (published for Shandong, Henan, Guangdong, Tibet and Qinghai; "
        "the rest estimated).",
    ),
}
