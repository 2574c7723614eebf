//! Readable differences between two revisions of a text, for the revision history.
//!
//! API:
//! - [`diff_words`]`(old, new) -> Vec<Change>`: the new text as runs of unchanged, added and
//!   removed text, compared word by word (spaces and punctuation are their own tokens), and
//!   character by character in scripts written without spaces (Chinese, Japanese, Thai).
//!   Concatenating `Same` and `Removed` gives `old`; `Same` and `Added` gives `new`.
//! - [`same_text`]`(a, b) -> bool`: whether two revisions say the same thing, ignoring line
//!   ending style, trailing spaces and Unicode normalisation form (a no-op save).

use similar::{Algorithm, ChangeTag, capture_diff_slices};
use unicode_normalization::UnicodeNormalization;

use crate::text_scan::script_of;

/// A run of text in a word diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Text in both revisions.
    Same(String),
    /// Text only in the new revision.
    Added(String),
    /// Text only in the old revision.
    Removed(String),
}

/// The word-level changes from `old` to `new`.
pub fn diff_words(old: &str, new: &str) -> Vec<Change> {
    let (a, b) = (tokens(old), tokens(new));
    let ops = capture_diff_slices(Algorithm::Patience, &a, &b);
    let mut out: Vec<Change> = Vec::new();
    for op in &ops {
        for change in op.iter_changes(&a, &b) {
            let text = change.value();
            match (change.tag(), out.last_mut()) {
                (ChangeTag::Equal, Some(Change::Same(s)))
                | (ChangeTag::Insert, Some(Change::Added(s)))
                | (ChangeTag::Delete, Some(Change::Removed(s))) => s.push_str(text),
                (ChangeTag::Equal, _) => out.push(Change::Same(text.to_owned())),
                (ChangeTag::Insert, _) => out.push(Change::Added(text.to_owned())),
                (ChangeTag::Delete, _) => out.push(Change::Removed(text.to_owned())),
            }
        }
    }
    out
}

/// Whether `a` and `b` are the same text once line endings, trailing spaces and Unicode
/// normalisation are set aside.
pub fn same_text(a: &str, b: &str) -> bool {
    let canonical = |s: &str| {
        s.nfc()
            .collect::<String>()
            .replace("\r\n", "\n")
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
            .trim_end()
            .to_owned()
    };
    canonical(a) == canonical(b)
}

/// Splits text into words, runs of spaces, single punctuation marks, and single characters
/// of scripts written without spaces.
fn tokens(text: &str) -> Vec<&str> {
    #[derive(PartialEq, Clone, Copy)]
    enum Kind {
        Word,
        Space,
        Single,
    }
    let kind = |c: char| {
        if c.is_whitespace() {
            Kind::Space
        } else if c.is_alphanumeric() && !script_of(c).is_some_and(|s| s.unspaced()) {
            Kind::Word
        } else {
            Kind::Single
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut current: Option<Kind> = None;
    for (i, c) in text.char_indices() {
        let k = kind(c);
        // Combining marks stay with their letter.
        let k = if script_of(c) == Some(crate::text_scan::Script::Inherited) {
            current.unwrap_or(k)
        } else {
            k
        };
        if current.is_some() && (current != Some(k) || k == Kind::Single) {
            out.push(&text[start..i]);
            start = i;
        }
        current = Some(k);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rebuild(changes: &[Change]) -> (String, String) {
        let (mut old, mut new) = (String::new(), String::new());
        for c in changes {
            match c {
                Change::Same(s) => {
                    old.push_str(s);
                    new.push_str(s);
                }
                Change::Added(s) => new.push_str(s),
                Change::Removed(s) => old.push_str(s),
            }
        }
        (old, new)
    }

    #[test]
    fn a_replaced_word_shows_as_removed_then_added() {
        let old = "enabling the metaverse, such as AI";
        let new = "enabling the大地网投下载app下载, such as AI";
        let d = diff_words(old, new);
        assert_eq!(d[0], Change::Same("enabling the".into()));
        assert!(d.contains(&Change::Removed(" metaverse".into())), "{d:?}");
        assert!(d.iter().any(|c| matches!(c, Change::Added(s) if s.contains("大地网投"))), "{d:?}");
        assert_eq!(rebuild(&d), (old.to_owned(), new.to_owned()));
    }

    #[test]
    fn chinese_is_compared_character_by_character() {
        let d = diff_words("第七届会议讨论了元宇宙", "第七届会议讨论了人工智能");
        assert_eq!(d[0], Change::Same("第七届会议讨论了".into()));
        assert_eq!(d[1], Change::Removed("元宇宙".into()));
        assert_eq!(d[2], Change::Added("人工智能".into()));
    }

    #[test]
    fn whole_words_change_not_letters() {
        let d = diff_words("The seventh session", "The eighth session");
        assert_eq!(
            d,
            vec![
                Change::Same("The ".into()),
                Change::Removed("seventh".into()),
                Change::Added("eighth".into()),
                Change::Same(" session".into()),
            ]
        );
        assert_eq!(diff_words("same", "same"), vec![Change::Same("same".into())]);
        assert!(diff_words("", "").is_empty());
    }

    #[test]
    fn equal_texts_ignore_line_endings_and_normalisation() {
        assert!(same_text("a\r\nb  \n", "a\nb"));
        assert!(same_text("caf\u{e9}", "cafe\u{301}"));
        assert!(!same_text("a b", "a  b"));
        assert!(!same_text("metaverse", "大地网投下载app下载"));
    }
}
