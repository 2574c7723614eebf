# convene: Chinese (Simplified) catalogue (translation of en.ftl, the reference: every message there must exist here).

## Language names, each written in its own language in every catalogue's `lang-name-*`.
lang-name = 中文
lang-switch-label = 语言

## Layout
skip-to-content = 跳转到主要内容
nav-label = 主导航
nav-home = 首页
nav-archive = 会议
nav-speakers = 发言人
footer-powered = 本网站由 convene 提供支持，这是一款用于开放式对话的开源软件。
footer-api = 开放数据：JSON API
footer-demo = 本网站显示的是演示数据：部分会议、议程和发言人仅作示例之用。

## Home
home-next-session = 下一届会议
home-current-session = 正在进行
home-latest-session = 最近一届会议
home-take-part = 如何参加
home-take-part-open = 会议对所有人开放，注册免费。
home-take-part-hybrid = 大多数会议采用混合形式：无论您身在何处，均可现场参加或在线观看。
home-take-part-archive = 浏览以往各届会议：议程、发言人和主题。
home-all-sessions = 所有会议
home-no-sessions = 尚未公布任何会议。
home-more-series = 其他系列

## Archive
archive-title = 会议
archive-intro = { $series }的所有会议，按时间由近及远排列。
archive-filter-label = 主题
archive-filter-all = 所有主题
archive-filter-submit = 筛选
archive-count = { $count ->
    [0] 暂无会议
   *[other] 共{ $count }届会议
}
archive-count-topic = { $count ->
    [0] 没有关于“{ $topic }”的会议。
   *[other] 关于“{ $topic }”的会议共{ $count }届。
}
archive-unknown-topic = 不存在主题“{ $topic }”。现显示所有会议。

## Sessions
session-number = 第{ $number }届会议
session-when = 时间
session-where = 地点
session-format = 形式
session-status = 状态
session-topics = 主题
session-summary = 关于本届会议
session-times-in-zone = 时间均按{ $zone }时间（{ $abbr }）显示。
session-your-time = 您所在时区（{ $zone }）：{ $range }
session-your-zone-label = 按我所在时区显示时间
session-your-zone-hint = IANA 时区名称，例如 America/New_York 或 Asia/Tokyo。
session-your-zone-submit = 显示
session-online = 在线
session-calendar = 添加到我的日历（.ics）
session-upcoming = 即将举行
session-now = 正在进行
session-past = 往届会议
session-demo = 演示内容：本届会议的详细信息仅作示例，并非历史记录。
session-month-only = 确切日期待定。
session-agenda = 议程
session-agenda-empty = 议程将在此处公布。
session-agenda-caption = 第{ $number }届会议议程，时间为{ $zone }时间
agenda-time = 时间
agenda-item = 议程项目
agenda-people = 人员
agenda-moderator = { $count ->
   *[other] 主持人
}
agenda-speaker = { $count ->
   *[other] 发言人
}

format-in_person = 现场
format-online = 在线
format-hybrid = 混合（现场和在线）

status-draft = 草稿
status-announced = 已公布
status-registration_open = 开放注册
status-registration_closed = 注册已截止
status-live = 直播中
status-concluded = 已结束
status-published = 材料已发布
status-cancelled = 已取消

kind-opening = 开幕
kind-keynote = 主旨发言
kind-presentation = 专题介绍
kind-panel = 小组讨论
kind-qa = 问答
kind-break = 休息
kind-closing = 闭幕

## Speakers
speakers-title = 发言人
speakers-intro = 各届会议的发言人和主持人。
speaker-appearances = 会议
speaker-no-appearances = 此人尚未参加任何已发布的会议。
speaker-role-moderator = 主持人
speaker-role-speaker = 发言人
speaker-demo = 演示发言人：虚构人物，仅为便于试用本网站而展示。

