"""Charts in words for screen readers (charts/describe.py)."""

STRINGS = {
    "alt.latest": ("{measure}最新为{value}（{when}）", "{measure} was {value} in {when}"),
    "alt.change": ("较上期{change}", "{change} on the period before"),
    "alt.peak": ("最高为{value}（{when}）", "highest {value} in {when}"),
    "alt.range": (
        "{measure}最高为{top}（{top_value}），最低为{low}（{low_value}）",
        "{measure}: highest {top} ({top_value}), lowest {low} ({low_value})",
    ),
    "alt.range.value": (
        "最高为{top}（{top_value}），最低为{low}（{low_value}）",
        "Highest {top} ({top_value}), lowest {low} ({low_value})",
    ),
    "alt.series": ("共{n}组数据：{names}；指标为{measure}", "{n} series ({names}) of {measure}"),
    "alt.largest": ("{measure}最大为{value}", "largest {measure}: {value}"),
}
