"""Who is looking: the local mode's note, the roles, "View as"."""

STRINGS = {
    "id.local_mode": (
        "本机单用户模式：未配置登录，仅本机（127.0.0.1）可访问，拥有全部权限。",
        "Local single-user mode: no sign-in configured, reachable from this machine (127.0.0.1) only, with every right.",
    ),
    "id.view_as": ("以其他身份查看", "View as"),
    "id.view_as.role": ("角色", "Role"),
    "id.view_as.provinces": ("省份", "Provinces"),
    "id.view_as.pick": ("选择省份", "Choose provinces"),
    "id.viewing_as": ("正在以“{role}”身份查看", "Viewing as {role}"),
    "id.role.own": ("本人（管理员）", "Myself (admin)"),
    "id.role.national": ("最高法院（全国）", "Supreme People's Court (national)"),
    "id.role.province": ("省级法院", "Provincial court"),
    "id.role.press": ("新闻宣传", "Press"),
    "id.role.admin": ("管理员", "Administrator"),
    "case.not_found_scoped": (
        "在您可查看的范围内没有案号为 {value} 的案件。",
        "No case numbered {value} among the cases your role may see.",
    ),
}
