# PeerDesk — English texts. Every message here must also exist in nl.ftl.

## Window
tab-people = People
tab-settings = Settings
title-demo = demo data
header-language = Interface language
menu-database = Database
menu-open-mine = Open my database
menu-open-demo = Open the demo database
menu-open-file = Open another file…
menu-about = About PeerDesk…

## About
about-tagline = The desk of whoever runs workplace peer support.
about-version = Version
about-commit = Commit
about-built = Built on
about-database = Database file
about-confidential = Your data stays on this computer, in the database file above. PeerDesk never stores what was said in a conversation.

## Buttons
button-close = Close
button-save = Save
button-cancel = Cancel
button-delete = Delete
button-rename = Rename
button-remove = Remove
button-add = Add
button-undo = Undo
choice-none = —

## Welcome
welcome-title = Welcome to PeerDesk
welcome-intro = PeerDesk keeps the people of your peer support programmes and their coached groups, from registration and waiting list to sessions, attendance and costs, and prints schedules, cost statements and invoices. How would you like to start?
welcome-language = Language
welcome-empty = Start with an empty database
welcome-empty-hint = Your data is kept in { $path }.
welcome-demo = Explore with demo data
welcome-demo-hint = A fictional hospital in a separate file ({ $path }), so it never mixes with real data. Switch back at any time from the database menu.
open-error-title = This file cannot be opened
open-error-where = PeerDesk keeps its own files in { $path }.

## People
people-search = Search
people-search-hint = Name, email or department
people-role-filter = Role
people-all-roles = All roles
people-show-inactive = Show inactive
people-add = Add person…
people-edit = Edit…
people-delete = Delete…
people-count = { $count ->
    [one] 1 person
   *[other] { $total } people
}
people-count-filtered = { $shown } of { $total } people
people-no-match = Nobody matches this search.
people-empty = The directory is empty. Add the first person to begin.
column-name = Name
column-email = Email
column-phone = Phone
column-department = Department
column-position = Position
column-roles = Roles
column-status = Status
status-active = Active
status-inactive = Inactive
person-inactive-mark = { $name } (inactive)
delete-title = Delete { $name }?
delete-explain = A person who appears in groups, cases or circles is kept for those records and marked inactive instead.
role-participant = Participant
role-coach = Coach
role-peer-supporter = Peer supporter
role-circle-chair = Circle chair
role-mentor = Mentor

## Person dialog
person-add-title = Add a person
person-edit-title = Edit person
person-name = Name
person-email = Email
person-phone = Phone
person-organisation = Organisation
person-department = Department
person-position = Position
person-career-phase = Career phase
person-languages = Languages spoken
person-roles = Roles
person-trained-on = trained on
person-status = Status
person-active = Active
person-fix-problems = Correct the fields marked in red to save.
person-duplicate-name = { $name } already exists. Is this the same person?
person-duplicate-email = { $name } already has this email address.
spoken-nl = Dutch
spoken-en = English
spoken-de = German
spoken-fr = French
spoken-es = Spanish
spoken-it = Italian
spoken-pt = Portuguese
spoken-pl = Polish
spoken-tr = Turkish
spoken-ar = Arabic
spoken-ru = Russian
spoken-uk = Ukrainian
spoken-zh = Chinese
spoken-hi = Hindi

## Built-in choices of the lists (shown until renamed)
list-postdoc = PostDoc
list-phd-candidate = PhD candidate
list-nurse = Nurse
list-resident = Resident
list-medical-specialist = Medical specialist
list-staff-member = Staff member
list-researcher = Researcher
list-manager = Manager
list-clinical-rotations = Clinical rotations
list-working-as-doctor = Working as a doctor
list-assessment-procedure = In the assessment procedure
list-early-career = Early career
list-mid-career = Mid career
list-senior = Senior

## Settings
settings-organisation = Organisation
settings-organisation-hint = Printed on schedules, cost statements and invoices.
settings-org-name = Name
settings-org-address = Address
settings-org-kvk = Chamber of Commerce number
settings-org-vat = VAT number
settings-org-iban = IBAN
settings-org-email = Contact email
settings-programme = Programme defaults
settings-programme-hint = Used for new groups, cases and circles. Existing groups keep the prices they were formed with.
settings-hourly-rate = Rate per coach hour (€)
settings-session-minutes = Minutes per session
settings-sessions-per-group = Sessions per group
settings-min-group = Smallest group
settings-max-group = Largest group
settings-first-hours = First conversation within (hours)
settings-second-days = Second conversation after (days)
settings-third-from = Third conversation from (days)
settings-third-until = Third conversation until (days)
settings-circle-size = Largest intervisie circle
settings-retention = Keep closed cases for (months)
settings-price-preview = A group pays { $group } for { $sessions } sessions of { $minutes } minutes; an individual pays { $individual } (one of { $max }).
settings-save = Save settings
settings-revert = Undo changes
settings-fix-problems = Correct the fields marked in red to save.
settings-unsaved = You have unsaved changes.
settings-lists = Lists
settings-lists-hint = The choices offered for a person's position and career phase. A choice that is in use cannot be removed, but it can be renamed.
settings-positions = Positions
settings-new-position = New position
settings-career-phases = Career phases
settings-new-career-phase = New career phase
settings-interface = Interface
settings-language = Language
settings-language-hint = Remembered on this computer. Dates and amounts follow the language.

## Problems beside a field
problem-required = Required
problem-email = Not an email address (name@example.org)
problem-phone = Not a phone number (6 to 15 digits)
problem-iban = Not a valid IBAN (check the digits)
problem-kvk = A Chamber of Commerce number has 8 digits
problem-vat = Not a VAT number (NL123456789B01)
problem-whole-number = Enter a whole number
problem-amount = Not an amount (125.00)
problem-date = Not a date ({ $hint })
problem-date-future = This date lies in the future
problem-range = Between { $min } and { $max }
problem-min-above-max = Smaller than the smallest group
problem-end-before-start = Before the first day
problem-duplicate = This name is already in the list
problem-group-size = A group registration has { $min } to { $max } people
problem-one-person = An individual registration is for one person
problem-too-long = At most { $max } characters
problem-link = A meeting link starts with https://

## Notifications
toast-demo-opened = Demo database opened. Your own data is untouched.
toast-person-saved = { $name } saved.
toast-person-deleted = { $name } deleted.
toast-person-deactivated = { $name } appears in other records and was marked inactive instead.
toast-settings-saved = Settings saved.
toast-list-item-added = { $name } added.
toast-list-item-renamed = Renamed to { $name }.
toast-list-item-removed = Removed from the list.
toast-welcome-empty = Your database is ready. Start by adding people.

## Errors
error-data-folder = PeerDesk cannot create its data folder for { $path }: { $reason }
error-no-folder = The folder for { $path } does not exist. Choose an existing folder.
error-not-peerdesk = { $path } is not a PeerDesk database. It was left untouched.
error-too-new = { $path } was written by a newer version of PeerDesk. Update PeerDesk to open it; the file was left untouched.
error-busy = The database is in use by another program. Try again in a moment.
error-not-found = That record no longer exists. The list has been refreshed.
error-list-item-exists = That name is already in the list.
error-list-item-in-use = This choice is in use and cannot be removed. Rename it instead.
error-not-empty = This database already holds data. Demo data goes into a new, separate file.
error-registration-placed = This registration is already in a group or was withdrawn. The lists have been refreshed.
error-invoice-frozen = An issued invoice cannot be changed. Correct it with a credit note.
error-already-invoiced = One of these registrations is already on an invoice. The list has been refreshed.
error-person-elsewhere = Someone in this registration is already waiting or in a group; a person takes part in one place at a time. The lists have been refreshed.
error-group-ended = This group has ended: its members can no longer change. Reopen it first.
error-invoice-incomplete = This invoice cannot be issued yet: it lacks a detail an invoice must carry. Issue… says which.
error-database = The database reported a problem (code { $code }). Nothing was changed. If it happens again, restore the newest backup.
error-bad-row = Record { $id } in { $table } cannot be read ({ $reason }). The file may be damaged; nothing was changed.
error-invalid = Not saved: these fields are not valid: { $fields }. Correct them and try again.

## Command line
cli-about = PeerDesk: the desk of whoever runs workplace peer support. Without a command, opens the window.
cli-db = The database file to use (default: the PeerDesk data folder)
cli-lang = Language of the window and of messages: nl or en
cli-demo = Writes a realistic demo data set into a new database file
cli-demo-people = How many people the demo directory gets
cli-demo-done = Demo data written to { $path }: { $people } people, { $coaches ->
    [one] 1 coach
   *[other] { $coaches } coaches
}, { $supporters ->
    [one] 1 peer supporter
   *[other] { $supporters } peer supporters
}, { $groups ->
    [one] 1 group
   *[other] { $groups } groups
}, { $waiting } people on the waiting list and { $incidents } incidents with { $trajectories } support trajectories.

