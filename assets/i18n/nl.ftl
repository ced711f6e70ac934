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
button-undo = Ongedaan maken
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
   *[other] { $total } personen
}
people-count-filtered = { $shown } van { $total } personen
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
person-inactive-mark = { $name } (inactief)
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
problem-end-before-start = Voor de eerste dag
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
error-list-item-in-use = Deze keuze is in gebruik en kan niet worden verwijderd. Geef hem in plaats daarvan een andere naam.
error-not-empty = Deze database bevat al gegevens. Demogegevens komen in een nieuw, apart bestand.
error-registration-placed = Deze aanmelding zit al in een groep of is ingetrokken. De lijsten zijn ververst.
error-invoice-frozen = Een uitgegeven factuur kan niet meer worden gewijzigd. Corrigeer haar met een creditnota.
error-already-invoiced = Een van deze aanmeldingen staat al op een factuur. De lijst is ververst.
error-person-elsewhere = Iemand in deze aanmelding staat al op de wachtlijst of zit al in een groep; iemand neemt op één plek tegelijk deel. De lijsten zijn ververst.
error-group-ended = Deze groep is afgelopen: de deelnemers veranderen niet meer. Heropen de groep eerst.
error-invoice-incomplete = Deze factuur kan nog niet worden uitgegeven: er ontbreekt een verplicht gegeven. Uitgeven… zegt welk.
error-database = De database meldde een probleem (code { $code }). Er is niets veranderd. Gebeurt het opnieuw, zet dan de nieuwste reservekopie terug.
error-bad-row = Record { $id } in { $table } is niet leesbaar ({ $reason }). Het bestand is mogelijk beschadigd; er is niets gewijzigd.
error-invalid = Niet opgeslagen: deze velden zijn niet geldig: { $fields }. Verbeter ze en probeer het opnieuw.

## Opdrachtregel
cli-about = PeerDesk: het bureau van wie peer support op het werk organiseert. Zonder opdracht opent het venster.
cli-db = Het databasebestand (standaard: de gegevensmap van PeerDesk)
cli-lang = Taal van het venster en van meldingen: nl of en
cli-demo = Schrijft realistische demogegevens in een nieuw databasebestand
cli-demo-people = Hoeveel personen de demo krijgt
cli-demo-done = Demogegevens geschreven naar { $path }: { $people } personen, { $coaches } coaches, { $supporters } peer supporters, { $groups } groepen, { $waiting } personen op de wachtlijst en { $incidents } incidenten met { $trajectories } steuntrajecten.

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
registration-place-waiting = staat al op de wachtlijst sinds { $date }
registration-place-waiting-with = staat al op de wachtlijst sinds { $date }, aangemeld met { $names }
registration-place-group = zit al in groep { $group }
registration-replace = Vervang de eerdere aanmelding: die wordt ingetrokken zodra deze is opgeslagen
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
problem-already-waiting = Staat al op de wachtlijst
problem-already-in-group = Zit al in een groep
problem-session-overlap = De groep komt dan al bijeen
toast-registration-saved = Aanmelding opgeslagen.
toast-registration-withdrawn = Aanmelding ingetrokken; ze blijft bewaard.
toast-registration-restored = Aanmelding staat weer op de wachtlijst.
toast-group-formed = Groep { $name } gevormd.
toast-mail-opened = Je mailprogramma opent met iedereen in Bcc. Geen mailprogramma? De adressen staan op het klembord: plak ze in een nieuw bericht.
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
pdf-credit-payment = Deze creditnota vervalt factuur { $number } volledig; het gecrediteerde bedrag is { $total }. Heeft u die factuur al betaald, dan betalen wij dit bedrag aan u terug. Zo niet, dan hoeft u de factuur niet meer te betalen.
pdf-unit-hour = { $quantity } uur
pdf-unit-participant = { $count ->
    [one] { $quantity } deelnemer
   *[other] { $quantity } deelnemers
}
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
cli-export-ics = Een agendabestand (ICS) met de bijeenkomsten van een groep, van een coach over een periode, de gesprekken van een peer supporter, de vaste bijeenkomst van een netwerk of de bijeenkomsten van een intervisiegroep
cli-arg-group = Het nummer van de groep (zie: peerdesk list groepen)
cli-arg-coach = Het nummer van de coach (zie: peerdesk list coaches)
cli-arg-month = De maand, bijvoorbeeld 2026-12
cli-arg-from = De eerste dag, bijvoorbeeld 2026-12-01
cli-arg-to = De laatste dag, bijvoorbeeld 2026-12-31
cli-arg-out = Het bestand om te schrijven
cli-arg-out-dir = De bestaande map om in te schrijven
cli-arg-funding = Het nummer van de financieringsbron (zie: peerdesk list financiering)
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
cli-export-done = Geschreven naar { $path }.
cli-invoices-done = { $count ->
    [one] 1 document geschreven naar { $path }.
   *[other] { $count } documenten geschreven naar { $path }.
}
save-title = Opslaan als
save-done = { $path } opgeslagen.
save-no-dialog = Er kon geen opslagvenster worden getoond; het bestand gaat naar { $path }.
folder-no-dialog = Hier kon geen venster om een map te kiezen worden getoond; typ het hele pad van de map in het veld.
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
finance-paid = ontvangen { $amount } ({ $count })
finance-balance-hover = Ontvangen { $received } van { $total }; terugbetaald { $refunded }.
finance-refunds-owed = terug te betalen { $amount } ({ $count })
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
finance-payments = Betalingen…
finance-status-partly-paid = nog { $amount } open
finance-status-overdue-part = te laat, { $amount } open
finance-status-refund-owed = terug te betalen { $amount }
finance-credit-refund = Voor deze factuur is { $amount } ontvangen. Na de creditnota moet dat worden terugbetaald: leg de terugbetaling onder Betalingen… vast zodra die gedaan is.
finance-credit = Crediteren…
finance-pdf = PDF…
finance-from = Van
finance-to = Tot en met
finance-lines = Regels
finance-make-title = Facturen maken voor een periode
finance-make-language = De facturen worden opgesteld in de taal voor documenten ({ $language }), te kiezen op het tabblad Financiën.
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
finance-issue-open = Uitgeven…
finance-issue-title = Factuur aan { $customer } uitgeven?
finance-issue-explain = Ze krijgt nummer { $number } en datum { $date } en is daarna definitief: een fout is alleen met een creditnota te herstellen.
finance-issue-confirm = Uitgeven als { $number }
finance-issue-missing = Vul eerst in, dan kan deze factuur worden uitgegeven:
finance-missing-organisation-name = de naam van de organisatie (Instellingen)
finance-missing-organisation-address = het adres van de organisatie (Instellingen)
finance-missing-chamber-of-commerce = het KvK-nummer (Instellingen)
finance-missing-iban = het IBAN (Instellingen)
finance-missing-vat-number = het btw-nummer, want deze factuur rekent btw (Instellingen)
finance-missing-customer-name = de naam van de klant
finance-missing-customer-address = het adres van de klant (het factuuradres van de financieringsbron in Instellingen; maak daarna de facturen opnieuw)
batch-print = { $count ->
    [one] De getoonde uitgegeven factuur afdrukken…
   *[other] De { $count } getoonde uitgegeven facturen afdrukken…
}
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
toast-invoice-paid = Betaling van { $amount } vastgelegd.
toast-invoice-refunded = Terugbetaling van { $amount } vastgelegd.
toast-payment-reversed = Teruggedraaid: de regel blijft in de geschiedenis staan en telt niet meer mee.
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

## File names of saved documents (no spaces; the parts are filled in)
file-schedule-group = rooster-groep-{ $name }
file-schedule-coach = rooster-coach-{ $name }-{ $month }
file-schedule-month = rooster-{ $month }
file-statement-group = kostenoverzicht-groep-{ $name }
file-statement-funding = kostenoverzicht-{ $name }-{ $month }
file-calendar = bijeenkomsten-{ $name }
file-invoice = factuur-{ $number }
file-credit-note = creditnota-{ $number }
file-draft = concept-{ $number }
file-invoices = facturen-{ $date }
file-invoices-folder = facturen

