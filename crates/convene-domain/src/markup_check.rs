//! Checks run on back-office text before it is published, against defacement and link spam.
//!
//! API: [`check`]`(text, lang, allowed_hosts) -> Report`.
//! - `text` is what the editor typed (Markdown, possibly with raw HTML).
//! - `lang` is the language the field is declared in (`Some("en")`, `Some("zh")`), or `None`
//!   when unknown, in which case the text's dominant script stands in for it.
//! - `allowed_hosts` lists trusted hosts (`wipo.int`); each also allows its subdomains.
//!
//! [`Report::refusals`] must be empty for the text to be saved: each [`Refusal`] says what was
//! found ([`Refusal::code`] is a stable name for the message catalogue). [`Report::flagged_links`]
//! do not block saving, but an editor must confirm them before publishing.
//!
//! The rules (see DECISIONS.md, "Defacement checks"): injected scripts, hidden text and link
//! spam are refused even where [`crate::markup::render`] would strip them, because an account
//! that types them is compromised or abused, and silently cleaning up would hide that.

use std::collections::{BTreeMap, BTreeSet};

use crate::Lang;
use crate::editing::Texts;
use crate::text_scan::{Script, dominant_script, links, script_of};

#[path = "markup_check_html.rs"]
mod html;
use html::{check_script_urls, check_tags, check_zero_width};

/// What the checks found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Reasons the text cannot be saved; empty when it can.
    pub refusals: Vec<Refusal>,
    /// Links to hosts outside the allow-list, to confirm before publishing.
    pub flagged_links: Vec<FlaggedLink>,
}

impl Report {
    /// Whether the text may be saved.
    pub fn is_acceptable(&self) -> bool {
        self.refusals.is_empty()
    }
}

/// A link to a host that is not on the allow-list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlaggedLink {
    /// The link as written.
    pub url: String,
    /// Its host, lowercased.
    pub host: String,
}

/// How text was hidden from readers while staying visible to search engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HiddenHow {
    /// `display: none`.
    DisplayNone,
    /// `visibility: hidden` or `collapse`.
    Invisible,
    /// `font-size: 0`.
    ZeroFontSize,
    /// `opacity: 0`.
    ZeroOpacity,
    /// Positioned far off screen (`left: -9999px`, `text-indent: -9999px`).
    OffScreen,
    /// The `hidden` attribute.
    HiddenAttribute,
    /// `aria-hidden`.
    AriaHidden,
    /// Text coloured like its background, or transparent.
    SameColour,
    /// A run of zero-width characters.
    ZeroWidth,
}

impl HiddenHow {
    /// A stable name for messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::DisplayNone => "display-none",
            Self::Invisible => "invisible",
            Self::ZeroFontSize => "zero-font-size",
            Self::ZeroOpacity => "zero-opacity",
            Self::OffScreen => "off-screen",
            Self::HiddenAttribute => "hidden-attribute",
            Self::AriaHidden => "aria-hidden",
            Self::SameColour => "same-colour",
            Self::ZeroWidth => "zero-width",
        }
    }
}

/// Why a text is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// An HTML element that runs code or styles the page (`script`, `iframe`, `style`…).
    ActiveTag {
        /// The element name, lowercased.
        tag: String,
    },
    /// An event handler attribute such as `onerror=`.
    EventHandler {
        /// The attribute name, lowercased.
        attribute: String,
    },
    /// A `javascript:`, `vbscript:` or `data:` URL.
    ScriptUrl {
        /// The scheme, lowercased, without the colon.
        scheme: String,
    },
    /// Text hidden from readers.
    HiddenText {
        /// How it was hidden.
        how: HiddenHow,
    },
    /// More links than prose: over [`MAX_LINKS_PER_100_WORDS`] per hundred words.
    TooManyLinks {
        /// Links found.
        links: usize,
        /// Words found.
        words: usize,
    },
    /// Links to many different hosts outside the allow-list.
    TooManyHosts {
        /// Distinct hosts outside the allow-list.
        hosts: usize,
    },
    /// The same anchor text on several links to different places.
    RepeatedAnchor {
        /// The anchor text.
        text: String,
        /// How many distinct targets it points to.
        times: usize,
    },
    /// Vocabulary of gambling, loan, pharmacy or adult spam.
    SpamVocabulary {
        /// The term found, as listed.
        term: String,
    },
    /// Letters of another script glued to a word, as spam swapped into a sentence looks.
    GluedScript {
        /// The foreign run.
        run: String,
    },
}

