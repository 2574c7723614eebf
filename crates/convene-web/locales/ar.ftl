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
agenda-your-time = بتوقيتكم: { $range }
session-zone-suggestion = هل تقصدون { $zone }؟
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

## Reach
nav-reach = المشاركة
reach-series-heading = من يشارك في { $series }
reach-session-heading = من شارك في { $session }: { $title }
reach-n-attendees = { $count ->
    [zero] { $n } حاضر
    [one] حاضر واحد
    [two] حاضران
    [few] { $n } حاضرين
    [many] { $n } حاضرًا
   *[other] { $n } حاضر
}
reach-n-registrants = { $count ->
    [zero] { $n } مسجَّل
    [one] مسجَّل واحد
    [two] مسجَّلان
    [few] { $n } مسجَّلين
    [many] { $n } مسجَّلًا
   *[other] { $n } مسجَّل
}
reach-n-participants = { $count ->
    [zero] { $n } مشارك
    [one] مشارك واحد
    [two] مشاركان
    [few] { $n } مشاركين
    [many] { $n } مشاركًا
   *[other] { $n } مشارك
}
reach-n-countries = { $count ->
    [zero] { $n } بلد
    [one] بلد واحد
    [two] بلدين
    [few] { $n } بلدان
    [many] { $n } بلدًا
   *[other] { $n } بلد
}
reach-headline = { $people } من { $countries }
reach-fewer-than = أقل من { $k }
reach-population-attendees = تحصي هذه الأرقام من حضروا، في المكان أو عبر الإنترنت.
reach-population-registrants = تحصي هذه الأرقام التسجيلات المؤكدة التي لم تُلغَ.
reach-population-series = تحصي كل دورة من حضروها حيث سُجّل الحضور، وإلا فتسجيلاتها المؤكدة؛ ويحصي المجموع كل شخص مرة واحدة مهما كان عدد الدورات التي شارك فيها.
reach-privacy = حمايةً للخصوصية، يُعرض أي رقم يخص أقل من { $k } أشخاص على أنه «أقل من { $k }».
reach-privacy-countries = لا يُحسب بلد إلا إذا جاء منه { $k } أشخاص على الأقل، فلا يغيّر شخص واحد من بلد جديد عدد البلدان.
reach-synthetic = سجلات المشاركين في هذا العرض التجريبي اصطناعية: أُنشئت لتطابق الأرقام المنشورة للدورات، ولا تخص أشخاصًا حقيقيين.
reach-no-data = لم يُسجَّل أي تسجيل بعد.
reach-show-table = عرض الأرقام في جدول
reach-downloads = تنزيل الأرقام
reach-download-json = كل الجداول (JSON)
reach-download-csv = تنزيل هذا الجدول (CSV)
reach-download-table = { $table } (CSV)
session-reach = المشاركة
reach-table-summary = ملخص
reach-table-sessions = دورة بعد دورة
reach-table-countries = حسب البلد
reach-table-regions = حسب المنطقة
reach-table-groups = حسب فئة أصحاب المصلحة
reach-table-modes = حسب طريقة المشاركة
reach-table-languages = حسب اللغة المفضلة
reach-table-curve = التسجيلات على مر الوقت
reach-column-label = الاسم
reach-column-count = الأشخاص
reach-column-cumulative = المسجلون حتى ذلك اليوم
reach-column-people = الأشخاص
reach-column-countries = البلدان
reach-column-new_people = المشاركون لأول مرة
reach-figure-registrations = التسجيلات الواردة
reach-figure-confirmed = المؤكدة
reach-figure-waitlisted = على قائمة الانتظار
reach-figure-pending = بانتظار تأكيد البريد الإلكتروني
reach-figure-cancelled = الملغاة
reach-figure-attended = الحضور
reach-figure-attended_in_person = الحضور في المكان
reach-figure-attended_online = الحضور عبر الإنترنت
reach-figure-countries = البلدان
reach-figure-people = الأشخاص المختلفون
reach-figure-participations = المشاركات (من حضر دورتين يُحسب مرتين)
reach-figure-sessions = الدورات التي لها مشاركون
reach-map-title = المشاركون حسب البلد
reach-map-desc = خريطة للعالم يُلوَّن فيها كل بلد حسب عدد المشاركين منه. ويورد الجدول أدناه رقم كل بلد.
reach-chart-desc = مخطط أعمدة لأرقام الجدول أدناه.
reach-legend-none = لا أحد
reach-legend-range = { $lo }–{ $hi }
region-africa = أفريقيا
region-americas = الأمريكتان
region-asia = آسيا
region-europe = أوروبا
region-oceania = أوقيانوسيا
region-antarctica = أنتاركتيكا
region-unknown = غير معروفة

## Errors
error-not-found-title = الصفحة غير موجودة
error-not-found = لا توجد صفحة على هذا العنوان. ربما نُقلت الصفحة، أو ربما كُتب العنوان بشكل خاطئ.
error-bad-request-title = هذا العنوان غير صالح
error-bad-path = جزء من العنوان غير صالح: { $detail }
error-bad-number = «{ $value }» ليس رقم جلسة.
error-unknown-zone = «{ $value }» ليست منطقة زمنية معروفة لدينا. يُرجى استخدام اسم مثل Europe/Zurich أو America/New_York.
error-bad-query = يحتوي العنوان على معلَمة يتعذر علينا قراءتها: { $detail }
error-bad-form = تعذرت قراءة الاستمارة ({ $detail }): يجب إرسالها نصًا بترميز UTF-8. لم يُحفظ أي شيء؛ يرجى الرجوع وإرسالها مرة أخرى.
error-internal-title = حدث خطأ ما
error-internal = تعذّر علينا عرض هذه الصفحة. وقد سُجّلت المشكلة؛ يُرجى المحاولة مرة أخرى بعد قليل.
error-unavailable-title = الخدمة غير متاحة مؤقتًا
error-unavailable = الخدمة مشغولة أو قيد إعادة التشغيل. يُرجى المحاولة مرة أخرى بعد قليل.
error-back-home = الانتقال إلى الصفحة الرئيسية

## Dates and times
date-range = { $date1 } – { $date2 }
datetime = { $date }، { $time }
time-range = { $start }–{ $end }

## Calendar files
ics-session-title = { $series }: الجلسة { $number }، { $title }
ics-session-day = { $title } (اليوم { $day } من { $days })
ics-more = التفاصيل وجدول الأعمال: { $url }

