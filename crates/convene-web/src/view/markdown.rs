//! Editors' Markdown on pages: rendered through the domain's sanitiser, and checked for
//! defacement before it is saved.

use convene_domain::Texts;
use convene_domain::markup_check::{FlaggedLink, check};

use crate::i18n::Tr;

/// Safe HTML of an editor's Markdown.
pub fn html(markdown: &str) -> String {
    convene_domain::markup::render(markdown)
}

/// Why texts cannot be saved (scripts, hidden text, link spam), as one message naming the
/// field and language and every reason; `None` when all may be saved.
pub fn refusals(t: &Tr<'_>, texts: &Texts) -> Option<String> {
    let mut reasons = Vec::new();
    for (field, by_lang) in texts {
        for (lang, text) in by_lang {
            for r in check(text, Some(*lang), &[]).refusals {
                let place = format!("{} ({lang})", t.t(&format!("admin-field-{field}")));
                reasons.push(format!("{place}: {}", crate::i18n::content_messages::refusal(t, &r)));
            }
        }
    }
    (!reasons.is_empty())
        .then(|| format!("{} {}", t.t("admin-content-refused"), reasons.join(" · ")))
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
