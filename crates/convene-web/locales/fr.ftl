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
agenda-your-time = Votre heure : { $range }
session-zone-suggestion = Vouliez-vous dire { $zone } ?
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

## Reach
nav-reach = Participation
reach-series-heading = Qui participe à { $series }
reach-session-heading = Qui a participé à la { $session } : { $title }
reach-n-attendees = { $count ->
    [one] { $n } personne présente
   *[other] { $n } personnes présentes
}
reach-n-registrants = { $count ->
    [one] { $n } personne inscrite
   *[other] { $n } personnes inscrites
}
reach-n-participants = { $count ->
    [one] { $n } participant
   *[other] { $n } participants
}
reach-n-countries = { $count ->
    [one] { $n } pays
   *[other] { $n } pays
}
reach-headline = { $people } venant de { $countries }
reach-fewer-than = moins de { $k }
reach-population-attendees = Ces chiffres comptent les personnes présentes, sur place ou en ligne.
reach-population-registrants = Ces chiffres comptent les inscriptions confirmées et non annulées.
reach-population-series = Chaque session compte les personnes présentes lorsque la présence a été enregistrée, sinon ses inscriptions confirmées ; le total compte chaque personne une seule fois, quel que soit le nombre de sessions suivies.
reach-privacy = Pour protéger la vie privée, tout chiffre portant sur moins de { $k } personnes est affiché « moins de { $k } ».
reach-privacy-countries = Un pays n’est compté que si au moins { $k } personnes en viennent : une seule personne d’un nouveau pays ne change donc pas le nombre de pays.
reach-synthetic = Les fiches de participants de cette démonstration sont synthétiques : générées pour correspondre aux chiffres publiés des sessions, elles ne désignent personne.
reach-no-data = Aucune inscription n’a encore été enregistrée.
reach-show-table = Afficher les chiffres sous forme de tableau
reach-downloads = Télécharger les chiffres
reach-download-json = Tous les tableaux (JSON)
reach-download-csv = Télécharger ce tableau (CSV)
reach-download-table = { $table } (CSV)
session-reach = Participation
reach-table-summary = Synthèse
reach-table-sessions = Session par session
reach-table-countries = Par pays
reach-table-regions = Par région
reach-table-groups = Par groupe de parties prenantes
reach-table-modes = Par mode de participation
reach-table-languages = Par langue préférée
reach-table-curve = Inscriptions au fil du temps
reach-column-label = Nom
reach-column-count = Personnes
reach-column-cumulative = Inscrites à cette date
reach-column-people = Personnes
reach-column-countries = Pays
reach-column-new_people = Nouveaux participants
reach-figure-registrations = Inscriptions reçues
reach-figure-confirmed = Confirmées
reach-figure-waitlisted = Sur liste d’attente
reach-figure-pending = En attente de confirmation de l’adresse
reach-figure-cancelled = Annulées
reach-figure-attended = Présentes
reach-figure-attended_in_person = Présentes sur place
reach-figure-attended_online = Présentes en ligne
reach-figure-countries = Pays
reach-figure-people = Personnes distinctes
reach-figure-participations = Participations (une personne présente à deux sessions compte deux fois)
reach-figure-sessions = Sessions avec participants
reach-map-title = Participants par pays
reach-map-desc = Carte du monde où chaque pays est coloré selon son nombre de participants. Le tableau ci-dessous donne le chiffre de chaque pays.
reach-chart-desc = Diagramme en barres des chiffres du tableau ci-dessous.
reach-legend-none = Aucun
reach-legend-range = { $lo } à { $hi }
region-africa = Afrique
region-americas = Amériques
region-asia = Asie
region-europe = Europe
region-oceania = Océanie
region-antarctica = Antarctique
region-unknown = Inconnue

## Errors
error-not-found-title = Page introuvable
error-not-found = Aucune page ne correspond à cette adresse. Elle a peut-être été déplacée, ou l’adresse comporte une erreur de saisie.
error-bad-request-title = Cette adresse n’est pas valide
error-bad-path = Une partie de l’adresse n’est pas valide : { $detail }
error-bad-number = « { $value } » n’est pas un numéro de session.
error-unknown-zone = « { $value } » n’est pas un fuseau horaire connu. Utilisez un nom tel que Europe/Zurich ou America/New_York.
error-bad-query = L’adresse contient un paramètre que nous ne pouvons pas lire : { $detail }
error-bad-form = Le formulaire n’a pas pu être lu ({ $detail }) : il doit être envoyé en texte UTF-8. Rien n’a été enregistré ; revenez en arrière et renvoyez-le.
error-internal-title = Une erreur s’est produite
error-internal = Nous n’avons pas pu afficher cette page. Le problème a été consigné ; veuillez réessayer dans quelques instants.
error-unavailable-title = Temporairement indisponible
error-unavailable = Le service est surchargé ou en cours de redémarrage. Veuillez réessayer dans quelques instants.
error-back-home = Retour à la page d’accueil

## Dates and times
date-range = { $date1 } – { $date2 }
datetime = { $date }, { $time }
time-range = { $start }–{ $end }

## Calendar files
ics-session-title = { $series } : session { $number }, { $title }
ics-session-day = { $title } (jour { $day } sur { $days })
ics-more = Informations et ordre du jour : { $url }

