"""Case search on the case file page."""

STRINGS = {
    "search.more": ("按法院、立案日期、案件类型查找", "Search by court, filing date and case type"),
    "search.court": ("执行法院", "Court"),
    "search.court.any": ("任一法院", "Any court"),
    "search.courts_of_filter": (
        "法院列表按侧栏所选省份。",
        "The courts listed are those of the provinces chosen in the sidebar.",
    ),
    "search.from": ("立案日期自", "Filed from"),
    "search.to": ("立案日期至", "Filed to"),
    "search.types": ("案件类型", "Case types"),
    "search.incident": ("有拒执行为", "Has a refusal incident"),
    "search.none": ("没有符合条件的执行案件。请放宽条件。", "No enforcement case matches. Widen the search."),
    "search.total": ("共 **{n}** 件，显示第 {first}–{last} 件", "**{n}** cases; showing {first}–{last}"),
    "search.page": ("页码（共 {n} 页）", "Page (of {n})"),
    "search.col.incident": ("拒执行为", "Refusal incident"),
    "search.open_hint": (
        "选中一行打开该案件。当事人仅以姓氏加“某”称呼，不显示身份信息。",
        "Select a row to open the case. Parties are named only by surname and 某; no identity details are shown.",
    ),
}