# Safe data: opening files, one writer, writing documents
title-read-only = alleen lezen
read-only-hint = Een ander venster of iemand anders schrijft in dit bestand. Je kunt hier alles lezen; wijzigingen kunnen niet worden bewaard. Wat zij bewaren verschijnt hier binnen enkele seconden.
open-read-only = Openen om alleen te lezen
open-read-only-hint = Alles lezen zonder iets te veranderen. Sluit het andere venster om in dit bestand te werken.
toast-lock-taken-over = Dit bestand stond nog open voor { $user } op { $computer } toen dat venster onverwacht stopte. PeerDesk heeft het overgenomen; er is niets verloren.
error-missing = { $path } bestaat niet. Kies een bestaand bestand of begin een nieuwe database.
error-exists = { $path } bestaat al. PeerDesk overschrijft het niet; kies een andere naam.
error-empty-file = { $path } is leeg (0 bytes) en dus geen PeerDesk-database. Het is niet aangeraakt.
error-damaged = { $path } is beschadigd en kan niet veilig worden gelezen. Het is niet aangeraakt. Zet het terug uit een reservekopie.
error-cannot-upgrade = { $path } kon niet worden bijgewerkt naar deze versie van PeerDesk en is misschien beschadigd. Het is gelaten zoals het was.
error-read-only-file = Je mag niet schrijven in { $path } (het bestand of de map is alleen-lezen of van iemand anders). Je kunt het openen om alleen te lezen.
error-read-only = Dit venster heeft het bestand geopend om alleen te lezen; er is niets bewaard. Sluit het andere venster en open het bestand opnieuw om te wijzigen.
error-disk-full = De schijf is vol; er is niets bewaard. Maak ruimte vrij en probeer het opnieuw; wat je invoerde staat er nog.
error-io = Het bestand kon niet worden gelezen of geschreven ({ $reason }). Er is niets veranderd.
error-locked-by = Dit bestand is geopend in PeerDesk door { $user } op { $computer } sinds { $since }. Er kan maar één venster tegelijk in wijzigen: sluit dat venster eerst, of open dit bestand om alleen te lezen.
error-locked = Dit bestand is geopend in een ander PeerDesk-venster. Er kan maar één venster tegelijk in wijzigen: sluit dat venster eerst, of open dit bestand om alleen te lezen.
error-conflict = Dit gegeven is elders gewijzigd nadat je het opende. Er is niets overschreven: kies welke versie je houdt.
write-error-permission = Je mag { $path } niet schrijven. Kies een andere plek.
write-error-disk-full = De schijf is vol: { $path } is niet geschreven. Maak ruimte vrij en probeer het opnieuw.
write-error-no-folder = De map voor { $path } bestaat niet. Kies een andere plek.
write-error-not-a-file = { $path } is geen gewoon bestand; PeerDesk vervangt het niet. Kies een andere naam.
write-error-other = { $path } kon niet worden geschreven ({ $reason }).
document-failed = Het document kon niet worden gemaakt ({ $reason }).
batch-replaced = Er zijn geen nieuwe bestanden achtergebleven; deze bestaande bestanden waren al vervangen: { $files }.

# Backups, restore and check
cli-backup = Schrijft een gecontroleerde reservekopie van de database (ook als een venster hem open heeft)
cli-backup-to = Het bestand om te schrijven; zonder deze optie de map backups naast de database
cli-restore = Vervangt de gegevens van de database door een reservekopie; de huidige gegevens worden eerst gekopieerd
cli-restore-from = De reservekopie om terug te zetten
cli-check = Controleert het databasebestand volledig en meldt wat beschadigd is
cli-backup-done = Reservekopie geschreven en gecontroleerd: { $path } ({ $size }).
cli-restore-done = { $path } bevat nu de gegevens van { $from }. De gegevens van daarvoor staan in { $before }. Personen gewist sinds de reservekopie: { $erased } opnieuw gewist.
cli-restore-damaged-done = { $path } bevat nu de gegevens van { $from }. Het beschadigde bestand is bewaard als { $aside }.
cli-check-ok = { $path } is heel: de volledige controle vond geen problemen.
cli-check-damaged = { $path } is beschadigd: de volledige controle vond { $count ->
    [one] één probleem
   *[other] { $count } problemen
}.
backup-newest = De nieuwste gecontroleerde reservekopie is van { $when }: { $path }. Zet hem terug in het venster, of met: peerdesk restore --db "{ $db }" --from "{ $path }"
backup-none = Er is geen reservekopie van dit bestand in de map backups ernaast.
menu-backups = Reservekopieën…
backups-title = Reservekopieën
backups-intro = Reservekopieën van dit bestand staan in { $folder }: de nieuwste van elk van de laatste { $daily } dagen, { $weekly } weken en { $monthly } maanden. PeerDesk maakt een reservekopie als het venster sluit en elk half uur als er iets veranderde, en controleert elke kopie die het schrijft.
backups-checked = gecontroleerd bij het maken
backups-restore = Terugzetten…
backups-now = Nu een reservekopie maken
restore-title = Reservekopie terugzetten?
restore-what = De gegevens in { $file } worden vervangen door die van { $when }. Wat er nu in staat wordt eerst gekopieerd, zodat je ernaar terug kunt. Personen die sindsdien zijn gewist, blijven gewist.
restore-confirm = Terugzetten
toast-backup-done = Reservekopie geschreven en gecontroleerd: { $file }.
toast-purge-failed = Het opschonen na de bewaartermijn is niet gebeurd; er is niets verwijderd: { $reason } Het wordt opnieuw geprobeerd als het bestand weer wordt geopend.
backup-elsewhere-unreachable = De map voor reservekopieën { $folder } was niet bereikbaar; deze reservekopie staat daarom naast de database: { $file }. Controleer de map bij Instellingen → Privacy en reservekopieën.
toast-backup-failed = De reservekopie is mislukt en niet bewaard.
toast-restored = De reservekopie is teruggezet. De gegevens van daarvoor staan in { $before }; personen gewist sindsdien: { $erased } opnieuw gewist.
toast-restored-damaged = De nieuwste reservekopie is teruggezet. Het beschadigde bestand is bewaard als { $aside }.
restored-erasures-unread = Het beschadigde bestand vermeldt niet meer wie er na de reservekopie van { $made } is gewist: wie sindsdien is gewist, staat er weer in. Controleer de personenlijst en wis hen opnieuw.
damaged-restore = De reservekopie van { $when } terugzetten…
damaged-restore-what = Het beschadigde bestand wordt opzij gezet (hernoemd, niet verwijderd) en de reservekopie van { $when } komt ervoor in de plaats. Wijzigingen van na die kopie staan er niet in.
backup-newest-window = De nieuwste gecontroleerde reservekopie is van { $when }.
read-only-free = Het andere venster heeft dit bestand gesloten. Je kunt het nu openen om te wijzigen.
read-only-open-for-changes = Openen om te wijzigen
problem-too-short = Minstens { $min } tekens
problem-not-the-same = Niet hetzelfde als hierboven
error-needs-passphrase = { $path } is versleuteld, of het is geen PeerDesk-database. Open het met het wachtwoord.
error-wrong-passphrase = Dit wachtwoord opent { $path } niet (of het bestand is geen PeerDesk-database). Er is niets veranderd; probeer het opnieuw.
cli-passphrase-prompt = Wachtwoord voor { $path }:
cli-passphrase-needed = Dit bestand is versleuteld en hier kan niet om een wachtwoord worden gevraagd. Geef het in de omgevingsvariabele { $variable }.

