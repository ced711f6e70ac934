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
welcome-intro = PeerDesk beheert de personen van je peer support programma's en hun begeleide groepen, van aanmelding en wachtlijst tot bijeenkomsten, aanwezigheid en kosten, en drukt roosters, kostenoverzichten en facturen af. Hoe wil je beginnen?
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
problem-group-size = Een groepsaanmelding heeft { $min } tot { $max } personen
problem-one-person = Een individuele aanmelding is voor één persoon
problem-too-long = Hoogstens { $max } tekens
problem-link = Een vergaderlink begint met https://

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
error-registration-placed = Deze aanmelding zit al in een groep of is ingetrokken. De lijsten zijn ververst.
error-invoice-frozen = Een uitgegeven factuur kan niet meer worden gewijzigd. Corrigeer haar met een creditnota.
error-already-invoiced = Een van deze aanmeldingen staat al op een factuur. De lijst is ververst.
error-database = De database meldt een probleem: { $reason }
error-bad-row = Record { $id } in { $table } is niet leesbaar ({ $reason }). Het bestand is mogelijk beschadigd; er is niets gewijzigd.
error-invalid = Niet opgeslagen: deze velden zijn niet geldig: { $fields }. Verbeter ze en probeer het opnieuw.

## Opdrachtregel
cli-about = PeerDesk: het bureau van wie peer support op het werk organiseert. Zonder opdracht opent het venster.
cli-db = Het databasebestand (standaard: de gegevensmap van PeerDesk)
cli-lang = Taal van het venster en van meldingen: nl of en
cli-demo = Schrijft realistische demogegevens in een nieuw databasebestand
cli-demo-people = Hoeveel personen de demo krijgt
cli-demo-done = Demogegevens geschreven naar { $path }: { $people } personen, { $coaches } coaches, { $supporters } peer supporters, { $groups } groepen en { $waiting } personen op de wachtlijst.