## Registration
session-registration = التسجيل
session-register = سجّلوا الآن
registration-state-not_offered = لا تتيح هذه الجلسة التسجيل.
registration-state-not_yet_open = لم يُفتح باب التسجيل بعد.
registration-state-open = باب التسجيل مفتوح، والتسجيل مجاني.
registration-state-full_in_person = اكتملت المقاعد في القاعة: تُدرج طلبات التسجيل الجديدة للحضور الشخصي في قائمة الانتظار. ولا يزال باب المشاركة عبر الإنترنت مفتوحًا.
registration-state-full = اكتملت جميع الأماكن: تُدرج طلبات التسجيل الجديدة في قائمة الانتظار.
registration-state-closed = أُغلق باب التسجيل.
register-title = التسجيل في «{ $title }»
register-back-to-session = العودة إلى الجلسة
register-submit = تسجيل
register-sent-title = تحقّقوا من بريدكم الوارد
register-sent-body = أرسلنا إليكم رسالة بالبريد الإلكتروني. يُرجى اتباع الرابط الوارد فيها لتأكيد عنوانكم؛ ولن يكتمل تسجيلكم إلا بعد ذلك.
register-sent-again = وإذا كنتم قد سجّلتم من قبل بهذا العنوان، فستجدون في الرسالة بدلًا من ذلك رابطًا إلى تسجيلكم.
form-required-note = الحقول المشار إليها بعلامة * إلزامية.
form-errors-title = يُرجى تصحيح ما يلي
form-errors-intro = تعذّر قبول بعض الحقول.
form-too-fast = أُرسلت الاستمارة بسرعة لا تتيح لشخص أن يملأها. يُرجى مراجعتها وإرسالها مرة أخرى.
register-unavailable = لا يمكننا قبول التسجيلات في الوقت الحالي، ولم يُحفظ أي شيء. لا تزال إجاباتك أدناه: يُرجى إرسال الاستمارة مرة أخرى بعد بضع دقائق.
field-name = الاسم الكامل
field-email = عنوان البريد الإلكتروني
field-country = البلد
field-choose = يُرجى الاختيار…
field-stakeholder-group = فئة أصحاب المصلحة
field-organisation = المنظمة (اختياري)
field-attendance-mode = كيف ستشاركون؟
field-language = اللغة المفضلة
field-accessibility = احتياجات تيسير الوصول (اختياري)
field-accessibility-hint = مثل الترجمة إلى لغة الإشارة، أو الترجمة النصية على الشاشة، أو مدخل خالٍ من الدرجات، أو مقعد في الصفوف الأمامية.
field-consent = قرأتُ إشعار الخصوصية وأوافق على حفظ بيانات تسجيلي لأغراض هذه الجلسة.
field-list-publicly = إدراج اسمي في القائمة العلنية للمشاركين
field-news-updates = إرسال آخر أخبار السلسلة إليّ
field-honeypot = اتركوا هذا الحقل فارغًا
field-required = هذا الحقل إلزامي.
field-too-long = { $count ->
    [zero] يُرجى ألا يتجاوز النص { $count } حرف.
    [one] يُرجى ألا يتجاوز النص حرفًا واحدًا.
    [two] يُرجى ألا يتجاوز النص حرفين.
    [few] يُرجى ألا يتجاوز النص { $count } أحرف.
    [many] يُرجى ألا يتجاوز النص { $count } حرفًا.
   *[other] يُرجى ألا يتجاوز النص { $count } حرف.
}
field-control-characters = يُرجى حذف أحرف التحكم غير المرئية من هذا الحقل.
field-direction-override = يُرجى حذف أحرف اتجاه النص غير المرئية من هذا الحقل.
field-invalid-email = يُرجى إدخال عنوان بريد إلكتروني مثل name@example.org.
field-unknown-choice = يُرجى اختيار أحد الخيارات المتاحة.
field-consent-required = يجب الموافقة على إشعار الخصوصية لإتمام التسجيل.
field-mode-not-offered = لا تتيح هذه الجلسة طريقة المشاركة هذه.
answer-yes = نعم
answer-no = لا
group-member_state = دولة عضو
group-igo = منظمة حكومية دولية
group-ngo_civil_society = المنظمات غير الحكومية والمجتمع المدني
group-academia_research = الأوساط الأكاديمية والبحثية
group-ip_professional = مهنيو الملكية الفكرية
group-enterprise_industry = الشركات والقطاع الصناعي
group-creator_artist = المبدعون والفنانون
group-media = وسائل الإعلام
group-individual = بصفة فردية
mode-in_person = حضوريًا
mode-online = عبر الإنترنت
language-ar = العربية
language-zh = 中文 (الصينية)
language-en = English (الإنكليزية)
language-fr = Français (الفرنسية)
language-ru = Русский (الروسية)
language-es = Español (الإسبانية)
channel-floor = لغة المتحدث (الصوت الأصلي)
channel-ar = الترجمة الفورية إلى العربية
channel-zh = الترجمة الفورية إلى الصينية
channel-en = الترجمة الفورية إلى الإنكليزية
channel-fr = الترجمة الفورية إلى الفرنسية
channel-ru = الترجمة الفورية إلى الروسية
channel-es = الترجمة الفورية إلى الإسبانية