## Groups
tab-groups = Groups
groups-new-registration = New registration…
groups-nav-waiting = Waiting list ({ $count })
groups-nav-active = Active groups
groups-none = No groups yet.
groups-nav-closed = Show completed and cancelled ({ $count })
funding-central-postdoc-budget = Central PostDoc budget
funding-self-paid = Self-paid
group-status-forming = forming
group-status-running = running
group-status-completed = completed
group-status-cancelled = cancelled
waiting-title = Waiting list
waiting-nobody = Nobody is waiting.
waiting-summary = { $count ->
    [one] 1 individual waiting, for { $days } days
   *[other] { $count } individuals waiting, the longest { $days } days
}
waiting-group-registrations = Group registrations waiting to be formed
waiting-form-group = Form group…
button-edit = Edit…
proposals-title = Proposed groups
proposals-none = No proposals: not enough similar people are waiting yet.
proposals-hint = PeerDesk groups people who are alike; nothing is placed until you form the group.
proposal-title = Proposal { $number } · { $count } people
proposal-form = Form this group…
proposal-ignore = Ignore
waiting-individuals = Individuals waiting
waiting-sort = Sort by
waiting-sort-longest = Longest waiting
waiting-sort-name = Name
column-preferred = Preferred times
column-funding = Funding
column-waiting = Waiting
waiting-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
waiting-withdraw = Withdraw
reason-position = same position: { $position }
reason-department = { $count } of { $total } from { $department }
reason-slot = { $count } of { $total } { $slot }
reason-language = all speak { $language }
slot-mon-morning = Monday morning
slot-mon-afternoon = Monday afternoon
slot-mon-evening = Monday evening
slot-tue-morning = Tuesday morning
slot-tue-afternoon = Tuesday afternoon
slot-tue-evening = Tuesday evening
slot-wed-morning = Wednesday morning
slot-wed-afternoon = Wednesday afternoon
slot-wed-evening = Wednesday evening
slot-thu-morning = Thursday morning
slot-thu-afternoon = Thursday afternoon
slot-thu-evening = Thursday evening
slot-fri-morning = Friday morning
slot-fri-afternoon = Friday afternoon
slot-fri-evening = Friday evening
slot-sat-morning = Saturday morning
slot-sat-afternoon = Saturday afternoon
slot-sat-evening = Saturday evening
slot-sun-morning = Sunday morning
slot-sun-afternoon = Sunday afternoon
slot-sun-evening = Sunday evening
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
registration-new-title = New registration
registration-edit-title = Edit registration
registration-kind = Registered as
registration-individual = Individual
registration-group = Group of { $min } to { $max } people
registration-date = Registered on
registration-people = People
registration-contact = Registered by
registration-preferred = Preferred times
registration-theme = Theme
registration-funding = Funding source
registration-find = Find a person
registration-new-person = New person…
registration-new-person-title = New person in the directory
registration-add-to-directory = Add to the directory
registration-kind-group = Group registration
registration-kind-individual = Individual
registration-place-waiting = already waiting since { $date }
registration-place-waiting-with = already waiting since { $date }, registered with { $names }
registration-place-group = already in group { $group }
registration-replace = Replace the earlier registration: it is withdrawn when this one is saved
group-default-name = Group
form-group-title = Form a group
form-group-members = Registrations in this group
form-group-total = Total { $amount }
form-group-prices-hint = Prices are taken from Settings now and stay with the group if the rate changes later.
form-group-confirm = Form group
form-group-add = Add from the waiting list
group-name = Name
group-coach = Coach
group-status = Status
group-location = Room
group-meeting-link = Meeting link
group-edit = Edit details…
group-edit-title = Edit group
group-plan-sessions = Plan sessions…
group-email = Email the group
group-no-coach = No coach yet
group-where = Where
group-no-location = Not set yet
group-formed-on = Formed on
group-price-basis = Price
group-price-basis-value = { $rate } per coach hour × { $minutes } minutes × { $sessions } sessions = { $price } per group
group-application = Central budget application
group-applied-on = application sent { $date }
group-decided-on = decision { $date }
group-applied-on-label = Applied on
group-decided-on-label = Decided on
application-to-apply = to apply for
application-applied = applied for
application-approved = approved
application-refused = refused
group-members = Members ({ $count })
column-registration = Registration
column-amount = Amount
group-remove-registration = Remove
group-costs-per-source = Costs per funding source
group-total = Total
group-central-share = Central budget { $central }; departments { $department }.
group-sessions = Sessions ({ $count } of { $total })
group-no-sessions = No sessions planned yet. Use Plan sessions… to lay them out.
column-number = #
column-date = Date
column-time = Time
column-length = Length
minutes = { $minutes } min
session-planned = planned
session-cancelled = cancelled
session-conflict = { $name } also has { $group } then
session-move = Move…
session-cancel = Cancel session
session-restore = Restore
group-attendance = Attendance
group-attendance-hint = Click a cell to mark present, excused or absent; upcoming sessions open on their day.
attendance-present = present
attendance-excused = excused
attendance-absent = absent
attendance-none = —
attendance-cell = { $name }, { $date }: { $mark }
plan-title = Plan sessions for { $group }
plan-from = First session from
plan-weekday = Weekday
plan-time = Start time
plan-every-weeks = Every how many weeks
plan-count = Number of sessions
plan-minutes = Minutes per session
plan-preview = These sessions will be added
move-title = Move session
move-date = Date
problem-time = Not a time (14:00)
problem-already-waiting = Already on the waiting list
problem-already-in-group = Already in a group
problem-session-overlap = The group already meets then
toast-registration-saved = Registration saved.
toast-registration-withdrawn = Registration withdrawn; it stays on record.
toast-registration-restored = Registration back on the waiting list.
toast-group-formed = Group { $name } formed.
toast-mail-opened = Your mail program opens with everyone in Bcc. No mail program? The addresses are on the clipboard: paste them into a new message.
toast-group-member-added = Added to the group.
toast-group-member-removed = Removed from the group and back on the waiting list.
toast-group-saved = { $name } saved.
toast-sessions-planned = { $count ->
    [one] 1 session planned.
   *[other] { $count } sessions planned.
}
toast-session-moved = Session moved.
toast-session-cancelled = Session cancelled.
toast-session-restored = Session restored.
toast-attendance-saved = Attendance saved.
settings-funding = Funding sources
settings-funding-hint = Who pays for a registration. A central budget pays instead of the participant's department.
settings-new-funding = New funding source
settings-central-budget = central budget
toast-funding-saved = Funding source saved.
form-group-choose = Choose…
settings-invoices = Invoices
settings-invoices-hint = Leave the VAT rate empty when the programmes are exempt from VAT; the exemption text is then printed on every invoice.
settings-vat-rate = VAT rate (%)
settings-exemption-text = VAT exemption text
settings-payment-days = Payment term (days)

