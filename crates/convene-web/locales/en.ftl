# convene: English catalogue (the reference: every other language has every message here).

## Language names, each written in its own language in every catalogue's `lang-name-*`.
lang-name = English
lang-switch-label = Language

## Layout
skip-to-content = Skip to main content
nav-label = Main
nav-home = Home
nav-archive = Sessions
nav-speakers = Speakers
footer-powered = Runs on convene, open-source software for open conversations.
footer-api = Open data: JSON API
footer-demo = This site shows demo data: some sessions, agendas and speakers are illustrative.

## Home
home-next-session = Next session
home-current-session = Happening now
home-latest-session = Latest session
home-take-part = How to take part
home-take-part-open = Sessions are open to everyone and registration is free.
home-take-part-hybrid = Most sessions are hybrid: join in person or follow online, wherever you are.
home-take-part-archive = Browse every past session: agendas, speakers and topics.
home-all-sessions = All sessions
home-no-sessions = No sessions have been announced yet.
home-more-series = Other series

## Archive
archive-title = Sessions
archive-intro = Every session of { $series }, newest first.
archive-filter-label = Topic
archive-filter-all = All topics
archive-filter-submit = Filter
archive-count = { $count ->
    [0] No sessions
    [one] One session
   *[other] { $count } sessions
}
archive-count-topic = { $count ->
    [0] No sessions on “{ $topic }”.
    [one] One session on “{ $topic }”.
   *[other] { $count } sessions on “{ $topic }”.
}
archive-unknown-topic = There is no topic “{ $topic }”. Showing all sessions.

## Sessions
session-number = Session { $number }
session-when = When
session-where = Where
session-format = Format
session-status = Status
session-topics = Topics
session-summary = About this session
session-times-in-zone = Times are given in { $zone } time ({ $abbr }).
session-your-time = In your time zone ({ $zone }): { $range }
session-your-zone-label = Show times in my time zone
session-your-zone-hint = An IANA time zone name, for example America/New_York or Asia/Tokyo.
session-your-zone-submit = Show
session-online = Online
session-calendar = Add to my calendar (.ics)
session-upcoming = Upcoming
session-now = Happening now
session-past = Past session
session-demo = Demo content: the details of this session are illustrative, not a historical record.
session-month-only = Exact dates to be confirmed.
session-agenda = Agenda
session-agenda-empty = The agenda will be published here.
session-agenda-caption = Agenda of session { $number }, times in { $zone } time
agenda-time = Time
agenda-item = Item
agenda-people = People
agenda-moderator = { $count ->
    [one] Moderator
   *[other] Moderators
}
agenda-speaker = { $count ->
    [one] Speaker
   *[other] Speakers
}

format-in_person = In person
format-online = Online
format-hybrid = Hybrid (in person and online)

status-draft = Draft
status-announced = Announced
status-registration_open = Registration open
status-registration_closed = Registration closed
status-live = Live
status-concluded = Concluded
status-published = Material published
status-cancelled = Cancelled

kind-opening = Opening
kind-keynote = Keynote
kind-presentation = Presentation
kind-panel = Panel
kind-qa = Questions and answers
kind-break = Break
kind-closing = Closing

## Speakers
speakers-title = Speakers
speakers-intro = Speakers and moderators of every session.
speaker-appearances = Sessions
speaker-no-appearances = This person has no published session yet.
speaker-role-moderator = moderator
speaker-role-speaker = speaker
speaker-demo = Demo speaker: an invented person, shown so the site can be tried.

## Errors
error-not-found-title = Page not found
error-not-found = There is no page at this address. It may have moved, or the address may be mistyped.
error-bad-request-title = This address is not valid
error-bad-path = A part of the address is not valid: { $detail }
error-bad-number = “{ $value }” is not a session number.
error-unknown-zone = “{ $value }” is not a time zone we know. Use a name such as Europe/Zurich or America/New_York.
error-bad-query = The address has a parameter we cannot read: { $detail }
error-internal-title = Something went wrong
error-internal = We could not show this page. The problem has been logged; please try again in a moment.
error-unavailable-title = Temporarily unavailable
error-unavailable = The service is busy or being restarted. Please try again in a moment.
error-back-home = Go to the home page

## Dates and times
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
date-full = { $month } { $day }, { $year }
date-month = { $month } { $year }
date-weekday = { $weekday } { $month } { $day }
date-range-same-month = { $month } { $day1 }–{ $day2 }, { $year }
date-range-same-year = { $month1 } { $day1 } – { $month2 } { $day2 }, { $year }
date-range = { $date1 } – { $date2 }
datetime = { $date }, { $time }
time-range = { $start }–{ $end }

## Calendar files
ics-session-title = { $series }: session { $number }, { $title }
ics-more = Details and agenda: { $url }
