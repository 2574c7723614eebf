# convene: Russian catalogue (translation of en.ftl, the reference: every message there must exist here).

## Language names, each written in its own language in every catalogue's `lang-name-*`.
lang-name = Русский
lang-switch-label = Язык

## Layout
skip-to-content = Перейти к основному содержанию
nav-label = Основное меню
nav-home = Главная
nav-archive = Сессии
nav-speakers = Докладчики
footer-powered = Работает на convene — программном обеспечении с открытым исходным кодом для открытых диалогов.
footer-api = Открытые данные: JSON API
footer-demo = На этом сайте представлены демонстрационные данные: некоторые сессии, повестки дня и докладчики приведены в качестве примера.

## Home
home-next-session = Следующая сессия
home-current-session = Проходит сейчас
home-latest-session = Последняя сессия
home-take-part = Как принять участие
home-take-part-open = Сессии открыты для всех, регистрация бесплатная.
home-take-part-hybrid = Большинство сессий проходит в гибридном формате: в них можно участвовать очно или следить за ними онлайн, где бы вы ни находились.
home-take-part-archive = Просмотрите все прошедшие сессии: повестки дня, докладчиков и темы.
home-all-sessions = Все сессии
home-no-sessions = Пока не объявлено ни одной сессии.
home-more-series = Другие серии

## Archive
archive-title = Сессии
archive-intro = Все сессии серии { $series }, начиная с самой последней.
archive-filter-label = Тема
archive-filter-all = Все темы
archive-filter-submit = Применить
archive-count = { $count ->
    [0] Нет сессий
    [one] { $count } сессия
    [few] { $count } сессии
    [many] { $count } сессий
   *[other] { $count } сессии
}
archive-count-topic = { $count ->
    [0] Нет сессий по теме «{ $topic }».
    [one] { $count } сессия по теме «{ $topic }».
    [few] { $count } сессии по теме «{ $topic }».
    [many] { $count } сессий по теме «{ $topic }».
   *[other] { $count } сессии по теме «{ $topic }».
}
archive-unknown-topic = Темы «{ $topic }» не существует. Показаны все сессии.

## Sessions
session-number = Сессия { $number }
session-when = Дата
session-where = Место
session-format = Формат
session-status = Статус
session-topics = Темы
session-summary = Об этой сессии
session-times-in-zone = Время указано по часовому поясу { $zone } ({ $abbr }).
session-your-time = В вашем часовом поясе ({ $zone }): { $range }
agenda-your-time = Ваше время: { $range }
session-zone-suggestion = Возможно, вы имели в виду { $zone }?
session-your-zone-label = Показать время в моем часовом поясе
session-your-zone-hint = Название часового пояса по базе IANA, например America/New_York или Asia/Tokyo.
session-your-zone-submit = Показать
session-online = Онлайн
session-calendar = Добавить в мой календарь (.ics)
session-upcoming = Предстоящая
session-now = Проходит сейчас
session-past = Прошедшая сессия
session-demo = Демонстрационные материалы: сведения об этой сессии приведены в качестве примера и не являются историческими данными.
session-month-only = Точные даты будут подтверждены позднее.
session-agenda = Повестка дня
session-agenda-empty = Повестка дня будет опубликована здесь.
session-agenda-caption = Повестка дня сессии { $number }, время указано по часовому поясу { $zone }
agenda-time = Время
agenda-item = Пункт
agenda-people = Участники
agenda-moderator = { $count ->
    [one] Модератор
    [few] Модераторы
    [many] Модераторы
   *[other] Модераторы
}
agenda-speaker = { $count ->
    [one] Докладчик
    [few] Докладчики
    [many] Докладчики
   *[other] Докладчики
}

format-in_person = Очно
format-online = Онлайн
format-hybrid = Гибридный (очно и онлайн)

status-draft = Черновик
status-announced = Объявлена
status-registration_open = Открыта регистрация
status-registration_closed = Регистрация закрыта
status-live = В прямом эфире
status-concluded = Завершена
status-published = Материалы опубликованы
status-cancelled = Отменена

kind-opening = Открытие
kind-keynote = Основной доклад
kind-presentation = Презентация
kind-panel = Панельная дискуссия
kind-qa = Вопросы и ответы
kind-break = Перерыв
kind-closing = Закрытие

## Speakers
speakers-title = Докладчики
speakers-intro = Докладчики и модераторы всех сессий.
speaker-appearances = Сессии
speaker-no-appearances = Пока нет опубликованных сессий с участием этого человека.
speaker-role-moderator = модератор
speaker-role-speaker = докладчик
speaker-demo = Демонстрационный докладчик: вымышленное лицо, показанное для ознакомления с работой сайта.