# Passphrases, locking and privacy settings
header-lock = Vergrendelen
header-lock-hint = Alles verbergen tot het wachtwoord opnieuw is ingevoerd (Ctrl+L). PeerDesk vergrendelt ook vanzelf na een tijd zonder gebruik.
passphrase-label = Wachtwoord
passphrase-confirm = Wachtwoord nogmaals
passphrase-current = Huidig wachtwoord
passphrase-new = Nieuw wachtwoord
passphrase-too-short = Te kort
passphrase-weak = Zwak: maak het langer
passphrase-fair = Redelijk
passphrase-strong = Sterk
passphrase-rule = Minstens { $min } tekens. Een paar losse woorden vormen een sterk wachtwoord dat makkelijk te onthouden is.
passphrase-change = Wachtwoord wijzigen
passphrase-change-hint = Reservekopieën van voor de wijziging openen met het wachtwoord waarmee ze zijn gemaakt.
new-passphrase-title = Bescherm je gegevens met een wachtwoord
new-passphrase-intro = De database wordt versleuteld: zonder het wachtwoord kan niemand hem lezen, ook niet uit een kopie of reservekopie. PeerDesk kan een vergeten wachtwoord niet terughalen, dus bewaar het op een veilige plek.
new-passphrase-without = Doorgaan zonder wachtwoord
new-passphrase-without-warning = Zonder wachtwoord kan iedereen die bij de bestanden van deze computer kan elke naam, elk telefoonnummer en elke casus in de database en de reservekopieën lezen.
new-passphrase-create = Versleutelde database maken
new-passphrase-create-plain = Zonder wachtwoord maken
unlock-title = { $file } openen
unlock-intro = Deze database is versleuteld. Voer het wachtwoord in om hem te openen.
unlock-open = Openen
locked-title = PeerDesk is vergrendeld
locked-intro = De gegevens zijn verborgen. Voer het wachtwoord in om verder te gaan waar je was.
locked-intro-plain = De gegevens zijn verborgen. Ontgrendel om verder te gaan waar je was.
locked-unlock = Ontgrendelen
locked-wrong = Dat is niet het wachtwoord. Probeer het opnieuw.
settings-privacy = Privacy en reservekopieën
settings-privacy-hint = Het venster vergrendelt zichzelf na het aantal minuten hieronder zonder gebruik. Reservekopieën worden bewaard in rotatie: de nieuwste van elk van de laatste dagen, weken en maanden.
settings-auto-lock = Vergrendelen na (minuten)
settings-backups-daily = Dagelijkse kopieën bewaren
settings-backups-weekly = Wekelijkse kopieën bewaren
settings-backups-monthly = Maandelijkse kopieën bewaren
settings-backups-folder = Map voor reservekopieën
settings-backups-folder-beside = De map "backups" naast de database
settings-backups-folder-choose = Kiezen…
settings-backups-folder-hint = Een map op een andere schijf (een netwerkschijf bijvoorbeeld) bewaart de reservekopieën ook als de schijf van deze computer verloren gaat. Elke database krijgt daarin een eigen map. Is de map niet bereikbaar, dan komt de reservekopie naast de database en meldt het venster dat. De reservekopie vóór een upgrade staat altijd naast de database.
settings-passphrase = Wachtwoord
settings-not-encrypted = Deze database heeft geen wachtwoord: hij is niet versleuteld.
toast-passphrase-changed = Het wachtwoord is gewijzigd. Gebruik voortaan het nieuwe.

# The access log
access-title = Toegangslogboek
access-intro = Wie dit bestand opende, wiens gegevens en welke incidentcasussen werden geopend, welke documenten werden geschreven, reservekopieën, terugzettingen en wachtwoordwijzigingen: de gebruiker van het besturingssysteem, de computer en het tijdstip. Het bevat nooit wat over iemand is gezegd of geschreven.
access-show = Toegangslogboek tonen…
access-save-csv = Opslaan als CSV…
access-when = Wanneer
access-user = Gebruiker
access-computer = Computer
access-action = Wat
access-subject = Welk gegeven of bestand
access-open = Bestand geopend
access-open-read-only = Bestand geopend om alleen te lezen
access-view-person = Gegevens van een persoon geopend
access-view-case = Incidentcasus geopend
access-subject-person = Persoon { $id }
access-subject-case = Casus { $id }
access-export = Document geschreven
access-backup = Reservekopie gemaakt
access-restore = Reservekopie teruggezet
access-purge = Verlopen gegevens verwijderd
access-passphrase-change = Wachtwoord gewijzigd
access-failed-unlock = Verkeerd wachtwoord ingevoerd
file-access-log = toegangslogboek

# A save that meets a newer version
conflict-person = Iemand heeft deze persoon gewijzigd nadat je hem opende. Er is niets bewaard. Waar de twee versies verschillen:
conflict-theirs = Nu bewaard
conflict-mine = Jouw wijzigingen
conflict-keep-mine = Mijn versie bewaren
conflict-take-theirs = De bewaarde versie gebruiken
conflict-record = Iemand heeft dit gewijzigd nadat je het opende. Er is niets bewaard. Waar de twee versies verschillen:
conflict-same = De twee versies zijn in elk veld van dit formulier gelijk: de tussentijdse wijziging zit in iets wat dit formulier niet toont.
conflict-field = Iemand heeft dit gewijzigd nadat je het opende; er is niets bewaard. Nu bewaard:
conflict-yes = ja
conflict-no = nee
finance-actions = Acties…
settings-repeat-offer = Opnieuw aanbieden na (dagen)
error-already-involved = Deze medewerker is al betrokken bij dit incident: elke medewerker heeft één steuntraject per incident.
error-not-allowed-to-support = Deze persoon kan deze medewerker niet ondersteunen: een ondersteuner is een getrainde, actieve peer supporter die niet bij hetzelfde incident betrokken was (en van een andere afdeling, als de medewerker daarom vroeg).
error-trajectory-ended = Dit traject is afgesloten en kan niet meer veranderen.
cli-purge = Verwijdert incidentcasussen waarvan de bewaartermijn voorbij is; anonieme cijfers blijven voor het jaarverslag
cli-purge-dry-run = Alleen zeggen wat zou worden verwijderd; niets veranderen
cli-purge-would = Zou { $trajectories ->
    [one] 1 steuntraject
   *[other] { $trajectories } steuntrajecten
} en { $incidents ->
    [one] 1 incident
   *[other] { $incidents } incidenten
} verwijderen waarvan de bewaartermijn voorbij is. Er is niets veranderd.
cli-purge-done = { $trajectories ->
    [one] 1 steuntraject
   *[other] { $trajectories } steuntrajecten
} en { $incidents ->
    [one] 1 incident
   *[other] { $incidents } incidenten
} verwijderd waarvan de bewaartermijn voorbij was; hun anonieme cijfers blijven.
toast-purged = Bewaartermijn: { $trajectories ->
    [one] 1 steuntraject
   *[other] { $trajectories } steuntrajecten
} en { $incidents ->
    [one] 1 incident
   *[other] { $incidents } incidenten
} voorbij hun bewaartermijn zijn verwijderd; hun anonieme cijfers blijven.
calendar-conversation = Peer-supportgesprek
file-supporter-calendar = gesprekken-{ $name }

# Incident support: lists, urgency, calendar
cli-list = Toont incidenten (zonder namen), peer supporters, netwerken, intervisiegroepen, bijeenkomsten, begeleide groepen, coaches of financieringsbronnen, één regel elk, met de nummers die andere opdrachten vragen
cli-list-incidents-header = Referentie	Gebeurd	Soort	Betrokkenen	Open	Volgende stap
cli-list-supporters-header = Id	Naam	Afdeling	Getraind op	Open trajecten
urgency-overdue = te laat
urgency-today = vandaag
urgency-week = deze week
urgency-on-track = op schema
case-incident_type-calamity = Calamiteit
case-incident_type-aggression = Agressie
case-incident_type-serious-consequences = Medische zorg met ernstige gevolgen
case-incident_type-complaint-or-disciplinary = Klacht of tuchtprocedure
case-incident_type-other = Anders
case-reporter-calamity-advisory-group = Calamiteitencommissie
case-reporter-board = Raad van bestuur
case-reporter-manager = Leidinggevende
case-reporter-employee = De medewerker zelf
case-reporter-colleague = Een collega
case-referral-company-doctor = Bedrijfsarts
case-referral-psychologist = Psycholoog
case-referral-general-practitioner = Huisarts
case-referral-employee-assistance = Bedrijfsmaatschappelijk werk
case-referral-other = Anders

