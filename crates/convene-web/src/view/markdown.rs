//! Editors' Markdown on pages: rendered through the domain's sanitiser, and checked for
//! defacement before it is saved.

use convene_domain::Texts;
use convene_domain::markup_check::{FlaggedLink, TextRefusal, check};

use crate::i18n::Tr;

/// Safe HTML of an editor's Markdown.
pub fn html(markdown: &str) -> String {
    convene_domain::markup::render(markdown)
}

/// Why storage refused texts (scripts, hidden text, link spam), as one message naming the
/// field and language and every reason. Storage runs the checks on every write of editors'
/// text (`Saved::Unacceptable`); this only words them.
pub fn refusals(t: &Tr<'_>, found: &[TextRefusal]) -> String {
    let reasons: Vec<String> = found
        .iter()
        .map(|TextRefusal { field, lang, refusal }| {
            let place = format!("{} ({lang})", t.t(&format!("admin-field-{field}")));
            format!("{place}: {}", crate::i18n::content_messages::refusal(t, refusal))
        })
        .collect();
    format!("{} {}", t.t("admin-content-refused"), reasons.join(" · "))
}

/// Links in texts to hosts outside the allow-list, to confirm before publishing.
pub fn flagged_links(texts: &Texts, allowed: &[String]) -> Vec<FlaggedLink> {
    let mut links: Vec<FlaggedLink> = texts
        .values()
        .flat_map(|by_lang| {
            by_lang.iter().flat_map(|(lang, text)| check(text, Some(*lang), allowed).flagged_links)
        })
        .collect();
    links.sort_by(|a, b| a.url.cmp(&b.url));
    links.dedup_by(|a, b| a.url == b.url);
    links
}