## Reach
nav-reach = Участники
reach-series-heading = Кто участвует: { $series }
reach-session-heading = Кто участвовал: { $session } — { $title }
reach-n-attendees = { $count ->
    [one] { $n } участник
    [few] { $n } участника
    [many] { $n } участников
   *[other] { $n } участника
}
reach-n-registrants = { $count ->
    [one] { $n } зарегистрированный
   *[other] { $n } зарегистрированных
}
reach-n-participants = { $count ->
    [one] { $n } участник
    [few] { $n } участника
    [many] { $n } участников
   *[other] { $n } участника
}
reach-n-countries = { $count ->
    [one] { $n } страны
    [few] { $n } стран
    [many] { $n } стран
   *[other] { $n } страны
}
reach-headline = { $people } из { $countries }
reach-fewer-than = менее { $k }
reach-population-attendees = Эти цифры учитывают тех, кто присутствовал очно или онлайн.
reach-population-registrants = Эти цифры учитывают подтверждённые и не отменённые регистрации.
reach-population-series = Каждая сессия учитывает присутствовавших, если присутствие отмечалось, иначе — подтверждённые регистрации; в итоге каждый человек учитывается один раз, сколько бы сессий он ни посетил.
reach-privacy = В целях защиты частной жизни любая цифра меньше { $k } человек показывается как «менее { $k }».
reach-privacy-countries = Страна учитывается, только если из неё не менее { $k } человек, поэтому один человек из новой страны не меняет число стран.
reach-synthetic = Записи участников в этой демонстрации синтетические: они созданы так, чтобы совпадать с опубликованными цифрами сессий, и не относятся к реальным людям.
reach-no-data = Регистраций пока нет.
reach-show-table = Показать цифры в виде таблицы
reach-downloads = Скачать цифры
reach-download-json = Все таблицы (JSON)
reach-download-csv = Скачать эту таблицу (CSV)
reach-download-table = { $table } (CSV)
session-reach = Участие
reach-table-summary = Сводка
reach-table-sessions = По сессиям
reach-table-countries = По странам
reach-table-regions = По регионам
reach-table-groups = По группам заинтересованных сторон
reach-table-modes = По форме участия
reach-table-languages = По предпочитаемому языку
reach-table-curve = Регистрации по времени
reach-column-label = Название
reach-column-count = Человек
reach-column-cumulative = Зарегистрировано к этому дню
reach-column-people = Человек
reach-column-countries = Стран
reach-column-new_people = Впервые
reach-figure-registrations = Получено регистраций
reach-figure-confirmed = Подтверждено
reach-figure-waitlisted = В листе ожидания
reach-figure-pending = Ожидают подтверждения адреса
reach-figure-cancelled = Отменено
reach-figure-attended = Присутствовали
reach-figure-attended_in_person = Присутствовали очно
reach-figure-attended_online = Присутствовали онлайн
reach-figure-countries = Страны
reach-figure-people = Разных людей
reach-figure-participations = Участий (человек на двух сессиях учитывается дважды)
reach-figure-sessions = Сессий с участниками
reach-map-title = Участники по странам
reach-map-desc = Карта мира, на которой каждая страна окрашена по числу участников. В таблице ниже приведена цифра для каждой страны.
reach-chart-desc = Столбчатая диаграмма цифр из таблицы ниже.
reach-legend-none = Нет
reach-legend-range = { $lo }–{ $hi }
region-africa = Африка
region-americas = Америка
region-asia = Азия
region-europe = Европа
region-oceania = Океания
region-antarctica = Антарктида
region-unknown = Неизвестно

## Errors
error-not-found-title = Страница не найдена
error-not-found = По этому адресу страницы нет. Возможно, она была перемещена или адрес введен с ошибкой.
error-bad-request-title = Недопустимый адрес
error-bad-path = Часть адреса недопустима: { $detail }
error-bad-number = «{ $value }» не является номером сессии.
error-unknown-zone = «{ $value }» — неизвестный часовой пояс. Укажите название, например Europe/Zurich или America/New_York.
error-bad-query = Адрес содержит параметр, который не удается прочитать: { $detail }
error-bad-form = Не удалось прочитать форму ({ $detail }): она должна быть отправлена как текст в UTF-8. Ничего не сохранено; вернитесь и отправьте её снова.
error-internal-title = Произошла ошибка
error-internal = Не удалось отобразить эту страницу. Сведения о проблеме записаны в журнал; пожалуйста, повторите попытку чуть позже.
error-unavailable-title = Временно недоступно
error-unavailable = Сервис перегружен или перезапускается. Пожалуйста, повторите попытку чуть позже.
error-back-home = Перейти на главную страницу

## Dates and times
# Month names are in the genitive case, as used after a day number ("20 сентября 2023 г.").
date-range = { $date1 } – { $date2 }
datetime = { $date }, { $time }
time-range = { $start }–{ $end }

## Calendar files
ics-session-title = { $series }: сессия { $number }, { $title }
ics-session-day = { $title } (день { $day } из { $days })
ics-more = Подробности и повестка дня: { $url }

