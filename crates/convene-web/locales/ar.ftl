# convene: Arabic catalogue (translation of en.ftl, the reference: every message there must exist here).

## Language names, each written in its own language in every catalogue's `lang-name-*`.
lang-name = العربية
lang-switch-label = اللغة

## Layout
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-archive = الجلسات
nav-speakers = المتحدثون
footer-powered = يعمل هذا الموقع ببرنامج convene، وهو برنامج مفتوح المصدر مخصص للمحادثات المفتوحة.
footer-api = البيانات المفتوحة: JSON API
footer-demo = يعرض هذا الموقع بيانات تجريبية: بعض الجلسات وجداول الأعمال والمتحدثين واردة على سبيل التوضيح فقط.

## Home
home-next-session = الجلسة المقبلة
home-current-session = جارية الآن
home-latest-session = آخر جلسة
home-take-part = كيفية المشاركة
home-take-part-open = الجلسات مفتوحة للجميع والتسجيل مجاني.
home-take-part-hybrid = تُعقد معظم الجلسات بصيغة هجينة: يمكنكم الحضور شخصيًا أو المتابعة عبر الإنترنت أينما كنتم.
home-take-part-archive = تصفّحوا جميع الجلسات السابقة: جداول الأعمال والمتحدثون والمواضيع.
home-all-sessions = جميع الجلسات
home-no-sessions = لم يُعلَن عن أي جلسة حتى الآن.
home-more-series = سلاسل أخرى

## Archive
archive-title = الجلسات
archive-intro = جميع جلسات { $series }، من الأحدث إلى الأقدم.
archive-filter-label = الموضوع
archive-filter-all = جميع المواضيع
archive-filter-submit = تصفية
archive-count = { $count ->
    [zero] لا توجد جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسة
   *[other] { $count } جلسة
}
archive-count-topic = { $count ->
    [zero] لا توجد جلسات بشأن «{ $topic }».
    [one] جلسة واحدة بشأن «{ $topic }».
    [two] جلستان بشأن «{ $topic }».
    [few] { $count } جلسات بشأن «{ $topic }».
    [many] { $count } جلسة بشأن «{ $topic }».
   *[other] { $count } جلسة بشأن «{ $topic }».
}
archive-unknown-topic = لا يوجد موضوع باسم «{ $topic }». تُعرض جميع الجلسات.

## Sessions
session-number = الجلسة { $number }
session-when = الموعد
session-where = المكان
session-format = الصيغة
session-status = الحالة
session-topics = المواضيع
session-summary = نبذة عن هذه الجلسة
session-times-in-zone = الأوقات مبيّنة بحسب توقيت { $zone } ({ $abbr }).
session-your-time = بحسب منطقتكم الزمنية ({ $zone }): { $range }
session-your-zone-label = عرض الأوقات بحسب منطقتي الزمنية
session-your-zone-hint = اسم منطقة زمنية وفق قاعدة بيانات IANA، مثل America/New_York أو Asia/Tokyo.
session-your-zone-submit = عرض
session-online = عبر الإنترنت
session-calendar = إضافة إلى التقويم الخاص بي (.ics)
session-upcoming = مقبلة
session-now = جارية الآن
session-past = جلسة سابقة
session-demo = محتوى تجريبي: تفاصيل هذه الجلسة واردة على سبيل التوضيح، وليست سجلًا تاريخيًا.
session-month-only = ستُؤكَّد التواريخ الدقيقة لاحقًا.
session-agenda = جدول الأعمال
session-agenda-empty = سيُنشر جدول الأعمال هنا.
session-agenda-caption = جدول أعمال الجلسة { $number }، والأوقات بحسب توقيت { $zone }
agenda-time = الوقت
agenda-item = البند
agenda-people = المشاركون
agenda-moderator = { $count ->
    [zero] مديرو الحوار
    [one] مدير الحوار
    [two] مديرا الحوار
    [few] مديرو الحوار
    [many] مديرو الحوار
   *[other] مديرو الحوار
}
agenda-speaker = { $count ->
    [zero] المتحدثون
    [one] المتحدث
    [two] المتحدثان
    [few] المتحدثون
    [many] المتحدثون
   *[other] المتحدثون
}

format-in_person = حضوري
format-online = عبر الإنترنت
format-hybrid = هجين (حضوري وعبر الإنترنت)

status-draft = مسودة
status-announced = أُعلن عنها
status-registration_open = التسجيل مفتوح
status-registration_closed = التسجيل مغلق
status-live = مباشر
status-concluded = اختُتمت
status-published = نُشرت المواد
status-cancelled = أُلغيت

kind-opening = الافتتاح
kind-keynote = الكلمة الرئيسية
kind-presentation = عرض تقديمي
kind-panel = حلقة نقاش
kind-qa = أسئلة وأجوبة
kind-break = استراحة
kind-closing = الاختتام

## Speakers
speakers-title = المتحدثون
speakers-intro = المتحدثون ومديرو الحوار في جميع الجلسات.
speaker-appearances = الجلسات
speaker-no-appearances = لا توجد حتى الآن جلسات منشورة يشارك فيها هذا الشخص.
speaker-role-moderator = مدير الحوار
speaker-role-speaker = متحدث
speaker-demo = متحدث تجريبي: شخص خيالي يُعرض لإتاحة تجربة الموقع.

## Errors
error-not-found-title = الصفحة غير موجودة
error-not-found = لا توجد صفحة على هذا العنوان. ربما نُقلت الصفحة، أو ربما كُتب العنوان بشكل خاطئ.
error-bad-request-title = هذا العنوان غير صالح
error-bad-path = جزء من العنوان غير صالح: { $detail }
error-bad-number = «{ $value }» ليس رقم جلسة.
error-unknown-zone = «{ $value }» ليست منطقة زمنية معروفة لدينا. يُرجى استخدام اسم مثل Europe/Zurich أو America/New_York.
error-bad-query = يحتوي العنوان على معلَمة يتعذر علينا قراءتها: { $detail }
error-internal-title = حدث خطأ ما
error-internal = تعذّر علينا عرض هذه الصفحة. وقد سُجّلت المشكلة؛ يُرجى المحاولة مرة أخرى بعد قليل.
error-unavailable-title = الخدمة غير متاحة مؤقتًا
error-unavailable = الخدمة مشغولة أو قيد إعادة التشغيل. يُرجى المحاولة مرة أخرى بعد قليل.
error-back-home = الانتقال إلى الصفحة الرئيسية

## Dates and times
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
date-full = { $day } { $month } { $year }
date-month = { $month } { $year }
date-weekday = { $weekday }، { $day } { $month }
date-range-same-month = { $day1 }–{ $day2 } { $month } { $year }
date-range-same-year = { $day1 } { $month1 } – { $day2 } { $month2 } { $year }
date-range = { $date1 } – { $date2 }
datetime = { $date }، { $time }
time-range = { $start }–{ $end }

## Calendar files
ics-session-title = { $series }: الجلسة { $number }، { $title }
ics-more = التفاصيل وجدول الأعمال: { $url }