# The Cases tab
tab-cases = Casussen
tab-cases-overdue = Casussen ({ $count })
banner-overdue = { $count ->
    [one] Eén stap van peer support is te laat
   *[other] { $count } stappen van peer support zijn te laat
}: { $list }. Zie het tabblad Casussen.
cases-new-incident = Incident vastleggen…
cases-empty = Geen open steuntrajecten. Leg een incident vast om te beginnen.
cases-urgency = Urgentie
cases-reference = Incident
cases-employee = Medewerker
cases-next = Volgende stap
cases-due = Uiterlijk
cases-supporter = Peer supporter
cases-no-supporter = nog niet gekoppeld
cases-open-hint = { $count } open trajecten. Klik op een traject om steun aan te bieden, een supporter te koppelen of gesprekken te plannen en vast te leggen.
task-offer = Steun aanbieden
task-await-answer = Wacht op antwoord
task-match = Supporter koppelen
task-first = Eerste gesprek
task-second = Tweede gesprek
task-third = Derde gesprek
task-conclude = Afsluiten of doorverwijzen
cases-type = Soort
cases-occurred = Gebeurd
cases-reported = Gemeld bij het team
cases-reported-by = Gemeld door
cases-departments = Afdeling(en)
cases-plan = Plan
cases-plan-text = eerste gesprek uiterlijk { $first }, tweede op { $second }, derde tussen { $from } en { $until }
cases-offer = Aanbod van steun
offer-to-offer = Nog niet aangeboden.
offer-offered-today = Vandaag aangeboden
offer-offered = Aangeboden op { $date }; het antwoord:
offer-accepted = Aangenomen
offer-declined = Afgeslagen
offer-no-answer = Geen antwoord
offer-repeat-due = Afgeslagen of geen antwoord: opnieuw aanbieden op { $date }.
offer-accepted-text = Aangenomen.
offer-ended = Twee keer afgeslagen: geen nieuw aanbod meer.
cases-match = Supporter koppelen…
cases-change-supporter = Andere supporter…
cases-no-candidates = Geen getrainde, actieve peer supporter mag deze medewerker ondersteunen.
cases-choose = Kiezen
match-reason-position = zelfde functie: { $position }
match-reason-department = zelfde afdeling: { $department }
match-reason-cluster = naburige afdeling: { $cluster }
match-reason-language = spreekt { $language }
match-reason-open = { $count ->
    [one] 1 open traject
   *[other] { $count } open trajecten
}
cases-conversations = Gesprekken
cases-no-conversations = Nog geen gesprek gepland.
conversation-held-on = gehouden op { $date }
conversation-not-held = niet gehouden
conversation-mark-held = Gehouden
conversation-mark-not-held = Niet gehouden
step-first = Eerste gesprek
step-second = Tweede gesprek
step-third = Derde gesprek
step-extra = Extra gesprek
cases-plan-conversation = Nieuw gesprek:
cases-on = op
cases-at = om
cases-end = Na het derde gesprek
cases-close = Afsluiten: redelijk herstel
cases-refer-to = of doorverwijzen naar
cases-refer = Doorverwijzen
incident-title = Incident vastleggen
incident-no-description = PeerDesk legt vast wanneer, wat voor soort, waar en wie betrokken is, en nooit wat er gebeurde of wat er gezegd werd.
incident-occurred-on = Gebeurd op
incident-occurred-time = Om (indien bekend)
incident-reported-on = Gemeld bij het team op
incident-reported-time = Om
incident-type = Soort
incident-reporter = Gemeld door
incident-departments = Afdeling(en), gescheiden door komma’s
incident-involved = Betrokken medewerkers
incident-other-department = vraagt om iemand van een andere afdeling
incident-remove = Verwijderen
incident-find-person = Iemand zoeken
incident-add = Toevoegen
incident-save = Incident vastleggen
incident-fix-problems = Verbeter de gemarkeerde velden en voeg minstens één medewerker toe.
toast-incident-recorded = Incident { $reference } vastgelegd met { $count ->
    [one] één betrokken medewerker
   *[other] { $count } betrokken medewerkers
}.
toast-offer-recorded = Het aanbod is vastgelegd.
toast-supporter-matched = { $name } is gekoppeld als peer supporter.
toast-conversation-planned = Het gesprek is gepland.
toast-conversation-held = Het gesprek is vastgelegd als gehouden.
toast-conversation-not-held = Het gesprek is vastgelegd als niet gehouden.
toast-trajectory-ended = Het traject is afgesloten.
cases-plan-button = Inplannen
problem-before-incident = Vóór het incident gebeurde

## Netwerken
tab-networks = Netwerken
network-intro = Gelijken in vergelijkbare organisaties die elkaar op een vaste plaats en tijd ontmoeten.
network-empty = Nog geen netwerken. Begin er een met "Nieuw netwerk".
network-new = Nieuw netwerk
network-new-title = Nieuw netwerk
network-edit-title = Netwerk bewerken
network-edit = Bewerken…
network-save = Netwerk opslaan
network-fix-problems = Verbeter de rood gemarkeerde velden om op te slaan.
network-name = Naam
network-audience = Voor wie
network-status = Status
network-status-active = actief
network-status-paused = gepauzeerd
network-status-ended = beëindigd
network-convenor = Trekker
network-convenor-hint = Wordt zelf lid van het netwerk.
network-no-convenor = nog geen trekker
network-change = Wijzigen
network-choose = Kiezen
network-find-person = Typ een naam, e-mail of afdeling
person-no-organisation = geen organisatie
network-when = Vaste bijeenkomst
network-where = Plaats
network-rule-kind-monthly = Op een weekdag van de maand
network-rule-kind-weekly = Om de zoveel weken
network-rule-the = De
network-rule-every-months = van elke
network-rule-months = maand(en)
network-rule-every = Elke
network-rule-weeks-on = week/weken op
network-nth-label = Welke weekdag van de maand
network-weekday-label = Weekdag
network-nth-1 = eerste
network-nth-2 = tweede
network-nth-3 = derde
network-nth-4 = vierde
network-nth-last = laatste
network-rule-monthly = { $months ->
    [1] elke { $nth } { $weekday } van de maand
    [3] de { $nth } { $weekday } van elk kwartaal
   *[other] de { $nth } { $weekday } van elke { $months } maanden
}
network-rule-weekly = { $weeks ->
    [1] elke { $weekday }
   *[other] om de { $weeks } weken op { $weekday }
}
network-until = tot en met { $date }
network-until-label = Laatste datum (optioneel)
network-from = Vroegste datum
network-time = Begintijd
network-minutes = Duur (minuten)
network-preview = De regel geeft:
network-at-place = Op een adres
network-online = Online
network-address = Adres
network-link = Vergaderlink
network-rotating-hosts = De organisaties van de leden zijn om beurten gastheer
network-hosts-rotate = om beurten bij de organisaties van de leden
network-hosts-list = Gastheren om beurten: { $hosts }
network-member-count = { $count ->
    [one] 1 lid
   *[other] { $count } leden
}
network-members = Leden ({ $count }; { $sharing } delen hun contactgegevens)
network-consent-hint = Telefoon en e-mail zijn voor het netwerk alleen zichtbaar van leden die ermee instemden ze te delen.
network-shares = deelt contactgegevens
network-shares-since = deelt contactgegevens sinds { $date }
network-former-members = Oud-leden ({ $count })
network-former-member = { $name } · { $organisation } · lid van { $joined } tot { $left }
network-leave = Vertrekt…
network-leave-title = { $name } verlaat het netwerk
network-leave-hint = De eerdere bijeenkomsten en aanwezigheid van het lid blijven in de geschiedenis van het netwerk.
network-left-on = Vertrekt op
network-leave-save = Vertrek vastleggen
network-add-member = Lid toevoegen:
network-add = Toevoegen
network-calendar = Agendabestand…
network-calendar-hint = Eén agendabestand met de hele reeks en de overgeslagen en verplaatste bijeenkomsten. Opnieuw verstuurd werkt het de reeks bij.
network-contact-sheet = Contactlijst…
network-member-list = Ledenlijst (CSV)…
network-email = Netwerk mailen
network-email-hint = Schrijft aan de leden die instemden met het delen van hun gegevens.
network-next-meetings = Volgende bijeenkomsten
network-no-meetings = Geen bijeenkomsten gepland.
network-no-members = Nog geen leden.
network-meeting-skipped = vervalt
network-meeting-moved = verplaatst van { $date }
network-meeting-host = gastheer: { $host }
network-skip = Laten vervallen
network-move = Verplaatsen…
network-restore = Herstellen
network-move-title = De bijeenkomst van { $date } verplaatsen
network-move-hint = Alleen deze bijeenkomst verschuift; de rest van de reeks blijft zoals hij is.
network-move-date = Nieuwe datum
network-move-unchanged = Wijzig de datum, tijd of duur om de bijeenkomst te verplaatsen.
network-move-save = Bijeenkomst verplaatsen
network-year = Jaar
network-year-summary = { $held ->
    [one] 1 bijeenkomst gehouden
   *[other] { $held } bijeenkomsten gehouden
}, aanwezigheid vastgelegd voor { $recorded }, gemiddeld { $average } aanwezig.
network-absent = Niet aanwezig bij de laatste { $run } bijeenkomsten: { $names }
network-none-held = Dit jaar nog geen bijeenkomsten gehouden.
network-attendance = Aanwezigheid…
network-attendance-title = Wie was er op { $date }
network-attendance-count = { $count } van { $members } aanwezig
network-joined = Lid sinds
network-left = Vertrokken op
network-consent = Instemming delen gegevens op
problem-left-before-joined = Vóór het lid lid werd ({ $date }).
problem-network-meeting-taken = Op die dag is al een andere bijeenkomst van dit netwerk.
problem-network-move-far = Houd de bijeenkomst binnen { $days } dagen van haar datum.
pdf-contacts-title = Contactlijst — { $network }
pdf-contacts-members = Leden ({ $count })
pdf-contacts-consent = Telefoon en e-mail staan er alleen bij voor leden die instemden ze met dit netwerk te delen.
pdf-contacts-not-shared = niet gedeeld
pdf-contacts-role = Functie
pdf-contacts-note = Opmerking
file-network-calendar = netwerk-{ $name }
file-network-contacts = contactlijst-{ $name }
file-network-members = leden-{ $name }
toast-network-created = Netwerk "{ $name }" aangemaakt.
toast-network-saved = Netwerk opgeslagen.
toast-member-added = { $name } is lid geworden van het netwerk.
toast-member-left = { $name } verlaat het netwerk op { $date }.
toast-member-rejoined = Het lid is weer lid van het netwerk.
toast-consent-given = Instemming met het delen van contactgegevens vastgelegd.
toast-consent-withdrawn = Contactgegevens worden niet meer gedeeld.
toast-meeting-skipped = De bijeenkomst van { $date } vervalt.
toast-meeting-moved = De bijeenkomst van { $date } is verplaatst naar { $to }.
toast-meeting-restored = De bijeenkomst van { $date } gaat weer door zoals gepland.
error-already-member = Deze persoon is al lid van het netwerk.
error-not-a-member = Deze persoon is geen lid (meer) van het netwerk.
settings-absence-run = Leden noemen die afwezig waren bij (bijeenkomsten)
cli-arg-network = Het nummer van het netwerk (zie: peerdesk list netwerken)
cli-arg-supporter = Het nummer van de peer supporter (zie: peerdesk list supporters)
cli-export-contacts = De contactlijst (PDF) van een netwerk: telefoon en e-mail alleen van leden die instemden ze te delen
cli-export-members = De ledenlijst (CSV) van een netwerk: telefoon en e-mail alleen van leden die instemden ze te delen
cli-list-networks-header = Nr	Naam	Status	Leden	Vaste bijeenkomst	Volgende bijeenkomst
cli-no-network = Er is geen netwerk met nummer { $id }.