## Groepen
tab-groups = Groepen
groups-new-registration = Nieuwe aanmelding…
groups-nav-waiting = Wachtlijst ({ $count })
groups-nav-active = Lopende groepen
groups-none = Nog geen groepen.
groups-nav-closed = Afgeronde en geannuleerde tonen ({ $count })
funding-central-postdoc-budget = Centraal PostDoc-budget
funding-self-paid = Eigen betaling
group-status-forming = in vorming
group-status-running = loopt
group-status-completed = afgerond
group-status-cancelled = geannuleerd
waiting-title = Wachtlijst
waiting-nobody = Er wacht niemand.
waiting-summary = { $count ->
    [one] 1 persoon wacht, al { $days } dagen
   *[other] { $count } personen wachten, de langste { $days } dagen
}
waiting-group-registrations = Groepsaanmeldingen die nog een groep moeten worden
waiting-form-group = Groep vormen…
button-edit = Bewerken…
proposals-title = Voorgestelde groepen
proposals-none = Geen voorstellen: er wachten nog niet genoeg vergelijkbare mensen.
proposals-hint = PeerDesk zet mensen bij elkaar die op elkaar lijken; niemand wordt geplaatst voordat je de groep vormt.
proposal-title = Voorstel { $number } · { $count } personen
proposal-form = Deze groep vormen…
proposal-ignore = Negeren
waiting-individuals = Wachtende individuele aanmeldingen
waiting-sort = Sorteren op
waiting-sort-longest = Langst wachtend
waiting-sort-name = Naam
column-preferred = Voorkeurstijden
column-funding = Financiering
column-waiting = Wacht
waiting-days = { $days ->
    [one] 1 dag
   *[other] { $days } dagen
}
waiting-withdraw = Intrekken
reason-position = zelfde functie: { $position }
reason-department = { $count } van { $total } van { $department }
reason-slot = { $count } van { $total } { $slot }
reason-language = spreken allemaal { $language }
slot-mon-morning = maandagochtend
slot-mon-afternoon = maandagmiddag
slot-mon-evening = maandagavond
slot-tue-morning = dinsdagochtend
slot-tue-afternoon = dinsdagmiddag
slot-tue-evening = dinsdagavond
slot-wed-morning = woensdagochtend
slot-wed-afternoon = woensdagmiddag
slot-wed-evening = woensdagavond
slot-thu-morning = donderdagochtend
slot-thu-afternoon = donderdagmiddag
slot-thu-evening = donderdagavond
slot-fri-morning = vrijdagochtend
slot-fri-afternoon = vrijdagmiddag
slot-fri-evening = vrijdagavond
slot-sat-morning = zaterdagochtend
slot-sat-afternoon = zaterdagmiddag
slot-sat-evening = zaterdagavond
slot-sun-morning = zondagochtend
slot-sun-afternoon = zondagmiddag
slot-sun-evening = zondagavond
weekday-mon = maandag
weekday-tue = dinsdag
weekday-wed = woensdag
weekday-thu = donderdag
weekday-fri = vrijdag
weekday-sat = zaterdag
weekday-sun = zondag
registration-new-title = Nieuwe aanmelding
registration-edit-title = Aanmelding bewerken
registration-kind = Aangemeld als
registration-individual = Individu
registration-group = Groep van { $min } tot { $max } personen
registration-date = Aangemeld op
registration-people = Personen
registration-contact = Aangemeld door
registration-preferred = Voorkeurstijden
registration-theme = Thema
registration-funding = Financiering
registration-find = Persoon zoeken
registration-new-person = Nieuwe persoon…
registration-new-person-title = Nieuwe persoon in het overzicht
registration-add-to-directory = Aan het overzicht toevoegen
registration-kind-group = Groepsaanmelding
registration-kind-individual = Individueel
group-default-name = Groep
form-group-title = Een groep vormen
form-group-members = Aanmeldingen in deze groep
form-group-total = Totaal { $amount }
form-group-prices-hint = De prijzen komen nu uit de instellingen en blijven bij de groep als het tarief later verandert.
form-group-confirm = Groep vormen
form-group-add = Toevoegen van de wachtlijst
group-name = Naam
group-coach = Coach
group-status = Status
group-location = Zaal
group-meeting-link = Vergaderlink
group-edit = Gegevens bewerken…
group-edit-title = Groep bewerken
group-plan-sessions = Bijeenkomsten plannen…
group-email = De groep mailen
group-no-coach = Nog geen coach
group-where = Waar
group-no-location = Nog niet bekend
group-formed-on = Gevormd op
group-price-basis = Prijs
group-price-basis-value = { $rate } per coachuur × { $minutes } minuten × { $sessions } bijeenkomsten = { $price } per groep
group-application = Aanvraag centraal budget
group-applied-on = aanvraag verstuurd { $date }
group-decided-on = besluit { $date }
group-applied-on-label = Aangevraagd op
group-decided-on-label = Besloten op
application-to-apply = nog aan te vragen
application-applied = aangevraagd
application-approved = toegekend
application-refused = afgewezen
group-members = Deelnemers ({ $count })
column-registration = Aanmelding
column-amount = Bedrag
group-remove-registration = Verwijderen
group-costs-per-source = Kosten per financieringsbron
group-total = Totaal
group-central-share = Centraal budget { $central }; afdelingen { $department }.
group-sessions = Bijeenkomsten ({ $count } van { $total })
group-no-sessions = Nog geen bijeenkomsten gepland. Gebruik Bijeenkomsten plannen… om ze in te delen.
column-number = #
column-date = Datum
column-time = Tijd
column-length = Duur
minutes = { $minutes } min
session-planned = gepland
session-cancelled = geannuleerd
session-conflict = { $name } heeft dan ook { $group }
session-move = Verplaatsen…
session-cancel = Bijeenkomst annuleren
session-restore = Herstellen
group-attendance = Aanwezigheid
group-attendance-hint = Klik op een vakje voor aanwezig, afgemeld of afwezig; komende bijeenkomsten gaan op hun dag open.
attendance-present = aanwezig
attendance-excused = afgemeld
attendance-absent = afwezig
attendance-none = —
attendance-cell = { $name }, { $date }: { $mark }
plan-title = Bijeenkomsten plannen voor { $group }
plan-from = Eerste bijeenkomst vanaf
plan-weekday = Weekdag
plan-time = Begintijd
plan-every-weeks = Om de hoeveel weken
plan-count = Aantal bijeenkomsten
plan-minutes = Minuten per bijeenkomst
plan-preview = Deze bijeenkomsten worden toegevoegd
move-title = Bijeenkomst verplaatsen
move-date = Datum
problem-time = Geen tijd (14:00)
toast-registration-saved = Aanmelding opgeslagen.
toast-registration-withdrawn = Aanmelding ingetrokken; ze blijft bewaard.
toast-group-formed = Groep { $name } gevormd.
toast-group-member-added = Aan de groep toegevoegd.
toast-group-member-removed = Uit de groep gehaald en terug op de wachtlijst.
toast-group-saved = { $name } opgeslagen.
toast-sessions-planned = { $count ->
    [one] 1 bijeenkomst gepland.
   *[other] { $count } bijeenkomsten gepland.
}
toast-session-moved = Bijeenkomst verplaatst.
toast-session-cancelled = Bijeenkomst geannuleerd.
toast-session-restored = Bijeenkomst hersteld.
toast-attendance-saved = Aanwezigheid opgeslagen.
settings-funding = Financieringsbronnen
settings-funding-hint = Wie een aanmelding betaalt. Een centraal budget betaalt in plaats van de afdeling van de deelnemer.
settings-new-funding = Nieuwe financieringsbron
settings-central-budget = centraal budget
toast-funding-saved = Financieringsbron opgeslagen.
form-group-choose = Kiezen…
settings-invoices = Facturen
settings-invoices-hint = Laat het btw-tarief leeg als de programma's vrijgesteld zijn van btw; de vrijstellingstekst komt dan op elke factuur.
settings-vat-rate = Btw-tarief (%)
settings-exemption-text = Tekst btw-vrijstelling
settings-payment-days = Betalingstermijn (dagen)