## Reach
nav-reach = 参与情况
reach-series-heading = { $series }的参与情况
reach-session-heading = { $session }的参与情况：{ $title }
reach-n-attendees = { $n } 名与会者
reach-n-registrants = { $n } 名注册者
reach-n-participants = { $n } 名参与者
reach-n-countries = { $n } 个国家
reach-headline = 来自 { $countries } 的 { $people }
reach-fewer-than = 少于 { $k }
reach-population-attendees = 这些数字统计的是现场或在线出席的人。
reach-population-registrants = 这些数字统计的是已确认且未取消的注册。
reach-population-series = 如记录了出席情况，每届会议统计出席者，否则统计已确认的注册；总数中每人只计一次，无论参加了多少届会议。
reach-privacy = 为保护隐私，涉及少于 { $k } 人的数字均显示为“少于 { $k }”。
reach-synthetic = 本演示中的参与者记录是合成数据：按照各届会议公布的数字生成，并非真实人员。
reach-no-data = 尚无任何注册记录。
reach-show-table = 以表格显示数字
reach-downloads = 下载数字
reach-download-json = 全部表格（JSON）
reach-download-csv = 下载此表（CSV）
reach-download-table = { $table }（CSV）
session-reach = 参与情况
reach-table-summary = 概要
reach-table-sessions = 各届会议
reach-table-countries = 按国家
reach-table-regions = 按区域
reach-table-groups = 按利益攸关方群体
reach-table-modes = 按参与方式
reach-table-languages = 按首选语言
reach-table-curve = 注册人数随时间变化
reach-column-label = 名称
reach-column-count = 人数
reach-column-cumulative = 截至当日注册人数
reach-column-people = 人数
reach-column-countries = 国家数
reach-column-new_people = 首次参与者
reach-figure-registrations = 收到的注册
reach-figure-confirmed = 已确认
reach-figure-waitlisted = 候补名单
reach-figure-pending = 等待确认电子邮件
reach-figure-cancelled = 已取消
reach-figure-attended = 出席
reach-figure-attended_in_person = 现场出席
reach-figure-attended_online = 在线出席
reach-figure-countries = 国家
reach-figure-people = 不同人数
reach-figure-participations = 参与人次（参加两届会议的人计两次）
reach-figure-sessions = 有参与者的会议
reach-map-title = 各国参与者
reach-map-desc = 世界地图，各国按参与者人数着色。下表列出每个国家的数字。
reach-chart-desc = 下表数字的条形图。
reach-legend-none = 无
reach-legend-range = { $lo }–{ $hi }
region-africa = 非洲
region-americas = 美洲
region-asia = 亚洲
region-europe = 欧洲
region-oceania = 大洋洲
region-antarctica = 南极洲
region-unknown = 未知

## Errors
error-not-found-title = 未找到页面
error-not-found = 此地址没有页面。页面可能已移动，或地址输入有误。
error-bad-request-title = 此地址无效
error-bad-path = 地址的某一部分无效：{ $detail }
error-bad-number = “{ $value }”不是会议编号。
error-unknown-zone = “{ $value }”不是可识别的时区。请使用 Europe/Zurich 或 America/New_York 等名称。
error-bad-query = 地址中有无法读取的参数：{ $detail }
error-internal-title = 出现错误
error-internal = 无法显示此页面。问题已记录，请稍后重试。
error-unavailable-title = 暂时无法使用
error-unavailable = 服务繁忙或正在重新启动。请稍后重试。
error-back-home = 返回首页

## Dates and times
date-range = { $date1 }至{ $date2 }
datetime = { $date } { $time }
time-range = { $start }–{ $end }

## Calendar files
ics-session-title = { $series }：第{ $number }届会议，{ $title }
ics-more = 详情和议程：{ $url }