## Manage page
manage-title = تسجيلكم
manage-status-confirmed = مؤكَّد. نتطلع إلى لقائكم.
manage-status-pending = في انتظار تأكيد عنوان بريدكم الإلكتروني: يُرجى اتباع الرابط الوارد في الرسالة التي أرسلناها إليكم.
manage-status-waitlisted = أنتم في قائمة الانتظار، ورقمكم { $position }. وسنراسلكم بالبريد الإلكتروني إذا شغر مكان.
manage-status-cancelled = مُلغى.
manage-status-expired = منتهي الصلاحية: لم يُؤكَّد عنوان البريد الإلكتروني في الوقت المحدد. يمكنكم التسجيل مرة أخرى.
manage-register-again = التسجيل مرة أخرى
manage-done-verified = شكرًا لكم: تم تأكيد عنوان بريدكم الإلكتروني.
manage-done-expired = انتهت صلاحية هذا الرابط: لم يُؤكَّد عنوان البريد الإلكتروني في الوقت المحدد، لذا لم يُحتفظ بالتسجيل. يُرجى التسجيل مرة أخرى للمشاركة.
manage-done-updated = حُفظت التغييرات التي أجريتموها.
manage-done-cancelled = أُلغي تسجيلكم.
manage-done-invalid = تعذّر حفظ التغييرات: يُرجى الاختيار من بين الخيارات المتاحة.
manage-done-erase-unconfirmed = يُرجى تحديد المربع لتأكيد رغبتكم في محو بياناتكم.
manage-join-title = المشاركة عبر الإنترنت
manage-join-intro = هذه الروابط خاصة بكم: يُرجى عدم مشاركتها مع أحد. اختاروا اللغة التي تودّون الاستماع بها.
manage-badge-title = رمز تسجيل الحضور الخاص بكم
manage-badge-intro = يُرجى إبراز هذا الرمز عند المدخل، على هاتفكم أو مطبوعًا.
manage-badge-code = الرمز:
manage-qr-label = رمز QR لتسجيل الحضور
manage-checked-in = سُجّل حضوركم في الساعة { $time }.
manage-details-title = معلوماتكم
manage-change-title = تعديل تسجيلكم
manage-save = حفظ التغييرات
manage-cancel = إلغاء تسجيلي
manage-data-title = بياناتكم
manage-export = تنزيل بياناتي (JSON)
manage-erase-confirm = أرغب في محو بياناتي الشخصية. لا يمكن التراجع عن هذا الإجراء.
manage-erase = محو بياناتي

## Check-in
checkin-title = تسجيل الحضور
checkin-token = رمز دخول الموظفين
checkin-login = فتح تسجيل الحضور
checkin-sign-out = تسجيل الخروج من هذا الجهاز
checkin-code = رمز المشارك
checkin-code-hint = امسحوا رمز QR ضوئيًا أو اكتبوا الرمز المطبوع تحته.
checkin-submit = تسجيل الحضور
checkin-done = سُجّل الحضور: { $name } ({ $mode }).
checkin-already = سبق تسجيل حضور { $name } في الساعة { $time }.
checkin-unknown = رمز غير معروف. يُرجى التحقق منه والمحاولة مرة أخرى.
checkin-refused = هذا التسجيل غير مؤكَّد (في قائمة الانتظار أو مُلغى أو لم يُتحقَّق منه).
checkin-admitting = تسجيل الحضور للدورة { $number }: { $title } · { $count ->
    [zero] لم يدخل أحد
    [one] دخل شخص واحد
    [two] دخل شخصان
    [few] دخل { $count } أشخاص
    [many] دخل { $count } شخصًا
   *[other] دخل { $count } شخص
}
checkin-admitting-none = لا توجد دورة مفتوحة لتسجيل الحضور الآن: يُفتح تسجيل الحضور قبل بدء الدورة بيوم.
checkin-not-now = هذا الرمز للدورة { $number }، { $title } ({ $when }). يُفتح تسجيل الحضور قبل بدء الدورة بيوم حتى نهايتها؛ لم يُسجَّل حضور أحد.

## Privacy
privacy-link = الاطلاع على إشعار الخصوصية
privacy-title = إشعار الخصوصية
privacy-version = الإصدار المؤرخ { $version }
privacy-what-title = البيانات التي نحتفظ بها
privacy-what = اسمكم، وعنوان بريدكم الإلكتروني، وبلدكم، وفئة أصحاب المصلحة التي تنتمون إليها، ومنظمتكم، وطريقة مشاركتكم، ولغتكم المفضلة، واحتياجاتكم المتعلقة بتيسير الوصول، وإجاباتكم عن أسئلة الجلسة، وتواريخ تسجيلكم وتأكيده وحضوركم.
privacy-why-title = الغرض
privacy-why = تنظيم الجلسة: تأكيد مكانكم، وإرسال تفاصيل الانضمام والتذكيرات إليكم، وتسجيل حضوركم، ونشر أرقام إجمالية عن المشاركة (لا تتعلق أبدًا بأقل من خمسة أشخاص).
privacy-who-title = من يطّلع عليها
privacy-who = المنظمون فقط. ولا يظهر اسمكم في القائمة العلنية للمشاركين إلا إذا طلبتم ذلك.
privacy-controller-title = الجهة المسؤولة
privacy-controller = { $controller } هي الجهة المسؤولة عن بياناتكم (المتحكم في البيانات). اكتبوا إلى { $contact } بشأن أي سؤال أو طلب يتعلق بها.
privacy-retention-title = مدة الاحتفاظ بها
privacy-retention = يُحتفظ بالتسجيلات { $months ->
    [zero] { $months } شهر
    [one] شهرًا واحدًا
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
} بعد الدورة، ثم تُمحى؛ ولا يبقى إلا أعداد مجهولة الهوية.
privacy-rights-title = حقوقكم
privacy-rights = يمكنكم في أي وقت، باستخدام الرابط الوارد في رسالة التأكيد، الاطلاع على بياناتكم وتعديلها وتنزيلها ومحوها. ويؤدي المحو إلى إزالة كل ما يمكن أن يحدد هويتكم؛ ولا يتبقى سوى أعداد مجهولة الهوية.

## Errors
error-forbidden-title = انتهت صلاحية الاستمارة
error-forbidden = انتهت صلاحية هذه الاستمارة أو أُرسلت من موقع آخر. يُرجى الرجوع وإعادة تحميل الصفحة والمحاولة مرة أخرى.
error-too-many-title = محاولات كثيرة جدًا
error-too-many = أُجريت محاولات كثيرة جدًا من اتصالكم أو لهذا العنوان. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
error-registration-closed-title = التسجيل غير مفتوح

