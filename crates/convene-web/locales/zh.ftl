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
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
date-full = { $year }年{ $month }{ $day }日
date-month = { $year }年{ $month }
date-weekday = { $month }{ $day }日 { $weekday }
date-range-same-month = { $year }年{ $month }{ $day1 }日至{ $day2 }日
date-range-same-year = { $year }年{ $month1 }{ $day1 }日至{ $month2 }{ $day2 }日
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

## Back office: registrations and audit log
admin-nav-registrations = 报名
admin-nav-registrations-about = 每场会议的报名：搜索、筛选、下载、重新发送、取消、从候补名单转为正式。
admin-nav-audit = 审计日志
admin-nav-audit-about = 组织者和系统所做的每一项更改：谁、何时、什么、之前和之后。
admin-regs-index-title = 报名
admin-regs-index-intro = 选择一场会议以查看其报名。
admin-regs-count = { $count } 份报名
admin-regs-title = 报名：第 { $number } 场，{ $title }
admin-regs-all-sessions = 所有会议
admin-regs-counts = 按状态统计的报名
admin-regs-filters = 筛选
admin-regs-search = 搜索姓名、电子邮件或机构
admin-regs-col-name = 姓名
admin-regs-col-organisation = 机构
admin-regs-col-state = 状态
admin-regs-col-mode = 参加方式
admin-regs-col-language = 语言
admin-regs-col-registered = 报名时间（UTC）
admin-regs-col-checked-in = 签到时间（UTC）
admin-regs-col-synthetic = 演示记录
admin-regs-col-id = 编号
admin-regs-any = 全部
admin-regs-filter = 应用筛选
admin-regs-clear = 清除筛选
admin-regs-none = 没有匹配的报名。
admin-regs-showing = 显示第 { $first } 至 { $last } 条，共 { $total } 条
admin-regs-download-csv = 下载 CSV
admin-regs-download-xlsx = 下载 Excel（XLSX）
admin-regs-synthetic = 演示
admin-regs-resend = 重新发送邮件
admin-regs-promote = 给予名额
admin-regs-over-capacity = 即使超出容量
admin-regs-cancel = 取消报名
admin-pages = 分页
admin-page-previous = 上一页
admin-page-next = 下一页
admin-regs-state-confirmed = 已确认
admin-regs-count-confirmed = 已确认：{ $count }
admin-regs-state-pending = 待验证邮箱
admin-regs-count-pending = 待验证邮箱：{ $count }
admin-regs-state-waitlisted = 候补名单
admin-regs-count-waitlisted = 候补名单：{ $count }
admin-regs-state-cancelled = 已取消
admin-regs-count-cancelled = 已取消：{ $count }
admin-regs-state-expired = 已过期
admin-regs-count-expired = 已过期：{ $count }
admin-regs-sheet = 报名
admin-regs-refused-full = 没有空余名额。如仍要给予名额，请勾选“即使超出容量”后重试。
admin-regs-refused-not-waitlisted = 只有候补名单中的报名才能获得名额。
admin-regs-refused-not-live = 该报名已被取消或已过期。
admin-regs-refused-nothing-to-send = 该报名没有可重新发送的邮件。
admin-regs-stale = 自页面显示以来该报名已发生变化，因此未执行任何操作。列表显示的是其当前状态；如有需要请重试。
admin-notice-resent = 邮件正在发送。
admin-notice-cancelled = 报名已取消；其名额已转给候补名单，并已通过邮件通知本人。
admin-notice-promoted = 此人现已获得名额，并已收到邮件通知。
admin-notice-already-done = 此操作已完成；没有重复执行。
admin-notice-recently-sent = 该邮件刚刚已发送；未再次发送。
field-invalid-date = 请输入日期，例如 2026-11-24。
field-dates-reversed = 结束日期早于开始日期。
admin-audit-title = 审计日志
admin-audit-intro = 组织者和系统所做的每一项更改，最新的在前。该日志不能编辑或删除。
admin-audit-actor = 操作者
admin-audit-action = 操作
admin-audit-subject = 对象
admin-audit-from = 起始日（UTC）
admin-audit-to = 结束日（UTC）
admin-audit-filter-hint = 操作者为 user:<编号>、system 或 cli；操作可只写开头，如 registration.；对象写作 registration:12。
admin-audit-none = 没有匹配的条目。
admin-audit-download-jsonl = 下载 JSON Lines
admin-audit-when = 时间（UTC）
admin-audit-changes = 更改
admin-audit-field = 字段
admin-audit-before = 之前
admin-audit-after = 之后
admin-audit-changed = （已更改）