## Registration
session-registration = 注册
session-register = 立即注册
registration-state-not_offered = 本届会议不开放注册。
registration-state-not_yet_open = 注册尚未开放。
registration-state-open = 现已开放注册，注册免费。
registration-state-full_in_person = 会场名额已满：新的现场参会注册将列入候补名单。在线参会仍可注册。
registration-state-full = 名额已满：新的注册将列入候补名单。
registration-state-closed = 注册已截止。
register-title = 注册参加“{ $title }”
register-back-to-session = 返回会议页面
register-submit = 提交注册
register-sent-title = 请查收电子邮件
register-sent-body = 我们已向您发送一封电子邮件。请点击邮件中的链接确认您的电子邮件地址；确认之后，注册方告完成。
register-sent-again = 如果您此前已使用该地址注册，邮件中将改为提供您的注册链接。
form-required-note = 标有 * 的字段为必填项。
form-errors-title = 请更正以下内容
form-errors-intro = 部分字段未能通过验证。
form-too-fast = 表单提交速度过快，不像是由人工填写的。请检查后重新提交。
field-name = 姓名
field-email = 电子邮件地址
field-country = 国家
field-choose = 请选择…
field-stakeholder-group = 利益攸关方群体
field-organisation = 组织（选填）
field-attendance-mode = 您将以何种方式参加？
field-language = 首选语言
field-accessibility = 无障碍需求（选填）
field-accessibility-hint = 例如手语传译、字幕、无台阶通道或靠前的座位。
field-consent = 我已阅读隐私声明，并同意为本届会议之目的存储我的注册信息。
field-list-publicly = 在公开的参会者名单中列出我的姓名
field-news-updates = 向我发送本系列会议的最新消息
field-honeypot = 请将此字段留空
field-required = 此字段为必填项。
field-too-long = { $count ->
   *[other] 最多可输入{ $count }个字符。
}
field-control-characters = 请删除此字段中不可见的控制字符。
field-direction-override = 请删除此字段中不可见的文字方向字符。
field-invalid-email = 请输入电子邮件地址，例如 name@example.org。
field-unknown-choice = 请从所提供的选项中选择一项。
field-consent-required = 您需要同意隐私声明才能注册。
field-mode-not-offered = 本届会议不提供该参会方式。
answer-yes = 是
answer-no = 否
group-member_state = 成员国
group-igo = 政府间组织
group-ngo_civil_society = 非政府组织和民间社会
group-academia_research = 学术和研究界
group-ip_professional = 知识产权专业人员
group-enterprise_industry = 企业和产业界
group-creator_artist = 创作者和艺术家
group-media = 媒体
group-individual = 个人
mode-in_person = 现场参会
mode-online = 在线参会
language-ar = العربية（阿拉伯文）
language-zh = 中文
language-en = English（英文）
language-fr = Français（法文）
language-ru = Русский（俄文）
language-es = Español（西班牙文）
channel-floor = 发言人原声
channel-ar = 阿拉伯文传译
channel-zh = 中文传译
channel-en = 英文传译
channel-fr = 法文传译
channel-ru = 俄文传译
channel-es = 西班牙文传译

## Manage page
manage-title = 您的注册
manage-status-confirmed = 已确认。期待与您见面。
manage-status-pending = 等待您确认电子邮件地址：请点击我们发给您的邮件中的链接。
manage-status-waitlisted = 您已列入候补名单，排在第{ $position }位。如有名额空出，我们将通过电子邮件通知您。
manage-status-cancelled = 已取消。
manage-status-expired = 已过期：电子邮件地址未在规定时间内确认。您可以重新注册。
manage-done-verified = 谢谢！您的电子邮件地址已确认。
manage-done-updated = 您的更改已保存。
manage-done-cancelled = 您的注册已取消。
manage-done-invalid = 无法保存更改：请从所提供的选项中选择。
manage-done-erase-unconfirmed = 请勾选复选框，确认删除您的数据。
manage-join-title = 在线参会
manage-join-intro = 这些链接仅供您本人使用，请勿分享。请选择您希望收听的语言。
manage-badge-title = 您的签到码
manage-badge-intro = 请在入口处出示此签到码，可在手机上显示，也可打印出来。
manage-badge-code = 签到码：
manage-qr-label = 签到二维码
manage-checked-in = 已于{ $time }签到。
manage-details-title = 您的信息
manage-change-title = 更改您的注册
manage-save = 保存更改
manage-cancel = 取消我的注册
manage-data-title = 您的数据
manage-export = 下载我的数据（JSON）
manage-erase-confirm = 我希望删除我的个人数据。此操作无法撤销。
manage-erase = 删除我的数据

