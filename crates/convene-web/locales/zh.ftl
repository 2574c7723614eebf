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