## Registration
session-registration = Inscription
session-register = S’inscrire
registration-state-not_offered = Cette session ne prévoit pas d’inscription.
registration-state-not_yet_open = Les inscriptions ne sont pas encore ouvertes.
registration-state-open = Les inscriptions sont ouvertes et gratuites.
registration-state-full_in_person = La salle est complète : les nouvelles inscriptions en présentiel sont placées sur liste d’attente. La participation en ligne reste ouverte.
registration-state-full = Toutes les places sont prises : les nouvelles inscriptions sont placées sur liste d’attente.
registration-state-closed = Les inscriptions sont closes.
register-title = Inscription : { $title }
register-back-to-session = Retour à la session
register-submit = S’inscrire
register-sent-title = Consultez votre boîte de réception
register-sent-body = Nous vous avons envoyé un courriel. Suivez le lien qu’il contient pour confirmer votre adresse ; votre inscription ne sera définitive qu’à ce moment-là.
register-sent-again = Si cette adresse a déjà servi à vous inscrire, le courriel contient à la place le lien vers votre inscription.
form-required-note = Les champs marqués d’un * sont obligatoires.
form-errors-title = Veuillez corriger les points suivants
form-errors-intro = Certains champs n’ont pas pu être acceptés.
form-too-fast = Le formulaire a été envoyé trop rapidement pour avoir été rempli par une personne. Veuillez le vérifier et l’envoyer de nouveau.
register-unavailable = Nous ne pouvons pas enregistrer d’inscriptions pour le moment, et rien n’a été enregistré. Vos réponses figurent toujours ci-dessous : veuillez renvoyer le formulaire dans quelques minutes.
field-name = Nom complet
field-email = Adresse électronique
field-country = Pays
field-choose = Choisir…
field-stakeholder-group = Groupe de parties prenantes
field-organisation = Organisation (facultatif)
field-attendance-mode = Comment participerez-vous ?
field-language = Langue préférée
field-accessibility = Besoins en matière d’accessibilité (facultatif)
field-accessibility-hint = Par exemple : interprétation en langue des signes, sous-titrage, accès de plain-pied ou place à l’avant de la salle.
field-consent = J’ai lu la déclaration de confidentialité et j’accepte que mon inscription soit conservée aux fins de cette session.
field-list-publicly = Faire figurer mon nom sur la liste publique des participants
field-news-updates = M’envoyer des actualités sur la série
field-honeypot = Laissez ce champ vide
field-required = Ce champ est obligatoire.
field-too-long = { $count ->
    [one] Saisissez au maximum { $count } caractère.
   *[other] Saisissez au maximum { $count } caractères.
}
field-control-characters = Supprimez de ce champ les caractères de contrôle invisibles.
field-direction-override = Supprimez de ce champ les caractères invisibles de direction du texte.
field-invalid-email = Saisissez une adresse électronique telle que nom@example.org.
field-unknown-choice = Choisissez l’une des options proposées.
field-consent-required = Pour vous inscrire, vous devez accepter la déclaration de confidentialité.
field-mode-not-offered = Ce mode de participation n’est pas proposé pour cette session.
answer-yes = Oui
answer-no = Non
group-member_state = État membre
group-igo = Organisation intergouvernementale
group-ngo_civil_society = ONG et société civile
group-academia_research = Milieux universitaires et recherche
group-ip_professional = Professionnel de la propriété intellectuelle
group-enterprise_industry = Entreprises et industrie
group-creator_artist = Créateur ou artiste
group-media = Médias
group-individual = Particulier
mode-in_person = En présentiel
mode-online = En ligne
language-ar = العربية (arabe)
language-zh = 中文 (chinois)
language-en = English (anglais)
language-fr = Français
language-ru = Русский (russe)
language-es = Español (espagnol)
channel-floor = Langue de l’orateur (son original)
channel-ar = Interprétation en arabe
channel-zh = Interprétation en chinois
channel-en = Interprétation en anglais
channel-fr = Interprétation en français
channel-ru = Interprétation en russe
channel-es = Interprétation en espagnol

## Manage page
manage-title = Votre inscription
manage-status-confirmed = Confirmée. Nous nous réjouissons de vous accueillir.
manage-status-pending = En attente de la confirmation de votre adresse électronique : suivez le lien figurant dans le courriel que nous vous avons envoyé.
manage-status-waitlisted = Vous êtes sur la liste d’attente, en position { $position }. Nous vous écrirons si une place se libère.
manage-status-cancelled = Annulée.
manage-status-expired = Expirée : l’adresse électronique n’a pas été confirmée à temps. Vous pouvez vous inscrire de nouveau.
manage-register-again = S’inscrire de nouveau
manage-done-verified = Merci : votre adresse électronique est confirmée.
manage-done-expired = Ce lien a expiré : l’adresse électronique n’a pas été confirmée à temps, l’inscription n’a donc pas été conservée. Inscrivez-vous de nouveau pour participer.
manage-done-updated = Vos modifications ont été enregistrées.
manage-done-cancelled = Votre inscription a été annulée.
manage-done-invalid = Les modifications n’ont pas pu être enregistrées : veuillez choisir parmi les options proposées.
manage-done-erase-unconfirmed = Cochez la case pour confirmer que vos données doivent être effacées.
manage-join-title = Participer en ligne
manage-join-intro = Ces liens vous sont personnels : merci de ne pas les partager. Choisissez la langue dans laquelle vous souhaitez écouter.
manage-badge-title = Votre code d’enregistrement sur place
manage-badge-intro = Présentez ce code à l’entrée, sur votre téléphone ou imprimé.
manage-badge-code = Code :
manage-qr-label = Code QR pour l’enregistrement sur place
manage-checked-in = Arrivée enregistrée à { $time }.
manage-details-title = Vos informations
manage-change-title = Modifier votre inscription
manage-save = Enregistrer les modifications
manage-cancel = Annuler mon inscription
manage-data-title = Vos données
manage-export = Télécharger mes données (JSON)
manage-erase-confirm = Je souhaite que mes données personnelles soient effacées. Cette opération est irréversible.
manage-erase = Effacer mes données

