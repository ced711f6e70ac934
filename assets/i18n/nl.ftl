# PeerDesk — Nederlandse teksten. Elke tekst hier moet ook in en.ftl staan.

## Venster
tab-people = Personen
tab-settings = Instellingen
title-demo = demogegevens
header-language = Taal van de interface
menu-database = Database
menu-open-mine = Mijn database openen
menu-open-demo = De demodatabase openen
menu-open-file = Ander bestand openen…
menu-about = Over PeerDesk…

## Over
about-tagline = Het bureau van wie peer support op het werk organiseert.
about-version = Versie
about-commit = Commit
about-built = Gebouwd op
about-database = Databasebestand
about-confidential = Je gegevens blijven op deze computer, in het databasebestand hierboven. PeerDesk slaat nooit op wat er in een gesprek is gezegd.

## Knoppen
button-close = Sluiten
button-save = Opslaan
button-cancel = Annuleren
button-delete = Verwijderen
button-rename = Hernoemen
button-remove = Verwijderen
button-add = Toevoegen
choice-none = —

## Welkom
welcome-title = Welkom bij PeerDesk
welcome-intro = PeerDesk beheert de personen, groepen, incidenten en intervisiegroepen van je peer support programma's, plant elke bijeenkomst en drukt roosters, kostenoverzichten en facturen af. Hoe wil je beginnen?
welcome-language = Taal
welcome-empty = Beginnen met een lege database
welcome-empty-hint = Je gegevens worden bewaard in { $path }.
welcome-demo = Verkennen met demogegevens
welcome-demo-hint = Een fictief ziekenhuis in een apart bestand ({ $path }), zodat het nooit met echte gegevens vermengt. Je schakelt altijd terug via het databasemenu.
open-error-title = Dit bestand kan niet worden geopend
open-error-where = PeerDesk bewaart zijn eigen bestanden in { $path }.

## Personen
people-search = Zoeken
people-search-hint = Naam, e-mail of afdeling
people-role-filter = Rol
people-all-roles = Alle rollen
people-show-inactive = Inactieven tonen
people-add = Persoon toevoegen…
people-edit = Bewerken…
people-delete = Verwijderen…
people-count = { $count ->
    [one] 1 persoon
   *[other] { $count } personen
}
people-count-filtered = { $shown } van { $count } personen
people-no-match = Niemand voldoet aan deze zoekopdracht.
people-empty = Het overzicht is leeg. Voeg de eerste persoon toe om te beginnen.
column-name = Naam
column-email = E-mail
column-phone = Telefoon
column-department = Afdeling
column-position = Functie
column-roles = Rollen
column-status = Status
status-active = Actief
status-inactive = Inactief
delete-title = { $name } verwijderen?
delete-explain = Iemand die in groepen, casussen of intervisiegroepen voorkomt, blijft voor die gegevens bewaard en wordt in plaats daarvan op inactief gezet.
role-participant = Deelnemer
role-coach = Coach
role-peer-supporter = Peer supporter
role-circle-chair = Intervisieleider
role-mentor = Mentor

## Persoon
person-add-title = Persoon toevoegen
person-edit-title = Persoon bewerken
person-name = Naam
person-email = E-mail
person-phone = Telefoon
person-organisation = Organisatie
person-department = Afdeling
person-position = Functie
person-career-phase = Loopbaanfase
person-languages = Gesproken talen
person-roles = Rollen
person-trained-on = getraind op
person-status = Status
person-active = Actief
person-fix-problems = Verbeter de rood gemarkeerde velden om op te slaan.
person-duplicate-name = { $name } bestaat al. Is dit dezelfde persoon?
person-duplicate-email = { $name } heeft dit e-mailadres al.
spoken-nl = Nederlands
spoken-en = Engels
spoken-de = Duits
spoken-fr = Frans
spoken-es = Spaans
spoken-it = Italiaans
spoken-pt = Portugees
spoken-pl = Pools
spoken-tr = Turks
spoken-ar = Arabisch
spoken-ru = Russisch
spoken-uk = Oekraïens
spoken-zh = Chinees
spoken-hi = Hindi

## Ingebouwde keuzes van de lijsten (tot ze hernoemd worden)
list-postdoc = PostDoc
list-phd-candidate = Promovendus
list-nurse = Verpleegkundige
list-resident = Arts-assistent
list-medical-specialist = Medisch specialist
list-staff-member = Medewerker
list-researcher = Onderzoeker
list-manager = Leidinggevende
list-clinical-rotations = Coschappen
list-working-as-doctor = Werkzaam als arts
list-assessment-procedure = In de assessmentprocedure
list-early-career = Begin van de loopbaan
list-mid-career = Midden in de loopbaan
list-senior = Senior

