//! What the Settings tab asks for, applied through the store after the frame.

use super::SettingsTab;
use crate::app::outcome::{Changed, Env, Outcome};
use crate::domain::funding::FundingSourceId;
use crate::domain::incidents::cases::{CaseListItemId, CaseListKind};
use crate::domain::{ListItemId, ListKind, Settings};
use crate::i18n::Arg;
use crate::store::StoreError;

/// One thing the user asked for on the Settings tab.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SaveSettings(Box<Settings>),
    AddListItem(ListKind, String),
    RenameListItem(ListItemId, String),
    RemoveListItem(ListItemId),
    AddFundingSource(String, bool),
    /// A billing address, typed in the form opened at the source's version.
    SetBillingAddress(FundingSourceId, String, Option<i64>),
    /// A new name (if any) and the central budget, from the source's version.
    UpdateFundingSource(FundingSourceId, Option<String>, bool, Option<i64>),
    RemoveFundingSource(FundingSourceId),
    AddCaseListItem(CaseListKind, String),
    RenameCaseListItem(CaseListItemId, String),
    RemoveCaseListItem(CaseListItemId),
}

impl Command {
    /// Applies the command; the tab hears of a success.
    pub(crate) fn apply(self, tab: &mut SettingsTab, env: Env<'_>) -> Result<Outcome, StoreError> {
        let (store, i18n) = (env.store, env.i18n);
        let named = |id: &str, name: &str| i18n.tr_args(id, &[("name", Arg::from(name.trim()))]);
        Ok(match self {
            Command::SaveSettings(settings) => {
                store.save_settings(&settings)?;
                tab.saved();
                Outcome::new(i18n.tr("toast-settings-saved"), Changed::SETTINGS)
            }
            Command::AddListItem(kind, name) => {
                store.add_list_item(kind, &name)?;
                Outcome::new(named("toast-list-item-added", &name), Changed::LISTS)
            }
            Command::RenameListItem(id, name) => {
                store.rename_list_item(id, &name)?;
                Outcome::new(named("toast-list-item-renamed", &name), Changed::LISTS)
            }
            Command::RemoveListItem(id) => {
                store.remove_list_item(id)?;
                Outcome::new(i18n.tr("toast-list-item-removed"), Changed::LISTS)
            }
            Command::AddFundingSource(name, central) => {
                store.add_funding_source(&name, central)?;
                tab.funding_added();
                Outcome::new(named("toast-list-item-added", &name), Changed::FUNDING)
            }
            Command::SetBillingAddress(id, address, version) => {
                store.set_billing_address(id, &address, version)?;
                tab.billing_address_saved(id);
                tab.funding_saved_here(id, version);
                Outcome::new(i18n.tr("toast-funding-saved"), Changed::FUNDING)
            }
            Command::UpdateFundingSource(id, name, central, version) => {
                store.update_funding_source(id, name.as_deref(), central, version)?;
                if name.is_some() {
                    tab.funding_renamed(id);
                }
                tab.funding_saved_here(id, version);
                Outcome::new(i18n.tr("toast-funding-saved"), Changed::FUNDING)
            }
            Command::RemoveFundingSource(id) => {
                store.remove_funding_source(id)?;
                Outcome::new(i18n.tr("toast-list-item-removed"), Changed::FUNDING)
            }
            Command::AddCaseListItem(kind, name) => {
                store.add_case_list_item(kind, &name)?;
                Outcome::new(named("toast-list-item-added", &name), Changed::CASES)
            }
            Command::RenameCaseListItem(id, name) => {
                store.rename_case_list_item(id, &name)?;
                Outcome::new(named("toast-list-item-renamed", &name), Changed::CASES)
            }
            Command::RemoveCaseListItem(id) => {
                store.remove_case_list_item(id)?;
                Outcome::new(i18n.tr("toast-list-item-removed"), Changed::CASES)
            }
        })
    }
}