## Registration
session-registration = Регистрация
session-register = Зарегистрироваться
registration-state-not_offered = Регистрация на эту сессию не предусмотрена.
registration-state-not_yet_open = Регистрация еще не открыта.
registration-state-open = Регистрация открыта и бесплатна.
registration-state-full_in_person = Зал заполнен: новые заявки на очное участие вносятся в список ожидания. Регистрация на участие онлайн по-прежнему открыта.
registration-state-full = Все места заняты: новые заявки вносятся в список ожидания.
registration-state-closed = Регистрация закрыта.
register-title = Регистрация на сессию «{ $title }»
register-back-to-session = Вернуться к сессии
register-submit = Зарегистрироваться
register-sent-title = Проверьте почту
register-sent-body = Мы отправили вам письмо. Перейдите по ссылке в нем, чтобы подтвердить свой адрес; только после этого ваша регистрация будет завершена.
register-sent-again = Если вы уже регистрировались с этим адресом, в письме вместо этого будет ссылка на вашу регистрацию.
form-required-note = Поля, отмеченные знаком *, обязательны для заполнения.
form-errors-title = Пожалуйста, исправьте следующее
form-errors-intro = Некоторые поля заполнены неверно.
form-too-fast = Форма была отправлена слишком быстро — так быстро человек не смог бы ее заполнить. Проверьте ее и отправьте еще раз.
register-unavailable = Сейчас мы не можем принимать регистрации, и ничего не было сохранено. Ваши ответы остались ниже: отправьте форму ещё раз через несколько минут.
field-name = Имя и фамилия
field-email = Адрес электронной почты
field-country = Страна
field-choose = Выберите…
field-stakeholder-group = Группа заинтересованных сторон
field-organisation = Организация (необязательно)
field-attendance-mode = Как вы будете участвовать?
field-language = Предпочитаемый язык
field-accessibility = Потребности, связанные с доступностью (необязательно)
field-accessibility-hint = Например, сурдоперевод, субтитры, безбарьерный доступ или место в первых рядах.
field-consent = Подтверждаю, что ознакомлен(а) с уведомлением о конфиденциальности, и даю согласие на хранение моих регистрационных данных для целей этой сессии.
field-list-publicly = Указать мое имя в открытом списке участников
field-news-updates = Присылать мне новости о серии
field-honeypot = Оставьте это поле пустым
field-required = Это поле обязательно для заполнения.
field-too-long = { $count ->
    [one] Введите не более { $count } символа.
    [few] Введите не более { $count } символов.
    [many] Введите не более { $count } символов.
   *[other] Введите не более { $count } символа.
}
field-control-characters = Удалите из этого поля невидимые управляющие символы.
field-direction-override = Удалите из этого поля невидимые символы направления текста.
field-invalid-email = Введите адрес электронной почты, например name@example.org.
field-unknown-choice = Выберите один из предложенных вариантов.
field-consent-required = Чтобы зарегистрироваться, необходимо согласиться с уведомлением о конфиденциальности.
field-mode-not-offered = Такой формат участия на этой сессии не предусмотрен.
answer-yes = Да
answer-no = Нет
group-member_state = Государство-член
group-igo = Межправительственная организация
group-ngo_civil_society = НПО и гражданское общество
group-academia_research = Академические и научные круги
group-ip_professional = Специалист в области интеллектуальной собственности
group-enterprise_industry = Деловые круги и промышленность
group-creator_artist = Автор или деятель искусства
group-media = СМИ
group-individual = Частное лицо
mode-in_person = Очно
mode-online = Онлайн
language-ar = العربية (арабский)
language-zh = 中文 (китайский)
language-en = English (английский)
language-fr = Français (французский)
language-ru = Русский
language-es = Español (испанский)
channel-floor = Язык выступающего (без перевода)
channel-ar = Перевод на арабский язык
channel-zh = Перевод на китайский язык
channel-en = Перевод на английский язык
channel-fr = Перевод на французский язык
channel-ru = Перевод на русский язык
channel-es = Перевод на испанский язык

## Manage page
manage-title = Ваша регистрация
manage-status-confirmed = Подтверждена. Будем рады вас видеть.
manage-status-pending = Ожидается подтверждение вашего адреса электронной почты: перейдите по ссылке в письме, которое мы вам отправили.
manage-status-waitlisted = Вы в списке ожидания под номером { $position }. Если освободится место, мы сообщим вам по электронной почте.
manage-status-cancelled = Отменена.
manage-status-expired = Срок истек: адрес электронной почты не был подтвержден вовремя. Вы можете зарегистрироваться снова.
manage-register-again = Зарегистрироваться снова
manage-done-verified = Спасибо! Ваш адрес электронной почты подтвержден.
manage-done-expired = Срок действия ссылки истек: адрес электронной почты не был подтвержден вовремя, поэтому регистрация не сохранена. Зарегистрируйтесь снова, чтобы принять участие.
manage-done-updated = Изменения сохранены.
manage-done-cancelled = Ваша регистрация отменена.
manage-done-invalid = Не удалось сохранить изменения: выберите один из предложенных вариантов.
manage-done-erase-unconfirmed = Установите флажок, чтобы подтвердить удаление ваших данных.
manage-join-title = Участие онлайн
manage-join-intro = Это ваши личные ссылки: пожалуйста, не передавайте их другим. Выберите язык, на котором хотите слушать.
manage-badge-title = Ваш код для отметки о прибытии
manage-badge-intro = Покажите этот код на входе — на экране телефона или в распечатанном виде.
manage-badge-code = Код:
manage-qr-label = QR-код для отметки о прибытии
manage-checked-in = Прибытие отмечено в { $time }.
manage-details-title = Ваши сведения
manage-change-title = Изменить регистрацию
manage-save = Сохранить изменения
manage-cancel = Отменить регистрацию
manage-data-title = Ваши данные
manage-export = Скачать мои данные (JSON)
manage-erase-confirm = Я хочу, чтобы мои персональные данные были удалены. Это действие нельзя отменить.
manage-erase = Удалить мои данные

## Check-in
checkin-title = Отметка о прибытии
checkin-token = Код доступа для персонала
checkin-login = Перейти к отметке о прибытии
checkin-sign-out = Выйти на этом устройстве
checkin-code = Код участника
checkin-code-hint = Отсканируйте QR-код или введите код, напечатанный под ним.
checkin-submit = Отметить прибытие
checkin-done = Прибытие отмечено: { $name } ({ $mode }).
checkin-already = Прибытие участника { $name } уже было отмечено в { $time }.
checkin-unknown = Неизвестный код. Проверьте его и повторите попытку.
checkin-refused = Эта регистрация не подтверждена (список ожидания, отмена или неподтвержденный адрес).
checkin-admitting = Регистрация на входе на сессию { $number }: { $title } · { $count ->
    [one] вошёл { $count } человек
    [few] вошли { $count } человека
    [many] вошли { $count } человек
   *[other] вошли { $count } человека
}
checkin-admitting-none = Сейчас ни на одну сессию нет регистрации на входе: она открывается за день до начала сессии.
checkin-not-now = Этот код — для сессии { $number } «{ $title }» ({ $when }). Регистрация на входе открыта с дня до начала сессии до её окончания; никто не отмечен.

