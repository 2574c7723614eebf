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
agenda-your-time = Su hora: { $range }
session-zone-suggestion = ¿Quiso decir { $zone }?
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

## Reach
nav-reach = Participación
reach-series-heading = Quién participa en { $series }
reach-session-heading = Quién participó en la { $session }: { $title }
reach-n-attendees = { $count ->
    [one] { $n } asistente
   *[other] { $n } asistentes
}
reach-n-registrants = { $count ->
    [one] { $n } persona inscrita
   *[other] { $n } personas inscritas
}
reach-n-participants = { $count ->
    [one] { $n } participante
   *[other] { $n } participantes
}
reach-n-countries = { $count ->
    [one] { $n } país
   *[other] { $n } países
}
reach-headline = { $people } de { $countries }
reach-fewer-than = menos de { $k }
reach-population-attendees = Estas cifras cuentan a las personas que asistieron, presencialmente o en línea.
reach-population-registrants = Estas cifras cuentan las inscripciones confirmadas que no se cancelaron.
reach-population-series = Cada sesión cuenta a las personas que asistieron cuando se registró la asistencia y, si no, sus inscripciones confirmadas; el total cuenta a cada persona una sola vez, aunque haya seguido varias sesiones.
reach-privacy = Para proteger la privacidad, toda cifra sobre menos de { $k } personas se muestra como «menos de { $k }».
reach-privacy-countries = Un país solo se cuenta si proceden de él al menos { $k } personas, de modo que una sola persona de un país nuevo no cambia el número de países.
reach-synthetic = Los registros de participantes de esta demostración son sintéticos: se generaron para coincidir con las cifras publicadas de las sesiones y no corresponden a personas reales.
reach-no-data = Todavía no se ha registrado ninguna inscripción.
reach-show-table = Mostrar las cifras en una tabla
reach-downloads = Descargar las cifras
reach-download-json = Todas las tablas (JSON)
reach-download-csv = Descargar esta tabla (CSV)
reach-download-table = { $table } (CSV)
session-reach = Participación
reach-table-summary = Resumen
reach-table-sessions = Sesión por sesión
reach-table-countries = Por país
reach-table-regions = Por región
reach-table-groups = Por grupo de partes interesadas
reach-table-modes = Por modalidad de participación
reach-table-languages = Por idioma preferido
reach-table-curve = Inscripciones a lo largo del tiempo
reach-column-label = Nombre
reach-column-count = Personas
reach-column-cumulative = Inscritas hasta ese día
reach-column-people = Personas
reach-column-countries = Países
reach-column-new_people = Participantes nuevos
reach-figure-registrations = Inscripciones recibidas
reach-figure-confirmed = Confirmadas
reach-figure-waitlisted = En lista de espera
reach-figure-pending = Pendientes de confirmar el correo
reach-figure-cancelled = Canceladas
reach-figure-attended = Asistieron
reach-figure-attended_in_person = Asistieron presencialmente
reach-figure-attended_online = Asistieron en línea
reach-figure-countries = Países
reach-figure-people = Personas distintas
reach-figure-participations = Participaciones (quien asiste a dos sesiones cuenta dos veces)
reach-figure-sessions = Sesiones con participantes
reach-map-title = Participantes por país
reach-map-desc = Mapa del mundo en el que cada país está coloreado según su número de participantes. La tabla siguiente da la cifra de cada país.
reach-chart-desc = Gráfico de barras de las cifras de la tabla siguiente.
reach-legend-none = Ninguno
reach-legend-range = { $lo } a { $hi }
region-africa = África
region-americas = Américas
region-asia = Asia
region-europe = Europa
region-oceania = Oceanía
region-antarctica = Antártida
region-unknown = Desconocida

## Errors
error-not-found-title = Página no encontrada
error-not-found = No hay ninguna página en esta dirección. Es posible que se haya trasladado o que la dirección contenga un error.
error-bad-request-title = Esta dirección no es válida
error-bad-path = Una parte de la dirección no es válida: { $detail }
error-bad-number = “{ $value }” no es un número de sesión.
error-unknown-zone = “{ $value }” no es un huso horario reconocido. Utilice un nombre como Europe/Zurich o America/New_York.
error-bad-query = La dirección contiene un parámetro que no podemos leer: { $detail }
error-bad-form = No se pudo leer el formulario ({ $detail }): debe enviarse como texto UTF-8. No se guardó nada; vuelva atrás y envíelo de nuevo.
error-internal-title = Se ha producido un error
error-internal = No hemos podido mostrar esta página. El problema ha quedado registrado; vuelva a intentarlo dentro de unos momentos.
error-unavailable-title = Temporalmente no disponible
error-unavailable = El servicio está saturado o se está reiniciando. Vuelva a intentarlo dentro de unos momentos.
error-back-home = Ir a la página de inicio

## Dates and times
date-range = { $date1 } – { $date2 }
datetime = { $date }, { $time }
time-range = { $start }–{ $end }

## Calendar files
ics-session-title = { $series }: sesión { $number }, { $title }
ics-session-day = { $title } (día { $day } de { $days })
ics-more = Información y orden del día: { $url }