## Check-in
checkin-title = Enregistrement sur place
checkin-token = Code d’accès du personnel
checkin-login = Ouvrir l’enregistrement
checkin-sign-out = Se déconnecter de cet appareil
checkin-code = Code du participant
checkin-code-hint = Scannez le code QR ou saisissez le code imprimé en dessous.
checkin-submit = Enregistrer l’arrivée
checkin-done = Arrivée enregistrée : { $name } ({ $mode }).
checkin-already = L’arrivée de { $name } a déjà été enregistrée à { $time }.
checkin-unknown = Code inconnu. Vérifiez-le et réessayez.
checkin-refused = Cette inscription n’est pas confirmée (liste d’attente, inscription annulée ou adresse non vérifiée).
checkin-admitting = Accueil pour la session { $number } : { $title } · { $count ->
    [one] { $count } personne entrée
   *[other] { $count } personnes entrées
}
checkin-admitting-none = Aucune session n’est ouverte à l’accueil pour l’instant : l’accueil ouvre la veille du début d’une session.
checkin-not-now = Ce code est pour la session { $number }, { $title } ({ $when }). L’accueil est ouvert de la veille du début de la session jusqu’à sa fin ; personne n’a été enregistré.

## Privacy
privacy-link = Lire la déclaration de confidentialité
privacy-title = Déclaration de confidentialité
privacy-version = Version du { $version }
privacy-what-title = Données conservées
privacy-what = Votre nom, votre adresse électronique, votre pays, votre groupe de parties prenantes, votre organisation, votre mode de participation, votre langue préférée, vos besoins en matière d’accessibilité, vos réponses aux questions de la session, ainsi que les dates de votre inscription, de votre confirmation et de votre présence.
privacy-why-title = Finalité
privacy-why = Organiser la session : confirmer votre place, vous envoyer les informations de connexion et des rappels, enregistrer votre arrivée et publier des chiffres globaux de participation (jamais de chiffres portant sur moins de cinq personnes).
privacy-who-title = Destinataires
privacy-who = Uniquement les organisateurs. Votre nom ne figure sur la liste publique des participants que si vous le demandez.
privacy-controller-title = Qui est responsable
privacy-controller = { $controller } est responsable de vos données (responsable du traitement). Écrivez à { $contact } pour toute question ou demande à leur sujet.
privacy-retention-title = Combien de temps nous les gardons
privacy-retention = Les inscriptions sont conservées { $months ->
    [one] un mois
   *[other] { $months } mois
} après la session, puis effacées ; seuls des décomptes anonymes subsistent.
privacy-rights-title = Vos droits
privacy-rights = Grâce au lien figurant dans votre courriel de confirmation, vous pouvez à tout moment consulter, modifier, télécharger et effacer vos données. L’effacement supprime tout ce qui permet de vous identifier ; seuls des décomptes anonymes subsistent.

## Errors
error-forbidden-title = Formulaire expiré
error-forbidden = Ce formulaire a expiré ou a été envoyé depuis un autre site. Revenez en arrière, actualisez la page et réessayez.
error-too-many-title = Trop de tentatives
error-too-many = Trop de tentatives ont été effectuées depuis votre connexion ou pour cette adresse. Veuillez patienter un moment avant de réessayer.
error-registration-closed-title = Inscriptions non ouvertes

## Emails
email-greeting = Bonjour { $name },
email-footer = Vous recevez ce courriel parce que cette adresse a été utilisée pour une inscription sur { $site }.
email-verify-subject = Confirmez votre inscription : { $title }
email-verify-body = Nous vous remercions de votre inscription à { $title } ({ $when }). Veuillez confirmer votre adresse électronique pour finaliser votre inscription.
email-verify-ignore = Si vous n’êtes pas à l’origine de cette inscription, ignorez ce courriel : il n’y sera donné aucune suite.
email-verify-action = Confirmer mon inscription
email-manage-action = Consulter ou modifier mon inscription
email-confirmed-subject = Votre inscription est confirmée : { $title }
email-confirmed-body = Votre inscription à { $title } ({ $when }) est confirmée. Vous trouverez le fichier de calendrier en pièce jointe. Conservez ce courriel : son lien vous permet de modifier ou d’annuler votre inscription.
email-waitlisted-subject = Vous êtes sur la liste d’attente : { $title }
email-waitlisted-body = Votre adresse est confirmée. La salle est complète pour { $title } ; vous êtes donc sur la liste d’attente, en position { $position }. Nous vous écrirons dès qu’une place se libérera.
email-manage-link-subject = Votre inscription : { $title }
email-manage-link-body = Vous avez demandé à vous inscrire de nouveau à { $title } ({ $when }). Votre inscription existe déjà ; voici le lien pour y accéder.
email-promoted-subject = Une place s’est libérée pour vous : { $title }
email-promoted-body = Bonne nouvelle : une place s’est libérée pour { $title } ({ $when }) et elle vous est désormais attribuée.
email-reminder-24h-subject = Demain : { $title }
email-reminder-1h-subject = Début dans une heure : { $title }
email-reminder-body = Pour rappel, { $title } commence bientôt ({ $when }).
email-join-title = Participer en ligne (liens personnels, merci de ne pas les partager)
email-badge-body = Votre code d’enregistrement sur place, à présenter à l’entrée :
email-cancelled-subject = Inscription annulée : { $title }
email-cancelled-body = Votre inscription à { $title } ({ $when }) a été annulée. Vous pouvez vous inscrire de nouveau tant que les inscriptions sont ouvertes.