## Documenten
pdf-page = pagina { $page } van { $total }
pdf-printed-on = Afgedrukt op
pdf-schedule = Rooster
pdf-schedule-group-title = Rooster · { $group }
pdf-schedule-coach-title = Bijeenkomsten van { $coach }
pdf-schedule-month-title = Alle bijeenkomsten in { $month } { $year }
pdf-period = Periode { $from } tot en met { $to }
pdf-period-short = { $from } – { $to }
pdf-week = Week { $week } · { $from } – { $to }
pdf-no-sessions-in-period = Geen bijeenkomsten in deze periode.
pdf-column-group = Groep
pdf-statement = Kostenoverzicht
pdf-statement-group-title = Kostenoverzicht · { $group }
pdf-statement-source-title = Kostenoverzicht · { $source }
pdf-statement-intro = Een groep betaalt bijeenkomsten × duur × het tarief per coachuur; een individuele aanmelding betaalt de groepsprijs gedeeld door de grootste groepsomvang.
pdf-statement-central = Betaald uit het centrale budget: de afdelingen van de deelnemers betalen niets voor deze groepen.
pdf-statement-empty = In deze periode is niets ten laste van deze financieringsbron gebracht.
pdf-group-heading = { $group } (gevormd { $date })
pdf-basis = { $sessions } × { $minutes } min × { $rate }
pdf-column-basis = Berekening
pdf-subtotal = Subtotaal
pdf-total = Totaal
pdf-customer = Factuur aan
pdf-kvk = KvK { $number }
pdf-vat-number = Btw { $number }
pdf-invoice-title = Factuur
pdf-credit-note-title = Creditnota
pdf-draft = concept
pdf-invoice-number = Nummer
pdf-invoice-date = Factuurdatum
pdf-due-date = Vervaldatum
pdf-invoice-period = Periode
pdf-credits = Corrigeert factuur
pdf-column-description = Omschrijving
pdf-column-quantity = Aantal
pdf-column-unit-price = Prijs
pdf-column-vat = Btw
pdf-vat-exempt = vrijgesteld
pdf-vat-line = Btw { $rate }
pdf-payment = Gelieve { $total } binnen { $days } dagen over te maken op { $iban } ten name van { $name }, onder vermelding van factuurnummer { $number }.
pdf-credit-payment = Deze creditnota vervalt de factuur waarnaar zij verwijst; { $total } wordt aan u gecrediteerd.
invoice-line-group = { $group } · begeleide intervisie, { $sessions } bijeenkomsten van { $minutes } min ({ $period })
invoice-line-individual = { $group } · individuele plaats voor { $name }, { $sessions } bijeenkomsten van { $minutes } min ({ $period })
ics-summary = { $group } · bijeenkomst { $number }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
cli-export = Schrijft documenten: roosters, kostenoverzichten, facturen en agendabestanden
cli-export-schedule = Een rooster (PDF) van een groep, van een coach over een periode, of van een hele maand
cli-export-statement = Een kostenoverzicht (PDF) van een financieringsbron over een periode, of van één groep
cli-export-invoices = Alle uitgegeven facturen en creditnota's van een jaar, elk als PDF
cli-export-ics = Een agendabestand (ICS) met de bijeenkomsten van een groep, of van een coach over een periode
cli-arg-group = Het nummer van de groep
cli-arg-coach = Het nummer van de coach in het overzicht
cli-arg-month = De maand, bijvoorbeeld 2026-12
cli-arg-from = De eerste dag, bijvoorbeeld 2026-12-01
cli-arg-to = De laatste dag, bijvoorbeeld 2026-12-31
cli-arg-out = Het bestand om te schrijven
cli-arg-out-dir = De bestaande map om in te schrijven
cli-arg-funding = Het nummer van de financieringsbron
cli-arg-year = Het jaar, bijvoorbeeld 2026
cli-bad-id = { $option } '{ $value }' is geen nummer.
cli-bad-date = { $option } '{ $value }' is geen datum; schrijf bijvoorbeeld 2026-12-01.
cli-bad-year = '{ $value }' is geen jaar; schrijf bijvoorbeeld 2026.
cli-missing = Voor deze export is { $option } nodig.
cli-one-of = Geef precies één van { $options }.
cli-no-database = Er is geen database op { $path }; geef er een met --db.
cli-no-folder = De map { $path } bestaat niet.
cli-no-group = Er is geen groep met nummer { $id }.
cli-no-person = Er is geen persoon met nummer { $id }.
cli-no-funding = Er is geen financieringsbron met nummer { $id }.
cli-no-invoice = Er is geen factuur met nummer { $id }.
cli-empty-period = De periode eindigt voordat zij begint.
cli-write-failed = { $path } kon niet worden geschreven: { $reason }
cli-export-done = Geschreven naar { $path }.
cli-invoices-done = { $count ->
    [one] 1 document geschreven naar { $path }.
   *[other] { $count } documenten geschreven naar { $path }.
}
save-title = Opslaan als
save-done = { $path } opgeslagen.
save-no-dialog = Er kon geen opslagvenster worden getoond; het bestand gaat naar { $path }.
save-failed = { $path } kon niet worden opgeslagen: { $reason }
save-open = Openen
save-show-folder = Map tonen
tab-finance = Financiën
finance-invoices = Facturen
finance-all = Alle
finance-year = Jaar
finance-document-language = Documenten in
finance-none = Geen facturen bij deze filters. Begin met Facturen maken voor periode…
finance-outstanding = Openstaand { $amount } ({ $count })
finance-overdue = te laat { $amount } ({ $count })
finance-paid = betaald { $amount } ({ $count })
finance-make = Facturen maken voor periode…
finance-statement = Kostenoverzicht…
finance-month-schedule = Maandrooster…
finance-number = Nummer
finance-kind = Soort
finance-kind-invoice = factuur
finance-kind-credit = creditnota
finance-customer = Klant
finance-status-draft = concept
finance-status-issued = open
finance-status-paid = betaald
finance-status-credited = gecrediteerd
finance-status-overdue = te laat
finance-paid-on = betaald { $date }
finance-issue = Uitgeven
finance-mark-paid = Betaald
finance-credit = Crediteren…
finance-pdf = PDF…
finance-from = Van
finance-to = Tot en met
finance-lines = Regels
finance-make-title = Facturen maken voor een periode
finance-make-hint = Eén factuur per financieringsbron voor de groepen die in de periode zijn gevormd, en één per aanmelding voor wie zelf betaalt. Ze worden als concept gemaakt: niets krijgt een nummer tot je ze uitgeeft.
finance-make-nothing = In deze periode valt niets meer te factureren.
finance-make-total = { $count ->
    [one] 1 factuur, samen { $amount }.
   *[other] { $count } facturen, samen { $amount }.
}
finance-make-confirm = { $count ->
    [one] 1 concept maken
   *[other] { $count } concepten maken
}
finance-statement-title = Kostenoverzicht van een financieringsbron
finance-save-pdf = PDF opslaan…
finance-month-title = Rooster van een maand
finance-month = Maand
finance-credit-title = Factuur { $number } crediteren?
finance-credit-explain = Er wordt een creditnota van { $date } uitgegeven die deze factuur vervalt. De factuur zelf verandert nooit; haar aanmeldingen kunnen opnieuw worden gefactureerd.
finance-credit-confirm = Creditnota uitgeven
batch-print = { $count } afdrukken…
batch-one-file = Alles in één PDF…
batch-folder = Eén bestand per factuur, in een map…
batch-progress = { $done } van { $total }
batch-done = { $count ->
    [one] 1 document afgedrukt naar { $path }.
   *[other] { $count } documenten afgedrukt naar { $path }.
}
batch-cancelled = Afdrukken geannuleerd; { $count } volledige bestanden zijn geschreven.
batch-failed = Afdrukken gestopt: { $reason }
toast-invoices-created = { $count ->
    [one] 1 conceptfactuur gemaakt.
   *[other] { $count } conceptfacturen gemaakt.
}
toast-invoice-issued = Factuur { $number } uitgegeven.
toast-draft-deleted = Concept verwijderd.
toast-invoice-paid = Betaling vastgelegd.
toast-invoice-credited = Creditnota uitgegeven.
group-documents = Documenten
group-schedule-pdf = Rooster (PDF)…
group-statement-pdf = Kostenoverzicht (PDF)…
group-calendar-file = Agendabestand (ICS)…
finance-status-credit-issued = uitgegeven
coach-schedule = Rooster…
coach-schedule-title = Rooster van { $coach }
coach-schedule-hint = Alle bijeenkomsten van de groepen die deze coach begeleidt in de periode, als af te drukken PDF of als agendabestand voor Outlook of een andere agenda.
coach-schedule-pdf = PDF opslaan…
coach-schedule-ics = Agendabestand opslaan…
session-held = gehouden
pdf-online = online (vergaderlink)
settings-billing-address = Adres…
settings-billing-address-of = Factuuradres van { $source }
