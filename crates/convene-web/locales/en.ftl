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
agenda-your-time = Your time: { $range }
session-zone-suggestion = Did you mean { $zone }?
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

## Reach
nav-reach = Reach
reach-series-heading = Who takes part in { $series }
reach-session-heading = Who took part in { $session }: { $title }
reach-n-attendees = { $count ->
    [one] { $n } attendee
   *[other] { $n } attendees
}
reach-n-registrants = { $count ->
    [one] { $n } registrant
   *[other] { $n } registrants
}
reach-n-participants = { $count ->
    [one] { $n } participant
   *[other] { $n } participants
}
reach-n-countries = { $count ->
    [one] { $n } country
   *[other] { $n } countries
}
reach-headline = { $people } from { $countries }
reach-fewer-than = fewer than { $k }
reach-population-attendees = These figures count the people who attended, in person or online.
reach-population-registrants = These figures count confirmed registrations that were not cancelled.
reach-population-series = Each session counts the people who attended it where attendance was recorded, otherwise its confirmed registrations; the total counts each person once, however many sessions they joined.
reach-privacy = To protect privacy, any figure about fewer than { $k } people is shown as “fewer than { $k }”.
reach-privacy-countries = Countries are counted only when at least { $k } people come from them, so one person from a new country does not change the count.
reach-synthetic = The participant records of this demo are synthetic: generated to match the figures the sessions published, they are not real people.
reach-no-data = No registrations have been recorded yet.
reach-show-table = Show the figures as a table
reach-downloads = Download the figures
reach-download-json = All tables (JSON)
reach-download-csv = Download this table (CSV)
reach-download-table = { $table } (CSV)
session-reach = Participation
reach-table-summary = Summary
reach-table-sessions = Session by session
reach-table-countries = By country
reach-table-regions = By region
reach-table-groups = By stakeholder group
reach-table-modes = By way of taking part
reach-table-languages = By preferred language
reach-table-curve = Registrations over time
reach-column-label = Name
reach-column-count = People
reach-column-cumulative = Registered by that day
reach-column-people = People
reach-column-countries = Countries
reach-column-new_people = First-time participants
reach-figure-registrations = Registrations received
reach-figure-confirmed = Confirmed
reach-figure-waitlisted = On the waiting list
reach-figure-pending = Awaiting email confirmation
reach-figure-cancelled = Cancelled
reach-figure-attended = Attended
reach-figure-attended_in_person = Attended in person
reach-figure-attended_online = Attended online
reach-figure-countries = Countries
reach-figure-people = Distinct people
reach-figure-participations = Participations (a person in two sessions counts twice)
reach-figure-sessions = Sessions with participants
reach-map-title = Participants by country
reach-map-desc = A world map in which each country is shaded by its number of participants. The table below lists every country with its figure.
reach-chart-desc = A bar chart of the figures in the table below.
reach-legend-none = None
reach-legend-range = { $lo }–{ $hi }
region-africa = Africa
region-americas = Americas
region-asia = Asia
region-europe = Europe
region-oceania = Oceania
region-antarctica = Antarctica
region-unknown = Unknown

## Errors
error-not-found-title = Page not found
error-not-found = There is no page at this address. It may have moved, or the address may be mistyped.
error-bad-request-title = This address is not valid
error-bad-path = A part of the address is not valid: { $detail }
error-bad-number = “{ $value }” is not a session number.
error-unknown-zone = “{ $value }” is not a time zone we know. Use a name such as Europe/Zurich or America/New_York.
error-bad-query = The address has a parameter we cannot read: { $detail }
error-bad-form = The form could not be read ({ $detail }): it must be sent as UTF-8 text. Nothing was saved; please go back and send it again.
error-internal-title = Something went wrong
error-internal = We could not show this page. The problem has been logged; please try again in a moment.
error-unavailable-title = Temporarily unavailable
error-unavailable = The service is busy or being restarted. Please try again in a moment.
error-back-home = Go to the home page

## Dates and times
date-range = { $date1 } – { $date2 }
datetime = { $date }, { $time }
time-range = { $start }–{ $end }