## Intervisiegroepen en mentoring
tab-circles = Intervisie
circles-part-demand = Vraag en aanmeldingen
circles-part-circles = Groepen en bijeenkomsten
circles-part-mentoring = Mentoring
circles-part-methods = Methoden
circles-intro = Kleine groepen van mensen in dezelfde loopbaanfase, elk met een voorzitter, die online bijeenkomen zo vaak als zij kiezen.
circles-sign-up = Aanmelden…
circles-demand = Vraag per loopbaanfase
circles-waiting = { $count ->
    [0] niemand wacht
   *[other] { $count } wachtend (langst { $days } dagen)
}
circles-count = { $count ->
    [one] 1 groep
   *[other] { $count } groepen
}
circles-enough = genoeg voor een nieuwe groep
circles-enough-to-open = genoeg vraag om te openen
circles-proposals = Voorgestelde groepen
circles-proposals-hint = PeerDesk stelt voor; u beslist. Bij het vormen vraagt PeerDesk eerst naar naam, voorzitter, link en frequentie.
circles-no-proposals = Er is geen groep voor te stellen: in geen enkele loopbaanfase wachten genoeg mensen.
circles-chair-proposed = Voorzitter: { $name } (leidt er { $circles }, spreekt { $language })
circles-no-chair = geen voorzitter beschikbaar
circles-form = Deze groep vormen…
circles-waiting-list = Wachtende aanmeldingen ({ $count })
circles-nobody-waiting = Niemand wacht.
circles-waiting-days = wacht { $days } dagen
circles-withdraw = Intrekken
circles-none = Nog geen groepen. Vorm er een uit de voorstellen bij "Vraag en aanmeldingen".
signup-title = Aanmelding voor intervisie of mentoring
signup-person = Wie
signup-find = Zoek iemand:
signup-from-directory = Toch uit het adresboek kiezen
signup-wish = Meldt zich aan voor
signup-phase = Loopbaanfase
signup-signed-on = Aangemeld op
signup-languages = Talen
signup-times = Voorkeurstijden
signup-rules = De twee afspraken
rule-confidential = Wat in de groep besproken wordt, blijft in de groep.
rule-anything = Alles mag besproken worden.
signup-rules-accepted = Heeft beide afspraken aanvaard
signup-rules-on = Aanvaard op
signup-save = Aanmelding vastleggen
signup-fix-problems = Verbeter de rood gemarkeerde velden; beide afspraken moeten aanvaard zijn.
wish-circle = een intervisiegroep
wish-mentor = een mentor
wish-both = een groep en een mentor
wish-offers-mentoring = biedt zich aan als mentor
circle-form-title = Een groep vormen
circle-edit-title = Groep bewerken
circle-name = Naam
circle-chair = Voorzitter
circle-link = Vergaderlink
circle-address = Adres
circle-online = Komt online bijeen
circle-status = Status
circle-status-forming = in vorming
circle-status-meeting = komt bijeen
circle-status-ended = beëindigd
circle-cadence = Frequentie (gekozen door de deelnemers)
cadence-agreed = volgende datum telkens samen afgesproken
cadence-weeks = om de { $weeks } weken
circle-every = Om de
circle-weeks = weken
circle-form-save = Groep vormen
circle-save = Groep opslaan
circle-fix-problems = Verbeter de rood gemarkeerde velden om op te slaan.
circle-formed-on = Gevormd op
circle-members = Leden ({ $count } van hoogstens { $max }; de voorzitter telt niet mee)
circle-remove-member = Verwijderen
circle-plan-meeting = Bijeenkomst plannen…
circle-member-list = Ledenlijst (PDF)…
circle-member-list-hint = E-mail en telefoon van de leden, alleen voor de voorzitter.
circle-email = Groep mailen
circle-meetings = Bijeenkomsten
circle-no-meetings = Nog geen bijeenkomsten gepland.
circle-session-plan = Draaiboek…
circle-meeting-cancel = Afzeggen
circle-meeting-cancelled = afgezegd
circle-meeting-title = Bijeenkomst van { $circle }
circle-meeting-date = Datum
circle-meeting-method = Methode
circle-meeting-case-bringer = Inbrenger
circle-meeting-suggested = Voorstel: wie het langst geen casus inbracht.
circle-meeting-save = Bijeenkomst opslaan
circle-plan = Draaiboek
circle-plan-overflow = De methode duurt { $minutes } minuten langer dan de bijeenkomst: kort fasen in of verleng de bijeenkomst.
mentors-title = Mentoren ({ $count })
mentors-hint = Mensen met de rol mentor. Wie zich bij een aanmelding als mentor aanbiedt, krijgt die rol en een profiel.
mentors-every-phase = elke fase
mentors-load = { $open } van { $capacity } mentees · { $phases }
mentors-capacity = Capaciteit (mentees)
mentors-phases = Begeleide fasen
mentors-phases-hint = Niets aangevinkt: elke fase.
mentors-save = Mentor opslaan
mentees-waiting = Wachtend op een mentor ({ $count })
mentees-none = Niemand wacht op een mentor.
mentees-no-mentor = Geen mentor met ruimte voor deze fase.
mentees-propose = Voorstellen
match-language = spreekt { $language }
match-ahead = { $count ->
    [one] 1 fase verder
   *[other] { $count } fasen verder
}
match-department = zelfde afdeling: { $department }
match-position = zelfde functie: { $position }
match-times = { $count } voorkeurstijden gemeen
match-capacity = nog ruimte voor { $count }
pair-names = { $mentor } begeleidt { $mentee }
pairs-calendar = Data (ICS)…
file-pair-calendar = mentoring-{ $name }
cli-no-pair = Er is geen mentorkoppel met nummer { $id }.
pairs-title = Koppels
pairs-none = Nog geen koppels: stel hierboven een mentor voor.
pairs-confirm = Bevestigen
pairs-decline = Afwijzen
pairs-met-today = Vandaag gesproken
pairs-end = Beëindigen…
pairs-end-title = Het koppel beëindigen
pairs-ended-on = Beëindigd op
pairs-reason = Reden
pairs-end-save = Koppel beëindigen
pairs-ended = Beëindigde koppels ({ $count })
pairs-active-line = actief sinds { $date } · { $count } gesprekken
pair-status-proposed = voorgesteld
pair-status-active = actief
pair-status-ended = beëindigd
pair-end-completed = afgerond
pair-end-mentee-stopped = de mentee stopte
pair-end-mentor-stopped = de mentor stopte
pair-end-not-a-match = geen goede match
pair-end-other = anders
methods-new = Nieuwe methode…
methods-hint = Elke methode is een reeks fasen met een vaste tijd; het draaiboek van een bijeenkomst zet ze op de klok.
methods-title = { $name } ({ $minutes } min)
methods-new-title = Nieuwe methode
methods-edit-title = Methode bewerken
methods-name = Naam
methods-phases = Fasen
methods-phase-title = Fase
methods-phase-what = Wat er gebeurt
methods-minutes = min
methods-add-phase = Fase toevoegen
methods-total = Samen { $minutes } minuten.
methods-save = Methode opslaan
methods-phases-problem = Elke fase heeft een titel en 1 tot 180 minuten nodig.
method-incident = Incidentmethode
method-incident-1 = Opening
method-incident-1-what = De voorzitter opent, herhaalt de twee afspraken en bewaakt de tijd.
method-incident-2 = Casus in het kort
method-incident-2-what = De inbrenger beschrijft kort een concrete situatie uit het werk.
method-incident-3 = Verhelderende vragen
method-incident-3-what = De anderen stellen feitelijke, verhelderende vragen; nog geen adviezen.
method-incident-4 = Analyse
method-incident-4-what = Samen kijkt de groep wat er speelt en wat de kernvraag is.
method-incident-5 = Ieder geeft advies
method-incident-5-what = Iedere deelnemer geeft een advies of deelt een vergelijkbare ervaring.
method-incident-6 = Reactie van de inbrenger
method-incident-6-what = De inbrenger zegt wat hielp en wat hij of zij gaat doen.
method-incident-7 = Evaluatie
method-incident-7-what = Hoe verliepen de methode en de bijeenkomst?
method-incident-8 = Afsluiting
method-incident-8-what = De voorzitter sluit af en spreekt de volgende datum en inbrenger af.
method-balint = Balintmethode
method-balint-1 = Opening
method-balint-1-what = De voorzitter opent en herhaalt de twee afspraken.
method-balint-2 = De casus verteld
method-balint-2-what = De inbrenger vertelt de casus zonder aantekeningen, zoals die bij hem of haar opkomt.
method-balint-3 = Feitelijke vragen
method-balint-3-what = Alleen korte feitelijke vragen.
method-balint-4 = De groep associeert
method-balint-4-what = De groep deelt associaties, gevoelens en beelden terwijl de inbrenger alleen luistert.
method-balint-5 = Reactie van de inbrenger
method-balint-5-what = De inbrenger vertelt wat hem of haar trof.
method-balint-6 = Afsluiting
method-balint-6-what = Een ronde over wat ieder meeneemt; de voorzitter sluit af.
method-golden-tips = Gouden tips
method-golden-tips-1 = Opening
method-golden-tips-1-what = De voorzitter opent en herhaalt de twee afspraken.
method-golden-tips-2 = De casus
method-golden-tips-2-what = De inbrenger beschrijft de situatie en de vraag.
method-golden-tips-3 = Vragen
method-golden-tips-3-what = De anderen stellen vragen om de situatie te begrijpen.
method-golden-tips-4 = Ieder schrijft tips op
method-golden-tips-4-what = Ieder schrijft in stilte tips op.
method-golden-tips-5 = Tips voorlezen
method-golden-tips-5-what = De tips worden een voor een voorgelezen, zonder discussie.
method-golden-tips-6 = De inbrenger kiest
method-golden-tips-6-what = De inbrenger kiest de gouden tip of tips en zegt waarom.
method-golden-tips-7 = Afsluiting
method-golden-tips-7-what = Evaluatie; de voorzitter sluit af.
method-ten-steps = Tienstappenmethode
method-ten-steps-1 = Opening en keuze van de casus
method-ten-steps-1-what = De voorzitter opent; de groep kiest wiens casus besproken wordt.
method-ten-steps-2 = De casus verteld
method-ten-steps-2-what = De inbrenger vertelt de casus.
method-ten-steps-3 = Verhelderende vragen
method-ten-steps-3-what = Vragen om de situatie te begrijpen.
method-ten-steps-4 = De probleemstelling
method-ten-steps-4-what = De inbrenger vat het probleem samen in één vraag.
method-ten-steps-5 = Ieders kijk
method-ten-steps-5-what = Ieder zegt hoe hij of zij het probleem ziet.
method-ten-steps-6 = Analyse
method-ten-steps-6-what = De groep zoekt naar patronen en oorzaken.
method-ten-steps-7 = Reactie van de inbrenger
method-ten-steps-7-what = De inbrenger zegt wat hij of zij herkent.
method-ten-steps-8 = Adviezen
method-ten-steps-8-what = Ieder geeft een advies.
method-ten-steps-9 = Keuze van de inbrenger
method-ten-steps-9-what = De inbrenger zegt welk advies hij of zij opvolgt.
method-ten-steps-10 = Evaluatie
method-ten-steps-10-what = Hoe ging het; de voorzitter sluit af.
pdf-plan-title = Draaiboek — { $circle }
pdf-plan-phase = Fase
pdf-plan-what = Wat er gebeurt
pdf-plan-over = na het einde
pdf-circle-members-title = Leden — { $circle }
pdf-circle-members-confidential = Alleen voor de voorzitter van deze groep: niet doorgeven.
file-session-plan = draaiboek-{ $name }-{ $date }
file-circle-members = leden-{ $name }
file-circle-calendar = intervisie-{ $name }
problem-rules-not-accepted = Beide afspraken moeten aanvaard zijn.
problem-chair-is-member = De voorzitter kan niet ook lid zijn.
error-already-in-circle = Deze persoon zit al in een actieve groep.
error-mentor-full = Deze mentor heeft geen ruimte voor nog een mentee.
error-pair-not-open = Dit koppel is al bevestigd of beëindigd.
settings-circle-min = Kleinste groep
settings-open-threshold = Fase openen bij wachtenden
settings-mentor-capacity = Mentees per nieuwe mentor
toast-signup-recorded = Aanmelding van { $name } vastgelegd.
toast-signup-withdrawn = Aanmelding ingetrokken.
toast-signup-back = De aanmelding wacht weer.
toast-circle-formed = Groep "{ $name }" gevormd.
toast-circle-saved = Groep opgeslagen.
toast-circle-member-added = { $name } is lid geworden van de groep.
toast-circle-member-removed = { $name } heeft de groep verlaten en wacht weer.
toast-circle-meeting-planned = Bijeenkomst gepland.
toast-circle-meeting-saved = Bijeenkomst opgeslagen.
toast-circle-meeting-cancelled = Bijeenkomst afgezegd.
toast-circle-meeting-restored = De bijeenkomst gaat weer door.
toast-method-saved = Methode opgeslagen.
toast-mentor-saved = Mentor opgeslagen.
toast-pair-proposed = { $name } voorgesteld als mentor.
toast-pair-started = Het koppel is gestart.
toast-pair-ended = Het koppel is beëindigd.
toast-pair-met = Gesprek genoteerd.
cli-arg-circle = Het nummer van de intervisiegroep (zie: peerdesk list intervisiegroepen)
cli-arg-meeting = Het nummer van de bijeenkomst (zie: peerdesk list bijeenkomsten)
cli-export-plan = Het draaiboek (PDF) van een intervisiebijeenkomst: elke fase van de methode op de klok
cli-list-circles-header = Nr	Naam	Loopbaanfase	Status	Voorzitter	Leden	Frequentie
cli-list-meetings-header = Nr	Groep	Begint	Minuten	Methode	Afgezegd
cli-no-circle = Er is geen intervisiegroep met nummer { $id }.
cli-no-meeting = Er is geen intervisiebijeenkomst met nummer { $id }.
cli-no-method = Bijeenkomst { $id } heeft nog geen methode: kies er eerst een in het venster.

