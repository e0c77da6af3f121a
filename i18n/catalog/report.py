"""The province report (PDF and PowerPoint)."""

STRINGS = {
    "rp.title": ("{where}法院执行情况", "Court enforcement in {where}"),
    "rp.title.national": ("全国法院执行情况", "Court enforcement in China"),
    "rp.subtitle": ("统计时段：{period} · 数据截至 {as_of}", "Period: {period} · data as of {as_of}"),
    "rp.facts": ("主要数据", "Key figures"),
    "rp.figures": ("图表", "Figures"),
    "rp.courts": ("各法院情况", "The courts"),
    "rp.courts.caption": (
        "收案最多的{n}个法院（共{total}个），统计时段为{window}；全部法院见看板省份视图。",
        "The {n} courts with the most cases filed (of {total}), over {window}; every court is on "
        "the dashboard's Province page.",
    ),
    "rp.notes": ("注", "Notes"),
    "rp.note.window": (
        "各项主要数据、排名与法院表为{window}（截至所选时段末的12个月，所选时段较短时为整个时段），“同比”与上年同期比较；图表为所选时段"
        "（{period}）。",
        "The key figures, ranks and the courts table cover {window} (the twelve months to the period's end, or the whole period when shorter), compared with the "
        "same months a year earlier; the figures cover the period chosen ({period}).",
    ),
    "rp.note.window.peers": (
        "各项主要数据与排名为{window}（截至所选时段末的12个月，所选时段较短时为整个时段），“同比”与上年同期比较；图表为所选时段（{period}）。",
        "The key figures and ranks cover {window} (the twelve months to the period's end, or the whole period when shorter), compared with the same months a year "
        "earlier; the figures cover the period chosen ({period}).",
    ),
    "rp.note.window.national": (
        "主要数据为{window}（截至所选时段末的12个月，所选时段较短时为整个时段），“同比”与上年同期比较（失信名单在册为时段末的人数）；图表为"
        "所选时段（{period}）。",
        "The key figures cover {window} (the twelve months to the period's end, or the whole period when shorter), compared with the year before (the stock on "
        "the dishonest list at the period's end); the figures cover the period chosen ({period}).",
    ),
    "rp.note.small": (
        "为保护当事人，少于{threshold}件的法院数据显示为“<{threshold}”；可由其他数字推算出的数据显示为“×”。",
        'To protect the parties, a court\'s count below {threshold} shows as "<{threshold}"; a number from which a '
        'hidden one could be worked out shows as "×".',
    ),
    "rp.note.as_of": (
        "数据截至 {as_of}；数据指纹 {fingerprint}（同一指纹的数据得出相同数字）。",
        "Data as of {as_of}; data fingerprint {fingerprint} (data with the same fingerprint give the same numbers).",
    ),
    "rp.page": ("第 {n} 页，共 {total} 页", "Page {n} of {total}"),
    "rp.download": ("下载报告", "Download report"),
    "rp.download.pdf": ("报告（PDF）", "Report (PDF)"),
    "rp.download.pptx": ("演示文稿（PowerPoint）", "Slides (PowerPoint)"),
    "rp.building": ("正在生成报告…", "Building the report…"),
}
