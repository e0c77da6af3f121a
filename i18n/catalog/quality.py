"""Data quality: the notice on every page, the page listing value problems, query limits and link notices."""

STRINGS = {
    "dq.coverage.heading": ("数据覆盖范围", "What the data cover"),
    "dq.coverage.national": (
        "数据包含全部 {of} 个省份，{first} 至 {last}。",
        "The data hold all {of} provinces, {first} to {last}.",
    ),
    "dq.coverage.part": (
        "数据只包含 {of} 个省份中的 {n} 个（{names}），{first} 至 {last}：标题、排名与导出文件只就这些省份而言，不作全国比较。",
        "The data hold {n} of the {of} provinces ({names}), {first} to {last}: titles, ranks and exported files speak "
        "of these provinces only, with no national comparison.",
    ),
    "dq.coverage.province": ("省份", "Province"),
    "dq.coverage.first": ("首月", "First month"),
    "dq.coverage.last": ("末月", "Last month"),
    "dq.problems.heading": ("数值问题", "Problems in the values"),
    "nav.quality": ("数据质量", "Data quality"),
    "dq.notice": (
        "数据中有 {n} 处取值问题；有问题的行或不计入图表，或在分类中计为“未知”（见“数据质量”）。",
        "The data has {n} value problem(s); the rows concerned are left out of the figures or counted as "
        "unknown in breakdowns (see Data quality).",
    ),
    "dq.notice.layout": (
        "数据目录有 {n} 处不符合数据约定的问题（见“数据质量”）。",
        "The data folder has {n} problem(s) with the contract (see Data quality).",
    ),
    "dq.notice.link": ("查看数据质量", "See data quality"),
    "dq.title": ("数据质量", "Data quality"),
    "dq.intro": (
        "打开数据时逐行检查了取值：主键、引用、词表、日期、金额和分区目录。下列每一行是一个问题："
        "所在文件、字段、规则、涉及行数和示例主键，以及图表如何处理这些行：类别或省份无法使用的行仍计入合计，"
        "在按该字段的分类中计为“未知”（不在地图上）；日期或金额不可能、主键重复或引用不存在的行不计入任何图表。"
        "数据目录只被读取，未作任何改动。",
        "The values were checked row by row when the data was opened: keys, references, vocabularies, dates, "
        "amounts and partition folders. Each line below is one problem: the file, the column, the rule, the "
        "number of rows and example keys, and what the figures do with those rows: a row whose category or "
        "province cannot be used still counts in every total and shows as unknown in breakdowns by that column "
        "(and on no map); a row with an impossible date or amount, a repeated key or a reference to nothing is "
        "left out of every figure. The data folder is only read and nothing in it was changed.",
    ),
    "dq.clean": ("未发现取值问题。", "No value problems were found."),
    "dq.cli": (
        "在服务器上运行 `python -m queries.check 目录` 可得到同样的清单（英文）。",
        "`python -m queries.check DIR` on the server prints the same list.",
    ),
    "dq.col.table": ("表", "Table"),
    "dq.col.file": ("文件", "File"),
    "dq.col.column": ("字段", "Column"),
    "dq.col.rule": ("规则", "Rule"),
    "dq.col.rows": ("行数", "Rows"),
    "dq.col.examples": ("示例", "Examples"),
    "dq.col.handling": ("处理", "Handling"),
    "dq.handling.excluded": ("不计入任何图表", "excluded from every figure"),
    "dq.handling.unknown": (
        "计入合计；在按 {column} 的分类中计为“未知”",
        "counted as unknown in breakdowns by {column}, included in totals",
    ),
    "dq.handling.unread": ("未读取：其中的行不计入任何图表", "not read: its rows are in no figure"),
    "dq.handling.kept": ("行照常计入图表", "rows counted as usual"),
    "dq.rule.missing": ("必填字段为空", "a required value is missing"),
    "dq.rule.all_missing": ("必填字段整列为空", "a required column is empty in every row"),
    "dq.rule.vocabulary": ("取值不在约定词表内", "a value outside the contract's vocabulary"),
    "dq.rule.date_range": (
        "日期不合理（早于1990年或晚于检查日）",
        "an implausible date (before 1990 or after the day of the check)",
    ),
    "dq.rule.date_order": ("日期先后颠倒", "dates out of order"),
    "dq.rule.negative": ("金额或数量为负或不是数字", "a negative or non-numeric amount or count"),
    "dq.rule.recovered_above_claim": ("执行到位金额大于申请执行金额", "more recovered than claimed"),
    "dq.rule.unknown_reference": ("引用的代码或编号不存在", "a code or id that refers to nothing"),
    "dq.rule.court_province": ("省份与法院所在省份不一致", "a province other than the court's"),
    "dq.rule.consistency": ("与同一行的其他字段矛盾", "contradicts another column of the row"),
    "dq.rule.duplicate_key": ("主键重复", "a repeated key"),
    "dq.rule.unknown_case": ("案件编号在执行案件表中不存在", "a case id that is not in enforcement_cases"),
    "dq.rule.format": ("代码格式不对（应为6位行政区划代码）", "a code not in the 6-digit GB/T 2260 form"),
    "dq.rule.partition_year": (
        "行所在的 year= 目录与其日期年份不符",
        "rows in a year= folder other than their date's year",
    ),
    "dq.rule.partition_folder": ("分区目录未按 year=YYYY 命名", "a partition folder not named year=YYYY"),
    "dq.rule.stray_file": ("分区目录中有非 parquet 文件", "a file other than parquet in a partition folder"),
    "dq.rule.empty_table": ("表中没有行", "a table with no rows"),
    "query.timeout": (
        "这张图的查询超过了 {seconds:g} 秒的时限，已中止。请缩小筛选范围后重试。",
        "The query for this figure ran past its {seconds:g}-second limit and was stopped. Narrow the filters and try again.",
    ),
    "data.changed": (
        "数据目录已被替换：本页仍显示替换前的数据，新数据的汇总表建好后即切换。",
        "The data folder was replaced: this page still shows the previous data; the new data is used once its rollups are built.",
    ),
    "data.switched": (
        "已切换到新数据（{when} 替换的数据目录）。",
        "Now showing the new data (the data folder replaced at {when}).",
    ),
    "url.unused": (
        "链接中的参数 {items} 不属于本看板，已忽略。",
        "The link parameters {items} are not used by this dashboard and were ignored.",
    ),
}