## Documents
pdf-page = page { $page } of { $total }
pdf-printed-on = Printed on
pdf-schedule = Session schedule
pdf-schedule-group-title = Session schedule · { $group }
pdf-schedule-coach-title = Sessions of { $coach }
pdf-schedule-month-title = All sessions in { $month } { $year }
pdf-period = Period { $from } to { $to }
pdf-period-short = { $from } – { $to }
pdf-week = Week { $week } · { $from } – { $to }
pdf-no-sessions-in-period = No sessions in this period.
pdf-column-group = Group
pdf-statement = Cost statement
pdf-statement-group-title = Cost statement · { $group }
pdf-statement-source-title = Cost statement · { $source }
pdf-statement-intro = Each group pays sessions × length × the rate per coach hour; an individual pays the group price divided by the largest group size.
pdf-statement-central = Paid from the central budget: the participants' departments are not charged for these groups.
pdf-statement-empty = Nothing was charged to this funding source in this period.
pdf-group-heading = { $group } (formed { $date })
pdf-basis = { $sessions } × { $minutes } min × { $rate }
pdf-column-basis = Calculation
pdf-subtotal = Subtotal
pdf-total = Total
pdf-customer = Invoice to
pdf-kvk = Chamber of Commerce { $number }
pdf-vat-number = VAT { $number }
pdf-invoice-title = Invoice
pdf-credit-note-title = Credit note
pdf-draft = draft
pdf-invoice-number = Number
pdf-invoice-date = Invoice date
pdf-due-date = Due date
pdf-invoice-period = Period
pdf-credits = Corrects invoice
pdf-column-description = Description
pdf-column-quantity = Quantity
pdf-column-unit-price = Unit price
pdf-column-vat = VAT
pdf-vat-exempt = exempt
pdf-vat-line = VAT { $rate }
pdf-payment = Please pay { $total } within { $days } days to { $iban } in the name of { $name }, stating invoice number { $number }.
pdf-credit-payment = This credit note cancels invoice { $number } in full; the amount credited is { $total }. If you have already paid that invoice, we will refund this amount to you. If not, you need not pay the invoice.
pdf-unit-hour = { $count ->
    [one] { $quantity } hour
   *[other] { $quantity } hours
}
pdf-unit-participant = { $count ->
    [one] { $quantity } participant
   *[other] { $quantity } participants
}
invoice-line-group = { $group } · coached peer support, { $sessions } sessions of { $minutes } min ({ $period })
invoice-line-individual = { $group } · individual place for { $name }, { $sessions } sessions of { $minutes } min ({ $period })
ics-summary = { $group } · session { $number }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
cli-export = Writes documents: schedules, cost statements, invoices and calendar files
cli-export-schedule = A session schedule (PDF) of a group, of a coach over a period, or of a whole month
cli-export-statement = A cost statement (PDF) of a funding source over a period, or of one group
cli-export-invoices = Every issued invoice and credit note of a year, one PDF each
cli-export-ics = A calendar file (ICS) of a group's sessions, of a coach's over a period, of a peer supporter's conversations, of a network's regular meeting or of a circle's meetings
cli-arg-group = The group's number (see: peerdesk list groups)
cli-arg-coach = The coach's number (see: peerdesk list coaches)
cli-arg-month = The month, like 2026-12
cli-arg-from = The first day, like 2026-12-01
cli-arg-to = The last day, like 2026-12-31
cli-arg-out = The file to write
cli-arg-out-dir = The existing folder to write into
cli-arg-funding = The funding source's number (see: peerdesk list funding)
cli-arg-year = The year, like 2026
cli-bad-id = { $option } '{ $value }' is not a number.
cli-bad-date = { $option } '{ $value }' is not a date; write it like 2026-12-01.
cli-bad-year = '{ $value }' is not a year; write it like 2026.
cli-missing = { $option } is needed for this export.
cli-one-of = Give exactly one of { $options }.
cli-no-database = There is no database at { $path }; give one with --db.
cli-no-folder = The folder { $path } does not exist.
cli-no-group = There is no group with number { $id }.
cli-no-person = There is no person with number { $id }.
cli-no-funding = There is no funding source with number { $id }.
cli-no-invoice = There is no invoice with number { $id }.
cli-empty-period = The period ends before it starts.
cli-export-done = Written to { $path }.
cli-invoices-done = { $count ->
    [one] 1 document written to { $path }.
   *[other] { $count } documents written to { $path }.
}
save-title = Save as
save-done = Saved { $path }.
save-no-dialog = No save dialog could be shown; the file goes to { $path }.
folder-no-dialog = No folder dialog could be shown here; type the folder's whole path in the field.
save-open = Open
save-show-folder = Show folder
tab-finance = Finance
finance-invoices = Invoices
finance-all = All
finance-year = Year
finance-document-language = Documents in
finance-none = No invoices match these filters. Use Make invoices for period… to start.
finance-outstanding = Outstanding { $amount } ({ $count })
finance-overdue = overdue { $amount } ({ $count })
finance-paid = received { $amount } ({ $count })
finance-balance-hover = Received { $received } of { $total }; refunded { $refunded }.
finance-refunds-owed = refunds owed { $amount } ({ $count })
finance-make = Make invoices for period…
finance-statement = Cost statement…
finance-month-schedule = Month schedule…
finance-number = Number
finance-kind = Type
finance-kind-invoice = invoice
finance-kind-credit = credit note
finance-customer = Customer
finance-status-draft = draft
finance-status-issued = open
finance-status-paid = paid
finance-status-credited = credited
finance-status-overdue = overdue
finance-paid-on = paid { $date }
finance-issue = Issue
finance-payments = Payments…
finance-status-partly-paid = { $amount } still open
finance-status-overdue-part = overdue, { $amount } open
finance-status-refund-owed = refund owed { $amount }
finance-credit-refund = { $amount } was received for this invoice. After the credit note it is owed back: record the refund under Payments… once it has been paid.
finance-credit = Credit…
finance-pdf = PDF…
finance-from = From
finance-to = To
finance-lines = Lines
finance-make-title = Make invoices for a period
finance-make-language = The invoices are written in { $language }, the language chosen for documents on the Finance tab.
finance-make-hint = One invoice per funding source for the groups formed in the period, and one per registration for people who pay themselves. They are created as drafts: nothing is numbered until you issue them.
finance-make-nothing = Nothing left to invoice in this period.
finance-make-total = { $count ->
    [one] 1 invoice, { $amount } in all.
   *[other] { $count } invoices, { $amount } in all.
}
finance-make-confirm = { $count ->
    [one] Create 1 draft
   *[other] Create { $count } drafts
}
finance-statement-title = Cost statement of a funding source
finance-save-pdf = Save PDF…
finance-month-title = Schedule of a month
finance-month = Month
finance-credit-title = Credit invoice { $number }?
finance-credit-explain = A credit note dated { $date } is issued that cancels this invoice. The invoice itself never changes; its registrations can be invoiced again.
finance-credit-confirm = Issue credit note
finance-issue-open = Issue…
finance-issue-title = Issue the invoice to { $customer }?
finance-issue-explain = It gets number { $number } and date { $date }, and is then final: a mistake can only be corrected with a credit note.
finance-issue-confirm = Issue as { $number }
finance-issue-missing = Before this invoice can be issued, fill in:
finance-missing-organisation-name = the organisation's name (Settings)
finance-missing-organisation-address = the organisation's address (Settings)
finance-missing-chamber-of-commerce = the Chamber of Commerce number (Settings)
finance-missing-iban = the IBAN (Settings)
finance-missing-vat-number = the VAT number, as this invoice charges VAT (Settings)
finance-missing-customer-name = the customer's name
finance-missing-customer-address = the customer's address (the funding source's invoice address in Settings; then make the invoices again)
batch-print = { $count ->
    [one] Print the issued invoice shown…
   *[other] Print the { $count } issued invoices shown…
}
batch-one-file = All in one PDF…
batch-folder = One file each, into a folder…
batch-progress = { $done } of { $total }
batch-done = { $count ->
    [one] 1 document printed to { $path }.
   *[other] { $count } documents printed to { $path }.
}
batch-cancelled = Printing cancelled; { $count } complete files were written.
batch-failed = Printing stopped: { $reason }
toast-invoices-created = { $count ->
    [one] 1 draft invoice created.
   *[other] { $count } draft invoices created.
}
toast-invoice-issued = Invoice { $number } issued.
toast-draft-deleted = Draft deleted.
toast-invoice-paid = Payment of { $amount } recorded.
toast-invoice-refunded = Refund of { $amount } recorded.
toast-payment-reversed = Reversed: the entry stays in the history and no longer counts.
toast-invoice-credited = Credit note issued.
group-documents = Documents
group-schedule-pdf = Session schedule (PDF)…
group-statement-pdf = Cost statement (PDF)…
group-calendar-file = Calendar file (ICS)…
finance-status-credit-issued = issued
coach-schedule = Schedule…
coach-schedule-title = Schedule of { $coach }
coach-schedule-hint = Every session of the groups this coach accompanies in the period, as a printable PDF or a calendar file to import into Outlook or another calendar.
coach-schedule-pdf = Save PDF…
coach-schedule-ics = Save calendar file…
session-held = held
pdf-online = online (meeting link)
settings-billing-address = Address…
settings-billing-address-of = Invoice address of { $source }

## File names of saved documents (no spaces; the parts are filled in)
file-schedule-group = schedule-group-{ $name }
file-schedule-coach = schedule-coach-{ $name }-{ $month }
file-schedule-month = schedule-{ $month }
file-statement-group = cost-statement-group-{ $name }
file-statement-funding = cost-statement-{ $name }-{ $month }
file-calendar = sessions-{ $name }
file-invoice = invoice-{ $number }
file-credit-note = credit-note-{ $number }
file-draft = draft-{ $number }
file-invoices = invoices-{ $date }
file-invoices-folder = invoices