## Privacy
privacy-link = Прочитать уведомление о конфиденциальности
privacy-title = Уведомление о конфиденциальности
privacy-version = Редакция от { $version }
privacy-what-title = Какие данные мы храним
privacy-what = Ваши имя, адрес электронной почты, страна, группа заинтересованных сторон, организация, формат участия, предпочитаемый язык, потребности, связанные с доступностью, ответы на вопросы сессии, а также время регистрации, подтверждения и посещения.
privacy-why-title = Для чего
privacy-why = Для проведения сессии: чтобы подтвердить ваше место, направить вам сведения для подключения и напоминания, отметить ваше прибытие и публиковать обобщенные данные об участии (но никогда — данные менее чем о пяти людях).
privacy-who-title = Кто их видит
privacy-who = Только организаторы. Ваше имя появляется в открытом списке участников, только если вы об этом попросите.
privacy-controller-title = Кто отвечает
privacy-controller = За ваши данные отвечает { $controller } (контролёр данных). С любыми вопросами и просьбами о них пишите по адресу { $contact }.
privacy-retention-title = Как долго мы их храним
privacy-retention = Регистрации хранятся { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
    [many] { $months } месяцев
   *[other] { $months } месяца
} после сессии, затем удаляются; остаются только анонимные подсчёты.
privacy-rights-title = Ваши права
privacy-rights = По ссылке в письме с подтверждением вы можете в любое время просмотреть, изменить, скачать и удалить свои данные. При удалении стирается все, что позволяет установить вашу личность; остаются только анонимные статистические данные.

## Errors
error-forbidden-title = Срок действия формы истек
error-forbidden = Срок действия этой формы истек, или она была отправлена с другого сайта. Вернитесь назад, обновите страницу и повторите попытку.
error-too-many-title = Слишком много попыток
error-too-many = С вашего подключения или для этого адреса было сделано слишком много попыток. Подождите немного и повторите попытку.
error-registration-closed-title = Регистрация не открыта

## Emails
email-greeting = Здравствуйте, { $name }!
email-footer = Вы получили это письмо, потому что этот адрес был указан при регистрации на сайте { $site }.
email-verify-subject = Подтвердите регистрацию: { $title }
email-verify-body = Благодарим вас за регистрацию на сессию «{ $title }» ({ $when }). Чтобы завершить регистрацию, пожалуйста, подтвердите свой адрес электронной почты.
email-verify-ignore = Если вы не регистрировались, просто проигнорируйте это письмо: больше ничего не произойдет.
email-verify-action = Подтвердить регистрацию
email-manage-action = Просмотреть или изменить регистрацию
email-confirmed-subject = Вы зарегистрированы: { $title }
email-confirmed-body = Ваша регистрация на сессию «{ $title }» ({ $when }) подтверждена. Файл календаря прилагается. Сохраните это письмо: по ссылке в нем можно изменить или отменить регистрацию.
email-waitlisted-subject = Вы в списке ожидания: { $title }
email-waitlisted-body = Ваш адрес подтвержден. Все места в зале на сессии «{ $title }» заняты, поэтому вы внесены в список ожидания под номером { $position }. Как только освободится место, мы сообщим вам по электронной почте.
email-manage-link-subject = Ваша регистрация: { $title }
email-manage-link-body = Вы повторно запросили регистрацию на сессию «{ $title }» ({ $when }). Вы уже зарегистрированы; вот ссылка на вашу регистрацию.
email-promoted-subject = Для вас освободилось место: { $title }
email-promoted-body = Хорошие новости: на сессии «{ $title }» ({ $when }) освободилось место, и теперь оно ваше.
email-reminder-24h-subject = Завтра: { $title }
email-reminder-1h-subject = Начало через час: { $title }
email-reminder-body = Напоминаем, что сессия «{ $title }» скоро начнется ({ $when }).
email-join-title = Участие онлайн (личные ссылки, пожалуйста, не передавайте их другим)
email-badge-body = Ваш код для отметки о прибытии, который нужно показать на входе:
email-cancelled-subject = Регистрация отменена: { $title }
email-cancelled-body = Ваша регистрация на сессию «{ $title }» ({ $when }) отменена. Пока регистрация открыта, вы можете зарегистрироваться снова.

