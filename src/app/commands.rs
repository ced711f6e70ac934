//! What the user asked for, applied after the frame through the store.

use super::{PeerDeskApp, Tab};
use crate::app::groups::FormGroupRequest;
use crate::documents::DocumentRequest;
use crate::domain::groups::{
    Attendance, FundingSourceId, GroupDraft, GroupId, GroupPricing, RegistrationDraft, RegistrationId, SessionId,
    SessionStatus,
};
use crate::domain::invoices::{InvoiceDraft, InvoiceId};
use crate::domain::{ListItemId, ListKind, PersonDraft, PersonId, Settings};
use crate::i18n::{Arg, I18n, Language};
use crate::store::NewGroup;
use crate::store::{DeleteOutcome, Refusal, StoreError};
use chrono::NaiveDateTime;
use std::path::PathBuf;

/// One thing the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SwitchTab(Tab),
    SetLanguage(Language),
    SavePerson(PersonDraft),
    DeletePerson(PersonId),
    SaveSettings(Settings),
    AddListItem(ListKind, String),
    RenameListItem(ListItemId, String),
    RemoveListItem(ListItemId),
    /// Welcome screen: keep this (empty) database.
    StartEmpty,
    /// Open the demo database, writing the demo data first if needed.
    OpenDemo,
    /// Open the user's own database.
    OpenMyDatabase,
    /// Ask for a file and open it.
    PickDatabase,
    OpenPath(PathBuf),
    ShowAbout(bool),
    /// A person typed into the registration dialog; added to it once saved.
    SavePersonForRegistration(PersonDraft),
    SaveRegistration(RegistrationDraft),
    WithdrawRegistration(RegistrationId),
    FormGroup(FormGroupRequest),
    AddToGroup(GroupId, RegistrationId),
    RemoveFromGroup(RegistrationId),
    SaveGroup(GroupDraft),
    AddSessions {
        group: GroupId,
        starts: Vec<NaiveDateTime>,
        minutes: i64,
    },
    MoveSession {
        id: SessionId,
        starts_at: NaiveDateTime,
        minutes: i64,
    },
    SetSessionStatus(SessionId, SessionStatus),
    SetAttendance(SessionId, PersonId, Option<Attendance>),
    SaveDocument(DocumentRequest),
    SetDocumentLanguage(Language),
    CreateInvoices(Vec<InvoiceDraft>),
    IssueInvoice(InvoiceId),
    DeleteDraftInvoice(InvoiceId),
    MarkInvoicePaid(InvoiceId),
    CreditInvoice(InvoiceId),
    BatchPrint {
        ids: Vec<InvoiceId>,
        one_file: bool,
    },
    CancelBatch,
    AddFundingSource(String, bool),
    SetBillingAddress(FundingSourceId, String),
    UpdateFundingSource(FundingSourceId, Option<String>, bool),
    RemoveFundingSource(FundingSourceId),
}

impl PeerDeskApp {
    /// Applies one command and reports the outcome.
    pub(crate) fn apply(&mut self, command: Command) {
        match command {
            Command::SwitchTab(tab) => self.tab = tab,
            Command::SetLanguage(language) => {
                let previous = self.i18n.language();
                self.i18n.set_language(language);
                self.prefs.language = Some(language);
                if let Some(db) = &self.db {
                    self.settings.language_changed(&db.view.settings, previous);
                }
            }
            Command::ShowAbout(open) => self.about_open = open,
            Command::OpenMyDatabase => {
                let path = self.paths.default_db();
                self.open(&path);
            }
            Command::OpenPath(path) => self.open(&path),
            Command::PickDatabase => {
                let title = self.i18n.tr("menu-open-file");
                if let Some(path) = self.file_dialogs.pick_database(&title) {
                    self.open(&path);
                }
            }
            Command::OpenDemo => self.open_demo(),
            Command::SaveDocument(request) => self.save_document(&request),
            Command::SetDocumentLanguage(language) => self.prefs.document_language = Some(language),
            Command::BatchPrint { ids, one_file } => self.start_batch(ids, one_file),
            Command::CancelBatch => {
                if let Some(batch) = &self.batch {
                    batch.cancel();
                }
            }
            other => self.apply_to_store(other),
        }
    }