# Safe data: opening files, one writer, writing documents
title-read-only = read-only
read-only-hint = Another window or person writes to this file. You can read everything here; changes cannot be saved. What they save appears here within seconds.
open-read-only = Open read-only
open-read-only-hint = Read everything without changing it. Close the other window to work in this file.
toast-lock-taken-over = This file had been left open by { $user } on { $computer } when that window stopped unexpectedly. PeerDesk has taken it over; nothing was lost.
error-missing = { $path } does not exist. Choose an existing file, or start a new database.
error-exists = { $path } exists already. PeerDesk does not overwrite it; choose another name.
error-empty-file = { $path } is empty (0 bytes), so it is not a PeerDesk database. It was left untouched.
error-damaged = { $path } is damaged and cannot be read safely. It was left untouched. Restore it from a backup.
error-cannot-upgrade = { $path } could not be upgraded to this version of PeerDesk, so it may be damaged. It was left as it was.
error-read-only-file = You may not write to { $path } (the file or its folder is read-only, or belongs to someone else). You can open it read-only.
error-read-only = This window opened the file read-only, so nothing was saved. Close the other window and open the file again to make changes.
error-disk-full = The disk is full, so nothing was saved. Free some space and try again; your input is still here.
error-io = The file could not be read or written ({ $reason }). Nothing was changed.
error-locked-by = This file is open in PeerDesk for { $user } on { $computer } since { $since }. Only one window at a time can change it: close that window first, or open this file read-only.
error-locked = This file is open in another PeerDesk window. Only one window at a time can change it: close that window first, or open this file read-only.
error-conflict = This record was changed elsewhere after you opened it. Nothing was overwritten: choose which version to keep.
write-error-permission = You may not write { $path }. Choose another place.
write-error-disk-full = The disk is full: { $path } was not written. Free some space and try again.
write-error-no-folder = The folder for { $path } does not exist. Choose another place.
write-error-not-a-file = { $path } is not an ordinary file; PeerDesk does not replace it. Choose another name.
write-error-other = { $path } could not be written ({ $reason }).
document-failed = The document could not be made ({ $reason }).
batch-replaced = No new files were left behind; these existing files were already replaced: { $files }.

# Backups, restore and check
cli-backup = Writes a checked backup of the database (also while a window has it open)
cli-backup-to = The file to write; without it, the backups folder beside the database
cli-restore = Replaces the database's data with a backup; the current data is backed up first
cli-restore-from = The backup to restore
cli-check = Checks the database file fully and reports what is damaged
cli-backup-done = Backup written and checked: { $path } ({ $size }).
cli-restore-done = { $path } now holds the data of { $from }. The data as it was before is kept in { $before }. People erased since the backup was made: { $erased } erased again.
cli-restore-damaged-done = { $path } now holds the data of { $from }. The damaged file was kept as { $aside }.
cli-check-ok = { $path } is whole: the full check found no problems.
cli-check-damaged = { $path } is damaged: the full check found { $count ->
    [one] one problem
   *[other] { $count } problems
}.
backup-newest = The newest checked backup is from { $when }: { $path }. Restore it in the window, or with: peerdesk restore --db "{ $db }" --from "{ $path }"
backup-none = There is no backup of this file in its backups folder.
menu-backups = Backups…
backups-title = Backups
backups-intro = Backups of this file are kept in { $folder }: the newest of each of the last { $daily } days, { $weekly } weeks and { $monthly } months. PeerDesk backs up when the window closes and every half hour while something changed, and checks every backup it writes.
backups-checked = checked when made
backups-restore = Restore…
backups-now = Back up now
restore-title = Restore a backup?
restore-what = The data in { $file } will be replaced by the data of { $when }. What is in it now is backed up first, so you can go back to it. People erased since then stay erased.
restore-confirm = Restore
toast-backup-done = Backup written and checked: { $file }.
toast-purge-failed = The retention purge did not run, so nothing was removed: { $reason } It is tried again the next time the file opens.
backup-elsewhere-unreachable = The backups folder { $folder } could not be reached, so this backup was written beside the database: { $file }. Check the folder under Settings → Privacy and backups.
toast-backup-failed = The backup failed and was not kept.
toast-restored = The backup was restored. The data as it was before is kept in { $before }; people erased since then: { $erased } erased again.
toast-restored-damaged = The newest backup was restored. The damaged file was kept as { $aside }.
restored-erasures-unread = The damaged file no longer says who was erased after the backup of { $made }: anyone erased since then is back. Check the directory and erase them again.
damaged-restore = Restore the backup of { $when }…
damaged-restore-what = The damaged file is set aside (renamed, not deleted) and the backup of { $when } takes its place. Changes made after that backup are not in it.
backup-newest-window = The newest checked backup is from { $when }.
read-only-free = The other window has closed this file. You can now open it for changes.
read-only-open-for-changes = Open for changes
problem-too-short = At least { $min } characters
problem-not-the-same = Not the same as above
error-needs-passphrase = { $path } is encrypted, or it is not a PeerDesk database. Open it with its passphrase.
error-wrong-passphrase = This passphrase does not open { $path } (or the file is not a PeerDesk database). Nothing was changed; try again.
cli-passphrase-prompt = Passphrase for { $path }:
cli-passphrase-needed = This file is encrypted and no passphrase could be asked for here. Give it in the environment variable { $variable }.

# Passphrases, locking and privacy settings
header-lock = Lock
header-lock-hint = Hide everything until the passphrase is given again (Ctrl+L). PeerDesk also locks itself after a while without use.
passphrase-label = Passphrase
passphrase-confirm = Passphrase again
passphrase-current = Current passphrase
passphrase-new = New passphrase
passphrase-too-short = Too short
passphrase-weak = Weak: make it longer
passphrase-fair = Fair
passphrase-strong = Strong
passphrase-rule = At least { $min } characters. A few unrelated words make a strong passphrase that is easy to remember.
passphrase-change = Change passphrase
passphrase-change-hint = Backups made before the change open with the passphrase they were made with.
new-passphrase-title = Protect your data with a passphrase
new-passphrase-intro = The database will be encrypted: without the passphrase nobody can read it, not even from a copy or a backup. PeerDesk cannot recover a forgotten passphrase, so keep it somewhere safe.
new-passphrase-without = Continue without a passphrase
new-passphrase-without-warning = Without a passphrase, anyone who can reach this computer's files can read every name, phone number and case in the database and its backups.
new-passphrase-create = Create encrypted database
new-passphrase-create-plain = Create without a passphrase
unlock-title = Open { $file }
unlock-intro = This database is encrypted. Enter its passphrase to open it.
unlock-open = Open
locked-title = PeerDesk is locked
locked-intro = The data is hidden. Enter the passphrase to continue where you were.
locked-intro-plain = The data is hidden. Unlock to continue where you were.
locked-unlock = Unlock
locked-wrong = That is not the passphrase. Try again.
settings-privacy = Privacy and backups
settings-privacy-hint = The window locks itself after the minutes below without use. Backups are kept by rotation: the newest of each of the last days, weeks and months.
settings-auto-lock = Lock after (minutes)
settings-backups-daily = Daily backups kept
settings-backups-weekly = Weekly backups kept
settings-backups-monthly = Monthly backups kept
settings-backups-folder = Backups folder
settings-backups-folder-beside = The folder "backups" beside the database
settings-backups-folder-choose = Choose…
settings-backups-folder-hint = A folder on another drive (a network drive, say) keeps the backups when this computer's disk is lost. Each database gets a folder of its own in it. When the folder cannot be reached, the backup is written beside the database and the window says so. The backup before an upgrade always stays beside the database.
settings-passphrase = Passphrase
settings-not-encrypted = This database has no passphrase: it is not encrypted.
toast-passphrase-changed = The passphrase was changed. Use the new one from now on.

# The access log
access-title = Access log
access-intro = Who opened this file, whose details and which incident cases were opened, which documents were written, backups, restores and passphrase changes: the operating-system user, the computer and the time. It never holds what was said or written about a person.
access-show = Show the access log…
access-save-csv = Save as CSV…
access-when = When
access-user = User
access-computer = Computer
access-action = What
access-subject = Which record or file
access-open = Opened the file
access-open-read-only = Opened the file read-only
access-view-person = Opened a person's details
access-view-case = Opened an incident case
access-subject-person = Person { $id }
access-subject-case = Case { $id }
access-export = Wrote a document
access-backup = Made a backup
access-restore = Restored a backup
access-purge = Removed expired records
access-passphrase-change = Changed the passphrase
access-failed-unlock = Typed a wrong passphrase
file-access-log = access-log