## Registration
session-registration = Inscripción
session-register = Inscribirse
registration-state-not_offered = Esta sesión no admite inscripciones.
registration-state-not_yet_open = La inscripción aún no está abierta.
registration-state-open = La inscripción está abierta y es gratuita.
registration-state-full_in_person = La sala está completa: las nuevas inscripciones presenciales pasan a la lista de espera. La participación en línea sigue abierta.
registration-state-full = Todas las plazas están ocupadas: las nuevas inscripciones pasan a la lista de espera.
registration-state-closed = La inscripción está cerrada.
register-title = Inscripción: { $title }
register-back-to-session = Volver a la sesión
register-submit = Inscribirse
register-sent-title = Revise su bandeja de entrada
register-sent-body = Le hemos enviado un correo electrónico. Siga el enlace que contiene para confirmar su dirección; solo entonces quedará completada su inscripción.
register-sent-again = Si ya se había inscrito con esta dirección, el correo electrónico contiene, en su lugar, el enlace a su inscripción.
form-required-note = Los campos marcados con * son obligatorios.
form-errors-title = Corrija lo siguiente
form-errors-intro = No se han podido aceptar algunos campos.
form-too-fast = El formulario se envió demasiado rápido para que lo haya rellenado una persona. Revíselo y vuelva a enviarlo.
register-unavailable = No podemos recibir inscripciones en este momento y no se ha guardado nada. Sus respuestas siguen abajo: vuelva a enviar el formulario dentro de unos minutos.
field-name = Nombre completo
field-email = Dirección de correo electrónico
field-country = País
field-choose = Elija…
field-stakeholder-group = Grupo de partes interesadas
field-organisation = Organización (opcional)
field-attendance-mode = ¿Cómo participará?
field-language = Idioma preferido
field-accessibility = Necesidades de accesibilidad (opcional)
field-accessibility-hint = Por ejemplo, interpretación en lengua de señas, subtítulos, acceso sin escalones o un asiento en las primeras filas.
field-consent = He leído el aviso de privacidad y acepto que se conserven los datos de mi inscripción a efectos de esta sesión.
field-list-publicly = Incluir mi nombre en la lista pública de participantes
field-news-updates = Enviarme novedades sobre la serie
field-honeypot = Deje este campo vacío
field-required = Este campo es obligatorio.
field-too-long = { $count ->
    [one] Utilice como máximo { $count } carácter.
   *[other] Utilice como máximo { $count } caracteres.
}
field-control-characters = Elimine de este campo los caracteres de control invisibles.
field-direction-override = Elimine de este campo los caracteres invisibles de dirección del texto.
field-invalid-email = Introduzca una dirección de correo electrónico como nombre@example.org.
field-unknown-choice = Elija una de las opciones propuestas.
field-consent-required = Para inscribirse, debe aceptar el aviso de privacidad.
field-mode-not-offered = Esta sesión no ofrece esa modalidad de participación.
answer-yes = Sí
answer-no = No
group-member_state = Estado miembro
group-igo = Organización intergubernamental
group-ngo_civil_society = ONG y sociedad civil
group-academia_research = Ámbito académico e investigación
group-ip_professional = Profesional de la propiedad intelectual
group-enterprise_industry = Empresas e industria
group-creator_artist = Creador o artista
group-media = Medios de comunicación
group-individual = Particular
mode-in_person = Presencial
mode-online = En línea
language-ar = العربية (árabe)
language-zh = 中文 (chino)
language-en = English (inglés)
language-fr = Français (francés)
language-ru = Русский (ruso)
language-es = Español
channel-floor = Idioma del orador (sonido original)
channel-ar = Interpretación al árabe
channel-zh = Interpretación al chino
channel-en = Interpretación al inglés
channel-fr = Interpretación al francés
channel-ru = Interpretación al ruso
channel-es = Interpretación al español

## Manage page
manage-title = Su inscripción
manage-status-confirmed = Confirmada. Esperamos contar con su participación.
manage-status-pending = A la espera de que confirme su dirección de correo electrónico: siga el enlace del mensaje que le hemos enviado.
manage-status-waitlisted = Está en la lista de espera, en el puesto { $position }. Le escribiremos si queda libre una plaza.
manage-status-cancelled = Cancelada.
manage-status-expired = Caducada: la dirección de correo electrónico no se confirmó a tiempo. Puede volver a inscribirse.
manage-register-again = Volver a inscribirse
manage-done-verified = Gracias: su dirección de correo electrónico ha quedado confirmada.
manage-done-expired = Este enlace ha caducado: la dirección de correo electrónico no se confirmó a tiempo, por lo que la inscripción no se conservó. Vuelva a inscribirse para participar.
manage-done-updated = Se han guardado los cambios.
manage-done-cancelled = Se ha cancelado su inscripción.
manage-done-invalid = No se han podido guardar los cambios: elija entre las opciones propuestas.
manage-done-erase-unconfirmed = Marque la casilla para confirmar que desea que se borren sus datos.
manage-join-title = Participar en línea
manage-join-intro = Estos enlaces son personales: no los comparta. Elija el idioma en el que desea escuchar.
manage-badge-title = Su código de acreditación
manage-badge-intro = Muestre este código en la entrada, en su teléfono o impreso.
manage-badge-code = Código:
manage-qr-label = Código QR para la acreditación
manage-checked-in = Acreditación registrada a las { $time }.
manage-details-title = Su información
manage-change-title = Modificar su inscripción
manage-save = Guardar los cambios
manage-cancel = Cancelar mi inscripción
manage-data-title = Sus datos
manage-export = Descargar mis datos (JSON)
manage-erase-confirm = Deseo que se borren mis datos personales. Esta acción no se puede deshacer.
manage-erase = Borrar mis datos

