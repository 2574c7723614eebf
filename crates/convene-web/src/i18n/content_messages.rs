//! The catalogue messages for the domain's content checks and agenda import results.
//!
//! API for back-office pages:
//! - [`refusal`]`(t, &Refusal) -> String`: why a text cannot be saved.
//! - [`flagged_link`]`(t, &FlaggedLink) -> String`: a link to confirm before publishing.
//! - [`row_error`]`(t, &RowError) -> String`: one problem of an agenda file, with its line and
//!   column.
//! - [`refusal_message`] and [`row_problem_message`] give the message id and arguments
//!   instead, for pages that lay them out themselves.

use convene_domain::AgendaKind;
use convene_domain::agenda_csv::{RowError, RowProblem};
use convene_domain::markup_check::{FlaggedLink, Refusal};
use fluent_bundle::FluentValue;

use crate::i18n::Tr;

/// A message id and its arguments.
pub type Message = (String, Vec<(&'static str, FluentValue<'static>)>);

fn text(s: &str) -> FluentValue<'static> {
    FluentValue::from(s.to_owned())
}

fn count(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

/// The message for a refusal: `refusal-` + its code, with its data as arguments.
pub fn refusal_message(r: &Refusal) -> Message {
    let args = match r {
        Refusal::ActiveTag { tag } => vec![("tag", text(tag))],
        Refusal::EventHandler { attribute } => vec![("attribute", text(attribute))],
        Refusal::ScriptUrl { scheme } => vec![("scheme", text(scheme))],
        Refusal::HiddenText { how } => vec![("how", text(how.as_str()))],
        Refusal::TooManyLinks { links, words } => {
            vec![("links", count(*links)), ("words", count(*words))]
        }
        Refusal::TooManyHosts { hosts } => vec![("hosts", count(*hosts))],
        Refusal::RepeatedAnchor { text: anchor, times } => {
            vec![("text", text(anchor)), ("times", count(*times))]
        }
        Refusal::SpamVocabulary { term } => vec![("term", text(term))],
        Refusal::GluedScript { run } => vec![("run", text(run))],
    };
    (format!("refusal-{}", r.code()), args)
}

/// The message for an agenda import problem: `agenda-import-` + its code.
pub fn row_problem_message(p: &RowProblem) -> Message {
    let args = match p {
        RowProblem::MissingColumn { name } => vec![("name", text(name))],
        RowProblem::UnknownColumn { name } => vec![("name", text(name))],
        RowProblem::BadTime { value } | RowProblem::BadSpeaker { value } => {
            vec![("value", text(value))]
        }
        RowProblem::UnknownKind { value } => {
            let kinds: Vec<&str> = AgendaKind::ALL.iter().map(|k| k.as_str()).collect();
            vec![("value", text(value)), ("kinds", text(&kinds.join(", ")))]
        }
        RowProblem::Overlap { other_line } => vec![("other", text(&other_line.to_string()))],
        RowProblem::UnknownSpeaker { slug } => vec![("slug", text(slug))],
        RowProblem::TitleTooLong { max } | RowProblem::DescriptionTooLong { max } => {
            vec![("max", count(*max))]
        }
        RowProblem::Empty
        | RowProblem::NotUtf8
        | RowProblem::Malformed
        | RowProblem::EndBeforeStart
        | RowProblem::OutsideSession
        | RowProblem::TitleEmpty => vec![],
    };
    (format!("agenda-import-{}", p.code()), args)
}

fn render(t: &Tr<'_>, (id, args): Message) -> String {
    t.args(&id, &args)
}

/// Why a text cannot be saved, in the visitor's language.
pub fn refusal(t: &Tr<'_>, r: &Refusal) -> String {
    render(t, refusal_message(r))
}

/// A link to confirm before publishing, in the visitor's language.
pub fn flagged_link(t: &Tr<'_>, link: &FlaggedLink) -> String {
    t.args("content-flagged-link", &[("host", text(&link.host)), ("url", text(&link.url))])
}

/// What is wrong with a row of an agenda file, without where (for a table that shows it).
pub fn row_problem(t: &Tr<'_>, p: &RowProblem) -> String {
    render(t, row_problem_message(p))
}

/// One problem of an agenda file, with where it is.
pub fn row_error(t: &Tr<'_>, e: &RowError) -> String {
    let problem = FluentValue::from(render(t, row_problem_message(&e.problem)));
    let line = text(&e.line.to_string());
    match e.column {
        Some(column) => t.args(
            "agenda-import-at-column",
            &[("line", line), ("column", text(column)), ("problem", problem)],
        ),
        None => t.args("agenda-import-at", &[("line", line), ("problem", problem)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Catalogue, Lang};
    use convene_domain::markup_check::{HiddenHow, check};

    fn all_refusals() -> Vec<Refusal> {
        let hidden = [
            HiddenHow::DisplayNone,
            HiddenHow::Invisible,
            HiddenHow::ZeroFontSize,
            HiddenHow::ZeroOpacity,
            HiddenHow::OffScreen,
            HiddenHow::HiddenAttribute,
            HiddenHow::AriaHidden,
            HiddenHow::SameColour,
            HiddenHow::ZeroWidth,
        ];
        let mut all = vec![
            Refusal::ActiveTag { tag: "script".into() },
            Refusal::EventHandler { attribute: "onerror".into() },
            Refusal::ScriptUrl { scheme: "javascript".into() },
            Refusal::TooManyLinks { links: 9, words: 20 },
            Refusal::TooManyHosts { hosts: 7 },
            Refusal::RepeatedAnchor { text: "cheap".into(), times: 4 },
            Refusal::SpamVocabulary { term: "网投".into() },
            Refusal::GluedScript { run: "大地网投下载".into() },
        ];
        all.extend(hidden.map(|how| Refusal::HiddenText { how }));
        all
    }

    fn all_problems() -> Vec<RowProblem> {
        vec![
            RowProblem::Empty,
            RowProblem::NotUtf8,
            RowProblem::Malformed,
            RowProblem::MissingColumn { name: "title" },
            RowProblem::UnknownColumn { name: "room".into() },
            RowProblem::BadTime { value: "1pm".into() },
            RowProblem::UnknownKind { value: "workshop".into() },
            RowProblem::EndBeforeStart,
            RowProblem::Overlap { other_line: 4 },
            RowProblem::OutsideSession,
            RowProblem::UnknownSpeaker { slug: "nobody".into() },
            RowProblem::BadSpeaker { value: "x:chair".into() },
            RowProblem::TitleEmpty,
            RowProblem::TitleTooLong { max: 200 },
            RowProblem::DescriptionTooLong { max: 4000 },
        ]
    }

    #[test]
    fn every_refusal_and_problem_has_a_message_in_every_language() {
        let c = Catalogue::load().expect("catalogues");
        for lang in Lang::ALL {
            let t = c.tr(lang);
            for r in all_refusals() {
                let (id, _) = refusal_message(&r);
                let s = refusal(&t, &r);
                assert!(s != id && !s.contains('{'), "{}: {id} -> {s}", lang.code());
            }
            for p in all_problems() {
                let (id, _) = row_problem_message(&p);
                let e = RowError { line: 3, column: Some("title"), problem: p };
                let s = row_error(&t, &e);
                assert!(!s.contains(&id) && s.contains('3'), "{}: {id} -> {s}", lang.code());
            }
        }
    }

    #[test]
    fn the_defacement_refusal_names_the_spam() {
        let c = Catalogue::load().expect("catalogues");
        let en = c.tr(Lang::En);
        let report = check("enabling the大地网投下载app下载, such as AI", Some(Lang::En), &[]);
        let texts: Vec<String> = report.refusals.iter().map(|r| refusal(&en, r)).collect();
        assert!(
            texts.iter().any(|s| s.contains("“大地网投下载”") && s.contains("glued")),
            "{texts:?}"
        );
        let hidden = refusal(&en, &Refusal::HiddenText { how: HiddenHow::SameColour });
        assert!(hidden.contains("coloured like its background"), "{hidden}");
        let line = row_error(
            &en,
            &RowError {
                line: 3,
                column: Some("kind"),
                problem: RowProblem::UnknownKind { value: "workshop".into() },
            },
        );
        assert!(line.starts_with("Line 3, column “kind”: “workshop” is not"), "{line}");
        assert!(line.contains("opening, keynote"), "{line}");
    }
}