# A save that meets a newer version
conflict-person = Someone changed this person after you opened it. Nothing was saved. Where the two versions differ:
conflict-theirs = Saved now
conflict-mine = Your changes
conflict-keep-mine = Save my version
conflict-take-theirs = Use the saved version
conflict-record = Someone changed this after you opened it. Nothing was saved. Where the two versions differ:
conflict-same = The two versions are the same in every field of this form: the change made meanwhile is in something this form does not show.
conflict-field = Someone changed this after you opened it; nothing was saved. Saved now:
conflict-yes = yes
conflict-no = no
finance-actions = Actions…
settings-repeat-offer = Offer again after (days)
error-already-involved = This employee is already involved in this incident: each employee has one trajectory of support per incident.
error-not-allowed-to-support = This person cannot support this employee: a supporter is a trained, active peer supporter who was not involved in the same incident (and from another department, when the employee asked for that).
error-trajectory-ended = This trajectory has ended; it can no longer change.
cli-purge = Removes incident cases whose retention period has passed; anonymous figures remain for the yearly report
cli-purge-dry-run = Only say what would be removed; change nothing
cli-purge-would = Would remove { $trajectories ->
    [one] 1 support trajectory
   *[other] { $trajectories } support trajectories
} and { $incidents ->
    [one] 1 incident
   *[other] { $incidents } incidents
} whose retention period has passed. Nothing was changed.
cli-purge-done = Removed { $trajectories ->
    [one] 1 support trajectory
   *[other] { $trajectories } support trajectories
} and { $incidents ->
    [one] 1 incident
   *[other] { $incidents } incidents
} whose retention period had passed; their anonymous figures remain.
toast-purged = Retention: { $trajectories ->
    [one] 1 support trajectory
   *[other] { $trajectories } support trajectories
} and { $incidents ->
    [one] 1 incident
   *[other] { $incidents } incidents
} past their retention period were removed; their anonymous figures remain.
calendar-conversation = Peer-support conversation
file-supporter-calendar = conversations-{ $name }

# Incident support: lists, urgency, calendar
cli-list = Lists incidents (without names), peer supporters, networks, circles, circle meetings, coached groups, coaches or funding sources, one line each, with the numbers other commands ask for
cli-list-incidents-header = Reference	Occurred	Type	Involved	Open	Next step
cli-list-supporters-header = Id	Name	Department	Trained on	Open trajectories
urgency-overdue = overdue
urgency-today = due today
urgency-week = due this week
urgency-on-track = on track
case-incident_type-calamity = Calamity
case-incident_type-aggression = Aggression
case-incident_type-serious-consequences = Medical care with serious consequences
case-incident_type-complaint-or-disciplinary = Complaint or disciplinary procedure
case-incident_type-other = Other
case-reporter-calamity-advisory-group = Calamity advisory group
case-reporter-board = Board
case-reporter-manager = Manager
case-reporter-employee = The employee
case-reporter-colleague = A colleague
case-referral-company-doctor = Company doctor
case-referral-psychologist = Psychologist
case-referral-general-practitioner = General practitioner
case-referral-employee-assistance = Employee assistance
case-referral-other = Other

# The Cases tab
tab-cases = Cases
tab-cases-overdue = Cases ({ $count })
banner-overdue = { $count ->
    [one] One peer-support step is overdue
   *[other] { $count } peer-support steps are overdue
}: { $list }. See the Cases tab.
cases-new-incident = Record an incident…
cases-empty = No open support trajectories. Record an incident to begin.
cases-urgency = Urgency
cases-reference = Incident
cases-employee = Employee
cases-next = Next step
cases-due = Due by
cases-supporter = Peer supporter
cases-no-supporter = not matched yet
cases-open-hint = { $count } open trajectories. Click one to offer support, match a supporter or plan and record conversations.
task-offer = Offer support
task-await-answer = Awaiting an answer
task-match = Match a supporter
task-first = First conversation
task-second = Second conversation
task-third = Third conversation
task-conclude = Close or refer
cases-type = Type
cases-occurred = Happened
cases-reported = Reported to the team
cases-reported-by = Reported by
cases-departments = Department(s)
cases-plan = Plan
cases-plan-text = first conversation by { $first }, second on { $second }, third between { $from } and { $until }
cases-offer = Offer of support
offer-to-offer = Not offered yet.
offer-offered-today = Offered today
offer-offered = Offered on { $date }; the answer:
offer-accepted = Accepted
offer-declined = Declined
offer-no-answer = No answer
offer-repeat-due = Declined or not answered: offer again on { $date }.
offer-accepted-text = Accepted.
offer-ended = Declined twice: no further offers.
cases-match = Match a supporter…
cases-change-supporter = Change supporter…
cases-no-candidates = No trained, active peer supporter may support this employee.
cases-choose = Choose
match-reason-position = same position: { $position }
match-reason-department = same department: { $department }
match-reason-cluster = neighbouring department: { $cluster }
match-reason-language = speaks { $language }
match-reason-open = { $count ->
    [one] 1 open trajectory
   *[other] { $count } open trajectories
}
cases-conversations = Conversations
cases-no-conversations = No conversation planned yet.
conversation-held-on = held on { $date }
conversation-not-held = not held
conversation-mark-held = Held
conversation-mark-not-held = Not held
step-first = First conversation
step-second = Second conversation
step-third = Third conversation
step-extra = Extra conversation
cases-plan-conversation = New conversation:
cases-on = on
cases-at = at
cases-end = After the third conversation
cases-close = Close: reasonable improvement
cases-refer-to = or refer to
cases-refer = Refer
incident-title = Record an incident
incident-no-description = PeerDesk records when, what kind, where and who is involved, and never what happened or what was said.
incident-occurred-on = Happened on
incident-occurred-time = At (if known)
incident-reported-on = Reported to the team on
incident-reported-time = At
incident-type = Type
incident-reporter = Reported by
incident-departments = Department(s), separated by commas
incident-involved = Employees involved
incident-other-department = asks for someone from another department
incident-remove = Remove
incident-find-person = Find someone
incident-add = Add
incident-save = Record incident
incident-fix-problems = Fix the marked fields, and add at least one employee.
toast-incident-recorded = Incident { $reference } recorded with { $count ->
    [one] one employee
   *[other] { $count } employees
} involved.
toast-offer-recorded = The offer was recorded.
toast-supporter-matched = { $name } is matched as peer supporter.
toast-conversation-planned = The conversation is planned.
toast-conversation-held = The conversation is recorded as held.
toast-conversation-not-held = The conversation is recorded as not held.
toast-trajectory-ended = The trajectory has ended.
cases-plan-button = Plan
problem-before-incident = Before the incident happened

## Peer networks
tab-networks = Networks
network-intro = Peers at the same level in similar organisations who meet at a regular place and time.
network-empty = No networks yet. Start one with "New network".
network-new = New network
network-new-title = New network
network-edit-title = Edit network
network-edit = Edit…
network-save = Save network
network-fix-problems = Fix the fields marked in red to save.
network-name = Name
network-audience = Who it is for
network-status = Status
network-status-active = active
network-status-paused = paused
network-status-ended = ended
network-convenor = Convenor
network-convenor-hint = Joins the network as a member.
network-no-convenor = no convenor yet
network-change = Change
network-choose = Choose
network-find-person = Type a name, email or department
person-no-organisation = no organisation
network-when = Regular meeting
network-where = Place
network-rule-kind-monthly = On a weekday of the month
network-rule-kind-weekly = Every few weeks
network-rule-the = The
network-rule-every-months = of every
network-rule-months = month(s)
network-rule-every = Every
network-rule-weeks-on = week(s) on
network-nth-label = Which weekday of the month
network-weekday-label = Weekday
network-nth-1 = first
network-nth-2 = second
network-nth-3 = third
network-nth-4 = fourth
network-nth-last = last
network-rule-monthly = { $months ->
    [1] every { $nth } { $weekday } of the month
    [3] the { $nth } { $weekday } of every quarter
   *[other] the { $nth } { $weekday } of every { $months } months
}
network-rule-weekly = { $weeks ->
    [1] every { $weekday }
   *[other] every { $weeks } weeks on { $weekday }
}
network-until = until { $date }
network-until-label = Last date (optional)
network-from = First possible date
network-time = Start time
network-minutes = Length (minutes)
network-preview = The rule gives:
network-at-place = At an address
network-online = Online
network-address = Address
network-link = Meeting link
network-rotating-hosts = The members' organisations host in turn
network-hosts-rotate = hosted by the members' organisations in turn
network-hosts-list = Hosts in turn: { $hosts }
network-member-count = { $count ->
    [one] 1 member
   *[other] { $count } members
}
network-members = Members ({ $count }; { $sharing } share their contact details)
network-consent-hint = Phone and email are shown to the network only for members who agreed to share them.
network-shares = shares contact details
network-shares-since = shares contact details since { $date }
network-former-members = Former members ({ $count })
network-former-member = { $name } · { $organisation } · member from { $joined } to { $left }
network-leave = Leaves…
network-leave-title = { $name } leaves the network
network-leave-hint = The member's past meetings and attendance stay in the network's history.
network-left-on = Leaves on
network-leave-save = Record leaving
network-add-member = Add a member:
network-add = Add
network-calendar = Calendar file…
network-calendar-hint = One calendar file with the whole series, its skipped and moved meetings. Sent again, it updates the series.
network-contact-sheet = Contact sheet…
network-member-list = Member list (CSV)…
network-email = Email the network
network-email-hint = Writes to the members who agreed to share their details.
network-next-meetings = Next meetings
network-no-meetings = No meetings planned.
network-no-members = No members yet.
network-meeting-skipped = skipped
network-meeting-moved = moved from { $date }
network-meeting-host = host: { $host }
network-skip = Skip
network-move = Move…
network-restore = Restore
network-move-title = Move the meeting of { $date }
network-move-hint = Only this meeting moves; the rest of the series stays as it is.
network-move-date = New date
network-move-unchanged = Change the date, time or length to move the meeting.
network-move-save = Move meeting
network-year = Year
network-year-summary = { $held ->
    [one] 1 meeting held
   *[other] { $held } meetings held
}, attendance recorded for { $recorded }, on average { $average } present.
network-absent = Not present at the last { $run } meetings: { $names }
network-none-held = No meetings held this year.
network-attendance = Attendance…
network-attendance-title = Who came on { $date }
network-attendance-count = { $count } of { $members } present
network-joined = Joined
network-left = Left
network-consent = Agreed to share details on
problem-left-before-joined = Before the member joined ({ $date }).
problem-network-meeting-taken = Another meeting of this network is on that day.
problem-network-move-far = Keep the meeting within { $days } days of its date.
pdf-contacts-title = Contact sheet — { $network }
pdf-contacts-members = Members ({ $count })
pdf-contacts-consent = Phone and email are listed only for members who agreed to share them with this network.
pdf-contacts-not-shared = not shared
pdf-contacts-role = Role
pdf-contacts-note = Note
file-network-calendar = network-{ $name }
file-network-contacts = contact-sheet-{ $name }
file-network-members = members-{ $name }
toast-network-created = Network "{ $name }" created.
toast-network-saved = Network saved.
toast-member-added = { $name } joined the network.
toast-member-left = { $name } leaves the network on { $date }.
toast-member-rejoined = The member is back in the network.
toast-consent-given = Agreement to share contact details recorded.
toast-consent-withdrawn = Contact details are no longer shared.
toast-meeting-skipped = The meeting of { $date } is skipped.
toast-meeting-moved = The meeting of { $date } moved to { $to }.
toast-meeting-restored = The meeting of { $date } is back as planned.
error-already-member = This person is already a member of the network.
error-not-a-member = This person is not (or no longer) a member of the network.
settings-absence-run = Name members absent for (meetings)
cli-arg-network = The network's number (see: peerdesk list networks)
cli-arg-supporter = The peer supporter's number (see: peerdesk list supporters)
cli-export-contacts = A network's contact sheet (PDF): phone and email only of members who agreed to share them
cli-export-members = A network's member list (CSV): phone and email only of members who agreed to share them
cli-list-networks-header = Id	Name	Status	Members	Regular meeting	Next meeting
cli-no-network = There is no network with number { $id }.