    fn open_demo(&mut self) {
        let path = self.paths.demo_db();
        if let Err(e) = self.paths.ensure_data_dir() {
            self.toasts.error(e.to_string());
            return;
        }
        let today = self.today();
        // The demo is written once, into its own file, the first time it is opened.
        let written = crate::store::Store::open(&path).and_then(|mut store| {
            if store.count_people()? == 0 {
                crate::demo::write_demo(&mut store, &crate::demo::DemoOptions::standard(today))?;
            }
            Ok(())
        });
        if let Err(e) = written {
            self.open_error = Some(store_error_text(&self.i18n, &e));
            return;
        }
        self.open(&path);
        if self.open_error.is_none() {
            self.toasts.success(self.i18n.tr("toast-demo-opened"));
        }
    }

    fn apply_to_store(&mut self, command: Command) {
        let today = self.today();
        let Some(db) = &mut self.db else { return };
        let i18n = &self.i18n;
        let outcome: Result<String, StoreError> = match &command {
            Command::SavePerson(draft) => db.store.save_person(draft).map(|id| {
                self.people.person_saved(id);
                i18n.tr_args("toast-person-saved", &[("name", Arg::from(draft.name.trim()))])
            }),
            Command::DeletePerson(id) => {
                let name = db.view.people.iter().find(|r| r.id == *id).map(|r| r.name.clone()).unwrap_or_default();
                db.store.delete_person(*id).map(|outcome| match outcome {
                    DeleteOutcome::Deleted => i18n.tr_args("toast-person-deleted", &[("name", name.into())]),
                    DeleteOutcome::Deactivated => i18n.tr_args("toast-person-deactivated", &[("name", name.into())]),
                })
            }
            Command::SaveSettings(settings) => db.store.save_settings(settings).map(|()| {
                self.settings.saved();
                i18n.tr("toast-settings-saved")
            }),
            Command::AddListItem(kind, name) => db
                .store
                .add_list_item(*kind, name)
                .map(|_| i18n.tr_args("toast-list-item-added", &[("name", Arg::from(name.trim()))])),
            Command::RenameListItem(id, name) => db
                .store
                .rename_list_item(*id, name)
                .map(|()| i18n.tr_args("toast-list-item-renamed", &[("name", Arg::from(name.trim()))])),
            Command::RemoveListItem(id) => db.store.remove_list_item(*id).map(|()| i18n.tr("toast-list-item-removed")),
            Command::StartEmpty => db.store.mark_welcomed().map(|()| i18n.tr("toast-welcome-empty")),
            Command::SavePersonForRegistration(draft) => db.store.save_person(draft).map(|id| {
                self.groups.person_created(id);
                i18n.tr_args("toast-person-saved", &[("name", Arg::from(draft.name.trim()))])
            }),
            Command::SaveRegistration(draft) => db.store.save_registration(draft).map(|_| {
                self.groups.saved();
                i18n.tr("toast-registration-saved")
            }),
            Command::WithdrawRegistration(id) => {
                db.store.withdraw_registration(*id).map(|()| i18n.tr("toast-registration-withdrawn"))
            }
            Command::FormGroup(request) => {
                let new = NewGroup {
                    name: request.name.trim().to_string(),
                    registrations: request.registrations.clone(),
                    coach: request.coach,
                    pricing: GroupPricing::from_defaults(&db.view.settings.programme),
                    formed_on: today,
                };
                db.store.form_group(&new).map(|id| {
                    self.groups.group_formed(id);
                    i18n.tr_args("toast-group-formed", &[("name", Arg::from(new.name.as_str()))])
                })
            }
            Command::AddToGroup(group, registration) => {
                db.store.add_to_group(*group, *registration).map(|()| i18n.tr("toast-group-member-added"))
            }
            Command::RemoveFromGroup(registration) => {
                db.store.remove_from_group(*registration).map(|()| i18n.tr("toast-group-member-removed"))
            }
            Command::SaveGroup(draft) => db.store.save_group(draft).map(|()| {
                self.groups.saved();
                i18n.tr_args("toast-group-saved", &[("name", Arg::from(draft.name.trim()))])
            }),
            Command::AddSessions { group, starts, minutes } => {
                db.store.add_sessions(*group, starts, *minutes).map(|ids| {
                    self.groups.saved();
                    i18n.tr_args("toast-sessions-planned", &[("count", Arg::from(ids.len()))])
                })
            }
            Command::MoveSession { id, starts_at, minutes } => {
                db.store.move_session(*id, *starts_at, *minutes).map(|()| {
                    self.groups.saved();
                    i18n.tr("toast-session-moved")
                })
            }
            Command::SetSessionStatus(id, status) => db.store.set_session_status(*id, *status).map(|()| {
                i18n.tr(if *status == SessionStatus::Cancelled {
                    "toast-session-cancelled"
                } else {
                    "toast-session-restored"
                })
            }),
            Command::SetAttendance(session, person, mark) => {
                db.store.set_attendance(*session, *person, *mark).map(|()| i18n.tr("toast-attendance-saved"))
            }
            Command::CreateInvoices(drafts) => db.store.create_invoices(drafts).map(|ids| {
                self.finance.saved();
                i18n.tr_args("toast-invoices-created", &[("count", Arg::from(ids.len()))])
            }),
            Command::IssueInvoice(id) => db
                .store
                .issue_invoice(*id, today)
                .map(|number| i18n.tr_args("toast-invoice-issued", &[("number", Arg::from(number))])),
            Command::DeleteDraftInvoice(id) => {
                db.store.delete_draft_invoice(*id).map(|()| i18n.tr("toast-draft-deleted"))
            }
            Command::MarkInvoicePaid(id) => {
                db.store.mark_invoice_paid(*id, today).map(|()| i18n.tr("toast-invoice-paid"))
            }
            Command::CreditInvoice(id) => {
                db.store.credit_invoice(*id, today).map(|_| i18n.tr("toast-invoice-credited"))
            }
            Command::SetBillingAddress(id, address) => {
                db.store.set_billing_address(*id, address).map(|()| i18n.tr("toast-funding-saved"))
            }
            Command::AddFundingSource(name, central) => db
                .store
                .add_funding_source(name, *central)
                .map(|_| i18n.tr_args("toast-list-item-added", &[("name", Arg::from(name.trim()))])),
            Command::UpdateFundingSource(id, name, central) => {
                db.store.update_funding_source(*id, name.as_deref(), *central).map(|()| i18n.tr("toast-funding-saved"))
            }
            Command::RemoveFundingSource(id) => {
                db.store.remove_funding_source(*id).map(|()| i18n.tr("toast-list-item-removed"))
            }
            _ => return,
        };
        match outcome {
            Ok(message) => {
                self.toasts.success(message);
                self.reload();
            }
            Err(e) => self.toasts.error(store_error_text(&self.i18n, &e)),
        }
    }
}