## Emails
email-greeting = عزيزي/عزيزتي { $name }،
email-footer = تصلكم هذه الرسالة لأن هذا العنوان استُخدم للتسجيل في { $site }.
email-verify-subject = يُرجى تأكيد تسجيلكم: { $title }
email-verify-body = شكرًا لتسجيلكم في «{ $title }» ({ $when }). يُرجى تأكيد عنوان بريدكم الإلكتروني لإتمام التسجيل.
email-verify-ignore = إذا لم تقوموا بالتسجيل، فتجاهلوا هذه الرسالة: لن يترتب عليها أي إجراء آخر.
email-verify-action = تأكيد تسجيلي
email-manage-action = عرض تسجيلي أو تعديله
email-confirmed-subject = تم تسجيلكم: { $title }
email-confirmed-body = تم تأكيد تسجيلكم في «{ $title }» ({ $when }). ومرفق بهذه الرسالة ملف التقويم. يُرجى الاحتفاظ بهذه الرسالة: فالرابط الوارد فيها يتيح لكم تعديل تسجيلكم أو إلغاءه.
email-waitlisted-subject = أنتم في قائمة الانتظار: { $title }
email-waitlisted-body = تم تأكيد عنوانكم. وقد اكتملت المقاعد في قاعة «{ $title }»، ولذا أُدرجتم في قائمة الانتظار برقم { $position }. وسنراسلكم بالبريد الإلكتروني فور شغور مكان.
email-manage-link-subject = تسجيلكم: { $title }
email-manage-link-body = طلبتم التسجيل مرة أخرى في «{ $title }» ({ $when }). أنتم مسجَّلون بالفعل؛ وإليكم الرابط إلى تسجيلكم.
email-promoted-subject = شغر مكان لكم: { $title }
email-promoted-body = خبر سار: شغر مكان في «{ $title }» ({ $when }) وأصبح الآن مخصصًا لكم.
email-reminder-24h-subject = غدًا: { $title }
email-reminder-1h-subject = تبدأ الجلسة بعد ساعة: { $title }
email-reminder-body = نذكّركم بقرب موعد «{ $title }» ({ $when }).
email-join-title = المشاركة عبر الإنترنت (روابط شخصية، يُرجى عدم مشاركتها)
email-badge-body = رمز تسجيل الحضور الخاص بكم، لإبرازه عند المدخل:
email-cancelled-subject = أُلغي التسجيل: { $title }
email-cancelled-body = أُلغي تسجيلكم في «{ $title }» ({ $when }). ويسعدنا أن تسجّلوا مرة أخرى ما دام باب التسجيل مفتوحًا.

## Back office
admin-sign-in-required-title = يلزم تسجيل الدخول
admin-sign-in-required = هذه الصفحة مخصصة للمنظمين. سجّل الدخول من الصفحة ‎/admin/login ثم أعد المحاولة.
admin-not-allowed-title = غير متاح لدورك
admin-not-allowed = لا يتيح دور حسابك الوصول إلى هذه الصفحة. يمكن للمسؤول تغيير دورك.
admin-link-expired-title = انتهت صلاحية الرابط
admin-link-expired = سبق استخدام هذا الرابط أو لم يعد صالحًا. اطلب رابطًا جديدًا من صفحة «هل نسيت كلمة المرور؟» أو من أحد المسؤولين.
admin-nav-label = مساحة المنظمين
admin-logout = تسجيل الخروج
admin-nav-dashboard = مساحة المنظمين
admin-nav-users = الحسابات
admin-nav-users-about = إنشاء حسابات المنظمين وتغيير الأدوار وتعطيل الحسابات.
admin-nav-checkin = تسجيل الحضور
admin-nav-checkin-about = تسجيل وصول المشاركين حضوريًا عند المدخل.
admin-nav-password = تغيير كلمة المرور
admin-nav-password-about = اختيار كلمة مرور جديدة؛ وتُنهى جلساتك الأخرى.
admin-role-admin = مسؤول
admin-role-editor = محرر
admin-role-moderator = مشرف
admin-role-checkin = موظف تسجيل الحضور
admin-role-admin-about = بصفتك مسؤولًا، تدير الحسابات والإعدادات، ويمكنك القيام بكل ما تقوم به الأدوار الأخرى.
admin-role-editor-about = بصفتك محررًا، تُعدّ السلاسل والجلسات وجداول الأعمال والمتحدثين والصفحات والقصص والمنشورات.
admin-role-moderator-about = بصفتك مشرفًا، تراجع المداخلات المكتوبة وأسئلة المشاركين.
admin-role-checkin-about = بصفتك موظفًا لتسجيل الحضور، تسجّل وصول المشاركين حضوريًا عند المدخل.
admin-notice-signed-out = سجّلت الخروج.
admin-notice-password-set = حُفظت كلمة المرور. يمكنك تسجيل الدخول الآن.
admin-notice-password-changed = تغيّرت كلمة المرور، وأُنهيت جلساتك الأخرى.
admin-notice-role-changed = تغيّر الدور.
admin-notice-disabled = عُطّل الحساب وأُنهيت جلساته.
admin-notice-enabled = أُعيد تفعيل الحساب.
admin-login-title = دخول المنظمين
admin-login-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
admin-login-wait = { $count ->
    [zero] محاولات كثيرة جدًا. أعد المحاولة بعد { $count } دقيقة.
    [one] محاولات كثيرة جدًا. أعد المحاولة بعد دقيقة واحدة.
    [two] محاولات كثيرة جدًا. أعد المحاولة بعد دقيقتين.
    [few] محاولات كثيرة جدًا. أعد المحاولة بعد { $count } دقائق.
    [many] محاولات كثيرة جدًا. أعد المحاولة بعد { $count } دقيقة.
   *[other] محاولات كثيرة جدًا. أعد المحاولة بعد { $count } دقيقة.
}
admin-field-email = عنوان البريد الإلكتروني
admin-field-password = كلمة المرور
admin-login-submit = تسجيل الدخول
admin-login-forgot = هل نسيت كلمة المرور؟
admin-dashboard-title = مساحة المنظمين
admin-password-title = تغيير كلمة المرور
admin-set-password-title = اختر كلمة المرور
admin-set-password-for = الحساب:
admin-field-current-password = كلمة المرور الحالية
admin-field-new-password = كلمة المرور الجديدة
admin-field-confirm-password = كلمة المرور الجديدة مرة أخرى
admin-password-rules = ‏12 حرفًا على الأقل. بضع كلمات تتذكرها تصنع كلمة مرور جيدة؛ وتجنّب عنوان بريدك الإلكتروني وكلمات المرور الشائعة.
admin-password-submit = حفظ كلمة المرور
admin-reset-title = هل نسيت كلمة المرور؟
admin-reset-intro = أدخل عنوان البريد الإلكتروني لحساب المنظم الخاص بك، وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
admin-reset-submit = إرسال الرابط
admin-reset-sent = إذا كان هذا العنوان مستخدمًا في حساب منظم، فإن رابطًا لاختيار كلمة مرور جديدة في طريقه إليه. يعمل الرابط مرة واحدة، لمدة ساعة.
admin-back-to-login = العودة إلى تسجيل الدخول
admin-users-title = الحسابات
admin-users-create = حساب جديد
admin-field-role = الدور
admin-users-create-hint = يتلقى المنظم الجديد رسالة بريد إلكتروني فيها رابط لاختيار كلمة المرور، ويُعرض عليك الرابط أيضًا مرة واحدة.
admin-users-create-submit = إنشاء الحساب
admin-users-list = جميع الحسابات
admin-users-status = الحالة
admin-users-actions = الإجراءات
admin-users-save-role = تغيير الدور
admin-users-enable = تفعيل
admin-users-disable = تعطيل
admin-users-new-link = رابط جديد لكلمة المرور
admin-status-active = نشط
admin-status-invited = مدعو، بلا كلمة مرور بعد
admin-status-disabled = معطّل
admin-users-disabled-no-link = لا يمكن إصدار رابط كلمة مرور لحساب معطّل. فعّله أولًا.
admin-users-not-yourself = لا يمكنك تغيير دورك أو تعطيل حسابك بنفسك. اطلب ذلك من مسؤول آخر.
admin-users-unknown-action = هذا الإجراء غير متاح.
admin-users-stale = عدّل شخص آخر هذا الحساب في الأثناء. تعرض القائمة حالته الآن؛ أعد المحاولة إذا لزم الأمر.
admin-created-title = أُنشئ الحساب
admin-new-link-title = رابط جديد لكلمة المرور
admin-link-intro = أعطِ هذا الرابط إلى { $email } (أُرسل إليه أيضًا بالبريد الإلكتروني):
admin-link-once = يعمل الرابط مرة واحدة. روابط الدعوة صالحة 72 ساعة، ولن تعرضه هذه الصفحة مرة أخرى.
admin-link-back = العودة إلى الحسابات
field-password-too-short = { $count ->
    [zero] استخدم { $count } حرف على الأقل.
    [one] استخدم حرفًا واحدًا على الأقل.
    [two] استخدم حرفين على الأقل.
    [few] استخدم { $count } أحرف على الأقل.
    [many] استخدم { $count } حرفًا على الأقل.
   *[other] استخدم { $count } حرف على الأقل.
}
field-password-is-email = لا تستخدم عنوان بريدك الإلكتروني كلمةً للمرور.
field-password-common = كلمة المرور هذه شائعة جدًا ويسهل تخمينها. اختر غيرها.
field-password-mismatch = كلمتا المرور غير متطابقتين.
field-wrong-password = هذه ليست كلمة المرور الحالية.
field-email-taken = يوجد حساب بهذا العنوان البريدي بالفعل.
checkin-staff-sign-in = المنظمون: سجّلوا الدخول بحساباتكم
email-account-greeting = مرحبًا،
email-account-footer = تصلك هذه الرسالة لأن حساب منظم على { $site } يستخدم هذا العنوان.
email-invite-subject = حسابك بصفتك منظمًا على { $site }
email-invite-body = أُنشئ لك حساب منظم على { $site } بدور: { $role }. اختر كلمة المرور لتبدأ.
email-invite-action = اختيار كلمة المرور
email-reset-subject = اختر كلمة مرور جديدة لموقع { $site }
email-reset-body = طلب أحدهم إعادة تعيين كلمة المرور لحساب المنظم الخاص بك على { $site }. إن كنت أنت، فاختر كلمة مرور جديدة من الرابط أدناه. وإن لم تكن أنت، فتجاهل هذه الرسالة: تبقى كلمة المرور كما هي.
email-reset-action = اختيار كلمة مرور جديدة
email-link-expiry-set = يعمل الرابط مرة واحدة، خلال 72 ساعة.
email-link-expiry-reset = يعمل الرابط مرة واحدة، خلال ساعة.
admin-nav-reach = أرقام المشاركة
admin-nav-reach-about = أرقام المشاركة الدقيقة للسلسلة ولكل دورة، مع التنزيلات.
admin-reach-title = المشاركة: { $scope }
admin-reach-scopes = السلسلة والدورات
admin-reach-exact = أرقام دقيقة تشمل الأعداد الصغيرة: للمنظمين فقط. للنشر استخدم الصفحات العامة التي تخفي أي رقم أقل من 5.

