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

## Errors
error-not-found-title = Страница не найдена
error-not-found = По этому адресу страницы нет. Возможно, она была перемещена или адрес введен с ошибкой.
error-bad-request-title = Недопустимый адрес
error-bad-path = Часть адреса недопустима: { $detail }
error-bad-number = «{ $value }» не является номером сессии.
error-unknown-zone = «{ $value }» — неизвестный часовой пояс. Укажите название, например Europe/Zurich или America/New_York.
error-bad-query = Адрес содержит параметр, который не удается прочитать: { $detail }
error-internal-title = Произошла ошибка
error-internal = Не удалось отобразить эту страницу. Сведения о проблеме записаны в журнал; пожалуйста, повторите попытку чуть позже.
error-unavailable-title = Временно недоступно
error-unavailable = Сервис перегружен или перезапускается. Пожалуйста, повторите попытку чуть позже.
error-back-home = Перейти на главную страницу

## Dates and times
# Month names are in the genitive case, as used after a day number ("20 сентября 2023 г.").
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье
date-full = { $day } { $month } { $year } г.
date-month = { $month } { $year } г.
date-weekday = { $weekday }, { $day } { $month }
date-range-same-month = { $day1 }–{ $day2 } { $month } { $year } г.
date-range-same-year = { $day1 } { $month1 } – { $day2 } { $month2 } { $year } г.
date-range = { $date1 } – { $date2 }
datetime = { $date }, { $time }
time-range = { $start }–{ $end }

## Calendar files
ics-session-title = { $series }: сессия { $number }, { $title }
ics-more = Подробности и повестка дня: { $url }