## Back office
admin-sign-in-required-title = Connexion requise
admin-sign-in-required = Cette page est réservée aux organisateurs. Connectez-vous sur /admin/login, puis réessayez.
admin-not-allowed-title = Non disponible pour votre rôle
admin-not-allowed = Le rôle de votre compte ne donne pas accès à cette page. Un administrateur peut modifier votre rôle.
admin-link-expired-title = Lien expiré
admin-link-expired = Ce lien a déjà été utilisé ou n’est plus valable. Demandez-en un nouveau sur la page « Mot de passe oublié ? » ou à un administrateur.
admin-nav-label = Espace organisateurs
admin-logout = Se déconnecter
admin-nav-dashboard = Espace organisateurs
admin-nav-users = Comptes
admin-nav-users-about = Créer des comptes d’organisateurs, modifier les rôles, désactiver des comptes.
admin-nav-checkin = Accueil des participants
admin-nav-checkin-about = Enregistrer l’arrivée des participants sur place, à l’entrée.
admin-nav-password = Changer mon mot de passe
admin-nav-password-about = Choisir un nouveau mot de passe ; vos autres sessions sont déconnectées.
admin-role-admin = Administrateur
admin-role-editor = Éditeur
admin-role-moderator = Modérateur
admin-role-checkin = Personnel d’accueil
admin-role-admin-about = En tant qu’administrateur, vous gérez les comptes et les paramètres, et pouvez faire tout ce que font les autres rôles.
admin-role-editor-about = En tant qu’éditeur, vous préparez les séries, les sessions, les ordres du jour, les intervenants, les pages, les récits et les publications.
admin-role-moderator-about = En tant que modérateur, vous examinez les interventions écrites et les questions des participants.
admin-role-checkin-about = En tant que personnel d’accueil, vous enregistrez l’arrivée des participants sur place, à l’entrée.
admin-notice-signed-out = Vous êtes déconnecté.
admin-notice-password-set = Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter.
admin-notice-password-changed = Votre mot de passe est modifié. Vos autres sessions ont été déconnectées.
admin-notice-role-changed = Le rôle est modifié.
admin-notice-disabled = Le compte est désactivé et ses sessions sont fermées.
admin-notice-enabled = Le compte est de nouveau actif.
admin-login-title = Connexion des organisateurs
admin-login-wrong = L’adresse électronique ou le mot de passe est incorrect.
admin-login-wait = { $count ->
    [one] Trop de tentatives. Réessayez dans une minute.
   *[other] Trop de tentatives. Réessayez dans { $count } minutes.
}
admin-field-email = Adresse électronique
admin-field-password = Mot de passe
admin-login-submit = Se connecter
admin-login-forgot = Mot de passe oublié ?
admin-dashboard-title = Espace organisateurs
admin-password-title = Changer mon mot de passe
admin-set-password-title = Choisissez votre mot de passe
admin-set-password-for = Compte :
admin-field-current-password = Mot de passe actuel
admin-field-new-password = Nouveau mot de passe
admin-field-confirm-password = Nouveau mot de passe, une seconde fois
admin-password-rules = Au moins 12 caractères. Quelques mots dont vous vous souviendrez font un bon mot de passe ; évitez votre adresse électronique et les mots de passe courants.
admin-password-submit = Enregistrer le mot de passe
admin-reset-title = Mot de passe oublié ?
admin-reset-intro = Saisissez l’adresse électronique de votre compte d’organisateur. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
admin-reset-submit = Envoyer le lien
admin-reset-sent = Si un compte d’organisateur utilise cette adresse, un lien pour choisir un nouveau mot de passe vient de lui être envoyé. Il fonctionne une seule fois, pendant une heure.
admin-back-to-login = Retour à la connexion
admin-users-title = Comptes
admin-users-create = Nouveau compte
admin-field-role = Rôle
admin-users-create-hint = Le nouvel organisateur reçoit un courriel avec un lien pour choisir son mot de passe ; ce lien vous est aussi montré une fois.
admin-users-create-submit = Créer le compte
admin-users-list = Tous les comptes
admin-users-status = État
admin-users-actions = Actions
admin-users-save-role = Modifier le rôle
admin-users-enable = Activer
admin-users-disable = Désactiver
admin-users-new-link = Nouveau lien de mot de passe
admin-status-active = Actif
admin-status-invited = Invité, sans mot de passe pour l’instant
admin-status-disabled = Désactivé
admin-users-disabled-no-link = Un compte désactivé ne peut pas recevoir de lien de mot de passe. Activez-le d’abord.
admin-users-not-yourself = Vous ne pouvez ni modifier votre propre rôle ni désactiver votre propre compte. Demandez à un autre administrateur.
admin-users-unknown-action = Cette action n’est pas disponible.
admin-users-stale = Quelqu’un a modifié ce compte entre-temps. La liste le montre dans son état actuel ; réessayez si nécessaire.
admin-created-title = Compte créé
admin-new-link-title = Nouveau lien de mot de passe
admin-link-intro = Transmettez ce lien à { $email } (il lui a aussi été envoyé par courriel) :
admin-link-once = Le lien fonctionne une seule fois. Les liens d’invitation sont valables 72 heures ; cette page ne l’affichera plus.
admin-link-back = Retour aux comptes
field-password-too-short = { $count ->
    [one] Utilisez au moins { $count } caractère.
   *[other] Utilisez au moins { $count } caractères.
}
field-password-is-email = N’utilisez pas votre adresse électronique comme mot de passe.
field-password-common = Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre.
field-password-mismatch = Les deux mots de passe ne sont pas identiques.
field-wrong-password = Ce n’est pas votre mot de passe actuel.
field-email-taken = Un compte existe déjà avec cette adresse électronique.
checkin-staff-sign-in = Organisateurs : connectez-vous avec votre compte
email-account-greeting = Bonjour,
email-account-footer = Vous recevez ce courriel parce qu’un compte d’organisateur sur { $site } utilise cette adresse.
email-invite-subject = Votre compte d’organisateur sur { $site }
email-invite-body = Un compte d’organisateur a été créé pour vous sur { $site }, avec le rôle : { $role }. Choisissez votre mot de passe pour commencer.
email-invite-action = Choisir mon mot de passe
email-reset-subject = Choisissez un nouveau mot de passe pour { $site }
email-reset-body = Quelqu’un a demandé à réinitialiser le mot de passe de votre compte d’organisateur sur { $site }. Si c’était vous, choisissez un nouveau mot de passe avec le lien ci-dessous. Sinon, ignorez ce courriel : votre mot de passe ne change pas.
email-reset-action = Choisir un nouveau mot de passe
email-link-expiry-set = Le lien fonctionne une seule fois, dans les 72 heures.
email-link-expiry-reset = Le lien fonctionne une seule fois, dans l’heure.
admin-nav-reach = Chiffres de participation
admin-nav-reach-about = Chiffres exacts de participation pour la série et chaque session, avec téléchargements.
admin-reach-title = Participation : { $scope }
admin-reach-scopes = Série et sessions
admin-reach-exact = Chiffres exacts, petits effectifs compris : réservés aux organisateurs. Pour publier, utilisez les pages publiques, qui masquent tout chiffre inférieur à 5.