## Calendar files
ics-session-title = { $series }: session { $number }, { $title }
ics-session-day = { $title } (day { $day } of { $days })
ics-more = Details and agenda: { $url }

## Registration
session-registration = Registration
session-register = Register
registration-state-not_offered = This session does not take registrations.
registration-state-not_yet_open = Registration has not opened yet.
registration-state-open = Registration is open and free.
registration-state-full_in_person = The room is full: new in-person registrations join the waiting list. Online participation is still open.
registration-state-full = All places are taken: new registrations join the waiting list.
registration-state-closed = Registration is closed.
register-title = Register for { $title }
register-back-to-session = Back to the session
register-submit = Register
register-sent-title = Check your inbox
register-sent-body = We have sent you an email. Follow the link in it to confirm your address; your registration is complete only then.
register-sent-again = If you had already registered with this address, the email contains the link to your registration instead.
form-required-note = Fields marked * are required.
form-errors-title = Please correct the following
form-errors-intro = Some fields could not be accepted.
form-too-fast = The form was sent too quickly to be filled in by a person. Please check it and send it again.
register-unavailable = We cannot take registrations right now, and nothing was saved. Your answers are still below: please send the form again in a few minutes.
field-name = Full name
field-email = Email address
field-country = Country
field-choose = Choose…
field-stakeholder-group = Stakeholder group
field-organisation = Organisation (optional)
field-attendance-mode = How will you take part?
field-language = Preferred language
field-accessibility = Accessibility needs (optional)
field-accessibility-hint = For example sign language interpretation, captions, step-free access or a seat near the front.
field-consent = I have read the privacy notice and agree that my registration is stored for this session.
field-list-publicly = List my name in the public list of participants
field-news-updates = Send me news updates about the series
field-honeypot = Leave this field empty
field-required = This field is required.
field-too-long = { $count ->
    [one] Use at most { $count } character.
   *[other] Use at most { $count } characters.
}
field-control-characters = Remove the invisible control characters from this field.
field-direction-override = Remove the invisible text-direction characters from this field.
field-invalid-email = Enter an email address such as name@example.org.
field-unknown-choice = Choose one of the options offered.
field-consent-required = You need to agree to the privacy notice to register.
field-mode-not-offered = This session does not offer that way of taking part.
answer-yes = Yes
answer-no = No
group-member_state = Member State
group-igo = Intergovernmental organisation
group-ngo_civil_society = NGO and civil society
group-academia_research = Academia and research
group-ip_professional = IP professional
group-enterprise_industry = Enterprise and industry
group-creator_artist = Creator and artist
group-media = Media
group-individual = Individual
mode-in_person = In person
mode-online = Online
language-ar = العربية (Arabic)
language-zh = 中文 (Chinese)
language-en = English
language-fr = Français (French)
language-ru = Русский (Russian)
language-es = Español (Spanish)
channel-floor = Original language (floor)
channel-ar = Arabic interpretation
channel-zh = Chinese interpretation
channel-en = English interpretation
channel-fr = French interpretation
channel-ru = Russian interpretation
channel-es = Spanish interpretation

## Manage page
manage-title = Your registration
manage-status-confirmed = Confirmed. We look forward to seeing you.
manage-status-pending = Waiting for you to confirm your email address: follow the link in the email we sent.
manage-status-waitlisted = You are on the waiting list, number { $position }. We will email you if a place becomes free.
manage-status-cancelled = Cancelled.
manage-status-expired = Expired: the email address was not confirmed in time. You can register again.
manage-register-again = Register again
manage-done-verified = Thank you: your email address is confirmed.
manage-done-expired = This link has expired: the email address was not confirmed in time, so the registration was not kept. Register again to take part.
manage-done-updated = Your changes are saved.
manage-done-cancelled = Your registration is cancelled.
manage-done-invalid = The changes could not be saved: please choose from the options offered.
manage-done-erase-unconfirmed = Tick the box to confirm that your data should be erased.
manage-join-title = Join online
manage-join-intro = These links are personal to you: please do not share them. Choose the language you want to listen in.
manage-badge-title = Your check-in code
manage-badge-intro = Show this code at the entrance, on your phone or printed.
manage-badge-code = Code:
manage-qr-label = QR code for check-in
manage-checked-in = Checked in at { $time }.
manage-details-title = Your details
manage-change-title = Change your registration
manage-save = Save changes
manage-cancel = Cancel my registration
manage-data-title = Your data
manage-export = Download my data (JSON)
manage-erase-confirm = I want my personal data erased. This cannot be undone.
manage-erase = Erase my data

