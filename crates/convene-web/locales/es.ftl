# convene: Spanish catalogue (translation of en.ftl, the reference: every message there must exist here).

## Language names, each written in its own language in every catalogue's `lang-name-*`.
lang-name = Español
lang-switch-label = Idioma

## Layout
skip-to-content = Ir al contenido principal
nav-label = Navegación principal
nav-home = Inicio
nav-archive = Sesiones
nav-speakers = Ponentes
footer-powered = Funciona con convene, software de código abierto para conversaciones abiertas.
footer-api = Datos abiertos: JSON API
footer-demo = Este sitio muestra datos de demostración: algunas de las sesiones, órdenes del día y ponentes tienen carácter ilustrativo.

## Home
home-next-session = Próxima sesión
home-current-session = En curso
home-latest-session = Última sesión
home-take-part = Cómo participar
home-take-part-open = Las sesiones están abiertas a todo el público y la inscripción es gratuita.
home-take-part-hybrid = La mayoría de las sesiones son híbridas: puede asistir en persona o seguirlas en línea, dondequiera que se encuentre.
home-take-part-archive = Consulte todas las sesiones anteriores: órdenes del día, ponentes y temas.
home-all-sessions = Todas las sesiones
home-no-sessions = Todavía no se ha anunciado ninguna sesión.
home-more-series = Otras series

## Archive
archive-title = Sesiones
archive-intro = Todas las sesiones de { $series }, de la más reciente a la más antigua.
archive-filter-label = Tema
archive-filter-all = Todos los temas
archive-filter-submit = Filtrar
archive-count = { $count ->
    [0] Ninguna sesión
    [one] Una sesión
   *[other] { $count } sesiones
}
archive-count-topic = { $count ->
    [0] Ninguna sesión sobre “{ $topic }”.
    [one] Una sesión sobre “{ $topic }”.
   *[other] { $count } sesiones sobre “{ $topic }”.
}
archive-unknown-topic = No existe el tema “{ $topic }”. Se muestran todas las sesiones.

## Sessions
session-number = Sesión { $number }
session-when = Fecha
session-where = Lugar
session-format = Formato
session-status = Estado
session-topics = Temas
session-summary = Acerca de esta sesión
session-times-in-zone = Las horas se indican según el huso horario { $zone } ({ $abbr }).
session-your-time = En su huso horario ({ $zone }): { $range }
session-your-zone-label = Mostrar las horas en mi huso horario
session-your-zone-hint = Un nombre de huso horario de la IANA, por ejemplo, America/New_York o Asia/Tokyo.
session-your-zone-submit = Mostrar
session-online = En línea
session-calendar = Añadir a mi calendario (.ics)
session-upcoming = Próximamente
session-now = En curso
session-past = Sesión anterior
session-demo = Contenido de demostración: los detalles de esta sesión tienen carácter ilustrativo y no constituyen un registro histórico.
session-month-only = Fechas exactas por confirmar.
session-agenda = Orden del día
session-agenda-empty = El orden del día se publicará aquí.
session-agenda-caption = Orden del día de la sesión { $number }; horas según el huso horario { $zone }
agenda-time = Hora
agenda-item = Punto
agenda-people = Participantes
agenda-moderator = { $count ->
    [one] Moderador
   *[other] Moderadores
}
agenda-speaker = { $count ->
    [one] Ponente
   *[other] Ponentes
}

format-in_person = Presencial
format-online = En línea
format-hybrid = Híbrido (presencial y en línea)

status-draft = Borrador
status-announced = Anunciada
status-registration_open = Inscripción abierta
status-registration_closed = Inscripción cerrada
status-live = En directo
status-concluded = Concluida
status-published = Material publicado
status-cancelled = Cancelada

kind-opening = Apertura
kind-keynote = Discurso principal
kind-presentation = Presentación
kind-panel = Mesa redonda
kind-qa = Preguntas y respuestas
kind-break = Pausa
kind-closing = Clausura

## Speakers
speakers-title = Ponentes
speakers-intro = Ponentes y moderadores de todas las sesiones.
speaker-appearances = Sesiones
speaker-no-appearances = Esta persona aún no participa en ninguna sesión publicada.
speaker-role-moderator = moderador
speaker-role-speaker = ponente
speaker-demo = Ponente de demostración: una persona ficticia que se muestra para que se pueda probar el sitio.

## Errors
error-not-found-title = Página no encontrada
error-not-found = No hay ninguna página en esta dirección. Es posible que se haya trasladado o que la dirección contenga un error.
error-bad-request-title = Esta dirección no es válida
error-bad-path = Una parte de la dirección no es válida: { $detail }
error-bad-number = “{ $value }” no es un número de sesión.
error-unknown-zone = “{ $value }” no es un huso horario reconocido. Utilice un nombre como Europe/Zurich o America/New_York.
error-bad-query = La dirección contiene un parámetro que no podemos leer: { $detail }
error-internal-title = Se ha producido un error
error-internal = No hemos podido mostrar esta página. El problema ha quedado registrado; vuelva a intentarlo dentro de unos momentos.
error-unavailable-title = Temporalmente no disponible
error-unavailable = El servicio está saturado o se está reiniciando. Vuelva a intentarlo dentro de unos momentos.
error-back-home = Ir a la página de inicio

## Dates and times
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
date-full = { $day } de { $month } de { $year }
date-month = { $month } de { $year }
date-weekday = { $weekday }, { $day } de { $month }
date-range-same-month = { $day1 }–{ $day2 } de { $month } de { $year }
date-range-same-year = { $day1 } de { $month1 } – { $day2 } de { $month2 } de { $year }
date-range = { $date1 } – { $date2 }
datetime = { $date }, { $time }
time-range = { $start }–{ $end }

## Calendar files
ics-session-title = { $series }: sesión { $number }, { $title }
ics-more = Información y orden del día: { $url }