## Het anonieme jaarverslag
report-open = Jaarverslag…
report-title = Peer support na incidenten { $year }: anoniem jaarverslag
report-note = Aantallen van 1 tot en met { $max } staan er als "< { $shown }"; een aantal als "•" is weggelaten omdat een klein aantal er anders uit terug te rekenen is. Geen namen, afdelingen of kenmerken.
report-incidents = Incidenten per soort en kwartaal
report-type = Soort
report-q1 = K1
report-q2 = K2
report-q3 = K3
report-q4 = K4
report-year = Jaar
report-total = Alle soorten
report-support = Ondersteuning
report-employees = Betrokken medewerkers
report-accepted = Aanbod aanvaard
report-declined = Aanbod afgewezen
report-within = Eerste gesprek binnen { $hours } uur na de melding
report-percent-of = { $percent }% van { $count }
report-median = Mediane tijd tot het eerste gesprek
report-hours = { $hours } uur
report-conversations = Gesprekken per afgesloten traject
report-closed = Afgesloten na het derde gesprek
report-referred = Doorverwezen
report-save = { $year } opslaan als PDF…
settings-report-threshold = Aantallen in verslag verbergen tot en met
file-incident-report = jaarverslag-peer-support-{ $year }
cli-export-report = Het anonieme jaarverslag van peer support na incidenten (PDF): kleine aantallen verborgen
cases-involved = Betrokken
cases-add-involved = Nog iemand betrokken:
toast-involved-added = { $name } toegevoegd aan het incident, met een eigen traject.
supporter-open-button = Gesprekken…
supporter-title = { $name }: gesprekken peer support
supporter-open = { $count ->
    [one] Ondersteunt nu 1 medewerker.
   *[other] Ondersteunt nu { $count } medewerkers.
}
supporter-coming = Komende gesprekken
supporter-none = Geen gesprekken gepland.
supporter-calendar = Agendabestand…
supporter-email = Supporter mailen
supporter-subject = Peer support
passphrase-add = Deze database een wachtwoord geven
passphrase-add-understood = Ik begrijp het: zonder het wachtwoord kan niemand dit bestand of de reservekopieën nog openen, ik ook niet.
passphrase-add-hint = Het bestand en alle reservekopieën ernaast worden versleuteld herschreven; eerst wordt een gecontroleerde reservekopie gemaakt. Het venster blijft open.
toast-encrypted = De database en de reservekopieën zijn nu versleuteld. Bewaar het wachtwoord goed.
error-already-encrypted = Deze database heeft al een wachtwoord.

