"""Who is looking: sign-in, sign-out, the refusals, the local mode's note, the roles, "View as"."""

STRINGS = {
    "id.local_mode": (
        "本机单用户模式：未配置登录，仅本机（127.0.0.1）可访问，拥有全部权限。",
        "Local single-user mode: no sign-in configured, reachable from this machine (127.0.0.1) only, with every right.",
    ),
    "id.open.title": ("未配置登录", "Sign-in is not configured"),
    "id.open.refused": (
        "本看板在本机以外的地址提供服务，但未配置登录，任何能访问本服务器的人都将看到全部数据，因此拒绝显示。"
        "请配置登录（见 README“登录”一节），或仅在本机（127.0.0.1）提供服务；确需无登录开放时，设置 {setting}=1。",
        "This dashboard is served beyond this machine without sign-in, so anyone who can reach the server would see "
        'everything; it shows nothing. Configure sign-in (README, "Sign-in"), or serve on 127.0.0.1 only; to open it '
        "without sign-in all the same, set {setting}=1.",
    ),
    "id.open.warning": (
        "未配置登录，且本看板在本机以外的地址提供服务（{setting}=1）：任何能访问本服务器的人都能看到全部数据，包括案件。",
        "No sign-in, and served beyond this machine ({setting}=1): anyone who can reach this server sees everything, "
        "cases included.",
    ),
    "id.sign_in.title": ("法院执行数据看板", "Court enforcement dashboard"),
    "id.sign_in.body": (
        "请使用法院系统统一身份认证登录。您能看到的数据范围由您的角色决定。",
        "Sign in with the court system's account. What you may see depends on your role.",
    ),
    "id.sign_in": ("登录", "Sign in"),
    "id.sign_out": ("退出登录", "Sign out"),
    "id.signed_in_as": ("`{user}` · {role}", "`{user}` · {role}"),
    "id.idle.title": ("会话已结束", "Session ended"),
    "id.idle.body": (
        "您已超过 {minutes} 分钟没有操作，会话已结束。请重新登录。",
        "Your session ended after {minutes} minutes without a click. Please sign in again.",
    ),
    "id.denied.title": ("无权访问", "No access"),
    "id.denied.body": (
        "{user}：{reason}如需访问，请联系 {contact}。",
        "{user}: {reason} To be given access, ask {contact}.",
    ),
    "id.denied.unknown": ("您的账号尚未分配角色。", "your account has not been given a role."),
    "id.denied.no_policy": ("本看板尚未配置访问策略。", "this dashboard has no access policy configured yet."),
    "id.denied.no_identity": ("未能确定您的身份。", "your identity could not be established."),
    "id.denied.no_contact": ("本单位的信息技术部门", "your court's IT department"),
    "id.refused": (
        "您的角色无权查看此处的法院或案件数据。",
        "Your role may not see the court- or case-level data asked for here.",
    ),
    "id.audit_only": ("审计日志仅供管理员查看。", "The audit log is for administrators only."),
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
