# convene: French catalogue (translation of en.ftl, the reference: every message there must exist here).

## Language names, each written in its own language in every catalogue's `lang-name-*`.
lang-name = Français
lang-switch-label = Langue

## Layout
skip-to-content = Aller au contenu principal
nav-label = Navigation principale
nav-home = Accueil
nav-archive = Sessions
nav-speakers = Intervenants
footer-powered = Fonctionne avec convene, logiciel à code source ouvert pour des conversations ouvertes.
footer-api = Données ouvertes : JSON API
footer-demo = Ce site présente des données de démonstration : certaines sessions, certains ordres du jour et certains intervenants sont donnés à titre d’exemple.

## Home
home-next-session = Prochaine session
home-current-session = En cours
home-latest-session = Dernière session
home-take-part = Comment participer
home-take-part-open = Les sessions sont ouvertes à toutes et à tous, et l’inscription est gratuite.
home-take-part-hybrid = La plupart des sessions sont hybrides : vous pouvez y assister en présentiel ou les suivre en ligne, où que vous soyez.
home-take-part-archive = Consultez toutes les sessions passées : ordres du jour, intervenants et thèmes.
home-all-sessions = Toutes les sessions
home-no-sessions = Aucune session n’a encore été annoncée.
home-more-series = Autres séries

## Archive
archive-title = Sessions
archive-intro = Toutes les sessions de la série { $series }, de la plus récente à la plus ancienne.
archive-filter-label = Thème
archive-filter-all = Tous les thèmes
archive-filter-submit = Filtrer
archive-count = { $count ->
    [0] Aucune session
    [one] Une session
   *[other] { $count } sessions
}
archive-count-topic = { $count ->
    [0] Aucune session sur le thème « { $topic } ».
    [one] Une session sur le thème « { $topic } ».
   *[other] { $count } sessions sur le thème « { $topic } ».
}
archive-unknown-topic = Le thème « { $topic } » n’existe pas. Toutes les sessions sont affichées.

## Sessions
session-number = Session { $number }
session-when = Date
session-where = Lieu
session-format = Format
session-status = Statut
session-topics = Thèmes
session-summary = À propos de cette session
session-times-in-zone = Les heures sont indiquées dans le fuseau horaire { $zone } ({ $abbr }).
session-your-time = Dans votre fuseau horaire ({ $zone }) : { $range }
session-your-zone-label = Afficher les heures dans mon fuseau horaire
session-your-zone-hint = Un nom de fuseau horaire IANA, par exemple America/New_York ou Asia/Tokyo.
session-your-zone-submit = Afficher
session-online = En ligne
session-calendar = Ajouter à mon agenda (.ics)
session-upcoming = À venir
session-now = En cours
session-past = Session passée
session-demo = Contenu de démonstration : les informations relatives à cette session sont données à titre d’exemple et ne constituent pas un compte rendu historique.
session-month-only = Dates exactes à confirmer.
session-agenda = Ordre du jour
session-agenda-empty = L’ordre du jour sera publié ici.
session-agenda-caption = Ordre du jour de la session { $number }, heures indiquées dans le fuseau horaire { $zone }
agenda-time = Heure
agenda-item = Point
agenda-people = Intervenants
agenda-moderator = { $count ->
    [one] Modérateur
   *[other] Modérateurs
}
agenda-speaker = { $count ->
    [one] Intervenant
   *[other] Intervenants
}

format-in_person = En présentiel
format-online = En ligne
format-hybrid = Hybride (en présentiel et en ligne)

status-draft = Brouillon
status-announced = Annoncée
status-registration_open = Inscriptions ouvertes
status-registration_closed = Inscriptions closes
status-live = En direct
status-concluded = Terminée
status-published = Documents publiés
status-cancelled = Annulée

kind-opening = Ouverture
kind-keynote = Discours liminaire
kind-presentation = Présentation
kind-panel = Table ronde
kind-qa = Questions et réponses
kind-break = Pause
kind-closing = Clôture

## Speakers
speakers-title = Intervenants
speakers-intro = Intervenants et modérateurs de toutes les sessions.
speaker-appearances = Sessions
speaker-no-appearances = Cette personne ne participe encore à aucune session publiée.
speaker-role-moderator = modérateur
speaker-role-speaker = intervenant
speaker-demo = Intervenant de démonstration : personne fictive, présentée pour permettre d’essayer le site.

## Errors
error-not-found-title = Page introuvable
error-not-found = Aucune page ne correspond à cette adresse. Elle a peut-être été déplacée, ou l’adresse comporte une erreur de saisie.
error-bad-request-title = Cette adresse n’est pas valide
error-bad-path = Une partie de l’adresse n’est pas valide : { $detail }
error-bad-number = « { $value } » n’est pas un numéro de session.
error-unknown-zone = « { $value } » n’est pas un fuseau horaire connu. Utilisez un nom tel que Europe/Zurich ou America/New_York.
error-bad-query = L’adresse contient un paramètre que nous ne pouvons pas lire : { $detail }
error-internal-title = Une erreur s’est produite
error-internal = Nous n’avons pas pu afficher cette page. Le problème a été consigné ; veuillez réessayer dans quelques instants.
error-unavailable-title = Temporairement indisponible
error-unavailable = Le service est surchargé ou en cours de redémarrage. Veuillez réessayer dans quelques instants.
error-back-home = Retour à la page d’accueil

## Dates and times
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
date-full = { $day } { $month } { $year }
date-month = { $month } { $year }
date-weekday = { $weekday } { $day } { $month }
date-range-same-month = { $day1 }–{ $day2 } { $month } { $year }
date-range-same-year = { $day1 } { $month1 } – { $day2 } { $month2 } { $year }
date-range = { $date1 } – { $date2 }
datetime = { $date }, { $time }
time-range = { $start }–{ $end }

## Calendar files
ics-session-title = { $series } : session { $number }, { $title }
ics-more = Informations et ordre du jour : { $url }
