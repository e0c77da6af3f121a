"""Definitions (口径) of every indicator: what is counted, its unit and where the published figure comes from."""

STRINGS = {
    "def.heading": ("口径与来源", "Definition and source"),
    "def.unit": ("单位", "Unit"),
    "def.source": ("来源", "Source"),
    "def.mark": ("数据性质", "Nature of the figure"),
    "def.mark.synthetic": (
        "本看板数据为按公开数据校准的合成数据，可与最高人民法院公布的数字核对，但不是真实案件记录。",
        "The dashboard's data are synthetic, calibrated to the published figures so that they can be checked "
        "against what the Supreme People's Court has published; they are not real case records.",
    ),
    # Refusal to comply (Criminal Law Art. 313)
    "ind.nc_transferred.name": ("移送拒执犯罪案件", "Cases transferred to the police"),
    "ind.nc_transferred.unit": ("件", "cases"),
    "ind.nc_transferred.def": (
        "法院在执行中发现被执行人涉嫌拒不执行判决、裁定罪（刑法第313条），移送公安机关立案侦查的案件数，按法院采取措施之日计。",
        "Refusal-to-comply incidents (Criminal Law Art. 313) that a court transferred to the police as a suspected crime, "
        "counted on the day the court acted.",
    ),
    "ind.nc_transferred.src": (
        "最高人民法院新闻发布会（2025-04-07）：十年来移送拒执犯罪案件12.1万余件。",
        "SPC press conference, 2025-04-07: over 121,000 cases transferred in the decade to 2025-03-31 "
        "(China Daily, 2025-04-10, called them “cases … handled”).",
    ),
    "ind.nc_held_liable.name": ("追究刑事责任人数", "Persons held criminally liable"),
    "ind.nc_held_liable.unit": ("人", "persons"),
    "ind.nc_held_liable.def": (
        "因拒不执行判决、裁定被追究刑事责任的人数，计入其所涉执行措施发生的时间。",
        "Persons held criminally liable for refusing to comply, counted at the date of the enforcement action that led to it.",
    ),
    "ind.nc_held_liable.src": (
        "最高人民法院新闻发布会（2025-04-07）：追究刑事责任3.7万余人；2022、2023、2025年数字见《中国日报》等。",
        "SPC press conference, 2025-04-07: over 37,000 persons; yearly figures for 2022, 2023 and 2025 from China Daily and SPC reports.",
    ),
    "ind.nc_incidents.name": ("拒执行为处置次数", "Refusal incidents acted on"),
    "ind.nc_incidents.unit": ("次", "incidents"),
    "ind.nc_incidents.def": (
        "法院对被执行人拒不履行行为采取措施（训诫、罚款、拘留、移送、自诉）的次数，按最严厉措施计一次。",
        "Incidents of refusal that a court acted on (warning, fine, detention, transfer, private prosecution), each counted once at its strongest measure.",
    ),
    "ind.nc_incidents.src": (
        "估计序列，与公布的拘留、罚款人数一致。",
        "Estimated series, consistent with published detention and fine figures.",
    ),
    # Dishonest judgment debtors list
    "ind.dl_on_list.name": ("失信名单在册", "On the dishonest list"),
    "ind.dl_on_list.unit": ("人次", "person-times"),
    "ind.dl_on_list.def": (
        "期末仍在失信被执行人名单上的条目数：已纳入且未屏蔽（删除）。同一人因多案被纳入计为多人次。",
        "Entries on the dishonest judgment debtors list at the end of the period: listed and not yet removed. "
        "A person listed in several cases counts once per listing (person-times).",
    ),
    "ind.dl_on_list.src": (
        "最高人民法院：2024年在册人数十年来首次下降，2025年继续下降；年末在册数为估计值。",
        "SPC: the number on the list fell in 2024 for the first time in a decade and again in 2025; year-end stocks are estimates.",
    ),
    "ind.dl_new.name": ("新增纳入失信名单", "New entries on the list"),
    "ind.dl_new.unit": ("人次", "person-times"),
    "ind.dl_new.def": ("期内新纳入失信被执行人名单的条目数。", "Listings added to the dishonest list in the period."),
    "ind.dl_new.src": (
        "最高人民法院：2024年新增245.7万人次（同比-23.4%），2025年一季度39.42万人次（同比-9%），2025年234.0万人次。",
        "SPC: 2.457 million person-times in 2024 (−23.4% y/y), 394,200 in Q1 2025 (−9% y/y), 2.340 million in 2025.",
    ),
    "ind.dl_removed.name": ("屏蔽（删除）失信信息", "Removals from the list"),
    "ind.dl_removed.unit": ("人次", "person-times"),
    "ind.dl_removed.def": (
        "期内从名单上删除的条目数：履行完毕、信用修复、撤销或期满。",
        "Listings removed in the period: performed, credit restoration, revoked or expired.",
    ),
    "ind.dl_removed.src": (
        "最高人民法院：2025年信用修复267.0万人次；截至2025年末连续七个季度删除数超过新增数。",
        "SPC: 2.670 million credit restorations in 2025; removals exceeded new entries for seven quarters to the end of 2025.",
    ),
    # Cross-enforcement
    "ind.ce_assigned.name": ("交叉执行案件", "Cross-enforcement cases"),
    "ind.ce_assigned.unit": ("件", "cases"),
    "ind.ce_assigned.def": (
        "通过指令（指定）、提级、协同、督促、集中等方式交由其他法院执行的案件数，按交办日期计。",
        "Cases moved to another court under the reform (designated, elevated, collaborative, supervised, centralised), counted on the day assigned.",
    ),
    "ind.ce_assigned.src": (
        "最高人民法院：2024-01-01至2025-03-31交叉执行约30万件、实质进展或执结约15万件、执行到位约1600亿元。",
        "SPC: 2024-01-01 to 2025-03-31, about 300,000 cases, about 150,000 with substantive progress or concluded, about 160 billion yuan.",
    ),
    "ind.ce_resolved.name": ("取得实质进展或执结", "With substantive progress or concluded"),
    "ind.ce_resolved.unit": ("件", "cases"),
    "ind.ce_resolved.def": (
        "官方口径：交叉执行案件中取得实质进展或已执结的案件数。《中国日报》英文报道称“resolved”，含义更窄，二者不同。",
        "Official definition: moved cases with substantive progress or concluded. China Daily's English “resolved” "
        "reads narrower than the official wording; the figures are the same, the definitions differ.",
    ),
    "ind.ce_resolved.src": (
        "最高人民法院新闻发布会（2025-04-07）；《中国日报》2025-04-10。",
        "SPC press conference 2025-04-07; China Daily 2025-04-10.",
    ),
    "ind.ce_recovered.name": ("交叉执行到位金额", "Recovered in cross-enforcement"),
    "ind.ce_recovered.unit": ("元", "yuan"),
    "ind.ce_recovered.def": (
        "交叉执行案件实际执行到位的金额，按取得进展或执结之日计。《中国日报》称“payments ordered”，与“执行到位”不同。",
        "Money actually recovered in moved cases, counted when the case progressed or concluded. China Daily wrote "
        "“payments ordered”, which is not the same as money recovered.",
    ),
    "ind.ce_recovered.src": ("最高人民法院新闻发布会（2025-04-07）。", "SPC press conference, 2025-04-07."),
    # Enforcement caseload
    "ind.cases_filed.name": ("新收执行案件", "New enforcement cases"),
    "ind.cases_filed.unit": ("件", "cases"),
    "ind.cases_filed.def": (
        "期内新收（首次执行）的执行案件数，不含旧存。注意：部分公开数字为“受理”（含旧存），二者口径不同。",
        "Enforcement cases newly filed (first-time) in the period, excluding those carried over. Some published figures "
        "are “accepted” (including carried-over cases): a different definition.",
    ),
    "ind.cases_filed.src": (
        "最高人民法院：2013–2015年新收1013万件；2016–2018年受理2044万件；年度数为估计值。",
        "SPC: 10.13 million new in 2013–2015; 20.44 million accepted in 2016–2018; yearly values are estimates.",
    ),
    "ind.cases_closed.name": ("执结案件", "Enforcement cases concluded"),
    "ind.cases_closed.unit": ("件", "cases"),
    "ind.cases_closed.def": (
        "期内结案（执结）的执行案件数，含终结本次执行。",
        "Enforcement cases concluded in the period, including those terminated for this round.",
    ),
    "ind.cases_closed.src": (
        "最高人民法院工作报告：2023年执结976万件，2024年911.8万件。",
        "SPC work reports: 9.76 million concluded in 2023, 9.118 million in 2024.",
    ),
    "ind.cases_recovered.name": ("执行到位金额", "Amount recovered"),
    "ind.cases_recovered.unit": ("元", "yuan"),
    "ind.cases_recovered.def": (
        "期内结案的执行案件实际执行到位的金额。",
        "Money actually recovered in the enforcement cases concluded in the period.",
    ),
    "ind.cases_recovered.src": (
        "最高人民法院工作报告：2024年执行到位2.3万亿元（+3.5%）。",
        "SPC work report: 2.3 trillion yuan recovered in 2024 (+3.5%).",
    ),
}