payments-title = Betalingen van factuur { $number }
payments-history = Geschiedenis
payments-none = Nog niets ontvangen.
payments-total = Factuurbedrag
payments-received = Ontvangen
payments-outstanding = Nog open
payments-refunded = Terugbetaald
payments-refund-owed = Nog terug te betalen
payments-kind-received = betaling
payments-kind-refund = terugbetaling
payments-reversed-on = teruggedraaid { $date }
payments-reverse = Terugdraaien…
payments-reverse-explain = De regel van { $amount } van { $date } terugdraaien? Hij blijft in de geschiedenis staan, gemarkeerd als teruggedraaid, en telt niet meer mee: dat bedrag staat dan weer open.
payments-reverse-confirm = Terugdraaien
payments-reverse-keep = Laten staan
payments-new = Betaling vastleggen
payments-new-refund = Terugbetaling vastleggen
payments-date = Datum
payments-record = Betaling vastleggen
payments-record-refund = Terugbetaling vastleggen
payments-settled = Volledig betaald: er staat niets meer open.
payments-settled-credited = Gecrediteerd; er hoeft niets te worden terugbetaald.
problem-before-invoice = Vóór de factuurdatum
problem-above-amount = Meer dan de { $max } die openstaat
problem-nothing-open = Op deze factuur staat niets open
error-payment-kept = Deze regel kan niet worden teruggedraaid: dat is al gebeurd, of er is een terugbetaling uit gedaan.
opening-file = { $file } wordt geopend…

# Lijsten voor een spreadsheet (CSV)
csv-save = Opslaan als CSV…
csv-save-people-hover = { $count ->
    [one] De getoonde persoon, als lijst voor Excel
   *[other] De { $count } getoonde personen, in deze volgorde, als lijst voor Excel
}
csv-save-waiting-hover = Iedereen op de wachtlijst, wie het langst wacht eerst, als lijst voor Excel
csv-save-invoices-hover = { $count ->
    [one] De getoonde factuur, met wat ontvangen is en wat openstaat, als lijst voor Excel
   *[other] De { $count } getoonde facturen, met wat ontvangen is en wat openstaat, als lijst voor Excel
}
csv-days-waiting = Dagen wachtend
csv-net = Excl. btw
csv-vat = Btw
csv-total = Totaal
csv-received = Ontvangen
csv-open = Openstaand
file-people-list = personen-{ $date }
file-waiting-list = wachtlijst-{ $date }
file-invoice-list = factuurlijst-{ $date }
cli-export-csv = Een lijst voor een spreadsheet (CSV die Excel opent): personen, wachtlijst of facturen
cli-arg-list = Welke lijst: personen (iedereen die actief is), wachtlijst of facturen
cli-arg-csv-year = Alleen de facturen van dit jaar
cli-bad-list = '{ $value }' is geen lijst; kies personen, wachtlijst of facturen.

# De kalender van de organisatie: feestdagen en de gesloten periode
settings-calendar = Gesloten periode
settings-calendar-hint = Bijeenkomsten op een Nederlandse feestdag, of in deze periode (elk jaar), krijgen een waarschuwing als ze gepland of verzet worden. Laat beide velden leeg als de organisatie nooit sluit.
settings-closed-from = Gesloten van (dag-maand)
settings-closed-to = Tot en met
problem-day-month = Schrijf een dag en maand, zoals 24-12
problem-not-a-full-path = Geef het hele pad van de map, vanaf het begin van de schijf
problem-folder-missing = Deze map bestaat niet of is niet bereikbaar
day-holiday = { $holiday } (feestdag)
day-closed = in de gesloten periode ({ $from } – { $to })
holiday-new-year = Nieuwjaarsdag
holiday-good-friday = Goede Vrijdag
holiday-easter-sunday = Eerste Paasdag
holiday-easter-monday = Tweede Paasdag
holiday-kings-day = Koningsdag
holiday-liberation-day = Bevrijdingsdag
holiday-ascension-day = Hemelvaartsdag
holiday-whit-sunday = Eerste Pinksterdag
holiday-whit-monday = Tweede Pinksterdag
holiday-christmas-day = Eerste Kerstdag
holiday-boxing-day = Tweede Kerstdag

# Instellingen verlaten met niet-opgeslagen wijzigingen
settings-leave-title = Niet-opgeslagen wijzigingen
settings-leave-body = Uw wijzigingen in de instellingen zijn nog niet opgeslagen.
settings-leave-body-invalid = Uw wijzigingen in de instellingen zijn nog niet opgeslagen en er klopt iets niet in: blijf om het te verbeteren, of gooi ze weg.
settings-leave-save = Opslaan en doorgaan
settings-leave-discard = Wijzigingen weggooien
settings-leave-stay = In Instellingen blijven

# De pagina van een persoon
people-overview = Overzicht…
people-overview-hint = De aanmeldingen, groepen en facturen van deze persoon
page-registrations = Aanmeldingen
page-groups = Groepen
page-invoices = Facturen
page-none = Geen
page-waiting = { $days ->
    [one] wacht 1 dag
   *[other] wacht { $days } dagen
}
page-withdrawn = ingetrokken
page-placed = in { $group } · { $price }
page-member = deelnemer
page-attendance = aanwezig bij { $present } van { $held } gehouden bijeenkomsten
page-excused = { $count } afgemeld
page-absent = { $count } afwezig
page-held = { $held ->
    [one] 1 bijeenkomst gehouden
   *[other] { $held } bijeenkomsten gehouden
}
page-next = volgende { $date }
session-actions = Acties…