## Back office
admin-sign-in-required-title = Требуется вход
admin-sign-in-required = Эта страница предназначена для организаторов. Войдите на странице /admin/login и повторите попытку.
admin-not-allowed-title = Недоступно для вашей роли
admin-not-allowed = Роль вашей учётной записи не даёт доступа к этой странице. Изменить вашу роль может администратор.
admin-link-expired-title = Срок действия ссылки истёк
admin-link-expired = Эта ссылка уже использована или больше не действует. Запросите новую на странице «Забыли пароль?» или у администратора.
admin-nav-label = Раздел организаторов
admin-logout = Выйти
admin-nav-dashboard = Раздел организаторов
admin-nav-users = Учётные записи
admin-nav-users-about = Создавать учётные записи организаторов, менять роли, отключать учётные записи.
admin-nav-checkin = Регистрация на входе
admin-nav-checkin-about = Отмечать прибытие очных участников у входа.
admin-nav-password = Сменить пароль
admin-nav-password-about = Выбрать новый пароль; остальные ваши сеансы будут завершены.
admin-role-admin = Администратор
admin-role-editor = Редактор
admin-role-moderator = Модератор
admin-role-checkin = Сотрудник регистрации
admin-role-admin-about = Как администратор вы управляете учётными записями и настройками и можете делать всё, что делают другие роли.
admin-role-editor-about = Как редактор вы готовите серии, сессии, программы, докладчиков, страницы, материалы и публикации.
admin-role-moderator-about = Как модератор вы рассматриваете письменные выступления и вопросы участников.
admin-role-checkin-about = Как сотрудник регистрации вы отмечаете прибытие очных участников у входа.
admin-notice-signed-out = Вы вышли из системы.
admin-notice-password-set = Пароль сохранён. Теперь можно войти.
admin-notice-password-changed = Пароль изменён. Остальные ваши сеансы завершены.
admin-notice-role-changed = Роль изменена.
admin-notice-disabled = Учётная запись отключена, её сеансы завершены.
admin-notice-enabled = Учётная запись снова включена.
admin-login-title = Вход для организаторов
admin-login-wrong = Неверный адрес электронной почты или пароль.
admin-login-wait = { $count ->
    [one] Слишком много попыток. Повторите через { $count } минуту.
    [few] Слишком много попыток. Повторите через { $count } минуты.
    [many] Слишком много попыток. Повторите через { $count } минут.
   *[other] Слишком много попыток. Повторите через { $count } минуты.
}
admin-field-email = Адрес электронной почты
admin-field-password = Пароль
admin-login-submit = Войти
admin-login-forgot = Забыли пароль?
admin-dashboard-title = Раздел организаторов
admin-password-title = Сменить пароль
admin-set-password-title = Выберите пароль
admin-set-password-for = Учётная запись:
admin-field-current-password = Текущий пароль
admin-field-new-password = Новый пароль
admin-field-confirm-password = Новый пароль ещё раз
admin-password-rules = Не менее 12 символов. Несколько слов, которые вы запомните, — хороший пароль; не используйте свой адрес электронной почты и распространённые пароли.
admin-password-submit = Сохранить пароль
admin-reset-title = Забыли пароль?
admin-reset-intro = Введите адрес электронной почты вашей учётной записи организатора. Мы отправим ссылку для выбора нового пароля.
admin-reset-submit = Отправить ссылку
admin-reset-sent = Если этот адрес используется учётной записью организатора, на него отправлена ссылка для выбора нового пароля. Она действует один раз в течение часа.
admin-back-to-login = Вернуться ко входу
admin-users-title = Учётные записи
admin-users-create = Новая учётная запись
admin-field-role = Роль
admin-users-create-hint = Новый организатор получит письмо со ссылкой для выбора пароля; эта ссылка также будет один раз показана вам.
admin-users-create-submit = Создать учётную запись
admin-users-list = Все учётные записи
admin-users-status = Состояние
admin-users-actions = Действия
admin-users-save-role = Изменить роль
admin-users-enable = Включить
admin-users-disable = Отключить
admin-users-new-link = Новая ссылка для пароля
admin-status-active = Активна
admin-status-invited = Приглашение отправлено, пароля пока нет
admin-status-disabled = Отключена
admin-users-disabled-no-link = Для отключённой учётной записи нельзя создать ссылку для пароля. Сначала включите её.
admin-users-not-yourself = Нельзя изменить собственную роль или отключить собственную учётную запись. Обратитесь к другому администратору.
admin-users-unknown-action = Это действие недоступно.
admin-users-stale = Эту учётную запись тем временем изменил кто-то другой. В списке показано её текущее состояние; при необходимости повторите действие.
admin-created-title = Учётная запись создана
admin-new-link-title = Новая ссылка для пароля
admin-link-intro = Передайте эту ссылку адресату { $email } (она также отправлена по электронной почте):
admin-link-once = Ссылка действует один раз. Ссылки-приглашения действуют 72 часа; больше эта страница её не покажет.
admin-link-back = Вернуться к учётным записям
field-password-too-short = { $count ->
    [one] Используйте не менее { $count } символа.
    [few] Используйте не менее { $count } символов.
    [many] Используйте не менее { $count } символов.
   *[other] Используйте не менее { $count } символа.
}
field-password-is-email = Не используйте адрес электронной почты в качестве пароля.
field-password-common = Этот пароль слишком распространён и легко угадывается. Выберите другой.
field-password-mismatch = Пароли не совпадают.
field-wrong-password = Это не ваш текущий пароль.
field-email-taken = Учётная запись с этим адресом электронной почты уже существует.
checkin-staff-sign-in = Организаторам: войдите со своей учётной записью
email-account-greeting = Здравствуйте!
email-account-footer = Вы получили это письмо, потому что этот адрес используется учётной записью организатора на сайте { $site }.
email-invite-subject = Ваша учётная запись организатора на сайте { $site }
email-invite-body = Для вас создана учётная запись организатора на сайте { $site } с ролью «{ $role }». Чтобы начать, выберите пароль.
email-invite-action = Выбрать пароль
email-reset-subject = Выберите новый пароль для сайта { $site }
email-reset-body = Поступил запрос на сброс пароля вашей учётной записи организатора на сайте { $site }. Если это были вы, выберите новый пароль по ссылке ниже. Если нет, просто проигнорируйте это письмо: ваш пароль останется прежним.
email-reset-action = Выбрать новый пароль
email-link-expiry-set = Ссылка действует один раз в течение 72 часов.
email-link-expiry-reset = Ссылка действует один раз в течение часа.
admin-nav-reach = Данные об участии
admin-nav-reach-about = Точные данные об участии по серии и каждой сессии, с выгрузкой.
admin-reach-title = Участие: { $scope }
admin-reach-scopes = Серия и сессии
admin-reach-exact = Точные цифры, включая малые: только для организаторов. Для публикации используйте публичные страницы, где цифры меньше 5 скрыты.