## Check-in
checkin-title = 签到
checkin-token = 工作人员访问码
checkin-login = 进入签到
checkin-code = 参会者签到码
checkin-code-hint = 扫描二维码，或输入二维码下方印有的代码。
checkin-submit = 签到
checkin-done = 已签到：{ $name }（{ $mode }）。
checkin-already = { $name }已于{ $time }签到。
checkin-unknown = 代码无法识别。请检查后重试。
checkin-refused = 此注册尚未确认（处于候补名单、已取消或未验证）。

## Privacy
privacy-link = 阅读隐私声明
privacy-title = 隐私声明
privacy-version = 版本日期：{ $version }
privacy-what-title = 我们存储哪些信息
privacy-what = 您的姓名、电子邮件地址、国家、利益攸关方群体、组织、参会方式、首选语言、无障碍需求、您对会议问题的回答，以及您注册、确认和出席的时间。
privacy-why-title = 用途
privacy-why = 用于举办会议：确认您的席位，向您发送参会信息和提醒，为您办理签到，以及发布参会情况汇总数据（绝不发布涉及不足五人的数据）。
privacy-who-title = 谁可以查看
privacy-who = 仅限组织者。只有在您要求时，您的姓名才会列入公开的参会者名单。
privacy-rights-title = 您的权利
privacy-rights = 您可以随时通过确认邮件中的链接查看、更改、下载和删除您的数据。删除后，所有可识别您身份的信息都将被清除，仅保留匿名统计数字。

## Errors
error-forbidden-title = 表单已过期
error-forbidden = 此表单已过期，或是从其他网站提交的。请返回并重新加载页面，然后重试。
error-too-many-title = 尝试次数过多
error-too-many = 来自您的网络连接或针对此地址的尝试次数过多。请稍候再试。
error-registration-closed-title = 注册未开放

## Emails
email-greeting = 尊敬的{ $name }：
email-footer = 您收到此邮件，是因为有人使用此地址在{ $site }上进行了注册。
email-verify-subject = 请确认您的注册：{ $title }
email-verify-body = 感谢您注册参加“{ $title }”（{ $when }）。请确认您的电子邮件地址，以完成注册。
email-verify-ignore = 如果您并未注册，请忽略此邮件，此后不会再有任何操作。
email-verify-action = 确认我的注册
email-manage-action = 查看或更改我的注册
email-confirmed-subject = 注册成功：{ $title }
email-confirmed-body = 您注册参加“{ $title }”（{ $when }）已获确认。日历文件见附件。请保留此邮件：通过其中的链接，您可以更改或取消注册。
email-waitlisted-subject = 您已列入候补名单：{ $title }
email-waitlisted-body = 您的地址已确认。“{ $title }”的会场名额已满，因此您已列入候补名单，排在第{ $position }位。一旦有名额空出，我们将立即通过电子邮件通知您。
email-manage-link-subject = 您的注册：{ $title }
email-manage-link-body = 您申请再次注册参加“{ $title }”（{ $when }）。您已完成注册，以下是您的注册链接。
email-promoted-subject = 您已获得名额：{ $title }
email-promoted-body = 好消息：“{ $title }”（{ $when }）有名额空出，现已分配给您。
email-reminder-24h-subject = 明天举行：{ $title }
email-reminder-1h-subject = 一小时后开始：{ $title }
email-reminder-body = 特此提醒：“{ $title }”即将开始（{ $when }）。
email-join-title = 在线参会（个人专用链接，请勿分享）
email-badge-body = 您的签到码，请在入口处出示：
email-cancelled-subject = 注册已取消：{ $title }
email-cancelled-body = 您注册参加“{ $title }”（{ $when }）已取消。在注册开放期间，欢迎您重新注册。