## Back office: editing content
admin-nav-sessions = الجلسات
admin-nav-sessions-about = إنشاء الجلسات وتعديلها، وجداول أعمالها، والتسجيل ومراحلها.
admin-nav-speakers = المتحدثون
admin-nav-speakers-about = أسماء المتحدثين وانتماءاتهم وسيرهم الذاتية كما تعرضها جداول الأعمال.
admin-sessions-title = السلاسل والجلسات
admin-sessions-none = لا توجد جلسات بعد.
admin-series-new = سلسلة جديدة
admin-series-edit = تعديل السلسلة
admin-session-new = جلسة جديدة
admin-session-new-in = جلسة جديدة في «{ $series }»
admin-session-new-hint = الجلسة الجديدة مسودة: لا يراها الزوار ولا واجهة البرمجة حتى تعلنوا عنها.
admin-session-details = التفاصيل
admin-registrations = التسجيلات
admin-registrations-link = عرض التسجيلات
admin-public-page = الصفحة العامة
admin-revisions-link = سجل النصوص
admin-revisions-title = سجل النصوص
admin-revisions-none = لا توجد مراجعات محفوظة بعد.
admin-revisions-recent = أحدث التغييرات على النصوص
admin-revisions-recent-intro = أحدث المراجعات المحفوظة لكل سلسلة ودورة وبند في جدول الأعمال ومتحدث، الأحدث أولًا. افتح إحداها لمقارنتها بالسابقة واستعادتها.
admin-revision-current = الحالية
admin-restore = استعادة هذه المراجعة
admin-restore-invalid = لا يمكن استعادة هذه المراجعة كما هي: لم تعد نصوصها تجتاز عمليات التحقق.
admin-back = رجوع
admin-back-to-session = العودة إلى الجلسة
admin-lifecycle = الحالة
admin-lifecycle-final = أُلغيت هذه الجلسة؛ ولا خطوات بعد ذلك.
admin-lifecycle-not-next = لا تلي هذه الخطوة الحالة الحالية للجلسة.
admin-lifecycle-has-registrations = سجّل أشخاص في هذه الجلسة: لا يمكن حذفها ولا إعادتها مسودة، بل إلغاؤها فقط (ويُرسَل بريد إلكتروني إلى كل مسجَّل).
admin-cancel-hint = يؤدي الإلغاء إلى إرسال بريد إلكتروني إلى كل مسجَّل بلغته.
admin-step-announced = الإعلان (جعلها عامة)
admin-step-registration_open = فتح التسجيل
admin-step-registration_closed = إغلاق التسجيل
admin-step-live = وضع علامة «جارية»
admin-step-concluded = وضع علامة «منتهية»
admin-step-published = نشر المواد
admin-step-draft = الرجوع إلى مسودة (إخفاء)
admin-step-cancelled = إلغاء الجلسة
admin-precision-time = أوقات محددة
admin-precision-day = الأيام فقط
admin-precision-month = الشهر فقط
admin-field-number = الرقم
admin-field-language = لغة النصوص
admin-field-title = العنوان
admin-field-summary = الملخص (Markdown)
admin-field-description = الوصف (Markdown)
admin-field-bio = السيرة (Markdown)
admin-field-starts_on = تاريخ البدء
admin-field-starts_time = وقت البدء
admin-field-ends_on = تاريخ الانتهاء
admin-field-ends_time = وقت الانتهاء
admin-field-time_zone = المنطقة الزمنية (اسم IANA، مثل Europe/Zurich)
admin-field-precision = دقة التواريخ
admin-field-format = الشكل
admin-field-venue = المكان
admin-field-takes_registrations = تقبل التسجيل
admin-field-opens_on = يُفتح التسجيل في
admin-field-opens_time = الساعة
admin-field-closes_on = يُغلق التسجيل في
admin-field-closes_time = الساعة
admin-field-capacity_in_person = المقاعد في القاعة (فارغ: لا حضور شخصي)
admin-field-capacity_online = الأماكن عبر الإنترنت (فارغ: بلا حد)
admin-field-join = رابط الانضمام: { $channel }
admin-field-day = اليوم
admin-field-kind = النوع
admin-field-speakers = المتحدثون
admin-field-slug = اسم العنوان
admin-field-name = الاسم
admin-field-affiliation = الجهة والمنصب
admin-slug-hint = أحرف لاتينية صغيرة وأرقام تفصل بينها شَرطات، مثل generative-ai. يظهر في الروابط ولا يمكن تغييره لاحقًا.
admin-speakers-hint = أسماء عناوين المتحدثين مفصولة بفواصل؛ أضيفوا ‎:moderator‎ للمدير، مثل li-wei:moderator, ana-perez
admin-translations = الترجمات
admin-translations-hint = يرى الزوار النص بلغتهم إن قُدِّم هنا، وإلا فالأصل مع ملاحظة.
admin-translation-heading = بـ{ $language }
admin-preview = معاينة
admin-preview-heading = معاينة (لم تُحفظ بعد)
admin-save = حفظ
admin-create = إنشاء
admin-save-registration = حفظ إعدادات التسجيل
admin-registration-settings = التسجيل
admin-yes = نعم
admin-no = لا
admin-channel-floor = الصوت الأصلي
admin-channel-ar = العربية
admin-channel-zh = الصينية
admin-channel-en = الإنكليزية
admin-channel-fr = الفرنسية
admin-channel-ru = الروسية
admin-channel-es = الإسبانية
admin-agenda = جدول الأعمال
admin-agenda-empty = لا توجد بنود في جدول الأعمال بعد.
admin-agenda-time = الموعد
admin-agenda-add = إضافة بند إلى جدول الأعمال
admin-agenda-edit = تعديل بند جدول الأعمال
admin-agenda-export = تنزيل جدول الأعمال (CSV)
admin-agenda-import = استيراد جدول أعمال من ملف CSV
admin-agenda-file = ملف CSV
admin-agenda-file-hint = الأعمدة start وend وkind وtitle وdescription وspeakers كما في الملف المنزَّل. يستبدل الاستيراد جدول الأعمال كله، ولا يتغير شيء ما لم تكن كل الصفوف صحيحة.
admin-agenda-import-submit = استيراد
admin-actions = الإجراءات
admin-move-up = للأعلى
admin-move-down = للأسفل
admin-move-up-label = نقل «{ $title }» إلى الأعلى
admin-move-down-label = نقل «{ $title }» إلى الأسفل
admin-delete = حذف
admin-delete-label = حذف «{ $title }»
admin-delete-heading = الحذف
admin-session-delete-hint = لم يسجّل أحد في هذه الجلسة، لذا يمكن حذفها مع جدول أعمالها. ولا يمكن التراجع عن ذلك.
admin-speakers-title = المتحدثون
admin-speakers-list = جميع المتحدثين
admin-speaker-address-name = اسم العنوان:
admin-speaker-new = متحدث جديد
admin-speaker-edit = تعديل المتحدث
admin-speaker-delete-hint = لا يمكن حذف متحدث يرد في جدول أعمال؛ أزيلوه من جدول الأعمال أولًا.
admin-stale = غيّر شخص آخر هذا السجل أثناء تعديلكم له. لم يُحفظ شيء من تعديلاتكم: أعيدوا تحميل الصفحة لرؤية تغييراته، ثم أعيدوا إجراء تعديلاتكم.
admin-content-refused = لم يُحفظ: يبدو النص تشويهًا للصفحة.
admin-notice-saved = تم الحفظ.
admin-notice-created = تم الإنشاء.
admin-notice-deleted = تم الحذف.
admin-notice-status = تغيّرت الحالة.
admin-notice-imported = تم استيراد جدول الأعمال.
admin-notice-restored = تمت استعادة المراجعة.
admin-notice-cancelled-emailed = أُلغيت الجلسة؛ ويجري إرسال بريد إلكتروني إلى كل مسجَّل.
field-invalid-slug = استخدموا أحرفًا لاتينية صغيرة وأرقامًا تفصل بينها شَرطات.
field-slug-taken = اسم العنوان هذا مستخدم بالفعل.
field-invalid-number = أدخلوا عددًا صحيحًا.
field-number-taken = لجلسة أخرى من هذه السلسلة هذا الرقم.
field-invalid-date = أدخل تاريخًا مثل 2026-11-24.
field-invalid-time = أدخلوا وقتًا بالصيغة HH:MM.
field-end-before-start = يجب أن تأتي النهاية بعد البداية.
field-unknown-speaker = اذكروا المتحدثين باسم عنوانهم (انظروا صفحة المتحدثين)، مع ‎:moderator‎ للمديرين.
field-speaker-not-found = لا يوجد متحدث اسم عنوانه «{ $slug }». تعرض صفحة المتحدثين اسم عنوان كل متحدث.
field-invalid-url = أدخلوا عنوان ويب يبدأ بـ https://.
field-speaker-in-agenda = يرد هذا المتحدث في جدول أعمال؛ أزيلوه منه أولًا.
email-session-cancelled-subject = أُلغيت: { $title }
email-session-cancelled-body = نأسف لإبلاغكم بأن المنظمين ألغوا «{ $title }» ({ $when }). ولا يلزمكم أي إجراء آخر بشأن تسجيلكم. وسنكتب إليكم عند الإعلان عن جلسة جديدة.
admin-agenda-import-report = لم يُستورد ملف جدول الأعمال
admin-agenda-import-nothing = لم يتغير شيء. صحّحوا هذه الصفوف واستوردوا الملف مرة أخرى:
admin-agenda-import-line = السطر
admin-agenda-import-column = العمود
admin-agenda-import-problem = المشكلة
admin-links-flagged = تؤدي هذه الروابط إلى مواقع خارج قائمة السماح. تحققوا من كل منها قبل أن تصبح الجلسة عامة:
admin-links-confirm = تحققتُ من هذه الروابط: { $step }
content-only-in-en = هذا النص متاح بالإنكليزية فقط.
content-only-in-fr = هذا النص متاح بالفرنسية فقط.
content-only-in-es = هذا النص متاح بالإسبانية فقط.
content-only-in-ru = هذا النص متاح بالروسية فقط.
content-only-in-zh = هذا النص متاح بالصينية فقط.
content-only-in-ar = هذا النص متاح بالعربية فقط.
## Content checks and agenda import
refusal-active-tag = احذف العنصر <{ $tag }>: لا يُسمح في النص بالنصوص البرمجية ولا بالإطارات ولا بالكائنات المضمّنة ولا بالأنماط.
refusal-event-handler = احذف السمة { $attribute }: لا يجوز أن يشغّل النص نصوصًا برمجية.
refusal-script-url = احذف الرابط { $scheme }:: لا يُسمح إلا بروابط الويب (http وhttps) وروابط البريد الإلكتروني (mailto).
refusal-hidden-text = احذف النص المخفي ({ $how ->
    [display-none] display: none
    [invisible] visibility: hidden
    [zero-font-size] حجم خط صفري
    [zero-opacity] شفافية كاملة
    [off-screen] موضوع خارج الشاشة
    [hidden-attribute] السمة hidden
    [aria-hidden] aria-hidden
    [same-colour] نص بلون الخلفية
   *[zero-width] محارف غير مرئية منعدمة العرض
}): يجب أن يكون كل ما يُنشر مرئيًا للقراء.
refusal-too-many-links = الروابط كثيرة جدًا بالنسبة إلى النص: { $links } رابطًا في { $words } كلمة. أبقِ الروابط التي يحتاجها القراء.
refusal-too-many-hosts = روابط إلى { $hosts } مواقع مختلفة ليست في قائمة المواقع الموثوقة: يبدو هذا رسائل روابط مزعجة.
refusal-repeated-anchor = نص الرابط «{ $text }» مستخدم في { $times } روابط مختلفة: يبدو هذا رسائل روابط مزعجة.
refusal-spam-vocabulary = «{ $term }» من مفردات الرسائل المزعجة عن القمار أو القروض أو الأدوية، ولا يُنشر.
refusal-glued-script = «{ $run }» ملتصق بكلمة بكتابة أخرى، كما يبدو المحتوى المزعج المدسوس في جملة. إن كان مصطلحًا حقيقيًا فافصله بمسافة أو بعلامتي تنصيص.
content-flagged-link = رابط إلى { $host } ({ $url }) غير مدرج في قائمة المواقع الموثوقة: أكّده قبل النشر.
agenda-import-at = السطر { $line }: { $problem }
agenda-import-at-column = السطر { $line }، العمود «{ $column }»: { $problem }
agenda-import-empty = لا يحتوي الملف على أي بند من بنود جدول الأعمال.
agenda-import-not-utf8 = الملف ليس نصًا بترميز UTF-8. احفظه بصيغة «CSV UTF-8» وأعد المحاولة.
agenda-import-malformed = هذا الصف ليس بصيغة CSV سليمة: تحقق من عدد خلاياه ومن علامات التنصيص.
agenda-import-missing-column = لا يحتوي صف العناوين على العمود «{ $name }».
agenda-import-unknown-column = يذكر صف العناوين عمودًا غير معروف أو مكررًا: «{ $name }».
agenda-import-bad-time = «{ $value }» ليس وقتًا: اكتب HH:MM أو YYYY-MM-DD HH:MM.
agenda-import-unknown-kind = «{ $value }» ليس نوع بند: استخدم أحد الأنواع { $kinds }.
agenda-import-end-before-start = ينتهي البند قبل أن يبدأ.
agenda-import-overlap = يتداخل البند مع البند الوارد في السطر { $other }.
agenda-import-outside-session = البند ليس ضمن أيام الدورة.
agenda-import-unknown-speaker = لا يوجد متحدث بالمعرّف «{ $slug }».
agenda-import-bad-speaker = «{ $value }» ليس متحدثًا: اكتب معرّفًا، ويمكن أن يليه :moderator.
agenda-import-title-empty = العنوان فارغ.
agenda-import-title-too-long = يتجاوز العنوان { $max } حرفًا.
agenda-import-description-too-long = يتجاوز الوصف { $max } حرف.
## Back office: registrations and audit log
admin-nav-registrations = التسجيلات
admin-nav-registrations-about = تسجيلات كل دورة: البحث والتصفية والتنزيل وإعادة الإرسال والإلغاء والنقل من قائمة الانتظار.
admin-nav-audit = سجل التدقيق
admin-nav-audit-about = كل تغيير أجراه المنظمون أو النظام: من ومتى وماذا، وما قبله وما بعده.
admin-regs-index-title = التسجيلات
admin-regs-index-intro = اختر دورة لعرض تسجيلاتها.
admin-regs-count = { $count ->
    [zero] لا تسجيلات
    [one] تسجيل واحد
    [two] تسجيلان
    [few] { $count } تسجيلات
    [many] { $count } تسجيلًا
   *[other] { $count } تسجيل
}
admin-regs-title = التسجيلات: الدورة { $number }، { $title }
admin-regs-all-sessions = كل الدورات
admin-regs-counts = التسجيلات حسب الحالة
admin-regs-filters = عوامل التصفية
admin-regs-search = ابحث بالاسم أو البريد الإلكتروني أو المنظمة
admin-regs-col-name = الاسم
admin-regs-col-organisation = المنظمة
admin-regs-col-state = الحالة
admin-regs-col-mode = طريقة المشاركة
admin-regs-col-language = اللغة
admin-regs-col-registered = وقت التسجيل (UTC)
admin-regs-col-checked-in = وقت تسجيل الحضور (UTC)
admin-regs-col-synthetic = سجل تجريبي
admin-regs-col-id = المعرّف
admin-regs-col-accessibility = احتياجات إمكانية الوصول
admin-regs-col-needs = احتياجات إمكانية الوصول والإجابات
admin-regs-any = الكل
admin-regs-filter = تطبيق التصفية
admin-regs-clear = مسح التصفية
admin-regs-none = لا يوجد تسجيل مطابق.
admin-regs-showing = عرض { $first } إلى { $last } من { $total }
admin-regs-download-csv = تنزيل بصيغة CSV
admin-regs-download-xlsx = تنزيل بصيغة Excel (XLSX)
admin-regs-synthetic = تجريبي
admin-regs-resend = إعادة إرسال البريد
admin-regs-promote = منح مكان
admin-regs-over-capacity = حتى لو تجاوز السعة
admin-regs-cancel = إلغاء التسجيل
admin-pages = الصفحات
admin-page-previous = الصفحة السابقة
admin-page-next = الصفحة التالية
admin-regs-state-confirmed = مؤكد
admin-regs-count-confirmed = مؤكد: { $count }
admin-regs-state-pending = بانتظار التحقق من البريد
admin-regs-count-pending = بانتظار التحقق من البريد: { $count }
admin-regs-state-waitlisted = قائمة الانتظار
admin-regs-count-waitlisted = قائمة الانتظار: { $count }
admin-regs-state-cancelled = ملغى
admin-regs-count-cancelled = ملغى: { $count }
admin-regs-state-expired = منتهي الصلاحية
admin-regs-count-expired = منتهي الصلاحية: { $count }
admin-regs-sheet = التسجيلات
admin-regs-refused-full = لا يوجد مكان شاغر. لمنح مكان رغم ذلك، اختر «حتى لو تجاوز السعة» وحاول مرة أخرى.
admin-regs-refused-not-waitlisted = لا يمكن منح مكان إلا لتسجيل في قائمة الانتظار.
admin-regs-refused-not-live = هذا التسجيل ملغى أو منتهي الصلاحية بالفعل.
admin-regs-refused-nothing-to-send = لا يوجد بريد لإعادة إرساله لهذا التسجيل.
admin-regs-stale = تغيّر هذا التسجيل منذ عرض الصفحة، لذا لم يُنفَّذ شيء. تعرضه القائمة كما هو الآن؛ أعد المحاولة إذا لزم الأمر.
admin-notice-resent = البريد في طريقه.
admin-notice-cancelled = أُلغي التسجيل؛ ذهب مكانه إلى قائمة الانتظار وأُبلغ الشخص بالبريد.
admin-notice-promoted = أصبح للشخص مكان الآن وأُبلغ بالبريد.
admin-notice-already-done = كان هذا قد تم بالفعل؛ لم يُنفَّذ شيء مرتين.
admin-notice-recently-sent = أُرسل هذا البريد قبل لحظات؛ لم يُرسل مرة أخرى.
field-dates-reversed = تاريخ النهاية قبل تاريخ البداية.
admin-audit-title = سجل التدقيق
admin-audit-intro = كل تغيير في الحالة، الأحدث أولًا: من المنظمين وموظفي الاستقبال والمسجلين عبر روابطهم والنظام، مع عمليات تسجيل الدخول الناجحة والفاشلة. لا تظهر إلا الحقول التي تغيّرت. لا يمكن تعديل السجل أو حذفه.
admin-audit-actor = من
admin-audit-action = الإجراء
admin-audit-subject = السجل
admin-audit-from = من (يوم بتوقيت UTC)
admin-audit-to = إلى (يوم بتوقيت UTC)
admin-audit-filter-hint = «من» هي user:<رقم> أو registrant أو door أو anonymous أو system أو cli؛ يمكن كتابة بداية الإجراء فقط مثل registration.؛ ويُكتب السجل مثل registration:12.
admin-audit-none = لا يوجد إدخال مطابق.
admin-audit-download-jsonl = تنزيل بصيغة JSON Lines
admin-audit-when = متى (UTC)
admin-audit-changes = التغييرات
admin-audit-field = الحقل
admin-audit-before = قبل
admin-audit-after = بعد
admin-audit-changed = (تغيّر)

