//! The messages of the domain's content checks, in the visitor's language.

use convene_domain::agenda_csv::RowProblem;
use convene_domain::markup_check::Refusal;

use crate::i18n::Tr;

/// Why a text is refused, translated.
pub fn refusal(t: &Tr<'_>, r: &Refusal) -> String {
    let id = format!("content-refused-{}", r.code());
    match r {
        Refusal::ActiveTag { tag } => t.arg(&id, "tag", tag),
        Refusal::EventHandler { attribute } => t.arg(&id, "attribute", attribute),
        Refusal::ScriptUrl { scheme } => t.arg(&id, "scheme", scheme),
        Refusal::HiddenText { .. } => t.t(&id),
        Refusal::TooManyLinks { links, .. } => t.count(&id, *links),
        Refusal::TooManyHosts { hosts } => t.count(&id, *hosts),
        Refusal::RepeatedAnchor { text, .. } => t.arg(&id, "text", text),
        Refusal::SpamVocabulary { term } => t.arg(&id, "term", term),
        Refusal::GluedScript { run } => t.arg(&id, "run", run),
    }
}

/// What is wrong with a row of an imported agenda, translated.
pub fn row_problem(t: &Tr<'_>, p: &RowProblem) -> String {
    let id = format!("agenda-import-{}", p.code());
    match p {
        RowProblem::MissingColumn { name } => t.arg(&id, "name", name),
        RowProblem::UnknownColumn { name } => t.arg(&id, "name", name),
        RowProblem::BadTime { value } | RowProblem::UnknownKind { value } | RowProblem::BadSpeaker { value } => {
            t.arg(&id, "value", value)
        }
        RowProblem::Overlap { other_line } => t.count(&id, usize::try_from(*other_line).unwrap_or(0)),
        RowProblem::UnknownSpeaker { slug } => t.arg(&id, "value", slug),
        RowProblem::TitleTooLong { max } | RowProblem::DescriptionTooLong { max } => t.count(&id, *max),
        _ => t.t(&id),
    }
}