## Check-in
checkin-title = Check-in
checkin-token = Staff access code
checkin-login = Open check-in
checkin-sign-out = Sign out of this device
checkin-code = Participant code
checkin-code-hint = Scan the QR code or type the code printed under it.
checkin-submit = Check in
checkin-done = Checked in: { $name } ({ $mode }).
checkin-already = { $name } was already checked in at { $time }.
checkin-unknown = Unknown code. Check it and try again.
checkin-refused = This registration is not confirmed (waiting list, cancelled or unverified).
checkin-admitting = Checking in for session { $number }: { $title } · { $count ->
    [one] { $count } person in
   *[other] { $count } people in
}
checkin-admitting-none = No session is open for check-in now: check-in opens a day before a session starts.
checkin-not-now = This code is for session { $number }, { $title } ({ $when }). Check-in is open from a day before the session starts until it ends; nobody was checked in.

## Privacy
privacy-link = Read the privacy notice
privacy-title = Privacy notice
privacy-version = Version of { $version }
privacy-what-title = What we store
privacy-what = Your name, email address, country, stakeholder group, organisation, attendance mode, preferred language, accessibility needs, your answers to the session's questions, and when you registered, confirmed and attended.
privacy-why-title = Why
privacy-why = To run the session: confirm your place, send you the joining details and reminders, check you in, and publish aggregate figures of participation (never figures about fewer than five people).
privacy-who-title = Who sees it
privacy-who = Only the organisers. Your name appears in the public participant list only if you ask for it.
privacy-controller-title = Who is responsible
privacy-controller = { $controller } is responsible for your data (the data controller). Write to { $contact } with any question or request about it.
privacy-retention-title = How long we keep it
privacy-retention = Registrations are kept for { $months ->
    [one] one month
   *[other] { $months } months
} after the session, then erased; only anonymous counts remain.
privacy-rights-title = Your rights
privacy-rights = With the link in your confirmation email you can see, change, download and erase your data at any time. Erasing removes everything that identifies you; only anonymous counts remain.

## Errors
error-forbidden-title = Form expired
error-forbidden = This form has expired or was sent from another site. Go back, reload the page and try again.
error-too-many-title = Too many attempts
error-too-many = There have been too many attempts from your connection or for this address. Please wait a while and try again.
error-registration-closed-title = Registration not open

## Emails
email-greeting = Dear { $name },
email-footer = You receive this email because this address was used to register on { $site }.
email-verify-subject = Confirm your registration: { $title }
email-verify-body = Thank you for registering for { $title } ({ $when }). Please confirm your email address to complete your registration.
email-verify-ignore = If you did not register, ignore this email: nothing more will happen.
email-verify-action = Confirm my registration
email-manage-action = See or change my registration
email-confirmed-subject = You are registered: { $title }
email-confirmed-body = Your registration for { $title } ({ $when }) is confirmed. The calendar file is attached. Keep this email: its link lets you change or cancel your registration.
email-waitlisted-subject = You are on the waiting list: { $title }
email-waitlisted-body = Your address is confirmed. The room for { $title } is full, so you are on the waiting list, number { $position }. We will email you as soon as a place becomes free.
email-manage-link-subject = Your registration: { $title }
email-manage-link-body = You asked to register again for { $title } ({ $when }). You are already registered; here is the link to your registration.
email-promoted-subject = A place is free for you: { $title }
email-promoted-body = Good news: a place became free for { $title } ({ $when }) and it is now yours.
email-reminder-24h-subject = Tomorrow: { $title }
email-reminder-1h-subject = Starting in one hour: { $title }
email-reminder-body = A reminder that { $title } starts soon ({ $when }).
email-join-title = Join online (personal links, please do not share)
email-badge-body = Your check-in code, to show at the entrance:
email-cancelled-subject = Registration cancelled: { $title }
email-cancelled-body = Your registration for { $title } ({ $when }) is cancelled. You are welcome to register again while registration is open.