## Back office: editing content
admin-nav-sessions = Сессии
admin-nav-sessions-about = Создание и изменение сессий, их повестки дня, регистрации и этапов.
admin-nav-speakers = Докладчики
admin-nav-speakers-about = Имена, организации и биографии докладчиков, как их показывает повестка дня.
admin-sessions-title = Серии и сессии
admin-sessions-none = Сессий пока нет.
admin-series-new = Новая серия
admin-series-edit = Изменить серию
admin-session-new = Новая сессия
admin-session-new-in = Новая сессия серии «{ $series }»
admin-session-new-hint = Новая сессия — черновик: посетители и API не видят её, пока вы её не объявите.
admin-session-details = Сведения
admin-registrations = Регистрации
admin-registrations-link = Открыть регистрации
admin-public-page = Публичная страница
admin-revisions-link = История текстов
admin-revisions-title = История текстов
admin-revisions-none = Сохранённых редакций пока нет.
admin-revisions-recent = Последние изменения текстов
admin-revisions-recent-intro = Последние сохранённые редакции всех серий, сессий, пунктов программы и докладчиков, начиная с новых. Откройте редакцию, чтобы сравнить её с предыдущей и восстановить.
admin-revision-current = текущая
admin-restore = Восстановить эту редакцию
admin-restore-invalid = Эту редакцию нельзя восстановить как есть: её тексты больше не проходят проверки.
admin-back = Назад
admin-back-to-session = Назад к сессии
admin-lifecycle = Статус
admin-lifecycle-final = Эта сессия отменена; дальнейших шагов нет.
admin-lifecycle-not-next = Этот шаг не следует из текущего статуса сессии.
admin-lifecycle-has-registrations = На эту сессию уже зарегистрировались: её нельзя удалить или вернуть в черновики, только отменить (каждый зарегистрированный получит письмо).
admin-cancel-hint = При отмене каждый зарегистрированный получит письмо на своём языке.
admin-step-announced = Объявить (сделать публичной)
admin-step-registration_open = Открыть регистрацию
admin-step-registration_closed = Закрыть регистрацию
admin-step-live = Отметить как идущую
admin-step-concluded = Отметить как завершённую
admin-step-published = Опубликовать материалы
admin-step-draft = Вернуть в черновики (скрыть)
admin-step-cancelled = Отменить сессию
admin-precision-time = Точное время
admin-precision-day = Только дни
admin-precision-month = Только месяц
admin-field-number = Номер
admin-field-language = Язык текстов
admin-field-title = Название
admin-field-summary = Краткое описание (Markdown)
admin-field-description = Описание (Markdown)
admin-field-bio = Биография (Markdown)
admin-field-starts_on = Дата начала
admin-field-starts_time = Время начала
admin-field-ends_on = Дата окончания
admin-field-ends_time = Время окончания
admin-field-time_zone = Часовой пояс (имя IANA, напр. Europe/Zurich)
admin-field-precision = Точность дат
admin-field-format = Формат
admin-field-venue = Место проведения
admin-field-takes_registrations = Принимает регистрации
admin-field-opens_on = Регистрация открывается
admin-field-opens_time = в
admin-field-closes_on = Регистрация закрывается
admin-field-closes_time = в
admin-field-capacity_in_person = Мест в зале (пусто — без очного участия)
admin-field-capacity_online = Онлайн-мест (пусто — без ограничений)
admin-field-join = Ссылка для подключения: { $channel }
admin-field-day = День
admin-field-kind = Тип
admin-field-speakers = Докладчики
admin-field-slug = Имя в адресе
admin-field-name = Имя
admin-field-affiliation = Организация и должность
admin-slug-hint = Строчные латинские буквы и цифры через дефис, напр. generative-ai. Используется в ссылках и позже не меняется.
admin-speakers-hint = Имена докладчиков в адресе через запятую; для модератора добавьте :moderator, напр. li-wei:moderator, ana-perez
admin-translations = Переводы
admin-translations-hint = Посетители видят текст на своём языке, если он указан здесь, иначе — оригинал с пометкой.
admin-translation-heading = На языке: { $language }
admin-preview = Предпросмотр
admin-preview-heading = Предпросмотр (ещё не сохранено)
admin-save = Сохранить
admin-create = Создать
admin-save-registration = Сохранить настройки регистрации
admin-registration-settings = Регистрация
admin-yes = Да
admin-no = Нет
admin-channel-floor = оригинальный звук
admin-channel-ar = арабский
admin-channel-zh = китайский
admin-channel-en = английский
admin-channel-fr = французский
admin-channel-ru = русский
admin-channel-es = испанский
admin-agenda = Программа
admin-agenda-empty = Пунктов программы пока нет.
admin-agenda-time = Когда
admin-agenda-add = Добавить пункт программы
admin-agenda-edit = Изменить пункт программы
admin-agenda-export = Скачать программу (CSV)
admin-agenda-import = Импорт программы из файла CSV
admin-agenda-file = Файл CSV
admin-agenda-file-hint = Столбцы start, end, kind, title, description, speakers — как в скачанном файле. Импорт заменяет всю программу; если хоть одна строка неверна, ничего не меняется.
admin-agenda-import-submit = Импортировать
admin-actions = Действия
admin-move-up = Вверх
admin-move-down = Вниз
admin-move-up-label = Переместить «{ $title }» вверх
admin-move-down-label = Переместить «{ $title }» вниз
admin-delete = Удалить
admin-delete-label = Удалить «{ $title }»
admin-delete-heading = Удаление
admin-session-delete-hint = На эту сессию никто не зарегистрировался, поэтому её можно удалить вместе с программой. Это необратимо.
admin-speakers-title = Докладчики
admin-speakers-list = Все докладчики
admin-speaker-address-name = имя в адресе:
admin-speaker-new = Новый докладчик
admin-speaker-edit = Изменить докладчика
admin-speaker-delete-hint = Докладчика, который есть в программе, удалить нельзя; сначала уберите его из программы.
admin-stale = Пока вы редактировали эту запись, её изменил кто-то другой. Ваши правки не сохранены: перезагрузите страницу, чтобы увидеть чужие изменения, и внесите свои заново.
admin-content-refused = Не сохранено: текст похож на взлом страницы.
admin-notice-saved = Сохранено.
admin-notice-created = Создано.
admin-notice-deleted = Удалено.
admin-notice-status = Статус изменён.
admin-notice-imported = Программа импортирована.
admin-notice-restored = Редакция восстановлена.
admin-notice-cancelled-emailed = Сессия отменена; всем зарегистрированным отправляются письма.
field-invalid-slug = Используйте строчные латинские буквы и цифры через дефис.
field-slug-taken = Это имя в адресе уже занято.
field-invalid-number = Введите целое число.
field-number-taken = У другой сессии этой серии уже есть этот номер.
field-invalid-date = Введите дату в виде 2026-11-24.
field-invalid-time = Введите время в формате ЧЧ:ММ.
field-end-before-start = Окончание должно быть позже начала.
field-unknown-speaker = Указывайте докладчиков по имени в адресе (см. страницу «Докладчики»), для модераторов — с :moderator.
field-speaker-not-found = Нет докладчика с именем в адресе «{ $slug }». На странице «Докладчики» указано имя в адресе каждого докладчика.
field-invalid-url = Введите веб-адрес, начинающийся с https://.
field-speaker-in-agenda = Этот докладчик есть в программе; сначала уберите его оттуда.
email-session-cancelled-subject = Отменена: { $title }
email-session-cancelled-body = К сожалению, организаторы отменили сессию «{ $title }» ({ $when }). От вас ничего больше не требуется. Мы напишем, когда будет объявлена новая сессия.
admin-agenda-import-report = Файл программы не импортирован
admin-agenda-import-nothing = Ничего не изменено. Исправьте эти строки и импортируйте файл снова:
admin-agenda-import-line = Строка
admin-agenda-import-column = Столбец
admin-agenda-import-problem = Проблема
admin-links-flagged = Эти ссылки ведут на сайты вне разрешённого списка. Проверьте каждую, прежде чем сессия станет публичной:
admin-links-confirm = Я проверил(а) эти ссылки: { $step }
content-only-in-en = Этот текст доступен только на английском языке.
content-only-in-fr = Этот текст доступен только на французском языке.
content-only-in-es = Этот текст доступен только на испанском языке.
content-only-in-ru = Этот текст доступен только на русском языке.
content-only-in-zh = Этот текст доступен только на китайском языке.
content-only-in-ar = Этот текст доступен только на арабском языке.
## Content checks and agenda import
refusal-active-tag = Удалите элемент <{ $tag }>: скрипты, фреймы, встроенные объекты и стили в тексте запрещены.
refusal-event-handler = Удалите атрибут { $attribute }: текст не может запускать скрипты.
refusal-script-url = Удалите ссылку { $scheme }:: разрешены только веб-ссылки (http, https) и ссылки на почту (mailto).
refusal-hidden-text = Удалите скрытый текст ({ $how ->
    [display-none] display: none
    [invisible] visibility: hidden
    [zero-font-size] нулевой размер шрифта
    [zero-opacity] нулевая непрозрачность
    [off-screen] размещён за пределами экрана
    [hidden-attribute] атрибут hidden
    [aria-hidden] aria-hidden
    [same-colour] текст цвета фона
   *[zero-width] невидимые символы нулевой ширины
}): всё опубликованное должно быть видно читателям.
refusal-too-many-links = Слишком много ссылок для текста: ссылок — { $links }, слов — { $words }. Оставьте ссылки, нужные читателям.
refusal-too-many-hosts = Ссылки на разные сайты не из списка доверенных (всего { $hosts }): это похоже на ссылочный спам.
refusal-repeated-anchor = Текст ссылки «{ $text }» используется для разных ссылок ({ $times }): это похоже на ссылочный спам.
refusal-spam-vocabulary = «{ $term }» — лексика спама азартных игр, займов или аптек, такое не публикуется.
refusal-glued-script = «{ $run }» слитно написано со словом на другой письменности — так выглядит спам, вставленный в предложение. Если это настоящий термин, отделите его пробелом или кавычками.
content-flagged-link = Ссылка на { $host } ({ $url }), которого нет в списке доверенных сайтов: подтвердите её перед публикацией.
agenda-import-at = Строка { $line }: { $problem }
agenda-import-at-column = Строка { $line }, столбец «{ $column }»: { $problem }
agenda-import-empty = В файле нет пунктов программы.
agenda-import-not-utf8 = Файл не является текстом в UTF-8. Сохраните его как «CSV UTF-8» и повторите попытку.
agenda-import-malformed = Эта строка не является правильным CSV: проверьте число ячеек и кавычки.
agenda-import-missing-column = В строке заголовков нет столбца «{ $name }».
agenda-import-unknown-column = В строке заголовков неизвестный или повторяющийся столбец «{ $name }».
agenda-import-bad-time = «{ $value }» — не время: пишите ЧЧ:ММ или ГГГГ-ММ-ДД ЧЧ:ММ.
agenda-import-unknown-kind = «{ $value }» — не тип пункта: используйте один из { $kinds }.
agenda-import-end-before-start = Пункт заканчивается раньше, чем начинается.
agenda-import-overlap = Пункт пересекается с пунктом в строке { $other }.
agenda-import-outside-session = Пункт выходит за дни сессии.
agenda-import-unknown-speaker = Нет докладчика с идентификатором «{ $slug }».
agenda-import-bad-speaker = «{ $value }» — не докладчик: укажите идентификатор, при необходимости с :moderator.
agenda-import-title-empty = Название пустое.
agenda-import-title-too-long = Название длиннее { $max } символов.
agenda-import-description-too-long = Описание длиннее { $max } символов.
## Back office: registrations and audit log
admin-nav-registrations = Регистрации
admin-nav-registrations-about = Регистрации на каждое заседание: поиск, фильтры, выгрузка, повторная отправка, отмена, перевод из листа ожидания.
admin-nav-audit = Журнал аудита
admin-nav-audit-about = Все изменения, сделанные организаторами и системой: кто, когда, что, до и после.
admin-regs-index-title = Регистрации
admin-regs-index-intro = Выберите заседание, чтобы увидеть его регистрации.
admin-regs-count = { $count ->
    [one] { $count } регистрация
    [few] { $count } регистрации
    [many] { $count } регистраций
   *[other] { $count } регистрации
}
admin-regs-title = Регистрации: заседание { $number }, { $title }
admin-regs-all-sessions = Все заседания
admin-regs-counts = Регистрации по состоянию
admin-regs-filters = Фильтры
admin-regs-search = Поиск по имени, адресу или организации
admin-regs-col-name = Имя
admin-regs-col-organisation = Организация
admin-regs-col-state = Состояние
admin-regs-col-mode = Формат
admin-regs-col-language = Язык
admin-regs-col-registered = Дата регистрации (UTC)
admin-regs-col-checked-in = Отметка о прибытии (UTC)
admin-regs-col-synthetic = Демонстрационная запись
admin-regs-col-id = Идентификатор
admin-regs-col-accessibility = Потребности в доступности
admin-regs-col-needs = Потребности в доступности и ответы
admin-regs-any = Любое
admin-regs-filter = Применить фильтры
admin-regs-clear = Сбросить фильтры
admin-regs-none = Нет подходящих регистраций.
admin-regs-showing = Показаны с { $first } по { $last } из { $total }
admin-regs-download-csv = Скачать в формате CSV
admin-regs-download-xlsx = Скачать в формате Excel (XLSX)
admin-regs-synthetic = демо
admin-regs-resend = Отправить письмо повторно
admin-regs-promote = Предоставить место
admin-regs-over-capacity = даже сверх вместимости
admin-regs-cancel = Отменить регистрацию
admin-pages = Страницы
admin-page-previous = Предыдущая страница
admin-page-next = Следующая страница
admin-regs-state-confirmed = Подтверждена
admin-regs-count-confirmed = Подтверждена: { $count }
admin-regs-state-pending = Ожидает проверки адреса
admin-regs-count-pending = Ожидает проверки адреса: { $count }
admin-regs-state-waitlisted = Лист ожидания
admin-regs-count-waitlisted = Лист ожидания: { $count }
admin-regs-state-cancelled = Отменена
admin-regs-count-cancelled = Отменена: { $count }
admin-regs-state-expired = Истекла
admin-regs-count-expired = Истекла: { $count }
admin-regs-sheet = Регистрации
admin-regs-refused-full = Свободных мест нет. Чтобы всё же предоставить место, отметьте «даже сверх вместимости» и повторите.
admin-regs-refused-not-waitlisted = Место можно предоставить только регистрации из листа ожидания.
admin-regs-refused-not-live = Эта регистрация уже отменена или истекла.
admin-regs-refused-nothing-to-send = Для этой регистрации нечего отправлять повторно.
admin-regs-stale = Эта регистрация изменилась после показа страницы, поэтому ничего не сделано. Список показывает её текущее состояние; при необходимости повторите.
admin-notice-resent = Письмо отправляется.
admin-notice-cancelled = Регистрация отменена; её место передано листу ожидания, человеку отправлено письмо.
admin-notice-promoted = Теперь у человека есть место, ему отправлено письмо.
admin-notice-already-done = Это уже было сделано; ничего не выполнено дважды.
admin-notice-recently-sent = Это письмо только что было отправлено; повторно оно не отправлялось.
field-dates-reversed = Дата окончания раньше даты начала.
admin-audit-title = Журнал аудита
admin-audit-intro = Все изменения состояния, начиная с последних: сделанные организаторами, сотрудниками на входе, зарегистрированными по своим ссылкам и системой, а также успешные и неудачные входы. Показаны только изменившиеся поля. Журнал нельзя изменить или удалить.
admin-audit-actor = Кто
admin-audit-action = Действие
admin-audit-subject = Запись
admin-audit-from = С (день по UTC)
admin-audit-to = По (день по UTC)
admin-audit-filter-hint = Кто: user:<номер>, registrant, door, anonymous, system или cli; действие можно указать началом, например registration.; запись пишется как registration:12.
admin-audit-none = Нет подходящих записей.
admin-audit-download-jsonl = Скачать в формате JSON Lines
admin-audit-when = Когда (UTC)
admin-audit-changes = Изменения
admin-audit-field = Поле
admin-audit-before = До
admin-audit-after = После
admin-audit-changed = (изменено)

admin-questions = Вопросы при регистрации
admin-questions-none = Дополнительных вопросов к стандартной форме нет.
admin-question-add = Добавить вопрос
admin-question-required = обязательный
admin-question-kind-text = Свободный текст
admin-question-kind-choice = Один вариант из нескольких
admin-question-kind-yes_no = Да или нет
admin-question-choices-hint = Для вопроса с вариантами: по одному варианту в строке, не меньше двух.
admin-field-question_label = Вопрос
admin-field-question_kind = Тип ответа
admin-field-question_choices = Варианты
admin-field-question_required = Ответ обязателен
admin-series-delete-hint = Удалить можно только серию без сессий.
field-too-few-choices = Укажите не меньше двух вариантов, по одному в строке.
field-in-use = От этой записи зависят другие, поэтому её нельзя удалить (ответы на вопрос, сессии серии).
admin-field-topics = Темы
admin-topics-hint = Имена тем в адресе через запятую, напр. generative-ai, data. Новая тема: имя в адресе, =, название (quantum=Квантовые вычисления).
field-unknown-topic = Указывайте существующие темы по имени в адресе; новую — как имя-в-адресе=Название.