# Afdelingsclusters
settings-clusters = Afdelingsclusters
settings-clusters-hint = Afdelingen die nauw samenwerken. Bij het koppelen van een peer supporter gaat iemand van een afdeling in hetzelfde cluster voor. Eén cluster per regel: een naam, een dubbele punt, dan twee of meer afdelingen gescheiden door komma's, bijvoorbeeld “Acute zorg: Spoedeisende Hulp, Intensive Care”.
settings-clusters-field = Clusters
problem-cluster-line = { $line ->
    [0] Elk cluster heeft een naam en twee of meer afdelingen nodig
   *[other] Regel { $line }: schrijf een naam, een dubbele punt en dan twee of meer afdelingen gescheiden door komma's
}
problem-cluster-twice = Er zijn twee clusters met de naam { $name }
problem-department-twice = { $department } staat in twee clusters

# De feiten van een incident corrigeren
incident-edit = Feiten corrigeren…
incident-edit-title = Feiten van { $reference }
incident-edit-hint = Het kenmerk blijft hetzelfde. De termijnen van de gesprekken volgen de gecorrigeerde data; iedere betrokkene houdt een eigen traject.
toast-incident-changed = De feiten van { $reference } zijn gecorrigeerd.
problem-after-conversation = Op { $date } is al een gesprek gevoerd: de melding kan niet later zijn
incident-save-facts = Feiten opslaan
incident-fix-facts = Verbeter de gemarkeerde velden.
supporter-open-only = Kies een peer supporter om diens gesprekken te zien
coach-schedule-only = Kies een coach om diens rooster te zien

# peerdesk list groups|coaches|funding
cli-list-groups-header = Nr	Naam	Status	Coach	Leden	Bijeenkomsten	Volgende bijeenkomst
cli-list-coaches-header = Nr	Naam	Afdeling	Lopende groepen
cli-list-funding-header = Nr	Naam	Centraal budget	Status
cli-yes = ja
cli-no = nee

cli-help = Toon deze hulp
cli-version = Toon het versienummer
cli-heading-usage = Gebruik
cli-heading-commands = Opdrachten
cli-heading-arguments = Argumenten
cli-heading-options = Opties
cli-placeholder-command = OPDRACHT
cli-placeholder-options = OPTIES
cli-placeholder-path = PAD
cli-placeholder-file = BESTAND
cli-placeholder-dir = MAP
cli-placeholder-date = DATUM
cli-placeholder-year = JJJJ
cli-placeholder-month = JJJJ-MM
cli-placeholder-id = NR
cli-placeholder-list = LIJST
cli-placeholder-what = WAT
cli-arg-what = Wat te tonen: incidenten, supporters, netwerken, intervisiegroepen, bijeenkomsten, groepen, coaches of financiering (de Engelse namen werken ook)
cli-error-value = '{ $value }' is geen geldige waarde voor { $option }.
cli-error-unknown-option = { $option } is geen optie van deze opdracht.
cli-error-unknown-command = '{ $command }' is geen opdracht.
cli-error-missing = Nodig, maar niet gegeven: { $options }.
cli-error-no-command = Deze opdracht heeft een nadere opdracht nodig.
cli-error-conflict = { $option } gaat niet samen met { $other }.
cli-error-option = { $option } is zo niet te lezen.
cli-error-more = Zie: { $command }
cli-error-no-value = { $option } heeft een waarde nodig.
window-number = nr. { $id }
window-number-hint = De opdrachtregel vraagt dit nummer, bijvoorbeeld: { $command }
day-part-morning = Ochtend
day-part-afternoon = Middag
day-part-evening = Avond
toast-wish-recorded = De wens is vastgelegd; het koppelen houdt er rekening mee.
settings-case-lists = Lijsten voor peer support na incidenten
settings-case-lists-hint = De keuzes bij het vastleggen van een incident en het afsluiten van een traject. Een keuze die een incident, een traject of de jaarcijfers nog noemen kan niet weg, maar wel een andere naam krijgen.
settings-incident-types = Soorten incident
settings-new-incident-type = Nieuwe soort incident
settings-reporters = Gemeld door
settings-new-reporter = Nieuwe melder
settings-referrals = Verwezen naar
settings-new-referral = Nieuwe verwijzing
incident-new-in-directory = nieuw in het adresboek
incident-add-new-person = Toevoegen aan het incident
page-supporter-coming = Geplande peer-supportgesprekken
report-closed-share = Afgesloten en doorverwezen
report-closed-share-value = { $closed }% afgesloten, { $referred }% doorverwezen
purge-people-would = { $people ->
    [one] 1 persoon die alleen voor een incident in het adresboek kwam, zou worden gewist.
   *[other] { $people } personen die alleen voor een incident in het adresboek kwamen, zouden worden gewist.
}
purge-people-done = { $people ->
    [one] 1 persoon die alleen voor een incident in het adresboek kwam, is gewist.
   *[other] { $people } personen die alleen voor een incident in het adresboek kwamen, zijn gewist.
}
toast-backups-not-rekeyed = { $count ->
    [one] 1 reservekopie kon het nieuwe wachtwoord niet krijgen (is de map alleen-lezen of vol?): die opent nog met het oude.
   *[other] { $count } reservekopieën konden het nieuwe wachtwoord niet krijgen (is de map alleen-lezen of vol?): die openen nog met het oude.
}
toast-backups-left-readable = { $count ->
    [one] 1 reservekopie kon niet worden versleuteld (is de map alleen-lezen of vol?): die is nog zonder wachtwoord leesbaar. Verwijder hem zodra de map dat toestaat.
   *[other] { $count } reservekopieën konden niet worden versleuteld (is de map alleen-lezen of vol?): die zijn nog zonder wachtwoord leesbaar. Verwijder ze zodra de map dat toestaat.
}
toast-backups-away-readable = De map voor reservekopieën { $folder } was niet bereikbaar: de reservekopieën daarin zijn nog zonder wachtwoord leesbaar. Verwijder ze als de map terug is.
toast-backups-away-old-passphrase = De map voor reservekopieën { $folder } was niet bereikbaar: de reservekopieën daarin openen nog met het oude wachtwoord. Verwijder ze als de map terug is, of bewaar het oude wachtwoord erbij.
conversation-held-other-day = Op een andere dag gehouden…
conversation-held-day = Gehouden op
conversation-record-held = Vastleggen als gehouden

cli-import = Voegt de mensen uit een CSV-bestand een voor een toe aan het adresboek. Kolommen worden herkend aan hun kop (naam, e-mail, telefoon, organisatie, afdeling; in het Nederlands of Engels). Wie al in het adresboek staat (hetzelfde e-mailadres, of zonder e-mailadres dezelfde naam) wordt overgeslagen, dus een onderbroken import kan gewoon opnieuw.
cli-import-file = Het CSV-bestand, zoals een spreadsheet het opslaat (gescheiden door ; of ,).
import-unreadable = { $file } kon niet worden gelezen. Controleer de naam van het bestand en of je het mag openen.
import-empty = { $file } is leeg.
import-no-name-column = { $file } heeft geen kolom met de kop “naam” (of “name”): de eerste regel moet de koppen bevatten.
import-bad-line = Regel { $line } van het bestand is niet te lezen (een aanhalingsteken niet gesloten?). Er is niets geïmporteerd.
import-ignored-columns = Niet gelezen (geen veld met die naam): { $columns }.
import-added = Regel { $line }: toegevoegd als persoon { $id }: { $name }.
import-added-namesake = Regel { $line }: toegevoegd als persoon { $id }: { $name }. Persoon { $other } heeft dezelfde naam en een ander e-mailadres: controleer of dit iemand anders is.
import-known = Regel { $line }: staat al in het adresboek als persoon { $id }: { $name }. Overgeslagen.
import-refused = Regel { $line }: niet toegevoegd. { $problems }
import-done = { $added ->
    [one] 1 persoon toegevoegd
   *[other] { $added } mensen toegevoegd
}, { $known } al aanwezig, { $refused } niet toegevoegd.