/// The sentence for a store error, in the user's language.
pub fn store_error_text(i18n: &I18n, error: &StoreError) -> String {
    let path = |p: &std::path::Path| Arg::from(p.display().to_string());
    match error {
        StoreError::NoSuchFolder(p) => i18n.tr_args("error-no-folder", &[("path", path(p))]),
        StoreError::NotPeerDesk(p) => i18n.tr_args("error-not-peerdesk", &[("path", path(p))]),
        StoreError::TooNew { path: p, .. } => i18n.tr_args("error-too-new", &[("path", path(p))]),
        StoreError::Busy => i18n.tr("error-busy"),
        StoreError::NotFound(_) => i18n.tr("error-not-found"),
        StoreError::Refused(Refusal::ListItemExists) => i18n.tr("error-list-item-exists"),
        StoreError::Refused(Refusal::ListItemInUse) => i18n.tr("error-list-item-in-use"),
        StoreError::Refused(Refusal::NotEmpty) => i18n.tr("error-not-empty"),
        StoreError::Refused(Refusal::RegistrationPlaced) => i18n.tr("error-registration-placed"),
        StoreError::Refused(Refusal::InvoiceFrozen) => i18n.tr("error-invoice-frozen"),
        StoreError::Refused(Refusal::AlreadyInvoiced) => i18n.tr("error-already-invoiced"),
        StoreError::Sqlite(e) => i18n.tr_args("error-database", &[("reason", Arg::from(e.to_string()))]),
    }
}