## Back office
admin-sign-in-required-title = Sign-in required
admin-sign-in-required = This page is for organisers. Sign in at /admin/login and try again.
admin-not-allowed-title = Not available for your role
admin-not-allowed = Your account's role does not give access to this page. An administrator can change your role.
admin-link-expired-title = Link expired
admin-link-expired = This link has already been used or is no longer valid. Ask for a new one on the "Forgot your password?" page or from an administrator.
admin-nav-label = Back office
admin-logout = Sign out
admin-nav-dashboard = Back office
admin-nav-users = Accounts
admin-nav-users-about = Create organiser accounts, change roles, disable accounts.
admin-nav-checkin = Check-in
admin-nav-checkin-about = Admit in-person participants at the entrance.
admin-nav-password = Change my password
admin-nav-password-about = Choose a new password; your other sessions are signed out.
admin-role-admin = Administrator
admin-role-editor = Editor
admin-role-moderator = Moderator
admin-role-checkin = Check-in staff
admin-role-admin-about = As an administrator you manage accounts and settings, and can do everything the other roles do.
admin-role-editor-about = As an editor you prepare series, sessions, agendas, speakers, pages, stories and publications.
admin-role-moderator-about = As a moderator you review written interventions and participants' questions.
admin-role-checkin-about = As check-in staff you admit in-person participants at the entrance.
admin-notice-signed-out = You are signed out.
admin-notice-password-set = Your password is set. You can sign in now.
admin-notice-password-changed = Your password is changed. Your other sessions were signed out.
admin-notice-role-changed = The role is changed.
admin-notice-disabled = The account is disabled and its sessions are signed out.
admin-notice-enabled = The account is enabled again.
admin-login-title = Organiser sign-in
admin-login-wrong = The email address or the password is not right.
admin-login-wait = { $count ->
    [one] Too many attempts. Try again in one minute.
   *[other] Too many attempts. Try again in { $count } minutes.
}
admin-field-email = Email address
admin-field-password = Password
admin-login-submit = Sign in
admin-login-forgot = Forgot your password?
admin-dashboard-title = Back office
admin-password-title = Change my password
admin-set-password-title = Choose your password
admin-set-password-for = Account:
admin-field-current-password = Current password
admin-field-new-password = New password
admin-field-confirm-password = New password again
admin-password-rules = At least 12 characters. A few words you will remember make a good password; avoid your email address and common passwords.
admin-password-submit = Save the password
admin-reset-title = Forgot your password?
admin-reset-intro = Enter the email address of your organiser account. We will send you a link to choose a new password.
admin-reset-submit = Send the link
admin-reset-sent = If an organiser account uses this address, a link to choose a new password is on its way. It works once, for one hour.
admin-back-to-login = Back to sign-in
admin-users-title = Accounts
admin-users-create = New account
admin-field-role = Role
admin-users-create-hint = The new organiser receives an email with a link to choose a password; the link is also shown to you once.
admin-users-create-submit = Create the account
admin-users-list = All accounts
admin-users-status = Status
admin-users-actions = Actions
admin-users-save-role = Change role
admin-users-enable = Enable
admin-users-disable = Disable
admin-users-new-link = New password link
admin-status-active = Active
admin-status-invited = Invited, no password yet
admin-status-disabled = Disabled
admin-users-disabled-no-link = A disabled account cannot get a password link. Enable it first.
admin-users-not-yourself = You cannot change your own role or disable your own account. Ask another administrator.
admin-users-unknown-action = This action is not available.
admin-users-stale = Someone changed this account in the meantime. The list shows it as it is now; try again if needed.
admin-created-title = Account created
admin-new-link-title = New password link
admin-link-intro = Give this link to { $email } (it was also sent by email):
admin-link-once = The link works once. Invitation links last 72 hours; this page will not show it again.
admin-link-back = Back to the accounts
field-password-too-short = { $count ->
    [one] Use at least one character.
   *[other] Use at least { $count } characters.
}
field-password-is-email = Do not use your email address as your password.
field-password-common = This password is too common and easy to guess. Choose another one.
field-password-mismatch = The two passwords are not the same.
field-wrong-password = This is not your current password.
field-email-taken = An account with this email address already exists.
checkin-staff-sign-in = Organisers: sign in with your account
email-account-greeting = Hello,
email-account-footer = You receive this email because an organiser account on { $site } uses this address.
email-invite-subject = Your organiser account on { $site }
email-invite-body = An organiser account was created for you on { $site }, with the role: { $role }. Choose your password to start.
email-invite-action = Choose my password
email-reset-subject = Choose a new password for { $site }
email-reset-body = Someone asked to reset the password of your organiser account on { $site }. If it was you, choose a new password with the link below. If not, ignore this email: your password stays as it is.
email-reset-action = Choose a new password
email-link-expiry-set = The link works once, within 72 hours.
email-link-expiry-reset = The link works once, within one hour.
admin-nav-reach = Reach figures
admin-nav-reach-about = Exact participation figures for the series and each session, with downloads.
admin-reach-title = Reach: { $scope }
admin-reach-scopes = Series and sessions
admin-reach-exact = Exact figures, small counts included: for organisers only. Publish the public reach pages instead, which hide any figure below 5.