## Back office
admin-sign-in-required-title = 需要登录
admin-sign-in-required = 此页面仅供组织者使用。请在 /admin/login 登录后重试。
admin-not-allowed-title = 您的角色无权访问
admin-not-allowed = 您账户的角色无权访问此页面。管理员可以更改您的角色。
admin-link-expired-title = 链接已失效
admin-link-expired = 此链接已被使用或已失效。请在“忘记密码？”页面或向管理员申请新链接。
admin-nav-label = 组织者后台
admin-logout = 退出登录
admin-nav-dashboard = 组织者后台
admin-nav-users = 账户
admin-nav-users-about = 创建组织者账户、更改角色、停用账户。
admin-nav-checkin = 签到
admin-nav-checkin-about = 在入口为现场参会者办理签到。
admin-nav-password = 修改我的密码
admin-nav-password-about = 设置新密码；您的其他会话将被注销。
admin-role-admin = 管理员
admin-role-editor = 编辑
admin-role-moderator = 审核员
admin-role-checkin = 签到人员
admin-role-admin-about = 作为管理员，您负责管理账户和设置，并可执行其他所有角色的操作。
admin-role-editor-about = 作为编辑，您负责准备系列、会议、议程、发言人、页面、专题报道和发布内容。
admin-role-moderator-about = 作为审核员，您负责审核书面发言和参会者提问。
admin-role-checkin-about = 作为签到人员，您负责在入口为现场参会者办理签到。
admin-notice-signed-out = 您已退出登录。
admin-notice-password-set = 密码已设置。您现在可以登录。
admin-notice-password-changed = 密码已修改。您的其他会话已被注销。
admin-notice-role-changed = 角色已更改。
admin-notice-disabled = 该账户已停用，其会话已被注销。
admin-notice-enabled = 该账户已重新启用。
admin-login-title = 组织者登录
admin-login-wrong = 电子邮件地址或密码不正确。
admin-login-wait = { $count ->
   *[other] 尝试次数过多。请在{ $count }分钟后重试。
}
admin-field-email = 电子邮件地址
admin-field-password = 密码
admin-login-submit = 登录
admin-login-forgot = 忘记密码？
admin-dashboard-title = 组织者后台
admin-password-title = 修改我的密码
admin-set-password-title = 设置您的密码
admin-set-password-for = 账户：
admin-field-current-password = 当前密码
admin-field-new-password = 新密码
admin-field-confirm-password = 再次输入新密码
admin-password-rules = 至少 12 个字符。几个便于记忆的词语就是好密码；请勿使用您的电子邮件地址或常见密码。
admin-password-submit = 保存密码
admin-reset-title = 忘记密码？
admin-reset-intro = 请输入您的组织者账户的电子邮件地址。我们将向您发送一个设置新密码的链接。
admin-reset-submit = 发送链接
admin-reset-sent = 如果有组织者账户使用此地址，设置新密码的链接已发往该地址。链接仅可使用一次，一小时内有效。
admin-back-to-login = 返回登录
admin-users-title = 账户
admin-users-create = 新建账户
admin-field-role = 角色
admin-users-create-hint = 新组织者将收到一封带有设置密码链接的电子邮件；该链接也会向您显示一次。
admin-users-create-submit = 创建账户
admin-users-list = 全部账户
admin-users-status = 状态
admin-users-actions = 操作
admin-users-save-role = 更改角色
admin-users-enable = 启用
admin-users-disable = 停用
admin-users-new-link = 新的密码链接
admin-status-active = 正常
admin-status-invited = 已邀请，尚未设置密码
admin-status-disabled = 已停用
admin-users-disabled-no-link = 已停用的账户无法获得密码链接。请先启用该账户。
admin-users-not-yourself = 您不能更改自己的角色或停用自己的账户。请联系其他管理员。
admin-users-unknown-action = 此操作不可用。
admin-users-stale = 在此期间有人修改了该账户。列表显示的是其当前状态；如有需要请重试。
admin-created-title = 账户已创建
admin-new-link-title = 新的密码链接
admin-link-intro = 请将此链接交给 { $email }（链接也已通过电子邮件发送）：
admin-link-once = 链接仅可使用一次。邀请链接 72 小时内有效；此页面不会再次显示该链接。
admin-link-back = 返回账户列表
field-password-too-short = { $count ->
   *[other] 请至少输入{ $count }个字符。
}
field-password-is-email = 请勿将您的电子邮件地址用作密码。
field-password-common = 此密码过于常见，容易被猜到。请另选一个。
field-password-mismatch = 两次输入的密码不一致。
field-wrong-password = 这不是您的当前密码。
field-email-taken = 已有账户使用此电子邮件地址。
checkin-staff-sign-in = 组织者：请使用您的账户登录
email-account-greeting = 您好：
email-account-footer = 您收到此邮件，是因为 { $site } 上的一个组织者账户使用了此地址。
email-invite-subject = 您在 { $site } 的组织者账户
email-invite-body = 我们已在 { $site } 为您创建了一个组织者账户，角色为：{ $role }。请先设置您的密码。
email-invite-action = 设置我的密码
email-reset-subject = 为 { $site } 设置新密码
email-reset-body = 有人申请重置您在 { $site } 的组织者账户密码。如果是您本人，请通过下面的链接设置新密码。如果不是，请忽略此邮件：您的密码不会改变。
email-reset-action = 设置新密码
email-link-expiry-set = 链接仅可使用一次，72 小时内有效。
email-link-expiry-reset = 链接仅可使用一次，一小时内有效。
admin-nav-reach = 参与数据
admin-nav-reach-about = 系列及每届会议的精确参与数据，可下载。
admin-reach-title = 参与情况：{ $scope }
admin-reach-scopes = 系列和各届会议
admin-reach-exact = 精确数字，包括小数目：仅供组织者使用。公开发布请使用公共页面，其中少于5的数字均被隐藏。