admin-questions = أسئلة التسجيل
admin-questions-none = لا أسئلة إضافية على النموذج المعتاد.
admin-question-add = إضافة سؤال
admin-question-required = إلزامي
admin-question-kind-text = نص حر
admin-question-kind-choice = خيار واحد من عدة خيارات
admin-question-kind-yes_no = نعم أو لا
admin-question-choices-hint = لسؤال الخيارات: خيار واحد في كل سطر، اثنان أو أكثر.
admin-field-question_label = السؤال
admin-field-question_kind = نوع الإجابة
admin-field-question_choices = الخيارات
admin-field-question_required = الإجابة إلزامية
admin-series-delete-hint = لا يمكن حذف إلا سلسلة بلا جلسات.
field-too-few-choices = أدخلوا خيارين أو أكثر، خيارًا في كل سطر.
field-in-use = تعتمد سجلات أخرى على هذا السجل، لذا لا يمكن حذفه (إجابات سؤال، جلسات سلسلة).
admin-field-topics = المواضيع
admin-topics-hint = أسماء عناوين المواضيع مفصولة بفواصل، مثل generative-ai, data. موضوع جديد: اسم عنوانه ثم = ثم اسمه (quantum=الحوسبة الكمية).
field-unknown-topic = اذكروا المواضيع الموجودة باسم عنوانها؛ واكتبوا الموضوع الجديد بالشكل اسم-العنوان=الاسم.