## Check-in
checkin-title = Acreditación
checkin-token = Código de acceso del personal
checkin-login = Abrir la acreditación
checkin-sign-out = Cerrar la sesión en este dispositivo
checkin-code = Código del participante
checkin-code-hint = Escanee el código QR o escriba el código impreso debajo.
checkin-submit = Acreditar
checkin-done = Acreditación registrada: { $name } ({ $mode }).
checkin-already = La acreditación de { $name } ya se registró a las { $time }.
checkin-unknown = Código desconocido. Compruébelo y vuelva a intentarlo.
checkin-refused = Esta inscripción no está confirmada (lista de espera, cancelada o sin verificar).
checkin-admitting = Registro de entrada para la sesión { $number }: { $title } · { $count ->
    [one] { $count } persona dentro
   *[other] { $count } personas dentro
}
checkin-admitting-none = Ninguna sesión admite el registro de entrada ahora: se abre un día antes del comienzo de una sesión.
checkin-not-now = Este código es para la sesión { $number }, { $title } ({ $when }). El registro de entrada está abierto desde un día antes del comienzo de la sesión hasta su fin; no se registró a nadie.

## Privacy
privacy-link = Leer el aviso de privacidad
privacy-title = Aviso de privacidad
privacy-version = Versión del { $version }
privacy-what-title = Qué datos conservamos
privacy-what = Su nombre, dirección de correo electrónico, país, grupo de partes interesadas, organización, modalidad de participación, idioma preferido, necesidades de accesibilidad, sus respuestas a las preguntas de la sesión y las fechas en que se inscribió, confirmó la inscripción y asistió.
privacy-why-title = Con qué fin
privacy-why = Para organizar la sesión: confirmar su plaza, enviarle los datos de conexión y recordatorios, registrar su acreditación y publicar cifras agregadas de participación (nunca cifras relativas a menos de cinco personas).
privacy-who-title = Quién tiene acceso
privacy-who = Únicamente los organizadores. Su nombre solo figura en la lista pública de participantes si usted lo solicita.
privacy-controller-title = Quién es responsable
privacy-controller = { $controller } es responsable de sus datos (responsable del tratamiento). Escriba a { $contact } para cualquier pregunta o solicitud sobre ellos.
privacy-retention-title = Cuánto tiempo los conservamos
privacy-retention = Las inscripciones se conservan { $months ->
    [one] un mes
   *[other] { $months } meses
} después de la sesión y luego se borran; solo quedan recuentos anónimos.
privacy-rights-title = Sus derechos
privacy-rights = Con el enlace de su correo electrónico de confirmación puede consultar, modificar, descargar y borrar sus datos en cualquier momento. El borrado elimina todo lo que permite identificarle; solo se conservan recuentos anónimos.

## Errors
error-forbidden-title = Formulario caducado
error-forbidden = Este formulario ha caducado o se envió desde otro sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-too-many-title = Demasiados intentos
error-too-many = Se han producido demasiados intentos desde su conexión o para esta dirección. Espere un poco y vuelva a intentarlo.
error-registration-closed-title = La inscripción no está abierta

## Emails
email-greeting = Estimado/a { $name }:
email-footer = Recibe este mensaje porque esta dirección se utilizó para inscribirse en { $site }.
email-verify-subject = Confirme su inscripción: { $title }
email-verify-body = Gracias por inscribirse en { $title } ({ $when }). Confirme su dirección de correo electrónico para completar la inscripción.
email-verify-ignore = Si no se ha inscrito, ignore este mensaje: no ocurrirá nada más.
email-verify-action = Confirmar mi inscripción
email-manage-action = Ver o modificar mi inscripción
email-confirmed-subject = Inscripción confirmada: { $title }
email-confirmed-body = Su inscripción en { $title } ({ $when }) está confirmada. Se adjunta el archivo de calendario. Conserve este mensaje: su enlace le permite modificar o cancelar la inscripción.
email-waitlisted-subject = Está en la lista de espera: { $title }
email-waitlisted-body = Su dirección ha quedado confirmada. La sala de { $title } está completa, por lo que figura en la lista de espera, en el puesto { $position }. Le escribiremos en cuanto quede libre una plaza.
email-manage-link-subject = Su inscripción: { $title }
email-manage-link-body = Ha solicitado volver a inscribirse en { $title } ({ $when }). Su inscripción ya existe; este es el enlace para acceder a ella.
email-promoted-subject = Hay una plaza libre para usted: { $title }
email-promoted-body = Buenas noticias: ha quedado libre una plaza para { $title } ({ $when }) y ahora es suya.
email-reminder-24h-subject = Mañana: { $title }
email-reminder-1h-subject = Comienza dentro de una hora: { $title }
email-reminder-body = Le recordamos que { $title } comienza en breve ({ $when }).
email-join-title = Participar en línea (enlaces personales; no los comparta)
email-badge-body = Su código de acreditación, para mostrarlo en la entrada:
email-cancelled-subject = Inscripción cancelada: { $title }
email-cancelled-body = Su inscripción en { $title } ({ $when }) ha sido cancelada. Puede volver a inscribirse mientras la inscripción siga abierta.