impl Refusal {
    /// A stable name for the message catalogue (`refusal-` + this).
    pub fn code(&self) -> &'static str {
        match self {
            Self::ActiveTag { .. } => "active-tag",
            Self::EventHandler { .. } => "event-handler",
            Self::ScriptUrl { .. } => "script-url",
            Self::HiddenText { .. } => "hidden-text",
            Self::TooManyLinks { .. } => "too-many-links",
            Self::TooManyHosts { .. } => "too-many-hosts",
            Self::RepeatedAnchor { .. } => "repeated-anchor",
            Self::SpamVocabulary { .. } => "spam-vocabulary",
            Self::GluedScript { .. } => "glued-script",
        }
    }
}

/// Above this many links per hundred words (with at least [`MIN_LINKS_FOR_DENSITY`] links), a
/// text is a link farm rather than a description.
pub const MAX_LINKS_PER_100_WORDS: usize = 5;
/// Fewer links than this are never too dense: a one-line "Register here" with a link is fine.
pub const MIN_LINKS_FOR_DENSITY: usize = 4;
/// More distinct hosts outside the allow-list than this is refused.
pub const MAX_UNLISTED_HOSTS: usize = 5;
/// The same anchor text on this many distinct targets is refused.
pub const MAX_SAME_ANCHOR: usize = 3;

/// Spam terms, lowercase, in the six interface languages. Chosen to be unambiguous in a public
/// policy conversation: "casino" alone could be a venue, "online casino" is not.
const SPAM_TERMS: &[&str] = &[
    // English
    "online casino",
    "casino online",
    "casino bonus",
    "sportsbook",
    "online betting",
    "betting app",
    "betting tips",
    "slot machine",
    "online slots",
    "free spins",
    "payday loan",
    "instant loan",
    "viagra",
    "cialis",
    "escort service",
    "replica watches",
    // Chinese
    "网投",
    "博彩",
    "赌场",
    "娱乐城",
    "百家乐",
    "老虎机",
    "时时彩",
    "六合彩",
    "赌博",
    "彩票",
    "下注",
    "真人视讯",
    "网贷",
    "贷款秒批",
    "伟哥",
    // Russian
    "казино",
    "букмекер",
    "ставки на спорт",
    "онлайн-ставки",
    "игровые автоматы",
    "микрозайм",
    "займ онлайн",
    "виагра",
    // Spanish
    "casino en línea",
    "apuestas deportivas",
    "apuestas en línea",
    "tragamonedas",
    "préstamos rápidos",
    "préstamo rápido",
    // French
    "casino en ligne",
    "paris sportifs",
    "paris en ligne",
    "machines à sous",
    "prêt rapide",
    // Arabic
    "كازينو",
    "مراهنات",
    "المراهنة",
    "قمار",
    "القمار",
    "قروض سريعة",
    "فياجرا",
];

/// Runs the defacement and spam checks on `text`; see the module documentation.
pub fn check(text: &str, lang: Option<Lang>, allowed_hosts: &[String]) -> Report {
    let mut refusals = Vec::new();
    check_tags(text, &mut refusals);
    check_script_urls(text, &mut refusals);
    check_zero_width(text, &mut refusals);
    check_vocabulary(text, &mut refusals);
    check_glued_scripts(text, lang, &mut refusals);

    let allowed: Vec<String> = allowed_hosts
        .iter()
        .map(|h| h.trim().trim_end_matches('.').to_lowercase())
        .filter(|h| !h.is_empty())
        .collect();
    let is_allowed =
        |host: &str| allowed.iter().any(|a| host == a || host.ends_with(&format!(".{a}")));
    let found = links(text);
    let mut flagged_links = Vec::new();
    let mut unlisted = BTreeSet::new();
    for link in &found {
        if let Some(host) = &link.host
            && !is_allowed(host)
        {
            unlisted.insert(host.clone());
            if !flagged_links.iter().any(|f: &FlaggedLink| f.url == link.url) {
                flagged_links.push(FlaggedLink { url: link.url.clone(), host: host.clone() });
            }
        }
    }
    let targets: BTreeSet<&str> = found.iter().map(|l| l.url.as_str()).collect();
    let words = count_words(&crate::markup::plain(text));
    if targets.len() >= MIN_LINKS_FOR_DENSITY
        && targets.len() * 100 > words.max(1) * MAX_LINKS_PER_100_WORDS
    {
        refusals.push(Refusal::TooManyLinks { links: targets.len(), words });
    }
    if unlisted.len() > MAX_UNLISTED_HOSTS {
        refusals.push(Refusal::TooManyHosts { hosts: unlisted.len() });
    }
    let mut anchors: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for link in found.iter().filter(|l| !l.anchor.is_empty()) {
        anchors.entry(link.anchor.to_lowercase()).or_default().insert(&link.url);
    }
    for (text, urls) in anchors {
        if urls.len() >= MAX_SAME_ANCHOR {
            refusals.push(Refusal::RepeatedAnchor { text, times: urls.len() });
        }
    }
    Report { refusals, flagged_links }
}