## Back office: editing content
admin-nav-sessions = Sessions
admin-nav-sessions-about = Créer et modifier les sessions, leur ordre du jour, l'inscription et leur déroulement.
admin-nav-speakers = Intervenants
admin-nav-speakers-about = Noms, affiliations et biographies des intervenants, tels que les ordres du jour les affichent.
admin-sessions-title = Séries et sessions
admin-sessions-none = Aucune session pour l’instant.
admin-series-new = Nouvelle série
admin-series-edit = Modifier la série
admin-session-new = Nouvelle session
admin-session-new-in = Nouvelle session de { $series }
admin-session-new-hint = Une nouvelle session est un brouillon : ni les visiteurs ni l’API ne la voient avant que vous ne l’annonciez.
admin-session-details = Détails
admin-registrations = Inscriptions
admin-registrations-link = Voir les inscriptions
admin-public-page = Page publique
admin-revisions-link = Historique des textes
admin-revisions-title = Historique des textes
admin-revisions-none = Aucune révision enregistrée pour l’instant.
admin-revisions-recent = Dernières modifications des textes
admin-revisions-recent-intro = Les dernières révisions enregistrées de chaque série, session, point de l’ordre du jour et intervenant, de la plus récente à la plus ancienne. Ouvrez-en une pour la comparer à la précédente et la restaurer.
admin-revision-current = actuelle
admin-restore = Rétablir cette révision
admin-restore-invalid = Cette révision ne peut pas être rétablie telle quelle : ses textes ne passent plus les contrôles.
admin-back = Retour
admin-back-to-session = Retour à la session
admin-lifecycle = Statut
admin-lifecycle-final = Cette session est annulée ; aucune étape ne suit.
admin-lifecycle-not-next = Cette étape ne découle pas du statut actuel de la session.
admin-lifecycle-has-registrations = Des personnes se sont inscrites à cette session : elle ne peut être ni supprimée ni redevenir un brouillon, seulement annulée (ce qui prévient chaque inscrit par courriel).
admin-cancel-hint = L’annulation prévient chaque inscrit par courriel, dans sa langue.
admin-step-announced = Annoncer (rendre publique)
admin-step-registration_open = Ouvrir les inscriptions
admin-step-registration_closed = Clore les inscriptions
admin-step-live = Marquer comme en cours
admin-step-concluded = Marquer comme terminée
admin-step-published = Publier les documents
admin-step-draft = Revenir au brouillon (masquer)
admin-step-cancelled = Annuler la session
admin-precision-time = Heures exactes
admin-precision-day = Jours seulement
admin-precision-month = Mois seulement
admin-field-number = Numéro
admin-field-language = Langue des textes
admin-field-title = Titre
admin-field-summary = Résumé (Markdown)
admin-field-description = Description (Markdown)
admin-field-bio = Biographie (Markdown)
admin-field-starts_on = Date de début
admin-field-starts_time = Heure de début
admin-field-ends_on = Date de fin
admin-field-ends_time = Heure de fin
admin-field-time_zone = Fuseau horaire (nom IANA, p. ex. Europe/Zurich)
admin-field-precision = Précision des dates
admin-field-format = Format
admin-field-venue = Lieu
admin-field-takes_registrations = Accepte des inscriptions
admin-field-opens_on = Ouverture des inscriptions le
admin-field-opens_time = à
admin-field-closes_on = Clôture des inscriptions le
admin-field-closes_time = à
admin-field-capacity_in_person = Places dans la salle (vide : pas de participation sur place)
admin-field-capacity_online = Places en ligne (vide : illimité)
admin-field-join = Lien de connexion : { $channel }
admin-field-day = Jour
admin-field-kind = Type
admin-field-speakers = Intervenants
admin-field-slug = Nom d’adresse
admin-field-name = Nom
admin-field-affiliation = Organisation et fonction
admin-slug-hint = Lettres minuscules et chiffres reliés par des traits d’union, p. ex. generative-ai. Il figure dans les liens et ne peut plus changer ensuite.
admin-speakers-hint = Noms d’adresse des intervenants séparés par des virgules ; ajoutez :moderator pour un modérateur, p. ex. li-wei:moderator, ana-perez
admin-translations = Traductions
admin-translations-hint = Les visiteurs voient le texte dans leur langue s’il est donné ici, sinon l’original accompagné d’une note.
admin-translation-heading = En { $language }
admin-preview = Aperçu
admin-preview-heading = Aperçu (pas encore enregistré)
admin-save = Enregistrer
admin-create = Créer
admin-save-registration = Enregistrer les paramètres d’inscription
admin-registration-settings = Inscription
admin-yes = Oui
admin-no = Non
admin-channel-floor = son original
admin-channel-ar = arabe
admin-channel-zh = chinois
admin-channel-en = anglais
admin-channel-fr = français
admin-channel-ru = russe
admin-channel-es = espagnol
admin-agenda = Programme
admin-agenda-empty = Aucun point au programme pour l’instant.
admin-agenda-time = Quand
admin-agenda-add = Ajouter un point au programme
admin-agenda-edit = Modifier le point du programme
admin-agenda-export = Télécharger le programme (CSV)
admin-agenda-import = Importer un programme depuis un fichier CSV
admin-agenda-file = Fichier CSV
admin-agenda-file-hint = Colonnes start, end, kind, title, description, speakers, comme dans le téléchargement. L’import remplace tout le programme, et rien n’est modifié si une ligne n’est pas valide.
admin-agenda-import-submit = Importer
admin-actions = Actions
admin-move-up = Monter
admin-move-down = Descendre
admin-move-up-label = Monter « { $title } »
admin-move-down-label = Descendre « { $title } »
admin-delete = Supprimer
admin-delete-label = Supprimer « { $title } »
admin-delete-heading = Supprimer
admin-session-delete-hint = Personne ne s’est inscrit à cette session : elle peut être supprimée avec son programme. C’est irréversible.
admin-speakers-title = Intervenants
admin-speakers-list = Tous les intervenants
admin-speaker-address-name = nom d’adresse :
admin-speaker-new = Nouvel intervenant
admin-speaker-edit = Modifier l’intervenant
admin-speaker-delete-hint = Un intervenant qui figure dans un programme ne peut pas être supprimé ; retirez-le d’abord du programme.
admin-stale = Quelqu’un d’autre a modifié cet élément pendant que vous le modifiiez. Rien de votre part n’a été enregistré : rechargez la page pour voir ses modifications, puis refaites les vôtres.
admin-content-refused = Non enregistré : le texte ressemble à une défiguration.
admin-notice-saved = Enregistré.
admin-notice-created = Créé.
admin-notice-deleted = Supprimé.
admin-notice-status = Le statut est modifié.
admin-notice-imported = Le programme est importé.
admin-notice-restored = La révision est rétablie.
admin-notice-cancelled-emailed = La session est annulée ; chaque inscrit est prévenu par courriel.
field-invalid-slug = Utilisez des lettres minuscules et des chiffres reliés par des traits d’union.
field-slug-taken = Ce nom d’adresse est déjà utilisé.
field-invalid-number = Saisissez un nombre entier.
field-number-taken = Une autre session de cette série porte ce numéro.
field-invalid-date = Saisissez une date comme 2026-11-24.
field-invalid-time = Saisissez une heure au format HH:MM.
field-end-before-start = La fin doit venir après le début.
field-unknown-speaker = Désignez les intervenants par leur nom d’adresse (voir la page Intervenants), avec :moderator pour les modérateurs.
field-speaker-not-found = Aucun intervenant n’a le nom d’adresse « { $slug } ». La page Intervenants indique le nom d’adresse de chacun.
field-invalid-url = Saisissez une adresse web commençant par https://.
field-speaker-in-agenda = Cet intervenant figure dans un programme ; retirez-le d’abord.
email-session-cancelled-subject = Annulée : { $title }
email-session-cancelled-body = Nous sommes désolés : les organisateurs ont annulé { $title } ({ $when }). Votre inscription ne demande plus rien de votre part. Nous vous écrirons lorsqu’une nouvelle session sera annoncée.
admin-agenda-import-report = Le fichier de programme n’a pas été importé
admin-agenda-import-nothing = Rien n’a été modifié. Corrigez ces lignes et importez de nouveau le fichier :
admin-agenda-import-line = Ligne
admin-agenda-import-column = Colonne
admin-agenda-import-problem = Problème
admin-links-flagged = Ces liens mènent à des sites hors de la liste autorisée. Vérifiez chacun avant que la session ne devienne publique :
admin-links-confirm = J’ai vérifié ces liens : { $step }
content-only-in-en = Ce texte n’est disponible qu’en anglais.
content-only-in-fr = Ce texte n’est disponible qu’en français.
content-only-in-es = Ce texte n’est disponible qu’en espagnol.
content-only-in-ru = Ce texte n’est disponible qu’en russe.
content-only-in-zh = Ce texte n’est disponible qu’en chinois.
content-only-in-ar = Ce texte n’est disponible qu’en arabe.
## Content checks and agenda import
refusal-active-tag = Supprimez l’élément <{ $tag }> : scripts, cadres, objets intégrés et styles ne sont pas autorisés dans le texte.
refusal-event-handler = Supprimez l’attribut { $attribute } : le texte ne peut pas exécuter de scripts.
refusal-script-url = Supprimez le lien { $scheme }: : seuls les liens web (http, https) et de courriel (mailto) sont autorisés.
refusal-hidden-text = Supprimez le texte caché ({ $how ->
    [display-none] display: none
    [invisible] visibility: hidden
    [zero-font-size] taille de police nulle
    [zero-opacity] opacité nulle
    [off-screen] placé hors de l’écran
    [hidden-attribute] attribut hidden
    [aria-hidden] aria-hidden
    [same-colour] texte de la couleur du fond
   *[zero-width] caractères invisibles de largeur nulle
}) : tout ce qui est publié doit être visible des lecteurs.
refusal-too-many-links = Trop de liens pour ce texte : { $links } liens pour { $words } mots. Gardez les liens utiles aux lecteurs.
refusal-too-many-hosts = Liens vers { $hosts } sites différents absents de la liste de confiance : cela ressemble à du spam de liens.
refusal-repeated-anchor = Le texte de lien « { $text } » sert à { $times } liens différents : cela ressemble à du spam de liens.
refusal-spam-vocabulary = « { $term } » relève du vocabulaire du spam de jeux d’argent, de prêts ou de pharmacie, qui n’est pas publié.
refusal-glued-script = « { $run } » est collé à un mot d’une autre écriture, comme un spam inséré dans une phrase. S’il s’agit d’un vrai terme, séparez-le par une espace ou des guillemets.
content-flagged-link = Lien vers { $host } ({ $url }), qui n’est pas sur la liste des sites de confiance : confirmez-le avant de publier.
agenda-import-at = Ligne { $line } : { $problem }
agenda-import-at-column = Ligne { $line }, colonne « { $column } » : { $problem }
agenda-import-empty = Le fichier ne contient aucun point de l’ordre du jour.
agenda-import-not-utf8 = Le fichier n’est pas un texte UTF-8. Enregistrez-le au format « CSV UTF-8 » et réessayez.
agenda-import-malformed = Cette ligne n’est pas du CSV valide : vérifiez son nombre de cellules et ses guillemets.
agenda-import-missing-column = La ligne d’en-tête n’a pas de colonne « { $name } ».
agenda-import-unknown-column = La ligne d’en-tête nomme une colonne inconnue ou répétée, « { $name } ».
agenda-import-bad-time = « { $value } » n’est pas une heure : écrivez HH:MM ou AAAA-MM-JJ HH:MM.
agenda-import-unknown-kind = « { $value } » n’est pas un type de point : utilisez l’un de { $kinds }.
agenda-import-end-before-start = Le point se termine avant de commencer.
agenda-import-overlap = Le point chevauche celui de la ligne { $other }.
agenda-import-outside-session = Le point n’est pas compris dans les jours de la session.
agenda-import-unknown-speaker = Aucun intervenant n’a l’identifiant « { $slug } ».
agenda-import-bad-speaker = « { $value } » n’est pas un intervenant : écrivez un identifiant, éventuellement suivi de :moderator.
agenda-import-title-empty = Le titre est vide.
agenda-import-title-too-long = Le titre dépasse { $max } caractères.
agenda-import-description-too-long = La description dépasse { $max } caractères.
## Back office: registrations and audit log
admin-nav-registrations = Inscriptions
admin-nav-registrations-about = Les inscriptions de chaque séance : recherche, filtres, téléchargement, renvoi, annulation, sortie de la liste d'attente.
admin-nav-audit = Journal d'audit
admin-nav-audit-about = Chaque modification faite par les organisateurs et par le système : qui, quand, quoi, avant et après.
admin-regs-index-title = Inscriptions
admin-regs-index-intro = Choisissez une séance pour voir ses inscriptions.
admin-regs-count = { $count ->
    [one] { $count } inscription
   *[other] { $count } inscriptions
}
admin-regs-title = Inscriptions : séance { $number }, { $title }
admin-regs-all-sessions = Toutes les séances
admin-regs-counts = Inscriptions par état
admin-regs-filters = Filtres
admin-regs-search = Rechercher un nom, une adresse ou une organisation
admin-regs-col-name = Nom
admin-regs-col-organisation = Organisation
admin-regs-col-state = État
admin-regs-col-mode = Mode
admin-regs-col-language = Langue
admin-regs-col-registered = Inscription (UTC)
admin-regs-col-checked-in = Accueil (UTC)
admin-regs-col-synthetic = Donnée de démonstration
admin-regs-col-id = Identifiant
admin-regs-col-accessibility = Besoins d’accessibilité
admin-regs-col-needs = Besoins d’accessibilité et réponses
admin-regs-any = Tous
admin-regs-filter = Appliquer les filtres
admin-regs-clear = Effacer les filtres
admin-regs-none = Aucune inscription ne correspond.
admin-regs-showing = Affichage de { $first } à { $last } sur { $total }
admin-regs-download-csv = Télécharger en CSV
admin-regs-download-xlsx = Télécharger en Excel (XLSX)
admin-regs-synthetic = démo
admin-regs-resend = Renvoyer le courriel
admin-regs-promote = Attribuer une place
admin-regs-over-capacity = même au-delà de la capacité
admin-regs-cancel = Annuler l'inscription
admin-pages = Pages
admin-page-previous = Page précédente
admin-page-next = Page suivante
admin-regs-state-confirmed = Confirmée
admin-regs-count-confirmed = Confirmée : { $count }
admin-regs-state-pending = En attente de vérification
admin-regs-count-pending = En attente de vérification : { $count }
admin-regs-state-waitlisted = Liste d'attente
admin-regs-count-waitlisted = Liste d'attente : { $count }
admin-regs-state-cancelled = Annulée
admin-regs-count-cancelled = Annulée : { $count }
admin-regs-state-expired = Expirée
admin-regs-count-expired = Expirée : { $count }
admin-regs-sheet = Inscriptions
admin-regs-refused-full = Aucune place n'est libre. Pour en attribuer une malgré tout, cochez « même au-delà de la capacité » et recommencez.
admin-regs-refused-not-waitlisted = Seule une inscription en liste d'attente peut recevoir une place.
admin-regs-refused-not-live = Cette inscription est déjà annulée ou expirée.
admin-regs-refused-nothing-to-send = Il n'y a aucun courriel à renvoyer pour cette inscription.
admin-regs-stale = Cette inscription a changé depuis l'affichage de la page : rien n'a été fait. La liste la montre telle qu'elle est maintenant ; recommencez si besoin.
admin-notice-resent = Le courriel est en cours d'envoi.
admin-notice-cancelled = L'inscription est annulée ; sa place est passée à la liste d'attente et la personne a été prévenue par courriel.
admin-notice-promoted = La personne a maintenant une place et a été prévenue par courriel.
admin-notice-already-done = C'était déjà fait ; rien n'a été fait deux fois.
admin-notice-recently-sent = Ce courriel vient d'être envoyé ; il n'a pas été renvoyé.
field-dates-reversed = La date de fin précède la date de début.
admin-audit-title = Journal d'audit
admin-audit-intro = Chaque changement d’état, du plus récent au plus ancien : par les organisateurs, le personnel d’accueil, les inscrits par leurs liens et le système, ainsi que les connexions réussies et échouées. Seuls les champs modifiés sont affichés. Le journal ne peut être ni modifié ni supprimé.
admin-audit-actor = Qui
admin-audit-action = Action
admin-audit-subject = Enregistrement
admin-audit-from = Du (jour UTC)
admin-audit-to = Au (jour UTC)
admin-audit-filter-hint = Qui vaut user:<numéro>, registrant, door, anonymous, system ou cli ; une action peut être donnée par son début, comme registration. ; un enregistrement s'écrit comme registration:12.
admin-audit-none = Aucune entrée ne correspond.
admin-audit-download-jsonl = Télécharger en JSON Lines
admin-audit-when = Quand (UTC)
admin-audit-changes = Modifications
admin-audit-field = Champ
admin-audit-before = Avant
admin-audit-after = Après
admin-audit-changed = (modifié)

admin-questions = Questions d’inscription
admin-questions-none = Aucune question en plus du formulaire standard.
admin-question-add = Ajouter une question
admin-question-required = obligatoire
admin-question-kind-text = Texte libre
admin-question-kind-choice = Un choix parmi plusieurs
admin-question-kind-yes_no = Oui ou non
admin-question-choices-hint = Pour une question à choix : un choix par ligne, au moins deux.
admin-field-question_label = Question
admin-field-question_kind = Type de réponse
admin-field-question_choices = Choix
admin-field-question_required = Réponse obligatoire
admin-series-delete-hint = Seule une série sans sessions peut être supprimée.
field-too-few-choices = Indiquez au moins deux choix, un par ligne.
field-in-use = D’autres éléments en dépendent, il ne peut donc pas être supprimé (réponses à une question, sessions d’une série).
admin-field-topics = Thèmes
admin-topics-hint = Noms d’adresse des thèmes séparés par des virgules, p. ex. generative-ai, data. Nouveau thème : son nom d’adresse, =, son nom (quantum=Informatique quantique).
field-unknown-topic = Désignez les thèmes existants par leur nom d’adresse ; un nouveau thème s’écrit nom-d-adresse=Nom.