## Instellingen
settings-organisation = Organisatie
settings-organisation-hint = Staat op roosters, kostenoverzichten en facturen.
settings-org-name = Naam
settings-org-address = Adres
settings-org-kvk = KvK-nummer
settings-org-vat = Btw-nummer
settings-org-iban = IBAN
settings-org-email = Contact e-mail
settings-programme = Standaarden van de programma's
settings-programme-hint = Gelden voor nieuwe groepen, casussen en intervisiegroepen. Bestaande groepen houden de prijzen waarmee ze zijn gevormd.
settings-hourly-rate = Tarief per coachuur (€)
settings-session-minutes = Minuten per bijeenkomst
settings-sessions-per-group = Bijeenkomsten per groep
settings-min-group = Kleinste groep
settings-max-group = Grootste groep
settings-first-hours = Eerste gesprek binnen (uur)
settings-second-days = Tweede gesprek na (dagen)
settings-third-from = Derde gesprek vanaf (dagen)
settings-third-until = Derde gesprek uiterlijk (dagen)
settings-circle-size = Grootste intervisiegroep
settings-retention = Gesloten casussen bewaren (maanden)
settings-price-preview = Een groep betaalt { $group } voor { $sessions } bijeenkomsten van { $minutes } minuten; een individuele aanmelding betaalt { $individual } (een op { $max }).
settings-save = Instellingen opslaan
settings-revert = Wijzigingen ongedaan maken
settings-fix-problems = Verbeter de rood gemarkeerde velden om op te slaan.
settings-unsaved = Er zijn niet-opgeslagen wijzigingen.
settings-lists = Lijsten
settings-lists-hint = De keuzes voor de functie en loopbaanfase van een persoon. Een keuze die in gebruik is kan niet worden verwijderd, wel hernoemd.
settings-positions = Functies
settings-new-position = Nieuwe functie
settings-career-phases = Loopbaanfasen
settings-new-career-phase = Nieuwe loopbaanfase
settings-interface = Interface
settings-language = Taal
settings-language-hint = Wordt op deze computer onthouden. Datums en bedragen volgen de taal.

## Problemen naast een veld
problem-required = Verplicht
problem-email = Geen e-mailadres (naam@voorbeeld.nl)
problem-phone = Geen telefoonnummer (6 tot 15 cijfers)
problem-iban = Geen geldig IBAN (controleer de cijfers)
problem-kvk = Een KvK-nummer heeft 8 cijfers
problem-vat = Geen btw-nummer (NL123456789B01)
problem-whole-number = Vul een geheel getal in
problem-amount = Geen bedrag (125,00)
problem-date = Geen datum ({ $hint })
problem-date-future = Deze datum ligt in de toekomst
problem-range = Tussen { $min } en { $max }
problem-min-above-max = Kleiner dan de kleinste groep
problem-end-before-start = Voor het begin van de periode
problem-duplicate = Deze naam staat al in de lijst

## Meldingen
toast-demo-opened = Demodatabase geopend. Je eigen gegevens zijn onaangeroerd.
toast-person-saved = { $name } opgeslagen.
toast-person-deleted = { $name } verwijderd.
toast-person-deactivated = { $name } komt in andere gegevens voor en is in plaats daarvan op inactief gezet.
toast-settings-saved = Instellingen opgeslagen.
toast-list-item-added = { $name } toegevoegd.
toast-list-item-renamed = Hernoemd naar { $name }.
toast-list-item-removed = Uit de lijst verwijderd.
toast-welcome-empty = Je database is klaar. Begin met het toevoegen van personen.

## Fouten
error-data-folder = PeerDesk kan zijn gegevensmap voor { $path } niet aanmaken: { $reason }
error-no-folder = De map voor { $path } bestaat niet. Kies een bestaande map.
error-not-peerdesk = { $path } is geen PeerDesk-database. Het bestand is onaangeroerd gelaten.
error-too-new = { $path } is geschreven door een nieuwere versie van PeerDesk. Werk PeerDesk bij om het te openen; het bestand is onaangeroerd gelaten.
error-busy = De database wordt door een ander programma gebruikt. Probeer het zo opnieuw.
error-not-found = Dat gegeven bestaat niet meer. De lijst is ververst.
error-list-item-exists = Die naam staat al in de lijst.
error-list-item-in-use = Deze keuze is bij personen in gebruik en kan niet worden verwijderd. Hernoem hem in plaats daarvan.
error-not-empty = Deze database bevat al gegevens. Demogegevens komen in een nieuw, apart bestand.
error-database = De database meldt een probleem: { $reason }

## Opdrachtregel
cli-about = PeerDesk: het bureau van wie peer support op het werk organiseert. Zonder opdracht opent het venster.
cli-db = Het databasebestand (standaard: de gegevensmap van PeerDesk)
cli-lang = Taal van het venster en van meldingen: nl of en
cli-demo = Schrijft realistische demogegevens in een nieuw databasebestand
cli-demo-people = Hoeveel personen de demo krijgt
cli-demo-done = Demogegevens geschreven naar { $path }: { $people } personen, { $coaches } coaches, { $supporters } peer supporters.