/// A refusal found in one text of a record: the field, the language, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextRefusal {
    /// The field (`title`, `summary`, `bio`, …).
    pub field: String,
    /// The language of the text.
    pub lang: Lang,
    /// Why it is refused.
    pub refusal: Refusal,
}

/// Runs [`check`] on every text of a record, each in its declared language, with no host
/// on the allow-list (as the back office always refused: the list only spares links from
/// being flagged). Storage runs this before it stores any editor's text, so no path can
/// skip it.
pub fn check_texts(texts: &Texts) -> Vec<TextRefusal> {
    let mut found = Vec::new();
    for (field, by_lang) in texts {
        for (lang, text) in by_lang {
            for refusal in check(text, Some(*lang), &[]).refusals {
                found.push(TextRefusal { field: field.clone(), lang: *lang, refusal });
            }
        }
    }
    found
}

fn push(refusals: &mut Vec<Refusal>, r: Refusal) {
    if !refusals.contains(&r) {
        refusals.push(r);
    }
}

fn check_vocabulary(text: &str, refusals: &mut Vec<Refusal>) {
    let lower = text.to_lowercase();
    for term in SPAM_TERMS {
        if lower.contains(term) {
            push(refusals, Refusal::SpamVocabulary { term: (*term).to_owned() });
        }
    }
}

/// The script a declared language is written in.
fn home_script(lang: Lang) -> Script {
    match lang {
        Lang::En | Lang::Fr | Lang::Es => Script::Latin,
        Lang::Ru => Script::Cyrillic,
        Lang::Ar => Script::Arabic,
        Lang::Zh => Script::Han,
    }
}

/// Refuses a run of a foreign script glued, with no space, to a word of the field's own script
/// (or to a Latin word, since acronyms such as "AI" appear in every language): that is how
/// "metaverse" became "大地网投下载app下载" in an English sentence. A quoted or spaced term
/// ("the term 知识产权") is not glued, and Latin next to Chinese in a Chinese field is normal.
fn check_glued_scripts(text: &str, lang: Option<Lang>, refusals: &mut Vec<Refusal>) {
    let Some(home) = lang.map(home_script).or_else(|| dominant_script(text)) else { return };
    let local = |s: Script| s == home || s == Script::Latin;
    // Runs of letters of one script; `glued` says the previous run touches this one.
    let mut runs: Vec<(Script, String, bool)> = Vec::new();
    let mut touching = false;
    for c in text.chars() {
        match script_of(c) {
            Some(Script::Inherited) => {
                if let Some(last) = runs.last_mut().filter(|_| touching) {
                    last.1.push(c);
                }
            }
            Some(script) => {
                match runs.last_mut() {
                    Some(last) if touching && last.0 == script => last.1.push(c),
                    _ => runs.push((script, c.to_string(), touching)),
                }
                touching = true;
            }
            // Zero-width characters must not hide the join.
            None if matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}') => {}
            None => touching = false,
        }
    }
    for pair in runs.windows(2) {
        let [(a, a_text, _), (b, b_text, glued)] = pair else { continue };
        if !glued {
            continue;
        }
        let foreign = match (local(*a), local(*b)) {
            (true, false) => b_text,
            (false, true) => a_text,
            _ => continue,
        };
        push(refusals, Refusal::GluedScript { run: foreign.clone() });
    }
}

/// Words in plain text; CJK text has no spaces, so two of its characters count as one word.
fn count_words(plain: &str) -> usize {
    let mut words = 0;
    let mut cjk = 0;
    for token in plain.split_whitespace() {
        let han = token.chars().filter(|c| script_of(*c) == Some(Script::Han)).count();
        cjk += han;
        if han < token.chars().count() {
            words += 1;
        }
    }
    words + cjk / 2
}

#[cfg(test)]
#[path = "markup_check_tests.rs"]
mod tests;
