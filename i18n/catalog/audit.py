"""The audit log's page."""

STRINGS = {
    "nav.audit": ("审计日志", "Audit log"),
    "au.title": ("审计日志", "Audit log"),
    "au.intro": (
        "谁在何时以何种角色查询了哪个案件、进行了哪些检索、导出了哪些文件。每行都带有前一行的哈希值，任何改动、删除或插入都会被发现。日志文件夹：{folder}",
        "Who looked up which case, searched, and exported which file, when and in what role. Every line carries the "
        "hash of the line before it, so a line altered, removed or inserted is found. Log folder: {folder}",
    ),
    "au.intact": ("哈希链完整（已核对 {n} 行）。", "The chain is intact (lines checked: {n})."),
    "au.broken": (
        "哈希链在 {at} 处断开（此前已核对 {n} 行）。",
        "The chain breaks at {at} (lines before it intact: {n}).",
    ),
    "au.empty": ("日志中尚无记录。", "Nothing recorded yet."),
    "au.user": ("用户", "User"),
    "au.action": ("操作", "Action"),
    "au.days": ("日期", "Days"),
    "au.count": ("显示 {total} 行中的 {n} 行，最新在前。", "{n} of {total} lines, newest first."),
}