## Intervisie circles and mentoring
tab-circles = Circles
circles-part-demand = Demand and sign-ups
circles-part-circles = Circles and meetings
circles-part-mentoring = Mentoring
circles-part-methods = Methods
circles-intro = Small circles of people in the same career phase, each led by a chair, meeting online at the interval they choose.
circles-sign-up = Sign up…
circles-demand = Demand per career phase
circles-waiting = { $count ->
    [0] nobody waiting
   *[other] { $count } waiting (longest { $days } days)
}
circles-count = { $count ->
    [one] 1 circle
   *[other] { $count } circles
}
circles-enough = enough for a new circle
circles-enough-to-open = enough demand to open
circles-proposals = Proposed circles
circles-proposals-hint = PeerDesk proposes; you decide. Forming a circle asks first for its name, chair, link and cadence.
circles-no-proposals = No circle can be proposed: not enough people wait in one career phase.
circles-chair-proposed = Chair: { $name } (leads { $circles }, shares { $language })
circles-no-chair = no chair available
circles-form = Form this circle…
circles-waiting-list = Waiting sign-ups ({ $count })
circles-nobody-waiting = Nobody is waiting.
circles-waiting-days = waiting { $days } days
circles-withdraw = Withdraw
circles-none = No circles yet. Form one from the proposals on "Demand and sign-ups".
signup-title = Sign-up for intervisie or mentoring
signup-person = Who
signup-find = Find someone:
signup-from-directory = Choose from the directory instead
signup-wish = Signs up for
signup-phase = Career phase
signup-signed-on = Signed up on
signup-languages = Languages
signup-times = Preferred times
signup-rules = The two rules
rule-confidential = What is said in the circle stays in the circle.
rule-anything = Anything may be discussed.
signup-rules-accepted = Accepted both rules
signup-rules-on = Accepted on
signup-save = Record sign-up
signup-fix-problems = Fix the fields marked in red; both rules must be accepted.
wish-circle = a circle
wish-mentor = a mentor
wish-both = a circle and a mentor
wish-offers-mentoring = offers to be a mentor
circle-form-title = Form a circle
circle-edit-title = Edit circle
circle-name = Name
circle-chair = Chair
circle-link = Meeting link
circle-address = Address
circle-online = Meets online
circle-status = Status
circle-status-forming = forming
circle-status-meeting = meeting
circle-status-ended = ended
circle-cadence = Cadence (chosen by the participants)
cadence-agreed = next date agreed at each meeting
cadence-weeks = every { $weeks } weeks
circle-every = Every
circle-weeks = weeks
circle-form-save = Form circle
circle-save = Save circle
circle-fix-problems = Fix the fields marked in red to save.
circle-formed-on = Formed on
circle-members = Members ({ $count } of at most { $max }; the chair not counted)
circle-remove-member = Remove
circle-plan-meeting = Plan a meeting…
circle-member-list = Member list (PDF)…
circle-member-list-hint = The members' email and phone, for the chair only.
circle-email = Email the circle
circle-meetings = Meetings
circle-no-meetings = No meetings planned yet.
circle-session-plan = Session plan…
circle-meeting-cancel = Cancel
circle-meeting-cancelled = cancelled
circle-meeting-title = Meeting of { $circle }
circle-meeting-date = Date
circle-meeting-method = Method
circle-meeting-case-bringer = Case bringer
circle-meeting-suggested = Suggested: who has gone longest without bringing a case.
circle-meeting-save = Save meeting
circle-plan = Session plan
circle-plan-overflow = The method takes { $minutes } minutes more than the meeting: shorten phases or lengthen the meeting.
mentors-title = Mentors ({ $count })
mentors-hint = People with the mentor role. Someone who offers to mentor on a sign-up gets the role and a profile.
mentors-every-phase = every phase
mentors-load = { $open } of { $capacity } mentees · { $phases }
mentors-capacity = Capacity (mentees)
mentors-phases = Phases mentored
mentors-phases-hint = None ticked: every phase.
mentors-save = Save mentor
mentees-waiting = Waiting for a mentor ({ $count })
mentees-none = Nobody waits for a mentor.
mentees-no-mentor = No mentor with room for this phase.
mentees-propose = Propose
match-language = speaks { $language }
match-ahead = { $count ->
    [one] 1 phase ahead
   *[other] { $count } phases ahead
}
match-department = same department: { $department }
match-position = same position: { $position }
match-times = { $count } preferred times in common
match-capacity = room for { $count } more
pair-names = { $mentor } mentors { $mentee }
pairs-calendar = Dates (ICS)…
file-pair-calendar = mentoring-{ $name }
cli-no-pair = There is no mentor pair with number { $id }.
pairs-title = Pairs
pairs-none = No pairs yet: propose a mentor above.
pairs-confirm = Confirm
pairs-decline = Decline
pairs-met-today = Met today
pairs-end = End…
pairs-end-title = End the pair
pairs-ended-on = Ended on
pairs-reason = Reason
pairs-end-save = End pair
pairs-ended = Ended pairs ({ $count })
pairs-active-line = active since { $date } · { $count } meetings
pair-status-proposed = proposed
pair-status-active = active
pair-status-ended = ended
pair-end-completed = completed
pair-end-mentee-stopped = the mentee stopped
pair-end-mentor-stopped = the mentor stopped
pair-end-not-a-match = not a match
pair-end-other = other
methods-new = New method…
methods-hint = Each method is a sequence of phases with a time box; a meeting's session plan puts them on the clock.
methods-title = { $name } ({ $minutes } min)
methods-new-title = New method
methods-edit-title = Edit method
methods-name = Name
methods-phases = Phases
methods-phase-title = Phase
methods-phase-what = What happens
methods-minutes = min
methods-add-phase = Add a phase
methods-total = Together { $minutes } minutes.
methods-save = Save method
methods-phases-problem = Every phase needs a title and 1 to 180 minutes.
method-incident = Incident method
method-incident-1 = Opening
method-incident-1-what = The chair opens, recalls the two rules and keeps the time.
method-incident-2 = The case in brief
method-incident-2-what = The case bringer briefly describes a concrete situation from work.
method-incident-3 = Clarifying questions
method-incident-3-what = The others ask factual, clarifying questions; no advice yet.
method-incident-4 = Analysis
method-incident-4-what = Together the group looks at what is at stake and what the core question is.
method-incident-5 = Advice from each
method-incident-5-what = Each participant gives advice or shares a similar experience.
method-incident-6 = The case bringer reflects
method-incident-6-what = The case bringer says what helped and what they will do.
method-incident-7 = Evaluation
method-incident-7-what = How did the method and the meeting go?
method-incident-8 = Closing
method-incident-8-what = The chair closes and agrees the next date and case bringer.
method-balint = Balint method
method-balint-1 = Opening
method-balint-1-what = The chair opens and recalls the two rules.
method-balint-2 = The case told
method-balint-2-what = The case bringer tells the case without notes, as it comes to mind.
method-balint-3 = Factual questions
method-balint-3-what = Short factual questions only.
method-balint-4 = The group associates
method-balint-4-what = The group shares associations, feelings and images while the case bringer only listens.
method-balint-5 = The case bringer responds
method-balint-5-what = The case bringer says what struck them.
method-balint-6 = Closing
method-balint-6-what = A round of what each takes home; the chair closes.
method-golden-tips = Golden tips
method-golden-tips-1 = Opening
method-golden-tips-1-what = The chair opens and recalls the two rules.
method-golden-tips-2 = The case
method-golden-tips-2-what = The case bringer describes the situation and the question.
method-golden-tips-3 = Questions
method-golden-tips-3-what = The others ask questions to understand the situation.
method-golden-tips-4 = Everyone writes tips
method-golden-tips-4-what = Each writes down tips in silence.
method-golden-tips-5 = Tips read out
method-golden-tips-5-what = The tips are read out one by one, without discussion.
method-golden-tips-6 = The case bringer chooses
method-golden-tips-6-what = The case bringer chooses the golden tip or tips and says why.
method-golden-tips-7 = Closing
method-golden-tips-7-what = Evaluation; the chair closes.
method-ten-steps = Ten-step method
method-ten-steps-1 = Opening and choosing a case
method-ten-steps-1-what = The chair opens; the group chooses whose case it discusses.
method-ten-steps-2 = The case told
method-ten-steps-2-what = The case bringer tells the case.
method-ten-steps-3 = Clarifying questions
method-ten-steps-3-what = Questions to understand the situation.
method-ten-steps-4 = The problem stated
method-ten-steps-4-what = The case bringer states the problem in one question.
method-ten-steps-5 = Everyone's view
method-ten-steps-5-what = Each says how they see the problem.
method-ten-steps-6 = Analysis
method-ten-steps-6-what = The group looks for patterns and causes.
method-ten-steps-7 = The case bringer's reaction
method-ten-steps-7-what = The case bringer says what they recognise.
method-ten-steps-8 = Advice
method-ten-steps-8-what = Each gives advice.
method-ten-steps-9 = The case bringer's choice
method-ten-steps-9-what = The case bringer says which advice they will follow.
method-ten-steps-10 = Evaluation
method-ten-steps-10-what = How did it go; the chair closes.
pdf-plan-title = Session plan — { $circle }
pdf-plan-phase = Phase
pdf-plan-what = What happens
pdf-plan-over = past the end
pdf-circle-members-title = Members — { $circle }
pdf-circle-members-confidential = For the chair of this circle only: do not pass on.
file-session-plan = session-plan-{ $name }-{ $date }
file-circle-members = members-{ $name }
file-circle-calendar = circle-{ $name }
problem-rules-not-accepted = Both rules must be accepted.
problem-chair-is-member = The chair cannot also be a member.
error-already-in-circle = This person is already in an active circle.
error-mentor-full = This mentor has no room for another mentee.
error-pair-not-open = This pair has already been confirmed or ended.
settings-circle-min = Smallest circle
settings-open-threshold = Open a phase when waiting
settings-mentor-capacity = Mentees per new mentor
toast-signup-recorded = Sign-up of { $name } recorded.
toast-signup-withdrawn = Sign-up withdrawn.
toast-signup-back = The sign-up is waiting again.
toast-circle-formed = Circle "{ $name }" formed.
toast-circle-saved = Circle saved.
toast-circle-member-added = { $name } joined the circle.
toast-circle-member-removed = { $name } left the circle and waits again.
toast-circle-meeting-planned = Meeting planned.
toast-circle-meeting-saved = Meeting saved.
toast-circle-meeting-cancelled = Meeting cancelled.
toast-circle-meeting-restored = The meeting takes place again.
toast-method-saved = Method saved.
toast-mentor-saved = Mentor saved.
toast-pair-proposed = { $name } proposed as mentor.
toast-pair-started = The pair has started.
toast-pair-ended = The pair has ended.
toast-pair-met = Meeting noted.
cli-arg-circle = The circle's number (see: peerdesk list circles)
cli-arg-meeting = The circle meeting's number (see: peerdesk list meetings)
cli-export-plan = A circle meeting's session plan (PDF): each phase of its method on the clock
cli-list-circles-header = Id	Name	Career phase	Status	Chair	Members	Cadence
cli-list-meetings-header = Id	Circle	Starts	Minutes	Method	Cancelled
cli-no-circle = There is no circle with number { $id }.
cli-no-meeting = There is no circle meeting with number { $id }.
cli-no-method = Circle meeting { $id } has no method yet: choose one in the window first.

