//! Cost statements: one group's, and a funding source's over a period.

use super::{Document, DocumentError, DocumentMaker, Library, Names, pdf};
use crate::domain::coached::groups::Group;
use crate::domain::funding::FundingSourceId;
use crate::export::pdf::statement::{StatementData, funding_statement, group_statement};
use chrono::NaiveDate;

impl DocumentMaker {
    pub(super) fn group_statement(
        &self,
        library: &Library<'_>,
        names: &Names<'_>,
        group: &Group,
    ) -> Result<Document, DocumentError> {
        let ctx = self.context(&library.settings.organisation);
        let name = |id| names.name(id);
        let data = statement_data(library, &name);
        let pages = group_statement(&ctx, &data, group.id).ok_or(DocumentError::NoGroup(group.id.0))?;
        let file_name = self.file_name("file-statement-group", &[("name", &group.name)], "pdf");
        Ok(pdf(file_name, ctx.render(&self.i18n.tr("pdf-statement"), &pages)))
    }

    pub(super) fn funding_statement(
        &self,
        library: &Library<'_>,
        names: &Names<'_>,
        source: FundingSourceId,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Document, DocumentError> {
        let ctx = self.context(&library.settings.organisation);
        let found = library.sources.iter().find(|s| s.id == source).ok_or(DocumentError::NoFundingSource(source.0))?;
        let label = found.label(|code| self.i18n.tr(&format!("funding-{code}")));
        let name = |id| names.name(id);
        let data = statement_data(library, &name);
        let pages = funding_statement(&ctx, &data, source, from, to);
        let month = from.format("%Y-%m").to_string();
        let file_name = self.file_name("file-statement-funding", &[("name", &label), ("month", &month)], "pdf");
        Ok(pdf(file_name, ctx.render(&self.i18n.tr("pdf-statement"), &pages)))
    }
}

fn statement_data<'a>(
    library: &Library<'a>,
    person_name: &'a dyn Fn(crate::domain::PersonId) -> String,
) -> StatementData<'a> {
    StatementData {
        groups: library.groups,
        registrations: library.registrations,
        sources: library.sources,
        person_name,
    }
}
