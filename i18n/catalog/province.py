"""The province page, court comparisons, case search and the small-number marks."""

STRINGS = {
    "small.legend": (
        "为保护个人信息，法院层面少于 {n} 的数字显示为“<{n}”，由其计算的比率同样隐藏；“×”为防止由省合计与其他法院相减推算出小数而一并隐藏的数字。",
        "To protect individuals, court-level counts below {n} show as “<{n}”, and so does any rate computed from them; “×” marks "
        "a figure hidden as well, so that a small one cannot be worked out by subtracting the other courts from the province total.",
    ),
    "small.hidden_courts": ("{n} 个法院的数字因数量过小而隐藏，未列入图中。",
                            "{n} courts' figures are hidden as too small to show and are left out of the chart."),
}