## The anonymous yearly report
report-open = Yearly report…
report-title = Incident peer support { $year }: anonymous yearly report
report-note = Counts from 1 to { $max } are shown as "< { $shown }"; a count shown as "•" is withheld because a small one could be worked out from it. No names, departments or references.
report-incidents = Incidents by type and quarter
report-type = Type
report-q1 = Q1
report-q2 = Q2
report-q3 = Q3
report-q4 = Q4
report-year = Year
report-total = All types
report-support = Support
report-employees = Employees involved
report-accepted = Offers accepted
report-declined = Offers declined
report-within = First conversation within { $hours } hours of the report
report-percent-of = { $percent }% of { $count }
report-median = Median time to the first conversation
report-hours = { $hours } hours
report-conversations = Conversations per ended trajectory
report-closed = Closed after the third conversation
report-referred = Referred
report-save = Save { $year } as PDF…
settings-report-threshold = Hide report counts up to
file-incident-report = incident-support-report-{ $year }
cli-export-report = The anonymous yearly report of incident peer support (PDF): small numbers hidden
cases-involved = Involved
cases-add-involved = Someone else involved:
toast-involved-added = { $name } added to the incident, with a trajectory of their own.
supporter-open-button = Conversations…
supporter-title = { $name }: peer-support conversations
supporter-open = { $count ->
    [one] Supports 1 employee now.
   *[other] Supports { $count } employees now.
}
supporter-coming = Coming conversations
supporter-none = No conversations planned.
supporter-calendar = Calendar file…
supporter-email = Email the supporter
supporter-subject = Peer support
passphrase-add = Give this database a passphrase
passphrase-add-understood = I understand: without the passphrase nobody can open this file or its backups again, not even me.
passphrase-add-hint = The file and every backup beside it are rewritten encrypted; a checked backup is made first. The window stays open.
toast-encrypted = The database and its backups are encrypted now. Keep the passphrase safe.
error-already-encrypted = This database has a passphrase already.

payments-title = Payments of invoice { $number }
payments-history = History
payments-none = Nothing received yet.
payments-total = Invoice total
payments-received = Received
payments-outstanding = Still open
payments-refunded = Refunded
payments-refund-owed = Still to refund
payments-kind-received = payment
payments-kind-refund = refund
payments-reversed-on = reversed { $date }
payments-reverse = Reverse…
payments-reverse-explain = Reverse the entry of { $amount } of { $date }? It stays in the history, marked reversed, and no longer counts: the invoice is open again for that amount.
payments-reverse-confirm = Reverse
payments-reverse-keep = Keep it
payments-new = Record a payment
payments-new-refund = Record a refund
payments-date = Date
payments-record = Record payment
payments-record-refund = Record refund
payments-settled = Paid in full: nothing is open.
payments-settled-credited = Credited; nothing is owed back.
problem-before-invoice = Before the invoice's date
problem-above-amount = More than the { $max } that is open
problem-nothing-open = Nothing is open on this invoice
error-payment-kept = This entry cannot be reversed: it was reversed already, or a refund was made from it.
opening-file = Opening { $file }…