## Back office
admin-sign-in-required-title = Es necesario iniciar sesión
admin-sign-in-required = Esta página es para los organizadores. Inicie sesión en /admin/login y vuelva a intentarlo.
admin-not-allowed-title = No disponible para su función
admin-not-allowed = La función de su cuenta no da acceso a esta página. Un administrador puede cambiar su función.
admin-link-expired-title = Enlace caducado
admin-link-expired = Este enlace ya se ha utilizado o ya no es válido. Solicite uno nuevo en la página «¿Ha olvidado su contraseña?» o a un administrador.
admin-nav-label = Área de organizadores
admin-logout = Cerrar sesión
admin-nav-dashboard = Área de organizadores
admin-nav-users = Cuentas
admin-nav-users-about = Crear cuentas de organizadores, cambiar funciones, desactivar cuentas.
admin-nav-checkin = Registro de entrada
admin-nav-checkin-about = Registrar la llegada de los participantes presenciales en la entrada.
admin-nav-password = Cambiar mi contraseña
admin-nav-password-about = Elegir una contraseña nueva; se cierran sus demás sesiones.
admin-role-admin = Administrador
admin-role-editor = Editor
admin-role-moderator = Moderador
admin-role-checkin = Personal de acogida
admin-role-admin-about = Como administrador, gestiona las cuentas y la configuración, y puede hacer todo lo que hacen las demás funciones.
admin-role-editor-about = Como editor, prepara las series, las sesiones, los órdenes del día, los oradores, las páginas, los reportajes y las publicaciones.
admin-role-moderator-about = Como moderador, examina las intervenciones escritas y las preguntas de los participantes.
admin-role-checkin-about = Como personal de acogida, registra la llegada de los participantes presenciales en la entrada.
admin-notice-signed-out = Ha cerrado la sesión.
admin-notice-password-set = Su contraseña está guardada. Ya puede iniciar sesión.
admin-notice-password-changed = Su contraseña ha cambiado. Se han cerrado sus demás sesiones.
admin-notice-role-changed = La función ha cambiado.
admin-notice-disabled = La cuenta está desactivada y sus sesiones se han cerrado.
admin-notice-enabled = La cuenta vuelve a estar activa.
admin-login-title = Acceso de organizadores
admin-login-wrong = La dirección de correo electrónico o la contraseña no son correctas.
admin-login-wait = { $count ->
    [one] Demasiados intentos. Vuelva a intentarlo dentro de un minuto.
   *[other] Demasiados intentos. Vuelva a intentarlo dentro de { $count } minutos.
}
admin-field-email = Correo electrónico
admin-field-password = Contraseña
admin-login-submit = Iniciar sesión
admin-login-forgot = ¿Ha olvidado su contraseña?
admin-dashboard-title = Área de organizadores
admin-password-title = Cambiar mi contraseña
admin-set-password-title = Elija su contraseña
admin-set-password-for = Cuenta:
admin-field-current-password = Contraseña actual
admin-field-new-password = Contraseña nueva
admin-field-confirm-password = Repita la contraseña nueva
admin-password-rules = Al menos 12 caracteres. Unas cuantas palabras que pueda recordar forman una buena contraseña; evite su dirección de correo electrónico y las contraseñas comunes.
admin-password-submit = Guardar la contraseña
admin-reset-title = ¿Ha olvidado su contraseña?
admin-reset-intro = Escriba la dirección de correo electrónico de su cuenta de organizador. Le enviaremos un enlace para elegir una contraseña nueva.
admin-reset-submit = Enviar el enlace
admin-reset-sent = Si alguna cuenta de organizador utiliza esta dirección, se le está enviando un enlace para elegir una contraseña nueva. Funciona una sola vez, durante una hora.
admin-back-to-login = Volver al inicio de sesión
admin-users-title = Cuentas
admin-users-create = Cuenta nueva
admin-field-role = Función
admin-users-create-hint = El nuevo organizador recibe un correo electrónico con un enlace para elegir su contraseña; el enlace también se le muestra a usted una vez.
admin-users-create-submit = Crear la cuenta
admin-users-list = Todas las cuentas
admin-users-status = Estado
admin-users-actions = Acciones
admin-users-save-role = Cambiar la función
admin-users-enable = Activar
admin-users-disable = Desactivar
admin-users-new-link = Nuevo enlace de contraseña
admin-status-active = Activa
admin-status-invited = Invitada, aún sin contraseña
admin-status-disabled = Desactivada
admin-users-disabled-no-link = Una cuenta desactivada no puede recibir un enlace de contraseña. Actívela primero.
admin-users-not-yourself = No puede cambiar su propia función ni desactivar su propia cuenta. Pídaselo a otro administrador.
admin-users-unknown-action = Esta acción no está disponible.
admin-users-stale = Alguien ha modificado esta cuenta mientras tanto. La lista la muestra tal como está ahora; vuelva a intentarlo si es necesario.
admin-created-title = Cuenta creada
admin-new-link-title = Nuevo enlace de contraseña
admin-link-intro = Entregue este enlace a { $email } (también se le ha enviado por correo electrónico):
admin-link-once = El enlace funciona una sola vez. Los enlaces de invitación duran 72 horas; esta página no volverá a mostrarlo.
admin-link-back = Volver a las cuentas
field-password-too-short = { $count ->
    [one] Utilice al menos { $count } carácter.
   *[other] Utilice al menos { $count } caracteres.
}
field-password-is-email = No utilice su dirección de correo electrónico como contraseña.
field-password-common = Esta contraseña es demasiado común y fácil de adivinar. Elija otra.
field-password-mismatch = Las dos contraseñas no coinciden.
field-wrong-password = Esta no es su contraseña actual.
field-email-taken = Ya existe una cuenta con esta dirección de correo electrónico.
checkin-staff-sign-in = Organizadores: inicien sesión con su cuenta
email-account-greeting = Hola:
email-account-footer = Recibe este correo electrónico porque una cuenta de organizador en { $site } utiliza esta dirección.
email-invite-subject = Su cuenta de organizador en { $site }
email-invite-body = Se ha creado para usted una cuenta de organizador en { $site }, con la función: { $role }. Elija su contraseña para empezar.
email-invite-action = Elegir mi contraseña
email-reset-subject = Elija una contraseña nueva para { $site }
email-reset-body = Alguien ha pedido restablecer la contraseña de su cuenta de organizador en { $site }. Si fue usted, elija una contraseña nueva con el enlace de abajo. Si no, ignore este correo: su contraseña no cambia.
email-reset-action = Elegir una contraseña nueva
email-link-expiry-set = El enlace funciona una sola vez, en un plazo de 72 horas.
email-link-expiry-reset = El enlace funciona una sola vez, en un plazo de una hora.
admin-nav-reach = Cifras de participación
admin-nav-reach-about = Cifras exactas de participación de la serie y de cada sesión, con descargas.
admin-reach-title = Participación: { $scope }
admin-reach-scopes = Serie y sesiones
admin-reach-exact = Cifras exactas, incluidas las pequeñas: solo para organizadores. Para publicar, use las páginas públicas, que ocultan toda cifra inferior a 5.