## Back office: editing content
admin-nav-sessions = 会议
admin-nav-speakers = 发言人
admin-sessions-title = 系列与会议
admin-sessions-none = 尚无会议。
admin-series-new = 新建系列
admin-series-edit = 编辑系列
admin-session-new = 新建会议
admin-session-new-in = 在“{ $series }”中新建会议
admin-session-new-hint = 新会议为草稿：在您公布之前，访客和 API 都看不到它。
admin-session-details = 详细信息
admin-registrations = 注册
admin-registrations-link = 查看注册
admin-public-page = 公开页面
admin-revisions-link = 文本历史
admin-revisions-title = 文本历史
admin-revisions-none = 尚无已保存的修订。
admin-revision-current = 当前
admin-restore = 恢复此修订
admin-restore-invalid = 无法按原样恢复此修订：其文本已无法通过检查。
admin-back = 返回
admin-back-to-session = 返回会议
admin-lifecycle = 状态
admin-lifecycle-final = 此会议已取消，没有后续步骤。
admin-lifecycle-not-next = 该步骤不能从会议的当前状态进行。
admin-lifecycle-has-registrations = 已有人注册此会议：不能删除或改回草稿，只能取消（系统将通过电子邮件通知每位注册者）。
admin-cancel-hint = 取消后，系统将以每位注册者的语言向其发送电子邮件。
admin-step-announced = 公布（公开）
admin-step-registration_open = 开放注册
admin-step-registration_closed = 关闭注册
admin-step-live = 标记为进行中
admin-step-concluded = 标记为已结束
admin-step-published = 发布材料
admin-step-draft = 改回草稿（隐藏）
admin-step-cancelled = 取消会议
admin-precision-time = 确切时间
admin-precision-day = 仅日期
admin-precision-month = 仅月份
admin-field-number = 编号
admin-field-language = 文本语言
admin-field-title = 标题
admin-field-summary = 摘要（Markdown）
admin-field-description = 说明（Markdown）
admin-field-bio = 简介（Markdown）
admin-field-starts_on = 开始日期
admin-field-starts_time = 开始时间
admin-field-ends_on = 结束日期
admin-field-ends_time = 结束时间
admin-field-time_zone = 时区（IANA 名称，例如 Europe/Zurich）
admin-field-precision = 日期精确度
admin-field-format = 形式
admin-field-venue = 地点
admin-field-takes_registrations = 接受注册
admin-field-opens_on = 注册开放日期
admin-field-opens_time = 时间
admin-field-closes_on = 注册截止日期
admin-field-closes_time = 时间
admin-field-capacity_in_person = 会场座位数（留空：无线下部分）
admin-field-capacity_online = 线上名额（留空：不限）
admin-field-join = 参会链接：{ $channel }
admin-field-day = 日期
admin-field-kind = 类型
admin-field-speakers = 发言人
admin-field-slug = 地址名称
admin-field-name = 姓名
admin-field-affiliation = 机构和职务
admin-slug-hint = 由连字符连接的小写字母和数字，例如 generative-ai。它出现在链接中，之后不能更改。
admin-speakers-hint = 以逗号分隔的发言人地址名称；主持人请加 :moderator，例如 li-wei:moderator, ana-perez
admin-translations = 译文
admin-translations-hint = 如在此提供译文，访客将看到其语言的文本；否则将看到原文并附说明。
admin-translation-heading = { $language }
admin-preview = 预览
admin-preview-heading = 预览（尚未保存）
admin-save = 保存
admin-create = 创建
admin-save-registration = 保存注册设置
admin-registration-settings = 注册
admin-yes = 是
admin-no = 否
admin-channel-floor = 原声
admin-channel-ar = 阿拉伯语
admin-channel-zh = 中文
admin-channel-en = 英语
admin-channel-fr = 法语
admin-channel-ru = 俄语
admin-channel-es = 西班牙语
admin-agenda = 议程
admin-agenda-empty = 尚无议程项目。
admin-agenda-time = 时间
admin-agenda-add = 添加议程项目
admin-agenda-edit = 编辑议程项目
admin-agenda-export = 下载议程（CSV）
admin-agenda-import = 从 CSV 文件导入议程
admin-agenda-file = CSV 文件
admin-agenda-file-hint = 列为 start、end、kind、title、description、speakers，与下载文件相同。导入将替换整个议程；只要有一行无效，就不会做任何更改。
admin-agenda-import-submit = 导入
admin-actions = 操作
admin-move-up = 上移
admin-move-down = 下移
admin-move-up-label = 上移“{ $title }”
admin-move-down-label = 下移“{ $title }”
admin-delete = 删除
admin-delete-label = 删除“{ $title }”
admin-delete-heading = 删除
admin-session-delete-hint = 无人注册此会议，因此可以连同议程一起删除。此操作无法撤销。
admin-speakers-title = 发言人
admin-speakers-list = 全部发言人
admin-speaker-new = 新建发言人
admin-speaker-edit = 编辑发言人
admin-speaker-delete-hint = 出现在议程中的发言人不能删除；请先将其从议程中移除。
admin-stale = 在您编辑期间，其他人更改了此记录。您的更改未保存：请重新加载页面查看其更改，然后重新进行您的修改。
admin-content-refused = 未保存：该文本疑似篡改内容。
admin-notice-saved = 已保存。
admin-notice-created = 已创建。
admin-notice-deleted = 已删除。
admin-notice-status = 状态已更改。
admin-notice-imported = 议程已导入。
admin-notice-restored = 修订已恢复。
admin-notice-cancelled-emailed = 会议已取消；正在向每位注册者发送电子邮件。
field-invalid-slug = 请使用由连字符连接的小写字母和数字。
field-slug-taken = 此地址名称已被使用。
field-invalid-number = 请输入整数。
field-number-taken = 本系列的另一个会议已使用此编号。
field-invalid-date = 请按 YYYY-MM-DD 格式输入日期。
field-invalid-time = 请按 HH:MM 格式输入时间。
field-end-before-start = 结束时间必须晚于开始时间。
field-unknown-speaker = 请用发言人的地址名称指明（见“发言人”页面），主持人加 :moderator。
field-invalid-url = 请输入以 https:// 开头的网址。
field-speaker-in-agenda = 此发言人出现在议程中；请先将其移除。
email-session-cancelled-subject = 已取消：{ $title }
email-session-cancelled-body = 很抱歉：组织者已取消“{ $title }”（{ $when }）。您的注册无需任何进一步操作。新会议公布时我们会通知您。
admin-agenda-import-report = 议程文件未导入
admin-agenda-import-nothing = 未做任何更改。请更正以下各行后重新导入文件：
admin-agenda-import-line = 行
admin-agenda-import-column = 列
admin-agenda-import-problem = 问题
admin-links-flagged = 以下链接指向允许列表之外的网站。在会议公开之前，请逐一检查：
admin-links-confirm = 我已检查这些链接：{ $step }
content-only-in-en = 此文本仅有英文版本。
content-only-in-fr = 此文本仅有法文版本。
content-only-in-es = 此文本仅有西班牙文版本。
content-only-in-ru = 此文本仅有俄文版本。
content-only-in-zh = 此文本仅有中文版本。
content-only-in-ar = 此文本仅有阿拉伯文版本。
## Content checks and agenda import
refusal-active-tag = 请删除 <{ $tag }> 元素：文本中不允许使用脚本、框架、嵌入对象和样式。
refusal-event-handler = 请删除 { $attribute } 属性：文本不得运行脚本。
refusal-script-url = 请删除 { $scheme }: 链接：只允许网页链接（http、https）和电子邮件链接（mailto）。
refusal-hidden-text = 请删除隐藏文本（{ $how ->
    [display-none] display: none
    [invisible] visibility: hidden
    [zero-font-size] 字号为零
    [zero-opacity] 不透明度为零
    [off-screen] 置于屏幕之外
    [hidden-attribute] hidden 属性
    [aria-hidden] aria-hidden
    [same-colour] 文字颜色与背景相同
   *[zero-width] 不可见的零宽字符
}）：发布的所有内容都必须对读者可见。
refusal-too-many-links = 文本中的链接过多：{ $words } 个词中有 { $links } 个链接。请只保留读者需要的链接。
refusal-too-many-hosts = 链接指向 { $hosts } 个不在可信列表中的不同网站：这看起来像链接垃圾信息。
refusal-repeated-anchor = 链接文字“{ $text }”用于 { $times } 个不同的链接：这看起来像链接垃圾信息。
refusal-spam-vocabulary = “{ $term }”属于赌博、贷款或药品垃圾信息的用语，不予发布。
refusal-glued-script = “{ $run }”与另一种文字的词语紧连在一起，这正是插入句子中的垃圾信息的样子。如果这是真实的术语，请用空格或引号将其隔开。
content-flagged-link = 指向 { $host }（{ $url }）的链接不在可信网站列表中：发布前请确认。
agenda-import-at = 第 { $line } 行：{ $problem }
agenda-import-at-column = 第 { $line } 行，“{ $column }”列：{ $problem }
agenda-import-empty = 文件中没有议程项目。
agenda-import-not-utf8 = 文件不是 UTF-8 文本。请另存为“CSV UTF-8”后重试。
agenda-import-malformed = 此行不是格式正确的 CSV：请检查单元格数量和引号。
agenda-import-missing-column = 标题行缺少“{ $name }”列。
agenda-import-unknown-column = 标题行中有未知或重复的列“{ $name }”。
agenda-import-bad-time = “{ $value }”不是时间：请写成 HH:MM 或 YYYY-MM-DD HH:MM。
agenda-import-unknown-kind = “{ $value }”不是议程项目类型：请使用 { $kinds } 之一。
agenda-import-end-before-start = 该项目的结束时间早于开始时间。
agenda-import-overlap = 该项目与第 { $other } 行的项目时间重叠。
agenda-import-outside-session = 该项目不在会议日期之内。
agenda-import-unknown-speaker = 没有标识为“{ $slug }”的发言人。
agenda-import-bad-speaker = “{ $value }”不是发言人：请写标识，可在其后加 :moderator。
agenda-import-title-empty = 标题为空。
agenda-import-title-too-long = 标题超过 { $max } 个字符。
agenda-import-description-too-long = 说明超过 { $max } 个字符。