# Lists for a spreadsheet (CSV)
csv-save = Save as CSV…
csv-save-people-hover = { $count ->
    [one] The person shown, as a list for Excel
   *[other] The { $count } people shown, in this order, as a list for Excel
}
csv-save-waiting-hover = Everyone on the waiting list, longest waiting first, as a list for Excel
csv-save-invoices-hover = { $count ->
    [one] The invoice shown, with what was received and what is open, as a list for Excel
   *[other] The { $count } invoices shown, with what was received and what is open, as a list for Excel
}
csv-days-waiting = Days waiting
csv-net = Excl. VAT
csv-vat = VAT
csv-total = Total
csv-received = Received
csv-open = Open
file-people-list = people-{ $date }
file-waiting-list = waiting-list-{ $date }
file-invoice-list = invoice-list-{ $date }
cli-export-csv = A list for a spreadsheet (CSV that Excel opens): people, waiting or invoices
cli-arg-list = Which list: people (everyone active), waiting (the waiting list) or invoices
cli-arg-csv-year = Only the invoices of this year
cli-bad-list = '{ $value }' is not a list; choose people, waiting or invoices.

# The organisation's calendar: public holidays and the closed period
settings-calendar = Closed period
settings-calendar-hint = Sessions planned on a Dutch public holiday, or in this period (every year), get a warning when they are planned or moved. Leave both fields empty if the organisation never closes.
settings-closed-from = Closed from (day-month)
settings-closed-to = Until and including
problem-day-month = Write a day and month, like 24-12
problem-not-a-full-path = Give the whole path of the folder, from the start of the drive
problem-folder-missing = This folder does not exist or cannot be reached
day-holiday = { $holiday } (public holiday)
day-closed = in the closed period ({ $from } – { $to })
holiday-new-year = New Year's Day
holiday-good-friday = Good Friday
holiday-easter-sunday = Easter Sunday
holiday-easter-monday = Easter Monday
holiday-kings-day = King's Day
holiday-liberation-day = Liberation Day
holiday-ascension-day = Ascension Day
holiday-whit-sunday = Whit Sunday
holiday-whit-monday = Whit Monday
holiday-christmas-day = Christmas Day
holiday-boxing-day = Boxing Day

# Leaving Settings with unsaved changes
settings-leave-title = Unsaved changes
settings-leave-body = Your changes to the settings are not saved yet.
settings-leave-body-invalid = Your changes to the settings are not saved yet, and something in them is not right: stay to correct it, or discard them.
settings-leave-save = Save and continue
settings-leave-discard = Discard changes
settings-leave-stay = Stay in Settings

# A person's page
people-overview = Overview…
people-overview-hint = This person's registrations, groups and invoices
page-registrations = Registrations
page-groups = Groups
page-invoices = Invoices
page-none = None
page-waiting = { $days ->
    [one] waiting, 1 day
   *[other] waiting, { $days } days
}
page-withdrawn = withdrawn
page-placed = in { $group } · { $price }
page-member = member
page-attendance = present at { $present } of { $held } sessions held
page-excused = { $count } excused
page-absent = { $count } absent
page-held = { $held ->
    [one] 1 session held
   *[other] { $held } sessions held
}
page-next = next { $date }
session-actions = Actions…

# Department clusters
settings-clusters = Department clusters
settings-clusters-hint = Departments that work closely together. When a peer supporter is matched, one from a department in the same cluster comes before others. One cluster per line: a name, a colon, then two or more departments separated by commas, for example “Acute care: Emergency Department, Intensive Care”.
settings-clusters-field = Clusters
problem-cluster-line = { $line ->
    [0] Each cluster needs a name and two or more departments
   *[other] Line { $line }: write a name, a colon, then two or more departments separated by commas
}
problem-cluster-twice = There are two clusters named { $name }
problem-department-twice = { $department } is in two clusters

# Correcting an incident's facts
incident-edit = Correct the facts…
incident-edit-title = Facts of { $reference }
incident-edit-hint = The reference stays the same. The due dates of the conversations follow the corrected dates; everyone involved keeps their own trajectory.
toast-incident-changed = The facts of { $reference } were corrected.
problem-after-conversation = A conversation was already held on { $date }: the report cannot come after it
incident-save-facts = Save the facts
incident-fix-facts = Correct the marked fields.
supporter-open-only = Select a peer supporter to see their conversations
coach-schedule-only = Select a coach to see their schedule

# peerdesk list groups|coaches|funding
cli-list-groups-header = Id	Name	Status	Coach	Members	Sessions	Next session
cli-list-coaches-header = Id	Name	Department	Active groups
cli-list-funding-header = Id	Name	Central budget	Status
cli-yes = yes
cli-no = no

cli-help = Show this help
cli-version = Show the version number
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-placeholder-command = COMMAND
cli-placeholder-options = OPTIONS
cli-placeholder-path = PATH
cli-placeholder-file = FILE
cli-placeholder-dir = DIR
cli-placeholder-date = DATE
cli-placeholder-year = YYYY
cli-placeholder-month = YYYY-MM
cli-placeholder-id = ID
cli-placeholder-list = LIST
cli-placeholder-what = WHAT
cli-arg-what = What to show: incidents, supporters, networks, circles, meetings, groups, coaches or funding
cli-error-value = '{ $value }' is not a valid value for { $option }.
cli-error-unknown-option = { $option } is not an option of this command.
cli-error-unknown-command = '{ $command }' is not a command.
cli-error-missing = Needed but not given: { $options }.
cli-error-no-command = This command needs a further command.
cli-error-conflict = { $option } cannot be used with { $other }.
cli-error-option = { $option } cannot be read like this.
cli-error-more = See: { $command }
cli-error-no-value = { $option } needs a value.
window-number = no. { $id }
window-number-hint = The command line asks for this number, for example: { $command }
day-part-morning = Morning
day-part-afternoon = Afternoon
day-part-evening = Evening
toast-wish-recorded = The wish is recorded; matching respects it.
settings-case-lists = Incident support lists
settings-case-lists-hint = The choices offered when an incident is recorded and a trajectory ends. An item an incident, a trajectory or the yearly figures still name cannot be removed, but it can be renamed.
settings-incident-types = Incident types
settings-new-incident-type = New incident type
settings-reporters = Reported by
settings-new-reporter = New reporter
settings-referrals = Referred to
settings-new-referral = New referral
incident-new-in-directory = new in the directory
incident-add-new-person = Add to the incident
page-supporter-coming = Planned peer-support conversations
report-closed-share = Closed and referred
report-closed-share-value = { $closed }% closed, { $referred }% referred
purge-people-would = { $people ->
    [one] 1 person added to the directory only for an incident would be erased.
   *[other] { $people } people added to the directory only for an incident would be erased.
}
purge-people-done = { $people ->
    [one] 1 person added to the directory only for an incident was erased.
   *[other] { $people } people added to the directory only for an incident were erased.
}
toast-backups-not-rekeyed = { $count ->
    [one] 1 backup could not get the new passphrase (is its folder read-only or full?): it still opens with the old one.
   *[other] { $count } backups could not get the new passphrase (is their folder read-only or full?): they still open with the old one.
}
toast-backups-left-readable = { $count ->
    [one] 1 backup could not be encrypted (is its folder read-only or full?): it is still readable without a passphrase. Delete it once the folder allows it.
   *[other] { $count } backups could not be encrypted (is their folder read-only or full?): they are still readable without a passphrase. Delete them once the folder allows it.
}
toast-backups-away-readable = The backups folder { $folder } could not be reached: the backups in it are still readable without a passphrase. Delete them when the folder is back.
toast-backups-away-old-passphrase = The backups folder { $folder } could not be reached: the backups in it still open with the old passphrase. Delete them when the folder is back, or keep the old passphrase with them.
conversation-held-other-day = Held on another day…
conversation-held-day = Held on
conversation-record-held = Record as held

cli-import = Adds the people of a CSV file to the directory, one at a time. Columns are found by their headings (name, email, phone, organisation, department; in Dutch or English). Someone already in the directory (the same email address, or without one the same name) is passed over, so an interrupted import can be run again.
cli-import-file = The CSV file, as a spreadsheet saves it (separated by ; or ,).
import-unreadable = { $file } could not be read. Check the file's name and that you may open it.
import-empty = { $file } is empty.
import-no-name-column = { $file } has no column headed “name” (or “naam”): the first line must hold the headings.
import-bad-line = Line { $line } of the file cannot be read (a quote not closed?). Nothing was imported.
import-ignored-columns = Not read (no field of that name): { $columns }.
import-added = Line { $line }: added as person { $id }: { $name }.
import-added-namesake = Line { $line }: added as person { $id }: { $name }. Person { $other } has the same name and another email address: check that this is someone else.
import-known = Line { $line }: already in the directory as person { $id }: { $name }. Passed over.
import-refused = Line { $line }: not added. { $problems }
import-done = { $added ->
    [one] 1 person added
   *[other] { $added } people added
}, { $known } already there, { $refused } not added.