## Back office: editing content
admin-nav-sessions = Sessions
admin-nav-sessions-about = Create and edit sessions, their agendas, registration and lifecycle.
admin-nav-speakers = Speakers
admin-nav-speakers-about = Speakers' names, affiliations and biographies, as agendas show them.
admin-sessions-title = Series and sessions
admin-sessions-none = No sessions yet.
admin-series-new = New series
admin-series-edit = Edit the series
admin-session-new = New session
admin-session-new-in = New session in { $series }
admin-session-new-hint = A new session is a draft: visitors and the API do not see it until you announce it.
admin-session-details = Details
admin-registrations = Registrations
admin-registrations-link = See the registrations
admin-public-page = Public page
admin-revisions-link = History of the texts
admin-revisions-title = History of the texts
admin-revisions-none = No saved revisions yet.
admin-revisions-recent = Recent changes to texts
admin-revisions-recent-intro = The latest saved revisions of every series, session, agenda item and speaker, newest first. Open one to compare it with the one before and restore it.
admin-revision-current = current
admin-restore = Restore this revision
admin-restore-invalid = This revision cannot be restored as it is: its texts no longer pass the checks.
admin-back = Back
admin-back-to-session = Back to the session
admin-lifecycle = Status
admin-lifecycle-final = This session is cancelled; nothing follows.
admin-lifecycle-not-next = That step does not follow from the session’s current status.
admin-lifecycle-has-registrations = People registered for this session: it cannot be deleted or made a draft again, only cancelled (which emails every registrant).
admin-cancel-hint = Cancelling emails every registrant in their language.
admin-step-announced = Announce (make public)
admin-step-registration_open = Open registration
admin-step-registration_closed = Close registration
admin-step-live = Mark as live
admin-step-concluded = Mark as concluded
admin-step-published = Publish the material
admin-step-draft = Back to draft (hide)
admin-step-cancelled = Cancel the session
admin-precision-time = Exact times
admin-precision-day = Days only
admin-precision-month = Month only
admin-field-number = Number
admin-field-language = Language of the texts
admin-field-title = Title
admin-field-summary = Summary (Markdown)
admin-field-description = Description (Markdown)
admin-field-bio = Biography (Markdown)
admin-field-starts_on = Start date
admin-field-starts_time = Start time
admin-field-ends_on = End date
admin-field-ends_time = End time
admin-field-time_zone = Time zone (IANA name, e.g. Europe/Zurich)
admin-field-precision = How precise the dates are
admin-field-format = Format
admin-field-venue = Venue
admin-field-takes_registrations = Takes registrations
admin-field-opens_on = Registration opens on
admin-field-opens_time = at
admin-field-closes_on = Registration closes on
admin-field-closes_time = at
admin-field-capacity_in_person = Seats in the room (empty: no in-person part)
admin-field-capacity_online = Online places (empty: unlimited)
admin-field-join = Join link: { $channel }
admin-field-day = Day
admin-field-kind = Kind
admin-field-speakers = Speakers
admin-field-slug = Address name
admin-field-name = Name
admin-field-affiliation = Organisation and position
admin-slug-hint = Lower-case letters and digits joined by hyphens, e.g. generative-ai. It appears in links and cannot change later.
admin-speakers-hint = Speaker address names separated by commas; add :moderator for a moderator, e.g. li-wei:moderator, ana-perez
admin-translations = Translations
admin-translations-hint = Visitors see the text in their language when it is given here, otherwise the original with a note.
admin-translation-heading = In { $language }
admin-preview = Preview
admin-preview-heading = Preview (not saved yet)
admin-save = Save
admin-create = Create
admin-save-registration = Save the registration settings
admin-registration-settings = Registration
admin-yes = Yes
admin-no = No
admin-channel-floor = original audio
admin-channel-ar = Arabic
admin-channel-zh = Chinese
admin-channel-en = English
admin-channel-fr = French
admin-channel-ru = Russian
admin-channel-es = Spanish
admin-agenda = Agenda
admin-agenda-empty = No agenda items yet.
admin-agenda-time = When
admin-agenda-add = Add an agenda item
admin-agenda-edit = Edit the agenda item
admin-agenda-export = Download the agenda (CSV)
admin-agenda-import = Import an agenda from a CSV file
admin-agenda-file = CSV file
admin-agenda-file-hint = Columns start, end, kind, title, description, speakers, as the download writes them. The import replaces the whole agenda, and nothing is changed unless every row is valid.
admin-agenda-import-submit = Import
admin-actions = Actions
admin-move-up = Up
admin-move-down = Down
admin-move-up-label = Move { $title } up
admin-move-down-label = Move { $title } down
admin-delete = Delete
admin-delete-label = Delete { $title }
admin-delete-heading = Delete
admin-session-delete-hint = Nobody registered for this session, so it can be deleted with its agenda. This cannot be undone.
admin-speakers-title = Speakers
admin-speakers-list = All speakers
admin-speaker-address-name = address name:
admin-speaker-new = New speaker
admin-speaker-edit = Edit the speaker
admin-speaker-delete-hint = A speaker who appears in an agenda cannot be deleted; remove them from the agenda first.
admin-stale = Someone else changed this record while you were editing it. Nothing of yours was saved: reload the page to see their changes, then make yours again.
admin-content-refused = Not saved: the text looks like a defacement.
admin-notice-saved = Saved.
admin-notice-created = Created.
admin-notice-deleted = Deleted.
admin-notice-status = The status is changed.
admin-notice-imported = The agenda is imported.
admin-notice-restored = The revision is restored.
admin-notice-cancelled-emailed = The session is cancelled; every registrant is being emailed.
field-invalid-slug = Use lower-case letters and digits joined by hyphens.
field-slug-taken = This address name is already in use.
field-invalid-number = Enter a whole number.
field-number-taken = Another session of this series has this number.
field-invalid-date = Enter a date such as 2026-11-24.
field-invalid-time = Enter a time as HH:MM.
field-end-before-start = The end must come after the start.
field-unknown-speaker = Name speakers by their address name (see the Speakers page), with :moderator for moderators.
field-speaker-not-found = No speaker has the address name “{ $slug }”. The Speakers page lists every speaker's address name.
field-invalid-url = Enter a web address starting with https://.
field-speaker-in-agenda = This speaker appears in an agenda; remove them from it first.
email-session-cancelled-subject = Cancelled: { $title }
email-session-cancelled-body = We are sorry: the organisers have cancelled { $title } ({ $when }). Your registration needs nothing more from you. We will write when a new session is announced.
admin-agenda-import-report = The agenda file was not imported
admin-agenda-import-nothing = Nothing was changed. Correct these rows and import the file again:
admin-agenda-import-line = Line
admin-agenda-import-column = Column
admin-agenda-import-problem = Problem
admin-links-flagged = These links go to sites outside the allow-list. Check each one before the session becomes public:
admin-links-confirm = I checked these links: { $step }
content-only-in-en = This text is available in English only.
content-only-in-fr = This text is available in French only.
content-only-in-es = This text is available in Spanish only.
content-only-in-ru = This text is available in Russian only.
content-only-in-zh = This text is available in Chinese only.
content-only-in-ar = This text is available in Arabic only.
## Content checks and agenda import
refusal-active-tag = Remove the <{ $tag }> element: scripts, frames, embedded objects and styles are not allowed in text.
refusal-event-handler = Remove the { $attribute } attribute: text may not run scripts.
refusal-script-url = Remove the { $scheme }: link: only web (http, https) and email (mailto) links are allowed.
refusal-hidden-text = Remove the hidden text ({ $how ->
    [display-none] display: none
    [invisible] visibility: hidden
    [zero-font-size] a font size of zero
    [zero-opacity] an opacity of zero
    [off-screen] placed off screen
    [hidden-attribute] the hidden attribute
    [aria-hidden] aria-hidden
    [same-colour] text coloured like its background
   *[zero-width] invisible zero-width characters
}): everything published must be visible to readers.
refusal-too-many-links = Too many links for the text: { $links } links in { $words } words. Keep the links readers need.
refusal-too-many-hosts = Links to { $hosts } different websites that are not on the trusted list: this looks like link spam.
refusal-repeated-anchor = The link text “{ $text }” is used for { $times } different links: this looks like link spam.
refusal-spam-vocabulary = “{ $term }” is vocabulary of gambling, loan or pharmacy spam, which is not published.
refusal-glued-script = “{ $run }” is glued to a word in another script, as spam swapped into a sentence looks. If it is a real term, separate it with a space or quotation marks.
content-flagged-link = Link to { $host } ({ $url }), which is not on the list of trusted sites: confirm it before publishing.
agenda-import-at = Line { $line }: { $problem }
agenda-import-at-column = Line { $line }, column “{ $column }”: { $problem }
agenda-import-empty = The file has no agenda items.
agenda-import-not-utf8 = The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.
agenda-import-malformed = This row is not well-formed CSV: check its number of cells and its quotation marks.
agenda-import-missing-column = The header row has no “{ $name }” column.
agenda-import-unknown-column = The header row names an unknown or repeated column, “{ $name }”.
agenda-import-bad-time = “{ $value }” is not a time: write HH:MM or YYYY-MM-DD HH:MM.
agenda-import-unknown-kind = “{ $value }” is not a kind of item: use one of { $kinds }.
agenda-import-end-before-start = The item ends before it starts.
agenda-import-overlap = The item overlaps the one on line { $other }.
agenda-import-outside-session = The item is not within the session’s days.
agenda-import-unknown-speaker = No speaker has the identifier “{ $slug }”.
agenda-import-bad-speaker = “{ $value }” is not a speaker: write an identifier, optionally followed by :moderator.
agenda-import-title-empty = The title is empty.
agenda-import-title-too-long = The title is longer than { $max } characters.
agenda-import-description-too-long = The description is longer than { $max } characters.
## Back office: registrations and audit log
admin-nav-registrations = Registrations
admin-nav-registrations-about = Each session's registrations: search, filter, download, resend, cancel, promote from the waiting list.
admin-nav-audit = Audit log
admin-nav-audit-about = Every change made by organisers and by the system: who, when, what, before and after.
admin-regs-index-title = Registrations
admin-regs-index-intro = Choose a session to see its registrations.
admin-regs-count = { $count ->
    [one] { $count } registration
   *[other] { $count } registrations
}
admin-regs-title = Registrations: session { $number }, { $title }
admin-regs-all-sessions = All sessions
admin-regs-counts = Registrations by state
admin-regs-filters = Filters
admin-regs-search = Search name, email or organisation
admin-regs-col-name = Name
admin-regs-col-organisation = Organisation
admin-regs-col-state = State
admin-regs-col-mode = Mode
admin-regs-col-language = Language
admin-regs-col-registered = Registered (UTC)
admin-regs-col-checked-in = Checked in (UTC)
admin-regs-col-synthetic = Demo record
admin-regs-col-id = Id
admin-regs-col-accessibility = Accessibility needs
admin-regs-col-needs = Accessibility needs and answers
admin-regs-any = Any
admin-regs-filter = Apply filters
admin-regs-clear = Clear filters
admin-regs-none = No registration matches.
admin-regs-showing = Showing { $first } to { $last } of { $total }
admin-regs-download-csv = Download as CSV
admin-regs-download-xlsx = Download as Excel (XLSX)
admin-regs-synthetic = demo
admin-regs-resend = Resend email
admin-regs-promote = Give a place
admin-regs-over-capacity = even over capacity
admin-regs-cancel = Cancel registration
admin-pages = Pages
admin-page-previous = Previous page
admin-page-next = Next page
admin-regs-state-confirmed = Confirmed
admin-regs-count-confirmed = Confirmed: { $count }
admin-regs-state-pending = Awaiting email check
admin-regs-count-pending = Awaiting email check: { $count }
admin-regs-state-waitlisted = Waiting list
admin-regs-count-waitlisted = Waiting list: { $count }
admin-regs-state-cancelled = Cancelled
admin-regs-count-cancelled = Cancelled: { $count }
admin-regs-state-expired = Expired
admin-regs-count-expired = Expired: { $count }
admin-regs-sheet = Registrations
admin-regs-refused-full = No place is free. To give one anyway, tick "even over capacity" and try again.
admin-regs-refused-not-waitlisted = Only a registration on the waiting list can be given a place.
admin-regs-refused-not-live = This registration is already cancelled or expired.
admin-regs-refused-nothing-to-send = There is no email to resend for this registration.
admin-regs-stale = This registration changed since the page was shown, so nothing was done. The list shows it as it is now; try again if needed.
admin-notice-resent = The email is on its way.
admin-notice-cancelled = The registration is cancelled; its place went to the waiting list and the person was emailed.
admin-notice-promoted = The person has a place now and was emailed.
admin-notice-already-done = This was already done; nothing was done twice.
admin-notice-recently-sent = This email was sent moments ago; it was not sent again.
field-dates-reversed = The end date is before the start date.
admin-audit-title = Audit log
admin-audit-intro = Every change of state, newest first: by organisers, door staff, registrants through their links, and the system, with sign-ins and failed sign-ins. Only the fields that changed are shown. The log cannot be edited or deleted.
admin-audit-actor = Who
admin-audit-action = Action
admin-audit-subject = Record
admin-audit-from = From (UTC day)
admin-audit-to = To (UTC day)
admin-audit-filter-hint = Who is user:<number>, registrant, door, anonymous, system or cli; an action may be given by its start, such as registration.; a record is written like registration:12.
admin-audit-none = No entry matches.
admin-audit-download-jsonl = Download as JSON Lines
admin-audit-when = When (UTC)
admin-audit-changes = Changes
admin-audit-field = Field
admin-audit-before = Before
admin-audit-after = After
admin-audit-changed = (changed)

admin-questions = Registration questions
admin-questions-none = No questions beyond the standard form.
admin-question-add = Add a question
admin-question-required = required
admin-question-kind-text = Free text
admin-question-kind-choice = One of several choices
admin-question-kind-yes_no = Yes or no
admin-question-choices-hint = For a choice question: one choice per line, two or more.
admin-field-question_label = Question
admin-field-question_kind = Kind of answer
admin-field-question_choices = Choices
admin-field-question_required = Answer required
admin-series-delete-hint = Only a series without sessions can be deleted.
field-too-few-choices = Give two or more choices, one per line.
field-in-use = Other records depend on this one, so it cannot be deleted (answers to a question, sessions of a series).
admin-field-topics = Topics
admin-topics-hint = Topic address names separated by commas, e.g. generative-ai, data. A new topic: its address name, =, its name (quantum=Quantum computing).
field-unknown-topic = Name existing topics by their address name; give a new one as address-name=Name.
