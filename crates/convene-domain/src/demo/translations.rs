//! The demo in the five other UN languages, read from `translations.tsv`: the series, every
//! session's title and summary, and the topic names, as a UN body would publish them.

use std::collections::BTreeMap;

use crate::{Lang, Texts};

/// The checked-in table: comment lines, a header, then `subject<TAB>field<TAB>lang<TAB>text`.
const DATA: &str = include_str!("translations.tsv");

/// Every translation by subject (`series`, `session:8`, `topic:copyright`).
pub(super) fn translations() -> BTreeMap<&'static str, Texts> {
    let mut out: BTreeMap<&'static str, Texts> = BTreeMap::new();
    for line in DATA.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).skip(1) {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let &[subject, field, lang, text] = cols.as_slice() else {
            panic!("malformed demo translation: {line:?}");
        };
        let lang = Lang::try_from(lang).unwrap_or_else(|_| panic!("unknown language: {line:?}"));
        let by_lang = out.entry(subject).or_default().entry(field.to_owned()).or_default();
        let earlier = by_lang.insert(lang, text.to_owned());
        assert!(earlier.is_none(), "demo translation given twice: {line:?}");
    }
    out
}

/// The translations of one subject (empty when it has none).
pub(super) fn of(all: &BTreeMap<&'static str, Texts>, subject: &str) -> Texts {
    all.get(subject).cloned().unwrap_or_default()
}
