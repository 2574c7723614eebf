//! Text of one direction inside a page of the other: a message split around the part a
//! template isolates (`<bdi dir="ltr">13:00–13:20</bdi>` inside Arabic), and the language
//! names of the reach tables split into the name in its own script and its gloss.

use convene_domain::Lang;
use fluent_bundle::FluentValue;

use super::Tr;

/// A message cut around one argument, so the template can isolate that argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Around {
    /// The message's text before the argument.
    pub before: String,
    /// The argument.
    pub inner: String,
    /// The message's text after it.
    pub after: String,
}

/// Stands in for the argument while the message is formatted: a private-use character no
/// message or value contains.
const MARK: &str = "\u{E000}";

/// The message `id` with its argument `name` set to `inner`, cut around it.
pub fn around(t: &Tr<'_>, id: &str, name: &'static str, inner: &str) -> Around {
    around_args(t, id, &[], name, inner)
}

/// As [`around`], for a message with further arguments.
pub fn around_args<'v>(
    t: &Tr<'_>,
    id: &str,
    args: &[(&'static str, FluentValue<'v>)],
    name: &'static str,
    inner: &str,
) -> Around {
    let mut all = args.to_vec();
    all.push((name, FluentValue::from(MARK)));
    let text = t.args(id, &all);
    let (before, after) = text.split_once(MARK).unwrap_or((text.as_str(), ""));
    Around { before: before.to_owned(), inner: inner.to_owned(), after: after.to_owned() }
}

impl Around {
    /// Plain text that needs no isolation.
    pub fn plain(text: String) -> Self {
        Self { before: text, inner: String::new(), after: String::new() }
    }
}

/// A language's label as the reach tables show it: "العربية (Arabic)" is the name in its own
/// script, isolated and marked with its language and direction, then the gloss in the page's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageLabel {
    /// The language's code, for `lang`.
    pub code: &'static str,
    /// Its direction, for `dir`.
    pub dir: &'static str,
    /// Its name in its own script ("العربية").
    pub native: String,
    /// The rest of the label, separator included (" (Arabic)", "（阿拉伯文）"), or empty.
    pub gloss: String,
}

/// Splits the label of a `language-xx` message (written "native (gloss)" in every catalogue).
pub fn language_label(code: &str, label: &str) -> Option<LanguageLabel> {
    let lang = Lang::ALL.into_iter().find(|l| l.code() == code)?;
    let cut = [" (", "（"].iter().filter_map(|sep| label.find(sep)).min().unwrap_or(label.len());
    Some(LanguageLabel {
        code: lang.code(),
        dir: lang.dir(),
        native: label[..cut].to_owned(),
        gloss: label[cut..].to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::language_label;

    #[test]
    fn language_labels_split_into_name_and_gloss() {
        let ar = language_label("ar", "العربية (Arabic)").expect("a language");
        assert_eq!(
            (ar.native.as_str(), ar.gloss.as_str(), ar.dir),
            ("العربية", " (Arabic)", "rtl")
        );
        let en = language_label("en", "English（英文）").expect("a language");
        assert_eq!((en.native.as_str(), en.gloss.as_str()), ("English", "（英文）"));
        assert_eq!(language_label("fr", "Français").map(|l| l.gloss), Some(String::new()));
        assert_eq!(language_label("xx", "Klingon"), None);
    }
}
