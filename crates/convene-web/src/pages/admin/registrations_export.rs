//! Downloads of a session's registrations under the current filters: CSV (formula-defused,
//! like every CSV convene writes) and XLSX (header row, frozen pane, autofilter, real dates
//! and booleans). Headers and values are in the organiser's language.

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use convene_domain::{Question, RegistrationQueryInput};
use convene_storage::ListedRegistration;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};

use super::registrations::{cells, parsed, utc};
use crate::AppState;
use crate::http::error::{AppError, Path};
use crate::i18n::Tr;
use crate::i18n::locale::Locale;
use crate::reach::csv_field;

/// The columns of a download, by message id.
const COLUMNS: [&str; 12] = [
    "admin-regs-col-name",
    "admin-field-email",
    "admin-regs-col-organisation",
    "field-country",
    "field-stakeholder-group",
    "admin-regs-col-mode",
    "admin-regs-col-language",
    "admin-regs-col-state",
    "admin-regs-col-registered",
    "admin-regs-col-checked-in",
    "admin-regs-col-synthetic",
    "admin-regs-col-id",
];

/// A registration's cells: the text columns in order (dates, flag and id apart), then the
/// accessibility needs and one answer per question, which come after the fixed columns.
fn texts(t: &Tr<'_>, l: &ListedRegistration, questions: &[Question]) -> ([String; 8], Vec<String>) {
    let c = cells(t, l, questions);
    let mut tail = vec![c.accessibility];
    tail.extend(c.answers.into_iter().map(|a| a.answer));
    ([c.name, c.email, c.organisation, c.country, c.group, c.mode, c.language, c.state], tail)
}

/// Every header: the fixed columns, then accessibility needs and the questions' labels.
fn headers(t: &Tr<'_>, questions: &[Question]) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|c| t.t(c))
        .chain(std::iter::once(t.t("admin-regs-col-accessibility")))
        .chain(questions.iter().map(|q| q.label.clone()))
        .collect()
}

async fn rows(
    app: &AppState,
    id: i64,
    input: &RegistrationQueryInput,
) -> Result<(Vec<ListedRegistration>, Vec<Question>), AppError> {
    app.store.registrations().session_heading(id).await?.ok_or(AppError::NotFound)?;
    let list = app.store.registrations().registrations_export(id, parsed(input)?).await?;
    let questions = app.store.registrations().registration_context(id).await?.questions;
    Ok((list, questions))
}

fn download(content_type: &'static str, name: String, body: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response()
}

/// `GET /admin/sessions/{id}/registrations.csv`
pub async fn csv(
    State(app): State<AppState>,
    Locale(lang): Locale,
    Path(id): Path<i64>,
    Query(input): Query<RegistrationQueryInput>,
) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let (list, questions) = rows(&app, id, &input).await?;
    let mut out =
        headers(&t, &questions).iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    for l in &list {
        let r = &l.registration;
        let (head, tail) = texts(&t, l, &questions);
        let mut line: Vec<String> = head.iter().map(|s| csv_field(s)).collect();
        line.push(utc(r.created_at));
        line.push(r.checked_in_at.map(utc).unwrap_or_default());
        line.push(l.synthetic.to_string());
        line.push(r.id.to_string());
        line.extend(tail.iter().map(|s| csv_field(s)));
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    let name = format!("registrations-session-{id}.csv");
    Ok(download("text/csv; charset=utf-8", name, out.into_bytes()))
}

/// `GET /admin/sessions/{id}/registrations.xlsx`
pub async fn xlsx(
    State(app): State<AppState>,
    Locale(lang): Locale,
    Path(id): Path<i64>,
    Query(input): Query<RegistrationQueryInput>,
) -> Result<Response, AppError> {
    let t = app.catalogue.tr(lang);
    let (list, questions) = rows(&app, id, &input).await?;
    let body = workbook(&t, &list, &questions).map_err(|e| AppError::Internal(e.to_string()))?;
    let name = format!("registrations-session-{id}.xlsx");
    let kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    Ok(download(kind, name, body))
}

/// The XLSX file: one sheet, a bold header row frozen above an autofilter, dates as dates.
fn workbook(
    t: &Tr<'_>,
    list: &[ListedRegistration],
    questions: &[Question],
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(t.t("admin-regs-sheet"))?;
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let headers = headers(t, questions);
    for (col, header) in (0u16..).zip(&headers) {
        sheet.write_string_with_format(0, col, header, &bold)?;
        sheet.set_column_width(col, if (8..=11).contains(&col) { 17 } else { 22 })?;
    }
    for (row, l) in (1u32..).zip(list) {
        let r = &l.registration;
        let (head, tail) = texts(t, l, questions);
        for (col, text) in (0u16..).zip(head) {
            sheet.write_string(row, col, text)?;
        }
        for (col, text) in (12u16..).zip(tail) {
            sheet.write_string(row, col, text)?;
        }
        sheet.write_datetime_with_format(
            row,
            8,
            ExcelDateTime::from_timestamp(r.created_at.as_second())?,
            &date,
        )?;
        if let Some(at) = r.checked_in_at {
            sheet.write_datetime_with_format(
                row,
                9,
                ExcelDateTime::from_timestamp(at.as_second())?,
                &date,
            )?;
        }
        sheet.write_boolean(row, 10, l.synthetic)?;
        // Ids stay far below 2^53, so a spreadsheet number holds them exactly.
        #[allow(clippy::cast_precision_loss, reason = "ids are far below 2^53")]
        sheet.write_number(row, 11, r.id as f64)?;
    }
    let last = u32::try_from(list.len()).unwrap_or(u32::MAX);
    sheet.set_freeze_panes(1, 0)?;
    let last_col = u16::try_from(headers.len() - 1).unwrap_or(u16::MAX);
    sheet.autofilter(0, 0, last, last_col)?;
    book.save_to_buffer()
}