## Back office: editing content
admin-nav-sessions = Sesiones
admin-nav-sessions-about = Crear y editar las sesiones, su orden del día, la inscripción y su ciclo.
admin-nav-speakers = Ponentes
admin-nav-speakers-about = Nombres, afiliaciones y biografías de los ponentes, tal como los muestran los órdenes del día.
admin-sessions-title = Series y sesiones
admin-sessions-none = Todavía no hay sesiones.
admin-series-new = Nueva serie
admin-series-edit = Editar la serie
admin-session-new = Nueva sesión
admin-session-new-in = Nueva sesión de { $series }
admin-session-new-hint = Una nueva sesión es un borrador: ni los visitantes ni la API la ven hasta que la anuncie.
admin-session-details = Detalles
admin-registrations = Inscripciones
admin-registrations-link = Ver las inscripciones
admin-public-page = Página pública
admin-revisions-link = Historial de los textos
admin-revisions-title = Historial de los textos
admin-revisions-none = Todavía no hay revisiones guardadas.
admin-revisions-recent = Cambios recientes en los textos
admin-revisions-recent-intro = Las últimas revisiones guardadas de cada serie, sesión, punto del programa y ponente, de la más reciente a la más antigua. Abra una para compararla con la anterior y restaurarla.
admin-revision-current = actual
admin-restore = Restaurar esta revisión
admin-restore-invalid = Esta revisión no puede restaurarse tal cual: sus textos ya no superan las comprobaciones.
admin-back = Volver
admin-back-to-session = Volver a la sesión
admin-lifecycle = Estado
admin-lifecycle-final = Esta sesión está cancelada; no hay más pasos.
admin-lifecycle-not-next = Ese paso no corresponde al estado actual de la sesión.
admin-lifecycle-has-registrations = Hay personas inscritas en esta sesión: no puede eliminarse ni volver a borrador, solo cancelarse (lo que avisa por correo a cada inscrito).
admin-cancel-hint = Cancelar avisa por correo a cada inscrito en su idioma.
admin-step-announced = Anunciar (hacer pública)
admin-step-registration_open = Abrir la inscripción
admin-step-registration_closed = Cerrar la inscripción
admin-step-live = Marcar como en directo
admin-step-concluded = Marcar como concluida
admin-step-published = Publicar el material
admin-step-draft = Volver a borrador (ocultar)
admin-step-cancelled = Cancelar la sesión
admin-precision-time = Horas exactas
admin-precision-day = Solo días
admin-precision-month = Solo mes
admin-field-number = Número
admin-field-language = Idioma de los textos
admin-field-title = Título
admin-field-summary = Resumen (Markdown)
admin-field-description = Descripción (Markdown)
admin-field-bio = Biografía (Markdown)
admin-field-starts_on = Fecha de inicio
admin-field-starts_time = Hora de inicio
admin-field-ends_on = Fecha de fin
admin-field-ends_time = Hora de fin
admin-field-time_zone = Zona horaria (nombre IANA, p. ej. Europe/Zurich)
admin-field-precision = Precisión de las fechas
admin-field-format = Formato
admin-field-venue = Lugar
admin-field-takes_registrations = Admite inscripciones
admin-field-opens_on = La inscripción se abre el
admin-field-opens_time = a las
admin-field-closes_on = La inscripción se cierra el
admin-field-closes_time = a las
admin-field-capacity_in_person = Plazas en la sala (vacío: sin participación presencial)
admin-field-capacity_online = Plazas en línea (vacío: ilimitadas)
admin-field-join = Enlace de conexión: { $channel }
admin-field-day = Día
admin-field-kind = Tipo
admin-field-speakers = Ponentes
admin-field-slug = Nombre de dirección
admin-field-name = Nombre
admin-field-affiliation = Organización y cargo
admin-slug-hint = Letras minúsculas y cifras unidas por guiones, p. ej. generative-ai. Aparece en los enlaces y no puede cambiarse después.
admin-speakers-hint = Nombres de dirección de los ponentes separados por comas; añada :moderator para un moderador, p. ej. li-wei:moderator, ana-perez
admin-translations = Traducciones
admin-translations-hint = Los visitantes ven el texto en su idioma si se da aquí; si no, el original con una nota.
admin-translation-heading = En { $language }
admin-preview = Vista previa
admin-preview-heading = Vista previa (aún no guardada)
admin-save = Guardar
admin-create = Crear
admin-save-registration = Guardar la configuración de inscripción
admin-registration-settings = Inscripción
admin-yes = Sí
admin-no = No
admin-channel-floor = audio original
admin-channel-ar = árabe
admin-channel-zh = chino
admin-channel-en = inglés
admin-channel-fr = francés
admin-channel-ru = ruso
admin-channel-es = español
admin-agenda = Programa
admin-agenda-empty = Todavía no hay puntos en el programa.
admin-agenda-time = Cuándo
admin-agenda-add = Añadir un punto al programa
admin-agenda-edit = Editar el punto del programa
admin-agenda-export = Descargar el programa (CSV)
admin-agenda-import = Importar un programa desde un archivo CSV
admin-agenda-file = Archivo CSV
admin-agenda-file-hint = Columnas start, end, kind, title, description, speakers, como en la descarga. La importación sustituye todo el programa y no se cambia nada si alguna fila no es válida.
admin-agenda-import-submit = Importar
admin-actions = Acciones
admin-move-up = Subir
admin-move-down = Bajar
admin-move-up-label = Subir «{ $title }»
admin-move-down-label = Bajar «{ $title }»
admin-delete = Eliminar
admin-delete-label = Eliminar «{ $title }»
admin-delete-heading = Eliminar
admin-session-delete-hint = Nadie se ha inscrito en esta sesión, así que puede eliminarse con su programa. No se puede deshacer.
admin-speakers-title = Ponentes
admin-speakers-list = Todos los ponentes
admin-speaker-address-name = nombre de dirección:
admin-speaker-new = Nuevo ponente
admin-speaker-edit = Editar el ponente
admin-speaker-delete-hint = Un ponente que figura en un programa no puede eliminarse; quítelo antes del programa.
admin-stale = Otra persona cambió este registro mientras usted lo editaba. No se guardó nada suyo: recargue la página para ver sus cambios y vuelva a hacer los suyos.
admin-content-refused = No guardado: el texto parece un ataque de desfiguración.
admin-notice-saved = Guardado.
admin-notice-created = Creado.
admin-notice-deleted = Eliminado.
admin-notice-status = El estado ha cambiado.
admin-notice-imported = El programa se ha importado.
admin-notice-restored = La revisión se ha restaurado.
admin-notice-cancelled-emailed = La sesión está cancelada; se está avisando por correo a cada inscrito.
field-invalid-slug = Use letras minúsculas y cifras unidas por guiones.
field-slug-taken = Este nombre de dirección ya está en uso.
field-invalid-number = Introduzca un número entero.
field-number-taken = Otra sesión de esta serie tiene este número.
field-invalid-date = Escriba una fecha como 2026-11-24.
field-invalid-time = Introduzca una hora como HH:MM.
field-end-before-start = El final debe ser posterior al inicio.
field-unknown-speaker = Indique los ponentes por su nombre de dirección (véase la página Ponentes), con :moderator para los moderadores.
field-speaker-not-found = Ningún ponente tiene el nombre de dirección «{ $slug }». La página Ponentes muestra el nombre de dirección de cada uno.
field-invalid-url = Introduzca una dirección web que empiece por https://.
field-speaker-in-agenda = Este ponente figura en un programa; quítelo primero.
email-session-cancelled-subject = Cancelada: { $title }
email-session-cancelled-body = Lo sentimos: los organizadores han cancelado { $title } ({ $when }). Su inscripción no requiere nada más por su parte. Le escribiremos cuando se anuncie una nueva sesión.
admin-agenda-import-report = El archivo del programa no se importó
admin-agenda-import-nothing = No se cambió nada. Corrija estas filas e importe de nuevo el archivo:
admin-agenda-import-line = Línea
admin-agenda-import-column = Columna
admin-agenda-import-problem = Problema
admin-links-flagged = Estos enlaces llevan a sitios fuera de la lista permitida. Compruebe cada uno antes de que la sesión sea pública:
admin-links-confirm = He comprobado estos enlaces: { $step }
content-only-in-en = Este texto solo está disponible en inglés.
content-only-in-fr = Este texto solo está disponible en francés.
content-only-in-es = Este texto solo está disponible en español.
content-only-in-ru = Este texto solo está disponible en ruso.
content-only-in-zh = Este texto solo está disponible en chino.
content-only-in-ar = Este texto solo está disponible en árabe.
## Content checks and agenda import
refusal-active-tag = Elimine el elemento <{ $tag }>: no se permiten scripts, marcos, objetos incrustados ni estilos en el texto.
refusal-event-handler = Elimine el atributo { $attribute }: el texto no puede ejecutar scripts.
refusal-script-url = Elimine el enlace { $scheme }:: solo se permiten enlaces web (http, https) y de correo (mailto).
refusal-hidden-text = Elimine el texto oculto ({ $how ->
    [display-none] display: none
    [invisible] visibility: hidden
    [zero-font-size] tamaño de letra cero
    [zero-opacity] opacidad cero
    [off-screen] colocado fuera de la pantalla
    [hidden-attribute] atributo hidden
    [aria-hidden] aria-hidden
    [same-colour] texto del mismo color que el fondo
   *[zero-width] caracteres invisibles de ancho cero
}): todo lo publicado debe ser visible para los lectores.
refusal-too-many-links = Demasiados enlaces para el texto: { $links } enlaces en { $words } palabras. Conserve los enlaces que los lectores necesitan.
refusal-too-many-hosts = Enlaces a { $hosts } sitios web distintos que no figuran en la lista de confianza: parece spam de enlaces.
refusal-repeated-anchor = El texto de enlace «{ $text }» se usa en { $times } enlaces distintos: parece spam de enlaces.
refusal-spam-vocabulary = «{ $term }» es vocabulario de spam de apuestas, préstamos o farmacia, que no se publica.
refusal-glued-script = «{ $run }» está pegado a una palabra en otra escritura, como aparece el spam insertado en una frase. Si es un término real, sepárelo con un espacio o comillas.
content-flagged-link = Enlace a { $host } ({ $url }), que no figura en la lista de sitios de confianza: confírmelo antes de publicar.
agenda-import-at = Línea { $line }: { $problem }
agenda-import-at-column = Línea { $line }, columna «{ $column }»: { $problem }
agenda-import-empty = El archivo no contiene puntos del programa.
agenda-import-not-utf8 = El archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» e inténtelo de nuevo.
agenda-import-malformed = Esta fila no es CSV válido: revise su número de celdas y sus comillas.
agenda-import-missing-column = La fila de encabezado no tiene la columna «{ $name }».
agenda-import-unknown-column = La fila de encabezado nombra una columna desconocida o repetida, «{ $name }».
agenda-import-bad-time = «{ $value }» no es una hora: escriba HH:MM o AAAA-MM-DD HH:MM.
agenda-import-unknown-kind = «{ $value }» no es un tipo de punto: use uno de { $kinds }.
agenda-import-end-before-start = El punto termina antes de empezar.
agenda-import-overlap = El punto se superpone con el de la línea { $other }.
agenda-import-outside-session = El punto no está dentro de los días de la sesión.
agenda-import-unknown-speaker = Ningún orador tiene el identificador «{ $slug }».
agenda-import-bad-speaker = «{ $value }» no es un orador: escriba un identificador, seguido opcionalmente de :moderator.
agenda-import-title-empty = El título está vacío.
agenda-import-title-too-long = El título tiene más de { $max } caracteres.
agenda-import-description-too-long = La descripción tiene más de { $max } caracteres.
## Back office: registrations and audit log
admin-nav-registrations = Inscripciones
admin-nav-registrations-about = Las inscripciones de cada sesión: buscar, filtrar, descargar, reenviar, cancelar, pasar de la lista de espera.
admin-nav-audit = Registro de auditoría
admin-nav-audit-about = Cada cambio hecho por los organizadores y por el sistema: quién, cuándo, qué, antes y después.
admin-regs-index-title = Inscripciones
admin-regs-index-intro = Elija una sesión para ver sus inscripciones.
admin-regs-count = { $count ->
    [one] { $count } inscripción
   *[other] { $count } inscripciones
}
admin-regs-title = Inscripciones: sesión { $number }, { $title }
admin-regs-all-sessions = Todas las sesiones
admin-regs-counts = Inscripciones por estado
admin-regs-filters = Filtros
admin-regs-search = Buscar nombre, correo u organización
admin-regs-col-name = Nombre
admin-regs-col-organisation = Organización
admin-regs-col-state = Estado
admin-regs-col-mode = Modalidad
admin-regs-col-language = Idioma
admin-regs-col-registered = Inscripción (UTC)
admin-regs-col-checked-in = Registro de entrada (UTC)
admin-regs-col-synthetic = Registro de demostración
admin-regs-col-id = Identificador
admin-regs-col-accessibility = Necesidades de accesibilidad
admin-regs-col-needs = Necesidades de accesibilidad y respuestas
admin-regs-any = Todos
admin-regs-filter = Aplicar filtros
admin-regs-clear = Quitar filtros
admin-regs-none = Ninguna inscripción coincide.
admin-regs-showing = Mostrando de { $first } a { $last } de { $total }
admin-regs-download-csv = Descargar en CSV
admin-regs-download-xlsx = Descargar en Excel (XLSX)
admin-regs-synthetic = demo
admin-regs-resend = Reenviar correo
admin-regs-promote = Dar una plaza
admin-regs-over-capacity = aunque supere el aforo
admin-regs-cancel = Cancelar inscripción
admin-pages = Páginas
admin-page-previous = Página anterior
admin-page-next = Página siguiente
admin-regs-state-confirmed = Confirmada
admin-regs-count-confirmed = Confirmada: { $count }
admin-regs-state-pending = Pendiente de verificación
admin-regs-count-pending = Pendiente de verificación: { $count }
admin-regs-state-waitlisted = Lista de espera
admin-regs-count-waitlisted = Lista de espera: { $count }
admin-regs-state-cancelled = Cancelada
admin-regs-count-cancelled = Cancelada: { $count }
admin-regs-state-expired = Caducada
admin-regs-count-expired = Caducada: { $count }
admin-regs-sheet = Inscripciones
admin-regs-refused-full = No queda ninguna plaza libre. Para darla de todos modos, marque «aunque supere el aforo» e inténtelo de nuevo.
admin-regs-refused-not-waitlisted = Solo una inscripción en lista de espera puede recibir una plaza.
admin-regs-refused-not-live = Esta inscripción ya está cancelada o caducada.
admin-regs-refused-nothing-to-send = No hay ningún correo que reenviar para esta inscripción.
admin-regs-stale = Esta inscripción cambió desde que se mostró la página, así que no se hizo nada. La lista la muestra como está ahora; vuelva a intentarlo si hace falta.
admin-notice-resent = El correo está en camino.
admin-notice-cancelled = La inscripción está cancelada; su plaza pasó a la lista de espera y se avisó a la persona por correo.
admin-notice-promoted = La persona tiene ahora una plaza y se le avisó por correo.
admin-notice-already-done = Ya estaba hecho; no se hizo nada dos veces.
admin-notice-recently-sent = Este correo se envió hace un momento; no se volvió a enviar.
field-dates-reversed = La fecha final es anterior a la inicial.
admin-audit-title = Registro de auditoría
admin-audit-intro = Cada cambio de estado, del más reciente al más antiguo: de los organizadores, del personal de acogida, de las personas inscritas mediante sus enlaces y del sistema, con los inicios de sesión correctos y fallidos. Solo se muestran los campos que cambiaron. El registro no se puede editar ni borrar.
admin-audit-actor = Quién
admin-audit-action = Acción
admin-audit-subject = Registro
admin-audit-from = Desde (día UTC)
admin-audit-to = Hasta (día UTC)
admin-audit-filter-hint = Quién es user:<número>, registrant, door, anonymous, system o cli; una acción puede darse por su comienzo, como registration.; un registro se escribe como registration:12.
admin-audit-none = Ninguna entrada coincide.
admin-audit-download-jsonl = Descargar en JSON Lines
admin-audit-when = Cuándo (UTC)
admin-audit-changes = Cambios
admin-audit-field = Campo
admin-audit-before = Antes
admin-audit-after = Después
admin-audit-changed = (cambiado)

admin-questions = Preguntas de inscripción
admin-questions-none = Ninguna pregunta además del formulario estándar.
admin-question-add = Añadir una pregunta
admin-question-required = obligatoria
admin-question-kind-text = Texto libre
admin-question-kind-choice = Una opción entre varias
admin-question-kind-yes_no = Sí o no
admin-question-choices-hint = Para una pregunta de opciones: una opción por línea, dos o más.
admin-field-question_label = Pregunta
admin-field-question_kind = Tipo de respuesta
admin-field-question_choices = Opciones
admin-field-question_required = Respuesta obligatoria
admin-series-delete-hint = Solo puede eliminarse una serie sin sesiones.
field-too-few-choices = Indique dos o más opciones, una por línea.
field-in-use = Otros registros dependen de este, así que no puede eliminarse (respuestas a una pregunta, sesiones de una serie).
admin-field-topics = Temas
admin-topics-hint = Nombres de dirección de los temas separados por comas, p. ej. generative-ai, data. Un tema nuevo: su nombre de dirección, =, su nombre (quantum=Computación cuántica).
field-unknown-topic = Indique los temas existentes por su nombre de dirección; uno nuevo se escribe nombre-de-direccion=Nombre.
